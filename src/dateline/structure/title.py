"""The headline: kept once as the title; its repeated copies (top of the text, after the dateline) listed to skip."""
from __future__ import annotations

from typing import Callable, Optional

from .lines import norm

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 25       # headlines run to about 20 words; a longer first line is the lead


def find_title(text: str, lines: list[tuple[int, int]], given: Optional[str],
               not_a_title: Callable[[int, int], bool]) -> tuple[Optional[str], Optional[tuple[int, int]], tuple]:
    """(title, span of the copy kept, spans of the other copies).

    With a title from the input, lines equal to it are its copies (the first is the one kept).
    Else the first line is the headline when it is short, not a dateline, and more text follows.
    """
    if given is not None and given.strip():
        key = norm(given)
        same = [(s, e) for s, e in lines if norm(text[s:e]) == key]
        return given.strip(), (same[0] if same else None), tuple(same[1:])
    if len(lines) < 2:
        return None, None, ()
    s, e = lines[0]
    first = text[s:e]
    if len(first) > MAX_TITLE_CHARS or len(first.split()) > MAX_TITLE_WORDS or not_a_title(s, e):
        return None, None, ()
    key = norm(first)
    copies = tuple((cs, ce) for cs, ce in lines[1:] if ce - cs <= MAX_TITLE_CHARS + 5 and norm(text[cs:ce]) == key)
    return first, (s, e), copies
