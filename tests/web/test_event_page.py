"""The event page (/clusters/{id}) and the overview's counts over a store of linked invented reports."""
from __future__ import annotations

import dataclasses

import pytest

from tests.stories.wire import lookalike, other, wire


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    from fastapi.testclient import TestClient

    from dateline import stories
    from dateline.store import Store
    from dateline.web import create_app

    path = tmp_path_factory.mktemp("clusters") / "c.duckdb"
    hostile = dataclasses.replace(other(published="2031-09-15"), title="<script>alert(1)</script>")
    with Store.open(path) as store:                  # (the reports a day after the wire story: linked after it)
        articles = [wire(), wire("paper-7", source="Daily Paper", headline="Fair gunman kills two",
                                 published="2031-09-15"), hostile, lookalike()]
        store.write_articles([(a, "") for a in articles])
        stories.link(store, articles)
    with TestClient(create_app(path), base_url="http://127.0.0.1") as client:
        yield client


def test_the_event_page_lists_every_article_that_reported_it(linked):
    page = linked.get("/clusters/wire-1-0")
    assert page.status_code == 200
    for article in ("wire-1", "paper-7", "herald-1"):
        assert f"/articles/{article}#ev-0" in page.text
    assert "wire-2" not in page.text
    assert "copy of wire-1" in page.text and "same town Marrowby" in page.text
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;" in page.text


def test_the_api_gives_the_cluster_and_its_mentions(linked):
    data = linked.get("/api/clusters/wire-1-0").json()
    assert data["cluster"]["num_articles"] == 3 and data["cluster"]["num_stories"] == 2
    assert sorted(m["article_id"] for m in data["mentions"]) == ["herald-1", "paper-7", "wire-1"]
    assert linked.get("/api/clusters/nothing-0").status_code == 404
    assert linked.get("/clusters/nothing-0").status_code == 404


def test_the_overview_counts_events_and_reports(linked):
    counts = linked.get("/api/overview").json()["counts"]
    # stored: 3 events in each wire copy, 1 in the other report, 1 in the look-alike; counted (asserted, at the
    # floor): all but the two hypothetical ones; real-world events counted: the shooting, the arrest, the look-alike
    assert counts["stored"] == 8 and counts["reports"] == 6 and counts["events"] == 3


def test_event_rows_link_to_their_event(linked):
    page = linked.get("/events")
    assert 'href="/clusters/wire-1-0"' in page.text and "3 reports in 3 articles" in page.text


def test_the_event_page_of_an_article_read_from_a_folder_answers(tmp_path):
    """An article read from a folder has its path in its id (`txt/wire-1`), and so has its event cluster
    (`txt/wire-1-0`): user47 found every such event page answering 404 (the route took one path segment), from the
    events page's links and from the API."""
    from fastapi.testclient import TestClient

    from dateline import stories
    from dateline.store import Store
    from dateline.web import create_app

    path = tmp_path / "f.duckdb"
    article = dataclasses.replace(wire(), id="txt/wire-1")
    with Store.open(path) as store:
        store.write_articles([(article, "")])
        stories.link(store, [article])
    with TestClient(create_app(path), base_url="http://127.0.0.1") as client:
        link = 'href="/clusters/txt/wire-1-0"'
        assert link in client.get("/events").text
        for url in ("/clusters/txt/wire-1-0", "/clusters/txt%2Fwire-1-0", "/api/clusters/txt/wire-1-0"):
            answer = client.get(url)
            assert answer.status_code == 200 and "txt/wire-1" in answer.text, url
        assert client.get("/clusters/txt/nothing-0").status_code == 404
