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


def _reference_plain(value):
    """The contract JSON as a plain walk over the fields writes it (what `to_dict` gives, however it reads them)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _reference_plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not f.metadata.get("internal")}
    if isinstance(value, (list, tuple)):
        return [_reference_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _reference_plain(v) for k, v in value.items()}
    return value


def test_to_dict_is_the_plain_walk_over_the_contract_fields():
    """`to_dict` reads a record's fields at once and takes scalars as they are: the same JSON, in the same key order,
    as a walk over every field (internal fields such as an event's `features` and the text left out)."""
    import json

    a = dataclasses.replace(article(), captions=(), quotes=())
    out = a.to_dict()
    assert out == _reference_plain(a) and list(out) == list(_reference_plain(a))
    assert json.dumps(out) == json.dumps(_reference_plain(a))
    assert "features" not in out["events"][0] and "pluperfect" not in out["events"][0] and "text" not in out
    assert [list(e) for e in out["events"]] == [list(_reference_plain(e)) for e in a.events]


def test_replaced_makes_what_dataclasses_replace_makes():
    """`records.replaced` is `dataclasses.replace` (the same record, its fields in the same order, `__post_init__`
    run: an unknown type refused, a sentence given as a dict made an Extent); a name that is no field gets
    `dataclasses.replace`'s own error."""
    import pytest

    from dateline.records import Event, Extent, replaced

    shelled = article().events[0]
    for changes in ({"confidence": 0.4, "features": (("x", 1.0),)}, {"date": "2026-01-01", "date_from": "clause"},
                    {"target": ()}, {}):
        new, old = replaced(shelled, **changes), dataclasses.replace(shelled, **changes)
        assert new == old and vars(new) == vars(old) and list(vars(new)) == list(vars(old))
        assert new.features == old.features and new is not shelled and type(new) is Event
    assert replaced(shelled, sentence={"start": 0, "end": 9}).sentence == Extent(0, 9)
    with pytest.raises(ValueError):
        replaced(shelled, type="NOT_A_TYPE")
    with pytest.raises(TypeError):
        replaced(shelled, no_such_field=1)
    c = article().casualties[0]
    assert replaced(c, event=None) == dataclasses.replace(c, event=None)
