"""scripts/train_criticism.py's pure parts: the candidates of one detector and the events a threshold adds."""
from __future__ import annotations

import pathlib

import pytest

from tests.helpers import load_script

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tc():
    return load_script(ROOT / "scripts" / "train_criticism.py")


def _cand(start, chosen, accuse, support, feats=("w=great", "said_sup>0.1")):
    labels = {t: {"dyad": 0, "target": 0, "type": 0} for t in ("ACCUSE", "SUPPORT", "REJECT")}
    labels["ACCUSE"]["target"], labels["SUPPORT"]["target"] = accuse, support
    return {"feats": list(feats), "chosen": set(chosen), "labels": labels,
            "event": {"type": "ACCUSE", "cameo": "111", "sentence": {"start": start}}}


def test_a_detector_reads_the_pairs_of_the_sentences_it_is_open_to(tc):
    art = {"gold": {}, "base": {"events": []},
           "cands": [_cand(0, [], 0, 1), _cand(50, ["SUPPORT"], 1, 0), _cand(90, ["ACCUSE"], 0, 1)]}
    (sup,) = tc.for_type([art], "SUPPORT", exclude="_sup>")
    assert [c["event"]["sentence"]["start"] for c in sup["cands"]] == [0, 90]
    assert all(c["event"]["type"] == "SUPPORT" and c["event"]["cameo"] == "051" for c in sup["cands"])
    assert [c["target"] for c in sup["cands"]] == [1, 1] and sup["cands"][0]["feats"] == ["w=great"]
    (acc,) = tc.for_type([art], "ACCUSE")
    assert [(c["event"]["sentence"]["start"], c["target"]) for c in acc["cands"]] == [(0, 0), (50, 1)]
    assert art["cands"][0]["event"]["type"] == "ACCUSE"          # the collected pairs are left as they were



def test_pairs_with_a_dropped_feature_are_left_out(tc):
    """`--drop`: a source of candidates (its pairs marked by a feature) measured from one collection."""
    art = {"gold": {}, "base": {"events": []},
           "cands": [_cand(0, [], 1, 0, feats=("via=grievance", "w=scorn")), _cand(50, [], 0, 0),
                     _cand(90, [], 1, 0, feats=("via=clause", "w=grievance"))]}
    (acc,) = tc.for_type([art], "ACCUSE", drop="^via=grievance$")
    assert [c["event"]["sentence"]["start"] for c in acc["cands"]] == [50, 90]
    (every,) = tc.for_type([art], "ACCUSE")
    assert len(every["cands"]) == 3

def test_the_best_pair_of_a_sentence_over_the_threshold_is_added(tc):
    art = {"base": {"events": ["rule"]}, "cands": [{"event": {"sentence": {"start": 0}, "n": 1}},
                                                   {"event": {"sentence": {"start": 0}, "n": 2}},
                                                   {"event": {"sentence": {"start": 9}, "n": 3}}]}
    out = tc.with_added(art, [0.6, 0.8, 0.4], 0.5)
    assert out["events"] == ["rule", {"sentence": {"start": 0}, "n": 2}]


def test_folds_by_article_and_by_whole_gold_files(tc):
    """The first article split is in file order, the others shuffled; a split by files gives every article of a
    file one fold and leaves articles outside our files (dev) unscored (None)."""
    runs = tc.article_folds(7, 3, repeats=2)
    assert runs[0] == [0, 1, 2, 0, 1, 2, 0] and sorted(runs[1]) == sorted(runs[0]) and len(runs) == 2
    from types import SimpleNamespace
    files = {"a": "news-1.jsonl", "b": "news-1.jsonl", "c": "news-2.jsonl", "d": "news-3.jsonl"}
    tune = [{"gold": {"id": i}} for i in ("a", "b", "c", "d", "dev")]
    saved = tc.gold_folds.file_of
    tc.gold_folds.file_of = lambda: files
    try:
        args = SimpleNamespace(cv=3, repeats=2, holdout=r"news-3\.")
        (rounds,) = tc.splits(tune, "rounds", args)
        assert rounds == [0, 0, 1, 2, None]
        assert all(r[0] == r[1] and r[4] is None for r in tc.splits(tune, "files", args))
        assert tc.splits(tune, "holdout", args) == [[None, None, None, 0, None]]
    finally:
        tc.gold_folds.file_of = saved
