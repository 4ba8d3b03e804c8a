"""Session 54 local draw (the lead's, seed 20261215): casualties-gva shooting reports of 600-4,000 characters in no gold
set and in the even half (bench/eval_realnews.py keeps the odd half apart for casualties), of no incident that a gold set's casualties-gva or dedup-gva text reports, one text per incident, shuffled; tune53
(act54b) is lines 1-8. Run from the repo root; prints id and file value per line. Reproduces the draw only on a tree
before tune53."""
import sys, pathlib, random, json
sys.path.insert(0, 'bench')
import actor_gold as g
from article_events import _jsonl_texts
arts = g.articles()
used = {pathlib.Path(a["file"] or "").name for a in arts.values()} | set(arts)
for f in pathlib.Path('bench/actors').glob('*.tsv'):
    for l in open(f):
        p = l.rstrip("\n").split("\t")
        if len(p) > 1: used.add(p[0]); used.add(p[1].split("#")[-1])
D = pathlib.Path('../shared/devsets')
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
names = sorted(per_incident.values())
random.Random(20261215).shuffle(names)
for n in names: print(n, f"casualties-gva/input.jsonl#{n}", sep="\t")
