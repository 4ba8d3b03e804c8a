"""review50d: a second reading of ident50's identity rules (docs/actors.md `### ident50`). Invented sentences only."""
from __future__ import annotations

from tests.helpers import actor_at, check_identity


def test_the_one_who_killed_is_not_told_dead(run):
    # ident50's `_told_dead` took any subject of `kill` for the one who died: the killer, charged, went to his namesake
    text = ("DENVER (Wire) -- Prosecutors filed charges on Tuesday in the robbery of a jewelry shop.\n\n"
            "Nolan Pryce, 30, a suspect in the robbery, killed a guard on Friday, police said. Wade Pryce, 27, a clerk "
            "at the shop, was hurt in the struggle. Pryce was charged with murder and robbery.\n")
    art = run(text, published="2014-11-18")
    nolan, charged = actor_at(art, text, "Nolan Pryce"), actor_at(art, text, "Pryce was charged")
    assert nolan is not None and charged is not None and charged.id == nolan.id, (charged, nolan)


def test_one_who_killed_himself_is_told_dead(run):
    # guard: a reflexive object leaves the subject the one who died
    text = ("DENVER (Wire) -- Prosecutors filed charges on Tuesday in the robbery of a jewelry shop.\n\n"
            "Nolan Pryce, 30, a suspect in the robbery, killed himself in a cell on Friday. Wade Pryce, 27, a suspect "
            "as well, was found at a motel on Sunday. Pryce was charged with robbery.\n")
    art = run(text, published="2014-11-18")
    wade, charged = actor_at(art, text, "Wade Pryce"), actor_at(art, text, "Pryce was charged")
    assert wade is not None and charged is not None and charged.id == wade.id, (charged, wade)


def test_a_leader_abroad_told_by_what_he_did_there_keeps_the_lexicon_person(run):
    # ident50's foreign-stranger rule read any relative clause as a private description: a prime minister seen at a
    # show abroad (`who sat in the front row`) became someone else, or no actor at all
    text = ("PARIS (Wire) -- The fashion week opened on Monday with a show by a young designer.\n\nThe crowd included "
            "Trudeau, who wore a bright blue suit and sat in the front row. Models walked for an hour.\n")
    check_identity(run(text, published="2017-03-06"), text, "Trudeau", "Justin Trudeau")


def test_a_foreign_surname_told_by_his_trade_in_the_present_is_someone_else(run):
    # guard: a clause in the present tense tells who the man is (a trader), not the lexicon person
    text = ("PESHAWAR, Pakistan (Wire) -- The price of cooking oil has risen by a third since the spring.\n\n"
            "\"Nobody buys a full bottle now,\" said Abbas, who has sold oil and flour from a cart for ten years.\n")
    check_identity(run(text, published="2010-09-14"), text, "Abbas", None, ("Mahmoud Abbas",))


def test_a_titled_surname_with_a_definite_kin_apposition_keeps_the_lexicon_person(run):
    # ident50 widened the stranger's apposition to `the` (`Dr. Carson, the deputy coroner`); a kin noun after `the`
    # tells whose relative he is, not a post nobody famous holds
    text = ("WASHINGTON (Wire) -- A bill on farm aid stalled on Tuesday.\n\nMr. Obama, the son of a Kenyan economist, "
            "spoke to farmers in Iowa.\n")
    check_identity(run(text, published="2015-06-16"), text, "Obama", "Barack Obama")
