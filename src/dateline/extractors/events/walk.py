"""One walk of a sentence's words, shared by the passes of the events stage that read every word of a sentence
(speed40a): the sentence reader (reader.py) and the criticism detector's quoted words (criticism.speakers).

`of(doc, start, end)` gives the `Walk` of the tokens [start, end), made by `walk` at the first ask and kept on the doc
(`spans.per_doc`; `spans.forget` drops it with the rest): one pass over the sentence's columns (`spans.column`,
`spans.lowered`, the children lists of `columns.cols`), no Token made, each word's lemma met once with the one table
of the word classes the reader weighs (`reader._word_classes`, made into one entry a lemma a process: `_entry`). What
the walk keeps is the doc's own (the parse, the lexicons loaded once a process); what depends on the article (its
quotes, its actors' mentions, its events) is left for the pass to meet with the walk's offsets: the judgement words'
offsets (for the reader's quoted-judgement features) and the main verbs' subjects' offsets (its `subj_actor`).

A new pass that reads every word of a sentence reads the walk's `words` (the indices of the tokens that are no space)
or adds a field made in the same loop here, with a test against the Token walk it replaces
(tests/extractors/test_event_speed40a.py)."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from itertools import compress
from operator import not_

from ..spans import column, ids_of, lowered, per_doc
from .columns import cols
from .lexicon import load


@dataclass(frozen=True)
class Walk:
    """What one walk of the tokens [start, end) of a doc reads (read it, never change it):
    - `words`: the indices of its tokens that are no space, in order (`n` of them: the reader's length);
    - `said`: the reader's features of its words that no article fact changes (`reader.features`): the marks
      (`qmark`, `quote`, `colon`), each word's lemma feature and classes (`w=...`, `crit=...`), the pairs of words
      (`b=..._...`), `report`, the first words of entities (`ent=PERSON`), the main verbs' lemmas (`root=...`);
    - `judging`: (character offset, its `q&` features) of each word of a judgement class, in order (a quote holding
      the offset gives the sentence those features);
    - `own`: token index -> features, of each word that may be the reader's evidence (a content word, no reporting
      verb, no `feelingword`), in order (a dict: read it, never change it);
    - `subjects`: the character offsets of the `nsubj` (first such child) of each of its ROOT tokens, in order."""
    start: int
    end: int
    words: tuple
    said: frozenset
    judging: tuple
    own: dict
    subjects: tuple

    @property
    def n(self) -> int:
        return len(self.words)


def of(doc, start: int, end: int) -> Walk:
    """The `Walk` of the tokens [start, end) of the doc, made once a doc (`walk`) and kept on it."""
    made = per_doc(doc, "dateline.events.walks", _table)
    found = made.get((start, end))
    if found is None:
        found = made[start, end] = walk(doc, start, end)
    return found


def _table(doc) -> dict:
    return {}


def walk(doc, start: int, end: int) -> Walk:
    """The one walk of the tokens [start, end) (`of` keeps it): each word's columns read once, its lemma's entry
    (`_entry`: the reader's word feature and classes) looked up once."""
    lemmas = lowered(doc)
    space, punct, quote, orth, idx, pos, iob, ent, dep = _columns(doc)
    qmark, colon, propn, verb, root, person = _ids()
    report = load().cues.get("report", frozenset())
    entries = _entries()
    words = list(compress(range(start, end), map(not_, space[start:end])))   # (the tokens that are no space, at C
    said: set = set()                                                          #  speed)
    judging, own, subjects = [], {}, []
    last = None                           # the lemma of the word before (a pair of words is a feature too)
    for i in words:
        if punct[i]:
            last = None
            if orth[i] == qmark:
                said.add("qmark")
            elif quote[i]:
                said.add("quote")
            elif orth[i] == colon:
                said.add("colon")
            continue
        lem = lemmas[i]
        e = entries.get(lem)
        if e is None:
            e = _entry(lem, entries)
        mine, judge, quoted, feeling = e
        p = pos[i]
        if p != propn:
            if last is not None:
                said.add("b=" + last + "_" + lem)
            last = lem
            said.update(mine)
            if p in _CONTENT_IDS and not feeling:   # (the evidence is a content word, so no proper name: never a
                own[i] = mine            # pronoun or `'s`, nor a word evaluation.tsv calls too weak alone to make
                #                          criticism, `worried`)
        else:
            last = None
            mine = judge
            said.update(mine)
        if judge:
            judging.append((idx[i], quoted))
        if p == verb and lem in report:
            said.add("report")
            own.pop(i, None)             # (a reporting verb is no evidence: `said` alone is no event)
        if iob[i] == _IOB_BEGIN and ent[i] in person:
            said.add(person[ent[i]])
        if dep[i] == root:
            said.add("root=" + lem)
            col = cols(doc)
            dep_ = col.dep_
            subj = next((k for k in col.below[i] if dep_[k] == "nsubj"), None)   # (`triggers.child(t, ("nsubj",))`)
            if subj is not None:
                subjects.append(idx[subj])
    return Walk(start, end, tuple(words), frozenset(said), tuple(judging), own, tuple(subjects))


# lemma -> (its features as a word that is no proper name: `("w=" + lem,) + classes`; its classes alone (a proper
# name's features, and what makes it a word of judgement); its `q&` features; whether `eval=feelingword` is among
# them): made once a process a lemma, bounded (a long run meets ever more numbers and odd words)
_ENTRIES: list = [None, {}]
_ENTRIES_MOST = 50000


def _entries() -> dict:
    """The table of lemma entries for the reader's word classes now loaded (made anew for another table)."""
    wc = _word_classes()
    if _ENTRIES[0] is not wc:
        _ENTRIES[:] = [wc, {}]
    return _ENTRIES[1]


def _entry(lem: str, entries: dict) -> tuple:
    classes = _ENTRIES[0].get(lem, ())
    e = (("w=" + lem,) + classes, classes, tuple("q&" + x for x in classes if not x.startswith("w=")),
         "eval=feelingword" in classes)
    if len(entries) < _ENTRIES_MOST:
        entries[lem] = e
    return e


def _word_classes() -> dict:
    """`reader._word_classes` (reader.py reads this module, so it is bound at the first call)."""
    global _word_classes
    from .reader import _word_classes as made
    _word_classes = made
    return made()


_IOB_BEGIN = 3                           # (the ENT_IOB column's value of `ent_iob_ == "B"`)
_CONTENT_IDS = ids_of("NOUN", "VERB", "ADJ", "ADV")   # (reader.CONTENT)


@functools.lru_cache(maxsize=1)
def _ids() -> tuple:
    """The column values the walk compares with: `?`, `:` (ORTH), PROPN, VERB (POS), ROOT (DEP), and the entity
    types whose first word is a feature (ENT_TYPE, with the feature each gives)."""
    return (*ids_of("?"), *ids_of(":"), *ids_of("PROPN"), *ids_of("VERB"), *ids_of("ROOT"),
            {next(iter(ids_of(e))): "ent=" + e for e in ("PERSON", "ORG", "GPE", "NORP")})


def _columns(doc) -> tuple:
    """The columns the walk reads for every word (`spans.column`, made once a doc): what `is_space`, `is_punct`,
    `is_quote`, `text`, `idx`, `pos_`, `ent_iob_`, `ent_type_` and `dep_` of its Tokens say."""
    return per_doc(doc, "dateline.events.walk_columns", _made_columns)


def _made_columns(doc) -> tuple:
    return tuple(column(doc, a) for a in
                 ("IS_SPACE", "IS_PUNCT", "IS_QUOTE", "ORTH", "IDX", "POS", "ENT_IOB", "ENT_TYPE", "DEP"))
