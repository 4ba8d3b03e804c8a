"""Session 54 local draw (the lead's, seed 20261215): casualties-gva shooting reports of 600-4,000 characters in no gold
set and in the even half (bench/eval_realnews.py keeps the odd half apart for casualties), of no incident that a gold set's casualties-gva or dedup-gva text reports, one text per incident, shuffled; tune53
(act54b) is lines 1-8. Prints id and file value per line. Reproduces the draw only on a tree before tune53.
Usage: draw54_gva.py [TREE] (default: this tree; draw_common)."""
import json
import sys

import draw_common as dc

ROOT = dc.tree(sys.argv)
from article_events import _jsonl_texts  # noqa: E402  (the tree's own, after dc.tree)

used = dc.article_ids(ROOT)
D = dc.devsets(ROOT)
incident = {}
for kind in ("casualties-gva", "dedup-gva"):
    for l in open(D / kind / "gold.jsonl"):
        r = json.loads(l)
        incident[r["id"]] = r.get("incident")
gold_incidents = {incident.get(a) for a in used} - {None}
per_incident = {}
for aid, text in sorted(_jsonl_texts("casualties-gva/input.jsonl").items()):
    inc = incident.get(aid)
    if int(aid.split("-")[1]) % 2 or aid in used or inc in gold_incidents or not 600 <= len(text) <= 4000 or inc in per_incident:
        continue
    per_incident[inc] = aid
for n in dc.shuffled(per_incident.values(), 20261215):
    print(n, f"casualties-gva/input.jsonl#{n}", sep="\t")
