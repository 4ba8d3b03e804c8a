"""Political events in the PLOVER ontology, with CAMEO codes, from a pattern lexicon over the dependency parse.

Triggers (verbs, phrasal verbs, light verb + event noun, event nouns) come from lexicon/event_patterns.tsv;
source and target are the noun phrases the parse links to the trigger; a small trained model
(data/events_model.json, scripts/train_events.py) picks the type of a sentence's main event. See docs/events.md.
"""
from __future__ import annotations

import bisect
from typing import Optional

from ...records import Actor, Event, Participant, Quote, Span, TimeExpression
from .. import Context
from . import model
from .triggers import Candidate, analyse, absorb, find, need_request, np_bounds

__all__ = ["extract_events"]


class _Actors:
    """Which article actor a character span belongs to, by overlap with the actors' mentions."""

    def __init__(self, actors: list[Actor]):
        spans = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions)
        self.spans = spans
        self.starts = [s for s, _, _ in spans]

    def at(self, start: int, end: int, prefer: Optional[int] = None) -> Optional[str]:
        if not self.spans:
            return None
        i = bisect.bisect_right(self.starts, end)
        hits = [(s, e, a) for s, e, a in self.spans[max(0, i - 50):i] if s < end and start < e]
        if not hits:
            return None
        if prefer is not None:
            for s, e, a in hits:
                if s <= prefer < e:
                    return a
        return hits[0][2]


def _participant(tok, actors: _Actors, text: str, solo: bool = False) -> Participant:
    a, b = np_bounds(tok, solo)
    doc = tok.doc
    start, end = doc[a].idx, doc[b].idx + len(doc[b])
    actor = actors.at(start, end, prefer=tok.idx)
    return Participant(start, end, text[start:end], actor)


def _speaker_participant(sp, actors: _Actors) -> Participant:
    return Participant(sp.start, sp.end, sp.text, getattr(sp, "actor", None) or actors.at(sp.start, sp.end))


def sentence_candidates(ctx: Context, quotes: list[Quote]):
    """Per sentence with any trigger: (sentence, analysed candidates, quote lookup)."""
    doc = ctx.doc
    skip = ctx.layout.skip
    skipped = (lambda t: any(s <= t.idx < e for s, e in skip)) if skip else (lambda t: False)
    qspans = [(q.start, q.end, i, q.speaker) for i, q in enumerate(quotes)]

    def quote_of(tok):
        for s, e, i, sp in qspans:
            if s <= tok.idx < e:
                return i, sp
        return None, None

    for sent in doc.sents:
        if not sent.text.strip():
            continue
        cands = find(sent, skipped)
        for c in cands:
            analyse(c, quote_of(c.token)[1])
        absorb(cands)
        cands = [c for c in cands if not c.absorbed]
        cands += need_request(sent, skipped)[:1]
        if cands:
            yield sent, cands, quote_of


def extract_events(ctx: Context, actors: list[Actor], quotes: list[Quote], dates: list[TimeExpression]) -> list[Event]:
    """Events of every sentence (and the kept title), with participants, mood, date and quote."""
    text = ctx.text
    index = _Actors(actors)
    published = ctx.layout.published
    events: list[Event] = []
    for sent, cands, quote_of in sentence_candidates(ctx, quotes):
        chosen = model.choose(sent, cands)
        s0, s1 = _trim(sent, text)
        sdate = _sentence_date(dates, s0, s1)
        for c in chosen:
            events.append(_event(c, text, index, quote_of(c.token)[0], sdate, published, s0, s1))
    return events


def _trim(sent, text: str) -> tuple[int, int]:
    s0, s1 = sent.start_char, sent.end_char
    while s0 < s1 and text[s0].isspace():
        s0 += 1
    while s1 > s0 and text[s1 - 1].isspace():
        s1 -= 1
    return s0, s1


def _sentence_date(dates: list[TimeExpression], s0: int, s1: int) -> Optional[str]:
    """The value of the sentence's own date expression (a DATE or TIME), if it has one."""
    for d in dates:
        if s0 <= d.start < s1 and d.type in ("DATE", "TIME") and d.value:
            return d.value
    return None


def _event(c: Candidate, text: str, index: _Actors, qi, sdate, published, s0, s1) -> Event:
    doc = c.token.doc
    first, last = doc[c.first], doc[c.last]
    trig = Span(first.idx, last.idx + len(last), text[first.idx:last.idx + len(last)])
    source = tuple(_participant(t, index, text, t.i in c.solo) for t in c.source)
    if c.extra_source is not None:
        source = (_speaker_participant(c.extra_source, index),) + source
    target = tuple(_participant(t, index, text, t.i in c.solo) for t in c.target)
    pluperfect = any(x.dep_ == "aux" and x.lower_ == "had" for x in c.token.children) and c.token.tag_ == "VBN"
    date = sdate or (None if (c.hypothetical or pluperfect) else published)
    return Event(type=c.etype, mode=c.mode, quad=c.quad, cameo=c.cameo, source=source, target=target,
                 trigger=trig, negated=c.negated, hypothetical=c.hypothetical, date=date,
                 sentence={"start": s0, "end": s1}, quote=qi)
