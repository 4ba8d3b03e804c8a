"""Every lexicon identity the tool gives on the readable articles, with its evidence, for judging by reading (issue 11).

Gold is too thin to show wrong identities (about one gold person with a lexicon identity per 20 articles), so this
audits OUTPUT: every actor named as a people.tsv person, on every article one may read - the events' dev and tune
sets (bench/article_events.py: never `kept`) and the readable actor sets (bench/actors/<set>.jsonl; an article of
the events' `kept` half is skipped even when an actor set holds it). One line per identity:

    <how> <set> <article id> <date> | <lexicon person> (<role on the day>) <country>/<sector> | <mentions> | <sentence>

An actor counts as the person's when it bears the name and the person's record (a role of the person's offices, or
none): a namesake the text gives another post keeps the name with that post and is no identity (`_lexicon_record`).

`how` says what carried the match, for reading fast where it is plain: `full` (a mention is the person's name or an
alias of two words or more), `short` (only a surname or a one-word alias), `desc` (no mention holds a word of the
name: a description or a pronoun), `namesake` (the name without the record: no identity, counted apart); `!term`
is added when the article's date is outside every office of the person
(before the first, or after the last by more than a year). --jsonl FILE writes the same as JSON lines.

`--html FILE` (ident44, repeatable) audits html-l3s-gn1 pages (ids one a line) read through dateline's HTML reader, as
`dateline extract` reads them (title, body, the page's own date or none). `--speakers` (ident44) adds a row `speaker`
for each quote whose speaker is a pronoun or a description that resolves to a named mention (`he` -> `Tom Vell`): the
person a reader must check. `--list FILE` (act32c, repeatable) audits the articles a list of `file` values names instead (output audit pools in
no gold set, bench/actor_audit.py's lists), and `--acronyms` adds a row `acro` for each organisation of the lexicon
the tool named from a mention written in capitals (`MENA`, `IAEA`): a by-line or a society's letters read as an
agency is a wrong identity of the same kind.

usage: PYTHONPATH=src python bench/identity_audit.py [--sets dev,tune,tune2,...] [--list FILE ...] [--html FILE ...]
       [--acronyms] [--speakers] [--cache DIR] [--jsonl FILE]
(the default sets: the events' dev and tune and the readable actor sets, READABLE below)
"""
from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "scripts"))

READABLE = ["dev", "tune"] + [f"tune{k}" for k in range(2, 32)]   # actor sets one may read (never kept, fresh*)


def _article_list(sets: list[str]) -> list[dict]:
    """[{id, set, published, text}] of the events' dev/tune and the named readable actor sets, each article once."""
    import article_events as ae
    from actor_gold import articles

    out: dict[str, dict] = {}
    events = ae.load_sets([s for s in ("dev", "tune") if s in sets])
    for name, rows in events.items():
        for g in rows:
            out.setdefault(g["id"], {"id": g["id"], "set": "ev-" + name, "published": g.get("published"),
                                     "text": g["text"]})
    kept = None
    arts = None
    for name in sets:
        path = HERE / "actors" / f"{name}.jsonl"
        if name == "kept" or name.startswith("fresh") or not path.exists():
            continue
        arts = arts if arts is not None else articles()
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            aid = json.loads(line)["id"]
            a = arts.get(aid)
            if a is None or aid in out:
                continue
            if a["set"] == "kept":          # the events' held-out half: never read
                continue
            out[aid] = {"id": aid, "set": "act-" + name, "published": a["published"], "text": a["text"]}
    del kept
    return list(out.values())


def _sentence(text: str, start: int, end: int, width: int = 160) -> str:
    """The text around a span, cut at sentence ends where there are some, on one line."""
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    left = text[lo:start]
    cut = max(left.rfind(". "), left.rfind("\n"))
    if cut >= 0:
        left = left[cut + 1:]
    right = text[end:hi]
    m = re.search(r"[.!?\n]", right)
    if m:
        right = right[:m.end()]
    return re.sub(r"\s+", " ", (left + "[[" + text[start:end] + "]]" + right).strip())


def _how(person, mentions: list[str], day) -> str:
    forms = [person.name, *person.aliases]
    words = {w for f in forms for w in re.findall(r"[\w'’-]+", f)}
    long_forms = [f for f in forms if len(f.split()) > 1]
    if any(f in m for m in mentions for f in long_forms):
        how = "full"
    elif any(w in re.findall(r"[\w'’-]+", m) for m in mentions for w in words):
        how = "short"
    else:
        how = "desc"
    if day and person.offices:
        first = min((o.start or "0000") for o in person.offices)
        last = None if any(o.end is None for o in person.offices) else max(o.end for o in person.offices)
        if day < first or (last is not None and day[:4] > str(int(last[:4]) + 1)):
            how += "!term"
    return how


def _lexicon_record(person, actor, day) -> bool:
    """True when the actor carries the lexicon person's record, not only the name: its role is one of the person's
    offices (held or `former`), or any when the person holds none that day, or none. A namesake the text gives another
    post keeps the written name with that post (`Police Chief Richard Myers` in 2017: `police chief`, COP)."""
    if actor.role is None and actor.sector == "CVL" and not any(o.sector == "CVL" for o in person.offices):
        return False                              # the name as a private person's (`Resident Mike Pence`: ident34)
    roles = {o.role for o in person.offices} | {"former " + o.role for o in person.offices}
    return actor.role is None or person.at(day)[2] is None or actor.role in roles


def _listed(paths: list[pathlib.Path]) -> list[dict]:
    """[{id, set, published, text}] of the articles lists of `file` values name (one a line, # lines skipped)."""
    import article_events as ae

    out: dict[str, dict] = {}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            f = line.strip()
            if f and not f.startswith("#") and f not in out:
                out[f] = {"id": f, "set": "list-" + path.stem, "published": None, "text": ae.text_of(f)}
    return list(out.values())


def _listed_dated(paths: list[pathlib.Path]) -> list[dict]:
    """As `_listed`, each article's `published` read from its file name where it holds the day (a polnear-train
    file's name does: `politico_2016-02-05_...`; None elsewhere)."""
    arts = _listed(paths)
    for art in arts:
        day = re.search(r"_(\d{4}-\d\d-\d\d)_", art["id"])
        art["published"] = day.group(1) if day else None
    return arts


def _html_pages(paths: list[pathlib.Path]) -> list[dict]:
    """[{id, set, published, raw}] of html-l3s-gn1 pages (ids one a line, # lines skipped) read through dateline's
    HTML reader (ident44); a line with a `/` is a `file` value, read as `_listed` reads it."""
    import article_events as ae

    from dateline.read.html import read_html

    out: dict[str, dict] = {}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            i = line.strip()
            if i and not i.startswith("#") and "/" in i and i not in out:   # (a `file` value in the list)
                out[i] = {"id": i, "set": "html-" + path.stem, "published": None, "text": ae.text_of(i)}
            elif i and not i.startswith("#") and i not in out:
                page = ae.SHARED / "devsets" / "html-l3s-gn1" / "html" / (i + ".html")
                raw = next(iter(read_html(page.read_bytes(), origin=i, id=i)))
                out[i] = {"id": i, "set": "html-" + path.stem, "published": raw.published, "raw": raw}
    return list(out.values())


def _acronym(text: str) -> bool:
    """A mention written in capitals, as an acronym or a name set in capitals is (`MENA`, `U.N.`)."""
    letters = re.sub(r"[^A-Za-z]", "", text)
    return len(letters) >= 2 and letters.isupper()


def audit(arts: list[dict], cache: pathlib.Path | None, acronyms: bool = False, speakers: bool = False):
    """Yields one dict per actor named as a lexicon person (and, with `acronyms`, per lexicon organisation named from
    a mention in capitals; with `speakers`, per quote whose pronoun or description speaker resolves to a name)."""
    from train_confidence import _contexts

    from dateline.extractors.actors import extract_actors
    from dateline.extractors.quotes import extract_quotes
    from dateline.extractors.spans import forget
    from dateline.lexicon import actors as lex
    from dateline.records import RawArticle

    people = lex.people()
    orgs = {o.name: o for o in lex.organisations()}
    by_id = {a["id"]: a for a in arts}
    raws = [a.get("raw") or RawArticle(id=a["id"], text=a["text"], published=a["published"], origin=a["id"])
            for a in arts]
    for ctx in _contexts(raws, cache):
        try:
            quotes = extract_quotes(ctx)
            actors, _ = extract_actors(ctx, quotes)
        finally:
            forget(ctx.doc)
        a = by_id[ctx.raw.id]
        day = (ctx.raw.published or "")[:10] or None
        text = ctx.raw.text
        for q in quotes if speakers else ():
            sp = q.speaker
            if sp is None or sp.name is None or not sp.text[:1].islower() or sp.name.text[:1].islower():
                continue                          # (a name as written, or no name found: nothing to check)
            yield {"how": "speaker", "set": a["set"], "id": a["id"], "date": day, "actor_role": None,
                   "person": sp.name.text, "role": None, "country": None, "sector": None, "mentions": [sp.text],
                   "sentence": _sentence(text, sp.start, sp.end)}
        for actor in actors:
            person = people.get(actor.name)
            if person is None and acronyms and actor.name in orgs and actor.mentions:
                ms = sorted(actor.mentions, key=lambda m: m.start)
                caps = [m for m in ms if _acronym(m.text)]
                if caps:
                    yield {"how": "acro", "set": a["set"], "id": a["id"], "date": day, "actor_role": actor.role,
                           "person": actor.name, "role": orgs[actor.name].role, "country": actor.country,
                           "sector": actor.sector, "mentions": list(dict.fromkeys(m.text for m in ms))[:8],
                           "sentence": _sentence(text, caps[0].start, caps[0].end)}
                continue
            if person is None or not actor.mentions:
                continue
            ms = sorted(actor.mentions, key=lambda m: m.start)
            texts = list(dict.fromkeys(m.text for m in ms))
            _, _, role = person.at(day)
            how = _how(person, texts, day) if _lexicon_record(person, actor, day) else "namesake"
            #                               (a namesake the text gives another post: `Police Chief Richard Myers`)
            yield {"how": how, "set": a["set"], "id": a["id"], "date": day, "actor_role": actor.role,
                   "person": person.name, "role": role, "country": actor.country, "sector": actor.sector,
                   "mentions": texts[:8], "sentence": _sentence(text, ms[0].start, ms[0].end)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(READABLE))
    ap.add_argument("--cache", type=pathlib.Path, default=pathlib.Path("/work/cache"))
    ap.add_argument("--jsonl", type=pathlib.Path)
    ap.add_argument("--list", type=pathlib.Path, action="append", default=[],
                    help="a list of file values (articles in no gold set), instead of --sets; repeatable")
    ap.add_argument("--html", type=pathlib.Path, action="append", default=[],
                    help="a list of html-l3s-gn1 page ids, read through dateline's HTML reader; repeatable")
    ap.add_argument("--acronyms", action="store_true", help="add lexicon organisations named from capitals")
    ap.add_argument("--speakers", action="store_true", help="add quotes whose pronoun or description speaker "
                                                            "resolves to a name")
    a = ap.parse_args(argv)
    arts = (_listed(a.list) + _html_pages(a.html)) if a.list or a.html else _article_list(a.sets.split(","))
    print(f"# {len(arts)} articles", file=sys.stderr)
    cache = a.cache if a.cache and a.cache.exists() else None
    rows = []
    for r in audit(arts, cache, a.acronyms, a.speakers):
        rows.append(r)
        print(f"{r['how']} {r['set']} {r['id']} {r['date']} | {r['person']} ({r['role']}) {r['country']}/{r['sector']}"
              f" | {' / '.join(r['mentions'])} | {r['sentence']}", flush=True)
    if a.jsonl:
        a.jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["how"]] = counts.get(r["how"], 0) + 1
    print("# identities", len(rows), json.dumps(counts, sort_keys=True), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
