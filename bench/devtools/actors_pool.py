#!/usr/bin/env python3
"""Pool bench/eval_article_actors.py output lines (from a file or stdin): weighted by gold actors (coverage,
country, sector) and output actors (false actors). usage: actors_pool.py FILE [SETREGEX]"""
import json, re, sys
rx = re.compile(sys.argv[2]) if len(sys.argv) > 2 else None
rows = []
for l in open(sys.argv[1]):
    m = re.match(r"(\S+) (\{.*\})$", l.strip())
    if m and (rx is None or rx.fullmatch(m.group(1))):
        rows.append((m.group(1), json.loads(m.group(2))))
g = sum(r["gold_actors"] for _, r in rows); o = sum(r["output_actors"] for _, r in rows)
w = lambda k: sum(r[k] * r["gold_actors"] for _, r in rows) / g
false = sum(round(r["false_actors"] * r["output_actors"]) for _, r in rows)
print(f"sets {len(rows)} articles {sum(r['articles'] for _, r in rows)} gold {g} coverage {w('coverage'):.3f} country {w('country'):.3f} "
      f"sector {w('sector'):.3f} wrong_identity {sum(r['wrong_identity'] for _, r in rows)} (form only {sum(r.get('wrong_identity_form', 0) for _, r in rows)}) false {false}/{o} ({false/o:.3f})")
why = {}
for _, r in rows:
    for k, v in r.get("wrong_identity_why", {}).items():
        why[k] = why.get(k, 0) + v
if why:
    print("wrong identities by kind (one may have several):", json.dumps(why))
fw, ow = {}, {}
for _, r in rows:
    for k, v in r.get("false_why", {}).items():
        fw[k] = fw.get(k, 0) + v
    for k, v in r.get("output_why", {}).items():
        ow[k] = ow.get(k, 0) + v
if ow:
    print("false / output actors by shape:", ", ".join(f"{k} {fw.get(k, 0)}/{v} ({fw.get(k, 0) / v:.3f})"
                                                        for k, v in sorted(ow.items())))
