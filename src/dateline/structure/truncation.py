"""A cut-off ending: the last line stops mid-list or mid-sentence ('Turkey, UK,') instead of at . ? ! or a quote."""
from __future__ import annotations

import re

# endings of a finished text: a full stop, ? !, a closing quote or bracket, a colon introducing embedded media
_DONE = re.compile(r"""[.?!:)\]"”’'»]$""")
_CUT = re.compile(r"(?:[,;\-–—(/&+]|\.\.\.|…|\b(?:and|or|but|the|a|an|of|to|in|for|with|that|by|as|on|at|from))$")


def is_truncated(text: str, last: tuple[int, int] | None, *, not_story=()) -> bool:
    """True when the story's last non-empty line is cut off.

    A line ending in a comma, dash, ellipsis or a function word is cut; one ending in . ? ! : ) or a closing
    quote is whole. A line ending in a bare word is cut when it is sentence-long (5+ words) or holds a comma;
    a short bare line (a byline, a sign-off) is not. Lines in `not_story` (headline, copies, captions) never are.
    """
    if last is None or tuple(last) in set(not_story):
        return False
    line = text[last[0]:last[1]]
    tail = line[-40:]
    if _CUT.search(tail):
        return True
    if _DONE.search(tail):
        return False
    if line[-1].isalnum():
        words = line.split()
        if sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            return False         # a headline-like line (a link to another story), not a cut sentence
        return len(words) >= 5 or "," in line
    return False
