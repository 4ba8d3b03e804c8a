"""Participants of events by the shape of the sentence (issue 10, dyad45): the doer of a noun of force laid to
someone (`the suspects involved in the shooting`, `the men responsible for the bombing`, `the group behind the
attack`); an `-ing` noun the parser took for a verb (`a fatal police shooting`) read as an event noun; the doer's
partner is no target (`acting with X`) and a he/him stands for no body; whom an act of blame is aimed at (`an insult
aimed at X`); the object of a relative clause with no relative word (`the second woman police shot`). Invented
sentences."""
from __future__ import annotations

import pytest

from tests.helpers import found, texts


def shown(article):
    return [(e.type, e.trigger.text, texts(e.source), texts(e.target)) for e in article.events]


@pytest.mark.parametrize("text, etype, side, who", [
    # the doer a describing word names
    ("Officers involved in the shooting of Marcus Dole have been placed on leave.", "ASSAULT", "source", "Officers"),
    ("Police are looking for the suspects involved in the shooting of three women outside a bar in Dover.",
     "ASSAULT", "source", "the suspects"),
    ("Police are hunting the men responsible for the bombing of a church in Lagos.", "ASSAULT", "source", "the men"),
    ("Investigators named the group behind the attack on the embassy.", "ASSAULT", "source", "the group"),
    # an -ing noun the parser took for a verb
    ("The vigil followed a fatal police shooting in Dayton on Thursday.", "ASSAULT", "source", "police"),
    # a him is the person, not the body named between
    ("The senator said the ministry had failed, and the party later expelled him.", "COERCE", "target",
     "The senator"),
    ("Witnesses said the gunman fled on foot, and an officer later arrested him near the station.", "COERCE",
     "target", "the gunman"),     # (a guard: a person's noun stays)
    # whom an act is aimed at
    ("A woman near the stage yelled an insult aimed at Governor Lund.", "ACCUSE", "target", "Governor Lund"),
    ("His attacks were directed at the governor and her staff.", "ACCUSE", "target", "the governor"),
    # the object of a relative clause with no relative word
    ("Investigators have not named the second woman police shot on Tuesday.", "ASSAULT", "target",
     "the second woman"),
])
def test_a_participant_read_from_the_shape_of_the_sentence(run, text, etype, side, who):
    art = run("\n\n" + text + "\n")
    assert any(who in texts(getattr(e, side)) for e in found(art, etype)), shown(art)


@pytest.mark.parametrize("text, etype, side, words", [
    ("Police are hunting the men responsible for the bombing of a church in Lagos.", "ASSAULT", "source",
     "bombing"),                  # (the doer's phrase ends before what describes it)
    ("The mayor was not involved in the beating of the reporter on Friday.", "ASSAULT", "source", "mayor"),
    ("Border guards, working hand in hand with Somali intelligence, detained him at the crossing and drove him "
     "back to the capital.", "COERCE", "target", "Somali intelligence"),
    ("Acting with Somali intelligence, border guards detained him at the airport.", "COERCE", "target",
     "Somali intelligence"),
    ("\"We remain open to talks aimed at full denuclearization of North Korea,\" the envoy said.", "CONSULT",
     "target", "North Korea"),    # (talks aimed at a goal: at no one)
    ("The man police shot at on Friday fled across the river.", "ASSAULT", "target", "The man"),
    # a time, a way or a reason a clause with no relative word is on is no object (review45b: each failed on int45)
    ("The day the army invaded, thousands of families fled south.", "ASSAULT", "target", "day"),
    ("The reason the council sued remains unclear.", "ACCUSE", "target", "reason"),
])
def test_no_participant_where_the_shape_names_none(run, text, etype, side, words):
    art = run("\n\n" + text + "\n")
    assert not any(words in " ".join(texts(getattr(e, side))) for e in found(art, etype)), shown(art)


def test_an_active_verbs_subject_is_no_doer(run):
    """`The family wanted justice for the killing`: the subject of an active `wanted` wants, it did not kill (on any
    event, asserted or not; review45b: failed on int45)."""
    art = run("\n\nThe family wanted justice for the killing of their son.\n")
    assert not any("family" in " ".join(texts(e.source)) for e in art.events), shown(art)


def test_the_of_object_of_an_ing_noun_read_as_a_verb_is_its_target(run):
    art = run("\n\nDays after the police shooting of an unarmed driver in Elmwood sparked protests, the mayor "
              "resigned.\n")
    got = [(texts(e.source), " ".join(texts(e.target))) for e in found(art, "ASSAULT")]
    assert any(s == ["police"] and "an unarmed driver" in t for s, t in got), shown(art)
