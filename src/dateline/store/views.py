"""The read-only SQL behind the web pages: functions over a `Reader` (the store's connection) returning plain data.

Only store/ speaks SQL; the web layer calls these and renders what they return. Every query aggregates,
filters and paginates in DuckDB. A served store cannot change (DuckDB lets no writer in while it is open),
and the Reader keeps the store-wide aggregates (overview, map) once computed. Who took part in which event
(compound actors through their members) is the stored table `event_actors`, written with each article.
"""
from __future__ import annotations

import datetime as _dt
import json
import logging
import threading
from typing import Any, Callable, Iterable, Optional

from . import filters
from .filters import EventFilter
from .query import NAMES_CTE, newest
from .spreadsheet import csv_cell, safe_select

log = logging.getLogger("dateline.store")


QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}



class Reader:
    """The store's DuckDB connection shared by the web server's threads, one query at a time
    (a DuckDB connection is not thread-safe; each query still runs on all cores).

    With `summaries` (the default), an aggregate kept in `store_summaries` for the store as it is now (same
    generation, see `generation`) is read from there instead of computed (`write_summaries`)."""

    def __init__(self, con, *, summaries: bool = True):
        self.con = con
        self._lock = threading.RLock()
        self._memo: dict[str, Any] = {}
        self._summaries = summaries
        self._generation: Optional[str] = None

    def rows(self, sql: str, params: list | tuple = ()) -> list[dict]:
        with self._lock:
            cur = self.con.execute(sql, list(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]

    def tuples(self, sql: str, params: list | tuple = ()) -> list[tuple]:
        """The rows as DuckDB gives them (a large download: no dict per row)."""
        with self._lock:
            return self.con.execute(sql, list(params)).fetchall()

    def columns(self, sql: str, params: list | tuple = ()) -> list[tuple[str, str]]:
        """(name, type) of each column the query gives."""
        with self._lock:
            return [(r[0], r[1]) for r in self.con.execute(f"DESCRIBE {sql}", list(params)).fetchall()]

    def one(self, sql: str, params: list | tuple = ()) -> Optional[dict]:
        found = self.rows(sql, params)
        return found[0] if found else None

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        """`make()` computed once for this reader (the store does not change while it is served), or read from
        the store's summaries when they were written for the store as it is."""
        with self._lock:
            if key not in self._memo:
                kept = self._kept(key) if self._summaries else None
                self._memo[key] = json.loads(kept) if kept is not None else make()
            return self._memo[key]

    def generation(self) -> str:
        """What changes whenever the store's content does: its article count and latest ingest time, and the counts
        of its global actors, event mentions and clusters (an ingest, a replaced or deleted article, a link step);
        and the default confidence floor the summaries count at (filters.floor_key: another version's weights)."""
        with self._lock:
            if self._generation is None:
                row = self.con.execute("""SELECT (SELECT count(*) FROM articles), (SELECT max(ingested_at) FROM articles),
                    (SELECT count(*) FROM global_actors), (SELECT count(*) FROM event_mentions),
                    (SELECT count(*) FROM event_clusters)""").fetchall()[0]     # read to the end: Store.first
                self._generation = "|".join([str(x) for x in row] + [filters.floor_key()])
            return self._generation

    def counted(self) -> tuple[str, list]:
        """SQL over `events e` (and its parameters) selecting the events the summaries count (filters.counted:
        asserted, at the default confidence floor)."""
        where, params = filters.where(filters.counted())
        return (where.removeprefix(" WHERE ") or "TRUE"), params

    def _kept(self, key: str) -> Optional[str]:
        try:
            rows = self.con.execute("SELECT value FROM store_summaries WHERE name = ? AND generation = ?",
                                    [key, self.generation()]).fetchall()     # read to the end: Store.first
            row = rows[0] if rows else None
        except Exception as exc:                    # a store without the table (read before its migration)
            if type(exc).__name__ == "CatalogException":
                return None
            raise
        return row[0] if row else None


def warm(db: Reader) -> Optional[threading.Thread]:
    """Computes the store-wide aggregates now (at start-up) rather than on the first visitor's request; and, for
    summaries kept by an older version (current, but without the timelines' keys: a store summarised before
    session 47), every actor's timeline in one pass, which each actor page would otherwise compute live: in a
    thread, returned, so that the server starts as soon (an actor page asked before it ends computes its own).
    The thread reads through a cursor of its own (a DuckDB connection is not thread-safe, and the shared one would
    hold every request for the length of the pass); a failure is logged (logger `dateline.store`), the pages then
    computing their timelines live as before (review48a)."""
    old = db._summaries and db._kept("timeline:recent") is None and db._kept("counts") is not None
    counts(db), timeline(db), top_actors(db), top_dyads(db), event_places(db), event_types(db), article_days(db)
    if not old:
        return None
    with db._lock:
        cursor = db.con.cursor()

    def seed() -> None:
        try:
            own = Reader(cursor, summaries=False)
            found = _actor_timelines(own, [r["id"] for r in own.rows("SELECT id FROM global_actors")])
        except Exception as exc:                                # the pages compute their own: said, not silent
            log.warning("the actor timelines were not computed at start-up (%s: %s); each actor page computes "
                        "its own", type(exc).__name__, exc)
            return
        finally:
            cursor.close()
        with db._lock:
            for key, value in found.items():
                db._memo.setdefault(key, value)

    thread = threading.Thread(target=seed, name="dateline-timelines", daemon=True)
    thread.start()
    return thread


def write_summaries(store) -> int:
    """Compute the aggregates the web shows store-wide (overview, map, filter choices) and for every actor (its
    counts, counterparts and timeline: one query each for all actors), and keep them in `store_summaries` under
    the store's current generation, so that a server starts and an actor page answers without reading every
    event. Run at the end of an ingest (and by Store.refresh_derived); a summary of another generation is never
    read. Returns how many were written."""
    db = Reader(store.con, summaries=False)
    warm(db)
    values = dict(db._memo)
    values.update(_all_actors(db))
    from .query import stats

    values["stats"] = stats(store, kept=False)              # `dateline stats` (its schema version is read live)
    values["cluster_spread"] = cluster_spread(db)
    gen = db.generation()
    rows = [{"name": k, "generation": gen, "value": json.dumps(v, default=_iso)} for k, v in values.items()]
    with store.transaction():
        store.con.execute("DELETE FROM store_summaries")
        if rows:
            store._insert("store_summaries", rows)
    return len(rows) + write_kept_dyads(store, gen)


def write_kept_dyads(store, generation: Optional[str] = None) -> int:
    """Keep the answers of `dyads --by month` (query.KEPT_DYADS) in `dyad_periods`, each recorded in store_summaries
    as `dyads:VARIANT` (its row count) under the store's generation; returns how many answers. Part of
    write_summaries; alone for a store whose other summaries are current (one upgraded to version 7)."""
    from .query import keep_dyads

    gen = generation or Reader(store.con, summaries=False).generation()
    with store.transaction():
        kept = keep_dyads(store, gen)
        store.con.execute("DELETE FROM store_summaries WHERE starts_with(name, 'dyads:')")
        store._insert("store_summaries", [{"name": f"dyads:{v}", "generation": gen, "value": json.dumps(n)}
                                          for v, n in kept.items()])
    return len(kept)


def cluster_spread(db: Reader) -> int:
    """The most days between an event's day and its cluster's day (0 when no dated event is in a cluster): how far a
    by-cluster `dyads` period can be from the event's own day (query._first_dyads reads only the events' row groups
    within that many days of its window, and the undated ones)."""
    return int(db.one("""SELECT coalesce(max(abs(datediff('day', e.day, c.day))), 0) AS spread
                         FROM event_mentions m JOIN event_clusters c ON c.cluster_id = m.cluster_id
                         JOIN events e ON e.article_id = m.article_id AND e.idx = m.event_idx""")["spread"])


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (_dt.date, _dt.datetime)) else value


# ---------------------------------------------------------------- events
_EVENT_FIELDS = ("article_id", "idx", "type", "mode", "quad", "cameo", "trigger_start", "trigger_end", "trigger_text",
                 "negated", "hypothetical", "date", "day", "sentence_start", "sentence_end", "quote", "place", "dead",
                 "injured", "arrested", "goldstein", "confidence", "date_from")


def _in(ids: list) -> str:
    return ", ".join("?" * len(ids))


def _event_details(db: Reader, keys: list[tuple[str, int]], evs: Optional[dict] = None) -> list[dict]:
    """The rows of the events `keys` (in that order) with place, article title, sentence and quote text
    (`evs`: their own rows, _EVENT_FIELDS by key, when the caller has them).

    A page holds few articles: each table is read only for them (small indexed scans) and joined here.
    """
    ids = sorted({a for a, _ in keys})
    if evs is None:
        evs = {(r["article_id"], r["idx"]): r for r in db.rows(
            f"SELECT {', '.join(_EVENT_FIELDS)} FROM events WHERE article_id IN ({_in(ids)})", ids)}
    arts = {r["id"]: r for r in db.rows(f"SELECT id, title, text FROM articles WHERE id IN ({_in(ids)})", ids)}
    places = {(r["article_id"], r["place_id"]): r for r in db.rows(
        f"SELECT article_id, place_id, name, country, lat, lon FROM places WHERE article_id IN ({_in(ids)})", ids)}
    quotes = {(r["article_id"], r["idx"]): r["text"] for r in db.rows(
        f"SELECT article_id, idx, text FROM quotes WHERE article_id IN ({_in(ids)})", ids)}
    clusters = {(r["article_id"], r["event_idx"]): r for r in db.rows(
        f"""SELECT m.article_id, m.event_idx, m.cluster_id, c.num_mentions, c.num_articles, c.num_sources
            FROM event_mentions m LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id
            WHERE m.article_id IN ({_in(ids)})""", ids)}
    out = []
    for key in keys:
        e = evs.get(key)
        if e is None:
            continue
        art = arts.get(e["article_id"]) or {}
        pl = places.get((e["article_id"], e["place"])) or {}
        text = art.get("text") or ""
        s0, s1 = e["sentence_start"], e["sentence_end"]
        cl = clusters.get(key) or {}
        out.append({**e, "place": pl.get("name"), "place_country": pl.get("country"), "place_lat": pl.get("lat"),
                    "place_lon": pl.get("lon"), "article_title": art.get("title"),
                    "cluster_id": cl.get("cluster_id"), "num_mentions": cl.get("num_mentions"),
                    "num_articles": cl.get("num_articles"), "num_sources": cl.get("num_sources"),
                    "sentence": text[s0:s1] if s0 is not None and s1 is not None else None,
                    "quote_text": quotes.get((e["article_id"], e["quote"])) if e["quote"] is not None else None})
    return out


def events(db: Reader, f: EventFilter = EventFilter(), *, limit: int = 50, offset: int = 0) -> dict:
    """One page of events matching the filters, newest first, with their participants: {'total', 'rows'}.

    The filters run twice (the total, then the page's keys as a top-N); the page's details follow by key.
    """
    where, params = filters.where(f)
    # the total and the page apart: a window count over the matches would make DuckDB sort them all
    total = db.one(f"SELECT count(*) AS n FROM events e{where}", params)["n"]
    chosen = newest(db.rows, where, params, limit=int(limit), offset=int(offset),
                    columns=", ".join(f"e.{c}" for c in _EVENT_FIELDS),
                    until=filters.last_day(f)) \
        if total > int(offset) else []
    if not chosen:
        return {"total": total, "rows": []}
    rows = _event_details(db, [(e["article_id"], e["idx"]) for e in chosen],
                          {(e["article_id"], e["idx"]): e for e in chosen})
    _attach_participants(db, rows)
    return {"total": total, "rows": rows}


_TABLE_BY_KEYS = 5000      # a download of up to this many events reads the other tables by key (index look-ups)


EVENTS_TABLE_COLUMNS = ("article_id", "idx", "day", "date", "type", "mode", "quad", "cameo", "negated", "hypothetical",
                        "source", "source_codes", "target", "target_codes", "place", "place_country", "dead",
                        "injured", "arrested", "goldstein", "trigger_start", "trigger_end", "trigger_text",
                        "sentence_start", "sentence_end", "article_title", "confidence", "date_from")


def events_table_cells(db: Reader, f: EventFilter = EventFilter(), *, verbatim: bool = False) -> list[tuple]:
    """Every event matching the filters as flat rows (participants joined by '; '), newest first: the CSV download.
    Tuples in EVENTS_TABLE_COLUMNS order, each cell as the CSV writes it (`spreadsheet.csv_cell`, unless `verbatim`).

    Up to _TABLE_BY_KEYS events: the events first, then their articles, places and participants by key (what
    `dateline events` does), instead of joining every participant of the store; the same rows. A larger download is
    one joined query, its text cells made safe in SQL (`spreadsheet.sql_cell`) and fetched as tuples: no dict per row
    and no call per cell (user49: 14,000 events took 0.67 s here, 0.45 s of it building and reading dicts and
    neutralising cell by cell; the same bytes)."""
    where, params = filters.where(f)
    if db.one(f"SELECT count(*) AS n FROM events e{where}", params)["n"] <= _TABLE_BY_KEYS:
        return [tuple(csv_cell(r[c], verbatim=verbatim) for c in EVENTS_TABLE_COLUMNS)
                for r in _events_by_keys(db, where, params)]
    sql = _events_joined(where)
    if not verbatim:
        sql = safe_select(db.columns(sql, params), sql)
    return db.tuples(sql, params)


def _events_by_keys(db: Reader, where: str, params: list) -> list[dict]:
    from .query import _event_rows

    chosen = db.rows(f"SELECT e.* FROM events e{where} ORDER BY e.day DESC NULLS LAST, e.article_id, e.idx",
                     params)
    evs = {(e["article_id"], e["idx"]): e for e in chosen}
    out = []
    for r in _event_rows(db, list(evs), evs):
        e = evs[r["article_id"], r["idx"]]
        out.append({
            "article_id": e["article_id"], "idx": e["idx"], "day": _iso(e["day"]), "date": e["date"],
            "type": e["type"], "mode": e["mode"], "quad": e["quad"], "cameo": e["cameo"], "negated": e["negated"],
            "hypothetical": e["hypothetical"], "source": r["source"], "source_codes": r["source_code"],
            "target": r["target"], "target_codes": r["target_code"], "place": r["place"],
            "place_country": r["place_country"], "dead": e["dead"], "injured": e["injured"],
            "arrested": e["arrested"], "goldstein": e["goldstein"], "trigger_start": e["trigger_start"],
            "trigger_end": e["trigger_end"], "trigger_text": e["trigger_text"],
            "sentence_start": e["sentence_start"], "sentence_end": e["sentence_end"],
            "article_title": r["title"], "confidence": e["confidence"], "date_from": e["date_from"]})
    return out


def _events_joined(where: str) -> str:
    """The download as one query (columns in EVENTS_TABLE_COLUMNS order): the events, their article, place and
    participants' names joined."""
    return f"""
        WITH sel AS (SELECT e.* FROM events e{where}),
        {NAMES_CTE}
        SELECT e.article_id, e.idx, CAST(e.day AS VARCHAR) AS day, e.date, e.type, e.mode, e.quad, e.cameo,
               e.negated, e.hypothetical, s.names AS source, s.codes AS source_codes, t.names AS target,
               t.codes AS target_codes, pl.name AS place, pl.country AS place_country, e.dead, e.injured,
               e.arrested, e.goldstein, e.trigger_start, e.trigger_end, e.trigger_text, e.sentence_start,
               e.sentence_end, ar.title AS article_title, e.confidence, e.date_from
        FROM sel e
        JOIN articles ar ON ar.id = e.article_id
        LEFT JOIN names s ON s.article_id = e.article_id AND s.event_idx = e.idx AND s.role = 'source'
        LEFT JOIN names t ON t.article_id = e.article_id AND t.event_idx = e.idx AND t.role = 'target'
        LEFT JOIN places pl ON pl.article_id = e.article_id AND pl.place_id = e.place
        ORDER BY e.day DESC NULLS LAST, e.article_id, e.idx"""


def _attach_participants(db: Reader, rows: list[dict]) -> None:
    """Adds 'source' and 'target' lists (text, actor name, codes, global id) to each event row, in one query."""
    for r in rows:
        r["day"] = _iso(r.get("day"))
        r["source"], r["target"] = [], []
    if not rows:
        return
    ids = sorted({r["article_id"] for r in rows})
    actors = {(a["article_id"], a["actor_id"]): a for a in db.rows(
        f"SELECT article_id, actor_id, name, country, sector, code, global_id FROM actors WHERE article_id IN ({_in(ids)})", ids)}
    parts = db.rows(f"""SELECT article_id, event_idx, role, idx, start, "end", text, actor_id, code, country, sector
                        FROM event_participants
                        WHERE article_id IN ({_in(ids)}) ORDER BY article_id, event_idx, role, idx""", ids)
    for p in parts:                       # (a participant with no actor keeps its own code: events/described.py)
        p.update({k: v for k, v in (actors.get((p["article_id"], p["actor_id"])) or {}).items()
                  if k not in ("article_id", "actor_id")})
        p.setdefault("global_id", None)
        for k in ("name", "country", "sector", "code"):
            p.setdefault(k, None)
    by_key = {(r["article_id"], r["idx"]): r for r in rows}
    for p in parts:
        row = by_key.get((p["article_id"], p["event_idx"]))
        if row is not None and p["role"] in ("source", "target"):
            row[p["role"]].append({k: p[k] for k in ("start", "end", "text", "actor_id", "name", "country",
                                                     "sector", "code", "global_id")})


def event_types(db: Reader) -> list[str]:
    """The PLOVER types present in the store, for the filter's choices."""
    return db.memo("types", lambda: [r["type"] for r in db.rows(
        "SELECT DISTINCT type FROM events WHERE type IS NOT NULL ORDER BY type")])


def event_cluster(db: Reader, cluster_id: str) -> Optional[dict]:
    """A real-world event (an event cluster) and every report of it, earliest first, with why each joined:
    {'cluster': {...}, 'mentions': [...]}; None when there is no such cluster."""
    cluster = db.one("""SELECT cluster_id, family, type, CAST(day AS VARCHAR) AS day, place, place_country,
                               place_admin1, lat, lon, dead, injured, num_mentions, num_articles, num_stories,
                               num_sources, confidence, CAST(first_published AS VARCHAR) AS first_published,
                               CAST(last_published AS VARCHAR) AS last_published
                        FROM event_clusters WHERE cluster_id = ?""", [cluster_id])
    if cluster is None:
        return None
    mentions = db.rows("""
        SELECT m.article_id, m.event_idx, m.type, m.confidence, m.score, m.why, m.trigger_start, m.trigger_end,
               m.sentence_start, m.sentence_end, e.trigger_text, e.dead, e.injured,
               CAST(ar.published AS VARCHAR) AS published, ar.title, ar.source, ar.url, s.copy_of,
               substr(ar.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) AS sentence
        FROM event_mentions m
        JOIN events e ON e.article_id = m.article_id AND e.idx = m.event_idx
        JOIN articles ar ON ar.id = m.article_id
        LEFT JOIN article_stories s ON s.article_id = m.article_id
        WHERE m.cluster_id = ?
        ORDER BY ar.published NULLS LAST, ar.ingested_at, m.article_id || '-' || m.event_idx != m.cluster_id,
                 m.article_id, m.event_idx""", [cluster_id])
    return {"cluster": cluster, "mentions": mentions}


# ---------------------------------------------------------------- overview
def counts(db: Reader) -> dict:
    """How many articles, events, actors, quotes, places and killed the store holds. Of the events the summaries
    count (Reader.counted: asserted, at the default confidence floor), `events` counts real-world events (event
    clusters; an event in no cluster counts alone) and `reports` the article-level events; `stored` is every event
    record the store holds (with the negated and hypothetical ones and those under the floor)."""
    cond, params = db.counted()
    return db.memo("counts", lambda: db.one(f"""
        SELECT (SELECT count(*) FROM articles) AS articles,
               (SELECT count(DISTINCT coalesce(m.cluster_id, e.article_id || '-' || e.idx)) FROM events e
                LEFT JOIN event_mentions m ON m.article_id = e.article_id AND m.event_idx = e.idx
                WHERE {cond}) AS events,
               (SELECT count(*) FROM events e WHERE {cond}) AS reports,
               (SELECT count(*) FROM events) AS stored,
               (SELECT count(*) FROM global_actors) AS actors,
               (SELECT count(*) FROM quotes) AS quotes,
               (SELECT count(DISTINCT lower(name)) FROM places) AS places,
               (SELECT coalesce(sum(killed), 0) FROM casualties) AS killed""", params + params))


# An event dated this many days or more before its own report is history the article recalls (the storming of the
# Bastille in a story of a Bastille Day attack, 9/11 in a campaign story): the timelines leave it out and say how
# many, so that one old date does not stretch the axis over centuries. The event stays in the store and the exports.
HISTORY_DAYS = 365
_RECENT = f"NOT coalesce(e.day <= a.published - {HISTORY_DAYS}, false)"


def timeline(db: Reader, *, global_id: Optional[int] = None) -> dict:
    """Events per period by quad class (the events the summaries count, Reader.counted), every period from the
    first to the last (per day when the span is under ~4 months, per year past 20 years, else per month); events
    dated a year or more before their report (HISTORY_DAYS) are left out and counted in 'history'.

    With global_id: the actor's events split by its role, {'source': {...}, 'target': {...}}.
    """
    if global_id is None:
        return db.memo("timeline:recent", lambda: _store_timeline(db))
    cond, params = db.counted()
    return db.memo(f"actor_timeline:recent:{global_id}", lambda: _actor_timeline(db.rows(f"""
        SELECT s.role, e.day, e.quad, count(*) AS n, ({_RECENT}) AS recent
        FROM (SELECT DISTINCT article_id, event_idx, role FROM event_actors WHERE global_id = ?) s
        JOIN events e ON e.article_id = s.article_id AND e.idx = s.event_idx
        JOIN articles a ON a.id = e.article_id
        WHERE e.day IS NOT NULL AND {cond} GROUP BY ALL""", [global_id, *params])))


def _actor_timeline(rows: list[dict]) -> dict:
    """An actor's timeline from its (role, day, quad, n, recent) rows; rows not `recent` are counted in 'history'."""
    history = sum(r["n"] for r in rows if not r["recent"])
    rows = [r for r in rows if r["recent"]]
    days = [r["day"] for r in rows]
    span = {"lo": min(days), "hi": max(days)} if days else None
    unit = _unit(span)
    periods = _periods(span, unit)
    out: dict[str, Any] = {"unit": unit, "history": history}
    for role in ("source", "target"):
        out[role] = _pivot([dict(r, period=_trunc(r["day"], unit)) for r in rows if r["role"] == role], periods, unit)
    out["labels"] = out["source"]["labels"]
    return out


def _store_timeline(db: Reader) -> dict:
    cond, params = db.counted()
    span = db.one(f"""SELECT min(e.day) FILTER ({_RECENT}) AS lo, max(e.day) FILTER ({_RECENT}) AS hi,
                             count(*) FILTER (NOT {_RECENT}) AS history
                      FROM events e JOIN articles a ON a.id = e.article_id WHERE e.day IS NOT NULL AND {cond}""",
                  params)
    unit = _unit(span)
    rows = db.rows(f"""SELECT CAST(date_trunc('{unit}', e.day) AS DATE) AS period, e.quad, count(*) AS n
                       FROM events e JOIN articles a ON a.id = e.article_id
                       WHERE e.day IS NOT NULL AND {cond} AND {_RECENT} GROUP BY ALL""", params)
    return {"unit": unit, "history": span["history"] if span else 0, **_pivot(rows, _periods(span, unit), unit)}


def _unit(span: Optional[dict]) -> str:
    if span and span["lo"] and span["hi"]:
        days = (span["hi"] - span["lo"]).days
        return "day" if days <= 120 else ("month" if days <= 20 * 366 else "year")
    return "month"


def _trunc(day: _dt.date, unit: str) -> _dt.date:
    return day if unit == "day" else (day.replace(day=1) if unit == "month" else _dt.date(day.year, 1, 1))


def _periods(span: Optional[dict], unit: str) -> list[_dt.date]:
    """Every period start from the first event's to the last's, so that the chart's time axis has no holes."""
    if not span or not span["lo"] or not span["hi"]:
        return []
    lo, hi = span["lo"], span["hi"]
    if unit == "day":
        return [lo + _dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
    if unit == "year":
        return [_dt.date(y, 1, 1) for y in range(lo.year, hi.year + 1)]
    out, y, m = [], lo.year, lo.month
    while (y, m) <= (hi.year, hi.month):
        out.append(_dt.date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _label(period: _dt.date, unit: str) -> str:
    return period.isoformat() if unit == "day" else (period.strftime("%Y-%m") if unit == "month" else str(period.year))


def _pivot(rows: list[dict], periods: list, unit: str) -> dict:
    index = {p: i for i, p in enumerate(periods)}
    series = {q: [0] * len(periods) for q in QUADS}
    for r in rows:
        if r["quad"] in series and r["period"] in index:
            series[r["quad"]][index[r["period"]]] += r["n"]
    return {"labels": [_label(p, unit) for p in periods], "series": {str(q): v for q, v in series.items()}}


def top_actors(db: Reader, *, limit: int = 15) -> list[dict]:
    """The global actors taking part in the most events (as source or target; the events the summaries count)."""
    cond, params = db.counted()
    return db.memo(f"top_actors:{limit}", lambda: db.rows(f"""
        SELECT g.id, g.name, g.code, g.country, g.sector, n.events
        FROM (SELECT ea.global_id, count(DISTINCT (ea.article_id, ea.event_idx)) AS events FROM event_actors ea
              JOIN events e ON e.article_id = ea.article_id AND e.idx = ea.event_idx
              WHERE ea.global_id IS NOT NULL AND {cond} GROUP BY ALL ORDER BY events DESC, ea.global_id LIMIT ?) n
        JOIN global_actors g ON g.id = n.global_id ORDER BY n.events DESC, g.name""", [*params, limit]))


_DYADS = """
    WITH side AS (SELECT DISTINCT article_id, event_idx, role, global_id FROM event_actors
                  WHERE global_id IS NOT NULL {restrict}),
    pair AS (
        SELECT s.global_id AS source_id, t.global_id AS target_id, count(*) AS events,
               count(*) FILTER (WHERE e.quad IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE e.quad IN (3, 4)) AS conflict
        FROM side s JOIN side t ON s.article_id = t.article_id AND s.event_idx = t.event_idx
             AND s.role = 'source' AND t.role = 'target' AND s.global_id <> t.global_id
        JOIN events e ON e.article_id = s.article_id AND e.idx = s.event_idx
        WHERE {counted}{pair_where}
        GROUP BY ALL ORDER BY events DESC, source_id, target_id LIMIT ?)
    SELECT pair.*, gs.name AS source_name, gs.code AS source_code, gt.name AS target_name, gt.code AS target_code
    FROM pair JOIN global_actors gs ON gs.id = pair.source_id JOIN global_actors gt ON gt.id = pair.target_id
    ORDER BY events DESC, source_name, target_name"""


def top_dyads(db: Reader, *, limit: int = 15) -> list[dict]:
    """The (source, target) pairs of global actors with the most events (the events the summaries count), with their
    cooperation/conflict split."""
    cond, params = db.counted()
    return db.memo(f"top_dyads:{limit}", lambda: db.rows(_DYADS.format(restrict="", counted=cond, pair_where=""),
                                                          [*params, limit]))


def latest_articles(db: Reader, *, limit: int = 12) -> list[dict]:
    """The most recently published articles with their event counts."""
    rows = db.rows("""SELECT id, title, published, dateline_place, source FROM articles
                      ORDER BY published DESC NULLS LAST, id LIMIT ?""", [limit])
    ids = [r["id"] for r in rows]
    n = {r["article_id"]: r["n"] for r in db.rows(
        f"SELECT article_id, count(*) AS n FROM events WHERE article_id IN ({_in(ids)}) GROUP BY ALL", ids)} if ids else {}
    for r in rows:
        r["published"] = _iso(r["published"])
        r["events"] = n.get(r["id"], 0)
    return rows


def articles_page(db: Reader, *, limit: int = 50, offset: int = 0) -> dict:
    """A page of all articles, newest first, with their event and quote counts: {'total', 'rows'}.

    A deep page is found by the articles' publication days (`article_days`, kept with the summaries): the days that
    hold articles `offset` .. `offset + limit` are found from the counts per day, and only those days' articles are
    sorted, so page 19,000 of a million articles costs what page 1 does (an OFFSET of 950,000 sorted them all)."""
    total = counts(db)["articles"]
    where, params, skip = _days_of(article_days(db), offset, limit)
    rows = db.rows(f"""SELECT id, title, published, dateline_place, source, truncated FROM articles{where}
                       ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?""", params + [limit, skip])
    ids = [r["id"] for r in rows]
    if ids:
        n = {r["article_id"]: r["n"] for r in db.rows(
            f"SELECT article_id, count(*) AS n FROM events WHERE article_id IN ({_in(ids)}) GROUP BY ALL", ids)}
        nq = {r["article_id"]: r["n"] for r in db.rows(
            f"SELECT article_id, count(*) AS n FROM quotes WHERE article_id IN ({_in(ids)}) GROUP BY ALL", ids)}
    for r in rows:
        r["published"] = _iso(r["published"])
        r["events"], r["quotes"] = n.get(r["id"], 0), nq.get(r["id"], 0)
    return {"total": total, "rows": rows}


def article_days(db: Reader) -> list[list]:
    """[publication day (ISO, None for undated), articles] for every day, newest first, undated last: the anchors
    of the articles' pages (articles_page)."""
    return db.memo("article_days", lambda: [[_iso(d), n] for d, n in db.con.execute(
        "SELECT published, count(*) FROM articles GROUP BY published ORDER BY published DESC NULLS LAST").fetchall()])


def _days_of(days: list[list], offset: int, limit: int) -> tuple[str, list, int]:
    """(' WHERE ...' on `published`, its parameters, the offset within it) selecting the days whose articles hold
    positions `offset` .. `offset + limit` of the newest-first order; the same page as the OFFSET over all."""
    before = 0                       # articles on the days before day i (newer, or dated when i is undated)
    first = skip = None
    last = len(days) - 1
    for i, (_day, n) in enumerate(days):
        if first is None and before + n > offset:
            first, skip = i, offset - before
        before += n
        if first is not None and before >= offset + limit:
            last = i
            break
    if first is None:                # past the end: an empty page
        return " WHERE FALSE", [], 0
    hi, lo = days[first][0], days[last][0]
    clauses, params = [], []
    if hi is not None:               # dated days from hi down to lo (lo None: down to the oldest, then the undated)
        clauses.append("(published <= ?" + (" AND published >= ?)" if lo is not None else ")"))
        params += [_dt.date.fromisoformat(hi)] + ([_dt.date.fromisoformat(lo)] if lo is not None else [])
    if lo is None:
        clauses.append("published IS NULL")
    return " WHERE " + " OR ".join(clauses), params, skip


# ---------------------------------------------------------------- one article
def article(db: Reader, article_id: str) -> Optional[dict]:
    """An article's row, its contract record (parsed JSON) and the global id of each of its actors."""
    row = db.one("""SELECT id, text, title, published, published_from, dateline_place, dateline_agency,
                           dateline_start, dateline_end, truncated, source, url, origin, record
                    FROM articles WHERE id = ?""", [article_id])
    if row is None:
        return None
    row["published"] = _iso(row["published"])
    row["record"] = json.loads(row["record"]) if row.get("record") else {}
    ids = db.rows("SELECT actor_id, global_id FROM actors WHERE article_id = ?", [article_id])
    row["global_ids"] = {r["actor_id"]: r["global_id"] for r in ids}
    return row


# ---------------------------------------------------------------- one actor
def actor(db: Reader, global_id: int) -> Optional[dict]:
    """A global actor with its event counts as source and as target, and the roles it is given."""
    return db.memo(f"actor:{global_id}", lambda: _actor(db, global_id))


def _actor(db: Reader, global_id: int) -> Optional[dict]:
    row = db.one("SELECT id, code, name, country, sector FROM global_actors WHERE id = ?", [global_id])
    if row is None:
        return None
    cond, params = db.counted()
    row.update(db.one(f"""
        SELECT count(DISTINCT (ea.article_id, ea.event_idx)) AS events,
               count(DISTINCT (ea.article_id, ea.event_idx)) FILTER (WHERE ea.role = 'source') AS as_source,
               count(DISTINCT (ea.article_id, ea.event_idx)) FILTER (WHERE ea.role = 'target') AS as_target
        FROM event_actors ea JOIN events e ON e.article_id = ea.article_id AND e.idx = ea.event_idx
        WHERE ea.global_id = ? AND {cond}""", [global_id, *params]))
    row.update(db.one("SELECT count(DISTINCT article_id) AS articles FROM actors WHERE global_id = ?", [global_id]))
    row["roles"] = [r["role"] for r in db.rows("""SELECT role, count(*) AS n FROM actors WHERE global_id = ?
        AND role IS NOT NULL GROUP BY role ORDER BY n DESC, role LIMIT 5""", [global_id])]
    return row


_QUOTES = """
    SELECT a.global_id, q.article_id, q.idx, q.start, q."end", q.text, q.speaker_text, ar.title, ar.published,
           row_number() OVER (PARTITION BY a.global_id
                              ORDER BY ar.published DESC NULLS LAST, q.article_id, q.idx) AS k
    FROM actors a JOIN quotes q ON q.article_id = a.article_id AND q.speaker_actor = a.actor_id
    JOIN articles ar ON ar.id = q.article_id
    WHERE {where} QUALIFY k <= ? ORDER BY a.global_id, k"""


def actor_quotes(db: Reader, global_id: int, *, limit: int = 30) -> list[dict]:
    """What the actor is quoted saying, newest first, with where."""
    return db.memo(f"actor_quotes:{global_id}:{limit}", lambda: _quote_rows(db.rows(
        _QUOTES.format(where="a.global_id = ?"), [global_id, limit])))


def _quote_rows(rows: list[dict]) -> list[dict]:
    for r in rows:
        r["published"] = _iso(r["published"])
        del r["global_id"], r["k"]
    return rows


def actor_dyads(db: Reader, global_id: int, *, limit: int = 30) -> list[dict]:
    """The actor's counterparts: dyads in which it is source or target, most events first (the events the summaries
    count)."""
    restrict = """AND (article_id, event_idx) IN (SELECT article_id, event_idx FROM event_actors
                                                  WHERE global_id = ?)"""
    cond, params = db.counted()
    return db.memo(f"actor_dyads:{global_id}:{limit}", lambda: db.rows(
        _DYADS.format(restrict=restrict, counted=cond, pair_where=" AND (s.global_id = ? OR t.global_id = ?)"),
        [global_id, *params, global_id, global_id, limit]))


def _all_actors(db: Reader, *, dyads: int = 30, quotes: int = 30) -> dict[str, Any]:
    """The actor page's aggregates for every global actor, as `actor`, `actor_dyads` and `timeline(global_id=)`
    give them one by one (the same rows in the same order), from one pass over each table."""
    out: dict[str, Any] = {}
    actors = {r["id"]: dict(r, events=0, as_source=0, as_target=0, articles=0, roles=[]) for r in db.rows(
        "SELECT id, code, name, country, sector FROM global_actors")}
    cond, params = db.counted()
    for r in db.rows(f"""
            SELECT ea.global_id,
                   count(DISTINCT (ea.article_id, ea.event_idx)) AS events,
                   count(DISTINCT (ea.article_id, ea.event_idx)) FILTER (WHERE ea.role = 'source') AS as_source,
                   count(DISTINCT (ea.article_id, ea.event_idx)) FILTER (WHERE ea.role = 'target') AS as_target
            FROM event_actors ea JOIN events e ON e.article_id = ea.article_id AND e.idx = ea.event_idx
            WHERE ea.global_id IS NOT NULL AND {cond} GROUP BY ea.global_id""", params):
        if r["global_id"] in actors:
            actors[r["global_id"]].update(events=r["events"], as_source=r["as_source"], as_target=r["as_target"])
    for r in db.rows("SELECT global_id, count(DISTINCT article_id) AS n FROM actors WHERE global_id IS NOT NULL "
                     "GROUP BY global_id"):
        if r["global_id"] in actors:
            actors[r["global_id"]]["articles"] = r["n"]
    for r in db.rows("""SELECT global_id, role FROM (
            SELECT global_id, role, row_number() OVER (PARTITION BY global_id ORDER BY count(*) DESC, role) AS k
            FROM actors WHERE global_id IS NOT NULL AND role IS NOT NULL GROUP BY global_id, role)
            WHERE k <= 5 ORDER BY global_id, k"""):
        if r["global_id"] in actors:
            actors[r["global_id"]]["roles"].append(r["role"])
    rows = {r["global_id"]: r["n"] for r in db.rows(
        "SELECT global_id, count(*) AS n FROM actors WHERE global_id IS NOT NULL GROUP BY global_id")}
    for gid, row in actors.items():
        out[f"actor:{gid}"] = row
        out[f"actor_rows:{gid}"] = rows.get(gid, 0)            # the search's count (actor rows, as it counts)
    pairs = db.rows(_DYADS.replace("LIMIT ?", "").format(restrict="", counted=cond, pair_where=""), params)
    mine: dict[int, list[dict]] = {}
    for p in pairs:
        for gid in {p["source_id"], p["target_id"]}:
            mine.setdefault(gid, []).append(p)
    for gid in actors:
        top = sorted(mine.get(gid, ()), key=lambda p: (-p["events"], p["source_id"], p["target_id"]))[:dyads]
        out[f"actor_dyads:{gid}:{dyads}"] = sorted(top, key=lambda p: (-p["events"], _last(p["source_name"]),
                                                                       _last(p["target_name"])))
    said: dict[int, list[dict]] = {}
    for r in db.rows(_QUOTES.format(where="a.global_id IS NOT NULL"), [quotes]):
        said.setdefault(r["global_id"], []).append(r)
    for gid in actors:
        out[f"actor_quotes:{gid}:{quotes}"] = _quote_rows(said.get(gid, []))
    out.update(_actor_timelines(db, actors))
    return out


def _actor_timelines(db: Reader, actors: Iterable[int]) -> dict[str, Any]:
    """`timeline(global_id=)` of every actor in `actors`, from one pass over the events, under its memo key."""
    cond, params = db.counted()
    lines: dict[int, list[dict]] = {}
    for r in db.rows(f"""
            SELECT s.global_id, s.role, e.day, e.quad, count(*) AS n, ({_RECENT}) AS recent
            FROM (SELECT DISTINCT article_id, event_idx, role, global_id FROM event_actors
                  WHERE global_id IS NOT NULL) s
            JOIN events e ON e.article_id = s.article_id AND e.idx = s.event_idx
            JOIN articles a ON a.id = e.article_id
            WHERE e.day IS NOT NULL AND {cond} GROUP BY ALL""", params):
        lines.setdefault(r.pop("global_id"), []).append(r)
    empty = _actor_timeline([])             # most actors have no dated event: one answer for them all (read only)
    return {f"actor_timeline:recent:{gid}": _actor_timeline(lines[gid]) if gid in lines else empty for gid in actors}


def _last(value: Optional[str]) -> tuple:
    """A sort key that puts NULL last, as DuckDB's ORDER BY does."""
    return (value is None, value or "")


def network(global_id: int, dyads: list[dict]) -> dict:
    """The actor's ego network from its dyads: itself, its counterparts, the links (for the force layout)."""
    nodes: dict[int, dict] = {}
    links = []
    for d in dyads:
        for side in ("source", "target"):
            gid = d[f"{side}_id"]
            nodes.setdefault(gid, {"id": gid, "name": d[f"{side}_name"], "code": d[f"{side}_code"], "events": 0})
            nodes[gid]["events"] += d["events"]
        links.append({"source": d["source_id"], "target": d["target_id"], "events": d["events"],
                      "cooperation": d["cooperation"], "conflict": d["conflict"]})
    return {"center": global_id, "nodes": list(nodes.values()), "links": links}


# ---------------------------------------------------------------- map
def event_places(db: Reader, *, limit: int = 2000) -> list[dict]:
    """Places where events happened (the events the summaries count), with coordinates, event counts and the
    share of conflict."""
    cond, params = db.counted()
    return db.memo(f"places:{limit}", lambda: db.rows(f"""
        SELECT pl.name, pl.country, round(pl.lat, 3) AS lat, round(pl.lon, 3) AS lon, count(*) AS events,
               count(*) FILTER (WHERE e.quad IN (3, 4)) AS conflict, count(DISTINCT e.article_id) AS articles,
               coalesce(sum(e.dead), 0) AS dead
        FROM events e JOIN places pl ON pl.article_id = e.article_id AND pl.place_id = e.place
        WHERE pl.lat IS NOT NULL AND pl.lon IS NOT NULL AND {cond}
        GROUP BY pl.name, pl.country, round(pl.lat, 3), round(pl.lon, 3)
        ORDER BY events DESC, pl.name LIMIT ?""", [*params, limit]))


# ---------------------------------------------------------------- lists of actors and quotes (user52)
def actors_list(db: Reader, *, q: Optional[str] = None, country: Optional[str] = None, sector: Optional[str] = None,
                limit: int = 50, offset: int = 0) -> dict:
    """A page of the global actors, those in the most articles first: {'total', 'rows'}; `q` a part of the name or the
    start of the code (any case), `country` and `sector` whole codes (any case)."""
    where, params = [], []
    if q and q.strip():
        name, p = filters.part_of("g.name", q)
        where.append(f"({name} OR starts_with(upper(g.code), upper(?)))")
        params += p + [q.strip()]
    for column, value in (("country", country), ("sector", sector)):
        if value and value.strip():
            where.append(f"upper(g.{column}) = upper(?)")
            params.append(value.strip())
    cond = " WHERE " + " AND ".join(where) if where else ""
    total = db.one(f"SELECT count(*) AS n FROM global_actors g{cond}", params)["n"]
    rows = db.rows(f"""
        SELECT g.id, g.name, g.code, g.country, g.sector, coalesce(n.articles, 0) AS articles,
               coalesce(n.mentions, 0) AS actor_rows
        FROM global_actors g
        LEFT JOIN (SELECT global_id, count(DISTINCT article_id) AS articles, count(*) AS mentions FROM actors
                   WHERE global_id IS NOT NULL GROUP BY global_id) n ON n.global_id = g.id{cond}
        ORDER BY articles DESC, g.name, g.id LIMIT ? OFFSET ?""", params + [limit, offset])
    return {"total": total, "rows": rows}


def quotes_list(db: Reader, *, speaker: Optional[str] = None, contains: Optional[str] = None,
                since: Optional[str] = None, until: Optional[str] = None, limit: int = 50, offset: int = 0) -> dict:
    """A page of quotations, newest article first, with their speaker (the resolved actor's name and global id when
    there is one), article and offsets: {'total', 'rows'}; the filters of `dateline quotes` (`speaker` a part of the
    name as written or resolved, `contains` a part of the quote) and the article's publication days."""
    where, params = [], []
    if speaker and speaker.strip():
        written, p1 = filters.part_of("q.speaker_text", speaker)
        resolved, p2 = filters.part_of("a.name", speaker)
        where.append(f"({written} OR {resolved})")
        params += p1 + p2
    if contains and contains.strip():
        clause, p = filters.part_of("q.text", contains)
        where.append(clause)
        params += p
    if since:
        where.append("ar.published >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append("ar.published <= CAST(? AS DATE)")
        params.append(until)
    cond = " WHERE " + " AND ".join(where) if where else ""
    joins = """FROM quotes q JOIN articles ar ON ar.id = q.article_id
               LEFT JOIN actors a ON a.article_id = q.article_id AND a.actor_id = q.speaker_actor"""
    total = db.one(f"SELECT count(*) AS n {joins}{cond}", params)["n"]
    rows = db.rows(f"""
        SELECT q.article_id, q.idx, q.start, q."end", q.text, q.speaker_text, a.name AS speaker_name,
               a.global_id, a.code AS speaker_code, q.cue_text AS cue, ar.title, ar.published
        {joins}{cond}
        ORDER BY ar.published DESC NULLS LAST, q.article_id, q.idx LIMIT ? OFFSET ?""", params + [limit, offset])
    for r in rows:
        r["published"] = _iso(r["published"])
    return {"total": total, "rows": rows}


# ---------------------------------------------------------------- search
def _actor_rows(db: Reader, gids: list[int]) -> dict[int, int]:
    """global id -> its actor rows (the search's count), in one statement however many actors a word matches: a
    query each (and a kept-summary look-up each) made `/search?q=a` take a minute on a store of 2,000 articles."""
    if not gids:
        return {}
    return {r["global_id"]: r["n"] for r in db.rows(
        "SELECT global_id, count(*) AS n FROM actors WHERE global_id IN (SELECT unnest(?::INTEGER[])) "
        "GROUP BY global_id", [gids])}


def search(db: Reader, q: str, *, limit: int = 20) -> dict:
    """Articles (title or text), actors (name, or code whole) and quotes (text) containing q as a part, any case.

    Read in steps so that a large store answers from a part of itself: articles newest first, a window of
    publication days at a time (the last 31 days, the last year, then the rest) until the page is full; actors
    matched in `global_actors` first, then counted (kept counts when the store has them); quotes matched first,
    their speakers read for the page only. The rows are those of one query over everything, in its order."""
    q = q.strip()
    title, p = filters.part_of("title", q)           # p: the one parameter of every part_of below
    text, _ = filters.part_of("text", q)
    arts: list[dict] = []
    hi = db.one("SELECT max(published) AS hi FROM articles")["hi"]
    windows: list[tuple[str, list]] = []
    if hi is not None:
        month, year = hi - _dt.timedelta(days=31), hi - _dt.timedelta(days=366)
        windows = [("published > ?", [month]), ("published > ? AND published <= ?", [year, month]),
                   ("published <= ?", [year])]
    windows.append(("published IS NULL", []))
    for window, bounds in windows:
        arts += db.rows(f"""SELECT id, title, published, dateline_place FROM articles
                            WHERE {window} AND ({title} OR {text}) ORDER BY published DESC NULLS LAST, id LIMIT ?""",
                        bounds + p + p + [limit - len(arts)])
        if len(arts) >= limit:
            break
    for r in arts:
        r["published"] = _iso(r["published"])
    name, _ = filters.part_of("name", q)
    found = db.rows(f"SELECT id, name, code FROM global_actors WHERE {name} OR upper(code) = upper(?)", p + [q])
    rows = _actor_rows(db, [a["id"] for a in found])
    for a in found:
        a["articles"] = rows.get(a["id"], 0)
    acts = sorted(found, key=lambda a: (-a["articles"], _last(a["name"])))[:limit]
    said, _ = filters.part_of("text", q)
    quotes = db.rows(f"""SELECT article_id, idx, text, speaker_text, speaker_actor FROM quotes
                         WHERE {said} ORDER BY article_id, idx LIMIT ?""", p + [limit])
    ids = sorted({r["article_id"] for r in quotes})
    speakers = {(r["article_id"], r["actor_id"]): r for r in db.rows(
        f"""SELECT a.article_id, a.actor_id, a.global_id, g.name FROM actors a
            LEFT JOIN global_actors g ON g.id = a.global_id WHERE a.article_id IN ({_in(ids)})""", ids)} if ids else {}
    for r in quotes:
        who = speakers.get((r["article_id"], r.pop("speaker_actor"))) or {}
        r["global_id"], r["speaker_name"] = who.get("global_id"), who.get("name")
    return {"articles": arts, "actors": acts, "quotes": quotes}
