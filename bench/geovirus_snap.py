#!/usr/bin/env python3
"""GeoVirus scored as a GeoNames-point corpus would score it: each gold point snapped to the GeoNames entry it names.

Usage: bench/geovirus_snap.py [SYSTEM.jsonl] [--out DIR] [--list]
SYSTEM.jsonl: dateline's output on ../shared/devsets/places-geovirus/input.jsonl (default: the one
bench/eval_realnews.py writes, /tmp/dateline-realnews/places-geovirus.jsonl).

GeoVirus' gold points are Wikipedia's (a country at Wikipedia's centre, `China` 35, 103), while the held-out corpora
are scored against GeoNames points. For each gold toponym whose referent can be found in the gazetteer by its name
(GeoNames primary or alternate names, and the project's own aliases such as `U.S.`, keeping only GeoNames entries),
the gold point is replaced by that entry's point and the entry's id is added:
  - a town or county of the name within TOWN_KM of the gold point (the nearest; a town first when it lies within
    NEAR_KM, so `Kuwait` at Kuwait City's point is the city);
  - else the country of the name that holds the gold point, or the first-level division of the name that holds it
    (the point's holder is the country and admin1 code of the GeoNames town nearest to it);
  - else a continent of the name.
The snapped point is the one dateline's index gives the entry: towns' GeoNames points; countries and divisions
placed by lexicon/country_points.tsv and admin_points.tsv (which follow GeoNames' points: LGL, whose gold points are
GeoNames', agrees within 100 km on 79 of 80 of them), else the middle of their towns. This is a measurement only:
nothing here changes the system. Prints acc@161 on the original gold, on the snapped gold (unsnapped toponyms keep
their point), on the snapped toponyms alone, and the unsnapped count by reason, for all / even / odd halves; with
--list, the even half's matched toponyms still over 161 km from the snapped gold (the real geocoding errors).
"""
from __future__ import annotations

import argparse
import collections
import json
import math
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SHARED = ROOT.parent / "shared"
GV = SHARED / "devsets" / "places-geovirus"
TOWN_KM, NEAR_KM = 50.0, 25.0


def km(a: tuple, b: tuple) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


class Holder:
    """The country and admin1 code of the GeoNames town nearest to a point (a brute-force search over unit vectors)."""

    def __init__(self):
        import numpy as np
        from dateline.lexicon.gazetteer import index
        rows = index().towns()
        self.np = np
        lat = np.radians(np.array([r[1] for r in rows]))
        lon = np.radians(np.array([r[2] for r in rows]))
        self.xyz = np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)
        self.codes = [(r[3], r[4]) for r in rows]

    def __call__(self, lat: float, lon: float) -> tuple:
        la, lo = math.radians(lat), math.radians(lon)
        v = self.np.array([math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)])
        return self.codes[int(self.np.argmax(self.xyz @ v))]


def snap(text: str, point: tuple, holder: Holder):
    """(entry, how) for a gold toponym, or (None, reason)."""
    from dateline.extractors.places import gazetteer, geonames
    gn = geonames()
    cands = [e for e, _ in gazetteer().candidates(text) if e.geonameid]
    if not cands:
        return None, "no GeoNames entry of the name"
    cands = [gn.entry(e.geonameid) or e for e in cands]      # the index's own point (not the supplement's)
    towns = sorted((km(point, (e.lat, e.lon)), e.geonameid, e) for e in cands
                   if e.feature in ("city", "admin2", "locality") and e.lat is not None)
    if towns and towns[0][0] <= NEAR_KM:
        return towns[0][2], "town"
    cc, a1 = holder(*point)
    for e in cands:
        if e.feature == "country" and e.country == cc:
            return e, "country"
    for e in cands:
        if e.feature == "admin" and (e.country, e.admin1) == (cc, a1):
            return e, "division"
    if towns and towns[0][0] <= TOWN_KM:
        return towns[0][2], "town"
    for e in cands:
        if e.feature == "continent":
            return e, "continent"
    return None, "no entry of the name at the point"


def half(i: str) -> str:
    return "even" if int(i.split("-")[1]) % 2 == 0 else "odd"


def score(sysf: pathlib.Path, gold: list, ids: list, base: pathlib.Path, errors: bool = False) -> dict:
    pathlib.Path(f"{base}.gold").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    pathlib.Path(f"{base}.in").write_text("".join(json.dumps({"id": i}) + "\n" for i in ids), encoding="utf-8")
    cmd = [sys.executable, str(SHARED / "eval/score_places.py"), str(sysf), f"{base}.gold", "--input", f"{base}.in",
           "--set", "nominal"]
    if errors:
        cmd += ["--errors", f"{base}.errors"]
    return json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("system", nargs="?", default="/tmp/dateline-realnews/places-geovirus.jsonl")
    ap.add_argument("--out", default="/tmp/dateline-geovirus-snap")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    gold = [json.loads(l) for l in open(GV / "gold.jsonl", encoding="utf-8")]
    ids = [json.loads(l)["id"] for l in open(GV / "input.jsonl", encoding="utf-8")]
    holder = Holder()
    snapped, only, why = [], [], []
    for g in gold:
        e, how = snap(g["text"], (g["lat"], g["lon"]), holder)
        why.append(how if e is None else "snapped: " + how)
        s = dict(g, lat=e.lat, lon=e.lon, geonameid=str(e.geonameid)) if e is not None and e.lat is not None else g
        snapped.append(s)
        only.append(s if s is not g else dict(g, lat=None, lon=None))
    system = [json.loads(l) for l in open(args.system, encoding="utf-8")]
    for part in ("all", "even", "odd"):
        keep = (lambda i: True) if part == "all" else (lambda i, p=part: half(i) == p)
        sysf = out / f"{part}.sys"
        sysf.write_text("".join(json.dumps(r) + "\n" for r in system if keep(r["id"])), encoding="utf-8")
        pids = [i for i in ids if keep(i)]
        n = [w for g, w in zip(gold, why) if keep(g["id"])]
        counts = collections.Counter(n)
        res = {}
        for name, rows in (("original", gold), ("snapped", snapped), ("snapped only", only)):
            j = score(sysf, [r for r in rows if keep(r["id"])], pids, out / f"{part}.{name.replace(' ', '_')}",
                      errors=(part == "even" and name == "snapped"))
            res[name] = j["geocoding"]
        print(f"geovirus {part:4s} toponyms {len(n)}, snapped {sum(v for k, v in counts.items() if k.startswith('snapped'))} "
              f"({', '.join(f'{k[9:]} {v}' for k, v in sorted(counts.items()) if k.startswith('snapped'))}); unsnapped: "
              + "; ".join(f"{k} {v}" for k, v in sorted(counts.items()) if not k.startswith("snapped")))
        print(f"  acc@161 original {res['original']['acc161']:.3f} (matched {res['original']['matched_with_coordinates']}) | snapped "
              f"{res['snapped']['acc161']:.3f} (or same id {res['snapped']['acc161_or_same_geonameid']:.3f}) | "
              f"snapped toponyms only {res['snapped only']['acc161']:.3f} (matched {res['snapped only']['matched_with_coordinates']})")
    if args.list:
        far = [json.loads(l) for l in open(out / "even.snapped.errors", encoding="utf-8")]
        far = [f for f in far if f["kind"] == "far"]
        print(f"even half, {len(far)} matched toponyms over 161 km from the snapped gold:")
        for f in sorted(far, key=lambda f: (f["id"], f["start"])):
            print(f"  {f['id']} {f['start']:5d} {f['text']!r:24s} {f['km']:6.0f} km  gold {f['gold']}  system {f['system']}")


if __name__ == "__main__":
    main()
