"""ident34b: descriptions resolved to the wrong person (docs/actors.md `### ident34b`): a description told of
another time or frame (another past holder named close before it, a work of fiction, a restrictive relative clause),
joined to someone of the other gender, a post rather than a person, an envoy read as the foreign minister. A wrong
identity is worse than none. Invented sentences only."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_past_holder_named_just_before_keeps_the_sitting_one_out(run):
    text = ("During the inquiry into President Clinton by the prosecutor, the lawyer refused several requests. The "
            "president was then called to appear before a grand jury.\n")
    art = run(text, published="2016-03-03")
    actor = actor_at(art, text, "The president")
    assert actor is None or actor.name != "Barack Obama", actor


def test_the_sitting_holder_is_still_found_with_no_past_holder_near(run):
    text = ("Barack Obama met farmers in Iowa on Monday. The president said the drought had hurt them.\n")
    art = run(text, published="2016-03-03")
    actor = actor_at(art, text, "The president")
    assert actor is not None and actor.name == "Barack Obama", actor


def test_a_pronoun_of_the_other_gender_keeps_a_candidate_out(run):
    text = ("Trump held a rally in Ohio on Friday. Clinton spoke in Iowa. The aides prepare for the protests, the "
            "candidate anticipates them and his crowds are told how to handle them.\n")
    art = run(text, published="2016-03-12")
    actor = actor_at(art, text, "the candidate")
    assert actor is None or actor.name != "Hillary Clinton", actor


def test_a_post_sought_is_no_person(run):
    text = "Rivera has been named a contender for the vice president's position on the ticket.\n"
    art = run(text, published="2016-07-22")
    actor = actor_at(art, text, "the vice president")
    assert actor is None or actor.name != "Joe Biden", actor


def test_a_diplomat_posted_abroad_is_no_foreign_minister(run):
    text = ("The boy's relatives may stay at the home of Cuba's chief diplomat in Washington, officials said "
            "on Thursday.\n")
    art = run(text, published="2000-03-30")
    actor = actor_at(art, text, "Cuba's chief diplomat")
    assert actor is None or actor.name != "Felipe Perez Roque", actor
    assert actor is None or actor.country == "CUB", actor


# ident34c: the blocks above are for lexicon holders the text does not support; a person the article names who holds
# the post on its date stays theirs.

def test_a_named_sitting_holder_survives_a_past_holder_named_near(run):
    text = ("John Kasich spoke in Columbia on Tuesday. Aides say Jeb Bush has no path forward. "
            "The Ohio governor has not given up on the state, but he is campaigning in Michigan.\n")
    art = run(text, published="2016-02-20")
    actor = actor_at(art, text, "The Ohio governor")
    assert actor is not None and actor.name == "John Kasich", actor


def test_a_pronoun_of_another_clause_tells_no_gender(run):
    text = ("Gov. Mike Pence may leave his race to join the ticket. \"If the governor withdraws, then she would "
            "enter the contest,\" an aide said.\n")
    art = run(text, published="2016-07-14")
    actor = actor_at(art, text, "the governor")
    assert actor is not None and actor.name == "Mike Pence", actor


def test_a_pronoun_after_someone_named_before_the_description_is_theirs(run):
    text = ("Elise Labott, a CNN reporter, wrote about the hearing on Monday. Later Reines asked the reporter to join him for a call "
            "so she could get instructions.\n")
    art = run(text, published="2015-11-25")
    actor = actor_at(art, text, "the reporter")
    assert actor is not None and actor.name == "Elise Labott", actor
