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


@pytest.fixture(scope="module")
def csv_client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from dateline.store import Store
    from dateline.web import create_app

    path = tmp_path_factory.mktemp("csv") / "csv.duckdb"
    with Store.open(path) as store:
        store.write_articles([(make(), "tests/web") for make in (*STORIES, formula_story)])
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
