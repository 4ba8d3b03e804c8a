"""The Goldstein-style scale: weights load from data, CAMEO root first, negation and hypotheticals."""
from __future__ import annotations

import dataclasses

from dateline.store.goldstein import base_weight, score, weights
from tests.helpers import event


def make(type_="ASSAULT", cameo=None, **kw):
    return event("shot them", "shot", type_, cameo=cameo, **kw)


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
    assert score(make("THREATEN", cameo="99")) == plain        # a root with no weight: the type's (an unknown
                                                                # type cannot be built: records.Event refuses it)
