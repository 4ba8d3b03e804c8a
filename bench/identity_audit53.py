"""Identity claims by route, on read gold sets or on texts in no gold set (ident53, issue 11).

Every output person actor whose name is more than the words of one of its mentions makes an identity claim: a lexicon
person (people.tsv), a fuller name than a mention's own words, or two mentions joined. This lists every such claim per
mention, classed by the evidence the text gives it (the route), so that each route can be counted and judged:

    lex_full      a lexicon person whose whole name (given name and surname) is written in this mention
    lex_title     a lexicon person told by a title or honorific + surname (`Sen. Vell`, `Mrs. Vell`)
    lex_surname   a lexicon person told by a bare surname; `1` when the actor has no other mention with the
                  given name (the surname is the only evidence), `+` when a mention of the actor writes the full name
    lex_desc      a lexicon person told by a description (`the president`) or a pronoun-less lower-case mention
    full_surname  no lexicon person: a bare surname (or title + surname) given a fuller name written elsewhere
    full_desc     no lexicon person: a description joined to a named person
    merge_given   two mentions of one surname with different written given names joined
    borrowed      a word of the actor's name that none of its mentions holds and the article holds elsewhere, when no
                  mention writes the full name (another person's given name, a place, a firm)
    lex_absent    a word of the actor's name that the article nowhere holds (the lexicon supplied it) and no mention
                  writes it

With --sets (read sets only; the kept sets are refused) each claim is judged against the gold: `R` when the gold
person the mention overlaps has every word of the output name in its identity or mentions, `W` when not, `-` when the
mention overlaps no gold person with an identity. With --list (texts in no gold set) the verdict is `?`, for judging by
hand. --json writes the rows; --compare A.json B.json prints the gold-right claims of A that B lost (its mention no
longer carries a name the gold confirms) and the claims whose verdict changed.

usage: PYTHONPATH=src python bench/identity_audit53.py (--sets S1,S2 | --list FILE) [--json OUT] [--quiet]
       python bench/identity_audit53.py --compare A.json B.json
"""
from __future__ import annotations

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself", "who", "whom", "whose", "which", "that",
            "i", "me", "my", "we", "us", "our", "they", "them", "their", "you", "your"}
TITLEISH = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "president", "senator", "governor", "mayor",
            "sheriff", "chief", "officer", "sgt", "lt", "det", "judge", "secretary", "minister", "prime", "rev", "prof",
            "the", "former", "jr", "sr", "of"}


def _words(s: str) -> list[str]:
    from eval_article_actors import _words as w
    return sorted(w(s))


def routes(actor, text: str, people) -> list[dict]:
    """One row per mention of a person actor whose name holds a word the mention lacks."""
    from identity_merge_audit import _person_like
    name_w = set(_words(actor.name))
    lexp = actor.name in people
    if not name_w or not actor.name[:1].isupper() or not (lexp or _person_like(actor)):
        return []
    ms = sorted((m for m in actor.mentions if m.text.lower() not in PRONOUNS), key=lambda m: m.start)
    ment_w = [set(_words(m.text)) for m in ms]
    all_w = set().union(*ment_w) if ment_w else set()
    in_text = set(_words(text))
    full_written = any(name_w <= w for w in ment_w)
    givens = {}
    for m in ms:
        ws = [x for x in re.findall(r"[A-Z][\w'’-]+", m.text) if x.lower() not in TITLEISH]
        if len(ws) >= 2:
            givens.setdefault(ws[-1], set()).add(ws[-2])
    out = []
    for m, w in zip(ms, ment_w):
        missing = name_w - w
        if not missing:
            if lexp:
                out.append({"route": "lex_full", "m": m})
            continue
        caps = [x for x in re.findall(r"\b[A-Z][\w'’.-]*", m.text) if x not in ("The", "A", "An")]
        if not w or not caps:
            route = "lex_desc" if lexp else "full_desc"
        elif m.text[:1].islower() and not (w & name_w):
            route = "lex_desc" if lexp else "full_desc"
        else:
            first = m.text.split()[0].lower().rstrip(".") if m.text.split() else ""
            if lexp:
                route = "lex_title" if first in TITLEISH else ("lex_surname+" if full_written else "lex_surname1")
            else:
                route = "full_surname"
        extra = []
        if not full_written:
            if missing - all_w - in_text:
                extra.append("lex_absent")
            elif missing - all_w:
                extra.append("borrowed")
        for sn, gs in givens.items():
            if len(gs) > 1 and sn.lower() in w:
                extra.append("merge_given")
        out.append({"route": route, "extra": extra, "m": m})
    return out


def _gold_verdict(gold: dict | None, text: str, m, name: str) -> tuple[str, str | None]:
    from eval_article_actors import _words as w
    from identity_walk import gold_person
    if gold is None:
        return "?", None
    g = gold_person(gold, m)                 # the first gold person with an identity whose mentions overlap m
    if g is None:
        return "-", None
    known = w(g["identity"]).union(*(w(text[s:e]) for s, e in g["mentions"]))
    return ("W" if w(name) - known else "R"), g["identity"]


def main(argv=None) -> int:
    from identity_walk import audit_args, claim_walk, summary, write_rows
    a = audit_args(argv)
    if a.compare:
        return compare(*a.compare)
    from identity_audit import _sentence

    rows, counts = [], collections.Counter()
    for art, text, pub, gold, claims_of in claim_walk(a, routes, _gold_verdict):
        for actor in art.actors:
            for r, m, verdict, ident in claims_of(actor):
                row = {"id": art.id, "set": (gold or {}).get("set"), "date": pub, "route": r["route"],
                       "extra": r.get("extra", []), "mention": m.text, "start": m.start, "end": m.end,
                       "name": actor.name, "code": actor.code, "n_mentions": len(actor.mentions),
                       "verdict": verdict, "gold": ident}
                rows.append(row)
                for k in [r["route"], *r.get("extra", [])]:
                    counts[(k, verdict)] += 1
                if not a.quiet and r["route"] != "lex_full":
                    print(f"{r['route']}{'+' + '+'.join(r['extra']) if r.get('extra') else ''} {verdict} {art.id} "
                          f"{pub} | {m.text} -> {actor.name} ({actor.code}) n={len(actor.mentions)}"
                          f"{' gold=' + ident if ident else ''}")
                    print("    " + _sentence(text, m.start, m.end, 110))
    write_rows(a.json, rows)
    summary(counts)
    return 0


def compare(pa: pathlib.Path, pb: pathlib.Path) -> int:
    A = [json.loads(l) for l in open(pa, encoding="utf-8")]
    B = {(r["id"], r["start"], r["end"]): r for r in map(json.loads, open(pb, encoding="utf-8"))}
    lost = changed = 0
    for r in A:
        b = B.get((r["id"], r["start"], r["end"]))
        if r["verdict"] == "R" and (b is None or b["name"] != r["name"] and b["verdict"] != "R"):
            lost += 1
            print(f"lost {r['route']} {r['id']} | {r['mention']} -> {r['name']} => {b and b['name']}")
        elif b is not None and b["name"] != r["name"]:
            changed += 1
            print(f"changed {r['route']} {r['verdict']}->{b['verdict']} {r['id']} | {r['mention']} -> {r['name']} => "
                  f"{b['name']}")
    print(f"# lost {lost} changed {changed}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
