"""Loaders for the event lexicons (lexicon/event_patterns.tsv, cameo_types.tsv, plover_types.tsv, event_cues.tsv,
and the shared intent_verbs.tsv, modals.tsv, pronouns.tsv): read once."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Optional

from ...lexicon import classes, pronouns, rows, used_by

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
    cues: dict           # class -> frozenset of words (event_cues.tsv; intent and modal from the shared lists)


@functools.lru_cache(maxsize=1)
def load() -> Lexicon:
    """All event lexicons as dicts keyed by lemma (phrases and nouns by 'a_b' keys)."""
    verbs, phrases, nouns, light = {}, {}, {}, set()
    for row in rows("event_patterns.tsv", ("kind", "key", "cameo", "mode", "target")):
        kind, key = row["kind"], row["key"].lower()
        if kind == "light":
            light.add(key)
            continue
        targets = tuple(t for t in row["target"].split(",") if t) or DEFAULT_TARGETS
        pat = Pattern(kind, key, row["cameo"], row["mode"] or None, targets)
        table = {"verb": verbs, "phrase": phrases, "noun": nouns}[kind]
        table.setdefault(key, pat)
    roots = {r["root"]: (r["type"], int(r["quad"])) for r in rows("cameo_types.tsv", ("root", "type", "quad"))}
    cues = {k: frozenset(v) for k, v in classes("event_cues.tsv").items()}
    cues["intent"] = frozenset(r["word"].lower() for r in used_by("intent_verbs.tsv", "events"))
    cues["modal"] = frozenset(r["word"].lower() for r in used_by("modals.tsv", "events"))
    return Lexicon(verbs, phrases, nouns, frozenset(light), roots, cues)


@functools.lru_cache(maxsize=1)
def noun_heads() -> frozenset[str]:
    """Every word an event noun's key (`triggers.noun_key`: `air_strike`, `state_of_siege`, `strike`) can be made
    from: each key, what follows any `_` in it, and what comes before any `_of_`. A noun whose lemma and form are
    neither matches no key, and its children need not be read."""
    heads = set()
    for key in load().nouns:
        heads.add(key)
        heads.update(key[i + 1:] for i, ch in enumerate(key) if ch == "_")
        heads.update(key[:i] for i in range(len(key)) if key.startswith("_of_", i))
    return frozenset(heads)


@functools.lru_cache(maxsize=1)
def verb_heads() -> frozenset[str]:
    """Every lemma a verb trigger's key (`lem`, `lem_x`: a verb, a phrase, a light verb, a stop verb) can be made
    from: the part of each key before its first `_`. A verb whose lemma (with no `_`) is none of these, nor one of
    event_cues.tsv `readanyway` (verbs `triggers.find` and `triggers.stop_event` read whatever the lexicon says),
    makes no trigger, and its children need not be read."""
    lex = load()
    keys = set(lex.verbs) | set(lex.phrases) | set(lex.light) | set(lex.cues.get("stop", ()))
    return frozenset({k.split("_", 1)[0] for k in keys} | lex.cues["readanyway"])


@dataclass(frozen=True)
class PloverType:
    """One row of plover_types.tsv: a type's quad class, the CAMEO code the type model gives it, and where a
    nominal event of the type with no source of its own finds one ('inherit', 'agent' or '')."""
    name: str
    quad: int
    cameo: str
    source: str


@functools.lru_cache(maxsize=1)
def types() -> dict[str, PloverType]:
    """PLOVER type -> its row, in the order of the type model's classes."""
    return {r["type"]: PloverType(r["type"], int(r["quad"]), r["cameo"], r["source"])
            for r in rows("plover_types.tsv", ("type", "quad", "cameo", "source"))}


@functools.lru_cache(maxsize=None)
def types_with_source(*sources: str) -> frozenset[str]:
    """The types whose nominal events find a missing source one of the given ways ('inherit', 'agent')."""
    return frozenset(t.name for t in types().values() if t.source in sources)


@functools.lru_cache(maxsize=1)
def personal_pronouns() -> frozenset[str]:
    """Subject and object pronouns (i, me, they, them ...): never an event's named source or target."""
    return pronouns("subject") | pronouns("object")


@functools.lru_cache(maxsize=1)
def people_pronouns() -> frozenset[str]:
    """Third-person subject and object pronouns of people (he, she, they; him, her, them), from pronouns.tsv."""
    return frozenset().union(*(pronouns(case, "3", g) for case in ("subject", "object") for g in ("m", "f", "")))


@functools.lru_cache(maxsize=1)
def people_possessives() -> frozenset[str]:
    """Third-person possessive pronouns of people (his, her, their), from pronouns.tsv: not `its`."""
    return frozenset().union(*(pronouns("possessive", "3", g) for g in ("m", "f", "")))


@functools.lru_cache(maxsize=1)
def addressed_pronouns() -> frozenset[str]:
    """First- and second-person subject pronouns (i, we, you), from pronouns.tsv: the speaker and the one told."""
    return pronouns("subject", "1") | pronouns("subject", "2")


@functools.lru_cache(maxsize=1)
def stands_in() -> frozenset[str]:
    """Pronouns that name no one by themselves: event_cues.tsv `standin` (it, this, that) and the third-person
    possessives (its, his, her, their)."""
    return load().cues["standin"] | pronouns("possessive", "3")


RETREAT_CODES = ("0871", "0872", "0873", "0874")


def plover(cameo: str) -> tuple[str, int]:
    """PLOVER root type and quad class of a CAMEO code."""
    roots = load().roots
    etype, quad = roots.get(cameo[:3]) or roots[cameo[:2]]
    if etype == "CONCEDE" and cameo.startswith(RETREAT_CODES):
        etype = "RETREAT"
    return etype, quad


@functools.lru_cache(maxsize=1)
def hazards() -> frozenset:
    """Lemmas of natural-hazard nouns (lexicon/hazards.tsv): floods and quakes kill, but are not actors."""
    return frozenset(r["lemma"].lower() for r in rows("hazards.tsv", ("lemma",)))
