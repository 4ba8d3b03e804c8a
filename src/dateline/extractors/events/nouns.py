"""Whether a noun names an actor though it is no named entity: a title or group noun of the actor lexicon
(`the senator`, `police chief`, `officials`), a noun the actors stage refers back with (`the kingdom`), or a noun of
people and bodies that act (lexicon/event_senses.tsv, class `people`: `residents`, `the city`)."""
from __future__ import annotations

import functools

from ...lexicon import classes
from ...lexicon.actors import coref_nouns, title_words, titles


@functools.lru_cache(maxsize=1)
def _nouns() -> frozenset:
    people = classes("event_senses.tsv").get("people", ())
    return frozenset(titles()) | title_words() | frozenset(coref_nouns()) | frozenset(people)


def actor_noun(tok) -> bool:
    """The token's lemma (or word) is a noun that names an actor."""
    nouns = _nouns()
    return tok.lemma_.lower() in nouns or tok.lower_ in nouns
