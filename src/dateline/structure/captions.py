"""Photo captions and their credits: `... AFP PHOTO / YURI KADOBNOV`, `(AP Photo/Evan Vucci)`, `REUTERS/Name`,
`EPA/NAME`, `Photo by X/Getty Images`, `X via Getty Images`, `(Photo: X)`, `. Photograph: X/Outlet`. A caption is the
line ending in a credit."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional

from ..lexicon import classes
from .agencies import agency_forms, load_agencies
from .agencies import fold as _fold

# a person's name in a credit: capitalised words, initials, a few lower-case particles
_NAME_WORD = r"(?:[A-Z][\w'’\-]*[\w’']|[A-Z]\.|Jr\.|Sr\.|van|von|de|der|den|da|di|du|le|la|al|el|bin|ibn)"
_NAME = rf"{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{0,5}}"
CREDIT_WINDOW = 200   # characters at the end of a line searched for a credit
_END = r"(?=[\s.)\]]*$)"      # a credit closes its line
_EXTRA = re.compile(r"\s*,\s*(?:File|FILE|Files|FILES|Pool|POOL)$")


@dataclass(frozen=True)
class FoundCaption:
    """A caption line and its credit: the name (credit_*) and the whole credit block to blank (skip)."""
    start: int
    end: int
    credit: Optional[str]
    credit_start: Optional[int]
    credit_end: Optional[int]
    skip: tuple[int, int]


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    """Credit forms, compiled once; agency names from lexicon/agencies.tsv (as written, and in capitals)."""
    forms = set()
    for form in agency_forms():
        if len(form) >= 2:
            forms.update({form, form.upper()})
    ag = "(?:" + "|".join(re.escape(x) for x in sorted(forms, key=len, reverse=True)) + ")"
    return tuple(re.compile(p, re.MULTILINE) for p in (
        # AFP PHOTO / YURI KADOBNOV ; AFP PHOTO/HO/SANA
        rf"\b{ag}[^\S\n]*PHOTOS?[^\S\n]*/[^\S\n]*(?P<name>[^\n()/][^\n()]*?)[\s.]*$",
        # (AP Photo/Evan Vucci) ; (Photo: Jane Roe) ; (Photo by Jane Roe/Getty Images)
        rf"\([^\S\n]*(?:{ag}[^\S\n]+)?(?:Photo|PHOTO|Photograph)s?[^\S\n]*(?:/|:|by\b)[^\S\n]*(?P<name>[^\n()]+?)[^\S\n]*\)[\s.]*$",
        # REUTERS/Kevin Lamarque ; EPA/MAXIM SHIPENKOV ; EPA-EFE/NAME
        rf"(?<![\w/])\(?{ag}[^\S\n]*/[^\S\n]*(?P<name>{_NAME}(?:[^\S\n]*/[^\S\n]*{_NAME}){{0,3}}){_END}",
        # Photo by John Moore/Getty Images ; Scott Olson via Getty Images ; (FABRICE COFFRINI/AFP/Getty Images.)
        rf"(?:(?:Photo|Photograph)(?:[^\S\n]+by|:)[^\S\n]*)?\(?(?P<name>{_NAME})[^\S\n]*(?:/|\bvia\b)[^\S\n]*(?:{ag}[^\S\n]*/[^\S\n]*)*{ag}\)?{_END}",
        # Photo: Getty Images ; a credit line of the agency alone
        r"(?:(?:Photo|Photograph):[^\S\n]*|^)(?P<name>Getty Images|Shutterstock)\)?" + _END,
        # a labelled credit after the caption's last sentence, of any outlet: `... on Thursday. Photograph: Jane
        # Roe/Harbour Courier` ; `... at the gates. Photo: Jane Roe`
        rf"(?:(?<=[.!?\"”’)])[^\S\n]+|^)(?:Photograph|Photo)[^\S\n]*:[^\S\n]*"
        rf"(?P<name>{_NAME}(?:[^\S\n]*/[^\S\n]*{_NAME}){{0,2}}){_END}",
    ))


# a line a web page labels as a caption or as a picture's source (`Picture caption: ...`, BBC's `Image caption, ...`
# and `Image source, Getty Images`): the label is blanked, a source's name is its credit
_LABEL = re.compile(r"(?:(?:Picture|Image|Photo|Video)[^\S\n]+caption|Caption)[^\S\n]*[:,][^\S\n]*(?=\S)"
                    r"|(?P<source>(?:Image|Picture|Photo)[^\S\n]+source[^\S\n]*[:,][^\S\n]*)(?=\S)")


def find_captions(text: str, lines: list[tuple[int, int]], *, exclude=()) -> list[FoundCaption]:
    """Every line that ends in a photo credit, with the credit's name and offsets, and every line labelled a
    caption or a picture's source."""
    out = []
    excluded = set(exclude)
    patterns = _patterns()
    for s, e in lines:
        label = _LABEL.match(text, s, e) if (s, e) not in excluded else None
        if label is not None:
            if label.group("source"):
                ns, ne = _person(text, label.end(), e)
                out.append(FoundCaption(start=s, end=e, credit=text[ns:ne] if ne > ns else None,
                                        credit_start=ns if ne > ns else None, credit_end=ne if ne > ns else None,
                                        skip=(s, e)))
            else:                               # (`Caption: ... (AP Photo/Jane Roe)`: its credit named, user45)
                credit = _credit(text, s, e, patterns)
                ns, ne = credit[1] if credit else (None, None)
                out.append(FoundCaption(start=s, end=e, credit=text[ns:ne] if credit else None, credit_start=ns,
                                        credit_end=ne, skip=(s, label.end())))
            continue
        credit = _credit(text, s, e, patterns) if (s, e) not in excluded else None
        if credit is not None:
            at, (ns, ne) = credit
            out.append(FoundCaption(start=s, end=e, credit=text[ns:ne], credit_start=ns, credit_end=ne,
                                    skip=(at, e)))
    return out


def _credit(text: str, s: int, e: int, patterns) -> Optional[tuple[int, tuple[int, int]]]:
    """(start of the credit block, span of its name) of the credit that closes line text[s:e], or None."""
    window = max(s, e - CREDIT_WINDOW)     # a credit closes its line: search only the line's end
    end = text[window:e]
    if not ("/" in end or "Photo" in end or "PHOTO" in end or "Getty" in end or "Shutterstock" in end):
        return None
    for pattern in patterns:
        m = pattern.search(text, window, e)
        if not m:
            continue
        ns, ne = _person(text, *m.span("name"))
        if ne > ns:
            return m.start(), (ns, ne)
    return None


def _person(text: str, ns: int, ne: int) -> tuple[int, int]:
    """The span of the photographer's name within a credit: agency parts, POOL, HO, ', File' left out."""
    x = _EXTRA.search(text, ns, ne)
    if x:
        ne = x.start()
    not_names = classes("structure_words.tsv")["notname"]
    parts = []
    for p in re.finditer(r"[^/]+", text[ns:ne]):
        ps, pe = ns + p.start(), ns + p.end()
        while ps < pe and text[ps].isspace():
            ps += 1
        while pe > ps and (text[pe - 1].isspace() or text[pe - 1] in ".,;"):
            pe -= 1
        if pe > ps:
            parts.append((ps, pe))
    people = [(ps, pe) for ps, pe in parts
              if text[ps:pe].casefold() not in not_names and not load_agencies().get(_fold(text[ps:pe]))]
    if people:
        return people[0]
    return (parts[0][0], parts[-1][1]) if parts else (ns, ns)
