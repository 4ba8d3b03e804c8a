"""rev32: near misses of the session's events rules (ev32a), found by invented edge cases; each test keeps the form
the rule was made for."""
from __future__ import annotations

from tests.helpers import rows_of


def test_sitting_down_with_no_one_met_is_no_meeting(run):
    for text in ("The mayor sat down with a cup of tea before the council vote.",
                 "The governor sat down with a long sigh after the address.",
                 "Senator Jill Moss sat down with her family for dinner on Easter."):
        assert not rows_of(run, text, "CONSULT"), text
    got = rows_of(run, "The mayor sat down with union leaders on Monday to talk about pay.", "CONSULT")
    assert [(s, t) for _, s, t, _ in got] == [("The mayor", "union leaders")], got


def test_police_stopping_traffic_hold_no_one(run):
    assert not rows_of(run, "Police stopped traffic on Route 9 for the parade on Sunday.", "COERCE")
    got = rows_of(run, "Police stopped a stolen van on Route 9 and held the driver.", "COERCE")
    assert [s for _, s, _, _ in got] == ["Police"], got



def test_the_place_of_a_fray_broken_up_is_no_one_held(run):
    got = rows_of(run, "Deputies broke up a brawl outside a tavern on Friday.", "COERCE")
    assert [(s, t) for _, s, t, _ in got] == [("Deputies", "")], got
    got = rows_of(run, "Deputies broke up a brawl outside a tavern on Friday and arrested three men.", "COERCE")
    assert [(s, t) for _, s, t, _ in got] == [("Deputies", "three men")], got
