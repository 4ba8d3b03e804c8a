#!/usr/bin/env python3
"""Places and casualties on real annotated news (../shared/devsets: places-lgl, places-geovirus, casualties-gva).

Usage: bench/eval_realnews.py [SET ...] [--out DIR] [--reuse]
Runs `dateline extract` on each set's input.jsonl (into DIR, default /tmp/dateline-realnews), then the shared
scorers on the whole set and on its two halves: `even` (ids whose number is even: the half whose errors may be
read while working) and `odd` (the half kept apart, never looked at). Prints one line per set, half and scoring
(recognition P/R/F1 exact and overlapping, acc@161 km, median km; casualty exact match and "any reported" P/R).
Error files for the even half are written beside the outputs (`--errors` of the scorers). --reuse skips the
extraction when DIR already holds it. See docs/accuracy.md.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = ("places-lgl", "places-geovirus", "casualties-gva")


def half(i: str) -> str:
    return "even" if int(i.split("-")[1]) % 2 == 0 else "odd"


def write(path: pathlib.Path, rows) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def score(kind: str, sysf, goldf, inf, st, errors) -> dict:
    if kind == "places":
        cmd = [sys.executable, str(SHARED / "eval/score_places.py"), str(sysf), str(goldf), "--input", str(inf),
               "--set", st]
    else:
        cmd = [sys.executable, str(SHARED / "eval/score_casualties.py"), str(sysf), str(goldf)]
    if errors:
        cmd += ["--errors", str(errors)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", default=list(SETS))
    ap.add_argument("--out", default="/tmp/dateline-realnews")
    ap.add_argument("--reuse", action="store_true")
    args = ap.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for s in args.sets:
        d = SHARED / "devsets" / s
        if not d.exists():
            sys.exit(f"no dev set {d}")
        sysf = out / f"{s}.jsonl"
        if not (args.reuse and sysf.exists()):
            with open(sysf, "w", encoding="utf-8") as f:
                subprocess.run([sys.executable, "-c", "from dateline.cli import main; main()", "extract",
                                str(d / "input.jsonl")], stdout=f, check=True)
        system = [json.loads(l) for l in open(sysf, encoding="utf-8")]
        gold = [json.loads(l) for l in open(d / "gold.jsonl", encoding="utf-8")]
        ids = [json.loads(l)["id"] for l in open(d / "input.jsonl", encoding="utf-8")]
        kind = "places" if s.startswith("places") else "casualties"
        for part in ("all", "even", "odd"):
            keep = (lambda i: True) if part == "all" else (lambda i, p=part: half(i) == p)
            base = out / f"{s}.{part}"
            write(base.with_suffix(".sys"), [r for r in system if keep(r["id"])])
            write(base.with_suffix(".gold"), [r for r in gold if keep(r["id"])])
            write(base.with_suffix(".in"), [{"id": i} for i in ids if keep(i)])
            for st in (("nominal", "all") if s == "places-lgl" else ("nominal",)) if kind == "places" else ("",):
                errors = out / f"{s}.{part}.{st or 'counts'}.errors" if part == "even" else None
                j = score(kind, base.with_suffix(".sys"), base.with_suffix(".gold"), base.with_suffix(".in"), st,
                          errors)
                if kind == "places":
                    ex, ov, g = j["recognition"]["exact"], j["recognition"]["overlap"], j["geocoding"]
                    print(f"{s:16s} {part:4s} {st:7s} exact P {ex['precision']:.3f} R {ex['recall']:.3f} "
                          f"F1 {ex['f1']:.3f} | overlap P {ov['precision']:.3f} R {ov['recall']:.3f} "
                          f"F1 {ov['f1']:.3f} | acc@161 {g['acc161']:.3f} (or same id {g['acc161_or_same_geonameid']:.3f}) "
                          f"median {g['median_km']} km")
                else:
                    k, i = j["killed"], j["injured"]
                    print(f"{s:16s} {part:4s} killed exact {k['exact']:.3f} any P {k['any_reported']['precision']:.3f} "
                          f"R {k['any_reported']['recall']:.3f} | injured exact {i['exact']:.3f} any P "
                          f"{i['any_reported']['precision']:.3f} R {i['any_reported']['recall']:.3f} | both {j['both_exact']:.3f}")


if __name__ == "__main__":
    main()
