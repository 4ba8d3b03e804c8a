"""user55: a store written before user54 kept an empty `articles.source` for an article whose page or feed named its
site; migration 10 fills it (idempotent, logged, the kept aggregates dropped), and a part written then is loaded so."""
from __future__ import annotations

import logging

from dateline.records import Article
from dateline.run import distributed
from dateline.store import Store, rows, schema
from dateline.store.parts import load_part, write_part


def _article(id_: str, *, source=None, site=None) -> Article:
    return Article(id=id_, title=None, published=None, published_from=None, dateline=None, truncated=False,
                   source_format="html", language="en", source=source, site=site,
                   text=f"The Tarnvik harbour board met on Monday ({id_}).")


ARTICLES = [_article("paged", site="The Tarnvik Courier"), _article("wired", source="Norland Wire", site="Courier"),
            _article("bare"), _article("blank", source="", site="Quay Weekly")]
AFTER = {"paged": "The Tarnvik Courier", "wired": "Norland Wire", "bare": None, "blank": "Quay Weekly"}


def _as_before_user54(s: Store) -> None:
    """What a store written before user54 holds: the input's source only (empty for a page)."""
    s.con.execute("UPDATE articles SET source = nullif(json_extract_string(record, '$.source'), '')")
    s.con.execute("UPDATE schema_version SET version = 9")


def _sources(s: Store) -> dict:
    return {r["id"]: r["source"] for r in s.rows("SELECT id, source FROM articles")}


def test_an_older_store_gets_its_pages_site_as_source_on_open(tmp_path, caplog):
    path = tmp_path / "old.duckdb"
    with Store.open(path) as s:
        s.write_articles([(a, "f.html") for a in ARTICLES])
        s.write_summaries()
        _as_before_user54(s)
        assert _sources(s) == {"paged": None, "wired": "Norland Wire", "bare": None, "blank": None}
    with caplog.at_level(logging.INFO, logger="dateline.store"):
        with Store.open(path) as s:
            assert s.schema_version() == schema.SCHEMA_VERSION
            assert _sources(s) == AFTER                        # an input's own source kept; no site, none
            assert not s.summaries_current()                   # the kept aggregates counted the old sources
            assert schema.source_from_site(s.con) == 0         # again: nothing
    assert any("2 article(s)" in r.getMessage() for r in caplog.records)


def test_a_store_with_nothing_to_fill_keeps_its_summaries(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store.open(path) as s:
        s.write_articles([(ARTICLES[1], "f.html"), (ARTICLES[2], "f.html")])
        s.write_summaries()
        s.con.execute("UPDATE schema_version SET version = 9")
    with Store.open(path) as s:
        assert s.summaries_current() and _sources(s) == {"wired": "Norland Wire", "bare": None}


def test_a_part_written_before_user54_is_loaded_with_the_site_as_source(tmp_path, monkeypatch):
    article_rows = rows.article_rows

    def as_before(article, *args, **kw):
        for table, row in article_rows(article, *args, **kw):
            if table == "articles":
                row = {**row, "source": article.source}
            yield table, row

    monkeypatch.setattr(rows, "article_rows", as_before)
    write_part(tmp_path, "p1", [(a, "f.html") for a in ARTICLES], [])
    monkeypatch.undo()
    with Store.open(tmp_path / "s.duckdb") as s:
        load_part(s, tmp_path / "p1")
        assert {k: v or None for k, v in _sources(s).items()} == AFTER


def test_a_data_only_migration_keeps_the_parts_names_and_a_new_layout_changes_them(monkeypatch):
    """A part's name hashes the parts' layout: migration 10 (values only) leaves every part of an earlier run valid."""
    before = distributed.content_hash([])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setattr(schema, "DATA_ONLY", schema.DATA_ONLY | {schema.SCHEMA_VERSION})
    assert distributed.content_hash([]) == before
    monkeypatch.setattr(schema, "DATA_ONLY", frozenset({10}))
    assert distributed.content_hash([]) != before
    assert schema.parts_layout() == schema.SCHEMA_VERSION
