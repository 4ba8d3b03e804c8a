"""`query.newest`: the page of events newest first, found in the latest days first, is the page one query over every
event gives, for any filter, page and window (on a small store of invented reports spread over a year)."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dateline.records import Actor, Article, Place
from dateline.store import Store, query, views
from dateline.store.filters import EventFilter as F, where
from tests.helpers import event, mention, part

PEOPLE = ("Orvel Dane", "Ines Marr", "Tobin Rusk")


def report(n: int) -> Article:
    who = PEOPLE[n % 3]
    text = f"{who} attacked a depot in Varno. {who} met the council in Varno.\n"
    day = dt.date(2031, 1, 1) + dt.timedelta(days=(n * 7) % 365)
    dated = n % 5 != 0                                       # every fifth event dated only by its article
    return Article(
        id=f"r{n:03d}", title=None, published=None if n % 11 == 0 else day.isoformat(), published_from="input",
        dateline=None, truncated=False,
        actors=(Actor("A1", who, "VAR", "GOV", mentions=(mention(text, who),)),),
        events=(event(text, "attacked", "ASSAULT", 4, source=[part(text, who, "A1")], place="P1",
                      date=day.isoformat() if dated else None),
                event(text, "met", "CONSULT", 1, source=[part(text, who, "A1", nth=1)], date=day.isoformat())),
        places=(Place("P1", "Varno", "VN", None, 1.0, 2.0, "city", mentions=(mention(text, "Varno"),)),),
        text=text)


@pytest.fixture(scope="module")
def store():
    s = Store.open(":memory:")
    s.write_articles([(report(n), "") for n in range(120)])
    yield s
    s.close()


def _all(store: Store, f: F, limit: int, offset: int) -> list[tuple[str, int]]:
    sql, params = where(f)
    return [tuple(r) for r in store.con.execute(
        f"SELECT e.article_id, e.idx FROM events e{sql} ORDER BY e.day DESC NULLS LAST, e.article_id, e.idx "
        "LIMIT ? OFFSET ?", params + [limit, offset]).fetchall()]


@pytest.mark.parametrize("windows", [(1, 30), (10, 100), (0,), query.NEWEST_WINDOWS])
@pytest.mark.parametrize("f", [F(), F(actor="dane"), F(type="CONSULT"), F(actor="Rusk", quad=4), F(place="VN"),
                               F(until="2031-03"), F(actor="nobody")])
def test_the_page_found_in_windows_is_the_page_of_all_events(store, monkeypatch, windows, f):
    monkeypatch.setattr(query, "NEWEST_WINDOWS", windows)
    run = lambda sql, p: store.con.execute(sql, p).fetchall()                       # noqa: E731
    sql, params = where(f)
    until = dt.date(2031, 3, 31) if f.until else None
    for limit, offset in ((5, 0), (20, 0), (10, 30), (50, 200), (7, 239)):
        assert query.newest(run, sql, params, limit=limit, offset=offset, until=until) == _all(store, f, limit, offset)


def test_the_cli_and_web_pages_come_newest_first(store):
    rows = query.events(store, F(actor="Ines"), limit=10)
    assert [(r["article_id"], r["idx"]) for r in rows] == _all(store, F(actor="Ines"), 10, 0)
    page = views.events(views.Reader(store.con), F(type="ASSAULT"), limit=10, offset=20)
    assert [(r["article_id"], r["idx"]) for r in page["rows"]] == _all(store, F(type="ASSAULT"), 10, 20)
    assert page["total"] == 120
    early = F(since="2031-02", until="2031-04-15")                     # the windows end at the filter's last day
    page = views.events(views.Reader(store.con), early, limit=5)
    assert [(r["article_id"], r["idx"]) for r in page["rows"]] == _all(store, early, 5, 0)
    assert [(r["article_id"], r["idx"]) for r in query.events(store, early, limit=5)] == _all(store, early, 5, 0)


def test_an_articles_page_found_by_its_days_is_the_page_of_one_offset_over_all(store):
    """views.articles_page picks the publication days that hold the page (undated articles last); any page, size,
    offset past the end, or a store of undated articles only, gives what one ORDER BY ... OFFSET gives."""
    db = views.Reader(store.con, summaries=False)
    days = views.article_days(db)
    assert days[-1][0] is None and sum(n for _, n in days) == 120 and len(days) > 20
    for limit in (1, 3, 7, 50, 200):
        for offset in list(range(0, 125, 1)) + [500]:
            want = [r[0] for r in store.con.execute(
                "SELECT id FROM articles ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?",
                [limit, offset]).fetchall()]
            got = views.articles_page(db, limit=limit, offset=offset)
            assert [r["id"] for r in got["rows"]] == want, (limit, offset)
            assert got["total"] == 120
    undated = Store.open(":memory:")
    undated.write_articles([(dataclasses.replace(report(n), published=None), "") for n in range(9)])
    udb = views.Reader(undated.con, summaries=False)
    assert [r["id"] for r in views.articles_page(udb, limit=4, offset=3)["rows"]] == ["r003", "r004", "r005", "r006"]
    assert views.articles_page(udb, limit=4, offset=9)["rows"] == []
    undated.close()
