"""The store: schema and version, one transaction per article, replacement, global actors, migrations."""
from __future__ import annotations

import dataclasses

import duckdb
import pytest

from dateline.records import Actor, Article, Mention, Quote
from dateline.store import Store, StoreError, schema, text_hash


def test_fresh_store_has_every_table_and_the_current_version():
    with Store.open(":memory:") as s:
        assert s.schema_version() == schema.SCHEMA_VERSION
        counts = s.counts()
        assert set(schema.ARTICLE_TABLES) <= set(counts) and counts["articles"] == 0


def test_written_rows_keep_offsets_into_the_stored_text(store):
    bad = store.rows("""
        SELECT 'mention' AS kind, m.text, substr(a.text, m.start + 1, m."end" - m.start) AS got
        FROM mentions m JOIN articles a ON a.id = m.article_id
        UNION ALL SELECT 'quote', q.text, substr(a.text, q.start + 1, q."end" - q.start)
        FROM quotes q JOIN articles a ON a.id = q.article_id
        UNION ALL SELECT 'trigger', e.trigger_text, substr(a.text, e.trigger_start + 1, e.trigger_end - e.trigger_start)
        FROM events e JOIN articles a ON a.id = e.article_id
        UNION ALL SELECT 'participant', p.text, substr(a.text, p.start + 1, p."end" - p.start)
        FROM event_participants p JOIN articles a ON a.id = p.article_id
        UNION ALL SELECT 'place', m.text, substr(a.text, m.start + 1, m."end" - m.start)
        FROM place_mentions m JOIN articles a ON a.id = m.article_id""")
    assert bad and all(r["text"] == r["got"] for r in bad), [r for r in bad if r["text"] != r["got"]]


def test_writing_an_article_twice_stores_it_once(store, articles):
    before = store.counts()
    store.write_article(articles[0])
    assert store.counts() == before


def test_has_tells_unchanged_from_changed(store, articles):
    a = articles[0]
    assert store.has(a.id, text_hash(a.text))
    assert not store.has(a.id, text_hash(a.text + " "))
    assert not store.has("no-such-article", text_hash(a.text))
    assert store.hashes()[a.id] == text_hash(a.text)


def test_a_changed_text_replaces_all_the_old_rows(store, articles):
    a = articles[1]
    shorter = dataclasses.replace(a, text=a.text + "More later.\n", events=a.events[:1], actors=a.actors[:2])
    store.write_article(shorter)
    assert store.rows("SELECT count(*) AS n FROM events WHERE article_id = 'accord'")[0]["n"] == 1
    assert store.rows("SELECT count(*) AS n FROM actors WHERE article_id = 'accord'")[0]["n"] == 2
    assert store.rows("SELECT count(*) AS n FROM articles WHERE id = 'accord'")[0]["n"] == 1
    assert store.get_article("accord").text.endswith("More later.\n")


def test_article_record_reads_back_equal(store, articles):
    for a in articles:
        back = store.get_article(a.id)
        assert back == a and back.text == a.text
    assert [x.id for x in store.iter_articles()] == sorted(a.id for a in articles)


def test_the_same_actor_in_two_articles_is_one_global_actor(store, articles):
    twin = dataclasses.replace(articles[0], id="rur-shelling-2")
    store.write_article(twin)
    rows = store.rows("SELECT article_id, global_id FROM actors WHERE name = 'Ruritanian military' ORDER BY article_id")
    assert len(rows) == 2 and rows[0]["global_id"] == rows[1]["global_id"]
    assert store.rows("SELECT count(*) AS n FROM global_actors WHERE code = 'RURMIL' AND name = 'Ruritanian military'"
                      )[0]["n"] == 1


def test_a_failed_write_leaves_the_old_version_whole(store, articles):
    a = articles[0]
    broken = dataclasses.replace(a, text="changed", quotes=(Quote(None, None, "x", None, None),))
    with pytest.raises(duckdb.Error):
        store.write_article(broken)
    assert store.get_article(a.id).text == a.text
    assert store.rows("SELECT count(*) AS n FROM events WHERE article_id = ?", [a.id])[0]["n"] == 1


def test_empty_lists_store_fine():
    bare = Article(id="bare", title=None, published=None, published_from=None, dateline=None, truncated=False,
                   text="A short story with nothing in it.")
    with Store.open(":memory:") as s:
        s.write_article(bare)
        assert s.counts()["articles"] == 1 and s.get_article("bare") == bare


def test_an_older_store_is_migrated_on_open(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    Store.open(path).close()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setitem(schema.MIGRATIONS, schema.SCHEMA_VERSION,
                        ["ALTER TABLE articles ADD COLUMN language VARCHAR"])
    with Store.open(path, read_only=True) as s:      # a reader gets it migrated first
        assert s.read_only and s.schema_version() == schema.SCHEMA_VERSION
    with Store.open(path) as s:
        assert s.schema_version() == schema.SCHEMA_VERSION
        assert "language" in [r["column_name"] for r in s.rows(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'articles'")]


def test_a_version_1_store_gets_dateline_region_from_its_records(tmp_path, articles):
    path = tmp_path / "v1.duckdb"
    region = dataclasses.replace(articles[0], dateline=dataclasses.replace(articles[0].dateline, region="Ruritania"))
    with Store.open(path) as s:                       # make it look like a store written by version 1
        s.write_article(region)
        s.con.execute("DROP INDEX articles_published")
        s.con.execute("ALTER TABLE articles DROP COLUMN dateline_region")
        _drop_version_4_tables(s)
        _drop_version_3_columns(s)
        s.con.execute("UPDATE schema_version SET version = 1")
    with Store.open(path) as s:
        assert s.schema_version() == schema.SCHEMA_VERSION
        assert s.rows("SELECT dateline_region FROM articles")[0]["dateline_region"] == "Ruritania"
        assert s.rows("SELECT count(*) AS n FROM duckdb_indexes() WHERE index_name = 'articles_published'")[0]["n"] == 1
        s.write_article(articles[1])
        assert s.counts()["articles"] == 2


def _drop_version_4_tables(s: Store) -> None:
    for table in ("event_actors", "event_dyads", "loaded_parts"):
        s.con.execute(f"DROP TABLE {table}")


def test_a_version_3_store_gets_the_flat_event_tables_the_write_path_writes(tmp_path, articles):
    path = tmp_path / "v3.duckdb"
    tables = ("event_actors", "event_dyads")
    with Store.open(path) as s:
        s.write_articles([(a, "x") for a in articles])
        written = {t: s.rows(f"SELECT * FROM {t} ORDER BY ALL") for t in tables}
        _drop_version_4_tables(s)
        drop_version_7(s)
        s.con.execute("UPDATE schema_version SET version = 3")
    assert written["event_actors"] and written["event_dyads"]
    with Store.open(path, read_only=True) as s:       # migrated by the SQL the filters used to run at each query
        assert {t: s.rows(f"SELECT * FROM {t} ORDER BY ALL") for t in tables} == written


def drop_version_7(s: Store) -> None:
    """The events table and filter index as version 6 had them (the story tables' v7 columns are added only when
    missing, so they stay)."""
    for index in ("events_article", "events_type", "events_day"):
        s.con.execute(f"DROP INDEX IF EXISTS {index}")
    s.con.execute("ALTER TABLE events DROP COLUMN place_label")
    s.con.execute("ALTER TABLE events DROP COLUMN actor_set")
    for table in schema.INDEX_TABLES:
        s.con.execute(f"DROP TABLE {table}")
    for statement in schema.INDEXES:
        if "ON events " in statement:
            s.con.execute(statement)


def _drop_version_3_columns(s: Store) -> None:
    """events as version 2 had it, indexes included (DuckDB drops no column of an indexed table)."""
    drop_version_7(s)
    for index in ("events_article", "events_type", "events_day"):
        s.con.execute(f"DROP INDEX {index}")
    s.con.execute("ALTER TABLE events DROP COLUMN date_from")
    s.con.execute("ALTER TABLE events DROP COLUMN confidence")
    for statement in schema.INDEXES:
        if "event_actors" not in statement and "event_dyads" not in statement:
            s.con.execute(statement)


def test_a_version_2_store_gets_event_confidence_and_date_from(tmp_path, articles):
    path = tmp_path / "v2.duckdb"
    def with_events(article, **fields):
        return dataclasses.replace(article, events=tuple(dataclasses.replace(e, **fields) for e in article.events))

    scored = with_events(articles[0], confidence=0.75, date_from="clause")
    unscored = with_events(articles[1], confidence=None, date_from=None)
    with Store.open(path) as s:                       # a version 2 store: one record with the fields, one without
        s.write_articles([(scored, "a"), (unscored, "b")])
        _drop_version_4_tables(s)
        _drop_version_3_columns(s)
        s.con.execute("UPDATE schema_version SET version = 2")
        assert s.schema_version() == 2
    with Store.open(path, read_only=True) as s:       # a reader gets it migrated first
        assert s.schema_version() == schema.SCHEMA_VERSION
        rows = s.rows("SELECT article_id, idx, confidence, date_from FROM events ORDER BY article_id, idx")
    assert [(r["article_id"], r["confidence"], r["date_from"]) for r in rows] == [
        ("accord", None, None), ("accord", None, None), ("accord", None, None), ("rur-shelling", 0.75, "clause")]
    with Store.open(path) as s:                       # and takes new rows with the columns as a fresh store does
        s.write_article(scored)
        fresh = Store.open(":memory:")
        columns = "SELECT column_name FROM duckdb_columns() WHERE table_name = 'events' ORDER BY column_index"
        assert s.rows(columns) == fresh.rows(columns)
        fresh.close()
        assert s.rows("SELECT confidence FROM events WHERE article_id = 'rur-shelling'") == [{"confidence": 0.75}]


def test_a_reader_says_what_to_do_when_the_store_cannot_be_migrated(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    Store.open(path).close()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="needs migrating.*no migration"):
        Store.open(path, read_only=True)


def test_a_missing_migration_fails_and_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    Store.open(path).close()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="no migration"):
        Store.open(path)
    monkeypatch.undo()
    with Store.open(path) as s:
        assert s.schema_version() == schema.SCHEMA_VERSION


def test_a_newer_store_says_what_to_do(tmp_path):
    path = tmp_path / "new.duckdb"
    with Store.open(path) as s:
        s.con.execute("INSERT INTO schema_version (version) VALUES (?)", [schema.SCHEMA_VERSION + 5])
    with pytest.raises(StoreError, match="newer dateline.*upgrade"):
        Store.open(path)


def test_a_foreign_duckdb_file_is_refused(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (n INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a dateline store"):
        Store.open(path)


def test_read_only_open_of_a_missing_file_says_how_to_make_one(tmp_path):
    with pytest.raises(StoreError, match="dateline ingest"):
        Store.open(tmp_path / "none.duckdb", read_only=True)


def test_a_read_only_store_refuses_writes(tmp_path, articles):
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    with Store.open(path, read_only=True) as s:
        with pytest.raises(StoreError, match="read-only"):
            s.write_article(articles[0])


def test_a_new_store_in_a_new_folder(tmp_path):
    with Store.open(tmp_path / "runs" / "may" / "s.duckdb") as s:
        assert s.counts()["articles"] == 0


def test_ctrl_c_inside_duckdb_is_recognised_behind_a_failed_cleanup():
    """SIGINT stops a statement; the cleanup after it then fails on the aborted transaction: still Ctrl-C."""
    from dateline.store.db import interrupted as _interrupted

    try:
        try:
            raise RuntimeError("Query interrupted")
        except RuntimeError:
            raise ValueError("Current transaction is aborted (please ROLLBACK)")
    except ValueError as exc:
        assert _interrupted(exc)
    assert not _interrupted(ValueError("disk full"))
