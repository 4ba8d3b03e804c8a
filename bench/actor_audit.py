"""Audit the actors stage's output on read articles of the weak kinds, judged by reading (act29b).

Runs structure, parse (cached docs), quotes and actors over the tune half (even positions of each
bench/article_events/*.jsonl file, as bench/article_events.py splits it; never the kept half) of the articles whose
`file` is one of KINDS (local news, 2008 web pages, shooting reports, GeoVirus), and prints a seeded random sample of
output actors, stratified by kind: each with its sector, country, code, its mention texts and the sentence of its
first mention, for a reader to judge by bench/actors/GUIDE.md (actor or not; sector and country right or wrong).

    PYTHONPATH=src python bench/actor_audit.py --seed 1 --n 400 [--cache /work/cache] > /tmp/audit.txt
    PYTHONPATH=src python bench/actor_audit.py --list FILES.txt --seed 1 --n 150   # listed articles in no gold set
"""
from __future__ import annotations

import argparse
import collections
import json
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = ("places-lgl", "html-l3s-gn1", "casualties-gva", "places-geovirus")


def tune_articles(kinds=KINDS) -> list[dict]:
    """The gold rows of the tune half whose file is of one of `kinds`, with their text."""
    sys.path.insert(0, str(HERE))
    import article_events as ae

    rows = []
    for f in sorted(ae.OURS.glob("*.jsonl")):
        got = sorted((json.loads(l) for l in open(f, encoding="utf-8") if l.strip()), key=lambda g: g["id"])
        for k, g in enumerate(got):
            if k % 2 == 0 and g["file"].split("/")[0] in kinds:
                rows.append(dict(g, text=ae.text_of(g["file"])))
    return rows


def listed_articles(path: pathlib.Path) -> list[dict]:
    """Rows (id = the file value) for the file values listed in `path`, one a line, # lines skipped."""
    sys.path.insert(0, str(HERE))
    import article_events as ae

    files = [l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
    return [{"id": f, "file": f, "text": ae.text_of(f), "published": None} for f in files]


def contexts(rows, cache: pathlib.Path | None):
    """Each article structured and parsed as the pipeline does it (docs kept in `cache` when given)."""
    from spacy.tokens import Doc

    from dateline import nlp, pipeline
    from dateline.extractors import Context
    from dateline.records import RawArticle
    from dateline.structure import parse_text, structure

    vocab = nlp.load().vocab
    for g in rows:
        raw = pipeline.normalised(RawArticle(id=g["id"], text=g["text"], published=g.get("published"), origin=g["id"]))
        lay = structure(raw)
        text = parse_text(raw.text, lay.skip, lay.title_span)
        f = cache / (nlp.cache_key(text) + ".doc") if cache else None
        if f is not None and f.exists():
            doc = Doc(vocab).from_bytes(f.read_bytes())
        else:
            doc = next(iter(nlp.parse([text])))
            if f is not None:
                f.write_bytes(doc.to_bytes())
        yield g, Context(raw=raw, layout=lay, doc=doc)


def sentence_at(doc, start: int) -> str:
    for s in doc.sents:
        if s.start_char <= start < s.end_char:
            return s.text.replace("\n", " ").strip()
    return ""


def audit_items(rows, cache):
    """(kind, article id, actor, sentence of its first mention) for every output actor."""
    from dateline.extractors.actors import extract_actors
    from dateline.extractors.quotes import extract_quotes

    for g, ctx in contexts(rows, cache):
        actors, _ = extract_actors(ctx, extract_quotes(ctx))
        for a in actors:
            if not a.mentions:
                continue
            first = min(a.mentions, key=lambda m: m.start)
            yield g["file"].split("/")[0], g["id"], a, sentence_at(ctx.doc, first.start)


def sample(items, n: int, seed: int):
    """`n` items drawn at random (seeded), shared among the kinds in proportion to their actors."""
    by_kind = collections.defaultdict(list)
    for it in items:
        by_kind[it[0]].append(it)
    total = sum(len(v) for v in by_kind.values())
    rnd = random.Random(seed)
    out = []
    for kind in sorted(by_kind):
        pool = by_kind[kind]
        k = min(len(pool), round(n * len(pool) / total))
        out.extend(rnd.sample(pool, k))
    return out, {k: len(v) for k, v in by_kind.items()}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--cache", type=pathlib.Path, default=None, help="a folder of parsed docs (spaCy bytes)")
    ap.add_argument("--list", type=pathlib.Path, default=None,
                    help="audit these file values instead (one a line, as bench/event_audit.py reads them)")
    args = ap.parse_args(argv)
    rows = listed_articles(args.list) if args.list else tune_articles()
    items = list(audit_items(rows, args.cache))
    picked, sizes = sample(items, args.n, args.seed)
    print(f"# {len(rows)} articles, {len(items)} actors {json.dumps(sizes)}; seed {args.seed}, {len(picked)} drawn")
    for k, (kind, aid, a, sent) in enumerate(picked, 1):
        forms = sorted({m.text for m in a.mentions})
        print(f"{k}\t{kind}\t{aid}\t{a.sector or '-'}\t{a.country or '-'}\t{a.code or '-'}\t{a.name}\t"
              f"{' | '.join(forms)}\t{sent[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
