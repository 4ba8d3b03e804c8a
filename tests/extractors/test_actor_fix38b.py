"""fix38b: two misfires on American politicians (docs/actors.md `### fix38b`): the administration of a person whose
country is not known yet when the group is read (`George Bush Jr`: a son's mark, so no lexicon office) took the
country of a place in view, not the person's. Invented sentences; the first row fails before fix38b, the guards pass
before and after. The brief's second case (a politician coded BUS when a firm named after him is in the article) did
not reproduce on invented sentences on this tree: its rows are guards that keep the dated office's sector."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [  # (test id, text, published, spec: tests.helpers.check_actors)
    ("administration_of_a_son_named_with_jr",      # fails on main: ZAF (a place vote), not the person's country
     "Critics of the administration of George Bush Jr said on Tuesday that the new budget cuts would hurt "
     "farmers.\n", "2005-03-03",
     "administration of George Bush Jr: country=USA; administration of George Bush Jr: sector=GOV"),
    ("administration_of_a_lexicon_president",      # a guard: the day's office already gives the country
     "The administration of George W. Bush rejected the claim on Tuesday.\n", "2005-03-03",
     "administration of George W. Bush: country=USA; administration of George W. Bush: sector=GOV"),
    ("guard_candidate_beside_his_firm",            # a guard: the candidacy on the day, not the firm's BUS
     "Lawyers for the Trump Organization said on Thursday that they would appeal. Donald Trump called the ruling "
     "unfair.\n", "2016-06-02",
     "Donald Trump: sector=PTY; Trump Organization: sector=BUS"),
    ("guard_president_whose_firm_owns_it",         # a guard: the office on the day, whatever firm bears his name
     "Donald Trump, whose Trump Organization owns the hotel, called the ruling unfair on Thursday.\n", "2019-05-04",
     "Donald Trump: sector=GOV"),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(t, p, s, id=i) for i, t, p, s in ACTOR_CASES])
def test_fix38b_actors(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
