"""Events over whole articles, scored by ../shared/eval/score_article_events.py on three sets of gold.

- dev:  the 20 shared dev articles (../shared/devsets/article-events/gold-*.jsonl);
- tune: our own gold (bench/article_events/*.jsonl, coded by EVENT_GUIDE.md), the articles at even positions
        of each file sorted by id: rules may be written while reading their errors;
- kept: the articles at odd positions: kept apart, never read for tuning; the honest check.
Our gold holds offsets, names and the file name only: the text is read from ../shared (polnear-train files as
they are; te3-aquaint through ../shared/eval/convert.py te3, whose `text` the offsets point into; a JSON-lines
input such as `places-lgl/input.jsonl#ID` is the `text` of the line with that id).

Usage: python bench/article_events.py [--sets dev,tune,kept] [--errors DIR] [--thresholds]
--errors writes DIR/<set>.errors.jsonl with each false or missed event's sentence and participants.
--thresholds prints precision/recall when events under a confidence threshold are dropped (the first line of each set
is the default output: events under the shipped floor, artefacts.confidence_floor, left out).
"""
from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OURS = ROOT / "bench" / "article_events"
SCORER = SHARED / "eval" / "score_article_events.py"


def _te3_texts() -> dict:
    out = pathlib.Path(tempfile.mkdtemp(prefix="dl-te3-"))
    subprocess.run([sys.executable, str(SHARED / "eval" / "convert.py"), "te3", str(SHARED / "devsets" / "te3-aquaint"),
                    str(out)], check=True, capture_output=True)
    return {json.loads(l)["id"]: json.loads(l)["text"] for l in open(out / "te3.input.jsonl", encoding="utf-8")}


def text_of(file: str) -> str:
    """The text a gold row's `file` names: a file under ../shared/devsets, or `SET/input.jsonl#ID`, one line's text
    (`html-l3s-gn1/gold.jsonl#ID`: that page's `body`, the article text its human annotators marked - fixed, so gold
    offsets into it do not move when dateline's own HTML reading changes)."""
    path, _, wanted = file.partition("#")
    if not wanted:
        return (SHARED / "devsets" / path).read_text(encoding="utf-8")
    return _jsonl_texts(path)[wanted]


_LINES: dict = {}


def _jsonl_texts(path: str) -> dict:
    if path not in _LINES:
        _LINES[path] = {r["id"]: r["text"] if "text" in r else r["body"] for r in map(json.loads, open(SHARED / "devsets" / path, encoding="utf-8"))}
    return _LINES[path]


def _fill(g: dict, text: str) -> dict:
    """Our offsets-only gold -> the scorer's format (text and participant texts read from the article)."""
    g = dict(g, text=text)
    for e in g["events"]:
        for side in ("source", "target"):
            for p in e.get(side) or []:
                p["text"] = text[p["start"]:p["end"]]
    return g


def load_sets(names: list[str]) -> dict[str, list[dict]]:
    sets: dict[str, list[dict]] = {}
    if "dev" in names:
        sets["dev"] = [json.loads(l) for f in sorted((SHARED / "devsets" / "article-events").glob("gold-*.jsonl"))
                       for l in open(f, encoding="utf-8") if l.strip()]
    wanted = [n for n in ("tune", "kept") if n in names]
    if wanted:
        te3 = None
        for f in sorted(OURS.glob("*.jsonl")):
            rows = sorted((json.loads(l) for l in open(f, encoding="utf-8") if l.strip()), key=lambda g: g["id"])
            for k, g in enumerate(rows):
                part = "tune" if k % 2 == 0 else "kept"
                if part not in wanted:
                    continue
                if g["file"].startswith("te3-aquaint/"):
                    te3 = te3 if te3 is not None else _te3_texts()
                    text = te3[g["id"]]
                else:
                    text = text_of(g["file"])
                sets.setdefault(part, []).append(_fill(g, text))
    return sets


def run_dateline(gold: list[dict], min_confidence: float | None = None) -> list[dict]:
    """dateline's output dicts for the gold articles (None: the default floor on event confidence; 0: every event)."""
    from dateline.pipeline import process
    from dateline.records import Article, RawArticle

    raws = [RawArticle(id=g["id"], text=g["text"], published=g.get("published"), origin=g["id"]) for g in gold]
    return [a.to_dict() for a in process(raws, min_confidence=min_confidence) if isinstance(a, Article)]


def above(system: list[dict], th: float) -> list[dict]:
    """The output dicts with only the events of at least `th` confidence (an event without one is kept)."""
    return [dict(s, events=[e for e in s["events"] if e.get("confidence") is None or e["confidence"] >= th])
            for s in system]


def score(gold: list[dict], system: list[dict], errors: pathlib.Path | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        gp, sp = pathlib.Path(tmp, "gold.jsonl"), pathlib.Path(tmp, "sys.jsonl")
        gp.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
        sp.write_text("".join(json.dumps(s) + "\n" for s in system), encoding="utf-8")
        args = [sys.executable, str(SCORER), str(gp), str(sp)]
        ep = pathlib.Path(tmp, "errors.jsonl")
        if errors is not None:
            args += ["--errors", str(ep)]
        out = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
        if errors is not None:
            _explain(gold, system, ep, errors)
    return out


def _explain(gold, system, ep: pathlib.Path, dest: pathlib.Path) -> None:
    """The scorer's error list with the sentence and the system's or gold's participants beside each."""
    text = {g["id"]: g["text"] for g in gold}
    gold_by = {g["id"]: g for g in gold}
    sys_by = {s["id"]: s for s in system}
    lines = []
    for l in open(ep, encoding="utf-8"):
        e = json.loads(l)
        t = text[e["id"]]
        if e["kind"] == "false_positive":
            ev = next(x for x in sys_by[e["id"]]["events"] if x["trigger"]["start"] == e["at"] and x["type"] == e["type"])
            s = ev["sentence"]
            names = {a["id"]: a["name"] for a in sys_by[e["id"]]["actors"]}
            e.update(sentence=t[s["start"]:s["end"]],
                     source=[(p["text"], names.get(p["actor"])) for p in ev["source"]],
                     target=[(p["text"], names.get(p["actor"])) for p in ev["target"]],
                     gold_here=[x["types"] for x in gold_by[e["id"]]["events"]
                                if x["sentence"][0] <= e["at"] < x["sentence"][1]])
        else:
            s0, s1 = e["sentence"]
            x = next(x for x in gold_by[e["id"]]["events"] if x["sentence"] == [s0, s1] and x["types"] == e["types"])
            e.update(sentence=t[s0:s1], source=[p["text"] for p in x.get("source") or []],
                     target=[p["text"] for p in x.get("target") or []],
                     system_here=[(v["type"], v["trigger"]["text"], v["negated"] or v["hypothetical"])
                                  for v in sys_by.get(e["id"], {}).get("events", []) if s0 <= v["trigger"]["start"] < s1])
        lines.append(json.dumps(e, ensure_ascii=False))
    dest.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="dev,tune,kept")
    ap.add_argument("--errors", type=pathlib.Path)
    ap.add_argument("--thresholds", action="store_true")
    args = ap.parse_args(argv)
    if not SCORER.exists():
        print("no ../shared here: nothing to score")
        return
    sets = load_sets(args.sets.split(","))
    if args.errors:
        args.errors.mkdir(parents=True, exist_ok=True)
    from dateline.artefacts import confidence_floor

    for name, gold in sets.items():
        every = run_dateline(gold, min_confidence=0)
        system = above(every, confidence_floor() or 0.0)          # the default output
        out = score(gold, system, args.errors / f"{name}.errors.jsonl" if args.errors else None)
        print(json.dumps({"set": name, "min_confidence": confidence_floor(), **out}))
        if args.thresholds:
            for th in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
                print(json.dumps({"set": name, "min_confidence": th, **score(gold, above(every, th))}))


if __name__ == "__main__":
    main()
