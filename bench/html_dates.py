"""Publication dates from page metadata on the HTML dev set (docs/accuracy.md, "HTML publication dates").

Usage: python bench/html_dates.py DEVSET_DIR [--errors OUT.jsonl]
The gold is what the page's own URL says: the pages whose URL (gold.jsonl's "url") holds a full date
(`/2007/12/30/`, `20071230`, read by dateline.read.datenames) are the gold set, with that date. Scored on them, without the URL:
  dateline   the date dateline takes from the page's metadata (read/html.py metadata_date: meta tags, JSON-LD,
             <time pubdate>), i.e. how often `published_from: metadata` is right
  htmldate   htmldate's date finder (trafilatura's) in its fast mode, which also reads dates printed in the page
A page where a finder gives no date is a miss for its accuracy, not for its precision. Prints one JSON line.
"""
from __future__ import annotations

import argparse
import json
import pathlib

from dateline.read import html as H
from dateline.read.datenames import date_in_name


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("devset")
    ap.add_argument("--errors")
    args = ap.parse_args()
    root = pathlib.Path(args.devset)
    gold = [json.loads(line) for line in open(root / "gold.jsonl", encoding="utf-8")]
    dated = [(g["id"], date_in_name(g.get("url") or "")) for g in gold]
    dated = [(pid, d) for pid, d in dated if d]
    from htmldate import find_date

    finders = {"dateline": H.metadata_date,
               "htmldate": lambda tree: find_date(tree, extensive_search=False, original_date=True, url=None)}
    score = {name: {"found": 0, "right": 0} for name in finders}
    errors = []
    for pid, want in dated:
        tree = H._tree(H.decode_html((root / "html" / f"{pid}.html").read_bytes()))
        got = {name: (f(tree) if tree is not None else None) for name, f in finders.items()}
        for name, day in got.items():
            score[name]["found"] += day is not None
            score[name]["right"] += day == want
        if got["dateline"] != want:
            errors.append({"id": pid, "gold": want, **got})
    out = {"pages": len(gold), "gold_pages_with_url_date": len(dated)}
    for name, s in score.items():
        out[name] = {**s, "accuracy": round(s["right"] / max(len(dated), 1), 4),
                     "precision": round(s["right"] / max(s["found"], 1), 4)}
    print(json.dumps(out))
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as f:
            for e in errors:
                f.write(json.dumps(e) + "\n")


if __name__ == "__main__":
    main()
