#!/usr/bin/env python3
"""List quote errors on a PolNeAR set: missed gold quotes and wrong speakers, with context.

Usage: bench/quote_errors.py [polnear-train|polnear-dev] SYSTEM.jsonl [--missed] [--spurious] [--limit N]
SYSTEM.jsonl is `dateline extract` output (bench/eval_quotes.sh SET OUT.jsonl writes one). Matching follows
../shared/eval/score_quotes.py (its quoted_runs is imported, not copied); broken .ann lines are skipped.
Each wrong speaker prints the gold Source span against ours, and the text between them, for error analysis.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_quotes", SHARED / "eval" / "score_quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gold_quotes(sq, text: str, ann: str) -> list[dict]:
    """Gold quoted runs with their Source span, as the scorer reads them; broken lines left out."""
    spans, events = {}, []
    for line in ann.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 3:
            kind, rest = cols[1].split(" ", 1)
            parts = [tuple(map(int, p.split())) for p in rest.split(";")]
            spans[cols[0]] = (kind, parts[0][0], parts[-1][1])
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(a.split(":", 1) for a in cols[1].split() if ":" in a))
    out = []
    for e in events:
        if e.get("Content") not in spans:
            continue
        _, cs, ce = spans[e["Content"]]
        src = spans.get(e.get("Source"))
        for s, t in sq.quoted_runs(text, cs, ce):
            out.append({"start": s, "end": t, "source": (src[1], src[2]) if src else None})
    return out


def _ctx(text: str, s: int, e: int, pad: int = 80) -> str:
    return text[max(0, s - pad):min(len(text), e + pad)].replace("\n", " ⏎ ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", nargs="?", default="polnear-train")
    ap.add_argument("system")
    ap.add_argument("--missed", action="store_true", help="list missed gold quotes too")
    ap.add_argument("--spurious", action="store_true", help="list system quotes matching no gold quote")
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    sq = _scorer()
    gold_dir = SHARED / "devsets" / a.set
    if not (gold_dir / "attributions").is_dir():
        print(f"no {gold_dir}", file=sys.stderr)
        return
    system = {}
    for line in open(a.system, encoding="utf-8"):
        if line.strip():
            rec = json.loads(line)
            system[rec["id"]] = rec.get("quotes") or []
    anns = {}
    for ann in sorted((gold_dir / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    shown = wrong = none = missed = spurious = 0
    for name, ann in anns.items():
        text = (gold_dir / "text" / f"{name}.txt").read_text(encoding="utf-8")
        gold = gold_quotes(sq, text, ann.read_text(encoding="utf-8"))
        sys_q = system.get(name, [])
        used = set()
        for g in gold:
            best = next((i for i, q in enumerate(sys_q) if i not in used and
                         sq.overlap(q["start"], q["end"], g["start"], g["end"]) * 2 >= g["end"] - g["start"]), None)
            if best is None:
                missed += 1
                if a.missed:
                    print(f"MISSED {name} {g['start']}: {_ctx(text, g['start'], g['end'], 60)}\n")
                continue
            used.add(best)
            q = sys_q[best]
            sp, src = q.get("speaker"), g["source"]
            if sp and src and sq.overlap(sp["start"], sp["end"], *src) > 0:
                continue
            if sp is None:
                none += 1
            wrong += 1
            if a.limit and shown >= a.limit:
                continue
            shown += 1
            gs = text[src[0]:src[1]] if src else None
            ours = sp["text"] if sp else None
            lo = min(x for x in (q["start"], src[0] if src else q["start"], sp["start"] if sp else q["start"]))
            hi = max(x for x in (q["end"], src[1] if src else q["end"], sp["end"] if sp else q["end"]))
            cue = (q.get("cue") or {}).get("text")
            print(f"SPEAKER {name} q@{q['start']} gold={gs!r}@{src[0] if src else None} "
                  f"ours={ours!r}@{sp['start'] if sp else None} cue={cue!r}")
            print("   ", _ctx(text, lo, hi, 60)[:900], "\n")
        for i, q in enumerate(sys_q):
            if i not in used:
                spurious += 1
                if a.spurious:
                    print(f"SPURIOUS {name} {q['start']}: {_ctx(text, q['start'], q['end'], 60)}\n")
    print(json.dumps({"wrong_speaker": wrong, "no_speaker": none, "missed": missed, "spurious": spurious}))


if __name__ == "__main__":
    main()
