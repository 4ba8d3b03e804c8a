"""Actors on invented stories, for the classes the act23 branch (December 2026, issue 11) fixed: places taken for
actors (countries given as examples of places someone went, a road with an abbreviated road word, a place named
after someone after `near`, a jail after `held at`, a building after `the floor of`, a court's region after `in`, a
name hung on the day after it, a station site's sections), counts that are no groups (`90 percent of prosecutors`,
a town's population), offences (`DUI`), sectors of local stories (county offices, the school board, a photo credit,
`authorities` working a charge, a US state's General Assembly, `the victims`) and the home of a US town named like a
city abroad."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_countries_given_as_examples_of_destinations_are_places(run):
    text = ("Students serve abroad. The participants traveled to 12 countries, including Honduras, Canada and "
            "Guatemala, the college said. Nations including Russia and China vetoed the plan.\n")
    art = run(text)
    for name in ("Honduras", "Canada", "Guatemala"):
        assert at(art, text, name) is None
    assert at(art, text, "Russia").country == "RUS"


def test_a_us_states_general_assembly_is_its_legislature(run):
    text = ("Tax enforced. The Indiana General Assembly approved a statute in 2007. The UN General Assembly met in New "
            "York.\n")
    art = run(text)
    found = at(art, text, "Indiana General Assembly")
    assert (found.country, found.sector) == ("USA", "LEG")
    assert at(art, text, "UN General Assembly").country == "IGO"


def test_the_victims_are_a_group_of_civilians(run):
    text = ("Three killed at meeting. Three people were killed when a resident opened fire. Two of the victims died "
            "at the scene, the coroner said.\n")
    art = run(text)
    found = at(art, text, "the victims")
    assert found is not None and found.sector == "CVL"


def test_a_us_town_named_like_a_capital_abroad_gives_no_foreign_police(run):
    text = ("Suspects named. Detective Sam Hale of the Paris Police Department reported that both suspects, who live in rural "
            "Paris, would surrender. Paris police and the Edgar County Sheriff's Office found the car. A check of "
            "Edgar County court records shows one prior conviction.\n")
    art = run(text)
    assert at(art, text, "Paris police").country != "FRA"
    assert all(a.country != "FRA" for a in art.actors)


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_name_ending_in_an_abbreviated_road_word_is_a_road',
     "Teen shot. Officers tracked the suspect to a Margaret St. home on Friday, police said. Margaret Stone, "
     "a neighbor, said she heard one shot.\n",
     None, 'Margaret St.: none; Margaret Stone: actor'),
    ('a_name_after_near_that_no_given_name_opens_is_a_place',
     "Man charged. An 18-year-old man was charged with murder after a shooting near Churchill Downs, police "
     "said. Reporters waited near Bill Tolley, who said nothing.\n",
     None, 'Churchill Downs: none; Bill Tolley: actor'),
    ('a_jail_where_someone_is_held_is_no_actor',
     "Suspect jailed. The man is being held at Marion County Department of Corrections on a $50,000 bond, "
     "deputies said.\n",
     None, 'Marion County Department of Corrections: none'),
    ('a_building_a_floor_of_which_is_named_is_no_actor',
     "Race decided. Conger said he wanted to stay on the third floor of the Harbor Government Center, where "
     "his staff work.\n",
     None, 'Harbor Government Center: none'),
    ('a_courts_region_after_in_is_a_place',
     "Votes counted. Precincts from the six counties in the Oconee Judicial Circuit had not yet reported, "
     "election officials said.\n",
     None, 'Oconee Judicial Circuit: none'),
    ('a_name_hung_on_the_day_after_it_stays_a_place',
     "Band clinic held. Students from nine schools were at Pinecrest Central Catholic Saturday for a music "
     "clinic.\n",
     None, 'Pinecrest Central Catholic: none'),
    ('a_station_sites_sections_are_no_outlet',
     "Victim was close to suspect - wkrx.com-Springfield News, Weather & Sports\n\nSPRINGFIELD (WKRX) - A man "
     "was charged with murder on Thursday, police said.\n",
     None, 'Springfield News: none; Weather & Sports: none'),
    ('counted_shares_and_populations_are_no_groups',
     "Prosecutor keeps seat. Conger said 90 percent of prosecutors could not have handled the case. Tyrone "
     "is a small community of fewer than 50 residents, the sheriff said.\n",
     None, 'prosecutors: none; 50 residents: none'),
    ('an_offence_is_no_organisation',
     "Driver arrested. The sheriff said the woman was charged with DUI and OWI on Sunday.\n",
     None, 'DUI: none; OWI: none'),
    ('county_offices_give_their_sector',
     "Audit finds taxes owed. Butler County Auditor Dale Pruitt told reporters the county would pay. Former deputy "
     "auditor Randy Groves said the rules were unclear.\n",
     None, 'Dale Pruitt: sector=GOV; Randy Groves: sector=ELI'),
    ('the_school_board_is_education',
     "Trustees weigh tax. The Lakeside school board hired consultants on Tuesday. The board will vote again "
     "in May.\n",
     None, 'school board: sector=EDU'),
    ('a_photo_credit_names_a_photographer',
     "Band clinic held. Students from nine schools played together.\nTelegram photo by Dana Morrow\n",
     None, 'Dana Morrow: sector=MED'),
    ('authorities_who_charge_someone_are_the_police',
     "Driver jailed. A man was stopped on suspicion of DUI on Route 6 and jailed, authorities said.\n",
     None, 'authorities: sector=COP'),
    ('a_city_before_residents_is_where_they_live',
     "Gainesville residents march. About 40 Gainesville residents walked Friday near the town square, said "
     "Shelbi Dayton, a marcher.\n",
     None, 'Shelbi Dayton: country=USA'),
    # (rev23b) Countries an `including` lists under a noun of actors after `to` are those actors, not places gone
    # to: the destinations rule keeps to nouns of places.
    ('countries_listed_among_actors_sent_to_stay_actors',
     "Diplomacy push. The Foreign Office sent envoys to its allies, including Norway and Chile, on Monday. "
     "The ministers then traveled to nine countries, including Peru.\n",
     None, 'Norway: actor; Norway: country=NOR; Chile: actor; Chile: country=CHL; Peru: none'),
    # (rev23b) A name after `beside`/`near` on a verb of where someone sits or stands is the person beside them,
    # even one that no common given name opens; a shooting near a track is still at a place.
    ('a_name_beside_someone_sitting_or_standing_stays_a_person',
     "Dinner held. The envoy sat beside Ilham Aliyev during the dinner. A man was charged with murder after a "
     "shooting near Churchill Downs, police said.\n",
     None, 'Ilham Aliyev: actor; Churchill Downs: none'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
