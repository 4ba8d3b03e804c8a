"""Misfires last session's reviewers found (issue 10, ev27b), on invented sentences: one test of an armed force for
every rule that reads one, a politician's words about an armed body, a vehicle's blow, a strike not authorised, a
penalty warned of, a pledge to push; and false events of local news (walking away with no deal, a film shot, an
arrest not made). Each with the form that must keep its event beside it."""
from __future__ import annotations

import pytest

from tests.helpers import asserted_rows, check_types


def test_a_civil_force_is_no_armed_one_for_strikes_and_fire(run):
    walkout = asserted_rows(run("\n\nThe labor force struck on Monday.\n"))
    assert [e for e in walkout if e[0] == "PROTEST"] and not [e for e in walkout if e[0] == "ASSAULT"], walkout
    words = asserted_rows(run("\n\nGovernor Pell came under fire from the governor's own task force over the report.\n"),
                     "ACCUSE")
    assert any("task force" in s and "Pell" in t for _, s, t, _ in words), words
    raid = asserted_rows(run("\n\nThe troops struck on Monday.\n"))
    assert [e for e in raid if e[0] == "ASSAULT"], raid


def test_a_politician_attacking_an_armed_body_over_a_matter_accuses(run):
    art = run("\n\nSenator Halvorsen attacked the army over its budget.\n")
    assert any("Halvorsen" in s and "army" in t for _, s, t, _ in asserted_rows(art, "ACCUSE")), asserted_rows(art)
    assert not asserted_rows(art, "ASSAULT"), asserted_rows(art)
    art = run("\n\nGovernor Pell came under attack from the military for his remarks.\n")
    assert any("military" in s and "Pell" in t for _, s, t, _ in asserted_rows(art, "ACCUSE")), asserted_rows(art)
    assert not asserted_rows(art, "ASSAULT"), asserted_rows(art)
    force = run("\n\nRebels attacked the army near the border, killing four soldiers.\n")
    assert asserted_rows(force, "ASSAULT"), asserted_rows(force)


def test_a_penalty_warned_of_threatens(run):
    art = run("\n\nThe minister warned Iran that sanctions would follow.\n")
    assert any("Iran" == t for _, _, t, _ in asserted_rows(art, "THREATEN")), asserted_rows(art)
    assert not asserted_rows(art, "ACCUSE"), asserted_rows(art)
    claim = run("\n\nThe minister warned that the plan would fail.\n")
    assert asserted_rows(claim, "ACCUSE"), asserted_rows(claim)


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('a_vehicle_striking_someone_is_no_walkout-1',
     "\n\nA bus driver struck and killed a pedestrian on Main Street.\n",
     '-PROTEST'),
    ('a_vehicle_striking_someone_is_no_walkout-2',
     "\n\nTeachers struck on Monday.\n",
     '+PROTEST'),
    ('a_strike_not_authorised_did_not_happen-1',
     "\n\nThe president did not authorise the strike on the village.\n",
     '-ASSAULT'),
    ('a_strike_not_authorised_did_not_happen-2',
     "\n\nThe president authorised the strike on the village.\n",
     '+ASSAULT'),
    ('a_pledge_to_push_asks_no_one-1',
     "\n\nThe mayor pledged to push for lower taxes in the city council.\n",
     '-REQUEST'),
    ('a_pledge_to_push_asks_no_one-2',
     "\n\nThe mayor pushed for lower taxes in the city council.\n",
     '+REQUEST'),
    ('walking_away_needs_a_deal_or_talks-1',
     "\n\nJane Doe walked away the crown at the county pageant.\n",
     '-REJECT'),
    ('walking_away_needs_a_deal_or_talks-2',
     "\n\nAfter a siege from which all of them walked away unhurt, the chief spoke.\n",
     '-REJECT'),
    ('walking_away_needs_a_deal_or_talks-3',
     "\n\nThe union walked away from the negotiations on Friday.\n",
     '+REJECT'),
    ('a_film_shot_shoots_no_one-1',
     "\n\nThe crew shot the documentary in two weeks.\n",
     '-ASSAULT'),
    ('a_film_shot_shoots_no_one-2',
     "\n\nThe officer shot the suspect in the leg.\n",
     '+ASSAULT'),
    ('an_arrest_not_made_did_not_happen-1',
     "\n\nAn arrest has yet to be made.\n",
     '-COERCE'),
    ('an_arrest_not_made_did_not_happen-2',
     "\n\nAn arrest has not been made in the case.\n",
     '-COERCE'),
    ('a_disease_that_killed_is_no_attack-1',
     "\n\nOfficials issued a warning after an outbreak of measles killed over 60 people this year.\n",
     '-ASSAULT'),
    ('a_disease_that_killed_is_no_attack-2',
     "\n\nOfficials issued a warning after rebels killed over 60 people this year.\n",
     '+ASSAULT'),
    ('no_one_to_blame_blames_no_one',
     "\n\nThe widow said there was no one to blame for the crash.\n",
     '-ACCUSE'),
    ('a_suit_worn_is_no_lawsuit-1',
     "\n\nGirls in long skirts and men in suits waved their hands.\n",
     '-ACCUSE'),
    ('a_suit_worn_is_no_lawsuit-2',
     "\n\nThe senator strode the corridors in red boots and a green suit.\n",
     '-ACCUSE'),
    ('a_suit_worn_is_no_lawsuit-3',
     "\n\nThe city filed a suit against the company on Monday.\n",
     '+ACCUSE'),
    ('a_web_page_visited_is_no_meeting-1',
     "\n\nTickets are $10. To learn more, visit the group's website.\n",
     '-CONSULT'),
    ('a_web_page_visited_is_no_meeting-2',
     "\n\nThe minister visited Kenya on Monday.\n",
     '+CONSULT'),
    ('striking_out_is_no_blow_and_no_walkout',
     "\n\nAlan, 79, strikes out in marathon.\n",
     '='),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)
