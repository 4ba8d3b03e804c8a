"""Actors on invented stories, for the classes the act23 branch (December 2026, issue 11) fixed: places taken for
actors (countries given as examples of places someone went, a road with an abbreviated road word, a place named
after someone after `near`, a jail after `held at`, a building after `the floor of`, a court's region after `in`, a
name hung on the day after it, a station site's sections), counts that are no groups (`90 percent of prosecutors`,
a town's population), offences (`DUI`), sectors of local stories (county offices, the school board, a photo credit,
`authorities` working a charge, a US state's General Assembly, `the victims`) and the home of a US town named like a
city abroad."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_countries_given_as_examples_of_destinations_are_places(run):
    text = ("Students serve abroad. The participants traveled to 12 countries, including Honduras, Canada and "
            "Guatemala, the college said. Nations including Russia and China vetoed the plan.\n")
    art = run(text)
    for name in ("Honduras", "Canada", "Guatemala"):
        assert at(art, text, name) is None
    assert at(art, text, "Russia").country == "RUS"


def test_a_name_ending_in_an_abbreviated_road_word_is_a_road(run):
    text = ("Teen shot. Officers tracked the suspect to a Margaret St. home on Friday, police said. Margaret Stone, "
            "a neighbor, said she heard one shot.\n")
    art = run(text)
    assert at(art, text, "Margaret St.") is None
    assert at(art, text, "Margaret Stone") is not None


def test_a_name_after_near_that_no_given_name_opens_is_a_place(run):
    text = ("Man charged. An 18-year-old man was charged with murder after a shooting near Churchill Downs, police "
            "said. Reporters waited near Bill Tolley, who said nothing.\n")
    art = run(text)
    assert at(art, text, "Churchill Downs") is None
    assert at(art, text, "Bill Tolley") is not None


def test_a_jail_where_someone_is_held_is_no_actor(run):
    text = ("Suspect jailed. The man is being held at Marion County Department of Corrections on a $50,000 bond, "
            "deputies said.\n")
    art = run(text)
    assert at(art, text, "Marion County Department of Corrections") is None


def test_a_building_a_floor_of_which_is_named_is_no_actor(run):
    text = ("Race decided. Conger said he wanted to stay on the third floor of the Harbor Government Center, where "
            "his staff work.\n")
    art = run(text)
    assert at(art, text, "Harbor Government Center") is None


def test_a_courts_region_after_in_is_a_place(run):
    text = ("Votes counted. Precincts from the six counties in the Oconee Judicial Circuit had not yet reported, "
            "election officials said.\n")
    art = run(text)
    assert at(art, text, "Oconee Judicial Circuit") is None


def test_a_name_hung_on_the_day_after_it_stays_a_place(run):
    text = ("Band clinic held. Students from nine schools were at Pinecrest Central Catholic Saturday for a music "
            "clinic.\n")
    art = run(text)
    assert at(art, text, "Pinecrest Central Catholic") is None


def test_a_station_sites_sections_are_no_outlet(run):
    text = ("Victim was close to suspect - wkrx.com-Springfield News, Weather & Sports\n\nSPRINGFIELD (WKRX) - A man "
            "was charged with murder on Thursday, police said.\n")
    art = run(text)
    assert at(art, text, "Springfield News") is None
    assert at(art, text, "Weather & Sports") is None


def test_counted_shares_and_populations_are_no_groups(run):
    text = ("Prosecutor keeps seat. Conger said the case was beyond the ability of 90 percent of prosecutors. Tyrone "
            "is a small community of fewer than 50 residents, the sheriff said.\n")
    art = run(text)
    assert at(art, text, "prosecutors") is None
    assert at(art, text, "50 residents") is None


def test_an_offence_is_no_organisation(run):
    text = "Driver arrested. The sheriff said the woman was charged with DUI and OWI on Sunday.\n"
    art = run(text)
    assert at(art, text, "DUI") is None
    assert at(art, text, "OWI") is None


def test_county_offices_give_their_sector(run):
    text = ("Audit finds taxes owed. Butler County Auditor Roger Reynolds said the county would pay. Former deputy "
            "auditor Randy Groves said the rules were unclear.\n")
    art = run(text)
    assert at(art, text, "Roger Reynolds").sector == "GOV"
    assert at(art, text, "Randy Groves").sector == "ELI"


def test_the_school_board_is_education(run):
    text = ("Trustees weigh tax. The Lakeside school board hired consultants on Tuesday. The board will vote again "
            "in May.\n")
    art = run(text)
    assert at(art, text, "school board").sector == "EDU"


def test_a_photo_credit_names_a_photographer(run):
    text = "Band clinic held. Students from nine schools played together.\nTelegram photo by Dana Morrow\n"
    art = run(text)
    assert at(art, text, "Dana Morrow").sector == "MED"


def test_authorities_who_charge_someone_are_the_police(run):
    text = "Driver jailed. A man was stopped on suspicion of DUI on Route 6 and jailed, authorities said.\n"
    art = run(text)
    assert at(art, text, "authorities").sector == "COP"


def test_a_us_states_general_assembly_is_its_legislature(run):
    text = ("Tax enforced. The Indiana General Assembly passed a law in 2006. The UN General Assembly met in New "
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
    text = ("Suspects named. Detective Jeff Goodwin of the Paris Police Department said the two suspects, both of rural "
            "Paris, would surrender. Paris police and the Edgar County Sheriff's Office found the car. A check of "
            "Edgar County court records shows one prior conviction.\n")
    art = run(text)
    assert at(art, text, "Paris police").country != "FRA"
    assert all(a.country != "FRA" for a in art.actors)


def test_a_city_before_residents_is_where_they_live(run):
    text = ("Gainesville residents march. About 55 Gainesville residents marched Friday near the intersection, said "
            "Shelbi Dayton, a marcher.\n")
    art = run(text)
    assert at(art, text, "Shelbi Dayton").country == "USA"


def test_countries_listed_among_actors_sent_to_stay_actors(run):
    """(rev23b) Countries an `including` lists under a noun of actors after `to` are those actors, not places gone to:
    the destinations rule keeps to nouns of places."""
    text = ("Diplomacy push. The Foreign Office sent envoys to its allies, including Norway and Chile, on Monday. "
            "The ministers then traveled to nine countries, including Peru.\n")
    art = run(text)
    assert at(art, text, "Norway") is not None and at(art, text, "Norway").country == "NOR"
    assert at(art, text, "Chile") is not None and at(art, text, "Chile").country == "CHL"
    assert at(art, text, "Peru") is None


def test_a_name_beside_someone_sitting_or_standing_stays_a_person(run):
    """(rev23b) A name after `beside`/`near` on a verb of where someone sits or stands is the person beside them, even
    one that no common given name opens; a shooting near a track is still at a place."""
    text = ("Dinner held. The envoy sat beside Ilham Aliyev during the dinner. A man was charged with murder after a "
            "shooting near Churchill Downs, police said.\n")
    art = run(text)
    assert at(art, text, "Ilham Aliyev") is not None
    assert at(art, text, "Churchill Downs") is None
