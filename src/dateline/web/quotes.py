"""The quotes list (/quotes): who said what, newest article first, paged and filtered as `dateline quotes` filters
(speaker, words in the quote) and by publication days; each quote links to its place in its article."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Query, Request

from ..store import views
from .common import MAX_PAGE, MAX_PAGE_SIZE, PAGE_SIZE, _day, con, paging, render

router = APIRouter(include_in_schema=False)


def quote_filters(speaker: Optional[str] = Query(None, max_length=200, description="a part of the speaker's name"),
                  q: Optional[str] = Query(None, max_length=200, description="words in the quote"),
                  since: Optional[str] = Query(None, description="published on or after YYYY-MM-DD"),
                  until: Optional[str] = Query(None, description="published on or before YYYY-MM-DD")) -> dict:
    """The filters of the quotes list, as given (blank ones left out; a bad day is a 400 naming it)."""
    out = {k: v.strip() for k, v in (("speaker", speaker), ("q", q)) if v and v.strip()}
    for name, value, end in (("since", since, False), ("until", until, True)):
        day = _day(value, end=end, name=name)
        if day:
            out[name] = day
    return out


@router.get("/quotes")
def quotes_page(request: Request, f: dict = Depends(quote_filters), page: int = Query(1, ge=1, le=MAX_PAGE),
                per_page: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE), db=Depends(con)):
    """Every quotation of the store, a page at a time (user52: /quotes was a 404)."""
    found = views.quotes_list(db, speaker=f.get("speaker"), contains=f.get("q"), since=f.get("since"),
                              until=f.get("until"), limit=per_page, offset=(page - 1) * per_page)
    return render(request, "quotes.html", page="quotes", f=f, rows=found["rows"], total=found["total"],
                  page_no=page, **paging(found["total"], per_page, f))
