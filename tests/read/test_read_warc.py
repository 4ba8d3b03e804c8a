"""Web archives: a WARC written here with warcio from invented pages; what is read, what is skipped and said."""
import io
import logging
import types

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.read import read
from dateline.read.warc import Counts, read_warc
from dateline.records import RawArticle, ReadError
from tests.read.pages import news_page

OTHER = ["OSLO (NTB) - Norway's fishing fleet stayed in port on Thursday as a storm crossed the North Sea, "
         "the coast guard said.", "Forecasters expect the wind to drop by Saturday."]


def response(writer, url, body: bytes, *, status="200 OK", ctype="text/html; charset=utf-8", date="2019-04-18T10:00:00Z",
             extra=()):
    http = StatusAndHeaders(status, [("Content-Type", ctype), *extra], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                     warc_headers_dict={"WARC-Date": date})


def write_archive(path, *, gzip: bool):
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "tests"}))
        w.write_record(w.create_warc_record("https://courier.example.org/news/tanker-aground", "request",
                                            payload=io.BytesIO(b"GET /news/tanker-aground HTTP/1.1\r\n\r\n")))
        w.write_record(response(w, "https://courier.example.org/news/tanker-aground", news_page().encode()))
        w.write_record(response(w, "https://courier.example.org/report.pdf", b"%PDF-1.4 ...", ctype="application/pdf"))
        w.write_record(response(w, "https://courier.example.org/gone", b"<html>Not found</html>", status="404 Not Found"))
        w.write_record(response(w, "https://courier.example.org/old", b"", status="301 Moved Permanently",
                                extra=[("Location", "https://courier.example.org/new")]))
        w.write_record(response(w, "https://courier.example.org/news/tanker-aground", news_page().encode()))  # again
        no_date = news_page(date_meta=False, paragraphs=OTHER, title="Fleet stays in port").replace(
            '<p class="date">April 16, 2019</p>', "").replace(
            '<link rel="canonical" href="https://courier.example.org/news/tanker-aground">', "")
        w.write_record(response(w, "https://wire.example.net/fleet", no_date.encode(), date="2019-04-18T11:00:00Z"))
        w.write_record(response(w, "https://wire.example.net/login", b"<html><body><form>Log in</form></body></html>"))


@pytest.mark.parametrize("gzip, name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_html_responses_read_the_rest_skipped_and_counted(tmp_path, caplog, gzip, name):
    path = tmp_path / name
    write_archive(path, gzip=gzip)
    with caplog.at_level(logging.INFO, logger="dateline.read"):
        out = list(read([str(path)]))
    assert all(isinstance(a, RawArticle) for a in out), out
    tanker, fleet = out
    assert tanker.id == "crawl:3" and fleet.id == "crawl:8"
    assert tanker.source_format == "warc" and tanker.origin == f"{path}#3"
    assert tanker.url == "https://courier.example.org/news/tanker-aground"
    assert tanker.text.startswith("VALLETTA (Reuters)") and (tanker.published, tanker.published_from) == ("2019-04-16", "metadata")
    # no date in the page: the capture date is the fallback, and the record's URL the page's URL
    assert fleet.published is None and fleet.fallback_published == ("2019-04-18", "capture")
    assert fleet.url == "https://wire.example.net/fleet" and fleet.text.split("\n\n") == OTHER
    (note,) = [r.getMessage() for r in caplog.records if r.name == "dateline.read"]
    assert "2 HTML page(s) read; skipped 1 not HTML, 2 not status 200, 1 duplicate URL(s), 1 with no article text" in note


def test_reading_is_lazy_one_record_at_a_time(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_archive(path, gzip=True)
    counts = Counts()
    with open(path, "rb") as f:
        pages = read_warc(f, origin=str(path), id="crawl", counts=counts)
        assert isinstance(pages, types.GeneratorType) and counts.pages == 0     # nothing read yet
        first = next(pages)
        assert first.id == "crawl:3" and counts.pages == 1 and counts.not_html == 0   # the PDF not reached yet


def test_a_truncated_archive_keeps_what_was_read(tmp_path):
    path = tmp_path / "cut.warc"
    write_archive(path, gzip=False)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])
    out = list(read([str(path)]))
    assert isinstance(out[0], RawArticle) and out[0].id == "cut:3"


@pytest.mark.parametrize("gzip", [True, False])
@pytest.mark.parametrize("cut", [60, 200, 400, 1000])
def test_an_archive_cut_short_says_so_and_keeps_the_pages_before(tmp_path, gzip, cut):
    """warcio stops quietly at an archive cut short (a record's content ends early, or a record cut in its
    headers is dropped): the pages before it are read, and the cut is reported, naming the file."""
    path = tmp_path / "cut.warc"
    write_archive(path, gzip=gzip)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - cut])
    out = list(read([str(path)]))
    assert "cut:3" in [a.id for a in out if isinstance(a, RawArticle)]
    (error,) = [e for e in out if isinstance(e, ReadError)]
    assert error.origin == str(path) and error.message.startswith("archive ends badly after record ")


def test_a_whole_archive_reports_no_cut(tmp_path):
    for gzip in (True, False):
        path = tmp_path / f"whole{gzip}.warc"
        write_archive(path, gzip=gzip)
        assert not [e for e in read([str(path)]) if isinstance(e, ReadError)]


def test_folder_finds_archives_and_the_pipeline_falls_back_on_the_capture_date(tmp_path, nlp):
    from dateline.pipeline import process

    write_archive(tmp_path / "crawl.warc.gz", gzip=True)
    tanker, fleet = list(process(read([str(tmp_path)])))
    assert (tanker.published, tanker.published_from) == ("2019-04-16", "metadata")
    assert (fleet.published, fleet.published_from) == ("2019-04-18", "capture")
    d = fleet.to_dict()
    assert d["text"] == fleet.text and d["source_format"] == "warc" and d["url"] == "https://wire.example.net/fleet"
    for q in tanker.quotes:
        assert tanker.text[q.start:q.end] == q.text


def arc_record(url: str, body: bytes, ctype: str = "text/html") -> bytes:
    http = b"HTTP/1.0 200 OK\r\nContent-Type: " + ctype.encode() + b"\r\n\r\n" + body
    return f"{url} 192.0.2.7 20190418100000 {ctype} {len(http)}\n".encode() + http + b"\n"


def test_an_arc_file(tmp_path):
    """The older ARC format (version 1, as the Internet Archive wrote it), written here by hand."""
    desc = b"1 0 Tests\nURL IP-address Archive-date Content-type Archive-length\n"
    data = (f"filedesc://old.arc 0.0.0.0 20190418100000 text/plain {len(desc)}\n".encode() + desc + b"\n"
            + arc_record("https://courier.example.org/news/tanker-aground", news_page().encode())
            + arc_record("https://courier.example.org/logo.png", b"\x89PNG....", "image/png"))
    path = tmp_path / "old.arc"
    path.write_bytes(data)
    (page,) = list(read([str(path)]))
    assert isinstance(page, RawArticle) and page.text.startswith("VALLETTA (Reuters)")
    assert page.url == "https://courier.example.org/news/tanker-aground"


@pytest.mark.parametrize("gzip", [True, False])
def test_an_archive_on_standard_input(tmp_path, gzip):
    path = tmp_path / "piped.warc"
    write_archive(path, gzip=gzip)
    with open(path, "rb") as f:
        out = list(read(["-"], stdin=f))
    assert [a.id for a in out] == ["stdin:3", "stdin:8"] and all(isinstance(a, RawArticle) for a in out)


def test_an_archive_gzipped_whole_is_read_and_on_standard_input_said_in_one_line(tmp_path, caplog):
    """user48: `gzip crawl.warc` (one gzip member for the file, not one per record) read no page, with warcio's
    message over eleven lines. A file is read again through gzip from its start; standard input, which cannot
    go back, gets one line saying what to do."""
    import gzip as gz

    plain = tmp_path / "plain.warc"
    write_archive(plain, gzip=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gz.compress(plain.read_bytes()))
    with caplog.at_level(logging.INFO, logger="dateline.read"):
        out = list(read([str(whole)]))
    assert [a.id for a in out] == ["whole:3", "whole:8"] and all(isinstance(a, RawArticle) for a in out), out
    assert [a.text for a in out] == [a.text for a in read([str(plain)])]
    (note,) = [r.getMessage() for r in caplog.records if r.name == "dateline.read"]
    assert "2 HTML page(s) read; skipped 1 not HTML, 2 not status 200, 1 duplicate URL(s)" in note
    with open(whole, "rb") as f:
        piped = list(read(["-"], stdin=io.BufferedReader(_NoSeek(f))))
    (error,) = piped
    assert isinstance(error, ReadError) and "\n" not in error.message and "gzipped whole" in error.message


def test_a_resource_record_of_html_is_a_page(tmp_path):
    """A page stored as a `resource` record (no HTTP response around it) is read like a response's page."""
    path = tmp_path / "res.warc"
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=False)
        w.write_record(w.create_warc_record("https://courier.example.org/news/tanker-aground", "resource",
                                            payload=io.BytesIO(news_page().encode()),
                                            warc_content_type="text/html; charset=utf-8"))
        w.write_record(w.create_warc_record("https://courier.example.org/logo.png", "resource",
                                            payload=io.BytesIO(b"\x89PNG\r\n"), warc_content_type="image/png"))
    (page,) = read([str(path)])
    assert isinstance(page, RawArticle) and page.id == "res:1" and page.text.startswith("VALLETTA (Reuters)")
    assert page.url == "https://courier.example.org/news/tanker-aground"


class _NoSeek(io.RawIOBase):
    """A pipe: reads, never seeks."""

    def __init__(self, f):
        self.f = f

    def readable(self):
        return True

    def readinto(self, b):
        data = self.f.read(len(b))
        b[:len(data)] = data
        return len(data)


def read_cut(tmp_path, end, *, gzip: bool = False) -> ReadError:
    """A two-page archive cut where `end(data)` says: only its first page read, and its one error."""
    path = tmp_path / "cut.warc"
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gzip)
        w.write_record(response(w, "https://courier.example.org/news/tanker-aground", news_page().encode()))
        w.write_record(response(w, "https://wire.example.net/fleet",
                                news_page(paragraphs=OTHER, title="Fleet stays in port").encode()))
    data = path.read_bytes()
    path.write_bytes(data[: end(data)])
    out = list(read([str(path)]))
    assert [a.id for a in out if isinstance(a, RawArticle)] == ["cut:1"]
    (error,) = [e for e in out if isinstance(e, ReadError)]
    return error


@pytest.mark.parametrize("gzip", [True, False])
def test_a_page_the_archive_is_cut_in_is_left_out_not_read_cut_off(tmp_path, gzip):
    """user51: an uncompressed archive cut inside its last page gave that page's text cut off mid-word as an article
    (its last quote ending mid-word), while the message said only the pages before the cut were read."""
    error = read_cut(tmp_path, lambda data: len(data) - 300, gzip=gzip)       # inside the second page's HTML
    assert error.message.startswith("archive ends badly after record 2") and "left out" in error.message


@pytest.mark.parametrize("into", ["WARC-Type", "Content-Length:"])
def test_an_archive_cut_inside_a_record_s_headers_is_said(tmp_path, into):
    """review51a: cut inside the headers of its last record (before its length, or inside it), an archive read its
    pages before the cut without a word: warcio gives the cut headers as a record with no length."""
    error = read_cut(tmp_path, lambda data: data.index(into.encode(), data.index(b"WARC/1.0", 1)) + len(into))
    assert error.message.startswith("archive ends badly after record 2"), error.message
