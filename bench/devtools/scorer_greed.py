#!/usr/bin/env python3
"""How much the article-events scorer's greedy matching moves the figures (ev51; the scorer is never edited).
usage: .venv/bin/python bench/devtools/scorer_greed.py RUN.pkl [SETS]   (an events_cached.py pickle; default dev,tune,kept)
Per set, pooled counts only (safe for kept): the scorer's own figures, then
- `shared`: system events the scorer gives a type match on an entry an earlier event of the same article already took
  (the first event's sides missed the entry, the second one's matched it; both count as right types);
- a one-to-one matching (each entry takes at most one system event and each event one entry, the largest such
  matching, required entries first): type P / type R / dyad P / dyad R as a strict scorer would give them."""
import pathlib
import pickle
import sys
import importlib.util

HERE = pathlib.Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1]))
import article_events as ae  # noqa: E402

spec = importlib.util.spec_from_file_location("sae", ae.SCORER)
sae = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sae)


def greedy(entries, evs, names):
    """The scorer's loop, counting the events whose type match reuses an entry already taken."""
    taken_type, taken_dyad = set(), set()
    ttp = dtp = shared = 0
    for e in evs:
        at = (e.get("trigger") or {}).get("start")
        cands = [i for i, x in enumerate(entries)
                 if at is not None and x["sentence"][0] <= at < x["sentence"][1] and e.get("type") in x["types"]]
        dy = [i for i in cands if i not in taken_dyad and sae.dyad_ok(entries[i], e, names)]
        free = [i for i in cands if i not in taken_type]
        if dy:
            taken_dyad.add(dy[0])
            dtp += 1
        if free or dy:
            i = dy[0] if dy and dy[0] not in taken_type else free[0] if free else dy[0]
            shared += i in taken_type
            taken_type.add(i)
            ttp += 1
    req = {i for i, x in enumerate(entries) if x.get("required", True)}
    return ttp, dtp, len(taken_type & req), len(taken_dyad & req), shared


def matching(entries, edges):
    """Largest one-to-one matching entries <-> events, augmenting from required entries first."""
    owner = {}

    def grow(i, seen):
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or grow(owner[j], seen):
                owner[j] = i
                return True
        return False

    order = sorted(range(len(entries)), key=lambda i: not entries[i].get("required", True))
    for i in order:
        grow(i, set())
    got = set(owner.values())
    return len(owner), sum(1 for i in got if entries[i].get("required", True))


def strict(entries, evs, names):
    t_edges, d_edges = [], []
    for x in entries:
        te, de = [], []
        for j, e in enumerate(evs):
            at = (e.get("trigger") or {}).get("start")
            if at is None or not (x["sentence"][0] <= at < x["sentence"][1]) or e.get("type") not in x["types"]:
                continue
            te.append(j)
            if sae.dyad_ok(x, e, names):
                de.append(j)
        t_edges.append(te)
        d_edges.append(de)
    tm, tr = matching(entries, t_edges)
    dm, dr = matching(entries, d_edges)
    return tm, dm, tr, dr


def main() -> None:
    run = pickle.load(open(sys.argv[1], "rb"))
    names_wanted = sys.argv[2].split(",") if len(sys.argv) > 2 else ["dev", "tune", "kept"]
    sets = ae.load_sets(names_wanted)
    for name in names_wanted:
        n_sys = n_req = 0
        g_tot = [0] * 5
        s_tot = [0] * 4
        for g in sets[name]:
            r = run[name].get(g["id"]) or {}
            names = {a.get("id"): a.get("name") for a in r.get("actors") or []}
            evs = [e for e in r.get("events") or [] if not e.get("negated") and not e.get("hypothetical")]
            entries = g.get("events") or []
            n_sys += len(evs)
            n_req += sum(1 for x in entries if x.get("required", True))
            g_tot = [a + b for a, b in zip(g_tot, greedy(entries, evs, names))]
            s_tot = [a + b for a, b in zip(s_tot, strict(entries, evs, names))]
        f = lambda a, b: round(a / b, 3) if b else 0.0  # noqa: E731
        print(f"{name}: {n_sys} events, {n_req} required entries")
        print(f"  scorer  type P/R {f(g_tot[0], n_sys)} / {f(g_tot[2], n_req)}  dyad P/R {f(g_tot[1], n_sys)} / "
              f"{f(g_tot[3], n_req)}  (type matches {g_tot[0]}, of which on an entry already taken {g_tot[4]}; "
              f"dyad matches {g_tot[1]})")
        print(f"  1-to-1  type P/R {f(s_tot[0], n_sys)} / {f(s_tot[2], n_req)}  dyad P/R {f(s_tot[1], n_sys)} / "
              f"{f(s_tot[3], n_req)}  (type matches {s_tot[0]}, dyad matches {s_tot[1]})")


if __name__ == "__main__":
    main()
