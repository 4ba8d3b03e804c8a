"""act36b: wrong identities of actors - a relative owned by `whose` joined to the owner (docs/actors.md `### act36b`).
Invented sentences only."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_kin_noun_owned_by_whose_is_not_the_owner(run):
    text = ("HILLSBORO -- Mourners gathered for Karen Welby, whose husband, Army Sgt. Tom Welby, died in Iraq in 2008. "
            "Welby told reporters she was grateful.\n")
    art = run(text, published="2015-06-20")
    actor = actor_at(art, text, "husband")
    assert actor is None or actor.name != "Karen Welby", actor


def test_a_clause_about_a_relative_gives_the_person_no_post(run):
    text = ("KIEV (Wire) -- The exhibition was paid for by Dmitro Halenko, whose father-in-law was a former president "
            "of Ukraine. Halenko said the paintings would stay in Kiev.\n")
    art = run(text, published="2014-03-02")
    actor = actor_at(art, text, "Dmitro Halenko")
    assert actor is not None and actor.role is None, actor
    owner = actor_at(art, text, "a former president")
    assert owner is None or owner.name != "Dmitro Halenko", owner
