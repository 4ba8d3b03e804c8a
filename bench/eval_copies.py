#!/usr/bin/env python3
"""Wire-copy detection on a syndication set made at run time: real dev articles and invented reprints of them.

Usage: bench/eval_copies.py [--set DIR] [--seed N] [--errors]

Every article of DIR/input.jsonl (shared/devsets/dedup-gva: 250 articles, no two with the same body) is an
original. For half of them (chosen with --seed) the script writes one to three reprints, each of one kind: a new
headline; the ending cut (whole paragraphs from the top up to 50-80% of the characters); a paragraph added (invented words); a
different dateline; a new headline and a cut ending together. Originals and reprints are linked in a shuffled
order through a fresh in-memory store (`dateline.stories.link`, the code ingest runs; no NLP: copy detection
reads the text only). The other articles, among them other reports of the same shooting, are the distinct
stories on the same topic. Precision: copy claims whose two articles are one original's group; recall: articles
that are not the first of their group and were claimed a copy of it. No dev text is written anywhere.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import random
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if not SHARED.exists():
    SHARED = pathlib.Path("/work/shared")
sys.path.insert(0, str(ROOT / "src"))

HEADLINES = ["Update: what we know so far", "Police release new details", "Community reacts to latest incident",
             "Investigation continues into weekend violence", "Officials respond as questions remain"]
ADDED = ["This story was shared under a regional content agreement and has been edited for length.",
         "Readers with information are asked to call the newsroom tip line; calls can be anonymous.",
         "An earlier version of this report misstated the time of the first call to dispatchers."]
DATELINES = ["RIVERTON (Valley Wire) - ", "EAST HOLLIS, Ore. (Coastal News Service) - ", "MIDLAND - "]


def reprint(text: str, kind: str, rng: random.Random) -> str:
    lines = text.split("\n")
    paras = [p for p in text.split("\n\n")] if "\n\n" in text else text.split("\n")
    joiner = "\n\n" if "\n\n" in text else "\n"
    if kind == "headline":
        return rng.choice(HEADLINES) + "\n" + "\n".join(lines[1:])
    if kind == "cut":                     # whole paragraphs from the top up to 50-80% of the text's characters
        goal, kept = len(text) * rng.uniform(0.5, 0.8), []
        for para in paras:
            kept.append(para)
            if len(joiner.join(kept)) >= goal:
                break
        return joiner.join(kept)
    if kind == "added":
        at = rng.randrange(1, max(2, len(paras)))
        return joiner.join(paras[:at] + [rng.choice(ADDED)] + paras[at:])
    if kind == "dateline":
        body = joiner.join(paras[1:]) if len(paras) > 1 else text
        return paras[0] + joiner + rng.choice(DATELINES) + body
    if kind == "headline+cut":
        return reprint(reprint(text, "cut", rng), "headline", rng)
    raise ValueError(kind)


KINDS = ("headline", "cut", "added", "dateline", "headline+cut")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default=str(SHARED / "devsets" / "dedup-gva"))
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--errors", action="store_true", help="print the ids and kinds of the misses and false claims")
    a = ap.parse_args()
    from dateline import stories
    from dateline.records import Article
    from dateline.store import Store

    rng = random.Random(a.seed)
    originals = [json.loads(line) for line in (pathlib.Path(a.set) / "input.jsonl").read_text().splitlines() if line]
    items, group, kind_of = [], {}, {}
    for o in originals:
        items.append((o["id"], o["text"]))
        group[o["id"]] = o["id"]
    for o in rng.sample(originals, len(originals) // 2):
        for n in range(rng.randint(1, 3)):
            kind = rng.choice(KINDS)
            rid = f"{o['id']}~{n}"
            items.append((rid, reprint(o["text"], kind, rng)))
            group[rid], kind_of[rid] = o["id"], kind
    rng.shuffle(items)
    with Store.open(":memory:") as store:
        began = time.monotonic()
        for i in range(0, len(items), 64):
            chunk = [Article(id=aid, title=None, published=None, published_from=None, dateline=None, truncated=False,
                             text=text) for aid, text in items[i:i + 64]]
            store.write_articles([(c, "") for c in chunk])
            stories.link(store, chunk)
        seconds = time.monotonic() - began
        claims = {r["article_id"]: r["copy_of"] for r in store.rows(
            "SELECT article_id, copy_of FROM article_stories WHERE copy_of IS NOT NULL")}
    first: dict[str, str] = {}
    for aid, _ in items:
        first.setdefault(group[aid], aid)
    should = [aid for aid, _ in items if first[group[aid]] != aid]
    right = [aid for aid, c in claims.items() if group[aid] == group[c]]
    found = [aid for aid in should if aid in claims and group[claims[aid]] == group[aid]]
    p = len(right) / len(claims) if claims else 0.0
    r = len(found) / len(should) if should else 0.0
    by_kind = {}
    for aid in should:
        k = kind_of.get(aid, "original after its reprint")
        hit, n = by_kind.get(k, (0, 0))
        by_kind[k] = (hit + (aid in found), n + 1)
    print(f"articles {len(items)} (originals {len(originals)}, reprints {len(kind_of)})  copies to find {len(should)}  "
          f"claimed {len(claims)}  precision {p:.3f}  recall {r:.3f}  ({seconds:.1f}s through the store)")
    print("recall by kind: " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in sorted(by_kind.items())))
    if a.errors:
        for aid in should:
            if aid not in found:
                print("missed", aid, kind_of.get(aid), file=sys.stderr)
        for aid, c in claims.items():
            if group[aid] != group[c]:
                print("false", aid, "->", c, file=sys.stderr)


if __name__ == "__main__":
    main()
