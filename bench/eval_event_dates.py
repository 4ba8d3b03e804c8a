#!/usr/bin/env python3
"""Event dates against TempEval-3's time links: is each event given the day it happened?

Usage: bench/eval_event_dates.py [--folder DIR] [--errors OUT.jsonl] [--min-confidence X]

The TimeML documents of ../shared/devsets/te3-aquaint mark events (EVENT, one word each) and link event instances to
time expressions (TLINK). Where an event instance is anchored in a date - the link says it lies inside the time
(IS_INCLUDED, DURING, or the time INCLUDES it), at it (SIMULTANEOUS, IDENTITY) or begins or ends there (BEGINS,
ENDS) - and the time's value is a calendar date (`1998-08-07`, `1998-08`, `1998`; the document's creation time
counts), that value is the day (or month, year) the event happened. dateline runs on the same text (the title, a blank
line and the body, as ../shared/eval/convert.py makes it, with the creation date as the publication date); each of its
events whose trigger overlaps an anchored TimeML event is scored:

- right: its `date` agrees with the gold value to the gold's precision (`1998-08-07` is right for `1998-08`);
- coarse: its date is a prefix of the gold's (`1998-08` for `1998-08-07`): not wrong, not the day;
- wrong: another date - `wrong_published` counts those that came from the publication day (`date_from: published`,
  a background event stamped with the day of the report) apart from those read off the text;
- undated: no date (dateline leaves hypothetical and pluperfect events undated rather than guess).

The documents are split in two halves by a hash of their name: `read` (whose errors --errors writes and may be
looked at) and `held` (figures only). Events under the confidence floor count too unless --min-confidence is given
(the date is set the same way whatever the confidence). Prints one JSON line per half and by `date_from`.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if not SHARED.exists():
    SHARED = pathlib.Path("/work/shared")
sys.path.insert(0, str(ROOT / "src"))

# time links that put an event instance at a time (event -> time), and their converses (time -> event)
ANCHORING = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY", "BEGINS", "ENDS"}
ANCHORING_FROM_TIME = {"INCLUDES", "SIMULTANEOUS", "IDENTITY", "BEGUN_BY", "ENDED_BY"}
CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


def half(name: str) -> str:
    return "read" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "held"


def document(path: pathlib.Path) -> dict:
    """One TimeML document: its text (title, blank line, body), creation date, events (eid -> (start, end)),
    instances (eiid -> eid), time values (tid -> value) and the anchored day of each event id."""
    root = ET.parse(path).getroot()
    title = root.find("TITLE")
    parts = ["".join(title.itertext()).strip() + "\n\n" if title is not None else ""]
    events: dict = {}

    def walk(node, top: bool) -> None:
        if node.tag in ("TIMEX3", "EVENT"):
            start = sum(map(len, parts))
            parts.append("".join(node.itertext()))
            if node.tag == "EVENT":
                events[node.get("eid")] = (start, start + len(parts[-1]))
        else:
            parts.append(node.text or "")
            for child in node:
                walk(child, False)
        if not top:
            parts.append(node.tail or "")

    walk(root.find("TEXT"), True)
    dct = root.find("DCT/TIMEX3")
    times = {t.get("tid"): t.get("value") or "" for t in root.iter("TIMEX3")}
    instances = {m.get("eiid"): m.get("eventID") for m in root.iter("MAKEINSTANCE")}
    anchors: dict = collections.defaultdict(set)
    for link in root.iter("TLINK"):
        rel, ei = link.get("relType"), link.get("eventInstanceID")
        if ei and link.get("relatedToTime") and rel in ANCHORING:
            tid = link.get("relatedToTime")
        elif link.get("timeID") and link.get("relatedToEventInstance") and rel in ANCHORING_FROM_TIME:
            ei, tid = link.get("relatedToEventInstance"), link.get("timeID")
        else:
            continue
        m = CALENDAR.match(times.get(tid, ""))
        if m and instances.get(ei):
            anchors[instances[ei]].add(m.group(0))
    days = {}
    for eid, values in anchors.items():
        finest = max(values, key=len)                 # the most precise value; links that disagree are left out
        if all(finest.startswith(v) for v in values):
            days[eid] = finest
    return {"id": path.stem, "text": "".join(parts), "published": dct.get("value")[:10] if dct is not None else None,
            "events": events, "days": days}


def verdict(date, gold: str) -> str:
    if not date:
        return "undated"
    if date[:len(gold)] == gold and len(date) >= len(gold):
        return "right"
    if gold.startswith(date):
        return "coarse"
    return "wrong"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folder", default=str(SHARED / "devsets" / "te3-aquaint"))
    ap.add_argument("--errors", help="the read half's wrong, coarse and undated events (JSON lines)")
    ap.add_argument("--min-confidence", type=float, default=0.0)
    a = ap.parse_args()

    from dateline.pipeline import process
    from dateline.records import RawArticle

    docs = [document(p) for p in sorted(pathlib.Path(a.folder).glob("*.tml"))]
    raws = [RawArticle(id=d["id"], text=d["text"], published=d["published"], origin=d["id"]) for d in docs]
    by_id = {d["id"]: d for d in docs}
    counts = {h: collections.Counter() for h in ("read", "held")}
    by_origin = {h: collections.Counter() for h in ("read", "held")}
    errors = []
    for art in process(raws, min_confidence=a.min_confidence):
        if not hasattr(art, "events"):
            print(json.dumps({"failure": str(art)}), file=sys.stderr)
            continue
        d, h = by_id[art.id], half(art.id)
        spans = sorted((s, e, eid) for eid, (s, e) in d["events"].items() if eid in d["days"])
        for ev in art.events:
            if ev.negated:
                continue
            gold = next((d["days"][eid] for s, e, eid in spans if s < ev.trigger.end and ev.trigger.start < e), None)
            counts[h]["events"] += 1
            if gold is None:
                continue
            v = verdict(ev.date, gold)
            if v == "wrong" and ev.date_from == "published":
                v = "wrong_published"
            counts[h]["anchored"] += 1
            counts[h][v] += 1
            by_origin[h][f"{ev.date_from}:{'right' if v == 'right' else 'not'}"] += 1
            if h == "read" and v != "right":
                t = d["text"]
                errors.append({"id": art.id, "verdict": v, "trigger": t[ev.trigger.start:ev.trigger.end],
                               "type": ev.type, "date": ev.date, "date_from": ev.date_from, "gold": gold,
                               "hypothetical": ev.hypothetical, "published": d["published"],
                               "sentence": t[ev.sentence.start:ev.sentence.end]})
    for h in ("read", "held"):
        c = counts[h]
        n = c["anchored"] or 1
        print(json.dumps({"half": h, "documents": sum(half(d["id"]) == h for d in docs), **dict(c),
                          "accuracy": round(c["right"] / n, 3),
                          "published_wrongly": round(c["wrong_published"] / n, 3),
                          "by_date_from": dict(sorted(by_origin[h].items()))}))
    if a.errors:
        with open(a.errors, "w", encoding="utf-8") as f:
            for e in errors:
                f.write(json.dumps(e) + "\n")


if __name__ == "__main__":
    main()
