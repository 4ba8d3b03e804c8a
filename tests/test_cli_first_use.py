"""user53, a new user's first hour: messages that named the wrong thing. Each fix with its near miss."""
import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.read import read
from dateline.records import RawArticle, ReadError


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def store_path(tmp_path):
    from dateline.store import Store

    path = tmp_path / "news.duckdb"
    Store.open(path).close()
    return path


def test_export_into_a_file_is_said_as_a_bad_folder_not_as_a_failed_store(tmp_path, store_path):
    """`export -o FILE` said `the store ... failed ([Errno 17] File exists ...)` and exit 3, blaming the store."""
    taken = tmp_path / "out.txt"
    taken.write_text("mine\n")
    result = invoke("export", "--db", store_path, "--format", "csv", "-o", taken)
    assert result.exit_code == 1 and "store" not in result.output
    assert f"cannot write into {taken}: it is a file, not a folder" in result.output
    assert taken.read_text() == "mine\n"
    fresh = tmp_path / "a" / "b"                                   # a folder not there yet is made
    made = invoke("export", "--db", store_path, "--format", "csv", "-o", fresh)
    assert made.exit_code == 0 and (fresh / "articles.csv").is_file()


def test_a_folder_as_the_store_is_said_as_such(tmp_path, store_path):
    """`--db FOLDER` gave DuckDB's `Could not read from file ...: Is a directory`; a file there opens (near miss)."""
    for args in (["events"], ["ingest", "-"]):
        result = invoke(*args, "--db", tmp_path)
        assert result.exit_code == 1, result.output
        assert f"{tmp_path} is a folder: a store is one DuckDB file" in result.output
    assert invoke("events", "--db", store_path).exit_code == 0


@pytest.mark.parametrize("name", ["crawl.warc", "news.rss", "page.html", "story.txt"])
def test_a_file_of_0_bytes_is_said_empty_whatever_its_name(tmp_path, name):
    """A 0-byte `.warc` was `empty text`; a file of one blank line is still `empty text` (the near miss)."""
    (tmp_path / name).write_bytes(b"")
    (error,) = list(read([str(tmp_path / name)]))
    assert isinstance(error, ReadError) and error.message == "empty file (0 bytes)"
    (tmp_path / "blank.txt").write_text("  \n")
    (blank,) = list(read([str(tmp_path / "blank.txt")]))
    assert isinstance(blank, ReadError) and blank.message == "empty text"


def test_a_jsonl_of_0_bytes_keeps_its_own_message_and_odd_lines_are_each_said(tmp_path):
    (tmp_path / "none.jsonl").write_bytes(b"")
    (tmp_path / "odd.jsonl").write_text('{"id": "q1"}\n[1]\n{"id": "q3", "text": "HALVERN - The pier reopened."}\n')
    items = list(read([str(tmp_path / "none.jsonl"), str(tmp_path / "odd.jsonl")]))
    assert [i.message for i in items if isinstance(i, ReadError)] == \
        ["no JSON lines in it (empty)", 'no "text" string', "not a JSON object"]
    assert [i.id for i in items if isinstance(i, RawArticle)] == ["q3"]
