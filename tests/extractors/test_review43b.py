"""review43b: a second reading of ident43 and lead43's late change. Invented sentences; rows marked `fails on
int43` fail before review43b, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

QUOTE_CASES = [
    ("she_of_another_clause_tells_nothing",      # fails on int43: the mayor's `she` gave the quote to Ann Vell
     "Tom Vell and Ann Vell have run a bakery in Dorrance for years.\n\n\"The oven broke last week,\" Vell said, "
     "adding that the mayor promised she would send an inspector.\n", "The oven", "Tom Vell"),
    ("guard_she_of_the_said_clause",              # `Vell said she ...`: hers
     "Tom Vell and Ann Vell have run a bakery in Dorrance for years.\n\nVell said she would buy a new oven, "
     "\"a bigger one,\" next month.\n", "a bigger", "Ann Vell"),
    ("guard_she_of_a_clause_joined_to_said",      # `Vell said, and she showed`: hers (ident43's row)
     "Tom Vell and Ann Vell opened a bakery in Dorrance last year. \"We will buy new ovens,\" Vell said, and she "
     "showed the old ones.\n", "We will", "Ann Vell"),
]


@pytest.mark.parametrize("text, opening, name", [pytest.param(t, o, n, id=i) for i, t, o, n in QUOTE_CASES])
def test_quote_speaker_of_a_shared_surname(ctx_of, text, opening, name):
    from dateline.extractors.quotes import extract_quotes

    (q,) = [q for q in extract_quotes(ctx_of(text)) if q.text.lstrip("“\"").startswith(opening)]
    assert q.speaker is not None
    got = q.speaker.name.text if q.speaker.name is not None else None
    assert got == name and text[q.speaker.name.start:q.speaker.name.end] == name, got


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
