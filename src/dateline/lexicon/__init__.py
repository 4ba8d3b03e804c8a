"""Lexicons the project writes itself (TSV data files beside this module) and the one loader they share.

Every TSV lexicon has the same shape: `#` comment lines (what it is, where it comes from, its columns),
then one header line naming the columns, then one row per line, cells separated by tabs. `rows(name)`
reads a file once and returns its rows as dicts keyed by the header; a row with more cells than the header
is an error that names the file and line. Fewer cells are padded with "" (a trailing empty column).
"""
from __future__ import annotations

import functools
import pathlib
from typing import Optional

HERE = pathlib.Path(__file__).resolve().parent


class LexiconError(ValueError):
    """A lexicon file that cannot be read as its header says: the message names file:line."""


class Row(dict):
    """One row of a lexicon: column -> cell (stripped), plus `line`, its line number in the file."""

    line: int = 0


def path(name: str) -> pathlib.Path:
    """The path of a lexicon file shipped with dateline."""
    return HERE / name


@functools.lru_cache(maxsize=None)
def rows(name: str, columns: Optional[tuple[str, ...]] = None) -> tuple[Row, ...]:
    """The rows of lexicon file `name` (read once). With `columns`, the header must start with them."""
    file = path(name)
    header: Optional[list[str]] = None
    out: list[Row] = []
    for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            if columns is not None and tuple(header[:len(columns)]) != tuple(columns):
                raise LexiconError(f"{file}:{n}: header {header} does not start with the columns {list(columns)}")
            continue
        if len(cells) > len(header):
            raise LexiconError(f"{file}:{n}: {len(cells)} cells for {len(header)} columns {header}")
        row = Row(zip(header, cells + [""] * (len(header) - len(cells))))
        row.line = n
        out.append(row)
    if header is None:
        raise LexiconError(f"{file}: no header line")
    return tuple(out)


def split(cell: str, sep: str = "|") -> tuple[str, ...]:
    """A multi-valued cell ("a|b|c") as its non-empty values."""
    return tuple(v.strip() for v in cell.split(sep) if v.strip())
