"""Article bodies from the HTML dev set, for shared/eval/score_html.py (docs/accuracy.md, "HTML main text").

Usage: python bench/html_bodies.py DEVSET_DIR OUT.jsonl [--engine dateline|readability|trafilatura]
  dateline     what `dateline` reads from a page (readability, trafilatura when it finds little, news-layout trim)
  readability  readability-lxml alone, paragraphs kept (no link filter)   trafilatura  trafilatura alone
Writes {"id", "body"} per page of DEVSET_DIR/gold.jsonl (the body without the headline) and prints the time.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

from dateline.read import html as H


def body(page: str, engine: str) -> str:
    if engine == "dateline":
        return H.parse_page(page).text
    tree = H._tree(page)
    return H.main_text(page, tree, engine=engine) if engine == "trafilatura" else H._readability_text(page, 1.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("devset")
    ap.add_argument("out")
    ap.add_argument("--engine", choices=["dateline", "readability", "trafilatura"], default="dateline")
    args = ap.parse_args()
    root = pathlib.Path(args.devset)
    began = time.perf_counter()
    n = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for line in open(root / "gold.jsonl", encoding="utf-8"):
            pid = json.loads(line)["id"]
            data = (root / "html" / f"{pid}.html").read_bytes()
            out.write(json.dumps({"id": pid, "body": body(H.decode_html(data), args.engine)}) + "\n")
            n += 1
    took = time.perf_counter() - began
    print(f"{args.engine}: {n} pages in {took:.1f}s ({1000 * took / max(n, 1):.0f} ms a page)", file=sys.stderr)


if __name__ == "__main__":
    main()
