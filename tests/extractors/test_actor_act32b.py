"""Actors on invented sports reports: clubs are companies (BUS), their owners too, and a report whose league is of
one country takes it as its home before the players' national sides (act32b, issue 11: the web-page gold tune34,
tune35 and tune31)."""
from __future__ import annotations

from tests.helpers import actor_at


def _actor(art, text, word):
    return actor_at(art, text, word)


REPORT = ("Kestrel Albion snatched a 2-1 win over Dunmore in the semi-final first leg despite being down to ten men. "
          "Dunmore boss Ian Pratt said his midfielder was unlucky. \"We will go again,\" Pratt said. Dunmore hit "
          "back through a free-kick but the Harriers held on for a late winner from their striker Tom Vale.\n"
          "Club owner Ray Dorling watched from the stand. The football was poor and the Harriers escaped "
          "relegation last season.\n")


def test_a_club_named_with_a_club_word_is_a_company(run):
    art = run(REPORT, published="2008-01-06")
    a = _actor(art, REPORT, "Kestrel Albion")
    assert a is not None and a.sector == "BUS"


def test_a_one_word_club_before_a_club_role_is_a_company(run):
    text = ("Glenmore snatched a 2-1 win in the first leg. Penwick hit back to equalise through Joe Laird, but "
            "Penwick refused to budge after that. Penwick boss Dan Ross said his midfielder and his goalkeeper were "
            "unlucky, and the football was poor.\n")
    art = run(text, published="2008-01-06")
    a = _actor(art, text, "Penwick")
    assert a is not None and a.sector == "BUS"      # a private person, CVL, before


def test_a_club_owner_is_business(run):
    art = run(REPORT, published="2008-01-06")
    a = _actor(art, REPORT, "Ray Dorling")
    assert a is not None and a.sector == "BUS"


def test_the_league_gives_the_home_before_national_sides(run):
    text = ("Wexham Rovers have taken one Barclays Premier League point out of nine. The midfielder "
            "Sam Ojo is due to leave for African Nations Cup duty with Senegal, and will be followed by Ghana "
            "striker Ali Ba, Mali midfielder Ben Toure and Senegal defender Abdou Sy. Goalkeeper Tom Hale made "
            "three saves; the football was poor and the coach Bill Rudd said the players deserved better.\n")
    art = run(text, published="2008-01-06")
    a = _actor(art, text, "Bill Rudd")
    assert a is not None and a.country == "GBR"


def test_the_league_named_most_gives_the_home(run):
    text = ("The A-League has never been stronger, the coach Tom Reid said. Reid's side lost to Orchard United on "
            "Sunday after the defender Lee Marr was sent off. Marr may join Rockford Athletic of the English "
            "Premier League, but the A-League wants him to stay, and the football of the A-League is in good "
            "shape after a season without relegation. The striker Ben Cole scored twice.\n")
    art = run(text, published="2008-01-06")
    a = _actor(art, text, "Tom Reid")
    assert a is not None and a.country == "AUS"


def test_a_disease_name_is_no_actor(run):
    text = ("A suspected case of BSE has been found at a farm near Lund, the Danish Food Agency said on Monday. "
            "BSE has never been found in the region. Health officials said that Hemolytic Uremic Syndrome, which "
            "can follow an E. coli infection, had struck two children in Aarhus.\n")
    art = run(text, published="2008-01-06")
    assert _actor(art, text, "BSE") is None
    assert _actor(art, text, "Hemolytic Uremic Syndrome") is None
