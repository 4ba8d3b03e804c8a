"""act38: names that do nothing in the story (docs/actors.md `### act38`, actors/idle.py): a name with no sector that
never acts and only modifies a word, or is the object of a preposition on a word, that names no person, group or body
is a thing, no actor. Invented sentences; one row per case (the guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("festival_of_a_night",     # fails on main: the festival was an actor
     "The mayor opened the first night of the Millbrook Film Festival Season on Friday.\n",
     "Millbrook Film Festival Season: none; mayor: actor"),
    ("honour_roll_of_a_plaque",  # fails on main: the honour roll was an actor
     "The school got a plaque from the Silver Lantern Community Honor Roll on Monday.\n",
     "Silver Lantern Community Honor Roll: none"),
    ("guard_a_subject_acts",
     "The Silver Lantern Community Honor Roll named the school on Monday.\n",
     "Silver Lantern Community Honor Roll: actor"),
    ("guard_a_possessor_owns",
     "The mayor praised the Millbrook Film Festival Season's organisers on Monday.\n",
     "Millbrook Film Festival Season: actor"),
    ("guard_worked_for",
     "Tom Hale, president of the Marlow Kites, said the team would sign two new players this summer.\n",
     "Marlow Kites: actor"),
    ("founder_of_works_for_it",  # fails on the first cut of act38 (founder is no title of titles.tsv)
     "One critic, the Rev. Tom Hale, the founder of Pro-Family Ohio, called the mayor a hero on Monday.\n",
     "Pro-Family Ohio: actor"),
    ("guard_a_body_word_in_the_name",
     "Members heard a talk from Ann Price at a meeting of the Pine Hollow Wetlands Alliance on Thursday.\n",
     "Pine Hollow Wetlands Alliance: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_actors_at_phrases(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
