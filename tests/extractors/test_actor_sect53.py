"""sect53: sect52's stance and tie groups read on unlabelled text (docs/actors.md `### sect53`). Each narrowing with
the near-miss it must leave alone; invented sentences and names."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("a_polls_breakdown_no_group",   # main: `moderates` a CVL group
     "Senator Ada Brook did well among moderates in the Harlow poll, the pollster Tom Reedy said.\n",
     "moderates: none"),
    ("a_votes_breakdown_no_group",   # main: `libertarians` a CVL group
     "Brook won easily among evangelicals and lost among libertarians, the Harlow Courier's count showed.\n",
     "evangelicals: none; libertarians: none"),
    ("near_miss_a_stance_plural_that_speaks",
     "Moderates said Senator Ada Brook had won the debate in Harlow on Monday.\n",
     "Moderates: sector=CVL"),
    ("a_bare_plural_object_is_a_kind",   # main: `liberals` a CVL group
     "If Brook wins, we will see liberals on the court for a generation, Senator Tom Reedy warned in Dover.\n",
     "liberals: none"),
    ("a_bare_plural_after_a_preposition_is_a_kind",
     "Senator Tom Reedy counts on progressives to carry the Harlow primary, his aides say.\n",
     "progressives: none"),
    ("a_few_counted_as_object",   # main: `two moderates` a CVL group
     "Senator Ada Brook debated two moderates in Dover on Monday.\n",
     "two moderates: none"),
    ("near_miss_the_stance_group_as_object",
     "Senator Tom Reedy courted the evangelicals at a Dover church on Sunday.\n",
     "evangelicals: sector=CVL"),
    ("near_miss_a_passive_agent_acts",
     "Senator Tom Reedy said his bill was blocked by liberals in the state senate.\n",
     "liberals: sector=CVL"),
    ("near_miss_a_bare_object_with_a_relative_clause",
     "Senator Tom Reedy angered progressives who marched in Dover on Monday.\n",
     "progressives: actor"),
    ("a_few_counted_are_persons",   # main: `three moderates` a CVL group
     "Senator Ada Brook met three conservatives who had run for governor: Ann Lee, Tom Reedy and Kai Moss.\n",
     "three conservatives: none; Kai Moss: actor"),
    ("near_miss_many_counted_are_a_group",
     "About 400 evangelicals signed a letter to Senator Ada Brook, the Harlow pastor Tom Reedy said.\n",
     "evangelicals: sector=CVL"),
    ("friends_and_family_members_one_circle",   # main: `Friends` a CVL group of their own
     "A boy died in Harlow on Friday. Friends and family members met at the house of Jo Marsh on Saturday.\n",
     "Friends: none"),
    ("friends_and_family_of_a_person_one_circle",   # main: `Friends` a CVL group of their own
     "A boy died in Harlow on Friday. Friends and family of Jo Marsh said he loved to sing.\n",
     "Friends: none"),
    ("near_miss_friends_of_a_person_who_speak",
     "A boy died in Harlow on Friday. Friends of Jo Marsh told police he had been upset for weeks.\n",
     "Friends: sector=CVL"),
    ("a_title_first_word_before_a_venue_name",   # main: `Sylvia` a CVL person (`restaurant owner`'s first word)
     "Senator Tom Reedy met voters at the Harlow restaurant Sylvia's on Monday.\n",
     "Sylvia: none"),
    ("near_miss_a_title_end_before_a_name",
     "Senator Tom Reedy met voters at a diner on Monday. Restaurant owner Sylvia told him prices were too high.\n",
     "Sylvia: sector=BUS"),
    ("near_miss_allies_beside_relatives",
     "The boy's Harlow relatives and their Republican allies fought the ruling, Senator Tom Reedy said.\n",
     "allies: sector=PTY"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_sect53_actors(run, text, spec):
    check_actors(run(text, published="2016-05-10"), text, spec)
