"""Session 34 actor gold draw: 12 readable (tune38, tune39) from texts in no gold set; 6 kept (fresh29) from the
events `kept` half (odd positions, never read by anyone) not in any actor set. seed 20261207."""
import sys, pathlib, random, json
sys.path.insert(0, 'bench')
import actor_gold as g
from article_events import _jsonl_texts, load_sets
arts = g.articles()
used = {pathlib.Path(a["file"] or "").name for a in arts.values()} | set(arts)
KINDS = ("places-lgl/input.jsonl", "casualties-gva/input.jsonl", "places-geovirus/input.jsonl", "html-l3s-gn1/gold.jsonl")
pool = {}
for path in KINDS:
    for aid, text in _jsonl_texts(path).items():
        if aid not in used and 600 <= len(text) <= 4000:
            pool[f"{path}#{aid}"] = aid
names = sorted(pool); random.Random(20261207).shuffle(names)
read = names[:12]
# actor-set ids (events-gold ids labelled for actors already)
actor_ids = set()
for f in pathlib.Path('bench/actors').glob('*.jsonl'):
    for l in open(f):
        if l.strip(): actor_ids.add(json.loads(l)["id"])
kept = [r for r in load_sets(["kept"])["kept"] if r["id"] not in actor_ids and (r.get("file") or "").split("/")[0] + "/" + (r.get("file") or "/").split("/")[1].split("#")[0] in KINDS and 600 <= len(r["text"]) <= 4000]
kept.sort(key=lambda r: r["id"]); random.Random(20261207).shuffle(kept)
print("# tune38"); [print(pool[n], n, sep="\t") for n in read[:6]]
print("# tune39"); [print(pool[n], n, sep="\t") for n in read[6:]]
print("# fresh29"); [print(r["id"], r["file"], r.get("published") or "", sep="\t") for r in kept[:6]]
print("# pool sizes", len(pool), len(kept), file=sys.stderr)
