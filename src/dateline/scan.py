"""Regular-expression scans the stages share, with no model behind them (the structure stage runs before the parse)."""
from __future__ import annotations

from typing import Iterator, Optional


def matches_at(rx, scan, text: str, shift: int = 0, pos: int = 0, end: Optional[int] = None) -> Iterator:
    """The matches of `rx.finditer(text, pos, end)` for a pattern whose every match starts `shift` characters after the
    start of a match of `scan` (a plain pattern the regex engine finds fast: a literal or a class first, where rx opens
    with a look-behind or a word boundary, with which the engine tries rx at every character): rx is tried only there,
    in order, and its look-behinds still read the text before. The same matches, at a fraction of the cost."""
    end = len(text) if end is None else end
    while True:
        hit = scan.search(text, max(0, pos - shift), end)
        if hit is None:
            return
        at = hit.start() + shift
        m = rx.match(text, at, end)
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = max(m.end(), at + 1)
