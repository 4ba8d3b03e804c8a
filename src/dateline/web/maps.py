"""The map page (/map): event places drawn over country outlines shipped in the package (no tile server)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from ..store import views
from .common import con, render

router = APIRouter(include_in_schema=False)


@router.get("/map")
def event_map(request: Request, db=Depends(con)):
    return render(request, "map.html", page="map", places=views.event_places(db))
