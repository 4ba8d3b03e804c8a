"""/events.csv: the download's bytes, whichever way its rows are read (by key for a small one, one joined query for a
large one), safe or verbatim."""
from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from dateline.records import Actor, Article, Place
from tests.helpers import event, mention, part
from tests.web.conftest import STORIES


def formula_story() -> Article:
    """Cells a spreadsheet would run (a title, a trigger, a name and a place starting with = + - @) and inert ones
    (a lone sign, a signed number)."""
    text = "=Talks\n\n-Voss met +Keller at @Harbour on Monday; -4 said the clerk, and - agreed.\n"
    events = (event(text, "met", "CONSULT", 1, cameo="040", source=[part(text, "-Voss", "V1")],
                    target=[part(text, "+Keller", "V2")], date="2019-09-02", place="H1"),
              event(text, "agreed", "AGREE", 1, cameo="057", source=[part(text, "-4")], date="2019-09-03"))
    return Article(
        id="=frm-1", title="=SUM(A1) talks", published="2019-09-02", published_from="input", dateline=None,
        truncated=False,
        actors=(Actor("V1", "-Voss", "DEU", "GOV", mentions=(mention(text, "-Voss"),)),
                Actor("V2", "+Keller", None, None, mentions=(mention(text, "+Keller"),))),
        events=events, places=(Place("H1", "@Harbour", "DE", None, 53.5, 10.0, "city",
                                     mentions=(mention(text, "@Harbour"),)),),
        text=text)


def crowded_story() -> Article:
    """An event with three sources out of alphabetical order (an actor with a code, one with an empty code, a
    participant no actor holds coded by its own words) and a target with no code at all."""
    text = "Zeller, Alba Moor and harbour police met Kestrin officials at Tollan on Friday.\n"
    police = dataclasses.replace(part(text, "harbour police"), code="RURCOP")
    events = (event(text, "met", "CONSULT", 1, cameo="040", date="2019-09-06",
                    source=[part(text, "Zeller", "Z1"), part(text, "Alba Moor", "Z2"), police],
                    target=[part(text, "Kestrin officials")]),)
    return Article(
        id="crowd-1", title="Harbour talks", published="2019-09-06", published_from="input", dateline=None,
        truncated=False,
        actors=(Actor("Z1", "Ida Zeller", "RUR", "GOV", mentions=(mention(text, "Zeller"),), code="RURGOV"),
                Actor("Z2", "Alba Moor", None, None, mentions=(mention(text, "Alba Moor"),), code="")),
        events=events, text=text)


@pytest.fixture(scope="module")
def csv_client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from dateline.store import Store
    from dateline.web import create_app

    path = tmp_path_factory.mktemp("csv") / "csv.duckdb"
    with Store.open(path) as store:
        store.write_articles([(make(), "tests/web") for make in (*STORIES, formula_story, crowded_story)])
        store.write_articles([(dataclasses.replace(formula_story(), id=f"frm-{n}"), "tests/web") for n in range(2, 5)])
    with TestClient(create_app(path), base_url="http://127.0.0.1") as c:
        yield c


def _as_before(rows: list[tuple], verbatim: bool) -> bytes:
    """The download as it was written before user49: the rows as read (verbatim cells), `csv_cell` on every cell in
    Python, row by row."""
    from dateline.store.spreadsheet import csv_cell
    from dateline.web.events import CSV_COLUMNS

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_COLUMNS)
    for r in rows:
        w.writerow([csv_cell(c, verbatim=verbatim) for c in r])
    return buf.getvalue().encode()


@pytest.mark.parametrize("joined", [False, True], ids=["by-key", "joined"])
@pytest.mark.parametrize("query,f,verbatim", [({}, {}, False), ({"verbatim": "1"}, {}, True),
                                              ({"min_confidence": "0"}, {"min_confidence": 0.0}, False),
                                              ({"type": "CONSULT", "verbatim": "1"}, {"type": "CONSULT"}, True)])
def test_the_csv_download_writes_the_same_bytes_as_before(csv_client, monkeypatch, joined, query, f, verbatim):
    """user49: rows fetched as tuples and made safe in SQL for a large download, written 500 at a time in chunks of a
    MiB: the bytes of each filter, safe or verbatim, equal those of the row-by-row writer over the verbatim rows."""
    from dateline import artefacts
    from dateline.store import views
    from dateline.store.filters import EventFilter

    if joined:
        monkeypatch.setattr(views, "_TABLE_BY_KEYS", -1)          # every download as one joined query (a large one)
    got = csv_client.get("/events.csv", params=query)
    assert got.status_code == 200
    f = {**f, "min_confidence": artefacts.floor_or_default(f.get("min_confidence"))}      # as the page reads it
    rows = views.events_table_cells(csv_client.app.state.reader, EventFilter(**f), verbatim=True)
    assert len(rows) >= 3
    assert got.content == _as_before(rows, verbatim)
    cells = [c for row in csv.reader(io.StringIO(got.text)) for c in row]
    assert ("=SUM(A1) talks" in cells) == verbatim and ("'=SUM(A1) talks" in cells) != verbatim


_STRING_AGG = """names AS (
            SELECT p.article_id, p.event_idx, p.role,
                   string_agg(coalesce(a.name, p.text), '; ' ORDER BY p.idx) AS names,
                   string_agg(coalesce(nullif(a.code, ''), p.code, '-'), '; ' ORDER BY p.idx) AS codes
            FROM {participants} p
            SEMI JOIN sel ON sel.article_id = p.article_id AND sel.idx = p.event_idx
            LEFT JOIN {actors} a ON a.article_id = p.article_id AND a.actor_id = p.actor_id
            GROUP BY ALL)"""


@pytest.mark.parametrize("query", [{}, {"verbatim": "1"}, {"type": "CONSULT"}])
def test_the_participants_joined_in_sql_give_the_bytes_of_the_ordered_string_agg(csv_client, monkeypatch, query):
    """user50: each side's participants are sorted once as a list instead of by two ordered string_agg (two thirds
    of the joined query's time). /events.csv read as one joined query gives the bytes it gave with string_agg, and
    those of the download read by key (names joined in Python); `dateline events` likewise."""
    from dateline.store import query as q, views

    def download(joined: bool, names: str = q.NAMES_CTE) -> bytes:
        real = views._events_joined
        monkeypatch.setattr(views, "_TABLE_BY_KEYS", -1 if joined else views._TABLE_BY_KEYS)
        monkeypatch.setattr(views, "_events_joined", lambda where: real(where).replace(q.NAMES_CTE, names))
        got = csv_client.get("/events.csv", params=query)
        monkeypatch.undo()
        assert got.status_code == 200
        return got.content

    assert q.NAMES_CTE in views._events_joined("")          # (the reference SQL does stand in for the new)
    assert q._NAMES.format(participants="pa", actors="ac") in q._EVENTS
    new = download(True)
    assert new == download(True, _STRING_AGG.format(participants="event_participants", actors="actors"))
    assert new == download(False)
    assert b"Ida Zeller; Alba Moor; harbour police" in new and b"RURGOV; -; RURCOP" in new

    def cli(names: str, by_keys: int) -> list[dict]:
        monkeypatch.setattr(q, "_EVENTS", q._EVENTS.replace(q._NAMES.format(participants="pa", actors="ac"),
                                                            names.format(participants="pa", actors="ac")))
        monkeypatch.setattr(q, "_BY_KEYS", by_keys)
        rows = q.events(csv_client.app.state.store, limit=1000)
        monkeypatch.undo()
        return rows

    rows = cli(q._NAMES, -1)
    assert rows == cli(_STRING_AGG, -1) == cli(q._NAMES, q._BY_KEYS)
    assert [(r["source"], r["source_code"], r["target_code"]) for r in rows if r["article_id"] == "crowd-1"] == \
        [("Ida Zeller; Alba Moor; harbour police", "RURGOV; -; RURCOP", "-")]
