"""Routes through FastAPI's TestClient on a store of invented stories: status, escaping, filters, CSV, pages, JSON."""
from __future__ import annotations

import csv
import html as h
import hashlib
import io
import re

import pytest

from dateline.web.highlight import Mark, render  # noqa: F401  (imported so a broken module fails here too)


def html(client, url: str, status: int = 200) -> str:
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:500])
    return r.text


def event_rows(page: str) -> list[str]:
    body = page.split('<tbody>', 1)[1].split('</tbody>', 1)[0]
    return [row for row in re.findall(r"<tr>(.*?)</tr>", body, re.S) if "No events match" not in row]


# ---------------------------------------------------------------- every page answers
@pytest.mark.parametrize("url", ["/", "/articles", "/events", "/map", "/search?q=Lund", "/search", "/articles/nor-border-1",
                                 "/articles/talks%2F3", "/docs", "/openapi.json", "/events.csv", "/api/events",
                                 "/api/overview", "/api/places", "/api/search?q=Peru", "/api/articles/nor-border-1"])
def test_pages_answer(client, url):
    assert client.get(url).status_code == 200


def test_missing_things_are_404(client):
    assert "no article" in html(client, "/articles/not-there", 404)
    assert client.get("/api/articles/not-there").json()["detail"].startswith("no article")
    assert client.get("/actors/99999").status_code == 404
    assert client.get("/api/actors/99999").status_code == 404


# ---------------------------------------------------------------- escaping
def test_markup_in_a_title_is_shown_as_text(client):
    for url in ("/articles/per-script-2", "/", "/search?q=script", "/events?type=REJECT"):
        page = html(client, url)
        assert "<script>alert(1)" not in page, url
        assert "<b>bold</b>" not in page, url
    page = html(client, "/articles/per-script-2")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; claims" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(2)&gt;" in page


def test_search_words_are_escaped(client):
    page = html(client, "/search?q=%3Cscript%3Ealert(3)%3C/script%3E")
    assert "<script>alert(3)" not in page and "&lt;script&gt;alert(3)" in page


def test_embedded_json_cannot_close_its_script_tag(client):
    page = html(client, "/")
    data = page.split('id="timeline-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data


# ---------------------------------------------------------------- the article page
def test_article_highlights_spans_with_anchors(client):
    page = html(client, "/articles/nor-border-1")
    assert re.search(r'<span class="hl trigger tq-3" data-k="ev-0" id="ev-0" title="ACCUSE / CAMEO 112">accused</span>', page)
    assert re.search(r'class="hl date" data-k="d-0" id="d-0" title="2019-06-04 \(DATE\)">Tuesday<', page)
    assert re.search(r'class="hl actor sec-GOV" data-k="a-A2" id="a-A2-0" title="Sweden \[SWE GOV\]" data-href="/actors/\d+">(<span[^>]*>)?Sweden<', page)
    assert re.search(r'class="hl quote" data-k="q-0" id="q-0" title="said by Ada Lund" data-speaker="sp-0"', page)
    assert 'id="sp-0"' in page and 'class="hl place"' in page and 'class="hl casualty"' in page
    assert 'class="dateline"' in page and 'class="caption"' in page and 'class="credit"' in page
    assert page.count('class="title"') == 1 and page.count('class="title-copy"') == 1


def test_article_events_read_as_sentences(client):
    page = html(client, "/articles/nor-border-1")
    side = page.split('<ol id="events">', 1)[1].split("</ol>", 1)[0]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", side))
    assert "Norway (GOV) Q3 ACCUSE Sweden (GOV) — “…Minister Ada Lund on Tuesday accused Sweden of sending troops" in text
    assert "— 2019-06-04, Oslo" in text
    assert "Sweden (MIL) Q4 ASSAULT —" in text and "dead 14" in text
    assert "hypothetical" in text                       # the AID that was only promised
    assert 'href="#ev-0"' in side and 'href="#ev-3"' in side


def test_article_shows_layout_and_quotes(client):
    page = html(client, "/articles/nor-border-1")
    assert "from the dateline" in page and "KARI STRAND" in page
    assert "“Both sides were warned”" in page            # own quote marks and comma dropped in the list
    truncated = html(client, "/articles/per-script-2")
    assert "the text ends mid-sentence" in truncated


def test_article_text_is_the_input_exactly(client):
    """Stripping the markup from the highlighted text gives the article's text back, character for character."""
    import html as h

    page = html(client, "/articles/nor-border-1")
    body = page.split('id="article-text">', 1)[1].split("</div>", 1)[0]
    api = client.get("/api/articles/nor-border-1").json()
    assert h.unescape(re.sub(r"<[^>]+>", "", body)) == api["text"]


# ---------------------------------------------------------------- events: filters, pages, CSV
@pytest.mark.parametrize("query, n", [
    ("", 12), ("quad=4", 1), ("type=consult", 8), ("actor=NOR", 2), ("actor=Lund", 2), ("source=Chile", 7),
    ("target=PER", 8), ("since=2019-08-02&until=2019-08-04", 3), ("until=2019-06", 4), ("since=2019-07", 8),
    ("place=Halden", 1), ("place=CL", 7), ("source=Sweden&target=NOR", 1), ("quad=&type=&actor=", 12),
    ("min_confidence=0.5", 11), ("min_confidence=0.95", 10), ("min_confidence=", 12),  # not scored: kept
    ("asserted_only=1", 11), ("asserted_only=true", 11), ("asserted_only=0", 12),        # the AID only promised
    ("asserted_only=1&source=Sweden", 1),
    ("place=osl", 2), ("place=osl&place_exact=1", 0), ("place=oslo&place_exact=1", 2), ("place=NO&place_exact=1", 0),
    ("place_country=no", 3), ("place=Oslo&place_exact=1&place_country=CL", 0),
    ("place=Santiago&place_exact=1&place_country=CL", 7),
])
def test_event_filters(client, query, n):
    assert client.get(f"/api/events?{query}").json()["total"] == n
    page = html(client, f"/events?{query}&per_page=100")
    assert len(event_rows(page)) == n


def test_coded_only_lists_the_events_the_cli_and_the_exports_keep(client, store_path):
    """`coded_only=1` (a checkbox of the events form) chooses the events `dateline events --coded-only` and the
    exports' --coded-only choose: the web had no such filter (user47), so its CSV could not match a coded export."""
    from dateline.store import Store
    from dateline.store.filters import EventFilter
    from dateline.store.query import events

    with Store.open(store_path, read_only=True) as store:
        every = events(store, EventFilter(min_confidence=0.0), limit=None, by_cluster=False)
        coded = events(store, EventFilter(min_confidence=0.0, coded_only=True), limit=None, by_cluster=False)
    assert 0 < len(coded) < len(every)
    rows = client.get("/api/events?coded_only=1&min_confidence=0&limit=500").json()["rows"]
    assert sorted((r["article_id"], r["idx"]) for r in rows) == sorted((r["article_id"], r["idx"]) for r in coded)
    page = html(client, "/events?coded_only=1&min_confidence=0&per_page=100")
    assert len(event_rows(page)) == len(coded) and 'name="coded_only" value="1" checked' in page
    assert client.get("/api/events?coded_only=maybe").status_code == 400


def test_event_rows_carry_confidence(client):
    rows = client.get("/api/events?min_confidence=0.5&limit=100").json()["rows"]
    assert [r["confidence"] for r in rows if r["confidence"] is not None] == [0.9]
    assert "confidence" in client.get("/events.csv?min_confidence=0.5").text.splitlines()[0].split(",")
    assert 'name="min_confidence" value="0.5"' in html(client, "/events?min_confidence=0.5")


def test_event_filter_by_global_actor(client, gid):
    assert client.get(f"/api/events?actor_id={gid('Ada Lund')}").json()["total"] == 2


def test_summary_links_list_the_events_they_count(client, gid):
    """The actor page's event count links to the asserted events of the actor, and that list is as long."""
    sweden = gid("Sweden")
    page = html(client, f"/actors/{sweden}")
    assert f'href="/events?actor_id={sweden}&amp;asserted_only=1"' in page
    counted = client.get(f"/api/actors/{sweden}").json()["actor"]
    listed = client.get(f"/api/events?actor_id={sweden}&asserted_only=1").json()["total"]
    assert counted["as_source"] + counted["as_target"] == listed == 2       # not the hypothetical aid
    assert client.get(f"/api/events?actor_id={sweden}").json()["total"] == 3
    assert 'name="asserted_only" value="1" checked' in html(client, "/events?asserted_only=1")


@pytest.mark.parametrize("query", ["quad=7", "quad=x", "since=yesterday", "until=2019-13", "min_confidence=2", "min_confidence=nan",
                                   "min_confidence=x", "asserted_only=maybe", "place_exact=2"])
def test_bad_filters_are_400(client, query):
    assert client.get(f"/api/events?{query}").status_code == 400
    assert client.get(f"/events?{query}").status_code == 400


def test_events_rows_link_to_their_evidence(client):
    page = html(client, "/events?quad=4")
    assert 'href="/articles/nor-border-1#ev-1"' in page
    page = html(client, "/events?place=Santiago&per_page=1")
    assert 'href="/articles/talks%2F3#ev-6"' in page    # newest first; the slash in the id is quoted


def test_events_pagination_keeps_filters_and_covers_every_row(client):
    seen = []
    for page_no in range(1, 4):
        page = html(client, f"/events?type=CONSULT&per_page=3&page={page_no}")
        seen += re.findall(r'class="evidence" href="([^"]+)"', page)
        assert f"page {page_no} of 3" in page
    assert len(seen) == 8 and len(set(seen)) == 8
    first = html(client, "/events?type=CONSULT&per_page=3")
    nxt = re.search(r'rel="next" href="/events\?([^"]+)"', first).group(1).split("&amp;")
    assert {"type=CONSULT", "per_page=3", "page=2"} <= set(nxt)       # and the default confidence floor, if any
    assert 'rel="prev"' not in first
    last = html(client, "/events?type=CONSULT&per_page=3&page=3")
    assert 'rel="next"' not in last and 'rel="prev"' in last


def test_api_events_pagination(client):
    a = client.get("/api/events?limit=5&offset=0").json()
    b = client.get("/api/events?limit=5&offset=5").json()
    c = client.get("/api/events?limit=5&offset=10").json()
    keys = [(r["article_id"], r["idx"]) for page in (a, b, c) for r in page["rows"]]
    assert a["total"] == 12 and len(keys) == 12 and len(set(keys)) == 12
    assert client.get("/api/events?limit=100000").status_code == 422


def test_csv_download_has_the_filtered_rows(client):
    r = client.get("/events.csv?source=Chile&since=2019-08-05")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 3
    assert {x["type"] for x in rows} == {"CONSULT"} and {x["source_codes"] for x in rows} == {"CHLGOV"}
    assert all(x["place"] == "Santiago" for x in rows)
    page = html(client, "/events?source=Chile&since=2019-08-05")
    assert 'href="/events.csv?source=Chile&amp;since=2019-08-05' in page       # (then the default floor, if any)


def test_csv_offsets_point_into_the_text(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/events.csv?quad=3").text)))
    for row in rows:
        text = client.get(f"/api/articles/{row['article_id']}").json()["text"]
        assert text[int(row["trigger_start"]):int(row["trigger_end"])] == row["trigger_text"]


# ---------------------------------------------------------------- JSON API
def test_api_event_rows_carry_participants_and_evidence(client):
    rows = client.get("/api/events?type=ACCUSE").json()["rows"]
    (row,) = rows
    assert row["source"][0]["name"] == "Ada Lund" and row["source"][0]["code"] == "NORGOV"
    assert row["target"][0]["name"] == "Sweden"
    assert row["place"] == "Oslo" and row["day"] == "2019-06-04"
    assert row["trigger_text"] == "accused" and "accused Sweden" in row["sentence"]


def test_api_article_offsets_point_into_its_text(client):
    data = client.get("/api/articles/nor-border-1").json()
    text, rec = data["text"], data["record"]
    for q in rec["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    for e in rec["events"]:
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
    assert set(data["actor_global_ids"]) == {"A1", "A2", "A3"}
    assert client.get("/api/articles/talks%2F3").json()["id"] == "talks/3"


def test_openapi_lists_the_api_with_its_filters(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/articles/{article_id}", "/api/actors/{actor_id}", "/api/places"} <= set(spec["paths"])
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "source", "target", "type", "quad", "since", "until", "place", "limit", "offset"} <= params
    assert not any(path.startswith("/articles") or path == "/" for path in spec["paths"])
    event = spec["components"]["schemas"]["EventOut"]["properties"]
    assert {"trigger_start", "trigger_end", "sentence_start", "source", "target", "quad", "article_id"} <= set(event)


def test_docs_use_vendored_swagger_ui(client):
    page = html(client, "/docs")
    assert "/static/vendor/swagger-ui-5.35.0/swagger-ui-bundle.js" in page
    assert "cdn" not in page and "https://" not in page
    assert client.get("/static/vendor/swagger-ui-5.35.0/swagger-ui-bundle.js").status_code == 200


# ---------------------------------------------------------------- overview, actor, map, search
def test_overview_counts_and_tables(client):
    data = client.get("/api/overview").json()
    # 12 stored events; the AID only promised (hypothetical) is not counted
    assert data["counts"]["articles"] == 3 and data["counts"]["events"] == 11 and data["counts"]["killed"] == 14
    assert data["counts"]["stored"] == 12 and data["counts"]["reports"] == 11
    assert data["timeline"]["unit"] == "day"
    assert data["timeline"]["labels"][0] == "2019-06-04" and data["timeline"]["labels"][-1] == "2019-08-07"
    assert len(data["timeline"]["labels"]) == 65                # every day in between, none skipped
    assert sum(sum(v) for v in data["timeline"]["series"].values()) == 11
    assert data["top_dyads"][0]["source_name"] == "Chile" and data["top_dyads"][0]["events"] == 7
    assert [a["id"] for a in data["latest"]] == ["talks/3", "per-script-2", "nor-border-1"]


def test_actor_page(client, gid):
    lund = gid("Ada Lund")
    page = html(client, f"/actors/{lund}")
    assert "Norway (GOV)" in page and "foreign minister" in page
    data = client.get(f"/api/actors/{lund}").json()
    assert data["actor"]["as_source"] == 1 and data["actor"]["as_target"] == 1
    assert sum(data["timeline"]["source"]["series"]["3"]) == 1 and sum(data["timeline"]["target"]["series"]["1"]) == 1
    assert [q["text"] for q in data["quotes"]] == ['"Both sides were warned,"', '"We will not accept this."']
    assert {(d["source_name"], d["target_name"]) for d in data["dyads"]} == {("Ada Lund", "Sweden"), ("Sweden", "Ada Lund")}
    assert {n["name"] for n in data["network"]["nodes"]} == {"Ada Lund", "Sweden"}


def test_map_data(client):
    places = {p["name"]: p for p in client.get("/api/places").json()}
    assert set(places) == {"Oslo", "Halden", "Santiago"}
    assert places["Santiago"]["events"] == 7 and places["Halden"]["dead"] == 14
    page = html(client, "/map")
    links = dict((h.unescape(name), h.unescape(href)) for href, name in re.findall(r'<a href="/events\?([^"]+)">([^<]+)</a>', page))
    assert set(links) == set(places)
    for name, query in links.items():       # each place's link lists the events its row counts, no other place's
        assert "place_exact=1" in query and client.get(f"/api/events?{query}").json()["total"] == places[name]["events"]
    assert "/static/vendor/world-atlas-2.0.2-countries-50m.json" in page
    assert client.get("/static/vendor/world-atlas-2.0.2-countries-50m.json").status_code == 200


def test_search_finds_articles_actors_quotes(client):
    data = client.get("/api/search?q=lund").json()
    assert [a["name"] for a in data["actors"]] == ["Ada Lund"]
    assert {q["speaker_name"] for q in data["quotes"]} == set()  # no quote contains 'lund'
    assert [a["id"] for a in data["articles"]] == ["nor-border-1"]
    data = client.get("/api/search?q=warned").json()
    assert data["quotes"][0]["speaker_name"] == "Ada Lund"
    assert "Ada Lund" in html(client, "/search?q=warned")


def test_no_page_loads_anything_from_outside(client):
    for url in ("/", "/events", "/map", "/articles/nor-border-1", "/search?q=x", "/docs"):
        page = html(client, url)
        assert not re.search(r'(src|href)="(https?:)?//', page), url


# ---------------------------------------------------------------- read-only
def test_the_app_only_reads(client, app, store_path):
    before = hashlib.sha256(store_path.read_bytes()).hexdigest()
    for url in ("/", "/events", "/events.csv", "/map", "/articles/nor-border-1", "/api/events", "/search?q=a"):
        client.get(url)
    methods = {m for r in app.routes for m in getattr(r, "methods", ()) or ()}
    assert methods <= {"GET", "HEAD"}
    assert client.post("/api/events").status_code == 405
    assert app.state.store.read_only
    import duckdb

    with pytest.raises(duckdb.Error):
        app.state.store.con.execute("DELETE FROM events")
    assert hashlib.sha256(store_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("filters", [
    {}, {"actor": "NOR"}, {"actor": "lund"}, {"source": "CHL"}, {"target": "PERGOV"}, {"actor": "MIL"},
    {"type": "accuse"}, {"quad": 1}, {"since": "2019-08-03", "until": "2019-08-05"}, {"place": "no"},
    {"actor": " Lund "}, {"actor": "%"}, {"since": "2019-08", "until": "2019"},
])
def test_filters_agree_with_dateline_events(client, app, filters):
    """The web's filters select the same events as `dateline events` (store/query.py) on the same store."""
    from dateline.store.filters import EventFilter
    from dateline.store.query import events as cli_events

    web = client.get("/api/events", params={**filters, "limit": 500}).json()["rows"]
    cli = cli_events(app.state.store, EventFilter(**filters), limit=None)
    assert sorted((r["article_id"], r["idx"]) for r in web) == sorted((r["article_id"], r["idx"]) for r in cli)


def test_articles_index_pages_through_every_article(client):
    page = html(client, "/articles?per_page=2")
    assert "page 1 of 2" in page and 'href="/articles/talks%2F3"' in page and 'href="/articles/per-script-2"' in page
    assert "&lt;script&gt;" in page and "<script>alert" not in page
    last = html(client, "/articles?per_page=2&page=2")
    assert 'href="/articles/nor-border-1"' in last and "talks%2F3" not in last
    rows = re.findall(r"<tr><td class=\"small\">.*?</tr>", html(client, "/articles"), re.S)
    assert len(rows) == 3 and '<td class="num">4</td><td class="num">2</td>' in rows[2]   # 4 events, 2 quotes


def test_events_page_applies_the_default_floor_and_zero_shows_all(client, monkeypatch):
    from dateline import artefacts

    monkeypatch.setattr(artefacts, "confidence_floor", lambda: 0.5)
    monkeypatch.setattr(artefacts, "type_floors", dict)
    assert client.get("/api/events?limit=100").json()["total"] == 11          # the 0.4 event is under the floor
    assert client.get("/api/events?min_confidence=0&limit=100").json()["total"] == 12
    assert 'name="min_confidence" value="0.5"' in html(client, "/events")


def test_events_page_with_floors_by_type(client, monkeypatch):
    from dateline import artefacts

    every = client.get("/api/events?min_confidence=0&limit=100").json()
    rows = every["rows"]
    typed = next(r["type"] for r in rows if r.get("confidence") is not None)
    monkeypatch.setattr(artefacts, "confidence_floor", lambda: 0.0)
    monkeypatch.setattr(artefacts, "type_floors", lambda: {typed: 1.0})
    kept = sum(1 for r in rows if r["type"] != typed or r.get("confidence") is None or r["confidence"] >= 1.0)
    assert client.get("/api/events?limit=100").json()["total"] == kept < every["total"]
    page = html(client, "/events")
    assert 'name="min_confidence" value=""' in page and 'placeholder="by type"' in page
    assert "min_confidence" not in client.get("/api/events?limit=100").json()["filters"]     # the default: implicit


# ---------------------------------------------------------------- the actors and quotes lists (user52: both 404)
def _rows(page: str, table: str) -> list[str]:
    body = page.split(f'<table id="{table}">', 1)[1].split('</tbody>', 1)[0]
    return [row for row in re.findall(r"<tr>(.*?)</tr>", body, re.S) if "match." not in row and "<th>" not in row]


def test_the_actors_list_pages_and_filters_every_actor(client, gid):
    every = client.get("/api/actors?limit=500").json()
    assert every["total"] == len(every["rows"]) and "Ada Lund" in {a["name"] for a in every["rows"]}
    paged = [a["id"] for off in range(0, every["total"], 2)
             for a in client.get(f"/api/actors?limit=2&offset={off}").json()["rows"]]
    assert paged == [a["id"] for a in every["rows"]]                  # pages cover every actor once, in order
    assert [a["name"] for a in client.get("/api/actors?q=lUND").json()["rows"]] == ["Ada Lund"]
    swe = client.get("/api/actors?country=swe").json()["rows"]
    assert swe and {a["country"] for a in swe} == {"SWE"}
    assert {a["sector"] for a in client.get("/api/actors?country=SWE&sector=mil").json()["rows"]} == {"MIL"}
    page = html(client, "/actors?q=lund")
    assert f'<a href="/actors/{gid("Ada Lund")}">Ada Lund</a>' in page and len(_rows(page, "actors-table")) == 1
    first = html(client, "/actors?per_page=1&country=SWE")
    assert 'rel="next"' in first and "country=SWE" in first.split('rel="next"', 1)[1].split(">", 1)[0]
    assert "No actors match." in html(client, "/actors?q=nobody-of-that-name")


def test_the_quotes_list_links_each_quote_to_its_place_and_escapes_text(client, gid):
    data = client.get("/api/quotes?speaker=lund").json()
    assert [q["text"] for q in data["rows"]] == ['"Both sides were warned,"', '"We will not accept this."']
    assert {q["global_id"] for q in data["rows"]} == {gid("Ada Lund")}
    page = html(client, "/quotes?speaker=Lund")
    assert 'href="/articles/nor-border-1#q-0"' in page and f'href="/actors/{gid("Ada Lund")}"' in page
    assert len(_rows(page, "quotes-table")) == 2
    every = html(client, "/quotes")
    assert "<img src=x" not in every and "&lt;img src=x onerror=alert(2)&gt;" in every     # markup shown as text
    assert client.get("/api/quotes?q=warned").json()["total"] == 1
    assert client.get("/api/quotes?until=2019-06-03").json()["total"] == 0
    assert client.get("/api/quotes?since=2019-06").json()["total"] == client.get("/api/quotes").json()["total"]
    r = client.get("/quotes?since=2019-13")
    assert r.status_code == 400 and "since" in r.text


@pytest.mark.parametrize("url", ["/actors", "/quotes", "/api/actors", "/api/quotes"])
def test_the_bare_actors_and_quotes_paths_answer(client, url):
    assert client.get(url).status_code == 200
