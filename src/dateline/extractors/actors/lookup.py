"""`ActorIndex`: which actor a character span belongs to, by overlap with the finished actors' mentions.
The one lookup every stage uses (the events stage codes its participants with it; tests and bench too)."""
from __future__ import annotations

import bisect
import itertools
from typing import Iterable, Optional

from ...records import Actor


class ActorIndex:
    """The mentions of an article's actors, sorted by offset, for lookups by character span.

    `leftmost=True` (the events stage) changes only the last tie-break of `at`: when no preferred offset is
    covered, the first overlapping mention in the text wins instead of the largest overlap. The events stage has
    always done so; the largest overlap there would change the actor of 13 event participants in the inputs of
    bench/snapshot.sh (of thousands), so the switch keeps its output as it was.
    """

    def __init__(self, actors: Iterable[Actor], *, leftmost: bool = False):
        self.spans = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions)
        self.starts = [s for s, _, _ in self.spans]
        self.longest = max((e - s for s, e, _ in self.spans), default=0)
        self.reach = list(itertools.accumulate((e for _, e, _ in self.spans), max))   # the furthest end so far
        self.leftmost = leftmost

    def at(self, start: int, end: int, prefer: tuple = ()) -> Optional[str]:
        """Id of the actor with a mention overlapping [start, end), or None. With `prefer` (character offsets,
        in order), the actor of the first mention in the text covering the first offset any covers (a
        participant's head word, then its owner: `Russia's stance` -> Russia); else (or when none covers) the
        largest overlap, then the tightest mention, then the first in the text (`leftmost`: the first)."""
        lo = bisect.bisect_right(self.reach, start)   # (the mentions before it all end by `start`: speed36b)
        hi = bisect.bisect_left(self.starts, end)
        if lo >= hi:
            return None
        hits = [(s, e, a) for s, e, a in self.spans[lo:hi] if start < e]
        if not hits:
            return None
        for off in prefer:
            for s, e, a in hits:
                if s <= off < e:
                    return a
        if self.leftmost:
            return hits[0][2]
        return max(hits, key=lambda h: (min(h[1], end) - max(h[0], start), h[0] - h[1]))[2]
