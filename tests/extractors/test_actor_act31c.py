"""Actors on invented local news and shooting reports (act31c, issue 11: false actors found by an output audit of
fresh LGL and GVA articles): a station's page title after a headline's one dash, a page's menu of links."""
from __future__ import annotations

from tests.helpers import actor_at

at = actor_at


def test_a_station_page_title_after_one_dash_is_no_actor(run):
    text = ("Teen hurt in shooting near Millbrook - WXYZ News 9 Fairview, Ohio News Weather & Sports\n\n"
            "A teenage boy was hurt in a shooting near Millbrook on Sunday, police said. Sheriff Tom Pell said the "
            "boy is stable.\n")
    art = run(text, published="2016-07-05")
    assert at(art, text, "Ohio News Weather") is None
    assert at(art, text, "WXYZ News") is None
    assert at(art, text, "Tom Pell") is not None


def test_a_headline_with_its_own_dash_keeps_its_actors(run):
    text = ("Mayor Dana Holt - who won in May - said the budget will pass\n\nThe council voted on Monday.\n")
    art = run(text, published="2016-07-05")
    assert at(art, text, "Dana Holt") is not None


def test_a_menu_of_links_between_bars_is_no_actor(run):
    text = ("Man shot on Elm Street\n\nA man was shot on Elm Street on Friday night, police said.\n\n"
            "Get the latest from WXYZ News 9 anytime: Android | iPhone | iPad | Email Alerts | SMS Alerts | "
            "Facebook | Twitter | Instagram\n")
    art = run(text, published="2016-07-05")
    assert at(art, text, "Email Alerts") is None
    assert at(art, text, "Twitter") is None
    assert at(art, text, "Instagram") is None


def test_a_body_named_only_before_an_office_title_is_the_holder_s(run):
    text = ("Skating banned downtown\n\nAlso, Millbrook Parks and Recreation Director Dana Holt said the city parks "
            "are open for skating. Holt said signs will go up. \"We haven't had any calls,\" said Emergency "
            "Management Director Pat Hale.\n")
    art = run(text, published="2016-07-05")
    holt, hale = at(art, text, "Dana Holt"), at(art, text, "Pat Hale")
    assert holt is not None and hale is not None
    assert at(art, text, "Millbrook Parks") in (None, holt)
    assert at(art, text, "Recreation") in (None, holt)
    assert at(art, text, "Emergency Management") in (None, hale)


def test_a_police_department_before_an_officer_s_title_is_no_second_actor(run):
    text = ("Man shot\n\nA man was shot on Sunday, Fairview Police Department Public Information Officer Tom Pell "
            "said. Pell said the man is stable.\n")
    art = run(text, published="2016-07-05")
    pell = at(art, text, "Tom Pell")
    assert pell is not None and pell.sector == "COP"
    assert at(art, text, "Public Information") in (None, pell)


def test_a_major_of_a_police_body_named_in_the_sentence_is_police(run):
    text = ("Two shot at club\n\n\"Some young men started a quarrel,\" said Major Dale Vint, Fairview Police "
            "Department. Two men were shot.\n")
    art = run(text, published="2016-07-05")
    vint = at(art, text, "Dale Vint")
    assert vint is not None and vint.sector == "COP"


def test_a_major_beside_the_army_stays_military(run):
    text = ("Base attacked\n\nMajor Lyle Corr said the base came under fire on Sunday. Army troops returned fire.\n")
    art = run(text, published="2016-07-05")
    corr = at(art, text, "Lyle Corr")
    assert corr is not None and corr.sector == "MIL"


def test_bare_police_beside_one_town_force_is_that_force(run):
    text = ("Two hurt in Alden\n\nAlden Police were sent to the scene around 10 p.m. Police said a man was hurt "
            "in the leg.\n")
    art = run(text, published="2016-07-05")
    force = at(art, text, "Alden Police")
    assert force is not None and at(art, text, "Police", 1) is force


def test_bare_police_beside_two_forces_stays_apart(run):
    text = ("Deputies and police respond\n\nPolice said a man was hurt. Alden Police and the Pell County Sheriff's "
            "Office are investigating.\n")
    art = run(text, published="2016-07-05")
    assert at(art, text, "Police") is not at(art, text, "Alden Police")


def test_a_police_department_s_initials_are_the_town_force(run):
    text = ("Three shot at club\n\nMemphis police answered a call about a shooting at a club. When MPD got the "
            "call, three people had been shot.\n")
    art = run(text, published="2016-07-05")
    force = at(art, text, "Memphis police")
    assert force is not None and at(art, text, "MPD") is force and force.sector == "COP"
