"""Issue 10, recall where it is safe (ev30a): SANCTION, MOBILIZE, COOPERATE and RETREAT forms the recall probe
(bench/recall_probe.py) showed missed, mistyped or held under the confidence floor, each fixed for its class;
invented sentences."""
from __future__ import annotations

from tests.helpers import found, kept, sides, types


def test_a_measure_dealt_in_the_passive_is_the_measure(run):
    art = run("\n\nMyanmar was hit with fresh sanctions by Canada on Thursday.\n")
    assert [sides(e) for e in found(art, "SANCTION")] == [(["Canada"], ["Myanmar"])]
    assert not found(art, "ASSAULT")
    art = run("\n\nThe importer was slapped with new tariffs by the ministry.\n")
    assert found(art, "SANCTION") and not found(art, "ASSAULT")
    art = run("\n\nThe bus was hit with rocks by the crowd.\n")
    assert not found(art, "SANCTION")     # (rocks are no measure)


def test_a_noun_of_sanctions_keeps_its_type(run):
    art = run("\n\nBrussels' sanctions against Minsk expire in July.\n")
    assert found(art, "SANCTION") and not found(art, "COERCE"), types(art)


def test_tariffs_laid_on_a_country_are_a_sanction(run):
    art = run("\n\nMexico imposed tariffs on American pork last week.\n")
    assert [e.trigger.text for e in found(art, "SANCTION")] == ["imposed tariffs"]
    art = run("\n\nThe two ministers agreed to cut tariffs on rice.\n")
    assert not found(art, "SANCTION")     # (laid only by a light verb: a tariff lowered or named lays none)


def test_ships_of_war_sent_are_a_deployment(run):
    art = run("\n\nItaly dispatched a frigate to the Libyan coast on Monday.\n")
    assert [sides(e) for e in found(art, "MOBILIZE")] == [(["Italy"], ["the Libyan coast"])]
    assert not found(art, "AID")


def test_military_drills_held_alone_are_a_show_of_force(run):
    art = run("\n\nIran held naval drills in the Strait of Hormuz.\n")
    assert found(art, "MOBILIZE") and not found(art, "COOPERATE"), types(art)
    art = run("\n\nPakistan and Turkey held joint drills near Karachi.\n")
    assert found(art, "COOPERATE") and not found(art, "MOBILIZE")   # (done together: cooperation)
    art = run("\n\nBrazil held air exercises with Argentina.\n")
    assert found(art, "COOPERATE") and not found(art, "MOBILIZE")


def test_a_joint_operation_is_cooperation(run):
    art = run("\n\nKenya and Uganda launched a joint operation against cattle raiders.\n")
    assert [sides(e) for e in found(art, "COOPERATE")] == [(["Kenya"], ["Uganda"])]


def test_ties_cut_and_an_envoy_recalled_clear_the_floor(run):
    art = run("\n\nPanama severed diplomatic relations with Taiwan on Tuesday.\n")
    assert [sides(e) for e in kept(art, "SANCTION")] == [(["Panama"], ["Taiwan"])]
    art = run("\n\nPeru recalled its ambassador from Mexico.\n")
    assert [sides(e) for e in kept(art, "SANCTION")] == [(["Peru"], ["Mexico"])]
    art = run("\n\nThe club recalled its striker from the loan.\n")
    assert not found(art, "SANCTION")     # (no envoy, no tie)

def test_an_alliance_formed_with_another_is_cooperation(run):
    art = run("\n\nGuinea formed an alliance with Sierra Leone against the smugglers.\n")
    assert [sides(e) for e in found(art, "COOPERATE")] == [(["Guinea"], ["Sierra Leone"])]


def test_a_state_leaving_a_country_or_a_bloc_withdraws(run):
    art = run("\n\nCanada left Iraq in 2011.\n")
    assert [sides(e) for e in found(art, "RETREAT")] == [(["Canada"], ["Iraq"])]
    art = run("\n\nThe Italian army left Lebanon last spring.\n")
    assert found(art, "RETREAT")
    art = run("\n\nVenezuela quit the Organization of American States in 2019.\n")
    assert found(art, "RETREAT")
    for text in ("The senator left Chicago on Friday.", "Thousands of Afghans left Afghanistan.",
                 "He quit his job in March.", "Microsoft left Russia in 2022."):
        assert not found(run("\n\n" + text + "\n"), "RETREAT"), text


def test_forces_called_out_or_activated_are_mobilised(run):
    art = run("\n\nThe governor of Oregon called out the National Guard on Sunday.\n")
    assert found(art, "MOBILIZE") and not found(art, "ACCUSE"), types(art)
    art = run("\n\nThe president activated 5,000 reservists.\n")
    assert found(art, "MOBILIZE")
    art = run("\n\nThe senator called out the governor for the delays.\n")
    assert found(art, "ACCUSE") and not found(art, "MOBILIZE")
    art = run("\n\nThe engineer activated the backup generator.\n")
    assert not found(art, "MOBILIZE")


def test_a_body_evacuating_its_own_people_withdraws(run):
    art = run("\n\nThe consulate evacuated its diplomats from Khartoum.\n")
    assert found(art, "RETREAT") and not found(art, "AID"), types(art)
    art = run("\n\nThe navy evacuated 400 residents from the island.\n")
    assert found(art, "AID") and not found(art, "RETREAT")
