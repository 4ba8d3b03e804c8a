"""One act told twice in a sentence is one event (issue 10, ev50): two events of one type, asserted, with one doer and
one aim (a side named in one of them only counts as the same) keep the better telling; two acts stay apart when each
clause names the doer again, when one is told as done before the other, when one is told as done again or each on a
day of its own (review50a), and for steps of law enforcement (`happenings.told_twice`). Invented sentences."""
from __future__ import annotations

import dataclasses

import pytest

from dateline.extractors.events.happenings import told_twice
from tests.helpers import asserted, event, found, part, shown


# one act told with two verbs (fail on main: two events of the type)
@pytest.mark.parametrize("text, etype", [
    ("Governor Alma Reyes won the vote in Ohio on Tuesday. Her rival Tom Hale phoned her late at night. "
     "He congratulated her on the result and praised her hard work.", "SUPPORT"),
    ("Mayor Lena Ortiz thanked Governor Paul Rand and praised him for the new bridge.", "SUPPORT"),
    ("Union leader Mark Dunn spoke on Monday. \"This plan is unacceptable, and I am angry that the Harlow council "
     "allowed it,\" Dunn said.", "ACCUSE"),
])
def test_one_act_told_with_two_verbs_is_one_event(run, text, etype):
    art = run(text)
    last = art.events[-1].sentence.start if art.events else 0
    here = [e for e in found(art, etype) if e.sentence.start == last]
    assert len(here) == 1, shown(art)


# guards: two acts of one dyad (pass on main and here)
@pytest.mark.parametrize("text, etype", [
    # each clause names the doer again
    ("Mayor Lena Ortiz criticized Governor Paul Rand in a radio interview, and the mayor later accused Rand of lying "
     "about the budget.", "ACCUSE"),
    # one told as done before the other
    ("Mayor Lena Ortiz spoke on Monday. Having criticized Governor Paul Rand in a speech last week, she condemned "
     "Rand again on Monday.", "ACCUSE"),
    # steps of law enforcement
    ("Police arrested a Bristol man on Friday and charged him with burglary.", "COERCE"),
    # two aims
    ("The minister Hana Ode criticized the council and later condemned the mayor.", "ACCUSE"),
    # told as done again; each on its own day (review50a: fail on its first merge)
    ("President Mark Dunn met Prime Minister Rosa Vell in March and met her again in June.", "CONSULT"),
    ("Mayor Lena Ortiz praised Governor Paul Rand in 2010 and thanked him in 2012.", "SUPPORT"),
])
def test_two_acts_of_one_type_stay_two(run, text, etype):
    art = run(text)
    last = art.events[-1].sentence.start
    assert len([e for e in found(art, etype) if e.sentence.start == last]) == 2, shown(art)


TEXT = "Kell praised Roe and thanked Roe for the bridge."


def _pair(conf_praise, conf_thank, target_praise=True):
    kell, roe = part(TEXT, "Kell", "A1"), part(TEXT, "Roe", "A2", nth=1)
    praise = event(TEXT, "praised", "SUPPORT", 1, source=(kell,), target=(part(TEXT, "Roe", "A2"),) if target_praise
                   else (), confidence=conf_praise)
    thank = event(TEXT, "thanked", "SUPPORT", 1, source=(kell,), target=(roe,), confidence=conf_thank)
    return praise, thank


def test_the_telling_that_passes_the_floor_stays(nlp):
    praise, thank = _pair(0.95, 0.30)
    assert [e.trigger.text for e in told_twice(nlp(TEXT), [thank, praise], 0.5)] == ["praised"]


def test_the_telling_with_a_target_stays(nlp):
    praise, thank = _pair(0.99, 0.80, target_praise=False)
    assert [e.trigger.text for e in told_twice(nlp(TEXT), [praise, thank], 0.5)] == ["thanked"]


def test_a_denied_telling_is_left_alone(nlp):
    praise, thank = _pair(0.95, 0.90)
    denied = dataclasses.replace(thank, negated=True)
    assert len(told_twice(nlp(TEXT), [praise, denied], 0.5)) == 2
