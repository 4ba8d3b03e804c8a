"""Actors on invented stories, for the classes the act4 branch (December 2026, issue 11) fixed: wrong identities
(a gendered title before a surname the lexicon shares, a lexicon name borne by someone of another country) and
false actors."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_mr_before_a_shared_surname_is_the_man_of_that_name(run):
    text = "NEW YORK -- Mr. Clinton spoke at a rally for his wife on Monday. Mrs. Clinton thanked him.\n"
    art = run(text, published="2016-05-01")
    assert at(art, text, "Clinton").name == "Bill Clinton"           # not the candidate in office that day
    assert at(art, text, "Clinton", 1).name == "Hillary Clinton"


def test_mrs_before_a_lexicon_surname_is_never_the_man(run):
    text = "DAYTON, Ohio -- The bakery closed on Monday, Mrs. Kerry said. She had run it for 20 years.\n"
    art = run(text, published="2016-05-01")
    kerry = at(art, text, "Kerry")
    assert kerry is not None and kerry.name != "John Kerry" and kerry.sector != "GOV"


def test_a_lexicon_name_placed_in_another_country_is_a_namesake(run):
    text = ("DUBLIN -- John Kelly, an Irish dairy farmer, said on Monday milk prices were too low. Kelly said he "
            "would protest.\n")
    art = run(text, published="2016-05-01")
    kelly = at(art, text, "John Kelly")
    assert kelly.country == "IRL" and kelly.sector == "CVL"


def test_an_envoy_to_a_country_is_still_the_lexicon_person(run):
    text = ("DAMASCUS -- Kofi Annan, the UN-Arab League envoy to Syria, met Bashar al-Assad on Monday. Sergei "
            "Lavrov, Russia's foreign minister, met them later.\n")
    art = run(text, published="2012-05-01")
    assert at(art, text, "Kofi Annan").country == "IGO"
    assert at(art, text, "Sergei Lavrov").sector == "GOV"


def test_a_country_before_a_plural_of_companies_is_their_country_not_the_state(run):
    text = ("WASHINGTON -- The trade group represents U.S. airlines and lobbies Congress. German carmakers cut "
            "jobs on Monday.\n")
    art = run(text, published="2016-05-01")
    airlines = at(art, text, "U.S. airlines")
    assert airlines is not None and airlines.sector == "BUS" and airlines.country == "USA"
    assert not any(a.name == "United States" for a in art.actors)
    assert at(art, text, "German carmakers").country == "DEU"


def test_people_from_a_country_do_not_make_the_state_an_actor(run):
    text = ("CHICAGO -- The senator wants to deport undocumented immigrants from Mexico and refugees from Syria. "
            "Mexico protested on Monday.\n")
    art = run(text, published="2016-05-01")
    assert at(art, text, "Mexico") is None                           # where the immigrants come from
    assert at(art, text, "Syria") is None
    assert at(art, text, "Mexico", 1).name == "Mexico"               # the state acting


def test_the_slogan_in_capitals_names_no_state(run):
    text = ("NEW YORK -- Many firms will not fund the convention. Trump's campaign to \"Make America Great Again\" "
            "will go on without them.\n")
    art = run(text, published="2016-06-20")
    assert at(art, text, "America") is None


def test_a_dead_militant_leader_stays_a_militant(run):
    text = "WASHINGTON -- Osama bin Laden was killed by Navy SEALs five years ago, the president said.\n"
    art = run(text, published="2016-06-17")
    assert at(art, text, "Osama bin Laden").sector == "REB"          # not a former office holder (ELI)
