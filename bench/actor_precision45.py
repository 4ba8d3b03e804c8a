"""A fourth precision audit of the actors stage, on invented stories (act45, issue 11's false-actor line).

Every dev text is now in a gold set or an audit list, so the texts are new: bench/actor_stories45/*.txt, 36 stories
act45 wrote in the genres of the held-out actor sets' sources (see its README). A seeded draw (seed 45) takes 24 to
audit and tune on (`tune`) and 12 judged but never tuned on (`check`). Every output actor of the 36 was judged by
bench/actors/GUIDE.md, before any rule was built, into bench/actors/precision45.tsv in precision41.tsv's columns (see
bench/actor_precision41.py; `debris` as in precision43.tsv). An id is `story45:` + the file's stem.

usage (from the repository root), as actor_precision41.py:
    PYTHONPATH=src python bench/actor_precision45.py run --out /tmp/p45.jsonl [--cache DIR]
    PYTHONPATH=src python bench/actor_precision45.py show --run /tmp/p45.jsonl [--part tune]
    PYTHONPATH=src python bench/actor_precision45.py score --run /tmp/p45.jsonl
"""
from __future__ import annotations

import random
import sys

import actor_precision41 as p41

STORIES = p41.HERE / "actor_stories45"
PREFIX = "story45:"
SEED = 45
N_TUNE, N_CHECK = 24, 12


def every_id() -> list[str]:
    return [PREFIX + p.stem for p in sorted(STORIES.glob("*.txt"))]


def draw() -> dict[str, str]:
    """id -> `tune` or `check`: SEED's draw of N_TUNE + N_CHECK stories."""
    picked = random.Random(SEED).sample(sorted(set(every_id())), N_TUNE + N_CHECK)
    return {i: ("tune" if k < N_TUNE else "check") for k, i in enumerate(picked)}


_raw_of = p41.raw_of


def raw_of(i: str):
    """A story as a raw article (no published date: the stories give theirs in the text, as pages do); else as p41."""
    from dateline.records import RawArticle

    if i.startswith(PREFIX):
        return RawArticle(id=i, text=(STORIES / (i[len(PREFIX):] + ".txt")).read_text(encoding="utf-8"),
                          published=None, origin=i)
    return _raw_of(i)


p41.every_id, p41.draw, p41.raw_of, p41.JUDGED = every_id, draw, raw_of, p41.HERE / "actors" / "precision45.tsv"

if __name__ == "__main__":
    sys.exit(p41.main())
