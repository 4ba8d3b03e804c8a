"""Session 57's draw (the lead's, seed 20261219): texts for new actor gold that no session-56 review, audit or draw
list had read, in three kinds. `web`: L3S-GN1 article bodies of 4,000-10,000 characters (draw54.py took those up to
4,000). `gva`: dedup-gva shooting reports of 1,200-5,000 characters, one per incident, of no incident an actor gold
set's GVA text (dedup-gva or casualties-gva) reports. `lgl`: LGL texts of the even half (the odd half is kept apart
for places) longer than 4,000 characters (draw55_lgl.py took those of 600-4,000). Every pool leaves out the texts of
the actor gold sets and the ids named by bench/prec56_audit.tsv and bench/identity_free56.txt; by their kinds and
lengths the pools hold no line of session 56's draw lists (draw52.py, draw54.py, draw54_gva.py, draw55_lgl.py, whose
lists were all used or reviewed).
Older identity audit lists (bench/identity_free*.txt) name nearly every dev text with a verdict on its lexicon
matches only, so they do not take a text out. Prints kind, id, file value and length per line, each kind's lines
shuffled (sorted, then seeded). Usage: draw57.py [TREE] (default: this tree; draw_common)."""
import json
import sys

import draw_common as dc

ROOT = dc.tree(sys.argv)
from article_events import _jsonl_texts  # noqa: E402  (the tree's own, after dc.tree)
import actor_gold  # noqa: E402

gold = actor_gold.articles()
used = set(gold) | {str(a.get("file") or "").split("#")[-1] for a in gold.values()}
s56 = set()
for f in ("bench/prec56_audit.tsv", "bench/identity_free56.txt"):
    s56 |= set(open(ROOT / f, encoding="utf-8").read().replace("#", "\t").split())
SH = dc.devsets(ROOT)


def gva_incidents() -> dict[str, str]:
    """Article id -> GVA incident, for both GVA corpora."""
    inc = {}
    for name in ("dedup-gva", "casualties-gva"):
        for line in open(SH / name / "gold.jsonl", encoding="utf-8"):
            d = json.loads(line)
            inc[d["id"]] = str(d["incident"])
    return inc


def main() -> None:
    inc = gva_incidents()
    gold_inc = {inc[a] for a in used if a in inc}
    web = [(a, f"html-l3s-gn1/gold.jsonl#{a}", len(t)) for a, t in _jsonl_texts("html-l3s-gn1/gold.jsonl").items()
           if a not in used and a not in s56 and 4000 < len(t) <= 10000]
    gva = [(a, f"dedup-gva/input.jsonl#{a}", len(t)) for a, t in _jsonl_texts("dedup-gva/input.jsonl").items()
           if a not in used and a not in s56 and 1200 <= len(t) <= 5000 and inc[a] not in gold_inc]
    lgl = [(a, f"places-lgl/input.jsonl#{a}", len(t)) for a, t in _jsonl_texts("places-lgl/input.jsonl").items()
           if a not in used and a not in s56 and len(t) > 4000 and int(a.split("-")[1]) % 2 == 0]
    for kind, rows in (("web", web), ("gva", gva), ("lgl", lgl)):
        seen = set()
        for a, name, n in dc.shuffled(rows, 20261219, key=lambda r: r[1]):
            if kind == "gva":
                if inc[a] in seen:
                    continue
                seen.add(inc[a])
            print(kind, a, name, n, sep="\t")


if __name__ == "__main__":
    main()
