"""review52e: a second reading of ident52's rules (docs/actors.md `### review52e`). Each test is an over-reach found
with invented text of another kind, and a near-miss that ident52's rule must still take. Invented sentences only (real
office holders where an office matters, invented private people and towns)."""
from __future__ import annotations

from tests.helpers import actor_at, actor_named, linked_actor


def _texts(actor) -> list:
    return [m.text for m in actor.mentions] if actor is not None else []


# -- a bare `Lew` is a given name as often as Jack Lew's surname (people.tsv: his full forms only)

def test_a_given_name_lew_is_not_the_treasury_secretary(run):
    text = ("BOISE, Idaho (Wire) -- Athletic director Lew Farnam said the team would play on Saturday.\n\n"
            "Lew, who coached for a decade, said the game was sold out.\n")
    art = run(text, published="2015-04-10")
    assert actor_named(art, "Jack Lew") is None, [a.name for a in art.actors]


def test_jacob_j_lew_and_his_bare_surname_stay_jack_lew(run):
    # near-miss: the full form names him, and the bare surname after it is still his
    text = ("BEIJING (Wire) -- Treasury Secretary Jacob J. Lew met Chinese officials on Monday.\n\n"
            "Lew said the talks were useful.\n")
    art = run(text, published="2016-04-10")
    lew = actor_at(art, text, "Jacob J. Lew")
    assert lew is not None and lew.name == "Jack Lew" and lew.country == "USA", lew
    bare = linked_actor(art, text, "Lew", nth=1)
    assert bare is not None and bare.id == lew.id


# -- `could`/`would` + a denied verb is what someone of a kind would do, no one who acted (`_said_with_past_modal`)

def test_a_denied_verb_after_would_or_could_names_nobody(run):
    text = ("HARLOW, Kan. (Wire) -- Voters rejected the levy on Tuesday. A careful mayor would not raise taxes in a "
            "lean year, Councilman Ray Tolland said.\n\nUnder the party's rules, a candidate could not win without a "
            "majority of delegates.\n")
    art = run(text, published="2015-06-01")
    assert actor_at(art, text, "A careful mayor") is None
    assert actor_at(art, text, "a candidate") is None


def test_a_denied_verb_after_did_and_a_spoken_verb_after_would_still_act(run):
    # near-miss: one act of then (`did not return calls`, `would not comment`) is someone unnamed who acted
    text = ("HARLOW, Kan. (Wire) -- The county closed the bridge on Tuesday. A spokeswoman for the county did not "
            "return calls.\n\nA lawyer for the builder would not comment.\n")
    art = run(text, published="2015-06-01")
    assert actor_at(art, text, "A spokeswoman") is not None
    assert actor_at(art, text, "A lawyer") is not None


# -- a seeker of a post before `for` and a title: the title is the post sought (`_after_employer_preposition`)

def test_a_candidate_for_a_titled_post_is_the_name_itself(run):
    text = ("SPRINGVALE, Ohio (Wire) -- The nominee for Attorney General Orin Pettibone told senators he would "
            "enforce the law.\n\nPettibone answered questions for six hours.\n")
    art = run(text, published="2017-01-10")
    orin = actor_named(art, "Orin Pettibone")
    assert orin is not None
    assert any(t.startswith("nominee for") for t in _texts(orin)), _texts(orin)


def test_a_fundraiser_for_a_titled_name_is_still_someone_else(run):
    # near-miss: a role that works for the named person (no seeker of a post) is still another person's
    text = ("DENVER (Wire) -- A fundraiser for Senator Ann Marlow said donors were nervous on Tuesday.\n\n"
            "Marlow did not comment.\n")
    art = run(text, published="2016-03-02")
    marlow = actor_named(art, "Ann Marlow")
    assert marlow is not None and not any("fundraiser" in t for t in _texts(marlow)), _texts(marlow)
