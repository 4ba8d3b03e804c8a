"""Fit a detector of extractors/events/criticism.py on article-level event gold: criticism (ACCUSE,
data/criticism_model.json), or with `--type` praise (SUPPORT) or denials (REJECT), each on the same pairs.

Every candidate pair (a speaker, an actor in what the speaker says) of the shared dev articles and of our tune half
(bench/article_events.py) is labelled by the gold: positive when a required entry of the type in its sentence has that
source and target (the scorer's dyad test), negative otherwise (a pair matching only an optional entry is left
out). A logistic regression (numpy, L2) is fitted on them. `--cv K` first scores K folds of the tune ARTICLES (each
fold's model trained on dev and the other tune articles) end to end, with the scorer's own matching: the precision
of the events the model adds and the tune figures, per threshold; the threshold written is the lowest whose added
events reach `--precision` in that cross-validation. `--folds rounds|files|holdout` holds out whole gold files
instead (scripts/gold_folds.py: runs of consecutive coding rounds, shuffled files, or the files of `--holdout`, by
default the newest rounds), closer to articles never read; `--check SCHEME` prints such a table beside the one the
threshold is chosen by. The kept half is never read here.

usage: PYTHONPATH=src python scripts/train_criticism.py [--type ACCUSE|SUPPORT|REJECT] [--cv 5] [--repeats 3]
       [--precision 0.7] [--cache DIR] [--dump FILE] [--no-save] [--label target|dyad|type|mixed] [--min-count N]
       [--l2 X] [--exclude REGEX] [--drop REGEX] [--compare WEIGHTS.json] [--subset REGEX]
       [--folds articles|rounds|files|holdout] [--check rounds|files|holdout ...] [--holdout REGEX]
(added counts and precisions are summed over the repeats)
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import sys
import time

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import article_events as AE  # noqa: E402
import gold_folds  # noqa: E402

from dateline import nlp, pipeline  # noqa: E402
from dateline.extractors import Context  # noqa: E402
from dateline.extractors.events import criticism  # noqa: E402
from dateline.records import Article, RawArticle  # noqa: E402
from dateline.structure import parse_text, structure  # noqa: E402

OUT = ROOT / "src" / "dateline" / "data" / criticism.MODEL_FILE
THRESHOLDS = [round(0.3 + 0.05 * k, 2) for k in range(13)]


def _scorer():
    spec = importlib.util.spec_from_file_location("score_article_events", AE.SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _context(g: dict, cache: pathlib.Path | None) -> Context:
    raw = pipeline.normalised(RawArticle(id=g["id"], text=g["text"], published=g.get("published"), origin=g["id"]))
    lay = structure(raw)
    if cache is not None:
        key = nlp.cache_key(parse_text(raw.text, lay.skip, lay.title_span))
        f = cache / (key + ".doc")
        if f.exists():
            from spacy.tokens import Doc
            return Context(raw=raw, layout=lay, doc=Doc(nlp.load().vocab).from_bytes(f.read_bytes()))
    (ctx,) = pipeline.parsed([(raw, lay)])
    if cache is not None:
        f.write_bytes(ctx.doc.to_bytes())
    return ctx


TYPES = tuple(d.etype for d in criticism.DETECTORS)


def collect(golds: list[dict], cache: pathlib.Path | None) -> list[dict]:
    """Per article: its system output without any detector's events (`base`: a run with the detectors off, so that
    the recorded pairs change no rule event's confidence), and the detectors' candidate pairs (a second run that
    records them), each with its features, its event, the sentence's chosen types and its labels by type."""
    sc = _scorer()
    nlp.load()
    out = []
    active = criticism.active
    from dateline.extractors.events import reader
    reader.model = lambda *_: None         # (the sentence reader reads after the detectors: scripts/train_reader.py)
    for g in golds:
        ctx = _context(g, cache)
        criticism.RECORD, criticism.active = None, lambda: False
        a = pipeline.analysed(ctx)
        base = a.to_dict() if isinstance(a, Article) else {"id": g["id"], "events": [], "actors": []}
        criticism.RECORD, criticism.active = [], active
        a = pipeline.analysed(_context(g, cache))
        d = a.to_dict() if isinstance(a, Article) else {"id": g["id"], "events": [], "actors": []}
        names = {x.get("id"): x.get("name") for x in d.get("actors") or []}
        mine, cands = set(), []
        for r in criticism.RECORD:          # (from the end: a detector's event follows the rules' of its sentence)
            k = next((k for k in range(len(d["events"]) - 1, -1, -1) if k not in mine
                      and d["events"][k]["type"] == "ACCUSE" and d["events"][k]["trigger"]["start"] == r["trigger"]
                      and any(p["start"] <= r["target"] < p["end"] for p in d["events"][k]["target"])), None)
            if k is None:
                continue
            mine.add(k)
            e = d["events"][k]
            here = [x for x in g["events"] if x["sentence"][0] <= e["trigger"]["start"] < x["sentence"][1]]
            labels = {}
            for t in TYPES:
                said = [x for x in here if t in x["types"]]
                dyad = [x for x in said if sc.dyad_ok(x, e, names)]
                aimed = [x for x in said if sc.part_ok(x.get("target") or [], e["target"], names)]
                labels[t] = {name: 1 if any(x.get("required", True) for x in xs) else (None if xs else 0)
                             for name, xs in (("dyad", dyad), ("target", aimed), ("type", said))}
            cands.append({"feats": r["feats"], "event": e, "chosen": set(r["chosen"]), "labels": labels})
        out.append({"gold": g, "base": base, "cands": cands})
    criticism.RECORD = None
    return out


def for_type(arts: list[dict], etype: str, exclude: str | None = None, drop: str | None = None) -> list[dict]:
    """The articles with the candidates of one detector: those of sentences no chosen event closes to it, their
    event of its type, their labels for it (`dyad`, `target`, `type`); features matching `exclude` left out, pairs
    with a feature matching `drop` left out (a source of candidates measured from one collection: `via=grievance`)."""
    import re
    closed = criticism.BY_TYPE[etype].closed_by
    rx = re.compile(exclude) if exclude else None
    rd = re.compile(drop) if drop else None
    out = []
    for a in arts:
        cands = [dict(c["labels"][etype], feats=[f for f in c["feats"] if rx is None or not rx.search(f)],
                      event=dict(c["event"], type=etype, cameo=criticism.BY_TYPE[etype].cameo))
                 for c in a["cands"] if not c["chosen"] & closed
                 and not (rd is not None and any(rd.search(f) for f in c["feats"]))]
        out.append(dict(a, cands=cands))
    return out


def fit(rows: list[dict], l2: float, min_count: int = 2, steps: int = 400, label: str = "target") -> dict:
    """Logistic regression weights {feature: weight} (and `bias`) by full-batch gradient descent with L2."""
    if label == "mixed":                # the target's label, and half a positive for criticism of another there
        rows = [dict(r, label=r["target"] if r["target"] != 0 or not r["type"] else 0.5) for r in rows
                if r["target"] is not None]
    else:
        rows = [dict(r, label=r[label]) for r in rows if r[label] is not None]
    counts: dict = {}
    for r in rows:
        for f in r["feats"]:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    ix = {f: i for i, f in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab) + 1), dtype=np.float32)
    X[:, -1] = 1.0
    for k, r in enumerate(rows):
        for f in r["feats"]:
            if f in ix:
                X[k, ix[f]] = 1.0
    y = np.array([r["label"] for r in rows], dtype=np.float32)
    w = np.zeros(X.shape[1], dtype=np.float32)
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    lr, b1, b2 = 0.05, 0.9, 0.999
    reg = np.full_like(w, l2)
    reg[-1] = 0.0
    for t in range(1, steps + 1):       # Adam
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))
        g = X.T @ (p - y) / len(y) + reg * w
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
    weights = {f: round(float(w[i]), 4) for f, i in ix.items() if abs(w[i]) >= 1e-3}
    weights["bias"] = round(float(w[-1]), 4)
    return weights


def counts(sc, golds, systems) -> dict:
    """The scorer's matching, with its raw counts (system events, required gold, type and dyad hits)."""
    n_sys = n_req = tt = dt = tr = dr = 0
    for g, r in zip(golds, systems):
        names = {a.get("id"): a.get("name") for a in r.get("actors") or []}
        evs = [e for e in r.get("events") or [] if not e.get("negated") and not e.get("hypothetical")]
        entries = g.get("events") or []
        n_sys += len(evs)
        n_req += sum(1 for x in entries if x.get("required", True))
        taken_type, taken_dyad = set(), set()
        for e in evs:
            at = e["trigger"]["start"]
            cs = [i for i, x in enumerate(entries) if x["sentence"][0] <= at < x["sentence"][1] and e["type"] in x["types"]]
            dy = [i for i in cs if i not in taken_dyad and sc.dyad_ok(entries[i], e, names)]
            free = [i for i in cs if i not in taken_type]
            if dy:
                taken_dyad.add(dy[0])
                dt += 1
            if free or dy:
                taken_type.add(dy[0] if dy and dy[0] not in taken_type else free[0] if free else dy[0])
                tt += 1
        for i, x in enumerate(entries):
            if x.get("required", True):
                tr += i in taken_type
                dr += i in taken_dyad
    return {"sys": n_sys, "req": n_req, "tt": tt, "dt": dt, "tr": tr, "dr": dr}


def figures(c: dict) -> tuple:
    return (c["tt"] / max(c["sys"], 1), c["tr"] / max(c["req"], 1), c["dt"] / max(c["sys"], 1), c["dr"] / max(c["req"], 1))


ONE = True                                # as criticism.find: the best pair of a sentence only


def with_added(art: dict, probs: list[float], threshold: float) -> dict:
    best: dict = {}
    for c, p in zip(art["cands"], probs):
        key = c["event"]["sentence"]["start"] if ONE else id(c)
        if p >= threshold and (key not in best or p > best[key][1]):
            best[key] = (c, p)
    added = [c["event"] for c, p in best.values()]
    return dict(art["base"], events=art["base"]["events"] + added)


def article_folds(n: int, k: int, repeats: int = 1) -> list[list[int]]:
    """Folds by article: the first in file order, then `repeats` - 1 shuffles (seeded)."""
    rng = np.random.default_rng(13)
    out = []
    for r in range(repeats):
        order = np.arange(n) if r == 0 else rng.permutation(n)
        fold_of = [0] * n
        for m, j in enumerate(order):
            fold_of[int(j)] = m % k
        out.append(fold_of)
    return out


def cross_validate(dev, tune, splits: list[list], l2: float, sc, label: str, min_count: int = 2,
                   ids: set | None = None) -> tuple:
    """The counts over the scored tune articles of the base and, per threshold, of the base with the added events.
    `splits`: one list a run, the fold of each tune article (`article_folds`, or whole gold files:
    scripts/gold_folds.py; None: always trained on, never scored); each fold scored by a model trained on dev and the
    articles of the other folds, the counts summed over the runs (repeats steady a curve of a few dozen events). With
    `ids`, also the same counts over those tune articles only (else None)."""
    golds = [a["gold"] for a in tune]
    total = {t: None for t in THRESHOLDS}
    sub_total = {t: None for t in THRESHOLDS}
    base = sub_base = None

    def add(acc, c):
        return c if acc is None else {x: acc[x] + c[x] for x in c}

    for fold_of in splits:
        scored = [j for j in range(len(tune)) if fold_of[j] is not None]
        sub = [j for j in scored if tune[j]["gold"]["id"] in ids] if ids is not None else None
        probs: list = [None] * len(tune)
        for fold in sorted({fold_of[j] for j in scored}):
            train = [c for a in dev for c in a["cands"]] + [c for j, a in enumerate(tune) if fold_of[j] != fold
                                                            for c in a["cands"]]
            m = {"weights": fit(train, l2, min_count, label=label), "threshold": 0.5}
            for j, a in enumerate(tune):
                if fold_of[j] == fold:
                    probs[j] = [criticism.probability(c["feats"], m) for c in a["cands"]]
        base = add(base, counts(sc, [golds[j] for j in scored], [tune[j]["base"] for j in scored]))
        if sub is not None:
            sub_base = add(sub_base, counts(sc, [golds[j] for j in sub], [tune[j]["base"] for j in sub]))
        for t in THRESHOLDS:
            total[t] = add(total[t], counts(sc, [golds[j] for j in scored],
                                            [with_added(tune[j], probs[j], t) for j in scored]))
            if sub is not None:
                sub_total[t] = add(sub_total[t], counts(sc, [golds[j] for j in sub],
                                                        [with_added(tune[j], probs[j], t) for j in sub]))
    return base, total, ((sub_base, sub_total) if ids is not None else None)


def compare(tune: list[dict], m: dict, sc, ids: set | None = None) -> None:
    """The table of `cross_validate` for fixed weights `m` over the tune articles (those of `ids` only, if given):
    weights fitted before some of these articles came are measured on those never read."""
    arts = [a for a in tune if ids is None or a["gold"]["id"] in ids]
    golds = [a["gold"] for a in arts]
    base = counts(sc, golds, [a["base"] for a in arts])
    probs = [[criticism.probability(c["feats"], m) for c in a["cands"]] for a in arts]
    table = {t: counts(sc, golds, [with_added(a, p, t) for a, p in zip(arts, probs)]) for t in THRESHOLDS}
    print(f"fixed weights on {len(arts)} tune articles")
    _print(base, table)


def _print(base: dict, table: dict, precision: float = 0.7):
    """Print the table; the lowest threshold whose added events reach `precision` without lowering tune type P."""
    b = figures(base)
    print("tune base  type P %.3f R %.3f  dyad P %.3f R %.3f" % b)
    print("thr   added  added-typeP added-dyadP   tune type P/R   dyad P/R")
    chosen = None
    for t, c in table.items():
        added = c["sys"] - base["sys"]
        pt = (c["tt"] - base["tt"]) / added if added else 0.0
        pd = (c["dt"] - base["dt"]) / added if added else 0.0
        f = figures(c)
        print(f"{t:.2f}  {added:5d}  {pt:.3f}       {pd:.3f}       {f[0]:.3f} {f[1]:.3f}   {f[2]:.3f} {f[3]:.3f}")
        if chosen is None and added and pt >= precision and f[0] >= b[0]:
            chosen = (t, added, pt, pd, f)
    return chosen, b


def _ids_of(rx: str) -> set:
    """The ids of our gold articles whose file name matches `rx`."""
    import re
    return {json.loads(line)["id"] for f in sorted(AE.OURS.glob("*.jsonl")) if re.search(rx, f.name)
            for line in open(f, encoding="utf-8") if line.strip()}


def splits(tune: list[dict], scheme: str, args) -> list[list]:
    """The folds of the tune articles, one list a run: `articles` (shuffled `--repeats` times), `rounds` (one run),
    `files` (`--repeats` shuffles of the files), `holdout` (one run: the --holdout files scored)."""
    if scheme == "articles":
        return article_folds(len(tune), args.cv, args.repeats)
    ids = [a["gold"]["id"] for a in tune]
    if scheme == "files":
        return [gold_folds.folds(ids, "files", args.cv, seed=13 + r) for r in range(args.repeats)]
    if scheme == "holdout":
        return [gold_folds.folds(ids, "holdout", holdout=args.holdout or gold_folds.NEWEST)]
    return [gold_folds.folds(ids, "rounds", args.cv)]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--type", choices=TYPES, default="ACCUSE", help="the detector fitted: ACCUSE (criticism, "
                    "data/criticism_model.json), SUPPORT (praise and backing), REJECT (denials)")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--l2", type=float, default=0.003)
    ap.add_argument("--repeats", type=int, default=1, help="cross-validations over as many shuffles of the folds")
    ap.add_argument("--dump", type=pathlib.Path, default=None, help="keep the collected candidates (pickle), or "
                    "read them back when the file exists")
    ap.add_argument("--label", choices=("dyad", "target", "type", "mixed"), default="target",
                    help="positive: a required entry of the type in the sentence with the pair's source and target "
                         "(dyad), or with its target (target: the speaker as the parse found it may differ)")
    ap.add_argument("--precision", type=float, default=0.7, help="precision the added events must reach in CV")
    ap.add_argument("--cache", type=pathlib.Path, default=None, help="a folder of parsed documents, reused")
    ap.add_argument("--min-count", type=int, default=2, help="features seen in fewer pairs are left out")
    ap.add_argument("--exclude", default=None, help="a regular expression: features matching it are left out")
    ap.add_argument("--drop", default=None, help="a regular expression: pairs with a feature matching it are left "
                    "out (to measure a source of candidates, e.g. `^via=grievance$`)")
    ap.add_argument("--compare", type=pathlib.Path, default=None, help="a weights file measured as it is on tune "
                    "(with --subset: on those articles only)")
    ap.add_argument("--subset", default=None, help="a regular expression on our gold file names: --compare and the "
                    "cross-validation also print their figures on those tune articles")
    ap.add_argument("--folds", choices=("articles", "rounds", "files", "holdout"), default="articles",
                    help="what the cross-validation holds out (and chooses the threshold by): random articles, or "
                         "whole gold files (scripts/gold_folds.py: rounds in coding order, shuffled files, or the "
                         "files matching --holdout)")
    ap.add_argument("--check", action="append", default=[], choices=("articles", "rounds", "files", "holdout"),
                    help="also print the table of this fold scheme (not used to choose); may repeat")
    ap.add_argument("--holdout", default=None, help="with --folds/--check holdout: the gold files held out (a "
                    "regular expression; default the newest rounds, gold_folds.NEWEST)")
    ap.add_argument("--lowest", type=float, default=0.3, help="the lowest threshold tried (then by 0.05 to 0.9)")
    ap.add_argument("--no-save", action="store_true")
    args = ap.parse_args(argv)
    THRESHOLDS[:] = [round(args.lowest + 0.05 * k, 2) for k in range(int(round((0.9 - args.lowest) / 0.05)) + 1)]
    t0 = time.time()
    if args.dump is not None and args.dump.exists():
        import pickle
        dev, tune = pickle.loads(args.dump.read_bytes())
    else:
        sets = AE.load_sets(["dev", "tune"])
        dev, tune = collect(sets["dev"], args.cache), collect(sets["tune"], args.cache)
        if args.dump is not None:
            import pickle
            args.dump.write_bytes(pickle.dumps((dev, tune)))
    dev, tune = (for_type(dev, args.type, args.exclude, args.drop), for_type(tune, args.type, args.exclude,
                                                                             args.drop))
    sc = _scorer()
    n = [c["target" if args.label == "mixed" else args.label] for a in dev + tune for c in a["cands"]]
    print(f"{args.type} candidates {len(n)}: positive {n.count(1)}, negative {n.count(0)}, optional "
          f"{n.count(None)} ({time.time() - t0:.0f} s)", flush=True)
    ids = _ids_of(args.subset) if args.subset else None
    if args.compare is not None:
        compare(tune, json.loads(args.compare.read_text(encoding="utf-8")), sc, ids)
    threshold = 0.5
    about = {}
    if args.cv:
        for scheme in args.check:
            print(f"-- check: folds by {scheme}")
            _print(*cross_validate(dev, tune, splits(tune, scheme, args), args.l2, sc, args.label, args.min_count)[:2],
                   precision=args.precision)
        print(f"-- folds by {args.folds}")
        base, table, sub = cross_validate(dev, tune, splits(tune, args.folds, args), args.l2, sc, args.label,
                                          args.min_count, ids)
        if sub is not None:
            print(f"cross-validation on the {args.subset} tune articles only")
            _print(*sub, precision=args.precision)
            print("cross-validation on all tune articles")
        chosen, b = _print(base, table, args.precision)
        if chosen is not None:
            threshold = chosen[0]
            about = {"cv_folds": args.cv, "cv_repeats": args.repeats, "cv_by": args.folds, "cv_added": chosen[1],
                     "cv_added_type_precision": round(chosen[2], 3), "cv_added_dyad_precision": round(chosen[3], 3),
                     "cv_tune": [round(x, 3) for x in chosen[4]], "cv_tune_base": [round(x, 3) for x in b]}
            print("threshold", threshold, about)
        else:
            threshold = 1.01
            print("no threshold reaches the precision: the detector adds nothing")
    weights = fit([c for a in dev + tune for c in a["cands"]], args.l2, args.min_count, label=args.label)
    if args.no_save:
        return
    out = OUT.parent / criticism.BY_TYPE[args.type].model_file
    what = {"ACCUSE": "criticism", "SUPPORT": "praise and backing", "REJECT": "denial"}[args.type]
    out.write_text(json.dumps({
        "about": "%s detector weights (%s): scripts/train_criticism.py --type %s (logistic regression, L2 %g, "
                 "min-count %d) on the article-level event gold of the shared dev articles and our tune half "
                 "(bench/article_events.py; features: extractors/events/criticism.py); threshold chosen by "
                 "cross-validation over the tune articles. docs/events.md" % (what, args.type, args.type, args.l2,
                                                                             args.min_count),
        "cv": about, "threshold": threshold, "weights": dict(sorted(weights.items()))}, indent=0) + "\n",
        encoding="utf-8")
    print("wrote", out, len(weights), "weights")


if __name__ == "__main__":
    main()
