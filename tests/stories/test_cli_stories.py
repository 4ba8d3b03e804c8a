"""`dateline stories`, and events, dyads and exports counting real-world events unless --mentions."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dateline.cli import main
from tests.stories.wire import lookalike, other, wire


@pytest.fixture()
def db(tmp_path):
    from dateline import stories
    from dateline.store import Store

    path = tmp_path / "s.duckdb"
    articles = [wire(), wire("paper-7", source="Daily Paper", headline="Fair gunman kills two", published="2031-09-15"),
                other(published="2031-09-15"), lookalike()]       # the reports a day after the wire story
    with Store.open(path) as store:
        store.write_articles([(a, "") for a in articles])
        stories.link(store, articles)
    return str(path)


def lines(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_stories_prints_one_line_per_article(db):
    rows = {r["id"]: r for r in lines("stories", "--db", db)}
    assert set(rows) == {"wire-1", "paper-7", "herald-1", "wire-2"}
    assert rows["paper-7"] == {"id": "paper-7", "cluster": "wire-1-0", "lead_event": 0, "copy_of": "wire-1"}
    assert rows["herald-1"]["cluster"] == "wire-1-0" and rows["wire-2"]["cluster"] == "wire-2-0"


def test_events_count_real_world_events_unless_mentions(db):
    clustered = lines("events", "--db", db, "--type", "ASSAULT", "--format", "json")
    reports = lines("events", "--db", db, "--type", "ASSAULT", "--mentions", "--format", "json")
    assert len(reports) == 4 and len(clustered) == 2
    shooting = [r for r in clustered if r["cluster_id"] == "wire-1-0"][0]
    assert (shooting["num_mentions"], shooting["num_articles"], shooting["num_stories"], shooting["num_sources"]) == \
        (3, 3, 2, 3)
    assert shooting["article_id"] == "wire-1" and "num_mentions" not in reports[0]


def test_plover_and_gdelt_write_one_record_per_cluster(db, tmp_path):
    CliRunner().invoke(main, ["export", "--db", db, "--format", "plover", "-o", str(tmp_path / "p")])
    objs = [json.loads(x) for x in (tmp_path / "p" / "events.plover.jsonl").read_text().splitlines()]
    shooting = [o for o in objs if o["id"] == "wire-1-0"][0]
    assert [c["article_id"] for c in shooting["citations"]] == ["wire-1", "herald-1", "paper-7"]   # earliest first
    assert shooting["num_articles"] == 3 and shooting["fatalities"] == 2
    CliRunner().invoke(main, ["export", "--db", db, "--format", "plover", "--mentions", "-o", str(tmp_path / "m")])
    assert len((tmp_path / "m" / "events.plover.jsonl").read_text().splitlines()) > len(objs)
    CliRunner().invoke(main, ["export", "--db", db, "--format", "gdelt", "-o", str(tmp_path / "g")])
    rows = (tmp_path / "g" / "events.gdelt.tsv").read_text().splitlines()
    head = rows[0].split("\t")
    counts = sorted(tuple(int(r.split("\t")[head.index(c)]) for c in ("NumMentions", "NumSources", "NumArticles"))
                    for r in rows[1:])
    assert (3, 3, 3) in counts and len(rows) - 1 == len(objs)
