"""lead57 (session 57, issue 11): the US Defense Department and its agencies are MIL, as the Pentagon (the GUIDE's
session-57 line); a defence minister stays GOV. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_in


def test_the_defense_department_is_military(run):
    text = ("WASHINGTON -- The Defense Department said on Tuesday that it would review the contract after auditors "
            "found faults in the wiring of two barracks.\n")
    a = actor_in(run, text, "Defense Department")
    assert a is not None and a.country == "USA" and a.sector == "MIL", a


def test_a_defense_agency_is_military(run):
    text = "The Defense Logistics Agency awarded the fuel deal to a Texas firm on Monday, officials said.\n"
    a = actor_in(run, text, "Defense Logistics Agency")
    assert a is not None and a.sector == "MIL", a


def test_near_miss_a_defense_minister_stays_government(run):
    text = "Norway's Defense Minister Olaf Brenner said on Friday that the new frigate would sail in May.\n"
    a = actor_in(run, text, "Olaf Brenner")
    assert a is not None and a.sector == "GOV", a
