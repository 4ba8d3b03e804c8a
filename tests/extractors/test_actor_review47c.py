"""review47c: a title of a sector (`Gen.`, `Sheriff`, `Judge`) before a bare surname shared by two people picks the one
the article called so, whatever sector his post gave him (a police chief who is a general), and neither when both were
called so (a wrong person is worse than none); a campaign named by an organisation is no candidate's. (A relative
who spoke just before: test_actor_act47b.py's table.) Invented sentences only."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at

# (the story's first sentence, the one `Gen. Sandoval` names, or None: neither Sandoval)
GENERAL_CASES = [
    pytest.param("Gen. Luis Sandoval and the state police chief, Gen. Omar Sandoval, inspected a border post on "
                 "Monday.", None, id="both_called_general_neither"),       # (fails on int47: Luis, by his post)
    pytest.param("Defence chief Luis Sandoval and police Gen. Omar Sandoval inspected a border post on Monday.",
                 "Omar Sandoval", id="the_police_chief_called_general"),
    pytest.param("Gen. Luis Sandoval and police chief Omar Sandoval inspected a border post on Monday.",
                 "Luis Sandoval", id="the_one_general_of_two_namesakes"),
]


@pytest.mark.parametrize("first, name", GENERAL_CASES)
def test_a_general_s_title_names_the_namesake_called_general(run, first, name):
    text = f"SALTILLO, Mexico (Wire) -- {first}\n\nGen. Sandoval said his men would patrol the road in May.\n"
    art = run(text, published="2018-05-02")
    actor = actor_at(art, text, "Gen. Sandoval")
    if name is None:
        assert actor is None or actor.name not in ("Luis Sandoval", "Omar Sandoval"), actor
    else:
        assert actor is not None and actor.name == name, actor


def test_a_campaign_named_by_an_organisation_with_a_given_name_is_no_candidate_s(run):
    """`The Grace Church campaign`: the tagger's organisation, though `Grace` is a given name, names a drive, not a
    candidate's campaign (act47b's `_campaign_of_name` made it a party actor)."""
    text = ("AMES, Iowa (Wire) -- The Grace Church campaign raised $40,000 for a new roof, the pastor said on "
            "Sunday.\n")
    art = run(text, published="2016-01-12")
    assert not [a for a in art.actors if a.role == "campaign" or a.sector == "PTY"], art.actors
