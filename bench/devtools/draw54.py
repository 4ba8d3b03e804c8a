"""Session 54 actor gold draw (the lead's, seed 20261214; draw51.py on the tree after tune46-51): GeoVirus and L3S-GN1 texts of 600-4,000 characters in no gold
set (GeoVirus: its even half only; bench/eval_realnews.py keeps the odd half apart for places), shuffled; tune54 (act54c) is lines 1-8, tune55 (act55a) lines 9-16. Prints id and file value per line.
Usage: draw54.py [TREE] (default: this tree; draw_common)."""
import collections
import sys

import draw_common as dc

ROOT = dc.tree(sys.argv)
from article_events import _jsonl_texts  # noqa: E402  (the tree's own, after dc.tree)

used = dc.article_ids(ROOT)
KINDS = ("places-lgl/input.jsonl", "casualties-gva/input.jsonl", "places-geovirus/input.jsonl", "html-l3s-gn1/gold.jsonl")
seen = set()
for f in ["bench/identity_free39b.txt", "bench/identity_free39c.txt", "bench/identity_free40.txt", "bench/actors/precision41.tsv"]:
    seen |= set(open(ROOT / f).read().split())
pool = collections.defaultdict(list)
for path in KINDS:
    for aid, text in _jsonl_texts(path).items():
        if aid not in used and 600 <= len(text) <= 4000:
            pool[path].append((aid, len(text), any(aid in s for s in seen)))
for k, v in pool.items():
    print(k, len(v), "seen", sum(x[2] for x in v), file=sys.stderr)
names = dc.shuffled((f"{p}#{a}" for p, v in pool.items() for a, _, s in v
                     if p.startswith("html-l3s") or p.startswith("places-geovirus") and int(a.split("-")[1]) % 2 == 0),
                    20261214)
for n in names:
    print(n.split("#")[1], n, sep="\t")
