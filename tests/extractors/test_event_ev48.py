"""ev48: classes of false events counted by trigger and route on the readable gold (issue 10, type precision first),
on invented sentences of wire, council, court, business and hospital stories; a row marked `fails on main` failed
before the change, a guard passes on both."""
from __future__ import annotations

import pytest

from tests.helpers import found, types


def _story(body: str) -> str:
    return "Story\n\nLISBON (Wire) - " + body + "\n"


# A stop verb that makes or completes what its object names (triggers.stop_event, `_held_through`): a deal `cut` is
# made (event_cues `dealmake`: AGREE), a meeting that ends of itself ended by its own holders was held (`sitting`:
# the noun's CONSULT); neither cuts ties (SANCTION).
TYPED_CASES = [
    ("cut_a_deal",   # fails on main: SANCTION
     "The governor cut a deal with the dockers' union on Friday.", "AGREE", "SANCTION"),
    ("cut_deals_plural",   # fails on main: SANCTION
     "The two rebel factions cut deals with the army in the north last week.", "AGREE", "SANCTION"),
    ("ended_their_summit",   # fails on main: SANCTION
     "The Gulf leaders ended their summit in Doha on Friday with a call for calm.", "CONSULT", "SANCTION"),
    ("ended_his_visit",   # fails on main: SANCTION
     "The prime minister ended his visit to Seoul on Thursday.", "CONSULT", "SANCTION"),
    ("ended_their_meeting_1998_wire",   # fails on main: SANCTION
     "EU farm ministers ended their two-day meeting in Luxembourg on Tuesday.", "CONSULT", "SANCTION"),
]


@pytest.mark.parametrize("body, wanted, unwanted", [pytest.param(*r[1:], id=r[0]) for r in TYPED_CASES])
def test_made_or_held_not_cut(run, body, wanted, unwanted):
    art = run(_story(body))
    assert found(art, wanted) and not found(art, unwanted), types(art)


# Guards: talks, aid and ties ended or cut are still a break (SANCTION); a visit called off is no meeting held.
SANCTION_KEPT = [
    ("ended_peace_talks", "Israel ended peace talks with the Palestinians after the bombing."),
    ("suspended_their_talks", "The two sides suspended their talks with the mediators on Friday."),
    ("cut_diplomatic_ties", "Bahrain cut diplomatic ties with Iran on Sunday."),
    ("ended_aid", "The donors ended aid to the government after the coup."),
    # review48b: a deal cut short or off is ended, not made (failed on int48: AGREE)
    ("cut_its_deal_short", "The union cut its deal with management short after the layoffs."),
    ("cut_the_pact_off", "Her stepfather cut the agreement off after the first payment."),
    ("cut_short_the_accord", "The club cut short its agreement with the coach after three losses."),
]


@pytest.mark.parametrize("body", [pytest.param(r[1], id=r[0]) for r in SANCTION_KEPT])
def test_break_kept(run, body):
    art = run(_story(body))
    assert found(art, "SANCTION") and not found(art, "CONSULT") and not found(art, "AGREE"), types(art)


def test_cancelled_visit_no_meeting(run):
    art = run(_story("The president cancelled his visit to Japan after the quake."))
    assert not found(art, "CONSULT"), types(art)


# `admit` with people as its object lets them in (checks.keep, event_senses `entrant` and victims' person test): no
# fault owned, no CONCEDE.
NO_CONCEDE = [
    ("hospital_admitted_patients",   # fails on main: CONCEDE
     "The county hospital admitted three patients with burns on Sunday."),
    ("college_admitted_students",   # fails on main: CONCEDE
     "The university admitted 300 students from the region this fall."),
    ("club_admitted_members",   # a guard (no CONCEDE on main either)
     "The golf club admitted its first women members in 1992."),
]


@pytest.mark.parametrize("body", [pytest.param(r[1], id=r[0]) for r in NO_CONCEDE])
def test_people_let_in(run, body):
    art = run(_story(body))
    assert not found(art, "CONCEDE"), types(art)


CONCEDE_KEPT = [
    ("admitted_wrongdoing", "The mayor admitted wrongdoing in the contract affair on Monday."),
    ("admitted_that", "The minister admitted that the ministry had misled parliament."),
    ("admitted_to_lying", "The senator admitted to lying about the trip."),
    ("admitted_the_killings", "The militia commander admitted the killings of five villagers."),
    # review48b: monitors let in are CAMEO 086 (event_senses `admitted`), not people let in (failed on int48)
    ("admitted_the_inspectors", "After a month of refusals Belarus admitted the weapons inspectors on Tuesday."),
    ("admitted_observers", "The junta admitted foreign election observers last spring."),
]


@pytest.mark.parametrize("body", [pytest.param(r[1], id=r[0]) for r in CONCEDE_KEPT])
def test_fault_owned(run, body):
    art = run(_story(body))
    assert found(art, "CONCEDE"), types(art)


# A goal striven for is not asserted (triggers._mood, `_toward_goal`, event_cues `goalverb`; intent_verbs `strive`):
# the event under `working toward`, `progress towards` or `striving to` is hypothetical.
GOAL_CASES = [
    ("working_toward_a_deal",   # fails on main: AGREE asserted
     "The envoys are working toward reaching an accord with the rebel leaders.", "AGREE"),
    ("worked_towards_a_ceasefire",   # fails on main: RETREAT asserted
     "Mediators worked towards a ceasefire between the clans all week.", "RETREAT"),
    ("progress_toward_a_ceasefire",   # fails on main: RETREAT asserted
     "The negotiators made progress toward a ceasefire on Sunday.", "RETREAT"),
    ("striving_to_secure_a_release",   # fails on main: CONCEDE asserted
     "The envoy is striving to secure the release of the hostages.", "CONCEDE"),
]


GOAL_GUARDS = [
    ("leaning_toward_backing", "The delegate said he is leaning toward supporting the governor.", "SUPPORT"),
    ("marched_toward_parliament", "Protesters marched toward the parliament and clashed with police.", "PROTEST"),
    ("moved_toward_and_shelled", "Troops moved toward the border and shelled the villages.", "ASSAULT"),
    # review48b: a protest or fighting named with `the` is a scene gone to, under way (failed on int48)
    ("headed_toward_the_protest", "Riot police headed toward the protest in the main square.", "PROTEST"),
    ("edged_toward_the_clashes", "Ambulances edged toward the clashes outside the stadium.", "ASSAULT"),
]


# An act argued for or against as the gerund object of a stance verb is not done (triggers._mood, event_cues
# `stancegerund`): `favor arresting the ringleaders` arrests no one.
STANCE_GERUND = [
    ("favor_arresting",   # fails on main: COERCE asserted
     "Most lawmakers favor arresting the ringleaders.", "COERCE"),
    ("backs_imposing_sanctions",   # fails on main: SANCTION asserted
     "The party backs imposing sanctions on Iran.", "SANCTION"),
    ("supports_lifting_the_embargo",   # fails on main: CONCEDE asserted
     "Germany supports lifting the embargo on Cuba.", "CONCEDE"),
    ("advocated_expelling",   # fails on main: SANCTION asserted
     "Officials advocated expelling the diplomats.", "SANCTION"),
]


# Goals and acts argued for: one table of acts not asserted, one of acts done beside them.
@pytest.mark.parametrize("body, unwanted", [pytest.param(*r[1:], id=r[0]) for r in GOAL_CASES + STANCE_GERUND])
def test_act_not_asserted(run, body, unwanted):
    art = run(_story(body))
    assert not found(art, unwanted), types(art)


STANCE_GERUND_GUARDS = [
    ("began_arresting", "Police began arresting protesters on Monday.", "COERCE"),
    ("kept_attacking", "The rebels kept attacking the convoys.", "ASSAULT"),
    ("denied_shelling", "The army denied shelling the village.", "REJECT"),
    ("suggested_that_clause", "An adviser suggested that the rebels were shelling the town.", "ASSAULT"),
]


@pytest.mark.parametrize("body, wanted", [pytest.param(*r[1:], id=r[0]) for r in GOAL_GUARDS + STANCE_GERUND_GUARDS])
def test_act_done(run, body, wanted):
    art = run(_story(body))
    assert found(art, wanted), types(art)
