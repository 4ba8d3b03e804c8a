"""ev53: false and lost events of whole articles, by class (issue 11). Invented sentences (invented names and towns);
each group has near-misses the rule must leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, found, shown


# 1. a threat made by a person named by kin, standing or role (senses.person_word; event_senses `threatener`): the
#    threat is kept, as for `the man` (on main the subject was read as a thing and the threat dropped)
@pytest.mark.parametrize("text", [
    "The defendant threatened to kill the witness in the Ostra case.",
    "Her uncle threatened to shoot the neighbor in Dunsby.",
    "The hitchhiker threatened to stab the driver near Fenwick.",
    "The juvenile threatened to hurt a teacher at the Marlow school.",
    "The veteran threatened to beat the clerk at the Calder post office.",
    "A hijacker threatened to kill the pilot of the Ostra flight.",
])
def test_a_person_noun_threatens(run, text):
    art = run("\n\n" + text + "\n")
    assert found(art, "THREATEN"), shown(art)


# near-misses: a thing still runs a risk, and a private person's words of blame or praise stay out
@pytest.mark.parametrize("text", [
    "The storm threatened to flood the towns along the Marl river.",
    "The dispute threatened to derail the talks in Ostra.",
])
def test_a_thing_still_threatens_nobody(run, text):
    art = run("\n\n" + text + "\n")
    assert not found(art, "THREATEN"), shown(art)


@pytest.mark.parametrize("text, etype", [
    ("The coach criticized the referee after the Marlow game.", "ACCUSE"),
    ("The veteran praised the striker of the Dunsby club.", "SUPPORT"),
])
def test_a_private_persons_words_stay_out(run, text, etype):
    art = run("\n\n" + text + "\n")
    assert not found(art, etype), shown(art)


def test_the_threatener_rows_load():
    from dateline.extractors.events.checks import senses
    assert {"hitchhiker", "abductor", "spouse"} <= senses()["threatener"]
    assert "storm" not in senses()["threatener"]


# a fan is a threatener only for a threat: a sports crowd's refusal or backing stays out
@pytest.mark.parametrize("text", [
    "Some fans declined to support the team.",
    "The fans praised the new striker of the Dunsby club.",
])
def test_fans_words_stay_out(run, text):
    art = run("\n\n" + text + "\n")
    assert not asserted(art), shown(art)


# 2. (measured, not kept) an act under a verb of promising or refusing made hypothetical lost 1 required and 3
#    optional entries of tune for 1 false event: the gold takes a promised or refused act as an event of its own type.
#    What stays either way: the promise or refusal itself, and a deed told beside it
@pytest.mark.parametrize("text, etype, word", [
    ("The senator promised to block the nominee in committee.", "REJECT", "promised"),
    ("The governor refused to pardon the inmate from Fenwick.", "REJECT", "refused"),
    ("The council refused the request and arrested the organizers.", "COERCE", "arrested"),
    ("The governor promised the farmers aid and signed the bill on Tuesday.", "AGREE", "promised"),
])
def test_the_promise_or_a_deed_beside_it_stays(run, text, etype, word):
    art = run("\n\n" + text + "\n")
    assert [e for e in asserted(art) if e.type == etype and e.trigger.text == word], shown(art)


# 3. an attack word set before a noun of the one it harmed names a person (senses._names_the_harmed, event_senses
#    `harmed`): on main `for a shooting victim` was an ASSAULT with the victim as its doer
@pytest.mark.parametrize("text", [
    "Deputies responded to the 400 block of Elm Street for a shooting victim, officials said.",
    "The family of the stabbing victim spoke to reporters in Marlow.",
])
def test_a_victim_named_by_the_attack_is_no_attack(run, text):
    art = run("\n\n" + text + "\n")
    assert not found(art, "ASSAULT"), shown(art)


# near-misses: victims shot, and an attack with its own doer
@pytest.mark.parametrize("text", [
    "Police said a gunman was shooting victims at random in the Fenwick mall.",
    "A man was shooting at cars on the Ostra highway.",
])
def test_victims_shot_stay(run, text):
    art = run("\n\n" + text + "\n")
    assert found(art, "ASSAULT"), shown(art)


# 4. a candidacy or an honour accepted agrees with no one (senses._honour_taken, event_senses `honour`)
@pytest.mark.parametrize("text", [
    "Senator Orla Quist rose to accept her party's nomination for governor in Dunsby.",
    "\"I accept your nomination for the presidency,\" Halvorsen told the delegates.",
])
def test_an_honour_accepted_is_no_agreement(run, text):
    art = run("\n\n" + text + "\n")
    assert not found(art, "AGREE"), shown(art)


# near-misses: someone's nomination, an offer, a ceasefire accepted
@pytest.mark.parametrize("text", [
    "The senate accepted the nomination of Judge Pell as envoy to Sylvania.",
    "The union accepted the company's offer on Tuesday.",
    "Sylvania accepted the ceasefire proposed by Freedonia.",
])
def test_an_offer_accepted_stays(run, text):
    art = run("\n\n" + text + "\n")
    assert found(art, "AGREE"), shown(art)
