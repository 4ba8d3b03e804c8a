"""act42b: countries named only as places in the forms act42 left (docs/actors.md `### act42b`). Countries listed
after `such as`/`including`/`like` on a plural noun of countries that is the subject of a verb of a land where
something is found (`neighbouring countries such as Borduria and Syldavia have had cases`) are places, not states
acting; a deed of that subject keeps them actors. Invented sentences; one row per case (rows marked `fails on main`
fail before the change, the guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("examples_of_countries_that_had_cases",   # fails on main: `Ethiopia`, `Sudan` actors (GOV)
     "No polio case has been found in Tarvania since 1997, but neighbouring countries such as Ethiopia and Sudan "
     "have had more recent cases, health officials said.\n",
     "Ethiopia: none; Sudan: none"),
    ("examples_including_that_saw_outbreaks",   # fails on main: `Chile`, `Peru` actors (GOV)
     "Nations including Chile and Peru have seen outbreaks of the flu this winter.\n",
     "Chile: none; Peru: none"),
    ("examples_like_set_apart_that_suffered",   # fails on main: `Chile`, `Peru` actors (GOV)
     "Other nations, like Chile and Peru, have suffered outbreaks of dengue this year.\n",
     "Chile: none; Peru: none"),
    ("guard_examples_that_act",
     "Countries such as Japan and Canada have banned imports of the beef.\n",
     "Japan: actor; Canada: actor"),
    ("guard_examples_that_report",
     "Countries including Chile and Peru have reported new cases of the flu to the WHO.\n",
     "Chile: actor; Peru: actor"),
    ("guard_examples_that_have_a_plan",
     "Countries such as Chile and Peru have a plan to share vaccines, the ministers said.\n",
     "Chile: actor; Peru: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_countries_named_only_as_places(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
