"""A second precision audit of the actors stage, on texts no actor audit judged (act43, issue 11's false-actor line).

The texts: bench/identity_free41.txt (LGL, GeoVirus, dedup-gva and casualties-gva lines of 400-6,000 characters in no
gold set and no earlier identity_free list; ident41 read only its 3 identity suspects, no one judged its actors). A
seeded draw (seed 43) takes 50 texts to audit and tune on (`tune`) and 30 more judged but never tuned on (`check`).
Every output actor of the 80 was judged by bench/actors/GUIDE.md, before any rule was built, into
bench/actors/precision43.tsv in precision41.tsv's columns (see bench/actor_precision41.py; no article text). `kind` of
a false actor as there, and `debris` for page or caption debris (a credit, a link's words, a fragment of a line).

usage (from the repository root), as actor_precision41.py:
    PYTHONPATH=src python bench/actor_precision43.py run --out /tmp/p43.jsonl [--cache DIR]
    PYTHONPATH=src python bench/actor_precision43.py show --run /tmp/p43.jsonl [--part tune]
    PYTHONPATH=src python bench/actor_precision43.py score --run /tmp/p43.jsonl
"""
from __future__ import annotations

import random
import sys

import actor_precision41 as p41

LIST = p41.HERE / "identity_free41.txt"
SEED = 43
N_TUNE, N_CHECK = 50, 30


def every_id() -> list[str]:
    return p41._ids(LIST)


def draw() -> dict[str, str]:
    """id -> `tune` or `check`: SEED's draw of N_TUNE + N_CHECK texts of the list."""
    picked = random.Random(SEED).sample(sorted(set(every_id())), N_TUNE + N_CHECK)
    return {i: ("tune" if k < N_TUNE else "check") for k, i in enumerate(picked)}


p41.every_id, p41.draw, p41.JUDGED = every_id, draw, p41.HERE / "actors" / "precision43.tsv"

if __name__ == "__main__":
    sys.exit(p41.main())
