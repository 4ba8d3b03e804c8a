"""The article page (/articles/{id}): the text with every extracted span highlighted, and its events as sentences."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from ..store import views
from . import present
from .common import MAX_PAGE, MAX_PAGE_SIZE, PAGE_SIZE, con, paging, render
from .highlight import Mark, render as highlight

router = APIRouter(include_in_schema=False)


def article_data(db, article_id: str) -> dict:
    """The stored article (row + contract record + global actor ids); 404 when it is not in the store."""
    found = views.article(db, article_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
    return found


def _title_marks(text: str, title: Optional[str]) -> list[Mark]:
    """The headline where it stands in the text: the first copy as the title, later ones as repeated copies."""
    marks: list[Mark] = []
    if not title or not title.strip():
        return marks
    at = text.find(title)
    k = 0
    while at >= 0 and k < 10:
        cls, tip = ("title", "headline") if k == 0 else ("title-copy", "repeated headline: nothing is extracted from it")
        marks.append(Mark(at, at + len(title), cls, f"title-{k}", None, tip))
        at = text.find(title, at + len(title))
        k += 1
    return marks


def marks_for(rec: dict, text: str, global_ids: dict) -> list[Mark]:
    """Every span of the record as a Mark: layout, actors, quotes and speakers, triggers, dates, places, casualties."""
    marks = _title_marks(text, rec.get("title"))
    dl = rec.get("dateline")
    if dl and dl.get("start") is not None:
        tip = "dateline: " + " ".join(x for x in (dl.get("place"), f"({dl['agency']})" if dl.get("agency") else None) if x)
        marks.append(Mark(dl["start"], dl["end"], "dateline", "dateline", "dateline", tip))
    for i, c in enumerate(rec.get("captions") or ()):
        marks.append(Mark(c["start"], c["end"], "caption", f"cap-{i}", f"cap-{i}", "photo caption"))
        if c.get("credit_start") is not None:
            marks.append(Mark(c["credit_start"], c["credit_end"], "credit", f"credit-{i}", None,
                              f"photo credit: {c.get('credit') or ''}"))
    actors = {a["id"]: a for a in rec.get("actors") or ()}
    for a in rec.get("actors") or ():
        codes = " ".join(x for x in (a.get("country"), a.get("sector")) if x)
        tip = a.get("name") or "?"
        tip += f" [{codes}]" if codes else ""
        tip += f", {a['role']}" if a.get("role") else ""
        gid = global_ids.get(a["id"])
        data = (("href", f"/actors/{gid}"),) if gid is not None else ()
        for k, m in enumerate(a.get("mentions") or ()):
            marks.append(Mark(m["start"], m["end"], f"hl actor {present.sector_class(a.get('sector'))}",
                              f"a-{a['id']}", f"a-{a['id']}-{k}", tip, data))
    for i, q in enumerate(rec.get("quotes") or ()):
        sp = q.get("speaker")
        who = None
        if sp:
            who = actors.get(sp.get("actor"), {}).get("name") or sp.get("text")
            marks.append(Mark(sp["start"], sp["end"], "hl speaker", f"sp-{i}", f"sp-{i}", f"speaker of quote {i + 1}"))
        marks.append(Mark(q["start"], q["end"], "hl quote", f"q-{i}", f"q-{i}",
                          f"said by {who}" if who else "speaker not found", (("speaker", f"sp-{i}"),) if sp else ()))
    shared: dict[tuple, list[str]] = {}
    for i, e in enumerate(rec.get("events") or ()):
        t = e.get("trigger") or {}
        if t.get("start") is not None:
            tip = f"{e.get('type')}" + (f" / CAMEO {e['cameo']}" if e.get("cameo") else "") + \
                  (" (negated)" if e.get("negated") else "") + (" (hypothetical)" if e.get("hypothetical") else "")
            marks.append(Mark(t["start"], t["end"], f"hl trigger tq-{e.get('quad')}", f"ev-{i}", f"ev-{i}", tip))
        s = e.get("sentence") or {}
        if s.get("start") is not None:
            shared.setdefault((s["start"], s["end"], "sent", None), []).append(f"evs-{i}")
        for role in ("source", "target"):
            for p in e.get(role) or ():
                if p.get("start") is not None:
                    shared.setdefault((p["start"], p["end"], f"part {role}", f"{role} of an event"), []).append(f"evp-{i}")
    # a sentence or participant shared by several events is one span whose data-k lists them all
    for (start, end, cls, tip), keys in shared.items():
        marks.append(Mark(start, end, cls, " ".join(keys), None, tip))
    for i, d in enumerate(rec.get("dates") or ()):
        marks.append(Mark(d["start"], d["end"], "hl date", f"d-{i}", f"d-{i}", f"{d.get('value')} ({d.get('type')})"))
    for p in rec.get("places") or ():
        # a GeoNames admin1 code made of digits (`78`: Masovia) tells a reader nothing: only letter codes (`GA`) shown
        admin1 = p.get("admin1") if p.get("admin1") and not p["admin1"].isdigit() else None
        where = ", ".join(x for x in (p.get("name"), admin1, p.get("country")) if x)
        if p.get("lat") is not None and p.get("lon") is not None:
            where += f" ({p['lat']:.2f}, {p['lon']:.2f})"
        for k, m in enumerate(p.get("mentions") or ()):
            marks.append(Mark(m["start"], m["end"], "hl place", f"p-{p['id']}", f"p-{p['id']}-{k}", where))
    for i, c in enumerate(rec.get("casualties") or ()):
        counts = ", ".join(f"{k} {c[k]}" for k in ("killed", "injured", "arrested", "missing") if c.get(k) is not None)
        tip = " ".join(x for x in (c.get("qualifier"), counts, f"({c['victims']})" if c.get("victims") else None) if x)
        marks.append(Mark(c["start"], c["end"], "hl casualty", f"c-{i}", f"c-{i}", tip or "casualties"))
    return marks


def event_lines(rec: dict, text: str, global_ids: dict) -> list[dict]:
    """The article's events as sentences a person reads, each with the anchor of its evidence."""
    actors = {a["id"]: a for a in rec.get("actors") or ()}
    places = {p["id"]: p for p in rec.get("places") or ()}
    quotes = rec.get("quotes") or []
    out = []
    for i, e in enumerate(rec.get("events") or ()):
        def side(role):
            parts = []
            for p in e.get(role) or ():
                a = actors.get(p.get("actor")) or {}
                parts.append(present.participant({"name": a.get("name"), "country": a.get("country"),
                                                  "sector": a.get("sector"), "text": p.get("text"),
                                                  "global_id": global_ids.get(p.get("actor"))}))
            return parts
        s = e.get("sentence") or {}
        q = e.get("quote")
        if q is not None and 0 <= q < len(quotes):
            evidence = present.clip(present.unquote(quotes[q].get("text")), 120)
        elif s.get("start") is not None:
            evidence = present.snippet(text[s["start"]:s["end"]], (e.get("trigger") or {}).get("start"), s["start"])
        else:
            evidence = (e.get("trigger") or {}).get("text") or ""
        place = places.get(e.get("place"), {}).get("name") if e.get("place") else None
        line = present.event_line(type=e.get("type"), mode=e.get("mode"), quad=e.get("quad"), source=side("source"),
                                  target=side("target"), evidence=evidence, date=e.get("date") or rec.get("published"),
                                  place=place, negated=bool(e.get("negated")), hypothetical=bool(e.get("hypothetical")))
        line.update(anchor=f"ev-{i}", idx=i, cameo=e.get("cameo"),
                    casualties=", ".join(f"{k} {e[k]}" for k in ("dead", "injured", "arrested") if e.get(k)))
        out.append(line)
    return out


@router.get("/articles")
def articles_index(request: Request, page: int = Query(1, ge=1, le=MAX_PAGE), per_page: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
                   db=Depends(con)):
    """Every article, newest first, a page at a time."""
    found = views.articles_page(db, limit=per_page, offset=(page - 1) * per_page)
    return render(request, "articles.html", page="articles", rows=found["rows"], total=found["total"],
                  page_no=page, **paging(found["total"], per_page))


@router.get("/articles/{article_id:path}")
def article_page(request: Request, article_id: str, db=Depends(con)):
    a = article_data(db, article_id)
    rec, text, gids = a["record"], a["text"], a["global_ids"]
    actors = [dict(x, gid=gids.get(x["id"])) for x in rec.get("actors") or ()]
    names = {x["id"]: x.get("name") for x in actors}
    quotes = [dict(q, idx=i, who=(names.get((q.get("speaker") or {}).get("actor")) or (q.get("speaker") or {}).get("text")),
                   gid=gids.get((q.get("speaker") or {}).get("actor")))
              for i, q in enumerate(rec.get("quotes") or ())]
    return render(request, "article.html", page="articles", a=a, rec=rec, body=highlight(text, marks_for(rec, text, gids)),
                  events=event_lines(rec, text, gids), actors=actors, quotes=quotes)
