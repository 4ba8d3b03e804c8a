"""The overview page (/): counts, events over time by quad class, top actors and dyads, latest articles."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from ..store import views
from .common import con, render

router = APIRouter(include_in_schema=False)


def overview_data(db) -> dict:
    """Everything the overview shows, as plain data (shared with /api/overview)."""
    return {"counts": views.counts(db), "timeline": views.timeline(db), "top_actors": views.top_actors(db),
            "top_dyads": views.top_dyads(db), "latest": views.latest_articles(db)}


@router.get("/")
def overview(request: Request, db=Depends(con)):
    return render(request, "overview.html", page="overview", **overview_data(db))
