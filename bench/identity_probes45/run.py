"""Run dateline on the invented identity probes of this folder and print every actor (ident45).

    PYTHONPATH=src .venv/bin/python bench/identity_probes45/run.py [--json OUT] [NAME...]

Each probe is `NN_name.txt`: a first line `PUB=YYYY-MM-DD`, then the article. The printout is one line per actor:
probe, id, name, country, sector, role and its mentions, for judging identities by hand (judgements.tsv).
"""
from __future__ import annotations

import argparse
import json
import pathlib

from dateline.pipeline import process
from dateline.records import Article, RawArticle

HERE = pathlib.Path(__file__).resolve().parent


def probes(names: list[str], folder: pathlib.Path = HERE) -> list[RawArticle]:
    out = []
    for p in sorted(folder.glob("[0-9]*.txt")):
        if names and not any(p.stem.startswith(n) for n in names):
            continue
        head, text = p.read_text(encoding="utf-8").split("\n", 1)
        out.append(RawArticle(id=p.stem, text=text, published=head.split("=", 1)[1], origin=p.name))
    return out


def main(folder: pathlib.Path = HERE) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--json")
    args = ap.parse_args()
    rows = {}
    for art in process(probes(args.names, folder)):
        if not isinstance(art, Article):
            continue
        d = art.to_dict()
        rows[art.id] = d["actors"]
        for a in d["actors"]:
            print(f"{art.id}\t{a['id']}\t{a['name']}\t{a.get('country')}\t{a.get('sector')}\t{a.get('role')}\t"
                  + " | ".join(m["text"] for m in a["mentions"]))
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
