"""The store commands through the CLI runner (results checked through the library), and docs/cli.md coverage."""
from __future__ import annotations

import csv
import io
import json
import pathlib

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.store import Store

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture
def db(stories_db):
    """A store file with hand-made articles (the same as tests/store)."""
    return stories_db


def invoke(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result


def test_stats_json(db):
    result = invoke("stats", "--db", db, "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert {"articles", "events", "quotes", "actors", "places"} <= set(data) and data["articles"] == 3


def test_events_filters_and_formats(db):
    result = invoke("events", "--db", db, "--type", "ASSAULT", "--format", "json")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["article_id"], r["dead"]) for r in rows] == [("rur-shelling", 4)]
    result = invoke("events", "--db", db, "--source", "GFK", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert sorted(r["idx"] for r in rows) == ["1", "2"]
    table = invoke("events", "--db", db, "--quad", "4").output.splitlines()
    assert table[0].split()[:3] == ["day", "type", "quad"] and len(table) == 3


def test_quotes_and_dyads(db):
    rows = [json.loads(x) for x in invoke("quotes", "--db", db, "--speaker", "Varga", "--format", "json").output.splitlines()]
    assert [r["speaker"] for r in rows] == ["Anna Varga"]
    rows = list(csv.DictReader(io.StringIO(invoke("dyads", "--db", db, "--by", "month", "--format", "csv").output)))
    assert {"period", "source", "target", "events", "quad1", "quad4", "goldstein"} <= set(rows[0])
    assert len(rows) == 4                     # the negated threat is left out by default


def json_rows(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_events_min_confidence(db):
    every = json_rows(invoke("events", "--db", db, "--format", "json"))
    assert len(every) == 6 and {"confidence", "date_from"} <= set(every[0])
    sure = json_rows(invoke("events", "--db", db, "--min-confidence", "0.8", "--format", "json"))
    assert sorted((r["trigger"], r["confidence"]) for r in sure) == [("marched", None), ("shelled", 0.92),
                                                                      ("signed", 0.81)]
    bad = invoke("events", "--db", db, "--min-confidence", "2")
    assert bad.exit_code == 2 and "--min-confidence" in bad.output


def test_dyads_flags(db):
    def pairs(*flags):
        return sorted((r["source"], r["target"], r["events"])
                      for r in json_rows(invoke("dyads", "--db", db, "--format", "json", *flags)))

    default = pairs()
    assert ("GFKGOV", "RURGOV", 1) not in default
    assert pairs("--include-unasserted") == sorted(default + [("GFKGOV", "RURGOV", 1)])
    assert pairs("--coded-only") == [p for p in default if p[0] != "Ruritania and Grand Fenwick"]
    assert pairs("--min-confidence", "0.9") == [("EDU", "RURLEG", 1), ("RURMIL", "RURREB", 1)]


def test_export_flags(db, tmp_path):
    def plover(*flags):
        result = invoke("export", "--db", db, "--format", "plover", "-o", tmp_path / str(len(flags)), *flags)
        assert result.exit_code == 0, result.output
        (path,) = result.output.split()
        return sorted(json.loads(line)["event_text"] for line in pathlib.Path(path).read_text().splitlines())

    assert plover() == ["asked", "marched", "shelled", "signed"]
    assert len(plover("--include-unasserted")) == 6
    assert plover("--coded-only", "--min-confidence", "0.5") == ["marched", "shelled", "signed"]
    assert plover("--asserted-only", "--min-confidence", "0.9") == ["marched", "shelled"]
    out = tmp_path / "tables"
    assert invoke("export", "--db", db, "--format", "csv", "-o", out).exit_code == 0
    events_csv = lambda: list(csv.DictReader(io.StringIO((out / "events.csv").read_text(encoding="utf-8"))))  # noqa: E731
    assert len(events_csv()) == 6                                                           # tables keep every event
    assert invoke("export", "--db", db, "--format", "csv", "-o", out, "--asserted-only").exit_code == 0
    assert len(events_csv()) == 4


def test_sql_reads_and_refuses_writes(db):
    ok = invoke("sql", "--db", db, "SELECT count(*) AS n FROM events", "--format", "json")
    assert ok.exit_code == 0 and json.loads(ok.output) == {"n": 6}
    bad = invoke("sql", "--db", db, "DELETE FROM events")
    assert bad.exit_code != 0 and "read-only" in bad.output
    with Store.open(db, read_only=True) as s:
        assert s.counts()["events"] == 6


def test_export_writes_files(db, tmp_path):
    result = invoke("export", "--db", db, "--format", "gdelt", "-o", tmp_path / "out")
    assert result.exit_code == 0
    (path,) = result.output.split()
    assert pathlib.Path(path).read_text(encoding="utf-8").startswith("GLOBALEVENTID\tSQLDATE")


def test_a_missing_store_is_a_clear_error(tmp_path):
    result = invoke("stats", "--db", tmp_path / "none.duckdb")
    assert result.exit_code != 0 and "dateline ingest" in result.output


def test_every_command_is_in_docs_cli_md():
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert f"dateline {name}" in docs, f"docs/cli.md does not describe `dateline {name}`"
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--"):
                    assert opt in docs, f"docs/cli.md does not mention {opt} of `dateline {name}`"


def test_ingest_reports_bad_input_and_exits_1(tmp_path):
    good = tmp_path / "in.jsonl"
    good.write_text('{"id": "w1", "text": "HALVERN - The council met on Monday to discuss the bridge."}\n'
                    '{"id": "w2", "text": ""}\n', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(good), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 1
    assert f"{good}:2: empty text" in result.output and "1 stored, 0 skipped as unchanged, 1 failed" in result.output
    with Store.open(db, read_only=True) as s:
        assert s.article_ids() == ["w1"]
