#!/usr/bin/env python3
"""Check that dateline's pipeline (nlp.load: the model with the nlp_rules stand-ins, on numpy's BLAS) parses exactly as the model ships.

Usage: PYTHONPATH=src bench/same_parse.py [FOLDER_OR_FILE ...] [--limit N]
Defaults to ../shared/devsets/polnear-train/text. Every text is parsed by both pipelines, each from its own
`make_doc` with the paragraph starts dateline sets, and every token attribute the parse sets is compared (tag, part of
speech, morphology, lemma, dependency and head, sentence starts, entities, lexical attributes). Prints one JSON line
with the texts, the tokens and the tokens that differ (with the first few differences); exits 1 on any difference.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

ATTRS = ["ORTH", "LOWER", "NORM", "SHAPE", "IS_SPACE", "SPACY", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD",
         "SENT_START", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID"]


def main() -> None:
    from dateline import nlp
    from dateline.read import read
    from dateline.structure.paragraphs import paragraph_starts

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", default=[str(ROOT.parent / "shared/devsets/polnear-train/text")])
    ap.add_argument("--limit", type=int, default=0, help="only the first N texts (0: all)")
    args = ap.parse_args()
    texts = [r.text for r in read(args.inputs) if not hasattr(r, "message") and isinstance(r.text, str)]
    if args.limit:
        texts = texts[: args.limit]
    ours, theirs = nlp.load(), nlp.shipped()
    pairs = zip(ours.pipe(paragraph_starts(ours.make_doc(t)) for t in texts),
                theirs.pipe(paragraph_starts(theirs.make_doc(t)) for t in texts))
    tokens = differ = 0
    shown = []
    for n, (a, b) in enumerate(pairs):
        tokens += len(a)
        x, y = a.to_array(ATTRS), b.to_array(ATTRS)
        if x.shape != y.shape:
            differ += max(len(a), len(b))
            shown.append({"text": n, "tokens": [len(a), len(b)]})
            continue
        for i in (x != y).any(axis=1).nonzero()[0].tolist():
            differ += 1
            if len(shown) < 10:
                cols = [ATTRS[k] for k in (x[i] != y[i]).nonzero()[0].tolist()]
                shown.append({"text": n, "token": i, "word": a[i].text, "attrs": cols,
                              "ours": [str(a[i].morph), a[i].lemma_, a[i].pos_], "shipped": [str(b[i].morph), b[i].lemma_, b[i].pos_]})
    print(json.dumps({"texts": len(texts), "tokens": tokens, "tokens_differ": differ, "first": shown}))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
