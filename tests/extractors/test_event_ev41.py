"""Issue 10, ev41: a second event of a sentence not made - a bid verb (praise.tsv `urge`, event_cues `bidverb`) told
with no subject of its own, as a participle set off by a comma after another verb, takes that verb's subject as its
doer (`triggers.participle_doer`); `bombard` as a verb of attack. Invented sentences; the rows marked `stays` guard
the forms left alone."""
from __future__ import annotations

import pytest

from tests.helpers import asserted_rows, check_types


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('encouraging_as_a_participle_after_another_act_is_a_request',
     "\n\nThe senator is once again questioning the fairness of the vote, encouraging his supporters to visit "
     "polling places on Election Day.\n", '+ACCUSE +REQUEST'),
    ('encouraging_as_a_participle_after_a_plain_verb_is_a_request',
     "\n\nThe senator spoke for an hour, encouraging his supporters to visit polling places.\n", '+REQUEST'),
    ('telling_as_a_participle_is_a_request',
     "\n\nThe mayor spoke for an hour on Monday, telling residents to stay indoors.\n", '+REQUEST'),
    ('stays_a_conjunct_is_left_to_the_model',
     "\n\nThe government rejected the call of the council and told the other states to refrain from comment.\n",
     '=REJECT'),
    ('stays_a_participle_after_a_passive_urges_nothing',
     "\n\nThe bill was passed on Monday, encouraging firms to invest.\n", '-REQUEST'),
    ('stays_a_thing_that_encourages_asks_nothing',
     "\n\nThe report came out on Monday, encouraging countries to prepare.\n", '-REQUEST'),
    ('stays_a_participle_not_set_off_under_a_negated_verb_asks_nothing',
     "\n\nKell says she does not feel comfortable telling her friends to vote for the mayor.\n", '-REQUEST'),
    ('stays_a_private_word_told_to_her_asks_nothing',
     "\n\nPolice located the senator and told her to leave.\n", '-REQUEST'),
    # a verb of attack the lexicon lacked (event_patterns `bombard`); bombarding with words is an attack in words
    # (event_senses `verbal`)
    ('bombarding_towns_with_rockets_is_an_attack',
     "\n\nRebel fighters bombarded the southern towns with rockets and mortar fire on Wednesday.\n", '+ASSAULT'),
    ('bombarding_someone_with_questions_is_no_attack',
     "\n\nReporters bombarded the senator with questions on Monday.\n", '-ASSAULT'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)


def test_participle_bid_has_the_main_verbs_subject_as_source(run):
    rows = asserted_rows(run("\n\nThe senator spoke for an hour, encouraging his supporters to visit polling "
                             "places.\n"), "REQUEST")
    assert [(s, t) for _, s, t, _ in rows] == [("The senator", "his supporters")], rows
