#!/usr/bin/env python3
"""Print each TempEval gold DATE we miss or resolve wrongly, with context, our value and the gold value.

Usage: date_errors.py GOLD.jsonl OUT.jsonl [INPUT.jsonl] [--half odd|even|all]
Documents sorted by id; 'even' = indices 0,2,4..., 'odd' = 1,3,5...  Also prints the half's score
(recall, value_accuracy) so error analysis can stay on one half and the other half is a check.
"""
import json, sys

def main(argv):
    half = "all"
    if "--half" in argv:
        i = argv.index("--half"); half = argv[i + 1]; del argv[i:i + 2]
    gold_path, out_path = argv[:2]
    gold = {r["id"]: r["timexes"] for r in map(json.loads, open(gold_path, encoding="utf-8"))}
    outs = {r["id"]: r for r in map(json.loads, open(out_path, encoding="utf-8"))}
    texts = {}
    if len(argv) > 2:
        texts = {r["id"]: r.get("text", "") for r in map(json.loads, open(argv[2], encoding="utf-8"))}
    ids = sorted(gold)
    if half == "even":
        ids = ids[0::2]
    elif half == "odd":
        ids = ids[1::2]
    quiet = "--quiet" in argv
    n = found = right = 0
    for doc in ids:
        mine = (outs.get(doc) or {}).get("dates") or []
        text = texts.get(doc, "")
        pub = (outs.get(doc) or {}).get("published")
        for t in gold[doc]:
            if t["type"] != "DATE":
                continue
            n += 1
            over = [d for d in mine if min(d["end"], t["end"]) > max(d["start"], t["start"])]
            found += bool(over)
            ok = any(str(d.get("value")) == t["value"] for d in over)
            right += ok
            if ok or quiet:
                continue
            ctx = text[max(0, t["start"] - 70):t["end"] + 50].replace("\n", " ") if text else ""
            ours = ", ".join(f"{d.get('text')!r}={d.get('value')}" for d in over) or "MISSED"
            print(f"{doc} pub={pub} gold {text[t['start']:t['end']]!r}={t['value']}  ours {ours}\n    ...{ctx}...")
    print(json.dumps({"half": half, "docs": len(ids), "gold_dates": n, "recall": round(found / max(n, 1), 3),
                      "value_accuracy": round(right / max(n, 1), 3)}))

if __name__ == "__main__":
    main(sys.argv[1:])
