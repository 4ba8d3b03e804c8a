"""Casualty counts (killed, injured, arrested, missing), linked to events."""
from __future__ import annotations

from ..records import Actor, Casualty, Event, TimeExpression
from . import Context


def extract_casualties(ctx: Context, actors: list[Actor], events: list[Event], dates: list[TimeExpression]) -> tuple[list[Casualty], list[Event]]:
    """The article's casualty counts, and the events with their dead/injured/arrested sizes."""
    return [], events
