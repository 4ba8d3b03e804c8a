"""A precision audit of the actors stage on texts no gold set holds (act41, issue 11's false-actor line).

The texts: bench/identity_free39.txt, identity_free39b.txt, identity_free39c.txt, identity_free40.txt (`file` values,
one a line) and the html-l3s-gn1 pages of identity_free40_html.txt read through dateline's HTML reader. A seeded draw
(`draw`) splits them into an audit half the rules were tuned on (`tune`, 150 texts) and a check half judged but never
tuned on (`check`, 50 texts). Every output actor of the drawn texts was judged by bench/actors/GUIDE.md and written
to bench/actors/precision41.tsv (id, part, actor name, key kind, pass, verdict, kind of false; no article text):

    name     the actor's name; `NAME@k` the k-th output actor of that name in the article (k >= 2)
    verdict  A actor | O optional | N not an actor
    kind     (N only) group (a generic group the guide would not list), place, thing (a named thing, work or event),
             piece (a piece of a longer name), title (a title or description split from its person), dup (a
             duplicate of another output actor), other

usage (from the repository root):
    PYTHONPATH=src python bench/actor_precision41.py run --out /tmp/p41.jsonl [--cache DIR]   # every listed text
    PYTHONPATH=src python bench/actor_precision41.py show --run /tmp/p41.jsonl [--part tune]  # for judging
    PYTHONPATH=src python bench/actor_precision41.py score --run /tmp/p41.jsonl               # counts by verdict

`pass` is the actor pass that first gave the actor a mention (a trace of each pass's new mentions). `score` matches
the judged rows to a run's actors by (id, name); an actor no row judges is counted `new` and listed, one the rows
judge that the run no longer has is counted `gone` by its verdict (a false actor gone is the aim; a true one gone is
a loss).
"""
from __future__ import annotations

import argparse
import collections
import json
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "scripts"))

LISTS = ("identity_free39.txt", "identity_free39b.txt", "identity_free39c.txt", "identity_free40.txt")
HTML_LIST = "identity_free40_html.txt"
JUDGED = HERE / "actors" / "precision41.tsv"
SEED = 41
N_TUNE, N_CHECK = 150, 50


def _ids(path: pathlib.Path) -> list[str]:
    return [l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]


def every_id() -> list[str]:
    out = []
    for name in LISTS:
        out += _ids(HERE / name)
    out += ["html:" + i for i in _ids(HERE / HTML_LIST)]
    return out


def draw() -> dict[str, str]:
    """id -> `tune` or `check`: SEED's draw of N_TUNE + N_CHECK texts of every listed one."""
    ids = sorted(set(every_id()))
    picked = random.Random(SEED).sample(ids, N_TUNE + N_CHECK)
    return {i: ("tune" if k < N_TUNE else "check") for k, i in enumerate(picked)}


def raw_of(i: str):
    import article_events as ae

    from dateline.read.html import read_html
    from dateline.records import RawArticle

    if i.startswith("html:"):
        page = ae.SHARED / "devsets" / "html-l3s-gn1" / "html" / (i[5:] + ".html")
        return next(iter(read_html(page.read_bytes(), origin=i, id=i)))
    return RawArticle(id=i, text=ae.text_of(i), published=None, origin=i)


def traced_actors(ctx, quotes):
    """extract_actors' actors, each with the name of the pass that first gave its cluster a mention and its key's kind
    (P, P?, O, S, G, D, C, L: state.Cluster)."""
    from dateline.extractors import actors as A

    st = A.ActorState(ctx, tuple(quotes))
    made: dict[int, str] = {}
    for run in A.PASSES:
        run(st)
        for c in list(st.clusters.values()):
            if c.mentions and id(c) not in made:
                made[id(c)] = run.__name__
    actors, _ = A.finish(st)
    by_span = {}
    for c in st.clusters.values():
        for m in c.mentions:
            by_span.setdefault(m, (made.get(id(c), "?"), c.key[0]))
    out = []
    for a in actors:
        got = collections.Counter(by_span.get((m.start, m.end), ("?", "?")) for m in a.mentions)
        out.append((a, *(got.most_common(1)[0][0] if got else ("?", "?"))))
    return out


def run(args) -> int:
    from train_confidence import _contexts

    from dateline.extractors.quotes import extract_quotes

    parts = draw()
    ids = [i for i in every_id() if i in parts] if not args.all else every_id()
    raws = [raw_of(i) for i in ids]
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for i, ctx in zip(ids, _contexts(raws, args.cache)):
            text = ctx.text
            rows = []
            for a, made, kind in traced_actors(ctx, extract_quotes(ctx)):
                if not a.mentions:
                    continue
                first = min(a.mentions, key=lambda m: m.start)
                rows.append({"name": a.name, "kind": kind, "country": a.country, "sector": a.sector,
                             "pass": made, "mentions": [text[m.start:m.end] for m in sorted(a.mentions, key=lambda m: m.start)],
                             "first": first.start})
            f.write(json.dumps({"id": i, "part": parts.get(i, "-"), "actors": rows}, ensure_ascii=False) + "\n")
    return 0


def _runs(path):
    return [json.loads(l) for l in open(path, encoding="utf-8")]


def show(args) -> int:
    """Each drawn text's actors with the sentence of the first mention, for judging (scratch output, not kept)."""
    from train_confidence import _contexts

    got = {r["id"]: r for r in _runs(args.run)}
    ids = [i for i, p in draw().items() if p == args.part and i in got]
    ids.sort()
    for i, ctx in zip(ids, _contexts([raw_of(i) for i in ids], args.cache)):
        print(f"=== {i}")
        text = ctx.text
        for a in got[i]["actors"]:
            s = a["first"]
            lo = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), s - 160)
            hi = min(x for x in (text.find(". ", s), text.find("\n", s), s + 160) if x >= 0)
            ctxt = text[lo + 1:hi].replace("\n", " ").strip()
            print(f"  {a['name']!s:40.40} {a['kind'][:4]} {a['country'] or '-'}/{a['sector'] or '-'} [{a['pass']}] "
                  f"{' | '.join(dict.fromkeys(a['mentions']))[:120]}\n      > {ctxt[:300]}")
    return 0


def judged() -> list[dict]:
    rows = []
    for l in open(JUDGED, encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        i, part, name, kind, made, verdict, why = l.rstrip("\n").split("\t")
        rows.append(dict(id=i, part=part, name=name, kind=kind, made=made, verdict=verdict, why=why))
    return rows


def score(args) -> int:
    got = {r["id"]: r for r in _runs(args.run)}
    rows = judged()
    verdicts = {(r["id"], r["name"]): r for r in rows}
    for part in ("tune", "check"):
        have = collections.Counter()
        false_kind = collections.Counter()
        false_pass = collections.Counter()
        gone = collections.Counter()
        new = []
        seen = set()
        for i, r in got.items():
            if r["part"] != part:
                continue
            named = collections.Counter()
            for a in r["actors"]:
                named[a["name"]] += 1
                key = (i, a["name"] if named[a["name"]] == 1 else f"{a['name']}@{named[a['name']]}")
                seen.add(key)
                v = verdicts.get(key)
                if v is None:
                    have["new"] += 1
                    new.append(f"{i}\t{a['name']}\t{a['kind']}\t{a['pass']}")
                    continue
                have[v["verdict"]] += 1
                if v["verdict"] == "N":
                    false_kind[v["why"]] += 1
                    false_pass[a["pass"]] += 1
        lost = []
        for r in rows:
            if r["part"] == part and r["id"] in got and (r["id"], r["name"]) not in seen:
                gone[r["verdict"] + ("/" + r["why"] if r["why"] != "-" else "")] += 1
                if r["verdict"] != "N":
                    lost.append(f"{r['id']}\t{r['name']}\t{r['verdict']}")
        n = sum(have.values())
        print(f"{part}: {sum(1 for r in got.values() if r['part'] == part)} texts, {n} actors: "
              f"actor {have['A']} optional {have['O']} NOT {have['N']} ({have['N'] / max(n, 1):.3f}) unjudged {have['new']}")
        print(f"  false by kind {dict(false_kind.most_common())}")
        print(f"  false by pass {dict(false_pass.most_common())}")
        if gone:
            print(f"  judged rows gone {dict(gone.most_common())}")
        for line in new[:args.new]:
            print("  new\t" + line)
        for line in lost:
            print("  gone (judged an actor or optional)\t" + line)
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--out", type=pathlib.Path, required=True)
    r.add_argument("--cache", type=pathlib.Path)
    r.add_argument("--all", action="store_true", help="every listed text, not only the drawn ones")
    s = sub.add_parser("show")
    s.add_argument("--run", type=pathlib.Path, required=True)
    s.add_argument("--part", default="tune")
    s.add_argument("--cache", type=pathlib.Path)
    c = sub.add_parser("score")
    c.add_argument("--run", type=pathlib.Path, required=True)
    c.add_argument("--new", type=int, default=40, help="list this many unjudged actors")
    a = ap.parse_args(argv)
    return {"run": run, "show": show, "score": score}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
