"""speed42: an event is made without the confidence score `confidence.in_article` makes again. In an article whose
quotes cover some of its text every event's `ctx_quoted` is above 0, so `in_article` scores each again and the score
`_event` gave was never read (`confidence.Where.rescored`); an article without quotes keeps the score its event was
made with where `in_article` adds nothing. Here: the score is made once per event (not twice) in a quoting article,
and the events' confidences are the scores of their final features either way (the bench sets' output is checked
byte-identical in docs/accuracy.md, speed42)."""
from __future__ import annotations

import pytest

from dateline.extractors.events import confidence

QUOTING = ('Senator Ruth Calder criticized Governor Dana Oakes on Monday for the budget cuts. "The cuts are a '
           'disgrace," Calder said. Oakes rejected the charge on Tuesday. Marovia condemned Velmora for the raid.')
PLAIN = "Senator Ruth Calder criticized Governor Dana Oakes on Monday for the budget cuts."


def _counted(monkeypatch) -> list:
    made = []
    score = confidence.score

    def counting(feats):
        made.append(dict(feats))
        return score(feats)
    monkeypatch.setattr(confidence, "score", counting)
    return made


def test_quoting_article_scores_each_event_once(run, monkeypatch):
    if confidence.fitted() is None:
        pytest.skip("no confidence weights")
    made = _counted(monkeypatch)
    art = run(QUOTING)
    scored = [ev for ev in art.events if "given" not in dict(ev.features) and "reader" not in dict(ev.features)]
    assert art.quotes and len(scored) >= 2
    assert len(made) == len(scored)           # (before speed42: twice, once by `_event`, once by `in_article`)
    for ev in scored:
        assert ev.confidence == confidence.score(dict(ev.features))


def test_article_without_quotes_keeps_its_score(run, monkeypatch):
    if confidence.fitted() is None:
        pytest.skip("no confidence weights")
    art = run(PLAIN)
    assert not art.quotes and art.events
    for ev in art.events:
        assert ev.confidence is not None and 0.0 <= ev.confidence <= 1.0


def test_where_rescored_defaults_off():
    assert confidence.Where().rescored is False
    assert confidence.Where(events=2, headline=True, rescored=True).rescored is True
