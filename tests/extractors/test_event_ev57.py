"""ev57: event precision on whole articles (issue 11, session 57). Invented sentences (invented names and towns); each
group has near-misses the rule must leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, found, shown


def _one(run, text):
    return run("\n\n" + text + "\n")


# 1. an infinitive on a noun of a possibility, a capacity, a reason or a readiness (event_senses `proposal` rows of
#    ev57): an act that may come, not one done
@pytest.mark.parametrize("text, etype", [
    ("The powder the clerk bought had the potential to kill hundreds of people.", "ASSAULT"),
    ("Marlow has three reasons to pressure Ostra over the dam.", "REQUEST"),
    ("Ostra has the capacity to shell Dunsby from the hills, the general said.", "ASSAULT"),
    ("Fenwick officials said there was no reason to arrest the marchers.", "COERCE"),
    ("The governor's readiness to arrest the Calder strikers worried the owners.", "COERCE"),
])
def test_infinitive_on_a_noun_of_possibility_is_no_act(run, text, etype):
    art = _one(run, text)
    assert not found(art, etype), shown(art)


# near-misses: a decision or a vote to act tells the act, and a chance or a power taken up or used was used
@pytest.mark.parametrize("text, etype", [
    ("The mayor's decision to sue the county angered Calder residents.", "ACCUSE"),
    ("The senator took the chance to criticize the Marlow governor.", "ACCUSE"),
    ("The mayor used his power to block the Fenwick budget.", "REJECT"),
    ("Ostra's army shelled Dunsby from the hills on Monday.", "ASSAULT"),
])
def test_act_taken_or_decided_stays(run, text, etype):
    art = _one(run, text)
    assert found(art, etype), shown(art)


# near-misses of the near-misses: a chance not taken, or one that could be used, is still no act
@pytest.mark.parametrize("text", [
    "The senator did not take the chance to criticize the Marlow governor.",
    "The mayor could use his power to block the Fenwick budget.",
    "The mayor has the power to block the Fenwick budget.",
    "Calder unions are seizing the chance to criticize the Marlow governor.",
])
def test_chance_not_taken_is_no_act(run, text):
    art = _one(run, text)
    assert not [e for e in asserted(art) if e.trigger.text in ("criticize", "block")], shown(art)


# 2. a line that points at another story: `Previous:`, `RELATED:`, `Read more »`, a web address's slug
@pytest.mark.parametrize("line", [
    "Previous: Fenwick police arrest two men after the market shooting",
    "RELATED: Marlow council condemns the attack on the mayor",
    "Read more » Ostra rebels shell the border town",
    "marlow-county-shooting",
])
def test_pointer_line_tells_no_event(run, line):
    art = run("Calder bakery notes\n\n" + line + "\n\nThe bakery on Elm Road opened again on "
              "Tuesday, its owner said.\n")
    assert not asserted(art), shown(art)


# near-misses: the same words opening a sentence of prose, with no mark after them
@pytest.mark.parametrize("text, etype", [
    ("More than 20 people were arrested by Fenwick police on Friday.", "COERCE"),
    ("Next, the council condemned the attack on the Marlow mayor.", "ACCUSE"),
    ("Related charges were filed against the Marlow mayor on Monday.", "COERCE"),
])
def test_pointer_words_in_prose_stay(run, text, etype):
    art = _one(run, text)
    assert found(art, etype), shown(art)


# 3. a verb of bursting said of a figure (checks._figure_burst): growth told, no blast
@pytest.mark.parametrize("text", [
    "The Marlow prison population has since exploded to hold three million inmates.",
    "The number of flu cases in Dunsby exploded last winter.",
    "Fenwick's debt exploded to $4 billion under the old council.",
])
def test_figure_that_burst_is_no_attack(run, text):
    art = _one(run, text)
    assert not found(art, "ASSAULT"), shown(art)


# near-misses: a bomb, a car or a rocket that exploded is a blast
@pytest.mark.parametrize("text", [
    "A bomb exploded near the Calder market on Friday, killing three people.",
    "A car exploded near the Calder market, killing two soldiers, officials said.",
    "A rocket exploded in a Dunsby field, injuring two farmers.",
])
def test_blast_stays(run, text):
    art = _one(run, text)
    assert found(art, "ASSAULT"), shown(art)


# 4. an act offered (`offer` among the intent verbs of events; triggers._mood, `_offer_made`): the act is not done,
#    the offer made is one AGREE, and the act offered is not asserted as done
@pytest.mark.parametrize("text, act", [
    ("The Marlow mayor offered to meet the strikers on Friday.", "meet"),
    ("The union offered to end the strike if the mill raised wages.", "end"),
    ("Abbot Kell offered on Monday to talk with the Ostra rebels.", "talk"),
])
def test_act_offered_is_an_agreement(run, text, act):
    art = _one(run, text)
    assert len(found(art, "AGREE")) == 1, shown(art)
    assert not [e for e in asserted(art) if e.type != "AGREE"], shown(art)


# near-misses: an offer denied, supposed or planned is no agreement made
@pytest.mark.parametrize("text", [
    "The Marlow mayor did not offer to meet the strikers.",
    "The Marlow mayor would offer to meet the strikers if they ended the blockade.",
    "The Marlow mayor plans to offer to meet the strikers.",
])
def test_offer_not_made_is_no_agreement(run, text):
    art = _one(run, text)
    assert not found(art, "AGREE"), shown(art)
