"""Near-duplicate articles (wire copies, reprints): MinHash sketches of word shingles, LSH band keys, and the
rule that calls one article a copy of another.

An article's sketch is a datasketch MinHash of its 5-word shingles (lower-cased word tokens of the whole text).
The store indexes each sketch under BANDS band keys (ROWS signature values each); articles that share a band key
are candidates, and a candidate is a copy when the estimated resemblance and containment pass the thresholds
below. Nothing here knows the store: it gets sketches, it returns records.
"""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from typing import Iterable, Optional

import numpy as np

SHINGLE = 5            # words per shingle
NUM_PERM = 180         # MinHash permutations
ROWS = 3               # signature values per LSH band
BANDS = NUM_PERM // ROWS
SEED = 14              # fixed: sketches made by different runs must be comparable

# A copy: resemblance (Jaccard) at least MIN_JACCARD and the smaller text at least MIN_CONTAINMENT inside the
# larger (a reprint with its ending cut is wholly inside the original, its resemblance lower).
MIN_JACCARD = 0.4
MIN_CONTAINMENT = 0.8
MIN_COMMON = 10        # and at least this many shingles in common (estimated): two short texts under one stock
                       # headline are not copies

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Sketch:
    """The MinHash signature of one article's shingles, and how many distinct shingles it had."""
    article_id: str
    shingles: int
    signature: bytes                    # NUM_PERM unsigned 64-bit values, little-endian

    def values(self) -> np.ndarray:
        return np.frombuffer(self.signature, dtype="<u8")


@dataclass(frozen=True)
class CopyMatch:
    """`article_id` is a copy of `copy_of` (the first stored article of the group): the evidence in figures."""
    article_id: str
    copy_of: str
    jaccard: float                      # estimated resemblance of the two shingle sets
    containment: float                  # estimated share of the smaller set inside the larger


def shingles(text: str) -> set[bytes]:
    """The distinct 5-word shingles of a text (one shingle of all its words when it has fewer)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def sketch(article_id: str, text: str) -> Sketch:
    """The article's sketch (datasketch MinHash with the project's fixed seed and size)."""
    from datasketch import MinHash

    grams = shingles(text)
    first = _first_minhash()
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=first.permutations, scheme=first.scheme)
    if grams:
        mh.update_batch(list(grams))
    return Sketch(article_id, len(grams), np.asarray(mh.hashvalues, dtype="<u8").tobytes())


@functools.lru_cache(maxsize=1)
def _first_minhash():
    """A MinHash of the project's seed and size, made once: its permutations (drawn from the seed) serve every
    sketch, which otherwise draws them again (0.6 ms an article, a sixth of relinking one: bench/bench_relink.py)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED)


def band_keys(s: Sketch) -> list[int]:
    """The sketch's BANDS LSH keys (signed 64-bit, band number mixed in): equal keys make candidates."""
    values = s.values()
    keys = []
    for b in range(BANDS):
        digest = hashlib.blake2b(values[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8,
                                 person=b.to_bytes(2, "little") + b"dl").digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def resemblance(a: Sketch, b: Sketch) -> tuple[float, float]:
    """(estimated Jaccard, estimated containment of the smaller shingle set in the larger)."""
    if not a.shingles or not b.shingles:
        return 0.0, 0.0
    j = float(np.mean(a.values() == b.values()))
    common = j * (a.shingles + b.shingles) / (1.0 + j)
    return j, min(1.0, common / min(a.shingles, b.shingles))


def find_copy(new: Sketch, candidates: Iterable[tuple[Sketch, Optional[str]]]) -> Optional[CopyMatch]:
    """The best copy match of `new` among candidates (each with the group it already belongs to, or None),
    or None. The copy points to the group's first article, so a group has one root."""
    best: Optional[CopyMatch] = None
    for cand, group in candidates:
        if cand.article_id == new.article_id:
            continue
        j, c = resemblance(new, cand)
        common = j * (new.shingles + cand.shingles) / (1.0 + j)
        if j >= MIN_JACCARD and c >= MIN_CONTAINMENT and common >= MIN_COMMON and (best is None or j > best.jaccard):
            best = CopyMatch(new.article_id, group or cand.article_id, round(j, 4), round(c, 4))
    return best
