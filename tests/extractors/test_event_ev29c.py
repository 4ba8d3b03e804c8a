"""Targets of attacks that the slots left on a thing, ev29c (issue 10): the one a shot hit or grazed (`firing a gun,
grazing him`), a named victim the tagger did not make a person (`hitting 19-year-old Amber Cole`), a count of things
that is no doer (`one of the bullets went in, hitting X`), and the subject of a passive attack with no agent that the
parse made its source (`who he said had been shot`, `and all were shot`). Invented sentences."""
from __future__ import annotations

from tests.helpers import rows_of


def _targets(got, word):
    return [t for typ, _, t, trig in got if typ == "ASSAULT" and trig == word]


def test_the_one_a_shot_grazed_or_hit_is_the_target_of_the_firing(run):
    got = rows_of(run, "He was walking home when two robbers began firing a pistol, grazing him in the left foot.")
    assert any("him" in t for t in _targets(got, "firing")), got
    got = rows_of(run, "A gunman fired into the van, hitting the driver in the shoulder.")
    assert any("the driver" in t for t in _targets(got, "fired")), got


def test_a_bullet_that_hit_a_named_victim_is_no_doer(run):
    got = rows_of(run, "Shots were fired during a robbery and one of the bullets passed into the flat below, hitting "
                   "19-year-old Mara Kell.")
    assert any("Mara Kell" in t for t in _targets(got, "fired")), got


def test_the_subject_of_a_passive_shooting_is_its_target_not_its_source(run):
    got = rows_of(run, "The owner said one of the victims was his cousin, who he said had been shot once before.", "ASSAULT")
    assert got and all("cousin" not in s for _, s, _, _ in got) and any("cousin" in t for _, _, t, _ in got), got
    got = rows_of(run, "All are students and all were shot in the upper legs.", "ASSAULT")
    assert got and all("All" not in s for _, s, _, _ in got), got


def test_the_one_found_shot_or_who_suffered_injuries_in_a_shooting_is_its_target(run):
    got = rows_of(run, "A young man was found shot to death at a parking garage on Friday night.", "ASSAULT")
    assert any("young man" in t for _, _, t, _ in got), got
    got = rows_of(run, "A 4-year-old girl suffered minor injuries in an accidental shooting in the Elm Park area.", "ASSAULT")
    assert any("girl" in t for _, _, t, _ in got), got
