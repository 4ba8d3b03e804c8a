#!/usr/bin/env python3
"""Time `dateline ingest --workers 1` against `--workers 2` into fresh stores, and print the speed-up ratio.

Usage: bench/bench_ingest.py [FOLDER] [--limit N] [--workers-b N] [--rounds N]
FOLDER defaults to ../shared/devsets/polnear-train/text. Each run is the real command in its own process,
into a new store, start-up (spaCy loading) included; rounds alternate 1 and N workers and the best time of
each is kept, which damps the noise of a shared machine. Also checks both stores hold the same counts
(both runs use a copy of src/ taken at the start). The figure means something only on an otherwise idle
machine: Linux gives each session (autogroup) an equal share of a busy CPU, so while other sessions keep
the cores busy, two workers get no more CPU than one.
Prints a JSON line: {"articles", "workers_1_s", "workers_N_s", "ratio", ..., "load_avg_before"/"_after"}:
the 1-minute load average, since other work on the machine takes cores from the workers.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


def run(folder: pathlib.Path, db: pathlib.Path, workers: int, src: pathlib.Path) -> float:
    for p in (db, db.with_name(db.name + ".wal")):
        p.unlink(missing_ok=True)
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dateline.cli", "ingest", str(folder), "--db", str(db),
                    "--workers", str(workers)], check=True, stderr=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONPATH": str(src)})
    return time.perf_counter() - began


def counts(db: pathlib.Path) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from dateline.store import Store

    with Store.open(db, read_only=True) as s:
        return s.counts()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared/devsets/polnear-train/text"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N files (0: all)")
    ap.add_argument("--workers-b", type=int, default=2, help="the worker count compared with 1")
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args()
    source = pathlib.Path(args.folder)
    if not source.is_dir():
        sys.exit(f"bench_ingest: no folder {source}")
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        tmp = pathlib.Path(tmp)
        folder = source
        files = sorted(source.glob("*.txt"))
        if args.limit:
            folder = tmp / "texts"
            folder.mkdir()
            for f in files[:args.limit]:
                shutil.copy(f, folder / f.name)
            files = files[:args.limit]
        src = tmp / "src"                     # both runs use one copy of the code, even if the tree changes meanwhile
        shutil.copytree(ROOT / "src", src, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        load_before = os.getloadavg()[0]
        best = {1: float("inf"), args.workers_b: float("inf")}
        for _ in range(args.rounds):
            for w in (1, args.workers_b):
                best[w] = min(best[w], run(folder, tmp / f"w{w}.duckdb", w, src))
        c1, c2 = counts(tmp / "w1.duckdb"), counts(tmp / f"w{args.workers_b}.duckdb")
        print(json.dumps({"articles": len(files), "cores": os.cpu_count(), "workers_1_s": round(best[1], 2),
                          f"workers_{args.workers_b}_s": round(best[args.workers_b], 2),
                          "ratio": round(best[1] / best[args.workers_b], 2), "same_counts": c1 == c2,
                          "stored": c1["articles"], "events": c1["events"], "quotes": c1["quotes"],
                          "load_avg_before": round(load_before, 2), "load_avg_after": round(os.getloadavg()[0], 2)}))


if __name__ == "__main__":
    main()
