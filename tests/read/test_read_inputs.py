"""Readers through the library: files, folders, JSON lines, stdin; every bad input a ReadError, none raised."""
import io
import os

import pytest

from dateline.read import files, jsonl
from dateline.records import RawArticle, ReadError
from tests.helpers import read_items


def errors(out):
    return [x for x in out if isinstance(x, ReadError)]


def test_text_file_id_is_its_stem(tmp_path):
    p = tmp_path / "story-1.txt"
    p.write_text("BERLIN (dpa) - Trains ran late on Monday.\n", encoding="utf-8")
    (a,) = read_items(p)
    assert isinstance(a, RawArticle) and a.id == "story-1" and a.text.startswith("BERLIN")
    assert a.origin == str(p)


def test_folder_recursive_ids_and_order(tmp_path):
    (tmp_path / "b.txt").write_text("Second story.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First story.", encoding="utf-8")
    (tmp_path / "wire" / "june").mkdir(parents=True)
    (tmp_path / "wire" / "june" / "c.TXT").write_text("Third story.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text("hidden", encoding="utf-8")
    out = read_items(tmp_path)
    assert [a.id for a in out] == ["a", "b", "wire/june/c"]
    assert not errors(out)


def test_files_of_one_folder_with_the_same_stem_keep_their_extension_in_the_id(tmp_path):
    """user48: `story.html` and `story.txt`, `news.rss` and `news.atom` in one folder took one id each (`story`,
    `news:1`), so the later replaced the earlier in the store. Their ids keep the extension; a stem alone stays as
    it was, and a file given by itself gets the id it gets in its folder (the shards read the same)."""
    from dateline.read.shards import read_shard, shards

    (tmp_path / "story.html").write_text("<html><body><p>Rain fell on Oslo on Monday, the weather office said, "
                                         "and trains ran late across the city.</p></body></html>", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Snow fell on Bergen on Monday.", encoding="utf-8")
    (tmp_path / "news.jsonl").write_text('{"text": "Hail fell on Tromso."}\n', encoding="utf-8")
    (tmp_path / "news.txt").write_text("Fog lay on Narvik.", encoding="utf-8")
    (tmp_path / "alone.txt").write_text("Wind blew over Molde.", encoding="utf-8")
    (tmp_path / "story.md").write_text("not read: no stem shared with it", encoding="utf-8")
    out = read_items(tmp_path)
    assert not errors(out)
    assert sorted(a.id for a in out) == ["alone", "news.jsonl:1", "news.txt", "story.html", "story.txt"]
    assert [a.id for a in read_items(tmp_path / "story.txt")] == ["story.txt"]
    by_shards = [a.id for sh in shards([str(tmp_path)], size=10) for a in read_shard(sh)]
    assert sorted(by_shards) == sorted(a.id for a in out)


def test_jsonl_records_and_fields(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text('{"id": "r1", "text": "Rain fell.", "title": "Rain", "published": "2020-03-02T08:00:00Z",'
                 ' "source": "Wire", "url": "http://example.org/r1"}\n'
                 '\n'
                 '{"text": "No id here."}\n', encoding="utf-8")
    r1, r2 = read_items(p)
    assert (r1.id, r1.title, r1.published, r1.source, r1.url) == ("r1", "Rain", "2020-03-02", "Wire",
                                                                  "http://example.org/r1")
    assert r1.origin.endswith("feed.jsonl:1")
    assert r2.id == "feed:3" and r2.origin.endswith("feed.jsonl:3")


@pytest.mark.parametrize("line, message", [
    ("not json at all", "not JSON"),
    ('["a", "list"]', "not a JSON object"),
    ('{"id": "x"}', 'no "text"'),
    ('{"id": "x", "text": 12}', 'no "text"'),
    ('{"id": "x", "text": "   "}', "empty text"),
    ('{"id": "x", "text": "Fine.", "published": "28/05/2012"}', "YYYY-MM-DD"),
    ('{"id": "x", "text": "Fine.", "title": ["a"]}', '"title" is not a string'),
    # a line cut inside a string is said as such, not as a control character (its line end; user51)
    ('{"id": "x", "text": "Cut off', "not JSON: Unterminated string starting at: line 1 column 21"),
])
def test_bad_jsonl_lines_are_named_and_the_rest_goes_on(tmp_path, line, message):
    p = tmp_path / "mixed.jsonl"
    p.write_text('{"id": "ok1", "text": "Good."}\n' + line + '\n{"id": "ok2", "text": "Also good."}\n',
                 encoding="utf-8")
    out = read_items(p)
    assert [a.id for a in out if isinstance(a, RawArticle)] == ["ok1", "ok2"]
    (err,) = errors(out)
    assert err.origin == f"{p}:2" and message in err.message


def test_empty_jsonl_file_is_reported(tmp_path):
    p = tmp_path / "none.jsonl"
    p.write_text("\n\n", encoding="utf-8")
    (err,) = read_items(p)
    assert isinstance(err, ReadError) and "empty" in err.message


def test_overlong_jsonl_line_skipped_without_holding_it(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl, "MAX_BYTES", 100)
    monkeypatch.setattr(jsonl, "CHUNK", 16)
    p = tmp_path / "big.jsonl"
    p.write_text('{"id": "a", "text": "Short."}\n{"id": "b", "text": "' + "x" * 5000 + '"}\n'
                 '{"id": "c", "text": "After."}\n', encoding="utf-8")
    out = read_items(p)
    assert [a.id for a in out if isinstance(a, RawArticle)] == ["a", "c"]
    (err,) = errors(out)
    assert err.origin == f"{p}:2" and "limit" in err.message


def test_utf8_bom_dropped_and_cp1252_detected(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfOSLO (NTB) - Snow fell.")
    (tmp_path / "legacy.txt").write_bytes("GENEVA (AFP) – Talks in Genève went on, the café said.".encode("cp1252"))
    bom, legacy = read_items(tmp_path)
    assert bom.text.startswith("OSLO")
    assert "Genève" in legacy.text and "–" in legacy.text


def test_utf16_with_bom(tmp_path):
    (tmp_path / "wide.txt").write_bytes("ROME (ANSA) - The Senate voted.".encode("utf-16"))
    (a,) = read_items(tmp_path / "wide.txt")
    assert a.text == "ROME (ANSA) - The Senate voted."


def test_utf16_without_bom_and_json_lines_in_utf16(tmp_path):
    """user48: a text saved as UTF-16 with no BOM was refused as binary (its NUL bytes), and JSON lines saved as
    UTF-16 ("Unicode" in Windows tools) failed on every line. Both are read; binary data with NULs still is not."""
    story = "ROME (ANSA) - The Senate voted on Tuesday, \u00abtoo late\u00bb, said Sen. M\u00fcller."
    (tmp_path / "le.txt").write_bytes(story.encode("utf-16-le"))
    (tmp_path / "be.txt").write_bytes(story.encode("utf-16-be"))
    (tmp_path / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    lines = '{"id": "r1", "text": "%s"}\r\n{"id": "r2", "text": "Rain fell."}\r\n[1]\r\n' % story
    (tmp_path / "wide.jsonl").write_bytes(lines.encode("utf-16"))
    be, le, png, r1, r2, bad = read_items(tmp_path)
    assert be.text == story and le.text == story
    assert isinstance(png, ReadError) and "binary" in png.message
    assert (r1.id, r1.text, r2.id) == ("r1", story, "r2")
    assert isinstance(bad, ReadError) and bad.origin.endswith("wide.jsonl:3") and bad.message == "not a JSON object"


@pytest.mark.parametrize("data, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
])
def test_bad_text_files(tmp_path, data, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    (err,) = read_items(p)
    assert isinstance(err, ReadError) and message in err.message and err.origin == str(p) and err.id == "bad"


def test_oversized_file_refused_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(50_000_000)        # sparse: 50 MB on paper, nothing on disk

    def no_open(*a, **k):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(files, "open_regular", no_open)
    (err,) = read_items(p)
    assert isinstance(err, ReadError) and "50,000,000 bytes" in err.message and "limit" in err.message


def test_unreadable_file(tmp_path, monkeypatch):
    p = tmp_path / "locked.txt"
    p.write_text("Secret.", encoding="utf-8")

    def denied(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "open_regular", denied)
    (err,) = read_items(p)
    assert isinstance(err, ReadError) and "cannot read" in err.message and "Permission denied" in err.message


def test_broken_link_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "docs" / "fine.txt").write_text("A story.", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    out = read_items(tmp_path / "docs", tmp_path / "missing.txt", tmp_path / "empty")
    assert [a.id for a in out if isinstance(a, RawArticle)] == ["fine"]
    msgs = [(os.path.basename(e.origin), e.message) for e in errors(out)]
    assert ("gone.txt", "cannot read: broken link") in msgs
    assert ("missing.txt", "no such file or folder") in msgs
    assert ("empty", "no .txt, .jsonl, .html, .warc or feed files in this folder") in msgs


def test_stdin_text_and_jsonl():
    (a,) = read_items("-", stdin=io.BytesIO(b"MADRID (EFE) - The king spoke.\n\nMore.\n"))
    assert a.id == "stdin" and a.text.startswith("MADRID") and a.text.endswith("More.\n")
    out = read_items("-", stdin=io.BytesIO(b'{"id": "s1", "text": "One."}\nbroken\n{"text": "Two."}\n'))
    assert [x.id for x in out if isinstance(x, RawArticle)] == ["s1", "stdin:3"]
    assert errors(out)[0].origin == "<stdin>:2"


def test_stdin_over_the_limit(monkeypatch):
    monkeypatch.setattr(files, "MAX_BYTES", 50)
    (err,) = read_items("-", stdin=io.BytesIO(b"word " * 40))
    assert isinstance(err, ReadError) and "limit" in err.message


# ---------------------------------------------------------------- special files (issue 16): skipped, never opened
def test_fifo_in_a_folder_and_named_directly_is_skipped_not_waited_on(tmp_path):
    (tmp_path / "a.txt").write_text("First story.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "feed.jsonl")
    out = read_items(tmp_path)
    assert [a.id for a in out if isinstance(a, RawArticle)] == ["a"]
    msgs = sorted(e.message for e in errors(out))
    assert msgs == ["not a regular file (a FIFO): skipped"] * 2
    (err,) = read_items(tmp_path / "pipe.txt")
    assert isinstance(err, ReadError) and "FIFO" in err.message


def test_socket_and_device_are_skipped(tmp_path):
    import socket

    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(tmp_path / "sock.txt"))
        (err,) = read_items(tmp_path / "sock.txt")
        assert "socket" in err.message
    finally:
        s.close()
    (err,) = read_items("/dev/zero")
    assert isinstance(err, ReadError) and "character device" in err.message


def test_a_fifo_swapped_in_after_the_check_is_not_opened_blocking(tmp_path):
    os.mkfifo(tmp_path / "late.txt")
    (err,) = list(files.read_text_file(tmp_path / "late.txt", id="late"))
    assert "FIFO" in err.message
    (err,) = list(jsonl.read_jsonl(tmp_path / "late.txt", id="late"))
    assert "FIFO" in err.message


def test_unreadable_subfolder_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("First story.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Hidden story.", encoding="utf-8")
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "c.txt").write_text("Third story.", encoding="utf-8")
    real = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    import dateline.read as read_module
    monkeypatch.setattr(read_module.os, "scandir", scandir)
    out = read_items(tmp_path)
    assert [a.id for a in out if isinstance(a, RawArticle)] == ["a", "open/c"]
    (err,) = errors(out)
    assert err.origin.endswith("locked") and err.message == "cannot read folder: Permission denied"


def test_undecodable_file_name_gives_a_printable_id(tmp_path):
    name = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(name, "wb") as f:
        f.write(b"Rain fell in Oslo.")
    (a,) = read_items(tmp_path)
    assert isinstance(a, RawArticle) and a.id == "caf\ufffd"
    a.id.encode("utf-8")


def test_json_line_with_lone_surrogate_escapes_is_cleaned_offsets_kept(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text('{"id": "x\\ud800", "text": "A \\udc00 B in Paris.", "title": "T\\ud83d"}\n', encoding="utf-8")
    (a,) = read_items(p)
    assert a.text == "A \ufffd B in Paris." and a.id == "x\ufffd" and a.title == "T\ufffd"


# user52: a page, a feed or JSON lines saved as UTF-16 or UTF-32 with a BOM: told by content as decoded (the page and
# the feed were read as plain text, markup and all; UTF-32 lines were cut inside characters); each wide kind beside a
# plain UTF-8 copy that must read the same
_STORY = "KELVARO (Newswire) - The harbour board of Kelvaro met on Monday and raised its fees, a clerk said."
_PAGE = ("<!DOCTYPE html><html><head><title>Fees rise</title></head><body><article><p>%s</p><p>%s</p></article>"
         "</body></html>") % (_STORY, _STORY)
_FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title><item><title>Fees rise'
         '</title><description>%s</description></item></channel></rss>') % _STORY
_LINES = '{"id": "k1", "text": "%s"}\n{"id": "k2", "text": "Rain fell on Kelvaro."}\n' % _STORY


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "utf-16-be-bom", "utf-32", "utf-32-be-bom"])
@pytest.mark.parametrize("name,content", [("page.html", _PAGE), ("news.rss", _FEED), ("feed.jsonl", _LINES),
                                          ("story.txt", _STORY)])
def test_a_page_feed_or_json_lines_in_utf16_or_utf32_with_a_bom_reads_as_in_utf8(tmp_path, codec, name, content):
    import codecs

    boms = {"utf-16-be-bom": (codecs.BOM_UTF16_BE, "utf-16-be"), "utf-32-be-bom": (codecs.BOM_UTF32_BE, "utf-32-be")}
    bom, plain = boms.get(codec, (b"", codec))
    (tmp_path / "wide").mkdir()
    (tmp_path / "wide" / name).write_bytes(bom + content.encode(plain))
    (tmp_path / "narrow").mkdir()
    (tmp_path / "narrow" / name).write_text(content, encoding="utf-8")
    wide, narrow = read_items(tmp_path / "wide"), read_items(tmp_path / "narrow")
    assert not errors(wide) and [(a.id, a.text, a.title) for a in wide] == [(a.id, a.text, a.title) for a in narrow]
    assert "<" not in wide[0].text and _STORY in wide[0].text


def test_binary_garbage_is_refused_naming_the_file_or_the_line_and_the_rest_is_read(tmp_path):
    """user52: a binary file named .jsonl gave one `not JSON` error a "line" of its bytes; a binary line among good
    ones said a codec's error. Now one error for the file, and a line's error says what it is, where; the good lines
    and the other files of the folder are read."""
    import random

    rng = random.Random(52)
    noise = bytes(rng.randrange(256) for _ in range(4000))
    high = bytes(rng.randrange(0x80, 0x100) for _ in range(300))
    (tmp_path / "a.jsonl").write_bytes(noise)
    good = b'{"id": "g%d", "text": "Rain fell on Kelvaro."}\n'
    (tmp_path / "b.jsonl").write_bytes(good % 1 + noise[:200].replace(b"\n", b" ") + b"\n" + high + b"\n" + good % 2)
    (tmp_path / "c.txt").write_bytes(noise)
    (tmp_path / "d.txt").write_text(_STORY, encoding="utf-8")
    out = read_items(tmp_path)
    said = [(e.origin.replace(str(tmp_path) + "/", ""), e.message) for e in errors(out)]
    assert said[0] == ("a.jsonl", "binary file (NUL bytes), not JSON lines")
    assert said[1] == ("b.jsonl:2", "binary data (NUL bytes), not a JSON line")
    assert said[2][0] == "b.jsonl:3" and said[2][1].startswith("not UTF-8 text (binary data, or another encoding)")
    assert said[3][0] == "c.txt" and "binary" in said[3][1] and len(said) == 4
    assert [a.id for a in out if isinstance(a, RawArticle)] == ["g1", "g2", "d"]


# review52b: the same files in UTF-16 or UTF-32 written without a BOM (as some Windows tools and exports save them):
# a page was read as plain text, markup and all, JSON lines gave an error a line (their NUL bytes), UTF-32 text was
# refused as binary; each must read as its UTF-8 twin
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("name,content", [("page.html", _PAGE), ("feed.jsonl", _LINES), ("story.txt", _STORY)])
def test_a_page_json_lines_or_text_in_utf16_or_utf32_without_a_bom_reads_as_in_utf8(tmp_path, codec, name, content):
    (tmp_path / "wide").mkdir()
    (tmp_path / "wide" / name).write_bytes(content.encode(codec))
    (tmp_path / "narrow").mkdir()
    (tmp_path / "narrow" / name).write_text(content, encoding="utf-8")
    wide, narrow = read_items(tmp_path / "wide"), read_items(tmp_path / "narrow")
    assert not errors(wide) and [(a.id, a.text, a.title) for a in wide] == [(a.id, a.text, a.title) for a in narrow]
    assert "<" not in wide[0].text and _STORY in wide[0].text


def test_a_bad_code_unit_in_utf16_json_lines_spoils_its_own_line_only(tmp_path):
    """review52b: a lone surrogate in the second of three UTF-16 lines stopped the file at its first line ("file ends
    badly after line 0"): the first line, decoded in the same block, was lost with the third. Now the second line
    is said, by number, and the others are read; a file cut inside its last character says its last line."""
    import codecs

    def line(n):
        return ('{"id": "w%d", "text": "Snow closed the Ostravel pass for the %dth day."}\n' % (n, n)).encode("utf-16-le")

    bad = line(2).replace("Snow".encode("utf-16-le"), b"\x00\xd8" + "now".encode("utf-16-le"))
    (tmp_path / "a.jsonl").write_bytes(codecs.BOM_UTF16_LE + line(1) + bad + line(3))
    (tmp_path / "b.jsonl").write_bytes(line(4) + line(5)[:-3])
    out = read_items(tmp_path)
    said = [(e.origin.replace(str(tmp_path) + "/", ""), e.message) for e in errors(out)]
    assert [a.id for a in out if isinstance(a, RawArticle)] == ["w1", "w3", "w4"]
    assert said == [("a.jsonl:2", "not valid UTF-16 text in this line"),
                    ("b.jsonl:2", "not valid UTF-16-LE text in this line")]


def test_files_of_a_folder_that_are_no_kind_dateline_reads_are_listed_not_dropped_silently(tmp_path):
    """user53: a .pdf or a .csv in a folder given was skipped without a word. `unread` lists them (hidden files and
    the files read left out; a sub-folder searched too); `left_out` says what is read instead."""
    from dateline.read import left_out, unread

    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("QUARLE (Newswire) - The ferry ran late on Monday, its owner said.\n")
    (tmp_path / "b.TXT.gz").write_bytes(b"")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "sub" / "table.csv").write_text("x,y\n")
    (tmp_path / "sub" / "README").write_text("about\n")
    (tmp_path / ".seen").write_text("")
    got = unread([str(tmp_path), str(tmp_path / "a.txt"), "-"])
    assert got == [str(tmp_path / "notes.pdf"), str(tmp_path / "sub" / "README"), str(tmp_path / "sub" / "table.csv")]
    assert unread([str(tmp_path / "a.txt")]) == []                 # a file given by name is read by its content
    said = left_out(got[0])
    assert said.startswith(f"{got[0]}: left out (.pdf:") and ".jsonl" in said
    assert "give this file by name" in said and "not a kind of file dateline reads" not in said   # (review53d)
    assert "a name without a suffix" in left_out(got[1])
