"""Text as read, made safe to analyse and store without moving any offset (docs/input.md, "Odd characters").

A Python string can hold code points no encoder accepts: lone surrogates (U+D800-U+DFFF), which a JSON
line's `"\\ud800"` escape or a library caller can put there. spaCy's tokenizer, DuckDB and every UTF-8
writer fail on them. Each is replaced by U+FFFD (the replacement character), one character for one, so
every offset into the cleaned text is the offset into the text given.
"""
from __future__ import annotations

import re
from typing import Optional

REPLACEMENT = "\ufffd"
_UNENCODABLE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """`text` with every code point UTF-8 cannot encode replaced by U+FFFD; same length (the same object
    when nothing needed replacing)."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return _UNENCODABLE.sub(REPLACEMENT, text)


def clean_optional(value: Optional[str]) -> Optional[str]:
    """`clean` for a field that may be missing."""
    return clean(value) if isinstance(value, str) else value
