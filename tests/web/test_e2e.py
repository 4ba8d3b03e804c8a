"""End-to-end: `dateline serve` on 127.0.0.1, every page loaded in real headless Chromium, screenshots saved.

Skipped when Debian's chromium (/usr/bin/chromium) or Playwright is not here; nothing is fetched at run time.
Screenshots go to test-artifacts/web/ (gitignored) for a person to look at.
"""
from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.helpers import free_port

CHROMIUM = os.environ.get("DATELINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = pathlib.Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
pytestmark = pytest.mark.browser

if not pathlib.Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (make test-setup installs Debian's package)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


def _start(store_path) -> tuple[subprocess.Popen, str, str]:
    """One try at `dateline serve` on a free port: (process, base URL, '' or why it did not answer)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from dateline.cli import main; main()", "serve",
                             "--db", str(store_path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/api/overview", timeout=2).read()
            return proc, base, ""
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                return proc, base, proc.stderr.read().decode(errors="replace")
            time.sleep(0.2)


@pytest.fixture(scope="module")
def server(store_path):
    """`dateline serve --db STORE --port FREE` in a child process; its base URL once it answers.

    Tried three times: another program on this shared machine may take the free port before the server binds it.
    """
    errors = []
    for _ in range(3):
        proc, base, error = _start(store_path)
        if not error:
            break
        errors.append(error)
    else:
        pytest.fail("server did not start: " + " | ".join(errors))
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except sync_api.Error as exc:              # installed but cannot start here (missing libraries...)
            pytest.skip(f"chromium does not start: {exc.message.splitlines()[0]}")
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A fresh page that fails the test on any JavaScript error and on any request leaving 127.0.0.1."""
    ctx = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    outside: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("request", lambda req: outside.append(req.url)
          if not req.url.startswith(server) and not req.url.startswith("data:") else None)
    pg.base = server
    yield pg
    ctx.close()
    assert not errors, f"JavaScript errors: {errors}"
    assert not outside, f"requests outside the server: {outside}"


def shot(pg, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_overview_draws_the_timeline_chart(page):
    page.goto(page.base + "/")
    page.wait_for_function("window.Chart && Chart.getChart('timeline') !== undefined")
    bars = page.evaluate("Chart.getChart('timeline').data.datasets.map(d => d.data.reduce((a, b) => a + b, 0))")
    assert sum(bars) == 11                       # every dated event counted (not the hypothetical aid), by quad
    assert page.locator("text=Top dyads").count() == 1
    shot(page, "overview")


def test_event_link_scrolls_to_and_highlights_its_evidence(page):
    page.goto(page.base + "/articles/nor-border-1")
    page.locator("#events a.evidence").first.click()
    page.wait_for_function("location.hash === '#ev-0'")
    focused = page.locator("#article-text .focus")
    assert focused.count() >= 2                  # the trigger, its sentence and participants
    assert page.locator("#ev-0").inner_text() == "accused"
    assert "focus" in page.locator("#ev-0").get_attribute("class")
    assert page.evaluate("(() => { const r = document.getElementById('ev-0').getBoundingClientRect();"
                         " return r.top >= 0 && r.bottom <= innerHeight; })()")
    shot(page, "article")


def test_clicking_a_quote_shows_its_speaker(page):
    page.goto(page.base + "/articles/nor-border-1")
    page.locator("#q-0").click()
    assert "focus" in page.locator("#sp-0").get_attribute("class")


def test_script_in_a_title_shows_as_text(page):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(page.base + "/articles/per-script-2")
    assert page.locator("h1").inner_text().startswith("<script>alert(1)</script>")
    page.goto(page.base + "/search?q=script")
    page.goto(page.base + "/")
    assert dialogs == []
    assert page.locator("#article-text img").count() == 0


def test_events_page_from_row_to_evidence(page):
    page.goto(page.base + "/events?quad=4&min_confidence=0")      # its one event is unsure (0.4)
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 1
    shot(page, "events")
    rows.first.locator("a.evidence").click()
    page.wait_for_url("**/articles/nor-border-1#ev-1")
    assert page.locator("#ev-1").inner_text() == "killed"
    assert "focus" in page.locator("#ev-1").get_attribute("class")


def test_actor_page_draws_timeline_and_network(page, gid):
    page.goto(page.base + f"/actors/{gid('Ada Lund')}")
    page.wait_for_selector("#network svg circle")
    assert page.locator("#network svg .node").count() == 2        # Lund and Sweden
    assert page.evaluate("Chart.getChart('actor-timeline').data.datasets.length") == 8
    shot(page, "actor")


def test_map_draws_country_outlines_and_places(page):
    page.goto(page.base + "/map")
    page.wait_for_selector("#map[data-ready='1']")
    assert page.locator("#map path.country").count() > 200
    assert page.locator("#map circle.dot").count() == 3           # Oslo, Halden, Santiago
    shot(page, "map")


def test_docs_load_offline(page):
    page.goto(page.base + "/docs")
    page.wait_for_selector('.opblock-summary-path[data-path="/api/events"]')
    shot(page, "docs")


def test_a_bar_of_the_timeline_opens_its_events(page):
    page.goto(page.base + "/")
    page.wait_for_function("window.Chart && Chart.getChart('timeline') !== undefined")
    # the material-conflict bar of 2019-06-04: its pixel position from the chart itself
    x, y = page.evaluate("""(() => { const c = Chart.getChart('timeline'); const m = c.getDatasetMeta(3).data[0];
                            const r = c.canvas.getBoundingClientRect(); return [r.left + m.x, r.top + (m.y + m.base) / 2]; })()""")
    page.mouse.click(x, y)
    page.wait_for_url("**/events?**")
    assert "quad=4" in page.url and "since=2019-06-04" in page.url
    assert page.locator("#events-table tbody tr").count() == 1


def test_a_dot_of_the_map_opens_its_events(page):
    page.goto(page.base + "/map")
    page.wait_for_selector("#map[data-ready='1']")
    # Santiago's dot: the largest (7 events); its list is those 7 events, by the whole name and the country
    box = page.evaluate("""(() => { const ds = [...document.querySelectorAll('#map circle.dot')];
                           const d = ds.reduce((a, b) => (+a.getAttribute('r') >= +b.getAttribute('r') ? a : b));
                           const r = d.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()""")
    page.mouse.click(*box)
    page.wait_for_url("**/events?**")
    assert "place=Santiago" in page.url and "place_exact=1" in page.url and "place_country=CL" in page.url
    assert page.locator("#events-table tbody tr").count() == 7
