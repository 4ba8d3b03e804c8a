"""Fit the event confidence weights (src/dateline/data/event_confidence.json) on article-level event gold.

Each asserted event dateline extracts from a gold article is labelled 1 when a gold entry of its sentence lists
its type (required or optional: a real event of that type), else 0. A logistic regression with an L2 penalty is
fitted on the `dev` and `tune` sets of bench/article_events.py and measured on `kept`, which it never sees: the
reliability table (mean confidence vs share correct, by bin) and precision/recall of the scorer by threshold.

Usage: .venv/bin/python scripts/train_confidence.py [--no-save] [--l2 1.0]
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
OUT = ROOT / "src" / "dateline" / "data" / "event_confidence.json"


def labelled(gold: list[dict]):
    """(features, label) of every asserted event dateline extracts from the gold articles."""
    from dateline.pipeline import process
    from dateline.records import Article, RawArticle

    by_id = {g["id"]: g for g in gold}
    raws = [RawArticle(id=g["id"], text=g["text"], published=g.get("published"), origin=g["id"]) for g in gold]
    out = []
    for art in process(raws):
        if not isinstance(art, Article):
            continue
        entries = by_id[art.id]["events"]
        for ev in art.events:
            if ev.negated or ev.hypothetical:
                continue
            at = ev.trigger.start
            ok = any(x["sentence"][0] <= at < x["sentence"][1] and ev.type in x["types"] for x in entries)
            out.append((dict(ev.features), int(ok)))
    return out


def fit(rows, names, l2: float, steps: int = 3000, lr: float = 0.5) -> np.ndarray:
    X = np.array([[f.get(n, 0.0) for n in names] for f, _ in rows])
    y = np.array([lab for _, lab in rows], dtype=float)
    w = np.zeros(len(names))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-X @ w))
        grad = X.T @ (p - y) / len(y) + l2 * w / len(y)
        w -= lr * grad
    return w


def reliability(rows, weights: dict) -> list[dict]:
    bins = [(0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 1.01)]
    table = []
    for lo, hi in bins:
        got = []
        for f, lab in rows:
            z = sum(weights.get(k, 0.0) * v for k, v in f.items())
            p = 1 / (1 + np.exp(-z))
            if lo <= p < hi:
                got.append((p, lab))
        if got:
            table.append({"bin": f"{lo:.1f}-{min(hi, 1.0):.1f}", "events": len(got),
                          "mean_confidence": round(float(np.mean([p for p, _ in got])), 3),
                          "share_correct": round(float(np.mean([l for _, l in got])), 3)})
    return table


def main(argv=None) -> None:
    import article_events as ae

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args(argv)
    sets = ae.load_sets(["dev", "tune", "kept"])
    train = labelled(sets["dev"]) + labelled(sets["tune"])
    kept = labelled(sets["kept"])
    names = sorted({k for f, _ in train for k in f})
    w = fit(train, names, args.l2)
    weights = {n: round(float(v), 4) for n, v in zip(names, w)}
    print(json.dumps({"train_events": len(train), "train_correct": sum(l for _, l in train),
                      "kept_events": len(kept), "kept_correct": sum(l for _, l in kept)}))
    print("reliability, train (dev + tune):", json.dumps(reliability(train, weights)))
    print("reliability, kept apart:", json.dumps(reliability(kept, weights)))
    if not args.no_save:
        OUT.write_text(json.dumps({"about": "event confidence weights: scripts/train_confidence.py on the article-level "
                                            "event gold (dev + tune halves); docs/events.md",
                                   "weights": weights}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"written: {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
