"""Is the text English? A cheap test on the share of English function words, so that the English extractors
never mis-analyse another language; what a page declares (HTML lang) names the language when it is not."""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..lexicon import classes

SAMPLE = 20_000         # characters looked at
MIN_WORDS = 40          # fewer words than this: too short to tell, taken as English
MIN_SHARE = 0.08        # English prose runs at 0.2-0.35 of these words; other Latin-script languages below 0.04
_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    return frozenset(classes("structure_words.tsv")["english"])


def english_share(text: str) -> tuple[float, int]:
    """(share of the words that are English function words, number of words) in the text's first SAMPLE chars."""
    words = _WORD.findall(text[:SAMPLE].lower())
    if not words:
        return 0.0, 0
    common = _english()
    return sum(w in common for w in words) / len(words), len(words)


def language(text: str, *, declared: Optional[str] = None) -> str:
    """'en' for English (or a text too short to tell); else the declared language's primary code when it is not
    English ('de' of 'de-AT'), else 'und' (undetermined)."""
    share, n = english_share(text)
    if n < MIN_WORDS or share >= MIN_SHARE:
        return "en"
    code = (declared or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code.isalpha() and code != "en" and 2 <= len(code) <= 3 else "und"
