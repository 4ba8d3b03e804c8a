"""Loaders for the quote lexicons (speech verbs, naming phrases, titles, given names, word classes) kept as TSV
under dateline/lexicon/ and read through dateline.lexicon.rows."""
from __future__ import annotations

import functools

from ...lexicon import classes, pronouns, rows


@functools.lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """Lemma -> kind ('say' or 'judge') of the verbs that cue a quotation."""
    return {r["lemma"].lower(): r["kind"] or "say" for r in rows("speech_verbs.tsv", ("lemma", "kind"))}


@functools.lru_cache(maxsize=1)
def naming_phrases() -> frozenset[tuple[str, ...]]:
    """Word sequences that, right before a quoted run, make it a name or a scare quote."""
    return frozenset(tuple(r["phrase"].lower().split()) for r in rows("quote_naming.tsv", ("phrase",)))


@functools.lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Title and office words that stand before a name but are not part of it (lower case, no dot)."""
    return frozenset(r["title"].lower().rstrip(".") for r in rows("person_titles.tsv", ("title", "gender")))


@functools.lru_cache(maxsize=1)
def title_genders() -> dict[str, str]:
    """Title (lower case, no dot) -> 'm' or 'f', for the titles that tell a gender (Mr, Mrs, Sir, Lady ...)."""
    return {r["title"].lower().rstrip("."): r["gender"] for r in rows("person_titles.tsv", ("title", "gender"))
            if r["gender"]}


@functools.lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name (lower case) -> 'm' or 'f': a cue for which earlier person a he or she stands for."""
    return {r["name"].lower(): r["gender"] for r in rows("given_names.tsv", ("name", "gender"))
            if r["gender"] in ("m", "f")}


@functools.lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The word classes of quote_words.tsv (small, callfor, naming, phrasal, label) as sets."""
    return {k: frozenset(v) for k, v in classes("quote_words.tsv").items()}


@functools.lru_cache(maxsize=1)
def pronoun_genders() -> dict[str, str]:
    """Third-person singular subject and object pronouns -> 'm' or 'f' (he, him, she, her)."""
    return {w: g for g in ("m", "f") for case in ("subject", "object") for w in pronouns(case, "3", g)}


@functools.lru_cache(maxsize=1)
def possessives() -> frozenset[str]:
    """Third-person possessive pronouns (his, her, its, their)."""
    return pronouns("possessive", "3")
