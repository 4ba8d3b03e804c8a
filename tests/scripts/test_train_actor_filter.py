"""scripts/train_actor_filter.py: the features of an actor, the labels, the regression and the out-of-fold figures."""
from __future__ import annotations

import math
import pathlib

import numpy as np
import pytest

from tests.helpers import load_script

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tf():
    return load_script(ROOT / "scripts" / "train_actor_filter.py")


def test_features_are_finite_and_leave_the_actors_as_they_were(tf, run, monkeypatch):
    from dateline.extractors import actors as A
    from dateline.lexicon import actors as lex

    text = ("Mayor Ellen Varga said on Tuesday that the city council would vote on the budget. "
            "\"We will not wait,\" Varga said. Local officials and the Harbour Workers Union backed the plan.")
    before = run(text, published="2026-05-04", id="f1").actors
    rows = {}
    finish = A.finish

    def recording(st):
        for c in st.clusters.values():
            if c.mentions:
                rows[c.name] = tf.features(st, c, lex, frozenset())
        return finish(st)

    monkeypatch.setattr(A, "finish", recording)
    after = run(text, published="2026-05-04", id="f2").actors
    assert [a.to_dict() for a in after] == [a.to_dict() for a in before]
    assert len(rows) == len(after) >= 2
    for row in rows.values():
        assert len(row) == len(tf.FEATURES)
        assert all(math.isfinite(x) for x in row)
    varga = next(row for name, row in rows.items() if "Varga" in name)
    assert varga[tf.FEATURES.index("speaker")] == 1.0
    assert varga[tf.FEATURES.index("log_mentions")] >= math.log1p(2)


def test_labels_fit_and_out_of_fold_figures(tf):
    item = {"set": "t", "gold": [(True, [(0, 5)], ("USA", "GOV")), (True, [(20, 25)], ("USA", None)),
                                 (False, [(40, 45)], (None, None))],
            "actors": [([(0, 5)], [1.0, 0.0], ("USA", "GOV")), ([(10, 15)], [0.0, 1.0], ("USA", None)),
                       ([(20, 25), (30, 35)], [1.0, 1.0], ("USA", None)), ([(41, 44)], [0.0, 0.0], ("FRA", None))]}
    X, y, where = tf.table([item])
    assert y.tolist() == [0.0, 1.0, 0.0, 0.0]          # only the actor overlapping no gold actor is false
    prob = np.array([0.1, 0.9, 0.6, 0.2])
    f = tf.figures([item], where, prob, 0.5)          # drops the false actor and the second gold actor's
    assert (f["dropped_false"], f["dropped_true"]) == (1, 1)
    assert f["false"] == "0.25 -> 0.0"
    assert f["coverage"] == "1.0 -> 0.5"
    assert f["country"] == "0.667 -> 0.5"              # the optional gold actor's main actor has another country
    assert f["sector"] == "1.0 -> 1.0"
    Xs = np.array([[1.0, 0.0]] * 20 + [[0.0, 1.0]] * 20)
    ys = np.array([1.0] * 20 + [0.0] * 20)
    p = tf.predict(tf.fit(Xs, ys, 1.0), np.array([[1.0, 0.0], [0.0, 1.0]]))
    assert p[0] > 0.75 > 0.25 > p[1]
    assert tf.auc(np.array([0.9, 0.2, 0.1]), np.array([1.0, 0.0, 0.0])) == 1.0


def test_boosted_trees_learn_an_interaction(tf):
    rng = np.random.default_rng(7)
    Xs = rng.integers(0, 2, size=(400, 3)).astype(float)
    ys = ((Xs[:, 0] == 1) & (Xs[:, 1] == 1)).astype(float)   # false only when both hold: no single feature says it
    p = tf.boosted(Xs, ys, np.array([[1.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 1.0, 1.0]]), rounds=60)
    assert p[0] > 0.8 and p[1] < 0.2 and p[2] < 0.2


def test_the_readable_sets_are_the_read_list_and_leave_out_every_kept_set(tf):
    sets = tf.readable_sets()
    kept = set((ROOT / "bench" / "devtools" / "actor_sets_kept.txt").read_text(encoding="utf-8").strip().split(","))
    assert sets[:3] == ("dev", "tune", "tune2") and len(sets) >= 47
    assert not kept & set(sets)
    assert all((ROOT / "bench" / "actors" / f"{s}.jsonl").exists() for s in sets)


def test_output_roles_name_the_event_participants_and_speakers_of_a_finished_article(tf, run):
    text = ("Police in Dunmore arrested three protesters on Monday, the city's police chief Maria Okafor said. "
            "\"They blocked the bridge for six hours,\" Okafor said.")
    art = run(text, published="2026-03-09", id="roles1")
    roles = tf.output_roles(art)
    assert set(roles) == {a.id for a in art.actors}
    assert all(len(r) == len(tf.OUTPUT_ROLES) for r in roles.values())
    okafor = next(a.id for a in art.actors if "Okafor" in a.name)
    assert roles[okafor][tf.OUTPUT_ROLES.index("quote_speaker")] == 1.0
    held = {p.actor for e in art.events for p in e.source + e.target if p.actor}
    police = next(a.id for a in art.actors if a.name.lower().startswith("police"))
    protesters = next(a.id for a in art.actors if "protesters" in a.name)
    assert roles[police][0] == 1.0 and roles[protesters][1] == 1.0   # the arrest's source and target
    for aid, (src, tgt, _) in roles.items():
        assert bool(src or tgt) == (aid in held)


def test_the_drop_rule_never_drops_an_actor_with_an_event_or_quote_role(tf):
    n = len(tf.FEATURES)
    X = np.zeros((4, n))
    X[0, tf.FEATURES.index("event_source")] = 1.0
    X[1, tf.FEATURES.index("event_target")] = 1.0
    X[2, tf.FEATURES.index("quote_speaker")] = 1.0      # row 3 holds no role
    prob = tf.guarded(np.array([0.99, 0.99, 0.99, 0.99]), X)
    assert prob.tolist() == [0.0, 0.0, 0.0, 0.99]
    item = {"set": "t", "gold": [(True, [(50, 55)], (None, None))],
            "actors": [([(0, 5)], list(X[0]), (None, None)), ([(10, 15)], list(X[1]), (None, None)),
                       ([(20, 25)], list(X[2]), (None, None)), ([(30, 35)], list(X[3]), (None, None))]}
    _, _, where = tf.table([item])
    f = tf.figures([item], where, prob, 0.5)            # four false actors: only the one without a role goes
    assert (f["dropped_false"], f["dropped_true"]) == (1, 0)
    assert f["counts"].startswith("false 4/4 -> 3/3")


def test_the_bar_and_the_nested_pick_of_a_threshold(tf):
    assert tf.passes({"false_gain": 0.005, "coverage_loss": 0.002})
    assert not tf.passes({"false_gain": 0.005, "coverage_loss": 0.003})
    assert not tf.passes({"false_gain": 0.0, "coverage_loss": 0.0})
    n = len(tf.FEATURES)
    flagged = [1.0] + [0.0] * (n - 1)
    items = [{"set": f"s{k}", "gold": [(True, [(0, 5)], ("USA", None))],
              "actors": [([(0, 5)], [0.0] * n, ("USA", None)), ([(10, 15)], flagged, (None, None))]}
             for k in range(8)]
    by_flag = lambda X, y, Xt: Xt[:, 0]                 # a model that sees the false actors
    f = tf.nested(items, by_flag, folds=4, inner=2)
    assert (f["dropped_false"], f["dropped_true"]) == (8, 0) and None not in f["picks"]
    backwards = lambda X, y, Xt: 1.0 - Xt[:, 0]         # one that would drop the true ones: no threshold passes
    f = tf.nested(items, backwards, folds=4, inner=2)
    assert (f["dropped_false"], f["dropped_true"]) == (0, 0) and f["picks"] == [None] * 4
