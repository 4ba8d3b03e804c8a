"""The claim walk the identity audits share (ident53, ident54, ident55; issue 11): load read gold sets (the kept sets
refused) or a list of texts in no gold set, run the whole pipeline over them, and yield each article with its text, date
and gold (None for an unlabelled text); count rows by (route, verdict) and print the summary. One owner, so the audits
differ only in how they class a claim; `audit_args` and `claim_walk` give them their options and their walk over the
claims of each article's actors (words57).
"""
from __future__ import annotations

import argparse
import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))


def jobs(sets: str | None = None, listing: pathlib.Path | None = None) -> list[tuple]:
    """(id, text, published, gold or None) for read gold sets (`S1,S2`) or a list file of unlabelled texts."""
    out = []
    if sets:
        kept = set(open(HERE / "devtools" / "actor_sets_kept.txt").read().strip().split(","))
        import actor_gold
        arts = actor_gold.articles()
        for name in sets.split(","):
            if name in kept:
                sys.exit(f"{name} is a kept set: never audited")
            for line in open(HERE / "actors" / f"{name}.jsonl", encoding="utf-8"):
                if line.strip():
                    g = json.loads(line)
                    out.append((g["id"], arts[g["id"]]["text"], arts[g["id"]]["published"], g | {"set": name}))
    else:
        from identity_audit52 import _articles
        for x in _articles(listing):
            out.append((x["id"], x["text"], x["published"], None))
    return out


def walk(js: list[tuple], cache: pathlib.Path | None = None):
    """Yield (article, text, published, gold) for every job the pipeline turns into an Article; with `cache`, parses
    are kept on disk as bench/devtools/events_cached.py keeps them (ident57: hundreds of texts)."""
    from dateline.pipeline import analysed, process
    from dateline.records import Article, RawArticle
    by_id = {j[0]: j for j in js}
    raws = [RawArticle(id=j[0], text=j[1], published=j[2], origin=j[0]) for j in js]
    if cache is None:
        arts = process(raws)
    else:
        sys.path.insert(0, str(HERE.parent / "scripts"))
        from train_confidence import _contexts
        arts = (analysed(ctx) for ctx in _contexts(raws, cache))
    for art in arts:
        if isinstance(art, Article):
            _, text, pub, gold = by_id[art.id]
            yield art, text, pub, gold


def audit_args(argv=None, *flags: str) -> argparse.Namespace:
    """The options every identity audit takes (--sets, --list, --json, --quiet, --compare), with its own on/off
    `flags` (identity_audit54's `--local`)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets")
    ap.add_argument("--list", type=pathlib.Path)
    ap.add_argument("--json", type=pathlib.Path)
    for flag in flags:
        ap.add_argument(flag, action="store_true")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--compare", nargs=2, type=pathlib.Path)
    return ap.parse_args(argv)


def claim_walk(a: argparse.Namespace, routes, verdict):
    """The audits' walk over their claims: for every article the pipeline makes of the jobs of `a` (`--sets` or
    `--list`), (article, text, published, gold, claims_of), where claims_of(actor) yields each claim that `routes(actor,
    text, people)` lists for one of its actors as (route row, mention, verdict, gold identity), judged by `verdict(gold,
    text, mention, actor name)`. Stdout is flushed after each article."""
    from dateline.lexicon import actors as lex
    people = lex.people()
    for art, text, pub, gold in walk(jobs(a.sets, a.list)):
        def claims_of(actor, text=text, gold=gold):
            for r in routes(actor, text, people):
                m = r["m"]
                yield (r, m, *verdict(gold, text, m, actor.name))
        yield art, text, pub, gold, claims_of
        sys.stdout.flush()


def gold_person(gold: dict | None, m) -> dict | None:
    """The gold person with an identity whose mentions overlap mention m, or None."""
    if gold is None:
        return None
    from eval_article_actors import _overlaps
    for g in gold["actors"]:
        if g["kind"] == "person" and g.get("identity") and \
                any(_overlaps((m.start, m.end), tuple(s)) for s in g["mentions"]):
            return g
    return None


def summary(counts: collections.Counter, verdicts: str = "RW-?") -> None:
    """`# route fired R W - ?` then one line per route (counts keyed by (route, verdict)), on stderr."""
    print("# route fired " + " ".join(verdicts), file=sys.stderr)
    for k in sorted({k for k, _ in counts}):
        n = sum(v for (kk, _), v in counts.items() if kk == k)
        print(f"# {k} {n} " + " ".join(str(counts[(k, v)]) for v in verdicts), file=sys.stderr)


def write_rows(path: pathlib.Path | None, rows: list[dict]) -> None:
    if path:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
