"""An Article record -> the rows of each store table (plain dicts keyed by column name)."""
from __future__ import annotations

import datetime as dt
import json
from typing import Iterator, Optional

from ..records import Article, Participant
from .goldstein import score


def day(value: Optional[str]) -> Optional[dt.date]:
    """A YYYY-MM-DD value (a TIMEX3 value may carry more after it) as a date; None when not a full day."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_rows(article: Article, *, text_hash: str, origin: str, ingested_at: dt.datetime,
                 global_ids: dict[str, int]) -> Iterator[tuple[str, dict]]:
    """(table, row) for every row the article puts in the store; offsets copied as they are."""
    a = article
    aid = a.id
    text = a.text
    dl = a.dateline
    published = day(a.published)
    yield "articles", {
        "id": aid, "text": text, "text_hash": text_hash, "title": a.title, "published": published,
        "published_from": a.published_from,
        "dateline_place": dl.place if dl else None, "dateline_agency": dl.agency if dl else None,
        "dateline_start": dl.start if dl else None, "dateline_end": dl.end if dl else None,
        "dateline_region": getattr(dl, "region", None) if dl else None,
        "truncated": bool(a.truncated), "url": a.url, "origin": origin,
        "source": a.source or a.site,   # the publisher: the input's, else the page's or feed's site name (user54)
        "ingested_at": ingested_at, "record": json.dumps(a.to_dict(), ensure_ascii=False),
    }
    for i, c in enumerate(a.captions):
        yield "captions", {"article_id": aid, "idx": i, "start": c.start, "end": c.end, "text": text[c.start:c.end],
                           "credit": c.credit, "credit_start": c.credit_start, "credit_end": c.credit_end}
    for i, q in enumerate(a.quotes):
        cue, sp = q.cue, q.speaker
        yield "quotes", {
            "article_id": aid, "idx": i, "start": q.start, "end": q.end, "text": q.text,
            "cue_start": cue.start if cue else None, "cue_end": cue.end if cue else None,
            "cue_text": cue.text if cue else None,
            "speaker_start": sp.start if sp else None, "speaker_end": sp.end if sp else None,
            "speaker_text": sp.text if sp else None, "speaker_actor": sp.actor if sp else None,
        }
    for actor in a.actors:
        code = actor.code or (actor.country or "") + (actor.sector or "")
        yield "actors", {"article_id": aid, "actor_id": actor.id, "name": actor.name, "country": actor.country,
                         "sector": actor.sector, "role": actor.role, "code": code,
                         "global_id": global_ids.get(actor.id), "members": list(actor.members)}
        for m in actor.mentions:
            yield "mentions", {"article_id": aid, "actor_id": actor.id, "start": m.start, "end": m.end, "text": m.text}
    for i, d in enumerate(a.dates):
        yield "dates", {"article_id": aid, "idx": i, "start": d.start, "end": d.end, "text": d.text,
                        "value": d.value, "type": d.type}
    for i, e in enumerate(a.events):
        sentence = e.sentence.to_dict() if e.sentence else {}
        trig = e.trigger
        yield "events", {
            "article_id": aid, "idx": i, "type": e.type, "mode": e.mode, "quad": e.quad, "cameo": e.cameo,
            "trigger_start": trig.start if trig else None, "trigger_end": trig.end if trig else None,
            "trigger_text": trig.text if trig else None, "negated": bool(e.negated),
            "hypothetical": bool(e.hypothetical), "date": e.date, "day": day(e.date) or published,
            "sentence_start": sentence.get("start"), "sentence_end": sentence.get("end"),
            "quote": e.quote, "place": e.place, "dead": e.dead, "injured": e.injured, "arrested": e.arrested,
            "goldstein": score(e), "confidence": e.confidence, "date_from": e.date_from,
            "actor_set": None, "place_label": None,         # store-wide ids, given by Store._write
        }
        for role, parts in (("source", e.source), ("target", e.target)):
            for j, p in enumerate(parts):
                yield "event_participants", {"article_id": aid, "event_idx": i, "role": role, "idx": j,
                                             "start": p.start, "end": p.end, "text": p.text, "actor_id": p.actor,
                                             "code": p.code, "country": p.country, "sector": p.sector}
        yield from _event_actors(aid, i, e, a.actors, global_ids, {
            "day": day(e.date) or published, "quad": e.quad, "goldstein": score(e), "negated": bool(e.negated),
            "hypothetical": bool(e.hypothetical), "confidence": e.confidence, "type": e.type,
            "actor_set": None, "place_label": None})                # the event's index ids, given by Store._write
    for p in a.places:
        yield "places", {"article_id": aid, "place_id": p.id, "name": p.name, "country": p.country,
                         "admin1": p.admin1, "lat": p.lat, "lon": p.lon, "feature": p.feature,
                         "geonameid": p.geonameid}
        for m in p.mentions:
            yield "place_mentions", {"article_id": aid, "place_id": p.id, "start": m.start, "end": m.end,
                                     "text": m.text}
    for i, c in enumerate(a.casualties):
        yield "casualties", {"article_id": aid, "idx": i, "start": c.start, "end": c.end, "text": c.text,
                             "killed": c.killed, "injured": c.injured, "arrested": c.arrested, "missing": c.missing,
                             "qualifier": c.qualifier, "victims": c.victims, "period": c.period,
                             "source": c.source, "event": c.event}


def _event_actors(aid: str, idx: int, event, actors, global_ids: dict[str, int],
                  counted: dict) -> Iterator[tuple[str, dict]]:
    """The event's rows of `event_actors` (who takes part, compound actors through their members too, as
    store/filters.py PARTICIPANTS reads them) and of `event_dyads` (one per source-target pair, labelled as
    `dateline dyads` counts them, with the event's `counted` columns): written with the article so that
    filters and dyads need no joins."""
    by_id = {actor.id: actor for actor in actors}
    seen = set()
    labels: dict[str, list[str]] = {"source": [], "target": []}
    codes: list[Optional[str]] = []
    for role, parts in (("source", event.source), ("target", event.target)):
        for p in parts:
            own = by_id.get(p.actor) if p.actor else None
            code = _code(own) if own else p.code    # (no actor: the participant's own code, events/described.py)
            codes.append(code)
            labels[role].append(code if code else (own.name if own and own.name is not None else p.text))
            for actor in ([own] if own else [p if p.code else None]) + \
                    [by_id[m] for m in (own.members if own else ()) if m in by_id]:
                row = _participant(aid, idx, role, p.text, actor, global_ids)
                key = tuple(row.values())
                if key not in seen:
                    seen.add(key)
                    yield "event_actors", row
    coded = all(bool(code) for code in codes)           # filters.CODED: every side an actor with a code
    for source in labels["source"]:
        for target in labels["target"]:
            yield "event_dyads", {"article_id": aid, "event_idx": idx, "source": source, "target": target, **counted,
                                  "coded": coded}


def _code(actor) -> str:
    """The actor's code as the actors table stores it."""
    return getattr(actor, "code", None) or (actor.country or "") + (actor.sector or "")


def _participant(aid: str, idx: int, role: str, text: str, actor, global_ids: dict[str, int]) -> dict:
    """An event_actors row; `actor` is an Actor, a Participant coded by its own words (no name, no global id) or
    None."""
    own = isinstance(actor, Participant)
    code = _code(actor) if actor else None
    return {"article_id": aid, "event_idx": idx, "role": role, "ptext": text,
            "name": actor.name if actor and not own else None, "code": code,
            "country": actor.country if actor else None, "sector": actor.sector if actor else None,
            "global_id": global_ids.get(actor.id) if actor and not own else None,
            "code_u": (code or "").upper(), "country_u": ((actor.country if actor else None) or "").upper(),
            "sector_u": ((actor.sector if actor else None) or "").upper()}
