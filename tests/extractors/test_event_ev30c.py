"""Dyad classes of the output audit (ev30c, issue 10; bench/event_audit.py, docs/events.md): an attack noun, a
side of town or a home taken as whom an attack hit, the accused of a headline taken as the accuser, a person noun
dropped as a thing from the source of an act of force. Invented sentences; each with a form that keeps its part."""
from __future__ import annotations

from tests.helpers import rows_of


def test_the_attack_people_were_hurt_in_is_no_target(run):
    for text in ("Three men were wounded in a shooting at Corley Court late Friday.",
                 "Two women were injured in a bombing on Saturday."):
        got = rows_of(run, text, "ASSAULT")
        assert got and all("men" in e[2] or "women" in e[2] for e in got), (text, got)
        assert not [e for e in got if "shooting" in e[2] or "bombing" in e[2]], (text, got)
    kept = rows_of(run, "Gunmen wounded three guards at the Corley Court gate.", "ASSAULT")
    assert [e for e in kept if "guards" in e[2]], kept


def test_a_side_of_town_or_a_home_is_no_target(run):
    got = rows_of(run, "A teenager was shot on Fulton's east side on Sunday night.", "ASSAULT")
    assert got and not [e for e in got if "side" in e[2]], got
    home = rows_of(run, "A woman was shot at a Harlan County home on Monday.", "ASSAULT")
    assert home and not [e for e in home if "home" in e[2]], home
    kept = rows_of(run, "Militants attacked the governor's home with rockets.", "ASSAULT")
    assert [e for e in kept if "home" in e[2]], kept            # the object of the verb, not a place phrase


def test_a_headline_accused_is_the_target(run):
    for text in ("Pastor accused of stealing church funds.", "Driver accused of hitting a cyclist is jailed."):
        got = [e for e in rows_of(run, text, "ACCUSE") if e[3] == "accused"]
        assert got and all(not e[1] for e in got) and [e for e in got if e[2] in ("Pastor", "Driver")], (text, got)
    kept = rows_of(run, "The senator accused the governor of lying.", "ACCUSE")
    assert [e for e in kept if "senator" in e[1] and "governor" in e[2]], kept


def test_a_person_noun_is_the_doer_of_an_act_of_force(run):
    got = rows_of(run, "A girl picked up a kitchen knife and stabbed her classmate.", "ASSAULT")
    assert [e for e in got if "girl" in e[1] and "classmate" in e[2]], got
    thing = rows_of(run, "The blast killed four workers.", "ASSAULT")
    assert thing and not [e for e in thing if "blast" in e[1]], thing
