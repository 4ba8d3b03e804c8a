"""Identity claims in articles that name two or more people of one surname (ident55, issue 11).

A spouse, a parent, a child, a sibling or a namesake share a surname with another person of the article (two
Clintons, two Bushes, two Pauls, a candidate and his son, a victim and her brother). Every mention that the tool gives
to one of them without writing that one's given name is a claim this lists, classed by its form (the route):

    surname     the bare surname (`Clinton`, `Clinton's`)
    honorific   Mr., Mrs., Ms. or Miss + surname
    title       a title or office + surname (`President Clinton`, `former Gov. Bush`, `Sen. Paul`)
    kin         a kin phrase (`his wife`, `Trump's son`, `the victim's mother`)
    desc        a description or a lower-case mention with no name (`the former president`)
    name        a capitalised mention with some other name word (`Bill`, `Hillary`, `Jr.`)

An article counts when for one surname it writes two different given names before it, or both a man's and a woman's
honorific (`Mr. Vell` and `Mrs. Vell`), or a given name and a kin phrase of the surname (`Vell's son`, `his wife, Ann
Vell` counts as a second given name). Only claims of actors whose name holds such a surname are listed. Each row
also carries cues (`cue`): `m`/`f` for the mention's honorific, and the article's other given names of the surname.

With --sets (read sets only; the kept sets are refused) the verdict is R/W/- against the gold (bench/identity_audit53
`_gold_verdict`); with --list (texts in no gold set) it is `?`, for judging by hand. --json writes the rows;
--compare A.json B.json prints what changed (identity_audit53's compare).

usage: PYTHONPATH=src python bench/identity_audit55.py (--sets S1,S2 | --list FILE) [--json OUT] [--quiet]
"""
from __future__ import annotations

import collections
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from identity_audit53 import PRONOUNS, TITLEISH, _gold_verdict, _words, compare, routes  # noqa: E402
from identity_audit54 import _full_names  # noqa: E402

KIN = r"(?:wife|husband|son|daughter|father|mother|brother|sister|widow|widower|dad|mom|mother-in-law|father-in-law|" \
      r"son-in-law|daughter-in-law|grandson|granddaughter|grandfather|grandmother|nephew|niece|uncle|aunt|cousin|" \
      r"spouse|stepson|stepdaughter|stepfather|stepmother|children|sons|daughters|parents|siblings)"
HON_M = {"mr"}
HON_F = {"mrs", "ms", "miss"}


def namesakes(text: str) -> dict[str, set[str]]:
    """surname -> the evidence of two or more people of it (given names, `m`/`f` honorifics, `kin`)."""
    from dateline.extractors.quotes.lexicon import given_names
    from dateline.lexicon import actors as lex
    known = set(given_names()) | {p.split()[0].lower() for p in lex.people()}
    fulls = {s: {g for g in gs if g.lower() in known} for s, gs in _full_names(text).items()}
    out = {}
    surnames = set(fulls)
    for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b", text):
        surnames.add(m.group(2))
    for s in surnames:
        ev = set(fulls.get(s, ()))
        hon = {("m" if h.lower() in HON_M else "f")
               for h in re.findall(r"\b(Mr|Mrs|Ms|Miss)\.?\s+" + re.escape(s) + r"\b", text)}
        kin = re.search(r"\b" + re.escape(s) + r"['’]s?\s+(?:\w+\s+){0,2}" + KIN + r"\b", text) or \
            re.search(r"\b" + KIN + r",?\s+(?:[A-Z][a-z]+\s+){1,2}" + re.escape(s) + r"\b", text)
        if len(ev) >= 2 or hon == {"m", "f"} or (ev and kin):
            out[s] = ev | hon | ({"kin"} if kin else set())
    return out


def form(text: str) -> str:
    """The route of a claimed mention by its own words (the module docstring)."""
    low = text.lower()
    first = low.split()[0].rstrip(".") if low.split() else ""
    if re.search(r"\b" + KIN + r"\b", low):
        return "kin"
    caps = [x for x in re.findall(r"\b[A-Z][\w'’.-]*", text) if x not in ("The", "A", "An")]
    if not caps or text[:1].islower() and not any(c.rstrip("'’s") for c in caps if c.lower().rstrip(".") not in TITLEISH):
        return "desc"
    if first in HON_M | HON_F:
        return "honorific"
    if first in TITLEISH:
        return "title"
    names = [c for c in caps if c.lower().rstrip(".") not in TITLEISH]
    return "surname" if len(names) == 1 else "name"


def main(argv=None) -> int:
    from identity_walk import audit_args, claim_walk, summary, write_rows
    a = audit_args(argv)
    if a.compare:
        return compare(*a.compare)
    from identity_audit import _sentence

    rows, counts = [], collections.Counter()
    n_art = 0
    for art, text, pub, gold, claims_of in claim_walk(a, routes, _gold_verdict):
        ns = namesakes(text)
        if not ns:
            continue
        n_art += 1
        for actor in art.actors:
            name_caps = re.findall(r"[A-Z][\w'’-]+", actor.name)
            shared = [s for s in ns if s in name_caps]
            if not shared:
                continue
            for r, m, verdict, ident in claims_of(actor):
                if r["route"] == "lex_full" and not r.get("extra"):
                    continue
                route = form(m.text)
                hon = m.text.split()[0].lower().rstrip(".") if m.text.split() else ""
                cue = ("m" if hon in HON_M else "f" if hon in HON_F else "") + \
                    "|" + ",".join(sorted(x for x in ns[shared[0]] if x[:1].isupper()))
                row = {"id": art.id, "set": (gold or {}).get("set"), "date": pub, "route": route,
                       "route53": r["route"], "extra": r.get("extra", []), "surname": shared[0], "cue": cue,
                       "mention": m.text, "start": m.start, "end": m.end, "name": actor.name, "code": actor.code,
                       "n_mentions": len(actor.mentions), "verdict": verdict, "gold": ident}
                rows.append(row)
                counts[(route, verdict)] += 1
                if not a.quiet:
                    print(f"{route} {verdict} {art.id} {pub} [{cue}] | {m.text} -> {actor.name} ({actor.code}) "
                          f"n={len(actor.mentions)}{' gold=' + ident if ident else ''}")
                    print("    " + _sentence(text, m.start, m.end, 110))
    write_rows(a.json, rows)
    print(f"# articles with namesakes {n_art}", file=sys.stderr)
    summary(counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
