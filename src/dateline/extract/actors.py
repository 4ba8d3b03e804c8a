"""Political actors: one per article for each person, group or state, with country and sector codes."""
from __future__ import annotations

from ..records import Actor, Quote
from . import Context


def extract_actors(ctx: Context, quotes: list[Quote]) -> tuple[list[Actor], list[Quote]]:
    """The article's actors, and the quotes with each speaker linked to its actor id."""
    return [], quotes
