"""The builders shared by the tests: offsets of a phrase, and hand-made spans, mentions, participants and events."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from dateline.records import Event, Extent, Mention, Participant, Span

if TYPE_CHECKING:
    from dateline.extractors import Context


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `phrase` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def mention(text: str, phrase: str, nth: int = 0) -> Mention:
    return Mention(*at(text, phrase, nth), phrase)


def span(text: str, phrase: str, nth: int = 0) -> Span:
    return Span(*at(text, phrase, nth), phrase)


def part(text: str, phrase: str, actor: Optional[str] = None, nth: int = 0) -> Participant:
    """A participant: the nth occurrence of `phrase`, resolved to actor id `actor`."""
    return Participant(*at(text, phrase, nth), phrase, actor)


def sentence_around(text: str, start: int, end: int) -> Extent:
    """The extent of the sentence holding [start, end): from after the last '. ' or newline before it up to
    the next '. ' (its period included) or newline."""
    stop = text.rfind(". ", 0, start)
    lo = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    hi = min(stops) if stops else len(text)
    return Extent(lo, hi + 1 if text.startswith(". ", hi) else hi)


def event(of: Union[str, "Context"], trigger: str, type_: str = "ASSAULT", quad: int = 4, *, nth: int = 0,
          sentence: Union[str, Extent, None] = None, source=(), target=(), **fields) -> Event:
    """A hand-made event on the nth occurrence of `trigger` in `of` (a text, or an extractor Context).

    Its sentence: a phrase of the text (its offsets), an Extent, or by default the sentence around
    the trigger (from a Context's parse, else up to '. ' or a newline). `fields`: any other Event field
    (cameo, mode, negated, hypothetical, date, quote, place, dead, injured, arrested).
    """
    text = of if isinstance(of, str) else of.text
    s, e = at(text, trigger, nth)
    if isinstance(sentence, str):
        sentence = Extent(*at(text, sentence))
    elif sentence is None and not isinstance(of, str):
        sent = of.doc.char_span(s, e, alignment_mode="expand").sent
        sentence = Extent(sent.start_char, sent.end_char)
    elif sentence is None:
        sentence = sentence_around(text, s, e)
    defaults = dict(mode=None, cameo=None, negated=False, hypothetical=False, date=None)
    return Event(type=type_, quad=quad, source=tuple(source), target=tuple(target), trigger=Span(s, e, trigger),
                 sentence=sentence, **{**defaults, **fields})


def actor_at(article, text: str, word: str, nth: int = 0):
    """The actor of an article covering the nth occurrence of `word` in its text (None when no actor covers it)."""
    from dateline.extractors.actors import ActorIndex

    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    aid = ActorIndex(article.actors).at(start, start + len(word))
    return next((a for a in article.actors if a.id == aid), None)


def asserted(article) -> list:
    """The events of an article that are said to have happened (not negated, not hypothetical)."""
    return [e for e in article.events if not e.negated and not e.hypothetical]


def types(article) -> set:
    """The (type, trigger) pairs of an article's asserted events: for assertion messages."""
    return {(e.type, e.trigger.text) for e in asserted(article)}


def found(article, etype: str) -> list:
    """The asserted events of one type."""
    return [e for e in asserted(article) if e.type == etype]


def sides(e) -> tuple[list, list]:
    """An event's source and target texts."""
    return [p.text for p in e.source], [p.text for p in e.target]


def shown(article) -> list:
    """Each event of an article as (type, trigger, negated or hypothetical, sources, targets): for assertion messages."""
    return [(e.type, e.trigger.text, e.negated or e.hypothetical, [p.text for p in e.source], [p.text for p in e.target])
            for e in article.events]
