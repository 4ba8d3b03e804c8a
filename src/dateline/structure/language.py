"""Is the text English? A cheap test on function words, so that the English extractors never mis-analyse another
language: a text is taken as another language only when few of its words are English function words AND
many are those of another language (or it is not in Latin script). Headline lists and short scraps of English
are low in English function words too, and must stay English. What a page declares (HTML lang) names the
language when it is not English."""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Optional

from ..lexicon import classes

SAMPLE = 20_000         # characters looked at
MIN_WORDS = 40          # fewer words than this: too short to tell, taken as English
MIN_SHARE = 0.08        # English prose runs at 0.2-0.35 of these words; other Latin-script languages below 0.04
MIN_FOREIGN = 0.08      # German, French, Spanish... prose runs at 0.15-0.3 of the `foreign` words; English near 0
MIN_LETTERS = 40        # fewer letters than this: too short to tell the script
MIN_LATIN = 0.5         # share of letters in the Latin alphabet under which a text is in another script
_WORD = re.compile(r"[^\W\d_]+")
_PAST_LATIN = re.compile(r"[^\x00-\u024f]+")    # characters from U+0250 on (a C scan; English holds a few: quotes, dashes)


@functools.lru_cache(maxsize=2)
def _words(kind: str) -> frozenset[str]:
    return frozenset(classes("structure_words.tsv")[kind])


def english_share(text: str) -> tuple[float, int]:
    """(share of the words that are English function words, number of words) in the text's first SAMPLE chars."""
    words = _WORD.findall(text[:SAMPLE].lower())
    if not words:
        return 0.0, 0
    common = _words("english")
    return sum(map(common.__contains__, words)) / len(words), len(words)


def _foreign_share(text: str) -> float:
    words = _WORD.findall(text[:SAMPLE].lower())
    common = _words("foreign")
    return sum(map(common.__contains__, words)) / len(words) if words else 0.0


def _latin_share(text: str) -> float:
    """The share of the letters that are Latin (1.0 when there are fewer than MIN_LETTERS letters)."""
    sample = text[:SAMPLE]
    if not any(c.isalpha() for run in _PAST_LATIN.findall(sample) for c in run):
        return 1.0                           # every letter is Latin (the share below is then 1.0 too)
    counts = Counter(sample)                 # each distinct character tested once, not each character
    letters = sum(n for c, n in counts.items() if c.isalpha())
    latin = sum(n for c, n in counts.items() if c.isalpha() and c < "\u0250")
    return latin / letters if letters >= MIN_LETTERS else 1.0


def language(text: str, *, declared: Optional[str] = None) -> str:
    """'en' for English (or a text too short to tell, or not clearly another language); else the declared
    language's primary code when it is not English ('de' of 'de-AT'), else 'und' (undetermined)."""
    if _latin_share(text) >= MIN_LATIN:
        share, n = english_share(text)
        if n < MIN_WORDS or share >= MIN_SHARE or _foreign_share(text) < MIN_FOREIGN:
            return "en"
    code = (declared or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code.isalpha() and code != "en" and 2 <= len(code) <= 3 else "und"
