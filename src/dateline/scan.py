"""Regular-expression scans the stages share, with no model behind them (the structure stage runs before the parse)."""
from __future__ import annotations

import re
from typing import Iterator, Optional


def matches_at(rx, scan, text: str, shift: int = 0, pos: int = 0, end: Optional[int] = None) -> Iterator:
    """The matches of `rx.finditer(text, pos, end)` for a pattern whose every match starts `shift` characters after the
    start of a match of `scan` (a plain pattern the regex engine finds fast: a literal or a class first, where rx opens
    with a look-behind or a word boundary, with which the engine tries rx at every character): rx is tried only there,
    in order, and its look-behinds still read the text before. The same matches, at a fraction of the cost."""
    end = len(text) if end is None else end
    while True:
        hit = scan.search(text, max(0, pos - shift), end)
        if hit is None:
            return
        at = hit.start() + shift
        m = rx.match(text, at, end)
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = max(m.end(), at + 1)


_OPENING = re.compile(r"\(\?(?:P<\w+>|:)")      # a capturing group by name, or a plain group
_LITERAL = re.compile(r"[a-z0-9' ]*")           # characters that stand for themselves in a pattern
_SPECIAL = re.IGNORECASE | re.VERBOSE | re.LOCALE


def _unescaped(source: str, i: int = 0, depth: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth of parentheses after it) of each character of a pattern's source from i that no
    backslash escapes (the escaped character is passed over with its backslash)."""
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        depth += (c == "(") - (c == ")")
        yield i, c, depth
        i += 1


def leading_words(rx) -> Optional[tuple[str, ...]]:
    """Plain words of which every match of `rx` starts with one, read off the pattern's source, or None when it opens
    otherwise (a class, a look-around, a `\\b`, an optional group, a flag that changes what a letter matches): the
    top-level alternatives of the pattern, or of the group it opens with, up to their first character that is not
    a lower-case letter, digit, `'` or space (a letter with `?`, `*` or `{` after it left out). A word that another
    of them begins is dropped (its hits start where the shorter one's do). For `literal_matches`."""
    if rx.flags & _SPECIAL:
        return None
    pattern = rx.pattern
    body = pattern
    opening = _OPENING.match(pattern)
    if opening:
        close = next((i for i, _, depth in _unescaped(pattern, opening.end(), 1) if not depth), None)
        if close is None or pattern[close + 1:close + 2] in ("?", "*", "{"):
            return None
        body = pattern[opening.end():close]
    alternatives, start = [], 0
    for i, c, depth in _unescaped(body):
        if c == "|" and not depth:
            alternatives.append(body[start:i])
            start = i + 1
    alternatives.append(body[start:])
    words = []
    for alternative in alternatives:
        word = _LITERAL.match(alternative).group()
        if alternative[len(word):len(word) + 1] in ("?", "*", "{"):
            word = word[:-1]
        if not word:
            return None
        words.append(word)
    return tuple(sorted({w for w in words if not any(v != w and w.startswith(v) for v in words)}))


def literal_matches(rx, words, text: str, pos: int = 0, end: Optional[int] = None) -> Iterator:
    """The matches of `rx.finditer(text, pos, end)` for a pattern whose every match starts with one of the plain
    `words` (`leading_words`): the words found by `str.find` (C speed, where the regex engine tries an alternation at
    every letter) and rx tried only where one starts, left to right after the last match's end. The same matches."""
    end = len(text) if end is None else end
    return matches_from(rx, found_words(words, text, pos, end), text, pos, end)


def found_words(words, text: str, pos: int, end: int) -> set[int]:
    """Every offset in [pos, end) where one of the plain `words` starts (`str.find`, overlapping finds included)."""
    find = text.find
    starts = set()
    for word in words:
        at = find(word, pos, end)
        while at >= 0:
            starts.add(at)
            at = find(word, at + 1, end)
    return starts


def matches_from(rx, starts, text: str, pos: int = 0, end: Optional[int] = None) -> Iterator:
    """The matches of `rx.finditer(text, pos, end)` for a pattern whose every match starts at one of the offsets
    `starts` (more may be given: rx decides): rx tried only there, left to right after the last match's end."""
    end = len(text) if end is None else end
    after = pos
    for at in sorted(starts):
        if at < after or at >= end:
            continue
        m = rx.match(text, at, end)
        if m is not None:
            yield m
            after = max(m.end(), at + 1)
