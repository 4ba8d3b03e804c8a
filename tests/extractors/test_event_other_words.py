"""Requests, refusals, denials and praise told in other words (issue 10, ev16d), on invented sentences: each
behaviour and a near miss it must leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import check_types, found, shown


def test_he_or_they_should_act_said_by_another_asks_them(run):
    art = run("\n\nGovernor Ann Hale met the two senators on Monday. Mayor Dan Brook said they should close the "
              "border crossing at once.\n")
    got = found(art, "REQUEST")
    assert any("Brook" in e.source[0].text and e.target and e.target[0].text == "they" for e in got), shown(art)


def test_ones_own_words_said_to_be_misread_deny_the_reading(run):
    art = run("\n\nThe mayor came under fire on Monday. Mayor Dan Brook said that his remarks had been taken out of "
              "context. \"My comments have been misconstrued,\" Governor Ann Hale said.\n")
    got = found(art, "REJECT")
    assert {e.trigger.text for e in got} >= {"taken", "misconstrued"}, shown(art)
    assert any("Brook" in e.source[0].text for e in got if e.trigger.text == "taken"), shown(art)


def test_begging_off_is_a_refusal_not_a_request(run):
    art = run("\n\nGovernor Ann Hale begged off, citing a busy schedule. The mayor begged the council to stay.\n")
    assert [e.trigger.text for e in found(art, "REJECT")] == ["begged off"], shown(art)
    assert [e.trigger.text for e in found(art, "REQUEST")] == ["begged"], shown(art)


def test_a_fault_owned_by_the_one_who_says_so_is_conceded(run):
    art = run("\n\n\"I regret it, and I take full responsibility,\" Governor Ann Hale said. Mayor Dan Brook "
              "spoke on the radio, saying he made a \"poor choice of words\" during a rally.\n")
    got = found(art, "CONCEDE")
    assert {e.trigger.text for e in got} >= {"responsibility", "choice"}, shown(art)
    assert any("Hale" in e.source[0].text for e in got if e.trigger.text == "responsibility"), shown(art)


def test_a_claim_called_false_is_denied_to_whoever_made_it(run):
    art = run("\n\n\"That is simply false,\" Mayor Dan Brook said of Senator Tom Reyes's claim.\n")
    (e,) = found(art, "REJECT")
    assert "Brook" in e.source[0].text and any("Reyes" in p.text for p in e.target), shown(art)


def test_police_seeking_people_is_a_manhunt_not_a_request(run):
    art = run("\n\nPolice sought two men in connection with the robbery on Main Street. The police sought help from "
              "residents.\n")
    assert [e.trigger.text for e in found(art, "COERCE")] == ["sought"], shown(art)
    assert [e.target[0].text for e in found(art, "REQUEST")] == ["help"], shown(art)


def test_thanks_or_praise_sent_to_someone_backs_them(run):
    art = run("\n\nGovernor Ann Hale tweeted her thanks to the mayor. Senator Tom Reyes is offering his positive "
              "reviews of the governor's plan. Mayor Dan Brook has made comments supportive of Senator Reyes.\n")
    got = found(art, "SUPPORT")
    assert {e.trigger.text for e in got} >= {"thanks", "reviews", "comments"}, shown(art)
    assert any("Hale" in e.source[0].text and e.target and "mayor" in e.target[0].text
               for e in got if e.trigger.text == "thanks"), shown(art)
    assert any("Reyes" in e.source[0].text and e.target and "governor" in e.target[0].text
               for e in got if e.trigger.text == "reviews"), shown(art)


def test_people_rallied_around_someone_back_them_no_street_rally(run):
    art = run("\n\nAt the convention, Governor Ann Hale rallies Democrats for Senator Tom Reyes.\n")
    got = found(art, "SUPPORT")
    assert any("Hale" in e.source[0].text and e.target and "Reyes" in e.target[0].text for e in got), shown(art)
    assert not found(art, "PROTEST"), shown(art)


def test_a_roundtable_with_someone_is_a_meeting(run):
    art = run("\n\nMayor Dan Brook held a roundtable with business owners on Monday.\n")
    got = found(art, "CONSULT")
    assert any("Brook" in e.source[0].text for e in got), shown(art)


def test_a_clause_told_as_due_is_demanded(run):
    art = run("\n\n\"It's time a special prosecutor be appointed,\" Senator Tom Reyes said. Mayor Dan Brook wrote to "
              "his followers, \"It's time to end her political career.\"\n")
    got = found(art, "REQUEST")
    assert any("Reyes" in e.source[0].text and not e.target for e in got), shown(art)
    assert any("Brook" in e.source[0].text and e.target and e.target[0].text == "her" for e in got), shown(art)


def test_a_right_given_back_is_conceded(run):
    art = run("\n\nGovernor restores voting rights to felons.\n\nGovernor Ann Hale restored the voting rights of "
              "felons on Friday. Crews restored power to the city on Monday.\n")
    got = found(art, "CONCEDE")
    assert any("Hale" in e.source[0].text for e in got), shown(art)
    assert not any(e.trigger.text == "restored" and "Crews" in e.source[0].text for e in got), shown(art)


def test_an_act_of_law_said_to_be_called_for_is_demanded(run):
    art = run("\n\nSenator Tom Reyes said the report merits the appointment of an independent counsel.\n")
    got = found(art, "REQUEST")
    assert any("Reyes" in e.source[0].text and e.trigger.text == "appointment" for e in got), shown(art)


def test_a_subjunctive_or_should_under_a_verb_of_proposing_asks_for_it(run):
    art = run("\n\nSenator Tom Reyes suggested the chief's deputy be fired. Mayor Dan Brook suggested that the "
              "governor should resign.\n")
    got = found(art, "REQUEST")
    assert any("Reyes" in e.source[0].text and not e.target for e in got), shown(art)
    assert any("Brook" in e.source[0].text and e.target and "governor" in e.target[0].text for e in got), shown(art)


def test_balking_at_a_proposal_refuses_it(run):
    art = run("\n\nThe council approved the plan, but town officials have since balked at the builder's offer.\n")
    got = found(art, "REJECT")
    assert any(e.trigger.text == "balked" and "officials" in e.source[0].text for e in got), shown(art)


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('a_pronoun_told_in_the_past_or_denied_is_asked_nothing',
     "\n\nMayor Dan Brook said he needed to speak to the governor first. \"They shouldn't have trouble "
     "paying the loans back,\" the mayor said.\n",
     '-REQUEST'),
    ('anothers_words_misread_or_troops_taken_out_deny_nothing',
     "\n\nMayor Dan Brook said the senator's remarks were misconstrued by reporters. The troops were taken "
     "out of the city.\n",
     '-REJECT'),
    ('a_fault_of_another_a_question_or_a_claimed_attack_concedes_nothing',
     "\n\n\"He made a mistake,\" Mayor Dan Brook said. \"Do I bear responsibility for the flood?\" the "
     "governor asked. The rebel group took responsibility for the bombing. \"We take seriously our "
     "responsibilities to count the vote,\" the clerk said.\n",
     '-CONCEDE'),
    ('a_duty_past_or_no_act_is_no_demand',
     "\n\n\"The figures have to be taken with some caution,\" the economist said. \"The foundation should "
     "not be shut down,\" Senator Tom Reyes said.\n",
     '-REQUEST'),
    ('having_means_to_act_is_no_duty',
     "\n\nPolice say the city has adequate resources to secure the stadium during the match.\n",
     '-REQUEST'),
    ('challenging_someone_for_a_seat_asks_nothing',
     "\n\nSenator Tom Reyes is challenging Governor Ann Hale for her seat in the primary election.\n",
     '-REQUEST'),
    ('feeling_knowing_or_carrying_a_state_is_no_duty',
     "\n\n\"They must feel betrayed,\" Senator Tom Reyes said. The analyst said Governor Ann Hale has to "
     "carry Ohio to win the nomination.\n",
     '-REQUEST'),
    ('thanks_for_a_thing_or_remarks_with_no_praise_back_no_one',
     "\n\nThanks to the rain, the mayor canceled the parade. The governor gave thanks for the rain. "
     "Senator Tom Reyes made comments about the governor on Monday. The mayor sent no thanks to the "
     "governor.\n",
     '-SUPPORT'),
    ('members_rallied_for_a_strike_are_no_backing',
     "\n\nThe union rallied its members for the strike on Monday.\n",
     '-SUPPORT'),
    ('time_for_ones_own_side_or_for_nothing_of_anyones_asks_no_one',
     "\n\n\"It's time to move on,\" the mayor said. \"It's time we moved on,\" Governor Ann Hale said. But "
     "it's time to drop the myth that he is saving the city.\n",
     '-REQUEST'),
    ('glad_to_see_a_thing_hedged_or_denied_backs_no_one',
     "\n\n\"I'd be happy to see him go,\" the mayor said. \"We are pleased to see the rain,\" the farmer "
     "said. \"I was not glad to see that,\" the governor said after Senator Tom Reyes won.\n",
     '-SUPPORT'),
    ('a_feeling_or_a_denial_of_kin_is_no_praise',
     "\n\nMayor Dan Brook said his wife was pleased. \"His son was not honest,\" the mayor said.\n",
     '-SUPPORT'),
    ('an_act_required_by_a_rule_or_denied_is_no_demand',
     "\n\nThe job requires a background investigation. Mayor Dan Brook said the case does not warrant an "
     "inquiry.\n",
     '-REQUEST'),
    ('a_finding_a_reproach_or_a_denied_proposal_asks_nothing',
     "\n\nPolls suggest that voters are tired of the race. Mayor Dan Brook suggested the senator should "
     "have known. The mayor did not suggest that the chief be fired.\n",
     '-REQUEST'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)


SIDES_CASES = [  # (test id, text, etype, who, whom)
    ('an_act_that_must_be_done_to_someone_is_demanded',
     "\n\n\"The Harlow Foundation must be shut down at once,\" Senator Tom Reyes said in a statement.\n",
     "REQUEST", "Reyes", "Foundation"),
    ('challenging_someone_to_a_debate_asks_them',
     "\n\nSenator Tom Reyes, trailing in the polls before the primary, challenged Governor Ann Hale to a "
     "one-on-one debate.\n",
     "REQUEST", "Reyes", "Hale"),
    ('time_for_someone_to_act_with_a_curly_apostrophe_asks_them',
     "\n\nMayor Dan Brook wrote to his followers, \u201cIt\u2019s time for the council to close the "
     "loopholes.\u201d\n",
     "REQUEST", "Brook", "council"),
    ('glad_to_see_someone_or_what_they_did_backs_them',
     "\n\n\"Senator Tom Reyes won tonight and I was really glad to see that,\" Governor Ann Hale said.\n",
     "SUPPORT", "Hale", "Reyes"),
    ('praise_of_someone_named_by_kin_backs_them',
     "\n\nSenator Tom Reyes said his wife is uniquely qualified to be governor.\n",
     "SUPPORT", "Reyes", "wife"),
]


@pytest.mark.parametrize("text, etype, who, whom", [pytest.param(*row, id=i) for i, *row in SIDES_CASES])
def test_an_event_of_the_type_between_the_two_named(run, text, etype, who, whom):
    art = run(text)
    got = found(art, etype)
    assert any(who in e.source[0].text and e.target and whom in e.target[0].text for e in got), shown(art)
