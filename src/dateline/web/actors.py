"""The actors list (/actors: paged, filtered by name or code, country, sector) and the actor page (/actors/{id}): its
timeline as source and target by quad class, its quotes, its counterparts."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from ..store import views
from .common import MAX_ID, MAX_PAGE, MAX_PAGE_SIZE, PAGE_SIZE, con, paging, render

router = APIRouter(include_in_schema=False)


def actor_data(db, actor_id: int) -> dict:
    """The actor and everything its page shows; 404 when there is no such actor."""
    found = views.actor(db, actor_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no actor {actor_id}")
    dyads = views.actor_dyads(db, actor_id)
    return {"actor": found, "timeline": views.timeline(db, global_id=actor_id),
            "quotes": views.actor_quotes(db, actor_id), "dyads": dyads, "network": views.network(actor_id, dyads)}


@router.get("/actors/{actor_id}")
def actor_page(request: Request, actor_id: int = Path(..., ge=0, le=MAX_ID), db=Depends(con)):
    return render(request, "actor.html", page="actors", **actor_data(db, actor_id))


def actor_filters(q: Optional[str] = Query(None, max_length=200, description="a part of the name, or the code's start"),
                  country: Optional[str] = Query(None, max_length=8, description="country code, e.g. NOR or IGO"),
                  sector: Optional[str] = Query(None, max_length=8, description="sector code, e.g. GOV or MIL")) -> dict:
    """The filters of the actors list, as given (blank ones left out)."""
    return {k: v.strip() for k, v in (("q", q), ("country", country), ("sector", sector)) if v and v.strip()}


@router.get("/actors")
def actors_page(request: Request, f: dict = Depends(actor_filters), page: int = Query(1, ge=1, le=MAX_PAGE),
                per_page: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE), db=Depends(con)):
    """Every actor of the store, in the most articles first, a page at a time (user52: /actors was a 404)."""
    found = views.actors_list(db, **f, limit=per_page, offset=(page - 1) * per_page)
    return render(request, "actors.html", page="actors", f=f, rows=found["rows"], total=found["total"],
                  page_no=page, **paging(found["total"], per_page, f))
