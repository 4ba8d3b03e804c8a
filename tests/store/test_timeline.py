"""The timelines of the overview and of an actor: an event dated a year or more before its report is history the
article recalls; it is counted apart, not drawn, so one old date does not stretch the axis over centuries."""
from __future__ import annotations

import dataclasses

import pytest

from dateline.store import Store, views
from tests.helpers import event, part
from tests.web.conftest import border_story


def _recalling():
    """The border story (June 2019) with one more ACCUSE by Lund dated 14 July 1789 by its sentence."""
    a = border_story()
    t = a.text
    old = event(t, "accused", "ACCUSE", 3, source=[part(t, "Norwegian Foreign Minister Ada Lund", "A1")],
                target=[part(t, "Sweden", "A2")], cameo="112", date="1789-07-14", date_from="sentence",
                confidence=0.9)
    return dataclasses.replace(a, events=a.events + (old,))


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as s:
        s.write_articles([(_recalling(), "t")])
        yield s


def test_an_event_dated_centuries_before_its_report_does_not_stretch_the_timeline(store):
    for db in (views.Reader(store.con, summaries=False), None):
        if db is None:                                      # the same from the summaries an ingest writes
            store.write_summaries()
            db = views.Reader(store.con)
        line = views.timeline(db)
        assert line["history"] == 1
        assert line["unit"] == "day" and line["labels"][0].startswith("2019"), line["labels"][:3]
        lund = db.one("SELECT id FROM global_actors WHERE name = 'Ada Lund'")["id"]
        mine = views.timeline(db, global_id=lund)
        assert mine["history"] == 1 and mine["labels"][0].startswith("2019")
        assert sum(mine["source"]["series"]["3"]) == 1          # the June 2019 accusation is drawn


def test_the_overview_says_how_many_events_it_leaves_out(tmp_path):
    from fastapi.testclient import TestClient

    from dateline.web import create_app

    path = tmp_path / "w.duckdb"
    with Store.open(path) as s:
        s.write_articles([(_recalling(), "t")])
    with TestClient(create_app(path), base_url="http://127.0.0.1") as client:
        page = client.get("/").text
        assert 'id="timeline-history"' in page and "1 event dated a year or more before its report" in page
        assert "1789" not in client.get("/api/overview").json()["timeline"]["labels"][0]


def test_summaries_of_an_older_version_serve_every_actor_timeline_without_a_query_each(store):
    """user47 left: a store summarised before the timelines' keys (`timeline:recent`, `actor_timeline:recent:ID`)
    existed had each actor page compute its timeline live. Start-up now computes them all in one pass."""
    store.write_summaries()
    store.con.execute("UPDATE store_summaries SET name = replace(name, ':recent', '') WHERE name LIKE '%timeline%'")
    db = views.Reader(store.con)
    ids = [r["id"] for r in db.rows("SELECT id FROM global_actors")]
    views.warm(db).join()                                   # computed in a thread: the server starts as soon
    asked: list[str] = []
    rows = db.rows
    db.rows = lambda sql, params=(): asked.append(sql) or rows(sql, params)
    lund = next(i for i in ids if db.one("SELECT name FROM global_actors WHERE id = ?", [i])["name"] == "Ada Lund")
    asked.clear()
    lines = [views.timeline(db, global_id=i) for i in ids]
    assert asked == []                                      # no query per actor page
    fresh = views.Reader(store.con, summaries=False)
    assert lines == [views.timeline(fresh, global_id=i) for i in ids]      # the same as computed live
    assert lines[ids.index(lund)]["history"] == 1


def _old_summaries(store):
    store.write_summaries()
    store.con.execute("UPDATE store_summaries SET name = replace(name, ':recent', '') WHERE name LIKE '%timeline%'")


def test_the_start_up_pass_reads_through_its_own_cursor_and_holds_no_request(store, monkeypatch):
    """review48a: the pass ran its one long query on the shared connection under its lock, so every request waited
    for it; it reads through a cursor of its own (a DuckDB connection is not thread-safe)."""
    import threading

    _old_summaries(store)
    done, compute = threading.Event(), views._actor_timelines
    monkeypatch.setattr(views, "_actor_timelines", lambda db, actors: (compute(db, actors), done.set())[0])
    db = views.Reader(store.con)
    with db._lock:                                       # a request holding the shared connection throughout
        thread = views.warm(db)
        assert done.wait(timeout=30)                     # the pass read everything meanwhile
    thread.join()
    ids = [r["id"] for r in db.rows("SELECT id FROM global_actors")]
    assert all(f"actor_timeline:recent:{i}" in db._memo for i in ids)


def test_a_failure_of_the_start_up_pass_is_logged_and_the_pages_still_answer(store, monkeypatch, caplog):
    """review48a: an exception in the thread went to threading's hook only; it is logged as a warning, and an actor
    page then computes its timeline live."""
    _old_summaries(store)

    def broken(db, actors):
        raise RuntimeError("out of memory")

    monkeypatch.setattr(views, "_actor_timelines", broken)
    db = views.Reader(store.con)
    with caplog.at_level("WARNING", logger="dateline.store"):
        views.warm(db).join()
    assert "actor timelines were not computed" in caplog.text and "out of memory" in caplog.text
    gid = db.rows("SELECT id FROM global_actors")[0]["id"]
    assert views.timeline(db, global_id=gid) == views.timeline(views.Reader(store.con, summaries=False), global_id=gid)
