"""The embedded event store: one DuckDB file, opened, migrated and written one article per transaction."""
from __future__ import annotations

import datetime as dt
import hashlib
import pathlib
from typing import Any, Iterable, Optional, Sequence, Union

from ..records import Actor, Article
from . import schema
from .rows import article_rows

DEFAULT_PATH = "dateline.duckdb"


class StoreError(Exception):
    """A store that cannot be opened or used as asked; the message says what to do."""


def text_hash(text: str) -> str:
    """The hash that tells an unchanged article from a changed one (sha256 of the UTF-8 text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _NeedsMigration(Exception):
    """A read-only open found an older schema: `Store.open` migrates the file, then opens it again."""


class Store:
    """A dateline store. `Store.open(path)` or `Store.open(':memory:')`; use as a context manager."""

    def __init__(self, con, path: str, read_only: bool):
        self.con = con
        self.path = path
        self.read_only = read_only
        self._seen = None          # one ingest's record of the copies it reads (`start_run_copies`)

    # ------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: Union[str, pathlib.Path] = DEFAULT_PATH, *, read_only: bool = False) -> "Store":
        """Open (creating or migrating when writable) the store at `path`; ':memory:' for a throw-away one."""
        import duckdb

        path = str(path)
        if read_only and path != ":memory:" and not pathlib.Path(path).exists():
            raise StoreError(f"no store at {path}: make one with `dateline ingest INPUT... --db {path}`")
        if path != ":memory:" and pathlib.Path(path).is_dir():      # (DuckDB said "Could not read from file")
            raise StoreError(f"{path} is a folder: a store is one DuckDB file (e.g. {pathlib.Path(path) / 'news.duckdb'})")
        if not read_only and path != ":memory:":
            pathlib.Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            con = duckdb.connect(path, read_only=read_only and path != ":memory:")
        except duckdb.IOException as exc:
            raise StoreError(f"cannot open {path}: {_held_by_another(exc) or exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"{path} is not a dateline store (DuckDB says: {exc})") from exc
        store = cls(con, path, read_only)
        try:
            store._prepare()
        except _NeedsMigration:
            con.close()
            cls._migrate_file(path)
            return cls.open(path, read_only=True)
        except Exception:
            con.close()
            raise
        return store

    @classmethod
    def _migrate_file(cls, path: str) -> None:
        """Bring an older store to the current schema for a reader: open it for writing once."""
        try:
            cls.open(path).close()
        except StoreError as exc:
            raise StoreError(f"{path} has an older schema and needs migrating, which failed ({exc}): open it "
                             f"once for writing when no other process has it open (e.g. `dateline ingest --db "
                             f"{path}` with nothing new)") from exc

    def _prepare(self) -> None:
        version = self.schema_version()
        if version is None:
            if self._has_tables():
                raise StoreError(f"{self.path} is a DuckDB file but not a dateline store (no schema_version table)")
            if self.read_only:
                raise StoreError(f"{self.path} is empty: make a store with `dateline ingest INPUT... --db {self.path}`")
            self._create()
        elif version > schema.SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, made by a newer dateline; this one knows up to "
                f"{schema.SCHEMA_VERSION}: upgrade dateline (pip install -U dateline) or use another --db")
        elif version < schema.SCHEMA_VERSION:
            if self.read_only:
                raise _NeedsMigration(version)
            self.migrate(version)

    def _has_tables(self) -> bool:
        return bool(self.first("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()")[0])

    def schema_version(self) -> Optional[int]:
        """The version recorded in the store, or None for an empty database."""
        found = self.first(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version' "
            "AND database_name = current_database()")[0]
        if not found:
            return None
        row = self.first("SELECT max(version) FROM schema_version")
        return row[0]

    def _create(self) -> None:
        with self.transaction():
            for statement in schema.create_statements():
                self.con.execute(statement)
            self.con.execute("INSERT INTO schema_version (version) VALUES (?)", [schema.SCHEMA_VERSION])

    def migrate(self, version: int) -> None:
        """Apply MIGRATIONS[version+1 .. SCHEMA_VERSION] in one transaction (all or nothing)."""
        with self.transaction():
            for target in range(version + 1, schema.SCHEMA_VERSION + 1):
                steps = schema.MIGRATIONS.get(target)
                if steps is None:
                    raise StoreError(f"no migration from schema version {target - 1} to {target}; "
                                     f"re-ingest into a new --db")
                for step in steps:
                    if callable(step):
                        step(self.con)
                    else:
                        self.con.execute(step)
                self.con.execute("INSERT INTO schema_version (version) VALUES (?)", [target])
            for statement in schema.INDEXES:          # indexes added since, or dropped by a migration
                self.con.execute(statement)

    # ------------------------------------------------------------ plumbing
    def close(self) -> None:
        self.drop_run_copies()
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def transaction(self):
        return _Transaction(self.con)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        """Run a query of the store's own and return rows as dicts (for store/ modules only)."""
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def first(self, sql: str, params: Sequence = ()) -> Optional[tuple]:
        """The first row of `sql` (None when it has none), its result read to the end. DuckDB 2 refuses a
        `register` (every bulk insert) on a connection whose last result is unfinished, and `fetchone()` leaves it
        unfinished: a wire copy's look-up of its original's cluster once stopped every ingest at the next insert."""
        rows = self.con.execute(sql, list(params)).fetchall()
        return rows[0] if rows else None

    # ------------------------------------------------------------ reading what is stored
    def has(self, id: str, text_hash_: str) -> bool:
        """True when the article `id` is stored with exactly this text hash."""
        row = self.first("SELECT text_hash FROM articles WHERE id = ?", [id])
        return bool(row) and row[0] == text_hash_

    def hashes(self) -> dict[str, str]:
        """id -> text hash of every stored article (read once before an ingest, to skip before NLP)."""
        return dict(self.con.execute("SELECT id, text_hash FROM articles").fetchall())

    def hashes_of(self, ids: Sequence[str]) -> dict[str, str]:
        """id -> text hash of those of `ids` that are stored (a batch at once: streaming ingest). By the primary key's
        index (a list of parameters, `_by_id`): the cost does not grow with the store (user54)."""
        return dict(_by_id(self.con, "SELECT id, text_hash FROM articles WHERE id IN ({})", ids))

    def written_since(self, ids: Sequence[str], since: dt.datetime) -> dict[str, tuple[str, str]]:
        """id -> (text hash, origin) of those of `ids` stored at or after `since` (naive UTC: an ingest's start), i.e.
        written earlier by the same run (a runner counts an id it writes twice once, user52)."""
        return {r[0]: (r[1], r[2]) for r in _by_id(
            self.con, "SELECT id, text_hash, origin FROM articles WHERE id IN ({}) AND ingested_at >= CAST(? AS TIMESTAMP)",
            ids, [since])}

    # ------------------------------------------------------------ one run's copies (run/local.py's Tally, user53)
    def start_run_copies(self) -> None:
        """An empty record of the copies one ingest reads (`store/seen.py`: an SQLite file next to the store, this
        run's alone, removed at the run's end or when the store closes): per id, the text hash and origin of the
        copy read last, and the text hash stored before the run. Looked up and written by key: a batch costs the same
        however many ids the run has read (user54), and the memory too (user55: DuckDB's temporary table held its
        index in memory, 0.67 GB at a million ids)."""
        from .seen import SeenCopies

        self.drop_run_copies()
        self._seen = SeenCopies(self.path)

    def run_copies_of(self, ids: Sequence[str]) -> dict[str, tuple[str, str, Optional[str]]]:
        """id -> (text hash, origin, hash stored before the run) of those of `ids` this run has read."""
        return self._run_record().of(ids)

    def keep_run_copies(self, rows: dict[str, tuple[str, str, Optional[str]]],
                        new: Optional[Iterable[str]] = None) -> None:
        """Record (or update) the copy read last of each id in `rows` (id -> (text hash, origin, hash before)).
        `new`: those of them not recorded yet (inserted; the others are updated by id), else looked up. In one
        transaction: a Ctrl-C leaves the record as it was before the batch or with all of it (user54)."""
        self._run_record().keep(rows, new)

    def run_copies_end(self, since: dt.datetime) -> tuple[int, int]:
        """(stored, unchanged) of the copies each id read last in this run: stored when the store holds its text
        written at or after `since` (the run's start), unchanged when its text is the one stored before the run.
        The record is dropped."""
        counts = self._run_record().end(self.con, since)
        self.drop_run_copies()
        return counts

    def drop_run_copies(self) -> None:
        """Close and remove this store's run record, if any (again: nothing)."""
        seen, self._seen = self._seen, None
        if seen is not None:
            seen.close()

    def _run_record(self):
        seen = self._seen
        if seen is None:
            raise StoreError("no run record: start_run_copies() first")
        return seen

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]

    def get_article(self, id: str) -> Optional[Article]:
        """The stored article as an Article record (from its contract JSON), text included."""
        import json

        row = self.first("SELECT record, text FROM articles WHERE id = ?", [id])
        if not row:
            return None
        return Article.from_dict(json.loads(row[0]), text=row[1])

    def get_articles(self, ids: Sequence[str]) -> dict[str, Article]:
        """The stored articles of `ids` (those stored), by id, in one query: the linking step reads a batch so."""
        import json

        if not ids:
            return {}
        rows = self.con.execute("SELECT id, record, text FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                [list(ids)]).fetchall()
        return {i: Article.from_dict(json.loads(record), text=text) for i, record, text in rows}

    def iter_articles(self, batch: int = 200):
        """Every stored article as an Article record, in id order."""
        import json

        cur = self.con.cursor()
        cur.execute("SELECT record, text FROM articles ORDER BY id")
        while True:
            chunk = cur.fetchmany(batch)
            if not chunk:
                break
            for record, text in chunk:
                yield Article.from_dict(json.loads(record), text=text)
        cur.close()

    def counts(self) -> dict[str, int]:
        """Number of rows in each table."""
        return {t: self.first(f'SELECT count(*) FROM "{t}"')[0]
                for t in ("articles", *schema.ARTICLE_TABLES, "global_actors", *schema.STORY_EXPORT_TABLES)}

    def loaded_part(self, name: str) -> Optional[int]:
        """The number of articles of the Parquet part `name` when it is loaded, else None."""
        row = self.first("SELECT articles FROM loaded_parts WHERE name = ?", [name])
        return row[0] if row else None

    # ------------------------------------------------------------ writing
    def write_article(self, article: Article, *, origin: str = "", ingested_at: Optional[dt.datetime] = None) -> None:
        """Store one article and all its rows in one transaction, replacing any older version of it."""
        self.write_articles([(article, origin)], ingested_at=ingested_at)

    def write_articles(self, items: Iterable[tuple[Article, str]], *, ingested_at: Optional[dt.datetime] = None,
                       part: Optional[tuple[str, int]] = None) -> int:
        """Store several articles in one transaction (each whole or not at all); returns how many.

        The one write path of every runner (clustering and other per-article steps hook in here). `part`:
        (name, articles) of a cluster run's Parquet part these come from, recorded as loaded in the same
        transaction (store/parts.py).
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        now = ingested_at or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        items = list(items)
        if not items and part is None:
            return 0
        try:
            return self._write(items, now, part)
        except Exception as exc:                      # Ctrl-C inside DuckDB arrives as its own error
            if interrupted(exc):
                raise KeyboardInterrupt from exc
            raise

    def _write(self, items: list[tuple[Article, str]], now: dt.datetime, part: Optional[tuple[str, int]] = None) -> int:
        tables: dict[str, list[dict]] = {}
        ids = []
        with self.transaction():
            if part is not None:
                self.con.execute("INSERT INTO loaded_parts (name, articles, loaded_at) VALUES (?, ?, ?)",
                                 [part[0], part[1], now])
            known = self._global_ids([a for a, _ in items])
            for article, origin in items:
                ids.append(article.id)
                gid = {actor.id: known[_actor_key(actor)] for actor in article.actors}
                for table, row in article_rows(article, text_hash=text_hash(article.text), origin=origin,
                                               ingested_at=now, global_ids=gid):
                    tables.setdefault(table, []).append(row)
            self._delete(ids)
            self._index_events(tables)
            for table in ("articles", *schema.ARTICLE_TABLES):
                if tables.get(table):
                    self._insert(table, tables[table])
        return len(items)

    def load_files(self, files: dict[str, str], ids: Sequence[str], *, part: tuple[str, int],
                   ingested_at: Optional[dt.datetime] = None) -> int:
        """Store the articles `ids` from Parquet files holding the store's rows (`files`: table -> path, a cluster
        run's part, store/parts.py), in one transaction that records `part` (name, articles) as loaded: the same
        rows `write_articles` makes of the same records, inserted in SQL (one INSERT ... SELECT per table) instead of
        row by row. Store-wide ids (global actors, the filters' labels and sets) are given here, as `_write` gives
        them; an older version of an article is replaced. Returns how many articles were stored."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        now = ingested_at or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        try:
            with self.transaction():
                self.con.execute("INSERT OR REPLACE INTO loaded_parts (name, articles, loaded_at) VALUES (?, ?, ?)",
                                 [part[0], part[1], now])      # a part loaded again (parts.load_part)
                if ids:
                    self._load_files(files, list(ids), now)
        except Exception as exc:
            if interrupted(exc):
                raise KeyboardInterrupt from exc
            raise
        return len(ids)

    def _load_files(self, files: dict[str, str], ids: list[str], now: dt.datetime) -> None:
        con = self.con

        def src(table: str, *, key: str = "article_id", number: bool = False) -> str:
            path = str(files[table]).replace("'", "''")
            rows = f"read_parquet('{path}'{', file_row_number = true' if number else ''})"
            return f"(SELECT * FROM {rows} WHERE {key} IN (SELECT id FROM _load_ids))"

        same_label = " AND ".join(f"t.{c} IS NOT DISTINCT FROM n.{c}" for c in _LABEL_KEY)
        label_cols = ", ".join(_LABEL_KEY)
        con.execute("CREATE OR REPLACE TEMP TABLE _load_ids AS SELECT unnest(?::VARCHAR[]) AS id", [ids])
        try:
            self._delete(ids)
            con.execute(f"INSERT INTO articles SELECT * REPLACE (CAST(? AS TIMESTAMP) AS ingested_at, "
                        f"{schema.SOURCE_OR_SITE} AS source) FROM {src('articles', key='id')}", [now])
            #            (a part written before user54 has no site as source: as migration 10 fills it, user55)
            # global actors: each new (code, name) with the country and sector of its first actor, as _global_ids
            con.execute(f"""
                INSERT INTO global_actors (id, code, name, country, sector)
                SELECT (SELECT coalesce(max(id), 0) FROM global_actors) + row_number() OVER (ORDER BY n.code, n.name),
                       n.code, n.name, n.country, n.sector
                FROM (SELECT code, coalesce(name, '') AS name, country, sector,
                             row_number() OVER (PARTITION BY code, coalesce(name, '') ORDER BY file_row_number) AS nth
                      FROM {src('actors', number=True)}) n
                ANTI JOIN global_actors g ON g.code = n.code AND g.name = n.name
                WHERE n.nth = 1""")
            con.execute(f"""
                INSERT INTO actors SELECT a.* EXCLUDE (file_row_number) REPLACE (g.id AS global_id)
                FROM {src('actors', number=True)} a
                JOIN global_actors g ON g.code = a.code AND g.name = coalesce(a.name, '')
                ORDER BY a.file_row_number""")
            con.execute(f"""
                CREATE OR REPLACE TEMP TABLE _load_ea AS
                SELECT x.* REPLACE (g.id AS global_id) FROM {src('event_actors', number=True)} x
                LEFT JOIN global_actors g ON x.code IS NOT NULL AND g.code = x.code AND g.name = coalesce(x.name, '')
                ORDER BY x.file_row_number""")
            con.execute("INSERT INTO event_actors SELECT * EXCLUDE (file_row_number) FROM _load_ea "
                        "ORDER BY file_row_number")
            # the event filters' index (as _index_events): new labels, then each event's set of labels by role
            con.execute(f"""
                INSERT INTO actor_labels
                SELECT (SELECT coalesce(max(id), 0) FROM actor_labels) + row_number() OVER (ORDER BY
                       {", ".join(f"n.{c}" for c in _LABEL_KEY)}), n.*
                FROM (SELECT DISTINCT ON ({label_cols}) {label_cols}, code_u, country_u, sector_u FROM _load_ea) n
                ANTI JOIN actor_labels t ON {same_label}""")
            con.execute(f"""
                CREATE OR REPLACE TEMP TABLE _load_sets AS
                SELECT x.article_id, x.event_idx, 's' || {schema.set_key('source')} || '|t' ||
                       {schema.set_key('target')} AS key
                FROM _load_ea x JOIN actor_labels l ON {schema.SAME_LABEL} GROUP BY x.article_id, x.event_idx""")
            first = con.execute("SELECT coalesce(max(id), 0) FROM actor_sets").fetchall()[0][0]
            con.execute("""
                INSERT INTO actor_sets
                SELECT ? + row_number() OVER (ORDER BY n.key), n.key
                FROM (SELECT DISTINCT key FROM _load_sets) n ANTI JOIN actor_sets t ON t.key = n.key""", [first])
            con.execute(f"""
                INSERT INTO actor_set_labels
                SELECT DISTINCT s.id, x.role, l.id FROM _load_ea x
                JOIN actor_labels l ON {schema.SAME_LABEL}
                JOIN _load_sets es ON es.article_id = x.article_id AND es.event_idx = x.event_idx
                JOIN actor_sets s ON s.key = es.key
                WHERE s.id > ?""", [first])
            con.execute(f"""
                INSERT INTO place_labels
                SELECT (SELECT coalesce(max(id), 0) FROM place_labels) + row_number() OVER (ORDER BY n.name, n.country),
                       n.name, n.country
                FROM (SELECT DISTINCT name, country FROM {src('places')}) n
                ANTI JOIN place_labels t ON t.name IS NOT DISTINCT FROM n.name AND t.country IS NOT DISTINCT FROM n.country""")
            con.execute(f"""
                CREATE OR REPLACE TEMP TABLE _load_event_ids AS
                SELECT e.article_id, e.idx, s.id AS actor_set, pl.id AS place_label
                FROM {src('events')} e
                LEFT JOIN _load_sets es ON es.article_id = e.article_id AND es.event_idx = e.idx
                LEFT JOIN actor_sets s ON s.key = es.key
                LEFT JOIN {src('places')} p ON e.place IS NOT NULL AND p.article_id = e.article_id AND p.place_id = e.place
                LEFT JOIN place_labels pl ON pl.name IS NOT DISTINCT FROM p.name
                     AND pl.country IS NOT DISTINCT FROM p.country""")
            for table, idx in (("events", "idx"), ("event_dyads", "event_idx")):
                con.execute(f"""
                    INSERT INTO {table}
                    SELECT e.* EXCLUDE (file_row_number) REPLACE (i.actor_set AS actor_set, i.place_label AS place_label)
                    FROM {src(table, number=True)} e
                    JOIN _load_event_ids i ON i.article_id = e.article_id AND i.idx = e.{idx}
                    ORDER BY e.file_row_number""")
            for table in schema.ARTICLE_TABLES:
                if table not in ("actors", "event_actors", "events", "event_dyads"):
                    con.execute(f"INSERT INTO {table} SELECT * FROM {src(table)}")
        finally:
            for temp in ("_load_ids", "_load_ea", "_load_sets", "_load_event_ids"):
                try:
                    con.execute(f"DROP TABLE IF EXISTS {temp}")
                except Exception:                 # an aborted transaction: they go with the rollback
                    pass

    def refresh_derived(self) -> None:
        """Rebuild what the store derives from its per-article tables (after a bulk load that bypassed
        `write_articles`, e.g. bench/bench_scale.py's copies)."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        with self.transaction():
            for step in schema.DERIVED:
                step(self.con) if callable(step) else self.con.execute(step)
        self.write_summaries()

    def write_summaries(self) -> int:
        """Keep the web's aggregates for the store as it is now (store/views.py, write_summaries)."""
        from .views import write_summaries

        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        return write_summaries(self)

    def summaries_current(self) -> bool:
        """True when the web's aggregates were written for the store as it is now (`write_summaries`): a run stopped
        while linking or writing them left them for the next run to write, which may store nothing (user55)."""
        from .views import Reader

        generation = Reader(self.con, summaries=False).generation()
        return bool(self.first("SELECT count(*) FROM store_summaries WHERE name = 'stats' AND generation = ?",
                               [generation])[0])

    def delete_article(self, id: str) -> None:
        with self.transaction():
            self._delete([id])

    def _delete(self, ids: list[str]) -> None:
        ids = [r[0] for r in self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()]
        if not ids:                                   # all new: nothing to replace
            return
        for table in schema.ARTICLE_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        # its story row too: a replaced article is unlinked until the link step takes its old share out of its
        # clusters (`stories.forget` finds that share by its bands and mentions), so a run killed before that step
        # leaves it for the next run to link (`stories.to_link`), not linked as its old text (review49d)
        self.con.execute("DELETE FROM article_stories WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])

    def _insert(self, table: str, rows: list[dict], types: Optional[dict] = None) -> None:
        """Rows into a table through one Arrow scan (DuckDB inserts row by row are slow); `types`: Arrow types of
        the columns inference cannot tell (lists, blobs), by column name."""
        import pyarrow as pa

        if types is None:
            types = {"members": pa.list_(pa.string())}
        columns = list(rows[0])
        data = pa.table({c: pa.array([r[c] for r in rows], type=types.get(c)) for c in columns})
        names = ", ".join(f'"{c}"' for c in columns)
        self.con.register("_dateline_rows", data)
        try:
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _dateline_rows")
        finally:
            _unregister(self.con, "_dateline_rows")

    def _index_events(self, tables: dict[str, list[dict]]) -> None:
        """Give each event row (and its `event_dyads` rows) its `actor_set` and `place_label` (the filters' index,
        schema.INDEX_TABLES), adding the labels and sets not stored yet (`schema.index_events` builds the same index
        from the stored rows)."""
        events = tables.get("events") or []
        if not events:
            return
        labels = self._ids("actor_labels", _LABEL_KEY, tables.get("event_actors") or [],
                           extra=("code_u", "country_u", "sector_u"))
        sides: dict[tuple[str, int], dict[str, set[int]]] = {}
        for r in tables.get("event_actors") or []:
            side = sides.setdefault((r["article_id"], r["event_idx"]), {"source": set(), "target": set()})
            side.setdefault(r["role"], set()).add(labels[tuple(r[c] for c in _LABEL_KEY)])
        keys = {event: "s" + ",".join(map(str, sorted(side.get("source", ())))) + "|t" +
                ",".join(map(str, sorted(side.get("target", ())))) for event, side in sides.items()}
        known = dict(self.con.execute("SELECT key, id FROM actor_sets WHERE key IN (SELECT unnest(?::VARCHAR[]))",
                                      [sorted(set(keys.values()))]).fetchall())
        new = sorted(set(keys.values()) - set(known))
        if new:
            first = self.con.execute("SELECT coalesce(max(id), 0) FROM actor_sets").fetchall()[0][0]
            known.update({key: first + i for i, key in enumerate(new, 1)})
            self._insert("actor_sets", [{"id": known[key], "key": key} for key in new])
            members = []
            done = set()
            for event, key in keys.items():
                if key in new and key not in done:
                    done.add(key)
                    members += [{"actor_set": known[key], "role": role, "label": label}
                                for role in ("source", "target") for label in sorted(sides[event].get(role, ()))]
            self._insert("actor_set_labels", members)
        places = {(r["article_id"], r["place_id"]): (r["name"], r["country"]) for r in tables.get("places") or []}
        place_ids = self._ids("place_labels", ("name", "country"),
                              [{"name": n, "country": c} for n, c in set(places.values())])
        for e in events:
            key = keys.get((e["article_id"], e["idx"]))
            e["actor_set"] = known[key] if key is not None else None
            place = places.get((e["article_id"], e["place"])) if e["place"] is not None else None
            e["place_label"] = place_ids[place] if place is not None else None
        ids = {(e["article_id"], e["idx"]): (e["actor_set"], e["place_label"]) for e in events}
        for d in tables.get("event_dyads") or []:                 # the same ids on the event's dyad rows
            d["actor_set"], d["place_label"] = ids[d["article_id"], d["event_idx"]]

    def _ids(self, table: str, key: tuple[str, ...], rows: list[dict], *, extra: tuple[str, ...] = ()
             ) -> dict[tuple, int]:
        """key values -> `table.id` for the distinct keys of `rows` (columns `key`, NULLs equal), adding the new ones
        (with their `extra` columns) numbered on from the largest id, in the order of their keys."""
        import pyarrow as pa

        distinct: dict[tuple, dict] = {}
        for r in rows:
            distinct.setdefault(tuple(r[c] for c in key), r)
        if not distinct:
            return {}
        columns = (*key, *extra)
        data = pa.table({c: pa.array([r[c] for r in distinct.values()], pa.int32() if c == "global_id" else pa.string())
                         for c in columns})
        same = " AND ".join(f"t.{c} IS NOT DISTINCT FROM n.{c}" for c in key)
        names = ", ".join(columns)
        self.con.register("_dateline_keys", data)
        try:
            self.con.execute(f"""
                INSERT INTO {table} (id, {names})
                SELECT (SELECT coalesce(max(id), 0) FROM {table}) + row_number() OVER (ORDER BY {", ".join(f"n.{c}" for c in key)}),
                       {", ".join(f"n.{c}" for c in columns)}
                FROM _dateline_keys n ANTI JOIN {table} t ON {same}""")
            found = self.con.execute(f"SELECT {', '.join(f't.{c}' for c in key)}, t.id FROM {table} t "
                                     f"SEMI JOIN _dateline_keys n ON {same}").fetchall()
        finally:
            _unregister(self.con, "_dateline_keys")
        return {tuple(r[:-1]): r[-1] for r in found}

    def _global_ids(self, articles: list[Article]) -> dict[tuple[str, str], int]:
        """(code, name) -> global_actors.id for every actor of these articles, adding the new pairs (one query each way)."""
        import pyarrow as pa

        pairs: dict[tuple[str, str], Actor] = {}
        for article in articles:
            for actor in article.actors:
                pairs.setdefault(_actor_key(actor), actor)
        if not pairs:
            return {}
        keys = list(pairs)
        data = pa.table({"code": pa.array([k[0] for k in keys], pa.string()),
                         "name": pa.array([k[1] for k in keys], pa.string()),
                         "country": pa.array([pairs[k].country for k in keys], pa.string()),
                         "sector": pa.array([pairs[k].sector for k in keys], pa.string())})
        self.con.register("_dateline_actors", data)
        try:
            self.con.execute("""
                INSERT INTO global_actors (id, code, name, country, sector)
                SELECT (SELECT coalesce(max(id), 0) FROM global_actors) + row_number() OVER (ORDER BY n.code, n.name),
                       n.code, n.name, n.country, n.sector
                FROM _dateline_actors n
                ANTI JOIN global_actors g ON g.code = n.code AND g.name = n.name""")
            rows = self.con.execute("""
                SELECT g.code, g.name, g.id FROM global_actors g
                SEMI JOIN _dateline_actors n ON g.code = n.code AND g.name = n.name""").fetchall()
        finally:
            _unregister(self.con, "_dateline_actors")
        return {(code, name): gid for code, name, gid in rows}


def _held_by_another(exc: Exception) -> Optional[str]:
    """DuckDB's lock conflict said for a person (user52: its own words name the file lock and a `-readonly` flag of its
    CLI); None for any other error."""
    import re

    text = str(exc)
    if "Conflicting lock is held" not in text:
        return None
    pid = re.search(r"\(PID (\d+)\)", text)
    who = f"process {pid.group(1)}" if pid else "another process"
    return (f"it is in use by {who} (a `dateline ingest` writing it, or a `dateline serve` or other reader of it): "
            "a store is written by one process at a time and not read while it is written; wait for that process "
            "or stop it, then run this again")


def _unregister(con, name: str) -> None:
    """Drop a registered Arrow view; after an interrupted statement DuckDB refuses (the transaction is aborted):
    the view goes with the rollback, and the interruption, not this, is what the caller must see."""
    import duckdb

    try:
        con.unregister(name)
    except duckdb.Error:
        pass


def interrupted(exc: Exception) -> bool:
    """True for the error DuckDB raises when SIGINT stops a statement, also when it is the context of another."""
    import duckdb

    seen = 0
    while exc is not None and seen < 10:          # or an error raised while handling it (a cleanup that failed)
        if isinstance(exc, duckdb.InterruptException) or (
                isinstance(exc, RuntimeError) and "interrupted" in str(exc).lower()):
            return True
        exc, seen = exc.__context__, seen + 1
    return False


_LABEL_KEY = ("ptext", "name", "code", "country", "sector", "global_id")    # what tells actor_labels apart


def _actor_key(actor: Actor) -> tuple[str, str]:
    """An actor's key in global_actors: (its code, name); the code is country || sector for records made
    before actors had one."""
    return actor.code or (actor.country or "") + (actor.sector or ""), actor.name or ""


BY_ID = 1000      # ids looked up in one statement (`_by_id`); DuckDB scans instead of using the index past 2,048


def _by_id(con, sql: str, ids: Sequence[str], after: Sequence[Any] = ()) -> list[tuple]:
    """The rows of `sql` (its `{}` the place of a list of id parameters, `after` the parameters that follow) for
    `ids`, BY_ID at a time. A list of parameters lets DuckDB find them by the primary key's index; the join with an
    unnested list it replaced scanned the table (a batch of 500: ~36 ms more per 100,000 rows, user54)."""
    out: list[tuple] = []
    ids = list(dict.fromkeys(ids))
    for at in range(0, len(ids), BY_ID):
        part = ids[at:at + BY_ID]
        out.extend(con.execute(sql.format(", ".join("?" * len(part))), [*part, *after]).fetchall())
    return out


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK when the block raises."""

    def __init__(self, con):
        self.con = con

    def __enter__(self):
        self.con.execute("BEGIN TRANSACTION")
        return self.con

    def __exit__(self, kind, exc, tb):
        if kind is None:
            try:
                self.con.execute("COMMIT")
            except BaseException:         # interrupted or failed (disk full): nothing of it stays open
                self._rollback()
                raise
        else:
            self._rollback()
        return False

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except Exception:                 # DuckDB ended it already (an interrupted statement, a failed commit)
            pass
