"""Review of the ev28 senses (issue 10, rev28a): real events an argument check dropped or mistyped, on invented
sentences in the styles of wire, war, crime and business reports. Each test failed on int28 (ev28 merged)."""
from __future__ import annotations

from tests.helpers import rows_of


def test_arms_fired_beyond_the_listed_nouns(run):
    assert rows_of(run, "Border guards fired pepper gas canisters at the migrants on Sunday.", "ASSAULT")
    assert rows_of(run, "The militia fired armed drones at an oil terminal in the gulf.", "ASSAULT")
    assert rows_of(run, "Mortars were fired at the airport overnight, officials said.", "ASSAULT")
    assert not rows_of(run, "The bank fired its chief economist last week.", "ASSAULT")


def test_an_armed_side_or_the_police_taking_a_prize_word(run):
    got = rows_of(run, "Insurgents seized the main market of the provincial capital on Thursday.", "ASSAULT")
    assert any("Insurgents" in s for _, s, _, _ in got), got
    assert rows_of(run, "Troops seized gold bars and cash from the governor's residence.")
    assert rows_of(run, "Fraud police raided the Treasury offices and the central market in the capital.", "COERCE")
    assert not rows_of(run, "The startup captured a third of the market within a year.")


def test_a_bomb_hitting_traffic_or_a_roadblock(run):
    assert rows_of(run, "A truck bomb hit morning traffic outside the ministry.", "ASSAULT")
    assert rows_of(run, "A roadside bomb struck a checkpoint roadblock near the airport.", "ASSAULT")
    assert not rows_of(run, "The flight hit heavy turbulence over the Alps.", "ASSAULT")


def test_a_crew_or_director_who_is_no_film_maker_shoots(run):
    assert rows_of(run, "The tank crew shot three farmers near the village.", "ASSAULT")
    assert rows_of(run, "The jail director shot a prisoner during the uprising.", "ASSAULT")
    assert not rows_of(run, "The film crew shot the singer on a rooftop.", "ASSAULT")


def test_an_armed_side_striking_out_at_positions(run):
    got = rows_of(run, "The navy struck out at insurgent camps along the coast.")
    assert [e for e in got if e[0] == "ASSAULT"] and not [e for e in got if e[0] == "ACCUSE"], got
    assert rows_of(run, "The senator struck out at his critics on Tuesday.", "ACCUSE")


def test_meeting_people_named_in_the_plural(run):
    assert rows_of(run, "The archbishop met survivors of the landslide in Valparaiso.", "CONSULT")
    assert rows_of(run, "The queen met widows of the fallen miners in Cardiff.", "CONSULT")
    assert not rows_of(run, "The factory failed to meet its production targets.")


def test_a_count_of_people_executed(run):
    assert rows_of(run, "The junta executed four suspected informers in the capital.", "ASSAULT")
    assert not rows_of(run, "The fund executed its plan to sell the bonds.")


def test_a_type_read_off_the_arguments_stands_over_the_model(run):
    """(the sentence's type model retyped `teachers struck at schools` back to ASSAULT; `China banned imports of
    Japanese seafood` to CONCEDE)"""
    got = rows_of(run, "Teachers struck at schools across the province on Monday.")
    assert [e for e in got if e[0] == "PROTEST"] and not [e for e in got if e[0] == "ASSAULT"], got


def test_army_officers_capturing_is_no_arrest(run):
    got = rows_of(run, "Renegade army officers captured the interior minister and two generals.")
    assert [e for e in got if e[0] == "ASSAULT"] and not [e for e in got if e[0] == "COERCE"], got
    assert rows_of(run, "Police officers captured the escaped inmate near the river.", "COERCE")


def test_storming_out_of_a_room_is_a_going(run):
    assert not rows_of(run, "The delegate stormed out of the conference hall.")
    assert rows_of(run, "Protesters stormed the conference hall.")
