#!/usr/bin/env python3
"""CPU per article of a cluster run's own store work: writing Parquet parts (a worker's) and loading them into a
store (the driver's), on analysed articles taken from an existing store (no NLP here).

Usage: PYTHONPATH=src bench/bench_parts.py STORE [--part N] [--rounds R]
STORE: a store filled by `dateline ingest` (e.g. one kept by bench/bench_dask.py --keep DIR). Its articles are
written as parts of N articles (default 40) into a temporary folder, then loaded into a new store file, part by
part; best of R rounds (default 3). Prints one JSON line: process CPU seconds (DuckDB's threads included) per
article for writing, loading, and rebuilding the records the driver links (`Article.from_dict`, inside loading).
Run it against two source trees (PYTHONPATH) to compare two versions of store/parts.py.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import tempfile
import time


def main() -> None:
    from dateline.store import Store
    from dateline.store.parts import load_part, write_part

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--part", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with Store.open(args.store, read_only=True) as s:
        rows = s.con.execute("SELECT id, origin FROM articles ORDER BY id").fetchall()
        articles = [(s.get_article(i), origin or "") for i, origin in rows]
    best = {"write": float("inf"), "load": float("inf")}
    for r in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="dateline-bench-parts-") as tmp:
            tmp = pathlib.Path(tmp)
            cpu = time.process_time()
            names = []
            for n, i in enumerate(range(0, len(articles), args.part)):
                names.append(f"p{n:04d}")
                write_part(tmp / "parts", names[-1], articles[i:i + args.part], [])
            best["write"] = min(best["write"], time.process_time() - cpu)
            with Store.open(tmp / "s.duckdb") as store:
                cpu = time.process_time()
                for name in names:
                    load_part(store, tmp / "parts" / name, written=[])
                best["load"] = min(best["load"], time.process_time() - cpu)
                counts = store.counts()
    n = len(articles)
    print(json.dumps({"articles": n, "part": args.part, "rounds": args.rounds,
                      "write_ms_per_article": round(1000 * best["write"] / n, 2),
                      "load_ms_per_article": round(1000 * best["load"] / n, 2),
                      "events": counts.get("events"), "actors": counts.get("actors")}))


if __name__ == "__main__":
    main()
