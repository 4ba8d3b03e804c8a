"""Participants of events by the shape of the sentence (issue 10, dyad45): the doer of a noun of force laid to
someone (`the suspects involved in the shooting`, `the men responsible for the bombing`, `the group behind the
attack`); an `-ing` noun the parser took for a verb (`a fatal police shooting`) read as an event noun; the doer's
partner is no target (`acting with X`) and a he/him stands for no body; whom an act of blame is aimed at (`an insult
aimed at X`). Invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import found, texts


def shown(article):
    return [(e.type, e.trigger.text, texts(e.source), texts(e.target)) for e in article.events]


@pytest.mark.parametrize("text, doer", [
    ("Officers involved in the shooting of Marcus Dole have been placed on leave.", "Officers"),
    ("Police are looking for the suspects involved in the shooting of three women outside a bar in Dover.",
     "the suspects"),
    ("Police are hunting the men responsible for the bombing of a church in Lagos.", "the men"),
    ("Investigators named the group behind the attack on the embassy.", "the group"),
])
def test_whom_a_noun_of_force_is_laid_to_did_it(run, text, doer):
    art = run("\n\n" + text + "\n")
    got = [texts(e.source) for e in found(art, "ASSAULT")]
    assert [doer] in got, shown(art)


def test_the_phrase_of_the_doer_stops_before_what_describes_it(run):
    art = run("\n\nPolice are hunting the men responsible for the bombing of a church in Lagos.\n")
    assert not any("bombing" in " ".join(texts(e.source)) for e in found(art, "ASSAULT")), shown(art)


def test_one_not_involved_is_no_doer(run):
    art = run("\n\nThe mayor was not involved in the beating of the reporter on Friday.\n")
    assert not any("mayor" in " ".join(texts(e.source)) for e in found(art, "ASSAULT")), shown(art)


def test_an_ing_noun_read_as_a_verb_takes_the_force_before_it(run):
    art = run("\n\nThe vigil followed a fatal police shooting in Dayton on Thursday.\n")
    got = [texts(e.source) for e in found(art, "ASSAULT")]
    assert ["police"] in got, shown(art)


@pytest.mark.parametrize("text", [
    "Border guards, working hand in hand with Somali intelligence, detained him at the crossing and drove him "
    "back to the capital.",
    "Acting with Somali intelligence, border guards detained him at the airport.",
])
def test_the_doers_partner_is_no_target(run, text):
    art = run("\n\n" + text + "\n")
    got = [texts(e.target) for e in found(art, "COERCE")]
    assert got and not any("Somali intelligence" in ts for ts in got), shown(art)


@pytest.mark.parametrize("text, etype, person", [
    ("Witnesses said the gunman fled on foot, and an officer later arrested him near the station.", "COERCE",
     "the gunman"),
    ("The senator said the ministry had failed, and the party later expelled him.", "COERCE", "The senator"),
])
def test_a_him_stands_for_the_person_not_the_body_before_it(run, text, etype, person):
    art = run("\n\n" + text + "\n")
    got = [texts(e.target) for e in found(art, etype)]
    assert [person] in got, shown(art)


@pytest.mark.parametrize("text, aimed", [
    ("A woman near the stage yelled an insult aimed at Governor Lund.", "Governor Lund"),
    ("His attacks were directed at the governor and her staff.", "the governor"),
])
def test_whom_an_act_of_blame_is_aimed_at_is_its_target(run, text, aimed):
    art = run("\n\n" + text + "\n")
    got = [texts(e.target) for e in found(art, "ACCUSE")]
    assert any(aimed in ts for ts in got), shown(art)


def test_talks_aimed_at_a_goal_aim_at_no_one(run):
    art = run("\n\n\"We remain open to talks aimed at full denuclearization of North Korea,\" the envoy said.\n")
    assert not any("North Korea" in " ".join(texts(e.target)) for e in found(art, "CONSULT")), shown(art)


def test_the_noun_a_relative_clause_without_who_hangs_on_is_its_object(run):
    art = run("\n\nInvestigators have not named the second woman police shot on Tuesday.\n")
    got = [texts(e.target) for e in found(art, "ASSAULT")]
    assert ["the second woman"] in got, shown(art)


def test_a_stranded_preposition_keeps_the_noun_from_being_the_object(run):
    art = run("\n\nThe man police shot at on Friday fled across the river.\n")
    assert not any("The man" in texts(e.target) for e in found(art, "ASSAULT")), shown(art)


def test_the_of_object_of_an_ing_noun_read_as_a_verb_is_its_target(run):
    art = run("\n\nDays after the police shooting of an unarmed driver in Elmwood sparked protests, the mayor "
              "resigned.\n")
    got = [(texts(e.source), " ".join(texts(e.target))) for e in found(art, "ASSAULT")]
    assert any(s == ["police"] and "an unarmed driver" in t for s, t in got), shown(art)
