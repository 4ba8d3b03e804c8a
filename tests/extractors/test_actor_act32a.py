"""Actors on invented local news (act32a, issue 11: the classes new local-news gold showed): a station named by its
bare call sign after a cue (`told KHOU`, `Copyright 2015 WFIE`) or by a network's name and a channel's number
(`FOX 2`, `ABC11`) is a broadcaster (MED, USA), and the person named after its possessive its reporter."""
from __future__ import annotations

from tests.helpers import actor_at

at = actor_at


def test_a_bare_call_sign_after_told_or_a_copyright_is_a_station(run):
    text = ("Boy hurt in shooting\nA boy was hurt in a shooting on Friday, police said. His uncle told KZRT that the "
            "gun was loaded.\n\nCopyright 2016 WQAB. All rights reserved.\n")
    art = run(text, published="2016-07-05")
    for sign in ("KZRT", "WQAB"):
        a = at(art, text, sign)
        assert a is not None and (a.sector, a.country) == ("MED", "USA"), (sign, a)


def test_a_network_and_a_channel_number_is_a_station_and_its_reporter_med(run):
    text = ("Teen shot\nA teen was shot on Friday, police said. Greg Hale told FOX 7's Mark Rudd on Tuesday "
            "that he ran. The family later spoke with ABC12 off-camera.\n")
    art = run(text, published="2016-07-05")
    for word in ("FOX 7", "ABC12", "Mark Rudd"):
        a = at(art, text, word)
        assert a is not None and a.sector == "MED", (word, a)


def test_three_letter_bodies_and_a_war_stay_what_they_are(run):
    text = ("Aid talks\nThe WHO said on Monday that the vaccine was safe. He told WHO officials he fought in WWII.\n")
    art = run(text, published="2016-07-05")
    a = at(art, text, "WHO")
    assert a is not None and a.sector == "IGO"
    assert at(art, text, "WWII") is None


def test_a_school_as_a_nouns_way_or_fee_or_open_building_is_a_place(run):
    text = ("Slide closes road\nClasses at West Fork Middle School were canceled. Principal Ann Lacy said West Fork "
            "Middle School will be open today. Tuition to Carver High School was more than expected.\n")
    art = run(text, published="2009-03-06")
    assert at(art, text, "West Fork Middle School", 1) is None
    assert at(art, text, "Carver High School") is None


def test_a_school_a_verb_gives_to_stays_an_actor(run):
    text = ("Gift\nThe district gave $5,000 to Carver High School on Monday. Principal Ann Lacy thanked it.\n")
    art = run(text, published="2009-03-06")
    a = at(art, text, "Carver High School")
    assert a is not None and a.sector == "EDU"


def test_sums_in_pounds_make_a_town_named_once_british(run):
    # the town is named once (too few place votes alone); the pound sign is Britain's (home_cues.tsv)
    text = ("Council to fight litter\nThe council will double its litter squads in Wokingham, council leader, Peter "
            "Marsh, said. \"We have invested an extra £180,000 to help us,\" he said. Residents can report litter.\n")
    art = run(text, published="2009-03-06")
    a = at(art, text, "Peter Marsh")
    assert a is not None and a.country == "GBR", a


def test_a_selectman_makes_a_town_story_american(run):
    text = ("Town buys plow\nThe selectmen voted to buy a plow at the request of First Selectman Jared Holm. Holm said "
            "the town would pay for it from its reserve fund.\n")
    art = run(text, published="2009-03-06")
    a = at(art, text, "Jared Holm")
    assert a is not None and a.country == "USA", a
