"""Sense probe of the event trigger words (issue 10, ev28): runs the invented sentences of bench/sense_probe.tsv
through the whole pipeline (default confidence floor) and prints the events of each, marked `ok`, `FALSE` (an event
where the sense is none), `WRONG` (events, none of the expected type) or `MISS` (no event); then the counts per class.

usage: PYTHONPATH=src python bench/sense_probe.py [--word WORD] [--all] [--floor F]
  --all prints every sentence (default: only those not `ok`); --floor 0 keeps every event."""
from __future__ import annotations

import collections
import pathlib

import probe_runner

PROBE = pathlib.Path(__file__).resolve().parent / "sense_probe.tsv"


def rows(path: pathlib.Path = PROBE) -> list[tuple[str, str, str, str]]:
    """(word, sense, expect, sentence) of each line of the probe."""
    return probe_runner.rows(path, 4)


def verdict(expect: str, types: list[str]) -> str:
    if expect == "-":
        return "FALSE" if types else "ok"
    if not types:
        return "MISS"
    return "ok" if set(expect.split("|")) & set(types) else "WRONG"


def main() -> None:
    args = probe_runner.arguments("word", __doc__)
    probe = [r for r in rows() if args.word in (None, r[0])]
    counts: collections.Counter = collections.Counter()
    for (word, sense, expect, sentence), (events, _) in zip(probe, probe_runner.run([r[3] for r in probe], args.floor)):
        mark = verdict(expect, [e.type for e in events])
        counts[("none" if expect == "-" else "event"), mark] += 1
        if args.all or mark != "ok":
            print(f"{mark:5} {word}/{sense} [{expect}] {sentence}")
            probe_runner.show(events)
    none = sum(v for (k, _), v in counts.items() if k == "none")
    ev = sum(v for (k, _), v in counts.items() if k == "event")
    print(f"no-event senses: {none} sentences, {counts['none', 'FALSE']} with a false event")
    print(f"event senses: {ev} sentences, {counts['event', 'ok']} right, {counts['event', 'WRONG']} wrong type, "
          f"{counts['event', 'MISS']} missed")


if __name__ == "__main__":
    main()
