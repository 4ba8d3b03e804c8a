"""Trained artefacts shipped in src/dateline/data/ (the event-type model, the event confidence weights): one reader."""
from __future__ import annotations

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
