"""The Goldstein-style cooperation-conflict score of an event (-10..+10), from dateline's own weights.

Weights live in lexicon/goldstein.tsv (one per CAMEO root and per PLOVER type); docs/store.md explains the scale.
"""
from __future__ import annotations

import functools
from typing import Optional

from ..lexicon import rows
from ..records import Event


@functools.lru_cache(maxsize=1)
def weights() -> dict[tuple[str, str], float]:
    """(kind, key) -> weight, kind 'cameo' (two-digit root) or 'plover' (event type, upper case)."""
    return {(r["kind"], r["key"].upper()): float(r["weight"]) for r in rows("goldstein.tsv", ("kind", "key", "weight"))}


def base_weight(type_: Optional[str], cameo: Optional[str]) -> Optional[float]:
    """The weight of the CAMEO root when known, else of the PLOVER type; None when neither is known."""
    table = weights()
    if cameo:
        root = cameo.strip()[:2]
        if ("cameo", root) in table:
            return table[("cameo", root)]
    if type_ and ("plover", type_.upper()) in table:
        return table[("plover", type_.upper())]
    return None


def score(event: Event) -> Optional[float]:
    """The event's score: 0 when negated (nothing happened), half the weight when hypothetical."""
    weight = base_weight(event.type, event.cameo)
    if weight is None:
        return None
    if event.negated:
        return 0.0
    if event.hypothetical:
        return weight / 2
    return weight
