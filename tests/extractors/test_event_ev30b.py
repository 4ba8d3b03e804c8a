"""Misfire classes an audit of output on articles no one had read found (ev30b, issue 10; bench/event_audit.py):
streets taken as whom a shooting hit, responders taken as its target, dangers told as threats, levies, road
closures, a rush at someone read as a charge, a gun fired read as arms given, a looking for read as a request.
Invented sentences; each with a form that keeps its event."""
from __future__ import annotations

from tests.helpers import rows_of


def test_a_street_where_a_shooting_happened_is_no_target(run):
    for text in ("The second shooting happened around noon on Marlow Blvd.",
                 "Officers went to a shooting at 118 Birch Lane on Sunday.",
                 "The shooting took place in the 300 block of East Pine Street."):
        got = rows_of(run, text, "ASSAULT")
        assert got and not [e for e in got if e[2]], (text, got)    # the shooting told, no one named as hit
    kept = rows_of(run, "Gunmen opened fire on protesters on Main Street.", "ASSAULT")
    assert [e for e in kept if "protesters" in e[2]], kept


def test_police_responding_to_a_shooting_are_not_its_target(run):
    got = rows_of(run, "Police responded to a shooting on West 42nd Street and found a man with a gunshot wound.",
              "ASSAULT")
    assert got and not [e for e in got if "Police" in e[2] or "Street" in e[2]], got
    kept = rows_of(run, "The army responded to the rocket attacks with air strikes.", "ASSAULT")
    assert [e for e in kept if "army" in e[2]], kept             # an army answering attacks bore them


def test_a_threat_or_a_warning_of_a_danger_threatens_no_one(run):
    for text in ("Health workers are warning of a rising threat of cholera in the camps.",
                 "The agency issued a warning on melons from a Mexican farm.",
                 "Regulators have also issued new warnings because of lead-tainted toys.",
                 "Aid groups are warning of a rising threat of measles, cholera, and typhoid outbreaks."):
        got = rows_of(run, text)
        assert not [e for e in got if e[0] in ("THREATEN", "ACCUSE")], (text, got)
    kept = rows_of(run, "The president issued a warning to the rebels.")
    assert [e for e in kept if e[0] == "THREATEN"], kept


def test_a_levy_imposed_coerces_no_one(run):
    got = rows_of(run, "The city imposed a new parking fee on downtown garages.")
    assert not [e for e in got if e[0] == "COERCE"], got
    kept = rows_of(run, "The regulator imposed a fine on the bank.")
    assert [e for e in kept if e[0] in ("COERCE", "SANCTION")], kept


def test_police_closing_a_road_coerce_no_one(run):
    got = rows_of(run, "Police shut down the intersection of Main Street and Oak Avenue on Sunday night while "
                   "investigating the shooting.")
    assert not [e for e in got if e[0] == "COERCE"], got
    kept = rows_of(run, "Rebels shut down the main road into the city.")
    assert [e for e in kept if e[0] == "COERCE"], kept


def test_charging_at_someone_is_a_rush_not_a_charge(run):
    got = rows_of(run, "Officers shot a man who charged at them with a kitchen knife on Friday, police said.")
    assert not [e for e in got if e[0] == "COERCE"], got
    assert [e for e in got if e[3] == "charged" and e[0] == "ASSAULT" and "man" in e[1]], got
    kept = rows_of(run, "The prosecutor charged the man with fraud.")
    assert [e for e in kept if e[0] == "COERCE"], kept


def test_a_weapon_fired_is_no_arms_given(run):
    got = rows_of(run, "The robber fired the weapon at the clerk.")
    assert not [e for e in got if e[0] == "AID"], got
    assert [e for e in got if e[0] == "ASSAULT" and "clerk" in e[2]], got


def test_turning_a_radio_down_and_seeking_someone_out_are_no_events(run):
    got = rows_of(run, "\"I sat down and turned the radio down,\" the neighbour said.")
    assert not [e for e in got if e[0] == "REJECT"], got
    kept = rows_of(run, "The mayor turned down the union's offer.")
    assert [e for e in kept if e[0] == "REJECT"], kept
    got = rows_of(run, "She even sought out fortune tellers.")
    assert not [e for e in got if e[0] == "REQUEST"], got
    kept = rows_of(run, "The government sought help from the army.")
    assert [e for e in kept if e[0] == "REQUEST"], kept


def test_out_of_danger_and_a_kind_of_case_are_no_verdicts(run):
    got = rows_of(run, "\"If she does not get a fever, she is out of danger,\" the doctor said of the nurse.")
    assert not [e for e in got if e[0] == "ACCUSE"], got
    kept = rows_of(run, "\"He is a danger to the whole town,\" the sheriff said.")
    assert [e for e in kept if e[0] == "ACCUSE" and "He" in e[2]], kept
    got = rows_of(run, "\"This was not a random case,\" Lieutenant Haynes said.")
    assert not [e for e in got if e[0] == "REJECT"], got
    kept = rows_of(run, "\"That is simply not the case,\" the minister said of the report.")
    assert [e for e in kept if e[0] == "REJECT"], kept


def test_an_illness_that_killed_people_is_no_attack(run):
    got = rows_of(run, "The flu that has killed 40 people this winter is spreading.")
    assert not [e for e in got if e[0] == "ASSAULT"], got
    got = rows_of(run, "A new strain of a bacteria that has killed nine patients at a rural hospital came from abroad.")
    assert not [e for e in got if e[0] == "ASSAULT"], got
    got = rows_of(run, "As relief reaches the villages of the Central Java Earthquake that has killed more than 5,000 "
                   "people, rain is slowing the work.")
    assert not [e for e in got if e[0] == "ASSAULT"], got
    kept = rows_of(run, "The militia that has killed 40 villagers this year is retreating.")
    assert [e for e in kept if e[0] == "ASSAULT" and "militia" in e[1]], kept
