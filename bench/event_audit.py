"""Audit the events stage's output on articles no one has read, judged by reading (ev30b).

Precision needs no gold: each output event is right or not by ../shared/eval/EVENT_GUIDE.md, read against its
sentence. This runs dateline (structure, cached parse, every extractor, the default confidence floor as `dateline
extract` gives it) over a list of `file` values (one a line, as bench/article_events.py names texts: a file under
../shared/devsets or `SET/input.jsonl#ID`; lines starting with # skipped) and prints a seeded random sample of the
output events, numbered, with the sentence, trigger, type, source, target (text and actor code), negated /
hypothetical and confidence, for a reader to judge: right (type and both participants), type right / dyad wrong,
not an event, wrong type. Keep the list to articles in no gold set (never the kept half).

    PYTHONPATH=src python bench/event_audit.py /work/notes/list_audit30.txt --seed 1 --n 150 [--cache /work/cache]
"""
from __future__ import annotations

import argparse
import json
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent


def read_list(path: pathlib.Path) -> list[str]:
    return [l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]


def contexts(files: list[str], cache: pathlib.Path | None):
    """(file, Context) for each file value, structured and parsed as the pipeline does it (docs kept in `cache`):
    bench/actor_audit.py's contexts over rows of the files' texts."""
    sys.path.insert(0, str(HERE))
    import article_events as ae
    from actor_audit import contexts as parsed

    rows = ({"id": file, "text": ae.text_of(file), "published": None} for file in files)
    for row, ctx in parsed(rows, cache):
        yield row["id"], ctx


def audit_items(files, cache, floor=None):
    """One dict per output event (at the default floor unless `floor`), in article and text order."""
    from dateline import pipeline
    from dateline.records import Article

    for file, ctx in contexts(files, cache):
        art = pipeline.analysed(ctx, min_confidence=floor)
        if not isinstance(art, Article):
            print("FAIL", file, art, file=sys.stderr)
            continue
        text = ctx.raw.text
        codes = {a.id: a.code or a.sector or "-" for a in art.actors}

        def side(ps):
            return " + ".join(f"{p.text} [{codes.get(p.actor, '-') if p.actor else '-'}]" for p in ps) or "-"

        for e in art.events:
            yield {"file": file, "kind": file.split("/")[0], "type": e.type, "mode": e.mode, "cameo": e.cameo,
                   "trigger": e.trigger.text, "at": e.trigger.start, "source": side(e.source),
                   "target": side(e.target), "negated": e.negated, "hypothetical": e.hypothetical,
                   "confidence": e.confidence,
                   "sentence": text[e.sentence.start:e.sentence.end].replace("\n", " ").strip()}


def sample(items: list[dict], n: int, seed: int) -> list[dict]:
    """`n` events drawn at random (seeded), kept in article and text order."""
    rnd = random.Random(seed)
    keep = sorted(rnd.sample(range(len(items)), min(n, len(items))))
    return [items[i] for i in keep]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", type=pathlib.Path, help="a list of file values, one a line")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--cache", type=pathlib.Path, default=None, help="a folder of parsed docs (spaCy bytes)")
    ap.add_argument("--json", action="store_true", help="one JSON object a line instead of the readable rows")
    args = ap.parse_args(argv)
    files = read_list(args.files)
    items = list(audit_items(files, args.cache))
    picked = sample(items, args.n, args.seed)
    kinds = {}
    for it in items:
        kinds[it["kind"]] = kinds.get(it["kind"], 0) + 1
    print(f"# {len(files)} articles, {len(items)} events {json.dumps(kinds)}; seed {args.seed}, {len(picked)} drawn")
    for k, it in enumerate(picked, 1):
        if args.json:
            print(json.dumps(dict(it, row=k)))
            continue
        flags = "".join(("N" if it["negated"] else "", "H" if it["hypothetical"] else "")) or "-"
        conf = "-" if it["confidence"] is None else f"{it['confidence']:.2f}"
        print(f"{k}\t{it['file']}\t{it['type']}/{it['mode'] or '-'}\t{it['trigger']!r}@{it['at']}\t"
              f"S: {it['source']}\tT: {it['target']}\t{flags}\t{conf}\n\t{it['sentence'][:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
