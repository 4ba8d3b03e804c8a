"""Quoted runs found by their marks: curly, straight, doubled single marks and the wire's ``...'' (two grave
accents open, two apostrophes close); a paragraph ends an open run."""
from __future__ import annotations

import re
from typing import NamedTuple

# an opening or closing mark, a blank line, or a line break before a mark opening the next paragraph
_MARK = re.compile(r"“|”|\"|''|``|\n[^\S\n]*\n|\n(?=[^\S\n]*(?:“|\"|''|``))")
_TAG = re.compile(r"<[^<>\n]*>")
OPEN = ("“", '"', "''", "``")
CLOSE = ("”", '"', "''")
MIN_CHARS = 5


class Run(NamedTuple):
    start: int          # at the opening mark
    end: int            # after the closing mark, or at the end of the paragraph for an unclosed run
    closed: bool


def quoted_runs(text: str) -> list[Run]:
    """Every run in quotation marks, marks included; an unclosed run stops at its paragraph's end."""
    tags = [(m.start(), m.end()) for m in _TAG.finditer(text)] if "<" in text else []
    runs: list[Run] = []
    opened = None
    for m in _MARK.finditer(text):
        g = m.group()
        if g[0] == "\n":
            if opened is not None:
                runs.append(Run(opened, _rstrip(text, opened, m.start()), False))
                opened = None
            continue
        if opened is None:
            if g in OPEN and not (g == '"' and m.start() and text[m.start() - 1].isdigit()):
                opened = m.start()          # a straight mark right after a digit is inches, not a quote
        elif g in CLOSE:
            runs.append(Run(opened, m.end(), True))
            opened = None
    if opened is not None:
        runs.append(Run(opened, _rstrip(text, opened, len(text)), False))
    out = []
    for r in runs:
        if r.end - r.start < MIN_CHARS:
            continue
        if tags and any(s < r.end and r.start < e for s, e in tags):
            continue                           # attributes of markup, not words
        out.append(r)
    return out


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
