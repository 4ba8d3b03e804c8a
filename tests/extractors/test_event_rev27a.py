"""Misfires of ev27b's rules found in review (issue 10, rev27a), on invented sentences: each rule's edge, with the
reading the rule was made for beside it."""
from __future__ import annotations

import pytest

from tests.helpers import asserted_rows, check_types


def test_suits_brought_against_someone_are_lawsuits(run):
    art = run("\n\nPlaintiffs in suits against the company say it hid the risks.\n")
    assert any("company" in t for _, _, t, _ in asserted_rows(art, "ACCUSE")), asserted_rows(art)
    worn = run("\n\nMen in suits met the minister at the airport.\n")
    assert not asserted_rows(worn, "ACCUSE"), asserted_rows(worn)


def test_an_act_not_yet_claimed_or_not_authorised_was_done(run):
    for text, etype in (("The attack on the convoy has yet to be claimed by any group, officials said.", "ASSAULT"),
                        ("The protest was not authorised by the police but went ahead.", "PROTEST")):
        art = run("\n\n" + text + "\n")
        assert asserted_rows(art, etype), (text, asserted_rows(art))
    arrest = run("\n\nAn arrest has yet to be made in the case.\n")
    assert not asserted_rows(arrest, "COERCE"), asserted_rows(arrest)


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('an_attack_for_the_nth_time_or_for_control_is_force-1',
     "\n\nThe president attacked the militants for a second time.\n",
     '+ASSAULT -ACCUSE'),
    ('an_attack_for_the_nth_time_or_for_control_is_force-2',
     "\n\nGeneral Haftar attacked the government forces for control of Tripoli.\n",
     '+ASSAULT -ACCUSE'),
    ('an_attack_for_the_nth_time_or_for_control_is_force-3',
     "\n\nCommander Ali Khan attacked the army for the third time this month.\n",
     '+ASSAULT -ACCUSE'),
    ('an_attack_for_the_nth_time_or_for_control_is_force-4',
     "\n\nSenator Halvorsen attacked the navy over the cost of the carrier.\n",
     '+ACCUSE -ASSAULT'),
    ('an_attack_over_a_river_is_force_and_over_deaths_words-1',
     "\n\nThe president attacked the rebels over the river.\n",
     '+ASSAULT -ACCUSE'),
    ('an_attack_over_a_river_is_force_and_over_deaths_words-2',
     "\n\nThe senator attacked the military over the deaths of civilians.\n",
     '+ACCUSE -ASSAULT'),
    ('a_penalty_harming_someone_is_a_claim_not_a_threat-1',
     "\n\nFarm groups warned that sanctions would hurt farmers.\n",
     '-THREATEN'),
    ('a_penalty_harming_someone_is_a_claim_not_a_threat-2',
     "\n\nThe envoy warned that the embargo had cost thousands of jobs.\n",
     '-THREATEN'),
    ('a_penalty_harming_someone_is_a_claim_not_a_threat-3',
     "\n\nThe minister warned Iran that sanctions would follow.\n",
     '+THREATEN'),
    ('walking_away_from_the_table_or_a_truce_refuses-1',
     "\n\nThe union walked away from the negotiating table on Tuesday.\n",
     '+REJECT'),
    ('walking_away_from_the_table_or_a_truce_refuses-2',
     "\n\nThe rebels walked away from the ceasefire.\n",
     '+REJECT'),
    ('walking_away_from_the_table_or_a_truce_refuses-3',
     "\n\nThe driver walked away from the crash unhurt.\n",
     '-REJECT'),
    ('a_pilot_or_a_series_of_victims_shot_is_force-1',
     "\n\nMilitants shot the pilot after the helicopter crashed.\n",
     '+ASSAULT'),
    ('a_pilot_or_a_series_of_victims_shot_is_force-2',
     "\n\nThe gunman shot a series of victims in the mall.\n",
     '+ASSAULT'),
    ('a_pilot_or_a_series_of_victims_shot_is_force-3',
     "\n\nThe director shot the film in Morocco.\n",
     '-ASSAULT'),
    ('a_person_shot_on_camera_was_shot-1',
     "\n\nA protester was shot on camera by a police officer during the march.\n",
     '+ASSAULT'),
    ('a_person_shot_on_camera_was_shot-2',
     "\n\nThe commercial was shot on film in two days.\n",
     '-ASSAULT'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)
