"""A compound actor ('Chile and Argentina') counts for each member: in filters, on actor pages, in dyads."""
from __future__ import annotations

import pytest

from dateline.records import Actor, Article
from tests.helpers import event, mention, part


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from dateline.store import Store
    from dateline.web import create_app

    text = "SANTIAGO (Wire) - Chile and Argentina signed a fishing pact with Uruguay on Monday.\n"
    art = Article(
        id="pact", title=None, published="2020-02-03", published_from="input", dateline=None, truncated=False,
        actors=(Actor("K1", "Chile", "CHL", "GOV"), Actor("K2", "Argentina", "ARG", "GOV"),
                Actor("K3", "Chile and Argentina", None, None, mentions=(mention(text, "Chile and Argentina"),),
                      members=("K1", "K2")),
                Actor("K4", "Uruguay", "URY", "GOV", mentions=(mention(text, "Uruguay"),))),
        events=(event(text, "signed", "AGREE", 1, cameo="057", source=[part(text, "Chile and Argentina", "K3")],
                      target=[part(text, "Uruguay", "K4")], date="2020-02-03",
                      sentence="Chile and Argentina signed a fishing pact with Uruguay on Monday."),),
        text=text)
    path = tmp_path_factory.mktemp("compound") / "c.duckdb"
    with Store.open(path) as store:
        store.write_article(art)
    with TestClient(create_app(path), base_url="http://localhost") as c:
        yield c


def test_members_match_the_actor_filters(client):
    for query in ("actor=ARG", "source=Argentina", "source=CHLGOV", "target=URY"):
        assert client.get(f"/api/events?{query}").json()["total"] == 1, query
    assert client.get("/api/events?target=ARG").json()["total"] == 0


def test_a_member_has_the_event_on_its_page(client):
    argentina = next(a["id"] for a in client.get("/api/search?q=Argentina").json()["actors"] if a["name"] == "Argentina")
    data = client.get(f"/api/actors/{argentina}").json()
    assert data["actor"]["as_source"] == 1
    assert ("Argentina", "Uruguay") in {(d["source_name"], d["target_name"]) for d in data["dyads"]}
