"""Misfire classes a second audit of output on articles no one had read found (ev31b, issue 10;
bench/event_audit.py): a building, a shop, a door or an area where shots were fired taken as whom they hit, a date
that owns a shooting taken as its victim, the police who tell of a shooting taken as the one `he` who shot.
Invented sentences; each with a form that keeps its participant."""
from __future__ import annotations

from tests.helpers import rows_of


def test_premises_where_shots_were_fired_are_no_target(run):
    got = rows_of(run, "Police are investigating the death of a clerk who was found shot at his business.", "ASSAULT")
    assert got and not [e for e in got if "business" in e[2]], got
    got = rows_of(run, "Officers responded to reports of shots fired in the area of 40 Maple Road.", "ASSAULT")
    assert got and not [e for e in got if "area" in e[2]], got
    got = rows_of(run, "The gunman shot through a door and wounded a deputy.", "ASSAULT")
    assert got and not [e for e in got if "door" in e[2]] and [e for e in got if "deputy" in e[2]], got
    kept = rows_of(run, "Militants stormed the hotel and killed 12 guests.", "ASSAULT")
    assert [e for e in kept if "hotel" in e[2]], kept        # stormed: the hotel is what the attack took


def test_a_date_that_owns_a_shooting_is_no_victim(run):
    got = rows_of(run, "Sunday night's shooting was the third in the city this month.", "ASSAULT")
    assert got and not [e for e in got if "Sunday" in e[2]], got     # the shooting told, no one named as hit
    kept = rows_of(run, "Protesters marched after Walter Scott's shooting by a police officer.", "ASSAULT")
    assert [e for e in kept if "Scott" in e[2]], kept


def test_the_police_who_tell_of_it_are_not_the_one_he_stands_for(run):
    for text in ("Police said he then shot two people at a gas station before fleeing.",
                 "Deputies said she stabbed her neighbor twice in the arm."):
        got = rows_of(run, text, "ASSAULT")
        assert got and not [e for e in got if "Police" in e[1] or "Deputies" in e[1]], (text, got)
    kept = rows_of(run, "The mayor said she criticized the council for the delay.", "ACCUSE")
    assert [e for e in kept if "mayor" in e[1]], kept
    kept = rows_of(run, "Officials said they arrested three men in the raid.", "COERCE")
    assert [e for e in kept if "Officials" in e[1]], kept


def test_the_country_where_people_were_killed_did_not_kill_them(run):
    for text in ("Twelve people were killed in Iraq and Syria on Monday.", "Five soldiers were killed in Nigeria."):
        got = rows_of(run, text, "ASSAULT")
        assert got and not [e for e in got if e[1]], (text, got)     # no state named as the killer
    kept = rows_of(run, "A journalist was arrested in Rwanda on Monday.", "COERCE")
    assert kept, kept                                              # (the state stands for whoever arrested him)


def test_a_rollover_and_a_volley_struck_are_no_attacks(run):
    for text in ("Rollover near Brandon injures Albany driver.",
                 "The striker struck an unstoppable half-volley past the keeper."):
        assert not rows_of(run, text, "ASSAULT"), text
    kept = rows_of(run, "The gunman struck the guard with a rifle butt before the volley of shots.", "ASSAULT")
    assert [e for e in kept if "guard" in e[2]], kept
