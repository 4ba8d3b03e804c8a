"""act33d: the edges session 33's reviews left (docs/actors.md `### act33d`). On a sports page a one-word name that
is also a town's is that town's club (act32b `codes._clubs`, act33 `people._club_town`), but not where the name acts
as a person (the subject of a verb of speech or of a person's deed: actor_words.tsv `person_deed`) or has a person's
title, honorific or given name before it somewhere in the article (common `acts_as_person`). A title after a name with
no determiner already gives the title's sector (guards)."""
from __future__ import annotations

from tests.helpers import actor_at

_OPEN = ("The Tigers beat the Royals 5-3 on Saturday night and the shortstop hit two home runs in the third "
         "inning. ")
_CLOSE = " The pitcher struck out nine batters in seven innings.\n"


def test_a_towns_name_that_acts_as_a_person_is_no_club(run):
    for body, name in (("Clinton threw out the first pitch before the game.", "Clinton"),
                       ("Clinton said the crowd was the loudest of the season.", "Clinton"),
                       ("Mr. Paterson watched from the owner's box, and Paterson waved to the crowd.", "Paterson")):
        text = _OPEN + body + _CLOSE
        actor = actor_at(run(text), text, name, nth=text.count(name) - 1)
        assert actor is None or actor.sector != "BUS", (body, actor)


def test_a_towns_club_that_plays_stays_a_club(run):
    text = ("Rovers beat Town 2-0 on Saturday and the striker scored twice in the first half. Clinton beat Paterson "
            "2-1 in the other game. The goalkeeper made five saves after the break.\n")
    club = actor_at(run(text), text, "Clinton")
    assert club is not None and club.sector == "BUS", club


def test_a_title_after_a_name_with_no_determiner_gives_its_sector(run):
    for body, sector in (("Tom Fay, county spokesman, said the bridge was closed.", "GOV"),
                         ("Tom Fay, district superintendent, said the schools were closed.", "EDU"),
                         ("Tom Fay, state senator, said the bridge was closed.", "LEG")):
        text = "The county board met on Monday. " + body + "\n"
        fay = actor_at(run(text), text, "Tom Fay")
        assert fay is not None and fay.sector == sector, (body, fay)


def test_a_place_or_a_list_of_names_after_a_name_is_no_title(run):
    text = "The county board met on Monday. Tom Fay, Iowa, said the bridge was closed.\n"
    fay = actor_at(run(text), text, "Tom Fay")
    assert fay is None or fay.sector in (None, "CVL"), fay
    text = "The county board met on Monday. Tom Fay, Ann Lee, and Bob Ray said the bridge was closed.\n"
    for name in ("Tom Fay", "Ann Lee", "Bob Ray"):
        person = actor_at(run(text), text, name)
        assert person is not None and person.sector == "CVL", (name, person)
