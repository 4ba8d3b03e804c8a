"""Match of the date grammar -> TIMEX3 value and type, relative to the publication day.

Bare weekdays, months and month-days take their direction from the tense of the governing verb
in the spaCy parse, read by `extractors/tense.py` (past by default in news; future with will/would/shall/can/may, going to,
a to-infinitive under a verb of intent, a verb of planning, or a present tense); month-days and
holidays take the nearest occurrence unless the tense points within nine months. Anaphoric forms ('that day', 'two days later') count from the
last fully resolved date before them. With no publication day, relative forms keep the known
part and mark the rest with X ('XXXX-WXX-2' for a weekday, 'XXXX-03' for a month,
'XXXX-XX-XX' for yesterday); PRESENT_REF-style tokens need no reference and are kept.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Optional

from ..tense import by_a_past_verb, done_by_weekday, expression_tense
from . import timeline as tl
from .words import load
from ..spans import char_span

# Two conventions chosen to match TempEval's TimeML news annotation:
# - 'Wednesday night', 'tonight', 'the next morning' take the day's value as a DATE, not the
#   TIMEX3 part-of-day form (2000-01-05TNI): the annotation mostly gives the day (or marks only
#   the weekday), and the day is what events need. 'every morning' keeps the code (SET).
# - a decade is written with a trailing X: the 1990s -> '199X' (ISO's reduced form would be '199').
DECADE_SUFFIX = "X"
SMALL_HOURS = 6       # a clock time before this hour (a.m.) after a day told as its night is on the next day (`_clock_value`)
RECENT_DAYS = 7       # a day told within this many days before publication anchors a later bare clock time (`_told_day`)
STORY_DAYS = 31      # a day told within this many days before publication is one of the story's, which `by` + a weekday
#                      under a past verb counts from (`_weekday`); one told earlier is background (a birth, a founding)
_PREP_BEFORE = re.compile(r"\b(?:in|during|since|until|till|by|over|through|throughout|before|after|from|this|that|last|next)\s+$", re.I)
_COUNT_BEFORE = re.compile(r"(?:\bhours?|\btimes|\bonce|\btwice|\d|%|\$\S*)\s*$", re.I)
_NIGHT = re.compile(r"\bnight\b|\btonight\b", re.I)   # a day told as its night (`remember`)
_NOT_A_YEAR_BEFORE = re.compile(r"\b(?:no\.|number|flight|route|highway|room|page|pages|resolution|article|section|paragraph|interstate|model|code|district|apartment|suite|box)\s*$", re.I)

_PREV_WORD = re.compile(r"([A-Za-z][\w.'-]*)\s+$")

Piece = tuple[int, int, str, str]


def _word(m: "re.Match", group: str) -> str:
    return re.sub(r"\s+", " ", m.group(group).lower()).rstrip(".")


class Resolver:
    """Resolves the matches of one article, in text order (it keeps the anchor for anaphora)."""

    def __init__(self, ctx):
        self.words = load()
        self.text = ctx.text
        self.doc = ctx.doc
        self.ref: Optional[dt.date] = tl.parse_day(ctx.published)
        self.day: Optional[dt.date] = self.ref          # last resolved day (anchor)
        self.night = False                              # whether that day was told as its night (`Saturday night`)
        self.year: Optional[int] = self.ref.year if self.ref else None
        self.month_of: Optional[tuple[int, int]] = None  # (year, month) of the last month told (`In March 2015`)
        self.grain = "day"                              # what the last anchor told: a `day`, a `month` or a `year`
        self.year_told: Optional[int] = None            # the year of the last month or year told as an anchor
        self.day_told = False                           # whether the text told a day yet (else `day` is the report's)
        self.title = ctx.layout.title_span or (0, 0)    # headlines tell the past in the present tense
        self.captions = tuple((c.start, c.end) for c in ctx.layout.captions)   # and so do photo captions (lead46)

    # ------------------------------------------------------------------ helpers
    def _capital(self, m: "re.Match", group: str) -> bool:
        """Whether the group starts with a capital in the text as read (matches run on a lower-case copy)."""
        return self.text[m.start(group)].isupper()

    def tense(self, start: int, end: int, *, clock: bool = False) -> Optional[str]:
        """'past', 'future' or 'present' for the expression at [start, end), or None (`tense.expression_tense`;
        `clock`: a bare clock time)."""
        return expression_tense(self.doc, self.text, start, end, self.words, clock=clock)

    def direction(self, s: int, e: int, present: str = "future") -> str:
        t = self.tense(s, e)
        if t == "future":
            return "future"
        if t == "present":
            told_past = self.title[0] <= s < self.title[1] or any(cs <= s < ce for cs, ce in self.captions)
            return "past" if told_past else present
        return "past"

    def month_day(self, mon: int, day: int, s: int, e: int, wd: Optional[int] = None) -> Optional[dt.date]:
        """A month and day without a year: the nearest such day to the reference, or the one the
        tense points to when that lies within nine months; a weekday given with it must agree."""
        ref = self.ref
        cands = [d for d in (tl.safe_day(y, mon, day) for y in (ref.year - 1, ref.year, ref.year + 1)) if d]
        if wd:
            cands = [d for d in cands if d.isoweekday() == wd] or cands
        if not cands:
            return None
        return self._nearest_by_tense(cands, s, e)

    def _nearest_by_tense(self, cands: list, s: int, e: int) -> Optional[dt.date]:
        """Of candidate days, the one the tense points to when it lies within nine months of the
        reference, else the nearest (a tie goes to the past)."""
        ref = self.ref
        if not cands:
            return None
        t = self.tense(s, e)
        if t == "past":
            pick = max((d for d in cands if d <= ref), default=None)
            if pick and (ref - pick).days <= 270:
                return pick
        elif t == "future":
            pick = min((d for d in cands if d >= ref), default=None)
            if pick and (pick - ref).days <= 270:
                return pick
        return min(cands, key=lambda d: (abs((d - ref).days), d > ref))

    def month_year(self, mon: int, s: int, e: int) -> int:
        """Year of a bare month: by tense (past up to nine months back, future up to six ahead),
        else the nearest (a tie goes to the past, as news mostly reports)."""
        ref = self.ref
        back, ahead = (ref.month - mon) % 12, (mon - ref.month) % 12
        past_y = ref.year if mon <= ref.month else ref.year - 1
        future_y = ref.year if mon >= ref.month else ref.year + 1
        t = self.tense(s, e)
        if t == "past" and back <= 9:
            return past_y
        if t == "future" and ahead <= 6:
            return future_y
        return past_y if back <= ahead else future_y

    def number(self, raw: Optional[str]) -> Optional[float]:
        """A count from digits or words; None when vague ('several'); 0 when unreadable."""
        if raw is None:
            return 1.0
        w = re.sub(r"\s+", " ", raw.lower())
        if w in self.words["vague"]:
            return None
        if w in self.words["number"]:
            return float(self.words["number"][w])
        if "-" in w:
            a, b = w.split("-", 1)
            return float(self.words["number"].get(a, 0)) + float(self.words["number"].get(b, 0))
        if w.endswith("1/2"):
            return float(w.split()[0]) + 0.5
        try:
            return float(w)
        except ValueError:
            return 0.0

    def unit(self, raw: str) -> str:
        w = raw.lower()
        if w == "centuries":
            w = "century"
        elif w.endswith("s") and w[:-1] in self.words["unit"]:
            w = w[:-1]
        return self.words["unit"][w]

    def month(self, m) -> int:
        return int(self.words["month"][_word(m, "mon")])

    def remember(self, day: Optional[dt.date] = None, year: Optional[int] = None, told: str = "",
                 month: Optional[tuple[int, int]] = None, anchor: bool = True) -> None:
        """Keep a resolved day as the anchor of what follows (and its year); `told`, the expression's text, says
        whether the day was told as its night (`late Saturday night`, `last night`), which moves a later bare
        small-hours clock time to the next day (`_clock_value`). A month or a year told keeps the last day but
        becomes what `a year later`, `eight months later`, `the following month` count from (`grain`; dates49),
        unless it is no time of the story (`anchor` False: `since 2012`, `his 2005 book`)."""
        if day is not None:
            self.day, self.year, self.night = day, day.year, bool(_NIGHT.search(told))
            self.month_of, self.grain, self.day_told = (day.year, day.month), "day", True
        elif month is not None:
            self.year, self.month_of, self.grain, self.year_told = month[0], month, "month", month[0]
        elif year is not None:
            self.year = year
            if anchor:
                self.grain, self.year_told = "year", year

    # ------------------------------------------------------------------ dispatch
    def resolve(self, form: str, m: "re.Match", s: int, e: int) -> list[Piece]:
        out = getattr(self, "_" + form)(m, s, e)
        if out is None:
            return []
        if isinstance(out, tuple):
            return [(s, e) + out]
        return out

    # ------------------------------------------------------------------ forms
    def _date(self, m, s, e):
        g = m.groupdict()
        if g.get("iy") or g.get("uy"):
            # ISO 2012-05-14, or the US numeric order wires use: 5/14/2012 (month first)
            d = (tl.safe_day(int(g["iy"]), int(g["im"]), int(g["id"])) if g.get("iy")
                 else tl.safe_day(int(g["uy"]), int(g["um"]), int(g["ud"])))
            if d:
                self.remember(d)
                return (d.isoformat(), "DATE")
            return None
        if not self._capital(m, "mon") or (g.get("wd") and not self._capital(m, "wd")):
            return None
        mon, day = self.month(m), int(g["day"])
        days = [day] + ([int(g["day2"])] if g.get("day2") else [])
        if g.get("year"):
            y = int(g["year"])
        elif self.ref:
            wd = int(self.words["weekday"][g["wd"].lower()]) if g.get("wd") else None
            d0 = self.month_day(mon, day, s, e, wd)
            if d0 is None:
                return None
            y = d0.year
        else:
            y = None
        pieces = []
        for i, dd in enumerate(days):
            ps, pe = (s, m.end("day")) if i == 0 and len(days) > 1 else (s, e) if i == 0 else m.span("day2")
            if y is None:
                pieces.append((ps, pe, f"XXXX-{mon:02d}-{dd:02d}", "DATE"))
                continue
            d = tl.safe_day(y, mon, dd)
            if d is None:
                return None
            self.remember(d)
            pieces.append((ps, pe, d.isoformat(), "DATE"))
        return pieces

    def _weekof(self, m, s, e):
        out = self._date(m, s, e)
        if not out or out[0][2].startswith("X"):
            return None
        return (tl.week_value(dt.date.fromisoformat(out[0][2])), "DATE")

    def _clock(self, m, s, e):
        g = m.groupdict()
        if g.get("noon") and self._capital(m, "noon") and re.search(r"[A-Z]\w*\s+$", self.text[max(0, s - 12):s]):
            return None       # 'High Noon': a title
        if g.get("wd") and not self._capital(m, "wd"):
            return None
        day_at = m.start("wd") if g.get("wd") else m.start("rel") if g.get("rel") else None
        if day_at is not None:
            end = max(m.end(k) for k in ("ampm", "tz", "noon") if g.get(k))
            between = self.text[end:day_at]
            if "\n" in between or self.text[end - 1] == "." and (between.strip() == "On" or not between.strip()
                                                                 and g.get("rel") and self._capital(m, "rel")):
                return self._clock_then_day(g, s, end, day_at, e)
        return self._clock_value(g, s, e)

    def _clock_then_day(self, g: dict, s: int, end: int, day_at: int, e: int) -> list[Piece]:
        """`... at 11:40 p.m. On Sunday, ...`: the match ran over a sentence's end; the clock time is bare and the
        day that opens the next sentence is a date of its own (lead46)."""
        out = [(s, end) + v for v in [self._clock_value(dict(g, wd=None, rel=None), s, end)] if v]
        if g.get("wd"):
            wd = int(self.words["weekday"][g["wd"].lower()])
            value = self._day_value(self._weekday_day(wd, None, day_at, e), "", f"XXXX-WXX-{wd}")
        else:
            value = self._day_value(self._rel_day(g["rel"].lower(), None), g["rel"], "XXXX-XX-XX")
        return out + [(day_at, e, value, "DATE")]

    def _day_value(self, day: Optional[dt.date], told: str, unknown: str) -> str:
        """The value of the day a weekday or a relative day names (`_weekday`, `_today`, `_clock_then_day`): the
        day's, kept as the anchor of what follows (`remember`, told as `told`), else `unknown` (no day: no
        publication date)."""
        if day is None:
            return unknown
        self.remember(day, told=told)
        return day.isoformat()

    def _clock_value(self, g: dict, s: int, e: int):
        if g.get("noon"):
            hh, mi = (0 if g["noon"].lower() == "midnight" else 12), 0
        elif g.get("h24") is not None:
            hh, mi = int(g["h24"]), int(g["mi"])
        else:
            hh = int(g["h"]) % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
            mi = int(g["mi"] or 0)
        day = None
        if g.get("wd"):
            day = self._weekday_day(int(self.words["weekday"][g["wd"].lower()]), None, s, e)
        elif g.get("rel"):
            day = self._rel_day(g["rel"].lower(), None)
        else:
            day = self._told_day(s, e)      # a bare clock time: the day the report last told, else the report's
            if self.night and day == self.day != self.ref and g.get("ampm") and hh < SMALL_HOURS:
                # `late Saturday night ... at 1:30 a.m.`: Sunday's small hours; the night stays the anchor of
                # what follows (`... left at 11:50 p.m.`: Saturday's)
                return (f"{day + dt.timedelta(days=1)}T{hh:02d}:{mi:02d}", "TIME")
        if isinstance(day, dt.date):
            if day != self.day:         # (the same day again keeps what the day was told as: its night)
                self.remember(day)
            return (f"{day.isoformat()}T{hh:02d}:{mi:02d}", "TIME")
        if day is None and g.get("wd"):          # `midnight on Sunday` with no date to anchor it: its weekday (user45)
            return (f"XXXX-WXX-{self.words['weekday'][g['wd'].lower()]}T{hh:02d}:{mi:02d}", "TIME")
        return (f"XXXX-XX-XXT{hh:02d}:{mi:02d}", "TIME")

    def _told_day(self, s: int, e: int) -> Optional[dt.date]:
        """The day of a bare clock time (`at 1:40 a.m.`, `the 1:40 a.m. shooting`): told in the past, the day the text
        last named when that lies in the week up to the publication day (`A man was shot early Sunday ... Officers
        arrived at 1:52 a.m.`: Sunday's night, not the morning of a Monday report; lede45); else the publication day."""
        day = self.day
        if day is None or self.ref is None or day == self.ref or not \
                0 < (self.ref - day).days < RECENT_DAYS or self.tense(s, e, clock=True) != "past":
            return self.ref
        return day

    def _month(self, m, s, e):
        if not self._capital(m, "mon"):
            return None
        mon = self.month(m)
        y = m.groupdict().get("year")
        if m.groupdict().get("ymod"):
            if not self.ref:
                return (f"XXXX-{mon:02d}", "DATE")
            y = self.ref.year + {"this": 0, "last": -1, "next": 1}[m.group("ymod").lower()]
        if y:
            self.remember(month=(int(y), mon))
            return (tl.month_value(int(y), mon), "DATE")
        if self.text[s:m.end("mon")].lower() == "may" and self._modal_may(s, e):
            return None
        if re.match(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]", self.text[e:e + 12]):
            return None       # 'the March for Life', 'the March of the Mothers': a name
        if not m.groupdict().get("pre") and self._a_name(s, e):
            return None       # 'Theresa May said', 'April Ryan': a person
        if not self.ref:
            return (f"XXXX-{mon:02d}", "DATE")
        y = self.month_year(mon, s, e)
        self.remember(month=(y, mon))
        return (tl.month_value(y, mon), "DATE")

    def _a_name(self, s: int, e: int) -> bool:
        """A bare month word that is part of a person's name: after a capitalized word that is no
        function word ('Theresa May', 'Ms. May'), or tagged a person by the parser ('April Ryan asked')."""
        prev = _PREV_WORD.search(self.text, max(0, s - 30), s)
        if prev and prev.group(1)[0].isupper() and prev.group(1).lower().rstrip(".") not in self.words["function"]:
            return True
        span = char_span(self.doc, s, e, alignment_mode="expand")
        return bool(span) and span[-1].ent_type_ in ("PERSON", "ORG")

    def _modal_may(self, s, e) -> bool:
        span = char_span(self.doc, s, e, alignment_mode="expand")
        return bool(span) and span[-1].tag_ == "MD"

    def _holiday(self, m, s, e):
        if not self._capital(m, "hol"):
            return None
        rule = self.words["holiday"][_word(m, "hol")]
        g = m.groupdict()
        if g.get("year"):
            d = tl.holiday(int(g["year"]), rule)
        elif self.ref:
            mod = (g.get("mod") or "").lower()
            cands = [c for c in (tl.holiday(y, rule) for y in (self.ref.year - 1, self.ref.year, self.ref.year + 1)) if c]
            if mod == "this":
                d = next((c for c in cands if c.year == self.ref.year), None)
            elif mod in ("last", "past"):
                d = max((c for c in cands if c < self.ref), default=None)
            elif mod in ("next", "coming"):
                d = min((c for c in cands if c > self.ref), default=None)
            else:
                d = self._nearest_by_tense(cands, s, e)
        else:
            return (f"XXXX-{rule}" if re.fullmatch(r"\d\d-\d\d", rule) else "XXXX-XX-XX", "DATE")
        if d is None:
            return None
        if _word(m, "hol").endswith("week"):
            # 'Easter week', 'Holy Week': the ISO week that ends on the feast day
            return (tl.week_value(d), "DATE")
        self.remember(d)
        return (d.isoformat(), "DATE")

    def _rel_day(self, rel: str, ba: Optional[str]):
        if not self.ref:
            return None
        shift = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "last night": -1}[re.sub(r"\s+", " ", rel)]
        if ba:
            shift += 1 if ba.lower() == "after" else -1
        return self.ref + dt.timedelta(days=shift)

    def _today(self, m, s, e):
        g = m.groupdict()
        rel = (g.get("rel") or "today").lower()
        unknown = "PRESENT_REF" if rel == "today" and not g.get("pod") else "XXXX-XX-XX"
        # (a part of day keeps the day's value: see the note at the top)
        return (self._day_value(self._rel_day(rel, g.get("ba")), m.group(0), unknown), "DATE")

    def _ago(self, m, s, e):
        g = m.groupdict()
        way = re.sub(r"\s+", " ", g["dir"].lower())
        code = self.unit(g["unit"])
        n = self.number(g.get("num")) if g.get("num") else (None if g["unit"].lower().endswith("s") else 1.0)
        if n is None:
            if way == "ago":
                return ("PAST_REF", "DATE")
            if way in ("from now", "hence"):
                return ("FUTURE_REF", "DATE")
            return None
        if n <= 0 or code in ("H", "MIN", "S", "WE"):
            return None
        base = self.ref if way in ("ago", "from now", "hence") else self.day
        sign = -1 if way in ("ago", "earlier") else 1
        if base is None:
            return ({"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}.get(code, "XXXX"), "DATE")
        k = int(round(n)) * sign
        if way in ("earlier", "later"):
            coarse = self._from_coarse_anchor(code, k)
            if coarse is not None:
                return (coarse, "DATE")
        if code == "D":
            d = base + dt.timedelta(days=k)
            if way in ("earlier", "later"):
                self.remember(d)
            return (d.isoformat(), "DATE")
        if code in ("W", "2W"):
            d = base + dt.timedelta(days=7 * k * (2 if code == "2W" else 1))
            # `Two weeks later` after `on Feb. 3`: the week, the expression's own grain as TimeML writes it; the day
            # counted is what the next count starts from (`Three days later`; dates50, review50c)
            if way in ("earlier", "later") and self.day_told:
                self.remember(d)
            return (tl.week_value(d), "DATE")
        if code == "M":
            return (tl.month_value(*tl.add_months(base.year, base.month, k)), "DATE")
        years = {"Y": 1, "DE": 10, "CE": 100}[code] * k
        return (str(base.year + years), "DATE")

    def _from_coarse_anchor(self, code: str, k: int) -> Optional[str]:
        """`A year later`, `eight months later` after a month or a year told last (`In March 2015 ...`, `In 2015
        ...`) count from that month or year, not from the last day (the report's day, or a day told before it): the
        value at the anchor's precision (a year anchor gives the year the count most likely ends in: `eight months
        later` after `In 2015` is 2016). Days and weeks count from a month or year only when no day was told before
        (`On Monday, Hale, elected in 2012, resigned. Two days later ...` counts from Monday). None: count from the
        day (dates49)."""
        if self.grain == "day" or self.year_told is None or self.day is None:
            return None
        if self.grain == "month" and self.month_of is not None:
            if self.month_of == (self.day.year, self.day.month) or code in ("D", "W", "2W") and self.day_told:
                return None
            months = {"Y": 12, "DE": 120, "CE": 1200, "M": 1}.get(code)
            if months is None:
                months = round(k * (7 if code == "W" else 14 if code == "2W" else 1) / 30.4)
                return tl.month_value(*tl.add_months(*self.month_of, months))
            y, mon = tl.add_months(*self.month_of, months * k)
            if code != "M":
                self.remember(year=y)
                return str(y)
            self.remember(month=(y, mon))
            return tl.month_value(y, mon)
        if self.year_told == self.day.year or code in ("D", "W", "2W") and self.day_told:
            return None
        y = self.year_told + {"Y": k, "DE": 10 * k, "CE": 100 * k, "M": round(k / 12)}.get(code, 0)
        self.remember(year=y)
        return str(y)

    def _anaphor(self, m, s, e):
        g = m.groupdict()
        unit = g["aunit"].lower()
        step = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}.get((g.get("dir") or "").lower(), 0)
        if g.get("ba"):
            step = 1 if g["ba"].lower() == "after" else -1
        if unit == "year":
            return (str(self.year + step), "DATE") if self.year else None
        if self.day is None:
            return None
        if unit == "week":
            return (tl.week_value(self.day + dt.timedelta(days=7 * step)), "DATE")
        if unit == "month":
            base = self.month_of if self.grain == "month" and self.month_of else (self.day.year, self.day.month)
            y, mon = tl.add_months(*base, step)
            if self.grain == "month":
                self.remember(month=(y, mon))
            return (tl.month_value(y, mon), "DATE")
        day = self.day + dt.timedelta(days=step)
        self.remember(day, told=m.group(0))
        return (day.isoformat(), "DATE")

    def _relative(self, m, s, e):
        g = m.groupdict()
        mod = re.sub(r"\s+", " ", g["mod"].lower())
        way = {"this past": "last", "this": "this", "current": "this", "last": "last", "previous": "last", "past": "last",
               "next": "next", "coming": "next"}[mod]
        if g.get("mon"):
            if not self._capital(m, "mon"):
                return None
            mon = self.month(m)
            if not self.ref:
                return (f"XXXX-{mon:02d}", "DATE")
            y = tl.month_year(self.ref, mon, way)
            self.remember(month=(y, mon))
            return (tl.month_value(y, mon), "DATE")
        if g.get("season"):
            code = self.words["season"][g["season"].lower()]
            if not self.ref:
                return (f"XXXX-{code}", "DATE")
            y = tl.season_year(self.ref, code, way)
            self.remember(year=y)         # (`last summer ... Eight months later`: from the season's year; dates49)
            return (f"{y}-{code}", "DATE")
        unit = g["unit"].lower()
        if g.get("the") and mod in ("past", "last") and unit == "week" and not g.get("pre"):
            # 'for the past week': the seven days up to now, annotated as the reference day's week
            return (tl.week_value(self.ref), "DATE") if self.ref else ("XXXX-WXX", "DATE")
        if mod == "past" and unit != "weekend":
            return ({"week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M", "decade": "P10Y",
                     "century": "P100Y"}[unit], "DURATION")
        if not self.ref:
            return ({"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(unit, "XXXX"), "DATE")
        k = {"this": 0, "last": -1, "next": 1}[way]
        r = self.ref
        if unit == "week":
            return (tl.week_value(r + dt.timedelta(days=7 * k)), "DATE")
        if unit == "weekend":
            return (tl.weekend_value(r, way), "DATE")
        if unit == "month":
            return (tl.month_value(*tl.add_months(r.year, r.month, k)), "DATE")
        if unit == "year":
            self.remember(year=r.year + k)
            return (str(r.year + k), "DATE")
        if unit == "quarter":
            q = r.year * 4 + tl.quarter_of(r) - 1 + k
            return (f"{q // 4}-Q{q % 4 + 1}", "DATE")
        if unit == "decade":
            return (f"{r.year // 10 + k}{DECADE_SUFFIX}", "DATE")
        return (f"{r.year // 100 + k}", "DATE")

    def _edge(self, m, s, e):
        """'the end of the year', 'the beginning of March', 'the turn of the century': the unit's value."""
        g = m.groupdict()
        if g.get("eyear"):
            return (g["eyear"], "DATE")
        if g.get("mon"):
            if not self._capital(m, "mon"):
                return None
            mon = self.month(m)
            if g.get("year"):
                return (tl.month_value(int(g["year"]), mon), "DATE")
            if not self.ref:
                return (f"XXXX-{mon:02d}", "DATE")
            return (tl.month_value(self.month_year(mon, s, e), mon), "DATE")
        unit = g["unit"].lower()
        k = {"last": -1, "next": 1}.get((g.get("emod") or "").lower(), 0)
        if not self.ref:
            return ({"week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX"), "DATE")
        r = self.ref
        if unit == "year":
            return (str(r.year + k), "DATE")
        if unit == "month":
            return (tl.month_value(*tl.add_months(r.year, r.month, k)), "DATE")
        if unit == "week":
            return (tl.week_value(r + dt.timedelta(days=7 * k)), "DATE")
        if unit == "decade":
            return (f"{r.year // 10 + k}{DECADE_SUFFIX}", "DATE")
        return (f"{r.year // 100 + k}", "DATE")

    def _quarter(self, m, s, e):
        g = m.groupdict()
        if g.get("qn"):
            return (f"{g['year']}-Q{g['qn']}", "DATE")
        q = int(self.words["ordinal"][g["ord"].lower()])
        half = g["qh"].lower() == "half"
        if half:
            q = 2 if g["ord"].lower() == "final" else q
            if q > 2 or (not (g.get("year") or g.get("qmod")) and re.match(r"\s+of\b", self.text[e:e + 4])):
                return None       # 'the first half of the match'
            if not (g.get("year") or g.get("qmod")) and re.search(r"\b(?:game|match|play|period|inning|season)", self.text[e:e + 40]):
                return None
        elif q > 4:
            return None
        if g.get("year"):
            y = int(g["year"])
        elif not self.ref:
            y = None
        elif g.get("qmod"):
            y = self.ref.year + {"this": 0, "last": -1, "next": 1}[g["qmod"].lower()]
        else:
            now = (self.ref.month - 1) // (6 if half else 3) + 1
            way = self.direction(s, e, present="past")
            y = self.ref.year
            if way == "past" and q > now:
                y -= 1
            elif way == "future" and q < now:
                y += 1
        return (f"{y if y else 'XXXX'}-{'H' if half else 'Q'}{q}", "DATE")

    def _fiscal(self, m, s, e):
        g = m.groupdict()
        if g.get("fmod"):
            if not self.ref:
                return ("FYXXXX", "DATE")
            k = {"this": 0, "current": 0, "last": -1, "next": 1, "coming": 1}[g["fmod"].lower()]
            return (f"FY{self.ref.year + k}", "DATE")
        y = g["fy"].lstrip("'")
        if len(y) == 2:
            y = ("20" if int(y) < 50 else "19") + y
        if g.get("fy2"):
            y2 = g["fy2"]
            y = y[:4 - len(y2)] + y2 if len(y2) == 2 else y2
        return (f"FY{y}", "DATE")

    def _century(self, m, s, e):
        raw = m.group("cent").lower()
        n = int(re.match(r"\d+", raw).group()) if raw[0].isdigit() else int(self.words["ordinal"].get(raw, 0))
        if not 1 <= n <= 22:
            return None
        return (f"{n - 1:02d}", "DATE")

    def _decade(self, m, s, e):
        g = m.groupdict()
        if g.get("dec"):
            dec = g["dec"]
            if dec.endswith("00"):
                return (dec[:2], "DATE")
            return (dec[:3] + DECADE_SUFFIX, "DATE")
        d2 = int(g["dec2"])
        cent = 19 if not self.ref or d2 > self.ref.year % 100 else self.ref.year // 100
        return (f"{cent}{d2 // 10}{DECADE_SUFFIX}", "DATE")

    def _duration(self, m, s, e):
        g = m.groupdict()
        raw = (g.get("num") or "").lower()
        code = self.unit(g["unit"])
        if raw in ("a", "an") and (code in ("S", "MIN") or _COUNT_BEFORE.search(self.text[max(0, s - 12):s])
                                   or self.text[s - 1:s] == "-"):
            return None
        if re.search(r"\d,$", self.text[max(0, s - 2):s]):
            return None
        unit_as_read = self.text[m.start("unit"):m.end("unit")]
        if unit_as_read[0].isupper() and not unit_as_read.isupper() and raw[:1].isdigit():
            return None       # '60 Minutes': a title
        if g.get("vq") or (not raw and g["unit"].lower().endswith(("s", "ies"))):
            n = None              # 'the coming months': a count left open
        elif not raw:
            n = 1.0
        else:
            n = self.number(raw)
        if n is not None and n <= 0:
            return None
        if n is not None and g.get("half"):
            n += 0.5                  # `a year and a half`: P18M (user44)
        return (_period(n, code), "DURATION")

    def _season(self, m, s, e):
        g = m.groupdict()
        code = self.words["season"][g["season"].lower()]
        if g.get("year"):
            self.remember(year=int(g["year"]))
            return (f"{g['year']}-{code}", "DATE")
        before = self.text[max(0, s - 20):s]
        if not (g.get("det") or g.get("pre") or _PREP_BEFORE.search(before)):
            return None
        if code == "FA" and re.match(r"\s+of\b", self.text[e:e + 4], re.I):
            return None
        if g.get("det") and re.match(r"\s+of\b", self.text[e:e + 4], re.I):
            return None
        if not self.ref:
            return (f"XXXX-{code}", "DATE")
        y = tl.season_year(self.ref, code, self.direction(s, e))
        self.remember(year=y)
        return (f"{y}-{code}", "DATE")

    def _weekday_day(self, wd: int, mod: Optional[str], s: int, e: int):
        if not self.ref:
            return None
        mod = (mod or "").lower()
        way = {"last": "last", "past": "last", "previous": "last", "next": "next", "following": "next",
               "coming": "future"}.get(mod) or self.direction(s, e)
        if mod == "this" and way != "past":
            way = "future"          # 'this Friday' is the coming one unless told in the past
        elif mod == "this":
            way = "this"
        return tl.weekday_near(self.ref, wd, way)

    def _weekday(self, m, s, e):
        g = m.groupdict()
        if not self._capital(m, "wd"):
            return None
        wd = int(self.words["weekday"][g["wd"].lower()])
        if not g.get("mod") and not g.get("ba") and self.day_told and self.ref and \
                0 <= (self.ref - self.day).days <= STORY_DAYS and by_a_past_verb(self.doc, self.text, s, e, self.words):
            # `On Monday the army began pulling out. The last soldiers left by Tuesday.`: by a weekday told in the
            # past, the first such day after the day last named, not one counted from the report (dates51). Not from
            # a day long before the report (`born on May 4, 1960`), nor to a day after it for an act done by then
            # (`Officials said on Thursday most had left by Tuesday`: a day before the one named), no deadline: those
            # count from the report (review51b). The day named's own weekday is that day (`on Wednesday morning ...
            # By Wednesday afternoon`), not the one a week on (review51b)
            day = self.day + dt.timedelta(days=(wd - self.day.isoweekday()) % 7)
            if day <= self.ref or not done_by_weekday(self.doc, self.text, s, e, self.words):
                return (self._day_value(day, m.group(0), f"XXXX-WXX-{wd}"), "DATE")
        day = self._weekday_day(wd, g.get("mod"), m.start("wd") if g.get("ba") else s, e)
        if g.get("ba"):               # 'the day before last Tuesday'
            if day is None:
                return None
            day += dt.timedelta(days=1 if g["ba"].lower() == "after" else -1)
        # (a part of day keeps the day's value: see the note at the top)
        return (self._day_value(day, m.group(0), f"XXXX-WXX-{wd}"), "DATE")

    def _weekend(self, m, s, e):
        if not self.ref:
            return ("XXXX-WXX-WE", "DATE")
        return (tl.weekend_value(self.ref, self.direction(s, e)), "DATE")

    def _set(self, m, s, e):
        g = m.groupdict()
        if g.get("setw"):
            return (self.words["set"][g["setw"].lower()], "SET")
        if g.get("wd"):
            return (f"XXXX-WXX-{self.words['weekday'][g['wd'].lower()]}", "SET")
        if g.get("pod"):
            return (f"XXXX-XX-XXT{self.words['partofday'][g['pod'].lower()]}", "SET")
        n = self.number(g.get("num")) if g.get("num") and "every" in m.group(0).lower() else 1.0
        return (_period(n, self.unit(g["unit"])), "SET")

    def _ref(self, m, s, e):
        g = m.groupdict()
        if g.get("x"):
            return ("FUTURE_REF", "DATE")
        w = _word(m, "refw")
        if w == "current" and not re.match(r"\s+[a-z]", self.text[e:e + 3]):
            return None
        if w == "now" and re.match(r"[-\u2013]", self.text[e:e + 1]):
            return None
        return (self.words["ref"][w], "DATE")

    def _vague(self, m, s, e):
        if re.search(r"(?:\d|light|man|person)[\s-]*$", self.text[max(0, s - 8):s], re.I):
            return None
        return (_period(None, self.unit(m.group("vunit"))), "DURATION")

    def _year(self, m, s, e):
        if _NOT_A_YEAR_BEFORE.search(self.text[max(0, s - 14):s]):
            return None
        span = char_span(self.doc, m.start("year"), m.end("year"), alignment_mode="expand")
        if span is not None and len(span):
            t = span[-1]
            if t.dep_ == "nummod" and t.head.i > t.i and t.head.tag_ in ("NNS", "NNPS") and not (
                    1900 <= int(m.group("year")) <= 2099 and re.search(r"\b[Tt]he\s+$", self.text[max(0, s - 5):s])
                    and not _people_noun(t.head)):
                return None       # '2000 troops': a count, not a year; but `the 2012 attacks`, `the 2008
                #                   primaries`: a year (a count after `the` is written `the 2,000 troops`; lead47),
                #                   unless the noun is one of people (`the 2000 troops`, `the 1950 workers`: a
                #                   count written without its comma; review47a)
        y = int(m.group("year"))
        self.remember(year=y, anchor=not _no_anchor(span, self.text[max(0, s - 8):s]))
        return (str(y), "DATE")


def _no_anchor(span, before: str) -> bool:
    """A year that is no time of the story for `a year later` to count from: a modifier of a noun (`his 2005 book`,
    `the 2012 attacks`) or the start or end of a span (`held since 2012`, `until 2030`; dates49)."""
    if re.search(r"\b(?:since|until|till|through)\s+$", before, re.I):
        return True
    if span is None or not len(span):
        return False
    t = span[-1]
    return t.dep_ in ("compound", "nmod", "amod", "nummod") and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN")


def _people_noun(tok) -> bool:
    """A noun of people (titles.tsv, actor_words.tsv `person_noun`, victim_nouns.tsv: `troops`, `workers`,
    `delegates`, `passengers`): a number before it counts them."""
    return tok.lemma_.lower() in _people_nouns() or tok.lower_ in _people_nouns()


@functools.lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    from ...lexicon import actors as lex
    from ..events.victims import _person_nouns as victim_nouns     # (victim_nouns.tsv, read once there)

    return frozenset(lex.titles()) | lex.words("person_noun") | {n.lower() for n in victim_nouns()}


def _period(n: Optional[float], code: str) -> str:
    """A TIMEX3 duration: P3D, P14M, PT5H30M, P10Y for a decade, PXW when the count is vague."""
    time = code in ("H", "MIN", "S")
    letter = {"MIN": "M", "DE": "Y", "CE": "Y", "2W": "W", "WE": "D"}.get(code, code)
    mult = {"DE": 10, "CE": 100, "2W": 2, "WE": 2}.get(code, 1)
    if n is None:
        if code in ("DE", "CE"):
            return f"PX{code}"
        return ("PTX" if time else "PX") + letter
    n = n * mult
    if n != int(n):
        frac = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "M_t": ("S", 60)}
        sub = frac.get(letter if not (time and letter == "M") else "M_t")
        whole = int(n)
        if sub and (n - whole) * sub[1] == int((n - whole) * sub[1]):
            part = int((n - whole) * sub[1])
            if letter == "Y":
                return f"P{whole * 12 + part}M"
            if letter in ("M", "W") and not time:
                return f"P{int(n * (30 if letter == 'M' else 7))}D"
            if letter == "D":
                return f"PT{int(n * 24)}H"
            return f"PT{whole}{letter}{part}{sub[0]}"
        return ("PT" if time else "P") + f"{n:g}{letter}"
    return ("PT" if time else "P") + f"{int(n)}{letter}"
