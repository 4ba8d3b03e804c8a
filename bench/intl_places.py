#!/usr/bin/env python3
"""A second international-news geoparsing check: 18 TempEval-3 AQUAINT wire stories labelled by hand (issue 12).

Usage: bench/intl_places.py [--out DIR] [--reuse] [--show]
Builds the articles' text from ../shared/devsets/te3-aquaint (the TITLE, a blank line, then the TEXT element with its
TimeML tags dropped), runs `dateline extract` on them, and scores the output with ../shared/eval/score_places.py
against bench/intl_places_gold.tsv (offsets and GeoNames ids only: no article text is kept in the repository) on
the whole set and its halves (`even`: errors may be read; `odd`: kept apart). The selection (seed, files) and the
labelling guide are bench/intl_places_guide.md. --show prints each article's text with the gold spans bracketed.
"""
from __future__ import annotations

import argparse
import csv
import json
import pathlib
import random
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
AQUAINT = SHARED / "devsets" / "te3-aquaint"
GOLD = ROOT / "bench" / "intl_places_gold.tsv"
SEED, SIZE = 20261202, 18


def selection() -> list[pathlib.Path]:
    """The AP and Xinhua stories of TempEval-3 AQUAINT drawn with SEED (the New York Times ones are left out)."""
    files = sorted(p for p in AQUAINT.glob("*.tml") if p.name[:3] in ("APW", "XIE"))
    return random.Random(SEED).sample(files, SIZE)


def article_text(path: pathlib.Path) -> str:
    root = ET.parse(path).getroot()
    title = "".join(root.find("TITLE").itertext()).strip()
    body = "".join(root.find("TEXT").itertext()).strip()
    return f"{title}\n\n{body}\n"


def articles() -> list[dict]:
    return [{"id": f"aq-{i:02d}", "source": p.stem, "text": article_text(p)} for i, p in enumerate(selection())]


def gold_rows(texts: dict[str, str], gold_path: pathlib.Path = GOLD) -> list[dict]:
    rows = []
    with open(gold_path, encoding="utf-8") as f:
        for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"):
            s, e = int(r["start"]), int(r["end"])
            lat = float(r["lat"]) if r["lat"] else None
            lon = float(r["lon"]) if r["lon"] else None
            rows.append({"id": r["id"], "start": s, "end": e, "text": texts[r["id"]][s:e], "lat": lat, "lon": lon,
                         "geonameid": r["geonameid"] or None, "type": r["type"], "modifier": None,
                         "literal": r["type"] == "literal", "nominal": r["type"] != "adjectival"})
    return rows


def half(i: str) -> str:
    return "even" if int(i.split("-")[1]) % 2 == 0 else "odd"


def evaluate(arts: list[dict], gold_path: pathlib.Path, out: pathlib.Path, name: str, reuse: bool, show: bool) -> None:
    """Run `dateline extract` on `arts` (into `out`) and score it against `gold_path` on all / even / odd ids."""
    texts = {a["id"]: a["text"] for a in arts}
    gold = gold_rows(texts, gold_path) if gold_path.exists() else []
    if show:
        for a in arts:
            t, spans = a["text"], sorted((g["start"], g["end"], g["geonameid"]) for g in gold if g["id"] == a["id"])
            for s, e, gid in reversed(spans):
                t = t[:s] + "[" + t[s:e] + f"|{gid}]" + t[e:]
            print(f"=== {a['id']} {a['source']}\n{t}")
        return
    out.mkdir(parents=True, exist_ok=True)
    inp, sysf = out / "input.jsonl", out / "system.jsonl"
    inp.write_text("".join(json.dumps({"id": a["id"], "text": a["text"]}) + "\n" for a in arts), encoding="utf-8")
    if not (reuse and sysf.exists()):
        with open(sysf, "w", encoding="utf-8") as f:
            subprocess.run([sys.executable, "-c", "from dateline.cli import main; main()", "extract", str(inp)],
                           stdout=f, check=True)
    system = [json.loads(l) for l in open(sysf, encoding="utf-8")]
    for part in ("all", "even", "odd"):
        keep = (lambda i: True) if part == "all" else (lambda i, p=part: half(i) == p)
        base = out / part
        for suffix, rows in ((".sys", [r for r in system if keep(r["id"])]), (".gold", [g for g in gold if keep(g["id"])]),
                             (".in", [{"id": a["id"]} for a in arts if keep(a["id"])])):
            base.with_suffix(suffix).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        for st in ("nominal", "literal"):
            cmd = [sys.executable, str(SHARED / "eval/score_places.py"), str(base.with_suffix(".sys")),
                   str(base.with_suffix(".gold")), "--input", str(base.with_suffix(".in")), "--set", st]
            if part == "even":
                cmd += ["--errors", str(out / f"even.{st}.errors")]
            j = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1])
            ex, ov, g = j["recognition"]["exact"], j["recognition"]["overlap"], j.get("geocoding", {})
            print(f"{name} {part:4s} {st:7s} gold {j['gold_toponyms']:4d} exact P {ex['precision']:.3f} "
                  f"R {ex['recall']:.3f} F1 {ex['f1']:.3f} | overlap F1 {ov['f1']:.3f} | acc@161 "
                  f"{g.get('acc161', 0):.3f} (or same id {g.get('acc161_or_same_geonameid', 0):.3f}) id exact "
                  f"{g.get('geonameid_exact')} median {g.get('median_km')} km")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp/dateline-intl")
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    evaluate(articles(), GOLD, pathlib.Path(args.out), "intl-aquaint", args.reuse, args.show)


if __name__ == "__main__":
    main()
