"""Fit the event confidence weights (src/dateline/data/event_confidence.json) on article-level event gold.

Each asserted event dateline extracts from a gold article is labelled 1 when a gold entry of its sentence lists
its type (required or optional: a real event of that type), else 0. A logistic regression with an L2 penalty is
fitted on the `dev` and `tune` sets of bench/article_events.py and measured on `kept`, which it never sees: the
reliability table (mean confidence vs share correct, by bin) and precision/recall of the scorer by threshold.

Usage: .venv/bin/python scripts/train_confidence.py [--no-save] [--l2 1.0] [--cv 5]

--cv K: K-fold cross-validation over the dev + tune articles (each fold's confidences from weights fitted on the
other folds), printing the scorer's figures on dev + tune at each --min-confidence threshold: the honest way to
choose a threshold without looking at the kept set.
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
    return [(f, lab) for _, _, feats, labels, asserted in analysed(gold)
            for f, lab, ok in zip(feats, labels, asserted) if ok]


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


def analysed(gold: list[dict]):
    """(gold article, its output dict, each asserted event's (features, label)) for every gold article."""
    from dateline.pipeline import process
    from dateline.records import Article, RawArticle

    by_id = {g["id"]: g for g in gold}
    raws = [RawArticle(id=g["id"], text=g["text"], published=g.get("published"), origin=g["id"]) for g in gold]
    out = []
    for art in process(raws):
        if not isinstance(art, Article):
            continue
        entries = by_id[art.id]["events"]
        d = art.to_dict()
        feats = [dict(ev.features) for ev in art.events]
        labels = [int(any(x["sentence"][0] <= ev.trigger.start < x["sentence"][1] and ev.type in x["types"]
                          for x in entries)) for ev in art.events]
        asserted = [not (ev.negated or ev.hypothetical) for ev in art.events]
        out.append((by_id[art.id], d, feats, labels, asserted))
    return out


def cross_validate(gold: list[dict], k: int, l2: float, thresholds=(0.0, 0.3, 0.4, 0.5, 0.6, 0.7)) -> list[dict]:
    """Scorer figures over the gold articles when each fold's confidences come from the other folds' weights."""
    import article_events as ae

    arts = analysed(gold)
    names = sorted({n for _, _, feats, _, _ in arts for f in feats for n in f})
    conf: dict[tuple[str, int], float] = {}
    for fold in range(k):
        train = [(f, lab) for i, (_, _, feats, labels, ok) in enumerate(arts) if i % k != fold
                 for f, lab, a in zip(feats, labels, ok) if a]
        w = dict(zip(names, fit(train, names, l2)))
        for i, (g, _, feats, _, _) in enumerate(arts):
            if i % k == fold:
                for j, f in enumerate(feats):
                    conf[(g["id"], j)] = 1 / (1 + np.exp(-sum(w.get(n, 0.0) * v for n, v in f.items())))
    rows = []
    for th in thresholds:
        system = [dict(d, events=[e for j, e in enumerate(d["events"]) if conf[(g["id"], j)] >= th])
                  for g, d, _, _, _ in arts]
        r = ae.score([g for g, *_ in arts], system)
        rows.append({"min_confidence": th, **{key: r[key] for key in (
            "system_events", "type_precision", "type_recall", "dyad_precision", "dyad_recall")}})
    return rows


def main(argv=None) -> None:
    import article_events as ae

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--cv", type=int, default=0, metavar="K")
    args = ap.parse_args(argv)
    if args.cv:
        sets = ae.load_sets(["dev", "tune"])
        for row in cross_validate(sets["dev"] + sets["tune"], args.cv, args.l2):
            print(json.dumps(row))
        return
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
