"""act49c: places named once in passing that are no actor (issue 11, the kept sets' excess of named actors with a
role, one mention and no part). A legislature or court that is the `of`-object of a part of its chamber or house (actor_words.tsv `body_place`: floor, chamber, gallery, step) is a
place, as `the Senate floor` already was (`spoke from the floor of the U.S. Senate`, `on the steps of the Supreme
Court`). A body that acts stays. Invented sentences; one row per case (rows marked `fails on main` fail
before the change, the guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("floor_of_the_senate",   # fails on main: `U.S. Senate` a LEG body
     "Sen. Mary Holt spoke from the floor of the U.S. Senate on Tuesday, saying the bill would fail.\n",
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
