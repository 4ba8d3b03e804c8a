"""Misfires of ev27b's rules found in review (issue 10, rev27a), on invented sentences: each rule's edge, with the
reading the rule was made for beside it."""
from __future__ import annotations

from tests.helpers import asserted_rows


def test_an_attack_for_the_nth_time_or_for_control_is_force(run):
    for text in ("The president attacked the militants for a second time.",
                 "General Haftar attacked the government forces for control of Tripoli.",
                 "Commander Ali Khan attacked the army for the third time this month."):
        art = run("\n\n" + text + "\n")
        assert asserted_rows(art, "ASSAULT") and not asserted_rows(art, "ACCUSE"), (text, asserted_rows(art))
    words = run("\n\nSenator Halvorsen attacked the navy over the cost of the carrier.\n")
    assert asserted_rows(words, "ACCUSE") and not asserted_rows(words, "ASSAULT"), asserted_rows(words)


def test_an_attack_over_a_river_is_force_and_over_deaths_words(run):
    art = run("\n\nThe president attacked the rebels over the river.\n")
    assert asserted_rows(art, "ASSAULT") and not asserted_rows(art, "ACCUSE"), asserted_rows(art)
    words = run("\n\nThe senator attacked the military over the deaths of civilians.\n")
    assert asserted_rows(words, "ACCUSE") and not asserted_rows(words, "ASSAULT"), asserted_rows(words)


def test_a_penalty_harming_someone_is_a_claim_not_a_threat(run):
    for text in ("Farm groups warned that sanctions would hurt farmers.",
                 "The envoy warned that the embargo had cost thousands of jobs."):
        art = run("\n\n" + text + "\n")
        assert not asserted_rows(art, "THREATEN"), (text, asserted_rows(art))
    threat = run("\n\nThe minister warned Iran that sanctions would follow.\n")
    assert asserted_rows(threat, "THREATEN"), asserted_rows(threat)


def test_walking_away_from_the_table_or_a_truce_refuses(run):
    for text in ("The union walked away from the negotiating table on Tuesday.",
                 "The rebels walked away from the ceasefire."):
        art = run("\n\n" + text + "\n")
        assert asserted_rows(art, "REJECT"), (text, asserted_rows(art))
    crash = run("\n\nThe driver walked away from the crash unhurt.\n")
    assert not asserted_rows(crash, "REJECT"), asserted_rows(crash)


def test_a_pilot_or_a_series_of_victims_shot_is_force(run):
    for text in ("Militants shot the pilot after the helicopter crashed.",
                 "The gunman shot a series of victims in the mall."):
        art = run("\n\n" + text + "\n")
        assert asserted_rows(art, "ASSAULT"), (text, asserted_rows(art))
    film = run("\n\nThe director shot the film in Morocco.\n")
    assert not asserted_rows(film, "ASSAULT"), asserted_rows(film)


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


def test_a_person_shot_on_camera_was_shot(run):
    art = run("\n\nA protester was shot on camera by a police officer during the march.\n")
    assert asserted_rows(art, "ASSAULT"), asserted_rows(art)
    film = run("\n\nThe commercial was shot on film in two days.\n")
    assert not asserted_rows(film, "ASSAULT"), asserted_rows(film)
