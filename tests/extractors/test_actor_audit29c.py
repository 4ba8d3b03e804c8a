"""Actors on invented stories (act29c, issue 11: output audited on read local news, web pages, shooting reports and
GeoVirus): an illness named like a body is no actor; a make after a possessive and a model year is a car; countries
a plural `countries of` lists are places; a kind of company before a list names companies."""
from __future__ import annotations

from tests.helpers import actor_at

at = actor_at


def test_an_illness_with_a_capitalised_name_is_no_actor(run):
    text = ("ACCRA (Wire) -- Equine Influenza has hit 40 horses in the east. An outbreak of Bird Flu was found in "
            "the north, health officials said on Monday.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "Equine Influenza") is None
    assert at(art, text, "Bird Flu") is None
    assert at(art, text, "officials") is not None


def test_a_body_named_after_an_illness_stays_an_actor(run):
    text = ("ACCRA (Wire) -- The Influenza Research Council said on Monday it would fund two new clinics.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "Influenza Research Council") is not None


def test_a_make_after_a_possessive_and_a_model_year_is_a_car(run):
    text = ("MILLBROOK, Ohio (Wire) -- Police found a knife in Tom Reyes's 2004 BMW, which he drove to the park.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "BMW") is None


def test_countries_listed_after_countries_of_are_places_unless_they_act(run):
    text = ("ACCRA (Wire) -- Heavy rain has also hit the neighbouring countries of Togo, Mali, Chad and Burkina Faso, "
            "the agency said.\n")
    art = run(text, published="2016-04-04")
    for name in ("Togo", "Mali", "Chad", "Burkina Faso"):
        assert at(art, text, name) is None, name
    text = ("ACCRA (Wire) -- The countries of Togo and Mali signed a pact on Monday.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "Togo") is not None


def test_names_listed_after_a_kind_of_company_are_companies(run):
    text = ("BOSTON (Wire) -- Other security vendors including Kestrova and Nimbalux have also posted warnings.\n")
    art = run(text, published="2016-04-04")
    a = at(art, text, "Nimbalux")
    assert a is not None and a.sector == "BUS"


def test_page_furniture_names_nobody(run):
    text = ("Two hurt in Millbrook shooting\nStory Highlights\nTwo men were hurt on Friday, police said.\n"
            "(Jo Pikeman / Millbrook Ledger)\nSam Ortiz / Advertiser\nMore Millbrook News\nBy Dana Reyes\n"
            "555-010-2592 @danareyesnews\n")
    art = run(text, published="2016-04-04")
    for name in ("Story Highlights", "Jo Pikeman", "Sam Ortiz", "Millbrook News", "@danareyesnews"):
        assert at(art, text, name) is None, name
    assert at(art, text, "police") is not None


def test_a_place_in_capitals_alone_on_a_line_is_a_dateline(run):
    text = "Fire hits plant\nNEWARK\nA fire hit a plant on Monday, officials said.\n"
    art = run(text, published="2016-04-04")
    assert at(art, text, "NEWARK") is None
    text = "NATO:\nThe alliance said on Monday it would send troops.\n"
    art = run(text, published="2016-04-04")
    assert at(art, text, "NATO") is not None


def test_a_councilor_is_a_council_member(run):
    text = ("MILLBROOK, Ohio (Wire) -- Councilor Jane Sneedham said residents may return on Monday.\n")
    art = run(text, published="2016-04-04")
    a = at(art, text, "Jane Sneedham")
    assert a is not None and a.sector == "GOV" and "Councilor" not in a.name


def test_a_country_troops_are_withdrawn_from_or_samples_come_from_is_a_place(run):
    text = ("ACCRA (Wire) -- He has pledged to withdraw the country's 500 troops from Chad next year. A Kenya-wide ban "
            "on cattle was extended. Of 20 samples from Peru, 12 were positive.\n")
    art = run(text, published="2016-04-04")
    for name in ("Chad", "Kenya", "Peru"):
        assert at(art, text, name) is None, name
    text = "ACCRA (Wire) -- Kenya sent troops to Somalia on Monday.\n"
    art = run(text, published="2016-04-04")
    assert at(art, text, "Kenya") is not None
