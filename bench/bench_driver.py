#!/usr/bin/env python3
"""The ingest driver's memory does not grow with the corpus: its RSS after reading and planning 10,000 and
100,000 articles (target: within 10%).

Writes --articles synthetic JSON lines (about 1.5 kB each) and a store that already holds every other one
of them (so the plan both skips and keeps), then runs the streaming plan of `dateline ingest`
(`run.local.Flight`: reads, looks up in the store a batch at a time, yields chunks) with the NLP left out:
each chunk comes back as analysed at once, so what is measured is the driver alone. Prints the RSS at every
--every articles and the ratio last / first. (The NLP's cost is the workers', see bench/bench_memory.py.)

    .venv/bin/python bench/bench_driver.py [--articles 100000] [--every 10000] [--keep DIR]
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import pathlib
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        import os

        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--every", type=int, default=10_000)
    args = ap.parse_args()
    from bench_memory import story
    import random

    from dateline.records import Failure
    from dateline.run.local import Flight, Reporter, Summary
    from dateline.store import Store, text_hash

    rng = random.Random(3)
    with tempfile.TemporaryDirectory(prefix="dateline-driver-") as tmp:
        feed = pathlib.Path(tmp) / "feed.jsonl"
        db = pathlib.Path(tmp) / "d.duckdb"
        with Store.open(db) as store:
            store.con.execute("BEGIN")
            with open(feed, "w", encoding="utf-8") as handle:
                rows = []
                for i in range(args.articles):
                    s = story(i, rng)
                    s["text"] += " More words follow here to make a news-sized text." * 20
                    handle.write(json.dumps(s) + "\n")
                    if i % 2:
                        rows.append((s["id"], s["text"], text_hash(s["text"])))
                now = dt.datetime(2026, 1, 1)
                store.con.executemany("INSERT INTO articles (id, text, text_hash, ingested_at) VALUES (?, ?, ?, ?)",
                                      [(i, t, h, now) for i, t, h in rows])
            store.con.execute("COMMIT")
        del rows
        gc.collect()
        samples = []
        began = time.monotonic()
        with Store.open(db) as store:
            from dateline.read import read

            summary = Summary()
            flight = Flight(read([str(feed)]), store, summary, Reporter())
            seen, mark = 0, args.every
            for chunk in flight.chunks(4):
                for raw in chunk:                        # "analysed": comes straight back
                    flight.returned(Failure(raw.origin, "not analysed (bench)", raw.id))
                seen = summary.total
                while seen >= mark:
                    samples.append({"articles": mark, "rss_mb": round(rss_mb(), 1),
                                    "seconds": round(time.monotonic() - began, 1)})
                    print(json.dumps(samples[-1]), file=sys.stderr, flush=True)
                    mark += args.every
        print(json.dumps({"articles": args.articles, "planned": flight.planned, "unchanged": summary.unchanged,
                          "first_rss_mb": samples[0]["rss_mb"], "last_rss_mb": samples[-1]["rss_mb"],
                          "ratio_last_first": round(samples[-1]["rss_mb"] / samples[0]["rss_mb"], 3),
                          "file_mb": round(feed.stat().st_size / 1e6, 1)}))


if __name__ == "__main__":
    main()
