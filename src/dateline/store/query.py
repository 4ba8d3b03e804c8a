"""Queries over the store, returning plain rows (lists of dicts): stats, events, quotes, dyads, read-only SQL."""
from __future__ import annotations

import json

import dataclasses
import datetime as dt
import pathlib
from typing import Any, Iterator, Optional

from . import filters
from .db import Store, StoreError
from .filters import EventFilter

# the source and target names and codes of the events in a CTE called `sel`, joined by '; ' in participant order
# (shared with views). Each side's participants are gathered as (idx, name, code) and sorted once: the strings two
# ordered string_agg gave (NULLs skipped alike), which sorted each side twice (user50: the CTE of a 55,000-event
# download 0.86 -> 0.43 s, the whole query 1.44 -> 0.86 s)
_NAMES = """names AS (
            SELECT article_id, event_idx, role,
                   array_to_string(list_transform(parts, lambda x: x.name), '; ') AS names,
                   array_to_string(list_transform(parts, lambda x: x.code), '; ') AS codes
            FROM (SELECT p.article_id, p.event_idx, p.role,
                         list_sort(list(struct_pack(idx := p.idx, name := coalesce(a.name, p.text),
                                                    code := coalesce(nullif(a.code, ''), p.code, '-')))) AS parts
                  FROM {participants} p
                  SEMI JOIN sel ON sel.article_id = p.article_id AND sel.idx = p.event_idx
                  LEFT JOIN {actors} a ON a.article_id = p.article_id AND a.actor_id = p.actor_id
                  GROUP BY ALL))"""
NAMES_CTE = _NAMES.format(participants="event_participants", actors="actors")


def stats(store: Store, *, kept: bool = True) -> dict[str, Any]:
    """Counts of what the store holds (articles, events, quotes, actors, places, ...), with date range and types.
    Read from the kept summaries when they were written for the store as it is (store_summaries)."""
    if kept:
        from .views import Reader

        found = Reader(store.con)._kept("stats")
        if found is not None:
            return {**json.loads(found), "schema_version": store.schema_version()}
    one = lambda sql: store.first(sql)[0]  # noqa: E731
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
    first, last = store.first("SELECT min(published), max(published) FROM articles")
    out["published_first"] = first.isoformat() if first else None
    out["published_last"] = last.isoformat() if last else None
    out["event_types"] = dict(store.con.execute(
        "SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC, type").fetchall())
    out["quads"] = {str(k): v for k, v in store.con.execute(
        "SELECT quad, count(*) FROM events GROUP BY quad ORDER BY quad").fetchall()}
    return out


# the events matching a filter, each with its cluster key (its event cluster, or itself when it has none) and its
# rank in the cluster (1: the earliest report, the cluster's representative); needs `pa` and the filter's WHERE
_RANKED = """hit AS (
            SELECT e.article_id, e.idx, coalesce(m.cluster_id, e.article_id || '-' || e.idx) AS cluster_key,
                   row_number() OVER (PARTITION BY coalesce(m.cluster_id, e.article_id || '-' || e.idx)
                                      ORDER BY ar.published NULLS LAST, ar.ingested_at,
                                               m.cluster_id IS DISTINCT FROM e.article_id || '-' || e.idx,
                                               e.article_id, e.idx) AS rank
            FROM events e
            JOIN articles ar ON ar.id = e.article_id
            LEFT JOIN event_mentions m ON m.article_id = e.article_id AND m.event_idx = e.idx
            {where})"""


def events(store: Store, f: EventFilter = EventFilter(), *, limit: Optional[int] = 100,
           by_cluster: bool = False) -> list[dict]:
    """Events with their participants, newest day first, matching the filter (store/filters.py).

    Two steps on a large store: the filters, order and limit pick the events' keys; then every table is read
    for those articles only (index lookups), so the cost follows the page, not the store.

    With `by_cluster`, one row per real-world event (event cluster, docs/stories.md) with a mention matching the
    filter: its earliest matching report's fields, the cluster's day, casualty figures and counts
    (cluster_id, num_mentions, num_articles, num_stories, num_sources)."""
    if by_cluster:
        return _cluster_events(store, f, limit=limit)
    where, params = filters.where(f)
    order = "ORDER BY e.day DESC NULLS LAST, e.article_id, e.idx"
    if not limit or limit > _BY_KEYS:
        return _plain(store.rows(_EVENTS.format(chosen=f"SELECT e.* FROM events e {where} {order}"
                                                + (" LIMIT ?" if limit else ""),
                                                only="", only_id="", order=order),
                                 params + ([int(limit)] if limit else [])))
    chosen = newest(store.rows, where, params, limit=int(limit), columns="e.*",
                    until=filters.last_day(f))
    return _plain(_event_rows(store, [(e["article_id"], e["idx"]) for e in chosen],
                              {(e["article_id"], e["idx"]): e for e in chosen}))


NEWEST_WINDOWS = (31, 366)      # days before the store's latest event day: the windows `newest` tries first


def newest(run, where: str, params: list, *, limit: int, offset: int = 0, columns: str = "e.article_id, e.idx",
           until: Optional[dt.date] = None) -> list:
    """The `columns` of the events matching ` WHERE ...` (filters.where), newest day first, from `offset`: one page,
    as `run(sql, params)` returns rows. Tried first on the latest NEWEST_WINDOWS days (a literal lower bound on
    `day`, so DuckDB's zone maps skip the older row groups of a store filled roughly in time order), then on every
    event: when a window fills the page, no event outside it can come before (the order is by day, undated last),
    so the page is the same. The events' own columns come with the page (read by key later, events scattered over
    the file cost an index probe and a block each). `until`: the filter's last day, where the windows end then."""
    order = "ORDER BY e.day DESC NULLS LAST, e.article_id, e.idx LIMIT ? OFFSET ?"
    found = run("SELECT day FROM events WHERE day IS NOT NULL" + (f" AND day <= DATE '{until.isoformat()}'" if until
                                                                  else "") + " ORDER BY day DESC LIMIT 1", [])
    if found and limit > 0:
        latest = found[0]["day"] if isinstance(found[0], dict) else found[0][0]
        for days in NEWEST_WINDOWS:
            since = (latest - dt.timedelta(days=days)).isoformat()
            windowed = f"{where} AND" if where else " WHERE"
            rows = run(f"SELECT {columns} FROM events e{windowed} e.day >= DATE '{since}' {order}",
                       params + [limit, offset])
            if len(rows) == limit:
                return rows
    return run(f"SELECT {columns} FROM events e{where} {order}", params + [limit, offset])


# The columns of each listing, in order: a CSV of no rows still has its header (a reader given an empty file fails
# in pandas and R). tests/test_cli_store.py checks them against the rows the functions return.
EVENT_COLUMNS = ("article_id", "idx", "day", "date", "type", "mode", "quad", "cameo", "goldstein", "source",
                 "source_code", "target", "target_code", "trigger", "trigger_start", "trigger_end", "negated",
                 "hypothetical", "place", "place_country", "dead", "injured", "arrested", "sentence", "title", "url",
                 "confidence", "date_from")
CLUSTER_EVENT_COLUMNS = EVENT_COLUMNS + ("cluster_id", "num_mentions", "num_articles", "num_stories", "num_sources")
QUOTE_COLUMNS = ("article_id", "idx", "published", "speaker", "speaker_text", "speaker_code", "text", "start", "end",
                 "cue", "title", "url")


def _event_rows(store: Store, keys: list[tuple[str, int]], evs: Optional[dict] = None) -> list[dict]:
    """The rows of `events` for these keys (in their order): one small indexed query per table, joined here
    (`evs`: the events' own rows by key when the caller has them)."""
    if not keys:
        return []
    ids = sorted({a for a, _ in keys})
    marks = ", ".join("?" * len(ids))        # an IN list of parameters is an index lookup; = ANY(list) is a scan

    def fetch(sql: str) -> list[dict]:
        return store.rows(sql.replace("= ANY(?::VARCHAR[])", f"IN ({marks})"), ids)

    if evs is None:
        evs = {(r["article_id"], r["idx"]): r for r in fetch(
            "SELECT * FROM events WHERE article_id = ANY(?::VARCHAR[])")}
    arts = {r["id"]: r for r in fetch("SELECT id, text, title, url FROM articles WHERE id = ANY(?::VARCHAR[])")}
    places = {(r["article_id"], r["place_id"]): r for r in fetch(
        "SELECT article_id, place_id, name, country FROM places WHERE article_id = ANY(?::VARCHAR[])")}
    actors = {(r["article_id"], r["actor_id"]): r for r in fetch(
        "SELECT article_id, actor_id, name, code FROM actors WHERE article_id = ANY(?::VARCHAR[])")}
    sides: dict[tuple, list[dict]] = {}
    for p in fetch("""SELECT article_id, event_idx, role, idx, text, actor_id, code FROM event_participants
                      WHERE article_id = ANY(?::VARCHAR[]) ORDER BY article_id, event_idx, role, idx"""):
        sides.setdefault((p["article_id"], p["event_idx"], p["role"]), []).append(p)

    def names(aid: str, idx: int, role: str) -> tuple[Optional[str], Optional[str]]:
        parts = sides.get((aid, idx, role))
        if not parts:
            return None, None
        acts = [actors.get((aid, p["actor_id"])) or {} for p in parts]
        return ("; ".join(a.get("name") if a.get("name") is not None else p["text"] for a, p in zip(acts, parts)),
                "; ".join(a.get("code") or p["code"] or "-" for a, p in zip(acts, parts)))   # (no actor: its own code)

    out = []
    for aid, idx in keys:
        e = evs.get((aid, idx))
        if e is None:
            continue
        ar = arts.get(aid) or {}
        pl = places.get((aid, e["place"])) or {}
        source, source_code = names(aid, idx, "source")
        target, target_code = names(aid, idx, "target")
        s0, s1 = e["sentence_start"], e["sentence_end"]
        text = ar.get("text")
        out.append({
            "article_id": aid, "idx": idx, "day": e["day"], "date": e["date"], "type": e["type"], "mode": e["mode"],
            "quad": e["quad"], "cameo": e["cameo"], "goldstein": e["goldstein"], "source": source,
            "source_code": source_code, "target": target, "target_code": target_code, "trigger": e["trigger_text"],
            "trigger_start": e["trigger_start"], "trigger_end": e["trigger_end"], "negated": e["negated"],
            "hypothetical": e["hypothetical"], "place": pl.get("name"), "place_country": pl.get("country"),
            "dead": e["dead"], "injured": e["injured"], "arrested": e["arrested"],
            "sentence": text[s0:s1] if text is not None and s0 is not None and s1 is not None else None,
            "title": ar.get("title"), "url": ar.get("url"), "confidence": e["confidence"],
            "date_from": e["date_from"]})
    return out


_BY_KEYS = 5000      # pages up to this many events are read by key (index lookups), larger ones in one pass

# the events of `chosen` with their names, place, sentence and article; {only} restricts the other tables
_EVENTS = """
    WITH sel AS ({chosen}),
    ar AS (SELECT id, text, title, url FROM articles {only_id}),
    pl AS (SELECT article_id, place_id, name, country FROM places {only}),
    pa AS (SELECT article_id, event_idx, role, idx, text, actor_id, code FROM event_participants {only}),
    ac AS (SELECT article_id, actor_id, name, code FROM actors {only}),
    """ + _NAMES.format(participants="pa", actors="ac") + """
    SELECT e.article_id, e.idx, e.day, e.date, e.type, e.mode, e.quad, e.cameo, e.goldstein,
           s.names AS source, s.codes AS source_code, t.names AS target, t.codes AS target_code,
           e.trigger_text AS trigger, e.trigger_start, e.trigger_end, e.negated, e.hypothetical,
           pl.name AS place, pl.country AS place_country, e.dead, e.injured, e.arrested,
           substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,
           ar.title, ar.url, e.confidence, e.date_from
    FROM sel e
    JOIN ar ON ar.id = e.article_id
    LEFT JOIN pl ON pl.article_id = e.article_id AND pl.place_id = e.place
    LEFT JOIN names s ON s.article_id = e.article_id AND s.event_idx = e.idx AND s.role = 'source'
    LEFT JOIN names t ON t.article_id = e.article_id AND t.event_idx = e.idx AND t.role = 'target'
    {order}"""


def quotes(store: Store, *, speaker: Optional[str] = None, contains: Optional[str] = None,
           limit: Optional[int] = 100) -> list[dict]:
    """Who said what: quotations with their speaker (actor name when resolved), article and date."""
    where, params = [], []
    if speaker and speaker.strip():
        as_written, p1 = filters.part_of("q.speaker_text", speaker)
        resolved, p2 = filters.part_of("a.name", speaker)
        where.append(f"({as_written} OR {resolved})")
        params += p1 + p2
    if contains and contains.strip():
        clause, p = filters.part_of("q.text", contains)
        where.append(clause)
        params += p
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


def _cluster_events(store: Store, f: EventFilter, *, limit: Optional[int]) -> list[dict]:
    where, params = filters.where(f)
    sql = f"""
        WITH {_RANKED.replace("{where}", where)},
        sel AS (
            SELECT e.*, pl.name AS place_name, pl.country AS place_country, h.cluster_key,
                   c.cluster_id, coalesce(c.day, e.day) AS cluster_day, c.num_mentions, c.num_articles,
                   c.num_stories, c.num_sources, c.dead AS cluster_dead, c.injured AS cluster_injured,
                   c.confidence AS cluster_confidence
            FROM hit h
            JOIN events e ON e.article_id = h.article_id AND e.idx = h.idx
            LEFT JOIN places pl ON pl.article_id = e.article_id AND pl.place_id = e.place
            LEFT JOIN event_clusters c ON c.cluster_id = h.cluster_key
            WHERE h.rank = 1
            ORDER BY cluster_day DESC NULLS LAST, h.cluster_key
            {"LIMIT ?" if limit else ""}),
        {NAMES_CTE}
        SELECT e.article_id, e.idx, e.cluster_day AS day, e.date, e.type, e.mode, e.quad, e.cameo, e.goldstein,
               s.names AS source, s.codes AS source_code, t.names AS target, t.codes AS target_code,
               e.trigger_text AS trigger, e.trigger_start, e.trigger_end, e.negated, e.hypothetical,
               e.place_name AS place, e.place_country,
               coalesce(e.cluster_dead, e.dead) AS dead, coalesce(e.cluster_injured, e.injured) AS injured, e.arrested,
               substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,
               ar.title, ar.url, coalesce(e.cluster_confidence, e.confidence) AS confidence, e.date_from,
               e.cluster_id, coalesce(e.num_mentions, 1) AS num_mentions, coalesce(e.num_articles, 1) AS num_articles,
               coalesce(e.num_stories, 1) AS num_stories, coalesce(e.num_sources, 1) AS num_sources
        FROM sel e
        JOIN articles ar ON ar.id = e.article_id
        LEFT JOIN names s ON s.article_id = e.article_id AND s.event_idx = e.idx AND s.role = 'source'
        LEFT JOIN names t ON t.article_id = e.article_id AND t.event_idx = e.idx AND t.role = 'target'
        ORDER BY e.cluster_day DESC NULLS LAST, e.cluster_key"""
    if limit:
        params.append(int(limit))
    return _plain(store.rows(sql, params))


_PERIODS = {"month": "strftime(e.day, '%Y-%m')", "week": "strftime(e.day, '%G-W%V')",
            "day": "strftime(e.day, '%Y-%m-%d')"}


def dyads(store: Store, f: EventFilter = EventFilter(), *, by: str = "month",
          limit: Optional[int] = None, by_cluster: bool = False, kept: bool = True) -> list[dict]:
    """Event counts per (source, target, period) of the events matching the filter, split by quad class, with
    the Goldstein-style total and mean.

    An actor is labelled by its code (country+sector) when it has one, else by its name (else the text).
    An event with several sources or targets counts once for each pair; events without a day go to 'undated'.
    With `by_cluster`, a real-world event (event cluster) counts once per pair and period however many reports of it
    match; its score is the mean of its matching reports' scores.

    The answers of the usual questions (KEPT_DYADS: by month, asserted events, coded or not, by cluster or not) are
    kept in `dyad_periods` at the end of an ingest and read from there while the store is unchanged (`kept`).
    `dyad_rows` gives the same rows one batch at a time (what the CLI writes out).
    """
    sql, params, kept_answer = _dyads_sql(store, f, by=by, limit=limit, by_cluster=by_cluster, kept=kept)
    if limit and not kept_answer:
        first = _first_dyads(store, f, by=by, limit=limit, by_cluster=by_cluster)
        if first is not None:
            return first
    if kept_answer and not limit:     # a whole kept answer, read in the order it was written, checked in _fast_rows
        return _fast_rows(store.con.execute(sql.replace(" ORDER BY rank", ""), params), order="rank")
    if kept_answer:
        return _fast_rows(store.con.execute(sql, params), order="rank")
    return _plain(store.rows(sql, params))


def dyad_rows(store: Store, f: EventFilter = EventFilter(), *, by: str = "month", limit: Optional[int] = None,
              by_cluster: bool = False, kept: bool = True, batch: int = 20_000) -> Iterator[dict]:
    """The rows of `dyads` (the same, in the same order), fetched from DuckDB `batch` at a time and yielded one by
    one, so that writing out a million-row answer holds one batch, and its first rows come at once. A whole answer is
    read through a cursor of its own (the store's connection stays free for other queries meanwhile), which sees what
    is committed."""
    sql, params, kept_answer = _dyads_sql(store, f, by=by, limit=limit, by_cluster=by_cluster, kept=kept)
    if limit and not kept_answer:
        first = _first_dyads(store, f, by=by, limit=limit, by_cluster=by_cluster)
        if first is not None:
            yield from first
            return
    cur = store.con.cursor()          # its own cursor: the store's connection stays free while the rows are read
    try:
        cur.execute(sql, params)
        names = [d[0] for d in cur.description]
        if kept_answer:
            names = names[1:]         # the rank: the order, not a column of the answer
        while True:
            chunk = cur.fetchmany(batch)
            if not chunk:
                return
            for values in chunk:
                row = dict(zip(names, values[1:] if kept_answer else values))
                if not kept_answer:
                    for k, v in row.items():
                        if isinstance(v, (dt.date, dt.datetime)):
                            row[k] = v.isoformat()
                yield row
    finally:
        cur.close()


def dyads_count(store: Store, f: EventFilter = EventFilter(), *, by: str = "month",
                by_cluster: bool = False) -> Optional[int]:
    """How many rows `dyads` answers, when that is known without computing it (a kept answer), else None."""
    variant = _variant(by, f, by_cluster)
    if variant is None:
        return None
    from .views import Reader

    found = Reader(store.con)._kept(f"dyads:{variant}")
    return None if found is None else int(json.loads(found))


def _dyads_sql(store: Store, f: EventFilter, *, by: str, limit: Optional[int], by_cluster: bool,
               kept: bool, before: Optional[dt.date] = None) -> tuple[str, list, bool]:
    """The SQL of a `dyads` question and its parameters, and whether it reads a kept answer (whose first column is
    then its `rank`, the order of the rows). The grouping and the order are DuckDB's. `before`: only the periods
    that start before this day (a period's first day; see _first_dyads)."""
    if by not in _PERIODS:
        raise StoreError(f"--by must be one of {', '.join(_PERIODS)}, not {by!r}")
    if kept:
        found = _kept_dyads_sql(store, f, by=by, limit=limit, by_cluster=by_cluster)
        if found is not None:
            return found[0], found[1], True
    where, params = _dyad_where(f)
    if before is not None:       # on the day the period is taken from: a period is in whole or not at all
        where = (where + " AND" if where else " WHERE") + \
            f" {'coalesce(c.day, e.day)' if by_cluster else 'e.day'} < DATE '{before.isoformat()}'"
        spread = _kept_spread(store) if by_cluster else None
        if spread is not None:   # and on the event's own day (an undated one may have its cluster's): row groups skipped
            where += f" AND (e.day < DATE '{(before + dt.timedelta(days=spread)).isoformat()}' OR e.day IS NULL)"
    if by_cluster:
        return (*_cluster_dyads_sql(where, params, by=by, limit=limit), False)
    sql = f"""
        SELECT coalesce({_PERIODS[by]}, 'undated') AS period, e.source, e.target,
               {_DYAD_COUNTS.format(e="e.")}
        FROM event_dyads e
        {where}
        GROUP BY ALL
        ORDER BY period, events DESC, source, target
        {"LIMIT ?" if limit else ""}"""
    if limit:
        params.append(int(limit))
    return sql, params, False


DYAD_WINDOWS = (92, 366, 4 * 366)      # days after the first day: the windows a limited `dyads` answer tries first


def _first_dyads(store: Store, f: EventFilter, *, by: str, limit: int, by_cluster: bool) -> Optional[list[dict]]:
    """The first `limit` rows of a `dyads` answer (not a kept one), looked for in its earliest periods first: the rows
    are ordered by period (oldest first, 'undated' last), so when the periods starting in the first DYAD_WINDOWS days
    (from the store's first event day, or the filter's `since`) give `limit` rows, they are the answer's first rows,
    and only the row groups of those days are read and grouped (a store filled roughly in time order). None when no
    window fills the page (the caller asks for the whole answer)."""
    found = store.first("SELECT min(day) FROM event_dyads")
    first = found[0] if found else None
    if first is None:
        return None
    if f.since and f.since.strip():
        first = max(first, filters.day(f.since))
    for days in DYAD_WINDOWS:
        sql, params, _ = _dyads_sql(store, f, by=by, limit=limit, by_cluster=by_cluster, kept=False,
                                    before=_period_start(first + dt.timedelta(days=days), by))
        rows = store.rows(sql, params)
        if len(rows) == limit:
            return _plain(rows)
    return None


def _kept_spread(store: Store) -> Optional[int]:
    """views.cluster_spread as kept with the summaries for the store as it is; None when not kept (or unknown)."""
    from .views import Reader

    found = Reader(store.con)._kept("cluster_spread")
    return None if found is None else json.loads(found)


def _period_start(day: dt.date, by: str) -> dt.date:
    """The first day of the period (month, ISO week, day) that holds `day`."""
    if by == "month":
        return day.replace(day=1)
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    return day


def _dyad_where(f: EventFilter) -> tuple[str, list]:
    """The filter over `event_dyads e`: it carries every event column a filter reads (day, type, quad, confidence,
    negated, hypothetical, actor_set, place_label) and `coded`, so no filter joins the events (schema version 8)."""
    where, params = filters.where(dataclasses.replace(f, coded_only=False))
    if f.coded_only:
        where = (where + " AND" if where else " WHERE") + " e.coded"
    return where, params


# the `dyads` answers kept in `dyad_periods` (write_kept_dyads): (by, asserted_only, coded_only, by_cluster)
KEPT_DYADS = tuple(("month", True, coded, cluster) for cluster in (True, False) for coded in (False, True))
DYAD_COLUMNS = ("period", "source", "target", "events", "quad1", "quad2", "quad3", "quad4", "goldstein",
                "goldstein_mean")             # the columns of a `dyads` row (a CSV of no rows has them)


def _variant(by: str, f: EventFilter, by_cluster: bool) -> Optional[str]:
    """The name of the kept answer of this question (`dyad_periods.variant`), None when it is not one kept. The kept
    answers count at the default confidence floor (filters.counted), so only a question at that floor is one."""
    if set(f.as_query()) - {"asserted_only", "coded_only", "min_confidence"} or \
            f.min_confidence != filters.counted().min_confidence:
        return None
    key = (by, f.asserted_only, f.coded_only, by_cluster)
    return "{}{}{}{}".format(by, " asserted" if key[1] else "", " coded" if key[2] else "",
                             " clusters" if key[3] else "") if key in KEPT_DYADS else None


def _kept_dyads_sql(store: Store, f: EventFilter, *, by: str, limit: Optional[int],
                    by_cluster: bool) -> Optional[tuple[str, list]]:
    """The SQL reading the kept answer of this question from `dyad_periods` (its rank first), None when not kept."""
    from .views import Reader

    variant = _variant(by, f, by_cluster)
    if variant is None:
        return None
    reader = Reader(store.con)
    if reader._kept(f"dyads:{variant}") is None:               # not written for the store as it is now
        return None
    return (f"""SELECT rank, {", ".join(DYAD_COLUMNS)} FROM dyad_periods
                WHERE variant = ? AND generation = ? ORDER BY rank{" LIMIT ?" if limit else ""}""",
            [variant, reader.generation(), *([int(limit)] if limit else [])])


def _fast_rows(cur, *, order: str) -> list[dict]:
    """The result as dicts, built column by column (numpy), several times faster than row tuples for a million rows;
    put in the order of column `order` (left out of the dicts) when it is not in it already."""
    import numpy as np

    data = cur.fetchnumpy()
    rank = np.asarray(data.pop(order))
    names = list(data)
    columns = [data[n] for n in names]
    if len(rank) > 1 and not bool(np.all(rank[1:] > rank[:-1])):
        by = np.argsort(rank, kind="stable")
        columns = [c[by] for c in columns]
    columns = [c.tolist() for c in columns]                # a masked (NULL) value becomes None
    return [dict(zip(names, values)) for values in zip(*columns)]


def keep_dyads(store: Store, generation: str) -> dict[str, int]:
    """Compute the KEPT_DYADS answers and keep them in `dyad_periods` under `generation` (the caller records them in
    store_summaries as `dyads:VARIANT`); returns variant -> rows. Run by views.write_kept_dyads. Each answer goes
    from its query into the table inside DuckDB, ranked in the answer's order (no row passes through Python)."""
    store.con.execute("DELETE FROM dyad_periods")
    out = {}
    for by, asserted, coded, cluster in KEPT_DYADS:
        f = dataclasses.replace(filters.counted(), asserted_only=asserted, coded_only=coded)
        variant = _variant(by, f, cluster)
        sql, params, _ = _dyads_sql(store, f, by=by, limit=None, by_cluster=cluster, kept=False)
        store.con.execute(f"""
            INSERT INTO dyad_periods
            SELECT ?, ?, CAST(row_number() OVER (ORDER BY period, events DESC, source, target) - 1 AS INTEGER) AS rank,
                   {", ".join(DYAD_COLUMNS)}
            FROM ({sql}) ORDER BY rank""", [generation, variant, *params])
        out[variant] = store.first("SELECT count(*) FROM dyad_periods WHERE variant = ?", [variant])[0]
    return out


# what `dyads` counts per pair and period; {e} is the prefix of the quad and goldstein columns
_DYAD_COUNTS = """count(*) AS events,
               count(*) FILTER (WHERE {e}quad = 1) AS quad1, count(*) FILTER (WHERE {e}quad = 2) AS quad2,
               count(*) FILTER (WHERE {e}quad = 3) AS quad3, count(*) FILTER (WHERE {e}quad = 4) AS quad4,
               round(sum({e}goldstein), 2) AS goldstein, round(avg({e}goldstein), 2) AS goldstein_mean"""


def _cluster_dyads_sql(where: str, params: list, *, by: str, limit: Optional[int]) -> tuple[str, list]:
    sql = f"""
        WITH one AS (   -- one row per (cluster, pair, period); event_dyads holds each event's labelled pairs
            SELECT coalesce(m.cluster_id, e.article_id || '-' || e.event_idx) AS cluster_key,
                   coalesce({_PERIODS[by].replace("e.day", "coalesce(c.day, e.day)")}, 'undated') AS period,
                   e.source, e.target,
                   min(e.quad) AS quad, avg(e.goldstein) AS goldstein
            FROM event_dyads e
            LEFT JOIN event_mentions m ON m.article_id = e.article_id AND m.event_idx = e.event_idx
            LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id
            {where}
            GROUP BY ALL)
        SELECT period, source, target, {_DYAD_COUNTS.format(e="")}
        FROM one
        GROUP BY ALL
        ORDER BY period, events DESC, source, target
        {"LIMIT ?" if limit else ""}"""
    if limit:
        params.append(int(limit))
    return sql, params


SQL_TIMEOUT = 60.0            # seconds a `dateline sql` statement may run (docs/cli.md)
SQL_MEMORY = "1GB"            # DuckDB's memory_limit for it; nothing is spilled to disk
SQL_MAX_ROWS = 1_000_000      # rows it may return (each becomes a Python tuple, outside DuckDB's limit)


def sql(path: str, query: str, *, timeout: float = SQL_TIMEOUT, memory: str = SQL_MEMORY,
        max_rows: int = SQL_MAX_ROWS) -> tuple[list[str], list[tuple]]:
    """Run one read-only statement on the store at `path`: (column names, rows). Writes are refused.

    The store is checked as every command checks it (a newer schema is refused, an older one migrated);
    the statement runs with DuckDB's `memory_limit` set to `memory` and no spilling to disk, is interrupted
    after `timeout` seconds, and may return at most `max_rows` rows; each limit, when hit, is a StoreError
    that names it."""
    import threading

    import duckdb

    from .db import Store

    if not pathlib.Path(path).exists():
        raise StoreError(f"no store at {path}")
    Store.open(path, read_only=True).close()          # schema version checked (and an older one migrated)
    try:
        con = duckdb.connect(path, read_only=True, config={"enable_external_access": False,
                                                           "memory_limit": memory, "temp_directory": ""})
        con.execute("SET enable_progress_bar = false")
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
        timer = threading.Timer(timeout, con.interrupt)
        timer.daemon = True
        timer.start()
        try:
            cur = con.execute(query)
            names = [d[0] for d in cur.description]
            rows = cur.fetchmany(max_rows + 1) if max_rows else cur.fetchall()
        except duckdb.InterruptException as exc:
            raise StoreError(f"stopped after {timeout:g} s (the time-out of `dateline sql`, --timeout)") from exc
        except duckdb.OutOfMemoryException as exc:
            raise StoreError(f"stopped: the statement needs more than the memory limit of {memory} "
                             f"(--memory-limit): {str(exc).splitlines()[0]}") from exc
        except duckdb.Error as exc:
            if not timer.is_alive():
                raise StoreError(f"stopped after {timeout:g} s (the time-out of `dateline sql`, --timeout)") from exc
            raise StoreError(str(exc)) from exc
        finally:
            timer.cancel()
        if max_rows and len(rows) > max_rows:
            raise StoreError(f"more than {max_rows:,} rows (--max-rows): add a LIMIT or an aggregate")
        return names, rows
    finally:
        con.close()


def _plain(rows: list[dict]) -> list[dict]:
    """Dates as ISO strings, so rows go straight to JSON and CSV."""
    for row in rows:
        for k, v in row.items():
            if isinstance(v, (dt.date, dt.datetime)):
                row[k] = v.isoformat()
    return rows


def stories(store: Store) -> list[dict]:
    """One row per article, in id order: {id, cluster, lead_event, copy_of}: the cluster of the article's lead event
    (docs/stories.md says which event leads), and the article it is a wire copy of (absent when none).
    An article not linked yet (or with no lead event) has cluster and lead_event null."""
    rows = store.rows("""
        SELECT a.id, m.cluster_id AS cluster, s.lead_event, s.copy_of
        FROM articles a
        LEFT JOIN article_stories s ON s.article_id = a.id
        LEFT JOIN event_mentions m ON m.article_id = a.id AND m.event_idx = s.lead_event
        ORDER BY a.id""")
    for row in rows:
        if row["copy_of"] is None:
            del row["copy_of"]
    return rows
