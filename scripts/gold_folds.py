"""Folds of whole gold files for the training scripts (train_criticism.py, train_confidence.py).

Our tune gold came in rounds, a few files coded in one session (bench/article_events/polnear-train-N, wire-N,
te3-aquaint-N). Folds of random articles put articles of the same round, read while the rules were written, on both
sides of a split; a model that learns what was true of one round (a trigger word right on tune) looks better there
than on articles nobody read. Folds of whole files, or the newest rounds held out, are closer to that.
- `rounds`: K folds in coding order: each series' files (polnear-train, wire, te3-aquaint) sorted by their number
  and cut into K runs of consecutive files, fold f holding run f of every series;
- `files`: K folds of whole files shuffled (seeded);
- `holdout`: one split, the files whose name matches a regular expression scored, the others trained on.
Articles outside our gold files (the shared dev set) have no fold: always trained on, never scored.
"""
from __future__ import annotations

import json
import pathlib
import re

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
OURS = ROOT / "bench" / "article_events"
# the newest rounds when this was written (2026-12-03): coded after every rule and model of the fifteenth session
NEWEST = r"polnear-train-5[1-8]\.|wire-12\."


def file_of(gold_dir: pathlib.Path = OURS) -> dict[str, str]:
    """{article id: its gold file's name} over our gold files."""
    return {json.loads(line)["id"]: f.name for f in sorted(gold_dir.glob("*.jsonl"))
            for line in open(f, encoding="utf-8") if line.strip()}


def round_key(name: str) -> tuple[str, int]:
    """(series, number) of a gold file: `polnear-train-12.jsonl` -> ("polnear-train", 12); no number is round 1."""
    stem = name.rsplit(".", 1)[0]
    m = re.fullmatch(r"(.*?)-(\d+)", stem)
    return (m.group(1), int(m.group(2))) if m else (stem, 1)


def file_folds(names, k: int, how: str = "rounds", seed: int = 13) -> dict[str, int]:
    """{file name: fold} for `how` = rounds (consecutive files of each series) or files (shuffled)."""
    names = sorted(set(names), key=round_key)
    if how == "files":
        order = np.random.default_rng(seed).permutation(len(names))
        return {names[j]: n % k for n, j in enumerate(order)}
    series: dict = {}
    for n in names:
        series.setdefault(round_key(n)[0], []).append(n)
    out = {}
    for files in series.values():
        for j, n in enumerate(files):                   # run j * k // len: K runs as even as can be
            out[n] = j * k // len(files)
    return out


def folds(ids, how: str, k: int = 5, holdout: str = NEWEST, seed: int = 13,
          files: dict[str, str] | None = None) -> list:
    """The fold of each article id (None: no fold, always trained on). `how`: rounds | files | holdout (fold 0 the
    held-out files, None the rest)."""
    files = file_of() if files is None else files
    if how == "holdout":
        rx = re.compile(holdout)
        return [0 if i in files and rx.search(files[i]) else None for i in ids]
    by_file = file_folds([files[i] for i in ids if i in files], k, how, seed)
    return [by_file[files[i]] if i in files else None for i in ids]
