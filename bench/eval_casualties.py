#!/usr/bin/env python3
"""Precision and recall of casualty counts on tests/fixtures/casualties_gold.jsonl (invented sentences).

Usage: bench/eval_casualties.py [GOLD.jsonl] [--show]
A predicted count is right when its kind (killed, injured, arrested, missing) and number match a gold
count of the same sentence; qualifier and victims are scored on the matched counts. Prints the figures.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.pipeline import process  # noqa: E402
from dateline.records import RawArticle  # noqa: E402

KINDS = ("killed", "injured", "arrested", "missing")


def counts(items):
    for it in items:
        for k in KINDS:
            if it.get(k) is not None:
                yield (k, it[k]), it


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT / "tests/fixtures/casualties_gold.jsonl"))
    ap.add_argument("--show", action="store_true", help="print every miss and false alarm")
    args = ap.parse_args()
    rows = [json.loads(l) for l in open(args.gold, encoding="utf-8") if l.strip()]
    # a blank first line keeps the sentence from being taken as the headline
    raws = [RawArticle(id=str(i), text="\n\n" + r["text"], origin=f"gold {i}") for i, r in enumerate(rows)]
    tp = fp = fn = qual_ok = vict_ok = 0
    for row, art in zip(rows, process(raws)):
        pred = list(counts([c.to_dict() for c in art.casualties]))
        gold = list(counts(row["casualties"]))
        left = list(gold)
        for key, p in pred:
            hit = next((g for g in left if g[0] == key), None)
            if hit is None:
                fp += 1
                if args.show:
                    print("FALSE", key, repr(p.get("text")), "|", row["text"])
                continue
            left.remove(hit)
            tp += 1
            qual_ok += p.get("qualifier") == hit[1].get("qualifier")
            vict_ok += p.get("victims") == hit[1].get("victims")
            if args.show and (p.get("qualifier"), p.get("victims")) != (hit[1].get("qualifier"), hit[1].get("victims")):
                print("DETAIL", key, (p.get("qualifier"), p.get("victims")), "gold",
                      (hit[1].get("qualifier"), hit[1].get("victims")), "|", row["text"])
        fn += len(left)
        if args.show:
            for key, _ in left:
                print("MISSED", key, "|", row["text"])
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"casualties: {len(rows)} sentences, gold {tp + fn}, predicted {tp + fp}, right {tp}")
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    if tp:
        print(f"on the {tp} right counts: qualifier right {qual_ok}/{tp}, victims right {vict_ok}/{tp}")


if __name__ == "__main__":
    main()
