"""act36f: US towns named like cities abroad in American local news (docs/actors.md `### act36f`): `Berlin police`
with an American telephone number and a high school, `Alexandria police` and `Alexandria's Circuit Court` beside
dollars are the American towns' bodies; `Chicago's Brighton Park` is a part of Chicago, no vote for Britain.
Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at

_BERLIN = ("Teen hurt in crash. NEWTOWN — A Newtown High School junior, Kyle Marsh, was hurt when his car hit a pole "
           "in Berlin on Friday. Berlin police are investigating. Anyone who saw the crash is asked to call Officer "
           "Dana Price at (860) 555-0142.\n")
_ALEXANDRIA = ("Man charged in theft. Alexandria police arrested a man Tuesday in connection with a string of "
               "burglaries, police said. Prosecutor Jane Miller said he will go to trial in Alexandria's Circuit Court "
               "next spring. The man's bond was set at $5,000.\n")


def test_a_small_us_town_named_like_a_capital_abroad_is_american_in_local_news(run):
    # Berlin, Connecticut is in the gazetteer's cities500 only; the phone number and `high school` say American
    article = run(_BERLIN)
    police = actor_at(article, _BERLIN, "Berlin police")
    assert police is not None and police.country == "USA", (police.name, police.country) if police else None
    assert police.name == "Berlin police", police.name
    assert not any(a.country == "DEU" for a in article.actors), [(a.name, a.country) for a in article.actors]


def test_a_town_body_and_a_court_named_with_the_towns_possessive_are_american(run):
    article = run(_ALEXANDRIA)
    police = actor_at(article, _ALEXANDRIA, "Alexandria police")
    court = actor_at(article, _ALEXANDRIA, "Alexandria's Circuit Court")
    assert police is not None and police.country == "USA", (police.name, police.country) if police else None
    assert court is None or court.country == "USA", (court.name, court.country)
    assert not any(a.country == "EGY" for a in article.actors), [(a.name, a.country) for a in article.actors]


def test_the_city_abroad_with_no_american_evidence_keeps_its_country(run):
    # guard: no dollars, phone number or American local word: Alexandria is Egypt's
    text = "Riot in Alexandria. Alexandria police fired tear gas at protesters on Friday, a police official said.\n"
    police = actor_at(run(text), text, "Alexandria police")
    assert police is not None and police.country == "EGY", (police.name, police.country)


def test_a_district_after_a_citys_possessive_votes_for_no_town_abroad(run):
    text = ("Police: 2 hurt in Brighton Park shooting\n\nTwo men were shot Friday night in Chicago's Brighton Park "
            "neighborhood, police said. The victims were inside a home when a man walked in and opened fire, police "
            "said. One man was taken to a hospital.\n")
    article = run(text)
    assert not any(a.country == "GBR" for a in article.actors), [(a.name, a.country) for a in article.actors]


def test_a_hospital_owning_the_ward_one_is_taken_to_is_a_place(run):
    for text in ("A woman was taken to Mercy Medical Center's emergency room after the crash, police said.\n",
                 "The driver was struck by gunfire and taken to Valley Medical Center’s trauma unit on Friday.\n"):
        article = run(text)
        assert not any("Medical Center" in a.name for a in article.actors), [a.name for a in article.actors]


def test_a_hospital_that_acts_stays_an_actor(run):
    # guard: the hospital as a subject of its own verb is an actor
    text = "Mercy Medical Center's board voted on Friday to close the maternity ward, a spokesman said.\n"
    assert actor_at(run(text), text, "Mercy Medical Center") is not None


def test_a_venue_named_before_a_day_is_a_place(run):
    # the parser hangs `the Quarnby Senior Center` on `Sunday`, the preposition's object: still a venue
    for text in ("Former Democratic Senate nominee Ned Ravelton appeared at the Quarnby Senior Center Sunday to share "
                 "his thoughts on President Obama’s early weeks in office.\n",
                 "Senator Lia Tamsin appeared at the Quarnby Senior Center Sunday to share her thoughts on President "
                 "Obama’s budget.\n"):
        article = run(text)
        assert not any("Senior Center" in a.name for a in article.actors), [a.name for a in article.actors]


def test_a_venue_that_acts_stays_an_actor(run):
    # guard: the centre as a subject of its own verb is an actor
    text = "Mayor Ann Reyes said the Quarnby Senior Center will close on Sunday.\n"
    assert actor_at(run(text), text, "Quarnby Senior Center") is not None
