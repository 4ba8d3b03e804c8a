"""ACCUSE that accuses no one (issue 10, ev18a), on invented sentences: a warning against an act, a dispute of an
account, ads aimed at an audience (checks.py), an inquiry someone knows of (crime.py); each behaviour and the near
miss it must leave alone. `responsible for` a harm blames (the ev18a rule that read only listed harms was removed)."""
from __future__ import annotations

from tests.helpers import found, shown


def test_a_warning_against_an_act_asks_not_to_do_it(run):
    art = run("\n\nSenate Democrats are warning against raising the sales tax this year.\n")
    assert found(art, "REQUEST") and not found(art, "ACCUSE"), shown(art)


def test_a_warning_about_a_danger_stays_criticism(run):
    art = run("\n\nSenate Democrats warned about the governor's plan to close the plant.\n")
    assert found(art, "ACCUSE") and not found(art, "REQUEST"), shown(art)


def test_ads_targeted_at_an_audience_criticise_no_one(run):
    art = run("\n\nThe Keller campaign is running television ads targeted at older voters in Ohio.\n")
    assert not found(art, "ACCUSE"), shown(art)


def test_ads_targeting_a_candidate_stay_criticism(run):
    art = run("\n\nThe Keller campaign is running television ads targeting Governor Ellen Marsh in Ohio.\n")
    assert found(art, "ACCUSE"), shown(art)


def test_responsible_for_a_harm_blames(run):
    art = run("\n\nMayor Tom Brandt said Governor Ellen Marsh is responsible for the crisis in the county.\n")
    assert found(art, "ACCUSE"), shown(art)
    art = run("\n\nMayor Tom Brandt said Governor Ellen Marsh is responsible for the deaths of three workers.\n")
    assert found(art, "ACCUSE"), shown(art)
    art = run("\n\nMayor Tom Brandt said Governor Ellen Marsh is responsible for the flooding in the town.\n")
    assert found(art, "ACCUSE"), shown(art)
    art = run("\n\nMayor Tom Brandt said Governor Ellen Marsh is responsible for the loss of 500 jobs.\n")
    assert found(art, "ACCUSE"), shown(art)


def test_disputing_a_film_or_a_point_denies_it(run):
    art = run("\n\nThe former station chief broke his silence to dispute the film.\n")
    assert found(art, "REJECT") and not found(art, "ACCUSE"), shown(art)
    art = run("\n\nIt is a point that Senator Ruth Keller has disputed.\n")
    assert found(art, "REJECT") and not found(art, "ACCUSE"), shown(art)


def test_an_inquiry_someone_knows_of_accuses_no_one(run):
    art = run("\n\nAn official familiar with the investigation said the case would be difficult.\n")
    assert not found(art, "ACCUSE"), shown(art)

