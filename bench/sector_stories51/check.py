"""Score dateline's sectors on the invented local stories of this folder against judgements.tsv (sect51).

    PYTHONPATH=src .venv/bin/python bench/sector_stories51/check.py [--all]

For each judged row: the first occurrence of the mention in the story, the output actor with a mention overlapping it,
and that actor's sector; prints the rows that fail (every row with --all) and the count passing.
"""
from __future__ import annotations

import argparse
import pathlib
import sys

from dateline.pipeline import process
from dateline.records import Article

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "identity_probes45"))
from run import probes  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    rows = [l.rstrip("\n").split("\t") for l in open(HERE / "judgements.tsv", encoding="utf-8")
            if l.strip() and not l.startswith("#")][1:]
    raws = {r.id: r for r in probes([], HERE)}
    out = {a.id: a.to_dict()["actors"] for a in process(list(raws.values())) if isinstance(a, Article)}
    ok = 0
    for story, mention, sector, note in rows:
        text = raws[story].text
        s = text.find(mention)
        if s < 0:
            raise SystemExit(f"{story}: no {mention!r} in the text")
        e = s + len(mention)
        got = [a for a in out[story] if any(m["start"] < e and s < m["end"] for m in a["mentions"])]
        have = got[0].get("sector") if got else "(no actor)"
        ok += have == sector
        if args.all or have != sector:
            print(f"{'ok ' if have == sector else 'BAD'} {story}\t{mention}\twant {sector}\tgot {have}"
                  + (f" ({got[0]['name']}, {got[0].get('role')})" if got else "") + f"\t{note}")
    print(f"{ok}/{len(rows)} rows pass")


if __name__ == "__main__":
    main()
