"""Exports of the store: Parquet or CSV per table, the output contract as JSON lines, PLOVER JSON, a GDELT 2.0 table.

docs/store.md documents every column written here, and which events each format keeps by default.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import pathlib
from typing import Iterator, Optional

from ..lexicon.actors import place_code
from ..records import Article
from . import filters, schema
from .db import Store, StoreError
from .filters import EventFilter
from .spreadsheet import safe_select

FORMATS = ("parquet", "csv", "jsonl", "plover", "gdelt")
# Event data formats researchers load as they are: negated and hypothetical events are left out unless asked.
# The tables and the contract JSON keep every event (their negated/hypothetical columns say which).
ASSERTED_ONLY_FORMATS = ("plover", "gdelt")

# GDELT 2.0 event table columns, in GDELT's order.
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO] + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)


def export_filter(fmt: str, *, min_confidence: Optional[float] = None, include_unasserted: Optional[bool] = None,
                  coded_only: bool = False) -> EventFilter:
    """The events an export of `fmt` keeps: include_unasserted None means the format's default
    (left out of ASSERTED_ONLY_FORMATS, kept in the others)."""
    if include_unasserted is None:
        include_unasserted = fmt not in ASSERTED_ONLY_FORMATS
    return EventFilter(min_confidence=min_confidence, asserted_only=not include_unasserted, coded_only=coded_only)


def export(store: Store, fmt: str, outdir: str | pathlib.Path, f: Optional[EventFilter] = None, *,
           mentions: bool = False, verbatim: bool = False) -> list[pathlib.Path]:
    """Write the store in `fmt` under `outdir` (created); returns the files written.

    `f` selects the events written (None: the format's default, `export_filter(fmt)`); the articles, actors,
    places and the other tables are written whole. PLOVER and GDELT write one record per event cluster, or per
    article-level event with `mentions`. CSV text cells a spreadsheet would run are neutralised unless
    `verbatim` (store/spreadsheet.py).
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: one of {', '.join(FORMATS)}")
    f = export_filter(fmt) if f is None else f
    out = pathlib.Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    if fmt in ("parquet", "csv"):
        return _tables(store, fmt, out, f, verbatim=verbatim)
    path = out / {"jsonl": "articles.jsonl", "plover": "events.plover.jsonl", "gdelt": "events.gdelt.tsv"}[fmt]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        if fmt == "jsonl":
            for record in _records(store, f):
                handle.write(record + "\n")
        elif fmt == "plover":
            for obj in plover_events(store, f, mentions=mentions):
                handle.write(json.dumps(obj, ensure_ascii=False) + "\n")
        else:
            handle.write("\t".join(GDELT_COLUMNS) + "\n")
            for row in gdelt_rows(store, f, mentions=mentions):
                handle.write("\t".join(_cell(row.get(c)) for c in GDELT_COLUMNS) + "\n")
    return [path]


def _chosen(f: EventFilter) -> tuple[str, list]:
    """A WITH clause naming the events `f` selects `chosen(article_id, idx)`, and its parameters;
    ('', []) when `f` selects every event (nothing to restrict)."""
    where, params = filters.where(f)
    if not where:
        return "", []
    return f"WITH chosen AS (SELECT e.article_id, e.idx FROM events e{where}) ", params


def _selected(alias: str, idx: str = "idx") -> str:
    """SQL: the row `alias` belongs to a chosen event (its article_id and event index column `idx`)."""
    return f"({alias}.article_id, {alias}.{idx}) IN (SELECT article_id, idx FROM chosen)"


# the tables restricted to the chosen events (the events and their participants), by their event index column
_EVENT_TABLES = {"events": "idx", "event_participants": "event_idx", "event_actors": "event_idx",
                 "event_dyads": "event_idx"}


def _tables(store: Store, fmt: str, out: pathlib.Path, f: EventFilter, *, verbatim: bool = False) -> list[pathlib.Path]:
    written = []
    with_chosen, params = _chosen(f)
    for table in ("articles", *schema.ARTICLE_TABLES, "global_actors", *schema.STORY_EXPORT_TABLES):
        path = out / f"{table}.{fmt}"
        options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
        target = str(path).replace("'", "''")
        if with_chosen and table in _EVENT_TABLES:
            query, query_params = f"{with_chosen}SELECT * FROM {table} t WHERE {_selected('t', _EVENT_TABLES[table])}", params
        elif table == "article_stories":                # the MinHash signature is an index, not data
            query, query_params = f'SELECT * EXCLUDE (signature) FROM "{table}"', []
        else:
            query, query_params = f'SELECT * FROM "{table}"', []
        if fmt == "csv" and not verbatim:
            query = _csv_safe(store, query, query_params)
        store.con.execute(f"COPY ({query}) TO '{target}' ({options})", query_params)
        written.append(path)
    return written


def _csv_safe(store: Store, query: str, params: list) -> str:
    """The query with every text column through `spreadsheet.sql_cell` (no cell a spreadsheet would run as
    a formula); the other columns as they are, in the same order and names."""
    return safe_select([(r[0], r[1]) for r in store.con.execute(f"DESCRIBE {query}", params).fetchall()], query)


def _records(store: Store, f: EventFilter) -> Iterator[str]:
    """Each article's contract JSON; when `f` restricts the events, rebuilt with the chosen events alone."""
    with_chosen, params = _chosen(f)
    keep = "(SELECT list(c.idx) FROM chosen c WHERE c.article_id = a.id)" if with_chosen else "NULL"
    cur = store.con.cursor()
    cur.execute(f"{with_chosen}SELECT a.record, {keep} AS keep FROM articles a ORDER BY a.id", params)
    while rows := cur.fetchmany(500):
        for record, chosen in rows:
            if with_chosen:
                article = Article.from_dict(json.loads(record)).keeping_events(chosen or ())
                record = json.dumps(article.to_dict(), ensure_ascii=False)
            yield record
    cur.close()


# ------------------------------------------------------------------ event rows shared by PLOVER and GDELT
_EVENT_ROWS = """
    SELECT e.*, ar.published, ar.url, ar.source AS publisher, ar.ingested_at, ar.title,
           ar.dateline_start, ar.dateline_end,
           substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence_text,
           pl.name AS place_name, pl.country AS place_country, pl.admin1 AS place_admin1, pl.lat AS place_lat,
           pl.lon AS place_lon, pl.feature AS place_feature, pl.geonameid AS place_geonameid,
           (SELECT list({'text': p.text, 'start': p.start, 'end': p."end", 'name': a.name, 'code': coalesce(a.code, p.code),
                         'country': coalesce(a.country, p.country), 'sector': coalesce(a.sector, p.sector),
                         'actor': p.actor_id} ORDER BY p.idx)
            FROM event_participants p
            LEFT JOIN actors a ON a.article_id = p.article_id AND a.actor_id = p.actor_id
            WHERE p.article_id = e.article_id AND p.event_idx = e.idx AND p.role = 'source') AS sources,
           (SELECT list({'text': p.text, 'start': p.start, 'end': p."end", 'name': a.name, 'code': coalesce(a.code, p.code),
                         'country': coalesce(a.country, p.country), 'sector': coalesce(a.sector, p.sector),
                         'actor': p.actor_id} ORDER BY p.idx)
            FROM event_participants p
            LEFT JOIN actors a ON a.article_id = p.article_id AND a.actor_id = p.actor_id
            WHERE p.article_id = e.article_id AND p.event_idx = e.idx AND p.role = 'target') AS targets,
           instr(substr(ar.text, coalesce(ar.dateline_end, 0) + 1), chr(10)) AS lead_gap,  -- end of the lead paragraph
           coalesce(m.cluster_id, e.article_id || '-' || e.idx) AS cluster_key,
           m.cluster_id, c.num_mentions, c.num_articles, c.num_stories, c.num_sources,
           c.dead AS cluster_dead, c.injured AS cluster_injured, c.confidence AS cluster_confidence,
           c.day AS cluster_day, c.type AS cluster_type
    FROM events e
    JOIN articles ar ON ar.id = e.article_id
    LEFT JOIN places pl ON pl.article_id = e.article_id AND pl.place_id = e.place
    LEFT JOIN event_mentions m ON m.article_id = e.article_id AND m.event_idx = e.idx
    LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id
    {where}
    ORDER BY {order}
"""
# per cluster: its mentions together, the earliest report first (the cluster's representative; on a tie the one
# that opened the cluster)
_BY_CLUSTER = ("cluster_key, ar.published NULLS LAST, ar.ingested_at, "
               "m.cluster_id IS DISTINCT FROM e.article_id || '-' || e.idx, e.article_id, e.idx")
_BY_MENTION = "e.article_id, e.idx"


def _event_rows(store: Store, f: EventFilter, *, by_cluster: bool = False) -> Iterator[dict]:
    """The rows of the events `f` selects, with their article, place, participants and cluster; a cluster's rows
    together (earliest report first) when `by_cluster`."""
    with_chosen, params = _chosen(f)
    cur = store.con.cursor()
    sql = _EVENT_ROWS.replace("{where}", f"WHERE {_selected('e')}" if with_chosen else "")
    cur.execute(with_chosen + sql.replace("{order}", _BY_CLUSTER if by_cluster else _BY_MENTION), params)
    names = [d[0] for d in cur.description]
    while rows := cur.fetchmany(500):
        for r in rows:
            yield dict(zip(names, r))
    cur.close()


def event_id(article_id: str, idx: int, *extra: object) -> int:
    """A stable numeric event id (53 bits, exact in JSON) from the article id and event index."""
    key = ":".join(map(str, (article_id, idx, *extra)))
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:13], 16)


def _day(row: dict) -> Optional[dt.date]:
    return row.get("day")


def plover_events(store: Store, f: EventFilter = EventFilter(), *, mentions: bool = False) -> Iterator[dict]:
    """One object per event cluster (a real-world event) with at least one mention `f` selects, in the PLOVER JSON
    layout, its earliest selected report giving the fields and every selected mention cited with its evidence;
    with `mentions`, one object per article-level event as before (docs/store.md)."""
    if mentions:
        yield from (_plover(r) for r in _event_rows(store, f))
        return
    yield from (_plover_cluster(group) for group in _clusters(_event_rows(store, f, by_cluster=True)))


def _clusters(rows: Iterator[dict]) -> Iterator[list[dict]]:
    """Rows ordered by cluster (`_BY_CLUSTER`) -> each cluster's rows, its representative first."""
    group: list[dict] = []
    for r in rows:
        if group and r["cluster_key"] != group[0]["cluster_key"]:
            yield group
            group = []
        group.append(r)
    if group:
        yield group


_PLACE_COLUMNS = ("place_name", "place_country", "place_admin1", "place_lat", "place_lon", "place_feature",
                  "place_geonameid")


def _placed(rows: list[dict]) -> dict:
    """A cluster's representative row, with the place of the first of its reports that has one when it has none
    (`Gunmen kill 27` in a headline, `stormed a village in northern Burkina Faso` in the lead: one event, placed)."""
    first = rows[0]
    if first["place_name"]:
        return first
    other = next((r for r in rows[1:] if r["place_name"]), None)
    return first if other is None else {**first, **{k: other[k] for k in _PLACE_COLUMNS}}


def _plover_cluster(rows: list[dict]) -> dict:
    first = _placed(rows)
    obj = _plover(first)
    obj["id"] = first["cluster_key"]
    obj["event_cluster"] = first["cluster_id"]
    if first["cluster_id"]:
        obj["fatalities"], obj["injuries"] = first["cluster_dead"], first["cluster_injured"]
        obj["confidence"] = first["cluster_confidence"]
    obj["num_mentions"] = first["num_mentions"] or 1
    obj["num_articles"] = first["num_articles"] or 1
    obj["num_sources"] = first["num_sources"] or 1
    obj["citations"] = [{
        "article_id": r["article_id"], "event_idx": r["idx"], "event": r["type"], "title": r["title"],
        "published": r["published"].isoformat() if r["published"] else None, "publisher": r["publisher"],
        "url": r["url"], "text": r["sentence_text"], "event_text": r["trigger_text"],
        "trigger_start": r["trigger_start"], "trigger_end": r["trigger_end"],
        "sentence_start": r["sentence_start"], "sentence_end": r["sentence_end"]} for r in rows]
    return obj


def _plover(r: dict) -> dict:
    """One article-level event in the PLOVER layout."""
    sources, targets = r["sources"] or [], r["targets"] or []
    day = _day(r)
    return {
        "id": f"{r['article_id']}-{r['idx']}",
        "date": day.isoformat() if day else None,
        "event": r["type"],
        "mode": r["mode"],
        "context": [],
        "actor": "; ".join(_name(p) for p in sources) or None,
        "actor_code": "; ".join(_code(p)[0] for p in sources) or None,
        "recipient": "; ".join(_name(p) for p in targets) or None,
        "recipient_code": "; ".join(_code(p)[0] for p in targets) or None,
        "event_text": r["trigger_text"],
        "text": r["sentence_text"],
        "location": ({"placename": r["place_name"], "country": r["place_country"], "admin1": r["place_admin1"],
                      "lat": r["place_lat"], "lon": r["place_lon"], "geonameid": r["place_geonameid"]}
                     if r["place_name"] else None),
        "size": None,
        "fatalities": r["dead"], "injuries": r["injured"], "arrests": r["arrested"],
        "cameo": r["cameo"], "quad": r["quad"], "goldstein": r["goldstein"],
        "negated": r["negated"], "hypothetical": r["hypothetical"],
        "confidence": r["confidence"], "date_from": r["date_from"],
        "article_id": r["article_id"], "event_idx": r["idx"],
        "published": r["published"].isoformat() if r["published"] else None,
        "publisher": r["publisher"], "url": r["url"],
        "trigger_start": r["trigger_start"], "trigger_end": r["trigger_end"],
        "sentence_start": r["sentence_start"], "sentence_end": r["sentence_end"],
        "actor_spans": [[p["start"], p["end"]] for p in sources],
        "recipient_spans": [[p["start"], p["end"]] for p in targets],
    }


def _name(p: dict) -> str:
    return p["name"] or p["text"] or ""


_GEO_TYPE = {"country": 1, "admin": 5, "city": 4, "locality": 4}


def _geo(r: dict) -> dict:
    if not r["place_name"]:
        return {}
    kind = _GEO_TYPE.get(r["place_feature"] or "", 4)
    if r["place_country"] == "US" and kind in (4, 5):
        kind = {4: 3, 5: 2}[kind]
    country = r["place_country"] or ""
    return {"ActionGeo_Type": kind, "ActionGeo_FullName": r["place_name"], "ActionGeo_CountryCode": country,
            "ActionGeo_ADM1Code": country + (r["place_admin1"] or "") if r["place_admin1"] else country,
            "ActionGeo_Lat": r["place_lat"], "ActionGeo_Long": r["place_lon"],
            "ActionGeo_FeatureID": r["place_geonameid"]}


def gdelt_rows(store: Store, f: EventFilter = EventFilter(), *, mentions: bool = False) -> Iterator[dict]:
    """GDELT 2.0 event rows: one per (source, target) pair of each event cluster (its earliest selected report, placed
    where another of its reports is when it is not: `_placed`), with NumMentions, NumSources and NumArticles from the
    cluster; with `mentions`, of each article-level event `f` selects.
    Columns dateline cannot fill stay empty."""
    rows = _event_rows(store, f, by_cluster=not mentions)
    for r in (rows if mentions else (_placed(group) for group in _clusters(rows))):
        day = _day(r)
        when = {}
        if day:
            year_days = 366 if (day.year % 4 == 0 and (day.year % 100 or day.year % 400 == 0)) else 365
            when = {"SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"), "Year": day.year,
                    "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / year_days:.4f}"}
        cameo = (r["cameo"] or "").strip()
        lead = r["lead_gap"]
        body_start = (r["dateline_end"] or 0)
        is_root = 1 if (lead is None or lead == 0 or (r["sentence_start"] or 0) < body_start + lead) else 0
        common = {
            **when, "IsRootEvent": is_root, "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
            "QuadClass": r["quad"], "GoldsteinScale": r["goldstein"], "NumMentions": r["num_mentions"] or 1,
            "NumSources": r["num_sources"] or 1, "NumArticles": r["num_articles"] or 1, **_geo(r),
            "DATEADDED": r["ingested_at"].strftime("%Y%m%d%H%M%S") if r["ingested_at"] else "",
            "SOURCEURL": r["url"] or r["publisher"] or r["article_id"],
        }
        for s in _one_per_actor(r["sources"]) or [None]:
            for t in _one_per_actor(r["targets"]) or [None]:
                row = dict(common)
                row["GLOBALEVENTID"] = (event_id(r["article_id"], r["idx"], _sidekey(s), _sidekey(t)) if mentions
                                        else event_id(r["cluster_key"], "cluster", _sidekey(s), _sidekey(t)))
                row.update(_actor("Actor1", s))
                row.update(_actor("Actor2", t))
                yield row


def _one_per_actor(parts: Optional[list[dict]]) -> list[dict]:
    """An event's sources (or targets) with one participant per actor, the first: an actor named twice in the
    event's phrase (`the girl ... after she was shot`, `North Korea's latest test` and `North Korea's`) is one
    GDELT row, not two (src42); participants no actor holds stay each their own."""
    seen: set = set()
    out = []
    for p in parts or ():
        if p.get("actor") is not None:
            if p["actor"] in seen:
                continue
            seen.add(p["actor"])
        out.append(p)
    return out


def _sidekey(p: Optional[dict]) -> str:
    return f"{p['start']}-{p['end']}" if p else ""


def _code(p: dict) -> tuple[str, str]:
    """A participant's actor code and country; one with no code that names only a country, capital or large
    city (`Kenya`, `Charlotte`: the actors stage keeps places out) is coded as that country, as GDELT does."""
    if p["code"]:
        return p["code"], p["country"] or ""
    iso = place_code(p["text"]) if p.get("text") else None
    return (iso, iso) if iso else ("", p["country"] or "")


def _actor(prefix: str, p: Optional[dict]) -> dict:
    if not p:
        return {}
    code, country = _code(p)
    return {f"{prefix}Code": code, f"{prefix}Name": (p["name"] or p["text"] or "").upper(),
            f"{prefix}CountryCode": country, f"{prefix}Type1Code": p["sector"] or ""}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("\t", " ").replace("\n", " ")
