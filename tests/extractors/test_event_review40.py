"""review40: mends of session 40's merged events rules. Invented sentences.

A person whose name is a word of a written rule (`Law`, `Rule`, `Bill`) is no rule as a doer (checks._rule_as_doer
read the lemma of a proper noun tagged a person: `Jude Law punched a photographer` lost its event)."""
from __future__ import annotations

import pytest

from tests.helpers import check_types


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('a_person_surnamed_law_still_acts',
     "\n\nPolice said Jude Law punched a photographer outside a club in London on Friday night.\n", '+ASSAULT'),
    ('a_person_named_bill_still_acts',
     "\n\nBill attacked a police officer outside the bar in Dallas on Saturday.\n", '+ASSAULT'),
    ('a_person_surnamed_rule_still_acts',
     "\n\nOfficer Tom Rule arrested two men outside the bank in Austin on Tuesday.\n", '+COERCE'),
    ('stays_a_bill_as_doer_coerces_no_one',
     "\n\nSenate Bill 5 bans protests near schools.\n", '-COERCE'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)
