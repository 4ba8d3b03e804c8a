#!/usr/bin/env python3
"""How far two careful human coders agree on whole articles: a second coding of the 20 shared dev articles
(bench/agreement/*.jsonl, coded from the text alone by ../shared/eval/EVENT_GUIDE.md, offsets and names only)
scored against the shared dev gold (../shared/devsets/article-events) by the shared scorer, as if it were a
system's output. It is the ceiling to read dateline's figures against: what a second person gets, not 1.0.

Each coded entry becomes one event: its first type, a trigger at the middle of its sentence (the scorer matches
events to gold entries by sentence), the coded source and target spans with their text. Two lines are printed:
`required` (only the entries the second coder marked required: the clear, asserted events) and `all` (every
entry, optional ones too). `--skip ID,ID` leaves articles out (for instance those whose reference gold the second
coder had seen as a worked example).

Usage: python bench/coder_agreement.py [--skip ID,...] [--errors FILE]
"""
from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from article_events import SCORER, SHARED, _te3_texts, text_of  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]
SECOND = ROOT / "bench" / "agreement"
_TE3: dict = {}


def _text(file: str) -> str:
    """The text the offsets point into: te3-aquaint articles through convert.py (as bench/article_events.py reads
    them), any other file as `text_of` reads it."""
    if file.startswith("te3-aquaint/"):
        if not _TE3:
            _TE3.update(_te3_texts())
        return _TE3[file.split("/")[-1].removesuffix(".tml")]
    return text_of(file)


def as_system(row: dict, required_only: bool) -> dict:
    """A second coder's gold row as a system output the scorer reads."""
    text = _text(row["file"])

    def parts(spans):
        return [{"start": p["start"], "end": p["end"], "text": text[p["start"]:p["end"]]} for p in spans or []]

    events = []
    for e in row["events"]:
        if required_only and not e.get("required", True):
            continue
        mid = (e["sentence"][0] + e["sentence"][1]) // 2
        events.append({"type": e["types"][0], "trigger": {"start": mid, "end": mid + 1},
                       "source": parts(e.get("source")), "target": parts(e.get("target"))})
    return {"id": row["id"], "actors": [], "events": events}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--skip", default="", help="article ids to leave out, comma-separated")
    ap.add_argument("--errors", help="write the required-only run's errors here")
    args = ap.parse_args()
    skip = {s for s in args.skip.split(",") if s}
    second = [json.loads(l) for f in sorted(SECOND.glob("*.jsonl")) for l in open(f, encoding="utf-8") if l.strip()]
    second = [r for r in second if r["id"] not in skip]
    ids = {r["id"] for r in second}
    ref = [l for f in sorted((SHARED / "devsets" / "article-events").glob("gold-*.jsonl"))
           for l in open(f, encoding="utf-8") if l.strip() and json.loads(l)["id"] in ids]
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="dl-agree-"))
    (tmp / "ref.jsonl").write_text("".join(ref), encoding="utf-8")
    for how, required_only in (("required", True), ("all", False)):
        out = tmp / f"{how}.jsonl"
        out.write_text("".join(json.dumps(as_system(r, required_only)) + "\n" for r in second), encoding="utf-8")
        cmd = [sys.executable, str(SCORER), str(tmp / "ref.jsonl"), str(out)]
        if args.errors and required_only:
            cmd += ["--errors", args.errors]
        res = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip()
        print(json.dumps({"entries": how, **json.loads(res.splitlines()[-1])}))


if __name__ == "__main__":
    main()
