"""ident35b: merges of two people found by auditing output on texts in no gold set (docs/actors.md `### ident35b`):
a copula's attribute joined to another person, a titled surname joined to a namesake who never held the title, a
description of whoever `they` choose. Invented sentences only."""
from __future__ import annotations

from tests.helpers import actor_at


def _names(art, text, needle):
    start = text.index(needle)
    return [a.name for a in art.actors for m in a.mentions if m.start == start]


def test_a_copula_attribute_of_i_is_not_the_other_candidate(run):
    text = ("COLUMBUS, Ohio (Wire) -- Hillary Clinton spoke in Ohio on Friday. Donald Trump attacked her on Thursday. "
            "\"I think the reason I'm going to be the nominee is that I have withstood all this,\" Clinton said.\n")
    art = run(text, published="2016-02-26")
    assert "Donald Trump" not in _names(art, text, "the nominee"), _names(art, text, "the nominee")


def test_a_copula_attribute_of_a_named_subject_is_not_another_person(run):
    text = ("DES MOINES, Iowa (Wire) -- Bernie Sanders won praise on Thursday. Hillary Clinton said Democrats will be "
            "united, whether or not Senator Sanders is the nominee.\n")
    art = run(text, published="2016-01-28")
    assert "Hillary Clinton" not in _names(art, text, "the nominee"), _names(art, text, "the nominee")


def test_a_title_names_the_namesake_who_held_it(run):
    text = ("CONCORD, N.H. (Wire) -- Bill Clinton spoke in New Hampshire on Monday. \"Bill Clinton reinforces all "
            "the doubts voters have about Secretary Clinton,\" a spokesman said.\n")
    art = run(text, published="2016-01-05")
    actor = actor_at(art, text, "Secretary Clinton")
    assert actor is not None and actor.name == "Hillary Clinton", actor
    assert actor_at(art, text, "Bill Clinton").name == "Bill Clinton"


def test_a_titled_surname_goes_to_the_relative_the_text_gives_the_post(run):
    text = ("GREENVILLE -- On most days the lunch comes from Martha Kellerby, a longtime volunteer with the food bank. "
            "On Tuesday she brought her husband, Tom Kellerby, the town's mayor. Mayor Kellerby thanked the "
            "volunteers.\n")
    art = run(text, published="2012-05-01")
    start = text.index("Kellerby thanked")
    names = [a.name for a in art.actors for m in a.mentions if m.start <= start < m.end]
    assert "Martha Kellerby" not in names, names


def test_the_candidate_of_their_choice_is_nobody_named(run):
    text = ("DES MOINES, Iowa (Wire) -- Hillary Clinton spoke in Iowa on Monday. Superdelegates can vote for the "
            "candidate of their choice at the convention.\n")
    art = run(text, published="2016-01-28")
    assert "Hillary Clinton" not in _names(art, text, "the candidate"), _names(art, text, "the candidate")


def test_a_copula_attribute_of_a_common_noun_still_resolves(run):
    """Guard: the rule reads only a pronoun or a name as the subject (`The winner is the senator` is untouched)."""
    from dateline.extractors.actors.descriptions import _person_subject
    from dateline import nlp

    doc = nlp.load()("He is the nominee. The winner is the senator.")
    attrs = [t for t in doc if t.dep_ == "attr"]
    assert [_person_subject(t.head) for t in attrs] == [True, False]
