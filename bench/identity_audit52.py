"""Every person dateline names or joins across mentions on a list of texts in no gold set, for judging by hand (ident52,
issue 11).

identity_audit.py lists lexicon identities and identity_merge_audit.py the suspect merges; this lists both kinds of
person actor as the whole pipeline (`dateline.pipeline.process`, structure included) gives them, one block per actor:

    <kind> <file> <date> | <name> (<role>) <country>/<sector> | <distinct mentions>
        <each distinct mention form with the text around its first occurrence>

kind: `lex` (the actor's name is a people.tsv person), `merged` (no lexicon person, but two or more distinct name forms
or a description joined to a name), with identity_merge_audit.py's suspect kinds added (`+given`, `+gender`, ...).
The date of a polnear-train file is the one in its name; an `input.jsonl#ID` line's is its `published` field or none.

usage: PYTHONPATH=src python bench/identity_audit52.py --list FILE [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _articles(path: pathlib.Path) -> list[dict]:
    import article_events as ae

    out = []
    for line in open(path, encoding="utf-8"):
        f = line.strip()
        if not f or f.startswith("#"):
            continue
        day = re.search(r"_(\d{4}-\d\d-\d\d)_", f)
        published = day.group(1) if day else None
        if "#" in f and published is None:
            src, _, wanted = f.partition("#")
            for row in map(json.loads, open(ae.SHARED / "devsets" / src, encoding="utf-8")):
                if row["id"] == wanted:
                    published = row.get("published") or row.get("date")
                    break
        out.append({"id": f, "text": ae.text_of(f), "published": published})
    return out


def main(argv=None) -> int:
    from identity_audit import _sentence
    from identity_merge_audit import _person_like, suspects

    from dateline.lexicon import actors as lex
    from dateline.pipeline import process
    from dateline.records import Article, RawArticle

    ap = argparse.ArgumentParser()
    ap.add_argument("--list", type=pathlib.Path, required=True)
    ap.add_argument("--json", type=pathlib.Path)
    a = ap.parse_args(argv)
    arts = {x["id"]: x for x in _articles(a.list)}
    people = lex.people()
    raws = [RawArticle(id=x["id"], text=x["text"], published=x["published"], origin=x["id"]) for x in arts.values()]
    rows, counts = [], {}
    for art in process(raws):
        if not isinstance(art, Article):
            continue
        text = arts[art.id]["text"]
        for actor in art.actors:
            if not actor.mentions:
                continue
            ms = sorted(actor.mentions, key=lambda m: m.start)
            forms = list(dict.fromkeys(m.text for m in ms))
            if actor.name in people:
                kind = "lex"
            elif _person_like(actor) and len(forms) >= 2:
                kind = "merged"
            else:
                continue
            kind += "".join("+" + k for k, _ in suspects(actor, text))
            counts[kind.split("+")[0]] = counts.get(kind.split("+")[0], 0) + 1
            first = {}
            for m in ms:
                first.setdefault(m.text, m)
            row = {"kind": kind, "id": art.id, "date": arts[art.id]["published"], "name": actor.name,
                   "role": actor.role, "country": actor.country, "sector": actor.sector, "forms": forms,
                   "contexts": [_sentence(text, m.start, m.end, 110) for m in first.values()]}
            rows.append(row)
            print(f"{kind} {art.id} {row['date']} | {actor.name} ({actor.role}) {actor.country}/{actor.sector} | "
                  + " / ".join(forms[:12]))
            for c in row["contexts"][:8]:
                print("    " + c)
            sys.stdout.flush()
    if a.json:
        a.json.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print("# actors", json.dumps(counts, sort_keys=True), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
