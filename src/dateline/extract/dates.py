"""Temporal expressions resolved to TIMEX3 values against the publication date."""
from __future__ import annotations

from ..records import TimeExpression
from . import Context


def extract_dates(ctx: Context) -> list[TimeExpression]:
    return []
