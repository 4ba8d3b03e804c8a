"""act41: duplicates found by a precision audit of new local news (docs/actors.md `### act41`, actors/idle.py): a
person known by a description that a name stands beside in apposition is that named person (`Booker's aunt, Michelle
Jackson,`); a name the tagger reads as a body's that is a person's of the article (`Quarle had asked` beside `Brett
Quarle`, `Isaac Amanios' death` beside `Isaac Amanios`) is that person; a name the tagger made of a page's caption
or link (`Close Image 1 of 6`, `PDF Document: Read`) is no actor; a storm's name (`Cyclone Larry`, `Larry caused
widespread damage`) is no person. Invented sentences; one row per case (the
guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("description_before_an_apposed_name",   # fails on main: `Booker's aunt` an actor of its own
     "Darin Booker, 13, was shot on Sunday. Booker's aunt, Michelle Jackson, said the family was in shock. The "
     "police said the gun was stolen.\n",
     "aunt: same=Michelle Jackson"),
    ("titled_description_before_an_apposed_name",   # fails on main: `director` an actor of its own (GOV)
     "Police found the gun in a car on Monday. The Director of Communications for the Harlan County Prosecutor's "
     "Office, Mike Mansfeld, says the case file has not been sent.\n",
     "Director: same=Mike Mansfeld; Harlan County Prosecutor's Office: actor"),
    ("guard_description_with_no_apposed_name",
     "Darin Booker, 13, was shot on Sunday. Booker's aunt said the family was in shock. Michelle Jackson, a "
     "neighbor, said the boy was kind.\n",
     "aunt: name=Booker's aunt; Michelle Jackson: name=Michelle Jackson"),
    ("guard_apposition_of_a_person_inside_the_description",
     "An aide to Steven Cheung, the US Energy Secretary, has fallen sick after planning the trip.\n",
     "An aide: name=An aide; Steven Cheung: name=Steven Cheung"),
    ("surname_the_tagger_reads_as_a_body",   # fails on main: `Quarle` a body of its own
     "The appeal was filed Friday. Quarle had sought that stay so he could join a lawsuit pending "
     "in Franklin County. Lawyers for Brett Quarle said the state relied on an informant.\n",
     "Quarle: same=Brett Quarle"),
    ("whole_name_with_a_bare_possessive_mark",   # fails on main: `Isaac Amanios'` a second person
     "Family members of Isaac Amanios said he loved his work. His nephew Tom Ward got the news of Isaac "
     "Amanios' death late Thursday.\n",
     "Isaac Amanios#1: same=Isaac Amanios#0"),
    ("guard_surname_of_two_people",
     "The appeal was filed Friday. Quarle had sought that stay so he could join a lawsuit pending "
     "in Franklin County. Lawyers for Brett Quarle and Anna Quarle said the state relied on an informant.\n",
     "Quarle: name=Quarle; Brett Quarle: name=Brett Quarle; Anna Quarle: name=Anna Quarle"),
    ("guard_two_people_of_one_name",
     "Rep. Mike Rollins said on Monday that the House would hold hearings. Adm. Mike Rollins, the head of the "
     "Navy's Pacific Fleet, declined to comment.\n",
     "Rep. Mike Rollins: name=Mike Rollins; Adm. Mike Rollins: name=Mike Rollins"),
    ("caption_of_a_photo_gallery",   # fails on main: `Close Image`, `Dale Marks Image` people (CVL)
     "Photo: Bexar County Jail Image 1 of 5 Close Image 1 of 5 Tomas Arrieta, 35, faces two counts of "
     "murder. Photo: Bexar County Jail Image 2 of 5 Officers are responding to a shooting in the city's East Side Photo: "
     "Dale Marks Image 3 of 5 Police said the victim was 15.\n",
     "Close Image: none; Dale Marks Image: none; Tomas Arrieta: actor"),
    ("link_to_a_document",   # fails on main: `PDF Document` a body
     "Man charged in fatal shooting. PDF Document: Read the complaint filed by the woman in January. Deputies said "
     "Henry Tolliver shot his wife.\n",
     "PDF Document: none; Henry Tolliver: actor"),
    ("storm_named_after_its_word_and_alone",   # fails on main: `Cyclone Larry` and `Larry` people (CVL)
     "Health Minister Jim Guthrie says Innisfail, the worst hit town in Cyclone "
     "Larry's path, has no power. Larry did heavy damage when it reached the coast near Cairns.\n",
     "Cyclone Larry: none; Larry#1: none; Jim Guthrie: actor"),
    ("storm_name_beside_a_person_of_that_given_name",   # fails on main: `Larry` joins Larry Quinn
     "Health Minister Jim Guthrie says Innisfail, the worst hit town in Cyclone "
     "Larry's path, has no power. Larry did heavy damage when it reached the coast near Cairns. Larry Quinn, a farmer, "
     "said his crop was lost.\n",
     "Larry#1: none; Larry Quinn: actor"),
    ("tropical_storm",   # fails on main: `Tropical Storm` a person (CVL)
     "Tropical Storm Fay dumped rain on the county on Monday. Residents said Fay flooded their streets. Mayor Ann "
     "Storm said the city would help.\n",
     "Tropical Storm: none; Residents: actor"),
    ("guard_surname_storm",
     "Tropical Storm Fay dumped rain on the county on Monday. Mayor Ann Storm said the city would help.\n",
     "Ann Storm: name=Ann Storm"),
    ("guard_body_named_with_a_furniture_word_that_acts",
     "Ritz Photo said it would close 300 stores. Its chief, Tom Harlan, said sales fell.\n",
     "Ritz Photo: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_duplicates_and_page_furniture(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
