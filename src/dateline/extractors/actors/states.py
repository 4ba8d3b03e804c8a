"""States, capitals and organisations: lexicon hits in actor positions, and ORG entities by their words."""
from __future__ import annotations

from typing import Optional

from ...lexicon import actors as lex
from .common import _ACTOR_DEPS, _LOCATIVE


class _StatesAndOrgs:
    """States, capitals and organisations: lexicon hits in actor positions, and ORG entities by their words."""

    # -- 4. states, capitals and organisations
    def states_and_orgs(self) -> None:
        doc = self.doc
        for s, (label, entry, e) in sorted(self.hits.items()):
            span = doc[s:e]
            start, end = span.start_char, span.end_char
            if s in self.person_at or self.nested(start, end) or (start, end) in self.taken:
                continue
            root = span.root
            dep, head = self._dep(root)
            if label == "ORG":
                self._org(entry, start, end)
            elif label == "CTRY":
                if dep == "pobj" and head.lower_ in _LOCATIVE:
                    continue
                if dep in ("amod", "nmod", "compound") and head.i in self.person_at:
                    continue
                self.add(self.state(entry), start, end)
            elif label == "CAP":
                if dep in _ACTOR_DEPS or (dep == "pobj" and head.lower_ == "by"):
                    self.add(self.state(entry), start, end)

    def _dep(self, tok):
        """The dependency of a word, through conjunctions (`Russia and China have ...`)."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj":
            return "pobj", head
        return tok.dep_, head

    def _org(self, org: lex.Organisation, start: int, end: int) -> None:
        if org.kind == "state" and org.country:
            self.add(self.state(org.country, org.sector, org.role), start, end)
            return
        c = self.cluster(("O", org.name), org.name, country=org.country, sector=org.sector, role=org.role)
        self.add(c, start, end)

    def unknown_orgs(self) -> None:
        """ORG entities in no lexicon: a sector from the words of the name, a country from a word in it."""
        words = lex.org_words()
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or self.skipped(ent.start_char, ent.end_char):
                continue
            if any(self.hits.get(i) and self.hits[i][0] in ("ORG", "PER") for i in range(ent.start, ent.end)):
                continue
            if any(i in self.person_at for i in range(ent.start, ent.end)):
                continue
            sector = next((words[t.lower_] for t in reversed(ent) if t.lower_ in words), None)
            if sector is None and (self._headline(ent) or (len(ent) == 1 and not ent.text.isupper() and (
                    ent.root.dep_ not in ("nsubj", "nsubjpass", "agent", "dobj") or
                    ent.root.lower_ in lex.title_words()))):
                continue                              # `Limited Tools` (a subhead), `Medicare`, `State`
            if all(t.is_punct or t.i in self.hits or t.is_stop for t in ent) or \
                    not any(t.pos_ == "PROPN" or t.text.isupper() for t in ent):
                continue
            country = None
            for t in ent:
                h = self.hit_at(t.i)
                if h and h[0] in ("CTRY", "DEM"):
                    country = h[1]
                    break
            s, e = ent.start, ent.end
            while s < e and self.doc[s].pos_ == "DET":
                s += 1
            while e > s and (self.doc[e - 1].text in ("'s", "’s") or self.doc[e - 1].pos_ in ("ADP", "PUNCT", "CCONJ")):
                e -= 1
            if s >= e:
                continue
            self._unknown_org(s, e, sector, country)
        for tok in self.toks:                          # `The Madras High Court`, missed by the tagger
            if tok.lower_ not in words or tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ == "compound":
                continue
            s = tok.i
            while s > 0 and self.doc[s - 1].pos_ == "PROPN" and self.doc[s - 1].head.i == tok.i and \
                    not self.doc[s - 1].ent_type_ in ("PERSON", "DATE"):
                s -= 1
            if s < tok.i and not self.skipped(self.doc[s].idx, tok.idx + len(tok)):
                self._unknown_org(s, tok.i + 1, words[tok.lower_], None)

    def _headline(self, span) -> bool:
        """True for a span on a short line in title case (a headline or subhead: `Limited Tools`)."""
        text = self.ctx.text
        lo = text.rfind("\n", 0, span.start_char) + 1
        hi = text.find("\n", span.end_char)
        line = text[lo:hi if hi >= 0 else len(text)]
        words = [w for w in line.split() if w[:1].isalpha()]
        return len(line) < 100 and len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)

    def _unknown_org(self, s: int, e: int, sector: Optional[str], country: Optional[str]) -> None:
        start, end = self.doc[s].idx, self.doc[e - 1].idx + len(self.doc[e - 1])
        if self.nested(start, end) or any(i in self.person_at for i in range(s, e)) or any(
                ms < end and start < me for c in self.clusters.values() for ms, me in c.mentions):
            return
        name = self.doc[s:e].text
        c = self.cluster(("O", name), name, country=country, sector=sector)
        self.add(c, start, end)
