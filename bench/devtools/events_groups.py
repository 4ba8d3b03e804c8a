#!/usr/bin/env python3
"""Event precision by group on the READABLE gold only (dev and tune's even half; never the odd half nor kept): every
event a tree extracts (no floor) marked R (a required gold entry of its type in its sentence), O (an optional one), W
(the sentence has gold entries, none of its type: wrong type) or F (no entry: not an event), grouped by type, trigger
key and route (the confidence features: pattern kind, `noun` for a nominal trigger, `light` for a light verb, `given`
for a detector's event), and the groups ranked by false events and by precision (ev48).
usage: .venv/bin/python bench/devtools/events_groups.py TREE [--min N] [--floor] [--dump OUT.pkl]
--floor: only the events over the shipped floor (the default output); else every asserted event. Parses cached in
$DATELINE_PARSE_CACHE (default /tmp/dateline-parse-cache)."""
import collections, os, pathlib, pickle, sys
tree = pathlib.Path(sys.argv[1]).resolve()
minimum = int(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 8
for p in ("scripts", "bench", "src"):
    sys.path.insert(0, str(tree / p))
import article_events as ae
from train_confidence import _contexts
from dateline import pipeline
from dateline.artefacts import floor_or_default
from dateline.records import Article, RawArticle

cache = pathlib.Path(os.environ.get("DATELINE_PARSE_CACHE", "/tmp/dateline-parse-cache"))


def route(f: dict) -> str:
    kind = [x[8:] for x in f if x.startswith("pattern_")]
    out = kind[0] if kind else "+".join(sorted(x for x in f if x != "given"))
    out += "/noun" if f.get("nominal") else "/light" if f.get("light") else ""
    return out + ("/given" if "given" in f else "")


rows = []
sets = ae.load_sets(["dev", "tune"])
for name in ("dev", "tune"):
    gold = {g["id"]: g for g in sets[name]}
    ids = sorted(gold)
    readable = [i for k, i in enumerate(ids) if name == "dev" or k % 2 == 0]   # events_diff's even half
    raws = [RawArticle(id=i, text=gold[i]["text"], published=gold[i].get("published"), origin=i) for i in readable]
    for ctx in _contexts(raws, cache):
        a = pipeline.analysed(ctx, min_confidence=0)
        if not isinstance(a, Article):
            continue
        g, floor = gold[a.id], floor_or_default(None)
        for e in a.events:
            if e.negated or e.hypothetical or ("--floor" in sys.argv and not e.confident(floor)):
                continue
            here = [x for x in g["events"] if x["sentence"][0] <= e.trigger.start < x["sentence"][1]]
            hit = [x for x in here if e.type in x["types"]]
            f = dict(e.features)
            key = next((x[4:] for x in f if x.startswith("key=")), e.trigger.text.lower())
            rows.append({"id": a.id, "type": e.type, "key": key, "route": route(f), "trigger": e.trigger.text,
                         "verdict": "R" if any(x.get("required") for x in hit) else "O" if hit else "W" if here else "F",
                         "confidence": e.confidence})
if "--dump" in sys.argv:
    pickle.dump(rows, open(sys.argv[sys.argv.index("--dump") + 1], "wb"))


def table(title, group, by_false=True):
    counts = collections.defaultdict(collections.Counter)
    for r in rows:
        counts[group(r)][r["verdict"]] += 1
    out = [(k, sum(c.values()), c["R"] + c["O"], c["W"], c["F"]) for k, c in counts.items() if sum(c.values()) >= minimum]
    out.sort(key=(lambda x: -(x[3] + x[4])) if by_false else (lambda x: x[2] / x[1]))
    print(f"== {title}")
    for k, n, right, wrong, none in out[:30]:
        print(f"  {str(k)[:50]:50} n={n:4} right={right:4} wrong_type={wrong:3} no_event={none:3} P={right / n:.2f}")


print(len(rows), "asserted events", "over the floor" if "--floor" in sys.argv else "(no floor)", dict(
    collections.Counter(r["verdict"] for r in rows)))
table("route", lambda r: r["route"])
table("type, by precision", lambda r: r["type"], by_false=False)
table("(type, key, route), most false", lambda r: (r["type"], r["key"], r["route"]))
table("(type, key, route), lowest precision", lambda r: (r["type"], r["key"], r["route"]), by_false=False)
