"""scripts/train_confidence.py's pure parts: the weighted regression and the choice of weight, L2 and floor."""
from __future__ import annotations

import pathlib

import pytest

from tests.helpers import load_script

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tc():
    return load_script(ROOT / "scripts" / "train_confidence.py")


def test_fit_learns_a_separating_feature_and_weights_sources(tc):
    rows = [({"bias": 1.0, "good": 1.0}, 1, 1.0)] * 20 + [({"bias": 1.0}, 0, 1.0)] * 20
    w = dict(zip(["bias", "good"], tc.fit(rows, ["bias", "good"], l2=1.0)))
    assert tc.prob(w, {"bias": 1.0, "good": 1.0}) > 0.75 > 0.25 > tc.prob(w, {"bias": 1.0})
    # a second source that says the opposite pulls the weight down more the more it weighs
    other = [({"bias": 1.0, "good": 1.0}, 0, 1.0)] * 20
    light = dict(zip(["bias", "good"], tc.fit(rows + [(f, y, 0.2) for f, y, _ in other], ["bias", "good"], l2=1.0)))
    heavy = dict(zip(["bias", "good"], tc.fit(rows + [(f, y, 2.0) for f, y, _ in other], ["bias", "good"], l2=1.0)))
    assert w["good"] > light["good"] > heavy["good"]


def test_choose_keeps_plv_recall_and_takes_the_most_precise(tc):
    def art(floor, p, r=0.60):
        return {"floor": floor, "type_precision": p, "dyad_precision": p - 0.2, "type_recall": r}

    def plv(floor, r, d=0.63):
        return {"floor": floor, "type_recall": r, "dyad_recall": d}

    results = {
        (0.0, 1.0): ([art(0.0, 0.70), art(0.3, 0.80), art(0.4, 0.85)], [plv(0.0, 0.807), plv(0.3, 0.790), plv(0.4, 0.78)]),
        (1.0, 1.0): ([art(0.0, 0.70), art(0.3, 0.76), art(0.4, 0.79)], [plv(0.0, 0.807), plv(0.3, 0.803), plv(0.4, 0.80, 0.58)]),
    }
    assert tc.choose(results) == (1.0, 1.0, 0.3)     # 0.0's floors cost PLV too much; 0.4 falls under dyad recall


def test_choose_keeps_article_recall_within_its_margin(tc):
    """A floor that buys precision with more than ARTICLE_LOSS of the articles' type recall is not chosen."""
    plv = [{"floor": f, "type_recall": 0.81, "dyad_recall": 0.65} for f in (0.0, 0.3, 0.4)]
    loss = tc.ARTICLE_LOSS
    art = [{"floor": 0.0, "type_precision": 0.74, "dyad_precision": 0.56, "type_recall": 0.608},
           {"floor": 0.3, "type_precision": 0.77, "dyad_precision": 0.59, "type_recall": 0.608 - loss / 2},
           {"floor": 0.4, "type_precision": 0.78, "dyad_precision": 0.60, "type_recall": 0.608 - 2 * loss}]
    assert tc.choose({(0.0, 3.0): (art, plv)}) == (0.0, 3.0, 0.3)
    assert tc.choose({(0.0, 3.0): (art[:2] + [dict(art[2], type_recall=0.608)], plv)}) == (0.0, 3.0, 0.4)


def test_type_floors_raise_only_the_type_whose_unsure_events_are_wrong(tc):
    def ev(etype):
        return {"type": etype, "source": [], "target": []}

    # articles: unsure ASSAULT events (0.35) are wrong, unsure ACCUSE events (0.35) right; sure ones right
    arts, conf = [], []
    for i in range(30):
        evs = [ev("ASSAULT"), ev("ASSAULT"), ev("ACCUSE"), ev("ACCUSE")]
        arts.append({"out": {"events": evs}, "labels": [1, 0, 1, 1], "asserted": [True] * 4})
        conf.append([0.9, 0.35, 0.9, 0.35])
    # PLV: every sentence's event is right, and none of the unsure ones is ASSAULT
    gold = [(f"s{i}", "ACCUSE", None, None) for i in range(20)]
    sents = [{"id": f"s{i}", "out": [ev("ACCUSE")]} for i in range(20)]
    s_conf = [[0.9 if i % 2 else 0.35] for i in range(20)]
    floors = tc.type_floors(arts, conf, gold, sents, s_conf, 0.3, min_events=10)
    assert floors[""] == 0.3 and floors["ASSAULT"] > 0.35 and "ACCUSE" not in floors
    assert tc.label_precision(arts, conf, floors) == 1.0 > tc.label_precision(arts, conf, 0.3)
    # a type with too few events keeps the common floor
    assert tc.type_floors(arts, conf, gold, sents, s_conf, 0.3, min_events=100) == {"": 0.3}
    # raising ACCUSE too would cost PLV its recall: not done even where articles would not mind
    assert tc._at(floors, "ACCUSE") == 0.3 and tc._at(0.4, "ACCUSE") == 0.4
    # --types: only the types named may get a floor of their own
    tc.ONLY_TYPES = frozenset({"ACCUSE"})
    try:
        assert tc.type_floors(arts, conf, gold, sents, s_conf, 0.3, min_events=10) == {"": 0.3}
    finally:
        tc.ONLY_TYPES = None


def test_expanded_rows_never_rate_an_event_by_its_own_label(tc):
    """Each training item's learned share right comes from the items outside its inner fold; the encodings saved for
    unseen text come from all of them."""
    def item(key, label):
        return {"feats": [{"bias": 1.0, "type=ASSAULT": 1.0, f"key={key}": 1.0}], "labels": [label], "asserted": [True]}

    rows, enc = tc.expanded_rows([(item("storm", 1), 1.0), (item("raid", 0), 1.0)], inner=2)
    storm, raid = rows[0][0], rows[1][0]
    # each key is seen only in the other fold's absence: its rate is the other fold's prior, not its own label
    assert storm["rate:key"] == 0.0 and raid["rate:key"] == 1.0
    assert enc["key"]["storm"] == pytest.approx((1 + 10 * 0.5) / 11, abs=1e-4)
    assert enc["key"]["raid"] == pytest.approx((0 + 10 * 0.5) / 11, abs=1e-4)
    assert enc["key_type"]["storm|ASSAULT"] == enc["key"]["storm"]


def test_average_precision_ranks_right_events_first(tc):
    """1 when every right event outranks every wrong one; lower when a wrong one comes first; ties count as one step."""
    items = [{"labels": [1, 1, 0, 0], "asserted": [True] * 4}]
    assert tc.average_precision(items, [[0.9, 0.8, 0.3, 0.2]]) == 1.0
    assert tc.average_precision(items, [[0.8, 0.7, 0.9, 0.2]]) == pytest.approx((1 / 2 + 2 / 3) / 2)
    assert tc.average_precision(items, [[0.5, 0.5, 0.5, 0.5]]) == 0.5
    # an event not asserted is not ranked
    assert tc.average_precision([{"labels": [1, 0], "asserted": [True, False]}], [[0.1, 0.9]]) == 1.0


def test_plv_events_beside_a_right_one_are_not_trained_on(tc, monkeypatch):
    """A wrong PLV event in a sentence whose gold event was found is left out of training (PLV codes one event a
    sentence), still counted where events are scored; a wrong event alone in its sentence is trained on."""
    monkeypatch.setattr(tc, "SKIP_UNSURE", True)
    sents = [{"feats": [{"a": 1.0}, {"b": 1.0}], "labels": [1, 0], "asserted": [True, True]},
             {"feats": [{"c": 1.0}], "labels": [0], "asserted": [True]}]
    tc.mark_unsure(sents)
    assert sents[0]["unsure"] == {1} and sents[1]["unsure"] == set()
    assert [f for f, _, _ in tc.rows_of(sents, 1.0, training=True)] == [{"a": 1.0}, {"c": 1.0}]
    assert len(tc.rows_of(sents, 1.0)) == 3
    monkeypatch.setattr(tc, "SKIP_UNSURE", False)
    tc.mark_unsure(sents)
    assert len(tc.rows_of(sents, 1.0, training=True)) == 3


def test_a_given_confidence_is_kept_as_in_the_pipeline(tc):
    """The criticism detector's events keep their own probability in cross-validation, as `confidence.in_article`
    keeps it at run time."""
    items = [{"feats": [{"bias": 1.0, "given": 0.42}, {"bias": 1.0}]}]
    got = tc.confidences(items, {"bias": 2.0}, None)
    assert got[0][0] == 0.42 and got[0][1] == pytest.approx(1 / (1 + 2.718281828 ** -2.0), abs=1e-6)


def test_the_feature_variants_drop_or_shrink_the_trigger_words_weights(tc, monkeypatch):
    """--no-key and --groups leave features out of the weights by prefix; --key-l2 penalises the `key=` one-hots
    alone, so a trigger word that is right on the training set gets a smaller weight."""
    monkeypatch.setattr(tc, "DROP", ("key=",))
    assert tc.weighed({"bias", "key=storm", "type=ASSAULT", "rate:key"}) == ["bias", "rate:key", "type=ASSAULT"]
    names = ["bias", "key=storm", "quote"]
    rows = ([({"bias": 1.0, "key=storm": 1.0}, 1, 1.0)] * 15 + [({"bias": 1.0, "quote": 1.0}, 1, 1.0)] * 15 +
            [({"bias": 1.0}, 0, 1.0)] * 30)
    monkeypatch.setattr(tc, "KEY_L2", None)
    same = dict(zip(names, tc.fit(rows, names, l2=1.0)))
    assert same["key=storm"] == pytest.approx(same["quote"], abs=1e-3)
    monkeypatch.setattr(tc, "KEY_L2", 30.0)
    strong = dict(zip(names, tc.fit(rows, names, l2=1.0)))
    assert 0 < strong["key=storm"] < same["key=storm"] - 0.5 and strong["key=storm"] < strong["quote"] - 0.5


def test_coarse_groups_rate_the_cameo_code_not_the_word(tc, monkeypatch):
    """With --groups cameo: the learned shares right are kept for the trigger's CAMEO code, and `with_cameo` gives
    events extracted before the feature existed their code from the output."""
    items = [{"out": {"events": [{"cameo": "190"}, {"cameo": "111"}]},
              "feats": [{"bias": 1.0, "key=storm": 1.0}, {"bias": 1.0, "key=slam": 1.0, "cameo=111": 1.0}],
              "labels": [1, 0], "asserted": [True, True]}]
    tc.with_cameo(items)
    assert items[0]["feats"][0]["cameo=190"] == 1.0 and [k for k in items[0]["feats"][1] if "cameo" in k] == ["cameo=111"]
    monkeypatch.setattr(tc, "GROUPS", ("cameo",))
    rows, enc = tc.expanded_rows([(items[0], 1.0)], inner=2)
    assert set(enc) == {"prior", "cameo"} and set(enc["cameo"]) == {"190", "111"}
    assert all("rate:cameo" in f and "rate:key" not in f for f, _, _ in rows)


def test_reliability_of_given_confidences(tc):
    items = [{"labels": [1, 0, 1, 1], "asserted": [True, True, True, False]}]
    table = tc.reliability_of(items, [[0.9, 0.8, 0.4, 0.95]])
    assert table == [{"bin": "0.3-0.5", "events": 1, "mean_confidence": 0.4, "share_correct": 1.0},
                     {"bin": "0.7-1.0", "events": 2, "mean_confidence": 0.85, "share_correct": 0.5}]
