"""Small builders shared by the tests: offsets of a phrase, hand-made mentions and events."""
from __future__ import annotations

from dateline.records import Event, Mention, Span


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `phrase` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def mention(text: str, phrase: str, nth: int = 0) -> Mention:
    return Mention(*at(text, phrase, nth), phrase)


def hand_event(ctx, trigger: str, type_: str = "ASSAULT", nth: int = 0) -> Event:
    """A hand-built event on the nth occurrence of `trigger`, its sentence taken from the parse."""
    s, e = at(ctx.text, trigger, nth)
    sent = ctx.doc.char_span(s, e, alignment_mode="expand").sent
    return Event(type=type_, mode=None, quad=4, cameo=None, source=(), target=(),
                 trigger=Span(s, e, trigger), negated=False, hypothetical=False, date=None,
                 sentence={"start": sent.start_char, "end": sent.end_char})
