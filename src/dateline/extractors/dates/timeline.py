"""Calendar arithmetic for TIMEX3 values: weeks, months, weekdays, holidays relative to a reference day."""
from __future__ import annotations

import datetime as dt
from typing import Optional

Day = dt.date


def parse_day(value: Optional[str]) -> Optional[Day]:
    """YYYY-MM-DD (or a longer ISO stamp) -> date; None when absent or malformed."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def week_value(d: Day) -> str:
    """ISO week of a day as TIMEX3 writes it in TempEval data: 2000-W7, 2012-W21 (no zero padding)."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w}"


def month_value(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def safe_day(y: int, m: int, d: int) -> Optional[Day]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def weekday_near(ref: Day, iso_wd: int, direction: str) -> Day:
    """The weekday nearest ref: 'past' = on or before, 'future' = on or after,
    'last' = strictly before, 'next' = strictly after, 'this' = in ref's ISO week."""
    delta = iso_wd - ref.isoweekday()
    if direction == "this":
        return ref + dt.timedelta(days=delta)
    if direction in ("past", "last"):
        back = (-delta) % 7
        if back == 0 and direction == "last":
            back = 7
        return ref - dt.timedelta(days=back)
    fwd = delta % 7
    if fwd == 0 and direction == "next":
        fwd = 7
    return ref + dt.timedelta(days=fwd)


def month_year(ref: Day, month: int, direction: str) -> int:
    """Year of a bare month name: the most recent one not after ref ('past'), the next one not
    before ref ('future'), strictly before/after ref's month ('last'/'next'), ref's year ('this')."""
    y = ref.year
    if direction == "this":
        return y
    if direction in ("past", "last"):
        if month > ref.month or (month == ref.month and direction == "last"):
            return y - 1
        return y
    if month < ref.month or (month == ref.month and direction == "next"):
        return y + 1
    return y


def easter(y: int) -> Day:
    """Gregorian Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def holiday(y: int, rule: str) -> Optional[Day]:
    """A holiday's day in year y from its lexicon rule (MM-DD, M:W:N[+K], easter+K)."""
    if rule.startswith("easter"):
        return easter(y) + dt.timedelta(days=int(rule[6:] or 0))
    if "-" in rule and ":" not in rule:
        m, d = rule.split("-")
        return safe_day(y, int(m), int(d))
    extra = 0
    if "+" in rule:
        rule, k = rule.split("+")
        extra = int(k)
    m, wd, n = (int(x) for x in rule.split(":"))
    if n > 0:
        first = dt.date(y, m, 1)
        d = first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    else:
        y2, m2 = add_months(y, m, 1)
        last = dt.date(y2, m2, 1) - dt.timedelta(days=1)
        d = last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
    return d + dt.timedelta(days=extra)


def weekend_value(ref: Day, direction: str) -> str:
    """The weekend as YYYY-Www-WE: the one of ref's week, or the previous one when a past
    weekend is meant on a weekday ('past'/'last'), or the coming one ('future'/'next')."""
    if direction in ("past", "last") and ref.isoweekday() < 6:
        ref = ref - dt.timedelta(days=7)
    elif direction == "next" and ref.isoweekday() >= 6:
        ref = ref + dt.timedelta(days=7)
    return week_value(ref) + "-WE"


def season_year(ref: Day, season: str, direction: str) -> int:
    """Year of a season named without one (winter counted from its December)."""
    order = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
    now = {12: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3}[ref.month]
    y = ref.year + (1 if ref.month == 12 else 0)    # winter 2013 runs Dec 2012 - Feb 2013
    s = order[season]
    if direction == "this":
        return y
    if direction in ("past", "last"):
        return y if s < now or (s == now and direction == "past") else y - 1
    return y if s > now or (s == now and direction == "future") else y + 1


def quarter_of(d: Day) -> int:
    return (d.month - 1) // 3 + 1
