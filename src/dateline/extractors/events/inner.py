"""The inner speaker of a quote told `according to` someone (ev37a): `"We condemn the decision," Kell said, according to
The Herald`. The quotes stage keeps the outer source (The Herald, PolNeAR-style attribution), and a quote that goes
on after it keeps it too; by the events guide the speaker is the source of the speech act, so the events stage reads
the speaking verb of the cue's sentence and takes its subject (Kell). Quotes with no `according to` cue are left as
they are (the test is one look at the cue's text)."""
from __future__ import annotations

import dataclasses
from bisect import bisect_left
from typing import Optional

from ...records import Quote, Speaker
from ..quotes.lexicon import speech_verbs
from ..quotes.speakers import speaker_span
from ..spans import children, sentence_of, span_tokens, text as doc_text, tokens

SUBJECTS = ("nsubj",)


def inner_speakers(doc, quotes: list[Quote], actor_at) -> list[Quote]:
    """`quotes` with the speaker of each quote cued by `according to` (and of the cue-less quotes that go on with
    that speaker) replaced by the subject of the sentence's speaking verb, where there is one outside the quote;
    `actor_at(start, end)` names the new speaker's actor."""
    if not any(q.cue is not None and q.cue.text.lower().startswith("according") for q in quotes):
        return quotes
    out, carried = [], {}
    starts = None
    for q in quotes:
        sp = q.speaker
        if sp is not None and q.cue is not None and q.cue.text.lower().startswith("according"):
            if starts is None:
                starts = [t.idx for t in tokens(doc)]
            inner = _inner(doc, starts, q)
            if inner is not None:
                s, e = inner
                new = Speaker(start=s, end=e, text=doc_text(doc)[s:e], actor=actor_at(s, e))
                carried[(sp.start, sp.end)] = new
                out.append(dataclasses.replace(q, speaker=new))
                continue
            carried.pop((sp.start, sp.end), None)
        elif sp is not None and q.cue is None and (sp.start, sp.end) in carried:
            out.append(dataclasses.replace(q, speaker=carried[(sp.start, sp.end)]))   # the quote goes on
            continue
        elif sp is not None:
            carried.pop((sp.start, sp.end), None)
        out.append(q)
    return out


def _inner(doc, starts: list, q: Quote) -> Optional[tuple[int, int]]:
    """The character span of the subject of the speaking verb that `according to` hangs on (or of the one speaking
    verb of the cue's sentence outside the quote): `Kell said, according to X`, `the mayor told reporters, according
    to X`; None when the sentence has no such verb (`"...," according to X`)."""
    k = min(bisect_left(starts, q.cue.start), len(starts) - 1)
    acc = tokens(doc)[k]
    if acc.lower_ != "according":
        return None
    verbs = speech_verbs()

    def outside(t) -> bool:
        return not (q.start <= t.idx < q.end)

    def speaking(v) -> bool:
        return v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in verbs and v.tag_ != "VBN" and outside(v)

    found = [acc.head] if speaking(acc.head) else []
    if not found:
        found = [v for v in span_tokens(sentence_of(doc, acc.i)) if speaking(v)
                 and any(c.dep_ in SUBJECTS and outside(c) for c in children(v))]
        if len(found) != 1:
            return None                   # (none, or two speakers to choose from)
    subj = next((c for c in children(found[0]) if c.dep_ in SUBJECTS and outside(c)), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or subj.lower_ in ("it", "this", "that", "i", "we"):
        return None
    if acc.i in {t.i for t in subj.subtree}:
        return None                       # (the outer source itself)
    return speaker_span(subj)
