#!/usr/bin/env python3
"""gold56 (December 2026, session 56, issue 11): the actor gold brought to the lead's session-56 decisions (the last
paragraph of bench/actors/GUIDE.md).

  python bench/devtools/gold56.py read [--apply]   the read gold's changes (READ_CHANGES below, each decided by reading
                                                   the article and its gold): checks every `before`, writes with --apply
  python bench/devtools/gold56.py kept [--apply]   the kept-apart files (bench/devtools/actor_sets_kept.txt): per decision,
                                                   how many kept actors a mechanical test touches - COUNTS ONLY, never a
                                                   line, a name or a text - and, with --apply, the changes the test alone
                                                   decides (no human reading)

Run from the repository root. The kept files are read by this script only; nothing of theirs is printed but counts.
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
GOLD = ROOT / "bench" / "actors"
sys.path.insert(0, str(ROOT / "bench"))

# (set, article id, actor index, actor name, field, before, after, decision)
READ_CHANGES = [
    ("tune2", "west-journal_2016-07-14_donald-trump-stuns-lgbt-communit", 18, "Carly Fiorina", "sector", "ELI", "PTY", "former candidate"),
    ("tune28", "lgl-38991174", 2, "Employees at First Bank", "sector", "BUS", "CVL", "employee"),
    ("tune28", "lgl-38991174", 8, "the teller", "sector", "BUS", "CVL", "employee"),
    ("tune62", "lgl-39113698", 1, "an employee", "sector", "BUS", "CVL", "employee"),
    ("tune62", "lgl-39113698", 2, "the two employees", "sector", "BUS", "CVL", "employee"),
    ("tune50", "gvd-c1cba05722d49c18", 12, "a Colleton Medical nurse", "sector", "BUS", "CVL", "employee"),
    ("fresh19", "gva-490351-2b37cc393f87f4bfb0dc28f4c0ffce6f", 16, "Sue Calhoun", "sector", "BUS", "CVL", "employee"),
    ("fresh17", "gva-377486-92547918c1ea3ce83da7a5e7a7c70fba", 7, "Steve Mullinex", "sector", "BUS", "CVL", "employee"),
    ("fresh17", "lgl-44023405", 5, "Rhonda Moore", "sector", "BUS", "CVL", "employee"),
    ("tune23", "lgl-41542424", 9, "a hotel employee", "sector", "CVL", "BUS", "employee"),
    ("tune41", "gva-281663-64994a9e9a6ea2507c79d403e50c4903", 2, "Meredith Corporation", "sector", "BUS", "MED", "parent company"),
    ("fresh17", "gva-550454-88e7b69b9e6251ef98058391c7098379", 1, "Meredith Corporation", "sector", "BUS", "MED", "parent company"),
    ("tune60", "9ad17d48-6f8e-48d4-87f9-f7de6ad67d54", 1, "sources familiar with the search", "sector", "EDU", "CVL", "anonymous sources"),
    ("tune55", "gvr-134", 3, "unnamed sources close to the investigation", "sector", "GOV", "CVL", "anonymous sources"),
    ("tune52", "politico_2016-01-29_clinton-camp-plans-to-roll-out-w", 8, "sources", "sector", "PTY", "CVL", "anonymous sources"),
    ("fresh17", "gva-377486-92547918c1ea3ce83da7a5e7a7c70fba", 10, "A source", "sector", None, "CVL", "anonymous sources"),
    ("tune7", "west-journal_2016-02-23_wow-al-sharpton-just-said-someth", 4, "People close to Sharpton", "sector", "CVL", "OPP", "anonymous sources (tie stated)"),
    ("tune61", "nyt_2016-09-07_phyllis-schlafly-conservative-ba", 2, "feminists", "sector", "CVL", "OPP", "leaders of a cause"),
]

# Not changed after reading: tune43's former CIA director, whose indictment and conviction (over by the article's date) are
# recalled once in passing, is no defendant now and stays ELI (act56d's rule leaves him so); tune46's group-stage
# opponents named for later fixtures stay optional; companies whose country the text does not give keep None (`may`).

# Candidates for national or party office who never held public office (by December 2026's facts).
NEVER_HELD = {"Carly Fiorina", "Ben Carson", "Herman Cain", "Jill Stein", "Evan McMullin", "Steve Forbes", "Ross Perot",
              "Ralph Nader", "Alan Keyes"}
EMPLOYEE = re.compile(r"\b(employees?|clerks?|cashiers?|tellers?|workers?|staff(ers?)?|waitress|waiters?|bartenders?|"
                      r"nurses?|attendants?|security guards?)\b", re.I)
SOURCE = re.compile(r"\bsources?\b", re.I)
CRIME = re.compile(r"\b(indict\w*|charged|convicted|sentenced|arrested|on trial|pleaded|guilty|defendant)\b", re.I)
CAUSE_LEADER = re.compile(r"\b(civil rights|feminist|rights|labor|suffrag\w+|abolitionist|temperance)\s+(leader|activist|icon)\b", re.I)
# `Copyright 2016 KXYZ (Parent Media Corp.)`: the bracketed name is the station's parent company.
CREDIT_PARENT = re.compile(r"(?:Copyright|©)\s*(?:\d{4}\s+)?(?:by\s+)?[^()\n]{1,60}\(([^()\n]{2,80})\)")


def _rows(path: pathlib.Path) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def _write(path: pathlib.Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def read(apply: bool) -> int:
    by_set: dict[str, list] = {}
    for c in READ_CHANGES:
        by_set.setdefault(c[0], []).append(c)
    bad = 0
    for name, changes in by_set.items():
        path = GOLD / f"{name}.jsonl"
        rows = _rows(path)
        ids = {r["id"]: r for r in rows}
        for s, aid, idx, actor, field, before, after, why in changes:
            a = ids[aid]["actors"][idx]
            if a["name"] == actor and a[field] == after:
                print(f"{s}\t{aid}\t{actor}\t{field}\t{before} -> {after}\t({why}; already so)")
                continue
            if a["name"] != actor or a[field] != before:
                print("MISMATCH", s, aid, idx, actor, field, a["name"], a[field])
                bad += 1
                continue
            print(f"{s}\t{aid}\t{actor}\t{field}\t{before} -> {after}\t({why})")
            a[field] = after
        if apply and not bad:
            _write(path, rows)
    print(len(READ_CHANGES), "changes", "applied" if apply and not bad else "checked", "mismatches", bad)
    return 1 if bad else 0


def kept(apply: bool, listing: str = "actor_sets_kept.txt") -> int:
    """Counts per decision over the sets of bench/devtools/LISTING (the kept list by default; `check-read` runs the same
    tests on the read list and prints what each touches, to check the tests themselves on text that may be read)."""
    from article_events import text_of, _te3_texts
    te3 = None
    show = listing == "actor_sets_read.txt"
    names = (ROOT / "bench" / "devtools" / listing).read_text().strip().split(",")
    counts = {k: 0 for k in ("articles", "actors", "former_candidate_ELI", "former_candidate_not_PTY",
                             "employee_word_BUS", "employee_word_CVL", "credit_parent_not_MED", "credit_parent_required",
                             "credit_parent_changed", "source_not_CVL", "source_bare_not_CVL", "ELI_crime_word_near",
                             "cause_leader_not_OPP_NGO", "former_candidate_changed")}
    for name in names:
        path = GOLD / f"{name}.jsonl"
        if not path.exists():
            continue
        rows = _rows(path)
        changed = False
        for g in rows:
            counts["articles"] += 1
            if g["file"].startswith("te3-aquaint/") and "#" not in g["file"]:
                te3 = te3 if te3 is not None else _te3_texts()
                text = te3[g["id"]]
            else:
                text = text_of(g["file"])
            parents = [(m.start(1), m.end(1)) for m in CREDIT_PARENT.finditer(text)]
            for a in g["actors"]:
                counts["actors"] += 1
                before = dict(counts)
                ments = [text[b:e] for b, e in a["mentions"]]
                who = {a["name"], a.get("identity") or ""}
                if who & NEVER_HELD:
                    if a["sector"] == "ELI":
                        counts["former_candidate_ELI"] += 1
                        if apply:
                            a["sector"] = "PTY"
                            counts["former_candidate_changed"] += 1
                            changed = True
                    elif a["sector"] != "PTY":
                        counts["former_candidate_not_PTY"] += 1
                if a["kind"] != "organisation" and any(EMPLOYEE.search(m) for m in ments + [a["name"]]):
                    if a["sector"] == "BUS":
                        counts["employee_word_BUS"] += 1
                    elif a["sector"] == "CVL":
                        counts["employee_word_CVL"] += 1
                if a["kind"] == "organisation" and a["mentions"] and all(
                        any(pb <= b and e <= pe for pb, pe in parents) for b, e in a["mentions"]):
                    if a["sector"] != "MED":
                        counts["credit_parent_not_MED"] += 1
                    if not a["optional"]:
                        counts["credit_parent_required"] += 1
                    if apply and (a["sector"] != "MED" or not a["optional"]):
                        a["sector"], a["optional"] = "MED", True
                        counts["credit_parent_changed"] += 1
                        changed = True
                if any(SOURCE.search(m) for m in ments) and a["kind"] != "organisation":
                    if a["sector"] != "CVL":
                        counts["source_not_CVL"] += 1
                        if all(re.fullmatch(r"(?i)(an?|the|one|another|two|three|several|some)?\s*sources?", m.strip())
                               for m in ments):
                            counts["source_bare_not_CVL"] += 1
                if a["sector"] == "ELI" and any(CRIME.search(text[max(0, b - 150):e + 150]) for b, e in a["mentions"]):
                    counts["ELI_crime_word_near"] += 1
                if any(CAUSE_LEADER.search(m) for m in ments) and a["sector"] not in ("OPP", "NGO", "LAB"):
                    counts["cause_leader_not_OPP_NGO"] += 1
                if show:
                    hit = [k for k in counts if k != "actors" and counts[k] != before[k]]
                    if hit:
                        print(name, g["id"], a["name"], a["sector"], hit)
        if apply and changed:
            _write(path, rows)
    for k, v in counts.items():
        print(f"{k}\t{v}")
    return 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    do = "--apply" in sys.argv
    if cmd == "read":
        sys.exit(read(do))
    if cmd == "kept":
        sys.exit(kept(do))
    if cmd == "check-read":
        sys.exit(kept(False, "actor_sets_read.txt"))
    print(__doc__)
    sys.exit(2)
