#!/usr/bin/env python3
"""Time `dateline extract` against spaCy's parse alone on the same articles, in one run, as a ratio.

Usage: bench/bench_extract.py [FOLDER] [--rounds N] [--limit N] [--alternate | --split]
FOLDER defaults to ../shared/devsets/polnear-train/text. Both sides read the same texts from memory and use the
same batch size; the spaCy side is the model's pipeline as shipped (`nlp.shipped`, its matrix products on thinc's
blis, as spaCy runs them), dateline runs its own (`nlp.load`: the same parse, bench/same_parse.py checks it token by
token; since session 48 its matrix products go to numpy's OpenBLAS on one thread, `nlp.blas`, which takes ~25% less
of the parse's CPU on the bench host than blis: the ratio counts that gain; DATELINE_BLAS=blis runs dateline's side
on blis too). Both sides run with numpy's OpenBLAS at one thread while they parse (`nlp.one_thread`, as dateline's
parse pins it; user50: before, the spaCy side ran its few numpy products on OpenBLAS's default threads, two here);
each round times bare spaCy
(nlp.pipe) then dateline (structure + parse + every extractor + JSON serialisation), and the best round of each is kept, which
damps the noise of a shared machine. Prints a JSON line with both times and the ratio, and `cpu_ratio`, the same
from the process's CPU time (less moved by other jobs taking the cores). `--alternate` times the two sides batch
by batch in turn, so that a load that comes and goes meets both alike; it reads about 0.07 lower than the plain
run (spaCy's batches then also follow the extractors' work in the caches, as inside dateline): the plain run is
the measure, `--alternate` a steadier comparison of two versions. `--split` times the parts one after another
instead (process CPU, best round of each): the shipped model's parse (blis), structure, dateline's own parse (on
its BLAS, `nlp.blas`), the same parse on the other BLAS (`parse_blis` or `parse_numpy`: the BLAS's share apart from
the stand-ins'), and the extractors + JSON over the parsed articles; its ratio is structure + parse + extract over
the shipped parse, and the parts say where a difference between two versions lies (the extractors' share is the
part dateline's own code decides).
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
    ap.add_argument("--alternate", action="store_true",
                    help="time the two sides batch by batch (32 articles), in turn, so both meet the same load")
    ap.add_argument("--split", action="store_true",
                    help="time the parts one by one (CPU): shipped parse, structure, dateline's parse, extractors + JSON")
    args = ap.parse_args()

    raws = [r for r in read([args.folder]) if not hasattr(r, "message")]
    if args.limit:
        raws = raws[: args.limit]
    texts = [r.text for r in raws]
    chars = sum(map(len, texts))
    model = nlp.shipped()
    list(shipped_parse(model, texts[:5]))    # warm up both paths
    list(process(raws[:5]))
    warm_up(freeze=True)                   # as `dateline extract` does: loaded objects out of the collector's walks

    if args.split:
        split(raws, model, args.rounds, chars)
        return
    step = 32 if args.alternate else max(1, len(raws))
    spacy_times, dateline_times, spacy_cpu, dateline_cpu = [], [], [], []
    for _ in range(args.rounds):
        sw = dw = sc = dc = 0.0
        n = 0
        for k in range(0, len(raws), step):
            w, c = time.perf_counter(), time.process_time()
            for _doc in shipped_parse(model, texts[k:k + step]):
                pass
            sw, sc = sw + time.perf_counter() - w, sc + time.process_time() - c
            w, c = time.perf_counter(), time.process_time()
            for item in process(raws[k:k + step], batch_size=32):
                if isinstance(item, Article):
                    json.dumps(item.to_dict(), ensure_ascii=False)
                    n += 1
            dw, dc = dw + time.perf_counter() - w, dc + time.process_time() - c
        spacy_times.append(sw), dateline_times.append(dw), spacy_cpu.append(sc), dateline_cpu.append(dc)
    best_s, best_d = min(spacy_times), min(dateline_times)
    print(json.dumps({"articles": len(texts), "extracted": n, "chars": chars, "rounds": args.rounds,
                      "spacy_s": round(best_s, 2), "dateline_s": round(best_d, 2),
                      "ratio": round(best_d / best_s, 3), "alternate": args.alternate,
                      "cpu_ratio": round(min(dateline_cpu) / min(spacy_cpu), 3)}))

def shipped_parse(model, texts: list[str]):
    """The shipped pipeline's docs, computed with OpenBLAS pinned as dateline's own parse pins it (`nlp.one_thread`):
    the two sides differ by what dateline does, not by the threads their numpy products get."""
    return nlp.one_thread(iter(model.pipe(texts, batch_size=32)))


def split(raws: list, model, rounds: int, chars: int) -> None:
    """The bench's parts timed one after another (process CPU, best of `rounds` each) and their ratio."""
    from dateline.pipeline import analysed, normalised, parsed
    from dateline.structure import structure

    texts = [r.text for r in raws]
    best: dict[str, float] = {}

    def timed(part: str, work) -> object:
        c = time.process_time()
        out = work()
        best[part] = min(best.get(part, float("inf")), time.process_time() - c)
        return out

    ours_blas = nlp.blas()
    other = next(b for b in nlp.BLAS_CHOICES if b != ours_blas)
    for _ in range(rounds):
        timed("shipped_parse", lambda: [None for _doc in shipped_parse(model, texts)])
        prepared = timed("structure", lambda: [(r, structure(r)) for r in map(normalised, raws)])
        nlp.use_blas(nlp.load(), other)
        timed(f"parse_{other}", lambda: [None for _ctx in parsed(prepared, batch_size=32)])
        nlp.use_blas(nlp.load(), ours_blas)
        contexts = timed("parse", lambda: list(parsed(prepared, batch_size=32)))
        timed("extract", lambda: [json.dumps(analysed(ctx).to_dict(), ensure_ascii=False) for ctx in contexts])
        del contexts
    ours = best["structure"] + best["parse"] + best["extract"]
    print(json.dumps({"articles": len(texts), "chars": chars, "rounds": rounds, "split": True, "blas": ours_blas,
                      **{f"{k}_cpu_s": round(v, 2) for k, v in best.items()},
                      "parse_share": round(best["parse"] / best["shipped_parse"], 3),
                      "extract_share": round(best["extract"] / best["shipped_parse"], 3),
                      "cpu_ratio": round(ours / best["shipped_parse"], 3)}))


if __name__ == "__main__":
    main()
