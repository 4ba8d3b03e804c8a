"""How often a person named once gets a lexicon name, and how often that is right (ident49, issue 11).

    PYTHONPATH=src .venv/bin/python bench/identity_one_mention49.py [--sets SETS] [--list OUT]

Over readable actor sets (default: bench/devtools/actor_sets_read.txt): for every gold person with a single mention
that an output actor covers, whether the output name holds a word found nowhere in the article (a lexicon name
expanded from what the article wrote: a lone surname, a titled surname) and whether that name is the gold identity
(every word of the output name is a word of the gold identity or of its mentions, as bench/eval_article_actors.py
judges identities; a gold person with no identity, an unnamed one, is counted apart). Also counts every output actor with one mention and such a name, gold or not. Prints pooled
counts; `--list` writes the rows (readable sets only).
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from actor_gold import articles  # noqa: E402
from eval_article_actors import _overlaps, _words, set_output  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sets", default=(ROOT / "bench" / "devtools" / "actor_sets_read.txt").read_text().strip())
    ap.add_argument("--list")
    a = ap.parse_args()
    arts = articles()
    n = {"gold_one": 0, "gold_one_lex": 0, "gold_one_lex_unnamed": 0, "gold_one_lex_right": 0, "out_one_lex": 0,
         "out_one_lex_gold": 0}
    rows = []
    for name in a.sets.split(","):
        got = set_output(name, arts)
        if got is None:
            continue
        gold, out = got
        for g in gold:
            text = arts[g["id"]]["text"]
            in_text = _words(text)
            actors = out.get(g["id"], {}).get("actors", [])
            for act in actors:
                spans = [(m["start"], m["end"]) for m in act["mentions"]]
                if len(spans) != 1 or not (_words(act["name"]) - in_text):
                    continue
                n["out_one_lex"] += 1
                hit = [p for p in g["actors"] if any(_overlaps(m, s) for m in p["mentions"] for s in spans)]
                n["out_one_lex_gold"] += bool(hit)
                rows.append({"set": name, "id": g["id"], "kind": "output", "name": act["name"],
                             "mention": act["mentions"][0]["text"], "gold": [p["name"] for p in hit]})
            for p in g["actors"]:
                if p["kind"] != "person" or len(p["mentions"]) != 1:
                    continue
                n["gold_one"] += 1
                best = [act for act in actors if any(_overlaps(p["mentions"][0], (m["start"], m["end"]))
                                                     for m in act["mentions"])]
                if not best:
                    continue
                act = best[0]
                if not (_words(act["name"]) - in_text):
                    continue
                n["gold_one_lex"] += 1
                if not p.get("identity"):         # an unnamed person (`a U.S. magistrate judge`) given a body's
                    n["gold_one_lex_unnamed"] += 1    # name (`American judiciary`): no identity to judge
                    continue
                known = _words(p["identity"]) | _words(text[slice(*p["mentions"][0])])
                right = not (_words(act["name"]) - known)
                n["gold_one_lex_right"] += right
                rows.append({"set": name, "id": g["id"], "kind": "gold_one", "name": act["name"],
                             "mention": text[slice(*p["mentions"][0])], "gold": p.get("identity") or p["name"],
                             "right": right})
    print(json.dumps(n))
    if a.list:
        pathlib.Path(a.list).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


if __name__ == "__main__":
    main()
