"""act51a: countries of local news (docs/actors.md `### act51a`): a criminal group or description in a story its home's
local police work takes the home country; a given name in a by-line's capitals names no country, and a dateline in
capitals left after a by-line is a US town of the weak American evidence. Invented stories."""
from __future__ import annotations

from tests.helpers import actor_at


def _countries(article, text: str, names: tuple[str, ...]) -> list:
    """The country of each named person's actor (None where no actor covers the name)."""
    return [getattr(actor_at(article, text, name), "country", None) for name in names]

SHOOTING = ("BEDFORD, Ind. (AP) -- Bedford police said a gunman shot two men outside a tavern on Friday night. Officer "
            "Lena Marsh said the gunman fled in a gray car before officers arrived. Police Chief Dan Rourke said "
            "detectives are still looking for the gunman.\n")


def test_the_unknown_gunman_of_a_local_police_story_takes_the_home(run):
    gunman = actor_at(run(SHOOTING), SHOOTING, "gunman")
    assert gunman is not None and gunman.sector == "CRM" and gunman.country == "USA", gunman


def test_suspects_the_local_police_seek_take_the_home(run):
    text = SHOOTING.replace("detectives are still looking for the gunman", "detectives are still looking for two "
                            "suspects, who were seen running from the tavern")
    suspects = actor_at(run(text), text, "suspects")
    assert suspects is not None and suspects.country == "USA", suspects


def test_a_crime_that_crosses_borders_keeps_no_home(run):
    text = SHOOTING + ("Rourke said hackers also broke into the department's computers last month and that hackers "
                       "demanded a ransom.\n")
    hackers = actor_at(run(text), text, "hackers")
    assert hackers is None or hackers.country is None, hackers


BYLINE = ("Zoning eases rebuilding of burned block. BY CHAD MORLOCK Gazette Reporter March 3, 2009 WAPAKONETA -- "
          "City officials say the zoning will let owners rebuild two burned buildings downtown. Mayor Tom Beltz said "
          "the owners may build three stories. Owner Ann Kowal said she has not decided.\n")


def test_a_by_line_given_name_names_no_country_and_its_dateline_makes_the_home(run):
    article = run(BYLINE)
    assert _countries(article, BYLINE, ("Tom Beltz", "Ann Kowal")) == ["USA", "USA"]
    assert not any(a.country == "TCD" for a in article.actors)


def test_a_by_line_alone_names_no_country(run):
    text = ("Troops cross border\n\nBY CHAD ROURKE\n\nTwo thousand soldiers from Niger crossed the border on Monday, "
            "an army spokesman said.\n")
    assert not any(a.country == "TCD" for a in run(text).actors)


def test_a_country_acting_in_a_headline_of_capitals_stays_a_country(run):
    text = ("CHAD SENDS TROOPS TO NIGER\n\nTwo thousand soldiers crossed the border on Monday to fight the rebels, "
            "an army spokesman said.\n")
    article = run(text)
    assert any(a.country == "TCD" and a.sector == "GOV" for a in article.actors), \
        [(a.name, a.country) for a in article.actors]


REGULATOR = ("Regulator may face fines\n\nGeorgia’s newest utility regulator could face $20,000 in fines for late "
             "campaign reports. Commissioner Ann Cole said she was surprised that the state was pursuing a case from "
             "2002. Resident Tom Beltz said the fines were fair.\n")


def test_the_state_of_georgia_with_dollars_makes_an_american_home(run):
    assert _countries(run(REGULATOR), REGULATOR, ("Ann Cole", "Tom Beltz")) == ["USA", "USA"]


def test_the_country_georgia_named_by_its_capital_takes_no_american_home(run):
    text = REGULATOR.replace("for late campaign reports.", "for late campaign reports, officials in Tbilisi said.")
    article = run(text)
    assert actor_at(article, text, "Tom Beltz") is not None and _countries(article, text, ("Tom Beltz",)) != ["USA"]


def test_the_city_of_a_town_named_like_a_capital_abroad_beside_a_us_county_is_american(run):
    text = ("Council weighs new street name\n\nDublin City Council heard a first reading of a plan to rename Elm Lane on "
            "Monday. Dublin Director of Engineering Paul Hamm said the Franklin County Auditor's Office had told "
            "city staff of the mix-up. The city issued the addresses in 1986, and the city will "
            "send letters to the nine homes, Hamm said.\n")
    city = actor_at(run(text), text, "The city")
    assert city is not None and city.country == "USA", city
