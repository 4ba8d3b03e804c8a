#!/usr/bin/env python3
"""The structure stage over real news: what it finds, how often its published date and agency are right.

Usage: bench/eval_structure.py [SHARED]   (default ../shared)
PolNeAR (dev + train texts, with polnear-metadata.tsv): titles, datelines, agencies (checked against the
metadata's wire agency where it names one), captions, truncated endings, published dates inferred from the
text alone (checked against the metadata's publication date: exact, within 2 days, wrong).
TempEval-3 AQUAINT (.tml): the same, with the document creation time as the true date.
Prints one block per corpus, and the structure stage's time per article.
"""
from __future__ import annotations

import collections
import csv
import datetime as dt
import pathlib
import sys
import time
from xml.etree import ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.records import RawArticle  # noqa: E402
from dateline.structure import structure  # noqa: E402


def polnear(shared: pathlib.Path):
    meta = {}
    with open(shared / "devsets" / "polnear-metadata.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["filename"]] = row
    for path in sorted((shared / "devsets").glob("polnear-*/text/*.txt")):
        row = meta.get(path.stem, {})
        wire = (row.get("wire") or "").strip()
        yield (path.stem, path.read_text(encoding="utf-8", errors="replace"), row.get("publication_date"),
               wire if wire not in ("", "None", "NA", "wire") else None)


def te3(shared: pathlib.Path):
    for path in sorted((shared / "devsets" / "te3-aquaint").glob("*.tml")):
        root = ET.parse(path).getroot()
        title = root.find("TITLE")
        body = "".join(root.find("TEXT").itertext()).strip()
        text = ("".join(title.itertext()).strip() + "\n\n" if title is not None else "") + body
        dct = root.find("DCT/TIMEX3")
        yield path.stem, text, dct.get("value")[:10] if dct is not None else None, None


def evaluate(items) -> dict:
    c = collections.Counter()
    seconds = 0.0
    for _id, text, gold_date, wire in items:
        t0 = time.perf_counter()
        lay = structure(RawArticle(id=_id, text=text))
        seconds += time.perf_counter() - t0
        c["articles"] += 1
        c["title"] += lay.title is not None
        c["headline copies"] += len(lay.copies)
        c["dateline"] += lay.dateline is not None
        c["dateline with agency"] += bool(lay.dateline and lay.dateline.agency)
        c["captions"] += len(lay.captions)
        c["truncated"] += lay.truncated
        if wire and lay.dateline and lay.dateline.agency:
            c["agency checked"] += 1
            c["agency = metadata wire"] += lay.dateline.agency.lower() == wire.lower()
        if lay.published:
            c["published inferred"] += 1
            key = "published exact"
            if gold_date and lay.published != gold_date:
                days = abs((dt.date.fromisoformat(lay.published) - dt.date.fromisoformat(gold_date)).days)
                key = "published within 2 days" if days <= 2 else "published wrong"
            c[key] += 1
            c[f"  from {lay.published_from}"] += 1
    c["ms per article"] = round(1000 * seconds / max(1, c["articles"]), 2)
    return c


def main() -> None:
    shared = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    for name, items in (("PolNeAR dev+train", polnear(shared)), ("TempEval-3 AQUAINT", te3(shared))):
        c = evaluate(items)
        print(f"== {name}")
        for key in ("articles", "title", "headline copies", "dateline", "dateline with agency", "agency checked",
                    "agency = metadata wire", "captions", "truncated", "published inferred", "published exact",
                    "published within 2 days", "published wrong"):
            print(f"   {key:26} {c[key]}")
        for key in sorted(k for k in c if k.startswith("  from")):
            print(f"   {key:26} {c[key]}")
        print(f"   {'ms per article':26} {c['ms per article']}")


if __name__ == "__main__":
    main()
