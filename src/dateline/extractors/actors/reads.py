"""The token reads the actors stage's rule chains share (speed40b): `TokenReads`, each token's strings, head and
children as lists, made once a doc; and `NameView`, one name's own reads (its last word, that word's relation, head
and children, the verbs it is the subject of), made once a name and handed down the chain of rules that ask who the
person is (`people.who_from_context` and its tests). A rule reads `reads.dep[i]` or `view.head_lemma` instead of
`tok.dep_` or `tok.head.lemma_.lower()`, each of which makes a string (and `.head` a new Token) at every read.
docs/actors.md, "speed40b", says what each holds and how a new rule reads them."""
from __future__ import annotations

import dataclasses
import functools
from typing import Optional

from ..spans import heads, lowered, per_doc, tokens
from ..token_strings import child_indices, strings


def _column(make, *attr) -> functools.cached_property:
    """A `TokenReads` list made by `make(doc, *attr)` at its first read, then kept as the instance's attribute."""
    return functools.cached_property(lambda self: make(self.doc, *attr))


class TokenReads:
    """Every token's reads as one list each, indexed by the token's index: `orth[i] == tok.text`, `lower[i] ==
    tok.lower_`, `lemma[i] == tok.lemma_`, `low_lemma[i] == tok.lemma_.lower()`, `pos`, `tag`, `dep`, `ent_type` (the
    `_` strings), `head[i] == tok.head.i`, `below[i] == [k.i for k in tok.children]`, `toks[i] is tokens(doc)[i]`.
    Each list is made at its first read (a column costs ~0.1-0.6 ms a doc of ~1,000 words to make, and a doc whose
    rules never read it should not pay), then read as a plain attribute. The lists are the doc's shared columns
    (`spans`, `token_strings`: made once a doc for every stage): read them, never change them."""

    def __init__(self, doc):
        self.doc = doc

    toks = _column(tokens)
    orth = _column(strings, "ORTH")
    lower = _column(strings, "LOWER")
    lemma = _column(strings, "LEMMA")
    low_lemma = _column(lowered)
    pos = _column(strings, "POS")
    tag = _column(strings, "TAG")
    dep = _column(strings, "DEP")
    ent_type = _column(strings, "ENT_TYPE")
    head = _column(heads)
    below = _column(child_indices)


def token_reads(doc) -> TokenReads:
    """The doc's `TokenReads`, made once a doc (kept with its other columns; `spans.forget` drops it)."""
    return per_doc(doc, "dateline.actors.reads", TokenReads)


@dataclasses.dataclass
class NameView:
    """One name's reads over tokens [s, e), made once (`name_view`) and handed to each rule that asks about the name:
    `i` its last word (the name's root as the rules take it), `root` that Token, `dep` its relation, `head` its head's
    index (`i` itself at a sentence's root), `head_dep`, `head_lemma`, `head_low_lemma` (its lower case) and `head_pos`
    of that head, `kids` the root's children's indices; `subject_verbs()` the verbs the name is the subject of, found
    on first ask. `reads` is the doc's `TokenReads`."""
    reads: TokenReads
    s: int
    e: int
    i: int
    root: object
    dep: str
    head: int
    head_dep: str
    head_lemma: str
    head_low_lemma: str
    head_pos: str
    kids: list[int]
    _verbs: Optional[list] = None

    def subject_verbs(self) -> list:
        """The verbs the name does as a subject (`nsubj`; else none): its head and the verbs joined to it with no
        subject of their own (`people._joined_verbs`), found once for all the tests that ask."""
        if self._verbs is None:
            from .people import _joined_verbs    # (people imports this module)
            head = self.reads.toks[self.head]
            self._verbs = [head] + _joined_verbs(head) if self.dep == "nsubj" else []
        return self._verbs


def name_view(reads: TokenReads, s: int, e: int) -> NameView:
    """The `NameView` of the name over tokens [s, e) (its root: the last word)."""
    i = e - 1
    h = reads.head[i]
    return NameView(reads=reads, s=s, e=e, i=i, root=reads.toks[i], dep=reads.dep[i], head=h, head_dep=reads.dep[h],
                    head_lemma=reads.toks[h].lemma_, head_low_lemma=reads.low_lemma[h], head_pos=reads.pos[h],
                    kids=reads.below[i])   # (the raw lemma off the one Token: its column is made for no other rule)
