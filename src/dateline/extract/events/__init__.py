"""Political events in the PLOVER ontology, with CAMEO codes."""
from __future__ import annotations

from ..records import Actor, Event, Quote, TimeExpression
from . import Context


def extract_events(ctx: Context, actors: list[Actor], quotes: list[Quote], dates: list[TimeExpression]) -> list[Event]:
    return []
