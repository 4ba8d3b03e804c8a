"""Actors on invented match reports that name no country: the league they name gives the clubs and players their
country (act31d, issue 11: the audit of 2008 web pages)."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors, country_at


    #                                                           session 33; act33), but its country is the home


def test_leagues_of_two_countries_give_no_home(run):
    text = ("Tomas Brennard said the Premier League was faster than Major League Soccer. Marek Lindqvist said "
            "he would miss him.\n")
    art = run(text, published="2008-01-06")
    assert country_at(art, text, "Tomas Brennard") is None


def test_a_wire_agency_credited_abroad_gives_no_home(run):
    text = ("The Indonesian health ministry said five villagers were in hospital with suspected bird flu, and "
            "Indonesia asked for more vaccine. \"We are waiting for the tests,\" said Budi Harsono, a ministry "
            "official, the Associated Press reported. AP said the tests would take a week.\n")
    art = run(text, published="2008-01-06")
    a = actor_at(art, text, "Budi Harsono")
    assert a is not None and a.country == "IDN"


def test_an_official_of_a_city_abroad_in_a_round_up_is_that_country_s(run):
    text = ("WASHINGTON (Wire) -- The flu has spread to a dozen countries, U.S. officials said on Friday, and the "
            "White House asked Congress for more money. In Europe, Dr. Ana Weber, the chief medical officer of "
            "Hamburg, said 40 pupils had fallen ill. The U.S. Senate will vote next week.\n")
    art = run(text, published="2009-05-01")
    a = actor_at(art, text, "Ana Weber")
    assert a is not None and a.country == "DEU"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    # Premier League: a league as a modifier: no mention of it (GUIDE.md,
    ('players_of_a_premier_league_match_are_british',
     "Oldbury Rovers came from behind to win 2-1 and left Kettleby in the Premier League relegation zone. "
     "Tomas Brennard headed the opener before Dario Quell levelled from the spot, and Quell was booked late "
     "on for a foul on Marek Lindqvist.\n",
     '2008-01-06', 'Tomas Brennard: country=GBR; Oldbury Rovers: country=GBR; Premier League: none'),
    ('players_of_a_conference_race_are_american',
     "The Ridgeport Hawks lead the National Football Conference and can clinch a playoff berth on Sunday. "
     "Quarterback Dale Ormsby has a sprained ankle and is questionable, coach Vern Talley said.\n",
     '2008-01-06', 'Dale Ormsby: country=USA'),
    ('a_country_that_only_says_players_nationality_is_no_actor',
     "In the first round on Sunday, Peru's Marta Quispe beat Lena Holt of Austria 6-2, 6-3, and Norway's Ida "
     "Brekke lost to Sara Mello in three sets.\n",
     '2008-01-06', 'Austria: none; Peru: none'),
    ('a_country_that_owns_a_minister_stays_an_actor',
     "Peru's Foreign Minister Jorge Salas met his Chilean counterpart on Monday to discuss the border.\n",
     '2008-01-06', 'Peru: actor'),
    ('a_country_before_outbreak_is_a_place',
     "Veterinarians who worked through the recent Norway outbreak are watching the island's herds, the "
     "ministry said on Friday.\n",
     '2008-01-06', 'Norway: none'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
