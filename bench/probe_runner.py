"""The runner the probes of invented sentences share (bench/sense_probe.py, bench/recall_probe.py): their TSV lines,
their command line, each sentence run through the whole pipeline as a one-line article, and an event printed as
both show it. Each probe keeps its own columns, verdicts and counts."""
from __future__ import annotations

import argparse
import pathlib
from typing import Iterator

from dateline.pipeline import process
from dateline.records import RawArticle


def rows(path: pathlib.Path, columns: int) -> list[tuple[str, ...]]:
    """The tab-separated lines of a probe file (`#` lines are comments), `columns` cells each."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = tuple(line.split("\t"))
            if len(cells) != columns:
                raise ValueError(f"{path.name}: {columns} columns expected: {line!r}")
            out.append(cells)
    return out


def arguments(select: str, doc: str) -> argparse.Namespace:
    """The probes' command line: `--SELECT` (one word or type), `--all` (every sentence, not only those not right),
    `--floor F` (the confidence floor; 0 keeps every event)."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument(f"--{select}")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--floor", type=float, default=None)
    return ap.parse_args()


def run(sentences: list[str], floor) -> Iterator[tuple[list, dict]]:
    """Per sentence (a one-line article, published 2024-05-02): its asserted events (neither negated nor
    hypothetical) and its actors' names by id."""
    raws = [RawArticle(id=str(i), text="\n\n" + s + "\n", published="2024-05-02", origin=str(i))
            for i, s in enumerate(sentences)]
    for art in process(raws, min_confidence=floor):
        yield [e for e in art.events if not e.negated and not e.hypothetical], {a.id: a.name for a in art.actors}


def show(events) -> None:
    """Print each event under its sentence: type, trigger, source texts -> target texts."""
    for e in events:
        print(f"        {e.type} {e.trigger.text!r} {[p.text for p in e.source]} -> {[p.text for p in e.target]}")
