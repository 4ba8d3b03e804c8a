"""The words of temporal expressions by kind, read once: lexicon/timex_words.tsv, and the lists the dates share
with other stages (number_words.tsv, intent_verbs.tsv, modals.tsv: their rows `used_by` dates)."""
from __future__ import annotations

import functools

from ...lexicon import LexiconError, path, rows, used_by

KINDS = ("month", "weekday", "vague", "ordinal", "unit", "season", "partofday", "ref", "set", "timezone", "holiday",
         "futureverb", "pastverb", "searchverb", "searcher", "pastmodal", "function", "deadlineverb")


@functools.lru_cache(maxsize=1)
def load() -> dict[str, dict[str, str]]:
    """{kind: {word (lower case): value}}; fails loudly on an unknown kind. Besides the kinds of timex_words.tsv:
    number (word -> value), intentverb and modal (word -> '')."""
    out: dict[str, dict[str, str]] = {k: {} for k in KINDS}
    for r in rows("timex_words.tsv", ("kind", "word", "value")):
        if r["kind"] not in out:
            raise LexiconError(f"{path('timex_words.tsv')}:{r.line}: unknown kind {r['kind']!r}")
        out[r["kind"]][r["word"].lower()] = r["value"]
    out["number"] = {r["word"].lower(): r["value"] for r in used_by("number_words.tsv", "dates")}
    out["intentverb"] = {r["word"].lower(): "" for r in used_by("intent_verbs.tsv", "dates")}
    out["modal"] = {r["word"].lower(): "" for r in used_by("modals.tsv", "dates")}
    return out


def alternation(words) -> str:
    """A regex alternation of words, longest first, spaces matching any run of white space."""
    import re

    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
