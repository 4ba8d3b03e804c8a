"""Type confusions and precision (issue 10, branch ev20t): an invitation to act asks, a court's sentence coerces, a
warner's own act on a condition threatens, a figure that fell refuses nothing, market demand asks nothing, going
back to a place concedes nothing, a name in quotes is no phone call; on invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, check_types, types


def test_an_invitation_to_act_is_a_request(run):
    art = run("\n\nThe Kremlin invited Turkey to send observers to the vote.\n")
    invited = [e for e in asserted(art) if e.trigger.text == "invited"]
    assert invited and invited[0].type == "REQUEST", types(art)


def test_an_invitation_to_meet_or_visit_stays_a_meeting(run):
    art = run("\n\nThe senator invited the governor to meet with party leaders next week. "
              "The company invited reporters in to tour its new offices.\n")
    invited = [e for e in asserted(art) if e.trigger.text == "invited"]
    assert invited and all(e.type == "CONSULT" for e in invited), types(art)


def test_a_sentence_without_a_term_coerces(run):
    art = run("\n\nLast of three Texas men sentenced in deadly robbery\n\nThe judge sentenced Smith on Tuesday.\n")
    sentenced = [e for e in asserted(art) if e.trigger.text == "sentenced"]
    assert len(sentenced) == 2 and all(e.type == "COERCE" for e in sentenced), types(art)


def test_a_warners_own_act_on_a_condition_is_a_threat(run):
    art = run("\n\nThe company warned they could sell off billions of dollars in assets if the bill becomes law.\n")
    assert any(e.type == "THREATEN" and e.trigger.text == "warned" for e in asserted(art)), types(art)


def test_declining_when_asked_is_a_refusal(run):
    art = run("\n\nWhen the reporter asked the publisher to reprint the book, it declined, citing legal risks.\n")
    assert any(e.type == "REJECT" and e.trigger.text == "declined" for e in asserted(art)), types(art)


def test_a_demand_made_by_someone_stays_a_request(run):
    art = run("\n\nOne sticking point is a demand by the senator that the bill include tax breaks.\n")
    assert any(e.type == "REQUEST" and e.trigger.text == "demand" for e in asserted(art)), types(art)


def test_a_thing_returned_to_someone_concedes(run):
    art = run("\n\nThe department returned the weapon to him recently.\n")
    assert any(e.type == "CONCEDE" and e.trigger.text == "returned" for e in asserted(art)), types(art)


def test_banning_a_group_coerces_it(run):
    art = run("\n\nThe government banned the opposition party last year.\n")
    assert any(e.type == "COERCE" and e.trigger.text == "banned" for e in asserted(art)), types(art)


def test_a_conviction_of_someone_coerces(run):
    art = run("\n\nOfficials said the conviction of retired general David Petraeus for mishandling classified "
              "information is casting a shadow over the inquiry.\n")
    every = [e for e in art.events if e.trigger.text == "conviction"]
    assert every and all(e.type == "COERCE" for e in every), {(e.type, e.trigger.text) for e in art.events}


def test_a_months_name_is_no_march(run):
    art = run("\n\nThe average of four polls taken in the first week of March has Clinton ahead.\n\n"
              "Thousands of workers joined a march in the capital on Sunday.\n")
    protests = [e for e in asserted(art) if e.type == "PROTEST"]
    assert len(protests) == 1 and "March" not in protests[0].trigger.text, types(art)


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('a_warning_of_what_befalls_the_warner_is_no_threat',
     "\n\nDemocrats warned they could lose the Senate.\n",
     '-THREATEN'),
    ('a_figure_that_declined_refuses_nothing',
     "\n\nThe mayor's approval rating is still high, though it has declined slightly from 61 percent "
     "in the last survey to 57 percent now.\n\nIn fact, the state's economy grew faster than its rivals' even as "
     "its carbon emissions declined.\n",
     '-REJECT'),
    ('market_demand_asks_nothing',
     "\n\nThe aim of the tax cuts is the same: ramping up demand at a moment when shoppers pull back. "
     "The shows were popular on its on-demand service.\n",
     '-REQUEST'),
    ('going_back_to_a_place_concedes_nothing',
     "\n\nTom Ward's aides insist Ward is returning to the Senate as the same stubborn, hard-line "
     "conservative he has always been.\n",
     '-CONCEDE'),
    ('a_name_in_quotes_is_no_phone_call',
     "\n\nJacobs called Merkel \u201cThe Chancellor of the Free World.\u201d\n",
     '-CONSULT'),
    ('a_rule_on_a_practice_coerces_no_one',
     "\n\nThough their names are widely known, they are prohibited from making references to their "
     "candidacies.\n\nThe president banned waterboarding when he took office.\n",
     '-COERCE'),
    ('found_guilty_stays_an_accusation',
     "\n\nA Marine was found guilty of mishandling classified material.\n",
     '+ACCUSE'),
    ('striking_a_tune_is_a_figure',
     "\n\nHis campaign chief, Dan Reyes, struck a similar tune.\n",
     '-ASSAULT|ACCUSE'),
    ('a_quoted_title_after_a_preposition_is_no_act',
     "\n\nThe senator repeated the claim on \u201cMeet the Press\u201d on Sunday.\n\n"
     "The crowd broke into chants of \u201cLock her up!\u201d\n",
     '-CONSULT|COERCE'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)
