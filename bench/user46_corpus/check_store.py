"""Judge a store ingested from build_corpus.py's corpus: lost or doubled articles, near-copies found, and whether
a wire story re-sent N times is one event with N mentions (in the store and in the GDELT export).

  .venv/bin/python bench/user46_corpus/check_store.py STORE.duckdb [--corpus /tmp/user46/corpus] [--gdelt DIR]
Prints figures only (no article text).
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
from pathlib import Path

import duckdb


def expected_ids(corpus: Path) -> set[str]:
    """Ids the readable inputs hold (by the documented id rules), without the broken/ folder."""
    ids = {f"txt/{p.stem}" for p in (corpus / "txt").glob("*.txt")}   # a folder's files: their path in it
    ids |= {f"resend/{p.stem}" for p in (corpus / "resend").glob("*.txt")}
    for path in [*(corpus / "lgl").glob("*.jsonl"), corpus / "dedup.jsonl", corpus / "resend" / "gva-resend.jsonl"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if isinstance(obj.get("text"), str) and len(str(obj.get("published") or "2000-01-01")) >= 10:
                ids.add(obj["id"])
    return ids


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--corpus", default="/tmp/user46/corpus")
    ap.add_argument("--gdelt", help="a folder written by `dateline export --format gdelt` of this store")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    con = duckdb.connect(args.db, read_only=True)
    stored = [r[0] for r in con.sql("SELECT id FROM articles").fetchall()]
    counts = collections.Counter(stored)
    want = expected_ids(corpus)
    kinds = collections.Counter(i.split(":")[0] if ":" in i else "file/jsonl" for i in stored)
    print(f"articles stored {len(stored)} (distinct {len(counts)}), by kind {dict(kinds)}")
    plain = {i for i in stored if ":" not in i}
    print(f"file/jsonl ids expected {len(want)}, missing {len(want - plain)}, unexpected {len(plain - want)}")
    for table, key in [("events", "article_id, idx"), ("quotes", "article_id, idx"), ("actors", "article_id, actor_id"),
                       ("event_mentions", "article_id, event_idx")]:
        n, d = con.sql(f"SELECT count(*), count(DISTINCT ({key})) FROM {table}").fetchall()[0]
        print(f"{table}: {n} rows, {n - d} written twice")
    linked = con.sql("SELECT count(*) FROM article_stories").fetchall()[0][0]
    print(f"articles linked (article_stories) {linked} of {len(counts)}")

    manifest = json.loads((corpus / "manifest.json").read_text())
    story_of = dict(con.sql("SELECT article_id, story FROM article_stories").fetchall())
    by_kind = collections.defaultdict(lambda: [0, 0])
    groups = collections.defaultdict(set)
    for c in manifest["copies"]:
        orig = c["of"] if c["of"].startswith("gva:") else f"txt/{c['of']}"
        copy = c["copy"] if c["kind"].startswith("gva") else f"resend/{c['copy']}"
        found = story_of.get(copy) is not None and story_of.get(copy) == story_of.get(orig)   # either may be first
        by_kind[c["kind"]][0] += found
        by_kind[c["kind"]][1] += 1
        groups[orig].update({copy, orig})
    print("near-copies in the story of their original (kind: found/all):",
          ", ".join(f"{k} {f}/{n}" for k, (f, n) in sorted(by_kind.items())))

    # one event or N? for every group of re-sends, the lead events' clusters and the asserted events' clusters
    rows = con.sql("SELECT m.article_id, m.event_idx, m.cluster_id, e.type, e.trigger_text FROM event_mentions m "
                   "JOIN events e ON e.article_id = m.article_id AND e.idx = m.event_idx "
                   "WHERE m.cluster_id IS NOT NULL").fetchall()
    by_article = collections.defaultdict(list)
    for aid, idx, cid, typ, trig in rows:
        by_article[aid].append((idx, cid, typ, trig))
    same, split, events_total, clusters_total = 0, 0, 0, 0
    for orig, members in groups.items():
        members = [m for m in members if m in by_article]
        if len(members) < 2:
            continue
        keyed = collections.defaultdict(set)     # (type, trigger, n-th) -> clusters
        for m in members:
            seen = collections.Counter()
            for idx, cid, typ, trig in sorted(by_article[m]):
                seen[(typ, trig.lower())] += 1
                keyed[(typ, trig.lower(), seen[(typ, trig.lower())])].add(cid)
        for key, cids in keyed.items():
            events_total += 1
            clusters_total += len(cids)
            if len(cids) == 1:
                same += 1
            else:
                split += 1
    print(f"events repeated across re-send groups: {events_total}; in one cluster {same}, split over several {split} "
          f"({clusters_total} clusters for {events_total} events)")

    if args.gdelt:
        path = Path(args.gdelt) / "events.gdelt.tsv"
        with path.open(encoding="utf-8") as f:
            reader = csv.reader(f, delimiter="\t")
            header = next(reader)
            data = list(reader)
        col = {h: i for i, h in enumerate(header)}
        ids = [r[col["GLOBALEVENTID"]] for r in data] if "GLOBALEVENTID" in col else []
        print(f"GDELT rows {len(data)}, distinct GLOBALEVENTID {len(set(ids))}")
        if "NumMentions" in col:
            hist = collections.Counter(int(r[col["NumMentions"]] or 0) for r in data)
            print("GDELT NumMentions histogram:", dict(sorted(hist.items())[:12]))


if __name__ == "__main__":
    main()
