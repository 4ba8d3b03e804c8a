"""A headline in Title Case or ALL CAPS, written as a sentence for the parser (same length, same offsets).

spaCy's small English model reads `Elian's Dad Lashes Out at Miami Kin` or `CUBA PRESSES FOR BOY'S
REPATRIATION` as strings of proper nouns: no verb, so no event, no speaker, no target. The parser is given the
headline with each word in the case the article's body writes it in the middle of a sentence: a word the body
capitalizes there (`Miami`, `Elian`, `U.S.`) keeps its capitals, any other word is lowercased (`lashes out at`).
The first word keeps an initial capital. Only what the parser reads changes: the text as read, the title and
every offset stay as they are. A headline that is already in sentence case is left alone.
"""
from __future__ import annotations

import re
from typing import Optional

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019.\-]*")
# words a Title Case headline leaves in lower case: they tell nothing about its style
_SMALL = frozenset("a an the of in on at to for and or but nor with by from as vs via per into over".split())
# longer words a Title Case headline may still leave in lower case (prepositions and conjunctions, Chicago style)
_SMALL_LONG = frozenset(("about above across after against along among around before behind below beneath beside "
                         "between beyond despite during except inside outside since than that through toward towards "
                         "under until upon while within without where which whose whether though unless because").split())
# a capital after one of these (or at the start of a line) may only open a sentence
_OPENERS = ".!?\"\u201c\u2018'(\n:"


def is_title_case(words: list[str]) -> bool:
    letters = "".join(words)
    if len(words) >= 2 and letters.isupper():
        return True
    content = [w for w in words if w.lower() not in _SMALL]
    if len(content) < 3:
        return False
    if any(len(w) >= 5 and w.islower() and w not in _SMALL_LONG for w in content):
        return False                      # `Senator Kell slammed Governor Roe`: a verb Title Case would capitalize
        # is written small: a sentence-case headline of names (ev36b)
    return sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def _body_forms(body: str, openers: Optional[dict] = None) -> dict[str, str]:
    """Lower-cased word -> the form the body writes it in mid-sentence with a capital (`miami` -> `Miami`), for
    words the body never writes in lower case in mid-sentence. `openers`, when given, gets the words the body writes
    only where a sentence opens, always with a capital (`Margaret Ann Hill of Dover died`: `margaret`)."""
    caps: dict[str, str] = {}
    lower: set[str] = set()
    first: dict[str, str] = {}
    for m in _WORD.finditer(body):
        w = m.group()
        k = m.start() - 1
        while k >= 0 and body[k] in " \t":
            k -= 1
        opener = k < 0 or body[k] in _OPENERS
        if w[0].isupper():
            if not opener:
                caps.setdefault(w.lower(), w)
            else:
                first.setdefault(w.lower(), w)
        else:
            lower.add(w.lower())
    if openers is not None:
        openers.update((k, v) for k, v in first.items() if k not in lower and k not in caps)
    return {k: v for k, v in caps.items() if k not in lower}


def _known(w: str, forms: dict) -> Optional[str]:
    """The form the body writes a headline word in mid-sentence (`Elian's` as the body writes `Elian`), else None."""
    known = forms.get(w.lower())
    if known is None and w[-2:].lower() in ("'s", "\u2019s"):
        base = forms.get(w[:-2].lower())
        known = base + w[-2:].lower() if base is not None else None
    return known


def sentence_case(text: str, span) -> str:
    """`text` with the headline at `span` (start, end) written in sentence case when it is in Title Case or
    ALL CAPS; any other text is returned as it is."""
    if not span:
        return text
    a, b = span
    title = text[a:b]
    matches = list(_WORD.finditer(title))
    if not is_title_case([m.group() for m in matches]):
        return text
    openers: dict[str, str] = {}
    forms = _body_forms(text[b:], openers)
    shouting = "".join(m.group() for m in matches).isupper()
    out = list(title)
    first = True
    knowns = [_known(m.group(), forms) for m in matches]
    for k, m in enumerate(matches):
        w = m.group()
        known = knowns[k]
        if known is None and k + 1 < len(matches) and knowns[k + 1] is not None and knowns[k + 1][:1].isupper():
            known = openers.get(w.lower())          # `Margaret Hill` over `Margaret Ann Hill of Dover died`: the
            #                                         given name the body writes only opening a sentence
        if known is not None and len(known) == len(w):
            new = known
        elif not shouting and len(w) > 1 and w.replace(".", "").isupper():
            new = w                                   # an acronym in a Title Case headline: `NATO`, `U.S.`
        elif first:
            new = w[0].upper() + w[1:].lower() if shouting else w
        else:
            new = w.lower()
        first = False
        if len(new) == len(w):
            out[m.start():m.end()] = new
    return text[:a] + "".join(out) + text[b:]
