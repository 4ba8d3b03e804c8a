"""Review of ev24w and ev24plv (issue 10, rev24c), on invented sentences: an air strike told on a page of game
reports stays an attack (event_senses `harmsign` war machines); a strike on a day is a walkout (triggers._struck_on);
costs are a court's penalty only as court or legal costs (crime_words `courtfee`, `courtmark`); appearing in court
as a witness or to testify brings no one before it (crime._court_role); `support` handed over with a phrasal verb
is aid (`stepped up military support`)."""
from __future__ import annotations

GAME = ("Hawks top Rams in overtime\n\nRIVERTON - The Riverton Hawks beat the Millbrook Rams 98-91 on Saturday night. "
        "The Hawks quarterback threw for 300 yards.\n\nThe Rams led 50-44 at halftime before the Hawks outscored them "
        "30-17 in the third quarter.\n\nThe playoff opens next week.\n")


def kinds(article):
    return {(e.type, e.trigger.text) for e in article.events}


def test_the_new_classes_load():
    from dateline.extractors.events import checks, crime

    assert {"warplane", "missile"} <= checks.senses()["harmsign"]
    assert "cost" in crime.words()["courtfee"] and "cost" not in crime.words()["courtpay"]
    assert "court" in crime.words()["courtmark"] and "witness" in crime.words()["courtrole"]


def test_an_air_strike_on_a_game_report_page_stays_an_attack(run):
    art = run(GAME + "\nIn other news, Zarovian warplanes struck the border town of Kelm on Sunday.\n")
    assert ("ASSAULT", "struck") in kinds(art), kinds(art)
    assert not any(e.type == "ASSAULT" and e.trigger.text == "beat" for e in art.events), kinds(art)


def test_a_strike_on_a_day_is_a_walkout_and_on_a_place_an_attack(run):
    art = run("\n\nBus drivers struck on Tuesday after the talks with the city failed.\n")
    assert ("PROTEST", "struck") in kinds(art) and ("ASSAULT", "struck") not in kinds(art), kinds(art)
    art = run("\n\nThe rebels struck on the village at dawn.\n")
    assert ("ASSAULT", "struck") in kinds(art), kinds(art)


def test_costs_are_a_penalty_only_as_court_costs(run):
    art = run("\n\nThe governor ordered the agency to pay the costs of the new bridge.\n")
    assert ("COERCE", "ordered") not in kinds(art), kinds(art)
    art = run("\n\nThe judge ordered the landlord to pay court costs.\n")
    assert ("COERCE", "ordered") in kinds(art), kinds(art)


def test_appearing_in_court_as_a_witness_brings_no_one_before_it(run):
    for text in ("The banker appeared in court as a witness on Monday.",
                 "The banker appeared in court to testify against the mayor."):
        art = run("\n\n" + text + "\n")
        assert ("COERCE", "appeared") not in kinds(art), (text, kinds(art))
    art = run("\n\nThe former mayor appeared in court as a defendant on Monday.\n")
    assert ("COERCE", "appeared") in kinds(art), kinds(art)


def test_support_stepped_up_with_a_kind_of_help_is_aid(run):
    art = run("\n\nZarovia stepped up military support to the rebels in Kelm.\n")
    assert any(e.type == "AID" for e in art.events), kinds(art)
    art = run("\n\nZarovia stepped up its support for the rebels in Kelm.\n")
    assert not any(e.type == "AID" for e in art.events), kinds(art)
