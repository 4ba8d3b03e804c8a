"""Wrong identities that are not merges: mentions too wide and names the text never gives (issue 11, act37a).

identity_merge_audit.py lists actors whose mentions join two people; the scorer (eval_article_actors.py) also counts a
gold person as wrongly identified when the output actor that holds most of its mentions is NAMED as someone else,
which happens without a merge. This lists, for judging by reading, one line per suspect:

    <kind> <article> | <actor name> <role> <country>/<sector> | <mentions> | <the sentence of the suspect mention>

kinds:
- `wide` (`wide-sole` when no mention outside this one holds the other person's name, so that a gold person whose
  only mention it is counts as this actor's: the scorer's wrong identity): an output mention whose text holds a capitalised word that names another person: a word of another
  actor's name (that actor named as a person) or of a spaCy PERSON entity inside the mention, in neither this
  actor's name nor its role (`Obama aide Jane Roe`, `Sen. A and Rep. B`, a byline of two names);
  ident38 adds a name written as a modifier of the mention's head, of any entity label or none: a possessive
  (`Quimby's lawyer`), `X-era`, a capitalised word (no place, no title) before a lower-case title word (`Halvorsen
  campaign manager Robby Tate`) - many of them organisations (`Fox Business moderator`), to be judged by reading;
- `name`: an output person whose name has a word (titles aside) found in none of its mentions' texts (a given name
  from the lexicon the article never writes, a title joined to another person's surname); `lexicon` when that word
  is nowhere in the article (ident38; the scorer's `lexicon` kind; a short form such as `Ken` / `Kenneth` is one);
- `merged-given`, `merged-gender`, `merged-kin`, `merged-desc` (ident38): identity_merge_audit.py's kinds over the
  same actors, so that one run lists the four kinds of the scorer's `wrong_identity_why`;
- `description` (ident38): an actor named in lower case one of whose lower-case mentions holds a given name or a
  spaCy PERSON (`a top Sanders adviser`): a person named once there is the description's to the scorer.
With --gold (the readable actor sets only), each line ends with `WRONG` when the scorer counts the actor as the wrong
identity of a gold person, and `ok` otherwise.

usage: PYTHONPATH=src python bench/identity_span_audit.py [--list FILE ...] [--json FILE ...] [--sets dev,tune,tune2...]
       [--cache DIR]
       (--list: `file` values one a line, as identity_audit.py's; --sets: readable sets only, as identity_audit.py's)
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

_WORD = re.compile(r"[A-Z][\w'’.-]*[\w]|[A-Z]")


def _name_words(s: str) -> set[str]:
    from eval_article_actors import _words
    return _words(s)


def _capitalised(text: str, skip: set[str]) -> list[str]:
    """The capitalised words of a mention, its first word's possessive cut (`Obama's` -> `Obama`), titles and the
    words of `skip` left out."""
    out = []
    for w in _WORD.findall(text):
        w = re.sub(r"['’]s$", "", w)
        lw = _name_words(w)
        if lw and not lw <= skip:
            out.append(w)
    return out


def suspects(actors, doc, person_like) -> list[tuple[str, object, object, str]]:
    """[(kind, actor, mention, why)] over one article's output actors."""
    from dateline.extractors.quotes.lexicon import given_names
    from dateline.lexicon import actors as lex

    titles = lex.title_words()
    persons = [a for a in actors if a.mentions and person_like(a)]
    named = {}                              # a person's name word -> the actors so named
    for a in persons:
        for w in _name_words(a.name):
            named.setdefault(w, set()).add(a.id)
    ents = [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "PERSON" and
            not any(t.is_lower or t.lower_ in titles for t in e)]   # (not `Wake County Sheriff` tagged whole)
    out = []
    for a in actors:
        if not a.mentions:
            continue
        own = _name_words(a.name) | _name_words(a.role or "") | titles
        for m in sorted(a.mentions, key=lambda x: x.start):
            why = None
            for w in _capitalised(m.text, own):
                lw = _name_words(w)
                others = {i for x in lw for i in named.get(x, ())} - {a.id}
                if others:
                    why = f"{w}: another actor's name"
                    break
            if why is None:
                for s, e, t in ents:
                    if m.start <= s and e <= m.end and (s, e) != (m.start, m.end) and \
                            not _name_words(t) & _name_words(a.name):
                        why = f"{t}: PERSON inside"     # (`Joseph R. Biden Jr.` of Joe Biden: his own)
                        break
            if why is None:
                why = _modifier_name(m, doc, own, titles)
            if why:
                word = _name_words(why.split(":")[0])
                alone = not any(word & _name_words(x.text) for b in actors for x in b.mentions
                                if not (x.start < m.end and m.start < x.end))
                out.append(("wide-sole" if alone else "wide", a, m, why))
                break
    for a in persons:
        first = a.name.split()[0].lower() if a.name.split() else ""
        if first not in given_names() or len(a.name.split()) < 2:
            continue                        # named as a group or a post, not as a person
        seen = set().union(*(_name_words(m.text) for m in a.mentions))
        extra = _name_words(a.name) - seen
        if extra:
            m = min(a.mentions, key=lambda x: x.start)
            absent = extra - _name_words(doc.text)
            out.append(("lexicon" if absent else "name", a, m,
                        f"{' '.join(sorted(absent or extra))}: {'nowhere in the text' if absent else 'in no mention'}"))
    from identity_merge_audit import suspects as merges
    for a in persons:
        for kind, m in merges(a, doc.text):
            out.append(("merged-" + kind, a, m, kind))
    for a in actors:
        if a.mentions and a.name[:1].islower():
            for m in a.mentions:
                caps = [w for w in _capitalised(m.text, titles) if w.lower() in given_names() or
                        any(e.label_ == "PERSON" and e.start_char >= m.start and e.end_char <= m.end for e in doc.ents)]
                if caps and not m.text[:1].isupper():
                    out.append(("description", a, m, f"{caps[0]}: a name in a lower-case actor's mention"))
                    break
    return out


def _modifier_name(m, doc, own: set[str], titles) -> str | None:
    """A capitalised word inside a mention that names someone as a modifier of the mention's head: a possessive
    (`Obama's lawyer Jane Roe`), `X-era`, or a capitalised word (not a place, not a title) just before a lower-case
    title word (`Clinton campaign manager Robby Mook`, `Obama aide Jane Roe`), when it is no word of the actor's own
    name or role."""
    from dateline.lexicon import actors as lex

    toks = [t for t in doc.char_span(m.start, m.end, alignment_mode="expand") or ()]
    for k, t in enumerate(toks[:-1]):
        if not t.text[:1].isupper() or _name_words(t.text) <= own or t.i == t.sent.start and t.lower_ in titles:
            continue
        if lex.place_country(t.text) or t.ent_type_ in ("GPE", "LOC", "NORP") and t.ent_type_ != "PERSON":
            continue
        nxt = toks[k + 1]
        if nxt.text in ("'s", "’s") or nxt.text == "-" and k + 2 < len(toks) and toks[k + 2].lower_ == "era" or \
                nxt.is_lower and nxt.lower_ in titles and any(x.text[:1].isupper() for x in toks[k + 2:]):
            return f"{t.text}: a name modifying the mention"
    return None


def _gold_wrong(gold: dict | None, text: str, actors) -> set[str]:
    """Names of the output actors the scorer counts as a gold person's wrong identity."""
    if not gold:
        return set()
    from eval_article_actors import score_article

    errs: list = []
    score_article(gold, text, [a.to_dict() for a in actors], errs)
    return {e["system"] for e in errs if e.get("error") == "identity"}


def audit(arts: list[dict], cache, golds: dict):
    from identity_merge_audit import _person_like
    from train_confidence import _contexts

    from dateline.extractors.actors import extract_actors
    from dateline.extractors.quotes import extract_quotes
    from dateline.extractors.spans import forget
    from dateline.records import RawArticle

    raws = [RawArticle(id=a["id"], text=a["text"], published=a.get("published"), origin=a["id"]) for a in arts]
    for ctx in _contexts(raws, cache):
        try:
            actors, _ = extract_actors(ctx, extract_quotes(ctx))
            found = suspects(actors, ctx.doc, _person_like)
        finally:
            forget(ctx.doc)
        text = ctx.raw.text
        wrong = _gold_wrong(golds.get(ctx.raw.id), text, actors)
        for kind, actor, m, why in found:
            texts = list(dict.fromkeys(x.text for x in sorted(actor.mentions, key=lambda x: x.start)))
            yield {"kind": kind, "id": ctx.raw.id, "name": actor.name, "role": actor.role, "why": why,
                   "country": actor.country, "sector": actor.sector, "mentions": texts[:10],
                   "sentence": _sentence(text, m.start, m.end),
                   "gold": ("WRONG" if actor.name in wrong else "ok") if ctx.raw.id in golds else ""}


def _sentence(text, start, end):
    from identity_audit import _sentence as s
    return s(text, start, end)


def _golds(sets: list[str]) -> dict:
    out = {}
    for name in sets:
        path = HERE / "actors" / f"{name}.jsonl"
        if name == "kept" or name.startswith("fresh") and name not in _READ_FRESH or not path.exists():
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                g = json.loads(line)
                out.setdefault(g["id"], g)
    return out


def _tune_odd() -> set[str]:
    """The events tune set's odd half (by sorted id): counts only, never read."""
    import article_events as ae
    ids = sorted(g["id"] for g in ae.load_sets(["tune"])["tune"])
    return {i for k, i in enumerate(ids) if k % 2 == 1}


_READ_FRESH = set((HERE / "devtools" / "actor_sets_read.txt").read_text().strip().split(","))


def main(argv=None) -> int:
    from identity_audit import _article_list, _listed_dated

    ap = argparse.ArgumentParser()
    ap.add_argument("--list", type=pathlib.Path, action="append", default=[])
    ap.add_argument("--sets", help="readable sets, as identity_audit.py's --sets (events dev/tune, actor sets)")
    ap.add_argument("--json", type=pathlib.Path, action="append", default=[],
                    help="{id: text} of articles (ident40: html pages read through dateline's HTML reader)")
    ap.add_argument("--cache", type=pathlib.Path)
    a = ap.parse_args(argv)
    arts = _listed_dated(a.list) if a.list else []
    for p in a.json:
        arts += [{"id": k, "set": "json-" + p.stem, "text": v, "published": None}
                 for k, v in json.load(open(p, encoding="utf-8")).items()]
    golds = {}
    if a.sets:
        names = a.sets.split(",")
        unread = [n for n in names if n == "kept" or n.startswith("fresh") and n not in _READ_FRESH]
        if unread:
            ap.error(f"kept-apart sets are not audited: {','.join(unread)}")
        listed = _article_list(names)
        golds = _golds(names)
        have = {x["id"] for x in listed}
        if set(golds) - have:               # the released fresh sets, which _article_list leaves out
            from actor_gold import articles
            every = articles()
            listed += [{"id": i, "set": "act", "published": every[i]["published"], "text": every[i]["text"]}
                       for i in golds if i not in have and i in every and every[i]["set"] != "kept"]
        odd = _tune_odd()                   # (once: it reads the events sets)
        arts += [x for x in listed if x["id"] not in odd]
    print(f"# {len(arts)} articles", file=sys.stderr)
    if a.cache:
        a.cache.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for r in audit(arts, a.cache, golds):
        counts[r["kind"]] = counts.get(r["kind"], 0) + 1
        if r["gold"] == "WRONG":
            counts[r["kind"] + "_wrong"] = counts.get(r["kind"] + "_wrong", 0) + 1
        print(f"{r['kind']} {r['id']} | {r['name']} ({r['role']}) {r['country']}/{r['sector']} | {r['why']} | "
              f"{' / '.join(r['mentions'])} | {r['sentence']} {r['gold']}".rstrip(), flush=True)
    print("# suspects", json.dumps(counts, sort_keys=True), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
