"""A third precision audit of the actors stage, on texts no actor audit judged (act44, issue 11's false-actor line).

The texts: bench/actor_free44.txt, written by `pool` (below): html-l3s-gn1 pages whose id starts with a hex digit 0-7
(ident44 took 8-f) read through dateline's HTML reader as `dateline extract` reads them, and dedup-gva lines; each in
no gold set (events dev/tune/kept, every actor set) and named in no list of bench/actors (*.jsonl and *.tsv, the
precision41/43 judgements included) or bench/article_events/, of 600-6,000 characters, and with a 6-gram overlap < 0.2
with every gold text. The brief also left out the texts of bench/identity_free*.txt, but that leaves 7 texts (every
html page 0-7 and every dedup-gva line is in a gold set or a list); those lists' identity audits read only identity
suspects and no one judged their actors, so their texts are kept. A seeded draw (seed 44) takes 50 texts to audit and tune on (`tune`) and 30
more judged but never tuned on (`check`). Every output actor of the 80 was judged by bench/actors/GUIDE.md, before
any rule was built, into bench/actors/precision44.tsv in precision41.tsv's columns (see bench/actor_precision41.py; no
article text; `debris` as in precision43.tsv).

usage (from the repository root), as actor_precision41.py, and:
    PYTHONPATH=src python bench/actor_precision44.py pool > bench/actor_free44.txt   # the list (once)
    PYTHONPATH=src python bench/actor_precision44.py run --out /tmp/p44.jsonl [--cache DIR]
    PYTHONPATH=src python bench/actor_precision44.py score --run /tmp/p44.jsonl
"""
from __future__ import annotations

import json
import random
import re
import sys

import actor_precision41 as p41

LIST = p41.HERE / "actor_free44.txt"
SEED = 44
N_TUNE, N_CHECK = 50, 30
LO, HI, OVERLAP = 600, 6000, 0.2


def _grams(text: str) -> set:
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[k:k + 6]) for k in range(len(w) - 5)}


def pool() -> int:
    """Print the list: `html:ID` or `dedup-gva/input.jsonl#ID`, one a line, with a header of the counts."""
    import actor_gold
    from article_events import SHARED, _jsonl_texts

    gold = actor_gold.articles()
    named = " ".join(p.read_text(encoding="utf-8") for pat in ("actors/*.jsonl", "actors/*.tsv", "article_events/*.jsonl")
                     for p in p41.HERE.glob(pat))
    index: dict = {}
    for gid, g in gold.items():
        for gr in _grams(g["text"]):
            index.setdefault(gr, set()).add(gid)
    cands = []
    for page in sorted((SHARED / "devsets" / "html-l3s-gn1" / "html").glob("*.html")):
        if page.stem[0] in "01234567":
            raw = p41.raw_of("html:" + page.stem)
            cands.append(("html:" + page.stem, page.stem, getattr(raw, "text", "")))
    for aid, text in sorted(_jsonl_texts("dedup-gva/input.jsonl").items()):
        cands.append(("dedup-gva/input.jsonl#" + aid, aid, text))
    why: dict = {}
    kept = []
    for name, aid, text in cands:
        if aid in gold or aid in named:
            why["named"] = why.get("named", 0) + 1
            continue
        if not LO <= len(text) <= HI:
            why["length"] = why.get("length", 0) + 1
            continue
        gr = _grams(text)
        hits: dict = {}
        for x in gr:
            for gid in index.get(x, ()):
                hits[gid] = hits.get(gid, 0) + 1
        if gr and max(hits.values(), default=0) / len(gr) >= OVERLAP:
            why["near-copy"] = why.get("near-copy", 0) + 1
            continue
        kept.append(name)
    print("# act44: html-l3s-gn1 pages (id 0-7, read by read_html) and dedup-gva lines in no gold set, no actor set or")
    print("# actor judgement of bench/actors and no events set (texts of the identity_free lists kept: no one judged their actors),")
    print(f"# {LO}-{HI:,} characters, 6-gram overlap < {OVERLAP} with every gold text (bench/actor_precision44.py pool).")
    print(f"# {len(cands)} candidates, left out: {json.dumps(why, sort_keys=True)}; {len(kept)} kept.")
    for name in kept:
        print(name)
    return 0


def every_id() -> list[str]:
    return p41._ids(LIST)


def draw() -> dict[str, str]:
    """id -> `tune` or `check`: SEED's draw of N_TUNE + N_CHECK texts of the list."""
    ids = sorted(set(every_id()))
    picked = random.Random(SEED).sample(ids, min(len(ids), N_TUNE + N_CHECK))
    return {i: ("tune" if k < N_TUNE else "check") for k, i in enumerate(picked)}


p41.every_id, p41.draw, p41.JUDGED = every_id, draw, p41.HERE / "actors" / "precision44.tsv"

if __name__ == "__main__":
    sys.exit(pool() if sys.argv[1:2] == ["pool"] else p41.main())
