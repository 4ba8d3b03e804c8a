"""ev55b: who did it to whom on whole articles (issue 11), argument picking only. Invented sentences (invented names
and towns); each rule has near-misses it must leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import found, shown


def _sources(art, etype: str) -> list[str]:
    return [p.text for e in found(art, etype) for p in e.source]


# 1. a he/she/they of a quote opened in an earlier sentence is not the quote's speaker (triggers._quoted_with): the
#    speaker talks of others in the third person (on main `"She is not held. She is helping the inquiry," Nelson
#    said` made Nelson the helper; a quote opened in the pronoun's own sentence was read right already)
@pytest.mark.parametrize("text, etype, wrong", [
    ('The clerk was questioned on Monday. "She is not under arrest. She is cooperating with the inquiry," '
     'Sheriff Dan Orvin said.', "COOPERATE", "Orvin"),
    ('The mayor spoke on Monday. "He is not a suspect. He met with the detectives on Friday," Tarn said.',
     "CONSULT", "Tarn"),
    ('The two clerks were named on Monday. "They are not suspects. They met with the detectives on Friday," '
     'Sheriff Dan Orvin said.', "CONSULT", "Orvin"),
])
def test_a_pronoun_of_a_carried_quote_is_not_its_speaker(run, text, etype, wrong):
    art = run("\n\n" + text + "\n")
    assert found(art, etype), shown(art)
    assert not any(wrong in s for s in _sources(art, etype)), shown(art)


# near-misses: a pronoun outside the quote marks (`Tarn said he "met ..."`) or with no quote at all is read as before
@pytest.mark.parametrize("text, etype, doer", [
    ('The mayor spoke on Monday. Tarn said he "met with the detectives on Friday."', "CONSULT", "Tarn"),
    ("The mayor spoke on Monday. Tarn said he met with the detectives on Friday.", "CONSULT", "Tarn"),
])
def test_a_pronoun_outside_the_quote_still_reads(run, text, etype, doer):
    art = run("\n\n" + text + "\n")
    assert any(doer in s for s in _sources(art, etype)), shown(art)


def test_quoted_with():
    from dateline import nlp
    from dateline.extractors.events.triggers import _quoted_with
    doc = nlp.load()('"He is fine. He met the envoy," Tarn said. Tarn said he "met the envoy."')
    he = [t for t in doc if t.lower_ == "he"]
    met = [t for t in doc if t.lower_ == "met"]
    assert _quoted_with(he[1], met[0])       # no mark between the pronoun and the trigger
    assert not _quoted_with(he[2], met[1])   # a mark opens between them
    assert not _quoted_with(he[0], met[1])   # another sentence


# 2. the partners of a subject pronoun read as its antecedent stay sources (triggers._pronouns_partners): the
#    pronoun's phrase held them, the antecedent's does not (on main `he and his wife met` lost the wife, `when it and
#    two unions appealed` the unions)
@pytest.mark.parametrize("text, etype, doers", [
    ("Senator Tom Reyes said he and his wife met with the governor of Ostra on Friday.", "CONSULT",
     ("Reyes", "wife")),
    ("The city of Marlow joined the fight in May, when it and two unions appealed the ruling to the state court.",
     "REJECT", ("Marlow", "unions")),
])
def test_a_pronouns_partners_stay_sources(run, text, etype, doers):
    art = run("\n\n" + text + "\n")
    got = _sources(art, etype)
    assert all(any(d in s for s in got) for d in doers), shown(art)


# near-misses: a pronoun with no partner has one source; a joint subject of names keeps its one phrase
@pytest.mark.parametrize("text, etype, want", [
    ("Senator Tom Reyes said he met with the governor of Ostra on Friday.", "CONSULT", "Reyes"),
    ("Senator Tom Reyes and his wife met with the governor of Ostra on Friday.", "CONSULT", "Reyes and his wife"),
])
def test_no_partner_no_further_source(run, text, etype, want):
    art = run("\n\n" + text + "\n")
    got = _sources(art, etype)
    assert len(got) == 1 and want in got[0], shown(art)


# 3. a `them` object of a verb joined to one whose object is a plural thing stands for that thing
#    (antecedents._parallel_thing): on main `the junta's resolve to build more missiles and to deploy them` took the
#    analysts who said so for the ones deployed
def test_a_them_of_a_parallel_thing_is_no_one(run):
    art = run("\n\nAnalysts say it shows the junta's resolve to build more missiles and eventually to deploy them "
              "along the border.\n")
    targets = [p.text for e in found(art, "MOBILIZE") for p in e.target]
    assert found(art, "MOBILIZE") and not any("Analysts" in t for t in targets), shown(art)


# near-misses: a joined verb with a subject of its own, or an earlier object of people, still reads the people
@pytest.mark.parametrize("text, etype, victim", [
    ("Protesters carried signs in Marlow and police arrested them on Friday.", "COERCE", "Protesters"),
    ("Police arrested the Varra brothers and then jailed them in Marlow.", "COERCE", "Varra brothers"),
])
def test_a_them_of_people_still_reads(run, text, etype, victim):
    art = run("\n\n" + text + "\n")
    targets = [p.text for e in found(art, etype) for p in e.target]
    assert any(victim in t for t in targets), shown(art)


def test_parallel_thing():
    from dateline import nlp
    from dateline.extractors.events.antecedents import _parallel_thing
    doc = nlp.load()("The rebels bought missiles and deployed them. Police arrested the men and questioned them.")
    them = [t for t in doc if t.lower_ == "them"]
    assert _parallel_thing(them[0], them[0].head)
    assert not _parallel_thing(them[1], them[1].head)
