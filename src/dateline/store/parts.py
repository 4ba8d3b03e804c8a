"""Parquet parts: what one cluster task analysed, written next to the store and loaded into it later.

A part is a folder `PARTS/<shard key>-<content hash>/` holding one Parquet file per store table (the store's
columns exactly; `global_id` columns empty, since global actor ids are the store's to give) and
`failures.parquet` (origin, id, message). It is written into a hidden `.tmp-*` folder and renamed into place,
so a part folder is either whole or absent. A part's rows are those `Store.write_articles` writes (`rows.article_rows`);
loading one inserts them in SQL (`Store.load_files`, one INSERT ... SELECT per table, the store-wide ids given there)
in one transaction that also records it in `loaded_parts`: loading again changes nothing.
The parts can be read without the store: `SELECT * FROM read_parquet('PARTS/*/events.parquet')` in DuckDB,
`pandas.read_parquet`, Spark's `spark.read.parquet` (docs/store.md, "Cluster runs").
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import os
import pathlib
import shutil
import uuid
from typing import Collection, Iterable, Optional

from ..records import Article
from . import schema
from .db import Store

TABLES = ("articles", *schema.ARTICLE_TABLES)
FAILURES = "failures"


def write_part(folder: pathlib.Path, name: str, articles: Iterable[tuple[Article, str]],
               failures: Iterable[tuple[str, Optional[str], str]]) -> bool:
    """Write part `name` (articles with their origins; failures as (origin, id, message)) atomically;
    False when a part of that name was already there (another attempt of the task finished first).

    The rows are the store's (`rows.article_rows`, as `Store.write_articles` makes them), written straight to
    Parquet through Arrow tables with the store's column types: no store is built for a part."""
    import pyarrow.parquet as pq

    folder = pathlib.Path(folder)
    target = folder / name
    if target.is_dir():
        return False
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".tmp-{name}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    held = _hold(tmp)                         # while it is written: a run's clean-up leaves it alone (user52)
    try:
        for table, data in part_tables(articles, failures).items():
            pq.write_table(data, tmp / f"{table}.parquet")
        _fsync_dir(tmp)
        try:
            os.rename(tmp, target)
        except OSError:                       # the same part renamed into place by another attempt meanwhile
            if not target.is_dir():
                raise
            shutil.rmtree(tmp, ignore_errors=True)
            return False
        _fsync_dir(folder)
        return True
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        if held is not None:
            os.close(held)


UNFINISHED_GRACE_S = 600.0   # an unfinished part touched this recently may still be written (a lock unseen on its disk)


def clean_unfinished(folder: pathlib.Path, *, grace_s: float = UNFINISHED_GRACE_S,
                     refused: Optional[list[pathlib.Path]] = None) -> list[pathlib.Path]:
    """Remove the hidden `.tmp-*` folders of `folder` that no task writes any more; returns those removed.

    A part set aside (`.tmp-broken-*`) is nobody's. Any other is a part being written, by this run's task or by a task
    of a killed driver that still runs on the cluster (user52: removing it under that task lost its files, or
    published a part short of them): it is left while its writer holds its lock (`write_part`), and while anything in
    it changed in the last `grace_s` seconds, for disks where locks are not seen across machines. Where no lock can
    be taken at all (a filesystem without locks: flock fails), none is removed (user53): each is added to `refused`,
    for the runner to say, since whether a task still writes it cannot be known."""
    import time

    removed = []
    for path in sorted(pathlib.Path(folder).glob(".tmp-*")):
        if not path.name.startswith(".tmp-broken-"):
            held = _is_held(path)
            if held is None:
                if refused is not None:
                    refused.append(path)
                continue
            if held or time.time() - _newest_change(path) < grace_s:
                continue
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


def _hold(path: pathlib.Path) -> Optional[int]:
    """An exclusive lock on the folder `path` (flock on its descriptor), held until the descriptor is closed; None
    where the system has none. It waits for the lock: only a cleaner's look (`_is_held`, an instant) can hold it
    (review52b: a look at that moment left the folder unlocked for the whole of its writing)."""
    try:
        import fcntl

        fd = os.open(path, os.O_RDONLY)
    except (ImportError, OSError):
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:
        pass                                  # no locks on this disk: the age rule of `clean_unfinished` is left
    return fd


def _is_held(path: pathlib.Path) -> Optional[bool]:
    """True when a writer holds `_hold`'s lock on the folder `path`, False when not, None when it cannot be known: no
    lock can be taken here (no fcntl, or a filesystem that refuses flock; the folder gone is False)."""
    try:
        import fcntl
    except ImportError:
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return None
    finally:
        os.close(fd)
    return False


def _newest_change(path: pathlib.Path) -> float:
    """The latest modification time of the folder `path` and of what it holds (0 when it is gone)."""
    newest = 0.0
    try:
        newest = path.stat().st_mtime
        for child in path.iterdir():
            newest = max(newest, child.stat().st_mtime)
    except OSError:
        pass
    return newest


def whole(path: pathlib.Path) -> bool:
    """The part at `path` holds every file a part has, each ending in its Parquet footer (its metadata is read). A
    part renamed into place is whole; one copied in by a tool killed midway, or renamed on a filesystem where renaming
    a folder copies it file by file (an object store mounted as a disk), may not be (user51)."""
    import pyarrow.parquet as pq

    try:
        for table in (*TABLES, FAILURES):
            pq.read_metadata(path / f"{table}.parquet")
    except (OSError, ValueError):               # missing, cut short, not Parquet (pyarrow's ArrowInvalid: ValueError)
        return False
    return True


def set_aside(path: pathlib.Path) -> None:
    """Move a part that is not whole out of the way under a hidden `.tmp-*` name (cleaned up at the end of a run), so
    its shard is computed again; nothing when another process moved it first."""
    try:
        os.rename(path, path.parent / f".tmp-broken-{path.name}-{uuid.uuid4().hex[:8]}")
    except OSError:
        if path.is_dir():
            raise


def part_tables(articles: Iterable[tuple[Article, str]], failures: Iterable[tuple[str, Optional[str], str]]) -> dict:
    """The Arrow table of each file of a part: every store table in TABLES (its rows as `Store.write_articles`
    makes them, store-wide ids left empty) and FAILURES."""
    import datetime as dt

    import pyarrow as pa

    from .db import text_hash
    from .rows import article_rows

    schemas = part_schemas()
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    for article, origin in articles:
        for table, row in article_rows(article, text_hash=text_hash(article.text), origin=origin,
                                       ingested_at=now, global_ids={}):
            rows[table].append(row)
    out = {table: pa.Table.from_pylist(rows[table], schema=schemas[table]) for table in TABLES}
    failed = list(failures)
    out[FAILURES] = pa.table({"origin": pa.array([r[0] for r in failed], pa.string()),
                              "id": pa.array([r[1] for r in failed], pa.string()),
                              "message": pa.array([r[2] for r in failed], pa.string())})
    return out


@functools.lru_cache(maxsize=1)
def part_schemas() -> dict:
    """Each table's Arrow schema as the store declares it (its columns, in order, with their types): read once
    per process from an empty in-memory store."""
    with Store.open(":memory:") as store:
        return {table: store.con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema for table in TABLES}


def load_part(store: Store, path: pathlib.Path, *, written: Optional[list[Article]] = None,
              again: Optional[list[tuple[str, str, str]]] = None, since: Optional[dt.datetime] = None,
              only: Optional[Collection[str]] = None) -> tuple[int, int, list[tuple[str, Optional[str], str]]]:
    """Load the part at `path` into `store` unless it is loaded already: (stored, unchanged, failures).

    Articles stored with the same id and text are left as they are (unchanged); the others are written
    whole from the part's files (`Store.load_files`), replacing an older version, in the same transaction that
    records the part as loaded (and appended to `written` when given: the runner links them into stories next).
    `again`, when given, gets (id, origin, origin of the text it replaces) for each article that replaces one
    stored at or after `since` (naive UTC, the run's start: an id read twice in one run with two texts).
    `only`: of a part loaded before, store again just these ids (`superseded` ones the run read last there).
    """
    path = pathlib.Path(path)
    failures = [tuple(r) for r in store.con.execute(
        f"SELECT origin, id, message FROM read_parquet('{_quoted(path / f'{FAILURES}.parquet')}')").fetchall()]
    done = store.loaded_part(path.name)
    if done is not None and only is None:
        return 0, done, failures
    rows = store.con.execute(f"""
        SELECT p.id, p.text, p.record, s.text_hash = p.text_hash AS same, p.origin, s.origin,
               s.ingested_at >= CAST(? AS TIMESTAMP) AS this_run
        FROM read_parquet('{_quoted(path / "articles.parquet")}', file_row_number = true) p
        LEFT JOIN articles s ON s.id = p.id
        ORDER BY p.file_row_number""", [since]).fetchall()         # as read: stories are linked in that order
    new = [(_id, text, record) for _id, text, record, same, *_ in rows if not same]
    held = len(rows)
    if only is not None:
        rows = [r for r in rows if r[0] in only]
        new = [r for r in new if r[0] in only]
    if again is not None:
        again.extend((_id, origin, earlier or "") for _id, _t, _r, same, origin, earlier, this_run in rows
                     if same is False and this_run)
    store.load_files({table: str(path / f"{table}.parquet") for table in TABLES}, [r[0] for r in new],
                     part=(path.name, held))
    if written is not None:
        written.extend(Article.from_dict(json.loads(record), text=text) for _id, text, record in new)
    return len(new), len(rows) - len(new), failures


def superseded(store: Store, path: pathlib.Path) -> list[tuple[str, str, str]]:
    """(id, text hash, origin) of the copies of a part loaded before whose text the store no longer holds: a later
    part or a later run gave them another (or took them out). Its ids, hashes and origins are read, nothing else."""
    return [tuple(r) for r in store.con.execute(f"""
        SELECT p.id, p.text_hash, p.origin FROM read_parquet('{_quoted(path / "articles.parquet")}') p
        LEFT JOIN articles s ON s.id = p.id
        WHERE s.text_hash IS DISTINCT FROM p.text_hash""").fetchall()]


def part_ids(store: Store, path: pathlib.Path, among: Collection[str]) -> dict[str, tuple[str, str]]:
    """Which of the ids `among` the part at `path` holds: id -> (text hash, origin) of its copy there."""
    if not among:
        return {}
    rows = store.con.execute(
        f"SELECT id, text_hash, origin FROM read_parquet('{_quoted(path / 'articles.parquet')}')").fetchall()
    return {r[0]: (r[1], r[2]) for r in rows if r[0] in among}


def parts_of(folder: pathlib.Path) -> list[pathlib.Path]:
    """The finished parts in `folder` (hidden `.tmp-*` folders of unfinished ones left out), by name."""
    folder = pathlib.Path(folder)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def _quoted(path: pathlib.Path) -> str:
    return str(path).replace("'", "''")


def _fsync_dir(path: pathlib.Path) -> None:
    """Flush the files of a folder and its entries to disk (so a rename never publishes half-written files)."""
    try:
        for child in pathlib.Path(path).iterdir():
            if child.is_file():
                fd = os.open(child, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass
