"""Paragraph breaks as sentence starts: a headline without a full stop must not run into the lead.

spaCy's parser joins 'Air strike on market kills 9' and the next paragraph into one sentence; marking the
first token after each blank line (and after a blanked dateline or credit) as a sentence start, before the
parser runs, keeps them apart. The parser respects preset starts. A single line break starts a sentence too
after a line that reads as a headline (`headline_breaks`: web pages and scraped local news put the headline one
line break above the lede). Cost: two regex passes over the text.
"""
from __future__ import annotations

import re

from spacy.attrs import SENT_START

from .lines import structure_words
from .title import MAX_TITLE_CHARS, MAX_TITLE_WORDS
from .truecase import is_title_case

# a line break, optional spaces (blanked spans), another line break: a paragraph break
_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_LINE = re.compile(r"[^\S\n]*([^\n]*?)[^\S\n]*(?:\n|$)")
_CLOSERS = "\"'\u201d\u2019)]\u00bb"          # closing quote marks and brackets after a line's last word
_OPENS = re.compile(r"[\"'\u201c\u2018(\[]?[A-Z0-9]")   # a line that begins as a sentence or a headline does
_WORDS = re.compile(r"[A-Za-z][A-Za-z'\u2019.\-]*")
# a line with words, ONE line break and another line with words: the only place a headline break can be (a text whose
# lines all stand a blank line apart, three in four of the polnear texts, has none: `headline_breaks` skips its walk)
_SINGLE_BREAK = re.compile(r"\S[^\S\n]*\n[^\S\n]*\S")
# a dateline whose date is left for the parser (`NAIROBI, Aug 5 (Reuters) - Uganda's ministry ...` is parsed as
# `         Aug 5             Uganda's ministry ...`: place and agency blanked, structure.dateline): the story
# starts a sentence after the blank, or the parse reads the date as part of its first noun phrase (lead43); the day
# may come first (`NAIROBI, 5 Aug (Reuters) -`, `NEW DELHI, 8 January 2024 (IANS) -`; review43)
_DATELINE_GAP = re.compile(r"(?:^|\n)[^\S\n]{2,}(?:[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2}|\d{1,2}[^\S\n]+[A-Z][a-z]{2,8}\.?)"
                           r"(?:,?[^\S\n]?\d{4})?[^\S\n]{3,}(?=\S)")
WRAP_SHARE = 4          # a text is hard-wrapped when 1 in WRAP_SHARE of its single line breaks (and 2 or more)
                        # fall inside a sentence (`_wrapped`)


def _open_end(line: str) -> bool:
    """The line ends without a sentence's final mark, on a word or a number (closing quotes aside): not on
    `. ! ?`, nor on `, ; : -` that run on, nor on a function word (`tailword`: `met with`, `the`)."""
    body = line.rstrip(_CLOSERS)
    if not body or not body[-1].isalnum():
        return False
    last = re.search(r"[A-Za-z']+$", body)
    return last is None or last.group().lower() not in structure_words("tailword")


def _wrapped(lines) -> bool:
    """A hard-wrapped text (lines cut at a width, `the talks went\nthrough the night`): 2 or more of its single line
    breaks, and 1 in WRAP_SHARE, follow a line with no final mark and come before a lower-case word."""
    single = inside = 0
    for (line, _, gap), (nxt, _, _) in zip(lines, lines[1:]):
        if gap == 1:
            single += 1
            inside += bool(line) and not line.rstrip(_CLOSERS)[-1:] in ".!?" and nxt[:1].islower()
    return inside >= 2 and inside * WRAP_SHARE >= single


def headline_breaks(text: str) -> list[int]:
    """Offsets of the lines that follow a headline after ONE line break: the line before is short (MAX_TITLE_WORDS,
    MAX_TITLE_CHARS), opens as a sentence does and ends open (`_open_end`), it begins a block or follows a line that
    ended a sentence or was such a headline, and the line after opens with a capital, a digit or a quote mark
    (`Gulf leaders meet in Doha\nThe Gulf Co-operation Council said ...`). In a hard-wrapped text (`_wrapped`) only a
    Title Case or ALL CAPS line that begins its block counts: a wrapped line before a name (`talks with\nPresident
    Obama`) is not a headline."""
    if "\n" not in text or not _SINGLE_BREAK.search(text):
        return []               # (no two lines with words one line break apart: no `gap == 1` below)
    lines = []                  # (line, start, line breaks before the next line)
    for m in _LINE.finditer(text):
        if m.start() == len(text):
            break
        if m.group(1):
            lines.append([m.group(1), m.start(1), 0])
        if lines:
            lines[-1][2] += m.group().endswith("\n")
    if len(lines) < 2:
        return []
    wrapped = _wrapped(lines)
    out = []
    fresh = True                # the line begins a block, or the line before ended a sentence or a headline
    for (line, _, gap), (nxt, at, _) in zip(lines, lines[1:]):
        cut = False
        if gap == 1 and fresh and _OPENS.match(line) and _OPENS.match(nxt) and _open_end(line) and len(
                line) <= MAX_TITLE_CHARS and len(line.split()) <= MAX_TITLE_WORDS:
            cut = not wrapped or is_title_case(_WORDS.findall(line))
        if cut:
            out.append(at)
        fresh = gap > 1 or cut or line.rstrip(_CLOSERS)[-1:] in ".!?"
        if wrapped and gap == 1 and not cut:
            fresh = False       # (a wrapped text: only a line that begins its block)
    return out


def dateline_breaks(text: str) -> list[int]:
    """Offsets where a story starts after a dateline date left in the parsed text (`_DATELINE_GAP`); only the first
    such gap (the dateline heads the story)."""
    m = _DATELINE_GAP.search(text, 0, 400) if "  " in text[:400] else None
    return [m.end()] if m else []


def paragraph_starts(doc, text: str | None = None):
    """Set `is_sent_start` on the first token of every paragraph after the first; returns the doc. `text` is the
    doc's text when the caller has it (`doc.text` joins a Token made for every word)."""
    if text is None:
        text = doc.text
    gaps = dateline_breaks(text)
    if "\n" not in text and not gaps:
        return doc
    n = len(doc)
    starts = doc.to_array("IDX").tolist()            # offsets and lengths from the doc's arrays: no Token
    ends = [s + k for s, k in zip(starts, doc.to_array("LENGTH").tolist())]    # made for each word
    first = []
    i = 0
    for at in sorted({m.end() for m in _BREAK.finditer(text)}.union(headline_breaks(text), gaps)):
        if at >= len(text):
            break
        while i < n and ends[i] <= at:                 # tokens are in order: walk forward once
            i += 1
        if i < n and i > 0 and starts[i] >= at - 1 and not doc[i].is_space:
            first.append(i)
    if first:
        # set all at once: `Token.is_sent_start = True` scans the whole doc for a parse at each call
        # (has_annotation("DEP")), a cost of paragraphs times words on a long article
        marks = doc.to_array([SENT_START])
        marks[first] = 1
        doc.from_array([SENT_START], marks)
    return doc
