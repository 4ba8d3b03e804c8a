#!/usr/bin/env python3
"""Session 54 (nopart54): a structural look at the output actors that take no part in any event or quote.

For every output actor of the read actor sets (or of unlabelled texts: `--draw`), features that do not name the text:
where its mentions sit (headline, first paragraph, caption, a short line that is no sentence, the closing line, a
parenthesis, a quote, a list of names), the syntactic role of each mention's head (object of which kind of
preposition, compound, possessor, apposition, conjunct, subject, object...), the route that made it (the cluster key's
kind and the actor pass that first gave the key a mention), whether the scorer calls it false and whether a false one
overlaps a gold non-actor, and the genre. It prints counts only (no text): the false rate of the no-part actors by
feature and by pairs of features.

  PYTHONPATH=src .venv/bin/python bench/nopart54.py [--sets SETS] [--min N] [--pairs] [--dump OUT.jsonl]
  PYTHONPATH=src .venv/bin/python bench/nopart54.py --draw FILE:FROM-TO[,FILE:FROM-TO...] --dump OUT.jsonl

Never run it on a kept set: it prints per-feature counts of one set's errors (bench/devtools/actor_sets_kept.txt).
`--dump` writes one line per actor with its features (and, for `--draw`, its mentions' text, for reading by hand).
"""
from __future__ import annotations

import argparse
import collections
import itertools
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import eval_article_actors as ev  # noqa: E402
from article_events import text_of  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = pathlib.Path("/work/shared/devsets")
KEPT = set((ROOT / "bench" / "devtools" / "actor_sets_kept.txt").read_text().strip().split(","))

PLACE_PREPS = {"in", "at", "near", "from", "to", "into", "outside", "inside", "across", "throughout", "around",
               "on", "through", "toward", "towards", "off", "along", "behind", "beyond", "within", "via", "onto"}
TIME_PREPS = {"during", "since", "until", "after", "before", "till"}
LINK_PREPS = {"of", "for", "with", "by", "about", "against", "between", "among", "like", "as", "than", "over",
              "under", "without", "per"}

SEEN: dict = {}     # article id -> {actor id: features} from the hooked `finish`


def _genre(aid: str, file: str = "") -> str:
    s = (file or "") + " " + aid
    for key, g in (("polnear", "campaign"), ("gva", "local"), ("lgl", "local"), ("geovirus", "web"),
                   ("l3s", "web"), ("te3", "wire"), ("aquaint", "wire")):
        if key in s.lower():
            return g
    if re.match(r"gv[dr]?-", aid):
        return "local" if aid.startswith(("gvd", "gva")) else "web"
    if re.match(r"[0-9a-f]{8}-", aid):
        return "web"
    if re.match(r"(APW|NYT|XIE|ea9|wsj|AP9|CNN)", aid):
        return "wire"
    return "campaign" if "_20" in aid else "other"


def _lines(text: str) -> list[tuple[int, int]]:
    out, p = [], 0
    for line in text.split("\n"):
        out.append((p, p + len(line)))
        p += len(line) + 1
    return out


def _line_of(lines, s):
    for a, b in lines:
        if a <= s <= b:
            return a, b
    return lines[-1]


def _head_dep(doc, s, e):
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return None, "none"
    root = span.root
    dep = root.dep_
    if dep == "pobj":
        prep = root.head.lower_
        kind = ("place" if prep in PLACE_PREPS else "time" if prep in TIME_PREPS else "link" if prep in LINK_PREPS
                else "other")
        if prep == "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
            kind = "of_noun"
        return root, f"pobj_{kind}"
    if dep in ("compound", "amod", "nmod"):
        return root, "modifier"
    if dep == "poss":
        return root, "poss"
    if dep in ("nsubj", "nsubjpass", "agent", "csubj"):
        return root, "subject"
    if dep in ("dobj", "dative", "iobj", "oprd"):
        return root, "object"
    if dep in ("appos",):
        return root, "appos"
    if dep == "conj":
        return root, "conj"
    if dep == "ROOT":
        return root, "root"
    if dep in ("attr",):
        return root, "attr"
    if dep in ("npadvmod", "nummod", "dep", "advmod", "meta", "punct", "intj", "parataxis"):
        return root, "loose"
    return root, "other"


def _in_list(text: str, s: int, e: int) -> bool:
    """The mention is one item of a run of 3+ capitalised items split by commas or semicolons on its line."""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    b = len(text) if b < 0 else b
    line = text[a:b]
    items = [x.strip() for x in re.split(r"[,;]", line) if x.strip()]
    caps = sum(1 for x in items if x[:1].isupper() and len(x.split()) <= 5)
    return caps >= 3 and caps >= len(items) * 0.6


def features(st, actor_ids: dict, quotes) -> dict:
    """Per actor id of the finished output: its route and, per mention, where it sits and its head's role."""
    ctx = st.ctx
    text, doc, lay = ctx.text, st.doc, ctx.layout
    lines = _lines(text)
    nonblank = [(a, b) for a, b in lines if text[a:b].strip()]
    first_par_end = None
    body = [(a, b) for a, b in nonblank if not (lay.title_span and a <= lay.title_span[0] < b)]
    if body:
        first_par_end = body[0][1]
    last_lines = {nonblank[-1]} if len(nonblank) >= 6 else set()    # the closing line of a text of many lines
    caps = [(c.start, c.end) for c in lay.captions]
    qspans = [(q.start, q.end) for q in quotes]
    out = {}
    for c, aid in actor_ids:
        ms = []
        for s, e in sorted(c.mentions):
            la, lb = _line_of(lines, s)
            line = text[la:lb].strip()
            words = len(line.split())
            where = []
            if lay.title_span and lay.title_span[0] <= s < lay.title_span[1]:
                where.append("headline")
            elif first_par_end is not None and s < first_par_end:
                where.append("first_par")
            if any(a <= s < b for a, b in caps):
                where.append("caption")
            if ctx.skipped(s, e):
                where.append("blanked")
            if (la, lb) in last_lines:
                where.append("last_line")
            if words <= 12 and not re.search(r"[.!?\"\u201d]$", line):
                where.append("short_line")
            if text.rfind("(", la, s) > text.rfind(")", la, s):
                where.append("paren")
            if any(a <= s < b for a, b in qspans):
                where.append("quote")
            if _in_list(text, s, e):
                where.append("list")
            if not where:
                where.append("body")
            root, dep = _head_dep(doc, s, e)
            sent_verb = bool(root is not None and any(t.pos_ in ("VERB", "AUX") for t in root.sent))
            sent = root.sent if root is not None else None
            ctx_text = text[max(sent.start_char, s - 90):min(sent.end_char, e + 70)] if sent is not None else ""
            ms.append({"where": where, "dep": dep, "sent_verb": sent_verb, "text": text[s:e],
                       "head": root.head.lower_ if root is not None else None, "ctx": " ".join(ctx_text.split()),
                       "lower": text[s:e][:1].islower(), "rel": round(s / max(len(text), 1), 2)})
        out[aid] = {"key": c.key[0], "born": getattr(st, "_born", {}).get(c.key, "?"), "mentions": ms}
    return out


def hook() -> None:
    """Wrap the actor passes and `finish` so that each output actor's cluster key, first pass and features are kept."""
    import dateline.extractors.actors as A

    def wrap(p):
        def run(st):
            born = st.__dict__.setdefault("_born", {})
            p(st)
            for k, c in st.clusters.items():
                if k not in born and c.mentions:
                    born[k] = p.__name__
        run.__name__ = p.__name__
        return run

    if getattr(A, "_nopart54", False):
        return
    A.PASSES = tuple(wrap(p) for p in A.PASSES)
    orig = A.finish

    def finish(st):
        actors, speakers_of = orig(st)
        live = [c for c in st.clusters.values() if c.mentions]
        live.sort(key=lambda c: (c.first, c.name))
        pairs = [(c, f"A{n}") for n, c in enumerate(live, 1)]
        SEEN[st.ctx.raw.id] = features(st, pairs, st.quotes)
        return actors, speakers_of

    A.finish = finish
    A._nopart54 = True


def actor_rows(set_name: str, arts: dict) -> list[dict]:
    """One row per output actor of a gold set: its features and the scorer's verdict."""
    got = ev.set_output(set_name, arts)
    if got is None:
        return []
    gold, out = got
    rows = []
    for g in gold:
        art = out.get(g["id"], {})
        actors = art.get("actors", [])
        text = arts[g["id"]]["text"]
        parts = ev._parts(art)
        non = [tuple(s) for s in g.get("non_actors", [])]
        for a in actors:
            spans = [(m["start"], m["end"]) for m in a.get("mentions", [])]
            req = any(ev._overlaps(gs, ss) for x in g["actors"] if not x["optional"] for gs in x["mentions"]
                      for ss in spans)
            opt = any(ev._overlaps(gs, ss) for x in g["actors"] if x["optional"] for gs in x["mentions"]
                      for ss in spans)
            verdict = "true" if req else "optional" if opt else "false"
            f = SEEN.get(g["id"], {}).get(a["id"], {})
            rows.append({"set": set_name, "id": g["id"], "genre": _genre(g["id"], arts[g["id"]].get("file", "")),
                         "actor": a["id"], "verdict": verdict, "part": a["id"] in parts,
                         "non_actor": any(ev._overlaps(ss, ns) for ss in spans for ns in non),
                         "named": (a.get("name") or "")[:1].isupper(), "role": bool(a.get("role")),
                         "n": len(spans), "sector": a.get("sector"), **f})
            assert text  # the text is used only through the hook's features
    return rows


def _draw_texts(spec: str) -> list[tuple[str, str, str | None, str]]:
    """(id, text, published, genre) of the lines FROM-TO of draw files (/work/notes/s54/draw5x.txt)."""
    out = []
    for part in spec.split(","):
        path, rng = part.rsplit(":", 1)
        lo, hi = (int(x) for x in rng.split("-"))
        for line in open(path, encoding="utf-8").read().splitlines()[lo - 1:hi]:
            cols = line.split("\t")
            aid, file = cols[0], cols[1]
            if file.endswith(".txt"):
                text = (SHARED / file).read_text(encoding="utf-8")
                m = re.search(r"_(\d{4}-\d{2}-\d{2})_", aid)
                out.append((aid, text, m.group(1) if m else None, _genre(aid, file)))
            else:
                fname, _, want = file.partition("#")
                want = want or aid
                text = text_of(f"{fname}#{want}")
                pub = None
                if fname.endswith("input.jsonl"):
                    for l in open(SHARED / fname, encoding="utf-8"):
                        if f'"{want}"' in l[:80]:
                            pub = json.loads(l).get("published")
                            break
                out.append((aid, text, pub, _genre(aid, file)))
    return out


def draw_rows(spec: str) -> list[dict]:
    from dateline.pipeline import process
    from dateline.records import Article, RawArticle

    items = _draw_texts(spec)
    raws = [RawArticle(id=i, text=t, published=p, origin=i) for i, t, p, _ in items]
    genre = {i: g for i, _, _, g in items}
    rows = []
    for art in process(raws):
        if not isinstance(art, Article):
            continue
        d = art.to_dict()
        parts = ev._parts(d)
        for a in d["actors"]:
            f = SEEN.get(d["id"], {}).get(a["id"], {})
            rows.append({"set": "draw", "id": d["id"], "genre": genre[d["id"]], "actor": a["id"], "verdict": "?",
                         "part": a["id"] in parts, "named": (a.get("name") or "")[:1].isupper(),
                         "role": bool(a.get("role")), "n": len(a["mentions"]), "name": a.get("name"),
                         "country": a.get("country"), "sector": a.get("sector"), **f})
    return rows


def keys_of(r: dict) -> set[str]:
    """The feature keys of one actor: every mention's place and role (an actor holds a key when one of its mentions
    does; `all_` keys when every mention does), its route, shape and genre."""
    ks = {f"genre={r['genre']}", f"key={r.get('key')}", f"born={r.get('born')}",
          f"shape={'named' if r['named'] else 'common'}/{'role' if r['role'] else 'norole'}/"
          f"{'one' if r['n'] == 1 else 'many'}"}
    ms = r.get("mentions", [])
    for m in ms:
        ks |= {f"where={w}" for w in m["where"]} | {f"dep={m['dep']}"}
        if not m["sent_verb"]:
            ks.add("sent=no_verb")
    if ms:
        for w in set.intersection(*(set(m["where"]) for m in ms)):
            ks.add(f"all_where={w}")
        deps = {m["dep"] for m in ms}
        if len(deps) == 1:
            ks.add(f"all_dep={deps.pop()}")
        if not any(m["dep"] in ("subject", "object", "poss", "appos", "attr") for m in ms):
            ks.add("no_arg_role")
    if r.get("non_actor"):
        ks.add("gold_non_actor")
    return ks


def table(rows: list[dict], min_n: int, pairs: bool) -> None:
    no = [r for r in rows if not r["part"]]
    print(f"actors {len(rows)}; no part {len(no)} (false {sum(r['verdict'] == 'false' for r in no)}, optional "
          f"{sum(r['verdict'] == 'optional' for r in no)}); part {len(rows) - len(no)} (false "
          f"{sum(r['verdict'] == 'false' for r in rows if r['part'])})")
    count = collections.defaultdict(lambda: [0, 0, 0, set(), set()])   # false, true, optional, sets, genres
    for r in no:
        ks = sorted(keys_of(r) - {"gold_non_actor"})
        combos = [(k,) for k in ks] + (list(itertools.combinations(ks, 2)) if pairs else [])
        for k in combos:
            x = count[k]
            x[{"false": 0, "true": 1, "optional": 2}[r["verdict"]]] += 1
            if r["verdict"] == "false":
                x[3].add(r["set"])
                x[4].add(r["genre"])
    print("feature(s)\tfalse\ttrue\toptional\tfalse_rate\tsets_with_false\tgenres")
    ranked = sorted(count.items(), key=lambda kv: (-(kv[1][0] / max(kv[1][0] + kv[1][1], 1)), -kv[1][0]))
    for k, (f, t, o, sets, genres) in ranked:
        if f + t >= min_n and (len(k) == 1 or f >= min_n):
            print(" & ".join(k), f, t, o, f"{f / max(f + t, 1):.2f}", len(sets), ",".join(sorted(genres)), sep="\t")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=(ROOT / "bench" / "devtools" / "actor_sets_read.txt").read_text().strip())
    ap.add_argument("--draw", help="FILE:FROM-TO[,...] of unlabelled draw lines (no verdicts)")
    ap.add_argument("--min", type=int, default=8)
    ap.add_argument("--pairs", action="store_true")
    ap.add_argument("--dump", type=pathlib.Path)
    ap.add_argument("--load", type=pathlib.Path, help="tabulate a --dump file instead of running dateline")
    a = ap.parse_args()
    if a.load:
        rows = [json.loads(l) for l in open(a.load, encoding="utf-8")]
    else:
        hook()
        if a.draw:
            rows = draw_rows(a.draw)
        else:
            names = a.sets.split(",")
            bad = KEPT & set(names)
            if bad:
                sys.exit(f"kept sets are measured only: {sorted(bad)}")
            from actor_gold import articles
            arts = articles()
            rows = [r for n in names for r in actor_rows(n, arts)]
        if a.dump:
            a.dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    if not a.draw:
        table(rows, a.min, a.pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
