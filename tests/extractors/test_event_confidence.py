"""Event confidence (extractors/events/confidence.py): its features, the loader without weights, the default floor."""
from __future__ import annotations

import math

import pytest

STORY = ("Rebels seize border town\n\n"
         "KAVALA (Wire) - Rebels seized the border town of Amrel on Monday, and government forces shelled their "
         "positions overnight, the army said.\n\n"
         "The foreign minister said the government would send aid to the town, which rebels attacked last year.\n\n"
         "Will the talks resume?\n")


@pytest.fixture(scope="module")
def story(run):
    return run(STORY, published="2026-03-02")


def _feats(ev) -> dict:
    return dict(ev.features)


def test_every_feature_is_finite_and_in_0_1(story):
    assert story.events
    for ev in story.events:
        for name, value in _feats(ev).items():
            assert math.isfinite(value) and 0.0 <= value <= 1.0, (name, value)
        assert ev.confidence is None or 0.0 <= ev.confidence <= 1.0


def test_the_setting_of_an_event(story):
    by_trigger = {ev.trigger.text: _feats(ev) for ev in story.events}
    shelled = by_trigger["shelled"]
    assert shelled["said"] == 1.0 and shelled["crowded"] > 0 and "alone" not in shelled
    send = next(f for t, f in by_trigger.items() if t.startswith("send"))
    assert send["said"] == 1.0 and send["intent"] == 1.0 and send["clause=ccomp"] == 1.0
    attacked = by_trigger.get("attacked")
    if attacked is not None:
        assert attacked["clause=relcl"] == 1.0
    headline = [f for ev, f in ((ev, _feats(ev)) for ev in story.events) if ev.sentence.start == 0]
    assert all(f["headline"] == 1.0 for f in headline)


def test_without_the_weights_file_no_confidence_and_no_floor(monkeypatch, run):
    from dateline import artefacts
    from dateline.extractors.events import confidence

    monkeypatch.setattr(artefacts, "read_json", lambda name: None)
    monkeypatch.setattr(confidence, "read_json", lambda name: None)
    confidence.weights.cache_clear()
    artefacts._confidence_file.cache_clear()
    try:
        assert confidence.weights() is None and artefacts.confidence_floor() is None
        assert confidence.score({"bias": 1.0}) is None
        from dateline.pipeline import process
        from dateline.records import RawArticle
        (art,) = process([RawArticle(id="x", text=STORY, origin="x")])
        assert art.events and all(e.confidence is None for e in art.events)
    finally:
        confidence.weights.cache_clear()
        artefacts._confidence_file.cache_clear()


def test_the_pipeline_applies_the_floor_by_default(nlp, monkeypatch):
    from dateline import artefacts
    from dateline.pipeline import process
    from dateline.records import RawArticle

    raw = RawArticle(id="x", text=STORY, origin="x", published="2026-03-02")
    (every,) = process([raw], min_confidence=0)
    scores = sorted(e.confidence for e in every.events)
    floor = scores[len(scores) // 2]
    monkeypatch.setattr(artefacts, "confidence_floor", lambda: floor)
    monkeypatch.setattr(artefacts, "type_floors", dict)
    (default,) = process([raw])
    assert default.events == tuple(e for e in every.events if e.confidence >= floor)
    assert 0 < len(default.events) < len(every.events)
    assert default.quotes == every.quotes and default.actors == every.actors


def test_a_types_own_floor_applies_and_a_given_floor_is_one_for_all(nlp, monkeypatch):
    from dateline import artefacts
    from dateline.pipeline import process
    from dateline.records import RawArticle

    raw = RawArticle(id="x", text=STORY, origin="x", published="2026-03-02")
    (every,) = process([raw], min_confidence=0)
    typed = every.events[0].type
    monkeypatch.setattr(artefacts, "confidence_floor", lambda: 0.0)
    monkeypatch.setattr(artefacts, "type_floors", lambda: {typed: 1.01})      # above any confidence
    assert artefacts.default_floor() == artefacts.Floors(0.0, ((typed, 1.01),))
    (default,) = process([raw])
    assert default.events == tuple(e for e in every.events if e.type != typed)
    (given,) = process([raw], min_confidence=0)          # a floor given: the same for every type
    assert given.events == every.events


def test_without_floors_by_type_the_common_floor(monkeypatch):
    from dateline import artefacts

    monkeypatch.setattr(artefacts, "read_json", lambda name: {"floor": 0.4, "weights": {}})
    artefacts._confidence_file.cache_clear()
    try:
        assert artefacts.type_floors() == {} and artefacts.default_floor() == 0.4
        assert artefacts.floor_or_default(None) == 0.4 and artefacts.floor_or_default(0.2) == 0.2
        monkeypatch.setattr(artefacts, "read_json", lambda name: {"floor": 0.4, "floors": {"ASSAULT": 0.5}})
        artefacts._confidence_file.cache_clear()
        floor = artefacts.default_floor()
        assert floor.at("ASSAULT") == 0.5 and floor.at("ACCUSE") == 0.4 and float(floor) == 0.4
        assert artefacts.floor_at(floor, "ASSAULT") == 0.5 and artefacts.floor_at(0.3, "ASSAULT") == 0.3
    finally:
        artefacts._confidence_file.cache_clear()


def test_the_library_entry_point_takes_a_floor(nlp, monkeypatch):
    """`dateline.extract(texts, min_confidence=0)` keeps every event, as `dateline extract --min-confidence 0` does;
    by default it leaves out the events under the default floor."""
    from dateline import artefacts, extract
    from dateline.pipeline import process
    from dateline.records import RawArticle

    (every,) = process([RawArticle(id="0", text=STORY, origin="text 0")], min_confidence=0)
    scores = sorted(e.confidence for e in every.events)
    floor = scores[len(scores) // 2]
    monkeypatch.setattr(artefacts, "confidence_floor", lambda: floor)
    monkeypatch.setattr(artefacts, "type_floors", dict)
    (default,) = extract([STORY])
    (kept,) = extract([STORY], min_confidence=0)
    assert len(default.events) < len(kept.events) == len(every.events)
    (high,) = extract([STORY], min_confidence=1.0)
    assert all(e.confidence is None or e.confidence >= 1.0 for e in high.events)



def test_an_event_in_a_question_and_the_length_of_its_sentence(nlp):
    """`question` is set for an event whose own sentence holds a question mark (not the one before), and
    `sentence_long` grows with the sentence's length in words."""
    from types import SimpleNamespace

    from dateline.extractors.events.confidence import Where, _setting

    doc = nlp("Aberwick police arrested two rebels on Monday.\n\n"
              "Did the army shell the rebel positions near the border town of Amrel overnight?\n")
    c, ev = SimpleNamespace(intent=False, prob=0.5), SimpleNamespace(type="ASSAULT")
    arrested = _setting(c, ev, next(t for t in doc if t.text == "arrested"), Where())
    shell = _setting(c, ev, next(t for t in doc if t.text == "shell"), Where())
    assert "question" not in arrested and shell["question"] == 1.0
    assert 0 < arrested["sentence_long"] < shell["sentence_long"] < 1.0
