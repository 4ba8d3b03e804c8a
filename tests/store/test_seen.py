"""user55: one run's record of the copies it reads, in an SQLite file next to the store (store/seen.py): exact by id,
a batch written whole, the end count merged in id order with the store's rows, the file gone when the run ends."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from dateline.store import Store
from dateline.store import seen as seen_mod
from dateline.store.seen import SeenCopies, record_path, remove_left_over

EARLY = dt.datetime(2001, 1, 1)
SINCE = dt.datetime(2020, 1, 1)


def _articles(store: Store, rows: dict[str, tuple[str, dt.datetime]]) -> None:
    """Bare `articles` rows (id -> (text hash, written at)): the end count reads only these columns."""
    for id_, (digest, at) in rows.items():
        store.con.execute("INSERT INTO articles (id, text, text_hash, origin, ingested_at) VALUES (?, '', ?, 'f', ?)",
                          [id_, digest, at])


def test_rows_are_kept_exactly_and_updated_by_id(tmp_path):
    record = SeenCopies(str(tmp_path / "s.duckdb"))
    try:
        record.keep({"Harbour/1": ("h1", "a.jsonl:1", None), "harbour/1": ("h2", "a.jsonl:2", "h2")},
                    new=["Harbour/1", "harbour/1"])
        record.keep({"Harbour/1": ("h3", "b.jsonl:1", None), "quay/7": ("h4", "b.jsonl:2", None)})   # looked up
        assert record.of(["harbour/1", "Harbour/1", "quay/7", "quay/8"]) == {
            "Harbour/1": ("h3", "b.jsonl:1", None), "harbour/1": ("h2", "a.jsonl:2", "h2"),
            "quay/7": ("h4", "b.jsonl:2", None)}                  # case kept apart; an unknown id absent
        assert record.size() == 3
    finally:
        record.close()


def test_lookups_longer_than_one_statement(tmp_path, monkeypatch):
    monkeypatch.setattr(seen_mod, "LOOKUP", 3)
    record = SeenCopies(str(tmp_path / "s.duckdb"))
    try:
        rows = {f"id{i}": (f"h{i}", f"f:{i}", None) for i in range(10)}
        record.keep(rows)
        assert record.of([f"id{i}" for i in range(12)] + ["id4"]) == rows
    finally:
        record.close()


def test_a_batch_that_fails_leaves_the_record_as_it_was(tmp_path):
    record = SeenCopies(str(tmp_path / "s.duckdb"))
    try:
        record.keep({"a": ("h1", "f:1", None)}, new=["a"])
        with pytest.raises(Exception):
            record.keep({"b": ("h2", "f:2", None), "a": ("h9", "f:3", None)}, new=["b", "a"])   # a is no new id
        assert record.of(["a", "b"]) == {"a": ("h1", "f:1", None)}       # b's insert rolled back with the batch
    finally:
        record.close()


@pytest.mark.parametrize("merge", [1, 2, 3, 10_000])
def test_the_end_count_merges_the_record_with_the_stores_rows_in_id_order(tmp_path, monkeypatch, merge):
    """Read in chunks of `merge` rows from each side; ids of other scripts and cases sort alike on both sides."""
    monkeypatch.setattr(seen_mod, "MERGE", merge)
    ids = ["Zeta", "alpha", "Ärmel", "über", "zz", "北", "a-1", "é", "Ωmega", "😀x", "b"]
    with Store.open(tmp_path / "s.duckdb") as store:
        record = SeenCopies(store.path)
        try:
            rows, stored = {}, {}
            for n, id_ in enumerate(ids):
                kind = n % 5
                if kind == 0:                        # written by this run with its last copy's text: stored
                    rows[id_], stored[id_] = (f"h{n}", "f", None), (f"h{n}", SINCE)
                elif kind == 1:                      # written by this run with an earlier copy's text: not stored
                    rows[id_], stored[id_] = (f"h{n}", "f", None), (f"x{n}", SINCE)
                elif kind == 2:                      # its text the one stored before the run: unchanged
                    rows[id_], stored[id_] = (f"h{n}", "f", f"h{n}"), (f"h{n}", EARLY)
                elif kind == 3:                      # read, never written (failed, or the run stopped)
                    rows[id_] = (f"h{n}", "f", None)
                else:                                # stored before the run with this text, not read by it
                    stored[id_] = (f"h{n}", EARLY)
            stored["only-in-the-store"] = ("h", SINCE)
            _articles(store, stored)
            record.keep(rows)
            expected = sum(1 for i, (d, _o, b) in rows.items() if d != b and stored.get(i, ("", EARLY)) == (d, SINCE))
            assert record.end(store.con, SINCE - dt.timedelta(seconds=1)) == (expected, 2)
            assert expected == 3
        finally:
            record.close()


def test_the_file_is_gone_at_the_runs_end_and_when_the_store_closes(tmp_path):
    store = Store.open(tmp_path / "s.duckdb")
    store.start_run_copies()
    first = store._seen.path
    assert first.exists() and first.parent == tmp_path
    store.keep_run_copies({"a": ("h1", "f:1", None)})
    assert store.run_copies_end(SINCE) == (0, 0)
    assert not first.exists()
    store.start_run_copies()
    second = store._seen.path
    assert second != first and second.exists()
    store.close()
    assert not second.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.duckdb"]


def test_an_in_memory_store_has_its_record_in_the_temporary_folder(tmp_path):
    with Store.open(":memory:") as one, Store.open(":memory:") as two:
        one.start_run_copies()
        two.start_run_copies()
        assert one._seen.path != two._seen.path          # two at once in one process
        one.keep_run_copies({"a": ("h1", "f:1", None)})
        assert two.run_copies_of(["a"]) == {}
        paths = [one._seen.path, two._seen.path]
    assert not any(p.exists() for p in paths)


def test_a_record_left_by_a_killed_run_is_removed_by_the_next_and_a_live_ones_kept(tmp_path):
    near = str(tmp_path / "s.duckdb")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    left = record_path(near, int(dead.stdout))
    left.write_bytes(b"")
    live = record_path(near, os.getppid())                  # the process that runs the tests: alive
    live.write_bytes(b"")
    other = tmp_path / "s.duckdb.run-notes.seen"             # not a record's name
    other.write_bytes(b"")
    assert remove_left_over(near) == [left]
    assert live.exists() and other.exists() and not left.exists()


def test_no_record_no_count(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        with pytest.raises(Exception, match="start_run_copies"):
            store.run_copies_of(["a"])


def test_the_store_is_usable_after_an_end_count_that_left_its_rows_unread(tmp_path, monkeypatch):
    """The record runs out first (the store's rows written since sort after it): the rest is not read, and the next
    bulk insert (an Arrow `register`, as every write) still works."""
    import pyarrow as pa

    monkeypatch.setattr(seen_mod, "MERGE", 2)
    with Store.open(tmp_path / "s.duckdb") as store:
        _articles(store, {f"z{i}": ("h", SINCE) for i in range(50)})
        record = SeenCopies(store.path)
        try:
            record.keep({"a": ("h", "f", None)})
            assert record.end(store.con, SINCE) == (0, 0)
        finally:
            record.close()
        store.con.register("more", pa.table({"id": ["y"]}))
        assert store.con.execute("SELECT count(*) FROM more").fetchall() == [(1,)]
