"""Each token's string attributes (`lower_`, `lemma_`, `pos_`, `tag_`, `dep_`, `ent_type_`, `text`) as one list of
str per doc and attribute, read off the doc's columns (`spans.column`) once: a rule that tests these of many words reads
`strings(doc, "DEP")[i]` instead of `doc[i].dep_`, which makes the string anew at each read (~200 ns) and needs a
Token. Each id's string is found once a process (ids are the StringStore's hashes, or spaCy's symbols for POS, TAG,
DEP; 0 is ""). Read the lists, never change them; `spans.forget` drops them with the doc's other columns."""
from __future__ import annotations

from . import spans
from .spans import _below, column

_STRING: dict[int, str] = {}               # id -> its string, for every id met in the process
_KEYS = {a: "dateline.strings." + a for a in ("ORTH", "LOWER", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE", "NORM")}


def strings(doc, attr: str) -> list[str]:
    """`[getattr(t, attr.lower() + "_") for t in doc]` (ORTH: `t.text`), made once per doc and attribute (read it,
    never change it)."""
    key = _KEYS[attr]
    now = spans._NOW
    if now[0] is doc and now[2] == len(doc):
        found = now[1].get(key)                   # (the doc read last: `spans._NOW`)
        if found is not None:
            return found
    found = doc.user_data.get(key)
    if found is None or len(found) != len(doc):
        ids = column(doc, attr)
        found = list(map(_STRING.get, ids))       # (each id met before: one walk at C speed)
        if None in found:
            store = doc.vocab.strings
            for i, s in enumerate(found):
                if s is None:
                    h = ids[i]
                    s = _STRING.get(h)
                    if s is None:
                        s = _STRING[h] = store[h]
                    found[i] = s
        doc.user_data[key] = found
    return spans._keep(doc, key, found)


def child_indices(doc) -> list[list[int]]:
    """The indices of each token's children in order (`child_indices(doc)[t.i] == [c.i for c in t.children]`), from
    the HEAD column once a doc (`spans._below`, shared with `spans.children`): a rule that tests its children's
    columns walks these ints without a Token per child. Read it, never change it."""
    return _below(doc)
