"""Inputs split into shards that a worker reads by itself: groups of text files, or byte ranges of a JSONL file.

A shard is a few paths and numbers (no text): the driver plans them while scanning the inputs once (JSONL
ranges end at a line end, and carry the number of their first line so that origins stay `file:LINE`), and
the task that gets one reads exactly the articles `read()` would have read there, with the same ids and
origins. Paths are read where the task runs: on a cluster they must be on a filesystem every worker sees.
"""
from __future__ import annotations

import hashlib
import pathlib
import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from ..records import ReadError
from . import Item, _fallback, _read_file, _walk, file_id, read
from .datenames import date_in_name
from .detect import HEAD
from .files import MAX_BYTES, wide_codec
from .jsonl import CHUNK, parse_line, starts_as_lines

SHARD_BYTES = 4_000_000         # input bytes per shard (~1,000 news articles): minutes of NLP for one task
MIN_SHARD_BYTES = 200_000       # the smallest a shard is made when the size shrinks (below): ~35 news articles,
                                # ~10 s of NLP, against ~0.3 s of a task's own costs (reading, writing the part)
GUIDE = 16                      # a shard is at most 1/GUIDE of the input bytes not yet planned


@dataclass(frozen=True)
class Shard:
    """kind 'files': text files `paths` (ids relative to `base`, a folder given, or their stems); kind
    'jsonl': the lines of `paths[0]` that start in the bytes [start, end), the first being line `line`;
    kind 'path': an input that is neither (missing, a broken link): reading it gives its ReadError."""
    kind: str
    paths: tuple[str, ...]
    base: Optional[str] = None
    start: int = 0
    end: int = 0
    line: int = 1

    @property
    def key(self) -> str:
        """A file-name-safe name: the first path's stem and a hash of everything that says what it covers."""
        digest = hashlib.sha256(repr((self.kind, self.paths, self.base, self.start, self.end)).encode()).hexdigest()
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", pathlib.Path(self.paths[0]).stem)[:40] if self.paths else "none"
        return f"{stem}-{self.start}-{digest[:12]}"


class _Sizes:
    """The size of the next shard: `size`, shrinking towards the end of the input to MIN_SHARD_BYTES (never more than
    `size`) as 1/GUIDE of the bytes left, so that the last tasks are short and no worker waits long for the last
    one (the tail of a run), while the first are large and their own costs amortised. Depends on the inputs and
    `size` only, so a run started again plans the same shards (and finds their parts)."""

    def __init__(self, size: int, total: Optional[int]):
        self.size, self.left = size, total

    def next(self) -> int:
        if self.left is None:
            return self.size
        return min(self.size, max(min(MIN_SHARD_BYTES, self.size), self.left // GUIDE))

    def took(self, n: int) -> None:
        if self.left is not None:
            self.left = max(0, self.left - n)


def input_bytes(inputs: Iterable[str]) -> Optional[int]:
    """The bytes of every file INPUTS name or hold (a walk of folders, no reading); None for standard input."""
    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = pathlib.Path(name)
        total += sum(_size(f) for f in _walk(path)) if path.is_dir() else _size(path)
    return total


def shards(inputs: Iterable[str], *, size: int = SHARD_BYTES) -> Iterator[Shard]:
    """The shards of INPUTS, in input order (lazily; a JSONL file is scanned once for its line ends), of about
    `size` bytes, smaller towards the end (`_Sizes`)."""
    inputs = list(inputs)
    sizes = _Sizes(size, input_bytes(inputs) if "-" not in inputs else None)
    for name in inputs:
        if name == "-":
            raise ValueError("standard input cannot be split into shards for a cluster: give files or folders")
        path = pathlib.Path(name)
        if path.is_dir():
            found = False
            group: list[str] = []
            held = 0
            for child in _walk(path):
                found = True
                if child.suffix.lower() == ".jsonl":
                    yield from _jsonl(child, base=str(path), sizes=sizes)
                    continue
                group.append(str(child))
                held += _size(child)
                if held >= sizes.next():
                    sizes.took(held)
                    yield Shard("files", tuple(group), base=str(path))
                    group, held = [], 0
            if group:
                sizes.took(held)
                yield Shard("files", tuple(group), base=str(path))
            if not found:
                yield Shard("path", (name,))
        elif path.is_file() and path.suffix.lower() == ".jsonl" and path.stat().st_size > 0:
            yield from _jsonl(path, base=None, sizes=sizes)
        elif path.is_file():
            sizes.took(_size(path))
            yield Shard("files", (str(path),))
        else:
            yield Shard("path", (name,))


def _size(path: pathlib.Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _jsonl(path: pathlib.Path, *, base: Optional[str], sizes: _Sizes) -> Iterator[Shard]:
    """Byte ranges of about `sizes.next()` bytes, each ending just after a newline (or at the end of the file)."""
    total = _size(path)
    if total == 0:
        yield Shard("jsonl", (str(path),), base=base, start=0, end=0, line=1)
        return
    start, line = 0, 1
    try:
        handle = open(path, "rb")
    except OSError:
        yield Shard("jsonl", (str(path),), base=base, start=0, end=total, line=1)
        return
    with handle:
        head = handle.read(HEAD)
        if wide_codec(head) or (b"\x00" in head and not starts_as_lines(head)):
            # UTF-16/32 lines, or a binary file: read whole by one task, as `read()` reads it (user52: cut at
            # b"\n" bytes, UTF-16 lines were cut inside characters and a binary file gave an error a "line")
            sizes.took(total)
            yield Shard("files", (str(path),), base=base)
            return
        while start < total:
            handle.seek(start)
            block = handle.read(sizes.next())
            if start + len(block) < total:                      # run on to the end of the line
                while True:
                    rest = handle.readline(CHUNK)
                    block += rest
                    if not rest or rest.endswith(b"\n"):
                        break
            end = start + len(block)
            sizes.took(len(block))
            yield Shard("jsonl", (str(path),), base=base, start=start, end=end, line=line)
            line += block.count(b"\n")
            start = end


def read_shard(shard: Shard) -> Iterator[Item]:
    """The articles (and read errors) of one shard, exactly as `read()` gives them for those inputs."""
    if shard.kind == "path":
        yield from read([shard.paths[0]])
        return
    base = pathlib.Path(shard.base) if shard.base else None
    if shard.kind == "files":
        for p in shard.paths:
            yield from _read_file(pathlib.Path(p), base=base)
        return
    path = pathlib.Path(shard.paths[0])
    rid = file_id(path, base)
    named = date_in_name(str(path))                  # as read_file: a date in the path is the fallback date
    items = _read_range(path, rid, shard)
    yield from _fallback(items, (named, "filename")) if named else items


def _read_range(path: pathlib.Path, rid: str, shard: Shard) -> Iterator[Item]:
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    found = False
    with handle:
        handle.seek(shard.start)
        pos, number = shard.start, shard.line
        while pos < shard.end:
            line = handle.readline(MAX_BYTES + 1)
            if not line:
                break
            where = f"{path}:{number}"
            if len(line) > MAX_BYTES and not line.endswith(b"\n"):
                while True:
                    rest = handle.readline(CHUNK)
                    if not rest or rest.endswith(b"\n"):
                        break
                found = True
                yield ReadError(where, f"line over the {MAX_BYTES:,}-byte limit for one article")
            elif line.strip():
                found = True
                yield parse_line(line, origin=where, default_id=f"{rid}:{number}")
            number += 1
            pos = handle.tell()
    if not found and shard.start == 0 and shard.end >= _size(path):
        yield ReadError(str(path), "no JSON lines in it (empty)")
