"""Actors on invented local news and web pages (act32e, issue 11: false actors of the local and web sets): a country
after `to` hung on a `tour` is where the tour goes, a country whose league division or web site is named
(`Norway's second division`) is where it plays or is based, and a street ending in `Drive` is a place, not an actor."""
from __future__ import annotations

from tests.helpers import actor_at

at = actor_at


def test_a_country_a_tour_goes_to_is_a_place(run):
    text = ("Squad named\nMorkel is fit again after being sent home from the side's tour to Pakistan in October "
            "with an ankle injury, coach Ray Dunn said on Monday.\n")
    art = run(text, published="2008-12-01")
    assert at(art, text, "Pakistan") is None


def test_a_street_ending_in_drive_is_no_actor(run):
    text = ("Fire on Larkspur Drive\nA fire broke out Tuesday at a home on Larkspur Drive, officials said. Larkspur "
            "Drive residents said Dale Pell called for help.\n")
    art = run(text, published="2015-05-01")
    assert at(art, text, "Larkspur Drive") is None
    assert at(art, text, "Dale Pell") is not None


def test_a_country_whose_league_division_or_site_is_named_is_a_place(run):
    text = ("Club signs striker\nThe club, which is struggling against relegation in Norway's second division, signed "
            "Tom Berg on Monday. Fans chat on India's social networking site BigAdda, its founder Ravi Nair said.\n")
    art = run(text, published="2008-01-10")
    assert at(art, text, "Norway") is None
    assert at(art, text, "India") is None
    assert at(art, text, "Tom Berg") is not None


def test_a_country_whose_army_division_acts_stays_an_actor(run):
    text = ("Offensive\nIraq's 9th Division attacked the town on Monday, and Iraq's army said it held the bridge.\n")
    art = run(text, published="2015-05-01")
    assert at(art, text, "Iraq") is not None


def test_the_media_as_where_words_appear_or_a_field_is_no_actor(run):
    text = ("Manager search\nHale is another candidate being touted in the media, the Alden manager said. The union "
            "wants its members to work in new media, Ann Poe said.\n")
    art = run(text, published="2008-01-10")
    assert at(art, text, "the media") is None
    assert at(art, text, "new media") is None


def test_the_media_reporting_or_told_stays_the_press(run):
    text = ("Mayor quits\nThe media reported that the mayor had resigned, and Tom Hale told the media he was sorry.\n")
    art = run(text, published="2008-01-10")
    a = at(art, text, "The media")
    assert a is not None and a.sector == "MED"
