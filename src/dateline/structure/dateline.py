"""The dateline at the head of the story: `MOSCOW - Agence France- Presse` (own line), `Beirut (AFP) –`,
`LONDON, May 28 (Reuters) -`, `NAIROBI, Kenya (AP) _`, `WASHINGTON —`: place, region, agency, date."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional

from ..lexicon import classes
from .agencies import agency as agency_name
from .dates import DATE, MONTH, parse_date

_CAPS_WORD = r"[A-Z][A-Z'’.\-]*"
_TITLE_WORD = r"[A-Z][a-zà-ÿ'’.\-]+"
# a state or country after the place: 'N.H.', 'W.Va.', 'Calif.', 'Kenya', 'South Korea', a postal code 'MO' (not a
# headline in capitals)
_REGION_WORD = r"(?:(?:[A-Z]\.)+(?:[A-Z][a-z]+\.)?|[A-Z][a-z'’]+\.?|[A-Z]{2,6}\.|[A-Z]{2}(?![\w.’'\-]))"
_PARTICLE = r"(?:de|da|del|di|do|du|la|le|el|al|es|of|upon)"
_HEAD = re.compile(rf"""
    (?:(?!{MONTH}\s*\d)(?P<place>(?P<caps>{_CAPS_WORD}[A-Z.](?:[ /]+(?:{_CAPS_WORD}|{_PARTICLE})){{0,3}})
               | {_TITLE_WORD}(?:[ /]+(?:{_TITLE_WORD}|{_PARTICLE})){{0,3}})
       (?:,[^\S\n]*(?!{MONTH}\s*\d)(?P<region>{_REGION_WORD}(?:[ ]{_REGION_WORD}){{0,2}}))?
    )?
    (?:,?[^\S\n]*(?P<date>{DATE}))?
    (?:[^\S\n]*\([^\S\n]*(?P<paren>[^()\n]{{1,40}}?)[^\S\n]*\))?
    """, re.VERBOSE)
_COLON = re.compile(r"[^\S\n]*:[^\S\n]*")      # 'NEW DELHI, Nov 5 (PTI):' (after an agency only)
_UNLISTED_AGENCY = re.compile(r"[A-Z][A-Za-z]{2,20}(?:\.(?:com|COM|net|NET|tv|TV))?")
#   a one-word name (`Pajhwok`), or a station's web address in its place (`HARLOW (KXYZ.COM) –`, `HARLOW (KXYZ.com)
#   -`: American local television sites write their datelines so; act54b)
_DASH = re.compile(r"[^\S\n]*(?:—|–|―|\x97|\x96|--|-|_)[^\S\n]*")
#   (U+0097 and U+0096: the em and en dash of Windows-1252 read as Latin-1, as some local-news feeds deliver them:
#   `QUILLBROOK, Tenn. (AP) \x97 Police say ...`; act55d)


@functools.lru_cache(maxsize=1)
def _banners() -> frozenset[str]:
    """Words that open a headline or a rubric in capitals (BREAKING, UPDATE), not a place."""
    return frozenset(w.upper() for w in classes("structure_words.tsv")["banner"])


@dataclass(frozen=True)
class Found:
    """A dateline as found in one line: what it says and where."""
    start: int
    end: int
    place: Optional[str]
    region: Optional[str]
    agency: Optional[str]
    date: Optional[tuple[int, int, Optional[int]]]     # (month, day, year or None)
    date_span: Optional[tuple[int, int]]

    @property
    def skip(self) -> tuple[tuple[int, int], ...]:
        """The dateline blanked before parsing, except its date (the date extractor reads that)."""
        if not self.date_span:
            return ((self.start, self.end),)
        return tuple(p for p in ((self.start, self.date_span[0]), (self.date_span[1], self.end)) if p[1] > p[0])


def title_case(place: str) -> str:
    """'NEW YORK' -> 'New York', 'RIO DE JANEIRO' -> 'Rio de Janeiro'; 'U.N.' and mixed case kept."""
    if not place.isupper():
        return place
    out = []
    for i, piece in enumerate(re.split(r"([ /\-’']+)", place)):
        if not piece or not piece[0].isalpha() or re.fullmatch(r"(?:[A-Z]\.)+", piece):
            out.append(piece)
        elif i > 0 and re.fullmatch(_PARTICLE, piece.lower()) and not re.search(r"[’']$", out[-1] if out else ""):
            out.append(piece.lower())
        else:
            out.append(piece[0] + piece[1:].lower())
    return "".join(out)


# a dateline with no dash (ident50): after the place in capitals, a state's abbreviation at most (`, Fla.`), then the
# story's first word, capitalised (`BALTIMORE Freddie Gray, 25, died`, `ORLANDO, Fla. Omar Mateen, 29, opened fire`)
_DASHLESS_PLACE = re.compile(r"(?P<place>[A-Z][A-Z'’.\-]*[A-Z.](?:[^\S\n]+[A-Z][A-Z'’.\-]*[A-Z.]){0,3})(?=[,\s])")
_DASHLESS_TAIL = re.compile(r"(?:,[^\S\n]*(?P<region>(?:[A-Z]\.)+(?:[A-Z][a-z]+\.)?|[A-Z][a-z]{1,5}\.))?[^\S\n]+"
                            r"(?=[A-Z][a-z])")
_DASHLESS_LEDE = re.compile(r"[.!?][\"'\u201d\u2019]?[^\S\n]*$")
DASHLESS_MIN_WORDS = 8     # the story's first sentence after such a dateline: a lede, not a headline
# with no state after the place, the lede opens with two capitalised words (`Freddie Gray,`, `Mayor Ann Kolb`): one
# alone before a lower-case word is the place's own name run on (`AUSTIN Rivers scored`, `BOSTON Globe reporters`,
# `DALLAS Cowboys quarterback`: a lede whose first word is set in capitals; review50d)
_DASHLESS_TWO_CAPS = re.compile(r"[A-Z][\w'’.\-]*[^\S\n]+[A-Z]")


def _dashless(text: str, start: int, end: int, m: re.Match) -> Optional[Found]:
    """The dateline with no dash at the start of the story's first line text[start:end] (`BALTIMORE Freddie Gray, 25,
    died Sunday ...`): a place in capitals of four letters or more that names a gazetteer place, a state's
    abbreviation at most after it, then a lede - a capitalised word opening at least DASHLESS_MIN_WORDS words that end
    with a sentence's stop (a headline in capitals is none: `TEXAS Governor Signs Bill`). Without it the place is
    read as part of the first name (`BALTIMORE Freddie Gray` one person; ident50)."""
    head = _DASHLESS_PLACE.match(text, start, end)
    place = head.group("place") if head else None
    if not place or m.group("date") or m.group("paren") is not None or \
            len(re.sub(r"[^A-Z]", "", place)) < 4 or not _named_place(title_case(place.strip(" ./"))):
        return None
    tail = _DASHLESS_TAIL.match(text, head.end(), end)
    if tail is None:
        return None
    rest = text[tail.end():end]
    words = rest.split()
    if len(words) < DASHLESS_MIN_WORDS or not _DASHLESS_LEDE.search(rest) or \
            3 * sum(w[:1].islower() for w in words) < sum(w[:1].isalpha() for w in words):
        return None              # (a headline in title case ending on a stop, a third of its words in lower case at
        #                          most: `TEXAS Governor Signs Bill to Ban Texting on All Roads.`; a lede full of
        #                          names keeps more: `Sens. Ann Roe of Utah and Tom Roe of Iowa asked the ...`)
    if not tail.group("region") and (not _DASHLESS_TWO_CAPS.match(rest) or _place_names(place, words)):
        return None
    stop = tail.end("region") if tail.group("region") else head.end()
    return Found(start=start, end=stop, place=title_case(place), region=tail.group("region"), agency=None, date=None,
                 date_span=None)


def _place_names(place: str, words: list[str]) -> bool:
    """True when the place in capitals and the lede's first capitalised words make a lexicon organisation's or
    person's name (`NEW YORK Yankees Manager ...`, `CHINA Daily Editor ...`): a name set in capitals, no dateline."""
    from ..lexicon.actors import organisation_forms, person_forms

    orgs, people = organisation_forms(), person_forms()
    name = title_case(place)
    for w in words[:3]:
        if not w[:1].isupper():
            break
        name = f"{name} {w.rstrip(',.')}"
        if name in orgs or name in people:
            return True
    return False


def _colon_lede(text: str, start: int, end: int, place: str) -> bool:
    """True for a colon dateline's lede at text[start:end] after `place` (`Kolkata: West Bengal Chief Minister Ann Roe
    said ...`, `LAHORE: A condolence meeting ...`: South Asian outlets set their own city so, act55a): the place a
    large city, a country or a US state of the lexicon (`lex.place_country`; a gazetteer place alone is not enough:
    `Police:`, `Poll:`, `Clinton:` open headlines) and the rest of the line a sentence of DASHLESS_MIN_WORDS words
    or more that ends with a stop (not a headline: `Rubio: Trump Is Wrong on Trade`)."""
    from ..lexicon.actors import place_country

    rest = text[start:end]
    words = rest.split()
    return bool(rest[:1].isupper() and place_country(title_case(place.strip(" ./"))) and
                len(words) >= DASHLESS_MIN_WORDS and _DASHLESS_LEDE.search(rest) and
                3 * sum(w[:1].islower() for w in words) >= sum(w[:1].isalpha() for w in words))


def match_dateline(text: str, start: int, end: int, *, dashless: bool = False) -> Optional[Found]:
    """The dateline at the start of the line text[start:end], else None; with `dashless`, also one with no dash
    before the story's first word (`_dashless`: the story's first line only)."""
    m = _HEAD.match(text, start, end)
    if not m or m.end() == start:
        return None
    place, caps, paren = m.group("place"), m.group("caps"), m.group("paren")
    if place and place.strip(" ./").upper() in _banners():
        return None
    agency = None
    pos = m.end()
    dash = _DASH.match(text, pos, end)
    if paren is not None:
        agency = agency_name(paren)
        colon = None if dash else _COLON.match(text, pos, end)
        if agency is None and caps and (dash or colon) and _UNLISTED_AGENCY.fullmatch(paren):
            agency = paren       # 'KABUL (Pajhwok) :' — a capitals place, a one-word name, then a colon or dash
        if agency is None:
            return None
        if dash or colon:
            pos = (dash or colon).end()
        elif text[pos:end].strip():
            return None          # 'Paris (AFP) said' is a sentence, not a dateline
    elif dash:
        tail = text[dash.end():end].strip()
        agency = agency_name(tail) if tail and len(tail) <= 40 else None
        if agency:
            pos = end            # own line: 'MOSCOW - Agence France- Presse'
        elif caps and place.upper() == place and len(re.sub(r"[^A-Z]", "", place)) >= 2:
            pos = dash.end()
        else:
            return None
    else:
        colon = _COLON.match(text, pos, end) if dashless and place and not m.group("date") else None
        if colon is None or not _colon_lede(text, colon.end(), end, place):
            return _dashless(text, start, end, m) if dashless else None
        pos = colon.end()
    if not place and not agency:
        return None
    if not place and not m.group("date") and m.start("paren") > start + 1:
        return None              # an agency alone opens its line: '(CNN) —'

    if place and not caps and agency is None and text[m.end():pos].strip() != ":":
        return None
    date = date_span = None
    if m.group("date"):
        date = parse_date(m)
        date_span = (m.start("date"), m.end("date"))
    while pos > start and text[pos - 1].isspace():
        pos -= 1
    return Found(start=start, end=pos, place=title_case(place) if place else None,
                 region=m.group("region"), agency=agency, date=date, date_span=date_span)


def find_dateline(text: str, lines: list[tuple[int, int]], *, exclude=(), look: int = 6) -> Optional[Found]:
    """The first dateline among the first `look` lines of the story (headline copies and captions excluded)."""
    seen = 0
    excluded = set(exclude)
    for s, e in lines:
        if (s, e) in excluded:
            continue
        found = match_dateline(text, s, e, dashless=seen == 0)
        if found:
            return found
        seen += 1
        if seen >= look:
            return None
    return None


MAX_RUN_IN_HEAD = 200      # a headline run into its dateline on one line is a headline: at most 200 characters
MAX_RUN_IN_HEAD_WORDS = 25
# a sentence's end (. ! ?, a closing quote), spaces, then a word in capitals and a dash within four more words: the
# cheap gate before `match_dateline` (`Council votes. MALTA – The council ...`, `sunk in lake . ST. PAUL -- Police`)
_RUN_IN = re.compile(r"[.!?][\"'\u201d\u2019]?[^\S\n]+(?=[A-Z][A-Z'’.\-]*[A-Z.],?(?:[^\S\n]+\S+){0,6}?[^\S\n]*"
                     r"(?:—|–|―|\x97|\x96|--|-|_))")
_BODY_START = re.compile(r"[\"'\u201c\u2018(]?[A-Z0-9]")
_PLACE_SUFFIX = re.compile(r"\s+(?:County|Parish|Township|Borough)$")


def find_run_in_dateline(text: str, start: int, end: int) -> Optional[tuple[int, Found]]:
    """(end of the headline, dateline) when the line text[start:end] runs a headline into a dateline and its story, as
    one-line local news does (`Council votes on budget. MALTA – The council voted ...`, `Man found in lake . ST. PAUL
    -- Police said ...`, `Plant to close. RIDGE FARM, Ill. (AP) — ...`), else None.

    Only the first sentence end of the line's first MAX_RUN_IN_HEAD characters that a dateline follows counts: the
    dateline must be one in capitals with a dash (or have an agency), the story after it open with a capital, a digit
    or a quote mark, and its place, unless a region or an agency names it as one, be a place of the gazetteer and no
    organisation (`NASA – The agency said`: no dateline)."""
    for m in _RUN_IN.finditer(text, start, min(end, start + MAX_RUN_IN_HEAD + 3)):
        head_end = m.start()
        while head_end > start and text[head_end - 1].isspace():
            head_end -= 1
        head = text[start:head_end]
        if not head.strip() or len(head.split()) > MAX_RUN_IN_HEAD_WORDS:
            return None
        found = match_dateline(text, m.end(), end)
        if found is None or not found.place:
            continue
        after = found.end
        while after < end and text[after].isspace():
            after += 1
        if not _BODY_START.match(text, after, end):
            return None                   # `NASA - the agency`: a dash in a sentence
        if found.region is None and found.agency is None and not _named_place(found.place):
            return None
        return head_end, found
    return None


def _named_place(place: str) -> bool:
    """A dateline's place (`St. Paul`, title case) names a gazetteer place and no organisation (`Nato`, `UN`)."""
    from ..lexicon.actors import organisation_forms
    from ..lexicon.gazetteer import fold, index

    if len(place.replace(".", "")) <= 3 and " " not in place:
        return False                      # `UN -`, `EU -`, `US -`: initials, not a town
    forms = organisation_forms()
    if place in forms or place.upper() in forms:
        return False
    for name in (place, _PLACE_SUFFIX.sub("", place)):
        if any(primary for _, primary in index().lookup(fold(name))):
            return True
    return False
