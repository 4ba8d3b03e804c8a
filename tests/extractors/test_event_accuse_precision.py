"""ACCUSE that accuses no one (issue 10, ev18a), on invented sentences: a warning against an act, a dispute of an
account, ads aimed at an audience (checks.py), an inquiry someone knows of (crime.py); each behaviour and the near
miss it must leave alone. `responsible for` a harm blames (the ev18a rule that read only listed harms was removed)."""
from __future__ import annotations

import pytest

from tests.helpers import check_types


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('a_warning_against_an_act_asks_not_to_do_it',
     "\n\nSenate Democrats are warning against raising the sales tax this year.\n",
     '+REQUEST -ACCUSE'),
    ('a_warning_about_a_danger_stays_criticism',
     "\n\nSenate Democrats warned about the governor's plan to close the plant.\n",
     '+ACCUSE -REQUEST'),
    ('ads_targeted_at_an_audience_criticise_no_one',
     "\n\nThe Keller campaign is running television ads targeted at older voters in Ohio.\n",
     '-ACCUSE'),
    ('ads_targeting_a_candidate_stay_criticism',
     "\n\nThe Keller campaign is running television ads targeting Governor Ellen Marsh in Ohio.\n",
     '+ACCUSE'),
    ('responsible_for_a_harm_blames-1',
     "\n\nMayor Tom Brandt said Governor Ellen Marsh is responsible for the crisis in the county.\n",
     '+ACCUSE'),
    ('responsible_for_a_harm_blames-2',
     "\n\nMayor Tom Brandt said Governor Ellen Marsh is responsible for the deaths of three workers.\n",
     '+ACCUSE'),
    ('responsible_for_a_harm_blames-3',
     "\n\nMayor Tom Brandt said Governor Ellen Marsh is responsible for the flooding in the town.\n",
     '+ACCUSE'),
    ('responsible_for_a_harm_blames-4',
     "\n\nMayor Tom Brandt said Governor Ellen Marsh is responsible for the loss of 500 jobs.\n",
     '+ACCUSE'),
    ('disputing_a_film_or_a_point_denies_it-1',
     "\n\nThe former station chief broke his silence to dispute the film.\n",
     '+REJECT -ACCUSE'),
    ('disputing_a_film_or_a_point_denies_it-2',
     "\n\nIt is a point that Senator Ruth Keller has disputed.\n",
     '+REJECT -ACCUSE'),
    ('an_inquiry_someone_knows_of_accuses_no_one',
     "\n\nAn official familiar with the investigation said the case would be difficult.\n",
     '-ACCUSE'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)
