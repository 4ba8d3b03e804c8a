"""Trained artefacts shipped in src/dateline/data/ (the event-type model, the event confidence weights): one reader."""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Optional, Union


def read_json(name: str) -> Optional[dict]:
    """The JSON artefact `name` from dateline's data folder, or None when it is not installed (rules alone then)."""
    try:
        raw = resources.files("dateline").joinpath("data", name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None
    return json.loads(raw)


CONFIDENCE_FILE = "event_confidence.json"


@functools.lru_cache(maxsize=1)
def _confidence_file() -> Optional[dict]:
    """data/event_confidence.json, read once (None without it)."""
    return read_json(CONFIDENCE_FILE)


def confidence_floor() -> Optional[float]:
    """The default floor on an event's confidence (`floor` in data/event_confidence.json, chosen with the weights by
    scripts/train_confidence.py --cv): output leaves out events below it unless asked otherwise. None without the file."""
    found = _confidence_file()
    return None if found is None else float(found.get("floor") or 0.0)


@dataclass(frozen=True)
class Floors:
    """The default floors when some event types have their own (`floors` in data/event_confidence.json): `common`
    for every other type; `by_type` the (type, floor) pairs. `float()` of it is the common floor."""
    common: float
    by_type: tuple[tuple[str, float], ...] = ()

    def at(self, event_type: str) -> float:
        """The floor of an event of this type."""
        return dict(self.by_type).get(event_type, self.common)

    def __float__(self) -> float:
        return float(self.common)


def type_floors() -> dict[str, float]:
    """The floors of the types that have their own (`floors` in data/event_confidence.json, chosen by
    scripts/train_confidence.py --cv); empty when the file has none (the common `floor` for all)."""
    found = _confidence_file() or {}
    return {t: float(v) for t, v in (found.get("floors") or {}).items()}


def default_floor() -> Union[None, float, Floors]:
    """The default floor: `confidence_floor`, or `Floors` when some types have their own."""
    common, own = confidence_floor(), type_floors()
    if common is None or not own:
        return common
    return Floors(common, tuple(sorted(own.items())))


def floor_or_default(minimum: Optional[float]) -> Union[None, float, Floors]:
    """A floor asked for (one for every type), else the default one (`default_floor`); 0 keeps every event."""
    return default_floor() if minimum is None else minimum


def floor_at(floor: Union[None, float, Floors], event_type: str) -> Optional[float]:
    """The floor that an event of `event_type` must reach under `floor` (one number, or `Floors`)."""
    return floor.at(event_type) if isinstance(floor, Floors) else floor
