"""Fit a reading of the sentence reader (extractors/events/reader.py; `--type ACCUSE`: data/reader_model.json,
`--type SUPPORT`: data/reader_support_model.json) on article-level event gold.

Every sentence the reading may read (no event of its type asserted in it by the rules and the detectors, an actor
named in it or an actor speaking in a quote in it) of the shared dev articles and of the even half of our tune set
(bench/article_events.py's tune, sorted by id, every other article from the first: the half whose errors are read;
the odd half and kept are never run here) is recorded with its features by a run of the pipeline (`reader.RECORD`:
the type recorded makes no reader events, the other readings run as shipped, so its output is the base). Its label:
1 when a gold entry listing the type (required or optional) lies on the sentence (the entry's sentence overlaps it by
at least half of the shorter of the two), else 0. So the model's probability is that of a
coder's entry there, on the scale of the events' `confidence`. A logistic regression (numpy, L2, Adam) is fitted.

Cross-validation holds out whole gold files (`--folds rounds|files`, scripts/gold_folds.py; the shared dev articles
are always trained on, never scored): each fold's model is put in the pipeline and the fold's articles run again, end
to end (participants and all), and the scorer's own matching counts the tune figures with the reader's events over
each threshold; the sentences' out-of-fold probabilities give the reliability table (share with an entry by bin).
The threshold written is the lowest whose added events reach `--precision` type precision in that cross-validation
(and every higher threshold's too). (The shipped ACCUSE weights were fitted in the twentieth session on dev and the
whole tune set, before its odd half was set apart.)

usage: PYTHONPATH=src python scripts/train_reader.py [--type ACCUSE|SUPPORT] [--cache DIR] [--folds rounds|files]
       [--k 5] [--l2 40] [--min-count 5] [--precision 0.5] [--no-save] [--dump FILE] [--load FILE] [--collect-only]
"""
from __future__ import annotations

import argparse
import json
import pathlib
import pickle
import sys
import time

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import article_events as AE  # noqa: E402
import gold_folds  # noqa: E402
from train_criticism import _context, _scorer, counts, figures  # noqa: E402

from dateline import nlp, pipeline  # noqa: E402
from dateline.artefacts import confidence_floor  # noqa: E402
from dateline.extractors.events import reader  # noqa: E402
from dateline.records import Article  # noqa: E402

DATA = ROOT / "src" / "dateline" / "data"
THRESHOLDS = [round(0.3 + 0.05 * k, 2) for k in range(13)]


def even_half(tune: list[dict]) -> list[dict]:
    """The tune articles whose errors are read: sorted by id, every other one from the first (events_diff --parity
    even)."""
    return [g for k, g in enumerate(sorted(tune, key=lambda g: g["id"])) if k % 2 == 0]


def _output(ctx, floor: float) -> dict:
    a = pipeline.analysed(ctx, min_confidence=0)
    d = a.to_dict() if isinstance(a, Article) else {"id": ctx.raw.id, "events": [], "actors": []}
    return AE.above([d], floor)[0]


def label(g: dict, span: tuple, etype: str = reader.ETYPE) -> int:
    """1 when a gold entry listing `etype` lies on the sentence `span` (overlap >= half the shorter), else 0."""
    a, b = span
    for e in g.get("events") or []:
        s0, s1 = e["sentence"]
        ov = min(b, s1) - max(a, s0)
        if etype in e["types"] and ov > 0 and ov >= 0.5 * min(b - a, s1 - s0):
            return 1
    return 0


def collect(golds: list[dict], cache, floor: float, etype: str = reader.ETYPE) -> list[dict]:
    """Per article: the base output (the type's reading recording, adding nothing) and the recorded sentences,
    labelled."""
    nlp.load()
    out = []
    for g in golds:
        reader.RECORD = {etype: []}
        base = _output(_context(g, cache), floor)
        rows = [dict(r, label=label(g, r["span"], etype)) for r in reader.RECORD[etype]]
        out.append({"gold": g, "base": base, "rows": rows})
    reader.RECORD = None
    return out


def fit(rows: list[dict], l2: float, min_count: int, steps: int = 600) -> dict:
    """Logistic regression weights {feature: weight, 'bias': b}: L2 `l2` (summed, not averaged, over the rows), Adam
    on the sparse rows (numpy bincounts: no dense matrix)."""
    n_of: dict = {}
    for r in rows:
        for f in r["features"]:
            n_of[f] = n_of.get(f, 0) + 1
    vocab = sorted(f for f, c in n_of.items() if c >= min_count)
    ix = {f: i for i, f in enumerate(vocab)}
    R, C = [], []
    for k, r in enumerate(rows):
        for f in r["features"]:
            if f in ix:
                R.append(k)
                C.append(ix[f])
        R.append(k)
        C.append(len(vocab))
    R, C = np.array(R), np.array(C)
    n, d = len(rows), len(vocab) + 1
    y = np.array([float(r["label"]) for r in rows])
    w, m, v = np.zeros(d), np.zeros(d), np.zeros(d)
    reg = np.full(d, l2 / max(n, 1))
    reg[-1] = 0.0
    for t in range(1, steps + 1):
        z = np.clip(np.bincount(R, weights=w[C], minlength=n), -30, 30)
        g = np.bincount(C, weights=(1 / (1 + np.exp(-z)) - y)[R], minlength=d) / n + reg * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    out = {f: round(float(w[i]), 4) for f, i in ix.items() if abs(w[i]) >= 1e-3}
    out["bias"] = round(float(w[-1]), 4)
    return out


def cross_validate(dev: list[dict], tune: list[dict], how: str, k: int, l2: float, min_count: int, cache,
                   floor: float, etype: str = reader.ETYPE) -> tuple[dict, dict, list]:
    """Counts over the tune articles of the base and, per threshold, with the reading's events of each fold's model;
    and the (out-of-fold probability, label) of every tune sentence recorded."""
    sc = _scorer()
    files = gold_folds.file_of()
    fold_of = gold_folds.file_folds([files[a["gold"]["id"]] for a in tune], k, how)
    folds = [fold_of[files[a["gold"]["id"]]] for a in tune]
    base = counts(sc, [a["gold"] for a in tune], [a["base"] for a in tune])
    outs: list = [None] * len(tune)
    held: list = []
    loader = reader.model
    try:
        for fold in sorted(set(folds)):
            train = [r for a in dev for r in a["rows"]] + [r for j, a in enumerate(tune) if folds[j] != fold
                                                            for r in a["rows"]]
            m = {"weights": fit(train, l2, min_count), "threshold": min(THRESHOLDS)}
            reader.model = lambda t=reader.ETYPE, m=m: m if t == etype else loader(t)
            for j, a in enumerate(tune):
                if folds[j] == fold:
                    outs[j] = _output(_context(a["gold"], cache), floor)
                    held += [(reader.probability(r["features"], m), r["label"]) for r in a["rows"]]
    finally:
        reader.model = loader
    table = {}
    for t in THRESHOLDS:
        systems = [dict(o, events=[e for e in o["events"] if e.get("confidence") is None or not _mine(e, o, a)
                                   or e["confidence"] >= t]) for o, a in zip(outs, tune)]
        table[t] = counts(sc, [a["gold"] for a in tune], systems)
    return base, table, held


def _mine(e: dict, out: dict, art: dict) -> bool:
    """Whether an output event is the reader's: not in the base output (same type, trigger and sentence)."""
    key = (e["type"], e["trigger"]["start"])
    return key not in {(x["type"], x["trigger"]["start"]) for x in art["base"]["events"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--type", default=reader.ETYPE, choices=sorted(reader.BY_TYPE))
    ap.add_argument("--cache", type=pathlib.Path)
    ap.add_argument("--folds", default="rounds", choices=("rounds", "files"))
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--l2", type=float, default=40.0)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--precision", type=float, default=0.5)
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--dump", type=pathlib.Path, help="write the collected articles (pickle) here")
    ap.add_argument("--load", type=pathlib.Path, help="read the collected articles from a --dump")
    ap.add_argument("--collect-only", action="store_true", help="stop after collecting (with --dump)")
    args = ap.parse_args()
    floor = confidence_floor() or 0.0
    etype = args.type
    t0 = time.time()
    if args.load:
        dev, tune = pickle.load(open(args.load, "rb"))
    else:
        sets = AE.load_sets(["dev", "tune"])
        dev = collect(sets["dev"], args.cache, floor, etype)
        tune = collect(even_half(sets["tune"]), args.cache, floor, etype)
        if args.dump:
            pickle.dump((dev, tune), open(args.dump, "wb"))
        if args.collect_only:
            return
    rows = [r for a in dev + tune for r in a["rows"]]
    print(f"{len(dev)} dev + {len(tune)} tune articles, {len(rows)} sentences open to the reader, "
          f"{sum(r['label'] for r in rows)} with a {etype} entry ({time.time() - t0:.0f} s)", flush=True)
    base, table, held = cross_validate(dev, tune, args.folds, args.k, args.l2, args.min_count, args.cache, floor,
                                       etype)
    bf = figures(base)
    print(f"{args.folds} folds ({args.k}), tune base: type P {bf[0]:.3f} R {bf[1]:.3f} dyad P {bf[2]:.3f} R {bf[3]:.3f}")
    own = counts(_scorer(), [a["gold"] for a in tune], [dict(a["base"], events=[e for e in a["base"]["events"]
                                                                                if e["type"] == etype]) for a in tune])
    print(f"the base's own {etype} events: {own['sys']}, type P {figures(own)[0]:.3f} dyad P {figures(own)[2]:.3f}")
    print("reliability (sentences, out of fold): | probability | sentences | share with an entry |")
    for lo, hi in ((0, .1), (.1, .2), (.2, .3), (.3, .4), (.4, .5), (.5, .6), (.6, .7), (.7, .8), (.8, 1.01)):
        got = [y for p, y in held if lo <= p < hi]
        if got:
            print(f"| {lo:.1f}-{min(hi, 1):.1f} | {len(got)} | {sum(got) / len(got):.3f} |")
    print("| threshold | added | added type P | added dyad P | type P | type R | dyad P | dyad R |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    chosen, cv = None, {}
    for t in THRESHOLDS:
        c = table[t]
        f = figures(c)
        added = c["sys"] - base["sys"]
        tp = (c["tt"] - base["tt"]) / added if added else float("nan")
        dp = (c["dt"] - base["dt"]) / added if added else float("nan")
        cv[str(t)] = {"added": added, "added_type_precision": round(tp, 3), "added_dyad_precision": round(dp, 3),
                      "tune": [round(x, 3) for x in f]}
        print(f"| {t:.2f} | {added} | {tp:.3f} | {dp:.3f} | {f[0]:.3f} | {f[1]:.3f} | {f[2]:.3f} | {f[3]:.3f} |")
    for t in THRESHOLDS:                  # the lowest threshold from which every higher one reaches the precision
        if all(not (cv[str(u)]["added"] and cv[str(u)]["added_type_precision"] < args.precision)
               for u in THRESHOLDS if u >= t):
            chosen = t
            break
    print(f"threshold chosen: {chosen} (added type precision >= {args.precision} from it up)")
    if args.no_save or chosen is None:
        return
    weights = fit(rows, args.l2, args.min_count)
    out = DATA / reader.BY_TYPE[etype].model_file
    out.write_text(json.dumps({
        "about": "sentence reader weights (%s): scripts/train_reader.py (logistic regression, L2 %g, min count %d) on "
                 "the article-level event gold of the shared dev articles and the even half of our tune set "
                 "(bench/article_events.py); features: extractors/events/reader.py; threshold chosen by "
                 "cross-validation over whole gold files (%s), added type precision >= %g. docs/events.md"
                 % (etype, args.l2, args.min_count, args.folds, args.precision),
        "threshold": chosen, "cv": {"folds": args.folds, "k": args.k, "base": [round(x, 3) for x in bf],
                                    "by_threshold": cv},
        "weights": dict(sorted(weights.items()))}, indent=1) + "\n", encoding="utf-8")
    print("written", out)


if __name__ == "__main__":
    main()
