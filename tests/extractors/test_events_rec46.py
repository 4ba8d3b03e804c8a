"""Events a careful coder lists that the rules missed (issue 10's recall, rec46), on invented sentences: each
behaviour and a near miss it must leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import found, shown


@pytest.mark.parametrize("text, asked", [
    ("The council, Mayor Dan Brook said, must release the audit report.", "The council"),
    ("The ministry must, envoy Ann Hale said, withdraw its troops from the border.", "The ministry"),
    ("The governor, she said, should resign at once.", "The governor"),
])
def test_a_duty_said_in_an_aside_is_a_request(run, text, asked):
    art = run("\n\nThe dispute over the audit went on for a month. " + text + "\n")
    got = found(art, "REQUEST")
    assert any(e.target and e.target[0].text == asked for e in got), shown(art)


@pytest.mark.parametrize("text, etype, trigger", [
    ("Senator Ann Hale inveighed against the ruling party in a speech on Monday.", "ACCUSE", "inveighed"),
    ("Senator Ann Hale lit into Governor Dan Brook over the budget.", "ACCUSE", "lit"),
    ("Judge Ann Hale admonished the prosecutor for the long delay.", "ACCUSE", "admonished"),
    ("Western governments shunned the envoy at the summit.", "REJECT", "shunned"),
    ("Each of the gunmen had paid tribute to the militant group before the attack.", "SUPPORT", "paid"),
])
def test_verbs_of_blame_refusal_and_backing_the_lexicon_lacked(run, text, etype, trigger):
    art = run("\n\n" + text + "\n")
    assert any(e.trigger.text == trigger for e in found(art, etype)), shown(art)


@pytest.mark.parametrize("text, etype", [
    ("The river, the forecaster said, should rise overnight.", "REQUEST"),   # a forecast in an aside asks no one
    ("We must, the mayor said, remember the victims.", "REQUEST"),           # nor the speaker's own side
    ("The band played a tribute concert in the capital on Sunday.", "SUPPORT"),   # a tribute noun alone backs no one
    ("A tribute to the old stadium was broadcast on Sunday.", "SUPPORT"),
])
def test_near_misses_make_no_event(run, text, etype):
    art = run("\n\nThe storm reached the coast on Monday. " + text + "\n")
    assert not found(art, etype), shown(art)

