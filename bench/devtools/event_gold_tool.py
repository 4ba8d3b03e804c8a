#!/usr/bin/env python3
"""Event-gold coding helper (EVENT_GUIDE.md). Run with .venv/bin/python.
  event_gold_tool.py text FILEVALUE            the article text with each sentence numbered and its [start, end) offsets
  event_gold_tool.py find FILEVALUE STRING     every occurrence of STRING: [start, end) and context
  event_gold_tool.py check GOLD.jsonl          checks every line: ids/files, sentence spans, types, participant offsets = text
FILEVALUE: as in bench/article_events/*.jsonl `file` (e.g. places-lgl/input.jsonl#lgl-123, casualties-gva/input.jsonl#gva-..,
html-l3s-gn1/gold.jsonl#ID, places-geovirus/input.jsonl#gvr-001)."""
import json, re, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from article_events import text_of
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
def sents(t):
    out, s = [], 0
    for m in re.finditer(r'(?<=[.!?])["”’\')]*\s+(?=["“‘(]?[A-Z0-9])|\n+', t):
        e = m.start() if t[m.start()] == "\n" else m.end()
        seg = t[s:e].rstrip()
        if seg.strip():
            lead = len(t[s:e]) - len(t[s:e].lstrip())
            out.append((s + lead, s + len(seg)))
        s = m.end()
    if t[s:].strip():
        lead = len(t[s:]) - len(t[s:].lstrip()); out.append((s + lead, len(t.rstrip())))
    return out
cmd = sys.argv[1]
if cmd == "text":
    t = text_of(sys.argv[2])
    for k, (a, b) in enumerate(sents(t), 1):
        print(f"S{k} [{a}, {b}] {t[a:b]}")
elif cmd == "find":
    t = text_of(sys.argv[2]); w = sys.argv[3]
    for k, m in enumerate(re.finditer(re.escape(w), t), 1):
        print(f"@{k} [{m.start()}, {m.end()}] ...{t[max(0, m.start()-60):m.start()]}[{w}]{t[m.end():m.end()+60]}...".replace("\n", " "))
elif cmd == "check":
    bad = 0
    for n, l in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
        if not l.strip():
            continue
        g = json.loads(l); t = text_of(g["file"])
        assert g["file"].endswith("#" + g["id"]) or g["file"].endswith(g["id"]), (n, "id/file")
        for e in g["events"]:
            a, b = e["sentence"]
            prob = []
            if not (0 <= a < b <= len(t)): prob.append("sentence span")
            if not e["types"] or set(e["types"]) - TYPES: prob.append(f"types {e['types']}")
            if not isinstance(e.get("required"), bool): prob.append("required")
            for side in ("source", "target"):
                for p in e.get(side) or []:
                    if t[p["start"]:p["end"]] != p["text"]: prob.append(f"{side} {p['text']!r} != {t[p['start']:p['end']]!r}")
                    if not (a <= p["start"] < b) and not p.get("names"): prob.append(f"{side} {p['text']!r} outside sentence without names")
            if prob:
                bad += 1; print(f"line {n} {g['id']} {e['sentence']}: {'; '.join(prob)}")
    print("problems:", bad)
