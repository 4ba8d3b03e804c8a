"""The grammar of temporal expressions: one compiled regex per form, tried in priority order.

Built once from the word lexicon. Each pattern's name says which resolver turns its match into
a TIMEX3 value (see `resolve.py`); an optional group `x` narrows the extent to part of the match.
"""
from __future__ import annotations

import functools
import re

from .words import alternation, load

FLAGS = re.IGNORECASE


@functools.lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, "re.Pattern[str]"], ...]:
    """(form, regex) pairs, most specific first; an earlier form's span blocks later overlapping ones."""
    w = load()
    abbr = [m for m in w["month"] if len(m) <= 4 and m not in ("may", "june", "july")]
    full = [m for m in w["month"] if m not in abbr]
    MON = rf"(?P<mon>(?:{alternation(full)})\b|(?:{alternation(abbr)})\b\.?)"
    MONF = rf"(?P<mon>(?:{alternation(full)})\b)"            # a bare month: full names only
    DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
    YEAR = r"(?P<year>1\d\d\d|20\d\d)\b(?!,\d|\.\d)"
    WD = rf"(?P<wd>{alternation(w['weekday'])})\b"
    POD = rf"(?P<pod>{alternation(w['partofday'])})\b"
    SEASON = rf"(?P<season>{alternation(w['season'])})\b"
    TZ = rf"(?P<tz>{alternation(w['timezone'])})\b"
    units = list(w["unit"]) + [u + "s" for u in w["unit"] if u != "century"] + ["centuries"]
    UNIT = rf"(?P<unit>{alternation(units)})\b"
    numw = [n for n in w["number"]] + list(w["vague"])
    tens = alternation([n for n, v in w["number"].items() if v.isdigit() and 20 <= int(v) <= 90])
    ones = alternation([n for n, v in w["number"].items() if v.isdigit() and 1 <= int(v) <= 9 and n not in ("a", "an")])
    NUM = rf"(?P<num>\d+(?:\.\d+)?(?:\s+1/2)?|(?:{tens})-(?:{ones})|{alternation(numw)})"
    APPROX = (r"(?:(?P<approx>more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|nearly|almost|about|around|"
              r"roughly|approximately|some|over|under|up\s+to|just|only|barely|the\s+better\s+part\s+of)\s+)?")
    REL = r"(?P<rel>today|tonight|tomorrow|yesterday)"
    ORD = rf"(?P<ord>{alternation(w['ordinal'])})"
    PRE = r"(?:(?P<pre>early|earlier|late|later|mid)(?:-|\s+))?"
    forms = [
        ("weekof", rf"\bthe\s+week\s+of\s+{MON}\s+{DAY}"),
        ("date", rf"\b{WD},?\s+{MON}\s+{DAY}(?:,?\s+{YEAR})?"),
        ("date", rf"\b{MON}\s+{DAY},?\s+{YEAR}"),
        ("date", rf"\b{DAY}\s+(?:of\s+)?{MON}(?:,?\s+{YEAR})?"),
        ("date", rf"\b(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])\b"),
        ("clock", rf"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)(?:\s+{TZ})?"
                  rf"(?:\s+(?:on\s+)?(?:{WD}|{REL}))?"),
        ("clock", rf"\b(?P<h24>[01]?\d|2[0-3])[:.]?(?P<mi>[0-5]\d)\s*(?:hours\s+)?{TZ}"),
        ("clock", rf"\b(?P<noon>noon|midnight|midday)(?:\s+(?:on\s+)?(?:{WD}|{REL}))?"),
        ("month", rf"\b{PRE}{MON},?\s+(?:of\s+)?(?:{YEAR}|(?P<ymod>this|last|next)\s+year\b)"),
        ("date", rf"\b{MON}\s+{DAY}(?:\s+(?:and|or|to|through|-)\s+(?P<day2>3[01]|[12]\d|0?[1-9])\b(?!\s*[,.]?\s*\d))?"),
        ("holiday", rf"\b(?:(?P<mod>last|next|this|past|coming)\s+)?(?P<hol>{alternation(w['holiday'])})\b"
                    rf"(?:,?\s+(?:of\s+)?{YEAR})?"),
        ("today", rf"\b(?:the\s+day\s+(?P<ba>before|after)\s+)?{REL}(?:\s+{POD})?"),
        ("today", rf"\bthis\s+{POD}"),
        ("ago", rf"\b{APPROX}(?:{NUM}[-\s]+)?{UNIT}\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b"),
        ("anaphor", r"\b(?:(?P<pre>earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same|the\s+(?P<dir>next|following|previous|preceding|prior))"
                    r"\s+(?P<aunit>day|week|month|year|morning|afternoon|evening|night)\b"),
        ("anaphor", r"\bthe\s+(?P<aunit>day)\s+(?P<ba>before|after)\b(?!\s+(?:yesterday|tomorrow|last|next))"),
        ("relative", rf"\b{PRE}(?P<mod>this|last|next|coming|previous|current|past)\s+"
                     rf"(?:(?P<unit>week|weekend|month|year|quarter|decade|century)\b|{SEASON}|{MONF})"),
        ("quarter", rf"\b(?:the\s+)?{ORD}[-\s]+(?P<qh>quarter|half)"
                    rf"(?:\s+of\s+(?:(?P<qmod>this|last|next)\s+year|{YEAR}))?"),
        ("quarter", rf"\bQ(?P<qn>[1-4])\s+{YEAR}"),
        ("fiscal", r"\bfiscal\s+(?:year\s+)?(?P<fy>(?:19|20)\d\d|'?\d\d)(?:[-/](?P<fy2>\d\d(?:\d\d)?))?\b"),
        ("fiscal", r"\b(?:the\s+)?(?P<fmod>this|last|next|current|coming)\s+fiscal\s+year\b"),
        ("century", rf"\b(?:the\s+)?{PRE}(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{alternation(w['ordinal'])})\s+century\b"),
        ("decade", rf"(?:\bthe\s+)?{PRE}(?:\b(?P<dec>(?:1\d|20)\d0)|['\u2019](?P<dec2>\d0))'?s\b"),
        ("duration", rf"\b(?:the\s+(?P<pl>past|last|next|coming|previous|first|final|following)\s+)?{APPROX}{NUM}"
                     rf"[-\s]+(?:more\s+)?{UNIT}(?:[-\s]long\b)?(?![-\s]old\b)"),
        ("duration", rf"\bthe\s+(?P<pl>past|last|next|coming|previous|first|final|following)\s+"
                     rf"(?:(?P<vq>few|several|many)\s+)?{UNIT}(?![-\s]old\b)"),
        ("season", rf"\b{PRE}(?P<det>the\s+)?{SEASON}(?:\s+(?:of\s+)?{YEAR})?"),
        ("weekend", r"\bthe\s+weekend\b"),
        ("weekday", rf"\b(?:(?P<mod>last|next|this|past|coming|previous|following)\s+)?{WD}(?:\s+{POD})?"),
        ("month", rf"\b{PRE}{MONF}(?!\s+\d)"),
        ("set", rf"\b(?P<setw>{alternation(w['set'])})\b"),
        ("set", rf"\b(?:every|each)\s+(?:other\s+)?(?:{NUM}\s+)?(?:{UNIT}|{WD}|{POD})"),
        ("set", rf"\b(?:once|twice|(?:\d+|{alternation(w['number'])})\s+times)\s+(?:a|per|each)\s+{UNIT}"),
        ("ref", rf"\b(?P<refw>{alternation(w['ref'])})\b"),
        ("ref", r"\bin\s+(?P<x>future)\b"),
        ("vague", r"\b(?:(?:recent|past|coming|next|last|several|many|few|the\s+past|the\s+next|the\s+coming|"
                  r"the\s+last|a\s+few)\s+)*(?P<vunit>days|weeks|months|years|decades)\b(?![-\s]old\b)"),
        ("year", r"(?<![\w$\u00a3\u20ac#.,/-])(?P<pre>(?:early|mid|late)(?:-|\s+)|(?:post|pre)-)?"
                 r"(?P<year>1[6-9]\d\d|20\d\d)(?![\w%]|[.,/:-]\d|\s*(?:percent|per\s+cent))"),
    ]
    return tuple((name, re.compile(rx, FLAGS)) for name, rx in forms)
