"""How the pages say things to a person: actor labels, events as readable sentences, evidence snippets."""
from __future__ import annotations

import functools
import re
from typing import Optional

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
SECTORS = ("GOV", "MIL", "REB", "OPP", "IGO")


@functools.lru_cache(maxsize=1)
def _display_names() -> dict[str, str]:
    """ISO3 -> the short name actors get (the actor lexicon's: 'Russia', not 'Russian Federation')."""
    try:
        from ..lexicon.actors import countries

        return dict(countries().display)
    except (ImportError, AttributeError, OSError):
        return {}


@functools.lru_cache(maxsize=512)
def country_name(code: Optional[str]) -> Optional[str]:
    """ISO 3166 alpha-3 (or alpha-2) -> the country's short name; None for codes that are not countries (IGO...)."""
    if not code or len(code) not in (2, 3) or not code.isalpha():
        return None
    code = code.upper()
    if code in _display_names():
        return _display_names()[code]
    import pycountry

    try:
        c = pycountry.countries.get(**({"alpha_3": code} if len(code) == 3 else {"alpha_2": code}))
    except (KeyError, LookupError):
        return None
    if c is None:
        return None
    if len(code) == 2 and c.alpha_3 in _display_names():
        return _display_names()[c.alpha_3]
    return getattr(c, "common_name", None) or c.name


def sector_class(sector: Optional[str]) -> str:
    """The CSS class that colours an actor by its sector."""
    s = (sector or "").upper()
    return f"sec-{s}" if s in SECTORS else "sec-other"


def actor_label(name: Optional[str], country: Optional[str], sector: Optional[str]) -> str:
    """'Russia (GOV)' for a country-coded actor, else its own name with its sector: how event data names actors."""
    base = country_name(country) or name or country or "?"
    return f"{base} ({sector})" if sector else base


def participant(p: dict) -> dict:
    """A participant (from the store or a record) -> {'label', 'name', 'gid', 'text'} for templates."""
    name = p.get("name")
    label = actor_label(name, p.get("country"), p.get("sector")) if (name or p.get("country")) else (p.get("text") or "?")
    return {"label": label, "name": name or p.get("text"), "gid": p.get("global_id"), "text": p.get("text"),
            "sector": p.get("sector")}


_WORD = re.compile(r"\S+")


def snippet(sentence: Optional[str], trigger_start: Optional[int], sentence_start: Optional[int], *,
            words: int = 5, limit: int = 160) -> str:
    """The words of the sentence around the trigger (the whole sentence when short), as evidence to read."""
    s = " ".join((sentence or "").split()) if sentence and len(sentence) <= limit else (sentence or "")
    if len(s) <= limit or trigger_start is None or sentence_start is None:
        return s if len(s) <= limit else s[: limit - 1].rsplit(" ", 1)[0] + "…"
    at = trigger_start - sentence_start
    toks = list(_WORD.finditer(s))
    i = next((k for k, m in enumerate(toks) if m.end() > at), len(toks) - 1)
    lo, hi = max(0, i - words), min(len(toks), i + words + 1)
    out = " ".join(m.group() for m in toks[lo:hi])
    return ("…" if lo > 0 else "") + out + ("…" if hi < len(toks) else "")


def place_events_query(place: dict) -> dict:
    """The /events query of one map place (a row of views.event_places): its whole name and its country, the
    asserted events the map counts (static/dateline.js builds the same link for a click on the dot)."""
    q = {"place": place["name"], "place_exact": 1}
    if place.get("country"):
        q["place_country"] = place["country"]
    return {**q, "asserted_only": 1}


def clip(text: Optional[str], limit: int = 140) -> str:
    """Text shortened to about `limit` characters at a word boundary."""
    t = " ".join((text or "").split())
    return t if len(t) <= limit else t[: limit - 1].rsplit(" ", 1)[0] + "…"


_QUOTE_MARKS = "\"'“”‘’«»„"


def unquote(text: Optional[str]) -> str:
    """A quotation without its own quote marks (and a trailing comma), to be shown inside the page's quotes."""
    t = (text or "").strip().strip(_QUOTE_MARKS).strip()
    return t[:-1] if t.endswith(",") else t


def event_line(*, type: str, mode: Optional[str], quad: Optional[int], source: list[dict], target: list[dict],
               evidence: str, date: Optional[str], place: Optional[str], negated: bool = False,
               hypothetical: bool = False) -> dict:
    """The parts of `Russia (GOV) ACCUSE Syria — "both sides were to blame" — 2012-05-28, Moscow` for a template."""
    when_where = ", ".join(x for x in (date, place) if x)
    verb = (type or "?") + (f" ({mode})" if mode else "")
    flags = [f for f, on in (("not", negated), ("hypothetical", hypothetical)) if on]
    text = " ".join(p["label"] for p in source) or "?"
    text += (" NOT " if negated else " ") + verb
    if target:
        text += " " + ", ".join(p["label"] for p in target)
    if evidence:
        text += f' — "{evidence}"'
    if when_where:
        text += " — " + when_where
    return {"source": source, "target": target, "verb": verb, "quad": quad, "evidence": evidence,
            "when_where": when_where, "flags": flags, "text": text}
