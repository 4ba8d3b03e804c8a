"""Kept aggregates (store_summaries): the web's store-wide and per-actor figures read from the table are the
figures computed from the events, and a summary of an older state of the store is never read."""
from __future__ import annotations

import dataclasses
import json

from dateline.store import Store
from dateline.store import views
from tests.web.conftest import STORIES


def _figures(db: views.Reader) -> dict:
    gids = [r["id"] for r in db.rows("SELECT id FROM global_actors ORDER BY id")]
    out = {"counts": views.counts(db), "timeline": views.timeline(db), "top_actors": views.top_actors(db),
           "top_dyads": views.top_dyads(db), "places": views.event_places(db), "types": views.event_types(db)}
    for g in gids + [999999]:
        out[f"actor {g}"] = (views.actor(db, g), views.actor_dyads(db, g), views.timeline(db, global_id=g),
                             views.actor_quotes(db, g))
    return json.loads(json.dumps(out, default=str))


def test_kept_summaries_give_the_same_figures_and_a_stale_one_is_not_read(tmp_path):
    from dateline import stories

    with Store.open(tmp_path / "s.duckdb") as store:
        articles = [make() for make in STORIES]
        store.write_articles([(a, "t") for a in articles])
        stories.link(store, articles)
        assert store.write_summaries() > 6
        live = _figures(views.Reader(store.con, summaries=False))
        kept = views.Reader(store.con)
        assert kept._kept("counts") is not None and kept._kept(f"actor_dyads:{live['top_actors'][0]['id']}:30")
        assert _figures(kept) == live
        from dateline.store.query import stats
        assert stats(store) == stats(store, kept=False) and stats(store)["articles"] == 3
        assert live["top_dyads"] and live["actor 999999"] == [None, [], json.loads(json.dumps(
            views.timeline(views.Reader(store.con, summaries=False), global_id=999999))), []]
        assert any(v[3] for k, v in live.items() if k.startswith("actor "))         # someone is quoted
        # another article: the summaries belong to the store as it was, so the figures are computed again
        extra = dataclasses.replace(articles[2], id="talks/4")
        store.write_articles([(extra, "t")])
        fresh = views.Reader(store.con)
        assert fresh._kept("counts") is None
        assert views.counts(fresh)["articles"] == live["counts"]["articles"] + 1
        assert stats(store)["articles"] == 4
        assert _figures(fresh) == _figures(views.Reader(store.con, summaries=False))


def _search_in_one_query(db: views.Reader, q: str, limit: int = 20) -> dict:
    """The search as one query per kind over the whole store (what views.search answers in steps)."""
    p = [q]
    arts = db.rows("""SELECT id, title, published, dateline_place FROM articles
                      WHERE contains(lower(title), lower(?)) OR contains(lower(text), lower(?))
                      ORDER BY published DESC NULLS LAST, id LIMIT ?""", p + p + [limit])
    for r in arts:
        r["published"] = r["published"].isoformat() if r["published"] else None
    acts = db.rows("""SELECT g.id, g.name, g.code, count(a.article_id) AS articles
                      FROM global_actors g LEFT JOIN actors a ON a.global_id = g.id
                      WHERE contains(lower(g.name), lower(?)) OR upper(g.code) = upper(?)
                      GROUP BY ALL ORDER BY articles DESC, g.name LIMIT ?""", p + [q, limit])
    quotes = db.rows("""SELECT q.article_id, q.idx, q.text, q.speaker_text, a.global_id, g.name AS speaker_name
                        FROM quotes q LEFT JOIN actors a ON a.article_id = q.article_id AND a.actor_id = q.speaker_actor
                        LEFT JOIN global_actors g ON g.id = a.global_id
                        WHERE contains(lower(q.text), lower(?)) ORDER BY q.article_id, q.idx LIMIT ?""", p + [limit])
    return {"articles": arts, "actors": acts, "quotes": quotes}


def test_the_search_in_steps_gives_the_rows_of_one_query(tmp_path):
    articles = []
    for make in STORIES:                 # the stories published over two years, so that every window holds some
        for k, day in enumerate(("2017-02-01", "2018-06-30", "2019-05-20", "2019-06-25", None)):
            a = make()
            articles.append(dataclasses.replace(a, id=f"{a.id}-{k}", published=day))
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write_articles([(a, "t") for a in articles])
        for kept in (False, True):
            if kept:
                store.write_summaries()
            db = views.Reader(store.con)
            for q in ("Lund", "talks", "lima", "PER", "accept", "nothing like this", "Santiago"):
                for limit in (1, 3, 7, 20):
                    got, want = views.search(db, q, limit=limit), _search_in_one_query(db, q, limit)
                    assert got["articles"] == want["articles"] and got["quotes"] == want["quotes"], (q, limit)
                    assert [dict(a) for a in got["actors"]] == want["actors"], (q, limit)
        assert len(views.search(db, "talks", limit=20)["articles"]) == 10


def test_a_search_word_matching_many_actors_costs_the_same_few_statements(tmp_path, monkeypatch):
    """`/search?q=a` counted each matched actor's rows with a statement of its own (and a kept-summary look-up):
    a minute on a store of 2,000 articles. The count is one statement, whatever the number of actors matched."""
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write_articles([(make(), "t") for make in STORIES])
        db = views.Reader(store.con)
        ran = []
        real = views.Reader.rows
        monkeypatch.setattr(views.Reader, "rows", lambda self, sql, params=(): ran.append(sql) or real(self, sql, params))
        found = views.search(db, "a")["actors"]
        assert len(found) >= 4 and all(a["articles"] >= 1 for a in found)
        assert sum("FROM actors WHERE global_id" in sql for sql in ran) == 1, ran


def test_kept_dyads_are_the_dyads_computed_from_the_events_and_a_stale_answer_is_not_read(tmp_path):
    from dateline import stories
    from dateline.store.filters import EventFilter as F, counted
    from dateline.store.query import KEPT_DYADS, dyads

    with Store.open(tmp_path / "s.duckdb") as store:
        articles = [make() for make in STORIES]
        store.write_articles([(a, "t") for a in articles])
        stories.link(store, articles)
        store.write_summaries()
        asked = [(F(min_confidence=counted().min_confidence, asserted_only=a, coded_only=c), cluster) for _, a, c, cluster in KEPT_DYADS]
        assert store.rows("SELECT count(DISTINCT variant) AS n FROM dyad_periods")[0]["n"] >= 2
        for f, cluster in asked + [(F(), False), (F(asserted_only=True), True), (F(actor="x", asserted_only=True), True)]:
            live = dyads(store, f, by="month", by_cluster=cluster, kept=False)
            assert dyads(store, f, by="month", by_cluster=cluster) == live, f
            assert dyads(store, f, by="month", by_cluster=cluster, limit=1) == live[:1]
        assert any(dyads(store, f, by="month", by_cluster=c) for f, c in asked)     # something is counted
        # rows of a kept answer that does not belong to the store as it is are never read
        store.con.execute("UPDATE dyad_periods SET events = events + 100")
        bumped = dyads(store, counted(), by="month", by_cluster=True)
        assert bumped and bumped[0]["events"] > 100                                  # (the kept rows are read)
        store.write_articles([(dataclasses.replace(articles[2], id="talks/4"), "t")])
        for f, cluster in asked:
            assert dyads(store, f, by="month", by_cluster=cluster) == dyads(store, f, by="month", by_cluster=cluster,
                                                                            kept=False)


def test_streamed_dyads_are_the_dyads_kept_or_computed_in_the_same_order(tmp_path):
    from dateline import stories
    from dateline.store.filters import EventFilter as F, counted
    from dateline.store.query import KEPT_DYADS, dyad_rows, dyads, dyads_count

    with Store.open(tmp_path / "s.duckdb") as store:
        articles = [make() for make in STORIES]
        store.write_articles([(a, "t") for a in articles])
        stories.link(store, articles)
        asked = [(F(min_confidence=counted().min_confidence, asserted_only=a, coded_only=c), cluster) for _, a, c, cluster in KEPT_DYADS]
        asked += [(F(), False), (F(actor="x", asserted_only=True), True), (F(min_confidence=0.5), False)]
        for by in ("month", "day"):
            for f, cluster in asked:
                assert dyads_count(store, f, by=by, by_cluster=cluster) is None        # nothing kept yet
                live = dyads(store, f, by=by, by_cluster=cluster, kept=False)
                assert list(dyad_rows(store, f, by=by, by_cluster=cluster, batch=1)) == live
                assert list(dyad_rows(store, f, by=by, by_cluster=cluster, limit=2)) == live[:2]
        store.write_summaries()
        for f, cluster in asked:
            live = dyads(store, f, by="month", by_cluster=cluster, kept=False)
            assert list(dyad_rows(store, f, by="month", by_cluster=cluster, batch=2)) == live
            assert list(dyad_rows(store, f, by="month", by_cluster=cluster, limit=1)) == live[:1]
            kept = (f, cluster) in asked[:len(KEPT_DYADS)]
            assert dyads_count(store, f, by="month", by_cluster=cluster) == (len(live) if kept else None)
        assert any(dyads_count(store, f, by="month", by_cluster=c) for f, c in asked)


def test_rows_built_by_column_come_in_the_order_of_their_rank_with_nulls_as_none():
    import duckdb

    from dateline.store.query import _fast_rows

    con = duckdb.connect()
    cur = con.execute("SELECT * FROM (VALUES (2, 'b', 1.5), (1, 'a', NULL), (3, NULL, 2.0)) t(rank, x, y)")
    assert _fast_rows(cur, order="rank") == [{"x": "a", "y": None}, {"x": "b", "y": 1.5}, {"x": None, "y": 2.0}]
