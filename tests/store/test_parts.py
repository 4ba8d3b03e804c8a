"""Parquet parts of cluster runs: loaded in the order their articles were read (stories are linked in that order)."""
from __future__ import annotations

import dataclasses

from dateline.records import Article
from dateline.store import Store
from dateline.store.parts import load_part, part_ids, superseded, write_part


def _article(aid: str) -> Article:
    return Article(id=aid, title=None, published=None, published_from=None, dateline=None, truncated=False,
                   text=f"Story {aid}: the council met on Monday.")


def test_a_part_is_loaded_in_the_order_it_was_written_and_reports_what_it_wrote(tmp_path):
    ids = ["m", "c", "x", "a", "q", "b", "z", "d"]           # not in id order, nor in any hash order
    assert write_part(tmp_path, "p1", [(_article(i), f"{i}.txt") for i in ids], [])
    with Store.open(tmp_path / "s.duckdb") as store:
        written: list[Article] = []
        stored, unchanged, failures = load_part(store, tmp_path / "p1", written=written)
        assert (stored, unchanged, failures) == (len(ids), 0, [])
        assert [a.id for a in written] == ids
        again: list[Article] = []
        assert load_part(store, tmp_path / "p1", written=again) == (0, len(ids), [])
        assert again == []                                      # loaded before: nothing written, nothing to link


def _table(store: Store, table: str) -> list:
    columns = [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall() if r[0] != "ingested_at"]
    names = ", ".join(f'"{c}"' for c in columns)
    return sorted(store.con.execute(f"SELECT {names} FROM {table}").fetchall(), key=repr)


def test_a_part_loaded_gives_the_store_that_writing_the_articles_gives(tmp_path):
    """Parts are written straight from the records (no store per part) and loaded in bulk: every store table,
    the store-wide ids (global actors, the filters' labels and sets) included, is as `write_articles` makes it."""
    from dateline.store import schema
    from tests.store.conftest import stories

    articles = stories()
    assert write_part(tmp_path, "p1", [(a, f"{a.id}.txt") for a in articles[:2]], [("x.txt:3", None, "bad")])
    assert write_part(tmp_path, "p2", [(articles[2], "c.txt"), (articles[0], "again.txt")], [])
    changed = dataclasses.replace(articles[1], text=articles[1].text + "More later.\n")
    assert write_part(tmp_path, "p3", [(changed, "b2.txt")], [])
    with Store.open(tmp_path / "parts.duckdb") as loaded, Store.open(tmp_path / "direct.duckdb") as direct:
        assert load_part(loaded, tmp_path / "p1")[2] == [("x.txt:3", None, "bad")]
        assert load_part(loaded, tmp_path / "p2")[:2] == (1, 1)       # the same text again: left as it is
        assert load_part(loaded, tmp_path / "p3")[:2] == (1, 0)       # a changed text replaces its rows
        direct.write_articles([(a, f"{a.id}.txt") for a in articles[:2]])
        direct.write_articles([(articles[2], "c.txt")])
        direct.write_articles([(changed, "b2.txt")])
        for table in ("articles", *schema.ARTICLE_TABLES, *schema.INDEX_TABLES, "global_actors"):
            assert _table(loaded, table) == _table(direct, table), table
        assert _table(loaded, "events")                               # the fixtures have events and actors
        assert any(r for r in _table(loaded, "actors"))


def test_a_part_holds_the_store_columns_with_their_types(tmp_path):
    import pyarrow.parquet as pq

    from dateline.store.parts import TABLES
    from tests.store.conftest import stories

    assert write_part(tmp_path, "p", [(a, "o") for a in stories()], [])
    with Store.open(":memory:") as store:
        for table in TABLES:
            want = store.con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
            got = pq.read_schema(tmp_path / "p" / f"{table}.parquet")
            assert [(f.name, f.type) for f in got] == [(f.name, f.type) for f in want], table



def test_the_copies_of_a_loaded_part_that_a_later_part_replaced_are_found_and_stored_again_alone(tmp_path):
    """user51: a part already loaded was skipped whole, so a file ingested again after another file that gave one
    of its ids a new text kept the other file's text. `superseded` names the ids of a loaded part whose text the
    store no longer holds, `part_ids` which ids a part holds, and `load_part(only=...)` stores those copies again."""
    first = [(_article("a"), "f.jsonl:1"), (_article("b"), "f.jsonl:2")]
    later = dataclasses.replace(_article("a"), text="Story a: the council met on Monday and voted.")
    assert write_part(tmp_path, "f", first, []) and write_part(tmp_path, "g", [(later, "g.jsonl:1")], [])
    with Store.open(tmp_path / "s.duckdb") as store:
        assert load_part(store, tmp_path / "f") == (2, 0, [])
        assert superseded(store, tmp_path / "f") == []
        assert load_part(store, tmp_path / "g") == (1, 0, [])
        assert [r[0] for r in superseded(store, tmp_path / "f")] == ["a"] and superseded(store, tmp_path / "g") == []
        assert set(part_ids(store, tmp_path / "g", {"a", "b"})) == {"a"} and part_ids(store, tmp_path / "g", set()) == {}
        assert load_part(store, tmp_path / "f") == (0, 2, [])           # loaded: skipped whole, as before
        written: list[Article] = []
        assert load_part(store, tmp_path / "f", written=written, only={"a"}) == (1, 0, [])
        assert [a.id for a in written] == ["a"] and superseded(store, tmp_path / "f") == []
        assert store.con.execute("SELECT text, origin FROM articles WHERE id = 'a'").fetchone() == \
            (_article("a").text, "f.jsonl:1")
        assert store.loaded_part("f") == 2


def test_a_part_missing_a_file_or_cut_short_is_not_whole_and_is_set_aside(tmp_path):
    """user51: a part copied in by a tool killed midway, or renamed file by file on an object-store mount, sits under
    its final name without being whole; a resumed run skipped its shard and then failed to load it, run after run."""
    from dateline.store.parts import set_aside, whole

    for name in ("p", "q", "r"):
        assert write_part(tmp_path, name, [(_article("a"), "a.txt")], [])
    assert whole(tmp_path / "p")
    (tmp_path / "q" / "events.parquet").unlink()
    cut = (tmp_path / "r" / "articles.parquet").read_bytes()
    (tmp_path / "r" / "articles.parquet").write_bytes(cut[:len(cut) // 2])
    assert not whole(tmp_path / "q") and not whole(tmp_path / "r") and not whole(tmp_path / "absent")
    set_aside(tmp_path / "q")
    set_aside(tmp_path / "q")                                   # moved already (by another task): nothing
    assert not (tmp_path / "q").exists() and len(list(tmp_path.glob(".tmp-broken-q-*"))) == 1


def test_the_clean_up_leaves_an_unfinished_part_a_task_may_still_write(tmp_path, monkeypatch):
    """user52: a run's clean-up removed every hidden `.tmp-*` folder, also one a killed driver's task still running
    on the cluster was writing (its files lost under it, or a part published short of them). A folder whose writer
    holds its lock, or touched in the last minutes, is left; one untouched for an hour, and a part set aside, go."""
    import os
    import threading
    import time

    from dateline.store import parts
    from dateline.store.parts import clean_unfinished

    def made(name: str, age_s: float) -> pathlib.Path:
        path = tmp_path / name
        path.mkdir()
        (path / "articles.parquet").write_bytes(b"PAR1")
        for p in (path / "articles.parquet", path):
            os.utime(p, (time.time() - age_s, time.time() - age_s))
        return path

    old, fresh, broken = made(".tmp-p-1", 3600), made(".tmp-q-2", 5), made(".tmp-broken-r-3", 5)
    assert clean_unfinished(tmp_path) == [broken, old] and fresh.is_dir()
    assert not old.exists() and not broken.exists()

    # a task writing its part while the clean-up runs: held by its lock alone (its files an hour old)
    inside, release = threading.Event(), threading.Event()
    real = parts.part_tables

    def slow_tables(*args):
        out = real(*args)
        for p in tmp_path.glob(".tmp-s-*"):
            os.utime(p, (time.time() - 3600, time.time() - 3600))
        inside.set()
        release.wait(10)
        return out

    monkeypatch.setattr(parts, "part_tables", slow_tables)
    writer = threading.Thread(target=write_part, args=(tmp_path, "s", [(_article("a"), "a.txt")], []))
    writer.start()
    assert inside.wait(10)
    assert clean_unfinished(tmp_path) == []
    release.set()
    writer.join()
    assert parts.whole(tmp_path / "s")


def test_a_writer_that_meets_a_cleaners_look_still_locks_its_folder(tmp_path):
    """review52b: a clean-up looks whether a folder is held by taking its lock for an instant; a writer that asked for
    the lock at that instant went on without it, and its folder was then unprotected (but for its age) for the whole
    of its writing. The writer waits for the look to end and holds the lock; a folder nobody writes is not held."""
    import fcntl
    import os
    import threading

    from dateline.store.parts import _hold, _is_held

    folder = tmp_path / ".tmp-w-1"
    folder.mkdir()
    look = os.open(folder, os.O_RDONLY)
    fcntl.flock(look, fcntl.LOCK_EX | fcntl.LOCK_NB)          # a cleaner's look, under way
    ended = threading.Timer(0.3, lambda: os.close(look))
    ended.start()
    held = _hold(folder)
    ended.join()
    try:
        assert _is_held(folder)
    finally:
        os.close(held)
    assert not _is_held(folder)


def test_the_clean_up_refuses_where_no_lock_can_be_taken_and_the_runner_says_so(tmp_path, monkeypatch):
    """user53: on a filesystem that refuses flock (an NFS mount without a lock service) whether a task still writes an
    unfinished part cannot be known: the clean-up removes none of them, however old (a part set aside still goes),
    and the Dask driver says which folder holds them. Where the lock works, an old one still goes (the near miss)."""
    import errno
    import fcntl
    import os
    import time

    from dateline.run.distributed import _clean
    from dateline.run.local import Reporter
    from dateline.store.parts import clean_unfinished

    def made(name: str) -> pathlib.Path:
        path = tmp_path / name
        path.mkdir()
        os.utime(path, (time.time() - 7200, time.time() - 7200))
        return path

    old, broken = made(".tmp-p-1"), made(".tmp-broken-r-3")
    real = fcntl.flock

    def no_locks(fd, op):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    refused: list = []
    assert clean_unfinished(tmp_path, refused=refused) == [broken] and refused == [old] and old.is_dir()

    class Notes(Reporter):
        def __init__(self):
            self.notes = []

        def note(self, message):
            self.notes.append(message)

    notes = Notes()
    _clean(tmp_path, notes)
    assert old.is_dir() and len(notes.notes) == 1
    assert notes.notes[0].startswith(f"1 unfinished part folder(s) left in {tmp_path}") and "no locks" in notes.notes[0]
    monkeypatch.setattr(fcntl, "flock", real)
    notes = Notes()
    _clean(tmp_path, notes)
    assert not old.exists() and notes.notes == []
