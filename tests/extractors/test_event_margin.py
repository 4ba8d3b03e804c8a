"""Precision checks of the seventeenth session (extractors/events/checks.py, ev17p), on invented sentences: each
class of false event is gone, and the like sentence that tells a real event keeps it."""
from __future__ import annotations


def asserted(article):
    return [e for e in article.events if not e.negated and not e.hypothetical]


def types(article):
    return {(e.type, e.trigger.text) for e in asserted(article)}


def test_backing_pledged_is_one_support_event_and_no_accord(run):
    art = run("\n\nThe governor pledged her support to the Smith campaign at a rally on Friday.\n")
    kinds = [e.type for e in asserted(art)]
    assert "SUPPORT" in kinds and "AGREE" not in kinds, types(art)
    art = run("\n\nThe governor pledged to work with the union.\n")
    assert any(e.type == "AGREE" for e in asserted(art)), types(art)


def test_a_thing_described_by_who_sought_it_asks_no_one(run):
    art = run("\n\nThe council finally got the tax cut that the mayor had been seeking for years.\n")
    assert not any(e.type == "REQUEST" for e in asserted(art)), types(art)
    art = run("\n\nThe mayor sought a meeting with the governor.\n")
    assert any(e.type == "REQUEST" for e in asserted(art)), types(art)


def test_support_with_no_backer_is_no_event(run):
    art = run("\n\nSupport for the governor would have been higher had the union waited.\n")
    assert not any(e.type == "SUPPORT" for e in asserted(art)), types(art)
    art = run("\n\nThe union's support for the governor surprised many.\n")
    assert any(e.type == "SUPPORT" for e in asserted(art)), types(art)


def test_arms_of_a_body_are_no_aid(run):
    art = run("\n\nAfter the debate, Megyn flung her arms around the governor and hugged her.\n")
    assert not any(e.type == "AID" for e in asserted(art)), types(art)
    art = run("\n\nRussia sent arms to the rebels in March.\n")
    assert any(e.type == "AID" for e in asserted(art)), types(art)


def test_evacuating_a_place_withdraws_and_evacuating_people_aids(run):
    art = run("\n\nThe diplomats evacuated the embassy before dawn on Tuesday.\n")
    kinds = [e.type for e in asserted(art)]
    assert "RETREAT" in kinds and "AID" not in kinds, types(art)
    art = run("\n\nTroops evacuated 300 civilians from the town on Monday.\n")
    assert any(e.type == "AID" for e in asserted(art)), types(art)


def test_help_denied_of_a_thing_refuses_nothing(run):
    art = run("\n\nThe senator says the administration's new rules won't help curb the violence.\n")
    assert not any(e.type == "REJECT" for e in asserted(art)), types(art)
    art = run("\n\nThe senator refused to help the refugees.\n")
    assert any(e.type == "REJECT" for e in asserted(art)), types(art)


def test_must_be_doing_is_a_guess_not_a_demand(run):
    art = run('\n\n"The minister must be dreaming if he thinks the unions will accept this," the union leader said.\n')
    assert not any(e.type == "REQUEST" for e in asserted(art)), types(art)
    art = run("\n\nThe minister said Russia should stop arming the rebels.\n")
    assert any(e.type == "REQUEST" for e in asserted(art)), types(art)


def test_seizing_on_a_story_is_no_force_whatever_object_the_parse_finds(run):
    art = run("\n\nThe network has seized on new details about the senator's donors, some of them foreign nationals.\n")
    assert not any(e.type in ("ASSAULT", "COERCE") for e in asserted(art)), types(art)
    art = run("\n\nCritics quickly seized upon the remarks, many of them longtime rivals of the governor.\n")
    assert not any(e.type in ("ASSAULT", "COERCE") for e in asserted(art)), types(art)
