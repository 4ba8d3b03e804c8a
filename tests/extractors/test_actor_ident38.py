"""ident38: a person named once inside another actor's mention (docs/actors.md `### ident38`). Invented sentences
only."""
from __future__ import annotations


def _holders(art, text: str, word: str) -> set[str]:
    """Names of the actors with a mention over the first occurrence of `word`."""
    at = text.index(word)
    return {a.name for a in art.actors for m in a.mentions if m.start < at + len(word) and at < m.end}


def test_a_surname_inside_a_description_is_left_to_its_person(run):
    text = ("DENVER (Wire) -- \"We will not give up,\" said a senior Pemberton adviser after the vote in the county on "
            "Monday night.\n")
    art = run(text, published="2014-03-02")
    assert not any(n[:1].islower() for n in _holders(art, text, "Pemberton")), art.actors


def test_a_relatives_name_before_a_kin_noun_is_not_the_kins(run):
    text = ("Fenwick Dalby's son, Arlo, was one of the children hurt in the fire at the farm last spring, officials "
            "said.\n")
    art = run(text, published="2014-03-02")
    assert _holders(art, text, "Fenwick") == {"Fenwick Dalby"}, art.actors
