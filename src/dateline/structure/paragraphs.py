"""Paragraph breaks as sentence starts: a headline without a full stop must not run into the lead.

spaCy's parser joins 'Air strike on market kills 9' and the next paragraph into one sentence; marking the
first token after each blank line (and after a blanked dateline or credit) as a sentence start, before the
parser runs, keeps them apart. The parser respects preset starts. Cost: one regex pass over the text.
"""
from __future__ import annotations

import re

from spacy.attrs import SENT_START

# a line break, optional spaces (blanked spans), another line break: a paragraph break
_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def paragraph_starts(doc, text: str | None = None):
    """Set `is_sent_start` on the first token of every paragraph after the first; returns the doc. `text` is the
    doc's text when the caller has it (`doc.text` joins a Token made for every word)."""
    if text is None:
        text = doc.text
    if "\n" not in text:
        return doc
    n = len(doc)
    starts = doc.to_array("IDX").tolist()            # offsets and lengths from the doc's arrays: no Token
    ends = [s + k for s, k in zip(starts, doc.to_array("LENGTH").tolist())]    # made for each word
    first = []
    i = 0
    for m in _BREAK.finditer(text):
        at = m.end()
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
