"""The events stage's reads of a word's parse facts off the doc's columns (speed23a): the rules ask "this word's relation,
class and tag", "is this word in a skipped stretch", "this word's head" thousands of times an article, and each Token read (`dep_`, `.head`, `children`) makes a string or a Token anew. These helpers give the
same answers from integer columns made once a doc (`spans.column`, the HEAD and children indices), and make a
Token only for the word they return (the doc's one Token list, `spans.tokens`: the same objects the walks gave).
tests/extractors/test_event_columns.py checks each against the Token walk it replaced.

A pass keyed on a word class (crime's held / dropped / stopped, the bids, the stops and removals) finds the class's
words of a sentence off picks made once a doc (`class_picked`, `lemma_picked`), which meet the class with the doc's
`distinct` lemmas first: most docs hold no word of most classes, and then no sentence of the doc is walked
(speed33; tests/extractors/test_event_speed33.py)."""
from __future__ import annotations

from bisect import bisect_left
from .. import spans
from ..spans import _below, column, heads, lowered, per_doc, picked, tokens
from ..token_strings import strings


class Cols:
    """One doc's columns as the events rules read them (made once a doc, `cols`; read them, never change them)."""
    __slots__ = ("n", "toks", "dep", "pos", "tag", "below", "head", "lemma", "lower", "orth", "dep_", "pos_", "tag_")

    def __init__(self, doc):
        self.n = len(doc)
        self.toks = tokens(doc)
        self.dep = column(doc, "DEP")
        self.pos = column(doc, "POS")
        self.tag = column(doc, "TAG")
        self.orth = column(doc, "ORTH")
        self.below = _below(doc)          # each token's children's indices, in order
        self.head = heads(doc)
        self.lemma = lowered(doc)         # `t.lemma_.lower()`
        self.lower = lowered(doc, "LOWER")   # `t.lower_`
        self.dep_ = strings(doc, "DEP")   # `t.dep_`, `t.pos_`, `t.tag_` of every token (token_strings, shared
        self.pos_ = strings(doc, "POS")   # with the actors stage: one list a doc and attribute)
        self.tag_ = strings(doc, "TAG")


def cols(doc) -> Cols:
    """The doc's `Cols`, made at the first read and kept on the doc (`spans.forget` drops it with the rest)."""
    now = spans._NOW
    if now[0] is doc and now[2] == len(doc):
        found = now[1].get("dateline.events.cols")   # (the doc read last: `spans._NOW`)
        if found is not None:
            return found
    found = doc.user_data.get("dateline.events.cols")
    if found is None or found.n != len(doc):
        found = doc.user_data["dateline.events.cols"] = Cols(doc)
    return spans._keep(doc, "dateline.events.cols", found)


def skipped_tokens(doc, skip) -> frozenset:
    """The indices of the tokens whose first character lies in one of the [start, end) stretches `skip` (the
    layout's): the tokens found by bisection over the IDX column, as `Spans(skip).first_holding(t.idx)` finds them."""
    idx = column(doc, "IDX")
    out: set = set()
    for s, e in skip:
        a, b = bisect_left(idx, s), bisect_left(idx, e)
        if a < b:
            out.update(range(a, b))
    return frozenset(out)


def distinct(doc, attr: str = "LEMMA") -> frozenset[str]:
    """The doc's distinct values of one lowered column (`lowered(doc, attr)`: lemma or form in lower case), made
    once a doc (speed33): a pass keyed on a word class meets its class with these (a set's intersection) and finds
    at once that the doc holds none of its words, as most docs hold none of most classes."""
    return per_doc(doc, f"dateline.events.distinct.{attr}", lambda d: frozenset(lowered(d, attr)))


def class_picked(toks, name: str, words, pos_ids: frozenset = None, dep_ids: frozenset = None) -> list:
    """The tokens of `toks` whose lemma (lower case) the word class `words` holds, and, where given, whose part of
    speech is in `pos_ids` and relation in `dep_ids` (`ids_of`): the class's words of the doc found once a doc (none
    at all when the doc's `distinct` lemmas miss the class; else one walk over the lemma column for the few it
    holds) and kept under `name` (one name for each question), then each sentence's share by bisection
    (`spans.picked`). A pass that walked every token of every sentence to find a few words of its class walks these
    (speed33)."""
    def pick(doc) -> list[int]:
        hit = distinct(doc).intersection(words)   # (a set: the smaller side walked; a dict: its keys)
        if not hit:
            return []
        found = _positions(lowered(doc), hit)
        if pos_ids is not None:
            pos = column(doc, "POS")
            found = [i for i in found if pos[i] in pos_ids]
        if dep_ids is not None:
            dep = column(doc, "DEP")
            found = [i for i in found if dep[i] in dep_ids]
        return found
    return picked(toks, "events.class." + name, pick)


_FEW = 4                                  # (at most this many lemmas: each found by `list.index`, `_positions`)


def _positions(lems: list, hit) -> list[int]:
    """`[i for i, low in enumerate(lems) if low in hit]`: the positions of a few lemmas found by `list.index` (a scan at
    C speed a lemma, then merged in order), more of them by the one walk (speed38a)."""
    if len(hit) > _FEW:
        return [i for i, low in enumerate(lems) if low in hit]
    out: list[int] = []
    for low in hit:
        i = -1
        try:
            while True:
                i = lems.index(low, i + 1)
                out.append(i)
        except ValueError:
            pass
    if len(hit) > 1:
        out.sort()
    return out


def opening(doc, name: str, pick) -> list[int]:
    """The indices of the whole doc's tokens that `picked(toks, name, pick)` gives a sentence's share of (the same
    list, kept under the same name): a finder's opening words, which `events.gates` meets with the sentences (a
    sentence holding none is not handed to the finder; speed37a)."""
    return [t.i for t in picked(tokens(doc), name, pick)]


def lemma_picked(toks, name: str, pos_ids: frozenset, words) -> list:
    """`[t for t in having(toks, POS=pos_ids) if lowered_lemma(t) in words]`: the words of a part of speech whose
    lemma (lower case) a word class holds (`class_picked` with a part of speech, under its own `name`): a rule keyed
    on a few verbs reads those instead of every verb of every sentence."""
    return class_picked(toks, "lemma." + name, words, pos_ids)
