"""Criticism told as a claim of wrongdoing (issue 10, ev16r; extractors/events/evaluative.py, lexicon/evaluation.tsv):
a wrong said of someone by a speaker the reporting verb borrows or a claim noun names, a wrong done through a verb of
trying or a feeling, someone's act said to do a wrong, likening to something bad, and ties to a terror group; on
invented sentences, each aimed at one form, with the forms that must stay no event beside them."""
from __future__ import annotations

from tests.helpers import accusations, blames


def test_a_reporting_verb_with_a_borrowed_subject_says_the_wrong(run):
    art = run("\n\nGovernor Pell spoke in Dayton on Monday and says Senator Oakes is flouting the rules of the "
              "chamber.\n")
    assert blames(accusations(art), "Pell", "Oakes"), accusations(art)


def test_a_claim_nouns_maker_says_the_wrong(run):
    art = run("\n\nThe Dayton Ledger published a report that Mayor Ruiz fabricated the budget figures.\n")
    assert blames(accusations(art), "Ledger", "Ruiz"), accusations(art)


def test_a_wrong_tried_or_craved_is_the_subjects(run):
    art = run("\n\nSenator Oakes says Governor Pell is trying to distract voters from the budget.\n")
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)
    art = run("\n\nSenator Oakes says Governor Pell is \u201cobsessed\u201d with undermining the state "
              "constitution.\n")
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)


def test_a_wrong_under_a_passive_event_verb_is_no_ones_charge(run):
    art = run("\n\nPolice said the man was charged with stealing a car from a lot in Dayton.\n")
    assert not accusations(art), accusations(art)


def test_someones_act_said_to_do_a_wrong_accuses_him(run):
    art = run("\n\nSenator Oakes told reporters that the governor\u2019s new executive actions undermine the rights "
              "of farmers.\n")
    assert blames(accusations(art), "Oakes", "governor"), accusations(art)


def test_likening_someone_to_something_bad_accuses_him(run):
    art = run("\n\nSenator Oakes likened Governor Pell to a dictator during the debate.\n")
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)
    art = run("\n\nUnion leaders point to Pell\u2019s remarks on migrants as reminiscent of the anti-immigrant "
              "sentiment of the 1920s.\n")
    assert blames(accusations(art), "leaders", "Pell"), accusations(art)


def test_likening_to_nothing_bad_accuses_no_one(run):
    art = run("\n\nMayor Ruiz compared the new stadium to the old one.\n")
    assert not accusations(art), accusations(art)
    art = run("\n\nSenator Oakes compared Mayor Ruiz\u2019s plan to the anti-poverty programs of the 1960s.\n")
    assert not accusations(art), accusations(art)


def test_a_tie_to_a_terror_group_is_a_verdict_of_blame(run):
    art = run("\n\n\u201cHe is the founder of ISIS,\u201d Senator Oakes said of Governor Pell.\n")
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)
    art = run("\n\nSenator Oakes referred to Governor Pell as \u201cthe most valuable player\u201d for the Islamic "
              "State.\n")
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)
    art = run("\n\n\u201cHe is becoming ISIS's best recruiter,\u201d Senator Oakes said of Governor Pell.\n")
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)   # (a verdict after `become` too)
    art = run("\n\n\u201cShe is a founder of the company,\u201d Senator Oakes said of Mayor Ruiz.\n")
    assert not accusations(art), accusations(art)


def test_a_worrying_deed_blames_its_owner(run):
    art = run("\n\nSenator Oakes said the governor\u2019s handling of the floods was troubling.\n")
    assert blames(accusations(art), "Oakes", "governor"), accusations(art)


def test_the_new_classes_are_documented(run):
    from dateline.extractors.events.evaluative import words
    w = words()
    for cls in ("liken", "villain", "hated", "ally", "enemy"):
        assert w[cls], cls
    assert "islamic state" in w["enemy"] and "flout" in w["misdeed"] and "distract" in w["misdeed"]
