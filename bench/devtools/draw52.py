#!/usr/bin/env python3
"""Session 52's campaign draw (the lead): polnear-train texts of 1,200-5,000 characters in the events tune's readable
even half (bench/article_events.py load_sets tune), in no actor gold set and named in no file of bench/ (bench/article_events aside), docs/, tests/, scripts/, src/;
seeded shuffle 20261210; prints id and file, one a line. Usage: draw52.py [TREE] (default: this tree; draw_common)."""
import sys

import draw_common as dc

ROOT = dc.tree(sys.argv)
import article_events as ae  # noqa: E402  (the tree's own, after dc.tree)

used = dc.actor_gold_ids(ROOT)
rows = [g for g in ae.load_sets(["tune"])["tune"] if g["file"].startswith("polnear-train/")
        and 1200 <= len(g["text"]) <= 5000 and g["id"] not in used]
named = dc.named(ROOT, (g["id"] for g in rows), exclude_dir="article_events")
for g in dc.shuffled((g for g in rows if g["id"] not in named), 20261210, key=lambda g: g["id"]):
    print(g["id"], g["file"], sep="\t")
