"""JSON lines: {"id", "text", "title"?, "published"? (YYYY-MM-DD), "source"?, "url"?} per line, streamed."""
from __future__ import annotations

import codecs
import datetime as dt
import json
import pathlib
import zlib
from typing import BinaryIO, Iterable, Iterator, Union

from ..records import RawArticle, ReadError
from .clean import clean, clean_optional
from .files import MAX_BYTES, open_regular

CHUNK = 1 << 20


def read_jsonl(path: pathlib.Path, *, id: str) -> Iterator[Union[RawArticle, ReadError]]:
    """Every record of a JSONL file, one line at a time (no line over MAX_BYTES is held in memory)."""
    try:
        handle = open_regular(path)
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    except ValueError as exc:
        yield ReadError(str(path), str(exc))
        return
    with handle:
        yield from read_lines(handle, origin=str(path), id=id)


def read_lines(handle: BinaryIO, *, origin: str, id: str, first: bytes = b"") -> Iterator[Union[RawArticle, ReadError]]:
    """Records from a binary stream of JSON lines; `id` + ':LINE' names records that have no "id"."""
    found, number = False, 0
    try:
        for number, line, too_long in _lines(handle, first):
            where = f"{origin}:{number}"
            if too_long:
                found = True
                yield ReadError(where, f"line over the {MAX_BYTES:,}-byte limit for one article")
                continue
            if not line.strip():
                continue
            found = True
            if getattr(handle, "invalid", False):
                yield ReadError(where, f"not valid {handle.codec.upper()} text in this line")
                continue
            yield parse_line(line, origin=where, default_id=f"{id}:{number}")
    except (OSError, EOFError, zlib.error) as exc:     # a gzip cut short or corrupt: the lines before it are kept
        yield ReadError(f"{origin}:{number + 1}", f"file ends badly after line {number} (truncated or corrupt?): {exc}")
        return
    if not found:
        yield ReadError(origin, "no JSON lines in it (empty)")


def starts_as_lines(head: bytes) -> bool:
    """True when the first bytes of a file (a UTF-8 BOM and blanks left aside) open a JSON object: JSON lines in
    UTF-8 whose NUL bytes, if any, are in a line of their own (said for that line), not a binary file."""
    return head.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{")


class Utf16Lines:
    """A UTF-16 (or UTF-32) stream, with its BOM or without (`codec` 'utf-16-le' ...), read as UTF-8 bytes, line by
    line (`readline`): JSON lines are UTF-8, but a file saved as "Unicode" by Windows tools is UTF-16, whose bytes no
    line of JSON decodes (user48); UTF-32 was read as bytes, its lines cut inside characters (user52). Bytes the
    codec refuses spoil their own line only (`invalid` is true after reading it; review52b: the error stopped the
    file, and the good lines decoded with them in one block of the stream were lost)."""

    def __init__(self, stream: BinaryIO, codec: str = "utf-16"):
        import io

        self.codec = codec
        self.invalid = False
        self.text = io.TextIOWrapper(stream, encoding=codec, errors=_MARK_INVALID, newline="")

    def readline(self, limit: int = -1) -> bytes:
        line = self.text.readline(limit)
        self.invalid = _INVALID in line
        return line.encode("utf-8", "surrogatepass")


_MARK_INVALID = "dateline-invalid"
_INVALID = "\udcff"          # a lone surrogate: never what a UTF-16 or UTF-32 decoder gives for valid bytes
codecs.register_error(_MARK_INVALID, lambda exc: (_INVALID, exc.end))


def _lines(handle: BinaryIO, first: bytes) -> Iterable[tuple[int, bytes, bool]]:
    """(number, line, too long) for each line; an over-long line is skipped through without keeping it.

    `first` is a line already read from the stream with the same limit (standard input's first line).
    """
    number = 0
    while True:
        line, first = (first or handle.readline(MAX_BYTES + 1)), b""
        if not line:
            return
        number += 1
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while True:                      # drop the rest of the line in chunks
                rest = handle.readline(CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, b"", True
            continue
        yield number, line, False


def parse_line(line: bytes, *, origin: str, default_id: str) -> Union[RawArticle, ReadError]:
    """One JSON line -> RawArticle, or a ReadError naming what is wrong with it."""
    if b"\x00" in line:
        return ReadError(origin, "binary data (NUL bytes), not a JSON line")
    try:
        obj = json.loads(line.rstrip(b"\r\n"))      # (with its line end, a string left open was an "Invalid control
    except UnicodeDecodeError as exc:                # character" at the end: user51)
        return ReadError(origin, f"not UTF-8 text (binary data, or another encoding): byte 0x{line[exc.start]:02x} "
                                 f"at byte {exc.start + 1} of the line")
    except ValueError as exc:
        return ReadError(origin, f"not JSON: {exc}")
    if not isinstance(obj, dict):
        return ReadError(origin, "not a JSON object")
    rid = obj.get("id")
    rid = default_id if rid is None or str(rid) == "" else clean(str(rid))
    text = obj.get("text")
    if not isinstance(text, str):
        return ReadError(origin, "no \"text\" string", rid)
    if not text.strip():
        return ReadError(origin, "empty text", rid)
    if len(text) > MAX_BYTES:
        return ReadError(origin, f"text over the {MAX_BYTES:,}-character limit for one article", rid)
    for key in ("title", "source", "url"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return ReadError(origin, f"\"{key}\" is not a string", rid)
    published = obj.get("published")
    if published is not None:
        try:
            published = dt.date.fromisoformat(str(published)[:10]).isoformat()
        except ValueError:
            return ReadError(origin, f"\"published\" is not YYYY-MM-DD: {published!r}", rid)
    return RawArticle(id=rid, text=clean(text), title=clean_optional(obj.get("title") or None), published=published,
                      source=clean_optional(obj.get("source")), url=clean_optional(obj.get("url")), origin=origin,
                      source_format="jsonl")
