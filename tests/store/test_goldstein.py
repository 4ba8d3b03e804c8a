"""The Goldstein-style scale: weights load from data, CAMEO root first, negation and hypotheticals."""
from __future__ import annotations

import dataclasses

from dateline.records import Event, Span
from dateline.store.goldstein import base_weight, score, weights


def make(type_="ASSAULT", cameo=None, **kw):
    return Event(type=type_, mode=None, quad=4, cameo=cameo, source=(), target=(), trigger=Span(0, 4, "shot"),
                 negated=kw.get("negated", False), hypothetical=kw.get("hypothetical", False), date=None,
                 sentence={"start": 0, "end": 10})


def test_weights_load_and_stay_in_range():
    table = weights()
    assert len([k for k in table if k[0] == "cameo"]) == 20
    assert {"AGREE", "ASSAULT", "PROTEST", "AID"} <= {k[1] for k in table if k[0] == "plover"}
    assert all(-10 <= w <= 10 for w in table.values())


def test_cameo_root_is_used_before_the_plover_type():
    assert base_weight("ASSAULT", "190") == weights()[("cameo", "19")]
    assert base_weight("ASSAULT", None) == weights()[("plover", "ASSAULT")]
    assert base_weight("agree", "") == weights()[("plover", "AGREE")]
    assert base_weight("UNKNOWN", None) is None


def test_conflict_is_negative_and_cooperation_positive():
    assert score(make("ASSAULT")) < 0 < score(make("AID"))


def test_negated_scores_zero_and_hypothetical_half():
    plain = score(make("THREATEN"))
    assert score(make("THREATEN", negated=True)) == 0.0
    assert score(make("THREATEN", hypothetical=True)) == plain / 2
    assert score(make("NOTATYPE")) is None
