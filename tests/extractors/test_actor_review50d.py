"""review50d: a second reading of ident50's identity rules (docs/actors.md `### ident50`). Invented sentences only."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_identity


_ROBBERY = "DENVER (Wire) -- Prosecutors filed charges on Tuesday in the robbery of a jewelry shop.\n\n"


@pytest.mark.parametrize("story, charged_one", [
    # ident50's `_told_dead` took any subject of `kill` for the one who died: the killer, charged, went to his namesake
    pytest.param("Nolan Pryce, 30, a suspect in the robbery, killed a guard on Friday, police said. Wade Pryce, 27, a "
                 "clerk at the shop, was hurt in the struggle. Pryce was charged with murder and robbery.\n",
                 "Nolan Pryce", id="the_killer_is_not_told_dead"),
    # guard: a reflexive object leaves the subject the one who died
    pytest.param("Nolan Pryce, 30, a suspect in the robbery, killed himself in a cell on Friday. Wade Pryce, 27, a "
                 "suspect as well, was found at a motel on Sunday. Pryce was charged with robbery.\n",
                 "Wade Pryce", id="one_who_killed_himself_is_told_dead"),
])
def test_the_one_charged_of_two_namesakes_when_one_killed(run, story, charged_one):
    text = _ROBBERY + story
    art = run(text, published="2014-11-18")
    one, charged = actor_at(art, text, charged_one), actor_at(art, text, "Pryce was charged")
    assert one is not None and charged is not None and charged.id == one.id, (charged, one)


@pytest.mark.parametrize("text, published, mention, name, forbidden", [
    # ident50's foreign-stranger rule read any relative clause as a private description: a prime minister seen at a
    # show abroad (`who sat in the front row`) became someone else, or no actor at all
    pytest.param("PARIS (Wire) -- The fashion week opened on Monday with a show by a young designer.\n\nThe crowd "
                 "included Trudeau, who wore a bright blue suit and sat in the front row. Models walked for an hour.\n",
                 "2017-03-06", "Trudeau", "Justin Trudeau", (), id="a_leader_abroad_told_by_a_past_act"),
    # guard: a clause in the present tense tells who the man is (a trader), not the lexicon person
    pytest.param("PESHAWAR, Pakistan (Wire) -- The price of cooking oil has risen by a third since the spring.\n\n"
                 "\"Nobody buys a full bottle now,\" said Abbas, who has sold oil and flour from a cart for ten years.\n",
                 "2010-09-14", "Abbas", None, ("Mahmoud Abbas",), id="a_foreign_trader_told_in_the_present"),
    # ident50 widened the stranger's apposition to `the` (`Dr. Carson, the deputy coroner`); a kin noun after `the`
    # tells whose relative he is, not a post nobody famous holds
    pytest.param("WASHINGTON (Wire) -- A bill on farm aid stalled on Tuesday.\n\nMr. Obama, the son of a Kenyan "
                 "economist, spoke to farmers in Iowa.\n", "2015-06-16", "Obama", "Barack Obama", (),
                 id="a_titled_surname_with_a_definite_kin_apposition"),
])
def test_who_a_lone_lexicon_surname_is(run, text, published, mention, name, forbidden):
    check_identity(run(text, published=published), text, mention, name, forbidden)
