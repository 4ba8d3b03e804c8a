"""act46: two kinds of false actor of issue 11's families, counted on the read actor sets and on invented stories
before they were built (docs/accuracy.md, session 46; actors/idle.py). A person no lexicon knows each of whose mentions
only modifies a noun that is no word of people (a show, a project, a handle before another) is no actor; a group of
courts written in lower case none of whose mentions acts (`the courts`, `one county court`) is the courts in the
abstract, no actor. Invented sentences; one row per case (rows marked `fails on main` fail before the change, the
guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("handle_before_another_handle",   # fails on main: `@jpressly` a person
     "Follow the reporters on Twitter: @jpressly @mkornet\n\nThe county paved two roads this week, officials said.\n",
     "@jpressly: none"),
    ("guard_name_as_modifier_of_a_word_of_people",
     "A Tom Harlan spokesman said on Monday that the senator would vote against the bill.\n",
     "Tom Harlan: actor"),
    ("guard_name_that_also_acts",
     "The Dana Whitlock campaign bought airtime in Iowa. Whitlock told supporters on Monday that she would win.\n",
     "Whitlock#1: actor"),
    ("courts_restored_in_the_abstract",   # fails on main: `the courts` a JUD group
     "Conservatives want to restore the courts to their proper place, the senator said.\n",
     "courts: none; senator: actor"),
    ("offices_and_courts_a_program_helps",   # fails on main: `the prosecutor's offices`, `the courts` JUD groups
     "The program would help victims of crime, the prosecutor's offices and the courts, the county said.\n",
     "prosecutor's offices: none; courts: none; the county: actor"),
    ("guard_a_court_that_rules",
     "A state appeals court ruled on Tuesday that the city had broken its own zoning law.\n",
     "appeals court: sector=JUD"),
    ("guard_a_court_that_owns_an_order",
     "The mayor said the city would obey the court's order and reopen the park on Friday.\n",
     "court: actor"),
    ("guard_a_named_court",
     "Judge Ann Corley of the Marlow County Circuit Court set a hearing for May 3.\n",
     "Marlow County Circuit Court: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act46_false_actors(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
