#!/usr/bin/env python3
"""Train the events type model (src/dateline/data/events_model.json) on PLV-style PLOVER sentences.

Usage: train_events.py PLV.tsv [--cv K] [--out PATH] [--no-save]
The model is a multinomial logistic regression (numpy, L2, full-batch gradient descent) over the features of
dateline.extractors.events.model.features: the sentence's words and the lexicon's trigger candidates.
--cv K first prints K-fold cross-validated figures of the whole events stage (each fold scored by a model
trained without it, with the same measures as score_events.py), then trains on everything and saves.
"""
from __future__ import annotations

import argparse
import csv
import json
import pathlib
import re
import sys

import numpy as np

YIELD = {"CONCEDE", "RETREAT", "YIELD"}


def unmark(marked: str):
    """'<s>A</s> met <t>B</t>' -> plain text, {'s': (start, end), 't': (start, end)}."""
    text, opened, spans, pos = "", {}, {}, 0
    for m in re.finditer(r"<(/?)([st])>", marked):
        text += marked[pos:m.start()]
        pos = m.end()
        if m.group(1):
            spans[m.group(2)] = (opened.pop(m.group(2)), len(text))
        else:
            opened[m.group(2)] = len(text)
    return text + marked[pos:], spans


def read_plv(path):
    """Sentences (id, text) and gold tuples (id, type, source, target) of a PLV .tsv."""
    sentences, gold = {}, []
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            text, spans = unmark(row["marked_sentence"])
            sid = sentences.setdefault(text, f"plv-{len(sentences):04d}")
            gold.append((sid, row["gold_root"], spans.get("s"), spans.get("t")))
    return [(sid, text) for text, sid in sentences.items()], gold


def parse_all(sentences):
    """Structure and parse every sentence as the pipeline does; candidates per record."""
    from dateline import nlp
    from dateline.extractors import Context
    from dateline.extractors.events import sentence_candidates
    from dateline.records import RawArticle
    from dateline.structure import parse_text, structure

    raws = [RawArticle(id=sid, text=text, origin=sid) for sid, text in sentences]
    lays = [structure(r) for r in raws]
    docs = nlp.parse(parse_text(r.text, l.skip, l.title_span) for r, l in zip(raws, lays))
    out = []
    for raw, lay, doc in zip(raws, lays, docs):
        ctx = Context(raw=raw, layout=lay, doc=doc)
        out.append((raw, ctx, list(sentence_candidates(ctx, []))))
    return out


def label(gold_type: str) -> str:
    return "CONCEDE" if gold_type == "YIELD" else gold_type


def train(X_rows, y, types, vocab_size, *, l2=1e-3, iters=400, lr=0.5):
    """Softmax regression by gradient descent with momentum on a dense 0/1 design matrix."""
    n, k = len(X_rows), len(types)
    X = np.zeros((n, vocab_size), dtype=np.float32)
    for i, idx in enumerate(X_rows):
        X[i, idx] = 1.0
    Y = np.zeros((n, k), dtype=np.float32)
    Y[np.arange(n), y] = 1.0
    W = np.zeros((vocab_size, k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    vW, vb = np.zeros_like(W), np.zeros_like(b)
    for _ in range(iters):
        Z = X @ W + b
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) / n
        gW = X.T @ G + l2 * W
        gb = G.sum(axis=0)
        vW = 0.9 * vW - lr * gW
        vb = 0.9 * vb - lr * gb
        W += vW
        b += vb
    return W, b


L2 = 3e-4   # chosen by 5-fold CV among 1e-4, 3e-4, 1e-3, 3e-3


def fit(records, gold_by_id, *, min_count=2):
    """A model dict (vocab, W, b, types) from parsed records and their gold types."""
    from dateline.extractors.events.lexicon import types as plover_types
    from dateline.extractors.events.model import features

    types = [t for t in plover_types() if t != "RETREAT"]
    rows, labels = [], []
    counts: dict = {}
    feats_all = []
    for raw, ctx, sents in records:
        gtypes = gold_by_id.get(raw.id)
        if not gtypes:
            continue
        feats = []
        for sent, cands, _ in sents:
            feats += features(sent, cands)
        if not sents:
            feats = features(ctx.doc[:], [])
        for g in gtypes:
            feats_all.append((feats, types.index(label(g))))
        for x in set(feats):
            counts[x] = counts.get(x, 0) + 1
    vocab = sorted(x for x, c in counts.items() if c >= min_count)
    index = {x: i for i, x in enumerate(vocab)}
    for feats, y in feats_all:
        rows.append(sorted({index[x] for x in feats if x in index}))
        labels.append(y)
    W, b = train(rows, np.asarray(labels), types, len(vocab), l2=L2)
    return {"types": types, "vocab": vocab, "W": np.round(W, 4).tolist(), "b": np.round(b, 4).tolist()}


def as_runtime(m):
    return {"vocab": {w: i for i, w in enumerate(m["vocab"])}, "W": np.asarray(m["W"], dtype=np.float32),
            "b": np.asarray(m["b"], dtype=np.float32), "types": tuple(m["types"])}


def system_events(records, m):
    """Events of every record under model m (None: rules alone), as the extractor builds them."""
    from dateline.extractors.events import extract_events, model as model_module

    saved = model_module.load
    model_module.load = lambda: m
    try:
        return {raw.id: [e.to_dict() for e in extract_events(ctx, [], [])] for raw, ctx, _ in records}
    finally:
        model_module.load = saved


def score(gold, system):
    """The measures of score_events.py: type recall, dyad recall, precision."""
    def hits(span, side):
        return span is None or any(min(span[1], p["end"]) > max(span[0], p["start"]) for p in side)

    type_hit = dyad_hit = 0
    gold_types: dict = {}
    for sid, gtype, s, t in gold:
        ok = YIELD if gtype == "YIELD" else {gtype}
        gold_types.setdefault(sid, set()).update(ok)
        evs = [e for e in system.get(sid, []) if e["type"] in ok]
        type_hit += bool(evs)
        dyad_hit += any(hits(s, e["source"]) and hits(t, e["target"]) for e in evs)
    n_sys = sum(len(system.get(k, [])) for k in gold_types)
    right = sum(e["type"] in gold_types[k] for k in gold_types for e in system.get(k, []))
    return {"gold": len(gold), "system_events": n_sys, "type_recall": round(type_hit / len(gold), 3),
            "dyad_recall": round(dyad_hit / len(gold), 3), "precision": round(right / n_sys, 3) if n_sys else 0.0}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("plv")
    ap.add_argument("--cv", type=int, default=0)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", default=str(pathlib.Path(__file__).resolve().parents[1] / "src/dateline/data/events_model.json"))
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--dump", help="with --cv: write the cross-validated system events (JSONL) here")
    ap.add_argument("--grid", action="store_true", help="with --cv: score a grid of selection settings")
    ap.add_argument("--l2", type=float, default=L2, help="L2 penalty of the regression")
    args = ap.parse_args(argv)
    globals()["L2"] = args.l2

    sentences, gold = read_plv(args.plv)
    gold_by_id: dict = {}
    for sid, gtype, _, _ in gold:
        gold_by_id.setdefault(sid, []).append(gtype)
    records = parse_all(sentences)
    print(f"{len(sentences)} sentences, {len(gold)} gold events", file=sys.stderr)
    print("rules alone (no model), all data:", json.dumps(score(gold, system_events(records, None))))
    if args.cv:
        from dateline.extractors.events.model import SETTINGS

        rng = np.random.default_rng(args.seed)
        fold = rng.permutation(len(records)) % args.cv
        models = []
        for k in range(args.cv):
            train_recs = [r for r, f in zip(records, fold) if f != k]
            test_recs = [r for r, f in zip(records, fold) if f == k]
            models.append((as_runtime(fit(train_recs, gold_by_id)), test_recs))

        def cv_score():
            system = {}
            for m, test_recs in models:
                system.update(system_events(test_recs, m))
            return score(gold, system)

        print(f"{args.cv}-fold cross-validated (each fold scored by a model trained without it), settings {SETTINGS}:",
              json.dumps(cv_score()))
        if args.dump:
            with open(args.dump, "w", encoding="utf-8") as f:
                for m, test_recs in models:
                    for rid, evs in system_events(test_recs, m).items():
                        f.write(json.dumps({"id": rid, "events": evs}) + "\n")
        if args.grid:
            saved = dict(SETTINGS)
            for bare in (True, "main", False):
                SETTINGS.update(bare_nominal=bare)
                print("grid", json.dumps(SETTINGS), json.dumps(cv_score()))
            SETTINGS.update(saved)
    m = fit(records, gold_by_id)
    print("trained on all data, scored on the same data (not a measure of accuracy):",
          json.dumps(score(gold, system_events(records, as_runtime(m)))))
    if not args.no_save:
        path = pathlib.Path(args.out)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(m, separators=(",", ":")), encoding="utf-8")
        print(f"saved {path} ({path.stat().st_size:,} bytes, {len(m['vocab'])} features)", file=sys.stderr)


if __name__ == "__main__":
    main()
