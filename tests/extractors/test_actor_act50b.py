"""act50b: people and groups named in passing that are no actor of their own (issue 11, the false actors of the
common-noun cells). A relation noun written right before a person's name is that name's label (`his mentor former
Gov. X`), no second person; a group named once as what something is likened to (`the crew is like a family`) or as anyone
of its kind whose good is weighed (`the safety of officers`) is no body of the story; bare `opposition` that is
mounted, or that something happens amid or despite, is resistance, no group. Invented sentences; one row per case
(rows marked `fails on main` fail before the change, the guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("relation_noun_before_a_titled_name",   # fails on main: `his mentor` a person of its own
     "The crowd cheered for Sen. Carl Brandt and his mentor former Ohio Gov. Dale Winter when both spoke.\n",
     "his mentor: none; Dale Winter: actor; Carl Brandt: actor"),
    ("relation_noun_before_a_bare_name",   # fails on main: `her predecessor` a person of its own
     "Mayor Ann Cole thanked her predecessor Tom Dale for his work on the budget.\n",
     "her predecessor: none; Tom Dale: actor"),
    ("guard_relation_noun_that_speaks",
     "Mayor Ann Cole took office in May. Her predecessor said on Tuesday that the budget was in good shape.\n",
     "Her predecessor: actor"),
    ("guard_relation_noun_with_a_comma",
     "Mayor Ann Cole thanked her predecessor, Tom Dale, for his work on the budget.\n",
     "Tom Dale: actor"),
    ("likened_to_a_family",   # fails on main: `a family` a CVL group
     "Coach Joe Marsh has led the rowing club for 30 years. \"The crew is like a family to me,\" Marsh said.\n",
     "a family: none; Joe Marsh: actor"),
    ("guard_family_that_acts",
     "A family in Elm Street called police after the fire, Chief Rob Hale said.\n",
     "A family: actor"),
    ("safety_of_officers",   # fails on main: `officers` a COP group
     "Letting the dogs roam would put the safety of officers at risk, Judge Amy Roth wrote on Monday.\n",
     "officers: none; Amy Roth: actor"),
    ("guard_officers_who_act",
     "Officers arrested two men on Tuesday, Chief Rob Hale said.\n",
     "Officers: sector=COP"),
    ("opposition_mounted",   # fails on main: `fierce opposition` an OPP group
     "Shop owners mounted fierce opposition at Tuesday's hearing, Councillor Tom Reed said.\n",
     "fierce opposition: none; Tom Reed: actor"),
    ("despite_opposition",   # fails on main: `growing opposition` an OPP group
     "Mayor Ann Cole signed the order on Tuesday, despite growing opposition among shop owners.\n",
     "growing opposition: none; Ann Cole: actor"),
    ("guard_the_opposition_that_speaks",
     "Police clashed with marchers in the capital, and the opposition said 12 were hurt.\n",
     "opposition: sector=OPP"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act50b_no_actor_in_passing(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
