#!/usr/bin/env python3
"""Articles whose events differ between two h5 pickles, each event marked against the gold.
usage: .venv/bin/python events_diff.py A.pkl B.pkl SET [--parity even|odd]
+ / - : in B only / in A only. R: type right in gold sentence (required entry), O: optional entry, F: no entry."""
import pickle, sys, pathlib
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
import article_events as ae
a, b, name = pickle.load(open(sys.argv[1], "rb")), pickle.load(open(sys.argv[2], "rb")), sys.argv[3]
par = sys.argv[sys.argv.index("--parity") + 1] if "--parity" in sys.argv else None
gold = {g["id"]: g for g in ae.load_sets([name])[name]}
ids = sorted(gold)
def mark(g, e):
    t = e["trigger"]["start"]
    hit = [x for x in g["events"] if x["sentence"][0] <= t < x["sentence"][1] and e["type"] in x["types"]]
    return "R" if any(x.get("required") for x in hit) else "O" if hit else "F"
def key(e, names):
    return (e["type"], e["trigger"]["text"], e["trigger"]["start"],
            tuple(names.get(p.get("actor"), p["text"]) for p in e["source"]),
            tuple(names.get(p.get("actor"), p["text"]) for p in e["target"]), bool(e.get("negated")), bool(e.get("hypothetical")))
n = 0
count = {"+R": 0, "+O": 0, "+F": 0, "-R": 0, "-O": 0, "-F": 0}
for k, i in enumerate(ids):
    if par and (k % 2 == 0) != (par == "even"):
        continue
    if i not in a[name] or i not in b[name]:
        continue
    A, B = a[name][i], b[name][i]
    na = {x["id"]: x["name"] for x in A["actors"]}; nb = {x["id"]: x["name"] for x in B["actors"]}
    ka = {key(e, na): e for e in A["events"]}; kb = {key(e, nb): e for e in B["events"]}
    if set(ka) == set(kb):
        continue
    n += 1
    print("==", i)
    for kk in sorted(set(ka) - set(kb)):
        m = mark(gold[i], ka[kk]); count["-" + m] += 1
        s = ka[kk]["sentence"]; print("  -", m, kk[:2], "src", kk[3], "tgt", kk[4], "neg/hyp" if kk[5] or kk[6] else "", "|", gold[i]["text"][s["start"]:s["end"]][:200].replace("\n", " "))
    for kk in sorted(set(kb) - set(ka)):
        m = mark(gold[i], kb[kk]); count["+" + m] += 1
        s = kb[kk]["sentence"]; print("  +", m, kk[:2], "src", kk[3], "tgt", kk[4], "neg/hyp" if kk[5] or kk[6] else "", "|", gold[i]["text"][s["start"]:s["end"]][:200].replace("\n", " "))
print("articles differing:", n, count)
