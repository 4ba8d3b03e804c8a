"""The search page (/search?q=): articles, actors and quotes containing the words asked for."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from ..store import views
from .common import con, render

router = APIRouter(include_in_schema=False)


@router.get("/search")
def search(request: Request, q: str = "", db=Depends(con)):
    q = q.strip()
    found = views.search(db, q) if q else {"articles": [], "actors": [], "quotes": []}
    return render(request, "search.html", page="search", q=q, found=found)
