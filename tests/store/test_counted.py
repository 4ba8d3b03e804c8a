"""What the store's summaries count (filters.counted): asserted events at the default confidence floor, the events
`dateline dyads` counts by default; negated, hypothetical and below-floor events are stored but not counted."""
from __future__ import annotations

import dataclasses

import pytest

from dateline import artefacts
from dateline.store import Store, filters, views
from dateline.store.filters import EventFilter
from dateline.store.query import _variant, dyads
from tests.helpers import event, part
from tests.web.conftest import border_story


def _story():
    """The border story with three more events between Sweden and Lund: one under any floor, one negated, one
    hypothetical; each of them alone would add a dyad Sweden -> Lund in Halden."""
    a = border_story()
    t = a.text
    extra = tuple(event(t, "accused", "ACCUSE", 3, source=[part(t, "Swedish officials", "A2")],
                        target=[part(t, "Lund", "A1", nth=2)], cameo="112", date="2019-06-04", place="P2", **fields)
                  for fields in ({"confidence": 0.01}, {"negated": True, "confidence": 0.9},
                                 {"hypothetical": True, "confidence": 0.9}))
    return dataclasses.replace(a, events=a.events + extra)


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(artefacts, "default_floor", lambda: 0.25)
    monkeypatch.setattr(filters, "default_floor", lambda: 0.25)
    with Store.open(tmp_path / "s.duckdb") as s:
        s.write_articles([(_story(), "t")])
        yield s


def _figures(db):
    gids = {r["name"]: r["id"] for r in db.rows("SELECT id, name FROM global_actors")}
    sweden, lund = gids["Sweden"], gids["Ada Lund"]
    return {"counts": views.counts(db), "top_dyads": views.top_dyads(db), "places": views.event_places(db),
            "sweden": views.actor(db, sweden), "sweden_dyads": views.actor_dyads(db, sweden),
            "timeline": views.timeline(db), "lund_timeline": views.timeline(db, global_id=lund),
            "top_actors": views.top_actors(db)}


def test_summaries_count_only_asserted_events_at_the_default_floor(store):
    live = _figures(views.Reader(store.con, summaries=False))
    counts = live["counts"]
    # stored: the story's 4 and the 3 added; counted: accused (0.9), killed (0.4), met (no confidence: kept)
    assert counts["stored"] == 7 and counts["reports"] == 3
    assert not any(d["source_name"] == "Sweden" and d["target_name"] == "Ada Lund" and d["events"] > 1
                   for d in live["top_dyads"])
    halden = [p for p in live["places"] if p["name"] == "Halden"]
    assert halden and halden[0]["events"] == 1                      # the killing, not the three added accusations
    assert live["sweden"]["as_source"] == 1                          # the meeting; not the hypothetical aid either
    assert sum(d["events"] for d in live["sweden_dyads"]) == 2          # the meeting, and the accusation it takes
    assert sum(sum(v) for v in live["timeline"]["series"].values()) == 3
    assert sum(sum(v) for v in live["lund_timeline"]["target"]["series"].values()) == 1
    # written summaries give the same figures
    store.write_summaries()
    assert _figures(views.Reader(store.con)) == live


def test_a_summary_written_under_another_floor_is_not_read(store, monkeypatch):
    store.write_summaries()
    assert views.Reader(store.con)._kept("counts") is not None
    monkeypatch.setattr(filters, "default_floor", lambda: 0.95)     # another version's weights
    db = views.Reader(store.con)
    assert db._kept("counts") is None
    assert views.counts(db)["reports"] == 1                          # the meeting, which has no confidence
    assert _variant("month", filters.counted(), False) is not None


def test_dyads_at_the_default_floor_read_the_kept_answer_and_it_is_the_computed_one(store):
    store.write_summaries()
    f = EventFilter(min_confidence=artefacts.default_floor(), asserted_only=True)
    assert _variant("month", f, False) == "month asserted"
    assert _variant("month", dataclasses.replace(f, min_confidence=0.5), False) is None
    assert _variant("month", dataclasses.replace(f, min_confidence=None), False) is None
    kept, computed = dyads(store, f), dyads(store, f, kept=False)
    assert kept == computed
    assert not any(r["source"] == "SWEGOV" and r["events"] > 1 for r in kept)


def test_an_actor_on_both_sides_of_an_event_counts_it_once(tmp_path, monkeypatch):
    """A compound side can hold an actor that is also the other side (`Sweden and Norway met Sweden's envoy`): the
    actor page's event count is the events it takes part in, not its source count plus its target count."""
    monkeypatch.setattr(filters, "default_floor", lambda: 0.25)
    a = border_story()
    t = a.text
    both = event(t, "met", "CONSULT", 1, source=[part(t, "Swedish officials", "A2")], target=[part(t, "Sweden", "A2")],
                 cameo="040", date="2019-06-04", confidence=0.9)
    with Store.open(tmp_path / "s.duckdb") as s:
        s.write_articles([(dataclasses.replace(a, events=(both,)), "t")])
        db = views.Reader(s.con, summaries=False)
        sweden = db.one("SELECT id FROM global_actors WHERE name = 'Sweden'")["id"]
        row = views.actor(db, sweden)
        assert row["as_source"] == 1 and row["as_target"] == 1 and row["events"] == 1
        s.write_summaries()
        assert views.actor(views.Reader(s.con), sweden)["events"] == 1
