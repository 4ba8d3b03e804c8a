"""Actors on invented stories (act29b, issue 11: output audited on read local news, web pages, shooting reports and
GeoVirus): a country in a list the parser hung as an apposition to the first place is a place too; a venue named by
its head noun (`the Church of St. Brendan`) or after `outside of` is no actor; company words give a company BUS."""
from __future__ import annotations

from tests.helpers import actor_at

at = actor_at


def test_countries_listed_after_a_locative_preposition_are_places(run):
    text = ("GENEVA (Wire) -- Cases were confirmed in Canada, the United States, Portugal, "
            "the United Kingdom and Peru, health officials said on Monday.\n")
    art = run(text, published="2009-05-04")
    for name in ("Canada", "United Kingdom", "Portugal", "Peru"):
        assert at(art, text, name) is None, name


def test_a_country_that_acts_after_a_list_of_places_stays_an_actor(run):
    text = ("GENEVA (Wire) -- Canada, Portugal and Peru sent doctors to the region on Monday.\n")
    art = run(text, published="2009-05-04")
    assert at(art, text, "Portugal") is not None


def test_a_venue_named_by_its_head_noun_or_after_outside_of_is_no_actor(run):
    text = ("MILLBROOK, Ohio (Wire) -- His funeral will take place at the Church of Saint Brendan on Wednesday. Four "
            "people were shot just outside of the Starlight Cinemas on Friday, police said.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "Church of Saint Brendan") is None
    assert at(art, text, "Starlight Cinemas") is None


def test_a_chemical_company_unknown_to_the_lexicon_is_a_business(run):
    text = ("MIDLAND, Mich. (Wire) -- Harlow Chemical said on Monday it will close the plant.\n")
    art = run(text, published="2016-04-04")
    a = at(art, text, "Harlow Chemical")
    assert a is not None and a.sector == "BUS"


def test_a_rank_cut_off_before_a_name_is_no_actor_and_ends_no_body(run):
    text = ("SURREY, British Columbia (Wire) -- The hearing resumed on Monday. The officer spoke after RCMP Const. "
            "Ann Roy testified. \"Currents matter,\" said Dekker Police Lt. Jim Rollins. The arrest was due to help "
            "from victims, Oakland Interim Chief Sam Whitby said.\n")
    art = run(text, published="2009-03-04")
    assert at(art, text, "RCMP Const") is None or at(art, text, "RCMP Const").name != "RCMP Const"
    police = at(art, text, "Dekker Police")
    assert police is not None and police.name == "Dekker Police"
    assert at(art, text, "Oakland Interim") is None


def test_energy_operating_and_publishing_firms_are_businesses_but_energy_ministries_are_not(run):
    text = ("TULSA, Okla. (Wire) -- Marlow Energy said on Monday it is closing a mine. Titan Operating was granted a "
            "permit to drill, and Bexley Publishing delayed a book. The Department of Energy said the mine was "
            "safe.\n")
    art = run(text, published="2009-03-04")
    for name in ("Marlow Energy", "Titan Operating", "Bexley Publishing"):
        a = at(art, text, name)
        assert a is not None and a.sector == "BUS", name
    assert at(art, text, "Department of Energy").sector == "GOV"


def test_a_town_named_like_a_city_abroad_is_the_american_town_in_local_news_in_dollars(run):
    text = ("Board appointments go forward\n\nThe appointment of residents to Dublin's boards is simple. A resolution "
            "opened a debate among Dublin City Council members during their Monday session. Council member Rick Garner "
            "said the process works. The council spent $13,440 on grants.\n")
    art = run(text, published="2009-03-18")
    assert at(art, text, "Dublin City Council").country == "USA"
    assert at(art, text, "Rick Garner").country != "IRL"
    assert at(art, text, "Dublin") is None or at(art, text, "Dublin").country == "USA"


def test_the_city_abroad_stays_abroad_in_a_story_in_its_own_money(run):
    text = ("Library to close\n\nDublin City Council voted on Monday to close the library, councillor Mary Byrne "
            "said. The council spent 13,000 euros on the building.\n")
    art = run(text, published="2009-03-18")
    assert at(art, text, "Dublin City Council").country == "IRL"


def test_a_towns_students_are_the_american_towns_in_a_story_of_american_schools(run):
    text = ("Martial arts before school\n\nStudents from several Dublin elementary schools come to school early to "
            "study martial arts with Master Greg Fenn. Fenn teaches children at a studio in Carriage Place. Glacier "
            "Ridge third-grader Adam Kell said the class taught him respect. Lucy Brandt, a parent, said she liked it. "
            "Dublin students also learn to focus, Fenn said.\n")
    art = run(text, published="2009-04-02")
    assert not any(a.country == "IRL" for a in art.actors)


def test_a_coachs_surname_the_tagger_takes_for_a_town_gives_no_home_abroad(run):
    text = ("Wrestlers win at home\n\nThe Scott West wrestling team upped its record to 24-5 on Friday. \"It was a "
            "battle!\" exclaims Scott West coach Darren Ripley. \"The top seed is what we wrestled for,\" claims coach "
            "Ripley. Ripley praised Drew Fleming, who won at 112, and Ripley said the section meet is next week.\n")
    art = run(text, published="2009-02-10")
    assert not any(a.country == "GBR" for a in art.actors)
