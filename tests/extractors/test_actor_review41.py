"""review41: mends from a second reading of session 41's merged change (docs/actors.md `### review41`). Invented
sentences; one row per case (a row marked `fails on int41` failed before its mend; the guards pass before and
after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("body_named_for_storms",   # fails on int41: `National Hurricane Center` dropped as a storm (idle.storm_names)
     "The National Hurricane Center said Tuesday that Hurricane Lorna was moving north. Lorna is expected to reach "
     "land on Friday. Mayor Tom Reddick said the town was ready.\n",
     "National Hurricane Center: actor; Lorna#1: none; Tom Reddick: actor"),
    ("lower_case_storm_word_before_a_person",   # fails on int41: `Mary Lutz` and `Mary` dropped as a storm
     "During the hurricane Mary Lutz lost her home and her car. Lutz said she would rebuild. \"We will come back,\" "
     "Mary said.\n",
     "Mary Lutz: name=Mary Lutz; Mary#1: same=Mary Lutz"),
    ("guard_capitalised_storm_word",
     "Hurricane Mara flooded the county on Monday. Residents said Mara took their roofs. Mayor Tom Reddick said the "
     "city would help.\n",
     "Hurricane Mara: none; Mara#1: none; Tom Reddick: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_review41(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
