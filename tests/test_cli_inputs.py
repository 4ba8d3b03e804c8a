"""News as it arrives, through the CLI: HTML pages, archives and feeds in `extract` and `ingest`, --published,
URLs refused in one line, and the web page of an archived article showing its evidence and linking its URL."""
import json

import pytest
from click.testing import CliRunner

from dateline.cli import main
from tests.helpers import json_lines
from tests.read.pages import RSS, news_page
from tests.read.test_read_warc import write_archive

STORY = "PIRAEUS (AP) — Ferries sailed again on Tuesday after a storm, the coast guard said.\n"


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_extract_html_page_carries_its_text_and_metadata(tmp_path, nlp):
    (tmp_path / "tanker.html").write_text(news_page(), encoding="utf-8")
    result = invoke("extract", tmp_path / "tanker.html")
    assert result.exit_code == 0, result.stderr
    (rec,) = json_lines(result)
    assert rec["source_format"] == "html" and rec["text"].startswith("VALLETTA (Reuters)")
    assert rec["dateline"]["place"] == "Valletta" and rec["dateline"]["agency"] == "Reuters"
    assert (rec["published"], rec["published_from"]) == ("2019-04-16", "metadata")
    assert rec["url"] == "https://courier.example.org/news/tanker-aground" and rec["site"] == "Island Courier"
    assert rec["quotes"] and all(rec["text"][q["start"]:q["end"]] == q["text"] for q in rec["quotes"])


def test_published_for_one_input_only(tmp_path, nlp):
    (tmp_path / "ferry.txt").write_text(STORY, encoding="utf-8")
    (rec,) = json_lines(invoke("extract", tmp_path / "ferry.txt", "--published", "2021-11-09"))
    assert (rec["published"], rec["published_from"]) == ("2021-11-09", "input")
    assert "text" not in rec
    two = invoke("extract", tmp_path / "ferry.txt", tmp_path / "ferry.txt", "--published", "2021-11-09")
    assert two.exit_code == 2 and "single input" in two.stderr
    bad = invoke("extract", tmp_path / "ferry.txt", "--published", "9 Nov 2021")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr


def test_url_is_refused_in_one_line_and_the_rest_goes_on(tmp_path, nlp):
    (tmp_path / "ferry.txt").write_text(STORY, encoding="utf-8")
    result = invoke("extract", "https://news.example.com/a.html", tmp_path / "ferry.txt")
    assert result.exit_code == 1 and [r["id"] for r in json_lines(result)] == ["ferry"]
    (line,) = [x for x in result.stderr.splitlines() if "example.com" in x]
    assert line.startswith("dateline: skipped https://news.example.com/a.html: a URL") and "wget" in line


def test_extract_archive_says_what_it_skipped(tmp_path, nlp):
    write_archive(tmp_path / "crawl.warc.gz", gzip=True)
    result = invoke("extract", tmp_path / "crawl.warc.gz")
    assert result.exit_code == 0, result.stderr
    assert [r["id"] for r in json_lines(result)] == ["crawl:3", "crawl:8"]
    assert "2 HTML page(s) read; skipped 1 not HTML, 2 not status 200, 1 duplicate URL(s), 1 with no article text" in result.stderr


def test_ingest_archive_and_feed_then_the_article_page(tmp_path, nlp):
    from fastapi.testclient import TestClient

    from dateline.store import Store
    from dateline.web import create_app

    (tmp_path / "in").mkdir()
    write_archive(tmp_path / "in" / "crawl.warc.gz", gzip=True)
    (tmp_path / "in" / "courier.rss").write_text(RSS, encoding="utf-8")
    db = tmp_path / "news.duckdb"
    result = invoke("ingest", tmp_path / "in", "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert "4 stored" in result.stderr
    with Store.open(db, read_only=True) as store:
        (row,) = store.con.execute("SELECT text, url, published_from, record FROM articles WHERE id = 'crawl:3'").fetchall()
    text, url, published_from, record = row
    assert url == "https://courier.example.org/news/tanker-aground" and published_from == "metadata"
    assert json.loads(record)["text"] == text and text.startswith("VALLETTA")
    with TestClient(create_app(db), base_url="http://localhost") as client:
        page = client.get("/articles/crawl:3")
    assert page.status_code == 200
    assert '<a href="https://courier.example.org/news/tanker-aground"' in page.text
    assert "Island Courier" in page.text and "harbour master" in page.text
    assert 'class="hl quote' in page.text


def test_ingest_counts_articles_not_in_english(tmp_path, nlp):
    from tests.structure.test_structure_language import GERMAN

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ferry.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / "duerre.txt").write_text(GERMAN, encoding="utf-8")
    result = invoke("ingest", tmp_path / "in", "--db", tmp_path / "n.duckdb", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert "2 stored" in result.stderr and "1 not in English (stored, not analysed)" in result.stderr


def test_files_no_kind_dateline_reads_are_said_by_extract_and_ingest_and_in_the_summary(tmp_path, nlp):
    """user53: a folder's .pdf was dropped without a word. `extract` says it on stderr (exit 0: nothing failed);
    `ingest` says it as it starts and in its summary line, and its summary lists it; a folder of readable files
    only says nothing of the kind (the near miss)."""
    from dateline.run.local import ingest
    from dateline.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ferry.txt").write_text(STORY, encoding="utf-8")
    clean = invoke("extract", folder)
    assert clean.exit_code == 0 and "left out" not in clean.stderr
    (folder / "minutes.pdf").write_bytes(b"%PDF-1.4 not text")
    out = invoke("extract", folder)
    assert out.exit_code == 0 and len(json_lines(out)) == 1
    assert f"dateline: {folder / 'minutes.pdf'}: left out (.pdf:" in out.stderr
    stored = invoke("ingest", folder, "--db", tmp_path / "s.duckdb")
    assert stored.exit_code == 0
    assert stored.stderr.count("minutes.pdf: left out") == 1
    assert "1 file(s) of a folder left out by their names: " + str(folder / "minutes.pdf") in stored.stderr
    with Store.open(tmp_path / "s.duckdb") as store:
        summary = ingest([str(folder)], store, workers=1)
    assert summary.skipped == [str(folder / "minutes.pdf")] and summary.to_dict()["skipped"] == summary.skipped
    assert summary.unchanged == 1


def test_a_file_left_out_of_a_folder_is_read_when_given_by_name_as_its_message_says(tmp_path, nlp):
    """review53d: a folder's `minutes.csv` was said to be `not a kind of file dateline reads`, yet given by name it is
    read (told by its content). The message now says how to have it read, and doing so reads it with no such line."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "minutes.csv").write_text(STORY, encoding="utf-8")
    out = invoke("extract", folder)
    assert "minutes.csv: left out (.csv: a folder's files are read when named .txt" in out.stderr
    assert "give this file by name" in out.stderr and not json_lines(out)
    named = invoke("extract", folder / "minutes.csv")
    assert named.exit_code == 0 and len(json_lines(named)) == 1 and "left out" not in named.stderr
