#!/usr/bin/env python3
"""Event scores of a tree on dev/tune/kept (bench/article_events.py sets), parses cached in $DATELINE_PARSE_CACHE (default /tmp/dateline-parse-cache).
usage: .venv/bin/python events_cached.py TREE SETS OUT.pkl [--errors DIR]
prints per set and per kind (PN polnear, TE3, local = the rest) type P/R dyad P/R; pickles {set: {id: outdict}}"""
import json, os, pathlib, pickle, sys, time
tree = pathlib.Path(sys.argv[1]).resolve()
sets_wanted = sys.argv[2].split(",")
outp = pathlib.Path(sys.argv[3])
errdir = pathlib.Path(sys.argv[sys.argv.index("--errors") + 1]) if "--errors" in sys.argv else None
if errdir: errdir.mkdir(parents=True, exist_ok=True)
for p in ("scripts", "bench", "src"):
    sys.path.insert(0, str(tree / p))
import article_events as ae
from train_confidence import _contexts
from dateline import pipeline
from dateline.records import Article, RawArticle
cache = pathlib.Path(os.environ.get("DATELINE_PARSE_CACHE", "/tmp/dateline-parse-cache"))
cache.mkdir(parents=True, exist_ok=True)
t0 = time.time()
sets = ae.load_sets(sets_wanted)
res = {}
def kind(g):
    f = g.get("file") or ""
    return "PN" if f.startswith("polnear") else "TE3" if f.startswith("te3") else "local"
for name in sets_wanted:
    gold = sets.get(name, [])
    raws = [RawArticle(id=g["id"], text=g["text"], published=g.get("published"), origin=g["id"]) for g in gold]
    outs = {}
    for ctx in _contexts(raws, cache):
        a = pipeline.analysed(ctx, min_confidence=None)
        if isinstance(a, Article):
            outs[a.id] = a.to_dict()
        else:
            print("FAIL", ctx.raw.id, a, file=sys.stderr)
    res[name] = outs
    system = [outs[g["id"]] for g in gold if g["id"] in outs]
    s = ae.score(gold, system, errdir / f"{name}.errors.jsonl" if errdir and name != "kept" else None)
    print(name, len(gold), json.dumps(s))
    if name != "dev":
        for k in ("PN", "TE3", "local"):
            gk = [g for g in gold if kind(g) == k]
            if gk:
                print("  ", k, len(gk), json.dumps(ae.score(gk, [outs[g["id"]] for g in gk if g["id"] in outs])))
    sys.stdout.flush()
pickle.dump(res, open(outp, "wb"))
print("seconds", round(time.time() - t0))
