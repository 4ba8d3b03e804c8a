"""How likely an extracted event is a real event of its type: `Event.confidence` in [0, 1].

A logistic regression over features of the event (its type, the trigger's kind, whether its source and target
resolve to actors, whether it sits in a quote, the type model's probability, the clause it sits in, a verb of saying
above it...). The weights and the default floor on output (data/event_confidence.json) are fitted and chosen by
scripts/train_confidence.py --cv on article-level gold coded by ../shared/eval/EVENT_GUIDE.md (the shared dev
articles and our own tune half) and on PLV train sentences; docs/events.md has the figures. Without the weights file
every event gets None.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Optional

from ...artefacts import CONFIDENCE_FILE, read_json
from ...lexicon import pronouns
from ...records import Event
from ..quotes.lexicon import speech_verbs
from ..spans import column, ids_of, sentence_of
from .triggers import Candidate

WEIGHTS_FILE = CONFIDENCE_FILE
# the dependency relations that open a clause: the first one above the trigger says what clause it sits in
CLAUSES = ("relcl", "advcl", "acl", "ccomp", "xcomp", "pcomp", "csubj", "conj", "parataxis")


@dataclass(frozen=True)
class Where:
    """What the sentence around an event tells: how many events the extractor chose in it, whether it is the headline."""
    events: int = 1
    headline: bool = False


def features(c: Candidate, ev: Event, where: Optional[Where] = None) -> dict[str, float]:
    """The features of one event, by name (each in [0, 1]: indicators, the type model's probability, shares)."""
    src = [p for p in ev.source if p.actor]
    tgt = [p for p in ev.target if p.actor]
    f = {
        "bias": 1.0,
        f"type={ev.type}": 1.0,
        f"quad={ev.quad}": 1.0,
        "nominal": float(c.nominal),
        "light": float(c.noun is not None and not c.nominal),
        "source": float(bool(ev.source)),
        "target": float(bool(ev.target)),
        "source_actor": float(bool(src)),
        "target_actor": float(bool(tgt)),
        "dyad_actors": float(bool(src and tgt)),
        "no_participant": float(not ev.source and not ev.target),
        "quote": float(ev.quote is not None),
        "source_pronoun": float(any(p.text.lower() in pronouns("subject") for p in ev.source)),
        "embedded": float(c.depth > 1),
        "model_p": float(c.prob),
        "pattern_" + c.pattern.kind: 1.0,
    }
    head = c.noun if c.nominal and c.noun is not None else c.token
    f[f"key={c.pattern.key}"] = 1.0                        # the trigger word: some are right far more often
    f[f"dep={head.dep_}"] = 1.0                            # where the trigger sits: the main verb, a clause, a noun's object
    f[f"tag={c.token.tag_}"] = 1.0                         # tense and form (`attacked`, `attacking`, `attack`)
    f[f"{'nominal' if c.nominal else 'verbal'}_type={ev.type}"] = 1.0
    if ev.quote is not None:
        f[f"quote_type={ev.type}"] = 1.0
    f["pluperfect"] = float(ev.pluperfect)
    f["preset"] = float(c.preset)
    f["source_text"] = float(bool(ev.source) and not src)   # participants that name no actor
    f["target_text"] = float(bool(ev.target) and not tgt)
    if c.nominal:
        dets = {x.lower_ for x in head.children if x.dep_ in ("det", "poss")}
        f["noun_definite"] = float(bool(dets & {"the", "this", "that", "these", "those"}))
        f["noun_possessed"] = float(any(x.dep_ == "poss" for x in head.children))
    f.update(_setting(c, ev, head, where or Where()))
    return f


def _setting(c: Candidate, ev: Event, head, where: Where) -> dict[str, float]:
    """The event's setting: the clause it sits in, a verb of saying above it, intent, the sentence's length, its
    other events, the headline, a question."""
    f: dict[str, float] = {}
    clause, said, t = "main", False, head
    while t.head.i != t.i:
        if clause == "main" and t.dep_ in CLAUSES:
            clause = t.dep_
        t = t.head
        if t.pos_ in ("VERB", "AUX") and speech_verbs().get(t.lemma_.lower()) == "say":
            said = True
    f[f"clause={clause}"] = 1.0
    f["said"] = float(said)                                 # `X said it would ...`: reported, not told as fact
    f["intent"] = float(c.intent)                           # a future, modal or intent verb governs it
    f[f"intent_type={ev.type}"] = float(c.intent)
    sent = sentence_of(head.doc, head.i)                    # (`head.sent`, found once a doc; no Token made per word)
    f["sentence_long"] = min(len(sent) / 80.0, 1.0)
    f["question"] = float(not ids_of("?").isdisjoint(column(head.doc, "ORTH")[sent.start:sent.end]))
    f["alone"] = float(where.events <= 1)                   # the only event chosen in its sentence
    f["crowded"] = min(max(where.events - 1, 0) / 4.0, 1.0)
    f["headline"] = float(where.headline)
    f["model_high"] = float(c.prob >= 0.8)
    f["model_low"] = float(c.prob < 0.2)
    return {k: v for k, v in f.items() if v}


@functools.lru_cache(maxsize=1)
def weights() -> Optional[dict]:
    found = read_json(WEIGHTS_FILE)
    return None if found is None else found["weights"]


def score(feats: dict[str, float]) -> Optional[float]:
    """The event's confidence under the fitted weights (None when there are none)."""
    w = weights()
    if w is None:
        return None
    z = sum(w.get(k, 0.0) * v for k, v in feats.items())
    return round(1.0 / (1.0 + math.exp(-z)), 3)
