"""Calendar dates written in full or in part (month names, weekdays), for the dateline and the published date."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ..lexicon import months, weekdays
from ..scan import matches_at

WEEKDAYS = weekdays()

# a month name as written in news copy: "May", "Sept.", "Sept", "September" (lexicon/timex_words.tsv, read on import)
MONTH = r"(?:" + "|".join(m.title() for m in months()) + r")\b\.?"
# "May 28", "May 28, 2012", "Sept. 12 2016", "28 May", "28 May 2012"
DATE = (rf"(?:(?P<m1>{MONTH})\s*(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<y1>(?:19|20)\d\d)\b)?"
        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH})(?:,?\s*(?P<y2>(?:19|20)\d\d)\b)?)")
_DATE = re.compile(DATE)
_FULL_DATE = re.compile(rf"(?:(?P<wd>{'|'.join(w.title() for w in WEEKDAYS)}),?\s+)?(?:{DATE}|(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b)")
_WEEKDAY = re.compile(rf"\b({'|'.join(w.title() for w in WEEKDAYS)})\b(?!s)")
# where every match of _FULL_DATE starts (a weekday, a month or a digit) and of _WEEKDAY (a weekday): plain
# alternations the engine finds by their first letters, where the patterns themselves (an optional weekday, a `\b`
# first) are tried at every character (`scan.matches_at`)
_FULL_DATE_AT = re.compile("|".join([r"\d", *(re.escape(w.title()) for w in WEEKDAYS),
                                     *(re.escape(m.title()) for m in months())]))
_WEEKDAY_AT = re.compile("|".join(re.escape(w.title()) for w in WEEKDAYS))
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def month_number(name: str) -> int:
    return months()[name.rstrip(".").casefold()]


def parse_date(m: re.Match) -> tuple[int, int, Optional[int]]:
    """(month, day, year or None) of a DATE match."""
    if m.group("m1"):
        return month_number(m.group("m1")), int(m.group("d1")), int(m.group("y1")) if m.group("y1") else None
    return month_number(m.group("m2")), int(m.group("d2")), int(m.group("y2")) if m.group("y2") else None


def make(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def full_dates(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[dt.date, int, Optional[int]]]:
    """Dates with a year in text[start:end]: (date, offset, weekday written beside it or None)."""
    out = []
    for m in matches_at(_FULL_DATE, _FULL_DATE_AT, text, pos=start, end=end):
        if m.group("iso"):
            try:
                d = dt.date.fromisoformat(m.group("iso"))
            except ValueError:
                continue
        else:
            month, day, year = parse_date(m)
            d = make(year, month, day) if year else None
        if d is None:
            continue
        wd = WEEKDAYS.index(m.group("wd").casefold()) if m.group("wd") else None
        out.append((d, m.start(), wd))
    return out


def weekdays(text: str, spans) -> set[int]:
    """Weekdays (0 = Monday) named in the given spans of the text ('Mondays' is a habit, not a day)."""
    found = set()
    for s, e in spans:
        for m in matches_at(_WEEKDAY, _WEEKDAY_AT, text, pos=s, end=e):
            found.add(WEEKDAYS.index(m.group(1).casefold()))
    return found


def years(text: str, spans) -> set[int]:
    """Four-digit years (1900-2099) written in the given spans."""
    return {int(m.group()) for s, e in spans for m in _YEAR.finditer(text, s, e)}
