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
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)
