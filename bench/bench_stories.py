#!/usr/bin/env python3
"""The cost of linking (stories and event clusters) per article as the store grows: synthetic articles.

Usage: bench/bench_stories.py [--sizes 1000,10000,100000] [--per-day 300] [--db PATH]

Synthetic articles (invented words, no NLP) arrive in time order, PER_DAY a day, each with two or three events
of random types in one of 2,000 towns, a named person or two drawn from 50,000, and one in five a reprint of an
earlier article. The store is filled by linking batches of 500; at each size the next 1,000 articles are linked
as ingest links them (batches of run.local.LINK_BATCH) and timed. Prints ms per article at each size: the cost
must not grow with the store (candidate lookups are indexed), and the time of each store function per batch.
"""
from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import random
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

# the store functions of the linking step, timed apart (each is a few statements per batch)
STEPS = ("forget", "copy_candidates", "global_ids", "mention_clusters", "candidates", "cluster", "add_stories",
         "save_clusters", "add_mentions")
TYPES = ("ASSAULT", "COERCE", "PROTEST", "CONSULT", "ACCUSE", "AID", "THREATEN")


def make(n: int, rng: random.Random, per_day: int, earlier: list):
    from dateline.records import Actor, Article, Dateline, Event, Extent, Mention, Participant, Place, Span

    day = dt.date(2030, 1, 1) + dt.timedelta(days=n // per_day)
    if earlier and rng.random() < 0.2:                       # a reprint under another id and headline
        base = rng.choice(earlier[-2000:])
        text = f"Reprinted {n}\n" + base.text[base.text.index("\n") + 1:]
        return Article(**{**{f: getattr(base, f) for f in ("title", "published_from", "dateline", "truncated",
                                                            "actors", "events", "places")},
                          "id": f"s{n}", "published": day.isoformat(), "source": f"outlet{n % 97}", "text": text})
    words = [f"w{rng.randrange(200000)}" for _ in range(120)]
    town = rng.randrange(2000)
    person = f"Person{rng.randrange(50000)} Name{rng.randrange(50000)}"
    head = f"Headline {n} Town{town}"
    body = " ".join(words[:40]) + f" Town{town} {person} " + " ".join(words[40:])
    text = head + "\n\n" + body + "\n"
    p0 = text.index(f"Town{town}")
    a0 = text.index(person)
    events = []
    for i in range(rng.randint(2, 3)):
        t = rng.choice(TYPES)
        at = text.index(words[10 + i * 20])
        events.append(Event(type=t, mode=None, quad=4 if t in ("ASSAULT", "COERCE") else 3, cameo=None, source=(),
                            target=(Participant(a0, a0 + len(person), person, "A1"),),
                            trigger=Span(at, at + len(words[10 + i * 20]), words[10 + i * 20]), negated=False,
                            hypothetical=False, date=(day - dt.timedelta(days=rng.randint(0, 1))).isoformat(),
                            sentence=Extent(len(head) + 2, len(text) - 1), place="P1", date_from="sentence",
                            confidence=0.8))
    return Article(id=f"s{n}", title=head, published=day.isoformat(), published_from="input",
                   dateline=None, truncated=False,
                   actors=(Actor("A1", person, mentions=(Mention(a0, a0 + len(person), person),)),),
                   events=tuple(events),
                   places=(Place("P1", f"Town{town}", "XX", f"R{town % 50}", (town * 7919) % 6000 / 100,
                                 (town * 104729) % 12000 / 100, "city",
                                 8000000 + town, mentions=(Mention(p0, p0 + len(f'Town{town}'), f'Town{town}'),)),),
                   source=f"outlet{n % 97}", text=text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--per-day", type=int, default=300)
    ap.add_argument("--db")
    a = ap.parse_args()
    from dateline import stories
    from dateline.run.local import LINK_BATCH
    from dateline.store import Store

    from dateline.store import stories as db

    spent: dict[str, float] = {}                              # store function -> seconds in the measured batches
    measuring = [False]

    def timed(name, fn):
        def call(*args, **kw):
            t0 = time.monotonic()
            try:
                return fn(*args, **kw)
            finally:
                if measuring[0]:
                    spent[name] = spent.get(name, 0.0) + time.monotonic() - t0
        return call

    for name in STEPS:
        setattr(db, name, timed(name, getattr(db, name)))
    rng = random.Random(14)
    path = a.db or str(pathlib.Path(tempfile.mkdtemp(prefix="bench_stories.")) / "s.duckdb")
    n, earlier = 0, []
    with Store.open(path) as store:
        for size in (int(x) for x in a.sizes.split(",")):
            while n < size:                                       # fill
                batch = []
                for _ in range(min(500, size - n)):
                    art = make(n, rng, a.per_day, earlier)
                    batch.append(art)
                    earlier.append(art)
                    n += 1
                store.write_articles([(x, "") for x in batch])
                stories.link(store, batch)
                del earlier[:-2000]
            took, began, write = 0.0, time.monotonic(), 0.0
            spent.clear()
            measuring[0] = True
            for _ in range(1000 // LINK_BATCH + 1):              # measure: ~1,000 more, as ingest links them
                batch = []
                for _ in range(LINK_BATCH):
                    art = make(n, rng, a.per_day, earlier)
                    batch.append(art)
                    earlier.append(art)
                    n += 1
                t0 = time.monotonic()
                store.write_articles([(x, "") for x in batch])
                t1 = time.monotonic()
                stories.link(store, batch)
                took += time.monotonic() - t1
                write += t1 - t0
            measuring[0] = False
            count = (1000 // LINK_BATCH + 1) * LINK_BATCH
            clusters = store.rows("SELECT count(*) AS n FROM event_clusters")[0]["n"]
            batches = count // LINK_BATCH
            print(f"store of {size:>7,} articles ({clusters:,} clusters): linking {took / count * 1000:6.1f} ms/article, "
                  f"writing the rows {write / count * 1000:6.1f} ms/article; store statements, ms per batch of "
                  f"{LINK_BATCH}: " + ", ".join(f"{k} {spent.get(k, 0) / batches * 1000:.1f}" for k in STEPS) +
                  f"; Python rest {(took - sum(spent.values())) / batches * 1000:.1f}", flush=True)


if __name__ == "__main__":
    main()
