"""ev52b: an act under a verb of threatening or vowing is no act done (lexicon/intent_verbs.tsv row `threaten` used by
events). The threat folds the act it governs; when the threat's own event is dropped by a
later check (a subject noun the checks do not read as a person), the act left behind took the clause's past tense and
was asserted as done (`The teen threatened to kill the two men` gave an ASSAULT at `kill`). Now it keeps the mood of
the verb it hangs from. Invented sentences; near-misses keep the acts really done."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, shown


def _done(art, etype: str, word: str) -> list:
    return [e for e in asserted(art) if e.type == etype and e.trigger.text == word and not e.hypothetical]


# subjects of several kinds: unnamed persons, people, officials, groups, states
@pytest.mark.parametrize("text, act", [
    ("The teen threatened to kill the two men outside the Marlow diner.", "kill"),
    ("The inmate threatened to stab a guard at the Dunsby jail.", "stab"),
    ("The customer threatened to shoot the cashier, police said.", "shoot"),
    ("A driver threatened to kill the officer who stopped him near Fenwick.", "kill"),
    ("The patient vowed to kill the nurse who had reported him.", "kill"),
    ("Mayor Jorell Tate threatened to arrest the protesters on the bridge.", "arrest"),
    ("The militia vowed to attack the convoy near Ostra.", "attack"),
    ("Freedonia threatened to bomb the border posts of Sylvania.", "bomb"),
])
def test_a_threatened_act_is_not_done(run, text, act):
    art = run("\n\n" + text + "\n")
    assert not _done(art, "ASSAULT", act) and not _done(art, "COERCE", act), shown(art)


@pytest.mark.parametrize("text", [
    "The man threatened to kill the two men outside the Marlow diner.",
    "Freedonia threatened to bomb the border posts of Sylvania.",
])
def test_the_threat_itself_stays(run, text):
    art = run("\n\n" + text + "\n")
    assert [e for e in asserted(art) if e.type == "THREATEN"], shown(art)


# near-misses: an act told as done beside a threat, or after it, stays
@pytest.mark.parametrize("text, act", [
    ("The man who threatened them later killed the two brothers in Marlow.", "killed"),
    ("The teen threatened the clerk and then shot the manager of the Dunsby store.", "shot"),
    ("After he had threatened his neighbor for weeks, the inmate stabbed a guard at the Dunsby jail.", "stabbed"),
])
def test_an_act_done_beside_a_threat_stays(run, text, act):
    art = run("\n\n" + text + "\n")
    assert _done(art, "ASSAULT", act), shown(art)


def test_the_intent_rows_load():
    from dateline.extractors.events.lexicon import load
    intent = load().cues["intent"]
    assert "threaten" in intent
    assert "say" not in intent


# a noun of one private person is no thing (checks._inanimate reads victim_nouns.tsv): the threat itself is kept
@pytest.mark.parametrize("text", [
    "The teen threatened to kill the two men outside the Marlow diner.",
    "The customer threatened to shoot the cashier, police said.",
    "The tenant threatened to kill his landlord during an argument in Fenwick.",
    "The patient threatened to stab a nurse at Dunsby General.",
])
def test_a_private_person_threatens(run, text):
    art = run("\n\n" + text + "\n")
    assert [e for e in asserted(art) if e.type == "THREATEN" and e.trigger.text == "threatened"], shown(art)


@pytest.mark.parametrize("text", [
    "The storm threatened to flood the two towns along the Marlow river.",
    "The dispute threatened to derail the talks between the two unions.",
])
def test_a_thing_that_threatens_still_threatens_no_one(run, text):
    art = run("\n\n" + text + "\n")
    assert not [e for e in asserted(art) if e.trigger.text in ("threatened", "flood", "derail")], shown(art)


# a vow to harm people is a threat; a vow to kill a bill stays a refusal (checks._vowed_harm)
@pytest.mark.parametrize("text", [
    "The man vowed to kill the two brothers who had robbed him.",
    "Ostra's rebels vowed to kill the soldiers guarding the dam.",
])
def test_a_vow_to_kill_people_threatens(run, text):
    art = run("\n\n" + text + "\n")
    found = [e.type for e in asserted(art) if e.trigger.text == "vowed"]
    assert found == ["THREATEN"], shown(art)


def test_a_vow_to_kill_a_bill_still_refuses(run):
    art = run("\n\nSenator Anna Brill vowed to kill the farm bill in committee.\n")
    assert [e.type for e in asserted(art) if e.trigger.text == "vowed"] == ["REJECT"], shown(art)


def test_no_one_is_still_no_doer(run):
    art = run('\n\nMara Velk spoke to the crowd in Ostra. "Here, no one gives up!" Velk said.\n')
    assert not [e for e in asserted(art) if e.trigger.text == "gives up"], shown(art)
