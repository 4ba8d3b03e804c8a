"""user54: the messages users meet - many files left out of a folder, a gzip cut short - and a page's site name as
the store's publisher when the input gives none."""
from __future__ import annotations

import gzip
import pathlib

from dateline.read import SAY_EACH, SUFFIXES, left_out, left_out_report, read, unread
from dateline.records import Article, ReadError
from dateline.run.local import Summary
from dateline.store import Store

STORY = ("PORT ALDIN (Newswire) - The harbour board of Port Aldin voted on Thursday to rebuild the old ferry pier "
         "before the winter storms, its chairwoman Ines Kovarik said.\n")


def _folder(tmp_path: pathlib.Path, pdfs: int, csvs: int) -> pathlib.Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    for i in range(pdfs):
        (folder / f"minutes-{i:03d}.pdf").write_bytes(b"%PDF-1.4 invented")
    for i in range(csvs):
        (folder / "sub" / f"table-{i}.csv").write_text("a,b\n", encoding="utf-8")
    return folder


def test_a_few_files_left_out_are_said_one_a_line(tmp_path):
    folder = _folder(tmp_path, SAY_EACH - 2, 2)                  # exactly SAY_EACH: the near miss of the count
    paths = unread([str(folder)])
    assert len(paths) == SAY_EACH
    assert left_out_report(paths, str(tmp_path / "s.duckdb")) == [left_out(p) for p in paths]
    assert not (tmp_path / "s.duckdb.left-out.txt").exists()


def test_many_files_left_out_are_counted_by_kind_with_the_full_list_next_to_the_store(tmp_path):
    folder = _folder(tmp_path, 40, 3)
    paths = unread([str(folder)])
    lines = left_out_report(paths, str(tmp_path / "s.duckdb"))
    assert len(lines) == 3                                        # .pdf, .csv, and how to read them
    assert lines[0].startswith("40 file(s) of a folder left out (.pdf): ") and lines[0].endswith(" and 37 more")
    assert lines[1].startswith("3 file(s) of a folder left out (.csv): ") and "more" not in lines[1]
    listed = tmp_path / "s.duckdb.left-out.txt"
    assert lines[2].endswith(f"the full list of 43: {listed}") and SUFFIXES[0] in lines[2]
    assert listed.read_text(encoding="utf-8").splitlines() == paths
    summary = Summary(skipped=paths)
    assert "43 file(s) of a folder left out by their names: " in summary.line()
    assert "(40 x .pdf, 3 x .csv)" in summary.line()
    assert "x .pdf" not in Summary(skipped=paths[:5]).line()     # five: named, no count by kind


def test_many_files_left_out_without_a_store_are_listed_in_a_temporary_file(tmp_path):
    paths = unread([str(_folder(tmp_path, 12, 0))])
    last = left_out_report(paths)[-1]
    listed = pathlib.Path(last.rsplit(": ", 1)[1])
    try:
        assert listed.name.startswith("dateline-left-out-") and listed.read_text().splitlines() == paths
    finally:
        listed.unlink()


def _cut(data: bytes) -> bytes:
    packed = gzip.compress(data)
    return packed[: len(packed) // 2]


def test_a_gzip_cut_short_is_said_to_be_not_readable_gzip(tmp_path):
    """user53: a cut-short gzip said `cannot read: Compressed file ended ...`, where docs/input.md says
    `not readable gzip: ...` (the disk is fine; the file is not)."""
    text = (STORY * 300).encode()
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Invented Gazette</title>'
            + b"".join(b"<item><title>Pier %d</title><description>The board met about pier %d.</description></item>"
                       % (i, i) for i in range(400)) + b"</channel></rss>")
    for name, data in (("story.txt.gz", text), ("news.rss.gz", feed)):
        path = tmp_path / name
        path.write_bytes(_cut(data))
        items = list(read([str(path)]))
        assert len(items) == 1 and isinstance(items[0], ReadError), items
        assert items[0].message.startswith("not readable gzip: ") and "cut short" in items[0].message
        whole = tmp_path / f"whole-{name}"
        whole.write_bytes(gzip.compress(data))                   # the near miss: the whole file reads
        assert not any(isinstance(i, ReadError) for i in read([str(whole)]))


def _article(aid: str, **kw) -> Article:
    return Article(id=aid, title=None, published=None, published_from=None, dateline=None, truncated=False,
                   text=STORY, **kw)


def test_a_pages_site_is_the_publisher_when_the_input_gives_none(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write_articles([(_article("page", site="Invented Gazette", source_format="html"), "p.html"),
                              (_article("line", source="Harbour Wire", site="Invented Gazette"), "f.jsonl:1"),
                              (_article("bare"), "b.txt")])
        rows = dict(store.con.execute("SELECT id, source FROM articles").fetchall())
        assert rows == {"page": "Invented Gazette", "line": "Harbour Wire", "bare": None}
        assert store.get_article("page").source is None            # the contract's `source` is the input's
