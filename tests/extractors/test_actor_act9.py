"""Actors on invented stories, for the classes the act9 branch (December 2026, issue 11) fixed on local news (LGL,
GVA): a home country from the places a story names when its actors give none, a residence after a person's age, a
place someone is carried to, a body's name that is a thing's (`... Grants`, `National Guard armories`), a word of an
organisation's name, a party before a court, and people charged in a list or in apposition."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, actor_names, check_actors


at = actor_at


def test_a_country_name_as_a_hometown_in_a_list_is_no_state(run):
    text = ("Grand jury returns indictments. Other indictments handed down by the grand jury included: Dana Price, "
            "31, Palestine, date of alleged offense, Nov. 2, 2008. Lee Ortiz, 44, Tennessee Colony, date of alleged "
            "offense, Dec. 1, 2008.\n")
    art = run(text)
    assert "Palestine" not in actor_names(art) and "Tennessee Colony" not in actor_names(art)
    assert all(a.country != "PSE" for a in art.actors)
    assert at(art, text, "Dana Price").sector == "CRM"
    assert at(art, text, "Lee Ortiz").sector == "CRM"


def test_a_place_after_of_and_an_age_is_no_actor_but_the_person_is(run):
    text = "Elo Vantanen, 26, of Kansas City, Kan., was charged Tuesday with aggravated battery, police said.\n"
    art = run(text)
    person = at(art, text, "Elo Vantanen")
    assert person is not None and person.sector == "CRM"
    assert at(art, text, "Kansas City") is None


def test_the_carried_to_pass_reads_only_the_names_holding_the_object_of_to(run, monkeypatch):
    """`_carried_to` looks for the root of an entity only where the entity holds a word under a `to` after a verb of
    carrying (speed34b: it had looked for every entity's root); the place is still no actor, the others stay."""
    from dateline.extractors.actors import hits

    rooted = []
    real = hits._name_root
    monkeypatch.setattr(hits, "_name_root", lambda span: rooted.append(span.text) or real(span))
    text = ("Crash on Route 9. Officer Dana Brill of the Lakemoor Police Department said Mayor Ivo Stenn and Council "
            "President Rhea Falk met at Lakemoor City Hall. The driver was taken to Harborline Memorial.\n")
    art = run(text)
    assert at(art, text, "Harborline Memorial") is None
    assert at(art, text, "Dana Brill") is not None
    assert rooted and set(rooted) <= {"Harborline Memorial"}


def test_a_service_modifying_a_building_is_no_actor_nor_a_speaker(run):
    text = ("COLUMBUS, Ohio -- The state has been approved for funds for dilapidated National Guard armories. Mark "
            "Wayda, a spokesman for the Ohio National Guard, said the repairs were overdue. \"This money will help,\" "
            "he said.\n")
    art = run(text)
    assert at(art, text, "National Guard armories") is None
    wayda = at(art, text, "Mark Wayda")
    assert wayda is not None and wayda.sector == "MIL"


def test_a_word_of_an_organisation_name_is_no_group(run):
    text = ("\"It's out there,\" Ohio Department of Job and Family Services aide Dana Wirth said, adding that "
            "the state has been notified.\n")
    art = run(text)
    assert at(art, text, "Family") is None or at(art, text, "Family").name != "Family"
    dept = at(art, text, "Ohio Department of Job and Family Services")
    assert dept is not None and dept.sector == "GOV" and dept.country == "USA"


def test_washington_as_a_dateline_is_not_the_state_of_that_name(run):
    text = ("Washington — The stimulus money is flowing slowly. According to those filings, the state has been "
            "approved for money for highways.\n")
    art = run(text)
    state = at(art, text, "the state")
    assert state is None or "Washington" not in state.name


def test_an_office_holder_named_in_an_article_with_no_politics_is_a_namesake(run):
    text = ("Obituary: Margaret Hill, 91. Margaret Ann Hill of Dover died Sunday. She worked for 30 years at the "
            "DuPont plant. She is survived by her son, Robert Hill of Smyrna, and two granddaughters.\n")
    art = run(text, published="2009-03-02")
    son = at(art, text, "Robert Hill")
    assert son is not None and son.sector == "CVL" and son.country != "AUS"


def test_a_middle_name_more_or_less_is_the_same_person(run):
    text = "Obituary: Margaret Hill, 91. Margaret Ann Hill of Dover died Sunday at home.\n"
    art = run(text, published="2009-03-02")
    assert at(art, text, "Margaret Hill").id == at(art, text, "Margaret Ann Hill").id


def test_a_bare_surname_that_does_not_speak_goes_to_the_public_figure_not_the_relative(run):
    text = ("WASHINGTON -- Hillary Clinton campaigned in Ohio on Monday. Her daughter, Chelsea, spoke at a rally in "
            "Columbus. Chelsea Clinton said her mother would win. Clinton later flew to Iowa.\n")
    art = run(text, published="2016-05-01")
    assert at(art, text, "Clinton later").id == at(art, text, "Hillary Clinton").id
    text = ("WASHINGTON -- Hillary Clinton campaigned in Ohio on Monday. Chelsea Clinton said her mother would win. "
            "\"She is ready,\" Clinton added.\n")
    art = run(text, published="2016-05-01")
    assert at(art, text, "Clinton added").id == at(art, text, "Chelsea Clinton").id


def test_a_description_called_by_a_name_is_that_person(run):
    text = "KABUL -- A Taliban commander called Mullah Omar said the fighters would keep up the fight.\n"
    art = run(text, published="2001-05-01")
    omar = at(art, text, "Mullah Omar")
    assert at(art, text, "A Taliban commander").id == omar.id and omar.sector == "REB"
    text = "MANILA -- A Filipino man named Jose Santos was arrested on Monday and charged with smuggling.\n"
    art = run(text, published="2016-05-01")
    assert at(art, text, "A Filipino man").id == at(art, text, "Jose Santos").id


def test_forces_for_or_against_a_politician_are_a_camp_not_an_army(run):
    text = "CLEVELAND -- Anti-Trump forces gathered at the convention on Monday to change the rules.\n"
    art = run(text, published="2016-07-15")
    camp = at(art, text, "Anti-Trump forces")
    assert camp is not None and camp.sector == "PTY"
    text = "DAMASCUS -- Anti-government forces attacked the town on Monday.\n"
    art = run(text, published="2016-07-15")
    assert at(art, text, "Anti-government forces").sector in ("MIL", "REB")


def test_found_guilty_is_a_criminal_and_the_victim_of_a_killing_a_person(run):
    text = ("A Pulaski County jury on Wednesday found Marcus Dell, 31, guilty of first-degree murder in the death of "
            "Tyrone Hicks. Prosecutor Amy Ledbetter said Dell shot Hicks outside a nightclub.\n")
    art = run(text)
    assert at(art, text, "Marcus Dell").sector == "CRM"
    hicks = at(art, text, "Tyrone Hicks")
    assert hicks is not None and hicks.sector == "CVL"
    text = "A jury on Wednesday found Marcus Dell not guilty of murder.\n"
    art = run(text)
    assert at(art, text, "Marcus Dell").sector != "CRM"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('local_news_takes_its_country_from_the_places_it_names',
     "Man hurt in crash. A Springfield man was hurt Sunday when his truck hit a pole in Kansas City, Kan., the "
     "Wyandotte County Sheriff's Office said. Deputy Carla Mendez said the driver, Tomas Ruiz, was taken to a "
     "hospital in Kansas City.\n",
     None, 'Tomas Ruiz: country=USA; Carla Mendez: country=USA'),
    ('a_name_with_an_age_is_no_residence_when_it_holds_a_title',
     "Bob Hale, 45, Democrat, said on Monday he would run for the seat.\n",
     None, 'Bob Hale: actor'),
    ('a_place_someone_is_carried_to_is_no_actor',
     "Three shot in Baltimore. Police said two of the wounded were taken to Shock Trauma and a third was "
     "flown to Harborline Memorial. Police are looking for a gunman.\n",
     None, 'Shock Trauma: none; Harborline Memorial: none; Police: actor'),
    ('a_building_opposite_or_near_is_a_place',
     "The chicks are on exhibit in the pond (opposite the Bird Conservation Center). The car stopped in the "
     "general vicinity of the Westwood Elementary School, the sheriff said.\n",
     None, 'Bird Conservation Center: none; Westwood Elementary School: none'),
    ('the_name_of_a_grant_is_no_actor',
     "That's true of the Edward Byrne Justice Assistance Grants. Once doled out, those grants will give $61.6 "
     "million to the state.\n",
     None, 'Edward Byrne: none; Justice Assistance Grants: none'),
    ('who_appeared_in_court_is_no_judge',
     "The mother entered a plea of not guilty on Monday. Attorneys for Linda Vose, who appeared in Cass "
     "County Circuit Court, also filed a motion.\n",
     None, 'Linda Vose: sector!=JUD'),
    ('a_person_in_apposition_with_the_accused_subject_is_a_suspect',
     "Her husband, Danial Vose, is accused of having an abusive relationship with one of the couple's "
     "daughters, police said.\n",
     None, 'Danial Vose: sector=CRM'),
    ('an_office_holder_stays_himself_where_politics_is_told_by_a_verb',
     "WASHINGTON -- Hillary Clinton campaigned in Ohio on Monday.\n",
     '2016-05-01', 'Hillary Clinton: sector=PTY'),
    ('local_titles',
     "The Millbrook school board approved the budget Monday. Superintendent Karen Hollis said the plan adds "
     "four teachers. Councilwoman Ana Ruiz praised it. Fire Marshal David Dollins said the school was safe.\n",
     None, 'Karen Hollis: sector=EDU; Ana Ruiz: sector=GOV; David Dollins: sector=GOV'),
    # Protesters: a headline-style present outside a quote stays a group
    ('a_bare_plural_in_a_quoted_present_truth_is_no_group',
     "WASHINGTON -- \"Terrorists know no boundaries,\" the secretary said on Monday. Protesters march on the "
     "embassy.\n",
     '1998-08-13', 'Terrorists: none; Protesters: actor'),
    ('an_abbreviated_company_ending_is_a_business',
     "Whirlpool Corp. will close its Evansville plant by June, the company said Wednesday.\n",
     None, 'Whirlpool Corp.: sector=BUS'),
    ('a_surname_that_is_a_word_of_money_is_still_a_person',
     "Defense attorney Paul Grant said his client will appeal. Grant spoke to reporters.\n",
     None, 'Paul Grant: actor'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
