"""act42b: countries named only as places in the forms act42 left (docs/actors.md `### act42b`). Countries listed
after `such as`/`including`/`like` on a plural noun of countries that is the subject of a verb of a land where
something is found (`neighbouring countries such as Borduria and Syldavia have had cases`) are places, not states
acting; a deed of that subject keeps them actors. A country naming a site or a place in a locative phrase (`tested at
a UK laboratory`, `came from a UK lab`, `lives in a US city`) says where it is; a body or a thing of the state keeps
it (`sent to a U.S. prison`, `a US fund`). Invented sentences; one row per case (rows marked `fails on main`
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
    ("country_of_a_lab_in_a_locative_phrase",   # fails on main: `UK` an actor (GOV)
     "The blood samples were tested at a UK laboratory on Monday, the clinic said.\n",
     "UK: none"),
    ("country_of_a_lab_after_from_on_motion",   # fails on main: `UK` an actor (GOV)
     "The strain came from a UK lab, the newspaper Brixley Post said.\n",
     "UK: none"),
    ("country_of_a_hospital_after_to_on_motion",   # fails on main: `UK` an actor (GOV)
     "The injured climber was flown to a UK hospital on Monday.\n",
     "UK: none"),
    ("country_of_a_city_in_a_locative_phrase",   # fails on main: `US` an actor (GOV)
     "Halvorsen lives in a US city near the border with his two sons.\n",
     "US: none"),
    ("guard_country_of_a_state_prison",
     "Halvorsen was sent to a U.S. prison after the trial.\n",
     "U.S.: actor"),
    ("guard_country_of_a_fund",
     "The money came from a US fund for the region.\n",
     "US: actor"),
    ("guard_country_acting_on_a_city",
     "The UK sent doctors to the city on Monday.\n",
     "UK: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_countries_named_only_as_places(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
