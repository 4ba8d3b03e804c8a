"""What the gold draws share (draw52.py, draw53.py, draw53_te3.py, draw54.py, draw54_gva.py; tidy54): the tree to
read, the ids the tree's gold already holds, the ids its files name, and a seeded shuffle of a sorted pool. Each draw
keeps its own pool, filter, seed and output; these helpers only say the common steps once."""
from __future__ import annotations

import json
import pathlib
import random
import subprocess
import sys
from typing import Callable, Iterable, Optional

TREE = pathlib.Path(__file__).resolve().parents[2]
NAMED_DIRS = ("bench", "docs", "tests", "scripts", "src")   # where a text named by id is no longer unseen


def tree(argv: list[str]) -> pathlib.Path:
    """The tree a draw reads: its first argument, else the tree the script is in. Its bench/ is put first on the
    import path, so `article_events` and `actor_gold` are that tree's."""
    root = pathlib.Path(argv[1]).resolve() if len(argv) > 1 else TREE
    sys.path.insert(0, str(root / "bench"))
    return root


def devsets(root: pathlib.Path) -> pathlib.Path:
    """The shared corpora beside the tree (as bench/article_events.py finds them)."""
    return root.parent / "shared" / "devsets"


def actor_gold_ids(root: pathlib.Path) -> set[str]:
    """The article ids of the tree's actor gold sets (bench/actors/*.jsonl)."""
    used = set()
    for f in (root / "bench" / "actors").glob("*.jsonl"):
        for line in open(f, encoding="utf-8"):
            if line.strip():
                used.add(json.loads(line)["id"])
    return used


def bench_ids(root: pathlib.Path) -> set[str]:
    """Every id any JSON-lines file under bench/ holds (a line that is an object with an `id`), with the first column
    of the actor audit lists (bench/actors/*.tsv)."""
    used = set()
    for f in (root / "bench").rglob("*.jsonl"):
        try:
            for line in open(f, encoding="utf-8"):
                if line.strip().startswith("{"):
                    d = json.loads(line)
                    if isinstance(d, dict) and "id" in d:
                        used.add(str(d["id"]))
        except Exception:
            pass                                  # (a file that is not JSON lines names nothing here)
    return used | tsv_ids(root, files=False)


def tsv_ids(root: pathlib.Path, *, files: bool = True) -> set[str]:
    """The ids of the actor audit lists (bench/actors/*.tsv): the first column; with `files`, also the id after `#` in
    the second column of a line that has one (`casualties-gva/input.jsonl#gva-...`)."""
    used = set()
    for f in (root / "bench" / "actors").glob("*.tsv"):
        for line in open(f, encoding="utf-8"):
            if files:
                p = line.rstrip("\n").split("\t")
                if len(p) > 1:
                    used.add(p[0])
                    used.add(p[1].split("#")[-1])
            else:
                used.add(line.split("\t")[0])
    return used


def article_ids(root: pathlib.Path) -> set[str]:
    """The ids of every article bench/actor_gold.py knows and the names of their files, with the audit lists' ids."""
    import actor_gold

    arts = actor_gold.articles()
    return {pathlib.Path(a["file"] or "").name for a in arts.values()} | set(arts) | tsv_ids(root)


def named(root: pathlib.Path, ids: Iterable[str], exclude_dir: Optional[str] = None) -> set[str]:
    """The ids of `ids` that some file of the tree's NAMED_DIRS names (`exclude_dir`: a folder name grep skips)."""
    cmd = ["grep", "-rhoF"] + ([f"--exclude-dir={exclude_dir}"] if exclude_dir else []) + ["-f", "/dev/stdin"]
    out = subprocess.run(cmd + list(NAMED_DIRS), cwd=root, input="\n".join(ids), capture_output=True, text=True)
    return set(out.stdout.split())


def shuffled(items: Iterable, seed: int, key: Optional[Callable] = None) -> list:
    """The items sorted (by `key`), then shuffled by a generator seeded with `seed`: the same list on every machine."""
    out = sorted(items, key=key)
    random.Random(seed).shuffle(out)
    return out
