"""Actors on invented sports reports and news, for a country that plays: its national side, NGO, not its government
(act31b, issue 11: the audit of 2008 web pages)."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


def test_a_surname_in_a_sports_report_stays_a_person(run):
    text = ("Still, the Sooners led 25-19 at halftime thanks to a rebounding edge. Kim Ford made a layup "
            "and a jumper, and Ford added a free throw in overtime. Ford said after halftime that coach Lee Park "
            "had asked for more.\n")
    art = run(text, published="2008-01-06")
    a = actor_at(art, text, "Ford", 1)
    assert a is not None and a.sector == "CVL"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_country_beaten_in_a_cricket_report_is_its_side',
     "PORT LOUIS (Wire) -- Kenya beat Uruguay by 90 runs in the second Test on Sunday. The Uruguayan batsman "
     "Leo Ferro made 41 before he was caught at slip, and the bowler Tom Odhiambo took five wickets.\n"
     "\"We played good cricket all week,\" coach Sam Kiptoo said after the final wicket fell.\n",
     '2008-01-06', 'Uruguay: sector=NGO; Kenya: sector=NGO'),
    ('a_country_in_a_rugby_squad_sentence_is_its_side',
     "The coach named his squad for the rugby tour on Monday. Two midfielder-turned-wingers are in, and the "
     "referee for the opening fixture is from Wales. Fiji face Chile in the first match of the series.\n",
     '2008-01-06', 'Chile: sector=NGO'),
    ('a_government_in_a_news_story_with_a_match_stays_the_government',
     "BRASILIA (Wire) -- Chile accused Peru on Tuesday of violating the fishing accord, and Peru's foreign "
     "ministry rejected the charge. The dispute comes a week before the two countries' football sides meet "
     "in a cup match in Lima.\n",
     '2008-01-06', 'Chile: sector=GOV'),
    ('a_nickname_after_the_in_a_sports_report_is_a_club',
     "Still, the Sooners led 25-19 at halftime thanks to a rebounding edge. Kim Ford made a layup "
     "and a jumper, and the Sooners held on in overtime. The third-seeded Sooners advanced, and coach Lee "
     "Park praised the defense after halftime.\n",
     '2008-01-06', 'Sooners: sector=BUS'),
    ('a_player_tagged_an_organisation_in_a_sports_report_is_a_private_person',
     "Kenya beat Uruguay by 90 runs in the second Test on Sunday. Lonwabo Ntini (41) fell in tame fashion, "
     "chipping a delivery to mid-on, before the tail added 60. The bowler took five wickets as the umpire "
     "gave three lbw decisions.\n",
     '2008-01-06', 'Lonwabo Ntini: sector=CVL'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
