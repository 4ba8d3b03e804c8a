"""The events stage's finder gates (speed37a): `events.gates` hands a sentence to a finder only when it holds one of
the finder's opening words (the words its `picked` reads, declared by the finder's `opening`). The events must be
the same as with every finder run on every sentence; each gate must matter on these invented articles (an empty
opening loses an event), so a gate that misses a form its finder reads (an inflected verb, a phrase's verb, a
quoted sentence's speaker) fails here. The stage's output is checked unchanged on the bench sets (docs/accuracy.md,
speed37a)."""
from __future__ import annotations

import pytest

import dateline.extractors.events as events

TEXTS = (
    "Oakes Stepped Down After Riot Charges\n\nBRANFORD (Wire) - The governor of Velmora, Dana Oakes, stepped down on "
    "Monday. Police arrested two men after officers stopped their car on Route 9. The two suspects were taken into "
    "custody on Tuesday. Charges against a third man were dropped on Wednesday. Protesters were beginning to gather "
    "outside the embassy of Velmora. Police escorted the activist Lena Varga from the building. Mayor Tom Reddick "
    "told residents to stay indoors. Senator Ruth Calder called the ruling unjust. \"Oakes was a great governor,\" "
    "Reddick said.",
    "Budget Talks Fail in Branford\n\nBRANFORD (Wire) - Ruth Calder said Velmora needed to put more pressure on "
    "Marovia. Calder was blunt on Friday. \"Marovia must abandon its nuclear weapons. The talks have failed,\" she "
    "said. The mailer attacks Calder for her record. The foreign ministry of Velmora said it would retaliate against "
    "Marovia.",
)


def _events(run, text):
    return [(e.type, e.trigger.start, e.trigger.end, tuple((p.start, p.end, p.actor) for p in e.source),
             tuple((p.start, p.end, p.actor) for p in e.target), e.confidence) for e in run(text).events]


def _every(monkeypatch):
    """Every finder on every sentence (the stage before the gates)."""
    monkeypatch.setattr(events, "gates", lambda doc: {name: events._Every() for name in events.GATED})


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_the_gated_stage_finds_what_every_finder_on_every_sentence_finds(run, monkeypatch, k):
    gated = _events(run, TEXTS[k])
    with monkeypatch.context() as m:
        _every(m)
        assert _events(run, TEXTS[k]) == gated
    assert gated                           # (the articles have events)


def test_each_gate_matters_on_the_invented_articles(run, monkeypatch):
    """With a finder's opening emptied, some event of the articles is lost: the articles exercise every gate (so the
    test above would catch a gate that skips a sentence its finder reads)."""
    before = [_events(run, t) for t in TEXTS]
    for name in list(events.GATED):
        with monkeypatch.context() as m:
            m.setitem(events.GATED, name, lambda doc: [])
            assert [_events(run, t) for t in TEXTS] != before, name


def test_a_quoted_sentence_of_its_own_still_reaches_need_request(run, monkeypatch):
    """`"Marovia must abandon its nuclear weapons."`, its speaker after the quote: no reporting verb's clause opens
    `need_request` there, the quote's speaker does (the gate's quote test); the request is need_request's own."""
    found = _events(run, TEXTS[1])
    text = TEXTS[1]
    at = text.index("abandon")
    assert any(e[0] == "REQUEST" and e[1] == at for e in found)
    with monkeypatch.context() as m:
        m.setattr(events, "need_request", lambda *a, **k: [])
        assert not any(e[0] == "REQUEST" and e[1] == at for e in _events(run, text))


def test_the_gates_hold_exactly_the_sentences_with_opening_words(ctx_of):
    """Each finder's gate is the set of sentences (their first token) holding one of its opening words."""
    ctx = ctx_of(TEXTS[0])
    doc = ctx.doc
    g = events.gates(doc)
    sents = events.cut_sentences(doc)
    for name, opening in events.GATED.items():
        words = set(opening(doc))
        assert g[name] == {s.start for s in sents if words & set(range(s.start, s.end))}, name
