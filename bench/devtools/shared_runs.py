#!/usr/bin/env python3
"""Lines of our files that share a run of 8 words with a dev text (session 56's sweep; the project's own-words rule).

usage: shared_runs.py FILE...            every line of the files that shares a run, with one shared run
       shared_runs.py --diff REV         the lines added since REV in src/, tests/, docs/ and README.md
Words are [A-Za-z0-9'] runs, lower-cased. The dev texts are ../shared/devsets: polnear text files, TE3 files, and the
`text`/`body` of the LGL, GeoVirus, GVA and L3S JSON lines. A run spread over two lines is not seen. Names of bodies in
lexicon rows are facts and may match."""
from __future__ import annotations

import glob
import json
import pathlib
import re
import subprocess
import sys

WORD = re.compile(r"[A-Za-z0-9']+")
DEV = pathlib.Path(__file__).resolve().parents[2].parent / "shared" / "devsets"


def runs(text: str) -> set[str]:
    w = [x.lower() for x in WORD.findall(text)]
    return {" ".join(w[i:i + 8]) for i in range(len(w) - 7)}


def dev_runs() -> set[str]:
    out: set[str] = set()
    for f in glob.glob(str(DEV / "polnear-*/text/*.txt")) + glob.glob(str(DEV / "te3-aquaint/*.tml")):
        out |= runs(open(f, encoding="utf-8", errors="ignore").read())
    for name in ("places-lgl/input.jsonl", "places-geovirus/input.jsonl", "casualties-gva/input.jsonl",
                 "dedup-gva/input.jsonl", "html-l3s-gn1/gold.jsonl"):
        for line in open(DEV / name, encoding="utf-8"):
            d = json.loads(line)
            out |= runs(d.get("text") or d.get("body") or "")
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    known = dev_runs()
    hits = 0
    if argv[0] == "--diff":
        diff = subprocess.run(["git", "diff", argv[1], "--", "src", "tests", "docs", "README.md"],
                              capture_output=True, text=True).stdout
        where = None
        for line in diff.splitlines():
            if line.startswith("+++ "):
                where = line[6:]
            elif line.startswith("+") and (shared := runs(line[1:]) & known):
                hits += 1
                print(f"{where}: {sorted(shared)[0]}")
    else:
        for f in argv:
            for n, line in enumerate(open(f, encoding="utf-8"), 1):
                if shared := runs(line) & known:
                    hits += 1
                    print(f"{f}:{n}: {sorted(shared)[0]}")
    print("lines", hits)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
