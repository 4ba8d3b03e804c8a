#!/usr/bin/env python3
"""Run the actors stage's gated rules (actors/state.py `GATES`, speed39b) against their ungated selves: every
article analysed twice, gates on and off, and the two JSON outputs compared (any difference is a gate that is not
a necessary test of its rules). Prints the articles compared and the differing ids; exits 1 on a difference.

Usage (from a work tree): PYTHONPATH=src .venv/bin/python bench/devtools/gates_check.py [--polnear N] [--wire N]
[--actor-sets dev,tune,...]   (the readable actor sets: bench/devtools/actor_sets_read.txt)
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys

DEVSETS = pathlib.Path(__file__).resolve().parents[3] / "shared" / "devsets"
BENCH = pathlib.Path(__file__).resolve().parents[1]


def raws(args) -> list:
    from dateline.read import read
    from dateline.records import RawArticle

    out = [r for r in read([str(DEVSETS / "polnear-train" / "text")]) if not hasattr(r, "message")][:args.polnear]
    for wire in ("places-lgl", "casualties-gva"):
        out += [r for r in read([str(DEVSETS / wire / "input.jsonl")]) if not hasattr(r, "message")][:args.wire]
    if args.actor_sets:
        sys.path.insert(0, str(BENCH))
        import eval_article_actors as ev

        arts = ev.articles()
        seen = set()
        for name in args.actor_sets.split(","):
            path = ev.GOLD / f"{name}.jsonl"
            for line in open(path, encoding="utf-8") if path.exists() else ():
                if line.strip() and (g := json.loads(line))["id"] not in seen:
                    seen.add(g["id"])
                    a = arts[g["id"]]
                    out.append(RawArticle(id=g["id"], text=a["text"], published=a["published"], origin=g["id"]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--polnear", type=int, default=300)
    ap.add_argument("--wire", type=int, default=40)
    ap.add_argument("--actor-sets", default="")
    args = ap.parse_args()
    from dateline import pipeline
    from dateline.extractors.actors import state

    pipeline.warm_up()
    items = raws(args)
    contexts = list(pipeline.parsed([(r, pipeline.structure(r)) for r in map(pipeline.normalised, items)]))
    differ = []
    for ctx in contexts:
        text = ctx.doc.user_data["dateline.text"]
        out = {}
        for on in (True, False):
            state.GATES = on
            ctx.doc.user_data["dateline.text"] = text
            out[on] = json.dumps(pipeline.analysed(ctx).to_dict(), ensure_ascii=False, sort_keys=True)
        state.GATES = True
        if out[True] != out[False]:
            differ.append(ctx.raw.id)
    print(json.dumps({"articles": len(contexts), "differ": len(differ), "ids": differ[:20]}))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
