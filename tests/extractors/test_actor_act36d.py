"""act36d: wrong identities of actors - a place named after a person, a description whose copula names someone
(docs/actors.md `### act36d`). Invented sentences only."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_city_named_like_a_candidate_is_no_mention_of_him(run):
    text = ("RENO, Nev. (Wire) -- Ben Carson spoke to supporters in Carson City on Tuesday. The rally in Carson City "
            "drew 300 people. Carson said he would stay in the race.\n")
    art = run(text, published="2016-02-10")
    assert actor_at(art, text, "Carson City") is None
    assert actor_at(art, text, "Carson City", nth=1) is None
    said = actor_at(art, text, "Carson said")              # the bare surname still joins him
    assert said is not None and said.name == "Ben Carson", said


def test_a_description_whose_copula_names_someone_else_is_not_the_speaker(run):
    text = ("NEW YORK (Wire) -- Hillary Clinton campaigned in Ohio on Tuesday. \"If the candidate is Donald Trump, we "
            "will win,\" she said.\n")
    art = run(text, published="2016-04-12")
    actor = actor_at(art, text, "the candidate")
    assert actor is None or actor.name != "Hillary Clinton", actor


def test_a_description_named_by_its_copula_in_a_future_is_that_person(run):
    text = ("DES MOINES (Wire) -- Marco Rubio spoke in Ames on Friday. \"The nominee will be Ted Cruz,\" Rubio "
            "said.\n")
    art = run(text, published="2016-02-05")
    actor = actor_at(art, text, "The nominee")
    assert actor is not None and actor.name == "Ted Cruz", actor


def test_a_description_with_a_common_noun_after_its_copula_is_unchanged(run):
    text = ("MILTON -- Peter Raskell is the mayor of Milton. The mayor said on Monday that the street would be "
            "repaved in May.\n")
    art = run(text, published="2016-01-05")
    actor = actor_at(art, text, "The mayor")
    assert actor is not None and actor.name == "Peter Raskell", actor


def test_a_description_named_by_its_copula_is_that_person(run):
    text = ("SALEM, Ind. (Wire) -- A boy was shot and killed outside a school on Monday. The district confirmed "
            "Tuesday the victim was Kellan Dorsey, 14, a student at Salem Middle School. Dorsey died at the scene.\n")
    art = run(text, published="2017-03-07")
    actor = actor_at(art, text, "the victim")
    assert actor is not None and actor.name == "Kellan Dorsey", actor


def test_a_hypothetical_description_named_by_its_copula_leads_the_pronoun_after(run):
    text = ("Do you know where your senator's votes are?\n\nIf the senator is Tom Ralston, the answer is no. He "
            "refuses to publish them.\n")
    art = run(text, published="2016-09-08")
    cand = actor_at(art, text, "the senator")
    assert cand is not None and cand.name == "Tom Ralston", cand
    he = actor_at(art, text, "He")
    assert he is not None and he.name == "Tom Ralston", he
