#!/usr/bin/env python3
"""Place resolution over a folder of articles (default ../shared/devsets/polnear-dev/text).

Usage: bench/eval_places.py [FOLDER] [--sample N] [--seed S] [--out FILE]
Runs the quote and actor stages first (as the pipeline does), then counts the place candidates found (GPE/LOC/FAC entities, names after locative prepositions, datelines),
how many resolve to a gazetteer entry, and dumps a random sample of resolved mentions with their
context to check by hand (TSV: article, offset, mention, resolved name, country, admin1, feature, context).
Unresolved entity texts are listed by frequency: what the gazetteer or the rules miss.
"""
from __future__ import annotations

import argparse
import collections
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline import nlp  # noqa: E402
from dateline.extractors import Context  # noqa: E402
from dateline.extractors.actors import extract_actors  # noqa: E402
from dateline.extractors.quotes import extract_quotes  # noqa: E402
from dateline.extractors.places import PLACE_LABELS, resolve_mentions  # noqa: E402
from dateline.read import read  # noqa: E402
from dateline.structure import parse_text, structure  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared/devsets/polnear-dev/text"))
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="/tmp/places_sample.tsv")
    args = ap.parse_args()
    if not pathlib.Path(args.folder).exists():
        sys.exit(f"no folder {args.folder}")
    raws = [r for r in read([args.folder]) if not hasattr(r, "message")]
    layouts = [structure(r) for r in raws]
    docs = nlp.parse(parse_text(r.text, l.skip, l.title_span) for r, l in zip(raws, layouts))
    resolved, ents, ents_resolved = [], 0, 0
    missed = collections.Counter()
    for raw, lay, doc in zip(raws, layouts, docs):
        ctx = Context(raw=raw, layout=lay, doc=doc)
        actors, _ = extract_actors(ctx, extract_quotes(ctx))   # person actors' mentions are no places
        mentions = resolve_mentions(ctx, actors)
        spans = {(m.start, m.end) for m in mentions}
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS or ctx.skipped(ent.start_char, ent.end_char):
                continue
            ents += 1
            if any(s < ent.end_char and ent.start_char < e for s, e in spans):
                ents_resolved += 1
            else:
                missed[ent.text] += 1
        for m in mentions:
            left = raw.text[max(0, m.start - 50):m.start].replace("\n", " ")
            right = raw.text[m.end:m.end + 30].replace("\n", " ")
            resolved.append((raw.id, m.start, m.text, m.entry.name, m.entry.country, m.entry.admin1 or "",
                             m.entry.feature, f"{left}[{m.text}]{right}"))
    print(f"places: {len(raws)} articles, {len(resolved)} place mentions resolved "
          f"({len({(r[0], r[3]) for r in resolved})} article-places)")
    print(f"GPE/LOC/FAC entities: {ents}, resolved {ents_resolved} ({ents_resolved / max(ents, 1):.1%})")
    print("most frequent unresolved entities:", ", ".join(f"{t} ({n})" for t, n in missed.most_common(25)))
    rng = random.Random(args.seed)
    sample = rng.sample(resolved, min(args.sample, len(resolved)))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("article\toffset\tmention\tresolved\tcountry\tadmin1\tfeature\tcontext\n")
        for row in sample:
            f.write("\t".join(map(str, row)) + "\n")
    print(f"sample of {len(sample)} written to {args.out}")


if __name__ == "__main__":
    main()
