"""Issue 10, ev38: classes of false events whose precision falls off on unseen articles. Invented sentences; the
rows marked `stays` guard the forms the rule leaves alone."""
from __future__ import annotations

import pytest

from tests.helpers import check_types


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    # disagreeing among themselves: a plural subject, a topic, no one disagreed with (checks._among_themselves)
    ('plural_subject_disagreeing_over_a_question_refuses_no_one',
     "\n\nLawmakers who back the reform disagree over how far it should go.\n", '-REJECT'),
    ('people_disagreeing_about_whether_refuse_no_one',
     "\n\nPeople disagree about whether the new plant will open this year.\n", '-REJECT'),
    ('two_parties_disagreeing_on_a_budget_refuse_no_one',
     "\n\nThe two parties disagree on the budget.\n", '-REJECT'),
    ('two_named_people_disagreeing_on_a_budget_refuse_no_one',
     "\n\nKell and Roe disagree on the budget.\n", '-REJECT'),
    ('stays_disagreeing_with_someone_refuses',
     "\n\nKell disagreed with the governor on the budget.\n", '+REJECT'),
    ('stays_a_plural_subject_disagreeing_with_someone_refuses',
     "\n\nKell and Roe disagree with the governor on the budget.\n", '+REJECT'),
    ('stays_one_speaker_disagreeing',
     "\n\n\"I disagree,\" Kell said of the governor's plan.\n", '+REJECT'),
    ('stays_a_group_answering_a_claim_refuses',
     "\n\nThe governor says the plan will cut taxes. Republicans disagree.\n", '+REJECT'),
    # someone's wrong in words of scorn brought up by a verb of citing (evaluative._cited)
    ('citing_the_scornful_remarks_someone_made_criticises_them',
     "\n\nKell cited the derogatory comments the governor had made about veterans.\n", '+ACCUSE'),
    ('citing_something_as_an_example_of_someones_contempt_criticises_them',
     "\n\nKell cited it as an example of the governor's contempt for workers.\n", '+ACCUSE'),
    ('mentioning_the_disparaging_remarks_someone_made_criticises_them',
     "\n\nAt the debate, Kell mentioned the disparaging remarks the governor had made.\n", '+ACCUSE'),
    ('recalling_reckless_decisions_made_by_a_board_criticises_it',
     "\n\nKell recalled the reckless decisions made by the board.\n", '+ACCUSE'),
    ('stays_citing_remarks_with_no_word_of_scorn',
     "\n\nKell cited the governor's remarks about veterans.\n", '-ACCUSE'),
    ('stays_citing_something_as_ones_guilty_pleasure',
     "\n\nKell rounded out the list, citing \"Ace Ventura\" as his guilty pleasure.\n", '-ACCUSE'),
    ('stays_citing_remarks_one_only_heard',
     "\n\nKell cited the derogatory comments he had heard as a child.\n", '-ACCUSE'),
    # a suit or an inquiry named as the setting of something else (checks._inquiry_in_passing)
    ('released_in_an_investigation_accuses_no_one',
     "\n\nThe emails were released in the investigation of Kell's use of a private server.\n", '-ACCUSE'),
    ('immunity_from_civil_suits_accuses_no_one',
     "\n\nThe bill would end the immunity foreign states have from civil suits in American courts.\n", '-ACCUSE'),
    ('a_party_in_many_lawsuits_accuses_no_one',
     "\n\nKell has been a party in 300 lawsuits over the years.\n", '-ACCUSE'),
    ('stays_a_lawsuit_filed',
     "\n\nThe union filed a lawsuit against the city.\n", '+ACCUSE'),
    ('stays_an_investigation_opened',
     "\n\nKell opened an investigation into the mayor's office.\n", '+ACCUSE'),
    ('stays_said_in_a_lawsuit_filed_by_someone',
     "\n\nThe council said in a lawsuit filed by its lawyers that the state had broken the law.\n", '+ACCUSE'),
]


def test_the_one_cited_is_the_target(run):
    art = run("\n\nKell cited the derogatory comments the governor had made about veterans.\n")
    got = [([p.text for p in e.source], [p.text for p in e.target]) for e in art.events if e.type == "ACCUSE"]
    assert got == [(["Kell"], ["the governor"])], got


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)
