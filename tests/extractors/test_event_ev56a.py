"""ev56a: event precision on whole articles (issue 10's measure). Invented sentences (invented names and towns); each
group has near-misses the rule must leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, found, shown


# 1. the lemmatiser's misread verb forms (lexicon/lemma_fixes.tsv, nlp.mend_lemmas): `raped` was `rap`, no event
@pytest.mark.parametrize("text", [
    "The gunman raped a woman in a Dunsby park on Monday, police said.",
    "Militiamen raped villagers near Ostra during the raid, the group said.",
    "Police say the man had been raping girls at the Marlow shelter for years.",
])
def test_raped_is_an_assault(run, text):
    art = run("\n\n" + text + "\n")
    assert any(e.trigger.text.lower().startswith("rap") for e in found(art, "ASSAULT")), shown(art)


# near-misses: `rapped` and `raps` are the verb rap (a knock, a song) and keep their lemma
@pytest.mark.parametrize("text", [
    "The singer rapped about the Calder police on her new album.",
    "The boy rapped on the door of the Fenwick house twice.",
])
def test_rapped_is_no_rape(run, text):
    art = run("\n\n" + text + "\n")
    assert not found(art, "ASSAULT"), shown(art)


# 2. `hopes`, `hoped`, `hoping` read as `hope` in every stage: a weekday after `hoped to` points ahead, as after
#    `planned to`; `hopped` stays the verb hop
def _date(art, word):
    return next(d.value for d in art.dates if d.text == word)


def test_hoped_to_act_on_a_weekday_points_ahead(run):
    art = run("\n\nThe senator hoped to sign the water accord with Marlow on Friday, her office said.\n",
              published="2026-12-08")
    assert _date(art, "Friday") == "2026-12-11", art.dates


def test_hopped_on_a_weekday_is_the_day_gone_by(run):
    art = run("\n\nThe boy hopped over the Fenwick school fence on Friday.\n", published="2026-12-08")
    assert _date(art, "Friday") == "2026-12-04", art.dates


def test_mend_lemmas_only_the_listed_forms(nlp):
    from dateline import nlp as dl_nlp

    doc = nlp("She hoped the rapper rapped while he raped no one and hopped away.")
    dl_nlp.mend_lemmas(doc)
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert (lemmas["hoped"], lemmas["raped"]) == ("hope", "rape")
    assert (lemmas["rapped"], lemmas["hopped"]) == ("rap", "hop")


# 3. the title of a book or a film (checks._title_of_a_work): an event noun written with a capital inside a sentence
#    of prose, after a capital `The` that opens no sentence, or with a capital word after its `of`, or a WORK_OF_ART
@pytest.mark.parametrize("text", [
    "Ms. Varla read from The Killing of Mr. Smith at the Dunsby library on Monday.",
    "He starred in Attack of the Dunsby Clones, a film shot near Ostra.",
])
def test_a_title_is_no_event(run, text):
    art = run("\n\n" + text + "\n")
    assert not found(art, "ASSAULT"), shown(art)


# near-misses: the act told in lower case, a title-case headline, an event opening a sentence, a light verb's noun
@pytest.mark.parametrize("text", [
    "The killing of Mr. Smith angered the Ostra council on Monday.",
    "Rebels launched an attack on the Ostra base on Monday, the army said.",
    "Rebels Attack Ostra Army Base Near Dunsby\n\nRebels attacked an army base near Dunsby on Monday.",
])
def test_acts_in_lower_case_or_headlines_stay(run, text):
    art = run(text + "\n")
    assert any(e.trigger.text.lower().startswith(("attack", "killing", "launched")) and e.trigger.start < len(
        text.split("\n")[0]) for e in found(art, "ASSAULT")), shown(art)


# 5. a present act done now and then or at each turn of the calendar (event_senses `habitual`: occasionally,
#    sometimes, every year ...): a habit, no occasion; in the past it counts acts done (`occasions`)
@pytest.mark.parametrize("text", [
    "She still meets up with her old classmates in Ostra every year.",
    "The judges occasionally meet with the aspirants in Dunsby.",
    "Rebels sometimes attack the Ostra road at night.",
])
def test_a_habit_is_no_event(run, text):
    art = run("\n\n" + text + "\n")
    assert not asserted(art), shown(art)


# near-misses: the same words with a verb in the past, and an act on a day
@pytest.mark.parametrize("text, etype", [
    ("Rebels sometimes attacked the Ostra road at night last year.", "ASSAULT"),
    ("The mayor of Dunsby met every week with the Ostra governor during the flood.", "CONSULT"),
    ("Governor Dunn met with the rebel leaders in Ostra on Monday.", "CONSULT"),
])
def test_past_occasions_stay(run, text, etype):
    art = run("\n\n" + text + "\n")
    assert found(art, etype), shown(art)


# 6. a kind of people described by what is done to them (checks._kind_suffering): an act of force in the present
#    passive in a restrictive relative clause on a bare plural or `anyone`
@pytest.mark.parametrize("text, etype", [
    ("The senator argues women who are raped and then fall pregnant deserve help in Ostra.", "ASSAULT"),
    ("Anyone who is arrested in Dunsby gets a lawyer, the mayor said.", "COERCE"),
])
def test_a_kind_described_by_what_it_suffers_is_no_event(run, text, etype):
    art = run("\n\n" + text + "\n")
    assert not found(art, etype), shown(art)


# near-misses: the past passive tells acts done; a clause after a comma tells of a group
@pytest.mark.parametrize("text", [
    "Women who were raped by soldiers in Ostra spoke to the council on Monday.",
    "Villagers, who are attacked by rebels almost daily, fled Ostra.",
])
def test_acts_done_to_people_stay(run, text):
    art = run("\n\n" + text + "\n")
    assert found(art, "ASSAULT"), shown(art)
