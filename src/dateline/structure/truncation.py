"""A cut-off ending: the last line stops mid-list or mid-sentence ('Turkey, UK,') instead of at . ? ! or a quote."""
from __future__ import annotations

import re

# endings of a finished text: a full stop, ? !, a closing quote or bracket, a colon introducing embedded media
_DONE = re.compile(r"""[.?!:)\]"”’'»]$""")
# a line that closes a story without a full stop: a byline or credit (`By Jane Roe | Special to the Tribune`,
# `- Reporting by our correspondent in Lusaka`, `Additional reporting by ...`) or a links line (`Related: ... | ...`)
# (a `By` line of at most BYLINE_WORDS words: `By Monday, the toll had risen to 40 in the capital` is a sentence)
_TRAILER = re.compile(r"[\-–—•*|\s]*(?:(?P<by>By\s+[A-Z])|(?:(?:Additional\s+)?[Rr]eporting|Writing|[Ee]diting|Compiled"
                      r"|Written)\s+by\b|(?:Related|Read\s+more|More|See\s+also|Also\s+read|Read\s+also)\s*:)")
BYLINE_WORDS = 10
_CUT = re.compile(r"(?:[,;\-–—(/&+]|\.\.\.|…|\b(?:and|or|but|the|a|an|of|to|in|for|with|that|by|as|on|at|from))$")


def is_truncated(text: str, last: tuple[int, int] | None, *, not_story=()) -> bool:
    """True when the story's last non-empty line is cut off.

    A line ending in a comma, dash, ellipsis or a function word is cut; one ending in . ? ! : ) or a closing
    quote is whole. A line ending in a bare word is cut when it is sentence-long (5+ words) or holds a comma;
    a short bare line (a byline, a sign-off) is not, nor one that opens as a byline, a sign-off or a links line
    (`By X | Special to ...`, `- Reporting by ...`, `Related: ...`). Lines in `not_story` (headline, copies,
    captions) never are.
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
        trailer = _TRAILER.match(line)
        if trailer and (not trailer.group("by") or len(line.split()) <= BYLINE_WORDS):
            return False         # a byline, a sign-off or a links line after the story's end
        words = line.split()
        if sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            return False         # a headline-like line (a link to another story), not a cut sentence
        return len(words) >= 5 or "," in line
    return False
