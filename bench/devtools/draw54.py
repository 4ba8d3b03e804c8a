"""Session 54 actor gold draw (the lead's, seed 20261214; draw51.py on the tree after tune46-51): GeoVirus and L3S-GN1 texts of 600-4,000 characters in no gold
set (GeoVirus: its even half only; bench/eval_realnews.py keeps the odd half apart for places), shuffled; tune54 (act54c) is lines 1-8. Run from the repo root; prints id and file value per line."""
import sys, pathlib, random, json, collections
sys.path.insert(0, 'bench')
import actor_gold as g
from article_events import _jsonl_texts
arts = g.articles()
used = {pathlib.Path(a["file"] or "").name for a in arts.values()} | set(arts)
for f in pathlib.Path('bench/actors').glob('*.tsv'):
    for l in open(f):
        p = l.rstrip("\n").split("\t")
        if len(p) > 1: used.add(p[0]); used.add(p[1].split("#")[-1])
KINDS = ("places-lgl/input.jsonl", "casualties-gva/input.jsonl", "places-geovirus/input.jsonl", "html-l3s-gn1/gold.jsonl")
seen = set()
for f in ["bench/identity_free39b.txt","bench/identity_free39c.txt","bench/identity_free40.txt","bench/actors/precision41.tsv"]:
    seen |= set(open(f).read().split())
pool = collections.defaultdict(list)
for path in KINDS:
    for aid, text in _jsonl_texts(path).items():
        if aid not in used and 600 <= len(text) <= 4000:
            pool[path].append((aid, len(text), any(aid in s for s in seen)))
for k, v in pool.items():
    print(k, len(v), "seen", sum(x[2] for x in v), file=sys.stderr)
names = sorted(f"{p}#{a}" for p, v in pool.items() for a, _, s in v
               if p.startswith("html-l3s") or p.startswith("places-geovirus") and int(a.split("-")[1]) % 2 == 0)
random.Random(20261214).shuffle(names)
for n in names: print(n.split("#")[1], n, sep="\t")
