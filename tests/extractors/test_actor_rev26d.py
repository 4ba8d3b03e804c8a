"""Actors on invented stories, for misfires of act26b's and act26c's rules that the review rev26d (December 2026,
issue 11) found and fixed: a capital's name in a dateline whose region is another country's division (`LONDON, Ontario`),
a language's name after an honorific (`Ms. Hindi`), a slashed name that acts (`Sprint/Nextel said`), a trade word
after `for` in a movement's name, things (not people) said to be `from` a country."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_dateline_region_decides_over_a_capitals_name(run):
    text = ("LONDON, Ontario -- Harbour Rovers coach Tom Wedd said on Friday he expects to keep his job. Wedd "
            "said the board backed him.\n")
    art = run(text)
    assert at(art, text, "Tom Wedd").country == "CAN"
    text = "PARIS, Texas (AP) -- Tom Wedd, a farmer, said on Friday the storm took his barn.\n"
    art = run(text)
    assert at(art, text, "Tom Wedd").country == "USA"


def test_a_languages_name_after_an_honorific_is_a_surname(run):
    text = ("SPRINGFIELD, Ill. (AP) - Ms. Hindi, who runs a bakery, said on Friday that taxes were too high. The "
            "menu is printed in one language, say Urdu.\n")
    art = run(text)
    assert at(art, text, "Hindi") is not None
    assert at(art, text, "Urdu") is None


def test_a_slashed_name_that_is_a_verbs_subject_stays_an_actor(run):
    text = ("DENVER (AP) - Sprint/Nextel said on Monday that service was back. The district moved money from its "
            "Health/Life/Safety funds.\n")
    art = run(text)
    assert at(art, text, "Sprint/Nextel") is not None
    assert at(art, text, "Health/Life/Safety") is None


def test_a_trade_word_after_for_is_a_cause(run):
    text = ("TUNIS (Reuters) - The Movement for National Restoration said on Friday it would boycott the vote. "
            "The contract went to Harbor Restoration, the mayor said.\n")
    art = run(text)
    assert at(art, text, "Movement for National Restoration").sector != "BUS"
    assert at(art, text, "Harbor Restoration").sector == "BUS"


def test_things_from_a_country_keep_the_state(run):
    text = ("BEIRUT (Reuters) - Most of the rockets are from Iran, an official said on Monday. Half of the fighters "
            "are from Syria and the rest are from Iraq.\n")
    art = run(text)
    assert at(art, text, "Iran") is not None
    assert at(art, text, "Syria") is None and at(art, text, "Iraq") is None
