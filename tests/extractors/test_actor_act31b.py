"""Actors on invented sports reports and news, for a country that plays: its national side, NGO, not its government
(act31b, issue 11: the audit of 2008 web pages)."""
from __future__ import annotations

from tests.helpers import actor_at, sector_at


def test_a_country_beaten_in_a_cricket_report_is_its_side(run):
    text = ("PORT LOUIS (Wire) -- Kenya beat Uruguay by 90 runs in the second Test on Sunday. The Uruguayan batsman "
            "Leo Ferro made 41 before he was caught at slip, and the bowler Tom Odhiambo took five wickets.\n"
            "\"We played good cricket all week,\" coach Sam Kiptoo said after the final wicket fell.\n")
    art = run(text, published="2008-01-06")
    assert sector_at(art, text, "Uruguay") == "NGO"
    assert sector_at(art, text, "Kenya") == "NGO"


def test_a_country_in_a_rugby_squad_sentence_is_its_side(run):
    text = ("The coach named his squad for the rugby tour on Monday. Two midfielder-turned-wingers are in, and the "
            "referee for the opening fixture is from Wales. Fiji face Chile in the first match of the series.\n")
    art = run(text, published="2008-01-06")
    assert sector_at(art, text, "Chile") == "NGO"


def test_a_government_in_a_news_story_with_a_match_stays_the_government(run):
    text = ("BRASILIA (Wire) -- Chile accused Peru on Tuesday of violating the fishing accord, and Peru's foreign "
            "ministry rejected the charge. The dispute comes a week before the two countries' football sides meet "
            "in a cup match in Lima.\n")
    art = run(text, published="2008-01-06")
    assert sector_at(art, text, "Chile") == "GOV"



def test_a_nickname_after_the_in_a_sports_report_is_a_club(run):
    text = ("Despite that, the Sooners led 25-19 at the break because of a rebounding edge. Kim Ford made a layup "
            "and a jumper, and the Sooners held on in overtime. The third-seeded Sooners advanced, and coach Lee "
            "Park praised the defense after halftime.\n")
    art = run(text, published="2008-01-06")
    assert sector_at(art, text, "Sooners") == "BUS"


def test_a_surname_in_a_sports_report_stays_a_person(run):
    text = ("Despite that, the Sooners led 25-19 at the break because of a rebounding edge. Kim Ford made a layup "
            "and a jumper, and Ford added a free throw in overtime. Ford said after halftime that coach Lee Park "
            "had asked for more.\n")
    art = run(text, published="2008-01-06")
    a = actor_at(art, text, "Ford", 1)
    assert a is not None and a.sector == "CVL"


def test_a_player_tagged_an_organisation_in_a_sports_report_is_a_private_person(run):
    text = ("Kenya beat Uruguay by 90 runs in the second Test on Sunday. Lonwabo Ntini (41) fell in tame fashion, "
            "chipping a delivery to mid-on, before the tail added 60. The bowler took five wickets as the umpire "
            "gave three lbw decisions.\n")
    art = run(text, published="2008-01-06")
    assert sector_at(art, text, "Lonwabo Ntini") == "CVL"
