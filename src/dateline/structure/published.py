"""The publication date: from the input when given, else the dateline's date, a caption's, or one in the text,
cross-checked with the weekdays the story names ('on Monday')."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from .dates import full_dates, make, weekdays

LEAD_LINES = 3      # paragraphs that count as the lead
NEAR_DAYS = 45      # how far a full date may lie from a dateline's day to lend it its year
_ON = re.compile(r"\b[Oo]n\s+$")
# a line the page stamps with its own publication time: `Published 5:42 p.m. ET Oct. 14, 2025 | Updated ...`,
# `Posted: March 3, 2024`, `First published on Tue 4 Mar 2025` (the first full date after the label is the one)
_STAMP = re.compile(r"[^\S\n]*(?:(?:First|Originally)[^\S\n]+)?(?:[Pp]ublished|[Pp]osted)\b[^\S\n]*(?:on\b|:)?")
STAMP_CHARS = 60    # how far after the label the stamp's date may start (a time and a zone come first)
STAMP_LINE = 100    # a stamp is a short line of its own (`Published on March 3, 2019, the report ...` is a sentence)
# the only lower-case words a stamp line holds (`Posted in Politics by Ana Ruiz on March 3, 2024 at 9:02 am | Last
# updated ...`); another is a sentence's (`Posted online on May 2, 2023, the video drew ...`; review45a)
_STAMP_WORDS = frozenset(("on", "at", "by", "in", "am", "pm", "and", "updated", "last", "modified", "edited"))
_FILE_PHOTO = re.compile(r"\b(?:file|archive|archives)\b", re.IGNORECASE)


def infer_published(text: str, *, given: Optional[str], dateline, captions, body: list[tuple[int, int]],
                    given_from: Optional[str] = None, fallback: Optional[tuple[str, str]] = None,
                    ) -> tuple[Optional[str], Optional[str]]:
    """(YYYY-MM-DD, where from) or (None, None).

    Where from: `given_from` (input when None: metadata, url, feed) for a date the reader gave; else
    dateline|caption|text for one found in the text; else the reader's `fallback` (date, filename|capture).
    `dateline` is the structure stage's Found dateline (or None), `captions` its FoundCaptions, `body` the
    spans of the story's own lines (no headline copies, no captions).
    """
    if given:
        return given, given_from or "input"
    found = _from_text(text, dateline, captions, body)
    if found[0] is None and fallback:
        return fallback
    return found


def _from_text(text: str, dateline, captions, body: list[tuple[int, int]]) -> tuple[Optional[str], Optional[str]]:
    """The publication date the text itself gives (dateline|caption|text), or (None, None)."""
    named = weekdays(text, body)

    def agrees(d: dt.date) -> bool:
        return d.weekday() in named

    caption_dates = [d for c in captions if not _FILE_PHOTO.search(text, c.start, c.end)
                     for d, _, _ in full_dates(text, c.start, c.end)]
    text_dates = [(d, wd) for s, e in body for d, _, wd in full_dates(text, s, e)]

    if dateline is not None and dateline.date:
        month, day, year = dateline.date
        if year is None:
            # the weekday of the dateline's day is the one the lead names ('... said on Monday')
            lead_named = weekdays(text, body[:2]) or named
            year = _year_from(caption_dates + [d for d, _ in text_dates], text, body, month, day, lead_named)
        d = make(year, month, day) if year else None
        if d:
            return d.isoformat(), "dateline"
    stamped = _stamped(text, body)
    if stamped:
        return stamped.isoformat(), "text"
    if caption_dates:
        ok = [d for d in caption_dates if agrees(d)] if named else caption_dates
        if ok:
            return ok[0].isoformat(), "caption"
    # a date in the text stands for the publication date only in the lead (the first paragraphs), when it is
    # the latest date the text gives and a weekday backs it; dates further down are mostly background
    # ('on Tuesday, Feb. 9, 2021', or 'on May 28, 2012' with 'Monday' elsewhere; not 'the attacks of Sept. 11, 2001')
    lead = [(d, at, wd) for s, e in body[:LEAD_LINES] for d, at, wd in full_dates(text, s, e)]
    if lead:
        d, at, wd = max(lead, key=lambda x: x[0])
        latest = max(x[0] for x in text_dates)
        if d == latest and (wd == d.weekday() or (agrees(d) and _ON.search(text, max(0, at - 4), at))):
            return d.isoformat(), "text"
    return None, None


def _stamped(text: str, body: list[tuple[int, int]]) -> Optional[dt.date]:
    """The date of a `Published ...` / `Posted ...` line among the lead's lines (a page's own time stamp)."""
    for s, e in body[:LEAD_LINES]:
        m = _STAMP.match(text, s, e) if e - s <= STAMP_LINE else None
        if m and all(w in _STAMP_WORDS for w in re.findall(r"\b[a-z]{2,}\b", text[m.end():e])):
            dates = full_dates(text, m.end(), min(e, m.end() + STAMP_CHARS))
            if dates:
                return dates[0][0]
    return None


def _year_from(dates: list[dt.date], text: str, body, month: int, day: int, named: set[int]) -> Optional[int]:
    """The year of a dateline's 'May 28': that of a full date in the text at most NEAR_DAYS away from May 28
    (a caption's 'May 28, 2012', 'last Friday, May 25, 2012'), the one agreeing with a named weekday first."""
    near = []
    for d in dates:
        for year in (d.year - 1, d.year, d.year + 1):
            probe = make(year, month, day)
            if probe and abs((probe - d).days) <= NEAR_DAYS:
                near.append(probe)
    if not near:
        # no full date close by: the year of a full date in the text (or the next one), if exactly one
        # of them puts the dateline's day on a weekday the text names
        found = {d.year for d in dates}
        fits = {y for x in found for y in (x, x + 1) if (p := make(y, month, day)) and p.weekday() in named}
        return fits.pop() if len(fits) == 1 else None
    agreeing = [p for p in near if p.weekday() in named]
    return (agreeing or near)[0].year
