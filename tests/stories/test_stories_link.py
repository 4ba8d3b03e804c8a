"""Linking articles into stories and event clusters through a store: copies, reports, look-alikes, follow-ups,
replaced articles and an older store."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from dateline import stories
from dateline.store import Store
from dateline.store.query import stories as story_rows
from tests.stories.wire import followup, lookalike, other, wire


@pytest.fixture()
def store():
    with Store.open(":memory:") as s:
        yield s


def add(store, *articles):
    store.write_articles([(a, "") for a in articles])
    stories.link(store, articles)


def by_id(store):
    return {r["id"]: r for r in story_rows(store)}


def test_a_syndicated_copy_is_marked_and_joins_the_original_clusters(store):
    add(store, wire())
    add(store, wire("paper-7", source="Daily Paper", headline="Fair gunman kills two", published="2031-09-15"))
    rows = by_id(store)
    assert rows["paper-7"]["copy_of"] == "wire-1" and "copy_of" not in rows["wire-1"]
    assert rows["paper-7"]["cluster"] == rows["wire-1"]["cluster"] == "wire-1-0"
    (cluster,) = store.rows("SELECT * FROM event_clusters WHERE cluster_id = 'wire-1-0'")
    assert (cluster["num_mentions"], cluster["num_articles"], cluster["num_stories"], cluster["num_sources"]) == (2, 2, 1, 2)
    why = store.rows("SELECT why FROM event_mentions WHERE article_id = 'paper-7' AND event_idx = 0")[0]["why"]
    assert why == "wire copy of wire-1"


def test_a_late_copy_joins_its_originals_cluster_found_by_id_and_the_next_inserts_go_on(store):
    """A re-sent copy three weeks on, whose events share no town, actor or day window with the original's cluster:
    the cluster is read by its id. DuckDB 2 refused the next bulk insert after that look-up's unfinished result,
    which stopped the ingest there, and every ingest after it at the same article."""
    late = wire("paper-9", source="Daily Paper", published="2031-10-06")
    late = dataclasses.replace(late, actors=(), places=(), dateline=None, events=tuple(
        dataclasses.replace(e, date=None, date_from=None, place=None) for e in late.events))
    add(store, wire())
    add(store, late)
    rows = by_id(store)
    assert rows["paper-9"]["copy_of"] == "wire-1" and rows["paper-9"]["cluster"] == "wire-1-0"
    why = store.rows("SELECT why FROM event_mentions WHERE article_id = 'paper-9' AND event_idx = 0")[0]["why"]
    assert why == "wire copy of wire-1"


def test_copies_in_one_chunk_and_a_copy_of_a_copy_point_to_the_root(store):
    add(store, wire(), wire("paper-7", source="Daily Paper", published="2031-09-15"),
        wire("paper-8", source="Evening Post", headline="Two dead at Marrowby", published="2031-09-15"))
    rows = by_id(store)
    assert rows["paper-7"]["copy_of"] == rows["paper-8"]["copy_of"] == "wire-1"


def test_an_independent_report_joins_and_a_lookalike_elsewhere_does_not(store):
    add(store, wire(), lookalike())
    add(store, other())
    rows = by_id(store)
    assert rows["herald-1"]["cluster"] == rows["wire-1"]["cluster"] != rows["wire-2"]["cluster"]
    assert "copy_of" not in rows["herald-1"]
    why = store.rows("SELECT why, score FROM event_mentions WHERE article_id = 'herald-1'")[0]
    assert "same town Marrowby" in why["why"] and why["score"] >= 3
    (c,) = store.rows("SELECT num_articles, num_stories, num_sources, dead, injured FROM event_clusters "
                      "WHERE cluster_id = ?", [rows["wire-1"]["cluster"]])
    assert (c["num_articles"], c["num_stories"], c["num_sources"]) == (2, 2, 2)


def test_a_followup_joins_by_a_named_actor_and_casualties_are_the_latest_report_not_the_sum(store):
    add(store, wire(), other())
    add(store, followup())
    rows = by_id(store)
    assert rows["court-1"]["cluster"] == rows["wire-1"]["cluster"]
    (c,) = store.rows("SELECT dead, injured, num_mentions FROM event_clusters WHERE cluster_id = ?",
                      [rows["wire-1"]["cluster"]])
    assert (c["dead"], c["injured"]) == (3, 2)          # the latest report (two, two, then three dead): not 7
    why = store.rows("SELECT why FROM event_mentions WHERE article_id = 'court-1'")[0]["why"]
    assert "follow-up" in why and "shared" in why


def test_a_followup_naming_nobody_in_common_stays_apart(store):
    add(store, lookalike())
    add(store, followup())
    assert by_id(store)["court-1"]["cluster"] != by_id(store)["wire-2"]["cluster"]


def test_unasserted_events_get_a_mention_but_no_cluster(store):
    add(store, wire())
    rows = store.rows("SELECT event_idx, cluster_id FROM event_mentions WHERE article_id = 'wire-1' ORDER BY event_idx")
    assert [r["cluster_id"] is None for r in rows] == [False, False, True]    # the hypothetical one


def test_a_replaced_article_leaves_its_clusters_and_joins_again(store):
    add(store, wire(), other())
    cid = by_id(store)["wire-1"]["cluster"]
    changed = dataclasses.replace(lookalike("herald-1"), source="Valley Herald")
    add(store, changed)
    (c,) = store.rows("SELECT num_articles, num_mentions FROM event_clusters WHERE cluster_id = ?", [cid])
    assert (c["num_articles"], c["num_mentions"]) == (1, 1)
    assert by_id(store)["herald-1"]["cluster"] != cid
    assert store.rows("SELECT count(*) AS n FROM event_mentions WHERE article_id = 'herald-1'")[0]["n"] == 1


def test_a_replaced_opener_that_opens_again_does_not_take_the_id_of_the_cluster_it_left(store):
    """The article that opened a cluster is replaced and its new version opens a cluster of its own: the cluster it
    left keeps its id and its other reports, and the new one gets another id. Both were written under one id, the
    new summary over the old, so the other article's reports pointed to a summary that did not count them."""
    add(store, wire(), other(published="2031-09-15"))
    add(store, dataclasses.replace(lookalike("wire-1"), source="Northwire"))      # now a shooting in another town
    counts = store.rows("SELECT c.cluster_id, c.num_mentions, count(m.article_id) AS n FROM event_clusters c "
                        "LEFT JOIN event_mentions m USING (cluster_id) GROUP BY ALL")
    assert all(r["num_mentions"] == r["n"] for r in counts), counts
    rows = by_id(store)
    assert rows["herald-1"]["cluster"] == "wire-1-0" and rows["wire-1"]["cluster"] not in (None, "wire-1-0")


def test_a_cluster_whose_only_article_is_replaced_is_dropped(store):
    add(store, lookalike())
    add(store, dataclasses.replace(lookalike(), events=()))
    assert store.rows("SELECT count(*) AS n FROM event_clusters")[0]["n"] == 0


def test_articles_stored_without_links_are_linked_by_link_pending(store):
    store.write_articles([(wire(), ""), (other(), "")])
    assert by_id(store)["wire-1"]["cluster"] is None
    assert stories.link_pending(store) == 2
    rows = by_id(store)
    assert rows["wire-1"]["cluster"] == rows["herald-1"]["cluster"] is not None
    assert stories.link_pending(store) == 0


def test_a_version_4_store_gets_the_story_tables_and_links_on_the_next_ingest(tmp_path):
    from dateline.store import schema

    path = tmp_path / "v4.duckdb"
    with Store.open(path) as s:
        s.write_articles([(wire(), ""), (other(), "")])
        for table in schema.STORY_TABLES:
            s.con.execute(f"DROP TABLE {table}")
        for index in ("events_article", "events_type", "events_day"):   # events and filter index as in version 6
            s.con.execute(f"DROP INDEX {index}")
        s.con.execute("ALTER TABLE events DROP COLUMN place_label")
        s.con.execute("ALTER TABLE events DROP COLUMN actor_set")
        for table in schema.INDEX_TABLES:
            s.con.execute(f"DROP TABLE {table}")
        s.con.execute("UPDATE schema_version SET version = 4")
    with Store.open(path) as s:
        assert s.schema_version() == schema.SCHEMA_VERSION
        assert stories.link_pending(s) == 2
        assert s.rows("SELECT count(*) AS n FROM article_stories")[0]["n"] == 2


def test_the_ingest_writer_links_what_it_commits_and_what_an_earlier_run_left(store, monkeypatch):
    import time

    from dateline.records import RawArticle
    from dateline.run import local

    store.write_articles([(wire(), "")])                 # committed by a run stopped before linking
    monkeypatch.setattr(local, "LINK_BATCH", 2)
    articles = [other(), lookalike(), followup()]
    summary, reporter = local.Summary(), local.Reporter()
    flight = local.Flight([RawArticle(a.id, a.text, origin=a.id) for a in articles], store, summary, reporter)
    list(flight.articles())                              # read and planned, as the ingest does
    summary = local.commit([[a] for a in articles], flight, store, summary, reporter, time.monotonic())
    assert summary.stored == 3
    rows = by_id(store)
    assert all(rows[i]["cluster"] for i in ("wire-1", "herald-1", "wire-2", "court-1"))
    assert rows["herald-1"]["cluster"] == rows["wire-1"]["cluster"] == rows["court-1"]["cluster"]


def test_a_named_actor_finds_only_its_latest_clusters_as_follow_up_candidates(monkeypatch):
    import datetime as dt

    from dateline.store import stories as db
    from dateline.stories import clusters as cl

    first = cl.keys(wire(), {"A1": 11}, story="wire-1")[0]           # Orrin Tessaly: global id 11
    assert 11 in first.context
    with Store.open(":memory:") as s:
        states = [cl.opened(dataclasses.replace(first, article_id=f"w{n}", day=dt.date(2031, 1, 1) +
                                                dt.timedelta(days=40 * n), place=None, names=()))
                  for n in range(5)]
        with s.transaction():
            db.save_clusters(s, states, {})
        later = dataclasses.replace(first, article_id="late", day=dt.date(2034, 1, 1), place=None, names=())
        assert set(db.candidates(s, [later])) == {f"w{n}-0" for n in range(5)}
        monkeypatch.setattr(db, "FOLLOW_UPS", 2)
        assert set(db.candidates(s, [later])) == {"w4-0", "w3-0"}                # the latest two by day


def test_a_version_6_store_gets_the_day_columns_of_its_look_up_tables_and_links_on(tmp_path):
    from dateline.store import schema
    from tests.store.test_store import drop_version_7

    path = tmp_path / "v6.duckdb"
    looked_up = {"article_bands": "key, article_id, day", "cluster_handles": "handle, cluster_id, day",
                 "cluster_actors": "global_id, cluster_id, family, day"}
    with Store.open(path) as s:
        add(s, wire(), other(), lookalike())
        written = {t: s.rows(f"SELECT {cols} FROM {t} ORDER BY ALL") for t, cols in looked_up.items()}
        assert all(written.values()) and any(r["day"] for r in written["article_bands"])
        for index in s.rows("SELECT index_name FROM duckdb_indexes() WHERE table_name IN "
                            "('article_bands', 'cluster_handles', 'cluster_actors')"):
            s.con.execute(f"DROP INDEX {index['index_name']}")
        for table, cols in looked_up.items():                  # the look-up tables as version 6 had them
            for col in cols.split(", ")[2:]:
                s.con.execute(f"ALTER TABLE {table} DROP COLUMN {col}")
        drop_version_7(s)                                      # and the events and filter index
        s.con.execute("UPDATE schema_version SET version = 6")
    with Store.open(path) as s:
        assert s.schema_version() == schema.SCHEMA_VERSION
        assert {t: s.rows(f"SELECT {cols} FROM {t} ORDER BY ALL") for t, cols in looked_up.items()} == written
        add(s, followup())                                      # and links on: the follow-up finds its cluster
        rows = by_id(s)
        assert rows["court-1"]["cluster"] == rows["wire-1"]["cluster"] is not None


def _linked(store) -> tuple:
    """What linking decided, without the wall-clock `first_seen`, and global actors by what they name (their ids
    are given in the order articles are written, before linking)."""
    names = dict(store.con.execute("SELECT id, code || ':' || name FROM global_actors").fetchall())
    clusters = [(*row, sorted(names[g] for g in actors or ())) for *row, actors in store.con.execute(
        "SELECT * EXCLUDE (first_seen, state, actors), actors FROM event_clusters ORDER BY cluster_id").fetchall()]
    return (sorted((r["id"], r["cluster"], r.get("copy_of")) for r in story_rows(store)), clusters,
            [(*row, re.sub(r"\[([\d, ]+)\]", lambda m: str(sorted(names[int(g)] for g in m[1].split(", "))), why or ""))
             for *row, why in store.con.execute("SELECT cluster_id, article_id, event_idx, score, why FROM "
                                                "event_mentions ORDER BY article_id, event_idx").fetchall()])


def _ingested(articles, chunk: int) -> tuple:
    """The runner's writer over these articles committed in this order, `chunk` at a time (links in batches of 2)."""
    import time

    from dateline.records import RawArticle
    from dateline.run import local

    with Store.open(":memory:") as s:
        summary, reporter = local.Summary(), local.Reporter()
        flight = local.Flight([RawArticle(a.id, a.text, origin=a.id) for a in articles], s, summary, reporter)
        list(flight.articles())
        batches = [articles[i:i + chunk] for i in range(0, len(articles), chunk)]
        assert local.commit(batches, flight, s, summary, reporter, time.monotonic()).stored == len(articles)
        return _linked(s)


REPORTS = [wire(), wire("paper-7", source="Daily Paper", published="2031-09-15"),
           wire("paper-3", source="Evening Post", headline="Two dead at Marrowby"), other(), lookalike(), followup()]


@pytest.mark.slow
def test_the_clusters_of_an_ingest_do_not_depend_on_the_order_its_articles_came_in(monkeypatch):
    """user49: linked as committed, in batches, a follow-up read before its incident opened the cluster (and gave it
    its id), and a reprint read before the wire story became the story's root. Linked by publication day and id once
    the run has stored them, any order and any chunking give the same stories, clusters and mentions."""
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st
    from dateline.run import local

    monkeypatch.setattr(local, "LINK_BATCH", 2)
    expected = _ingested(REPORTS, 1)
    assert dict((i, c) for i, _c, c in expected[0])["paper-7"] == "paper-3"   # same day as wire-1: the id decides
    assert dict((i, c) for i, c, _ in expected[0])["court-1"] == "herald-1-0"  # the follow-up joins, not opens

    @hypothesis.settings(max_examples=15, deadline=None, database=None)
    @hypothesis.given(st.permutations(REPORTS), st.integers(1, 3))
    def same(order, chunk):
        assert _ingested(list(order), chunk) == expected

    same()


def _run(s, articles) -> None:
    """One ingest by the process runner's writer over `articles` (already analysed), into the store `s`."""
    import time

    from dateline.records import RawArticle
    from dateline.run import local

    summary, reporter = local.Summary(), local.Reporter()
    flight = local.Flight([RawArticle(a.id, a.text, origin=a.id) for a in articles], s, summary, reporter)
    todo = {a.id for a in flight.articles()}
    local.commit([[a for a in articles if a.id in todo]], flight, s, summary, reporter, time.monotonic())


def test_a_replaced_article_stored_by_a_run_killed_before_its_link_step_is_linked_again_by_the_next_run():
    """review49d: since user49 an ingest links once all is stored, so a run killed before that step leaves every
    article it stored unlinked, and the next run links what has no story row. A replaced article (another text
    under a linked id) kept its old story row, so the next run, which finds its text unchanged, never linked it
    again: its old version's clusters stayed. Killed and resumed, the store must be the one an unbroken run gives."""
    moved = dataclasses.replace(lookalike("wire-1"), source="Northwire")      # wire-1 now tells another shooting
    with Store.open(":memory:") as whole, Store.open(":memory:") as broken:
        for s in (whole, broken):
            _run(s, [wire(), other(published="2031-09-15")])
        _run(whole, [moved])
        unbroken = _linked(whole)
        broken.write_articles([(moved, "wire-1")])          # what a run killed before its link step leaves
        _run(broken, [moved])                               # the same input again: nothing to store, all to link
        assert _linked(broken) == _linked(whole)
        lead = dict(broken.con.execute("SELECT article_id, cluster_id FROM event_mentions WHERE event_idx = 0"
                                       ).fetchall())
        assert lead["wire-1"] != lead["herald-1"]                  # its old version's share is gone
    assert unbroken == _one_ingest([moved, other(published="2031-09-15")])     # as one ingest (user50)


@pytest.mark.slow
def test_the_clusters_do_not_depend_on_how_the_articles_are_split_across_ingests():
    """user50: since user49 one ingest links in the linking order (publication day, id), but an earlier ingest's
    articles were linked before a later one's whatever their days: a follow-up ingested before its incident opened
    the cluster, a reprint before the wire story became the story's root. A later ingest now takes out and links
    again every stored article from its own first one in the linking order on, so the same articles split over one,
    two or three ingests, in any order, give the stories, clusters and mentions of one ingest of them all."""
    _split_as_one_ingest(REPORTS, examples=20)


def _split_as_one_ingest(articles, *, examples: int) -> None:
    """Hypothesis: these articles shuffled and split over one, two or three ingests link as one ingest of them all."""
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    expected = _one_ingest(articles)

    @hypothesis.settings(max_examples=examples, deadline=None, database=None)
    @hypothesis.given(st.permutations(articles), st.lists(st.integers(1, len(articles) - 1), max_size=2))
    def same(order, cuts):
        cuts = sorted(set(cuts))
        with Store.open(":memory:") as s:
            for lo, hi in zip([0, *cuts], [*cuts, len(order)]):
                _run(s, list(order[lo:hi]))
            assert _linked(s) == expected

    same()


def test_a_day_added_after_the_stored_ones_relinks_only_itself(store, monkeypatch):
    """Relinking from the first new article on keeps a resumed feed cheap: an ingest of articles published after
    every stored one links those alone, and one of an earlier day links that day's and the later ones again."""
    from dateline.store import stories as db

    _run(store, [wire(), other()])
    asked = []
    real = db.forget

    def forget(s, ids):
        asked.append(sorted(ids))
        return real(s, ids)

    monkeypatch.setattr(db, "forget", forget)
    _run(store, [followup()])                              # published after the stored two: nothing of theirs again
    assert set().union(*map(set, asked)) == {"court-1"}
    asked.clear()
    _run(store, [wire("paper-0", published="2031-09-13")])  # a day before them all: they are linked again after it
    assert set().union(*map(set, asked)) == {"paper-0", "wire-1", "herald-1", "court-1"}
    assert _linked(store) == _one_ingest([wire(), other(), followup(), wire("paper-0", published="2031-09-13")])


def _one_ingest(articles) -> tuple:
    """What one ingest of these articles into an empty store links."""
    with Store.open(":memory:") as s:
        _run(s, articles)
        return _linked(s)


UNDATED = [wire("paper-5", source="Daily Paper", published=None), other("herald-0", published=None),
           wire(), lookalike(), followup()]


@pytest.mark.slow
def test_undated_articles_split_across_ingests_give_the_clusters_of_one_ingest():
    """review50b: undated articles come last in the linking order (after every dated one, by id). An ingest whose
    first article is undated relinks the undated ones from it on (not the dated ones); a dated one relinks every
    undated stored one (an undated reprint may turn out to copy it). Split and shuffled, with undated reprints and
    reports among them, the ingests give one ingest's stories, clusters and mentions."""
    _split_as_one_ingest(UNDATED, examples=12)


def test_an_undated_ingest_relinks_only_the_undated_after_it(store):
    """The window `to_link` gives when its first article is undated: the undated ones from its id on."""
    from dateline.store import stories as db

    _run(store, [wire(), other("herald-0", published=None), other("tribune-9", published=None)])
    assert db.to_link(store, dt.datetime.max) == []
    _run(store, [wire("paper-5", source="Daily Paper", published=None)])     # an undated id between the two
    assert db.to_link(store, dt.datetime.max) == []
    store.con.execute("DELETE FROM article_stories WHERE article_id = 'paper-5'")      # as a run killed before it
    assert db.to_link(store, dt.datetime.max) == ["paper-5", "tribune-9"]
    store.con.execute("DELETE FROM article_stories WHERE article_id = 'wire-1'")
    assert db.to_link(store, dt.datetime.max) == ["wire-1", "herald-0", "paper-5", "tribune-9"]



def test_a_relink_reads_its_articles_and_the_ids_replaced_openers_take_a_batch_at_a_time(store, monkeypatch):
    """user51 (bench/bench_relink.py): a backfill relinks every later article; each was read by its own query, and
    each event of a relinked article looked its cluster id up by its own query (4 ms each, 40% of relinking). Now one
    query per batch for each; the stories are those of one ingest, as before."""
    from dateline.store import stories as db

    _run(store, [wire(), other(), followup()])
    asked = []
    real = db.cluster
    monkeypatch.setattr(Store, "get_article", lambda *a, **k: pytest.fail("an article read by itself"))
    monkeypatch.setattr(db, "cluster", lambda s, cid: asked.append(cid) or real(s, cid))
    _run(store, [wire("paper-0", published="2031-09-13")])  # a day before them all: all linked again after it
    assert [c for c in asked if "~" not in c] == []          # (`~2` ids: a replaced opener's next free id, rare)
    monkeypatch.undo()
    assert _linked(store) == _one_ingest([wire(), other(), followup(), wire("paper-0", published="2031-09-13")])
