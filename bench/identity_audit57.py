"""Every lexicon identity on the readable events texts in no actor gold set, with the hand verdicts of
bench/identity_audit57.tsv (ident57, issue 11).

identity_audit56.py's method on a new list (bench/identity_free57.txt: the polnear-train and te3-aquaint texts of
bench/article_events.py's readable events sets, dev and tune's even half, that no actor gold set holds; /work/notes/s56
draw52.txt lines 41-65 are among them): one row per lexicon identity and one per claim of it - a mention that writes
neither the person's given name nor the surname together (a bare surname, a title, a description; pronouns and
relative words left out). The texts come through bench/article_events.py's loader (te3-aquaint texts as the scorer
converts them), parses cached as bench/devtools/events_cached.py caches them. Verdicts (ids, offsets, routes only):

    identity rows   R the actor is that person, W it is another person, E the text does not settle it
                    (an identity with a full-name mention is taken as right unless judged otherwise)
    claim rows      R the mention is that person's, W another person's (or no one's), E either

A claim or identity the table does not hold is `?` (a surname of an identity named in full is taken as right).

usage: PYTHONPATH=src python bench/identity_audit57.py [--list FILE] [--verdicts TSV] [--side before|after] [--show]
"""
from __future__ import annotations

import argparse
import collections
import os
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from identity_audit56 import SKIP, verdicts  # noqa: E402


def jobs(listing: pathlib.Path) -> list[tuple]:
    """(id, text, published, None) for the list's ids, read as bench/article_events.py reads its tune set."""
    import article_events as ae
    wanted = [line.split("\t")[0] for line in open(listing, encoding="utf-8")
              if line.strip() and not line.startswith("#")]
    by_id = {g["id"]: g for g in ae.load_sets(["dev", "tune"]).get("tune", [])}
    by_id.update({g["id"]: g for g in ae.load_sets(["dev"]).get("dev", [])})
    return [(i, by_id[i]["text"], by_id[i].get("published"), None) for i in wanted]


def main(argv=None) -> int:
    from identity_audit import _sentence
    from identity_walk import walk

    from dateline.lexicon import actors as lex
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", type=pathlib.Path, default=HERE / "identity_free57.txt")
    ap.add_argument("--verdicts", type=pathlib.Path, default=HERE / "identity_audit57.tsv")
    ap.add_argument("--side", default="after", choices=("before", "after"))
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args(argv)
    table = verdicts(a.verdicts, a.side)
    people = lex.people()
    counts: collections.Counter = collections.Counter()
    cache = pathlib.Path(os.environ.get("DATELINE_PARSE_CACHE", "/tmp/dateline-parse-cache"))
    for art, text, pub, _gold in walk(jobs(a.list), cache):
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
                print(f"identity {v} {art.id} {pub} | {actor.name} ({actor.role}) {actor.code} | "
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
                    cv = "R"
                counts[(route, cv)] += 1
                if a.show and cv != "R":
                    print(f"  claim {route} {cv} {art.id} {key} | {m.text} -> {actor.name} ({actor.role})")
                    print("      " + _sentence(text, m.start, m.end, 110))
    for kind in ("identity", "surname", "title", "given", "desc"):
        row = {v: counts[(kind, v)] for v in "RWE?"}
        print(f"# {kind:8} " + " ".join(f"{v} {n}" for v, n in row.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
