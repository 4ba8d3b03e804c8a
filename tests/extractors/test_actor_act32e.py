"""Actors on invented local news and web pages (act32e, issue 11: false actors of the local and web sets): a country
after `to` hung on a `tour` is where the tour goes, a country whose league division or web site is named
(`Norway's second division`) is where it plays or is based, and a street ending in `Drive` is a place, not an actor."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors

at = actor_at


def test_the_media_reporting_or_told_stays_the_press(run):
    text = ("Mayor quits\nThe media reported that the mayor had resigned, and Tom Hale told the media he was sorry.\n")
    art = run(text, published="2008-01-10")
    a = at(art, text, "The media")
    assert a is not None and a.sector == "MED"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_country_a_tour_goes_to_is_a_place',
     "Squad named\nMorkel is fit again after being sent home from the side's tour to Pakistan in October "
     "with an ankle injury, coach Ray Dunn said on Monday.\n",
     '2008-12-01', 'Pakistan: none'),
    ('a_street_ending_in_drive_is_no_actor',
     "Fire on Larkspur Drive\nA fire broke out Tuesday at a home on Larkspur Drive, officials said. Larkspur "
     "Drive residents said Dale Pell called for help.\n",
     '2015-05-01', 'Larkspur Drive: none; Dale Pell: actor'),
    ('a_country_whose_league_division_or_site_is_named_is_a_place',
     "Club signs striker\nThe club, which is fighting relegation in Norway's second division, signed "
     "Tom Berg on Monday. Fans chat on India's social networking site BigAdda, its founder Ravi Nair said.\n",
     '2008-01-10', 'Norway: none; India: none; Tom Berg: actor'),
    ('a_country_whose_army_division_acts_stays_an_actor',
     "Offensive\nIraq's 9th Division attacked the town on Monday, and Iraq's army said it held the bridge.\n",
     '2015-05-01', 'Iraq: actor'),
    ('the_media_as_where_words_appear_or_a_field_is_no_actor',
     "Manager search\nHale is another candidate being touted in the media, the Alden manager said. The union "
     "wants its members to work in new media, Ann Poe said.\n",
     '2008-01-10', 'the media: none; new media: none'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
