#!/usr/bin/env python3
"""Incident clustering on the dedup-gva dev set: ingest it, write each article's story cluster, score both halves.

Usage: bench/eval_dedup.py [--db PATH] [--errors OUT.jsonl] [--set DIR] [--runs N]

Ingests DIR/input.jsonl into the store at --db (a fresh temporary one by default; an existing store is reused as it
is: ingest skips what it holds), writes `{id, cluster}` per article from `dateline.store.query.stories` (the cluster of
the article's lead event, docs/stories.md) and scores it with shared/eval/score_dedup.py on two halves of the
incidents: `dev` (sha1 of the gold incident id even), whose errors may be looked at, and `held` (odd), whose errors
are never written. --errors writes the dev half's errors only. --runs N splits the input into N consecutive parts
ingested one after the other into the same store (a feed resumed or added to: the stories must be those of one run).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if not SHARED.exists():
    SHARED = pathlib.Path("/work/shared")
sys.path.insert(0, str(ROOT / "src"))


def half(incident: str) -> str:
    return "dev" if hashlib.sha1(incident.encode()).digest()[0] % 2 == 0 else "held"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db")
    ap.add_argument("--errors")
    ap.add_argument("--set", default=str(SHARED / "devsets" / "dedup-gva"))
    ap.add_argument("--runs", type=int, default=1)
    a = ap.parse_args()
    import time

    import dateline.stories as linking
    from dateline.run.local import ingest
    from dateline.store import Store
    from dateline.store.query import stories

    spent = [0.0]
    real_link = linking.link

    def timed_link(store, articles, **kw):        # how much of the ingest the linking step takes
        began = time.monotonic()
        try:
            return real_link(store, articles, **kw)
        finally:
            spent[0] += time.monotonic() - began

    linking.link = timed_link

    folder = pathlib.Path(a.set)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="eval_dedup."))
    db = a.db or str(tmp / "dedup.duckdb")
    with Store.open(db) as store:
        lines = (folder / "input.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        size = -(-len(lines) // max(1, a.runs))
        for n, lo in enumerate(range(0, len(lines), size)):
            part = tmp / f"input.{n}.jsonl"
            part.write_text("".join(lines[lo:lo + size]), encoding="utf-8")
            spent[0] = 0.0
            summary = ingest([str(part if a.runs > 1 else folder / "input.jsonl")], store, workers=1)
            print(summary.line(), file=sys.stderr)
            if summary.stored:
                print(f"linking: {spent[0]:.1f}s of the {summary.seconds:.1f}s ingest "
                      f"({100 * spent[0] / summary.seconds:.1f}%, {1000 * spent[0] / summary.stored:.0f} ms/article)")
        rows = stories(store)
    system = tmp / "clusters.jsonl"
    system.write_text("".join(json.dumps({"id": r["id"], "cluster": r["cluster"]}) + "\n" for r in rows))
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines() if line.strip()]
    for name in ("dev", "held"):
        part = tmp / f"gold.{name}.jsonl"
        part.write_text("".join(json.dumps(g) + "\n" for g in gold if half(str(g["incident"])) == name))
        cmd = [sys.executable, str(SHARED / "eval" / "score_dedup.py"), str(system), str(part)]
        if name == "dev" and a.errors:
            cmd += ["--errors", a.errors]
        out = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        b, p = out["bcubed"], out["pairwise"]
        base = out["baselines"]["singletons"]["bcubed"]["f1"]
        print(f"{name:4}  articles {out['articles']:3}  incidents {out['gold_incidents']:3}  clusters "
              f"{out['system_clusters']:3}  B-cubed P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['f1']:.3f}  "
              f"pairwise P {p['precision']:.3f} R {p['recall']:.3f} F1 {p['f1']:.3f}  (singletons F1 {base:.3f})")


if __name__ == "__main__":
    main()
