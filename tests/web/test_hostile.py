"""Every route with hostile and out-of-range values: a page or a 4xx with a message, never a 500 or a cut body;
security headers on every response; the Host allow-list; CSV cells that a spreadsheet would run kept inert."""
from __future__ import annotations

import csv
import io
from urllib.parse import quote

import pytest

HOSTILE = ["9223372036854775808", "-9223372036854775809", "1.5", "-1", "0", "abc", "nan", "inf", "1e309", "",
           " ", "%00", "\x00", "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"), "2015-13", "2015-02-30",
           "0000", "99999", "9999-12-31", "<script>", "' OR 1=1 --", "%", "_", "\\", "x" * 5000, "１２", "٣"]
QUERY_ROUTES = {
    "/articles": ["page", "per_page"],
    "/events": ["page", "per_page", "quad", "since", "until", "actor_id", "min_confidence", "actor", "type", "place"],
    "/events.csv": ["quad", "since", "until", "actor_id", "min_confidence", "actor", "source", "target"],
    "/api/events": ["limit", "offset", "quad", "since", "until", "actor_id", "min_confidence"],
    "/search": ["q"],
    "/api/search": ["q"],
    "/actors": ["page", "per_page", "q", "country", "sector"],
    "/api/actors": ["limit", "offset", "q", "country", "sector"],
    "/quotes": ["page", "per_page", "speaker", "q", "since", "until"],
    "/api/quotes": ["limit", "offset", "speaker", "q", "since", "until"],
}
PATH_ROUTES = ["/actors/{}", "/api/actors/{}", "/articles/{}", "/api/articles/{}"]


@pytest.fixture(scope="module")
def lenient(app):
    """A client that reports a server error as a 500 response instead of raising it."""
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False, base_url="http://127.0.0.1") as c:
        yield c


def _cases():
    for route, names in QUERY_ROUTES.items():
        for name in names:
            for value in HOSTILE:
                yield route, {name: value}


def test_query_values_never_give_a_server_error(lenient):
    bad = []
    for route, params in _cases():
        r = lenient.get(route, params=params)
        if r.status_code >= 500:
            bad.append((route, params, r.status_code))
        elif r.status_code >= 400:
            assert r.text.strip(), (route, params)                   # a message, not an empty body
    assert not bad, bad[:10]


def test_path_values_never_give_a_server_error(lenient):
    bad = []
    for route in PATH_ROUTES:
        for value in HOSTILE + ["..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a" * 3000]:
            r = lenient.get(route.format(quote(value, safe="%")))
            if r.status_code >= 500:
                bad.append((route, value[:30], r.status_code))
    assert not bad, bad[:10]


@pytest.mark.parametrize("url,field", [("/events?page=9223372036854775808", "page"), ("/events?page=1.5", "page"),
                                       ("/articles?per_page=0", "per_page"), ("/api/events?limit=100000", "limit"),
                                       ("/api/events?since=2015-13", "since"), ("/events?quad=5", "quad"),
                                       ("/actors/99999999999999999999999", "actor_id")])
def test_bad_values_say_which_parameter(lenient, url, field):
    r = lenient.get(url)
    assert r.status_code in (400, 404, 422), (url, r.status_code)
    assert field in r.text or r.status_code == 404


def test_csv_with_a_bad_filter_is_an_error_before_any_row(lenient):
    r = lenient.get("/events.csv", params={"since": "2015-13"})
    assert r.status_code == 400 and "since" in r.text


def test_security_headers_on_every_kind_of_response(client, lenient):
    for r in (client.get("/"), client.get("/api/overview"), client.get("/static/dateline.css"),
              lenient.get("/no-such-page"), lenient.get("/events?quad=9"), client.get("/docs")):
        h = r.headers
        assert h["x-frame-options"] == "DENY"
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] == "no-referrer"
        csp = h["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "'unsafe-inline'" not in csp.split("script-src", 1)[-1].split(";")[0]


def test_pages_have_no_inline_script(client):
    import re

    for url in ("/", "/articles", "/events", "/map", "/search?q=Lund", "/articles/nor-border-1", "/docs"):
        page = client.get(url).text
        for attrs, body in re.findall(r"<script([^>]*)>(.*?)</script>", page, re.S):
            if 'type="application/json"' in attrs:
                continue                                             # data, never run
            assert "src=" in attrs and not body.strip(), (url, body[:80])
        assert not re.search(r"<[^>]*\son[a-z]+\s*=", page), url      # no onclick= handlers in any tag


def test_unknown_host_is_refused(app):
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://evil.example") as c:
        r = c.get("/")
        assert r.status_code == 400 and "host" in r.text.lower()
    for host in ("localhost", "127.0.0.1", "localhost:8000", "127.0.0.1:8123"):
        with TestClient(app, base_url=f"http://{host}") as c:
            assert c.get("/api/overview").status_code == 200, host


def test_allowed_hosts_can_be_added(store_path):
    from fastapi.testclient import TestClient

    from dateline.web import create_app

    app = create_app(store_path, allow_hosts=["news.internal"])
    with TestClient(app, base_url="http://news.internal:8000") as c:
        assert c.get("/api/overview").status_code == 200
    with TestClient(app, base_url="http://other.internal") as c:
        assert c.get("/api/overview").status_code == 400


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised():
    from dateline.store.spreadsheet import csv_cell

    for value in ("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"):
        assert csv_cell(value).startswith("'"), value
    assert csv_cell("Oslo") == "Oslo" and csv_cell(None) is None and csv_cell(-3) == -3 and csv_cell(2.5) == 2.5


def test_csv_export_rows_are_neutralised(client):
    rows = list(csv.reader(io.StringIO(client.get("/events.csv").text)))
    for row in rows[1:]:
        for cell in row:
            assert not cell[:1] in ("=", "+", "@") and not (cell.startswith("-") and not _number(cell)), cell


def _number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


def test_events_csv_verbatim_writes_the_text_as_read(client):
    """`/events.csv?verbatim=1`: the same rows with every text as read (for pandas or R), the apostrophe left off."""
    from dateline.store.spreadsheet import csv_cell

    assert csv_cell("=1", verbatim=True) == "=1" and csv_cell("-", verbatim=False) == "-"
    safe = list(csv.reader(io.StringIO(client.get("/events.csv").text)))
    raw = list(csv.reader(io.StringIO(client.get("/events.csv?verbatim=1").text)))
    assert len(raw) == len(safe) > 1
    for a, b in zip(safe, raw):
        assert [x[1:] if x != y else x for x, y in zip(a, b)] == b
