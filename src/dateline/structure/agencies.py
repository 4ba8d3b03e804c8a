"""News agencies (lexicon/agencies.tsv): written forms -> the short name a dateline reports."""
from __future__ import annotations

import functools
import pathlib
import re
from typing import Optional

AGENCIES_TSV = pathlib.Path(__file__).resolve().parents[1] / "lexicon" / "agencies.tsv"
_FOLD = re.compile(r"[\W_]+")


def fold(name: str) -> str:
    """The matching key of a name: lower case, without spaces, dots or hyphens."""
    return _FOLD.sub("", name.casefold())


@functools.lru_cache(maxsize=1)
def load_agencies() -> dict[str, str]:
    """{folded written form: short name}, read once from the TSV (comment lines start with '#')."""
    table: dict[str, str] = {}
    with open(AGENCIES_TSV, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            short, _, form = line.rstrip("\n").partition("\t")
            if short == "short" and form == "form":
                continue
            table[fold(form)] = short
    return table


def agency(name: str) -> Optional[str]:
    """The short name of the agency written as `name` ('Agence France- Presse' -> 'AFP'), else None."""
    return load_agencies().get(fold(name)) if name else None
