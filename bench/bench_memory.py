#!/usr/bin/env python3
"""Per-worker memory over a long ingest: RSS of each pool worker sampled as articles are committed
(target: flat within 15% from 1,000 to 10,000 articles, and under 1 GB), and its USS (the pages it does not share
with the fork server it was forked from).

Generates --articles invented wire stories into a JSONL file (every story brings new names and numbers,
so spaCy's string store meets new strings all the time, as on a real corpus), runs the real ingest
(`dateline.run.local.ingest`, --workers processes, chunk 4) into a throw-away store, and prints the largest
worker RSS at every --every articles, then the ratio last / first sample. `--recycle N` sets the articles
after which a worker is replaced (dateline.run.local.RECYCLE_ARTICLES; 0: never, to see the growth without it).
`--one-process` runs `dateline.extract` over the same stories in this process instead, never recycled, and prints
its RSS and the size of spaCy's string store at every --every articles: what grows, and by how much per article.

    .venv/bin/python bench/bench_memory.py [--articles 10000] [--every 1000] [--workers 2] [--recycle 2000]
    .venv/bin/python bench/bench_memory.py --one-process [--articles 3000] [--every 250]
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import sys
import tempfile
import time

SYLLABLES = ["ka", "lo", "mer", "vin", "dra", "tes", "bor", "ul", "an", "zi", "pe", "rosh", "ta", "gen", "wil"]
VERBS = ["met", "criticised", "thanked", "warned", "visited", "accused", "praised", "urged"]


def name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def story(i: int, rng: random.Random) -> dict:
    city, a, b, c = name(rng), f"{name(rng)} {name(rng)}", f"{name(rng)} {name(rng)}", name(rng)
    text = (f"{city.upper()} (Newswire) - Interior Minister {a} {rng.choice(VERBS)} opposition leader {b} "
            f"in {city} on Tuesday, officials said.\n\n"
            f"\"We spoke about the {c} harbour and the {rng.randint(2, 9999)} new schools,\" {a} told reporters.\n\n"
            f"{b} said talks with the {c} Party would go on in March. Police arrested {rng.randint(2, 300)} "
            f"protesters outside the {name(rng)} building, and {rng.randint(1, 40)} people were hurt.\n")
    return {"id": f"mem-{i:06d}", "text": text}


def one_process(n: int, every: int) -> None:
    """RSS and spaCy's string store of this process over `n` stories through `dateline.extract`, no recycling."""
    import gc

    import dateline
    from dateline import nlp
    from dateline.run.local import rss_mb

    rng = random.Random(7)
    texts = [story(i, rng)["text"] for i in range(n)]
    samples = []
    for start in range(0, n, every):
        for _ in dateline.extract(texts[start:start + every]):
            pass
        gc.collect()
        samples.append({"articles": min(n, start + every), "rss_mb": round(rss_mb(), 1),
                        "strings": len(nlp.load().vocab.strings)})
        print(json.dumps(samples[-1]), file=sys.stderr, flush=True)
    first, last = samples[0], samples[-1]
    grew = last["rss_mb"] - first["rss_mb"]
    per = (last["articles"] - first["articles"]) / 1000
    print(json.dumps({"articles": n, "first_rss_mb": first["rss_mb"], "last_rss_mb": last["rss_mb"],
                      "mb_per_1000_articles": round(grew / per, 2) if per else None,
                      "new_strings_per_article": round((last["strings"] - first["strings"]) / (per * 1000), 1)
                      if per else None,
                      "bytes_per_new_string": round(grew * 1e6 / max(1, last["strings"] - first["strings"]))}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--every", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--recycle", type=int, default=None, help="articles per worker before it is replaced (0: never)")
    ap.add_argument("--one-process", action="store_true", help="extract in this process, never recycled")
    args = ap.parse_args()
    if args.one_process:
        one_process(args.articles, args.every)
        return
    import psutil

    from dateline.run import local
    from dateline.store import Store

    if args.recycle is not None:
        local.RECYCLE_ARTICLES = args.recycle or 10 ** 12
    me = psutil.Process()
    samples: list[dict] = []

    class Sampler(local.Reporter):
        def __init__(self):
            self.next = args.every
            self.began = time.monotonic()

        def advance(self, done, total, last_id):
            if done < self.next:
                return
            self.next += args.every
            workers = [p for p in me.children(recursive=True) if p.ppid() != me.pid]   # forked by the fork server
            if not workers:                     # the pool has shut down: nothing to sample
                return
            rss, uss = [], []
            for p in workers:
                try:
                    rss.append(p.memory_info().rss / 1e6)
                    uss.append(p.memory_full_info().uss / 1e6)     # its own pages, not those shared with the server
                except psutil.Error:
                    pass
            samples.append({"articles": done, "workers": len(rss), "pids": [p.pid for p in workers], "max_rss_mb": round(max(rss, default=0), 1),
                            "mean_rss_mb": round(sum(rss) / len(rss), 1) if rss else 0,
                            "max_uss_mb": round(max(uss, default=0), 1),
                            "seconds": round(time.monotonic() - self.began, 1)})
            print(json.dumps(samples[-1]), file=sys.stderr, flush=True)

    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="dateline-mem-") as tmp:
        feed = pathlib.Path(tmp) / "feed.jsonl"
        with open(feed, "w", encoding="utf-8") as handle:
            for i in range(args.articles):
                handle.write(json.dumps(story(i, rng)) + "\n")
        with Store.open(pathlib.Path(tmp) / "m.duckdb") as store:
            summary = local.ingest([str(feed)], store, workers=args.workers, chunk=4, reporter=Sampler())
    first, last = samples[0], samples[-1]
    print(json.dumps({"articles": args.articles, "workers": args.workers, "recycle": local.RECYCLE_ARTICLES,
                      "stored": summary.stored, "failed": len(summary.failed), "seconds": round(summary.seconds, 1),
                      "first_max_rss_mb": first["max_rss_mb"], "last_max_rss_mb": last["max_rss_mb"],
                      "peak_max_rss_mb": max(s["max_rss_mb"] for s in samples),
                      "ratio_last_first": round(last["max_rss_mb"] / first["max_rss_mb"], 3),
                      "first_max_uss_mb": first["max_uss_mb"], "last_max_uss_mb": last["max_uss_mb"],
                      "peak_max_uss_mb": max(s["max_uss_mb"] for s in samples),
                      "cores": os.cpu_count(), "load": round(os.getloadavg()[0], 1)}))


if __name__ == "__main__":
    main()
