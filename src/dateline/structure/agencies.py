"""News agencies (lexicon/agencies.tsv): written forms -> the short name a dateline reports."""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..lexicon import rows

_FOLD = re.compile(r"[\W_]+")


def fold(name: str) -> str:
    """The matching key of a name: lower case, without spaces, dots or hyphens."""
    return _FOLD.sub("", name.casefold())


@functools.lru_cache(maxsize=1)
def load_agencies() -> dict[str, str]:
    """{folded written form: short name}, read once from the TSV."""
    return {fold(r["form"]): r["short"] for r in rows("agencies.tsv", ("short", "form"))}


def agency_forms() -> tuple[str, ...]:
    """Every written form of an agency name, as the TSV has it ('Agence France-Presse', 'AFP')."""
    return tuple(r["form"] for r in rows("agencies.tsv", ("short", "form")))


def agency(name: str) -> Optional[str]:
    """The short name of the agency written as `name` ('Agence France- Presse' -> 'AFP'), else None."""
    return load_agencies().get(fold(name)) if name else None
