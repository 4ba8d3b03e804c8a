"""docs/input.md says what the readers do: the size limit and every error message are named there."""
import pathlib

from dateline.read import files

DOC = pathlib.Path(__file__).resolve().parents[2] / "docs" / "input.md"


def test_limit_and_messages_documented():
    doc = DOC.read_text(encoding="utf-8")
    assert "MAX_BYTES" in doc and f"{files.MAX_BYTES:,}" in doc
    for message in ("no such file or folder", "cannot read: broken link", "no .txt, .jsonl, .html, .warc or feed files in this folder",
                    "empty text", "empty file (0 bytes)", "not JSON", "not a JSON object", 'no "text" string', "no JSON lines in it",
                    "binary file (NUL bytes), not text"):
        assert message in doc, message
