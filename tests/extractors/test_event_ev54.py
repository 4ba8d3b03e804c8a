"""ev54: false sides and events of whole articles, by mechanism (issue 11). Invented sentences (invented names and
towns); each group has near-misses the rule must leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, found, shown


def _sources(art, etype: str) -> list[str]:
    return [p.text for e in found(art, etype) for p in e.source]


# 1. a he/she is no person of the other gender (nouns.gender_of, read by triggers._pronoun_source and
#    antecedents.antecedent_in_sentence): the speaker or the main clause's subject is not the doer when the gender of
#    its words clashes with the pronoun's (on main, the woman who told of the threat was its maker)
@pytest.mark.parametrize("text, etype, wrong", [
    ("Mrs. Orlova said he threatened her with a knife in Dunsby.", "THREATEN", "Orlova"),
    ("The father was asleep in the Marlow house when she shot him.", "ASSAULT", "father"),
    ("Her son, Peter Harte, was playing cards when she grabbed him by the arm.", "ASSAULT", "son"),
    ("The girl told police he hit her twice outside the Calder school.", "ASSAULT", "girl"),
])
def test_a_pronoun_is_no_one_of_the_other_gender(run, text, etype, wrong):
    art = run("\n\n" + text + "\n")
    assert found(art, etype), shown(art)
    assert not any(wrong in s for s in _sources(art, etype)), shown(art)


# near-misses: a pronoun of the same gender, or a name that tells no gender, is still read as before
@pytest.mark.parametrize("text, etype, doer", [
    ("Mr. Orlov said he threatened the clerk with a knife in Dunsby.", "THREATEN", "Orlov"),
    ("Senator Varra said she blocked the Ostra pipeline deal.", "REJECT", "Varra"),
    ("The father was asleep in the Marlow house when he was shot by an intruder.", "ASSAULT", "intruder"),
])
def test_the_same_gender_still_reads(run, text, etype, doer):
    art = run("\n\n" + text + "\n")
    assert any(doer in s for s in _sources(art, etype)), shown(art)


def test_gender_of_words():
    from dateline import nlp
    from dateline.extractors.events.nouns import gender_of
    doc = nlp.load()("Mrs. Orlova met Mr. Tarn, the widow, the boy, Peter Harte and Varra in Dunsby.")
    by = {t.text: gender_of(t) for t in doc}
    assert by["Orlova"] == "f" and by["Tarn"] == "m"
    assert by["widow"] == "f" and by["boy"] == "m"
    assert by["Harte"] == "m"                 # (the given name it starts with)
    assert by["Varra"] == "" and by["Dunsby"] == ""   # a name alone tells nothing (it may be a surname)


# 2. an `it` subject is no person (triggers._pronoun_source): the speaker named as a person is not what `it` stands
#    for (`Tom Varra said it attacked the town`: not Varra); a body that speaks is still its own `it`
def test_an_it_is_no_person(run):
    art = run("\n\nPell Orvin said it attacked the town of Dunsby before dawn.\n")
    assert found(art, "ASSAULT"), shown(art)
    assert not any("Orvin" in s for s in _sources(art, "ASSAULT")), shown(art)


@pytest.mark.parametrize("text, etype, doer", [
    ("The Ostra ministry said it had expelled the envoy of Marlovia.", "SANCTION", "ministry"),
    ("The Dunsby Courier said it had sued the mayor over the records.", "ACCUSE", "Courier"),
])
def test_a_body_is_still_its_own_it(run, text, etype, doer):
    art = run("\n\n" + text + "\n")
    assert any(doer in s for s in _sources(art, etype)), shown(art)


# 3. a `they` subject is not one person (triggers._one_person): the speaker or the main clause's subject named as one
#    person is not the doer (`Tom Varra was asleep when they shot him`: on main Varra shot himself), unless the
#    speaker is named by an office or a role of speaking for others (PLV codes `X's chairman said they ...` by X's
#    chairman)
@pytest.mark.parametrize("text, etype, wrong", [
    ("Pell Orvin was asleep in his Dunsby home when they shot him.", "ASSAULT", "Orvin"),
    ("Tom Varra said they attacked the town of Dunsby before dawn.", "ASSAULT", "Varra"),
    ("Pell Orvin said they blamed the governor of Ostra for the cuts.", "ACCUSE", "Orvin"),
])
def test_a_they_is_not_one_person(run, text, etype, wrong):
    art = run("\n\n" + text + "\n")
    assert found(art, etype), shown(art)
    assert not any(wrong in s for s in _sources(art, etype)), shown(art)


# near-misses: a group, a body or two people joined are still a they
@pytest.mark.parametrize("text, etype, doer", [
    ("The rebels said they attacked the town of Dunsby before dawn.", "ASSAULT", "rebels"),
    ("The Ostra ministry said they had expelled the envoy of Marlovia.", "SANCTION", "ministry"),
    ("Tom Varra and Ann Kell said they sued the state of Ostra over the map.", "ACCUSE", "Varra"),
    # one who speaks for a side by office or role: coders code the speaker (`_speaks_for_others`)
    ("The Dunsby union's chairman said that they will not call off the walkout before the permits are fixed.", "REJECT",
     "chairman"),
    ("Sheriff Tom Varra said they attacked the town of Dunsby before dawn.", "ASSAULT", "Varra"),
])
def test_a_group_is_still_a_they(run, text, etype, doer):
    art = run("\n\n" + text + "\n")
    assert any(doer in s for s in _sources(art, etype)), shown(art)


# 4. a he/she is no body (triggers._a_body): a newspaper or an office that tells of the act is not its doer
@pytest.mark.parametrize("text, etype, wrong", [
    ("The Ostra Times reported that he attacked the mayor with a bat.", "ACCUSE", "Times"),
    ("The Dunsby sheriff office said she threatened the clerk with a knife.", "THREATEN", "office"),
])
def test_a_he_or_she_is_no_body(run, text, etype, wrong):
    art = run("\n\n" + text + "\n")
    assert found(art, etype), shown(art)
    assert not any(wrong in s for s in _sources(art, etype)), shown(art)


# near-misses: a person named by title or trade still tells of his own act
@pytest.mark.parametrize("text, etype, doer", [
    ("The senator from Ostra said he sued the newspaper over the story.", "ACCUSE", "senator"),
    ("The spokeswoman said she threatened the reporter with a lawsuit.", "THREATEN", "spokeswoman"),
])
def test_a_person_by_title_is_still_a_he(run, text, etype, doer):
    art = run("\n\n" + text + "\n")
    assert any(doer in s for s in _sources(art, etype)), shown(art)


# near-misses of 2: an `it` that stands for nothing is no doer, and a place or a government named in the clause stays
#    the doer of its `it` (checks.is_person's wider reading holds them; the rule reads the token's own PERSON tag)
def test_an_expletive_it_is_no_doer(run):
    art = run("\n\nSenator Varra said it was too early to congratulate the winners of the Ostra vote.\n")
    assert not any(p.text.lower() == "it" for e in asserted(art) for p in e.source), shown(art)


def test_a_country_is_still_its_own_it(run):
    art = run("\n\nPresident Kell Varra visited Ostra. Marlovia has been hunting the rebels in the hills, even as it "
              "seeks peace with the government of President Kell Varra.\n")
    assert any("Marlovia" in s for s in _sources(art, "REQUEST")), shown(art)
