#!/usr/bin/env python3
"""Actor coverage on PLV sentences: the share of gold event sources and targets that an actor mention overlaps.

Usage: bench/eval_actors.py PLV_GOLD.jsonl PLV_INPUT.jsonl [MISSES.txt]
(make both with ../shared/eval/convert.py plv ...). Runs structure, the parse and the actor extractor only.
A gold participant is not always an actor (`a U.S. Supreme Court decision`), so 1.0 is not the ceiling;
the figure is for comparing versions. Prints one JSON line; writes the uncovered spans to MISSES.txt.
"""
import importlib
import json
import sys
import time

from dateline import nlp
from dateline.extractors import Context
from dateline.records import RawArticle
from dateline.structure import parse_text, structure

actors_mod = importlib.import_module("dateline.extractors.actors")


def main(gold_path, input_path, misses_path=None):
    inputs = [json.loads(line) for line in open(input_path, encoding="utf-8") if line.strip()]
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    raws = [RawArticle(id=r["id"], text=r["text"], published=r.get("published"), origin=r["id"]) for r in inputs]
    layouts = [structure(r) for r in raws]
    t0 = time.time()
    docs = list(nlp.parse(parse_text(r.text, lay.skip, lay.title_span) for r, lay in zip(raws, layouts)))
    t1 = time.time()
    actors = {}
    for raw, lay, doc in zip(raws, layouts, docs):
        actors[raw.id] = actors_mod.extract_actors(Context(raw=raw, layout=lay, doc=doc), [])[0]
    t2 = time.time()
    texts = {r.id: r.text for r in raws}
    total = hit = coded = 0
    misses = []
    for g in gold:
        for side in ("source", "target"):
            span = g.get(side)
            if not span:
                continue
            total += 1
            aid = actors_mod.ActorIndex(actors.get(g["id"], ())).at(span[0], span[1])
            if aid:
                hit += 1
                a = next(a for a in actors[g["id"]] if a.id == aid)
                coded += bool(a.country or a.sector)
            else:
                misses.append(f"{g['id']}\t{side}\t{texts[g['id']][span[0]:span[1]]}")
    if misses_path:
        open(misses_path, "w", encoding="utf-8").write("\n".join(misses) + "\n")
    print(json.dumps({"participants": total, "covered": round(hit / total, 3), "coded": round(coded / total, 3),
                      "actors": sum(map(len, actors.values())), "parse_s": round(t1 - t0, 1),
                      "actors_s": round(t2 - t1, 2)}))


if __name__ == "__main__":
    main(*sys.argv[1:])
