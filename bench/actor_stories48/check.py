#!/usr/bin/env python3
"""act48: dateline on the invented stories of this directory against judged.tsv (written before dateline ran on them):
every A surface must overlap an output actor's mention, no N surface may (every occurrence of the surface is tried).
usage: PYTHONPATH=src .venv/bin/python bench/actor_stories48/check.py [--all]  (--all: print passes too)"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))


def main() -> None:
    from dateline.pipeline import process
    from dateline.records import Article, RawArticle

    files = sorted(HERE.glob("g*.txt"))
    raws = [RawArticle(id=p.name[:3], text=p.read_text(), origin=p.name) for p in files]
    out = {a.id: a for a in process(raws) if isinstance(a, Article)}
    ok = {"A": 0, "N": 0}
    n = {"A": 0, "N": 0}
    for line in open(HERE / "judged.tsv", encoding="utf-8"):
        if line.startswith("#") or line.startswith("story\t") or not line.strip():
            continue
        story, surface, verdict, kind = line.rstrip("\n").split("\t")
        art = out[story]
        spans, k = [], art.text.find(surface)
        while k >= 0:
            spans.append((k, k + len(surface)))
            k = art.text.find(surface, k + 1)
        assert spans, (story, surface)
        hit = [a.name for a in art.actors for m in a.mentions for s, e in spans if m.start < e and s < m.end]
        good = bool(hit) if verdict == "A" else not hit
        n[verdict] += 1
        ok[verdict] += good
        if not good or "--all" in sys.argv:
            print(f"{'ok ' if good else 'BAD'} {story} {verdict} {kind:12} {surface!r} -> {sorted(set(hit))}")
    print(f"actors found {ok['A']}/{n['A']}, non-actors kept out {ok['N']}/{n['N']}")


if __name__ == "__main__":
    main()
