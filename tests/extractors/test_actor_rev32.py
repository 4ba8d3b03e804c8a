"""rev32: near misses of the session's actors rules (act32b, act32c), found by invented edge cases: a two-letter
acronym acting as a verb's subject is the body though a common noun with its initials is near (`the AP said` beside
`advanced placement`), and a body named for a disease (`Center for Infectious Disease`) is an actor."""
from __future__ import annotations

from tests.helpers import actor_at


def _name(art, text, word):
    a = actor_at(art, text, word)
    return a.name if a is not None else None


def test_an_acronym_that_acts_is_the_body_beside_a_common_noun_of_its_initials(run):
    text = "Pupils in the advanced placement class in Dayton read the report, and the AP said the vote was close.\n"
    assert _name(run(text), text, "AP") == "Associated Press"
    text = "The general manager of the Lordstown plant said GM would cut 500 jobs in Ohio.\n"
    assert _name(run(text), text, "GM") == "General Motors"


def test_a_body_named_for_a_disease_is_an_actor(run):
    text = "The Center for Infectious Disease said it had counted 40 cases of measles in Toronto.\n"
    assert actor_at(run(text), text, "Center for Infectious Disease") is not None
    text = "Doctors in Lagos said the Hemolytic Uremic Syndrome had killed three children.\n"
    assert actor_at(run(text), text, "Hemolytic Uremic Syndrome") is None
