"""Issue 10, ev40: false events by class - a written rule as the doer of a verb, an adjective of judgement the parse
hangs on a verb of doing as its adverb or object, a quake named `temblor` or `aftershock`. Invented sentences; the
rows marked `stays` guard the forms the rules leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import check_types


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    # an adjective of judgement hung on a verb of doing as its adverb or object (evaluative._manner)
    ('singing_bad_blames_no_one',
     "\n\n\"She was singing really bad,\" Ann Roe said.\n", '-ACCUSE'),
    ('playing_bad_blames_no_one',
     "\n\n\"The senator played bad,\" Roe said.\n", '-ACCUSE'),
    ('doing_worse_in_the_polls_blames_no_one',
     "\n\n\"He is doing worse in the polls,\" said Ann Roe.\n", '-ACCUSE'),
    ('stays_someone_said_to_be_bad_is_blamed',
     "\n\n\"The mayor is bad,\" said Ann Roe.\n", '+ACCUSE'),
    ('stays_someone_said_to_act_crazy_is_blamed',
     "\n\n\"The mayor acted crazy,\" said Ann Roe.\n", '+ACCUSE'),
    ('stays_someone_said_to_do_a_terrible_job_is_blamed',
     "\n\n\"The mayor did a terrible job,\" said Ann Roe.\n", '+ACCUSE'),
    # a written rule as the doer of a verb: what the rule says, no act (checks._rule_as_doer, event_senses
    # `writtenrule`)
    ('a_protocol_calling_for_something_asks_nothing',
     "\n\nCapitol Police protocol called for the senator to be taken to a trauma center in the wake of her fall, "
     "aides said.\n", '-REQUEST'),
    ('a_policy_prohibiting_something_coerces_no_one',
     "\n\nBut county policy prohibits workers from using phones for personal calls.\n", '-COERCE'),
    ('legislation_restricting_something_coerces_no_one',
     "\n\nTwo of the bills became law, among them Ohio legislation restricting access to the ballot for felons.\n",
     '-COERCE'),
    ('stays_someone_calling_for_something_asks_for_it',
     "\n\nThe senator called for the minister to resign.\n", '+REQUEST'),
    ('stays_police_prohibiting_something_coerce',
     "\n\nPolice prohibited protesters from entering the square on Monday.\n", '+COERCE'),
    # a quake by another name strikes no one (hazards.tsv `temblor`, `aftershock`)
    ('a_temblor_striking_is_no_attack',
     "\n\nThe tiny temblor struck at 3:10 a.m. and measured 2.4.\n", '-ASSAULT'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)
