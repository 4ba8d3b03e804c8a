"""People the tool merges: every output person whose mentions join two people, for judging by reading (issue 11).

identity_audit.py lists the lexicon identities; this lists the merges a namesake or a relative makes, whatever the
identity. One line per suspect actor and kind:

    <kind> <article> | <actor name> <role> <country>/<sector> | <mentions> | <the sentence of the first suspect mention>

kinds: `given` (two mentions of one surname with different given names: `Bob Lee` and `Ann Lee`), `gender` (a man's
and a woman's mark among the mentions: Mr. and Mrs., a given name of each gender, a given name and an honorific of
the other, or he and she), `shared` (ident43: a lone surname joined to one person while another person of the article has a
full name of that surname with another given name: `Tom Vell ... Ann Vell ... Vell said`), `kin` (a mention that is a kin noun or holds one: `her husband`, `his son`), `desc` (a description, a
mention starting in lower case, whose head noun is in no other mention and not in the actor's role: `the mayor`
joined to a person the text gives another post).

usage: PYTHONPATH=src python bench/identity_merge_audit.py --list FILE [--list FILE ...] [--json FILE] [--cache DIR]
       (--list: `file` values one a line, as identity_audit.py's; --json: {id: text} of articles, e.g. te3's)
"""
from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "scripts"))

_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _person_like(actor) -> bool:
    """An actor named as a person: some mention of two words or more whose first is a given name or an honorific."""
    from dateline.extractors.quotes.lexicon import given_names, title_genders

    for m in actor.mentions:
        ws = m.text.split()
        if ws and ws[0].lower().rstrip(".") in title_genders():
            return True
        if len(ws) >= 2 and ws[0].lower() in given_names():
            return True
    return False


def _givens(actor, titles) -> dict[str, set[str]]:
    """surname -> the words written just before it (the given name, middle initials skipped), of mentions whose last
    two words are capitalised (`Police Chief Bob Lee` gives Lee: Bob), with every name word of those mentions."""
    out: dict[str, list[tuple[str, set[str]]]] = {}
    for m in actor.mentions:
        ws = [w.strip(",") for w in m.text.split()]
        ws = [w for w in ws if not re.fullmatch(r"[A-Z]\.", w)]
        if len(ws) >= 2 and all(w[:1].isupper() for w in ws[-2:]) and not ws[-2].endswith(("'s", "’s", ".")) and \
                ws[-2].lower() not in titles:
            out.setdefault(ws[-1], []).append((ws[-2], {w.lower() for w in ws}))
    return out


def suspects(actor, text: str) -> list[tuple[str, object]]:
    """[(kind, mention)] for one person actor."""
    from dateline.extractors.quotes.lexicon import given_names, title_genders
    from dateline.lexicon import actors as lex

    kin = lex.words("kin")
    out = []
    ms = sorted(actor.mentions, key=lambda m: m.start)
    givens = _givens(actor, lex.title_words() | set(title_genders()))
    names = {w for forms in givens.values() for _, ws in forms for w in ws}
    for surname, forms in givens.items():
        clash = [(a, b) for a, wa in forms for b, wb in forms
                 if a.lower() != b.lower() and a.lower() not in wb and b.lower() not in wa and len(a) > 2 and len(b) > 2]
        if clash:
            a = clash[0][1]
            out.append(("given", next(m for m in ms if f"{a} " in m.text and m.text.endswith(surname))))
            break
    genders = {}
    for m in ms:
        w = m.text.split()
        if not w:
            continue
        first = w[0].lower().rstrip(".")
        g = title_genders().get(first) or \
            (given_names().get(first) if len(w) >= 2 and w[1][:1].isupper() and not lex.place_country(w[0]) else None) or \
            (_PRONOUNS.get(first) if len(w) == 1 else None)
        if g and g not in genders:
            genders[g] = m
    if len(genders) == 2:
        out.append(("gender", genders["f"]))
    for m in ms:
        lw = [w.lower() for w in re.findall(r"[\w-]+", m.text)]
        if any(w in kin or w.split("-")[0] in kin for w in lw) and m.text[:1].islower():
            out.append(("kin", m))
            break
    role = (actor.role or "").lower()
    others = " ".join(x.text.lower() for x in ms if x.text[:1].isupper())
    for m in ms:
        if m.text[:1].islower() and m.text.split()[0].lower() in ("the", "a", "an") and len(m.text.split()) >= 2:
            head = m.text.split()[-1].lower().strip(".,'’s")
            if head not in role and head not in others and head not in names:
                out.append(("desc", m))
                break
    return out


def _shared_surnames(actors) -> dict[str, set[str]]:
    """surname -> the first words of the full names (two words or more) of the article's actors that end in it."""
    out: dict[str, set[str]] = {}
    for a in actors:
        ws = a.name.split()
        if len(ws) >= 2 and ws[0][:1].isupper() and ws[-1][:1].isupper():
            out.setdefault(ws[-1], set()).add(ws[0])
    return out


def _shared(actor, shared) -> list[tuple[str, object]]:
    """[("shared", mention)]: the actor's first lone-surname mention where another actor's full name ends in it."""
    ws = actor.name.split()
    if len(ws) < 2 or len(shared.get(ws[-1], ())) < 2:
        return []
    lone = [m for m in sorted(actor.mentions, key=lambda m: m.start) if m.text == ws[-1]]
    return [("shared", lone[0])] if lone else []


def audit(arts: list[dict], cache):
    from train_confidence import _contexts

    from dateline.extractors.actors import extract_actors
    from dateline.extractors.quotes import extract_quotes
    from dateline.extractors.spans import forget
    from dateline.records import RawArticle

    raws = [RawArticle(id=a["id"], text=a["text"], published=a.get("published"), origin=a["id"]) for a in arts]
    for ctx in _contexts(raws, cache):
        try:
            actors, _ = extract_actors(ctx, extract_quotes(ctx))
        finally:
            forget(ctx.doc)
        text = ctx.raw.text
        shared = _shared_surnames(actors)
        for actor in actors:
            if not actor.mentions or not _person_like(actor):
                continue
            for kind, m in suspects(actor, text) + _shared(actor, shared):
                texts = list(dict.fromkeys(x.text for x in sorted(actor.mentions, key=lambda x: x.start)))
                yield {"kind": kind, "id": ctx.raw.id, "name": actor.name, "role": actor.role,
                       "country": actor.country, "sector": actor.sector, "mentions": texts[:10],
                       "sentence": _sentence(text, m.start, m.end)}


def _sentence(text, start, end):
    from identity_audit import _sentence as s
    return s(text, start, end)


def _te3_day(aid: str):
    m = re.match(r"[A-Z_]+(\d{4})(\d\d)(\d\d)", aid)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def main(argv=None) -> int:
    from identity_audit import _article_list, _listed_dated

    ap = argparse.ArgumentParser()
    ap.add_argument("--list", type=pathlib.Path, action="append", default=[])
    ap.add_argument("--json", type=pathlib.Path, action="append", default=[])
    ap.add_argument("--sets", help="readable sets, as identity_audit.py's --sets (events dev/tune, actor sets)")
    ap.add_argument("--cache", type=pathlib.Path)
    a = ap.parse_args(argv)
    arts = _listed_dated(a.list) if a.list else []
    for p in a.json:                       # te3's ids hold theirs (NYT19981025.0216)
        arts += [{"id": k, "text": v, "published": _te3_day(k)} for k, v in json.load(open(p, encoding="utf-8")).items()]
    if a.sets:
        arts += _article_list(a.sets.split(","))
    print(f"# {len(arts)} articles", file=sys.stderr)
    if a.cache:
        a.cache.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for r in audit(arts, a.cache):
        counts[r["kind"]] = counts.get(r["kind"], 0) + 1
        print(f"{r['kind']} {r['id']} | {r['name']} ({r['role']}) {r['country']}/{r['sector']} | "
              f"{' / '.join(r['mentions'])} | {r['sentence']}", flush=True)
    print("# suspects", json.dumps(counts, sort_keys=True), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
