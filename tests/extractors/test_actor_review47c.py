"""review47c: a title of a sector (`Gen.`, `Sheriff`, `Judge`) before a bare surname shared by two people picks the one
the article called so, whatever sector his post gave him (a police chief who is a general), and neither when both were
called so (a wrong person is worse than none). Invented sentences only."""
from __future__ import annotations

from tests.helpers import actor_at

PUB = "2018-05-02"


def test_a_general_s_title_names_neither_of_two_namesakes_both_called_general(run):
    text = ("SALTILLO, Mexico (Wire) -- Gen. Luis Sandoval and the state police chief, Gen. Omar Sandoval, inspected "
            "a border post on Monday.\n\nGen. Sandoval said more troops would come in May.\n")
    art = run(text, published=PUB)
    actor = actor_at(art, text, "Gen. Sandoval")
    assert actor is None or actor.name not in ("Luis Sandoval", "Omar Sandoval"), actor


def test_a_general_s_title_names_the_police_chief_called_general_not_the_civilian(run):
    text = ("SALTILLO, Mexico (Wire) -- Defence chief Luis Sandoval and police Gen. Omar Sandoval inspected a border "
            "post on Monday.\n\nGen. Sandoval said his officers would patrol the road.\n")
    art = run(text, published=PUB)
    actor = actor_at(art, text, "Gen. Sandoval")
    assert actor is not None and actor.name == "Omar Sandoval", actor


def test_a_general_s_title_names_the_one_general_of_two_namesakes(run):
    text = ("SALTILLO, Mexico (Wire) -- Gen. Luis Sandoval and police chief Omar Sandoval inspected a border post on "
            "Monday.\n\nGen. Sandoval said more troops would come in May.\n")
    art = run(text, published=PUB)
    actor = actor_at(art, text, "Gen. Sandoval")
    assert actor is not None and actor.name == "Luis Sandoval", actor
