#!/usr/bin/env python3
"""What an ingest's linking step costs as the store grows, when what it brings is not the newest: undated articles
and backfills (docs/stories.md, "Across ingests": an ingest takes out and links again every stored article after its
first one in the linking order).

Usage: bench/bench_relink.py [--articles 4000] [--batches 20] [--undated 0.2] [--per-day 100]

Invented articles (bench_stories.make: invented words, no NLP) are ingested in BATCHES equal batches, each written
and then linked as an ingest links it (`stories.link_since` over what it stored, batches of run.local.LINK_BATCH).
Scenarios, each into a fresh store:
- `dated`: a feed in time order, every article dated (the next day is linked alone);
- `undated`: the same feed with a share UNDATED of each batch undated (ids in no order: hashes);
- `backfill`: the dated feed, each batch one day older than the one before (the newest first).
Prints, per batch, the store's size before it, how many articles the link step linked, and its CPU seconds.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import pathlib
import random
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def articles(n: int, per_day: int, undated: float, seed: int = 51) -> list:
    """N invented articles in time order; a share `undated` of them without a day, under a hashed id."""
    from bench_stories import make

    rng = random.Random(seed)
    out, earlier = [], []
    for i in range(n):
        art = make(i, rng, per_day, earlier)
        earlier.append(art)
        del earlier[:-2000]
        if rng.random() < undated:
            art = dataclasses.replace(art, id="u" + hashlib.sha1(art.id.encode()).hexdigest()[:10], published=None,
                                      published_from=None)
        out.append(art)
    return out


def ingest(store, batch: list) -> tuple[int, float]:
    """Write a batch as one ingest does and link it: (articles linked, CPU seconds of the link step: the machine's
    cores are shared, its wall time says more of the neighbours than of the code)."""
    from dateline import stories
    from dateline.run.local import LINK_BATCH

    since = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    store.write_articles([(a, "") for a in batch], ingested_at=since)
    t0 = time.process_time()
    linked = stories.link_since(store, since, batch=LINK_BATCH)
    return linked, time.process_time() - t0


def scenario(name: str, batches: list[list]) -> list[tuple[int, int, float]]:
    from dateline.store import Store

    rows, held = [], 0
    with Store.open(":memory:") as store:
        for batch in batches:
            linked, took = ingest(store, batch)
            rows.append((held, linked, took))
            held += len(batch)
    print(f"{name}: batch, store before, linked, CPU seconds")
    for i, (held, linked, took) in enumerate(rows, 1):
        print(f"  {i:3d} {held:7,d} {linked:7,d} {took:7.2f}")
    total = sum(r[2] for r in rows)
    print(f"  total {total:.1f} s; last batch {rows[-1][2]:.2f} s against the first {rows[0][2]:.2f} s", flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=4000)
    ap.add_argument("--batches", type=int, default=20)
    ap.add_argument("--undated", type=float, default=0.2)
    ap.add_argument("--per-day", type=int, default=100)
    ap.add_argument("--only", help="one scenario: dated, undated or backfill")
    a = ap.parse_args()
    size = a.articles // a.batches

    def cut(arts):
        return [arts[i:i + size] for i in range(0, len(arts), size)]

    dated = articles(a.articles, a.per_day, 0.0)
    runs = {"dated": lambda: cut(dated),
            "undated": lambda: cut(articles(a.articles, a.per_day, a.undated)),
            "backfill": lambda: cut(dated)[::-1]}
    for name, batches in runs.items():
        if a.only in (None, name):
            scenario(name, batches())


if __name__ == "__main__":
    main()
