"""Temporal expressions resolved to TIMEX3 values against the publication date.

One pass of precompiled regexes (`grammar.py`) finds the expressions with TimeML extents;
`resolve.py` turns each into a TIMEX3 value, reading tense from the existing spaCy parse (`extractors/tense.py`) to
choose past or future for bare weekdays and months. Without a publication date, values stay
partial ('XXXX-WXX-2', 'XXXX-03') or relative tokens (PRESENT_REF ...), see `resolve.py`.
"""
from __future__ import annotations

import re

from ...records import TimeExpression, replaced
from ...scan import literal_matches, matches_at, matches_from
from .. import Context
from .grammar import KEY_HOLDS, WINDOW, form_starts, form_words, key_scanners, key_words, keys, patterns, scanners
from .resolve import Resolver


def extract_dates(ctx: Context) -> list[TimeExpression]:
    """Every temporal expression in the article with its TIMEX3 value and type, in text order."""
    text = ctx.text
    low = text.lower()
    if len(low) != len(text):           # a character whose lower case is longer: keep offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    taken = bytearray(len(text) + 1)
    found = []
    dl = ctx.layout.dateline
    windows: dict = {}
    for (form, rx, key), scan, words, starts in zip(patterns(), scanners(), form_words(), form_starts()):
        if key is None:
            spans = ((0, len(low)),)
        else:
            spans = windows.get(key)
            if spans is None and key in KEY_HOLDS and not any(x in low for x in KEY_HOLDS[key]):
                spans = windows[key] = []
            elif spans is None:
                spans = windows[key] = _windows(keys()[key], low, key_scanners().get(key), key_words().get(key))
        for ws, we in spans:
            for m in (matches_from(rx, starts(low, ws, we), low, ws, we) if starts is not None else
                      literal_matches(rx, words, low, ws, we) if words is not None else rx.finditer(low, ws, we)
                      if scan is None else matches_at(rx, scan, low, pos=ws, end=we)):
                s, e = m.span("x") if "x" in m.re.groupindex and m.group("x") else m.span()   # (no dict a match)
                if any(taken[s:e]):
                    continue
                if ctx.layout.skip and ctx.skipped(s, e) and not (dl and dl.start <= s and e <= dl.end):
                    continue   # headline copies and credits say nothing; a dateline's date does
                found.append((s, e, form, m))
                taken[s:e] = b"\x01" * (e - s)
    found.sort(key=lambda f: f[0])
    res = Resolver(ctx)
    out: list[TimeExpression] = []
    for s, e, form, m in found:
        try:
            pieces = res.resolve(form, m, s, e)
        except (ValueError, KeyError, OverflowError):   # a calendar corner (year 0, Feb 30): skip it, keep the article
            continue
        for ps, pe, value, kind in pieces:
            out.append(TimeExpression(start=ps, end=pe, text=text[ps:pe], value=value, type=kind))
    return _clock_days(out, text)


# what may stand between a clock time and the day it is on: `at 7:15 a.m. on June 3, 2011`, `at 10:35 a.m. (0735
# GMT) Friday` (a bracket, a comma, `on`; not `On`, which opens the next sentence: `at 11:40 p.m. On Sunday, ...`)
_SAME_MOMENT = re.compile(r"\s*[(),]?\s*(?:on\s+)?\Z")


def _clock_days(out: list[TimeExpression], text: str) -> list[TimeExpression]:
    """A clock time told right before a day (`_SAME_MOMENT`) is on that day (`at 7:15 a.m. on June 3, 2011`): the
    resolver, which reads in text order, gave it the day before it; from the last to the first, so a clock time in
    brackets passes its day on (lede45)."""
    for i in range(len(out) - 2, -1, -1):
        t, nxt = out[i], out[i + 1]
        day = nxt.value[:10]
        if t.type == "TIME" and "T" in t.value and _FULL_DAY.match(day) and t.value[:10] != day and \
                _SAME_MOMENT.match(text, t.end, nxt.start) and (nxt.type == "DATE" and len(nxt.value) == 10 or
                                                                nxt.type == "TIME" and "T" in nxt.value):
            out[i] = replaced(t, value=day + t.value[t.value.index("T"):])
    return out


_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d\Z")


def _windows(key, low: str, scan=None, words=None) -> list[tuple[int, int]]:
    """Merged stretches of the text around the key's hits, where its forms are tried (`scan`: as in `scan.matches_at`;
    `words`: the plain words every hit starts with, as in `scan.literal_matches`)."""
    before, after = WINDOW
    out: list[list[int]] = []
    n = len(low)
    for m in (literal_matches(key, words, low, 0, n) if words is not None else
              key.finditer(low) if scan is None else matches_at(key, scan, low, end=n)):
        s, e = max(0, m.start() - before), min(n, m.end() + after)
        if out and s <= out[-1][1]:
            out[-1][1] = e
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]
