"""review54b: a second reading of act54b and known54 - near-misses of their rules that over-reached (docs/actors.md
`### review54b`). Invented sentences, names and towns."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    # -- one list of those who give talks (titles.tsv): the rows act54b and known54 wrote, read the same
    ("speakers_of_both_lists_are_private",
     "HARTVILLE, Ohio -- Keynote Speaker Nell Garvin told graduates to vote. The guest speaker Ed Moss spoke next. "
     "Paid speaker Lou Fenn came too.\n",
     "Nell Garvin: sector=CVL; Ed Moss: sector=CVL; Lou Fenn: sector=CVL"),
    ("near_miss_a_capitalised_speaker_after_a_lower_case_word",   # int54: CVL, `conference speaker`
     "SPRINGFIELD, Ill. -- At the conference Speaker Tom Reedy said the state budget would pass by June.\n",
     "Tom Reedy: sector=LEG"),
    # -- a given name that is a country's (hits._state_unnamed_otherwise): a capital in a capitals dateline names it
    ("near_miss_the_capital_in_the_dateline",   # int54: no actor for the state (`AMMAN` not read as `Amman`)
     "AMMAN (Wire) -- Jordan will host the talks on Monday, said Jordan Belk, a spokesman for the hosts.\n",
     "Jordan: name=Jordan"),
    ("a_given_name_alone_is_no_state",
     "TULSA, Okla. -- Jordan Pratt, 17, won the county spelling bee on Monday. \"We all cheered for Jordan,\" her "
     "coach said.\n",
     "Jordan#1: none"),
    # -- a private person's home told by the text (codes._homes_told): the place of a deed that befell one is no home
    ("near_miss_an_arrest_abroad_is_no_home",   # int54: IRN, the name's `in` place
     "DENVER -- The arrest of Tom Hale in Iran has alarmed his employer, a Denver software firm, the company said.\n",
     "Tom Hale: country=USA"),
    ("kin_in_a_city_abroad_still_told",   # the subject's `in` place: still its home
     "HAVANA (Wire) -- The boy's relatives in Miami said they would appeal on Monday.\n",
     "relatives: country=USA"),
    # -- a state's own department: the nation's body written as such keeps the bare forms the nation's
    ("near_miss_the_nations_body_named_beside_the_states",   # int54: all three one state actor
     "GLENVILLE, Calif. -- The state Department of Justice will look into the death of Cole Anders, the sheriff "
     "said. The U.S. Justice Department opened its own inquiry on Friday. The Justice Department gave no date.\n",
     "U.S. Justice Department: name=United States; Justice Department#1: name=United States; "
     "state Department of Justice: name=state Department of Justice"),
    ("near_miss_a_form_before_the_states_body_outside_a_headline",   # int54: joined to the state's body
     "PARMA, Ohio -- Attorney General Nora Pike said the Justice Department would sue the town. The state "
     "Department of Justice said it would help the town.\n",   # (tidy55: the dateline first, as the layout reads a
     #  sentence run into a dateline on its line as the headline, `Council votes. MALTA -- ...`)
     "Justice Department: name=United States; state Department of Justice: name=state Department of Justice"),
    ("a_headline_form_and_a_later_form_join_the_states_body",
     "Harlow asks DOJ for help\n\nHARLOW, Calif. -- On Monday the police asked the state Department of Justice "
     "for help. The DOJ will send four agents.\n",
     "DOJ: same=state Department of Justice; DOJ#1: same=state Department of Justice"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_review54b_actors(run, text, spec):
    article = run(text, published="2000-03-01")
    check_actors(article, text, spec)
