#!/usr/bin/env python3
"""Session 53's local draw (the lead): dedup-gva shooting/local reports of 1,200-5,000 characters in no actor gold set,
of no incident that any gold set's dedup-gva article reports, named in no file of bench/, docs/, tests/, scripts/, src/;
one article per incident; seeded shuffle 20261211; prints id and file, one a line. Usage: draw53.py [TREE] (default:
this tree; it was /work/main before tidy54's draw_common)."""
import json
import sys

import draw_common as dc

ROOT = dc.tree(sys.argv)
SH = dc.devsets(ROOT) / "dedup-gva"
used = dc.bench_ids(ROOT)
gold = {json.loads(l)["id"]: json.loads(l) for l in open(SH / "gold.jsonl")}
rows = [json.loads(l) for l in open(SH / "input.jsonl")]
bad_inc = {gold[r["id"]]["incident"] for r in rows if r["id"] in used}
rows = [r for r in rows if 1200 <= len(r["text"]) <= 5000 and r["id"] not in used and gold[r["id"]]["incident"] not in bad_inc]
named = dc.named(ROOT, (r["id"] for r in rows))
seen = set()
for r in dc.shuffled((r for r in rows if r["id"] not in named), 20261211, key=lambda r: r["id"]):
    inc = gold[r["id"]]["incident"]
    if inc in seen:
        continue
    seen.add(inc)
    print(r["id"], "dedup-gva/input.jsonl", sep="\t")
