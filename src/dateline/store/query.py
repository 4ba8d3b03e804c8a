"""Queries over the store, returning plain rows (lists of dicts): stats, events, quotes, dyads, read-only SQL."""
from __future__ import annotations

import datetime as dt
import pathlib
from typing import Any, Optional

from .db import Store, StoreError

# An event's participants with their actors, compound actors expanded to their members as well.
_PARTICIPANTS = """
    SELECT p.article_id, p.event_idx, p.role, p.text AS ptext, a.name, a.code, a.country, a.sector
    FROM event_participants p
    LEFT JOIN actors a ON a.article_id = p.article_id AND a.actor_id = p.actor_id
    UNION ALL
    SELECT p.article_id, p.event_idx, p.role, p.text, m.name, m.code, m.country, m.sector
    FROM event_participants p
    JOIN actors a ON a.article_id = p.article_id AND a.actor_id = p.actor_id
    JOIN actors m ON m.article_id = a.article_id AND list_contains(a.members, m.actor_id)
"""

# CODE|NAME: an actor code prefix (USA matches USAGOV), a country or sector code, or part of a name.
_MATCH = """(upper(coalesce(pa.code, '')) LIKE upper(?) || '%' OR upper(coalesce(pa.country, '')) = upper(?)
             OR upper(coalesce(pa.sector, '')) = upper(?) OR pa.name ILIKE '%' || ? || '%'
             OR pa.ptext ILIKE '%' || ? || '%')"""


# the source and target names and codes of the events in a CTE called `sel`, joined by '; ' (shared with views)
NAMES_CTE = """names AS (
            SELECT p.article_id, p.event_idx, p.role,
                   string_agg(coalesce(a.name, p.text), '; ' ORDER BY p.idx) AS names,
                   string_agg(coalesce(nullif(a.code, ''), '-'), '; ' ORDER BY p.idx) AS codes
            FROM event_participants p
            SEMI JOIN sel ON sel.article_id = p.article_id AND sel.idx = p.event_idx
            LEFT JOIN actors a ON a.article_id = p.article_id AND a.actor_id = p.actor_id
            GROUP BY ALL)"""


def _match_params(value: str) -> list[str]:
    return [value] * 5


def stats(store: Store) -> dict[str, Any]:
    """Counts of what the store holds (articles, events, quotes, actors, places, ...), with date range and types."""
    one = lambda sql: store.con.execute(sql).fetchone()[0]  # noqa: E731
    out: dict[str, Any] = {
        "articles": one("SELECT count(*) FROM articles"),
        "events": one("SELECT count(*) FROM events"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "actors": one("SELECT count(DISTINCT global_id) FROM actors"),
        "actor_rows": one("SELECT count(*) FROM actors"),
        "mentions": one("SELECT count(*) FROM mentions"),
        "places": one("SELECT count(DISTINCT coalesce(CAST(geonameid AS VARCHAR), name)) FROM places"),
        "place_rows": one("SELECT count(*) FROM places"),
        "dates": one("SELECT count(*) FROM dates"),
        "casualties": one("SELECT count(*) FROM casualties"),
        "schema_version": store.schema_version(),
    }
    first, last = store.con.execute("SELECT min(published), max(published) FROM articles").fetchone()
    out["published_first"] = first.isoformat() if first else None
    out["published_last"] = last.isoformat() if last else None
    out["event_types"] = dict(store.con.execute(
        "SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC, type").fetchall())
    out["quads"] = {str(k): v for k, v in store.con.execute(
        "SELECT quad, count(*) FROM events GROUP BY quad ORDER BY quad").fetchall()}
    return out


def events(store: Store, *, actor: Optional[str] = None, source: Optional[str] = None,
           target: Optional[str] = None, type: Optional[str] = None, quad: Optional[int] = None,
           since: Optional[str] = None, until: Optional[str] = None, place: Optional[str] = None,
           limit: Optional[int] = 100) -> list[dict]:
    """Events with their participants, newest day first, filtered as asked (all filters combine)."""
    where, params = [], []
    for role, value in (("", actor), ("source", source), ("target", target)):
        if value:
            role_sql = "AND pa.role = ? " if role else ""
            where.append(f"EXISTS (SELECT 1 FROM pa WHERE pa.article_id = e.article_id AND pa.event_idx = e.idx "
                         f"{role_sql}AND {_MATCH})")
            params += ([role] if role else []) + _match_params(value)
    if type:
        where.append("upper(e.type) = upper(?)")
        params.append(type)
    if quad is not None:
        where.append("e.quad = ?")
        params.append(int(quad))
    if since:
        where.append("e.day >= ?")
        params.append(_date(since))
    if until:
        where.append("e.day <= ?")
        params.append(_date(until, end=True))
    if place:
        where.append("(pl.name ILIKE '%' || ? || '%' OR upper(coalesce(pl.country, '')) = upper(?))")
        params += [place, place]
    # pick the events first (filters, order, limit), then fetch names and text for those alone
    sql = f"""
        WITH pa AS ({_PARTICIPANTS}),
        sel AS (
            SELECT e.*, pl.name AS place_name, pl.country AS place_country
            FROM events e
            LEFT JOIN places pl ON pl.article_id = e.article_id AND pl.place_id = e.place
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY e.day DESC NULLS LAST, e.article_id, e.idx
            {"LIMIT ?" if limit else ""}),
        {NAMES_CTE}
        SELECT e.article_id, e.idx, e.day, e.date, e.type, e.mode, e.quad, e.cameo, e.goldstein,
               s.names AS source, s.codes AS source_code, t.names AS target, t.codes AS target_code,
               e.trigger_text AS trigger, e.trigger_start, e.trigger_end, e.negated, e.hypothetical,
               e.place_name AS place, e.place_country, e.dead, e.injured, e.arrested,
               substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,
               ar.title, ar.url
        FROM sel e
        JOIN articles ar ON ar.id = e.article_id
        LEFT JOIN names s ON s.article_id = e.article_id AND s.event_idx = e.idx AND s.role = 'source'
        LEFT JOIN names t ON t.article_id = e.article_id AND t.event_idx = e.idx AND t.role = 'target'
        ORDER BY e.day DESC NULLS LAST, e.article_id, e.idx"""
    if limit:
        params.append(int(limit))
    return _plain(store.rows(sql, params))


def quotes(store: Store, *, speaker: Optional[str] = None, contains: Optional[str] = None,
           limit: Optional[int] = 100) -> list[dict]:
    """Who said what: quotations with their speaker (actor name when resolved), article and date."""
    where, params = [], []
    if speaker:
        where.append("(q.speaker_text ILIKE '%' || ? || '%' OR a.name ILIKE '%' || ? || '%')")
        params += [speaker, speaker]
    if contains:
        where.append("q.text ILIKE '%' || ? || '%'")
        params.append(contains)
    sql = f"""
        SELECT q.article_id, q.idx, ar.published, coalesce(a.name, q.speaker_text) AS speaker,
               q.speaker_text, a.code AS speaker_code, q.text, q.start, q."end", q.cue_text AS cue, ar.title, ar.url
        FROM quotes q
        JOIN articles ar ON ar.id = q.article_id
        LEFT JOIN actors a ON a.article_id = q.article_id AND a.actor_id = q.speaker_actor
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY ar.published DESC NULLS LAST, q.article_id, q.idx
        {"LIMIT ?" if limit else ""}"""
    if limit:
        params.append(int(limit))
    return _plain(store.rows(sql, params))


_PERIODS = {"month": "strftime(e.day, '%Y-%m')", "week": "strftime(e.day, '%G-W%V')",
            "day": "strftime(e.day, '%Y-%m-%d')"}


def dyads(store: Store, *, by: str = "month", actor: Optional[str] = None,
          limit: Optional[int] = None) -> list[dict]:
    """Event counts per (source, target, period), split by quad class, with the Goldstein-style total and mean.

    An actor is labelled by its code (country+sector) when it has one, else by its name (else the text).
    An event with several sources or targets counts once for each pair; events without a day go to 'undated'.
    """
    if by not in _PERIODS:
        raise StoreError(f"--by must be one of {', '.join(_PERIODS)}, not {by!r}")
    label = "coalesce(nullif(a.code, ''), a.name, p.text)"
    where, params = [], []
    if actor:
        where.append(f"EXISTS (SELECT 1 FROM pa WHERE pa.article_id = e.article_id AND pa.event_idx = e.idx AND {_MATCH})")
        params += _match_params(actor)
    sql = f"""
        WITH pa AS ({_PARTICIPANTS}),
        side AS (
            SELECT p.article_id, p.event_idx, p.role, {label} AS label
            FROM event_participants p
            LEFT JOIN actors a ON a.article_id = p.article_id AND a.actor_id = p.actor_id)
        SELECT coalesce({_PERIODS[by]}, 'undated') AS period, s.label AS source, t.label AS target,
               count(*) AS events,
               count(*) FILTER (WHERE e.quad = 1) AS quad1, count(*) FILTER (WHERE e.quad = 2) AS quad2,
               count(*) FILTER (WHERE e.quad = 3) AS quad3, count(*) FILTER (WHERE e.quad = 4) AS quad4,
               round(sum(e.goldstein), 2) AS goldstein, round(avg(e.goldstein), 2) AS goldstein_mean
        FROM events e
        JOIN side s ON s.article_id = e.article_id AND s.event_idx = e.idx AND s.role = 'source'
        JOIN side t ON t.article_id = e.article_id AND t.event_idx = e.idx AND t.role = 'target'
        {"WHERE " + " AND ".join(where) if where else ""}
        GROUP BY ALL
        ORDER BY period, events DESC, source, target
        {"LIMIT ?" if limit else ""}"""
    if limit:
        params.append(int(limit))
    return _plain(store.rows(sql, params))


def sql(path: str, query: str) -> tuple[list[str], list[tuple]]:
    """Run one read-only statement on the store at `path`: (column names, rows). Writes are refused."""
    import duckdb

    if not pathlib.Path(path).exists():
        raise StoreError(f"no store at {path}")
    try:
        con = duckdb.connect(path, read_only=True, config={"enable_external_access": False})
    except duckdb.Error as exc:
        raise StoreError(f"cannot open {path} read-only: {exc}") from exc
    try:
        try:
            statements = con.extract_statements(query)
        except duckdb.Error as exc:
            raise StoreError(f"not valid SQL: {exc}") from exc
        if len(statements) != 1:
            raise StoreError(f"give exactly one statement, not {len(statements)}")
        kind = statements[0].type
        if kind not in (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN):
            raise StoreError(f"read-only: {kind.name} statements are refused; only SELECT (or WITH ... SELECT)")
        try:
            cur = con.execute(query)
        except duckdb.Error as exc:
            raise StoreError(str(exc)) from exc
        names = [d[0] for d in cur.description]
        return names, cur.fetchall()
    finally:
        con.close()


def _date(value: str, *, end: bool = False) -> dt.date:
    """YYYY-MM-DD, or YYYY-MM / YYYY as their first day (their last day when `end`)."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    for fmt in ("%Y-%m", "%Y"):
        try:
            first = dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        if not end:
            return first
        if fmt == "%Y":
            return dt.date(first.year, 12, 31)
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    raise StoreError(f"not a date (YYYY-MM-DD, YYYY-MM or YYYY): {value!r}")


def _plain(rows: list[dict]) -> list[dict]:
    """Dates as ISO strings, so rows go straight to JSON and CSV."""
    for row in rows:
        for k, v in row.items():
            if isinstance(v, (dt.date, dt.datetime)):
                row[k] = v.isoformat()
    return rows
