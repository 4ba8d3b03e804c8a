"""Plain-text articles: one file an article, decoded (UTF-8, else by charset detection)."""
from __future__ import annotations

import pathlib
from typing import BinaryIO, Iterator, Union

from ..records import RawArticle, ReadError

MAX_BYTES = 5_000_000   # one article; larger files are refused with a message (docs/input.md)


def decode(data: bytes) -> str:
    """UTF-8 when it is; else the charset charset-normalizer finds. Raises ValueError on binary data."""
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("not text in any known encoding")
    return str(best)


def read_text_file(path: pathlib.Path, *, id: str) -> Iterator[Union[RawArticle, ReadError]]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield ReadError(origin, f"file of {size:,} bytes is over the {MAX_BYTES:,}-byte limit for one article", id)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(origin, f"cannot read: {exc.strerror or exc}", id)
        return
    yield from _article(data, origin=origin, id=id)


def read_stream(stream: BinaryIO, *, origin: str, id: str) -> Iterator[Union[RawArticle, ReadError]]:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        yield ReadError(origin, f"input over the {MAX_BYTES:,}-byte limit for one article", id)
        return
    yield from _article(data, origin=origin, id=id)


def _article(data: bytes, *, origin: str, id: str):
    try:
        text = decode(data)
    except ValueError as exc:
        yield ReadError(origin, str(exc), id)
        return
    if not text.strip():
        yield ReadError(origin, "empty text", id)
        return
    yield RawArticle(id=id, text=text, origin=origin)
