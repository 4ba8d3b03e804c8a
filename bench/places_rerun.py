#!/usr/bin/env python3
"""Re-run the places stage alone on parses kept from one run, and score it: quick before/after figures while working.

Usage: bench/places_rerun.py parse [SET ...]   parse each set once (spaCy, quotes, actors) into CACHE
       bench/places_rerun.py run [SET ...]     re-run `extract_places` on the kept parses, score all/even/odd halves
SETS: gv (../shared/devsets/places-geovirus), lgl (places-lgl), intl (bench/intl_places.py's AQUAINT stories),
intl2 (bench/intl_places2.py's stories).
CACHE: $PLACES_RERUN_CACHE, default /tmp/dateline-places-rerun. Even-half error files (`SET.even.errors`) are written
there; the odd halves are scored, not written out. The figures equal `bench/eval_realnews.py` and
`bench/intl_places.py` as long as nothing before the places stage changed; check the final ones with those.
"""
from __future__ import annotations

import json
import os
import pathlib
import pickle
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

SHARED = ROOT.parent / "shared"
CACHE = pathlib.Path(os.environ.get("PLACES_RERUN_CACHE", "/tmp/dateline-places-rerun"))
SETS = {"gv": "places-geovirus", "lgl": "places-lgl", "intl": None, "intl2": None}


def _inputs(s: str) -> list[dict]:
    if s in ("intl", "intl2"):
        from intl_places import articles
        from intl_places2 import articles as articles2
        return [{"id": a["id"], "text": a["text"]} for a in (articles() if s == "intl" else articles2())]
    return [json.loads(l) for l in open(SHARED / "devsets" / SETS[s] / "input.jsonl", encoding="utf-8")]


def _gold(s: str) -> list[dict]:
    if s in ("intl", "intl2"):
        from intl_places import articles, gold_rows
        from intl_places2 import GOLD, articles as articles2
        if s == "intl2":
            return gold_rows({a["id"]: a["text"] for a in articles2()}, GOLD)
        return gold_rows({a["id"]: a["text"] for a in articles()})
    return [json.loads(l) for l in open(SHARED / "devsets" / SETS[s] / "gold.jsonl", encoding="utf-8")]


def half(i: str) -> str:
    return "even" if int(i.split("-")[1]) % 2 == 0 else "odd"


def parse(s: str) -> None:
    from spacy.tokens import DocBin

    from dateline import nlp
    from dateline.extractors import Context
    from dateline.extractors.actors import extract_actors
    from dateline.extractors.quotes import extract_quotes
    from dateline.records import RawArticle
    from dateline.structure import parse_text, structure

    raws = [RawArticle(id=r["id"], text=r["text"], published=r.get("published"), origin=r["id"]) for r in _inputs(s)]
    lays = [structure(r) for r in raws]
    docs = list(nlp.parse(parse_text(r.text, l.skip, l.title_span) for r, l in zip(raws, lays)))
    acts = []
    for r, l, d in zip(raws, lays, docs):
        ctx = Context(raw=r, layout=l, doc=d)
        acts.append(extract_actors(ctx, extract_quotes(ctx))[0])
    bin_ = DocBin(store_user_data=False)
    for d in docs:
        bin_.add(d)
    (CACHE / f"{s}.docs").write_bytes(bin_.to_bytes())
    with open(CACHE / f"{s}.pkl", "wb") as f:
        pickle.dump((raws, lays, acts), f)
    print(s, len(raws), "articles parsed")


def run(s: str) -> None:
    from spacy.tokens import DocBin

    from dateline import nlp
    from dateline.extractors import Context
    from dateline.extractors.places import extract_places

    with open(CACHE / f"{s}.pkl", "rb") as f:
        raws, lays, acts = pickle.load(f)
    docs = list(DocBin().from_bytes((CACHE / f"{s}.docs").read_bytes()).get_docs(nlp.load().vocab))
    t0, out = time.perf_counter(), []
    for r, l, d, a in zip(raws, lays, docs, acts):
        places, _ = extract_places(Context(raw=r, layout=l, doc=d), a)
        out.append({"id": r.id, "places": [{"lat": p.lat, "lon": p.lon, "geonameid": p.geonameid, "name": p.name,
                                            "mentions": [{"start": m.start, "end": m.end, "text": m.text}
                                                         for m in p.mentions]} for p in places]})
    ms = (time.perf_counter() - t0) / max(len(raws), 1) * 1000
    gold = _gold(s)
    for part in ("all", "even", "odd"):
        keep = (lambda i: True) if part == "all" else (lambda i, p=part: half(i) == p)
        base = CACHE / f"{s}.{part}"
        for suffix, rows in ((".sys", [o for o in out if keep(o["id"])]), (".gold", [g for g in gold if keep(g["id"])]),
                             (".in", [{"id": r.id} for r in raws if keep(r.id)])):
            pathlib.Path(f"{base}{suffix}").write_text("".join(json.dumps(x) + "\n" for x in rows), encoding="utf-8")
        cmd = [sys.executable, str(SHARED / "eval/score_places.py"), f"{base}.sys", f"{base}.gold", "--input", f"{base}.in",
               "--set", "nominal"]
        if part == "even":
            cmd += ["--errors", str(CACHE / f"{s}.even.errors")]
        j = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1])
        ex, g = j["recognition"]["exact"], j.get("geocoding", {})
        print(f"{s:5s} {part:4s} P {ex['precision']:.3f} R {ex['recall']:.3f} F1 {ex['f1']:.3f} "
              f"acc161 {g.get('acc161', 0):.3f} id {g.get('geonameid_exact')}"
              + (f"  ({ms:.1f} ms an article)" if part == "all" else ""))


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ("parse", "run"):
        sys.exit(__doc__)
    sets = sys.argv[2:] or list(SETS)
    unknown = [s for s in sets if s not in SETS]
    if unknown:
        sys.exit(f"unknown sets {unknown}: choose from {list(SETS)}")
    CACHE.mkdir(parents=True, exist_ok=True)
    for s in sets:
        (parse if sys.argv[1] == "parse" else run)(s)


if __name__ == "__main__":
    main()
