"""fix38b: two misfires on American politicians (docs/actors.md `### fix38b`): the administration of a person whose
country is not known yet when the group is read (`George Bush Jr`: a son's mark, so no lexicon office) took the
country of a place in view, not the person's. Invented sentences; each row fails before fix38b."""
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
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(t, p, s, id=i) for i, t, p, s in ACTOR_CASES])
def test_fix38b_actors(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
