"""JSON lines: {"id", "text", "title"?, "published"?, "source"?, "url"?} per line."""
from __future__ import annotations

import datetime as dt
import json
import pathlib
from typing import Iterator, Union

from ..records import RawArticle, ReadError
from .files import MAX_BYTES


def read_jsonl(path: pathlib.Path) -> Iterator[Union[RawArticle, ReadError]]:
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            yield parse_line(line, origin=f"{path}:{number}")


def parse_line(line: bytes, *, origin: str) -> Union[RawArticle, ReadError]:
    if len(line) > MAX_BYTES:
        return ReadError(origin, f"line of {len(line):,} bytes is over the {MAX_BYTES:,}-byte limit for one article")
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return ReadError(origin, f"not JSON: {exc}")
    if not isinstance(obj, dict):
        return ReadError(origin, "not a JSON object")
    rid = obj.get("id")
    rid = None if rid is None else str(rid)
    text = obj.get("text")
    if not isinstance(text, str):
        return ReadError(origin, "no \"text\" string", rid)
    if not text.strip():
        return ReadError(origin, "empty text", rid)
    if rid is None:
        return ReadError(origin, "no \"id\"")
    published = obj.get("published")
    if published is not None:
        try:
            published = dt.date.fromisoformat(str(published)[:10]).isoformat()
        except ValueError:
            return ReadError(origin, f"\"published\" is not YYYY-MM-DD: {published!r}", rid)
    return RawArticle(id=rid, text=text, title=obj.get("title"), published=published,
                      source=obj.get("source"), url=obj.get("url"), origin=origin)
