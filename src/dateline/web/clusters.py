"""The event page (/clusters/{id}): one real-world event (an event cluster) with every article that reported it."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request

from ..store import views
from .common import article_href, con, render

router = APIRouter(include_in_schema=False)


def cluster_data(db, cluster_id: str) -> dict:
    """The cluster and its reports (each with its evidence link); 404 when there is no such cluster."""
    found = views.event_cluster(db, cluster_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no event cluster {cluster_id}")
    for m in found["mentions"]:
        m["href"] = article_href(m["article_id"], f"ev-{m['event_idx']}")
        m["article_href"] = article_href(m["article_id"])
    return found


@router.get("/clusters/{cluster_id:path}")
def cluster_page(request: Request, cluster_id: str, db=Depends(con)):
    return render(request, "cluster.html", page="events", **cluster_data(db, cluster_id))
