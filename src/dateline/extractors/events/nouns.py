"""Whether a noun names an actor though it is no named entity: a title or group noun of the actor lexicon
(`the senator`, `police chief`, `officials`), a noun the actors stage refers back with (`the kingdom`), or a noun of
people and bodies that act (lexicon/event_senses.tsv, class `people`: `residents`, `the city`)."""
from __future__ import annotations

import functools

from ...lexicon import classes
from ...lexicon.actors import coref_nouns, title_heads, titles, words
from ..quotes.lexicon import given_names, title_genders
from ..spans import children


@functools.lru_cache(maxsize=1)
def _nouns() -> frozenset:
    c = classes("event_senses.tsv")
    alone = frozenset(c.get("headnotalone", ()))   # (`defender` of `public defender`: alone, a player; session 30)
    return frozenset(titles()) | (title_heads() - alone) | frozenset(coref_nouns()) | frozenset(c.get("people", ()))
    #   (the last words of titles, not every word of one: `information` of `chief information officer`, `research` of
    #   `research fellow` name no actor; act28b)


@functools.lru_cache(maxsize=1)
def _said() -> frozenset:
    """Nouns of what someone says, writes or plans (event_senses `speech`, `proposal`): their `of` object made them."""
    c = classes("event_senses.tsv")
    return frozenset(c.get("speech", ())) | frozenset(c.get("proposal", ()))


@functools.lru_cache(maxsize=1)
def _tidings() -> frozenset:
    return frozenset(classes("event_senses.tsv").get("tidings", ()))


def actor_noun(tok) -> bool:
    """The token's lemma (or word) is a noun that names an actor."""
    nouns = _nouns()
    return tok.lemma_.lower() in nouns or tok.lower_ in nouns


def is_age(tok) -> bool:
    """The token is an age said of a person, which the parser reads as the adjective `old` (`a 4-year-old`,
    `a 31-year-old who was shot`): a person, though not a noun."""
    return tok.lower_ == "old" and tok.pos_ == "ADJ" and tok.dep_ not in ("amod", "acomp") and any(
        c.lemma_.lower() == "year" for c in children(tok))


def possessor(noun):
    """The word that owns the noun: its `poss` child, or a name the parse hung on it as a modifier when a curly
    apostrophe cut the possessive off (`Reyes’ “loyalty”`: the mark parsed as punctuation)."""
    for c in children(noun):
        if c.dep_ == "poss":
            return c
    for c in children(noun):
        after = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
        if c.dep_ in ("nmod", "compound") and c.i < noun.i and c.pos_ == "PROPN" and after is not None and (
                after.tag_ == "POS" or after.text in ("’", "’s", "'", "'s")):
            return c
    return None


def owner_of(tok):
    """The actor word a thing belongs to when a target names a thing, not an actor: its owner or maker (`her handling`,
    `an effort supported by Obama`, `a statement by George Clooney`, `knocked a statement by Clooney` with `by` on the
    verb, `the remarks of the senator`), or whom news tells of (`welcomed the news that Kasich would quit`). None
    for a word that names an actor itself or when nothing owns it."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or actor_noun(tok) or not tok.is_alpha:
        return None
    for c in children(tok):
        if c.dep_ == "poss" and (c.pos_ in ("PROPN", "PRON") or actor_noun(c)):
            return c                      # `the campaign staffers' actions`, `her handling`
        if c.dep_ == "prep" and (c.lower_ in ("by", "from") or (c.lower_ == "of" and tok.lemma_.lower() in _said())):
            if _named(_pobj(c)):
                return _pobj(c)           # (`of` only after what someone says or plans: `the remarks of the senator`;
                # `the killing of Khashoggi` names the victim)
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = next((x for x in children(c) if x.dep_ == "agent"), None)
            if agent is not None and _named(_pobj(agent)):
                return _pobj(agent)
        if c.dep_ in ("acl", "ccomp") and tok.lemma_.lower() in _tidings() and c.pos_ in ("VERB", "AUX"):
            o = next((x for x in children(c) if x.dep_ in ("nsubj", "nsubjpass")), None)
            if o is not None and o.pos_ == "PROPN":
                return o
    v = tok.head
    if tok.dep_ == "dobj" and v.pos_ == "VERB" and not any(x.dep_ in ("auxpass", "nsubjpass") for x in children(v)):
        for c in children(v):
            if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i == tok.right_edge.i + 1 and _named(_pobj(c)):
                return _pobj(c)
    return None


def _pobj(prep):
    """The object of a preposition token, or None."""
    return next((x for x in children(prep) if x.dep_ == "pobj"), None)


def _named(o) -> bool:
    """A word that can own or make a thing: a proper noun or a noun of the actor lexicon."""
    return o is not None and (o.pos_ == "PROPN" or actor_noun(o))


PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}   # (after OWNER: `his` reads as `him`)


def gender_of(x) -> str:
    """'m' or 'f' when the words of the noun x tell its person's gender, else '': a noun of one person or kin
    (actor_words `person_male`/`person_female`, `kin_male`/`kin_female`: `son`, `woman`), else for a name, a title
    before it (`Mrs. Alden`) or the given name it starts with (`Devin Harte`; given_names.tsv, which leaves out names borne by
    both). ev54."""
    lemma = x.lemma_.lower()
    for g, kinds in (("f", ("person_female", "kin_female")), ("m", ("person_male", "kin_male"))):
        if any(lemma in words(k) for k in kinds):
            return g
    if x.pos_ != "PROPN":
        return ""
    name = sorted([c for c in children(x) if c.dep_ == "compound" and c.i < x.i] + [x], key=lambda t: t.i)
    before = x.doc[name[0].i - 1] if name[0].i > 0 else None
    told = {title_genders().get(t.lower_.rstrip(".")) for t in (*name, *([before] if before is not None else []))}
    told |= {given_names().get(name[0].lower_)} if len(name) > 1 else set()   # (a name alone may be a surname:
    # `Warren said she ...`)
    told -= {None}
    return next(iter(told)) if len(told) == 1 else ""
