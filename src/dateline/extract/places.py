"""Place mentions geocoded to one gazetteer entry each; events get their place."""
from __future__ import annotations

from ..records import Actor, Event, Place
from . import Context


def extract_places(ctx: Context, actors: list[Actor], events: list[Event]) -> tuple[list[Place], list[Event]]:
    """The article's places, and the events with `place` set where the sentence names one."""
    return [], events
