"""Loaders for the event lexicons (lexicon/event_patterns.tsv, cameo_types.tsv, event_cues.tsv): read once."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Optional

DEFAULT_TARGETS = ("dobj", "to", "with", "on", "against")


@dataclass(frozen=True)
class Pattern:
    """One trigger entry: the nearest CAMEO code, a PLOVER mode, and where its target is looked for."""
    kind: str
    key: str
    cameo: str
    mode: Optional[str]
    targets: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict
    phrases: dict
    nouns: dict
    light: frozenset
    roots: dict          # CAMEO root "02" -> (PLOVER type, quad)
    cues: dict           # class -> frozenset of words


def _rows(name: str):
    text = resources.files("dateline").joinpath("lexicon", name).read_text(encoding="utf-8")
    header = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        yield dict(zip(header, (c.strip() for c in cells)))


@functools.lru_cache(maxsize=1)
def load() -> Lexicon:
    """All event lexicons as dicts keyed by lemma (phrases and nouns by 'a_b' keys)."""
    verbs, phrases, nouns, light = {}, {}, {}, set()
    for row in _rows("event_patterns.tsv"):
        kind, key = row["kind"], row["key"].lower()
        if kind == "light":
            light.add(key)
            continue
        targets = tuple(t for t in row["target"].split(",") if t) or DEFAULT_TARGETS
        pat = Pattern(kind, key, row["cameo"], row["mode"] or None, targets)
        table = {"verb": verbs, "phrase": phrases, "noun": nouns}[kind]
        table.setdefault(key, pat)
    roots = {r["root"]: (r["type"], int(r["quad"])) for r in _rows("cameo_types.tsv")}
    cues: dict = {}
    for r in _rows("event_cues.tsv"):
        cues.setdefault(r["class"], set()).add(r["word"].lower())
    return Lexicon(verbs, phrases, nouns, frozenset(light), roots, {k: frozenset(v) for k, v in cues.items()})


RETREAT_CODES = ("0871", "0872", "0873", "0874")


def plover(cameo: str) -> tuple[str, int]:
    """PLOVER root type and quad class of a CAMEO code."""
    etype, quad = load().roots[cameo[:2]]
    if etype == "CONCEDE" and cameo.startswith(RETREAT_CODES):
        etype = "RETREAT"
    return etype, quad


@functools.lru_cache(maxsize=1)
def hazards() -> frozenset:
    """Lemmas of natural-hazard nouns (lexicon/hazards.tsv): floods and quakes kill, but are not actors."""
    return frozenset(r["lemma"].lower() for r in _rows("hazards.tsv"))
