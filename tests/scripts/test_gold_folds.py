"""scripts/gold_folds.py: folds of whole gold files (rounds in coding order, shuffled files, the newest held out)."""
from __future__ import annotations

import pathlib

import pytest

from tests.helpers import load_script

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gf():
    return load_script(ROOT / "scripts" / "gold_folds.py")


FILES = {f"a{n}": name for n, name in enumerate(
    ["news.jsonl", "news-2.jsonl", "news-3.jsonl", "news-10.jsonl", "news-11.jsonl", "news-12.jsonl",
     "desk-1.jsonl", "desk-2.jsonl", "desk-3.jsonl"])}


def test_round_key_reads_the_series_and_its_number(gf):
    assert gf.round_key("polnear-train-12.jsonl") == ("polnear-train", 12)
    assert gf.round_key("polnear-train.jsonl") == ("polnear-train", 1)
    assert gf.round_key("te3-aquaint-5.jsonl") == ("te3-aquaint", 5)


def test_rounds_are_runs_of_consecutive_files_of_each_series(gf):
    folds = gf.file_folds(FILES.values(), 3, "rounds")
    # by number, not by name: news-10 comes after news-3
    assert [folds[n] for n in ("news.jsonl", "news-2.jsonl", "news-3.jsonl", "news-10.jsonl", "news-11.jsonl",
                               "news-12.jsonl")] == [0, 0, 1, 1, 2, 2]
    assert [folds[n] for n in ("desk-1.jsonl", "desk-2.jsonl", "desk-3.jsonl")] == [0, 1, 2]


def test_every_article_of_a_file_shares_its_fold_and_dev_has_none(gf):
    files = dict(FILES, b1="news-12.jsonl", b2="desk-2.jsonl")
    ids = list(files) + ["dev-article"]
    for how in ("rounds", "files"):
        got = dict(zip(ids, gf.folds(ids, how, 3, files=files)))
        assert got["b1"] == got["a5"] and got["b2"] == got["a7"]
        assert got["dev-article"] is None and {got[i] for i in files} == {0, 1, 2}
    shuffled = gf.file_folds(FILES.values(), 3, "files", seed=1)
    assert shuffled == gf.file_folds(FILES.values(), 3, "files", seed=1)     # seeded


def test_holdout_scores_the_matching_files_and_trains_on_the_rest(gf):
    ids = list(FILES) + ["dev-article"]
    got = gf.folds(ids, "holdout", holdout=r"news-1[12]\.", files=FILES)
    assert got == [None, None, None, None, 0, 0, None, None, None, None]
