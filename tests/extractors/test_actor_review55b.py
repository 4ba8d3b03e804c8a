"""review55b: narrowings of act55c's chamber-and-party titles and act55d's bail defendants (docs/actors.md
`### review55b`). Invented stories, invented towns (Quillbrook, Marrowfield) and invented people."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at


@pytest.mark.parametrize("text, name", [
    ("House Republican candidate Dan Pell lost the primary in Quillbrook to a newcomer on Tuesday.\n", "Dan Pell"),
    ("Senate Democrat hopeful Mia Kord opened her campaign office in Marrowfield on Monday.\n", "Mia Kord"),
])
def test_a_chamber_and_a_party_before_another_title_is_no_member(run, text, name):
    person = actor_at(run(text), text, name)
    assert person is not None and person.sector != "LEG", person


def test_a_chamber_and_a_party_right_before_the_name_stays_a_member(run):
    text = "House Republican Dan Pell said on Tuesday that the bill would fail in Quillbrook.\n"
    person = actor_at(run(text), text, "Dan Pell")
    assert person is not None and person.sector == "LEG", person


@pytest.mark.parametrize("text, name", [
    ("Cora Vell made a lasting bond with the mare she saved from the flood in Quillbrook.\n", "Cora Vell"),
    ("Abe Lintner made a strong bond with his coach during the season in Marrowfield.\n", "Abe Lintner"),
])
def test_a_bond_of_feeling_is_no_bail(run, text, name):
    person = actor_at(run(text), text, name)
    assert person is None or person.sector != "CRM", person


@pytest.mark.parametrize("text, name", [
    ("Abe Lintner made bail on Monday and left the jail in Quillbrook.\n", "Abe Lintner"),
    ("Abe Lintner made a $2,500 bond on Monday in Marrowfield.\n", "Abe Lintner"),
])
def test_near_miss_making_bail_still_says_a_defendant(run, text, name):
    person = actor_at(run(text), text, name)
    assert person is not None and person.sector == "CRM", person


def test_a_name_of_no_sector_before_movement_stays_idle(run):
    text = "The Stop Hunger movement gave meals to 300 families in Quillbrook on Monday.\n"
    named = actor_at(run(text), text, "Stop Hunger")
    assert named is None or named.sector is not None, named


def test_near_miss_a_party_before_movement_stays(run):
    text = "The Tea Party movement backed Rita Moss in the Quillbrook primary on Tuesday.\n"
    party = actor_at(run(text), text, "Tea Party")
    assert party is not None and party.sector == "PTY", party


def test_a_chamber_before_and_is_no_title_of_the_next_name(run):
    text = "A like bill was filed in the Senate and President Ann Roe said on Monday she would sign it.\n"
    article = run(text)
    roe = actor_at(article, text, "Ann Roe")
    assert roe is not None and all(not text[m.start:m.end].startswith("Senate") for m in roe.mentions), roe


def test_near_miss_two_titles_joined_by_and_stay_one_title(run):
    text = "On Monday the journalist and author Hiro Aida said that his book on Quillbrook would be out in May.\n"
    aida = actor_at(run(text), text, "Hiro Aida")
    assert aida is not None and aida.sector == "MED" and any(
        "journalist and author" in text[m.start:m.end] for m in aida.mentions), aida


@pytest.mark.parametrize("text", [
    "The mayor thanked the church and Representative Abe Lintner for the money for the road in Quillbrook.\n",
    "The mayor worked with the school district and Representative Abe Lintner to get the money for the road.\n",
])
def test_a_body_named_before_and_is_not_the_representatives(run, text):
    rep = actor_at(run(text), text, "Abe Lintner")
    assert rep is not None and rep.sector == "LEG", rep


def test_near_miss_a_union_right_before_representative_is_his(run):
    text = "Union representative Abe Lintner said on Monday the strike at the Quillbrook plant would go on.\n"
    rep = actor_at(run(text), text, "Abe Lintner")
    assert rep is not None and rep.sector == "LAB", rep

