"""Lines of a text as (start, end) offsets with surrounding whitespace trimmed; empty lines left out."""
from __future__ import annotations

import functools
import re

from ..lexicon import classes

_LINE = re.compile(r"[^\n]+")
_LEAD = re.compile(r"\s*")


def lines(text: str) -> list[tuple[int, int]]:
    """Every non-blank line's (start, end), whitespace (and \\r) trimmed, in order."""
    out = []
    for m in _LINE.finditer(text):
        s, e = m.span()
        s += _LEAD.match(text, s, e).end() - s
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def norm(line: str) -> str:
    """A headline's comparison key: case, spacing, quote marks and a final full stop do not matter."""
    line = line.translate(_QUOTES)
    return " ".join(line.casefold().split()).rstrip(" .")


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@functools.lru_cache(maxsize=4)
def structure_words(kind: str) -> frozenset[str]:
    """A class of lexicon/structure_words.tsv (`tailword`, `abbrev`, `ledeword`), lower case."""
    return frozenset(classes("structure_words.tsv")[kind])
