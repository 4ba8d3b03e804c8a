"""No actor acts on itself: one check (`events._not_aimed_at`) serves the slots (`_sides`) and the participants added
after them (`_not_on_itself`)."""
from __future__ import annotations

import inspect

import dateline.extractors.events as events
from dateline.records import Participant


def test_a_target_naming_a_source_actor_keeps_its_words_but_no_actor():
    husband = Participant(30, 41, "her husband", "A1")
    town = Participant(50, 55, "Arden", "A2")
    out = events._not_aimed_at((husband, town), {"A1"})
    assert out == (Participant(30, 41, "her husband", None), town)
    assert events._not_aimed_at((husband, town), set()) == (husband, town)


def test_both_depths_read_the_one_check():
    for f in (events._sides, events._not_on_itself):
        src = inspect.getsource(f)
        assert "_not_aimed_at(" in src and "actor=None" not in src, f.__name__
