#!/usr/bin/env python3
"""Times `stats`, `events` (with filters), `dyads --by month` and every web page on a large synthetic store
(default 1,000,000 articles; target: under 300 ms each, median of 5) and reports the store's size per 1,000 articles.

The store is built in two steps, both through the store's own code:
1. a base of --base invented articles (bench/bench_web.py's generator: ~5 events, ~5 actors, ~3 places,
   ~2 quotes per article; written with `Store.write_articles`, the ingest's write path);
2. copies of that base until --articles: every row of every per-article table copied with a new article id
   (`<id>~<copy>`) and its days moved on by <copy> months, so the store spans years as a real archive does
   (copy k of an article is published k months after the original). `Store.refresh_derived()` then rebuilds the
   store-wide tables an ingest keeps up to date (the one step a loader runs after a bulk load).
`dyads` is timed as the CLI runs it by default (the first 1,000 rows, and the total when the store keeps it); the
whole answer (`--all`, a million rows written as JSON lines to /dev/null) is timed once and reported with its rate,
apart from the 300 ms target (its time is the writing of a million lines).
Going through Python for every article costs ~7 ms each (a million would take two hours on this machine); the
copies take minutes. What the copies do not vary: the texts and actor names (a real corpus has more distinct
actors, so its dyad tables are longer), and no event clusters are made (the linking step is not run): by-cluster
answers count each report alone, and the join with a real store's event_mentions is not measured. The store is kept
(--out) so that a second run only times.

    .venv/bin/python bench/bench_scale.py [--articles 1000000] [--base 5000] [--out /tmp/dateline-1m.duckdb]
                                          [--runs 5] [--rebuild] [--skip-web]
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import statistics
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def build(path: pathlib.Path, n: int, base: int) -> dict:
    from bench_web import write_synthetic

    from dateline.store import Store
    from dateline.store import schema

    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)
    base = min(base, n)
    rng = random.Random(20190604)
    t0 = time.perf_counter()
    with Store.open(path) as store:
        write_synthetic(store, range(base), rng)
        t_base = time.perf_counter() - t0
        copies = -(-n // base)
        done = base
        step = 20
        for first in range(1, copies, step):
            last = min(copies, first + step)                       # copies first .. last-1
            with store.transaction():
                store.con.execute("CREATE TEMP TABLE _copies AS SELECT range AS k FROM range(?, ?)", [first, last])
                limit = n - done
                store.con.execute(f"""
                    INSERT INTO articles SELECT a.* REPLACE (
                        a.id || '~' || c.k AS id, CAST(a.published + to_months(c.k) AS DATE) AS published)
                    FROM articles a, _copies c WHERE NOT contains(a.id, '~')
                    ORDER BY c.k, a.id LIMIT {limit}""")
                for table in schema.ARTICLE_TABLES:
                    day = ", CAST(t.day + to_months(c.k) AS DATE) AS day" if table in ("events", "event_dyads") else ""
                    store.con.execute(f"""
                        INSERT INTO {table} SELECT t.* REPLACE (t.article_id || '~' || c.k AS article_id{day})
                        FROM {table} t JOIN _copies c ON TRUE
                        SEMI JOIN articles a ON a.id = t.article_id || '~' || c.k
                        WHERE NOT contains(t.article_id, '~')""")
                store.con.execute("DROP TABLE _copies")
            done = min(n, base * last)
            print(f"  {done:,} articles ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
        store.refresh_derived()
        store.con.execute("CHECKPOINT")
    return {"base_s": round(t_base, 1), "total_s": round(time.perf_counter() - t0, 1)}


def cli_dyads(store, f, *, by_cluster: bool) -> list:
    """What `dateline dyads` does by default: the first DYADS_LIMIT rows (one more, to tell whether more follow),
    and the total when the store keeps it."""
    from dateline.cli import DYADS_LIMIT
    from dateline.store.query import dyad_rows, dyads_count

    rows = list(dyad_rows(store, f, by="month", by_cluster=by_cluster, limit=DYADS_LIMIT + 1))
    if len(rows) > DYADS_LIMIT:
        dyads_count(store, f, by="month", by_cluster=by_cluster)
    return rows[:DYADS_LIMIT]


def all_dyads(store, f, *, by_cluster: bool) -> int:
    """What `dateline dyads --all --format json` does, written to /dev/null: returns the rows written."""
    from dateline.store.query import dyad_rows

    n = 0
    with open(os.devnull, "w", encoding="utf-8") as out:
        for row in dyad_rows(store, f, by="month", by_cluster=by_cluster):
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def timed(runs: int, call) -> tuple[float, float]:
    call()                                                         # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        call()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--base", type=int, default=5000)
    ap.add_argument("--out", default="/tmp/dateline-1m.duckdb")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--skip-web", action="store_true")
    args = ap.parse_args()
    path = pathlib.Path(args.out)
    built = None
    if args.rebuild or not path.exists():
        built = build(path, args.articles, args.base)
    from dateline.store import Store
    from dateline.store.filters import EventFilter
    from dateline.store.query import events, stats

    from dateline.store.views import Reader

    summaries = kept_dyads = None
    t0 = time.perf_counter()
    with Store.open(path) as store:                                # migrates a kept store to the current schema
        migrated = round(time.perf_counter() - t0, 1)
        if Reader(store.con)._kept("counts") is None:              # the web's kept aggregates, as an ingest's end
            t0 = time.perf_counter()                               # writes them (docs/store.md, store_summaries)
            store.write_summaries()
            summaries = round(time.perf_counter() - t0, 1)
        elif Reader(store.con)._kept("dyads:month asserted") is None:     # a store upgraded to version 7: only the
            from dateline.store.views import write_kept_dyads             # kept dyads (dyad_periods) are missing
            t0 = time.perf_counter()
            write_kept_dyads(store)
            kept_dyads = round(time.perf_counter() - t0, 1)
    size = path.stat().st_size
    with Store.open(path, read_only=True) as store:
        n = store.counts()
    print(json.dumps({"store": str(path), "built": built, "open_s": migrated, "summaries_s": summaries,
                      "kept_dyads_s": kept_dyads, "bytes": size,
                      "mb_per_1000_articles": round(size / 1e6 / (n["articles"] / 1000), 2), "counts": n}))
    print(f"{'query':64} {'median ms':>10} {'max ms':>8}  rows")
    worst = ("", 0.0)
    cli = [("stats", lambda s: [stats(s)]),
           ("events", lambda s: events(s)),
           ("events --actor Russia", lambda s: events(s, EventFilter(actor="Russia"))),
           ("events --source USA --target SYRGOV", lambda s: events(s, EventFilter(source="USA", target="SYRGOV"))),
           ("events --type ASSAULT --since 2019-03 --until 2019-05",
            lambda s: events(s, EventFilter(type="ASSAULT", since="2019-03", until="2019-05"))),
           ("events --quad 4 --place Damascus", lambda s: events(s, EventFilter(quad=4, place="Damascus"))),
           ("events --min-confidence 0.5 --limit 1000", lambda s: events(s, EventFilter(min_confidence=0.5), limit=1000)),
           ("dyads --by month --mentions (first 1,000 rows: the CLI's default)",
            lambda s: cli_dyads(s, EventFilter(asserted_only=True), by_cluster=False)),
           ("dyads --by month (by cluster, the CLI's default)",
            lambda s: cli_dyads(s, EventFilter(asserted_only=True), by_cluster=True)),
           ("dyads --by month --actor IRN --mentions",
            lambda s: cli_dyads(s, EventFilter(actor="IRN", asserted_only=True), by_cluster=False)),
           ("dyads --by month --actor IRN (by cluster)",
            lambda s: cli_dyads(s, EventFilter(actor="IRN", asserted_only=True), by_cluster=True)),
           ("dyads --by month --place Damascus --since 2030-01",
            lambda s: cli_dyads(s, EventFilter(place="Damascus", since="2030-01", asserted_only=True), by_cluster=True)),
           ("dyads --by month --coded-only --mentions",
            lambda s: cli_dyads(s, EventFilter(asserted_only=True, coded_only=True), by_cluster=False))]
    every = [("dyads --by month --all (by cluster), rows streamed as JSON lines",
              lambda s: all_dyads(s, EventFilter(asserted_only=True), by_cluster=True)),
             ("dyads --by month --actor IRN --mentions --all",
              lambda s: all_dyads(s, EventFilter(actor="IRN", asserted_only=True), by_cluster=False))]
    with Store.open(path, read_only=True) as store:
        for name, call in cli:
            rows = call(store)
            med, mx = timed(args.runs, lambda: call(store))
            worst = max(worst, (name, med), key=lambda x: x[1])
            print(f"{name[:64]:64} {med:10.1f} {mx:8.1f}  {len(rows):,}")
        for name, call in every:                                   # a whole answer: its rate, not the target
            t0 = time.perf_counter()
            n_rows = call(store)
            secs = time.perf_counter() - t0
            print(f"{name[:64]:64} {secs * 1000:10.1f} {'(once)':>8}  {n_rows:,} ({n_rows / secs:,.0f} rows/s)")
    if not args.skip_web:
        from fastapi.testclient import TestClient

        from dateline.web import create_app

        t0 = time.perf_counter()
        client = TestClient(create_app(path), base_url="http://127.0.0.1")     # a local Host (web/app.py Guard)
        client.get("/")
        print(f"{'web: start-up and first page':64} {(time.perf_counter() - t0) * 1000:10.1f}")
        top = client.get("/api/overview").json()
        busiest = top["top_actors"][0]["id"]
        quiet = client.get("/api/search", params={"q": "of"}).json()["actors"][-1]["id"]
        mid = f"synthetic-{min(args.base, args.articles) // 2:05d}~{max(1, args.articles // args.base // 2)}"
        pages = ["/", "/articles?page=100", "/articles?page=19000", "/events", "/events?page=150",
                 "/events?actor=Russia", "/events?source=USA&target=SYRGOV",
                 "/events?type=ASSAULT&since=2019-03&until=2019-05", "/events?quad=4&place=Damascus",
                 f"/events?actor_id={busiest}", f"/articles/{mid}", f"/actors/{busiest}", f"/actors/{quiet}", "/map",
                 "/search?q=Ivanov", "/search?q=question", "/api/events?limit=100", f"/api/articles/{mid}",
                 "/api/overview", "/api/places", "/events.csv?type=ASSAULT&place=Kabul&since=2020-01&until=2020-01"]
        for url in pages:
            med, mx = timed(args.runs, lambda: client.get(url))
            status = client.get(url).status_code
            worst = max(worst, (url, med), key=lambda x: x[1])
            print(f"web {url[:60]:60} {med:10.1f} {mx:8.1f}  {status}")
    print(f"slowest median: {worst[1]:.1f} ms ({worst[0]}) over {n['articles']:,} articles; "
          f"{'under' if worst[1] < 300 else 'OVER'} 300 ms; cores {os.cpu_count()}, load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
