"""Sense probe of the event trigger words (issue 10, ev28): runs the invented sentences of bench/sense_probe.tsv
through the whole pipeline (default confidence floor) and prints the events of each, marked `ok`, `FALSE` (an event
where the sense is none), `WRONG` (events, none of the expected type) or `MISS` (no event); then the counts per class.

usage: PYTHONPATH=src python bench/sense_probe.py [--word WORD] [--all] [--floor F]
  --all prints every sentence (default: only those not `ok`); --floor 0 keeps every event."""
from __future__ import annotations

import argparse
import collections
import pathlib

from dateline.pipeline import process
from dateline.records import RawArticle

PROBE = pathlib.Path(__file__).resolve().parent / "sense_probe.tsv"


def rows(path: pathlib.Path = PROBE) -> list[tuple[str, str, str, str]]:
    """(word, sense, expect, sentence) of each line of the probe."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, sense, expect, sentence = line.split("\t")
            out.append((word, sense, expect, sentence))
    return out


def verdict(expect: str, types: list[str]) -> str:
    if expect == "-":
        return "FALSE" if types else "ok"
    if not types:
        return "MISS"
    return "ok" if set(expect.split("|")) & set(types) else "WRONG"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--word")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--floor", type=float, default=None)
    args = ap.parse_args()
    probe = [r for r in rows() if args.word in (None, r[0])]
    raws = [RawArticle(id=str(i), text="\n\n" + r[3] + "\n", published="2024-05-02", origin=str(i))
            for i, r in enumerate(probe)]
    counts: collections.Counter = collections.Counter()
    for (word, sense, expect, sentence), art in zip(probe, process(raws, min_confidence=args.floor)):
        events = [e for e in art.events if not e.negated and not e.hypothetical]
        mark = verdict(expect, [e.type for e in events])
        counts[("none" if expect == "-" else "event"), mark] += 1
        if args.all or mark != "ok":
            print(f"{mark:5} {word}/{sense} [{expect}] {sentence}")
            for e in events:
                print(f"        {e.type} {e.trigger.text!r} {[p.text for p in e.source]} -> {[p.text for p in e.target]}")
    none = sum(v for (k, _), v in counts.items() if k == "none")
    ev = sum(v for (k, _), v in counts.items() if k == "event")
    print(f"no-event senses: {none} sentences, {counts['none', 'FALSE']} with a false event")
    print(f"event senses: {ev} sentences, {counts['event', 'ok']} right, {counts['event', 'WRONG']} wrong type, "
          f"{counts['event', 'MISS']} missed")


if __name__ == "__main__":
    main()
