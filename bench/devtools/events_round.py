#!/usr/bin/env python3
"""Score a tree on new-round gold files: events_round.py TREE OUT.pkl GOLD.jsonl... (by kind: html, lgl, geovirus, gva)"""
import json, os, pathlib, pickle, sys
tree = pathlib.Path(sys.argv[1]).resolve()
for p in ("scripts", "bench", "src"):
    sys.path.insert(0, str(tree / p))
import article_events as ae
from train_confidence import _contexts
from dateline import pipeline
from dateline.records import Article, RawArticle
gold = []
for f in sys.argv[3:]:
    for l in open(f, encoding="utf-8"):
        if l.strip():
            g = json.loads(l); gold.append(ae._fill(g, ae.text_of(g["file"])))
raws = [RawArticle(id=g["id"], text=g["text"], published=g.get("published"), origin=g["id"]) for g in gold]
outs = {}
cache = pathlib.Path(os.environ.get("DATELINE_PARSE_CACHE", "/tmp/dateline-parse-cache"))
cache.mkdir(parents=True, exist_ok=True)
for ctx in _contexts(raws, cache):
    a = pipeline.analysed(ctx, min_confidence=None)
    if isinstance(a, Article):
        outs[a.id] = a.to_dict()
pickle.dump({"new": outs}, open(sys.argv[2], "wb"))
print("all", len(gold), sum(e["required"] for g in gold for e in g["events"]), json.dumps(ae.score(gold, [outs[g["id"]] for g in gold])))
for k in ("html", "lgl", "geovirus", "gva"):
    gk = [g for g in gold if k in g["file"].split("/")[0]]
    if gk:
        print("  ", k, len(gk), json.dumps(ae.score(gk, [outs[g["id"]] for g in gk])))
