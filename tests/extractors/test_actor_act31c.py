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
            "Get the latest from WXYZ News 9 anytime: iPhone | iPad | Android | SMS Alerts | Email Alerts | "
            "Facebook | Twitter | Instagram\n")
    art = run(text, published="2016-07-05")
    assert at(art, text, "Email Alerts") is None
    assert at(art, text, "Twitter") is None
    assert at(art, text, "Instagram") is None
