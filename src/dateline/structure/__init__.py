"""Raw text -> Layout: title (once), dateline and agency, captions and credits, published date, truncation.

Regexes over lines only, no NLP: the stage runs before spaCy and must cost next to nothing.
Modules: lines (offsets), title, dateline, captions, published, truncation, language, agencies (lexicon loader),
truecase (the headline as the parser reads it).
"""
from __future__ import annotations

import re

from ..records import Caption, Dateline, Layout, RawArticle
from .captions import find_captions
from .dateline import find_dateline, find_run_in_dateline, match_dateline
from .lines import lines as split_lines, norm
from .language import language
from .published import infer_published
from .title import find_title
from .truecase import sentence_case
from .truncation import is_truncated


def structure(raw: RawArticle) -> Layout:
    """The article's layout, found from the text alone (no NLP)."""
    text = raw.text
    ls = split_lines(text)

    def not_a_title(s: int, e: int) -> bool:
        return match_dateline(text, s, e, dashless=(s, e) == ls[0]) is not None or bool(find_captions(text, [(s, e)]))

    title, title_span, copies = find_title(text, ls, raw.title, not_a_title)
    heads = set(copies) | ({title_span} if title_span else set())
    found_captions = find_captions(text, ls, exclude=heads)
    caption_lines = {(c.start, c.end) for c in found_captions}
    found = find_dateline(text, ls, exclude=heads | caption_lines)
    if found is None and ls and title_span != ls[0] and ls[0] not in caption_lines:
        run_in = find_run_in_dateline(text, *ls[0])     # `Council votes on budget. MALTA – The council voted ...`
        if run_in:
            head_end, found = run_in
            head = (ls[0][0], head_end)
            if not (raw.title and raw.title.strip()):
                title, title_span = text[head[0]:head_end].rstrip(" .!?"), head
            elif norm(text[head[0]:head_end]) == norm(raw.title):
                title_span = title_span or head
            heads = set(copies) | ({title_span} if title_span else set())
    body = [span for span in ls if span not in heads and span not in caption_lines]
    published, published_from = infer_published(text, given=raw.published, given_from=raw.published_from,
                                                fallback=raw.fallback_published, dateline=found,
                                                captions=found_captions, body=body)
    truncated = is_truncated(text, body[-1] if body else None)   # the story's last line, captions aside
    skip = list(copies) + [c.skip for c in found_captions] + (list(found.skip) if found else [])
    dateline = None
    if found:
        dateline = Dateline(place=found.place, agency=found.agency, start=found.start, end=found.end,
                            region=found.region)
    captions = tuple(Caption(start=c.start, end=c.end, credit=c.credit, credit_start=c.credit_start,
                             credit_end=c.credit_end) for c in found_captions)
    return Layout(title=title, title_span=title_span, copies=tuple(copies), dateline=dateline, captions=captions,
                  published=published, published_from=published_from, truncated=truncated,
                  skip=merge(skip), language=language(text, declared=raw.language))


def merge(spans) -> tuple[tuple[int, int], ...]:
    """Spans sorted, overlapping or touching ones joined."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


# spaces of the web that the parser does not take for spaces: each becomes a plain space (one character for one)
RUN_LIMIT = 64                   # longest run of punctuation the parser reads whole (see break_runs)
WORD_LIMIT = 1000                # longest run without spaces the parser reads whole
ODD_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " "})
_ODD = tuple(map(chr, ODD_SPACES))


# a run of characters that are neither word characters nor spaces: quote marks, brackets, emoji, rules
_PUNCT_RUN = re.compile(r"[^\w\s]{%d,}" % (RUN_LIMIT + 1))
_WORD_RUN = re.compile(r"\S{%d,}" % (WORD_LIMIT + 1))


def parse_text(text: str, spans, title_span=None) -> str:
    """What the parser reads: the text blanked (`blank`) with no-break and thin spaces made plain spaces, so that
    `100\u00a0percent\u00a0wrong` parses as words, long runs of punctuation broken (`break_runs`), and a Title
    Case or ALL CAPS headline at `title_span` written in sentence case (`truecase`); same length, same offsets as
    the text as read."""
    text = blank(sentence_case(text, title_span), spans)
    if any(c in text for c in _ODD):         # (`translate` looks up every character: ~40 ns a character)
        text = text.translate(ODD_SPACES)
    return break_runs(text)


def break_runs(text: str) -> str:
    """A space after every RUN_LIMIT characters of a run of punctuation marks or symbols, and after every
    WORD_LIMIT characters of a run without spaces (one character replaced: same length).

    spaCy's tokenizer strips such characters off a word one at a time, copying the rest each time, and tries
    its URL pattern on the whole word: a run of n quote marks costs n squared (100,000 of them: hours).
    Pieces of bounded length keep it linear. Normal text has no such runs and is left as it is.
    """
    for pattern, size in ((_PUNCT_RUN, RUN_LIMIT), (_WORD_RUN, WORD_LIMIT)):
        if pattern.search(text):
            text = pattern.sub(lambda m: _cut(m.group(), size), text)
    return text


def _cut(run: str, size: int) -> str:
    chars = list(run)
    for i in range(size, len(chars), size + 1):
        chars[i] = " "
    return "".join(chars)


def blank(text: str, spans) -> str:
    """The text with each span's characters (newlines excepted) replaced by spaces: same length, same offsets.

    A blanked opening dateline leaves a run of spaces before the lede, a whitespace token in the parse; on 148 readable
    ledes it changed the first sentence's parse against no blank at all in 10 (opening noun phrases' tags and entity
    labels, as often better as worse), and a stop written into it in 22: left as it is (lede45, docs/accuracy.md)."""
    if not spans:
        return text
    parts = []
    pos = 0
    for s, e in merge(spans):
        parts.append(text[pos:s])
        parts.append("".join("\n" if ch == "\n" else " " for ch in text[s:e]))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)
