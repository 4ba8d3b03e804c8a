"""Precision on political wire articles (issue 10, branch ev22p): a verdict on `something`, a march toward no place,
a nomination for a prize, occupying a rank or a body, an inquiry by Congress; on invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, check_types, types


def test_a_verdict_on_something_names_no_one(run):
    art = run("\n\nWhen a handful of hedge fund managers earn more than every nurse in the state, we know "
              "something is badly wrong, the senator said.\n")
    assert not any(e.trigger.text == "wrong" for e in asserted(art)), types(art)


def test_a_verdict_on_someone_stays(run):
    art = run("\n\nThe senator said the governor was wrong to veto the bill.\n")
    assert any(e.trigger.text == "wrong" for e in asserted(art)), types(art)


def test_an_inquiry_by_congress_coerces(run):
    art = run("\n\nThe television doctor has been investigated by Congress for promoting miracle diet pills.\n")
    inv = [e for e in asserted(art) if e.trigger.text == "investigated"]
    assert inv and inv[0].type == "COERCE", types(art)


def test_a_charge_someone_faces_stays(run):
    art = run("\n\nWith Mrs. Lane facing accusations of favoritism toward Lane Foundation donors during her time as "
              "secretary of state, former President Lane told charity staff on Thursday that the group "
              "would no longer accept foreign donations.\n\nEntering the debate, Senator Cruz faced criticism for "
              "unreported loans to his campaign.\n")
    assert {e.trigger.text for e in asserted(art) if e.type == "ACCUSE"} >= {"accusations", "criticism"}, types(art)


def test_a_court_striking_down_a_ban_rejects_it(run):
    art = run("\n\nThe ruling comes a year after Judge Reyes struck down the state's bans on same-sex marriage.\n")
    struck = [e for e in asserted(art) if e.trigger.text == "struck"]
    assert struck and struck[0].type == "REJECT", types(art)


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('a_march_toward_a_goal_is_no_protest',
     "\n\nEven with the latest setback in the governor's march to the nomination, party leaders said "
     "he still has time.\n\nVoters are ending the continent's long march toward a common currency.\n",
     '-PROTEST'),
    ('a_named_march_is_no_protest',
     "\n\n\"We cannot cut these programs,\" said Jane Miller, a vice president at the March of Dimes, "
     "which signed the letter.\n",
     '-PROTEST'),
    ('a_march_on_the_street_stays_a_protest',
     "\n\nThousands of students joined a march to the Capitol on Saturday to demand lower tuition.\n",
     '+PROTEST'),
    ('a_nomination_for_a_prize_backs_no_one',
     "\n\nThe quiz show, which was nominated for an Emmy last spring, airs on the network.\n",
     '-SUPPORT'),
    ('a_nomination_for_an_office_backs',
     "\n\nPresident Obama nominated Judge Carla Reyes for a seat on the federal appeals court.\n",
     '+SUPPORT'),
    ('occupying_a_rank_or_a_post_seizes_nothing',
     "\n\nThe governor and the senator occupied a third tier in the poll.\n\nShe occupies one of the "
     "most powerful positions in the capital as the state's attorney general.\n",
     '-ASSAULT'),
    ('occupying_a_village_stays_force',
     "\n\nRebel troops occupied the border village of Kasa on Monday.\n",
     '+ASSAULT'),
    ('a_charge_of_a_thing_with_no_one_is_a_topic',
     "\n\nThe inquiry was by then mired in accusations of partisan bias.\n",
     '-ACCUSE'),
    ('a_charge_against_someone_stays',
     "\n\nThe new allegations of bribery against Senator Hale are not the only charges he faces.\n",
     '+ACCUSE'),
    ('confidence_in_an_outcome_backs_no_one',
     "\n\nThe party chairman expressed confidence that the delegates could still come together.\n",
     '-SUPPORT'),
    ('confidence_in_someone_backs',
     "\n\nThe party chairman expressed full confidence in Governor Lane.\n",
     '+SUPPORT'),
    ('praise_a_poll_counts_is_no_event',
     "\n\nSix in 10 Democratic primary voters said Senator Lane is honest and trustworthy.\n",
     '-SUPPORT'),
    ('a_striking_likeness_is_no_strike',
     "\n\nThe similarities between the two governors are striking.\n",
     '-PROTEST'),
    ('workers_striking_stay_a_protest',
     "\n\nThousands of nurses are striking for higher pay at the city's hospitals.\n",
     '+PROTEST'),
    ('a_rating_that_hit_a_level_is_no_attack',
     "\n\nThe senator's standing with young voters, which has hit historically low levels, worries his aides.\n",
     '-ASSAULT'),
    ('a_lead_that_dropped_concedes_nothing',
     "\n\nHer lead over the senator has dropped from a 31-point advantage to two points.\n",
     '-CONCEDE'),
    ('dropping_a_restriction_still_concedes',
     "\n\nThe United States dropped tariffs on Chinese steel last year.\n",
     '+CONCEDE'),
    ('breaking_down_is_no_break_with_anyone',
     "\n\nThe shared travel zone has already broken down under the strain of migration, with many "
     "worried that it can never be restored.\n\nThe governor appeared to break down walls with the "
     "neighbouring state, only to build them back up.\n",
     '-REJECT'),
    ('dropping_the_ball_concedes_nothing',
     "\n\nOften, families did not understand the cost of dropping the ball on the paperwork.\n",
     '-CONCEDE'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)
