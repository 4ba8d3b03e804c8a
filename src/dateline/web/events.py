"""The events page (/events): the filters of `dateline events`, paginated, each row linking to its evidence; CSV."""
from __future__ import annotations

import csv
import io
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from ..store import views
from ..store.filters import EventFilter
from .common import MAX_PAGE, MAX_PAGE_SIZE, PAGE_SIZE, con, event_filter, event_rows, paging, render

router = APIRouter(include_in_schema=False)

CSV_COLUMNS = views.EVENTS_TABLE_COLUMNS
CSV_CHUNK = 1 << 20       # bytes of CSV handed to the server at once (each chunk is a hop to a worker thread and back)
CSV_ROWS = 500            # rows written at once


@router.get("/events")
def events_page(request: Request, f: EventFilter = Depends(event_filter), page: int = Query(1, ge=1, le=MAX_PAGE),
                per_page: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE), db=Depends(con)):
    found = views.events(db, f, limit=per_page, offset=(page - 1) * per_page)
    return render(request, "events.html", page="events", f=f, rows=event_rows(found["rows"]), total=found["total"],
                  page_no=page, **paging(found["total"], per_page, f.as_query()), types=views.event_types(db),
                  csv_href="/events.csv" + ("?" + urlencode(f.as_query()) if f.as_query() else ""))


@router.get("/events.csv")
def events_csv(f: EventFilter = Depends(event_filter), db=Depends(con), verbatim: bool = False):
    """Every event matching the filters as CSV (written out in chunks). The query runs before the response
    starts, so an error is a status of its own, never a body cut short; cells a spreadsheet would take for a
    formula are neutralised (`csv_cell`) unless `verbatim=1` (text as read, for pandas or R)."""
    rows = views.events_table_cells(db, f, verbatim=verbatim)

    def lines():
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(CSV_COLUMNS)
        for i in range(0, len(rows), CSV_ROWS):
            w.writerows(rows[i:i + CSV_ROWS])
            if buf.tell() > CSV_CHUNK:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()

    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="dateline-events.csv"'})
