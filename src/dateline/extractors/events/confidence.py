"""How likely an extracted event is a real event of its type: `Event.confidence` in [0, 1].

A logistic regression over a few features of the event (its type, the trigger's kind, whether its source and
target resolve to actors, whether it sits in a quote, the type model's probability...). The weights
(data/event_confidence.json) are fitted by scripts/train_confidence.py on article-level gold coded by
../shared/eval/EVENT_GUIDE.md (the shared dev articles and our own tune half); the kept-apart half measures
it (docs/accuracy.md has the reliability table). Without the weights file every event gets None.
"""
from __future__ import annotations

import functools
import math
from typing import Optional

from ...artefacts import read_json
from ...lexicon import pronouns
from ...records import Event
from .triggers import Candidate

WEIGHTS_FILE = "event_confidence.json"


def features(c: Candidate, ev: Event) -> dict[str, float]:
    """The features of one event, by name (0/1 indicators and the type model's probability)."""
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
    return f


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
