"""SUPPORT on whole articles (issue 10, branch ev24s): backing someone told with `behind` (`got behind`, `united
behind`, `stands behind`), backing away from a deal refuses it, a habit told in the past is acts done, and what is
said to a crowd (`"I support and endorse X," he told a crowd`) is no order. On invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, check_types, types


def test_backing_away_from_a_deal_refuses_it(run):
    art = run("\n\nSenator Oakes backed away from the pipeline deal on Friday after the report.\n")
    found = [(e.type, e.trigger.text) for e in asserted(art)]
    assert ("REJECT", "backed") in found and not any(t == "SUPPORT" for t, _ in found), types(art)


def test_a_commitment_reaffirmed_is_a_promise(run):
    art = run("\n\nGeneral Dara Obi reaffirmed his intention to give up his post as army chief.\n")
    found = [(e.type, e.trigger.text) for e in asserted(art)]
    assert ("AGREE", "reaffirmed") in found and not any(t == "SUPPORT" for t, _ in found), types(art)


# Review (rev24): forms the rules above must leave alone, and participants they must keep.

def test_holding_someone_off_is_no_act_withheld(run):
    art = run("\n\nThe garrison held off the raiders, killing nine of them near the bridge.\n")
    assert any(e.type == "ASSAULT" and e.trigger.text == "killing" for e in asserted(art)), types(art)


def test_a_commitment_reaffirmed_to_someone_is_aimed_at_them(run):
    art = run("\n\nSenator Pell reaffirmed her commitment to Governor Halvorsen on Monday.\n")
    agree = [e for e in asserted(art) if e.type == "AGREE"]
    assert agree and any(p.text == "Governor Halvorsen" for e in agree for p in e.target), types(art)


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('backing_away_from_a_thing_is_a_step_back',
     "\n\nThe senator backed away from the microphone and left the stage.\n",
     '-REJECT|SUPPORT'),
    ('getting_behind_a_thing_backs_no_one',
     "\n\nThe mayor got behind the wheel of the bus and drove it to the depot.\n",
     '-SUPPORT'),
    ('a_habit_told_in_the_perfect_is_acts_done',
     "\n\nThe union has frequently denounced Governor Halvorsen over the port closures.\n",
     '+ACCUSE'),
    ('a_habit_told_in_the_past_is_acts_done',
     "\n\nThe senators generally praised Governor Halvorsen after the budget debate.\n",
     '+SUPPORT'),
    ('a_habit_told_in_the_present_stays_a_habit',
     "\n\nSenator Oakes often criticizes Governor Halvorsen in his weekly newsletter.\n",
     '-ACCUSE'),
    ('what_one_is_told_to_do_stays_an_order',
     "\n\nThe sheriff told the deputies to leave the building and arrest the gunman.\n",
     '-COERCE'),
    ('a_stance_told_in_the_perfect_stays_a_habit',
     "\n\nThe party's leaders have consistently brushed aside the needs of the port workers.\n",
     '-REJECT'),
    ('a_demand_keeps_its_clause_unasserted',
     "\n\nThe party's leaders are demanding that the senators drop their restraint and attack Governor "
     "Halvorsen.\n",
     '-ACCUSE|ASSAULT'),
    ('backing_held_off_is_not_given',
     "\n\nThe union held off endorsing Governor Halvorsen until June.\n",
     '-SUPPORT'),
    ('backing_away_from_people_in_a_scene_is_a_step_back',
     "\n\nThe deputies backed away from the protesters as the smoke spread.\n",
     '-REJECT|SUPPORT'),
    ('backing_away_from_a_stand_or_a_view_is_a_step_back',
     "\n\nThe crowd backed away from the stand, and Senator Oakes backed away from the view of the bay.\n",
     '-REJECT|SUPPORT'),
    ('a_habit_told_in_the_past_passive_is_acts_done',
     "\n\nGovernor Halvorsen was frequently denounced by the dock workers' union last year.\n",
     '+ACCUSE'),
    ('a_habit_told_with_would_stays_a_habit',
     "\n\nSenator Oakes would often criticize Governor Halvorsen in his newsletter.\n",
     '-ACCUSE'),
    ('criticism_or_opposition_reaffirmed_backs_no_one',
     "\n\nThe minister reaffirmed his criticism of Governor Halvorsen and reiterated his opposition to the "
     "harbor plan.\n",
     '-SUPPORT|AGREE +ACCUSE'),
    ('standing_behind_someone_as_they_speak_is_a_place',
     "\n\nTwo aides stood behind Governor Halvorsen as she spoke to reporters.\n",
     '-SUPPORT'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)


TARGET_CASES = [  # (test id, text, etype, whom)
    ('backing_away_from_someone_refuses_them',
     "\n\nSeveral of the union's donors have backed away from Senator Oakes this month.\n",
     "REJECT", "Oakes"),
    ('getting_behind_someone_backs_them',
     "\n\nThe governors quickly got behind Senator Dara Obi after the convention.\n",
     "SUPPORT", "Obi"),
    ('uniting_behind_someone_backs_them',
     "\n\nThe party's senators united behind Governor Halvorsen on Tuesday.\n",
     "SUPPORT", "Halvorsen"),
    ('standing_behind_someone_backs_them',
     "\n\nSenator Pell said on Monday that she stands behind Governor Halvorsen.\n",
     "SUPPORT", "Halvorsen"),
    ('what_is_said_to_a_crowd_is_no_order',
     "\n\n\"In our shared fight for the port, I support and endorse our governor, Dara Obi,\" Senator Pell "
     "told a crowd in Aberwick.\n",
     "SUPPORT", "Obi"),
    ('support_reiterated_still_backs',
     "\n\nSenator Pell reiterated his support for Governor Halvorsen on Monday.\n",
     "SUPPORT", "Halvorsen"),
    ('standing_behind_someone_as_a_scandal_grows_backs_them',
     "\n\nSenator Pell stood behind Governor Halvorsen as the scandal grew.\n",
     "SUPPORT", "Halvorsen"),
]


@pytest.mark.parametrize("text, etype, whom", [pytest.param(*row, id=i) for i, *row in TARGET_CASES])
def test_an_event_of_the_type_aimed_at_the_one_named(run, text, etype, whom):
    art = run(text)
    got = [e for e in asserted(art) if e.type == etype]
    assert got and any(whom in p.text for e in got for p in e.target), types(art)
