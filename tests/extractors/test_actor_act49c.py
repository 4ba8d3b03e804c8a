"""act49c: places named once in passing that are no actor (issue 11, the kept sets' excess of named actors with a
role, one mention and no part). A country that is the object of `out of` is the land something leaves, a place
(`drove the army out of Chad`, `pulled money out of Brazil`; actors/states.py `_out_of`); a legislature or court that
is the `of`-object of a part of its chamber or house (actor_words.tsv `body_place`: floor, chamber, gallery, step) is a
place, as `the Senate floor` already was (`spoke on the floor of the U.S. Senate`, `on the steps of the Supreme
Court`). A country or a body that acts stays. Invented sentences; one row per case (rows marked `fails on main` fail
before the change, the guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("country_an_army_is_driven_out_of",   # fails on main: `Chad` a GOV state
     "The general tried to drive the rebel army out of Chad before the winter. The rebels fought back hard.\n",
     "Chad: none; rebel army: actor"),
    ("country_money_is_pulled_out_of",   # fails on main: `Brazil` a GOV state
     "Many investors pulled their money out of Brazil last year, the fund manager Ann Weiss said.\n",
     "Brazil: none; Ann Weiss: actor"),
    ("guard_a_country_that_pulls_out",
     "Chad pulled out of the talks on Monday, the minister said.\n",
     "Chad: sector=GOV"),
    ("floor_of_the_senate",   # fails on main: `U.S. Senate` a LEG body
     "Sen. Mary Holt spoke on the floor of the U.S. Senate on Tuesday, saying the bill would fail.\n",
     "U.S. Senate: none; Mary Holt: sector=LEG"),
    ("floor_of_the_house",   # fails on main: `House` a LEG body
     "Rep. Tom Vance said on the floor of the House that the plan was dead.\n",
     "House: none; Tom Vance: actor"),
    ("guard_the_senate_that_votes",
     "The Senate voted on Tuesday to pass the bill, Sen. Mary Holt said.\n",
     "Senate: sector=LEG"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act49c_places_in_passing(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
