"""Inputs -> RawArticle records (or ReadError records): files, folders, JSON lines, standard input.

Record ids: a JSON line's "id"; else the path relative to the folder given, without extension (a file given
by itself: its stem; standard input: 'stdin'); a JSON line without "id" gets its file's id + ':LINE'.
"""
from __future__ import annotations

import os
import pathlib
import sys
from typing import BinaryIO, Iterable, Iterator, Optional, Union

from ..records import RawArticle, ReadError
from . import files, jsonl
from .files import MAX_BYTES

Item = Union[RawArticle, ReadError]
SUFFIXES = (".txt", ".jsonl")

__all__ = ["read", "read_path", "read_stdin", "MAX_BYTES", "Item"]


def read(inputs: Iterable[str], *, stdin: Optional[BinaryIO] = None) -> Iterator[Item]:
    """Every article in the given paths ('-' is standard input), in order; errors as ReadError, never raised."""
    for name in inputs:
        if name == "-":
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer)
        else:
            yield from read_path(pathlib.Path(name), given=name)


def read_path(path: pathlib.Path, *, given: Optional[str] = None) -> Iterator[Item]:
    """A file or a folder (searched recursively for *.txt and *.jsonl, hidden entries left out)."""
    given = given or str(path)
    if path.is_dir():
        found = False
        for child in _walk(path):
            found = True
            yield from _read_file(child, base=path)
        if not found:
            yield ReadError(given, "no .txt or .jsonl files in this folder")
    elif path.exists():
        yield from _read_file(path, base=None)
    elif path.is_symlink():
        yield ReadError(given, "cannot read: broken link")
    else:
        yield ReadError(given, "no such file or folder")


def read_stdin(stream: BinaryIO) -> Iterator[Item]:
    """Standard input: JSON lines when its first line starts with '{', else one text article."""
    first = stream.readline(MAX_BYTES + 1)
    if first.lstrip().startswith(b"{"):
        yield from jsonl.read_lines(stream, origin="<stdin>", id="stdin", first=first)
    else:
        yield from files.read_stream(stream, origin="<stdin>", id="stdin", head=first)


def _walk(folder: pathlib.Path) -> Iterator[pathlib.Path]:
    """Files under `folder` with a .txt or .jsonl suffix (any case), sorted; links that lead nowhere kept."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES:
                yield pathlib.Path(root) / name


def _read_file(path: pathlib.Path, base: Optional[pathlib.Path]) -> Iterator[Item]:
    rid = path.relative_to(base).with_suffix("").as_posix() if base else path.stem
    if not path.exists():
        yield ReadError(str(path), "cannot read: broken link", rid)
    elif path.is_dir():
        yield ReadError(str(path), "is a folder, not a file", rid)
    elif path.suffix.lower() == ".jsonl":
        yield from jsonl.read_jsonl(path, id=rid)
    else:
        yield from files.read_text_file(path, id=rid)
