#!/usr/bin/env python3
"""Tools for dateline's actor gold (bench/actors/GUIDE.md): dump the texts to label, find a string's
occurrences, and build the offsets-only gold from a labeller's draft.

The gold covers the articles of the article-events sets (bench/article_events.py): dev (the 20 shared
articles), and our own 24 (tune = even positions, kept = odd positions of each file sorted by id); and the
actor-only sets tune2, fresh, tune3, fresh2, tune4, fresh3, tune5, fresh4, tune6, fresh5, tune7, fresh7, tune8, fresh8, tune9, fresh9, tune10, fresh10, tune11, fresh11, tune12, fresh12, tune13, fresh13, tune14, fresh14, tune15, fresh15, tune16, fresh16, tune17, fresh17, tune18, fresh18, tune19, fresh19, tune20, tune21, fresh20, tune22, tune23, fresh21, tune24, tune25 and fresh22 (bench/actors/<set>.tsv: id, file,
published; picked by `pick` below, labelled before dateline was run on them; fresh, fresh2 (until December 2026's actors6), fresh3,
fresh4, fresh5, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21 and fresh22 are only measured, their errors never read).
tune26, tune27 and fresh23 (December 2026, act25b: LGL and GVA lines of `pickwide 20270314 80`, the same way; tune26 and
tune27 may be read, fresh23 only measured).
tune28, tune29 and fresh24 (December 2026, act26a: `pickwide 20270315 60`, lines 1-18, all LGL and GVA; positions 3, 6,
... 18 are fresh24, only measured; the other 12 in order are tune28 (first 6) and tune29 (last 6), which may be read).
tune30, tune31 and fresh25 (December 2026, act26b: html-l3s-gn1 web-page bodies of 1,200-5,000 characters, seeded shuffle
20270315, sport URLs left out; tune30 and tune31 may be read, fresh25 only measured).
tune32, tune33 and fresh26 (December 2026, act32a: /work/notes/draw32.py seed 20261205, LGL and GVA lines of 1,200-5,000
characters in no gold set and no audit list; positions 3, 6, ... 18 are fresh26, only measured; tune32 and tune33 may be read).
tune34, tune35 and fresh27 (December 2026, act32b: 12 html-l3s-gn1 web-page bodies, sport included, and 6
places-geovirus outbreak reports of 1,200-5,000 characters, seeded 20261205; tune34 and tune35 may be read, fresh27
only measured).
tune36, tune37 and fresh28 (December 2026, gold33b: /work/notes/draw33.py seed 20261206, LGL, GVA and html-l3s-gn1
lines of 600-8,000 characters in no gold set and no earlier list; positions 3, 6, ... 18 are fresh28, only measured;
tune36 and tune37 may be read).
tune38, tune39 and fresh29 (December 2026, session 34, gold34: /work/notes/draw34.py seed 20261207; tune38 and tune39 the
first 12 of a seeded shuffle of LGL, GVA, GeoVirus and html-l3s-gn1 lines of 600-4,000 characters in no gold set, which may
be read; fresh29 6 articles of the events `kept` half that no actor set held, only measured).
fresh30 and fresh31 (December 2026, session 37, gold37a/gold37b: /work/notes/s37/draw37.py seed 20261217; every polnear-train
text and every unused wire/web line being in a gold set or read by an audit by then, 6 + 6 articles of the events `kept`
half that no actor set held - fresh30 polnear-train, fresh31 LGL/GVA/L3S-GN1 - only measured).
fresh32 and fresh33 (December 2026, session 49, gold49: the lead's draw; fresh32 5 dedup-gva shooting reports and 1 LGL
story named in no file of bench/, docs/, tests/ or the notes; fresh33 6 LGL/GVA lines in no gold set that only session 39's
identity audit and act41's precision audit had read dateline's output on; labelled from the text alone, only measured).
tune41 (December 2026, session 49, act49b: the first 8 lines of `pickwide 20261207 60`, LGL local news and GVA shooting
reports; may be read).
tune40 (December 2026, session 49, act49a: the first 8 of the lead's seeded shuffle 20261207 of the polnear-train texts
of 1,200-5,000 characters in the events tune's readable even half and in no actor set, US 2015-16 campaign coverage;
may be read; its ids leave the events `tune` entry of `articles()` for tune40, with the same text).
tune42 (December 2026, session 49, act49c: lines 9-16 of the same shuffle, the same kind; may be read; its ids leave the
events `tune` entry the same way).
fresh34 (December 2026, session 50, gold50: lines 1-8 of the session-50 lead's seeded shuffle 20261207 of the polnear-train
texts of 1,200-5,000 characters in the events `kept` half that no actor set holds and no file names, US 2015-16 campaign
coverage; labelled from the text alone without running dateline; only measured; its ids leave the events `kept` entry of
`articles()` for fresh34, with the same text).
tune43 (December 2026, session 50, act50a: lines 1-8 of the session-50 lead's seeded shuffle 20261207 of the polnear-train
texts of 1,200-5,000 characters in the events tune's readable even half, in no actor set and named in no file, US 2015-16
campaign coverage; may be read; its ids leave the events `tune` entry the same way).
tune44 (December 2026, session 50, act50b: lines 9-16 of the session-50 lead's seeded shuffle 20261207 of the polnear-train
texts of 1,200-5,000 characters in the events tune's readable even half and in no actor set, US 2015-16 campaign coverage
(tune43 is lines 1-8); may be read; its ids leave the events `tune` entry the same way).
tune45 (December 2026, session 51, act51a: the first 8 lines of `pickwide 20261208 80`, LGL local news and GVA shooting
reports in no gold set; labelled from the text before dateline was run on them; may be read).
tune46 (December 2026, session 51, act51b: lines 1-8 of the session-51 lead's seeded shuffle 20261208
(bench/devtools/draw51.py) of the GeoVirus outbreak reports and html-l3s-gn1 web-page bodies of 600-4,000 characters in
no gold set, international news; may be read).
tune47 (December 2026, session 52, act52a: the first 8 lines of `pickwide 20261209 80`, LGL local news and GVA shooting
reports in no gold set; labelled from the text before dateline was run on them; may be read).
tune48 (December 2026, session 52, act52b: lines 1-8 of the session-52 lead's seeded shuffle 20261210
(bench/devtools/draw52.py) of the polnear-train texts of 1,200-5,000 characters in the events tune's readable even half, in
no actor set and named in no file outside bench/article_events, US 2015-16 campaign coverage; labelled from the text before
dateline was run on them; may be read; its ids leave the events `tune` entry the same way).
tune49 (December 2026, session 53, act53a: lines 9-16 of the same shuffle 20261210 (tune48 is lines 1-8), the same kind;
labelled from the text before dateline was run on them; may be read; its ids leave the events `tune` entry the same way).
tune52 (December 2026, session 54, act54a: lines 17-24 of the same shuffle 20261210 (tune48 is lines 1-8, tune49 9-16),
the same kind; labelled from the text before dateline was run on them; may be read; its ids leave the events `tune` entry
the same way).
tune57 (December 2026, session 55, act55c: lines 25-32 of the same shuffle 20261210 (tune48 is lines 1-8, tune49 9-16,
tune52 17-24), the same kind; labelled from the text before dateline was run on them; may be read; its ids leave the
events `tune` entry the same way).
tune61 (December 2026, session 56, act56c: lines 33-40 of the same shuffle 20261210 (tune48 is lines 1-8, tune49 9-16,
tune52 17-24, tune57 25-32), the same kind; labelled from the text before dateline was run on them; may be read; its ids
leave the events `tune` entry the same way).
tune51 (December 2026, session 53, act53c: lines 1-8 of the session-53 lead's seeded shuffle 20261212
(bench/devtools/draw53_te3.py) of the te3-aquaint texts (AP, NYT and Xinhua wire stories of 1998-2000) of 1,200-5,000
characters in the events `tune` half, in no actor set and named in no file outside bench/article_events; labelled from
the text before dateline was run on them; may be read; its ids leave the events `tune` entry the same way).
tune56 (December 2026, session 55, act55b: lines 9-16 of the same shuffle 20261212 (tune51 is lines 1-8), the same kind;
labelled from the text before dateline was run on them; may be read; its ids leave the events `tune` entry the same way).
tune54 (December 2026, session 54, act54c: lines 1-8 of the session-54 lead's seeded shuffle 20261214
(bench/devtools/draw54.py) of the html-l3s-gn1 web-page bodies and GeoVirus outbreak reports (even half) of 600-4,000
characters in no gold set, international and web news; labelled from the text before dateline was run on them; may be
read).
tune55 (December 2026, session 55, act55a: lines 9-16 of the same shuffle 20261214 (tune54 is lines 1-8), the same kind;
labelled from the text before dateline was run on them; may be read).
tune59 (December 2026, session 56, act56a: lines 17-24 of the same shuffle 20261214 (tune54 is lines 1-8, tune55 9-16), the
same kind; labelled from the text before dateline was run on them; may be read).
tune50 (December 2026, session 53, act53b: lines 1-8 of the session-53 lead's seeded shuffle 20261211
(bench/devtools/draw53.py) of dedup-gva shooting reports of 1,200-5,000 characters in no gold set, of no incident a gold
set holds, one per incident; labelled from the text before dateline was run on them; may be read).
tune53 (December 2026, session 54, act54b: lines 1-8 of the session-54 lead's seeded shuffle 20261215
(bench/devtools/draw54_gva.py) of casualties-gva shooting reports of 600-4,000 characters in the even half, in no gold set,
of no incident a gold set holds, one per incident; labelled from the text before dateline was run on them; may be read).
tune58 (December 2026, session 55, act55d: lines 1-12 of the session-55 lead's seeded shuffle 20261217
(bench/devtools/draw55_lgl.py) of LGL local news texts (2009: councils, schools, courts, police blotters, businesses) of
the even half, 600-4,000 characters, in no gold set; labelled from the text before dateline was run on them; may be read).
tune63 (December 2026, session 56, act56e: lines 9-16 of the session-54 lead's seeded shuffle 20261215
(bench/devtools/draw54_gva.py; tune53 is lines 1-8) of casualties-gva shooting reports of 600-4,000 characters in the even
half, in no gold set, of no incident a gold set holds, one per incident; labelled from the text before dateline was run on
them; may be read).
tune60 (December 2026, session 56, act56b: lines 25-32 of the session-54 lead's seeded shuffle 20261214
(bench/devtools/draw54.py; tune54 is lines 1-8, tune55 9-16) of the html-l3s-gn1 web-page bodies and GeoVirus outbreak
reports (even half) of 600-4,000 characters in no gold set, international and web news; labelled from the text before
dateline was run on them; may be read).
tune62 (December 2026, session 56, act56d: lines 13-24 of the same shuffle 20261217 (tune58 is lines 1-12), the same kind;
labelled from the text before dateline was run on them; may be read).
tune65 (December 2026, session 57, act57b: lines 1-8 of the gva kind of the session-57 lead's draw, seed 20261219
(bench/devtools/draw57.py): dedup-gva shooting reports of 1,200-5,000 characters in no gold set, of no incident an actor
gold set's GVA text reports, one per incident; labelled from the text before dateline was run on them; may be read).
tune64 (December 2026, session 57, act57a: lines 1-5 of the web kind of the session-57 lead's draw (bench/devtools/draw57.py,
seed 20261219), L3S-GN1 web-page article bodies of 2008 of 4,000-10,000 characters in no gold set; labelled from the text
before dateline was run on them; may be read).
tune66 (December 2026, session 57, act57c: lines 1-4 of the lgl kind of the session-57 lead's draw (bench/devtools/draw57.py,
seed 20261219) of LGL local news texts of 2009 of the even half, longer than 4,000 characters, in no gold set; labelled
from the text before dateline was run on them; may be read).

  python bench/actor_gold.py texts DIR            # writes DIR/<id>.txt and DIR/index.tsv (id, set, published)
  python bench/actor_gold.py find ID STRING       # every occurrence of STRING in ID's text, numbered, in context
  python bench/actor_gold.py build DRAFT OUT      # draft (mention strings) -> gold (offsets, no text)
  python bench/actor_gold.py pick SEED N          # N polnear-train articles of 1,200-3,500 characters in no set
  python bench/actor_gold.py pickwide SEED N      # the same over polnear-train, LGL and GVA together (file values)

A mention string matches every whole-word occurrence of it; `STRING@1,3` keeps only those occurrences.
"""
from __future__ import annotations

import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from article_events import SHARED, _jsonl_texts, _te3_texts, load_sets, text_of  # noqa: E402

ACTOR_ONLY = {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune2", "fresh", "tune3", "fresh2", "tune4", "fresh3", "tune5", "fresh4", "tune6", "fresh5", "tune7", "fresh7", "tune8", "fresh8", "tune9", "fresh9", "tune10", "fresh10", "tune11", "fresh11", "tune12", "fresh12", "tune13", "fresh13", "tune14", "fresh14", "tune15", "fresh15", "tune16", "fresh16", "tune17", "fresh17", "tune18", "fresh18", "tune19", "fresh19", "tune20", "tune21", "fresh20", "tune22", "tune23", "fresh21", "tune24", "tune25", "fresh22")}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune26", "tune27", "fresh23", "tune28", "tune29", "fresh24")}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune30", "tune31", "fresh25")}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune32", "tune33", "fresh26")}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune34", "tune35", "fresh27")}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune36", "tune37", "fresh28")}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune38", "tune39", "fresh29")}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("fresh30", "fresh31")}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("fresh32", "fresh33", "tune40", "tune41", "tune42")}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("fresh34", "tune43", "tune44", "tune45", "tune46")}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune47", "tune48")}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune49",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune51",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune50",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune54",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune53",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune52",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune57",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune55",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune58",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune56",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune59",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune63",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune60",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune61",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune62",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune65",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune64",)}
ACTOR_ONLY |= {name: pathlib.Path(__file__).resolve().parent / "actors" / f"{name}.tsv" for name in ("tune66",)}


def articles() -> dict[str, dict]:
    """id -> {"id", "set", "file", "published", "text"} for every article with event gold."""
    out = {}
    for name, rows in load_sets(["dev", "tune", "kept"]).items():
        for g in rows:
            out[g["id"]] = {"id": g["id"], "set": name, "file": g.get("file"), "published": g.get("published"),
                            "text": g["text"]}
    te3 = None
    for name, path in ACTOR_ONLY.items():
        for line in open(path, encoding="utf-8") if path.exists() else []:
            if not line.strip() or line.startswith("#"):
                continue
            aid, file, published = line.rstrip("\n").split("\t")
            published = published or None
            if file.startswith("te3-aquaint/"):
                te3 = te3 if te3 is not None else _te3_texts()
                text = te3[aid]
            else:
                text = text_of(file)
            out[aid] = {"id": aid, "set": name, "file": file, "published": published, "text": text}
    return out


def pick(seed: int, n: int) -> list[str]:
    """A seeded shuffle of the polnear-train articles in no gold set; the first n of 1,200-3,500 characters."""
    import random

    used = {pathlib.Path(a["file"] or "").name for a in articles().values()} | set(articles())
    folder = SHARED / "devsets" / "polnear-train" / "text"
    names = sorted(p.name for p in folder.glob("*.txt") if p.name not in used and p.stem not in used)
    random.Random(seed).shuffle(names)
    return [x for x in names if 1200 <= len((folder / x).read_text(encoding="utf-8")) <= 3500][:n]


WIRE = ("places-lgl/input.jsonl", "casualties-gva/input.jsonl")


def pick_wide(seed: int, n: int) -> list[str]:
    """As pick, over polnear-train and the wire sets (LGL local news, GVA shooting reports) together, once
    polnear-train's unused articles ran short (December 2026): `file` values in a seeded shuffle."""
    import random

    used = {pathlib.Path(a["file"] or "").name for a in articles().values()} | set(articles())
    folder = SHARED / "devsets" / "polnear-train" / "text"
    files = {f"polnear-train/text/{p.name}": p.read_text(encoding="utf-8") for p in folder.glob("*.txt")
             if p.name not in used and p.stem not in used}
    for path in WIRE:
        files.update({f"{path}#{aid}": text for aid, text in _jsonl_texts(path).items() if aid not in used})
    names = sorted(f for f, text in files.items() if 1200 <= len(text) <= 3500)
    random.Random(seed).shuffle(names)
    return names[:n]


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    left = r"(?<!\w)" if needle[:1].isalnum() else ""
    right = r"(?!\w)" if needle[-1:].isalnum() else ""
    return [(m.start(), m.end()) for m in re.finditer(left + re.escape(needle) + right, text)]


def resolve(text: str, spec: str) -> list[tuple[int, int]]:
    """A draft string (optionally `STRING@1,3`) -> its spans; raises ValueError when it does not occur."""
    needle, keep = spec, None
    m = re.fullmatch(r"(.+)@(\d+(?:,\d+)*)", spec)
    if m:
        needle, keep = m.group(1), [int(k) for k in m.group(2).split(",")]
    spans = occurrences(text, needle)
    if not spans:
        raise ValueError(f"{needle!r} does not occur")
    if keep:
        bad = [k for k in keep if not 1 <= k <= len(spans)]
        if bad:
            raise ValueError(f"{needle!r} occurs {len(spans)} times; no occurrence {bad}")
        spans = [spans[k - 1] for k in keep]
    return spans


def build(draft_path: str, out_path: str) -> int:
    arts = articles()
    problems, out = [], []
    for n, line in enumerate(open(draft_path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        art = arts.get(d["id"])
        if art is None:
            problems.append(f"{draft_path}:{n}: unknown id {d['id']}")
            continue
        text = art["text"]

        def spans_of(specs: list[str], what: str) -> list[tuple[int, int]]:
            found = []
            for spec in specs:
                try:
                    found.extend(resolve(text, spec))
                except ValueError as err:
                    problems.append(f"{draft_path}:{n}: {d['id']} {what}: {err}")
            return sorted(set(found))

        actors = [{k: a.get(k) for k in ("name", "kind", "country", "sector", "identity")}
                  | {"optional": bool(a.get("optional")),
                     "mentions": spans_of(a.get("mentions", []), f"actor {a.get('name')!r}")}
                  for a in d.get("actors", [])]
        out.append({"id": d["id"], "file": art["file"], "published": art["published"], "actors": actors,
                    "non_actors": spans_of(d.get("non_actors", []), "non-actor")})
    for p in problems:
        print(p, file=sys.stderr)
    pathlib.Path(out_path).write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in out),
                                      encoding="utf-8")
    print(f"{len(out)} articles, {sum(len(g['actors']) for g in out)} actors, {len(problems)} problems",
          file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["texts"]:
        d = pathlib.Path(argv[1])
        d.mkdir(parents=True, exist_ok=True)
        rows = []
        for a in articles().values():
            (d / f"{a['id']}.txt").write_text(a["text"], encoding="utf-8")
            rows.append(f"{a['id']}\t{a['set']}\t{a['published']}\n")
        (d / "index.tsv").write_text("".join(sorted(rows)), encoding="utf-8")
        print(f"{len(rows)} texts in {d}")
        return 0
    if argv[:1] == ["find"]:
        text = articles()[argv[1]]["text"]
        for k, (s, e) in enumerate(occurrences(text, argv[2]), 1):
            print(f"@{k} [{s}:{e}] ...{text[max(0, s - 50):s]}[{text[s:e]}]{text[e:e + 50]}...".replace("\n", " "))
        return 0
    if argv[:1] == ["pickwide"]:
        print("\n".join(pick_wide(int(argv[1]), int(argv[2]))))
        return 0
    if argv[:1] == ["pick"]:
        print("\n".join(pick(int(argv[1]), int(argv[2]))))
        return 0
    if argv[:1] == ["build"]:
        return build(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
