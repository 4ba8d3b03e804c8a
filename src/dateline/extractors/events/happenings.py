"""What an event's trigger is in the parse, and which event mentions of one article are one happening."""
from __future__ import annotations

from ...records import Event
from ..spans import char_span


def trigger_root(doc, ev: Event):
    """The token heading an event's trigger in the parse (None when the offsets fall outside it)."""
    span = char_span(doc, ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def relcl_noun(tok):
    """The noun whose relative clause holds this trigger (`massacre in which 108 people were killed`), or None."""
    for _ in range(3):
        if tok is None or tok.head.i == tok.i:
            return None
        if tok.dep_ == "relcl":
            return tok.head if tok.head.pos_ == "NOUN" else None
        tok = tok.head
    return None


def happenings(doc, events: list[Event], roots: list | None = None) -> list[list[int]]:
    """Groups of event indices that are one happening: same type, and nominal triggers with the same head
    noun, or a trigger in the relative clause of such a noun (`the massacre in which 108 were killed`).
    `roots`: the events' trigger heads when the caller has them already."""
    groups: dict[tuple, list[int]] = {}
    for i, ev in enumerate(events):
        root = roots[i] if roots is not None else trigger_root(doc, ev)
        if root is None:
            continue
        noun = root if root.pos_ == "NOUN" else relcl_noun(root)
        if noun is not None:
            groups.setdefault((ev.type, noun.lemma_.lower()), []).append(i)
    return [g for g in groups.values() if len(g) > 1]
