#!/usr/bin/env python3
"""Session 53's international wire draw (the lead's /tmp/lead53/draw53_te3.txt): te3-aquaint texts (TempEval-3 AQUAINT: AP, NYT, Xinhua 1998-2000) of 1,200-5,000 characters
in the events tune half (bench/article_events.py load_sets tune), in no actor gold set and named in no file of bench/ (bench/article_events aside), docs/, tests/, scripts/, src/;
sorted by id, seeded shuffle 20261212; prints id, file and length in characters, one a line; tune51 is its lines
1-8, tune56 (act55b) its lines 9-16 (reproduces the draw only on a tree before tune51). Usage: draw53_te3.py [TREE] (default: this tree)."""
import sys

import draw_common as dc

ROOT = dc.tree(sys.argv)
import article_events as ae  # noqa: E402  (the tree's own, after dc.tree)

used = dc.actor_gold_ids(ROOT)
rows = [g for g in ae.load_sets(["tune"])["tune"] if g["file"].startswith("te3-aquaint/")
        and 1200 <= len(g["text"]) <= 5000 and g["id"] not in used]
named = dc.named(ROOT, (g["id"] for g in rows), exclude_dir="article_events")
for g in dc.shuffled((g for g in rows if g["id"] not in named), 20261212, key=lambda g: g["id"]):
    print(g["id"], g["file"], len(g["text"]), sep="\t")
