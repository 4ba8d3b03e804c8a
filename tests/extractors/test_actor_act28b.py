"""Actors on invented stories, for act28b (December 2026, issue 11): role nouns of every sector written from knowledge
(titles.tsv), the plural of a title of several words, pots of money named `... Fund`, and a staff title `at` or `for`
a body in no lexicon (bench/probe_actors.py probes the same classes at large)."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_role_nouns_of_each_sector_give_it(run):
    text = ("WASHINGTON (AP) - Mara Vance, a corporal, said on Monday that the convoy was late. Union steward Jo Ames "
            "and shop steward Lee Cho met. Tom Hale, a trade unionist, said pay was too low. Vicar Ann Bell said the "
            "church would open. FBI agent Sam Ruiz said the house was searched. Ed Moss, an assemblyman, said the bill "
            "would pass.\n")
    art = run(text)
    assert at(art, text, "Mara Vance").sector == "MIL"      # (was CVL)
    assert at(art, text, "Tom Hale").sector == "LAB"        # (was CVL)
    assert at(art, text, "Ann Bell").sector == "REL"        # (was CVL)
    assert at(art, text, "Sam Ruiz").sector == "COP"        # (was SPY: `agent`)
    assert at(art, text, "Ed Moss").sector == "LEG"         # (was CVL)


def test_a_longer_title_wins_over_its_last_word(run):
    text = ("BOSTON (AP) - Brightwater Corp. Chief Financial Officer Tom Hale said profits rose. Army officer Jim Dale "
            "said the base would close. Auditor General Ann Pike said the books were in order.\n")
    art = run(text)
    assert at(art, text, "Tom Hale").sector == "BUS"        # (was COP: `officer`)
    assert at(art, text, "Jim Dale").sector == "MIL"        # (was COP)
    assert at(art, text, "Ann Pike").sector == "GOV"        # (was MIL: `general`)


def test_the_plural_of_a_title_of_several_words_is_its_group_with_the_titles_sector(run):
    text = "KABUL (AP) - Army officers said on Monday that the convoy had been hit.\n"
    art = run(text)
    officers = at(art, text, "Army officers")
    assert officers is not None and officers.sector == "MIL"   # (was COP: `officers`)


def test_a_pot_of_money_named_fund_is_no_actor_and_a_fund_that_acts_stays(run):
    text = ("DENVER (AP) - The state drew $2 million from the Highway Trust Fund and the Rainy Day Fund on Monday. "
            "The International Monetary Fund said growth would slow.\n")
    art = run(text)
    assert at(art, text, "Highway Trust Fund") is None      # (was NGO)
    assert at(art, text, "Rainy Day Fund") is None
    assert at(art, text, "International Monetary Fund") is not None


def test_a_staff_title_at_a_body_in_no_lexicon_is_no_government(run):
    text = ("BOSTON (AP) - Ann Lee, a spokeswoman at Mercy Memorial Hospital, said two were hurt. Jim Cole, a "
            "spokesman for the Interior Ministry, said the road was closed.\n")
    art = run(text)
    assert at(art, text, "Ann Lee").sector != "GOV"         # (was GOV)
    assert at(art, text, "Jim Cole").sector == "GOV"


def test_a_makers_name_with_a_model_is_the_thing_and_the_maker_alone_the_company(run):
    text = ("SEATTLE (AP) - The crew of an Airbus A320 landed safely on Monday. Her son bought a Samsung Galaxy S9 "
            "last week. An Airbus spokesman said the jet was safe.\n")
    art = run(text)
    assert at(art, text, "Airbus A320") is None             # (was BUS)
    assert at(art, text, "Samsung Galaxy S9") is None       # (was BUS)
    assert at(art, text, "Airbus", 1) is not None


def test_illnesses_named_for_a_person_and_numbered_bills_are_no_actors(run):
    text = ("AUSTIN, Texas (AP) - Dan Reyes, who has Lou Gehrig's disease, said the lawmakers passed House Bill 2 on "
            "Monday.\n")
    art = run(text)
    assert at(art, text, "Lou Gehrig") is None              # (was CVL)
    assert at(art, text, "House Bill 2") is None            # (was LEG)
    assert at(art, text, "lawmakers") is not None
