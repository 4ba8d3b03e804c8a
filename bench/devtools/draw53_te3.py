#!/usr/bin/env python3
"""Session 53's international wire draw (the lead's /tmp/lead53/draw53_te3.txt): te3-aquaint texts (TempEval-3 AQUAINT: AP, NYT, Xinhua 1998-2000) of 1,200-5,000 characters
in the events tune half (bench/article_events.py load_sets tune), in no actor gold set and named in no file of bench/ (bench/article_events aside), docs/, tests/, scripts/, src/;
sorted by id, seeded shuffle 20261212; prints id, file and length in characters, one a line; tune51 is its lines
1-8 (reproduces the draw only on a tree before tune51)."""
import json, pathlib, random, subprocess, sys
ROOT = pathlib.Path(__file__).resolve().parents[2] if len(sys.argv) < 2 else pathlib.Path(sys.argv[1])
sys.path.insert(0, str(ROOT / "bench"))
import article_events as ae
used = set()
for f in (ROOT / "bench" / "actors").glob("*.jsonl"):
    for l in open(f, encoding="utf-8"):
        if l.strip():
            used.add(json.loads(l)["id"])
rows = [g for g in ae.load_sets(["tune"])["tune"] if g["file"].startswith("te3-aquaint/")
        and 1200 <= len(g["text"]) <= 5000 and g["id"] not in used]
named = subprocess.run(["grep", "-rhoF", "--exclude-dir=article_events", "-f", "/dev/stdin", "bench", "docs", "tests",
                        "scripts", "src"], cwd=ROOT, input="\n".join(g["id"] for g in rows), capture_output=True,
                       text=True).stdout.split()
rows = sorted((g for g in rows if g["id"] not in set(named)), key=lambda g: g["id"])
random.Random(20261212).shuffle(rows)
for g in rows:
    print(g["id"], g["file"], len(g["text"]), sep="\t")
