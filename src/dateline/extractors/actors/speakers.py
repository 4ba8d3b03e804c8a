"""Speakers: each quote speaker joins the actor its name resolves to."""
from __future__ import annotations

from typing import Optional

from ...lexicon import actors as lex
from ...records import Quote
from .common import _Cluster


class _Speakers:
    """Speakers: each quote speaker joins the actor its name resolves to."""

    # -- 5. speakers
    def speakers(self, quotes: list[Quote]) -> None:
        """Every quote speaker joins the actor of the name it resolves to (or a new person)."""
        self.speaker_of: dict[int, _Cluster] = {}
        for k, q in enumerate(quotes):
            sp = q.speaker
            if sp is None or self.skipped(sp.start, sp.end):
                continue
            c = None
            for s, e in ([(sp.name.start, sp.name.end)] if sp.name else []) + [(sp.start, sp.end)]:
                c = self._cluster_at(s, e)
                if c is not None:
                    break
            if c is None and sp.name is not None and any(w[:1].isupper() for w in sp.name.text.split()):
                span = self.doc.char_span(sp.name.start, sp.name.end, alignment_mode="expand")
                if span is not None and any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in span):
                    name = sp.name.text.removesuffix("'s").removesuffix("’s")
                    c = self.cluster(("P?", name), name)
                    self.add(c, sp.name.start, sp.name.start + len(name))
            if c is None:
                continue
            self.speaker_of[k] = c
            if not self._names_other(c, sp.start, sp.end) and self._personal(sp.start, sp.end):
                self.add(c, sp.start, sp.end)

    def _personal(self, start: int, end: int) -> bool:
        """A speaker span that names a person: a pronoun, a name, or a title (not `the advertisement`)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(t.pos_ in ("PRON", "PROPN") or t.lower_ in lex.title_words()
                                        for t in span)

    def _names_other(self, c: _Cluster, start: int, end: int) -> bool:
        """True when a span is already covered by a mention of this actor or overlaps another actor's."""
        if any(s <= start and end <= e for s, e in c.mentions):
            return True
        return any(min(e, end) > max(s, start) for o in self.clusters.values() if o is not c
                   for s, e in o.mentions)

    def _cluster_at(self, start: int, end: int) -> Optional[_Cluster]:
        best = None
        for c in self.clusters.values():
            for s, e in c.mentions:
                ov = min(e, end) - max(s, start)
                if ov > 0:
                    rank = (c.key[0] in ("P", "P?"), ov, -(e - s))
                    if best is None or rank > best[0]:
                        best = (rank, c)
        return best[1] if best else None
