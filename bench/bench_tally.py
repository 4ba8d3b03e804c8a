#!/usr/bin/env python3
"""What the runners' seen-id bookkeeping (`run/local.py`'s `Tally`) costs per lookup batch as a run reads more ids
(user54; review53d measured ~36 ms more per 100,000 ids already read, per batch of 500, with the old temporary table).

A file store in a temporary folder; one `Tally`, fed as the process runner feeds it (`Tally.see`, a batch at a time).
The ids are invented URLs of hashed numbers (no order a zone map could use, as real ids). The record is filled to each
level with batches of --fill new ids (50,000), then --rounds batches of --batch copies are timed there: 99% new ids and 1% ids
read before (half with their text, half with another: the paths that update the record). Also timed at each level:
`Store.hashes_of` and `Store.written_since` for a batch against a store whose `articles` table holds as many rows
(--articles; the runners' other look-ups per batch, which grow with the store, not with the run). Prints one line
per level: ids seen, ms per batch (median wall time, and the median CPU time of the process, all its threads:
steadier than wall time on a shared machine), the process's resident memory now and its peak (user55: the record
was a DuckDB temporary table whose index lived in memory; it is now an SQLite file, whose size on disk is printed
when there is one), and at the end the time and peak memory of the run's end count (`Tally.finish`).

    PYTHONPATH=src .venv/bin/python bench/bench_tally.py [--levels 100000,250000,500000,1000000,2000000]
                                                          [--batch 500] [--rounds 7] [--articles] [--fill 50000]
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import resource
import statistics
import sys
import tempfile
import time


def ids(a: int, b: int) -> list[str]:
    return [f"https://news.invented.example/{hashlib.md5(str(i).encode()).hexdigest()}/story" for i in range(a, b)]


def copies(batch: list[str], tag: str) -> list[tuple[str, str, str]]:
    return [(i, hashlib.sha256((i + tag).encode()).hexdigest(), f"feed-{tag}.jsonl") for i in batch]


def fill_articles(store, a: int, b: int) -> None:
    """Minimal `articles` rows (bench only: the look-ups read id, text_hash and ingested_at)."""
    batch = ids(a, b)
    store.con.execute(
        "INSERT INTO articles (id, text, text_hash, origin, ingested_at) SELECT unnest(?::VARCHAR[]), '', "
        "unnest(?::VARCHAR[]), 'bench', now()::TIMESTAMP", [batch, [hashlib.sha256(i.encode()).hexdigest() for i in batch]])


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def record_mb(store) -> str:
    seen = getattr(store, "_seen", None)
    path = getattr(seen, "path", None)
    return f"{path.stat().st_size / 2 ** 20:>9.0f}" if path is not None and path.exists() else f"{'-':>9}"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--levels", default="100000,250000,500000,1000000,2000000")
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--fill", type=int, default=50_000, help="ids a batch holds while the record is filled to a level "
                    "(the process runner's batches hold 500, the Dask driver's a shard)")
    ap.add_argument("--articles", action="store_true", help="also time hashes_of / written_since on a store this big")
    args = ap.parse_args(argv)
    from dateline.run.local import Reporter, Summary, Tally
    from dateline.store import Store

    levels = [int(x) for x in args.levels.split(",")]
    with tempfile.TemporaryDirectory(prefix="dateline-bench-tally-") as tmp:
        store = Store.open(f"{tmp}/bench.duckdb")
        tally = Tally(store, Summary(), Reporter())
        seen = stored = 0
        fresh = 10 ** 9                                  # new ids for the timed batches, apart from the filled ones
        since = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        print(f"{'ids seen':>10}  {'see ms/batch':>12}  {'min':>6}  {'max':>6}  {'CPU ms':>6}"
              + (f"  {'hashes_of ms':>12}  {'written_since ms':>16}" if args.articles else "")
              + "   RSS MB  peak MB  record MB")
        for level in levels:
            while seen < level:
                step = min(args.fill, level - seen)
                tally.see(copies(ids(seen, seen + step), "a"))
                seen += step
            while args.articles and stored < level:
                step = min(100_000, level - stored)
                fill_articles(store, stored, stored + step)
                stored += step
            times, cpus, looks, since_times = [], [], [], []
            for r in range(args.rounds):
                new = ids(fresh, fresh + args.batch - args.batch // 100)
                fresh += len(new)
                again = ids(r * 997, r * 997 + args.batch // 100)                  # read before: 1%
                batch = copies(new, "a") + copies(again[::2], "a") + copies(again[1::2], "b")
                began, cpu = time.perf_counter(), time.process_time()
                tally.see(batch)
                times.append((time.perf_counter() - began) * 1000)
                cpus.append((time.process_time() - cpu) * 1000)
                if args.articles:
                    probe = [c[0] for c in batch[::2]] + ids(r * 1009, r * 1009 + args.batch // 2)
                    began = time.perf_counter()
                    store.hashes_of(probe)
                    looks.append((time.perf_counter() - began) * 1000)
                    began = time.perf_counter()
                    store.written_since(probe[:4], since)              # the writer's look-up: a chunk of 4
                    since_times.append((time.perf_counter() - began) * 1000)
            line = (f"{level:>10,}  {statistics.median(times):>12.1f}  {min(times):>6.1f}  {max(times):>6.1f}"
                    f"  {statistics.median(cpus):>6.1f}")
            if args.articles:
                line += f"  {statistics.median(looks):>12.1f}  {statistics.median(since_times):>16.1f}"
            print(line + f"  {rss_mb():>7.0f}  {peak_mb():>7.0f}  {record_mb(store)}", flush=True)
        began = time.perf_counter()
        tally.finish(since)
        print(f"finish: {(time.perf_counter() - began) * 1000:.0f} ms over {tally.total:,} copies; RSS "
              f"{rss_mb():.0f} MB, peak {peak_mb():.0f} MB")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
