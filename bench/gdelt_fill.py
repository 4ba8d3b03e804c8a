#!/usr/bin/env python3
"""How many GDELT rows carry actor codes, on the 44 whole articles of the actor gold (bench/actors/).

The articles of the chosen sets are run through the pipeline into a fresh store (a temporary DuckDB file), which
is then exported as the `dateline export --format gdelt` table would be (asserted events, one row per source and
target pair), by event cluster and, with --mentions, per article-level event. Printed per set: rows, the share
with Actor1Code and with Actor2Code, and (of the rows whose Actor1/Actor2 participant exists) the share coded.

  python bench/gdelt_fill.py [--sets dev,tune,kept] [--mentions] [--errors DIR]

--errors writes DIR/<set>.gdelt.errors.jsonl: every row whose Actor1 or Actor2 participant has no code, with the
participant's name or text (never look at the kept set's).
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from actor_gold import articles  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "actors"


def fill(names: list[str], mentions: bool, errors_dir: pathlib.Path | None) -> dict:
    from dateline.pipeline import process
    from dateline.records import Article, RawArticle
    from dateline.store import Store
    from dateline.store.export import export_filter, gdelt_rows

    arts = articles()
    results = {}
    total = dict.fromkeys(("rows", "a1", "a2", "has1", "has2"), 0)
    for name in names:
        path = GOLD / f"{name}.jsonl"
        if not path.exists():
            continue
        ids = [json.loads(l)["id"] for l in open(path, encoding="utf-8") if l.strip()]
        raws = [RawArticle(id=i, text=arts[i]["text"], published=arts[i]["published"], origin=i) for i in ids]
        done = [a for a in process(raws) if isinstance(a, Article)]
        with tempfile.TemporaryDirectory() as tmp, Store.open(pathlib.Path(tmp) / "fill.duckdb") as store:
            store.write_articles((a, a.id) for a in done)
            rows = list(gdelt_rows(store, export_filter("gdelt"), mentions=mentions))
        n = len(rows)
        a1 = sum(bool(r.get("Actor1Code")) for r in rows)
        a2 = sum(bool(r.get("Actor2Code")) for r in rows)
        has1 = sum("Actor1Name" in r for r in rows)
        has2 = sum("Actor2Name" in r for r in rows)
        out = {"articles": len(done), "rows": n, "actor1_code": round(a1 / max(n, 1), 3),
               "actor2_code": round(a2 / max(n, 1), 3),
               "actor1_code_of_present": round(a1 / max(has1, 1), 3),
               "actor2_code_of_present": round(a2 / max(has2, 1), 3),
               "no_actor1": n - has1, "no_actor2": n - has2}
        results[name] = out
        print(name, json.dumps(out))
        for k, v in (("rows", n), ("a1", a1), ("a2", a2), ("has1", has1), ("has2", has2)):
            total[k] += v
        if errors_dir:
            errors_dir.mkdir(parents=True, exist_ok=True)
            with open(errors_dir / f"{name}.gdelt.errors.jsonl", "w", encoding="utf-8") as fh:
                for r in rows:
                    for side in ("Actor1", "Actor2"):
                        if not r.get(f"{side}Code"):
                            fh.write(json.dumps({"url": r.get("SOURCEURL"), "side": side, "event": r.get("EventCode"),
                                                 "name": r.get(f"{side}Name")}, ensure_ascii=False) + "\n")
    if len(results) > 1:
        results["all"] = {"rows": total["rows"], "actor1_code": round(total["a1"] / max(total["rows"], 1), 3),
                          "actor2_code": round(total["a2"] / max(total["rows"], 1), 3),
                          "actor1_code_of_present": round(total["a1"] / max(total["has1"], 1), 3),
                          "actor2_code_of_present": round(total["a2"] / max(total["has2"], 1), 3)}
        print("all", json.dumps(results["all"]))
    return results


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="dev,tune,kept")
    ap.add_argument("--mentions", action="store_true", help="one row per article-level event, not per cluster")
    ap.add_argument("--errors", type=pathlib.Path)
    a = ap.parse_args()
    fill(a.sets.split(","), a.mentions, a.errors)
