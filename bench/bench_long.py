#!/usr/bin/env python3
"""Cost on long articles: dateline's whole analysis of one article against spaCy's parse of the same text.

Usage: bench/bench_long.py [--sizes 10000,50000,100000,270000] [--kinds real,sentences,actors,coref,quotes] [--profile]
Kinds (texts made here, nothing read from the dev sets):
  real       the bundled samples/*.txt joined and repeated to the length (a real article repeated)
  sentences  one sentence repeated (10,000 of them at ~620,000 characters)
  actors     a list of 800 different people's names, repeated
  coref      a few actors named again and again with the descriptions and pronouns that refer back to them
  quotes     straight and curly quote marks in a row, with a sentence around them
For each kind and size it prints dateline seconds (structure + parse + every extractor, as `process` runs
it), spaCy seconds (`nlp(text)` of the same text, its runs of punctuation broken as the pipeline breaks them
for the parser: structure.break_runs) and their ratio (target <= 1.3), as a table and then one
JSON line. Times are CPU times of this process (time.process_time), which a shared machine disturbs less
than wall time; each is the best of --rounds. A short article is analysed first, so that loading spaCy,
lexicons and the gazetteer is not counted (start-up is measured by bench/bench_startup.py).
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FIRST = ["John", "Maria", "Ahmed", "Li", "Olga", "Pierre", "Fatima", "Carlos", "Yuki", "Kwame",
         "Elena", "Tomas", "Amina", "Raj", "Sofia", "Igor", "Nadia", "Kofi", "Hana", "Luis"]
LAST = ["Smith", "Garcia", "Hassan", "Wei", "Ivanova", "Dubois", "Khan", "Lopez", "Tanaka", "Mensah",
        "Brown", "Novak", "Okafor", "Silva", "Rossi", "Kowalski", "Nguyen", "Haddad", "Moreau", "Berg",
        "Adeyemi", "Petrov", "Larsen", "Costa", "Yilmaz", "Sato", "Mwangi", "Fischer", "Ortiz", "Popescu",
        "Kim", "Jensen", "Ali", "Murphy", "Schmidt", "Rahman", "Santos", "Chen", "Andersson", "Mendes"]


def real(n: int) -> str:
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt")))
    return (base * (n // len(base) + 1))[:n]


def sentences(n: int) -> str:
    s = "The minister said the talks in Geneva would resume on Monday. "
    return (s * (n // len(s) + 1))[:n]


def actors(n: int) -> str:
    names = [f"{FIRST[i % 20]} {LAST[(i // 20) % 40]}" for i in range(800)]
    t = "Those who attended the meeting in Vienna included " + ", ".join(names) + ".\n\n"
    return (t * (n // len(t) + 1))[:n]


def coref(n: int) -> str:
    """The same few actors named again and again, each followed by the descriptions and pronouns that refer back
    to it (`the alliance`, `the kingdom`, `she`, `her`): coreference looks back at every turn."""
    t = ("NATO said on Monday that the alliance would send more troops. Saudi Arabia said the kingdom would pay "
         "for them. Anna Petrova said she was pleased, and Mrs. Petrova said her staff agreed. The rebels said "
         "they would fight. Kofi Annan said he would go to Geneva.\n\n")
    return (t * (n // len(t) + 1))[:n]


def quotes(n: int) -> str:
    half = (n - 40) // 2
    return "He said " + '"' * half + " in Paris. " + "\u201c" * (n - 40 - half) + " Then he left."


KINDS = {"real": real, "sentences": sentences, "actors": actors, "coref": coref, "quotes": quotes}


def best(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        began = time.process_time()
        fn()
        times.append(time.process_time() - began)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,50000,100000,270000")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--profile", action="store_true", help="print the top functions of each dateline run")
    args = ap.parse_args()

    from dateline import nlp
    from dateline.pipeline import process
    from dateline.records import Failure, RawArticle
    from dateline.structure import break_runs

    model = nlp.load()
    list(process([RawArticle(id="warm", text=real(3000))]))      # lexicons, gazetteer, matchers: built once
    rows = []
    print(f"{'kind':10} {'chars':>8} {'dateline_s':>10} {'spacy_s':>8} {'ratio':>6}  result")
    for kind in args.kinds.split(","):
        for size in (int(s) for s in args.sizes.split(",")):
            text = KINDS[kind](size)
            # spaCy reads the text as the pipeline hands it over (runs of punctuation broken, same length):
            # on the raw text a run of n quote marks costs spaCy's tokenizer n squared (hours at 270,000)
            plain = break_runs(text)
            spacy_s = best(lambda: model(plain), args.rounds)
            out = []

            def run():
                out[:] = list(process([RawArticle(id=kind, text=text)]))

            if args.profile:
                import cProfile
                import pstats

                prof = cProfile.Profile()
                prof.enable()
            dateline_s = best(run, args.rounds)
            if args.profile:
                prof.disable()
                pstats.Stats(prof).sort_stats("tottime").print_stats(12)
            result = out[0]
            status = "Failure: " + result.message if isinstance(result, Failure) else \
                f"{len(result.actors)} actors {len(result.quotes)} quotes {len(result.events)} events"
            ratio = dateline_s / spacy_s if spacy_s else float("nan")
            rows.append({"kind": kind, "chars": size, "dateline_s": round(dateline_s, 2),
                         "spacy_s": round(spacy_s, 2), "ratio": round(ratio, 2), "result": status})
            print(f"{kind:10} {size:>8} {dateline_s:>10.2f} {spacy_s:>8.2f} {ratio:>6.2f}  {status}", flush=True)
    print(json.dumps({"rows": rows, "max_ratio": max(r["ratio"] for r in rows)}))


if __name__ == "__main__":
    main()
