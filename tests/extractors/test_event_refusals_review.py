"""Review of the REJECT/CONCEDE rules of branch ev24j (issue 10, rev24b), on invented sentences: each rule's misfire
found on a like sentence of its class, with the near miss the rule was written for kept alongside."""
from __future__ import annotations

from tests.helpers import found, shown


def test_a_subject_taken_from_an_object_leaves_the_objects_nouns_behind(run):
    art = run("\n\nRussia attacked the city of Aleppo and Turkey condemned the strike on Monday.\n")
    got = [e for e in found(art, "ACCUSE") if e.trigger.text == "condemned"]
    assert got and [p.text for p in got[0].source] == ["Turkey"], shown(art)


def test_conjuncts_of_an_ordinary_participant_are_still_added(run):
    art = run("\n\nThe party withheld support from McCain and Ayotte on Monday.\n")
    got = found(art, "REJECT")
    assert got and [p.text for p in got[0].target] == ["McCain", "Ayotte"], shown(art)


def test_a_decision_named_after_a_body_of_office_holders_is_still_dismissed(run):
    art = run("\n\nThe president dismissed the cabinet decision on Monday.\n")
    assert [e.trigger.text for e in found(art, "REJECT")] == ["dismissed"], shown(art)


def test_a_minister_named_with_his_title_is_removed_not_rejected(run):
    art = run("\n\nThe president dismissed Interior Minister John Smith on Monday.\n")
    assert not found(art, "REJECT"), shown(art)


def test_care_withheld_from_others_is_a_refusal(run):
    art = run("\n\nThe government refused medical care to the prisoners on Monday.\n")
    assert [e.trigger.text for e in found(art, "REJECT")] == ["refused"], shown(art)


def test_care_turned_down_for_ones_injuries_or_on_the_way_to_hospital_refuses_no_one(run):
    art = run("\n\nThe driver refused treatment for his injuries. His wife refused transport to the hospital.\n")
    assert not found(art, "REJECT"), shown(art)


def test_a_claim_granted_right_is_conceded(run):
    art = run("\n\nThe minister admitted the claim was right.\n")
    assert [e.trigger.text for e in found(art, "CONCEDE")] == ["admitted"], shown(art)


def test_claws_retracted_concede_nothing(run):
    art = run("\n\nThe senator retracted his claws and smiled.\n")
    assert not found(art, "CONCEDE"), shown(art)


def test_a_statement_retracted_or_testimony_recanted_is_conceded(run):
    art = run("\n\nSenator Mary Holt retracted her statement on Friday. The witness recanted her testimony on "
              "Monday.\n")
    assert {e.trigger.text for e in found(art, "CONCEDE")} == {"retracted", "recanted"}, shown(art)


def test_backing_out_of_a_deal_about_a_parking_lot_is_still_a_refusal(run):
    art = run("\n\nThe company backed out of a deal on the parking lot.\n")
    assert [e.trigger.text for e in found(art, "REJECT")] == ["backed"], shown(art)
