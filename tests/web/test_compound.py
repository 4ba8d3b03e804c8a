"""A compound actor ('Chile and Argentina') counts for each member: in filters, on actor pages, in dyads."""
from __future__ import annotations

import pytest

from dateline.records import Actor, Article, Event, Mention, Participant, Span


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from dateline.store import Store
    from dateline.web import create_app

    text = "SANTIAGO (Wire) - Chile and Argentina signed a fishing pact with Uruguay on Monday.\n"
    both = (text.index("Chile"), text.index(" signed"))
    uru = (text.index("Uruguay"), text.index("Uruguay") + 7)
    sig = (text.index("signed"), text.index("signed") + 6)
    art = Article(
        id="pact", title=None, published="2020-02-03", published_from="input", dateline=None, truncated=False,
        actors=(Actor("K1", "Chile", "CHL", "GOV"), Actor("K2", "Argentina", "ARG", "GOV"),
                Actor("K3", "Chile and Argentina", None, None, mentions=(Mention(*both, text[both[0]:both[1]]),),
                      members=("K1", "K2")),
                Actor("K4", "Uruguay", "URY", "GOV", mentions=(Mention(*uru, "Uruguay"),))),
        events=(Event(type="AGREE", mode=None, quad=1, cameo="057", source=(Participant(*both, text[both[0]:both[1]], "K3"),),
                      target=(Participant(*uru, "Uruguay", "K4"),), trigger=Span(*sig, "signed"), negated=False,
                      hypothetical=False, date="2020-02-03", sentence={"start": 18, "end": len(text) - 1}),),
        text=text)
    path = tmp_path_factory.mktemp("compound") / "c.duckdb"
    with Store.open(path) as store:
        store.write_article(art)
    with TestClient(create_app(path)) as c:
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
