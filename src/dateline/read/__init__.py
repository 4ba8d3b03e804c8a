"""Inputs -> RawArticle records (or ReadError records): files, folders, JSON lines, standard input."""
from __future__ import annotations

import pathlib
import sys
from typing import Iterable, Iterator, Union

from ..records import RawArticle, ReadError
from . import files, jsonl

Item = Union[RawArticle, ReadError]


def read(inputs: Iterable[str]) -> Iterator[Item]:
    """Every article in the given paths ('-' is standard input), in order; errors as ReadError."""
    for name in inputs:
        if name == "-":
            yield from files.read_stream(sys.stdin.buffer, origin="<stdin>", id="stdin")
            continue
        path = pathlib.Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (".txt", ".jsonl")):
                yield from _read_file(child, base=path)
        elif path.exists():
            yield from _read_file(path, base=None)
        else:
            yield ReadError(origin=name, message="no such file or folder")


def _read_file(path: pathlib.Path, base) -> Iterator[Item]:
    if path.suffix == ".jsonl":
        yield from jsonl.read_jsonl(path)
    else:
        rid = path.relative_to(base).with_suffix("").as_posix() if base else path.stem
        yield from files.read_text_file(path, id=rid)
