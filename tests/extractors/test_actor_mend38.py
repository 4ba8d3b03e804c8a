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
