"""Recall probe of the event types (issue 10, ev29a): runs the invented sentences of bench/recall_probe.tsv (the
ways reporters say each PLOVER type: active, passive with or without `by`, nominal, reported, relative, title +
name, country, organisation, pronoun) through the whole pipeline (default confidence floor) and prints, per type,
the sentences found with the right type (`ok`), with the right dyad as well, missed (`MISS`: no event) and found
with a wrong type only (`WRONG`); then the counts per type.

usage: PYTHONPATH=src python bench/recall_probe.py [--type TYPE] [--all] [--floor F]
  --all prints every sentence (default: those missed, of a wrong type or of a wrong dyad); --floor 0 keeps every
  event. A participant is right when its text or its actor's name holds the expected word (`-`: any)."""
from __future__ import annotations

import collections
import pathlib

import probe_runner

PROBE = pathlib.Path(__file__).resolve().parent / "recall_probe.tsv"


def rows(path: pathlib.Path = PROBE) -> list[tuple[str, str, str, str, str]]:
    """(type, form, source, target, sentence) of each line of the probe."""
    return probe_runner.rows(path, 5)


def holds(word: str, parts, names: dict) -> bool:
    """Some participant's text or actor name holds `word` (`-`: any participants, none too)."""
    if word == "-":
        return True
    w = word.lower()
    return any(w in p.text.lower() or w in names.get(p.actor, "").lower() for p in parts)


def verdict(etype: str, source: str, target: str, events, names: dict) -> str:
    if not events:
        return "MISS"
    typed = [e for e in events if e.type in etype.split("|")]
    if not typed:
        return "WRONG"
    if any(holds(source, e.source, names) and holds(target, e.target, names) for e in typed):
        return "ok"
    return "DYAD"


def main() -> None:
    args = probe_runner.arguments("type", __doc__)
    probe = [r for r in rows() if args.type in (None, r[0])]
    counts: dict = collections.defaultdict(collections.Counter)
    for (etype, form, source, target, sentence), (events, names) in zip(
            probe, probe_runner.run([r[4] for r in probe], args.floor)):
        mark = verdict(etype, source, target, events, names)
        counts[etype.split("|")[0]][mark] += 1
        if args.all or mark != "ok":
            print(f"{mark:5} {etype}/{form} [{source} -> {target}] {sentence}")
            probe_runner.show(events)
    print(f"{'type':10} {'n':>4} {'type ok':>8} {'dyad ok':>8} {'missed':>7} {'wrong':>6}")
    total: collections.Counter = collections.Counter()
    for etype in sorted(counts):
        c = counts[etype]
        n = sum(c.values())
        total.update(c)
        print(f"{etype:10} {n:4} {c['ok'] + c['DYAD']:8} {c['ok']:8} {c['MISS']:7} {c['WRONG']:6}")
    n = sum(total.values())
    print(f"{'all':10} {n:4} {total['ok'] + total['DYAD']:8} {total['ok']:8} {total['MISS']:7} {total['WRONG']:6}")


if __name__ == "__main__":
    main()
