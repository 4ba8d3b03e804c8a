"""Record helpers of records.py: an Article keeping some of its events, an event's confidence against a minimum."""
from __future__ import annotations

import dataclasses

from dateline.records import Article, Casualty
from tests.helpers import at, event

TEXT = "Troops shelled the town, killing two. Police arrested five. Rebels attacked a depot, wounding one.\n"


def article() -> Article:
    return Article(
        id="a", title=None, published="2026-01-02", published_from="input", dateline=None, truncated=False,
        events=(event(TEXT, "shelled", confidence=0.9), event(TEXT, "arrested", "COERCE", confidence=0.2),
                event(TEXT, "attacked", confidence=None)),
        casualties=(Casualty(*at(TEXT, "killing two"), "killing two", killed=2, event=0),
                    Casualty(*at(TEXT, "five"), "five", arrested=5, event=1),
                    Casualty(*at(TEXT, "wounding one"), "wounding one", injured=1, event=2),
                    Casualty(*at(TEXT, "two"), "two", killed=2)),
        text=TEXT)


def test_keeping_events_renumbers_the_casualties_that_point_at_them():
    a = article()
    kept = a.keeping_events([2, 0])
    assert [e.trigger.text for e in kept.events] == ["shelled", "attacked"]
    assert [c.event for c in kept.casualties] == [0, None, 1, None]
    assert [dataclasses.replace(c, event=None) for c in kept.casualties] == [
        dataclasses.replace(c, event=None) for c in a.casualties]                   # nothing else changes
    assert kept.text == a.text and kept.to_dict()["id"] == "a"
    assert a.keeping_events(range(3)) == a and a.keeping_events([]).events == ()


def test_an_event_without_a_confidence_passes_any_minimum():
    shelled, arrested, attacked = article().events
    assert shelled.confident(0.9) and not arrested.confident(0.5) and attacked.confident(1.0)
    assert arrested.confident(None)
