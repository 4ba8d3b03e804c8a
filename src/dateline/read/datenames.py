"""Publication dates written in file names, folder names and URLs (docs/input.md lists the patterns).

A name gives a date when it holds a full date as archives write them: `2016-11-02`, `2016_11_02`,
`2016.11.02`, `20161102` (as a run of its own, not part of a longer number), or `2016/11/02` in a path or
URL. Years 1980-2039; the day must exist. The last such date in the name wins (a file's own date after its
folder's).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

_YEAR = r"(?:19[89]\d|20[0-3]\d)"
_DATED = re.compile(
    rf"(?<!\d)(?P<y>{_YEAR})(?P<sep>[-_./])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?!\d)"     # 2016-11-02 2016/11/02
    rf"|(?<![\dA-Za-z])(?P<y2>{_YEAR})(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?!\d)")               # 20161102


def date_in_name(name: str) -> Optional[str]:
    """The last full date written in `name` (a path or a URL) as YYYY-MM-DD, or None."""
    found = None
    for m in _DATED.finditer(name):
        y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("m2"), m.group("d2"))
        try:
            found = dt.date(int(y), int(mo), int(d)).isoformat()
        except ValueError:
            continue
    return found
