#!/usr/bin/env python3
"""Precision and recall by confidence floor from an events_cached.py pickle (no re-run): for each set, the scorer's
figures when events under each floor are dropped, as bench/article_events.py --thresholds prints them.
usage: .venv/bin/python bench/devtools/thresholds_pkl.py RUN.pkl [SETS]   (SETS default dev,tune,kept)"""
import json, pathlib, pickle, sys
root = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(root / "bench")); sys.path.insert(0, str(root / "src"))
import article_events as ae
res = pickle.load(open(sys.argv[1], "rb"))
names = (sys.argv[2] if len(sys.argv) > 2 else "dev,tune,kept").split(",")
sets = ae.load_sets(names)
for name in names:
    gold = sets[name]
    system = [res[name][g["id"]] for g in gold if g["id"] in res[name]]
    for th in (0.0, 0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8):
        s = ae.score(gold, ae.above(system, th))
        print(name, th, s["system_events"], s["type_precision"], s["type_recall"], s["dyad_precision"], s["dyad_recall"])
