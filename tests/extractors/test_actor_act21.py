"""Actors on invented stories, for the classes the act21 branch (December 2026, issue 11) fixed: things taken for
actors (a short road after a word of where, a saint's or a day's name, a country swum to), who someone is (a named
relative after a typeset possessive, a nickname in quotes inside a name, a name after an age the tagger took for a
thing, names with ages in a list taken for places) and sectors (a company's financial officer, a metropolitan police
force, someone charged in a relative clause past an age and an address or held on a charge, the people a state body
holds)."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_named_relative_after_a_typeset_possessive_is_someone_else(run):
    text = ("Man held. Jim Dorsey is charged with stabbing Rick Marwick in a bar fight. Marwick’s wounds were not "
            "serious.\n\nA reporter spoke with Marwick’s mother, Lorna, on Friday.\n")
    art = run(text)
    mother = at(art, text, "Lorna")
    assert mother is not None and mother.name == "Lorna Marwick" and mother.sector == "CVL"
    assert at(art, text, "Rick Marwick").name == "Rick Marwick"
    assert mother.id != at(art, text, "Rick Marwick").id


def test_a_nickname_in_quotes_keeps_the_whole_name(run):
    text = ("Two held. Police named the men as Dale Jensen and Roderick \"Riki\" Rowe on Friday. A second suspect, "
            "Roderick “Riki” Rowe, was held in Tulsa. Police said Rowe drove the van.\n")
    art = run(text)
    first, second = at(art, text, "Roderick \"Riki\" Rowe"), at(art, text, "Roderick “Riki” Rowe")
    assert first is not None and first.name == "Roderick Rowe"
    assert second is not None and second.id == first.id
    assert at(art, text, "Rowe drove").id == first.id


def test_a_name_after_an_age_is_a_person_whatever_the_tagger_says(run):
    text = "Boy bitten. A neighbour's dog bit 9-year-old Crystal Moss on the arm, his school said.\n"
    art = run(text)
    boy = at(art, text, "Crystal Moss")
    assert boy is not None and boy.name == "Crystal Moss"


def test_metro_police_are_no_foreign_city_s(run):
    text = "Teen held. NASHVILLE, Tenn. (WKRN) - According to Metro police, Tom Hill was taken into custody Thursday.\n"
    art = run(text)
    police = at(art, text, "Metro police")
    assert police.sector == "COP" and police.country == "USA"


def test_the_people_a_state_body_holds_are_not_of_its_state(run):
    text = ("Jail grows. The county jail holds ICE detainees under a contract. A new wing will hold 90 more U.S. "
            "Immigration and Customs Enforcement detainees next year.\n")
    art = run(text)
    ice = at(art, text, "ICE")
    assert ice is not None and ice.sector == "COP" and ice.country == "USA"
    agency = at(art, text, "Immigration and Customs Enforcement")
    assert agency is not None and agency.sector == "COP"
    assert at(art, text, "detainees") is None     # (not `American detainees`)
    assert at(art, text, "detainees", 1) is None


def test_names_with_ages_in_a_list_are_people_not_places(run):
    text = ("Crash. Hurt in the crash were Tarell Quinn, 21, Jaron Eddis, 18, Aijalon Tisby, 19, Lenroy Shawe, 15, and "
            "Tamar Hollis, 17, the state patrol said. Joyce Glenn, 22, Palestine, was charged with theft.\n")
    art = run(text)
    for name in ("Jaron Eddis", "Aijalon Tisby", "Lenroy Shawe"):
        assert at(art, text, name) is not None and at(art, text, name).name == name
    assert at(art, text, "Palestine") is None


def test_a_kin_noun_in_apposition_with_a_name_is_that_person(run):
    text = "Aid sent. Dana Ruiz, Leonard Hill’s widow, said the money came on Monday.\n"
    art = run(text)
    assert at(art, text, "widow").id == at(art, text, "Dana Ruiz").id
    assert len([a for a in art.actors if a.role == "widow"]) == 0


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_short_road_after_a_word_of_where_is_no_person',
     "Dog found. Hikers found the lost dog near Dora Lane. Its home is off Bella Vista Pike in the county. The "
     "owner met with Nathan Lane on Monday.\n",
     None, 'Dora Lane: none; Bella Vista Pike: none; Nathan Lane: actor'),
    ('a_road_tagged_as_an_organisation_after_off_is_no_actor',
     "Car found. Deputies found the car near Oak Street and Pine Road off Monte Verde Pike in Cleburne.\n",
     None, 'Monte Verde Pike: none'),
    ('a_saints_name_or_a_days_name_is_no_person',
     "Parade held. The parade on St Patrick's Day drew crowds to the town. A man who lives on St Brigid's Drive "
     "won a prize. They marked Valentine's Day at home.\n",
     None, 'St Patrick: none; St Brigid: none; Valentine: none'),
    ('a_country_swum_to_is_a_destination',
     "Book out. The novel follows two brothers who try to swim across the river to Mexico one night in June.\n",
     None, 'Mexico: none'),
    ('a_thing_after_an_age_stays_no_person',
     "Toys sold. The shop sold 500 boxes and the 3-year-old Kindle Fire tablet on Monday.\n",
     None, 'Kindle Fire: none'),
    ('a_financial_officer_is_no_police_officer',
     "Mill sold. \"We are pleased,\" said Don Miller, chief financial officer of the Pine Valley Paper Company. "
     "Officer Tom Hale said the road was shut.\n",
     None, 'Don Miller: sector=BUS; Tom Hale: sector=COP'),
    ('charged_in_a_relative_clause_past_an_age_and_an_address',
     "Two remanded. The judge heard the case of Peter Walsh (27) of 4 St Kieran's Road, Naas, who is accused of "
     "robbery, and of Tom Byrne (31) of 2 Mill Lane, Naas, who is also accused of breaking the Firearms Act. "
     "John Smith, 34, who is accused of theft, was remanded. Ann Lee, 40, who was never charged, spoke. Mary "
     "Jones, 29, of Dayton, who lives nearby, saw it.\n",
     None,
     'Peter Walsh: sector=CRM; Tom Byrne: sector=CRM; John Smith: sector=CRM; Ann Lee: sector=CVL; Mary '
     'Jones: sector=CVL'),
    ('held_in_custody_on_a_charge_is_a_suspect',
     "Brothers remanded. Sean Byrne (25) and Liam Byrne (28) had been in custody since May on charges of "
     "robbery. Tom Hill was in custody for his own safety.\n",
     None, 'Sean Byrne: sector=CRM; Liam Byrne: sector=CRM; Tom Hill: sector=CVL'),
    ('a_breach_of_trust_is_no_charge',
     "Board meets. Ann Roe was accused of a breach of trust by the board on Monday.\n",
     None, 'Ann Roe: sector!=CRM'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
