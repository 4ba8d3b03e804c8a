"""Queries over a store of hand-made articles: events by actor/side/type/quad/dates/place, quotes, dyads, stats, sql."""
from __future__ import annotations

import pytest

from dateline.store import Store, StoreError
from dateline.store import query
from dateline.store.filters import EventFilter as F


def keys(rows):
    return sorted((r["article_id"], r["idx"]) for r in rows)


def test_stats_counts_what_is_stored(store):
    s = query.stats(store)
    assert (s["articles"], s["events"], s["quotes"], s["places"]) == (3, 6, 1, 1)
    assert s["actors"] == 9          # distinct (code, name) pairs over the three articles
    assert s["published_first"] == "2026-03-02" and s["published_last"] == "2026-04-20"
    assert s["event_types"]["THREATEN"] == 2 and s["quads"]["4"] == 2


def test_events_by_actor_code_prefix_includes_compound_members_and_both_sides(store):
    rows = query.events(store, F(actor="RUR"))
    assert keys(rows) == [("accord", 0), ("accord", 1), ("accord", 2), ("protest", 0), ("rur-shelling", 0)]


def test_events_by_side(store):
    assert keys(query.events(store, F(source="GFK"))) == [("accord", 1), ("accord", 2)]
    assert keys(query.events(store, F(target="GFK"))) == [("accord", 0)]
    assert keys(query.events(store, F(source="students"))) == [("protest", 0), ("protest", 1)]


def test_events_by_name_part(store):
    assert keys(query.events(store, F(actor="united nations"))) == [("accord", 1)]


def test_events_by_type_quad_and_place(store):
    (row,) = query.events(store, F(type="assault"))
    assert (row["dead"], row["place"], row["source"], row["target"]) == (4, "Strelsau", "Ruritanian military",
                                                                        "Ruritanian rebels")
    assert row["sentence"].startswith("Ruritanian troops shelled") and row["goldstein"] < 0
    assert keys(query.events(store, F(quad=3))) == [("accord", 2), ("protest", 1)]
    assert keys(query.events(store, F(place="strel"))) == [("rur-shelling", 0)]


def test_events_between_dates_use_the_event_day_else_the_published_day(store):
    assert keys(query.events(store, F(since="2026-04-01"))) == [("protest", 0), ("protest", 1)]
    assert keys(query.events(store, F(since="2026-03-14", until="2026-03-31"))) == [("accord", 1), ("accord", 2)]
    rows = query.events(store, F(until="2026-03-01"))
    assert keys(rows) == [("rur-shelling", 0)] and rows[0]["day"] == "2026-03-01"


def test_month_and_year_bounds_cover_the_whole_period(store):
    assert keys(query.events(store, F(since="2026-04", until="2026-04"))) == [("protest", 0), ("protest", 1)]
    assert len(query.events(store, F(until="2026"))) == 6
    assert keys(query.events(store, F(until="2026-03"))) == [("accord", 0), ("accord", 1), ("accord", 2),
                                                         ("rur-shelling", 0)]


def test_events_newest_first_and_limited(store):
    rows = query.events(store, limit=2)
    assert [r["day"] for r in rows] == ["2026-04-27", "2026-04-20"]


def test_a_bad_date_is_a_clear_error(store):
    with pytest.raises(StoreError, match="not a date"):
        query.events(store, F(since="last week"))


def test_quotes_by_speaker_and_text(store):
    (row,) = query.quotes(store, speaker="varga")
    assert row["speaker"] == "Anna Varga" and row["published"] == "2026-03-02"
    assert row["text"].startswith("\"We will not stop") and row["article_id"] == "rur-shelling"
    assert len(query.quotes(store, contains="border")) == 1
    assert query.quotes(store, contains="harvest") == []


def test_dyads_by_month_split_by_quad_with_goldstein(store):
    rows = {(r["period"], r["source"], r["target"]): r for r in query.dyads(store, by="month")}
    assert set(rows) == {("2026-03", "RURMIL", "RURREB"), ("2026-03", "RURGOV", "GFKGOV"),
                         ("2026-03", "Ruritania and Grand Fenwick", "IGOUNO"), ("2026-03", "GFKGOV", "RURGOV"),
                         ("2026-04", "EDU", "RURLEG")}
    fight = rows[("2026-03", "RURMIL", "RURREB")]
    assert (fight["events"], fight["quad4"], fight["quad1"], fight["goldstein"]) == (1, 1, 0, -10.0)
    assert rows[("2026-03", "GFKGOV", "RURGOV")]["goldstein"] == 0.0       # negated threat
    assert rows[("2026-03", "RURGOV", "GFKGOV")]["goldstein"] > 0


def test_dyads_by_week_and_day_and_actor(store):
    weeks = {r["period"] for r in query.dyads(store, by="week")}
    assert "2026-W09" in weeks                                  # Sunday 2026-03-01 is in ISO week 9
    days = query.dyads(store, F(actor="EDU"), by="day")
    assert [(r["period"], r["source"]) for r in days] == [("2026-04-20", "EDU")]
    with pytest.raises(StoreError):
        query.dyads(store, by="year")


@pytest.fixture
def store_file(stories_db):
    return stories_db


def test_sql_reads(store_file):
    names, rows = query.sql(store_file, "SELECT id FROM articles ORDER BY id")
    assert names == ["id"] and rows == [("accord",), ("protest",), ("rur-shelling",)]


@pytest.mark.parametrize("statement", [
    "DELETE FROM articles",
    "INSERT INTO global_actors VALUES (99, 'X', 'x', NULL, NULL)",
    "DROP TABLE events",
    "UPDATE articles SET title = 'x'",
    "CREATE TABLE t (n INTEGER)",
    "COPY articles TO '/tmp/dateline-should-not-exist.csv'",
    "ATTACH '/tmp/dateline-should-not-exist.duckdb' AS other",
    "SELECT 1; DELETE FROM articles",
])
def test_sql_refuses_writes(store_file, statement):
    with pytest.raises(StoreError):
        query.sql(store_file, statement)
    with Store.open(store_file, read_only=True) as s:
        assert s.counts()["articles"] == 3 and s.counts()["events"] == 6


def test_sql_cannot_read_other_files(store_file, tmp_path):
    other = tmp_path / "x.csv"
    other.write_text("a\n1\n")
    with pytest.raises(StoreError):
        query.sql(store_file, f"SELECT * FROM read_csv('{other}')")


def test_a_page_of_events_read_by_key_is_the_head_of_the_whole_list(store):
    """Small pages are read by key (index lookups), `--limit 0` in one pass: the same rows either way."""
    from dateline.store.filters import EventFilter
    from dateline.store.query import events

    for f in (EventFilter(), EventFilter(actor="Ruritania"), EventFilter(quad=4)):
        whole = events(store, f, limit=None)
        assert whole and events(store, f, limit=2) == whole[:2]
        assert events(store, f, limit=len(whole) + 5) == whole


def test_coded_only_dyads_from_the_flat_table_count_what_the_coded_filter_selects(store):
    from dateline.store.filters import CODED, EventFilter
    from dateline.store.query import dyads

    rows = dyads(store, EventFilter(coded_only=True, asserted_only=True))
    expected = store.rows(f"""
        SELECT count(*) AS n FROM event_participants s
        JOIN event_participants t ON t.article_id = s.article_id AND t.event_idx = s.event_idx AND t.role = 'target'
        JOIN events e ON e.article_id = s.article_id AND e.idx = s.event_idx
        WHERE s.role = 'source' AND NOT e.negated AND NOT e.hypothetical
          AND (s.article_id, s.event_idx) IN ({CODED})""")[0]["n"]
    assert sum(r["events"] for r in rows) == expected
    assert sum(r["events"] for r in dyads(store, EventFilter(asserted_only=True))) > expected > 0
