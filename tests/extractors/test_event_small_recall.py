"""Trigger gaps of the smaller types (issue 10, branch ev18r): shootouts, firing begun or with a gun, coordinating
with someone, putting someone on notice, throwing someone out; on invented sentences."""
from __future__ import annotations

from tests.helpers import asserted, types


def test_began_firing_with_no_object_is_an_attack(run):
    art = run("\n\nTwo men got out of the van and began firing, the sheriff said.\n")
    assert any(e.type == "ASSAULT" and e.trigger.text == "firing" for e in asserted(art)), types(art)


def test_firing_people_begun_is_no_attack(run):
    art = run("\n\nThe station began firing reporters last year. The anchor was fired by the station in May.\n")
    assert not any(e.type == "ASSAULT" for e in asserted(art)), types(art)


def test_a_gun_fired_is_a_shooting(run):
    art = run("\n\nA third man was seen firing a gun from a window of the house, deputies said.\n")
    assert any(e.type == "ASSAULT" for e in asserted(art)), types(art)


def test_shootouts_and_firefights_are_attacks(run):
    art = run("\n\nBoth gangs reported heavy shootouts with the police overnight. A firefight with the rebels lasted two hours.\n")
    found = {e.trigger.text for e in asserted(art) if e.type == "ASSAULT"}
    assert {"shootouts", "firefight"} <= found, types(art)


def test_coordinating_with_someone_is_cooperation(run):
    art = run("\n\nA local reporter coordinated with the mayor's staff to push favorable stories.\n")
    coop = [e for e in asserted(art) if e.type == "COOPERATE"]
    assert coop and any("staff" in p.text for e in coop for p in e.target), types(art)


def test_putting_someone_on_notice_is_a_threat(run):
    art = run("\n\nBut the governor has put the other companies on notice.\n")
    assert any(e.type == "THREATEN" for e in asserted(art)), types(art)


def test_throwing_someone_out_is_coercion_but_not_a_case_or_a_pitch(run):
    art = run("\n\nThe candidate threw the reporter out of a news conference.\n")
    assert any(e.type == "COERCE" for e in asserted(art)), types(art)
    art = run("\n\nThe judge threw out the case on Monday. A Smith-backed lawsuit was thrown out this month. "
              "The coach threw out the first pitch.\n")
    assert not any(e.type == "COERCE" for e in asserted(art)), types(art)
