"""Loader of lexicon/timex_words.tsv: the words of temporal expressions by kind, read once."""
from __future__ import annotations

import functools
import pathlib

PATH = pathlib.Path(__file__).resolve().parents[2] / "lexicon" / "timex_words.tsv"
KINDS = ("month", "weekday", "number", "ordinal", "vague", "unit", "season", "partofday", "ref", "set", "timezone", "holiday", "futureverb", "intentverb")


@functools.lru_cache(maxsize=1)
def load() -> dict[str, dict[str, str]]:
    """{kind: {word (lower case): value}} from the TSV; fails loudly on an unknown kind."""
    out: dict[str, dict[str, str]] = {k: {} for k in KINDS}
    with open(PATH, encoding="utf-8") as fh:
        header = None
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            kind, word = cols[0], cols[1].lower()
            if kind not in out:
                raise ValueError(f"{PATH.name}:{n}: unknown kind {kind!r}")
            out[kind][word] = cols[2] if len(cols) > 2 else ""
    return out


def alternation(words) -> str:
    """A regex alternation of words, longest first, spaces matching any run of white space."""
    import re

    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
