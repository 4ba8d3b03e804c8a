"""What every page module shares: the templates, the store connection of a request, the event filters."""
from __future__ import annotations

import datetime as dt
import functools
import json
import pathlib
from typing import Optional
from urllib.parse import quote, urlencode

from fastapi import HTTPException, Query, Request
from fastapi.templating import Jinja2Templates

from ..artefacts import floor_or_default
from ..store import StoreError, filters
from ..store.filters import EventFilter
from . import present

HERE = pathlib.Path(__file__).resolve().parent
STATIC = HERE / "static"
PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
MAX_PAGE = 1_000_000            # page numbers and offsets are bounded so that page * size fits the store's integers
MAX_OFFSET = 1_000_000_000_000
MAX_ID = 2 ** 63 - 1            # ids are the store's BIGINTs


def _json_default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


@functools.lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    """The Jinja2 templates (autoescaped), with the presentation helpers as globals."""
    t = Jinja2Templates(directory=str(HERE / "templates"))
    env = t.env
    env.autoescape = True
    env.policies["json.dumps_function"] = functools.partial(json.dumps, default=_json_default)
    env.globals.update(actor_label=present.actor_label, sector_class=present.sector_class, clip=present.clip, place_events_query=present.place_events_query, unquote=present.unquote,
                       quad_names=present.QUAD_NAMES, country_name=present.country_name, urlencode=urlencode,
                       article_href=article_href)
    return t


def article_href(article_id: str, anchor: Optional[str] = None) -> str:
    """The link to an article's page (ids may hold any character), optionally to one of its spans."""
    return f"/articles/{quote(str(article_id), safe='')}" + (f"#{anchor}" if anchor else "")


def paging(total: int, per_page: int, query: Optional[dict] = None) -> dict:
    """A list page's paging context: the number of pages (at least one) and the query a page link keeps (the filters,
    and `per_page` when it is not the default)."""
    keep = dict(query or {}) | ({"per_page": per_page} if per_page != PAGE_SIZE else {})
    return {"pages": max(1, -(-total // per_page)), "keep": keep}


def render(request: Request, name: str, **context):
    """A page from its template, with the request and the page name for the navigation bar."""
    return templates().TemplateResponse(request, name, context)


def con(request: Request):
    """The store's reader (its connection, opened read-only by the app factory, shared one query at a time)."""
    return request.app.state.reader


def _day(value: Optional[str], *, end: bool, name: str) -> Optional[str]:
    """YYYY, YYYY-MM or YYYY-MM-DD -> a YYYY-MM-DD (the first or last day of the period); 400 when not a date."""
    if value is None or not value.strip():
        return None
    try:
        return filters.day(value, end=end).isoformat()
    except StoreError as exc:
        raise HTTPException(status_code=400, detail=f"{name}: {exc}")


def event_filter(
    actor: Optional[str] = Query(None, description="Actor on either side: name (part, any case), code (RUSGOV) or country (RUS)"),
    source: Optional[str] = Query(None, description="Source actor: name (part), code or country"),
    target: Optional[str] = Query(None, description="Target actor: name (part), code or country"),
    type: Optional[str] = Query(None, description="PLOVER event type, e.g. ACCUSE"),
    quad: Optional[str] = Query(None, description="Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"),
    since: Optional[str] = Query(None, description="Events on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)"),
    until: Optional[str] = Query(None, description="Events on or before this day (YYYY, YYYY-MM or YYYY-MM-DD)"),
    place: Optional[str] = Query(None, description="Place name (part, any case) or its country code (NO)"),
    place_exact: Optional[str] = Query(None, description="1: the place is the whole name (any case), not a part "
                                                         "or a country code (the map's links)"),
    place_country: Optional[str] = Query(None, description="The place's country code, whole (NO)"),
    actor_id: Optional[str] = Query(None, description="Global actor id (as in /actors/{id})"),
    min_confidence: Optional[str] = Query(None, description="Events with a confidence of at least this, 0 to 1 "
                                                             "(events without a confidence are kept; left empty: "
                                                             "the default floor, as `dateline events`; 0 shows all)"),
    asserted_only: Optional[str] = Query(None, description="1: leave out negated and hypothetical events (as the "
                                                           "overview, actor and map pages count)"),
    coded_only: Optional[str] = Query(None, description="1: only events whose every source and target has a country "
                                                        "or sector code (as `dateline events --coded-only`)"),
) -> EventFilter:
    """The filters of `dateline events` from the query string; empty fields (as a form sends them) are ignored."""
    def number(name, value, lo=None, hi=None, kind=int):
        if value is None or not str(value).strip():
            return None
        try:
            n = kind(value)
        except ValueError:
            what = "a whole number" if kind is int else "a number"
            raise HTTPException(status_code=400, detail=f"{name} must be {what}, not {value!r}")
        if (lo is not None and not n >= lo) or (hi is not None and not n <= hi):      # NaN is in no range
            raise HTTPException(status_code=400, detail=f"{name} must be between {lo} and {hi}")
        return n

    def text(value):
        return value.strip() if value and value.strip() else None

    return EventFilter(actor=text(actor), source=text(source), target=text(target), type=text(type),
                       quad=number("quad", quad, 1, 4), since=_day(since, end=False, name="since"),
                       until=_day(until, end=True, name="until"),
                       place=text(place), place_exact=_flag("place_exact", place_exact),
                       place_country=text(place_country), actor_id=number("actor_id", actor_id),
                       min_confidence=floor_or_default(number("min_confidence", min_confidence, 0, 1, kind=float)),
                       asserted_only=_flag("asserted_only", asserted_only),
                       coded_only=_flag("coded_only", coded_only))


def _flag(name: str, value: Optional[str]) -> bool:
    """A yes/no query parameter: 1/true/on/yes, 0/false/off/no or empty; 400 otherwise."""
    v = (value or "").strip().lower()
    if v in ("", "0", "false", "off", "no"):
        return False
    if v in ("1", "true", "on", "yes"):
        return True
    raise HTTPException(status_code=400, detail=f"{name} must be 1 or 0, not {value!r}")


def event_rows(rows: list[dict]) -> list[dict]:
    """Event rows from the store -> rows with a readable sentence (present.event_line) and evidence link."""
    out = []
    for r in rows:
        evidence = present.clip(present.unquote(r.get("quote_text")), 120) if r.get("quote_text") else present.snippet(
            r.get("sentence"), r.get("trigger_start"), r.get("sentence_start"))
        line = present.event_line(type=r["type"], mode=r.get("mode"), quad=r.get("quad"),
                                  source=[present.participant(p) for p in r["source"]],
                                  target=[present.participant(p) for p in r["target"]],
                                  evidence=evidence, date=r.get("date") or r.get("day"), place=r.get("place"),
                                  negated=bool(r.get("negated")), hypothetical=bool(r.get("hypothetical")))
        out.append({**r, "line": line, "href": article_href(r["article_id"], f"ev-{r['idx']}")})
    return out
