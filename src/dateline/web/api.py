"""The JSON API (/api/...): the data of every page, listed in the OpenAPI page /docs."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query

from ..store import views
from ..store.filters import EventFilter
from .actors import actor_data, actor_filters
from .articles import article_data
from .clusters import cluster_data
from .common import MAX_ID, MAX_OFFSET, MAX_PAGE_SIZE, PAGE_SIZE, con, event_filter
from .models import ArticleOut, EventsPage
from .overview import overview_data
from .quotes import quote_filters

router = APIRouter(prefix="/api", tags=["data"])


@router.get("/events", summary="Events matching the filters of `dateline events`, newest first",
            response_model=EventsPage)
def api_events(f: EventFilter = Depends(event_filter), limit: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
               offset: int = Query(0, ge=0, le=MAX_OFFSET), db=Depends(con)):
    """A page of events with their participants, place, evidence offsets (trigger, sentence) and article."""
    found = views.events(db, f, limit=limit, offset=offset)
    return {"total": found["total"], "limit": limit, "offset": offset, "filters": f.as_query(), "rows": found["rows"]}


@router.get("/articles/{article_id:path}", summary="One article: its text and its output-contract record",
            response_model=ArticleOut)
def api_article(article_id: str, db=Depends(con)):
    """The text exactly as read, the record (all offsets point into the text) and actor_id -> global actor id."""
    a = article_data(db, article_id)
    return {"id": a["id"], "text": a["text"], "record": a["record"], "actor_global_ids": a["global_ids"],
            "origin": a["origin"]}


@router.get("/actors/{actor_id}", summary="One actor: counts, timeline, quotes, counterparts")
def api_actor(actor_id: int = Path(..., ge=0, le=MAX_ID), db=Depends(con)) -> dict:
    return actor_data(db, actor_id)


@router.get("/actors", summary="Actors, in the most articles first, filtered by name or code, country, sector")
def api_actors(f: dict = Depends(actor_filters), limit: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
               offset: int = Query(0, ge=0, le=MAX_OFFSET), db=Depends(con)) -> dict:
    """A page of global actors with their code, country, sector and number of articles (the /actors page's rows)."""
    found = views.actors_list(db, **f, limit=limit, offset=offset)
    return {"total": found["total"], "limit": limit, "offset": offset, "filters": f, "rows": found["rows"]}


@router.get("/quotes", summary="Quotations, newest article first, filtered by speaker, words and publication days")
def api_quotes(f: dict = Depends(quote_filters), limit: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
               offset: int = Query(0, ge=0, le=MAX_OFFSET), db=Depends(con)) -> dict:
    """A page of quotes with their offsets in their article's text, speaker as written and as resolved (global id)."""
    found = views.quotes_list(db, speaker=f.get("speaker"), contains=f.get("q"), since=f.get("since"),
                              until=f.get("until"), limit=limit, offset=offset)
    return {"total": found["total"], "limit": limit, "offset": offset, "filters": f, "rows": found["rows"]}


@router.get("/clusters/{cluster_id:path}", summary="One real-world event (event cluster) and every report of it")
def api_cluster(cluster_id: str, db=Depends(con)) -> dict:
    """The cluster's summary (type, day, place, latest casualty figures, counts) and its mentions, earliest first,
    each with its evidence offsets and why it joined (docs/stories.md)."""
    return cluster_data(db, cluster_id)


@router.get("/overview", summary="Counts, events over time by quad class, top actors and dyads, latest articles")
def api_overview(db=Depends(con)) -> dict:
    return overview_data(db)


@router.get("/places", summary="Event places with coordinates and event counts (the map's data)")
def api_places(db=Depends(con)) -> list[dict]:
    return views.event_places(db)


@router.get("/search", summary="Articles, actors and quotes containing q")
def api_search(q: str = Query(..., min_length=1, description="Words to look for (any case)"), db=Depends(con)) -> dict:
    return views.search(db, q.strip())
