#!/usr/bin/env python3
"""Session 53's local draw (the lead): dedup-gva shooting/local reports of 1,200-5,000 characters in no actor gold set,
of no incident that any gold set's dedup-gva article reports, named in no file of bench/, docs/, tests/, scripts/, src/;
one article per incident; seeded shuffle 20261211; prints id and file, one a line."""
import json, pathlib, random, subprocess, sys
ROOT = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path("/work/main")
SH = pathlib.Path("/work/shared/devsets/dedup-gva")
used = set()
for f in (ROOT / "bench").rglob("*.jsonl"):
    try:
        for l in open(f, encoding="utf-8"):
            if l.strip().startswith("{"):
                d = json.loads(l)
                if isinstance(d, dict) and "id" in d:
                    used.add(str(d["id"]))
    except Exception:
        pass
for f in (ROOT / "bench" / "actors").glob("*.tsv"):
    for l in open(f, encoding="utf-8"):
        used.add(l.split("\t")[0])
gold = {json.loads(l)["id"]: json.loads(l) for l in open(SH / "gold.jsonl")}
rows = [json.loads(l) for l in open(SH / "input.jsonl")]
bad_inc = {gold[r["id"]]["incident"] for r in rows if r["id"] in used}
rows = [r for r in rows if 1200 <= len(r["text"]) <= 5000 and r["id"] not in used and gold[r["id"]]["incident"] not in bad_inc]
named = set(subprocess.run(["grep", "-rhoF", "-f", "/dev/stdin", "bench", "docs", "tests", "scripts", "src"], cwd=ROOT,
                           input="\n".join(r["id"] for r in rows), capture_output=True, text=True).stdout.split())
rows = sorted((r for r in rows if r["id"] not in named), key=lambda r: r["id"])
random.Random(20261211).shuffle(rows)
seen = set()
for r in rows:
    inc = gold[r["id"]]["incident"]
    if inc in seen:
        continue
    seen.add(inc)
    print(r["id"], "dedup-gva/input.jsonl", sep="\t")
