"""Identity claims on people of local news who may be named once, by route (ident54, issue 11).

ident53's audit (bench/identity_audit53.py) counts every identity claim - a mention whose actor's name holds a word the
mention lacks - by the evidence route. The kept pool's wrong identities are mostly a gold person with ONE mention given
a name word from elsewhere in the article or from the lexicon, so this audit adds the routes by which a person of a
local story, named once, gets an identity, a fuller name than its own words, or a merge with another mention. Each row
keeps ident53's route and adds any of these marks (one row may have several):

    kin           the mention is a bare surname (or title + surname) and the article writes two or more people of that
                  surname with different given names (`the victim's mother, Ann Roe` beside `Tim Roe`)
    two_names     the actor's mentions write two different surnames, or one surname with two different given names
                  (two people joined)
    lex_local     a lexicon person (people.tsv) whose full name no mention of the actor writes (a bare `Kinkel`,
                  `Johnson`, a title, a description)
    borrowed      ident53's mark: a word of the name that no mention holds and the article holds elsewhere
    poss_appos    the mention stands in a possessive or an apposition with another capitalised name (`Roe's attorney,
                  Sam Tull`; `Sam Tull, Roe's attorney`)
    listed        the mention stands in a list of names (a comma or `and` between it and another capitalised name)
    glued         the mention itself holds two names (a comma, `and` or two runs of capitalised words)
    one           the actor has one mention (not a pronoun) and its name holds a word the mention lacks

Run on texts in no gold set (--list; verdict `?`, judged by hand) or read gold sets (--sets; the kept sets are refused;
verdict R/W/- against the gold as ident53's, with the gold person's number of mentions). --local keeps only rows with a
mark of this audit (kin, two_names, lex_local, borrowed, poss_appos, listed, glued, one). --json writes the rows;
--compare A.json B.json (ident53's) prints what changed.

usage: PYTHONPATH=src python bench/identity_audit54.py (--sets S1,S2 | --list FILE) [--json OUT] [--local] [--quiet]
"""
from __future__ import annotations

import collections
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from identity_audit53 import PRONOUNS, TITLEISH, _gold_verdict, _words, compare, routes  # noqa: E402

NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"


def _name_words(s: str) -> list[str]:
    return [x.strip(",.") for x in re.findall(r"[A-Z][\w'’-]+", s) if x.lower().rstrip(".") not in TITLEISH
            and x not in ("The", "A", "An")]


def _full_names(text: str) -> dict[str, set[str]]:
    """surname -> given names written right before it anywhere in the article (two capitalised words in a row)."""
    out: dict[str, set[str]] = collections.defaultdict(set)
    for m in re.finditer(r"\b(?=([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b)", text):
        g, s = m.group(1), m.group(2)
        if g.lower() not in TITLEISH and g not in ("The", "A", "An", "In", "On", "At", "By", "And", "But"):
            out[s].add(g)
    return out


def marks54(actor, m, text: str, people, fulls: dict) -> list[str]:
    """This audit's marks for one claimed mention of a person actor (the module docstring)."""
    out = []
    ms = [x for x in actor.mentions if x.text.lower() not in PRONOUNS]
    words = _name_words(m.text)
    if len(words) == 1 and len(fulls.get(words[0], ())) >= 2:
        out.append("kin")
    givens = collections.defaultdict(set)
    surnames = set()
    for x in ms:
        ws = _name_words(x.text)
        if ws and x.text[:1].isupper():
            surnames.add(ws[-1])
            if len(ws) >= 2:
                givens[ws[-1]].add(ws[-2])
    if len(surnames) >= 2 and not all(s in _words(actor.name) or s.lower() in _words(actor.name) for s in surnames) \
            or any(len(g) >= 2 for g in givens.values()):
        out.append("two_names")
    if actor.name in people and not any(set(_words(actor.name)) <= set(_words(x.text)) for x in ms):
        out.append("lex_local")
    before, after = text[max(0, m.start - 60):m.start], text[m.end:m.end + 60]
    if re.search(NAME + r"['’]s\s+(?:\w+\s+){0,3}\w+,?\s*$", before) or re.match(r"['’]s\s+(?:\w+\s+){0,3}\w+,\s+" + NAME,
                                                                                   after) \
            or re.match(r",\s+(?:\w+\s+){0,2}" + NAME + r"['’]s\s", after):
        out.append("poss_appos")
    if re.search(NAME + r"\s*(?:,|\band)\s*$", before) or re.match(r"\s*(?:,|\band\b)\s*" + NAME, after):
        if re.search(r"[A-Z][a-z]+\s+[A-Z][a-z]+\s*(?:,|\band)\s*$", before) or \
                re.match(r"\s*(?:,|\band\b)\s*[A-Z][a-z]+\s+[A-Z][a-z]+", after):
            out.append("listed")
    if re.search(r",|\band\b", m.text) and len(words) >= 3:
        out.append("glued")
    if len(ms) == 1 and set(_words(actor.name)) - set(_words(m.text)):
        out.append("one")
    return out


def main(argv=None) -> int:
    from identity_walk import audit_args, claim_walk, gold_person, summary, write_rows
    a = audit_args(argv, "--local")
    if a.compare:
        return compare(*a.compare)
    from identity_audit import _sentence

    from dateline.lexicon import actors as lex
    people = lex.people()
    rows, counts = [], collections.Counter()
    for art, text, pub, gold, claims_of in claim_walk(a, routes, _gold_verdict):
        fulls = _full_names(text)
        for actor in art.actors:
            for r, m, verdict, ident in claims_of(actor):
                if r["route"] == "lex_full" and not r.get("extra"):
                    continue
                mk = marks54(actor, m, text, people, fulls)
                if a.local and not mk and "borrowed" not in r.get("extra", []):
                    continue
                gp = gold_person(gold, m)
                gold_n = len(gp["mentions"]) if gp else None
                row = {"id": art.id, "set": (gold or {}).get("set"), "date": pub, "route": r["route"],
                       "extra": r.get("extra", []), "marks": mk, "mention": m.text, "start": m.start, "end": m.end,
                       "name": actor.name, "code": actor.code, "n_mentions": len(actor.mentions),
                       "verdict": verdict, "gold": ident, "gold_n": gold_n}
                rows.append(row)
                for k in {r["route"], *r.get("extra", []), *mk}:
                    counts[(k, verdict)] += 1
                if not a.quiet:
                    tags = "+".join([r["route"], *r.get("extra", []), *mk])
                    print(f"{tags} {verdict} {art.id} | {m.text} -> {actor.name} ({actor.code}) n={len(actor.mentions)}"
                          f"{' gold=' + ident + ' gold_n=' + str(gold_n) if ident else ''}")
                    print("    " + _sentence(text, m.start, m.end, 110))
    write_rows(a.json, rows)
    summary(counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
