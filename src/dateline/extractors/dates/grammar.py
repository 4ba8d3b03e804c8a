"""The grammar of temporal expressions: one compiled regex per form, tried in priority order.

Built once from the word lexicon; the regexes run on a lower-case copy of the text (same offsets).
Each pattern's name says which resolver turns its match into a TIMEX3 value (see `resolve.py`);
an optional group `x` narrows the extent to part of the match. A form with a key is only tried
in windows around the key's hits (a month name, a unit word ...): few windows, so a fast pass.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ...scan import found_words, leading_words
from .words import alternation, load

WINDOW = (60, 40)       # characters tried before and after a key's hit


@functools.lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, "re.Pattern[str]", Optional[str]], ...]:
    """(form, regex, key) triples, most specific first; an earlier form's span blocks later
    overlapping ones. `key` names a regex in `keys()` whose hits every match contains, or None."""
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
    REL = r"(?P<rel>today|tonight|tomorrow|yesterday|last\s+night)"
    ORD = rf"(?P<ord>{alternation(w['ordinal'])})"
    PRE = r"(?:(?P<pre>early|earlier|late|later|mid)(?:-|\s+))?"
    forms = [
        ("weekof", rf"\bthe\s+week\s+of\s+{MON}\s+{DAY}", "mon"),
        ("date", rf"\b{WD},?\s+{MON}\s+{DAY}(?:,?\s+{YEAR})?", "mon"),
        ("date", rf"\b{MON}\s+{DAY},?\s+{YEAR}", "mon"),
        ("date", rf"\b{DAY}\s+(?:of\s+)?{MON}(?:,?\s+{YEAR})?", "mon"),
        ("date", rf"\b(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])\b", "iso"),
        ("date", r"(?<![\w/.-])(?P<um>0?[1-9]|1[0-2])/(?P<ud>0?[1-9]|[12]\d|3[01])/(?P<uy>(?:19|20)\d\d)(?![\w/]|[.-]\d)", "slash"),
        ("clock", rf"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)(?:\s+{TZ})?"
                  rf"(?:\s+(?:on\s+)?(?:{WD}|{REL}))?", "ampm"),
        ("clock", rf"\b(?P<h24>[01]?\d|2[0-3])[:.]?(?P<mi>[0-5]\d)\s*(?:hours\s+)?{TZ}", "tz"),
        ("clock", rf"\b(?P<noon>noon|midnight|midday)(?:\s+(?:on\s+)?(?:{WD}|{REL}))?", None),
        ("edge", rf"\b(?:the\s+)?(?P<edge>end|beginning|start|middle|turn)\s+of\s+(?:(?P<emod>the|this|last|next)\s+)?"
                 rf"(?:(?P<unit>year|month|week|decade|century)\b|(?P<eyear>1\d\d\d|20\d\d)\b|{MONF}(?:,?\s+{YEAR})?)", "edge"),
        ("month", rf"\b{PRE}{MON},?\s+(?:of\s+)?(?:{YEAR}|(?P<ymod>this|last|next)\s+year\b)", "mon"),
        ("date", rf"\b{MON}\s+{DAY}(?:\s+(?:and|or|to|through|-)\s+(?P<day2>3[01]|[12]\d|0?[1-9])\b(?!\s*[,.]?\s*\d))?", "mon"),
        ("holiday", rf"\b(?:(?P<mod>last|next|this|past|coming)\s+)?(?P<hol>{alternation(w['holiday'])})\b"
                    rf"(?:,?\s+(?:of\s+)?{YEAR})?", "holiday"),
        ("weekday", rf"\bthe\s+day\s+(?P<ba>before|after)\s+(?:(?P<mod>last|next|this)\s+)?{WD}", "wd"),
        ("today", rf"\b(?:the\s+day\s+(?P<ba>before|after)\s+)?{REL}(?:\s+{POD})?", "rel"),
        ("today", rf"\bthis\s+{POD}", None),
        ("ago", rf"\b{APPROX}(?:{NUM}[-\s]+)?{UNIT}\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b", "ago"),
        ("anaphor", r"\b(?:(?P<pre>earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same|the\s+(?P<dir>next|following|previous|preceding|prior))"
                    r"\s+(?P<aunit>day|week|month|year|morning|afternoon|evening|night)\b", "anaphor"),
        ("anaphor", r"\bthe\s+(?P<aunit>day)\s+(?P<ba>before|after)\b(?!\s+(?:yesterday|tomorrow|last|next))", None),
        ("relative", rf"\b(?:(?P<the>the)\s+)?{PRE}(?P<mod>this\s+past|this|last|next|coming|previous|current|past)\s+"
                     rf"(?:(?P<unit>week|weekend|month|year|quarter|decade|century)\b|{SEASON}|{MONF})", "relative"),
        ("quarter", rf"\b(?:the\s+)?{ORD}[-\s]+(?P<qh>quarter|half)"
                    rf"(?:\s+of\s+(?:(?P<qmod>this|last|next)\s+year|{YEAR}))?", "quarter"),
        ("quarter", rf"\bq(?P<qn>[1-4])\s+{YEAR}", None),
        ("fiscal", r"\bfiscal\s+(?:year\s+)?(?P<fy>(?:19|20)\d\d|'?\d\d)(?:[-/](?P<fy2>\d\d(?:\d\d)?))?\b", None),
        ("fiscal", r"\b(?:the\s+)?(?P<fmod>this|last|next|current|coming)\s+fiscal\s+year\b", "fiscal"),
        ("century", rf"\b(?:the\s+)?{PRE}(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{alternation(w['ordinal'])})\s+century\b", "century"),
        ("decade", rf"(?:\bthe\s+)?{PRE}(?:\b(?P<dec>(?:1\d|20)\d0)|['\u2019](?P<dec2>\d0))'?s\b", "decade"),
        ("duration", rf"\b(?:the\s+(?P<pl>past|last|next|coming|previous|first|final|following)\s+)?{APPROX}{NUM}"
                     rf"[-\s]+(?:more\s+)?{UNIT}(?P<half>\s+and\s+a\s+half\b)?(?:[-\s]long\b)?(?![-\s]old\b)", "unit"),
        ("duration", rf"(?<!\bat\s)\bthe\s+(?P<pl>past|last|next|coming|previous)\s+"   # (`at the last minute`: when, as an idiom)
                     rf"(?:(?P<vq>few|several|many)\s+)?{UNIT}(?![-\s]old\b)", None),
        ("season", rf"\b{PRE}(?P<det>the\s+)?{SEASON}(?:\s+(?:of\s+)?{YEAR})?", "season"),
        ("weekend", r"\bthe\s+weekend\b", "weekend"),
        ("weekday", rf"\b(?:(?P<mod>last|next|this|past|coming|previous|following)\s+)?{WD}(?:\s+{POD})?", "wd"),
        ("month", rf"\b{PRE}{MONF}(?!\s+\d)", "mon"),
        ("set", rf"\b(?P<setw>{alternation(w['set'])})\b", None),
        ("set", rf"\b(?:every|each)\s+(?:other\s+)?(?:{NUM}\s+)?(?:{UNIT}|{WD}|{POD})", None),
        ("set", rf"\b(?:once|twice|(?:\d+|{alternation(w['number'])})\s+times)\s+(?:a|per|each)\s+{UNIT}", "times"),
        ("ref", rf"\b(?P<refw>{alternation(w['ref'])})\b", None),
        ("ref", r"\bin\s+(?P<x>future)\b", None),
        ("vague", r"\b(?:(?:recent|past|coming|next|last|several|many|few|the\s+past|the\s+next|the\s+coming|"
                  r"the\s+last|a\s+few)\s+)*(?P<vunit>days|weeks|months|years|decades)\b(?![-\s]old\b)", "vague"),
        ("year", r"(?<![\w$\u00a3\u20ac#.,/-])(?P<pre>(?:early|mid|late)(?:-|\s+)|(?:post|pre)-)?"
                 r"(?P<year>1[6-9]\d\d|20\d\d)(?![\w%]|[.,/:-]\d|\s*(?:percent|per\s+cent))", "digits"),
    ]
    return tuple((name, re.compile(rx), key) for name, rx, key in forms)


@functools.lru_cache(maxsize=1)
def scanners() -> tuple[Optional["re.Pattern[str]"], ...]:
    """Per form of `patterns()`, a regex that finds fast every place where the form may match, or None (the form
    is searched as it is). Python's `re` searches a pattern that opens with `\\b` (or a look-behind) by trying the
    whole pattern at every character; the same pattern without its `\\b` (and a look-behind before it, for a form
    tried over the whole text) is searched by its first word or letters, and a form can only match where it does
    (`scan.matches_at` then tries the form there). Used for the forms tried over the whole text and for those that
    then open with a literal word (`the week of`); every such form matches at least a word."""
    out = []
    for _, rx, key in patterns():
        behind = _LOOK_BEHIND.match(rx.pattern)
        opening = rx.pattern[behind.end() if behind and key is None else 0:]
        rest = opening[2:]
        out.append(re.compile(rest) if opening.startswith(r"\b") and (key is None or rest[:1].isalpha())
                   else None)
    return tuple(out)


# a look-behind (no group inside) that opens a form: it reads only the text before the match, which `scan.matches_at`
# still lets it read, so the scanner of a form tried over the whole text leaves it out with the `\b` after it (the
# `(?<!\bat\s)\bthe past few days` duration, tried at every character of the text without one: speed46a)
_LOOK_BEHIND = re.compile(r"\(\?<[!=](?:[^()\\]|\\.)*\)")


@functools.lru_cache(maxsize=1)
def keys() -> dict[str, "re.Pattern[str]"]:
    """Cheap regexes over the lower-case text whose hits mark where a keyed form can match."""
    w = load()
    units = "day|week|month|year|decade|centur|hour|minute|second|fortnight"
    rx = {
        "mon": alternation(w["month"]),
        "wd": alternation(w["weekday"]),
        "iso": r"\d\d\d\d-\d\d-\d\d",
        "slash": r"\d/\d\d?/\d\d\d\d",
        "ampm": r"\d\s*[ap]\.?\s?m\b",
        "tz": rf"\d\s*(?:hours\s+)?(?:{alternation(w['timezone'])})\b",
        "holiday": alternation({h.split()[0] for h in w["holiday"]}),
        "rel": r"today|tonight|tomorrow|yesterday|last\s+night",
        "ago": r"\b(?:ago|earlier|later|hence|from\s+now)\b",
        "anaphor": r"(?:that|same|next|following|previous|preceding|prior)\s+(?:day|week|month|year|morning|afternoon|evening|night)\b",
        "relative": r"\b(?:this|last|next|coming|previous|current|past)\s",
        "quarter": r"quarter|half",
        "fiscal": r"fiscal",
        "century": r"century",
        "decade": r"\d0'?s\b",
        "unit": units,
        "season": alternation(w["season"]),
        "times": r"\b(?:times|once|twice)\b",
        "vague": r"(?:day|week|month|year|decade)s\b",
        "weekend": r"weekend",
        "edge": r"\b(?:end|beginning|start|middle|turn)\s+of\s",
        "digits": r"\d\d\d\d",
    }
    return {k: re.compile(v) for k, v in rx.items()}


@functools.lru_cache(maxsize=1)
def key_scanners() -> dict[str, "re.Pattern[str]"]:
    """`scanners` for the keys that open with `\\b` (each key matches at least a word)."""
    return {k: re.compile(rx.pattern[2:]) for k, rx in keys().items() if rx.pattern.startswith(r"\b")}


# a leading word this short, or this common, stands at so many places that trying the regex at each of them costs more
# than the regex engine's own scan (`literal_words`)
_SHORTEST = 3
_COMMON = frozenset({"the"})


def _literal(rx) -> Optional[tuple[str, ...]]:
    words = leading_words(rx)
    if words is None or any(len(w) < _SHORTEST or w in _COMMON for w in words):
        return None
    return words


@functools.lru_cache(maxsize=1)
def key_words() -> dict[str, tuple[str, ...]]:
    """For the keys whose every hit starts with one of a few plain words (`scan.leading_words` of the key, or of its
    scanner for a key that opens with `\\b`), those words: `scan.literal_matches` finds the same hits with `str.find`
    (the month names, weekdays, holidays, units: 5-35 ms each over 300 articles by the regex, about half by the finds)."""
    scan = key_scanners()
    out = {}
    for k, rx in keys().items():
        words = _literal(scan.get(k, rx))
        if words is not None:
            out[k] = words
    return out


@functools.lru_cache(maxsize=1)
def form_words() -> tuple[Optional[tuple[str, ...]], ...]:
    """Per form of `patterns()`, for a form tried over the whole text (no key) whose scanner opens with a few plain words
    (`noon|midnight|midday`, the `set` words), those words (`key_words`), else None."""
    return tuple(_literal(scan) if key is None and scan is not None else None
                 for (_, _, key), scan in zip(patterns(), scanners()))


@functools.lru_cache(maxsize=1)
def form_starts() -> tuple:
    """Per form of `patterns()`, for the `ref` form tried over the whole text, a function (lower-case text, pos, end)
    -> the offsets where its matches may start (`scan.matches_from`), else None: the `ref` words of one word found by
    `str.find`, and each of several words by its second word, with the white space and the first word before it
    (`the near future`, `at present`, `right now`). Its leading words (`the`, `at`) stand at so many places that the
    regex tried at each, or at every `t`, `a`, `r`, `c`... as the engine tries it, costs more (speed46a)."""
    return tuple(_ref_starts(tuple(load()["ref"])) if form == "ref" and key is None and "refw" in rx.groupindex else
                 None for form, rx, key in patterns())


def _ref_starts(words: tuple):
    """`form_starts`' function for the words of a word alternation whose spaces match any run of white space
    (`words.alternation`): every offset where one of them may start, and more."""
    alone = {w for w in words if " " not in w}
    alone = {w for w in alone if not any(v != w and w.startswith(v) for v in alone)}   # (`now` finds `nowadays`)
    firsts: dict[str, set] = {}                # a second word -> the first words before it
    for w in words:
        if " " in w:
            first, second = w.split()[:2]
            firsts.setdefault(second, set()).add(first)
    looked = tuple(sorted(alone | set(firsts)))   # (each word found once)

    def starts(low: str, pos: int, end: int) -> set[int]:
        found = {w: found_words((w,), low, pos, end) for w in looked}
        out = set().union(*(found[w] for w in alone))
        for second, before in firsts.items():
            for at in found[second]:
                j = at
                while j > pos and low[j - 1].isspace():   # (`\s` in a str pattern is what `str.isspace` says)
                    j -= 1
                if j < at:
                    out.update(j - len(f) for f in before if j - len(f) >= pos and low.startswith(f, j - len(f)))
        return out
    return starts


# keys of figures whose every hit holds one of these plain strings: a text without any has no hit, and their regex (a
# digit class first, tried at every digit) is not run on it (`/` is in 1 of 6 polnear texts, a decade in 1 of 12)
KEY_HOLDS = {"slash": ("/",), "decade": ("0s", "0's")}
