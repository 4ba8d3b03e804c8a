"""Every lexicon identity on texts in no gold set, with the hand verdicts of bench/identity_audit56.tsv (ident56,
issue 11).

identity_audit52.py's `lex` kind (every actor the whole pipeline names as a people.tsv person) made countable: one row
per lexicon identity and one per claim of it - a mention that writes neither the person's given name nor the
surname together (a bare surname, a title, a description; pronouns and relative words are left out). The verdicts are
read from bench/identity_audit56.tsv, judged by reading the texts (the ids and offsets only are kept there):

    identity rows   R the actor is that person, W it is another person, E the text does not settle it
                    (an identity with a full-name mention is taken as right unless judged otherwise)
    claim rows      R the mention is that person's, W another person's (or no one's), E either

A claim or identity the table does not hold is `?` (new on this run: judge it by hand and add it). namesake claims
of identity_audit55.py on the same texts are judged in the same table (route `ns:<form>`).

usage: PYTHONPATH=src python bench/identity_audit56.py --list FILE [--verdicts TSV] [--side before|after] [--show]
(--show prints the unjudged and wrong rows with the text around them, for judging; --side picks the verdict column)
"""
from __future__ import annotations

import argparse
import collections
import csv
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SKIP = {"he", "she", "him", "her", "his", "hers", "himself", "herself", "i", "me", "my", "mine", "we", "us", "our",
        "who", "whom", "whose", "that", "which", "you", "your", "they", "them", "their"}


def verdicts(path: pathlib.Path, side: str) -> dict:
    """(kind, id, key) -> (the actor judged, verdict) from the table (`key` is the person's name for an identity,
    `start-end` for a claim); the column `side` (before / after)."""
    out = {}
    if not path.exists():
        return out
    rows = [line for line in open(path, encoding="utf-8") if not line.startswith("#")]
    for r in csv.DictReader(rows, delimiter="\t"):
        out[(r["kind"], r["id"], r["key"])] = (r["name_" + side], r[side])
    return out


def main(argv=None) -> int:
    from identity_audit import _sentence
    from identity_walk import jobs, walk

    from dateline.lexicon import actors as lex
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", type=pathlib.Path, required=True)
    ap.add_argument("--verdicts", type=pathlib.Path, default=HERE / "identity_audit56.tsv")
    ap.add_argument("--side", default="after", choices=("before", "after"))
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args(argv)
    table = verdicts(a.verdicts, a.side)
    people = lex.people()
    counts: collections.Counter = collections.Counter()
    for art, text, pub, _gold in walk(jobs(None, a.list)):
        for actor in art.actors:
            if actor.name not in people or not actor.mentions:
                continue
            words = actor.name.split()
            given, surname = words[0], words[-1]
            ms = sorted(actor.mentions, key=lambda m: m.start)
            full = any(given in m.text and surname in m.text for m in ms)
            v = table.get(("identity", art.id, actor.name), (actor.name, "R" if full else "?"))[1]
            counts[("identity", v)] += 1
            if a.show and v != "R":
                print(f"identity {v} {art.id} | {actor.name} ({actor.role}) {actor.code} | "
                      + " / ".join(dict.fromkeys(m.text for m in ms)))
            for m in ms:
                if m.text.lower() in SKIP or (given in m.text and surname in m.text):
                    continue
                route = "surname" if re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?" + re.escape(surname) +
                                                  r"(?:['’]s?)?", m.text) else \
                    "title" if surname in m.text else "given" if given in m.text else "desc"
                key = f"{m.start}-{m.end}"
                judged, cv = table.get(("claim", art.id, key), (actor.name, "?"))
                if judged != actor.name:
                    cv = "?"                      # (given to another actor than the one judged: judge it again)
                if full and cv == "?" and route in ("surname", "title", "given"):
                    cv = "R"                      # (a surname of an identity the text names in full: taken as
                    #                               right unless the table says otherwise)
                counts[(route, cv)] += 1
                if a.show and cv != "R":
                    print(f"  claim {route} {cv} {art.id} {key} | {m.text} -> {actor.name}")
                    print("      " + _sentence(text, m.start, m.end, 110))
    for kind in ("identity", "surname", "title", "given", "desc"):
        row = {v: counts[(kind, v)] for v in "RWE?"}
        print(f"# {kind:8} " + " ".join(f"{v} {n}" for v, n in row.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
