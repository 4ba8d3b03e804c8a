"""Probe the actors stage with role nouns and non-actors written from knowledge, not from gold errors (act28b).

Each role of bench/actors/probes/roles.tsv is put in invented frames (`Mara Lindqvist, a <role>, said`, `<role>
Mara Lindqvist said`, `<Role> Tom Harlan said`, `The <roles> protested`), each staff role of staff.tsv after and
with each employer, and each thing of non_actors.tsv in its kind's frames; every frame is a one-sentence article run
through structure, parse, quotes and actors. Prints the counts per frame (right / wrong sector / no sector or no
actor) and, with --list FILE, every miss.

    PYTHONPATH=src python bench/probe_actors.py [--list /tmp/probe.txt]
"""
from __future__ import annotations

import argparse
import collections
import csv
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent / "actors" / "probes"
LEAD = "WASHINGTON (AP) - "


def rows(name):
    with open(HERE / name, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def a_or_an(word):
    return "an" if word[0] in "aeiou" and not word.startswith(("uni", "eu", "u.s.")) else "a"


def role_cases():
    """(frame, label, text, target, accepted sectors) for every role."""
    for r in rows("roles.tsv"):
        role, sector = r["role"], r["sector"]
        ok = {sector} | set(filter(None, (r.get("accept") or "").split("|")))
        plural = r["plural"] or role + "s"
        yield ("apposition", role, f"{LEAD}Mara Lindqvist, {a_or_an(role)} {role}, said on Monday that the plan "
               "would work.\n", "Mara Lindqvist", ok)
        yield ("title", role, f"{LEAD}On Monday, {role} Mara Lindqvist said that the plan would work.\n",
               "Mara Lindqvist", ok)
        title = " ".join(w[:1].upper() + w[1:] for w in role.split())
        yield ("Title", role, f"{LEAD}{title} Tom Harlan said on Monday that the plan would work.\n", "Tom Harlan", ok)
        if plural != "-":
            yield ("group", role, f"{LEAD}The {plural} protested on Monday outside the building.\n", plural, ok)


def staff_cases():
    rs = rows("staff.tsv")
    roles = [r["text"] for r in rs if r["kind"] == "role"]
    for e in (r for r in rs if r["kind"] == "employer"):
        org, sector = e["text"], e["sector"]
        for role in roles:
            title = " ".join(w[:1].upper() + w[1:] for w in role.split())
            lead = org[:1].upper() + org[1:]
            label = f"{org} / {role}"
            yield ("staff-title", label, f"{LEAD}{lead} {title} Mara Lindqvist said on Monday that the plant would "
                   "close.\n", "Mara Lindqvist", sector)
            yield ("staff-apposition", label, f"{LEAD}Mara Lindqvist, {a_or_an(role)} {role} at {org}, said on Monday "
                   "that the plant would close.\n", "Mara Lindqvist", sector)


def thing_cases():
    rs = rows("non_actors.tsv")
    frames = collections.defaultdict(list)
    for r in rs:
        if r["kind"].startswith("frame:"):
            frames[r["kind"][6:]].append(r["thing"])
    for r in rs:
        if r["kind"].startswith("frame:"):
            continue
        for k, frame in enumerate(frames[r["kind"]]):
            thing = r["thing"]
            if frame.startswith("{}"):
                thing = thing[:1].upper() + thing[1:]
            yield (f"{r['kind']}#{k + 1}", r["thing"], LEAD + frame.format(thing) + "\n", thing, r["kind"])


def run(cases):
    from dateline.extractors.actors import ActorIndex, extract_actors
    from dateline.extractors.quotes import extract_quotes
    from dateline.pipeline import normalised, parsed
    from dateline.records import RawArticle
    from dateline.structure import structure

    prepared = []
    for k, c in enumerate(cases):
        raw = normalised(RawArticle(id=f"p{k}", text=c[2], published="2018-06-01", title=None, origin=f"p{k}"))
        prepared.append((raw, structure(raw)))
    for c, ctx in zip(cases, parsed(prepared, batch_size=64)):
        actors, _ = extract_actors(ctx, extract_quotes(ctx))
        start = c[2].index(c[3])
        aid = ActorIndex(actors).at(start, start + len(c[3]))
        yield c, next((a for a in actors if a.id == aid), None)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", help="write every miss to this file")
    args = ap.parse_args(argv)
    counts = collections.defaultdict(collections.Counter)
    misses = []
    for c, actor in run(list(role_cases()) + list(staff_cases())):
        frame, label, text, target, ok = c
        got = actor.sector if actor else None
        if isinstance(ok, str):
            right = got is not None and got != "GOV" if ok == "!GOV" else got == ok
        else:
            right = got in ok
        verdict = "right" if right else ("none" if got is None else "wrong")
        counts[frame][verdict] += 1
        if not right:
            misses.append(f"{frame}\t{label}\t{'/'.join(sorted(ok)) if not isinstance(ok, str) else ok}\t"
                          f"{got if actor else 'no actor'}\t{actor.country if actor else ''}")
    for c, actor in run(list(thing_cases())):
        frame, label, text, target, kind = c
        key = "actor kept" if kind == "actor" else "thing kept out"
        right = (actor is not None) if kind == "actor" else (actor is None)
        counts[key]["right" if right else "wrong"] += 1
        if not right:
            misses.append(f"{frame}\t{label}\t{kind}\t{'actor ' + (actor.sector or '-') if actor else 'no actor'}\t")
    total = collections.Counter()
    for frame, cnt in counts.items():
        total.update(cnt)
        n = sum(cnt.values())
        print(f"{frame:18} {n:5}  right {cnt['right']:5} ({cnt['right'] / n:.3f})  wrong {cnt['wrong']:4}  "
              f"none {cnt['none']:4}")
    n = sum(total.values())
    print(f"{'all':18} {n:5}  right {total['right']:5} ({total['right'] / n:.3f})  wrong {total['wrong']:4}  "
          f"none {total['none']:4}")
    if args.list:
        pathlib.Path(args.list).write_text("\n".join(misses) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
