"""Trained artefacts shipped in src/dateline/data/ (the event-type model, the event confidence weights): one reader."""
from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Optional


def read_json(name: str) -> Optional[dict]:
    """The JSON artefact `name` from dateline's data folder, or None when it is not installed (rules alone then)."""
    try:
        raw = resources.files("dateline").joinpath("data", name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None
    return json.loads(raw)


CONFIDENCE_FILE = "event_confidence.json"


@functools.lru_cache(maxsize=1)
def confidence_floor() -> Optional[float]:
    """The default floor on an event's confidence (`floor` in data/event_confidence.json, chosen with the weights by
    scripts/train_confidence.py --cv): output leaves out events below it unless asked otherwise. None without the file."""
    found = read_json(CONFIDENCE_FILE)
    return None if found is None else float(found.get("floor") or 0.0)


def floor_or_default(minimum: Optional[float]) -> Optional[float]:
    """A floor asked for, else the default one (`confidence_floor`); 0 keeps every event."""
    return confidence_floor() if minimum is None else minimum
