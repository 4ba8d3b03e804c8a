"""review38: ev38's evaluative._cited took a possessive pronoun of the citer's own number for another's owner, and
made the citer criticise their own deeds (`_own_pronoun`). Invented sentences; the `stays` rows guard the forms the
rule leaves alone (pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_types

TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('citing_her_own_reckless_votes_accuses_no_one',        # fails on int38
     "\n\nThe senator cited her reckless votes in the past as lessons learned.\n", '-ACCUSE'),
    ('citers_mentioning_their_own_bad_decisions_accuse_no_one',
     "\n\nThe two mayors mentioned their reckless decisions as lessons for young officials.\n", '-ACCUSE'),
    ('stays_citing_a_named_owner',
     "\n\nKell cited it as an example of the governor's contempt for workers.\n", '+ACCUSE'),
    ('stays_citing_a_pronoun_that_cannot_be_the_citer',
     "\n\nThe two senators cited his reckless decisions as the reason for their votes.\n", '+ACCUSE'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)
