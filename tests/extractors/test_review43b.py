"""review43b: a second reading of ident43 and lead43's late change (its quote rows are in test_quotes_ident43.py).
Invented sentences; rows marked `fails on int43` fail before review43b, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

OUTLET_CASES = [
    ("outlet_reporting_stays_the_outlet",        # fails on int43: people._org_named_like gave it to Carla Bloomberg
     "Carla Bloomberg, a city councilwoman in Dorrance, will run for mayor, her office said on Monday.\n\n"
     "Bloomberg reported on Sunday that the city's budget had a gap of $40 million.\n",
     "Bloomberg#1: sector=MED"),
    ("guard_the_person_who_speaks",               # `Bloomberg said she ...`: the person, as before
     "Carla Bloomberg, a city councilwoman in Dorrance, will run for mayor, her office said on Monday.\n\n"
     "Bloomberg said she would close the gap in the city's budget.\n",
     "Bloomberg#1: same=Carla Bloomberg"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in OUTLET_CASES])
def test_outlet_named_like_a_person(run, text, spec):
    check_actors(run(text, published="2020-02-20"), text, spec)
