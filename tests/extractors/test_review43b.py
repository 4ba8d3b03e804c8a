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
    ("interview_with_the_outlet",                 # fails on int43 (the surname loop: hers); `with` on a noun
     "Carla Bloomberg, a city councilwoman in Dorrance, will run for mayor, her office said on Monday.\n\n"
     "In an interview with Bloomberg on Sunday, the mayor said the gap was smaller.\n",
     "Bloomberg#1: sector=MED"),
    ("guard_competing_with_the_person",           # `with` on a verb: the person (as on int43, through people.py)
     "Carla Bloomberg, a city councilwoman in Dorrance, will run for mayor, her office said on Monday.\n\n"
     "\"I would love to compete with Bloomberg,\" the mayor said.\n",
     "Bloomberg#1: same=Carla Bloomberg"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in OUTLET_CASES])
def test_outlet_named_like_a_person(run, text, spec):
    check_actors(run(text, published="2020-02-20"), text, spec)


SHARED_SURNAME_CASES = [
    ("she_of_a_clause_joined_to_said",           # fails on int43: the mention was Tom's, the quote's speaker Ann
     "Tom Vell and Ann Vell opened a bakery in Dorrance last year. \"We will buy new ovens,\" Vell said, and she "
     "showed the old ones.\n", "Vell#2: same=Ann Vell"),
    ("she_inside_the_quote_tells_nothing",       # fails on int43: the quote's `She` made the mention Ann's
     "Tom Vell and Ann Vell opened a bakery in Dorrance last year. Vell said, \"She works too hard.\"\n",
     "Vell#2: name=Vell"),                        # (neither of the two named side by side: ident50; Tom before)
    ("guard_she_of_the_said_clause",             # `Vell said she ...`: hers, as before
     "Tom Vell and Ann Vell opened a bakery in Dorrance last year.\n\nVell said she would buy a new oven.\n",
     "Vell#2: same=Ann Vell"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in SHARED_SURNAME_CASES])
def test_bare_shared_surname_told_as_its_quote_is(run, text, spec):
    article = run(text, published="2020-02-20")
    check_actors(article, text, spec)
    for q in article.quotes:                     # the quote's speaker is the actor that holds its mention
        sp = q.speaker
        if sp is not None and sp.actor is not None:
            (a,) = [a for a in article.actors if a.id == sp.actor]
            assert any(m.start == sp.start for m in a.mentions), (sp.text, a.name)
