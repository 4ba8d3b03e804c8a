"""What reading HTML adds to extraction (docs/accuracy.md, "HTML reading cost").

Usage: python bench/bench_html_read.py DEVSET_DIR [--pages 60]
Times, on the first N pages of DEVSET_DIR/gold.jsonl: reading (bytes -> RawArticle: decoding, main text,
metadata) and extraction (the pipeline over the RawArticles read: structure, spaCy, extractors). Prints the
seconds of each, per page, and reading as a share of extraction.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import time

from dateline import nlp
from dateline.pipeline import process
from dateline.read.html import read_html


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("devset")
    ap.add_argument("--pages", type=int, default=60)
    args = ap.parse_args()
    root = pathlib.Path(args.devset)
    ids = [json.loads(line)["id"] for line in open(root / "gold.jsonl", encoding="utf-8")][: args.pages]
    data = [(pid, (root / "html" / f"{pid}.html").read_bytes()) for pid in ids]
    nlp.load()
    list(process(r for pid, d in data[:2] for r in read_html(d, origin=pid, id=pid)))   # warm up
    t0 = time.perf_counter()
    raws = [r for pid, d in data for r in read_html(d, origin=pid, id=pid)]
    t1 = time.perf_counter()
    out = list(process(raws))
    t2 = time.perf_counter()
    n = len(data)
    print(json.dumps({"pages": n, "articles": len(out), "read_s": round(t1 - t0, 2), "extract_s": round(t2 - t1, 2),
                      "read_ms_per_page": round(1000 * (t1 - t0) / n), "extract_ms_per_page": round(1000 * (t2 - t1) / n),
                      "read_share_of_extract": round((t1 - t0) / (t2 - t1), 3)}))


if __name__ == "__main__":
    main()
