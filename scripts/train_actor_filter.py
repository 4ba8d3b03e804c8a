"""Can a learned check drop false actors? (issue 11; docs/accuracy.md, "A learned false-actor filter")

Every output actor of the readable actor sets (dev, tune, tune2..tune9: bench/eval_article_actors.py) is labelled
false when none of its mentions overlaps a gold actor's mention, else true. Its features are general ones, never
names or article ids (FEATURES: how it was found, lexicon organisation, compound, quote speaker, number of mentions
and of forms, country / sector / role, headline, position, the shape of its name, the dependency role, entity label
and part of speech of its mentions' heads, inside a quote, title words, the word class of the heads
(HEAD_CLASSES of actor_words.tsv) and their governor's part of speech), read from the actor stage's state by
wrapping `actors.finish` (the stage itself is unchanged). A logistic regression with an L2 penalty (numpy) is
cross-validated leave-one-set-out: for each threshold it prints, out of fold, the actors dropped (false / true),
the false-actor share and the coverage of required gold actors, before and after, and the AUC.

--old DIR adds training actors from older rules (the `src` of an earlier commit, e.g. from `git archive`), which
left more false actors on the same sets: each fold still trains only on the other sets and scores today's actors
(--score-old: the older rules' actors, whose false share is near that of the unseen sets).

Usage: PYTHONPATH=src .venv/bin/python scripts/train_actor_filter.py [--items FILE] [--old DIR --old-items FILE]
       [--l2 L ...]
--items / --old-items FILE keep the recorded actors (a cache: delete it when the rules or the features change).
No weights are written: out of fold no threshold dropped clearly more false actors than true ones.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import pathlib
import pickle
import subprocess
import sys

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
SETS = ("dev", "tune") + tuple(f"tune{k}" for k in range(2, 10))
KINDS = ("P", "P?", "S", "O", "G", "D", "C", "L")
DEPS = {"nsubj": "subj", "nsubjpass": "subj", "dobj": "obj", "pobj": "pobj", "poss": "poss", "compound": "compound",
        "appos": "appos", "conj": "conj", "ROOT": "root"}
DEP_NAMES = ("subj", "obj", "pobj", "poss", "compound", "appos", "conj", "root")
ENTS = ("PERSON", "ORG", "GPE", "NORP")
POS = ("PROPN", "NOUN", "PRON")
GOV_POS = ("VERB", "NOUN", "ADP", "AUX")
HEAD_CLASSES = ("person_noun", "place_noun", "business_noun", "media_noun", "vehicle", "facility", "work_noun", "crime",
                "venue_name", "kin", "staff", "state_noun", "bloc", "category", "information", "store", "site_of",
                "accused", "private_aide", "party_voter", "contest", "country_topic", "body_topic")

FEATURES = (tuple(f"kind_{k}" for k in KINDS) + ("lexicon_org", "members", "speaker", "log_mentions", "log_forms",
            "has_country", "has_sector", "has_role", "in_title", "first_pos", "only_title", "name_words",
            "name_chars", "name_capitalised", "name_upper", "name_digit", "name_title_word", "name_org_word")
            + tuple(f"dep_{d}" for d in DEP_NAMES) + tuple(f"ent_{e}" for e in ENTS) + ("ent_none",)
            + tuple(f"pos_{p}" for p in POS) + ("in_quote", "head_title_word")
            + tuple(f"gov_{p}" for p in GOV_POS) + ("gov_root",) + tuple(f"head_{c}" for c in sorted(HEAD_CLASSES)))


def features(st, c, lex, lexicon_orgs) -> list[float]:
    """The feature row of one actor (in the order of FEATURES): per actor and per mention, never per token."""
    doc, text = st.doc, st.ctx.text
    title = st.ctx.layout.title_span
    speakers = {id(x) for x in st.speaker_of.values()}
    spans = sorted(c.mentions)
    n = max(len(spans), 1)
    deps = dict.fromkeys(DEP_NAMES, 0)
    ents = dict.fromkeys(ENTS + ("",), 0)
    pos = dict.fromkeys(POS, 0)
    quoted = head_title = gov_root = 0
    gov = dict.fromkeys(GOV_POS, 0)
    classes = word_classes(lex)
    heads = dict.fromkeys(classes, 0)
    titles, org_words = lex.title_words(), lex.org_words()
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.dep_ in DEPS:
            deps[DEPS[root.dep_]] += 1
        ents[root.ent_type_ if root.ent_type_ in ENTS else ""] += 1
        if root.pos_ in pos:
            pos[root.pos_] += 1
        quoted += root.i in getattr(st, "in_quote", ())
        head_title += root.lower_ in titles
        if root.head.i != root.i:
            if root.head.pos_ in gov:
                gov[root.head.pos_] += 1
            gov_root += root.head.dep_ == "ROOT"
        for name, words_of in classes.items():
            heads[name] += root.lower_ in words_of or root.lemma_.lower() in words_of
    in_title = [bool(title and s < title[1] and title[0] < e) for s, e in spans]
    words = c.name.split()
    caps = sum(w[:1].isupper() for w in words)
    row = [float(c.key[0] == k) for k in KINDS]
    row += [float(c.key[0] == "O" and c.name in lexicon_orgs), float(bool(c.members)), float(id(c) in speakers),
            math.log1p(len(spans)), math.log1p(len({text[s:e].lower() for s, e in spans})),
            float(bool(c.country)), float(bool(c.sector)), float(bool(c.role)),
            float(any(in_title)), (spans[0][0] / max(len(text), 1)) if spans else 1.0,
            float(bool(in_title) and all(in_title)),
            min(len(words), 8) / 4, min(len(c.name), 60) / 20, caps / max(len(words), 1),
            float(c.name.isupper() and len(c.name) > 1), float(any(ch.isdigit() for ch in c.name)),
            float(any(w.lower() in titles for w in words)), float(any(w.lower() in org_words for w in words))]
    row += [deps[d] / n for d in DEP_NAMES] + [ents[x] / n for x in ENTS] + [ents[""] / n]
    row += [pos[p] / n for p in POS] + [quoted / n, head_title / n]
    row += [gov[p] / n for p in GOV_POS] + [gov_root / n]
    row += [heads[name] / n for name in sorted(classes)]
    return row


def word_classes(lex) -> dict:
    """The word classes of the lexicon (actor_words.tsv) that FEATURES knows: the kind of an actor's head word."""
    out = {}
    for name in HEAD_CLASSES:
        try:
            out[name] = lex.words(name)
        except (KeyError, ValueError):            # a class the older rules' lexicon had not yet
            out[name] = frozenset()
    return out


THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def record(sets) -> list[dict]:
    """Per article: the set, the gold actors' (required?, mentions) and each output actor's mentions and row."""
    from actor_gold import articles
    from dateline.extractors import actors as A
    from dateline.lexicon import actors as lex
    from dateline.pipeline import process
    from dateline.records import RawArticle

    arts = articles()
    seen: dict[str, list] = {}
    orgs = frozenset(o.name for o in lex.organisations())
    finish = A.finish

    def recording(st):
        live = [c for c in st.clusters.values() if c.mentions]
        seen[st.ctx.raw.id] = [(sorted(c.mentions), features(st, c, lex, orgs)) for c in live]
        return finish(st)

    A.finish = recording
    out = []
    for name in sets:
        gold = [json.loads(l) for l in open(ROOT / "bench" / "actors" / f"{name}.jsonl", encoding="utf-8") if l.strip()]
        raws = [RawArticle(id=g["id"], text=arts[g["id"]]["text"], published=arts[g["id"]]["published"],
                           origin=g["id"]) for g in gold]
        for _ in process(raws):
            pass
        for g in gold:
            out.append({"set": name, "gold": [(not a["optional"], [tuple(m) for m in a["mentions"]])
                                              for a in g["actors"]], "actors": seen.get(g["id"], [])})
        print(name, len(gold), "articles", file=sys.stderr)
    A.finish = finish
    return out


def _overlap(spans, others) -> bool:
    return any(s < oe and os_ < e for s, e in spans for os_, oe in others)


def table(items):
    """X, y (1 = false actor), the item index of each row."""
    X, y, where = [], [], []
    for k, it in enumerate(items):
        gold_spans = [m for _, ms in it["gold"] for m in ms]
        for spans, row in it["actors"]:
            X.append(row)
            y.append(0.0 if _overlap(spans, gold_spans) else 1.0)
            where.append(k)
    return np.array(X, dtype=float), np.array(y), np.array(where)


def fit(X, y, l2: float, steps: int = 300):
    """Logistic regression by Newton's method on standardised features; returns mean, std, coef, bias."""
    mu, sd = X.mean(0), X.std(0)
    sd[sd < 1e-9] = 1.0
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
    w = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(Z @ w, -40, 40)))
        g = Z.T @ (p - y) + reg * w
        H = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mu, sd, w[:-1], w[-1]


def predict(model, X):
    mu, sd, coef, bias = model
    return 1 / (1 + np.exp(-np.clip(((X - mu) / sd) @ coef + bias, -40, 40)))


def figures(items, where, prob, threshold):
    """Out-of-fold: output actors, false, dropped false / true, covered required gold before and after."""
    drop = prob >= threshold
    n_false = n_out = d_false = d_true = gold = cov0 = cov1 = 0
    rows = {}
    for r, k in enumerate(where):
        rows.setdefault(k, []).append(r)
    for k, it in enumerate(items):
        idx = rows.get(k, [])
        spans = [it["actors"][j][0] for j in range(len(idx))]
        kept = [spans[j] for j, r in enumerate(idx) if not drop[r]]
        gold_spans = [m for _, ms in it["gold"] for m in ms]
        for j, r in enumerate(idx):
            false = not _overlap(spans[j], gold_spans)
            n_out += 1
            n_false += false
            if drop[r]:
                d_false += false
                d_true += not false
        for req, ms in it["gold"]:
            if req:
                gold += 1
                cov0 += any(_overlap(s, ms) for s in spans)
                cov1 += any(_overlap(s, ms) for s in kept)
    out_after = n_out - d_false - d_true
    return {"threshold": threshold, "dropped_false": d_false, "dropped_true": d_true,
            "false_before": round(n_false / max(n_out, 1), 3),
            "false_after": round((n_false - d_false) / max(out_after, 1), 3),
            "coverage_before": round(cov0 / max(gold, 1), 3), "coverage_after": round(cov1 / max(gold, 1), 3)}


def auc(prob, y) -> float:
    """The chance that a false actor gets a higher probability than a true one."""
    pos, neg = prob[y == 1], prob[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))


def load(path: pathlib.Path | None, src: pathlib.Path | None = None) -> list[dict]:
    """The recorded actors from the cache `path`, or recorded now (by the rules in `src`, in a child process)."""
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    if src is None:
        items = record(SETS)
        if path:
            path.write_bytes(pickle.dumps(items))
        return items
    if path is None:
        raise SystemExit("--old needs --old-items FILE")
    subprocess.run([sys.executable, __file__, "--record-only", "--items", str(path)], check=True,
                   env={**os.environ, "PYTHONPATH": str(src)})
    return pickle.loads(path.read_bytes())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=pathlib.Path)
    ap.add_argument("--old", type=pathlib.Path)
    ap.add_argument("--old-items", type=pathlib.Path)
    ap.add_argument("--l2", type=float, nargs="*", default=[0.1, 1.0, 10.0, 100.0])
    ap.add_argument("--record-only", action="store_true")
    ap.add_argument("--score-old", action="store_true", help="score the older rules' actors (training on the "
                    "other sets' actors of both)")
    a = ap.parse_args()
    items = load(a.items)
    if a.record_only:
        return
    X, y, where = table(items)
    sets = np.array([items[k]["set"] for k in where])
    print(f"{len(y)} output actors, {int(y.sum())} false ({y.mean():.3f})")
    old = load(a.old_items, a.old) if a.old or a.old_items else []
    if old:
        Xo, yo, wo = table(old)
        sets_o = np.array([old[k]["set"] for k in wo])
        print(f"older rules: {len(yo)} output actors, {int(yo.sum())} false ({yo.mean():.3f})")
    if old and a.score_old:                       # the older rules' output: as many false actors as unseen sets
        items, X, y, where, sets, old, Xo, yo, sets_o = old, Xo, yo, wo, sets_o, items, X, y, sets
    for l2 in a.l2:
        prob = np.zeros(len(y))
        for s in sorted(set(sets)):
            test = sets == s
            Xt, yt = X[~test], y[~test]
            if old:
                Xt, yt = np.vstack([Xt, Xo[sets_o != s]]), np.concatenate([yt, yo[sets_o != s]])
            prob[test] = predict(fit(Xt, yt, l2), X[test])
        print(f"l2={l2}: leave-one-set-out, AUC {auc(prob, y):.3f}; false among the 10/25/50 most likely: "
              f"{[int(y[np.argsort(-prob)[:n]].sum()) for n in (10, 25, 50)]}")
        for t in THRESHOLDS:
            print("  ", json.dumps(figures(items, where, prob, t)))


if __name__ == "__main__":
    main()
