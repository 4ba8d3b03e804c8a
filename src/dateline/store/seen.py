"""One ingest's record of the copies it reads (run/local.py's `Tally`): an SQLite B-tree in a file next to the store.

Per id: the text hash and origin of the copy read last, and the text hash the store held before the run. DuckDB kept
it in a temporary table whose primary-key index lives in memory (0.67 GB at a million ids, 1.1 GB at two; DuckDB 2.0
cannot evict that index, even from an attached file: past its memory limit the insert fails), so a run of tens of
millions of articles would not fit a laptop (user55). SQLite's B-tree keeps its pages on disk and at most
CACHE_MB of them in this process: the memory is the same at any size of run, and a batch still costs a few
look-ups by key. The file is this run's alone (`<store>.run-<pid>-<n>.seen`, or in the temporary folder for an
in-memory store), removed when the run's counts are set or the store closes; one a killed run left is removed by
the next run on that store. Exact: ids and hashes are kept whole, no hash of an id stands for it.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import pathlib
import sqlite3
import tempfile
from typing import Iterable, Optional, Sequence

CACHE_MB = 32            # SQLite's page cache for the record: the whole of its memory, however many ids it holds
LOOKUP = 500             # ids looked up in one statement
MERGE = 10_000           # rows read at once from each side when the run's end is counted
SUFFIX = ".seen"

Row = tuple[str, str, Optional[str]]       # (text hash, origin, text hash stored before the run)
_numbers = itertools.count(1)


class SeenCopies:
    """The record: looked up and written a batch at a time, each batch in one transaction."""

    def __init__(self, near: str):
        self.path = record_path(near)
        remove_left_over(near)
        with contextlib.suppress(FileNotFoundError):       # (a killed run's, whose pid is this process's now)
            self.path.unlink()
        self.con = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode = MEMORY",             # a batch rolls back whole; no journal file
                       "synchronous = OFF",                 # the record dies with its run: nothing to make durable
                       "locking_mode = EXCLUSIVE",
                       f"cache_size = -{CACHE_MB * 1024}"):
            self.con.execute(f"PRAGMA {pragma}")
        self.con.execute("CREATE TABLE copies (id TEXT PRIMARY KEY, digest TEXT NOT NULL, origin TEXT, "
                         "before TEXT) WITHOUT ROWID")

    def of(self, ids: Sequence[str]) -> dict[str, Row]:
        """id -> (text hash, origin, hash stored before the run) of those of `ids` recorded."""
        out: dict[str, Row] = {}
        ids = list(dict.fromkeys(ids))
        for at in range(0, len(ids), LOOKUP):
            part = ids[at:at + LOOKUP]
            for id_, digest, origin, before in self.con.execute(
                    f"SELECT id, digest, origin, before FROM copies WHERE id IN ({', '.join('?' * len(part))})", part):
                out[id_] = (digest, origin, before)
        return out

    def keep(self, rows: dict[str, Row], new: Optional[Iterable[str]] = None) -> None:
        """Record (or update) each id's row, all in one transaction. `new`: those not recorded yet (inserted; a
        duplicate is an error, as it was with the DuckDB table), else each row replaces the id's."""
        if not rows:
            return
        fresh = set(rows) - set(self.of(list(rows))) if new is None else set(new)
        with self._transaction():
            self.con.executemany("INSERT INTO copies VALUES (?, ?, ?, ?)",
                                 [(i, *rows[i]) for i in rows if i in fresh])
            self.con.executemany("UPDATE copies SET digest = ?, origin = ?, before = ? WHERE id = ?",
                                 [(*rows[i], i) for i in rows if i not in fresh])

    def end(self, duck, since: dt.datetime) -> tuple[int, int]:
        """(stored, unchanged) of the copies each id read last: unchanged when its text is the one stored before the
        run; stored when the store (`duck`, its DuckDB connection) holds its text written at or after `since`. The
        store's rows written since and the record's rows are both read in id order and merged (SQLite's and DuckDB's
        text order is the bytes' order, as Python's is the code points', which UTF-8 keeps): no side is held whole."""
        unchanged = self.con.execute("SELECT count(*) FROM copies WHERE digest = before").fetchone()[0]
        mine = self.con.execute("SELECT id, digest FROM copies WHERE before IS NULL OR digest <> before ORDER BY id")
        theirs = duck.execute("SELECT id, text_hash FROM articles WHERE ingested_at >= CAST(? AS TIMESTAMP) "
                              "ORDER BY id", [since])
        stored = 0
        left, right = mine.fetchmany(MERGE), theirs.fetchmany(MERGE)
        i = j = 0
        while left and right:
            a, b = left[i], right[j]
            if a[0] == b[0]:
                stored += a[1] == b[1]
            if a[0] <= b[0]:
                i += 1
                if i == len(left):
                    left, i = mine.fetchmany(MERGE), 0
            if a[0] >= b[0]:
                j += 1
                if j == len(right):
                    right, j = theirs.fetchmany(MERGE), 0
        duck.execute("SELECT 1").fetchall()       # the store's result let go unread (DuckDB refuses a register while
        #                                           one is open; the rest is not fetched: it may be long)
        return stored, unchanged

    def size(self) -> int:
        """Rows recorded."""
        return self.con.execute("SELECT count(*) FROM copies").fetchone()[0]

    def close(self) -> None:
        """Close and remove the file (again: nothing)."""
        if self.con is None:
            return
        self.con.close()
        self.con = None
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    @contextlib.contextmanager
    def _transaction(self):
        self.con.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")


def record_path(near: str, pid: Optional[int] = None) -> pathlib.Path:
    """A new record's file for the store at `near` (a path, or ':memory:') in the process `pid` (this one):
    `<store>.run-<pid>-<n>.seen`, n counting this process's records (two in-memory stores may run at once)."""
    pid = os.getpid() if pid is None else pid
    base = pathlib.Path(tempfile.gettempdir()) / "dateline-memory" if near == ":memory:" else pathlib.Path(near)
    return base.with_name(f"{base.name}.run-{pid}-{next(_numbers)}{SUFFIX}")


def remove_left_over(near: str) -> list[pathlib.Path]:
    """Remove the records of the store at `near` whose process is gone (a run killed with SIGKILL, or a crash);
    returns them. Another live process's record is left alone."""
    base = pathlib.Path(tempfile.gettempdir()) / "dateline-memory" if near == ":memory:" else pathlib.Path(near)
    head = f"{base.name}.run-"
    gone = []
    try:
        names = os.listdir(base.parent)
    except OSError:
        return gone
    for name in names:
        if not (name.startswith(head) and name.endswith(SUFFIX)):
            continue
        pid = name[len(head):-len(SUFFIX)].split("-")[0]
        if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        with contextlib.suppress(FileNotFoundError):
            (base.parent / name).unlink()
            gone.append(base.parent / name)
    return gone


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:                 # another user's process
        return True
    return True
