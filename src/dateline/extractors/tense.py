"""The tense of a verb in the parse, for every stage that needs it (the dates resolver, events)."""
from __future__ import annotations


def aux_words(verb) -> set[str]:
    """The lower-case auxiliaries of a verb (`had`, `will`, `been`...)."""
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def pluperfect(verb) -> bool:
    """`had attacked`: a past participle with the auxiliary `had` (an event before the story's time)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
