"""Look-ups among character spans by bisection, so that asking "which span holds this offset" once per token
costs a logarithm, not the number of spans (a long article has thousands of quotes, mentions, skips)."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from typing import Any, Iterable, Iterator, Optional

import numpy as np
from spacy.tokens import Span

from ..scan import matches_at  # noqa: F401  (the passes import it from here; one definition in dateline.scan)


class Spans:
    """[start, end) spans with a payload each, in the order given; answers as a scan in that order would.

    Disjoint spans (the usual case) are searched by bisection; overlapping ones (nested actor mentions) in
    buckets by start, among the spans that start close enough before the offset to hold it.
    """

    WIDTH = 256

    def __init__(self, spans: Iterable[tuple[int, int, Any]]):
        self.items = list(spans)
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i][0], self.items[i][1]))
        self._order = order
        self._starts = [self.items[i][0] for i in order]
        self._ends = [self.items[i][1] for i in order]
        self.disjoint = all(self._ends[k] <= self._starts[k + 1] for k in range(len(order) - 1))

    def first_holding(self, offset: int) -> Optional[int]:
        """Index (in the order given) of the first span with start <= offset < end, else None."""
        if not self.disjoint:
            return self._first_in_buckets(offset)
        k = bisect_right(self._starts, offset) - 1
        while k >= 0 and self._starts[k] == self._ends[k]:    # empty spans hold nothing
            k -= 1
        if k >= 0 and offset < self._ends[k]:
            return self._order[k]
        return None

    def _first_in_buckets(self, offset: int) -> Optional[int]:
        """The answer of the scan for overlapping spans: the least index among the spans holding the offset."""
        if not hasattr(self, "_buckets"):
            self._buckets: dict[int, list[tuple[int, int, int]]] = {}
            for i, (s, e, _) in enumerate(self.items):
                self._buckets.setdefault(s // self.WIDTH, []).append((i, s, e))
            self._longest = max((e - s for s, e, _ in self.items), default=0)
        best = None
        for key in range((offset - self._longest) // self.WIDTH, offset // self.WIDTH + 1):
            for i, s, e in self._buckets.get(key, ()):
                if s <= offset < e and (best is None or i < best):
                    best = i
        return best

    def payload_at(self, offset: int, default: Any = None) -> Any:
        i = self.first_holding(offset)
        return default if i is None else self.items[i][2]

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span has s < end and start < e (as `any(...)` over them would say)."""
        if not self.disjoint:
            return any(s < end and start < e for s, e, _ in self.items)
        # the spans with s < end come first (starts sorted); disjoint, their ends are sorted too
        k = bisect_left(self._starts, end) - 1
        return k >= 0 and self._ends[k] > start


class ByStart:
    """Records with a `start` offset, for "those starting in [lo, hi)" without scanning them all."""

    def __init__(self, items: Iterable[Any]):
        self.items = list(items)
        order = sorted(range(len(self.items)), key=lambda i: self.items[i].start)
        self._order = order
        self._starts = [self.items[i].start for i in order]

    def within(self, lo: int, hi: int) -> list:
        """The records with lo <= start < hi, in the order given."""
        a, b = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        if b - a == len(self.items):
            return self.items
        return [self.items[i] for i in sorted(self._order[a:b])]


class SpanBag:
    """A growing collection of [start, end) spans with payloads, for "the spans touching [start, end)" in
    time proportional to the spans near it (they are bucketed by start; the longest one bounds the search).
    `around` gives a superset (every span with s <= end and e >= start) that callers filter exactly."""

    WIDTH = 256

    def __init__(self, spans: Iterable[tuple[int, int, Any]] = ()):
        self._buckets: dict[int, list[tuple[int, int, Any]]] = {}
        self._longest = 0
        self._size = 0
        for s, e, payload in spans:
            self.add(s, e, payload)

    def add(self, start: int, end: int, payload: Any = None) -> None:
        self._buckets.setdefault(start // self.WIDTH, []).append((start, end, payload))
        self._longest = max(self._longest, end - start)
        self._size += 1

    def __len__(self) -> int:
        return self._size

    def around(self, start: int, end: int) -> Iterator[tuple[int, int, Any]]:
        for key in range((start - self._longest) // self.WIDTH, end // self.WIDTH + 1):
            for s, e, payload in self._buckets.get(key, ()):
                if s <= end and e >= start:
                    yield s, e, payload


def per_doc(doc, key: str, make):
    """`make(doc)`, made once per doc and kept in `doc.user_data[key]` (made again when the doc's length changed;
    `forget` drops it with the doc's other `dateline.` keys): the one memo of a doc-wide fact that the passes read."""
    now = _NOW
    if now[0] is doc and now[2] == len(doc):
        found = now[1].get(key)                   # (the doc read last: `_NOW`)
        if found is not None:
            return found
    found = doc.user_data.get(key)
    if found is None or found[0] != len(doc):
        found = doc.user_data[key] = (len(doc), make(doc))
    return _keep(doc, key, found[1])


def _sentence_list(doc) -> list:
    return list(doc.sents)


def sentences(doc) -> list:
    """`list(doc.sents)`, made once per doc and shared by the passes (read it, never change it): each walk over
    `doc.sents` makes a Span for every sentence again, and five passes walk them. `sentence_of` gives these Spans."""
    return per_doc(doc, "dateline.sentences", _sentence_list)


def sentence_of(doc, i: int):
    """The sentence holding token i, as `doc[i].sent` gives it, without the walk over the sentence that
    `Token.sent` makes on each call (quadratic in a long sentence): the bounds are found once per doc, and
    each sentence's Span is made once and shared (`sentences`: read it, never change it)."""
    now = _NOW
    bounds = now[1].get("dateline.sentence_bounds") if now[0] is doc and now[2] == len(doc) else None   # (the doc read last: `_NOW`)
    if bounds is not None:
        return bounds[2][bounds[0][i]]
    bounds = doc.user_data.get("dateline.sentence_bounds")
    if bounds is None or len(bounds[0]) != len(doc):
        starts, ends = [0] * len(doc), [0] * len(doc)
        for sent in sentences(doc):               # (each sentence's stretch filled at once, not a step a word)
            a, b = sent.start, sent.end
            starts[a:b] = [a] * (b - a)
            ends[a:b] = [b] * (b - a)
        bounds = doc.user_data["dateline.sentence_bounds"] = (starts, ends, {s.start: s for s in sentences(doc)})
    _keep(doc, "dateline.sentence_bounds", bounds)
    return bounds[2][bounds[0][i]]


def tokens(doc) -> list:
    """The doc's tokens as one list, made once per doc and shared by the passes: spaCy makes a new `Token`
    object at every `doc[i]` and on every walk over a sentence, which was a large part of the extractors'
    time; a pass that walks a sentence takes `tokens(doc)[sent.start:sent.end]` instead."""
    global _LAST
    last = _LAST
    if last[0] is doc and last[1] is not None and len(last[1]) == len(doc):
        return last[1]                            # (the doc read last: `_LAST`)
    toks = doc.user_data.get("dateline.tokens")
    if toks is None or len(toks) != len(doc):
        toks = doc.user_data["dateline.tokens"] = list(doc)
    _LAST = (doc, toks, last[2] if last[0] is doc else None)
    return toks


# The doc the passes read last and what `tokens` and `children` keep on it (the same objects as in its `user_data`):
# an article's passes ask for them hundreds of thousands of times, and a test of the doc's identity answers before
# the look-up in `user_data` and the length checks (about half of those helpers' time). One doc at a time: `forget`
# lets it go, and another doc takes its place. (A tuple, replaced whole and read once a call: threads that read
# other docs at once may only take each other's place, never mix one doc's lists with another's.)
_LAST: tuple = (None, None, None)                 # (doc, tokens(doc), its children lists (`children`))


# The same for the other things kept on the doc that the passes ask for most (`column`, `strings`, `cols`,
# `_char_bounds`, `_span`'s table, `picked`, `per_doc`, `indices` ...: ~4,000 asks an article, speed47): what the
# doc read last holds, by its key in `user_data` (a column by its attribute's name), the same objects. A test of the
# doc's identity and one look-up answer before the read of `doc.user_data`, its look-up and the length checks (half
# of those helpers' time); a thing is put here when it is read or made (`_keep`); `forget` and `keep_text` let go.
# The doc's length is kept with it and compared at each ask (a doc merged in place by `retokenize` is the same
# object with other words: its things are made again, as the length checks of `user_data` promise; review47c).
# (A tuple, replaced whole, read once a call, its dict filled only while its doc is the one asked about: a thread
# reading another doc may only take its place.)
_NOW: tuple = (None, None, -1)                    # (doc, {key: the doc's kept thing}, its length then)


def _keep(doc, key, value):
    """Put `value`, the doc's kept thing under `key`, in `_NOW` (the doc read last) and give it back."""
    global _NOW
    now = _NOW
    if now[0] is not doc or now[2] != len(doc):
        now = _NOW = (doc, {}, len(doc))
    now[1][key] = value
    return value


def span_of(doc, start: int, end: int):
    """`doc[start:end]`: the same Span, made directly where the bounds need no normalising (`Doc.__getitem__` sends
    every slice through a Python function first, three times the cost of the Span itself), and made once a doc for
    each (start, end) (`_span`)."""
    if 0 <= start <= end <= len(doc):
        return _span(doc, start, end)
    return doc[start:end]


def _span(doc, start: int, end: int):
    """`Span(doc, start, end)` (bounds already checked), made once a doc for each (start, end) and shared (read it,
    never change it): a Span costs three Tokens and a label look-up to make, and the passes ask for the same words
    again (about three times in five: a name's, an entity's, a sentence's words)."""
    now = _NOW
    made = now[1].get("dateline.spans") if now[0] is doc and now[2] == len(doc) else None   # (the doc read last: `_NOW`)
    if made is None:
        made = doc.user_data.get("dateline.spans")
        if made is None or made[0] != len(doc):
            made = doc.user_data["dateline.spans"] = (len(doc), {})
        made = _keep(doc, "dateline.spans", made[1])
    found = made.get((start, end))
    if found is None:
        found = made[start, end] = Span(doc, start, end)
    return found


def span_tokens(span) -> list:
    """`list(span)`: the tokens of a Span (a sentence, an entity, `doc[a:b]`) from the doc's one list (`tokens`),
    without a new Token per word at each walk (a new list: change it at will)."""
    return tokens(span.doc)[span.start:span.end]


def heads(doc) -> list[int]:
    """The index of every token's head (`heads(doc)[t.i] == t.head.i`), from the HEAD column once a doc (read it, never
    change it): `Token.head` makes a new Token at each read, which a test of the head's index alone need not."""
    now = _NOW
    if now[0] is doc and now[2] == len(doc):
        found = now[1].get("dateline.heads")      # (the doc read last: `_NOW`)
        if found is not None:
            return found
    found = doc.user_data.get("dateline.heads")
    if found is None or len(found) != len(doc):
        found = doc.user_data["dateline.heads"] = (
            doc.to_array("HEAD").astype("int64") + np.arange(len(doc), dtype="int64")).tolist() if len(doc) else []
    return _keep(doc, "dateline.heads", found)


def children(tok) -> list:
    """`list(tok.children)`: the token's children in order, found once a doc from `heads` (read it, never change
    it). `Token.children` walks the token's subtree and makes a new Token for each child at every read."""
    global _LAST
    doc = tok.doc
    last = _LAST
    if last[0] is doc and last[2] is not None and len(last[2]) == len(doc):
        found = last[2]                           # (the doc read last: `_LAST`)
    else:
        found = doc.user_data.get("dateline.children")
        if found is None or len(found) != len(doc):
            found = doc.user_data["dateline.children"] = [None] * len(doc)
        _LAST = (doc, last[1] if last[0] is doc else None, found)
    i = tok.i
    kids = found[i]
    if kids is None:                              # (each token's list made at its first read, not all at once: a
        toks = tokens(doc)                        #  doc's passes read the children of a few of its words)
        kids = found[i] = [toks[k] for k in _below(doc)[i]]
    return kids


def sentence_tokens(tok) -> list:
    """`list(tok.sent)`: the tokens of the token's sentence (`sentence_of`) from the doc's one list (`tokens`), without
    the Span that `Token.sent` makes by walking the sentence, nor a Token per word (a new list: change it at will)."""
    doc = tok.doc
    sent = sentence_of(doc, tok.i)
    return tokens(doc)[sent.start:sent.end]


def _below(doc) -> list[list[int]]:
    """The indices of each token's children in order, from `heads` once a doc (read it, never change it)."""
    now = _NOW
    if now[0] is doc and now[2] == len(doc):
        below = now[1].get("dateline.below")      # (the doc read last: `_NOW`)
        if below is not None:
            return below
    below = doc.user_data.get("dateline.below")
    if below is None or len(below) != len(doc):
        below = [[] for _ in range(len(doc))]
        for i, h in enumerate(heads(doc)):
            if h != i:
                below[h].append(i)
        doc.user_data["dateline.below"] = below
    return _keep(doc, "dateline.below", below)


def descendants(tok) -> set[int]:
    """`{x.i for x in tok.subtree}`: the indices of the token and of every word under it, walked down the doc's heads
    (`heads`) without the Token that `Token.subtree` makes for each of them."""
    below = _below(tok.doc)
    out, todo = {tok.i}, [tok.i]
    while todo:
        for k in below[todo.pop()]:
            if k not in out:
                out.add(k)
                todo.append(k)
    return out


def text(doc) -> str:
    """`doc.text`, made once per doc (each read joins the text of a `Token` made for every word)."""
    now = _NOW
    if now[0] is doc and now[2] == len(doc):
        found = now[1].get("dateline.text")       # (the doc read last: `_NOW`)
        if found is not None:
            return found
    found = doc.user_data.get("dateline.text")
    if found is None:
        found = doc.user_data["dateline.text"] = doc.text
    return _keep(doc, "dateline.text", found)


def span_text(doc, start: int, end: int) -> str:
    """`doc[start:end].text`, cut from the doc's text (`text`) at the tokens' character offsets, without the Span and
    the Token per word that it makes (the same string: a token's text and its space run on to the next token's)."""
    found = _char_bounds(doc)
    if 0 <= start < end <= len(found[0]):
        return text(doc)[found[0][start]:found[1][end - 1]]
    return doc[start:end].text


def span_chars(doc, start: int, end: int) -> tuple[int, int, str]:
    """`(span.start_char, span.end_char, span.text)` of `span = doc[start:end]`, from the doc's character bounds and
    kept text (`_char_bounds`, `text`) without the Span and the Token per word that its `text` makes."""
    if 0 <= start < end <= len(doc):
        starts, ends, _ = _char_bounds(doc)
        a, b = starts[start], ends[end - 1]
        return a, b, text(doc)[a:b]
    span = span_of(doc, start, end)
    return span.start_char, span.end_char, span.text


def _char_bounds(doc) -> tuple[list[int], list[int], int]:
    """Each token's first character and the character after its text (`t.idx`, `t.idx + len(t)`, both sorted), and
    the end of the last token's space, from the IDX and LENGTH columns once a doc (read them, never change them)."""
    now = _NOW
    if now[0] is doc and now[2] == len(doc):
        found = now[1].get("dateline.char_bounds")   # (the doc read last: `_NOW`)
        if found is not None:
            return found
    found = doc.user_data.get("dateline.char_bounds")
    if found is None or len(found[0]) != len(doc):
        starts = column(doc, "IDX")
        ends = [a + n for a, n in zip(starts, column(doc, "LENGTH"))]
        found = doc.user_data["dateline.char_bounds"] = (
            starts, ends, ends[-1] + len(tokens(doc)[-1].whitespace_) if len(doc) else 0)
    return _keep(doc, "dateline.char_bounds", found)


def char_span(doc, start_idx: int, end_idx: int, alignment_mode: str = "strict"):
    """`doc.char_span(start_idx, end_idx, alignment_mode=...)` for the strict and expand modes: the tokens found by
    bisection over the doc's character bounds (`_char_bounds`) and the Span made directly, without the Tokens spaCy
    makes to test the bounds; any other case is spaCy's own."""
    if alignment_mode not in ("strict", "expand") or not len(doc):
        return doc.char_span(start_idx, end_idx, alignment_mode=alignment_mode)
    starts, ends, stop = _char_bounds(doc)
    if not (0 <= start_idx < stop and 0 <= end_idx - 1 < stop):
        return None                               # (spaCy finds no token holding one of the characters)
    if alignment_mode == "strict":
        s, e = bisect_left(starts, start_idx), bisect_left(ends, end_idx)
        if s == len(starts) or starts[s] != start_idx or e == len(ends) or ends[e] != end_idx:
            return None
    else:                                         # the tokens holding the first and the last character
        s, e = bisect_right(starts, start_idx) - 1, bisect_right(starts, end_idx - 1) - 1
        if start_idx == ends[s]:
            s += 1                                # (a start on the space after a token: the next token)
    if s <= e + 1:
        return _span(doc, s, e + 1)
    return doc.char_span(start_idx, end_idx, alignment_mode=alignment_mode)


def keep_text(doc, text: str) -> None:
    """Keep `text` as the doc's `text` (the text it was parsed from, which spaCy's tokenizer reproduces exactly):
    the parse's caller has it, and `doc.text` would join the text of a Token made for every word."""
    doc.user_data["dateline.text"] = text
    if _NOW[0] is doc:
        _NOW[1].pop("dateline.text", None)        # (`text` reads the new one)


def entities(doc) -> tuple:
    """`doc.ents`, made once per doc (each read of `doc.ents` makes a `Span` for every entity again, and a
    dozen passes read them)."""
    ents = doc.user_data.get("dateline.ents")
    if ents is None:
        ents = doc.user_data["dateline.ents"] = doc.ents
    return ents


def forget(doc) -> None:
    """Drop what the passes kept on the doc (`doc.user_data`: tokens, entities, sentence bounds, marks), once
    the article is analysed: the kept tokens and spans point back at the doc, and without them it is freed
    as soon as it is dropped instead of at the next garbage collection."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("dateline.")]:
        del doc.user_data[key]
    global _LAST, _NOW
    if _LAST[0] is doc:
        _LAST = (None, None, None)
    if _NOW[0] is doc:
        _NOW = (None, None, -1)


_COLUMN_KEYS: dict[str, str] = {}     # attr -> its key in `doc.user_data` (made once, not at each read)


def column(doc, attr: str) -> list[int]:
    """One attribute of every token of the doc (ORTH, LOWER, POS, IDX ...) as a list of ints, read from the
    doc's array without making a Token object per word (a pass that only looks for a few tokens then makes
    Tokens for those alone). A string compares with these ints through `spacy.strings.get_string_id`. Made
    once per doc and attribute, and shared by the passes (read it, never change it)."""
    now = _NOW
    if now[0] is doc and now[2] == len(doc):
        found = now[1].get(attr)                  # (the doc read last: `_NOW`, a column under its attribute's name)
        if found is not None:
            return found
    key = _COLUMN_KEYS.get(attr) or _COLUMN_KEYS.setdefault(attr, f"dateline.column.{attr}")
    found = doc.user_data.get(key)
    if found is None or len(found) != len(doc):
        if attr in _LEXEME_COLUMNS:
            _lexeme_columns(doc)
            return _keep(doc, attr, doc.user_data[key])
        found = doc.user_data[key] = doc.to_array(attr).tolist() if len(doc) else []
    return _keep(doc, attr, found)


# The attributes of a word's lexeme, the same wherever the word stands: `column` reads them for each distinct word
# once a process (`_LEXEME`, by the word's ORTH) instead of from the doc's array, whose every cell costs as much as a
# dict look-up (its flags alike for all). Each is what `doc.to_array` gives (tests/extractors/test_spans.py).
_LEXEME_COLUMNS = ("LOWER", "LENGTH", "IS_ALPHA", "IS_SPACE", "IS_PUNCT", "IS_UPPER", "IS_TITLE", "IS_STOP",
                   "IS_QUOTE", "LIKE_NUM")
_LEXEME: dict[int, tuple] = {}


def _lexeme_row(t) -> tuple:
    """The `_LEXEME_COLUMNS` values of a token's lexeme, as `doc.to_array` gives them (flags as 0 or 1)."""
    return (t.lower, len(t), int(t.is_alpha), int(t.is_space), int(t.is_punct), int(t.is_upper), int(t.is_title),
            int(t.is_stop), int(t.is_quote), int(t.like_num))


def _lexeme_columns(doc) -> None:
    """Every `_LEXEME_COLUMNS` column of the doc, kept as `column` keeps one: from the ORTH column and `_LEXEME`, a
    Token read only for a word met the first time in the process."""
    orth, known = column(doc, "ORTH"), _LEXEME
    rows = list(map(known.get, orth))              # (one walk at C speed)
    if None in rows:
        toks = tokens(doc)
        for i, row in enumerate(rows):
            if row is None:
                rows[i] = known[orth[i]] = _lexeme_row(toks[i])
    cols = zip(*rows) if rows else [()] * len(_LEXEME_COLUMNS)
    for attr, col in zip(_LEXEME_COLUMNS, cols):
        doc.user_data[f"dateline.column.{attr}"] = list(col)


_LOWER: dict[int, str] = {}
_LOWERED_KEYS: dict[str, str] = {}    # attr -> its key in `doc.user_data`


def lowered_lemma(tok) -> str:
    """`tok.lemma_.lower()`, from the table `lowered` fills: each lemma id lowered once a process (`lemma_` makes the
    string anew at each read)."""
    low = _LOWER.get(tok.lemma)
    if low is None:
        low = _LOWER[tok.lemma] = tok.lemma_.lower()
    return low


def lowered(doc, attr: str = "LEMMA") -> list[str]:
    """The string of one attribute of every token in lower case (`lowered(doc)[t.i] == t.lemma_.lower()`), read
    from `column` and made once per doc; each id is turned into its lower-cased string once a process (a pass that
    tests `lemma_.lower()` of every word of a sentence reads these instead)."""
    key = _LOWERED_KEYS.get(attr) or _LOWERED_KEYS.setdefault(attr, f"dateline.lowered.{attr}")
    now = _NOW
    if now[0] is doc and now[2] == len(doc):
        found = now[1].get(key)                   # (the doc read last: `_NOW`)
        if found is not None:
            return found
    found = doc.user_data.get(key)
    if found is None or len(found) != len(doc):
        known, strings = _LOWER, doc.vocab.strings
        ids = column(doc, attr)
        found = list(map(known.get, ids))         # (each id's string met before: one C-speed walk)
        if None in found:
            for i, low in enumerate(found):
                if low is None:
                    h = ids[i]
                    low = known.get(h)
                    if low is None:
                        low = known[h] = strings[h].lower()
                    found[i] = low
        doc.user_data[key] = found
    return _keep(doc, key, found)


def lemma_in(doc, words, *, lower: bool = False) -> bool:
    """Whether a token of the doc has its lemma in lower case (`lowered`), or with `lower` its lower-case form, in
    `words` (a lexicon's set loaded once, as for `lexicon_ids`): a test of the whole article answered once per doc and
    set from the columns, without a Token per word."""
    key = f"dateline.lemma_in.{id(words)}.{int(lower)}"
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = any(map(words.__contains__, lowered(doc))) or lower and bool(
            where(doc, "LOWER", lexicon_ids(words)))
    return found


def words_in(doc, start: int, end: int) -> list[int]:
    """The indices of the tokens in [start, end) that are not space (`[t.i for t in doc[start:end] if not
    t.is_space]`), read from the IS_SPACE column without making a Token."""
    space = column(doc, "IS_SPACE")
    return [i for i in range(start, end) if not space[i]]


def where(doc, attr: str, wanted) -> list[int]:
    """The indices of the tokens whose `attr` (`column`) is one of the ints `wanted` (`string_ids`, or spaCy's
    symbols for POS): a pass that looks at a few words of the doc walks these instead of a Token per word."""
    if len(wanted) <= _FEW and len(doc):
        return np.flatnonzero(_equal(doc, attr, wanted)).tolist()
    found = _member(doc, attr, wanted)
    if found is not None:
        return np.flatnonzero(found).tolist()
    return [i for i, v in enumerate(column(doc, attr)) if v in wanted]


_FEW = 12      # a set of at most this many values is tested on the column's array, one comparison a value


_ARRAY_KEYS: dict[str, str] = {}      # attr -> its key in `doc.user_data`


def _array(doc, attr: str):
    """`column` as a numpy array (uint64, as `doc.to_array` gives it), made once per doc and attribute."""
    key = _ARRAY_KEYS.get(attr) or _ARRAY_KEYS.setdefault(attr, f"dateline.array.{attr}")
    now = _NOW
    if now[0] is doc and now[2] == len(doc):
        found = now[1].get(key)                   # (the doc read last: `_NOW`)
        if found is not None:
            return found
    found = doc.user_data.get(key)
    if found is None or len(found) != len(doc):
        found = doc.user_data[key] = np.fromiter(column(doc, attr), dtype=np.uint64, count=len(doc))
    return _keep(doc, key, found)


column_array = _array        # (for a pass that tests a column as a whole: `hits.capital_runs`)


def _equal(doc, attr: str, wanted):
    """Whether each token's `attr` is one of the few ints `wanted`, as an array of booleans (`v in wanted` for each
    value of the column, without a Python step a token); where the doc's distinct values of the column are made
    already (`_values`, by `_member`), a wanted value the doc holds nowhere is not compared (speed44: about half of
    the values asked for; the set is not made for this alone, which would cost more than the comparisons saved)."""
    arr = _array(doc, attr)
    found = None
    kept = doc.user_data.get(_values_key(attr))
    present = kept[1] if kept is not None and kept[0] == len(doc) else None
    for v in wanted:
        if present is not None and v not in present:
            continue
        if found is None:
            found = arr == np.uint64(v)
        else:
            found |= arr == np.uint64(v)
    return np.zeros(len(arr), dtype=bool) if found is None else found


# the columns whose every value is a uint64 as it stands (ids, tags, offsets, flags; not HEAD nor SENT_START, which
# hold negative values), which `_member` compares on the column's array
_UNSIGNED = frozenset(("ORTH", "LOWER", "NORM", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE", "ENT_IOB", "IDX", "SHAPE",
                       "PREFIX", "SUFFIX")) | frozenset(_LEXEME_COLUMNS)


def _member(doc, attr: str, wanted):
    """Whether each token's `attr` is one of the ints `wanted` (any number of them), as an array of booleans, or None
    when more than `_FEW` of them stand in the doc: the values the column holds (`_values`, a set made once a doc)
    met with `wanted` in C, and the tokens of those few found on the column's array (`_equal`), instead of `v in
    wanted` for each token in Python (the same answers: a value is in `wanted` exactly when it is one of those)."""
    if attr not in _UNSIGNED or not len(doc):
        return None
    present = _values(doc, attr).intersection(wanted)
    if len(present) > _FEW:
        return None
    return _equal(doc, attr, present)


def _values(doc, attr: str) -> frozenset[int]:
    """The distinct values of a column (`column`), made once per doc and attribute."""
    return per_doc(doc, _values_key(attr),
                   lambda d: frozenset(column(d, attr)))


_VALUES_KEYS: dict[str, str] = {}     # attr -> its key in `doc.user_data` (`_values`; read by `_equal`)


def _values_key(attr: str) -> str:
    """The key in `doc.user_data` of the doc's distinct values of column attr (made once an attr)."""
    return _VALUES_KEYS.get(attr) or _VALUES_KEYS.setdefault(attr, "dateline.values." + attr)


def having(toks, **wanted) -> list:
    """The tokens of `toks` with a wanted value in any column named (`having(sent, POS=ids_of("VERB", "AUX"))`; the
    values are ints: `ids_of`, `string_ids`), in order: a sentence pass that reads only some words walks these
    instead of reading `pos_` of every Token. The doc's wanted tokens are found once per doc and question (a walk
    over the columns), then each sentence takes its share by bisection. `toks` are consecutive tokens of one doc
    (`tokens(doc)[a:b]`, a sentence); any other list is filtered token by token, with the same answer."""
    if not len(toks):
        return []
    first = toks[0].i
    if toks[-1].i - first + 1 != len(toks):
        return [t for t in toks if any(getattr(t, a.lower()) in ids for a, ids in wanted.items())]
    found = indices(toks[0].doc, **wanted)
    return [toks[i - first] for i in found[bisect_left(found, first):bisect_left(found, first + len(toks))]]


def picked(toks, name: str, pick) -> list:
    """The tokens of `toks` at the indices `pick(doc)` gives (sorted): a pass's own test of the doc's words, read off
    the columns once per doc and kept under `name`, then each sentence's share taken by bisection, as `having` does
    for a column's values. `toks` are consecutive tokens of one doc (`tokens(doc)[a:b]`); any other list is
    filtered token by token, with the same answer."""
    if not len(toks):
        return []
    tok = toks[0]
    doc, first = tok.doc, tok.i
    key = _PICKED_KEYS.get(name) or _PICKED_KEYS.setdefault(name, "dateline.picked." + name)
    found = per_doc(doc, key, pick)             # (a sentence pass asks it of every sentence)
    if toks[-1].i - first + 1 != len(toks):
        chosen = set(found)
        return [t for t in toks if t.i in chosen]
    return [toks[i - first] for i in found[bisect_left(found, first):bisect_left(found, first + len(toks))]]


_PICKED_KEYS: dict[str, str] = {}    # name -> its key in `doc.user_data` (made once, not at each read)


def indices(doc, **wanted) -> list[int]:
    """The indices of the doc's tokens with a wanted value in any column named, in order (`having` over the whole
    doc, as indices): found once per doc and question, and shared with `having` (read it, never change it)."""
    now = _NOW
    kept = now[1].get("dateline.having") if now[0] is doc and now[2] == len(doc) else None   # (the doc read last: `_NOW`)
    if kept is None:
        kept = doc.user_data.get("dateline.having")
        if kept is None or kept[0] != len(doc):
            kept = doc.user_data["dateline.having"] = (len(doc), {})
        kept = _keep(doc, "dateline.having", kept[1])
    key = tuple(wanted.items())
    found = kept.get(key)
    if found is None:
        found = kept[key] = _having(doc, key)
    return found


def any_in(found: list[int], start: int, end: int) -> bool:
    """Whether the sorted indices `found` (`indices`) hold one in [start, end)."""
    k = bisect_left(found, start)
    return k < len(found) and found[k] < end


def first_in(found: list[int], start: int, end: int) -> Optional[int]:
    """The first of the sorted indices `found` (`indices`) in [start, end), else None."""
    k = bisect_left(found, start)
    return found[k] if k < len(found) and found[k] < end else None


def _having(doc, tests) -> list[int]:
    """The indices of the doc's tokens with a wanted value in any of the columns of `tests` ((attr, ids) pairs)."""
    if len(doc) and all(len(ids) <= _FEW for _, ids in tests):
        found = _equal(doc, *tests[0])
        for a, ids in tests[1:]:
            found |= _equal(doc, a, ids)
        return np.flatnonzero(found).tolist()
    if len(doc):                                  # (a large set looked up in C: `_member`)
        found = None
        for a, ids in tests:
            mine = _equal(doc, a, ids) if len(ids) <= _FEW else _member(doc, a, ids)
            if mine is None:
                break
            found = mine if found is None else found | mine
        else:
            return np.flatnonzero(found).tolist()
    cols = [(column(doc, a), ids) for a, ids in tests]
    if len(cols) == 1:
        (col, ids), = cols
        return [i for i, v in enumerate(col) if v in ids]
    if len(cols) == 2:
        (c1, i1), (c2, i2) = cols
        return [i for i, (v1, v2) in enumerate(zip(c1, c2)) if v1 in i1 or v2 in i2]
    if len(cols) == 3:
        (c1, i1), (c2, i2), (c3, i3) = cols
        return [i for i, (v1, v2, v3) in enumerate(zip(c1, c2, c3)) if v1 in i1 or v2 in i2 or v3 in i3]
    return [i for i in range(len(doc)) if any(col[i] in ids for col, ids in cols)]


def string_ids(words) -> frozenset[int]:
    """The ids (`column` values) of the given strings: a word's ORTH or LOWER, a tag's POS, DEP, ENT_TYPE."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)


@functools.lru_cache(maxsize=None)
def ids_of(*words: str) -> frozenset[int]:
    """`string_ids` of a few fixed strings (`ids_of("VERB", "AUX")`), made once for each set named."""
    return string_ids(words)


_IDS: dict[int, tuple[object, frozenset[int]]] = {}


def lexicon_ids(words) -> frozenset[int]:
    """`string_ids` of a lexicon's words (a set or dict loaded once), made once for that object: for the passes
    that test a `column` against a word class at every article. Only for collections that live as long as the
    process (each one is kept here)."""
    found = _IDS.get(id(words))
    if found is None or found[0] is not words:
        found = _IDS[id(words)] = (words, string_ids(words))
    return found[1]


def marks(doc, sent, name: str, mark) -> list:
    """The tokens of the sentence for which `mark(token)` holds, in order, found once per sentence and kept
    under `name` (`doc.user_data`): a pass that asks for each of many tokens of a long sentence where its
    nearest stop, toll word or attribution is walks the few marked tokens instead of the whole sentence
    again (its length squared over the sentence)."""
    return _marked(doc, sent, name, mark)[0]


def mark_after(doc, sent, name: str, mark, i: int):
    """The first token after token i in the sentence for which `mark(token)` holds (`marks`), else None."""
    tokens, positions = _marked(doc, sent, name, mark)
    k = bisect_right(positions, i)
    return tokens[k] if k < len(tokens) else None


def _marked(doc, sent, name: str, mark) -> tuple[list, list[int]]:
    found = doc.user_data.setdefault(f"dateline.marks.{name}", {})
    if sent.start not in found:
        marked = [t for t in tokens(doc)[sent.start:sent.end] if mark(t)]
        found[sent.start] = (marked, [t.i for t in marked])
    return found[sent.start]


def cut_sentences(doc) -> list:
    """The parse's sentences, cut again at blank lines (a headline without a full stop is a sentence): made once a
    doc and shared by the passes of every stage that reads them (the events stage, the page test; read the list,
    never change it)."""
    return per_doc(doc, "dateline.cut_sentences", lambda d: list(_cut_sentences(d)))


def _cut_sentences(doc):
    """`cut_sentences`, one at a time."""
    if not len(doc):
        return
    space = _array(doc, "IS_SPACE")      # only space tokens are looked at (no Token made for the others)
    toks = tokens(doc)
    cuts = [i for i in np.flatnonzero(space).tolist() if "\n\n" in toks[i].text]
    # words[k]: the tokens before k that are not space (a stretch has text when it holds one; counted by numpy,
    # not a Python step a word: speed37b)
    words = [0, *np.cumsum(space == 0).tolist()]
    k = 0
    for sent in sentences(doc):
        start = sent.start
        while k < len(cuts) and cuts[k] < sent.end:
            i = cuts[k]
            k += 1
            if i < start:
                continue
            if i > start and words[i] > words[start]:
                yield span_of(doc, start, i)
            start = i + 1
        if start < sent.end and words[sent.end] > words[start]:
            yield span_of(doc, start, sent.end)


# A name's letters inside a token spaCy leaves whole (fix38a). APOSTROPHES: every mark written for an apostrophe
# (straight, right and left single quotes, the modifier letter, backtick, acute); a possessive in any of them is
# stripped alike, so `Trump‘s` and `Trump’s` are Trump's; a name may be glued after a double quote (`_GLUED_QUOTE`).
APOSTROPHES = "'\u2019\u2018\u02bc`\u00b4"
_GLUED_POSSESSIVE = re.compile(f"(?:(?<=[^\\W\\d_])[{APOSTROPHES}][sS]|(?<=[sS])[{APOSTROPHES}])$")
_GLUED_QUOTE = re.compile(r'(?<!\S)[^\s"\u201c\u201d]*\w[.,;:!?]?["\u201c\u201d]+(?=[A-Z])')


def without_possessive(word: str) -> str:
    """`word` without a possessive glued to its end in any apostrophe (`Trump‘s`, `Trump\u02bcs`, `Sanders`'`) ->
    `Trump`, `Sanders`); cheap: a regular expression only when the word ends in `s` or an apostrophe."""
    if word[-1:] not in ("s", "S") and word[-1:] not in APOSTROPHES or len(word) < 3:
        return word
    return _GLUED_POSSESSIVE.sub("", word)


def glued_quote_cut(words: str) -> int:
    """The offset in `words` where a name starts after a word, punctuation and a quote mark glued to it by the
    tokenizer (`audiences,"Katie` -> 11, `the spring,”Marla Quenby` -> 12: at the capital after the last such
    mark); 0 when the words hold no such quote mark (cheap: a regular expression only when a quote mark is in)."""
    if '"' not in words and "\u201c" not in words and "\u201d" not in words:
        return 0
    return max((m.end() for m in _GLUED_QUOTE.finditer(words)), default=0)
