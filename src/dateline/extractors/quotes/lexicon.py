"""Loaders for the quote lexicons (speech verbs, naming phrases, titles, given names) kept as TSV under dateline/lexicon/."""
from __future__ import annotations

import functools
import pathlib

LEXICON = pathlib.Path(__file__).resolve().parents[2] / "lexicon"


def _rows(name: str) -> list[list[str]]:
    """Rows of a TSV lexicon, comments and the header line left out."""
    rows = []
    lines = (LEXICON / name).read_text(encoding="utf-8").splitlines()
    body = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    for line in body[1:]:
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@functools.lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """Lemma -> kind ('say' or 'judge') of the verbs that cue a quotation."""
    return {r[0].lower(): (r[1] if len(r) > 1 else "say") for r in _rows("speech_verbs.tsv")}


@functools.lru_cache(maxsize=1)
def naming_phrases() -> frozenset[tuple[str, ...]]:
    """Word sequences that, right before a quoted run, make it a name or a scare quote."""
    return frozenset(tuple(r[0].lower().split()) for r in _rows("quote_naming.tsv"))


@functools.lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Title and office words that stand before a name but are not part of it (lower case, no dot)."""
    return frozenset(r[0].lower().rstrip(".") for r in _rows("person_titles.tsv"))


@functools.lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name (lower case) -> 'm' or 'f': a cue for which earlier person a he or she stands for."""
    return {r[0].lower(): r[1] for r in _rows("given_names.tsv") if len(r) > 1 and r[1] in ("m", "f")}
