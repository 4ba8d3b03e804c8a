"""speed32b: the actors stage's cuts answer as the code they replace (invented inputs)."""
from __future__ import annotations

import random
import re

from dateline.extractors.actors.local_news import _caption_pattern
from dateline.extractors.actors.people import _longest_first, _unheld


def _held_walk(cands: list, wide) -> list:
    """The walk `_unheld` replaces: every wide span tried for every candidate."""
    return [c for c in cands if not any(a <= c[0] and c[1] <= b and b - a > c[1] - c[0] for a, b in wide)]


def test_unheld_keeps_what_the_walk_keeps():
    rng = random.Random(32)
    for _ in range(400):
        cands = []
        for _ in range(rng.randint(0, 30)):
            s = rng.randint(0, 60)
            cands.append((s, s + rng.randint(1, 5), f"name{s}", rng.random() < 0.5))
        shortest = min((c[1] - c[0] for c in cands), default=0)
        wide = {(c[0], c[1]) for c in cands if c[1] - c[0] > shortest}
        assert _unheld(cands, wide) == _held_walk(cands, wide)
    # `Maria Lopez Garcia` holds `Lopez Garcia` and `Garcia`; `Tom Hart` alone stays
    cands = [(0, 3, "Maria Lopez Garcia", True), (1, 3, "Lopez Garcia", True), (2, 3, "Garcia", False),
             (7, 9, "Tom Hart", True)]
    assert _unheld(cands, {(0, 3), (1, 3), (7, 9)}) == [(0, 3, "Maria Lopez Garcia", True), (7, 9, "Tom Hart", True)]


def test_longest_first_is_the_sort_it_keeps():
    words = frozenset({"by", "reporting by", "additional reporting by", "editing by"})
    assert list(_longest_first(words)) == sorted(words, key=len, reverse=True)
    assert _longest_first(words) is _longest_first(words)          # (sorted once per set)


def test_caption_pattern_matches_as_the_joined_regex():
    cues = frozenset({"from left", "pictured", "left to right", "front row"})
    old = re.compile(r"\b(?:" + "|".join(re.escape(c[:1].upper() + c[1:]) for c in
                                          sorted(cues, key=len, reverse=True)) + r")\b")
    text = ("Pictured: Ann Lee. From left to right, Bo Ray and Cy Dunn. Left to right: Di Fox; Front row Ed Moe, "
            "from left (lower case is no cue). Picturedness is not one.")
    assert [m.span() for m in _caption_pattern(cues).finditer(text)] == [m.span() for m in old.finditer(text)]
    assert [m.group() for m in _caption_pattern(cues).finditer(text)] == ["Pictured", "From left", "Left to right",
                                                                          "Front row"]
    assert _caption_pattern(cues) is _caption_pattern(cues)
