"""Run dateline's actors on prec57's audit texts (session 57): texts in no gold set, read only for an output audit.

The 37 texts are lines 1-30 and 43-49 of /work/notes/s57/unlabelled57.txt (two long web pages, GVA shooting reports,
long LGL local news). Writes one JSON line per article (id, kind, actors with sector, country, code and mentions'
offsets) for bench/prec57_audit.tsv's reading; `--show` prints each actor with its mentions' sentences for a reader
(to /tmp, never committed). The publication date is the line's own `published` field where it has one (GVA), else none.

    PYTHONPATH=src python bench/prec57_run.py OUT.jsonl [--show SHOW.txt]
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
LIST = pathlib.Path("/work/notes/s57/unlabelled57.txt")
LINES = ((1, 30), (43, 49))


def _kind(file: str) -> str:
    return "gva" if file.startswith("dedup-gva") else "lgl" if file.startswith("places-lgl") else "web"


def audit_rows() -> list[dict]:
    """The audit's articles: id, kind, file, text, published (the jsonl line's own field, where it has one)."""
    sys.path.insert(0, str(HERE))
    import article_events as ae

    lines = LIST.read_text(encoding="utf-8").splitlines()
    rows = []
    for lo, hi in LINES:
        for line in lines[lo - 1:hi]:
            aid, file = line.split("\t")[:2]
            path, _, wanted = file.partition("#")
            published = None
            for l in open(ae.SHARED / "devsets" / path, encoding="utf-8"):
                r = json.loads(l)
                if r["id"] == wanted:
                    published = r.get("published")
                    break
            rows.append({"id": aid, "kind": _kind(file), "file": file, "published": published,
                         "text": ae.text_of(file)})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--show")
    args = ap.parse_args()
    from dateline.pipeline import process
    from dateline.records import Article, RawArticle

    rows = audit_rows()
    raws = [RawArticle(id=r["id"], text=r["text"], published=r["published"], origin=r["id"]) for r in rows]
    got = {a.id: a.to_dict() for a in process(raws) if isinstance(a, Article)}
    show = []
    with open(args.out, "w", encoding="utf-8") as out:
        for r in rows:
            art = got.get(r["id"], {})
            actors = [{"name": a["name"], "sector": a.get("sector"), "country": a.get("country"), "code": a.get("code"),
                       "mentions": [[m["start"], m["end"], m["text"]] for m in a.get("mentions", [])]}
                      for a in art.get("actors", [])]
            out.write(json.dumps({"id": r["id"], "kind": r["kind"], "actors": actors}) + "\n")
            text = r["text"]
            show.append(f"=== {r['id']} ({r['kind']}, {r['published']})")
            for a in actors:
                show.append(f"  * {a['name']} | {a['sector']} {a['country']} {a['code']} | "
                            + "; ".join(f"{m[2]}@{m[0]}" for m in a["mentions"]))
                for s, e, t in a["mentions"][:3]:
                    lo, hi = max(0, s - 90), min(len(text), e + 90)
                    show.append("      ..." + text[lo:s].replace("\n", " ") + "[[" + t + "]]" + text[e:hi].replace("\n", " "))
    if args.show:
        pathlib.Path(args.show).write_text("\n".join(show) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
