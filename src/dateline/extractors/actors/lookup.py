"""`actor_at`: which actor a character span belongs to (used by later stages on the finished records)."""
from __future__ import annotations

from typing import Iterable, Optional

from ...records import Actor


def actor_at(actors: Iterable[Actor], start: int, end: int) -> Optional[str]:
    """Id of the actor with a mention overlapping [start, end): the largest overlap, then the tightest
    mention (for the events stage: a participant's span -> its actor)."""
    best = None
    for a in actors:
        for m in a.mentions:
            ov = min(m.end, end) - max(m.start, start)
            if ov > 0:
                rank = (ov, -(m.end - m.start))
                if best is None or rank > best[0]:
                    best = (rank, a.id)
    return best[1] if best else None
