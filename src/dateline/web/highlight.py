"""Article text -> HTML with its extracted spans highlighted, built only from escaped segments.

Spans may overlap (an actor inside a quote inside an event's sentence), so the text is cut at every span
boundary and each piece is wrapped in one element per span covering it, outermost first. Markup is made
here and nowhere else; every piece of article text goes through `escape` before it is joined.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    """One span to highlight: [start, end) of the text, CSS classes, an anchor id, a hover title, data-* attributes."""
    start: int
    end: int
    classes: str
    key: str                                   # shared by all pieces of this span (data-k), for JS focus
    anchor: Optional[str] = None               # id on the first piece, the target of #links
    title: Optional[str] = None
    data: tuple[tuple[str, str], ...] = field(default=())


def _open(mark: Mark, first: bool) -> str:
    attrs = [f'class="{escape(mark.classes)}"', f'data-k="{escape(mark.key)}"']
    if first and mark.anchor:
        attrs.append(f'id="{escape(mark.anchor)}"')
    if mark.title:
        attrs.append(f'title="{escape(mark.title)}"')
    attrs += [f'data-{escape(k)}="{escape(v)}"' for k, v in mark.data]
    return "<span " + " ".join(attrs) + ">"


def render(text: str, marks: Iterable[Mark]) -> Markup:
    """The whole text as HTML: escaped segments wrapped in nested <span>s for the marks that cover them."""
    n = len(text)
    # keep marks that lie inside the text and are not empty; order: outer (earlier start, longer) first
    ok = sorted({m for m in marks if isinstance(m.start, int) and isinstance(m.end, int) and 0 <= m.start < m.end <= n},
                key=lambda m: (m.start, -m.end, m.classes, m.key))
    cuts = sorted({0, n, *(m.start for m in ok), *(m.end for m in ok)})
    out: list[str] = []
    starts: dict[int, list[Mark]] = {}
    for m in ok:
        starts.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > a]
        fresh = starts.get(a, [])
        active.extend(fresh)
        active.sort(key=lambda m: (m.start, -m.end, m.classes, m.key))
        piece = str(escape(text[a:b]))
        if not active:
            out.append(piece)
            continue
        out.append("".join(_open(m, m.start == a) for m in active) + piece + "</span>" * len(active))
    return Markup("".join(out))
