"""Actors on invented stories, for the classes the act18 branch (December 2026, issue 11) fixed: the home country of
local news from the places it names when the tagger or the list of large cities misses them (a town tagged as a
person after `in`, a compass word before a city, a small town only one country has, a US county, a US town named
like a city abroad), and things taken for actors (a car after its model year, bare `opposition` as an object)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors


def test_a_small_town_named_once_alone_gives_no_country(run):
    from dateline.lexicon import actors as lex

    assert lex.town_country("Kenosha") == "USA"
    assert lex.town_country("Richmond") is None          # a town in several countries
    assert lex.us_town("Dublin") and lex.place_country("Dublin") == "IRL"
    assert "Calhoun County" in lex.us_counties() and "Kiambu County" not in lex.us_counties()


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_listed_us_county_gives_local_news_its_country',
     "Barn fire ruled accidental. A barn burned Sunday on Elm Road in Calhoun County, and firefighters from "
     "across Calhoun County fought the blaze for hours. Fire Chief Dale Horvath said nobody was hurt.\n",
     None, 'Dale Horvath: country=USA'),
    ('a_us_town_named_like_a_city_abroad_is_the_american_town',
     "Council renames street. The Dublin City Council voted Monday to rename a street near the Dublin library, "
     "after the Franklin County engineer found that residents used two names for it. Mayor Ann Lowe said "
     "the change would be simple. Franklin County will print new maps.\n",
     None, 'Ann Lowe: country=USA'),
    ('a_compass_word_before_a_city_keeps_the_city',
     "Teen shot on porch. A 16-year-old boy was shot Friday night on a porch in West Philadelphia. Officer "
     "Lena Brandt said the boy was hit in the leg and that West Philadelphia detectives were looking for a "
     "gunman.\n",
     None, 'Lena Brandt: country=USA'),
    ('a_small_town_named_twice_gives_its_country',
     "Man hurt in crash. A Kenosha man was hurt Tuesday when his car hit a tree on 48th Street in Kenosha. "
     "Sergeant Mia Kowal said the driver, Ron Fahey, was taken to a hospital.\n",
     None, 'Mia Kowal: country=USA'),
    ('a_name_after_a_model_year_is_a_car_not_a_company',
     "Crash on Route 5. A 2006 Mercury struck a moose on Route 5 early Thursday. Trooper Jane Holt said "
     "the driver of the 2006 Mercury was not hurt.\n",
     None, 'Mercury: none'),
    ('bare_opposition_met_is_resistance_not_a_group',
     "Judge loses seat. This was the first time that Judge Al Turner has faced opposition since he was "
     "elected. The plan also drew stiff opposition from neighbors. Mayor Lee Park said he faced the "
     "opposition in 2004 and won.\n",
     None, 'opposition since: none; stiff opposition: none; the opposition: actor'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
