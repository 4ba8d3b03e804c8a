"""What a file is, told from its content; what cannot be read, said in one line; dates in names; --published."""
import gzip
import json

import pytest

from dateline.read import read
from dateline.read.datenames import date_in_name
from dateline.read.detect import sniff
from dateline.records import RawArticle, ReadError
from tests.helpers import read_items

WIRE = "LIMA (AP) - Peru's congress voted on Thursday to hold early elections, ending weeks of protests.\n"


@pytest.mark.parametrize("head, kind", [
    (b"\x1f\x8b\x08\x00", "gzip"), (b"WARC/1.1\r\nWARC-Type: warcinfo", "warc"), (b"filedesc://crawl.arc 0.0.0.0", "arc"),
    (b"%PDF-1.7\n", "pdf"), (b"PK\x03\x04", "zip"),
    (b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"), (b"  <html lang=en>", "html"),
    (b"<!-- saved --><div><body>", "html"), (b'<?xml version="1.0"?><rss version="2.0">', "feed"),
    (b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', "html"),
    (b'<?xml version="1.0"?><catalogue/>', "xml"),
    (WIRE.encode(), "text"), (b"<b>Bold</b> claims in a plain story", "text"),
])
def test_sniff(head, kind):
    assert sniff(head) == kind


def test_unreadable_kinds_say_what_to_do(tmp_path):
    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    zipped = tmp_path / "bundle.txt"
    zipped.write_bytes(b"PK\x03\x04\x14\x00\x00\x00")
    e1, e2, e3 = read_items(pdf, zipped, "https://news.example.com/story.html")
    assert isinstance(e1, ReadError) and "a PDF" in e1.message and "pdftotext" in e1.message
    assert "zip archive" in e2.message
    assert e3.origin == "https://news.example.com/story.html"
    assert "dateline does not fetch" in e3.message and "wget" in e3.message
    assert "\n" not in e1.message + e2.message + e3.message


def test_gzipped_text_and_jsonl(tmp_path):
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(WIRE.encode()))
    (tmp_path / "lines.jsonl.gz").write_bytes(gzip.compress((json.dumps({"id": "j1", "text": WIRE}) + "\n").encode()))
    out = read_items(tmp_path)
    assert [(a.id, a.source_format) for a in out] == [("j1", "jsonl"), ("story", "txt")]
    assert all(a.text == WIRE for a in out)


def test_a_gzipped_jsonl_cut_short_keeps_its_lines_and_names_the_line(tmp_path):
    """A .jsonl.gz cut mid-stream (a copy stopped early) once ended the whole run with click's bare 'Aborted!'."""
    lines = "".join(json.dumps({"id": f"j{i}", "text": WIRE}) + "\n" for i in range(3)).encode()
    path = tmp_path / "lines.jsonl.gz"
    path.write_bytes(gzip.compress(lines)[:-12])
    *articles, error = list(read([str(path)]))
    assert all(isinstance(a, RawArticle) for a in articles) and articles
    assert isinstance(error, ReadError) and error.origin == f"{path}:{len(articles) + 1}"
    assert "ends badly" in error.message


@pytest.mark.parametrize("name, date", [
    ("2016-11-02.txt", "2016-11-02"), ("ap_20130322_peru.txt", "2013-03-22"), ("wire/2016/11/02/story.txt", "2016-11-02"),
    ("2016_11_02-story", "2016-11-02"), ("story-2016.11.02.txt", "2016-11-02"),
    ("2016-02-30.txt", None), ("id-120161102.txt", None), ("story-3.txt", None), ("2016.txt", None),
    ("archive/2015-01-01/2016-11-02.txt", "2016-11-02"),
])
def test_date_in_name(name, date):
    assert date_in_name(name) == date


def test_filename_date_is_a_fallback_the_text_and_input_win_over(tmp_path, nlp):
    from dateline.pipeline import process

    folder = tmp_path / "2016-11-02"
    folder.mkdir()
    (folder / "plain.txt").write_text(WIRE, encoding="utf-8")
    (folder / "dated.txt").write_text("LIMA, Nov. 3, 2016 (Reuters) - Peru's congress met again.\n", encoding="utf-8")
    dated, plain = list(process(read([str(folder)])))
    assert (plain.published, plain.published_from) == ("2016-11-02", "filename")
    assert (dated.published, dated.published_from) == ("2016-11-03", "dateline")
    (given,) = list(process(read([str(folder / "plain.txt")], published="2016-10-30")))
    assert (given.published, given.published_from) == ("2016-10-30", "input")


def test_stdin_told_by_its_content():
    import io

    from tests.read.pages import RSS, news_page

    (page,) = read_items("-", stdin=io.BytesIO(news_page().encode()))
    assert page.id == "stdin" and page.source_format == "html" and page.text.startswith("VALLETTA")
    assert [a.id for a in read_items("-", stdin=io.BytesIO(RSS.encode()))] == ["stdin:1", "stdin:2"]
