#!/usr/bin/env python3
"""Time `dateline extract` against spaCy's parse alone on the same articles, in one run, as a ratio.

Usage: bench/bench_extract.py [FOLDER] [--rounds N] [--limit N]
FOLDER defaults to ../shared/devsets/polnear-train/text. Both sides read the same texts from memory and use the
same batch size; the spaCy side is the model's pipeline as shipped (`nlp.shipped`), dateline runs its own
(`nlp.load`: the same parse, bench/same_parse.py checks it token by token); each round times bare spaCy (nlp.pipe) then dateline
(structure + parse + every extractor + JSON serialisation), and the best round of each is kept, which
damps the noise of a shared machine. Prints a JSON line with both times and the ratio.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline import nlp  # noqa: E402
from dateline.pipeline import process, warm_up  # noqa: E402
from dateline.read import read  # noqa: E402
from dateline.records import Article  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared/devsets/polnear-train/text"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    args = ap.parse_args()

    raws = [r for r in read([args.folder]) if not hasattr(r, "message")]
    if args.limit:
        raws = raws[: args.limit]
    texts = [r.text for r in raws]
    chars = sum(map(len, texts))
    model = nlp.shipped()
    list(model.pipe(texts[:5]))            # warm up both paths
    list(process(raws[:5]))
    warm_up(freeze=True)                   # as `dateline extract` does: loaded objects out of the collector's walks

    spacy_times, dateline_times = [], []
    for _ in range(args.rounds):
        t = time.perf_counter()
        for _doc in model.pipe(texts, batch_size=32):
            pass
        spacy_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        n = 0
        for item in process(raws, batch_size=32):
            if isinstance(item, Article):
                json.dumps(item.to_dict(), ensure_ascii=False)
                n += 1
        dateline_times.append(time.perf_counter() - t)
    best_s, best_d = min(spacy_times), min(dateline_times)
    print(json.dumps({"articles": len(texts), "extracted": n, "chars": chars, "rounds": args.rounds,
                      "spacy_s": round(best_s, 2), "dateline_s": round(best_d, 2),
                      "ratio": round(best_d / best_s, 3)}))


if __name__ == "__main__":
    main()
