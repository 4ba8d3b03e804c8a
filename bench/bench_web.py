"""Times every web page over a store of 10,000 synthetic articles and prints the figures (target: < 300 ms each).

The store is built from invented Article records (random but seeded: actors from a pool of countries, sectors
and people, events of every quad, quotes, places with coordinates, casualties) and kept under bench/results/
so a second run only times. Pages are requested in-process with FastAPI's TestClient (no network), each
once to warm up and then --runs times; the median and the slowest are printed.

    .venv/bin/python bench/bench_web.py [--articles 10000] [--runs 7] [--rebuild]
"""
from __future__ import annotations

import argparse
import pathlib
import random
import statistics
import sys
import time

from dateline.records import (Actor, Article, Casualty, Dateline, Event, Mention, Participant, Place, Quote, Span,
                              Speaker, TimeExpression)

HERE = pathlib.Path(__file__).resolve().parent
VERSION = 1                                   # bump when the generator changes, to rebuild the cached store

COUNTRIES = [("USA", "United States", "Washington", 38.9, -77.04), ("RUS", "Russia", "Moscow", 55.75, 37.62),
             ("SYR", "Syria", "Damascus", 33.51, 36.29), ("GBR", "Britain", "London", 51.51, -0.13),
             ("FRA", "France", "Paris", 48.86, 2.35), ("CHN", "China", "Beijing", 39.9, 116.4),
             ("IRN", "Iran", "Tehran", 35.69, 51.39), ("TUR", "Turkey", "Ankara", 39.93, 32.86),
             ("EGY", "Egypt", "Cairo", 30.04, 31.24), ("ISR", "Israel", "Jerusalem", 31.77, 35.21),
             ("UKR", "Ukraine", "Kyiv", 50.45, 30.52), ("IND", "India", "New Delhi", 28.61, 77.21),
             ("PAK", "Pakistan", "Islamabad", 33.69, 73.05), ("NGA", "Nigeria", "Abuja", 9.08, 7.4),
             ("BRA", "Brazil", "Brasilia", -15.79, -47.88), ("MEX", "Mexico", "Mexico City", 19.43, -99.13),
             ("DEU", "Germany", "Berlin", 52.52, 13.4), ("JPN", "Japan", "Tokyo", 35.68, 139.69),
             ("AFG", "Afghanistan", "Kabul", 34.53, 69.17), ("IRQ", "Iraq", "Baghdad", 33.31, 44.36)]
SECTORS = ["GOV", "GOV", "GOV", "MIL", "REB", "OPP"]
SURNAMES = ["Adler", "Brandt", "Costa", "Dumas", "Eklund", "Fischer", "Garcia", "Haddad", "Ivanov", "Jensen",
            "Kato", "Laine", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tamm"]
EVENTS = [("CONSULT", 1, "040", "met"), ("COOPERATE", 1, "050", "agreed"), ("SUPPORT", 1, "051", "backed"),
          ("AID", 2, "070", "sent aid to"), ("RETREAT", 2, "081", "withdrew from"), ("ACCUSE", 3, "112", "accused"),
          ("REJECT", 3, "120", "rejected"), ("THREATEN", 3, "130", "threatened"), ("PROTEST", 3, "140", "protested"),
          ("ASSAULT", 4, "190", "attacked"), ("COERCE", 4, "170", "arrested"), ("MOBILIZE", 4, "150", "deployed")]


def make_article(i: int, rng: random.Random) -> Article:
    """One invented article: a dateline, 3-8 event sentences, 1-3 quotes, places, a casualty count."""
    day = f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    home = rng.choice(COUNTRIES)
    title = f"{home[1]} story number {i}"
    parts: list[str] = [title, "\n\n"]
    pos = [0]

    def add(s: str) -> tuple[int, int]:
        start = sum(len(p) for p in parts)
        parts.append(s)
        return start, start + len(s)

    dl = add(f"{home[2].upper()}, (Wire) - ")
    actors: dict[str, Actor] = {}
    mentions: dict[str, list[Mention]] = {}
    events, quotes, places, dates, casualties = [], [], {}, [], []

    def actor(country, sector, person=None):
        name = person or f"{country[1]} {sector.lower()}"
        key = f"X{len(actors) + 1}"
        for k, a in actors.items():
            if a.name == name:
                return k
        actors[key] = Actor(key, name, country[0], sector, role="minister" if person else None)
        mentions[key] = []
        return key

    for k in range(rng.randint(3, 8)):
        a, b = rng.sample(COUNTRIES, 2)
        typ, quad, cameo, verb = rng.choice(EVENTS)
        sa = actor(a, rng.choice(SECTORS), f"{rng.choice(SURNAMES)} of {a[1]}" if rng.random() < 0.3 else None)
        ta = actor(b, rng.choice(SECTORS))
        s0 = sum(len(p) for p in parts)
        src = add(actors[sa].name)
        add(" ")
        trig = add(verb)
        add(" ")
        tgt = add(actors[ta].name)
        add(" in ")
        place_c = rng.choice([a, b])
        pl = add(place_c[2])
        add(" on ")
        dt = add("Monday")
        s1 = add(".")[1]
        add(" ")
        mentions[sa].append(Mention(*src, actors[sa].name))
        mentions[ta].append(Mention(*tgt, actors[ta].name))
        pid = f"P{place_c[0]}"
        old = places.get(pid)
        places[pid] = Place(pid, place_c[2], place_c[0][:2], None, place_c[3], place_c[4], "city",
                            mentions=(old.mentions if old else ()) + (Mention(*pl, place_c[2]),))
        dates.append(TimeExpression(*dt, "Monday", day))
        dead = rng.randint(1, 40) if quad == 4 and rng.random() < 0.5 else None
        events.append(Event(type=typ, mode=None, quad=quad, cameo=cameo,
                            source=(Participant(*src, actors[sa].name, sa),),
                            target=(Participant(*tgt, actors[ta].name, ta),),
                            trigger=Span(*trig, verb), negated=rng.random() < 0.05, hypothetical=rng.random() < 0.05,
                            date=day, sentence={"start": s0, "end": s1}, place=pid, dead=dead))
        if dead:
            c = add(f"At least {dead} people were killed. ")
            casualties.append(Casualty(c[0], c[1] - 1, f"At least {dead} people were killed.", killed=dead,
                                       qualifier="at least", event=len(events) - 1))
    add("\n\n")
    for k in range(rng.randint(1, 3)):
        speaker = rng.choice(list(actors))
        q = add(f"\"We will answer every question about case {i}-{k},\"")
        add(" ")
        cue = add("said")
        add(" ")
        sp = add(actors[speaker].name)
        add(".\n")
        mentions[speaker].append(Mention(*sp, actors[speaker].name))
        quotes.append(Quote(*q, "".join(parts)[q[0]:q[1]], Span(*cue, "said"), Speaker(*sp, actors[speaker].name, speaker)))
    text = "".join(parts)
    acts = tuple(Actor(a.id, a.name, a.country, a.sector, a.role, tuple(sorted(mentions[a.id], key=lambda m: m.start)))
                 for a in actors.values())
    return Article(id=f"synthetic-{i:05d}", title=title, published=day, published_from="input",
                   dateline=Dateline(home[2], "Wire", *dl), truncated=False, quotes=tuple(quotes), actors=acts,
                   dates=tuple(dates), events=tuple(events), places=tuple(places.values()),
                   casualties=tuple(casualties), source="Wire", text=text)


def write_synthetic(store, ids, rng: random.Random) -> None:
    """Synthetic articles `make_article(i)` for each i in ids, written in batches of 500."""
    batch = []
    for i in ids:
        batch.append((make_article(i, rng), "bench"))
        if len(batch) == 500:
            store.write_articles(batch)
            batch = []
    if batch:
        store.write_articles(batch)


def build(path: pathlib.Path, n: int) -> None:
    from dateline.store import Store

    rng = random.Random(20190604)
    if path.exists():
        path.unlink()
    t0 = time.perf_counter()
    with Store.open(path) as store:
        write_synthetic(store, range(n), rng)
        store.con.execute("CHECKPOINT")
    print(f"built {path} with {n:,} articles in {time.perf_counter() - t0:.1f} s", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    path = HERE / "results" / f"web-{args.articles}-v{VERSION}.duckdb"
    path.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not path.exists():
        build(path, args.articles)
    from dateline.store import Store

    Store.open(path).close()                  # brings a cached store up to the current schema version

    from fastapi.testclient import TestClient

    from dateline.web import create_app

    client = TestClient(create_app(path))
    top = client.get("/api/overview").json()
    busiest = top["top_actors"][0]["id"]
    quiet = client.get("/api/search", params={"q": "of"}).json()["actors"][-1]["id"]
    mid = f"synthetic-{args.articles // 2:05d}"
    pages = ["/", "/articles?page=100", "/events", "/events?page=150", "/events?actor=Russia", "/events?source=USA&target=SYRGOV",
             "/events?type=ASSAULT&since=2019-03&until=2019-05", "/events?quad=4&place=Damascus",
             f"/events?actor_id={busiest}", f"/articles/{mid}", f"/actors/{busiest}", f"/actors/{quiet}", "/map",
             "/search?q=Ivanov", "/search?q=question", "/api/events?limit=100", f"/api/articles/{mid}",
             "/api/overview", "/api/places", "/events.csv?type=ASSAULT&place=Kabul", "/docs", "/openapi.json"]
    print(f"{'page':58} {'median ms':>10} {'max ms':>8}  status  bytes")
    worst = 0.0
    for url in pages:
        r = client.get(url)
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            r = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
        med, mx = statistics.median(times), max(times)
        worst = max(worst, med)
        print(f"{url[:58]:58} {med:10.1f} {mx:8.1f}  {r.status_code:6}  {len(r.content):,}")
    print(f"slowest median: {worst:.1f} ms ({'under' if worst < 300 else 'OVER'} 300 ms) over {args.articles:,} articles")


if __name__ == "__main__":
    main()
