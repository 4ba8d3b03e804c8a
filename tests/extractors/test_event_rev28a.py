"""Review of the ev28 senses (issue 10, rev28a): real events an argument check dropped or mistyped, on invented
sentences in the styles of wire, war, crime and business reports. Each test failed on int28 (ev28 merged)."""
from __future__ import annotations


def asserted(article, etype=None):
    """(type, source texts, target texts, trigger) of the events that happened, of one type or all."""
    return [(e.type, " ".join(p.text for p in e.source), " ".join(p.text for p in e.target), e.trigger.text)
            for e in article.events if not e.negated and not e.hypothetical and (etype is None or e.type == etype)]


def one(run, text, etype=None):
    return asserted(run("\n\n" + text + "\n"), etype)


def test_arms_fired_beyond_the_listed_nouns(run):
    assert one(run, "Border guards fired pepper gas canisters at the migrants on Sunday.", "ASSAULT")
    assert one(run, "The militia fired armed drones at an oil terminal in the gulf.", "ASSAULT")
    assert one(run, "Mortars were fired at the airport overnight, officials said.", "ASSAULT")
    assert not one(run, "The bank fired its chief economist last week.", "ASSAULT")


def test_an_armed_side_or_the_police_taking_a_prize_word(run):
    got = one(run, "Insurgents seized the main market of the provincial capital on Thursday.", "ASSAULT")
    assert any("Insurgents" in s for _, s, _, _ in got), got
    assert one(run, "Troops seized gold bars and cash from the governor's residence.")
    assert one(run, "Fraud police raided the Treasury offices and the central market in the capital.", "COERCE")
    assert not one(run, "The startup captured a third of the market within a year.")


def test_a_bomb_hitting_traffic_or_a_roadblock(run):
    assert one(run, "A truck bomb hit morning traffic outside the ministry.", "ASSAULT")
    assert one(run, "A roadside bomb struck a checkpoint roadblock near the airport.", "ASSAULT")
    assert not one(run, "The flight hit heavy turbulence over the Alps.", "ASSAULT")


def test_a_crew_or_director_who_is_no_film_maker_shoots(run):
    assert one(run, "The tank crew shot three farmers near the village.", "ASSAULT")
    assert one(run, "The jail director shot a prisoner during the uprising.", "ASSAULT")
    assert not one(run, "The film crew shot the singer on a rooftop.", "ASSAULT")


def test_an_armed_side_striking_out_at_positions(run):
    got = one(run, "The navy struck out at insurgent camps along the coast.")
    assert [e for e in got if e[0] == "ASSAULT"] and not [e for e in got if e[0] == "ACCUSE"], got
    assert one(run, "The senator struck out at his critics on Tuesday.", "ACCUSE")


def test_meeting_people_named_in_the_plural(run):
    assert one(run, "The archbishop met survivors of the landslide in Valparaiso.", "CONSULT")
    assert one(run, "The queen met widows of the fallen miners in Cardiff.", "CONSULT")
    assert not one(run, "The factory failed to meet its production targets.")


def test_a_count_of_people_executed(run):
    assert one(run, "The junta executed four suspected informers in the capital.", "ASSAULT")
    assert not one(run, "The fund executed its plan to sell the bonds.")


def test_a_type_read_off_the_arguments_stands_over_the_model(run):
    """(the sentence's type model retyped `teachers struck at schools` back to ASSAULT; `China banned imports of
    Japanese seafood` to CONCEDE)"""
    got = one(run, "Teachers struck at schools across the province on Monday.")
    assert [e for e in got if e[0] == "PROTEST"] and not [e for e in got if e[0] == "ASSAULT"], got


def test_army_officers_capturing_is_no_arrest(run):
    got = one(run, "Renegade army officers captured the interior minister and two generals.")
    assert [e for e in got if e[0] == "ASSAULT"] and not [e for e in got if e[0] == "COERCE"], got
    assert one(run, "Police officers captured the escaped inmate near the river.", "COERCE")


def test_storming_out_of_a_room_is_a_going(run):
    assert not one(run, "The delegate stormed out of the conference hall.")
    assert one(run, "Protesters stormed the conference hall.")
