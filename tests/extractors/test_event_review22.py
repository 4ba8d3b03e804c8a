"""Review of issue 10's precision rules (rev22): the cases that look like what a rule drops but are real events.
Invented sentences."""
from __future__ import annotations

from tests.helpers import asserted, types


def test_a_march_with_no_owner_to_a_building_stays_a_protest(run):
    # a place the parser does not name as one (`palace`, `capital`) is still where a march goes: only someone's march
    # (`the governor's march to the nomination`) is a figure of progress
    art = run("\n\nStudents staged a march to the presidential palace.\n\nThe opposition held a march toward the "
              "capital.\n")
    assert sum(e.type == "PROTEST" for e in asserted(art)) == 2, types(art)


def test_someones_march_to_a_goal_is_still_no_protest(run):
    art = run("\n\nEven with the latest setback in the governor's march to the nomination, party leaders said "
              "he still has time.\n")
    assert not any(e.type == "PROTEST" for e in asserted(art)), types(art)


def test_troops_or_protesters_occupying_positions_or_a_seat_take_a_place(run):
    art = run("\n\nProtesters occupied the offices of the student body.\n\nDemonstrators occupied the seat of the "
              "regional government in Kyiv.\n")
    occupied = [e for e in asserted(art) if e.trigger.text == "occupied"]
    assert len(occupied) == 2, types(art)


def test_a_person_occupying_a_post_still_seizes_nothing(run):
    art = run("\n\nShe occupies one of the most powerful positions in the capital as the state's attorney general.\n")
    assert not any(e.trigger.text == "occupies" for e in asserted(art)), types(art)


def test_a_verdict_on_what_someone_did_stays(run):
    # `everything the senator did`: the pronoun's own clause names a doer's acts, no state of things
    art = run("\n\nThe governor said everything the senator did was wrong.\n\nThe senator said anything the "
              "governor proposed was unacceptable.\n")
    judged = {e.trigger.text for e in asserted(art)}
    assert {"wrong", "unacceptable"} <= judged, types(art)
