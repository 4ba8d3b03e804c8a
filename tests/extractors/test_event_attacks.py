"""Attacks that are not speech (issue 10, crit5): criticism named by a verb with its object or particle (`crossed
swords with`, `called into question`), by ire or boos someone draws, by a piece of writing that attacks, and blame
said of `it` or `that` with no one named; on invented sentences, with the forms that must stay no event beside them."""
from __future__ import annotations

from tests.helpers import accusations, blames


def test_crossing_swords_accuses_whom_the_noun_is_with(run):
    acc = accusations(run("\n\nSenator Halvorsen crossed swords with Governor Pell over the budget.\n"))
    assert blames(acc, "Halvorsen", "Pell"), acc
    assert not any("swords" in t for _, t, _ in acc), acc     # the target is the governor, not the phrase


def test_open_conflict_with_someone_needs_the_with(run):
    acc = accusations(run("\n\nRepublican leaders in the Senate have been in open conflict with Governor Pell over "
                          "the budget.\n"))
    assert blames(acc, "Republican leaders", "Pell"), acc
    quiet = accusations(run("\n\nThe witness said no one at the party seemed to be in a conflict.\n"))
    assert not quiet, quiet


def test_calling_into_question_is_criticism_not_a_naming_call(run):
    acc = accusations(run("\n\nSenator Halvorsen called into question the governor's record on schools.\n"))
    assert blames(acc, "Halvorsen", "governor"), acc


def test_pinocchios_given_accuse_not_aid(run):
    art = run("\n\nThe Tribune's fact checker gave Governor Pell three Pinocchios for the claim.\n")
    assert blames(accusations(art), "fact checker", "Pell"), accusations(art)
    assert not any(e.type == "AID" for e in art.events), [(e.type, e.trigger.text) for e in art.events]


def test_ire_drawn_is_the_criticism_of_whom_it_comes_from(run):
    acc = accusations(run("\n\nThe governor's plan drew the ire of the teachers union.\n"))
    assert blames(acc, "teachers union", "governor"), acc
    acc = accusations(run("\n\nGovernor Pell hesitated on the question, drawing boos from the delegates.\n"))
    assert blames(acc, "delegates", "Pell"), acc


def test_crying_foul_accuses_with_no_target(run):
    acc = accusations(run("\n\nDemocrats in the legislature are still crying foul.\n"))
    assert blames(acc, "Democrats", ""), acc


def test_sparring_needs_someone_sparred_with(run):
    acc = accusations(run("\n\nSenator Halvorsen sparred with Governor Pell over taxes.\n"))
    assert blames(acc, "Halvorsen", "Pell"), acc
    quiet = accusations(run("\n\nThe delegates had sparred over many issues, such as taxes.\n"))
    assert not quiet, quiet


def test_a_piece_of_writing_that_attacks_is_the_source(run):
    acc = accusations(run("\n\nThe editorial goes on to slam Governor Pell for the school closures.\n"))
    assert blames(acc, "editorial", "Pell"), acc
    quiet = accusations(run("\n\nA hopeful message works better for her than attacking Governor Pell.\n"))
    assert not blames(quiet, "message", "Pell"), quiet


def test_words_leveled_or_hurled_at_someone_aim_at_them(run):
    acc = accusations(run("\n\nSenator Halvorsen leveled harsh criticism at Governor Pell.\n"))
    assert blames(acc, "Halvorsen", "Pell"), acc
    acc = accusations(run("\n\nSenator Halvorsen hurled insults at Governor Pell.\n"))
    assert blames(acc, "Halvorsen", "Pell"), acc


def test_blame_after_of_said_of_it_in_a_quote(run):
    acc = accusations(run("\n\n\u201cIt was an act of madness,\u201d Bishop Carey said.\n"))
    assert blames(acc, "Carey", ""), acc
    acc = accusations(run("\n\n\u201cThat is a travesty,\u201d Senator Halvorsen said.\n"))
    assert blames(acc, "Halvorsen", ""), acc


def test_more_verbs_of_attack_ev17s(run):
    acc = accusations(run("\n\nGovernor Pell railed at the senator\u2019s refusal to meet the farmers.\n"))
    assert blames(acc, "Pell", "senator"), acc
    acc = accusations(run("\n\nMayor Ruiz panned the governor\u2019s budget in an op-ed.\n"))
    assert blames(acc, "Ruiz", "governor"), acc
    acc = accusations(run("\n\nCritics sniped at the mayor over the stadium.\n"))
    assert blames(acc, "Critics", "mayor"), acc
    acc = accusations(run("\n\nSenator Oakes needled Governor Pell about his travel.\n"))
    assert blames(acc, "Oakes", "Pell"), acc
    quiet = accusations(run("\n\nThe camera panned across the crowd in Dayton.\n"))
    assert not quiet, quiet
