"""The hand labels of bench/intl_places.py and intl_places2.py (the international-news places checks) fit the texts
they label."""
from __future__ import annotations

import pathlib

import pytest

from tests.conftest import SHARED
from tests.helpers import load_script

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _bench(name: str = "intl_places"):
    import sys
    sys.path.insert(0, str(ROOT / "bench"))
    return load_script(ROOT / "bench" / f"{name}.py")


def test_every_label_names_a_capitalised_span_of_its_article():
    if not (SHARED / "devsets" / "te3-aquaint").is_dir():
        pytest.skip("../shared is not here")
    bench = _bench()
    arts = bench.articles()
    assert [a["id"] for a in arts] == [f"aq-{i:02d}" for i in range(18)]
    texts = {a["id"]: a["text"] for a in arts}
    rows = bench.gold_rows(texts)
    assert len(rows) == 453
    spans = set()
    for r in rows:
        assert 0 <= r["start"] < r["end"] <= len(texts[r["id"]])
        assert r["text"][:1].isupper() or r["text"].startswith("east "), r
        assert r["type"] in ("literal", "embedded", "adjectival")
        assert (r["lat"] is None) == (r["lon"] is None)
        assert (r["id"], r["start"]) not in spans
        spans.add((r["id"], r["start"]))
    assert sum(r["nominal"] for r in rows) == 352


def test_the_third_check_labels_fit_and_its_selection_is_fixed():
    if not (SHARED / "devsets" / "te3-aquaint").is_dir() or not (SHARED / "devsets" / "polnear-train").is_dir():
        pytest.skip("../shared is not here")
    bench = _bench("intl_places2")
    arts = bench.articles()
    assert [a["id"] for a in arts] == [f"ix-{i:02d}" for i in range(14)]
    assert [a["source"] for a in arts][:4] == ["APW19980810.0907", "APW19980813.1117", "APW19991008.0151",
                                               "XIE19980808.0049"]
    texts = {a["id"]: a["text"] for a in arts}
    rows = bench.gold_rows(texts, bench.GOLD)
    assert len(rows) == 314 and sum(r["nominal"] for r in rows) == 238
    for r in rows:
        assert 0 <= r["start"] < r["end"] <= len(texts[r["id"]])
        assert r["text"][:1].isupper() and r["type"] in ("literal", "embedded", "adjectival"), r
        assert (r["geonameid"] is None) or r["lat"] is not None
