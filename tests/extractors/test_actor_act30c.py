"""Actors on invented local stories, for the sector of bare `authorities` and `officials` in a police story
(act30c, issue 11)."""
from __future__ import annotations

from tests.helpers import sector_at


def test_bare_authorities_in_a_police_story_are_the_police(run):
    text = ("PELLSTON, Mich. (Wire) -- Pellston police found a man dead in his home on Tuesday. Authorities said they "
            "were called to the house after a neighbor reported a smell. Officer Dan Ruiz said the case is open.\n")
    art = run(text, published="2009-03-02")
    assert sector_at(art, text, "Authorities") == "COP"


def test_officials_of_a_town_or_a_story_with_no_police_keep_their_sector(run):
    text = ("PELLSTON, Mich. (Wire) -- The town council met on Tuesday. Authorities said the road would reopen next "
            "week. City officials said the repairs cost $2 million.\n")
    art = run(text, published="2009-03-02")
    assert sector_at(art, text, "Authorities") == "GOV"
    assert sector_at(art, text, "City officials") == "GOV"


def test_authorities_beside_another_public_office_keep_their_sector(run):
    text = ("PELLSTON, Mich. (Wire) -- A man was found dead in a motel, and authorities say an overdose could be to "
            "blame, said Mayor Ann Cole. Police Sgt. Dan Ruiz said a friend found the body.\n")
    art = run(text, published="2009-03-02")
    assert sector_at(art, text, "authorities") == "GOV"
