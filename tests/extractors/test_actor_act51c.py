"""act51c: the lead's session-51 actor decisions (bench/actors/GUIDE.md "Decided (session 51, the lead)"; docs/actors.md
`### act51c`). A school named only as a place one attends, applies to, studies at or graduates from is no actor
(actors/idle.py `attended_schools`); one that acts or decides stays.
Invented sentences; rows marked `fails on int51` fail before the change, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("school_of_a_junior",   # fails on int51: `Cedar Bluff High School` an actor (EDU)
     "Mara Quinn, a junior at Cedar Bluff High School, said the bus never came on Tuesday.\n",
     "Cedar Bluff High School: none; Mara Quinn: actor"),
    ("college_graduated_from",   # fails on int51: `Dunmore College` an actor (EDU)
     "Mayor Ted Walsh, who graduated from Dunmore College in 1994, said the budget would pass.\n",
     "Dunmore College: none; Ted Walsh: actor"),
    ("academy_attended",   # fails on int51: `Fenwick Academy` an actor (EDU)
     "Her son attended Fenwick Academy for two years before the family moved, Rita Dale said.\n",
     "Fenwick Academy: none"),
    ("university_applied_to",   # fails on int51: `Lorne University` an actor (EDU)
     "Sheriff Paul Meyer said the suspect had applied to Lorne University last spring.\n",
     "Lorne University: none; Paul Meyer: actor"),
    ("graduate_of",   # fails on int51: `Elmford Institute` an actor (EDU)
     "Senator Ada Brook, a 1988 graduate of Elmford Institute, voted against the bill on Monday.\n",
     "Elmford Institute: none; Ada Brook: actor"),
    ("guard_school_that_decides",
     "Fenwick Academy admitted her in May, and the girl attended Fenwick Academy until June, Rita Dale said.\n",
     "Fenwick Academy: actor"),
    ("guard_school_that_speaks",
     "Cedar Bluff High School said on Tuesday that classes would resume after the storm.\n",
     "Cedar Bluff High School: actor"),
    ("guard_teacher_at_a_school",
     "Omar Reyes, a teacher at Cedar Bluff High School, said the roof leaked for weeks.\n",
     "Omar Reyes: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act51c_actors(run, text, spec):
    check_actors(run(text, published="2016-05-10"), text, spec)
