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


@pytest.fixture(autouse=True)
def one_floor_under_the_stories(monkeypatch):
    """The commands' default floor pinned at 0.3, under the hand-made `asked` (0.35): these tests are about what the
    commands do with a floor, not about the number the shipped weights choose (tests that need another set their own)."""
    from dateline import artefacts

    monkeypatch.setattr(artefacts, "confidence_floor", lambda: 0.3)
    monkeypatch.setattr(artefacts, "type_floors", dict)


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


def test_events_dyads_export_default_to_the_floor(db, monkeypatch, tmp_path):
    from dateline import artefacts

    monkeypatch.setattr(artefacts, "confidence_floor", lambda: 0.5)      # the fixture's `asked` has 0.35
    monkeypatch.setattr(artefacts, "type_floors", dict)
    default = json_rows(invoke("events", "--db", db, "--format", "json"))
    assert len(default) == 5 and "asked" not in {r["trigger"] for r in default}
    assert len(json_rows(invoke("events", "--db", db, "--min-confidence", "0", "--format", "json"))) == 6
    assert json_rows(invoke("dyads", "--db", db, "--format", "json")) == \
        json_rows(invoke("dyads", "--db", db, "--format", "json", "--min-confidence", "0.5"))
    result = invoke("export", "--db", db, "--format", "plover", "-o", tmp_path / "p")
    (path,) = result.output.split()
    assert "asked" not in pathlib.Path(path).read_text()



def test_events_default_to_the_floors_by_type_and_min_confidence_is_one_floor(db, monkeypatch):
    from dateline import artefacts

    every = json_rows(invoke("events", "--db", db, "--min-confidence", "0", "--format", "json"))
    signed = next(r["type"] for r in every if r["trigger"] == "signed")               # 0.81 in the fixture
    monkeypatch.setattr(artefacts, "confidence_floor", lambda: 0.0)
    monkeypatch.setattr(artefacts, "type_floors", lambda: {signed: 0.9})
    default = json_rows(invoke("events", "--db", db, "--format", "json"))
    assert sorted(r["trigger"] for r in default) == sorted(r["trigger"] for r in every if r["type"] != signed or
                                                           (r["confidence"] or 1) >= 0.9)
    assert "signed" not in {r["trigger"] for r in default} and "asked" in {r["trigger"] for r in default}
    given = json_rows(invoke("events", "--db", db, "--min-confidence", "0.3", "--format", "json"))
    assert "signed" in {r["trigger"] for r in given} and "asked" in {r["trigger"] for r in given}
    assert json_rows(invoke("dyads", "--db", db, "--format", "json")) != \
        json_rows(invoke("dyads", "--db", db, "--format", "json", "--min-confidence", "0"))

def test_dyads_flags(db):
    def pairs(*flags):
        return sorted((r["source"], r["target"], r["events"])
                      for r in json_rows(invoke("dyads", "--db", db, "--format", "json", *flags)))

    default = pairs()
    assert ("GFKGOV", "RURGOV", 1) not in default
    assert pairs("--include-unasserted") == sorted(default + [("GFKGOV", "RURGOV", 1)])
    assert pairs("--coded-only") == [p for p in default if p[0] != "Ruritania and Grand Fenwick"]
    assert pairs("--min-confidence", "0.9") == [("EDU", "RURLEG", 1), ("RURMIL", "RURREB", 1)]


def test_dyads_limit_and_all(db):
    every = json_rows(invoke("dyads", "--db", db, "--format", "json", "--all", "--include-unasserted"))
    assert len(every) > 2
    result = CliRunner().invoke(main, ["dyads", "--db", str(db), "--format", "json",
                                                       "--include-unasserted", "--limit", "2"])
    assert result.exit_code == 0
    assert [json.loads(line) for line in result.stdout.splitlines()] == every[:2]      # the first rows, in order
    assert "the first 2 rows of more" in result.stderr and "--all" in result.stderr
    whole = CliRunner().invoke(main, ["dyads", "--db", str(db), "--format", "csv", "--all"])
    assert whole.stderr == "" and len(list(csv.DictReader(io.StringIO(whole.stdout)))) == 4


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


def test_events_take_the_flags_of_dyads_and_export_and_list_the_same_events(db, tmp_path):
    """`events` lists negated and hypothetical events with their flags; --asserted-only and --coded-only choose the
    events the PLOVER export writes (per report with --mentions) with the same flags: one event set for one set of
    flags, whichever command reads it."""
    def listed(*flags):
        rows = json_rows(invoke("events", "--db", db, "--format", "json", "--mentions", "--limit", "0", *flags))
        return sorted((r["article_id"], r["idx"]) for r in rows)

    def exported(*flags):
        result = invoke("export", "--db", db, "--format", "plover", "--mentions", "-o", tmp_path / "-".join(flags),
                        *flags)
        (path,) = result.output.split()
        return sorted((o["article_id"], o["event_idx"]) for o in map(json.loads, pathlib.Path(path).read_text()
                                                                      .splitlines()))

    every = listed()
    assert len(every) == 6 and listed() == exported("--include-unasserted")
    assert len(listed("--asserted-only")) == 4 and listed("--asserted-only") == exported()
    assert listed("--asserted-only", "--coded-only") == exported("--coded-only")
    assert listed("--coded-only") == exported("--include-unasserted", "--coded-only") != every
    assert listed("--asserted-only", "--min-confidence", "0.9") == exported("--min-confidence", "0.9")


@pytest.mark.parametrize("command", [("events",), ("events", "--mentions"), ("quotes",), ("dyads",),
                                     ("dyads", "--all")])
def test_a_csv_of_no_rows_has_the_header_of_one_with_rows(db, command):
    """user47: `dyads ... --format csv > x.csv` with nothing matching wrote an empty file, which pandas and R refuse
    to read ("No columns to parse"); it now has the header line a CSV with rows has."""
    nothing = {"events": ("--actor", "zzqq"), "quotes": ("--speaker", "zzqq"), "dyads": ("--actor", "zzqq")}
    every = () if command[0] == "quotes" else ("--min-confidence", "0")
    some = invoke(*command, "--db", db, "--format", "csv", *every).output.splitlines()
    none = invoke(*command, "--db", db, "--format", "csv", *nothing[command[0]]).output.splitlines()
    assert len(some) > 1 and none == some[:1]


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


# ---------------------------------------------------------------- store faults (issue 16): one line, exit 3
def _damaged(db, tmp_path, how):
    import shutil

    bad = tmp_path / f"{how}.duckdb"
    shutil.copy(db, bad)
    data = bytearray(bad.read_bytes())
    if how == "truncated":
        data = data[: len(data) // 2]
    else:
        for k in range(len(data) // 3, len(data), 997):
            data[k] ^= 0xFF
    bad.write_bytes(bytes(data))
    return bad


@pytest.mark.parametrize("how", ["truncated", "flipped"])
@pytest.mark.parametrize("command", [["stats"], ["events"], ["quotes"], ["dyads"], ["sql", "SELECT count(*) FROM events"]])
def test_a_damaged_store_is_one_line_and_no_traceback(db, tmp_path, how, command):
    bad = _damaged(db, tmp_path, how)
    result = CliRunner().invoke(main, [*command, "--db", str(bad)])
    if result.exit_code == 0:
        return                                    # the damage missed what this command reads
    assert result.exit_code in (1, 3), result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1 and ("damaged" in result.output or "store" in result.output)


def test_disk_full_during_ingest_is_one_line_and_exit_3(tmp_path, monkeypatch):
    import duckdb

    (tmp_path / "a.txt").write_text("PARIS (AP) - Rain fell in Paris on Monday, officials said.", encoding="utf-8")

    def full(self, articles):
        raise duckdb.TransactionException('Failed to commit: Could not write file "x.wal": No space left on device')

    monkeypatch.setattr(Store, "write_articles", full)
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.duckdb"),
                                       "--workers", "1"])
    assert result.exit_code == 3
    last = result.output.strip().splitlines()[-1]
    assert "disk of the store" in last and "full" in last and "Traceback" not in result.output


def test_sql_refuses_a_store_of_a_newer_schema(db, tmp_path):
    import shutil

    import duckdb

    newer = tmp_path / "newer.duckdb"
    shutil.copy(db, newer)
    con = duckdb.connect(str(newer))
    con.execute("INSERT INTO schema_version (version) VALUES (999)")
    con.close()
    result = CliRunner().invoke(main, ["sql", "SELECT 1", "--db", str(newer)])
    assert result.exit_code == 1 and "schema version 999" in result.output


def test_sql_time_out_memory_limit_and_row_limit(db):
    result = CliRunner().invoke(main, ["sql", "SELECT count(*) FROM range(1000000000000) a", "--db", str(db),
                                       "--timeout", "0.5"])
    assert result.exit_code == 1 and "time-out" in result.output and "--timeout" in result.output
    result = CliRunner().invoke(main, ["sql", "SELECT list(range) FROM range(50000000)", "--db", str(db),
                                       "--memory-limit", "20MB"])
    assert result.exit_code == 1 and "memory limit of 20MB" in result.output
    result = CliRunner().invoke(main, ["sql", "SELECT * FROM range(100)", "--db", str(db), "--max-rows", "10"])
    assert result.exit_code == 1 and "--max-rows" in result.output
    result = CliRunner().invoke(main, ["sql", "SELECT * FROM range(10)", "--db", str(db), "--max-rows", "10",
                                       "--format", "json"])
    assert result.exit_code == 0 and len(result.output.splitlines()) == 10


def _formula_store(db, article_id: str, text: str, quote: str, names: tuple[str, ...]):
    """A store of one article titled `+title` from `@wire` whose `quote` is said by `names[0]`, each of `names` an
    actor named as written: texts a spreadsheet would take for formulas."""
    from dateline.records import Actor, Article, Quote, Speaker
    from tests.helpers import at, mention

    art = Article(id=article_id, title="+title", published="2026-03-02", published_from="input",
                  dateline=None, truncated=False, captions=(), text=text, source="@wire",
                  quotes=(Quote(*at(text, quote), text=quote, cue=None,
                                speaker=Speaker(*at(text, names[0]), names[0], "A1")),),
                  actors=tuple(Actor(f"A{i}", name, None, None, mentions=(mention(text, name),))
                               for i, name in enumerate(names, 1)))
    with Store.open(db) as s:
        s.write_article(art, origin="t")
    return db


def test_csv_outputs_neutralise_cells_a_spreadsheet_would_run(tmp_path):
    """`--format csv` and `export --format csv` write a text starting with = + - @ with a leading apostrophe
    (as the web's /events.csv does, one helper: store.spreadsheet); Parquet keeps the text verbatim."""
    from dateline.store.spreadsheet import INERT

    text = 'ZENDA (Wire) - "=HYPERLINK(""http://x"")," said @Varga of -Guard.\n'
    quote = '"=HYPERLINK(""http://x""),"'
    db = _formula_store(tmp_path / "hostile.duckdb", "=cmd|' /C calc'!A0", text, quote, ("@Varga", "-Guard"))

    def cells(rows):
        return [v for row in rows for v in row.values() if v]

    quotes = invoke("quotes", "--db", db, "--format", "csv")
    assert quotes.exit_code == 0, quotes.output
    got = cells(csv.DictReader(io.StringIO(quotes.output)))
    assert "'@Varga" in got and quote in got and not [c for c in got if c[0] in "=+-@\t\r"]
    out = tmp_path / "tables"
    assert invoke("export", "--db", db, "--format", "csv", "-o", out).exit_code == 0
    for name in ("articles.csv", "quotes.csv", "actors.csv"):
        got = cells(csv.DictReader(io.StringIO((out / name).read_text(encoding="utf-8"))))
        assert got and not [c for c in got if c[0] in "=+-@\t\r" and not INERT.fullmatch(c)], (name, got)
    articles = list(csv.DictReader(io.StringIO((out / "articles.csv").read_text(encoding="utf-8"))))
    assert articles[0]["id"] == "'=cmd|' /C calc'!A0" and articles[0]["title"] == "'+title"
    assert invoke("export", "--db", db, "--format", "parquet", "-o", tmp_path / "pq").exit_code == 0
    with Store.open(db, read_only=True) as s:
        ids = s.con.execute(f"SELECT id FROM read_parquet('{tmp_path / 'pq' / 'articles.parquet'}')").fetchall()
    assert ids == [("=cmd|' /C calc'!A0",)]


def test_csv_verbatim_writes_text_as_read_for_pandas_and_inert_cells_keep_their_text(tmp_path):
    """user47 left: the formula apostrophe made CSV text differ from the text as read (pandas, R, csv). `--verbatim`
    (quotes, events, dyads, sql, export) writes it as read, so each mention's text is `text[start:end]` again; and
    a cell that cannot run (a lone `-`, a signed number) gets no apostrophe even by default (user48)."""
    from dateline.store.spreadsheet import csv_cell, sql_cell

    text = 'ZENDA (Wire) - "=SUM(A1)," said @Varga of -Guard, at -3 degrees.\n'
    quote = '"=SUM(A1),"'
    db = _formula_store(tmp_path / "verbatim.duckdb", "=a1", text, quote, ("@Varga", "-Guard", "-3"))
    got = list(csv.DictReader(io.StringIO(invoke("quotes", "--db", db, "--format", "csv", "--verbatim").output)))
    assert got[0]["speaker"] == "@Varga" and got[0]["text"] == quote
    out = tmp_path / "tables"
    assert invoke("export", "--db", db, "--format", "csv", "--verbatim", "-o", out).exit_code == 0
    def table(path):
        return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))

    assert [(a["id"], a["title"]) for a in table(out / "articles.csv")] == [("=a1", "+title")]
    mentions = table(out / "mentions.csv")
    assert len(mentions) == 3
    for row in mentions:
        assert text[int(row["start"]):int(row["end"])] == row["text"]
    default = tmp_path / "safe"
    assert invoke("export", "--db", db, "--format", "csv", "-o", default).exit_code == 0
    names = {row["text"] for row in table(default / "mentions.csv")}
    assert names == {"'@Varga", "'-Guard", "-3"}                   # `-3` runs nothing: no apostrophe
    cells = ["-", "+", "-3", "+1.5", "-.5", "-2+3", "-Guard", "=1", "@x", "- 3", "Oslo", "-3 "]
    with Store.open(db, read_only=True) as s:
        in_sql = [s.con.execute(f"SELECT {sql_cell('v')} FROM (SELECT ? AS v)", [c]).fetchall()[0][0] for c in cells]
    assert in_sql == [csv_cell(c) for c in cells]
    assert [c for c in cells if csv_cell(c) == c] == ["-", "+", "-3", "+1.5", "-.5", "Oslo"]


def test_the_store_commands_do_not_load_the_extractors():
    """`import dateline` loaded the whole pipeline (spaCy and every extractor: 5 s, 10 s on a busy machine) for
    `dateline --help`, `stats` and every query; `dateline.extract` is now imported when first used."""
    import subprocess
    import sys

    code = ("import sys, dateline.cli, dateline; loaded = 'dateline.pipeline' in sys.modules or 'spacy' in sys.modules; "
            "from dateline import extract; print(loaded, extract.__module__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}).stdout.split()
    assert out == ["False", "dateline.pipeline"]


def test_the_python_and_sql_formula_guards_agree_on_digits_of_other_scripts_and_on_signed_formulas(tmp_path):
    """review48a: the Python guard took any Unicode digit for a number (`-٣`, `-３`: no apostrophe) while the SQL
    guard of `export --format csv` took ASCII digits only, so one cell came out two ways; a sign followed by a
    formula (`-3+A1`), an exponent or a trailing newline is never inert in either."""
    from dateline.store.spreadsheet import csv_cell, sql_cell

    cells = ["-\u0663", "+\uff13", "-3+A1", "-1e5", "-3\n", "-3.", "+.5", "--3"]
    with Store.open(tmp_path / "g.duckdb") as s:
        in_sql = [s.con.execute(f"SELECT {sql_cell('v')} FROM (SELECT ? AS v)", [c]).fetchall()[0][0] for c in cells]
    assert in_sql == [csv_cell(c) for c in cells]
    assert [c for c in cells if csv_cell(c) == c] == ["-3.", "+.5"]
