"""Descriptions of people and groups (`the Syrian strongman`, `Russian officials`), demonyms, possessives."""
from __future__ import annotations

import dataclasses
from typing import Optional

from ...lexicon import actors as lex
from .common import (_BLOC_WORDS, _CONTEXT_CHARS, _COUNTRYLESS_GROUPS, _FORMER, _NEEDS_COUNTRY, _STATE_NOUNS, _Cluster,
                     _title_heads)


class _Descriptions:
    """Descriptions of people and groups (`the Syrian strongman`, `Russian officials`), demonyms, possessives."""

    # -- 3. descriptions of people and groups, demonyms, possessives
    def descriptions(self) -> None:
        doc = self.doc
        groups = lex.titles()
        heads = _title_heads()
        for tok in self.toks:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in self.person_at:
                continue
            if tok.lower_ not in heads and tok.lemma_.lower() not in heads:
                if tok.tag_ in ("NNS", "NNPS") and tok.i not in self.hits and tok.text[:1].isupper() \
                        and not self.skipped(tok.idx, tok.idx + len(tok)):
                    self._plural_demonym(tok)
                continue
            if self.skipped(tok.idx, tok.idx + len(tok)):
                continue
            words = self._head_phrase(tok)
            if words is None:
                continue
            phrase, kinds = words
            if " of " in phrase or " for " in phrase:  # `the Polish head of state`: the first noun heads it
                first = self.toks[tok.i - len(phrase.split()) + 1]
                if first.i in self.person_at or tok.head.head.i != first.i:
                    continue
                tok = first
            elif self._heads_longer(tok):
                continue                              # `secretary` of `secretary of state` waits for `state`
            if "person" in kinds and tok.tag_ not in ("NNS", "NNPS") and \
                    not any(ch.dep_ in ("compound", "appos") and ch.i > tok.i for ch in tok.children) and \
                    not (tok.dep_ == "compound" and tok.head.i in self.person_at) and \
                    not (tok.i + 1 < len(doc) and doc[tok.i + 1].i in self.person_at):
                self._person_description(tok, kinds["person"])
            elif "group" in kinds:
                self._group(tok, kinds["group"])
            elif "civil" in kinds:
                self._group(tok, kinds["civil"], civil=True)

    def _heads_longer(self, tok) -> bool:
        """True when this noun begins a longer `X of Y` title (`secretary of state`, `minister of defence`)."""
        toks = self.toks
        for n in (2, 3):
            if tok.i + n < len(toks) and toks[tok.i + 1].lower_ in ("of", "for"):
                words = [tok.lower_] + [t.lower_ for t in toks[tok.i + 1:tok.i + n + 1]]
                if " ".join(words) in lex.titles():
                    return True
        return False

    def _head_phrase(self, tok):
        """The longest title or group phrase ending at this noun (`armed opposition`, `top diplomat`)."""
        table = lex.titles()
        doc = self.doc
        for n in (4, 3, 2, 1):
            if tok.i - n + 1 < 0:
                continue
            seq = [t.lower_ for t in doc[tok.i - n + 1:tok.i]]
            for last in (tok.lower_, tok.lemma_.lower()):
                kinds = table.get(" ".join(seq + [last]))
                if kinds:
                    return " ".join(seq + [last]), kinds
        return None

    def _modifiers(self, head) -> tuple[list, Optional[_Cluster]]:
        """Countries named in a noun's modifiers (demonyms, `Russia's`, compound names, conjoined
        demonyms), and a person who possesses it (`Assad's troops`, `the Assad regime`)."""
        isos, owner = [], None
        for child in head.children:
            if child.i > head.i or child.dep_ not in ("amod", "compound", "poss", "nmod", "npadvmod"):
                continue
            for tok in [child] + [c for c in child.children if c.dep_ == "conj"]:
                h = self.hit_at(tok.i)
                if h and h[0] in ("DEM", "CTRY", "CAP"):
                    if h[1] not in isos:
                        isos.append(h[1])
                elif h and h[0] == "ORG" and h[1].kind == "state" and h[1].country not in isos:
                    isos.append(h[1].country)
                    self.body_sector[head.i] = h[1].sector         # `DEA officials` -> POL
                elif tok.i in self.person_at and owner is None:
                    owner = self.person_at[tok.i]
                elif tok.i in self.group_iso and self.group_iso[tok.i] not in isos:
                    isos.append(self.group_iso[tok.i])     # `the regime's forces`
        return isos, owner

    def _org_in(self, head, start: int, end: int) -> Optional[lex.Organisation]:
        """An organisation (not a state body) that modifies a group noun or is its `of`-object:
        `Taliban fighters`, `rebels of the Free Syrian Army`."""
        near = [c for c in head.children if c.dep_ in ("compound", "nmod", "poss", "amod")]
        near += [o for p in head.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        for t in near:
            h = self.hit_at(t.i)
            if h and h[0] == "ORG" and h[1].kind == "org":
                return h[1]
        return None

    def _person_description(self, tok, title: lex.Title) -> None:
        """`the Syrian strongman`, `Russia's top diplomat`, `the senator` -> the person meant."""
        doc = self.doc
        dets = [c for c in tok.children if c.dep_ in ("det", "poss") and c.i < tok.i]
        isos, owner = self._modifiers(tok)
        if owner is not None:
            return                                    # `Assad's spokesman` is someone else
        if not dets or dets[0].lower_ in ("a", "an", "any", "some", "every", "each", "no", "another"):
            if isos and len(isos) == 1:               # `a Russian diplomat`, `Austrian journalist`
                s_char, e_char = self._np_bounds(tok)
                if not self.nested(s_char, e_char):
                    former = any(t.lower_ in _FORMER for t in doc[tok.left_edge.i:tok.i])
                    sector = "ELI" if former else (title.sector if title.sector != "IGO" else "GOV")
                    self.add(self.state(isos[0], sector, "former officials" if former else None), s_char, e_char)
                    self.taken.append((s_char, e_char))
            return
        if dets[0].lower_ in ("his", "her", "their", "its") and not isos:
            return
        iso = isos[0] if isos else None
        s_char, e_char = self._np_bounds(tok)
        if self.nested(s_char, e_char) or (s_char, e_char) in self.taken:
            return
        if any(t.lower_ in _FORMER for t in doc[tok.left_edge.i:tok.i]):
            c = self._who(iso, title, doc[tok.i].idx, former=True)   # `the former New Mexico governor`
            if c is not None:
                self.add(c, s_char, e_char)
                self.taken.append((s_char, e_char))
            return
        c = self._who(iso, title, doc[tok.i].idx)
        if c is None and iso is None and dets[0].lower_ == "the":
            near = self._context_country(tok.idx)
            if near is not None:
                c = self._who(near, title, doc[tok.i].idx, lexicon_only=True)
        if c is None:
            if iso is None:
                if dets[0].lower_ != "the" or title.role in ("counterpart", "official", "leader"):
                    return
                c = self.cluster(("D", title.role), title.role, sector=title.sector, role=title.role)
            else:
                c = self.state(iso, title.sector if title.sector != "IGO" else "GOV")
        self.add(c, s_char, e_char)
        self.taken.append((s_char, e_char))

    def _who(self, iso: Optional[str], title: lex.Title, at: int, lexicon_only: bool = False,
             former: bool = False) -> Optional[_Cluster]:
        """The person of this article (or, failing that, of the lexicon on this date) who fits a title."""
        def fits(country, role) -> bool:
            if iso and country != iso:
                return False
            if former != bool(role and role.startswith("former ")):
                return False
            if title.office:
                return lex.office_of(role) == title.office
            return bool(role) and title.role.split()[-1] in role
        best = None
        for c in self.clusters.values():
            if lexicon_only or c.key[0] not in ("P", "P?") or not c.mentions:
                continue
            if title.role == "counterpart":
                ok = iso is not None and c.country == iso
            else:
                ok = fits(c.country, c.role)
            if not ok:
                continue
            before = [m[0] for m in c.mentions if m[0] < at]
            rank = (bool(before), max(before, default=-1))
            if best is None or rank > best[0]:
                best = (rank, c)
        if best:
            return best[1]
        if iso and title.office and self.day and not former:
            found = [p for p in lex.people().values()
                     if any(o.holds(self.day) and o.country == iso and lex.office_of(o.role) == title.office
                            for o in p.offices)]
            if len(found) == 1:
                p = found[0]
                return self.cluster(("P", p.name), p.name, person=p)
        return None

    def _plural_demonym(self, tok) -> None:
        """`Palestinians`, `displaced Afghans`: the people of a country (no sector)."""
        word = tok.text
        for form in (word[:-1], word[:-2] if word.endswith("es") else None):
            iso = self.lex_countries.demonyms.get(form) if form else None
            if iso and form[:1].isupper():
                s_char, e_char = self._np_bounds(tok)
                if self.nested(s_char, e_char):
                    return
                c = self.cluster(("S", iso, None), word, country=iso, sector=None, role="people")
                self.add(c, s_char, e_char)
                self.taken.append((s_char, e_char))
                return

    def _countryless_group(self, title: lex.Title, s_char: int, e_char: int) -> None:
        """A group with no country in view (`the authorities`, `world powers`): an actor of its own, by sector and role."""
        name = self.ctx.text[s_char:e_char]
        for det in ("the ", "The "):
            name = name.removeprefix(det)
        c = self.cluster(("G", title.sector, title.role), name, sector=title.sector, role=title.role)
        self.add(c, s_char, e_char)
        self.taken.append((s_char, e_char))

    def _context_country(self, at: int) -> Optional[str]:
        """The country named last before a character offset (a country, demonym or capital, places too, or
        a person of known country), if close enough; else the country of the dateline's place."""
        best = None
        for s, (label, entry, e) in self.hits.items():
            if label in ("CTRY", "DEM", "CAP"):
                start = self.doc[s].idx
                if at - _CONTEXT_CHARS <= start < at and (best is None or start > best[0]):
                    best = (start, entry)
        for i, c in self.person_at.items():
            start = self.toks[i].idx
            if c.country and c.country != "IGO" and at - _CONTEXT_CHARS <= start < at and \
                    (best is None or start > best[0]):
                best = (start, c.country)
        if best:
            return best[1]
        dl = self.ctx.layout.dateline
        place = dl.place if dl is not None else None
        if place:
            cs = self.lex_countries
            return cs.capitals.get(place) or cs.names.get(place) or cs.capitals.get(place.title())
        return None

    def _group(self, tok, title: lex.Title, civil: bool = False) -> None:
        """`Russian officials`, `Assad's troops`, `the armed opposition`, `Hungarian and Romanian officials`."""
        if tok.i + 1 < len(self.toks) and self.toks[tok.i + 1].text == "-":
            return                                    # `rebel-held`, `government-backed`
        if any(c.lower_ in _FORMER for c in tok.lefts):
            title = dataclasses.replace(title, sector="ELI", role="former " + title.role)
        if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
            return                                    # `police station`, `government forces` (head decides)
        isos, owner = self._modifiers(tok)
        if owner is not None and owner.country and owner.country != "IGO":
            isos = [owner.country]
        if not isos:
            poss = [c for c in tok.children if c.dep_ == "poss"]
            if poss and (h := self.hit_at(poss[0].i)) and h[0] in ("CTRY", "CAP"):
                isos = [h[1]]
        s_char, e_char = self._np_bounds(tok)
        if self.nested(s_char, e_char) or any((s_char, e_char) in c.mentions for c in self.clusters.values()):
            return
        org = self._org_in(tok, s_char, e_char)
        if org is not None:                           # `Taliban fighters`, `rebels of the Free Syrian Army`
            self._org(org, s_char, e_char)
            self.taken.append((s_char, e_char))
            return
        if not isos:                                      # `the administration of President Obama`
            for prep in tok.rights:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        h = self.hit_at(obj.i)
                        if obj.i in self.person_at and self.person_at[obj.i].country not in (None, "IGO"):
                            isos = [self.person_at[obj.i].country]
                        elif h and h[0] in ("CTRY", "CAP", "DEM"):
                            isos = [h[1]]
        lemma = tok.lemma_.lower()
        if not isos and title.sector in _NEEDS_COUNTRY and title.phrase not in _COUNTRYLESS_GROUPS:
            dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
            places = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and
                      c.text[:1].isupper() and (c.pos_ == "PROPN" or c.ent_type_ or not c.is_sent_start)]
            if places or (tok.lower_ in ("government", "court") and tok.text[0].isupper() and dets):
                s0 = places[0].left_edge.i if places else tok.i  # `the West Bengal government`, `A Delhi court`
                name = self.doc[s0:tok.i + 1].text
                c = self.cluster(("G", title.sector, name.lower()), name, sector=title.sector, role=title.role)
                self.add(c, s_char, e_char)
                self.taken.append((s_char, e_char))
                return
            if dets[:1] not in (["the"], []) or (not dets and tok.tag_ in ("NNS", "NNPS")):
                return
            near = self.lemma_iso.get(lemma)
            located = [o for p in tok.rights if p.dep_ == "prep" and p.lower_ in ("in", "of")
                       for o in p.children if o.dep_ == "pobj"]
            if near is None and located:              # `the court in The Hague`: that place decides
                h = self.hit_at(located[0].i)
                near = h[1] if h and h[0] in ("CTRY", "CAP") else None
            elif near is None and lemma in _STATE_NOUNS:
                near = self._context_country(tok.idx)
            if near is None:                              # `the authorities`, `Police`: no country known
                self._countryless_group(title, s_char, e_char)
                return
            isos = [near]                                 # `the regime`, `the army`: the country in view
        if len(isos) == 1:
            self.group_iso[tok.i] = isos[0]
            self.lemma_iso[lemma] = isos[0]
        if not isos:
            if civil:
                return
            if title.phrase in ("powers", "leaders") and not any(
                    c.lower_ in _BLOC_WORDS for c in tok.children if c.dep_ in ("amod", "compound")):
                return
            self._countryless_group(title, s_char, e_char)
            return
        sector = title.sector if title.sector != "IGO" else "GOV"
        if sector == "GOV" and self.body_sector.get(tok.i, "GOV") != "GOV" and len(isos) == 1:
            sector = self.body_sector[tok.i]
        members = [self.state(iso, sector, title.role if sector != "GOV" else None) for iso in isos]
        if len(members) == 1:
            self.add(members[0], s_char, e_char)
        else:
            text = self.ctx.text[s_char:e_char]
            comp = self.cluster(("C", text), text.removeprefix("the ").removeprefix("The "), sector=sector,
                                role=title.role)
            comp.members = members
            self.add(comp, s_char, e_char)
            for m in members:                          # each member keeps its own word
                for t in self.doc.char_span(s_char, e_char, alignment_mode="expand") or ():
                    h = self.hit_at(t.i)
                    if h and h[1] == m.country:
                        self.add(m, t.idx, t.idx + len(t))
        self.taken.append((s_char, e_char))
