"""The actor page (/actors/{id}): its timeline as source and target by quad class, its quotes, its counterparts."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path, Request

from ..store import views
from .common import MAX_ID, con, render

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
