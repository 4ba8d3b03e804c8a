#!/usr/bin/env python3
"""Compare the extractors' CPU of two versions of dateline in one process, article by article in turn.

Usage: bench/bench_pair.py TREE_A TREE_B [--polnear N] [--wire N] [--rounds N]
TREE_A and TREE_B are work trees (or `git archive` copies) holding src/dateline; each package is copied under
another name into a temporary folder and imported beside the other. The articles (the first N polnear-train
texts and the last N of each wire set, places-lgl and casualties-gva) are parsed once, by A; then every round
analyses each article (every extractor, `to_dict`, JSON) with A and with B in turn, the order changing from one
article to the next, and sums each version's process CPU, with each version's own garbage-collector thresholds
(`pipeline.GC_THRESHOLDS`, where it has them). A load that comes and goes meets both alike, so the ratio B/A holds
on a shared machine where `bench_extract.py` runs move by more than the difference; the first round still carries
B's first uses (read the later ones). Prints a JSON line: CPU per round of each, B/A per round, and whether the two
wrote the same JSON for every article.
"""
from __future__ import annotations

import argparse
import gc
import importlib
import json
import pathlib
import shutil
import sys
import tempfile
import time

DEVSETS = pathlib.Path(__file__).resolve().parents[2] / "shared" / "devsets"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tree_a")
    ap.add_argument("tree_b")
    ap.add_argument("--polnear", type=int, default=150, help="the first N polnear-train texts")
    ap.add_argument("--wire", type=int, default=15, help="the last N texts of each wire set")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--devsets", default=str(DEVSETS))
    args = ap.parse_args()

    root = tempfile.mkdtemp(prefix="bench_pair.")
    for tree, name in ((args.tree_a, "dateline_a"), (args.tree_b, "dateline_b")):
        shutil.copytree(pathlib.Path(tree) / "src" / "dateline", pathlib.Path(root) / name)
    sys.path.insert(0, root)
    try:
        run(args, importlib.import_module("dateline_a.pipeline"), importlib.import_module("dateline_b.pipeline"))
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(args, pa, pb) -> None:
    read = importlib.import_module("dateline_a.read").read
    sets = pathlib.Path(args.devsets)
    raws = [r for r in read([str(sets / "polnear-train" / "text")]) if not hasattr(r, "message")][:args.polnear]
    for wire in ("places-lgl", "casualties-gva"):
        raws += [r for r in read([str(sets / wire / "input.jsonl")]) if not hasattr(r, "message")][-args.wire:]
    pa.warm_up()
    contexts = list(pa.parsed([(r, pa.structure(r)) for r in map(pa.normalised, raws)]))
    texts = [ctx.doc.user_data["dateline.text"] for ctx in contexts]   # (kept by `parsed`, dropped by `analysed`)
    versions = {"a": pa, "b": pb}
    for ctx, text in list(zip(contexts, texts))[:40]:                # both versions' lexicons and caches made
        for p in versions.values():
            ctx.doc.user_data["dateline.text"] = text
            p.analysed(ctx)
    gc.collect()
    gc.freeze()
    default = gc.get_threshold()
    thresholds = {v: getattr(p, "GC_THRESHOLDS", default) for v, p in versions.items()}
    cpu = {"a": [], "b": []}
    same = True
    for r in range(args.rounds):
        spent = {"a": 0.0, "b": 0.0}
        for k, (ctx, text) in enumerate(zip(contexts, texts)):
            out = {}
            for v in ("a", "b") if (k + r) % 2 == 0 else ("b", "a"):
                gc.set_threshold(*thresholds[v])
                ctx.doc.user_data["dateline.text"] = text
                c = time.process_time()
                out[v] = json.dumps(versions[v].analysed(ctx).to_dict(), ensure_ascii=False)
                spent[v] += time.process_time() - c
            same = same and out["a"] == out["b"]
        for v in cpu:
            cpu[v].append(round(spent[v], 3))
    gc.set_threshold(*default)
    print(json.dumps({"articles": len(contexts), "rounds": args.rounds, "a_cpu_s": cpu["a"], "b_cpu_s": cpu["b"],
                      "b_over_a": [round(b / a, 3) for a, b in zip(cpu["a"], cpu["b"])], "same_output": same}))


if __name__ == "__main__":
    main()
