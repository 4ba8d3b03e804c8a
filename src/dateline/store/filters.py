"""The one event filter: what `dateline events` / `dyads` / `export` and the web's /events, /events.csv, /api/events
select.

How text is matched is written once here and in docs/store.md ("Filtering and searching"): a value is trimmed,
case is ignored, a code matches from its start or whole, a name matches as a part (a substring, not a word),
and `%`, `_` and `\\` are plain characters.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, Optional

from ..artefacts import Floors, default_floor
from .db import StoreError

# One row per (event, role, actor): the participant's own actor and, for a compound actor, each of its members;
# codes upper-cased once for matching. Stored since schema version 4 as the table `event_actors` (written with each
# article by store/rows.py; this SQL fills it for older stores in their migration), which every filter reads.
PARTICIPANTS = """
    SELECT DISTINCT *, upper(coalesce(code, '')) AS code_u, upper(coalesce(country, '')) AS country_u,
           upper(coalesce(sector, '')) AS sector_u FROM (
        SELECT p.article_id, p.event_idx, p.role, p.text AS ptext, a.name, coalesce(a.code, p.code) AS code,
               coalesce(a.country, p.country) AS country, coalesce(a.sector, p.sector) AS sector, a.global_id
        FROM event_participants p
        LEFT JOIN actors a ON a.article_id = p.article_id AND a.actor_id = p.actor_id
        UNION ALL
        SELECT p.article_id, p.event_idx, p.role, p.text, m.name, m.code, m.country, m.sector, m.global_id
        FROM event_participants p
        JOIN actors a ON a.article_id = p.article_id AND a.actor_id = p.actor_id
        JOIN actors m ON m.article_id = a.article_id AND list_contains(a.members, m.actor_id))"""


@dataclass(frozen=True)
class EventFilter:
    """The event filters, all optional and combined with AND (docs/store.md, "Filtering and searching").

    actor/source/target: an actor code from its start (USA matches USAGOV), a country or sector code whole,
    or part of the actor's name or of the participant's text; type: a PLOVER type; quad: 1-4; since/until:
    YYYY-MM-DD, YYYY-MM or YYYY; place: part of the event place's name, or its country code (with place_exact:
    the place's whole name, any case, and no country code); place_country: the event place's country code, whole
    (the map's links give place, place_exact and place_country: the events of one dot); actor_id: a
    global actor id; min_confidence: a confidence of at least this (0-1; an event without one passes; or
    artefacts.Floors, the default floors by type: each event against its type's floor);
    asserted_only: leave out negated and hypothetical events; coded_only: only events whose every source and
    target is an actor with a code (see CODED).
    """
    actor: Optional[str] = None
    source: Optional[str] = None
    target: Optional[str] = None
    type: Optional[str] = None
    quad: Optional[int] = None
    since: Optional[str] = None
    until: Optional[str] = None
    place: Optional[str] = None
    place_exact: bool = False
    place_country: Optional[str] = None
    actor_id: Optional[int] = None
    min_confidence: Optional[float] = None
    asserted_only: bool = False
    coded_only: bool = False

    def as_query(self) -> dict[str, Any]:
        """The filters that select something, for building links that keep them. The default floors by type
        (artefacts.Floors) are left implicit: a link without min_confidence gets them again."""
        return {f.name: v for f in dataclasses.fields(self) if (v := getattr(self, f.name)) is not None
                and v != "" and v is not False and not isinstance(v, Floors)}


def counted() -> EventFilter:
    """The events the store's summaries count (the web's overview, actor and map pages; the kept `dyads` answers): asserted events (neither negated nor hypothetical) at the default confidence floor, as
    `dateline dyads` and `export` count by default."""
    return EventFilter(min_confidence=default_floor(), asserted_only=True)


def floor_key() -> str:
    """The default floor as text (part of a store's summary generation: summaries written under another floor, by
    another version of dateline's weights, are not read)."""
    floor = default_floor()
    if isinstance(floor, Floors):
        return "floor=" + ",".join([f"{floor.common:g}"] + [f"{t}:{v:g}" for t, v in floor.by_type])
    return "floor=" + ("none" if floor is None else f"{float(floor):g}")


# The events `coded_only` keeps: at least one source and one target, and every source and target resolved to an
# actor whose code (country || sector) is not empty, or with no actor but a code of its own words (`police`: schema
# v9, events/described.py). A compound actor counts by its own code, not its members'
# (as the exports write it). Reads the stored tables, so it is the same for query.py and the web's views.
CODED = """
    SELECT p.article_id, p.event_idx FROM event_participants p
    LEFT JOIN actors a ON a.article_id = p.article_id AND a.actor_id = p.actor_id
    GROUP BY ALL
    HAVING count(*) FILTER (WHERE p.role = 'source') > 0 AND count(*) FILTER (WHERE p.role = 'target') > 0
       AND bool_and(coalesce(nullif(a.code, ''), p.code, '') <> '')"""


def part_of(column: str, value: str) -> tuple[str, list]:
    """SQL (and its parameter) for: `column` contains `value`, any case, every character taken literally.

    `contains(lower(..), lower(?))` rather than `ILIKE ... ESCAPE`: DuckDB runs it more than ten times faster
    (an ILIKE with an ESCAPE clause leaves its fast path), which counts on a store of millions of rows.
    """
    return f"contains(lower({column}), lower(?))", [value.strip()]


def _actor_match(value: str) -> tuple[str, list]:
    """A participant row `pa` (columns of PARTICIPANTS) that the actor value names."""
    name, name_params = part_of("pa.name", value)
    text, text_params = part_of("pa.ptext", value)
    code = value.strip().upper()
    return (f"(starts_with(pa.code_u, ?) OR pa.country_u = ? OR pa.sector_u = ? OR {name} OR {text})",
            [code, code, code, *name_params, *text_params])


def day(value: str, *, end: bool = False) -> dt.date:
    """YYYY-MM-DD, or YYYY-MM / YYYY as their first day (their last day when `end`)."""
    value = value.strip()
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


def last_day(f: EventFilter) -> Optional[dt.date]:
    """The last day the filter selects (its `until`), None when it has no end."""
    return day(f.until, end=True) if _given(f.until) else None


def _given(value: Optional[str]) -> Optional[str]:
    return value.strip() if value and value.strip() else None


def where(f: EventFilter, *, participants: Optional[str] = None) -> tuple[str, list]:
    """' WHERE ...' over `events e` for the filter (empty when nothing is asked) and its parameters.

    The actor and place filters read the events' index (schema.INDEX_TABLES): the value is matched against the few
    distinct participant descriptions (`actor_labels`) and place names (`place_labels`), and an event is kept by its
    `actor_set` / `place_label` column, so no participant or place row is joined. With `participants` (a relation
    with the columns of PARTICIPANTS, e.g. `event_actors`) they join those rows and `places` instead: the same
    events, slower (the reference the tests compare the index with).
    """
    clauses: list[str] = []
    params: list = []
    for value, role in ((f.actor, None), (f.source, "source"), (f.target, "target")):
        if _given(value):
            match, match_params = _actor_match(value)
            if participants:
                clauses.append(f"(e.article_id, e.idx) IN (SELECT pa.article_id, pa.event_idx FROM {participants} pa "
                               f"WHERE {'pa.role = ? AND ' if role else ''}{match})")
            else:
                clauses.append(f"e.actor_set IN (SELECT actor_set FROM actor_set_labels WHERE "
                               f"{'role = ? AND ' if role else ''}label IN (SELECT pa.id FROM actor_labels pa WHERE {match}))")
            params += ([role] if role else []) + match_params
    if f.actor_id is not None:
        if participants:
            clauses.append(f"(e.article_id, e.idx) IN (SELECT article_id, event_idx FROM {participants} WHERE global_id = ?)")
        else:
            clauses.append("e.actor_set IN (SELECT actor_set FROM actor_set_labels WHERE label IN "
                           "(SELECT id FROM actor_labels WHERE global_id = ?))")
        params.append(int(f.actor_id))
    if _given(f.type):
        clauses.append("upper(e.type) = upper(?)")
        params.append(f.type.strip())
    if f.quad is not None:
        if int(f.quad) not in (1, 2, 3, 4):
            raise StoreError(f"quad must be 1, 2, 3 or 4, not {f.quad!r}")
        clauses.append("e.quad = ?")
        params.append(int(f.quad))
    if _given(f.since):
        clauses.append("e.day >= ?")
        params.append(day(f.since))
    if _given(f.until):
        clauses.append("e.day <= ?")
        params.append(day(f.until, end=True))
    if _given(f.place) or _given(f.place_country):
        conds: list[str] = []
        if _given(f.place) and f.place_exact:
            conds.append("lower(name) = lower(?)")
            params.append(f.place.strip())
        elif _given(f.place):
            name, name_params = part_of("name", f.place)
            conds.append(f"({name} OR upper(coalesce(country, '')) = upper(?))")
            params += name_params + [f.place.strip()]
        if _given(f.place_country):
            conds.append("upper(coalesce(country, '')) = upper(?)")
            params.append(f.place_country.strip())
        clauses.append((f"(e.article_id, e.place) IN (SELECT article_id, place_id FROM places " if participants else
                        "e.place_label IN (SELECT id FROM place_labels ") + f"WHERE {' AND '.join(conds)})")
    if f.min_confidence is not None:
        if not 0 <= float(f.min_confidence) <= 1:
            raise StoreError(f"min_confidence must be between 0 and 1, not {f.min_confidence!r}")
        own = getattr(f.min_confidence, "by_type", ())                  # artefacts.Floors: floors by type
        if own:
            clauses.append("(e.confidence IS NULL OR e.confidence >= CASE e.type " +
                           " ".join("WHEN ? THEN ?" for _ in own) + " ELSE ? END)")
            params += [x for t, v in own for x in (t, float(v))]
        else:
            clauses.append("(e.confidence IS NULL OR e.confidence >= ?)")   # not scored (older stores): kept
        params.append(float(f.min_confidence))
    if f.asserted_only:
        clauses.append("NOT coalesce(e.negated, FALSE) AND NOT coalesce(e.hypothetical, FALSE)")
    if f.coded_only:
        clauses.append(f"(e.article_id, e.idx) IN ({CODED})")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
