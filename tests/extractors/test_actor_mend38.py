"""mend38: misfires left by review37, each a class (docs/actors.md `### mend38`). Invented sentences only."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at


def test_a_state_named_by_its_leader_keeps_its_words(run):
    text = ("WASHINGTON (Wire) -- The Obama administration said on Monday that it would appeal the ruling, Attorney "
            "General Eric Holder said. Holder spoke in Washington.\n")
    art = run(text, published="2014-03-02")
    us = actor_at(art, text, "administration")          # (main: `administration` alone, cut as a person's would be)
    assert us is not None and "The Obama administration" in {text[m.start:m.end] for m in us.mentions}, us


@pytest.mark.parametrize("body", [
    "Citizens Police Oversight Committee",      # main: USALEG by the `oversight committee` row
    "Police Review Board",                      # main: USACOP by the police word
    "Hartwell Police Commission",
])
def test_a_board_over_the_police_is_a_local_government_body(run, body):
    text = f"HARTWELL, Ohio (Wire) -- The {body} said on Monday it would review the shooting of a teenager.\n"
    art = run(text, published="2014-03-02")
    actor = actor_at(art, text, body.split()[-1])
    assert actor is not None and actor.sector == "GOV", actor


@pytest.mark.parametrize("phrase, called", [
    ("a neighbour called 911 at once", True),
    ("she dialed 911 from the porch", True),
    ("the 911 call came at noon", True),
    ("a 911 dispatcher sent two units", True),
    ("he drove the 911 Carrera to the track", False),     # a car model (main: the American emergency number)
    ("a 911 Turbo was parked outside", False),
])
def test_the_emergency_number_is_read_beside_a_call_word(phrase, called):
    from dateline.extractors.actors.us_local import _EMERGENCY_CALL
    assert bool(_EMERGENCY_CALL.search(phrase)) is called


@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_number_glued_to_a_name_by_a_dash_is_no_part_of_the_name(run, dash):
    text = (f"DES MOINES (Wire) -- The poll put Senator Ted Cruz{dash}35 percent ahead of the field on Monday. Later "
            "Cruz said he was pleased.\n")
    art = run(text, published="2016-01-20")
    first, later = actor_at(art, text, "Ted"), actor_at(art, text, "Cruz said")
    assert first is not None and first is later and first.name == "Ted Cruz", art.actors   # (main: `Ted Cruz—35`)
    assert "Senator Ted Cruz" in {text[m.start:m.end] for m in first.mentions}


def test_a_number_glued_to_an_unknown_persons_name_leaves_the_name_to_join_its_surname(run):
    text = ("DES MOINES (Wire) -- The poll gave Walter Brandt—41 and Lisa Moreno—38 on Monday. Brandt said he was "
            "pleased, and Moreno said she would campaign harder.\n")
    art = run(text, published="2016-01-20")
    for first, later, name in (("Walter", "Brandt said", "Walter Brandt"), ("Lisa", "Moreno said", "Lisa Moreno")):
        actor = actor_at(art, text, first)
        assert actor is not None and actor is actor_at(art, text, later) and actor.name == name, art.actors
