"""The SQL of stories and event clusters (issue 14): sketches and band keys, cluster candidates, mentions.

The decisions are made in `dateline.stories`; these functions read and write in bulk what it decides for a chunk
of articles (a handful of statements per chunk, whatever its size). Each is called inside the linking step's
transaction.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

from ..stories import clusters as cl
from ..stories.copies import Sketch
from .db import Store

CANDIDATE_DAYS = cl.PUBLISHED_LAG + 3      # clusters whose best day is this close to an event's day are candidates
_RANGE_DAYS = 60                            # one range query per chunk up to this span of days, else one per day
FOLLOW_UPS = 50                             # a named actor finds at most its latest 50 clusters of a family (a
                                            # person named in thousands of events must not make them all candidates)


LINKING_ORDER = "published NULLS LAST, id"      # the order articles are linked in (stories._linking_order)


def to_link(store: Store, since: dt.datetime) -> list[str]:
    """Ids of the articles an ingest links, in the linking order: those stored (new or replaced) at or after `since`,
    those with no story row yet (an earlier run stopped before its link step), and every stored article that comes
    after the first of those in the linking order (one ingest of them all would have linked it after that one: it is
    taken out and linked again, user50). A feed's next day, published after all the store holds, is linked alone
    (with the undated stored articles, which come last)."""
    return [r[0] for r in store.con.execute(
        f"""WITH first AS (SELECT published AS day0, id AS id0 FROM articles a WHERE ingested_at >= ?
                               OR NOT EXISTS (SELECT 1 FROM article_stories s WHERE s.article_id = a.id)
                           ORDER BY {LINKING_ORDER} LIMIT 1)
            SELECT id FROM articles, first
            WHERE CASE WHEN day0 IS NULL THEN published IS NULL AND id >= id0
                       ELSE published IS NULL OR published > day0 OR (published = day0 AND id >= id0) END
            ORDER BY {LINKING_ORDER}""", [since]).fetchall()]


def global_ids(store: Store, ids: list[str]) -> dict[str, dict[str, int]]:
    """article id -> (actor_id -> global actor id) for these articles."""
    out: dict[str, dict[str, int]] = {i: {} for i in ids}
    for aid, actor, gid in _by_key(store, "SELECT article_id, actor_id, global_id FROM actors WHERE article_id IN ({}) "
                                          "AND global_id IS NOT NULL", sorted(ids)):
        out[aid][actor] = gid
    return out


def forget(store: Store, ids: list[str]) -> list[str]:
    """Remove these articles' stories, bands and mentions, and rebuild (or drop) the clusters they were in; returns
    the ids that were linked (the replaced articles)."""
    con = store.con
    # linked: a story row, or (replaced since: `Store._delete` drops the story row) bands or mentions left
    known = sorted({r[0] for table in ("article_stories", "article_bands", "event_mentions") for r in _by_key(
        store, f"SELECT DISTINCT article_id FROM {table} WHERE article_id IN ({{}})", sorted(ids))})
    if not known:                          # new articles: nothing to take out
        return []
    touched = [r[0] for r in con.execute(
        "SELECT DISTINCT cluster_id FROM event_mentions WHERE article_id IN (SELECT unnest(?::VARCHAR[])) "
        "AND cluster_id IS NOT NULL", [known]).fetchall()]
    for table in ("article_stories", "article_bands", "event_mentions"):
        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [known])
    seen = dict(con.execute("SELECT cluster_id, first_seen FROM event_clusters WHERE cluster_id IN "
                            "(SELECT unnest(?::VARCHAR[]))", [touched]).fetchall())
    members: dict[str, list[cl.EventKey]] = {c: [] for c in touched}
    for cid, key in con.execute("SELECT cluster_id, key FROM event_mentions WHERE cluster_id IN "
                                "(SELECT unnest(?::VARCHAR[])) ORDER BY rowid", [touched]).fetchall():
        members[cid].append(cl.key_from_json(key))
    con.execute("DELETE FROM event_clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [touched])
    con.execute("DELETE FROM cluster_actors WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [touched])
    con.execute("DELETE FROM cluster_handles WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [touched])
    states = [s for s in (cl.fold(c, members[c]) for c in touched) if s is not None]
    save_clusters(store, states, {s.cluster_id: seen.get(s.cluster_id) for s in states})
    return known


# ---------------------------------------------------------------- copies
COPY_DAYS = 30      # a copy is looked for among articles published this close to it (or undated): docs/stories.md


def copy_candidates(store: Store, wanted: dict[Optional[dt.date], set[int]]
                    ) -> dict[int, list[tuple[Sketch, str, Optional[dt.date]]]]:
    """band key -> stored articles indexed under it, as (their sketch, their story group, their day), for `wanted`:
    publication day (None: undated) -> the band keys of the chunk's articles of that day.

    A dated article meets the stored articles published within COPY_DAYS of it and the undated ones; an undated
    article meets them all. `article_bands.day` lets DuckDB skip the row groups of other days (zone maps over a
    store filled roughly in time order), so the cost follows the articles of a two-month window, not the store."""
    out: dict[int, list[tuple[Sketch, str, Optional[dt.date]]]] = {}
    statements: list[tuple[str, list]] = []
    undated = sorted(wanted.get(None, ()))
    if undated:                                     # an undated article: every stored article is a candidate
        statements.append(("", undated))
    span = dt.timedelta(days=COPY_DAYS)
    ranges: list[tuple[dt.date, dt.date, set[int]]] = []
    for d in sorted(d for d in wanted if d is not None):
        if ranges and d - span <= ranges[-1][1] + dt.timedelta(days=_RANGE_DAYS):
            ranges[-1] = (ranges[-1][0], d + span, ranges[-1][2] | wanted[d])
        else:
            ranges.append((d - span, d + span, set(wanted[d])))
    for lo, hi, keys in ranges:
        statements.append((f"day BETWEEN '{lo.isoformat()}' AND '{hi.isoformat()}' AND ", sorted(keys)))
    dated = sorted(set().union(*(k for d, k in wanted.items() if d is not None)))
    if dated:                                       # ... and an undated stored article is one for every article
        statements.append(("day IS NULL AND ", dated))
    pairs: set[tuple[int, str, Optional[dt.date]]] = set()
    for where, keys in statements:                  # a literal day range: DuckDB prunes row groups by it
        pairs.update(store.con.execute(
            f"SELECT key, article_id, day FROM article_bands WHERE {where}key IN (SELECT unnest(?::BIGINT[]))",
            [keys]).fetchall())
    sketches = {aid: (Sketch(aid, n, bytes(sig)), story) for aid, n, sig, story in _by_key(
        store, "SELECT article_id, shingles, signature, story FROM article_stories WHERE article_id IN ({})",
        sorted({aid for _, aid, _ in pairs}))}
    for key, aid, day in sorted(pairs, key=lambda p: (p[0], p[1])):
        if aid in sketches:
            out.setdefault(key, []).append((*sketches[aid], day))
    return out


def near_in_time(a: Optional[dt.date], b: Optional[dt.date]) -> bool:
    """Two articles' publication days close enough for one to be a copy of the other (COPY_DAYS; undated: any)."""
    return a is None or b is None or abs(a - b) <= dt.timedelta(days=COPY_DAYS)


_KEYS_PER_LOOKUP = 512


def _by_key(store: Store, sql: str, ids: list, params: list = ()) -> list[tuple]:
    """Rows of `sql` (whose `IN ({})` takes the ids) read by primary key: a list of `?` per statement, which DuckDB
    answers from the table's index (a join with a list, or a long list, reads the whole table: its signatures,
    its summaries), so the cost follows the number of ids, not the size of the store."""
    out: list[tuple] = []
    for i in range(0, len(ids), _KEYS_PER_LOOKUP):
        part = ids[i:i + _KEYS_PER_LOOKUP]
        out += store.con.execute(sql.format(", ".join("?" * len(part))), [*part, *params]).fetchall()
    return out


def add_stories(store: Store, rows: list[dict], bands: list[tuple[int, str, Optional[dt.date]]]) -> None:
    """article_stories rows (dicts by column) and their (band key, article id, publication day) triples."""
    if rows:
        _insert(store, "article_stories", rows)
    if bands:
        _insert(store, "article_bands", [{"key": k, "article_id": a, "day": d} for k, a, d in bands])


def mention_clusters(store: Store, ids: list[str]) -> dict[str, list[tuple[str, str, Optional[str]]]]:
    """article id -> (type, trigger text lower-cased, cluster_id) of its mentions, in event order."""
    out: dict[str, list] = {}
    ids = sorted(ids)                       # both tables read by their article_id index (the events' trigger words)
    triggers = {(a, i): x for a, i, x in _by_key(
        store, "SELECT article_id, idx, trigger_text FROM events WHERE article_id IN ({})", ids)}
    for aid, idx, t, c in sorted(_by_key(
            store, "SELECT article_id, event_idx, type, cluster_id FROM event_mentions WHERE article_id IN ({})", ids)):
        if (aid, idx) in triggers:
            out.setdefault(aid, []).append((t, (triggers[aid, idx] or "").lower(), c))
    return out


# ---------------------------------------------------------------- clusters
def candidates(store: Store, keys: list[cl.EventKey]) -> dict[str, tuple[cl.ClusterState, dt.datetime]]:
    """cluster id -> (summary, first seen) of the clusters that may take one of these events: same family, and either
    best day within CANDIDATE_DAYS and a handle in common (a town, a lede name, an article: `clusters.key_handles`,
    the `cluster_handles` index), or a named actor in common (the `cluster_actors` index: the actor's latest
    FOLLOW_UPS clusters of the family). The ids first, then the summaries of those only.

    Both index tables carry the cluster's day (and `cluster_actors` its family), so the look-ups read them alone:
    the handles of the chunk's date windows (literal day ranges, which DuckDB's zone maps answer by skipping the row
    groups of other days in a store filled roughly in time order) and the named actors' rows."""
    days = sorted({k.day for k in keys if k.day is not None})
    fams = sorted({k.family for k in keys})
    if not fams:
        return {}
    span = dt.timedelta(days=CANDIDATE_DAYS)
    ranges: list[tuple[dt.date, dt.date]] = []
    for d in days:                                  # merge the windows of nearby days
        if ranges and d - span <= ranges[-1][1] + dt.timedelta(days=_RANGE_DAYS):
            ranges[-1] = (ranges[-1][0], d + span)
        else:
            ranges.append((d - span, d + span))
    wheres = [f"day BETWEEN '{lo.isoformat()}' AND '{hi.isoformat()}'" for lo, hi in ranges]
    if len(days) < len(keys):
        wheres.append("day IS NULL")
    handles = sorted(set().union(*(cl.key_handles(k) for k in keys)))
    near: set[str] = set()
    for where in wheres:                            # the index tables first (narrow: a key and an id) ...
        near.update(r[0] for r in store.con.execute(
            f"SELECT DISTINCT cluster_id FROM cluster_handles WHERE {where} AND handle IN (SELECT unnest(?::VARCHAR[]))",
            [handles]).fetchall())
    named = sorted({i for k in keys for i in (*k.actors, *k.context)})
    if named:                                       # follow-ups: the latest clusters naming one of the same actors
        near.update(r[0] for r in store.con.execute(
            """SELECT cluster_id FROM (
                   SELECT cluster_id, row_number() OVER (PARTITION BY global_id, family
                                                         ORDER BY day DESC NULLS LAST, cluster_id) AS k
                   FROM cluster_actors
                   WHERE global_id IN (SELECT unnest(?::INTEGER[])) AND family IN (SELECT unnest(?::VARCHAR[])))
               WHERE k <= ?""", [named, fams, FOLLOW_UPS]).fetchall())
    rows = store.con.execute(                       # ... then the summaries of those only
        """SELECT cluster_id, state, first_seen FROM event_clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))
           AND family IN (SELECT unnest(?::VARCHAR[])) ORDER BY cluster_id""", [sorted(near), fams]).fetchall()
    return {cid: (cl.state_from_json(state), seen) for cid, state, seen in rows}


def save_clusters(store: Store, states: list[cl.ClusterState], first_seen: dict[str, Optional[dt.datetime]]) -> None:
    """Insert or replace the clusters' rows from their summaries (first_seen kept; now for new clusters)."""
    if not states:
        return
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    ids = [c.cluster_id for c in states]
    store.con.execute("DELETE FROM event_clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    store.con.execute("DELETE FROM cluster_actors WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    store.con.execute("DELETE FROM cluster_handles WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    day = {c.cluster_id: dt.date.fromisoformat(c.day) if c.day else None for c in states}
    _insert(store, "cluster_handles", [{"handle": h, "cluster_id": c.cluster_id, "day": day[c.cluster_id]}
                                       for c in states for h in cl.cluster_handles(c)])
    named = [{"global_id": g, "cluster_id": c.cluster_id, "family": c.family, "day": day[c.cluster_id]}
             for c in states for g in sorted(set(c.actors) | set(c.context))]
    if named:
        _insert(store, "cluster_actors", named)
    rows = []
    for c in states:
        place = c.places[0] if c.places else None
        rows.append({
            "cluster_id": c.cluster_id, "family": c.family, "type": c.type,
            "day": day[c.cluster_id],
            "place": place.name if place else None, "place_country": place.country if place else None,
            "place_admin1": place.admin1 if place else None, "lat": place.lat if place else None,
            "lon": place.lon if place else None, "actors": list(c.actors), "dead": c.dead, "injured": c.injured,
            "num_mentions": c.mentions, "num_articles": len(c.articles), "num_stories": len(c.stories),
            "num_sources": len(c.publishers), "confidence": c.confidence,
            "first_published": dt.date.fromisoformat(c.published[0]) if c.published[0] else None,
            "last_published": dt.date.fromisoformat(c.published[1]) if c.published[1] else None,
            "first_seen": first_seen.get(c.cluster_id) or now, "state": cl.state_to_json(c)})
    _insert(store, "event_clusters", rows)


def add_mentions(store: Store, rows: list[dict]) -> None:
    """event_mentions rows (dicts by column)."""
    if rows:
        _insert(store, "event_mentions", rows)




def _insert(store: Store, table: str, rows: list[dict]) -> None:
    """Rows into a story table (Store._insert), with the Arrow types of its list and blob columns."""
    if not rows:
        return
    import pyarrow as pa

    types = {"actors": pa.list_(pa.int32()), "signature": pa.binary(), "handles": pa.list_(pa.string())}
    if table == "article_bands":
        types["key"] = pa.int64()
    store._insert(table, rows, types)


def stored_cluster_ids(store: Store, ids: list[str]) -> set[str]:
    """Which of these cluster ids the store holds, in one query (by the primary key)."""
    if not ids:
        return set()
    return {r[0] for r in store.con.execute("SELECT cluster_id FROM event_clusters WHERE cluster_id IN "
                                            "(SELECT unnest(?::VARCHAR[]))", [sorted(set(ids))]).fetchall()}


def cluster(store: Store, cluster_id: str) -> Optional[cl.ClusterState]:
    """One cluster's summary (a wire copy's original may be in a cluster outside the chunk's date windows)."""
    row = store.first("SELECT state FROM event_clusters WHERE cluster_id = ?", [cluster_id])
    return cl.state_from_json(row[0]) if row else None
