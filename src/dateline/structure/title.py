"""The headline: kept once as the title; its repeated copies (top of the text, after the dateline) listed to skip."""
from __future__ import annotations

import re
from typing import Callable, Optional

from .lines import norm, structure_words

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 25       # headlines run to about 20 words; a longer first line is the lead
MAX_RUN_IN_WORDS = 12      # a headline run into its lede on one line (`Harlow pair fined for noise. Two Harlow
                           # neighbours ...`) is short; a lede's first sentence runs to 20 words and more
# a full stop (or ! ?), a closing quote, spaces, and a capital, a digit or an opening quote: where a sentence may end
_STOP = re.compile(r"([.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def find_title(text: str, lines: list[tuple[int, int]], given: Optional[str],
               not_a_title: Callable[[int, int], bool]) -> tuple[Optional[str], Optional[tuple[int, int]], tuple]:
    """(title, span of the copy kept, spans of the other copies).

    With a title from the input, lines equal to it are its copies (the first is the one kept).
    Else the first line is the headline when it is short, not a dateline, and more text follows; else the first
    sentence of the first line when it reads as a headline run into the lede (`run_in_headline`).
    """
    if given is not None and given.strip():
        key = norm(given)
        same = [(s, e) for s, e in lines if norm(text[s:e]) == key]
        return given.strip(), (same[0] if same else None), tuple(same[1:])
    if not lines:
        return None, None, ()
    s, e = lines[0]
    first = text[s:e]
    if not_a_title(s, e):
        return None, None, ()
    if len(lines) < 2 or len(first) > MAX_TITLE_CHARS or len(first.split()) > MAX_TITLE_WORDS:
        span = run_in_headline(first)
        if span is None or not_a_title(s, s + span):
            return None, None, ()
        return first[:span], (s, s + span), ()
    key = norm(first)
    copies = tuple((cs, ce) for cs, ce in lines[1:] if ce - cs <= MAX_TITLE_CHARS + 5 and norm(text[cs:ce]) == key)
    return first, (s, e), copies


def run_in_headline(line: str) -> Optional[int]:
    """The end of the headline at the start of `line` when the line runs it into the lede with a full stop (scraped
    local news: `Harlow pair fined for noise. Two Harlow neighbours ...`), else None. The first sentence is
    the headline when it has at most MAX_RUN_IN_WORDS words, a lede follows that is longer than it, it does not open
    as a lede does (`ledeword`: The, A, He ...) nor hold a lede's words (`ledemark`: weekdays, `said`), and its full stop is no abbreviation's (`abbrev`: St., Mr.; an
    initial or `U.S.`; a capitalised word of three letters or fewer, `Ga.`, `Fla.`)."""
    m = _STOP.search(line, 0, MAX_TITLE_CHARS + 3)
    if m is None:
        return None
    head = line[:m.start()].rstrip()
    if m.group(1) != "." and len(head) < m.start():
        return None                       # (`GAZA CITY ? Clashes erupted`: a mark a dash was read as)
    words = head.split()
    if not words or len(words) > MAX_RUN_IN_WORDS or len(line) - m.end() <= len(head):
        return None
    if words[0].strip("\"'\u201c\u2018(").lower() in structure_words("ledeword") or any(
            w.strip(".,;:!?\"'\u201c\u201d\u2018\u2019()").lower() in structure_words("ledemark") for w in words):
        return None                       # (`Ana Ruiz visited Ohio on Monday.`: a lede's first sentence)
    last = words[-1].strip("\"'\u201d\u2019)")
    if m.group(1) == "." and not head.endswith(".") and (
            len(last) == 1 and last.isalpha() or "." in last or last.lower() in structure_words("abbrev")
            or len(last) <= 3 and last[:1].isupper() and last[1:].islower()):
        return None                       # (`D.C..`: the abbreviation's stop, then the sentence's)
    if last.lower() in structure_words("tailword"):
        return None
    return len(head)
