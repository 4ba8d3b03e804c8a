"""`dyads` reads `event_dyads` alone (schema version 8: it carries the event's type, actor_set and place_label): the
answers are those of joining the events, as `dyads` did before, for every filter, period and counting, on a fresh
store with event clusters and on a store migrated from version 7."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dateline.records import Actor, Article, Place
from dateline.store import Store, query, schema
from dateline.store.filters import EventFilter as F, where
from dateline.store.query import _DYAD_COUNTS, _PERIODS, dyad_rows, dyads
from tests.helpers import event, mention, part
from tests.store.conftest import stories
from tests.store.test_filter_index import _filters
from tests.store.test_store_filters import article


def _joined(store: Store, f: F, *, by: str, by_cluster: bool) -> list[dict]:
    """The answer by the join of the events and their dyad rows (the SQL of version 7), as reference."""
    sql, params = where(f)
    period = _PERIODS[by]
    if by_cluster:
        rows = store.rows(f"""
            WITH one AS (
                SELECT coalesce(m.cluster_id, e.article_id || '-' || e.idx) AS cluster_key,
                       coalesce({period.replace("e.day", "coalesce(c.day, e.day)")}, 'undated') AS period,
                       d.source, d.target, min(e.quad) AS quad, avg(e.goldstein) AS goldstein
                FROM events e
                JOIN event_dyads d ON d.article_id = e.article_id AND d.event_idx = e.idx
                LEFT JOIN event_mentions m ON m.article_id = e.article_id AND m.event_idx = e.idx
                LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id
                {sql} GROUP BY ALL)
            SELECT period, source, target, {_DYAD_COUNTS.format(e="")} FROM one
            GROUP BY ALL ORDER BY period, events DESC, source, target""", params)
    else:
        rows = store.rows(f"""
            SELECT coalesce({period}, 'undated') AS period, d.source, d.target, {_DYAD_COUNTS.format(e="e.")}
            FROM events e JOIN event_dyads d ON d.article_id = e.article_id AND d.event_idx = e.idx
            {sql} GROUP BY ALL ORDER BY period, events DESC, source, target""", params)
    return rows


def _asked(store: Store) -> list[F]:
    every = _filters(store)[::6]
    every += [F(type="ASSAULT"), F(type="consult", quad=1), F(since="2026-03", until="2026-03-20"),
              F(min_confidence=0.6), F(asserted_only=True, coded_only=True), F(coded_only=True, actor="rus"),
              F(place="EE", asserted_only=True), F(actor_id=1, type="ASSAULT")]
    return every


@pytest.fixture(scope="module")
def store():
    from dateline import stories as linking

    s = Store.open(":memory:")
    articles = [*stories(), article()]
    s.write_articles([(a, "") for a in articles])
    linking.link(s, articles)
    yield s
    s.close()


def test_dyads_from_their_own_table_are_the_dyads_of_the_joined_events(store):
    assert store.rows("SELECT count(*) AS n FROM event_mentions")[0]["n"] > 0        # clusters are counted
    checked = 0
    for f in _asked(store):
        for by, cluster in (("month", False), ("month", True), ("day", True), ("week", False)):
            assert dyads(store, f, by=by, by_cluster=cluster, kept=False) == \
                _joined(store, f, by=by, by_cluster=cluster), (f, by, cluster)
            checked += 1
    assert checked > 50
    assert dyads(store, F(type="ASSAULT"), kept=False) and dyads(store, F(actor="rus"), kept=False)


def test_a_version_7_store_gets_the_event_columns_of_its_dyads(tmp_path):
    path = tmp_path / "v7.duckdb"
    with Store.open(path) as s:
        s.write_articles([(a, "") for a in [*stories(), article()]])
        written = s.rows("SELECT * FROM event_dyads ORDER BY ALL")
        s.con.execute("DROP INDEX event_dyads_article")
        for column in ("place_label", "actor_set", "type"):
            s.con.execute(f"ALTER TABLE event_dyads DROP COLUMN {column}")
        s.con.execute(schema.INDEXES[[i for i, x in enumerate(schema.INDEXES) if "event_dyads_article" in x][0]])
        s.con.execute("UPDATE schema_version SET version = 7")
    assert written and all(r["type"] for r in written) and any(r["actor_set"] for r in written)
    with Store.open(path, read_only=True) as s:             # a reader gets it migrated first
        assert s.schema_version() == schema.SCHEMA_VERSION >= 8
        assert s.rows("SELECT * FROM event_dyads ORDER BY ALL") == written
        for f in _asked(s)[:40]:
            assert dyads(s, f, kept=False) == _joined(s, f, by="month", by_cluster=False), f
    with Store.open(path) as s:                             # new rows get them from the write path
        s.write_article(dataclasses.replace(article(), id="filters-2"))
        assert s.rows("SELECT count(*) AS n FROM event_dyads WHERE type IS NULL")[0]["n"] == 0


PEOPLE = ("Orvel Dane", "Ines Marr", "Tobin Rusk", "Aldo Penn")


def report(n: int) -> Article:
    """One of 160 invented reports over a year and a half: two people, an attack and a meeting between them."""
    a, b = PEOPLE[n % 4], PEOPLE[(n // 4 + 1 + n) % 4]
    b = b if b != a else PEOPLE[(n + 1) % 4]
    text = f"{a} attacked {b} in Varno. {a} met {b} in Varno.\n"
    day = dt.date(2031, 1, 1) + dt.timedelta(days=(n * 11) % 540)
    return Article(
        id=f"y{n:03d}", title=None, published=None if n % 13 == 0 else day.isoformat(), published_from="input",
        dateline=None, truncated=False,
        actors=(Actor("A1", a, "VAR", "GOV" if n % 3 else "", mentions=(mention(text, a),)),
                Actor("A2", b, "VAR", "REB", mentions=(mention(text, b),))),
        events=(event(text, "attacked", "ASSAULT", 4, source=[part(text, a, "A1")], target=[part(text, b, "A2")],
                      place="P1", date=day.isoformat() if n % 5 else None),
                event(text, "met", "CONSULT", 1, source=[part(text, a, "A1", nth=1)],
                      target=[part(text, b, "A2", nth=1)], date=day.isoformat(), negated=n % 7 == 0)),
        places=(Place("P1", "Varno", "VN", None, 1.0, 2.0, "city", mentions=(mention(text, "Varno"),)),),
        text=text)


@pytest.fixture(scope="module")
def year():
    """The reports above (some undated), linked into event clusters."""
    from dateline import stories as linking

    s = Store.open(":memory:")
    articles = [report(n) for n in range(160)]
    s.write_articles([(a, "") for a in articles])
    linking.link(s, articles)
    yield s
    s.close()


@pytest.mark.parametrize("windows", [(1, 10, 40), query.DYAD_WINDOWS])
def test_the_first_rows_found_in_the_earliest_periods_are_the_first_rows_of_the_answer(year, monkeypatch, windows):
    monkeypatch.setattr(query, "DYAD_WINDOWS", windows)
    asked = [F(), F(actor="dane"), F(type="CONSULT"), F(since="2031-03-10"), F(actor="Rusk", quad=4),
             F(place="Varno", until="2031-06"), F(actor="nobody"), F(asserted_only=True, coded_only=True)]
    windowed = 0
    for f in asked:
        for by in ("month", "week", "day"):
            for cluster in (False, True):
                whole = dyads(year, f, by=by, by_cluster=cluster, kept=False)
                for limit in (1, 5, 17, 500):
                    found = query._first_dyads(year, f, by=by, limit=limit, by_cluster=cluster)
                    assert found is None or found == whole[:limit], (f, by, cluster, limit)
                    windowed += found is not None
                    if limit == 5:                     # what the CLI (dyad_rows) and the library (dyads) answer
                        assert dyads(year, f, by=by, by_cluster=cluster, limit=limit, kept=False) == whole[:limit]
                        assert list(dyad_rows(year, f, by=by, by_cluster=cluster, limit=limit,
                                              kept=False)) == whole[:limit]
    assert windowed > 10                                   # the windows answer many of these
    assert year.rows("SELECT count(*) AS n FROM event_mentions WHERE cluster_id IS NOT NULL")[0]["n"] > 0


def test_with_the_kept_spread_of_cluster_days_the_windows_still_give_the_first_rows(year, monkeypatch):
    from dateline.store import views

    spread = views.cluster_spread(views.Reader(year.con, summaries=False))
    assert spread > 0                                        # some cluster's day is not its every report's own
    assert year.rows("""SELECT count(*) AS n FROM event_mentions m JOIN events e ON e.article_id = m.article_id
                        AND e.idx = m.event_idx WHERE e.day IS NULL""")[0]["n"] > 0     # undated reports in clusters
    year.write_summaries()
    assert query._kept_spread(year) == spread
    monkeypatch.setattr(query, "DYAD_WINDOWS", (1, 10, 40, 120))
    windowed = 0
    for f in (F(), F(actor="dane"), F(type="ASSAULT"), F(asserted_only=True)):
        for by in ("month", "week", "day"):
            whole = dyads(year, f, by=by, by_cluster=True, kept=False)
            for limit in (1, 5, 17, 60):
                found = query._first_dyads(year, f, by=by, limit=limit, by_cluster=True)
                assert found is None or found == whole[:limit], (f, by, limit)
                windowed += found is not None
    assert windowed > 10
    # a spread too small would lose reports whose cluster's day is in the window but their own day is not
    monkeypatch.setattr(query, "_kept_spread", lambda store: 0)
    assert any(query._first_dyads(year, F(), by="day", limit=n, by_cluster=True) !=
               dyads(year, F(), by="day", by_cluster=True, kept=False)[:n] for n in (5, 17, 60))
