"""act49b: groups named once in passing (docs/actors.md `### act49b`; actors/idle.py `passing_groups`). A group written
in lower case, named once as a bare noun (no determiner, possessor or number) that does not act, is any of its kind
where it is the complement of `be` (`claimed to be retired military`), a name in a list of three or more bare nouns
(`worked with mayors, senators, judges and state legislators`), the object of `for`/`against` on a noun (`violence
against police officers`) or `family`/`media` alone (`services for family`, `comment to media`). A group the story's
events reach (`told police`, `according to officials`), one that acts, one with a determiner and one named twice stay.
A school or centre that is only what a verb of building or naming is done to (`build a new Pine Hollow Elementary
School`, `rename Westfield Elementary as Grace Monroe Academy`) is the building (`built_venues`); one that acts stays. A body named only as the object of `of` on a part of a
building (`the restroom of the Legion Post 12`) is the building, a place (page_things `_of_a_building_part`); one that acts
stays.
Invented sentences; rows marked `fails on main` fail before the change, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("complement_of_be",   # fails on main: `retired military` an actor
     "A neighbor, Dana Roy, said the tenant claimed to be retired military and kept a rifle in his truck.\n",
     "retired military: none; Dana Roy: actor"),
    ("list_of_three_bare_nouns",   # fails on main: `senators` and `state legislators` actors (LEG)
     "Over forty years the clerk, Edna Voss, worked with mayors, senators, judges and state legislators, her son "
     "said.\n",
     "senators: none; state legislators: none; Edna Voss: actor"),
    ("object_of_against_on_a_noun",   # fails on main: `police officers` an actor (COP)
     "The rapper Kip Lowe said the song was no call for violence against police officers.\n",
     "police officers: none; Kip Lowe: actor"),
    ("object_of_for_on_a_noun",   # fails on main: `crime victims` an actor (CVL)
     "The fund for crime victims collected $4,200 last month, Treasurer Ana Beck said.\n",
     "crime victims: none; Ana Beck: actor"),
    ("family_alone",   # fails on main: `family` an actor (CVL)
     "Nurse Rita Hale said the clinic offers grief counseling for family after a sudden death.\n",
     "family: none"),
    ("media_alone",   # fails on main: `media` an actor (MED)
     "The two families hugged in the hallway but did not wish to speak to media, Judge Carl Moss said.\n",
     "media: none"),
    ("guard_told_police",
     "A witness told police that a gray van drove off after the shots.\n",
     "police: actor"),
    ("guard_according_to_officials",
     "The bridge will close for repairs on Monday, according to officials.\n",
     "officials: actor"),
    ("guard_group_that_acts",
     "Neighbors and family gathered outside the house on Sunday night.\n",
     "family: actor"),
    ("guard_group_with_a_determiner",
     "The clinic opened a room for the family of the boy, Nurse Rita Hale said.\n",
     "the family: actor"),
    ("guard_list_with_a_name",
     "She met with Mayor Tom Reed, senators and judges at the hearing on Monday.\n",
     "senators: actor"),
    ("school_built",   # fails on main: `Pine Hollow Elementary School` an actor (EDU)
     "Board member Lena Ortiz said she fought to build a new Pine Hollow Elementary School on the east side.\n",
     "Pine Hollow Elementary School: none; Lena Ortiz: actor"),
    ("school_renamed_as_another",   # fails on main: both schools actors (EDU)
     "The board voted to rename Westfield Elementary as Grace Monroe Academy next fall, Lena Ortiz said.\n",
     "Westfield Elementary: none; Grace Monroe Academy: none"),
    ("post_named_by_a_part_of_it",   # fails on main: `Legion Post 12` an actor (MED, by `Post`)
     "Reed is charged with assault for attacking a man in the restroom of the Legion Post 12 in Dover.\n",
     "Legion Post 12: none"),
    ("guard_post_that_acts",
     "The Legion Post 12 said it would reopen the restroom of its hall on Friday.\n",
     "Legion Post 12: actor"),
    # review49a: a group an event trigger of event_patterns.tsv governs (directly or through a preposition) is a party
    # to the story's event and stays (`_event_reaches`); each row fails on int49 before review49a
    ("review49a_guard_object_of_against_on_an_event_noun",
     "Navy jets flew airstrikes against militants in the hills on Tuesday, a spokesman for the army said.\n",
     "militants: actor"),
    ("review49a_guard_protest_against_a_bare_group",
     "Hundreds joined protests against police in the city center after the funeral.\n",
     "police: actor"),
    ("review49a_guard_list_after_an_event_noun",
     "The envoy held talks with rebels, soldiers, police and village elders on Sunday.\n",
     "rebels: actor; soldiers: actor"),
    ("review49a_guard_bare_generic_after_an_event_verb",
     "The governor will meet with family at the hospital on Monday.\n",
     "family: actor"),
    ("guard_school_that_acts",
     "Pine Hollow Elementary School said it would build a new gym next year.\n",
     "Pine Hollow Elementary School: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act49b_actors(run, text, spec):
    check_actors(run(text, published="2016-05-10"), text, spec)
