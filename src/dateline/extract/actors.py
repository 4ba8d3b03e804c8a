"""Political actors: one per article for each person, group, organisation or state, with country and sector codes.

Mentions come from one phrase-matcher pass over the lexicons (people, organisations, media, country names,
demonyms, capitals) and from spaCy's PERSON/ORG entities, then are grouped into actors:
- people: full names, later surname-only mentions, titles before the name (`Russian Foreign Minister Sergei
  Lavrov`), appositions, descriptions (`Russia's top diplomat`, `the Syrian strongman`), and quote speakers;
  lexicon people get the office they held on the article's date (`former ...`, sector ELI, after it);
- states: country names (not after `in`, `at`...), capitals only as subject/object/possessor (`Moscow backed`),
  demonym + group noun (`Russian officials` -> RUS GOV, `Syrian troops` -> SYR MIL), a person's possessive
  (`Assad's troops` -> SYR MIL, `the Assad regime` -> SYR GOV);
- organisations and media from the lexicons, other ORG entities by the words of their names;
- groups without a country (`the armed opposition`, `world powers`); compound actors (`Hungarian and Romanian
  officials`) list their members.
Actor ids are "A1", "A2", ... in the order of each actor's first mention.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
from typing import Iterable, Optional

from ..lexicon import actors as lex
from ..records import Actor, Mention, Quote
from . import Context
from .quotes.lexicon import given_names

_LOCATIVE = frozenset("in inside within across throughout at near into around outside".split())
_ACTOR_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "poss", "agent", "dative", "appos"))
_PREFIX_WORDS = frozenset("former then ex acting outgoing incoming new senior chief top deputy interim "
                          "visiting late".split())
_FORMER = frozenset(("former", "ex", "then", "late"))
_NEEDS_COUNTRY = frozenset(("GOV", "MIL", "POL", "LEG", "JUD", "SPY", "IGO"))   # `the army` needs a country
_STATE_NOUNS = frozenset("government regime authority authorities administration police army military "
                         "force forces troops leadership cabinet ministry".split())
_CONTEXT_CHARS = 400            # `the government`: the country named last, this close before
_COUNTRYLESS_GROUPS = frozenset(("powers", "leaders", "peacekeepers"))
_BLOC_WORDS = frozenset("world western global major great foreign regional international european arab asian "
                        "african gulf big".split())     # `world powers`, not `the Council's considerable powers`
_PERSON_LABELS = frozenset(("PERSON",))
_PRONOUNS = {"he": "M", "his": "M", "she": "F", "her": "F", "it": "it", "its": "it", "they": "they",
             "their": "they"}          # pronoun -> what its antecedent must be (gender, or state/org, or plural)
_EXPLETIVE_HEADS = frozenset("be seem appear remain become take make look matter happen emerge follow "
                             "rain come".split())   # `it is clear that`, `it seems`: no antecedent


# ---------------------------------------------------------------- the matcher (built once)
@functools.lru_cache(maxsize=2)
def _matcher(vocab):
    """One PhraseMatcher (exact case) over every written form of the lexicons, labelled by kind."""
    from spacy.matcher import PhraseMatcher

    from .. import nlp

    make = nlp.load().make_doc
    matcher = PhraseMatcher(vocab, attr="ORTH")
    countries = lex.countries()
    groups = {
        "PER": lex.person_forms(),
        "ORG": lex.organisation_forms(),
        "CTRY": countries.names,
        "CAP": countries.capitals,
        "DEM": countries.demonyms,
    }
    for label, forms in groups.items():
        matcher.add(label, [make(f) for f in forms])
        matcher.add(label, [make(f.upper()) for f in forms if f.upper() != f and len(f) > 3])
    return matcher


@functools.lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """The last word of every title and group phrase: a noun that is none of them is no description."""
    return frozenset(p.split()[-1] for p in lex.titles())


# ---------------------------------------------------------------- the actors being built
@dataclasses.dataclass
class _Cluster:
    key: tuple
    name: str
    country: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    mentions: set = dataclasses.field(default_factory=set)
    members: list = dataclasses.field(default_factory=list)
    person: Optional[lex.Person] = None

    @property
    def first(self) -> int:
        return min(s for s, _ in self.mentions) if self.mentions else 10 ** 9

    @property
    def surname(self) -> str:
        return self.name.split()[-1] if self.name else ""


@dataclasses.dataclass
class _TitleInfo:
    start: int                      # first token of the title words kept in the mention
    country: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    office: Optional[str] = None
    org: Optional[lex.Organisation] = None
    former: bool = False
    titled: bool = False            # a title word was found (`counterpart` gives no role of its own)


class _Builder:
    """Collects mentions into clusters for one article."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.doc = ctx.doc
        self.toks = list(ctx.doc)                     # token objects made once for the passes below
        self.day = ctx.layout.published
        self.clusters: dict[tuple, _Cluster] = {}
        self.taken: list[tuple[int, int]] = []       # person/description spans: nothing nested is added
        self.lex_countries = lex.countries()
        self.hits: dict[int, tuple[str, object, int]] = {}   # token index -> (label, entry, end token)
        self.person_at: dict[int, _Cluster] = {}     # token index of a person name -> its cluster
        self.group_iso: dict[int, str] = {}           # token index of a group noun -> its country
        self.body_sector: dict[int, str] = {}         # group noun -> sector of the state body modifying it
        self.lemma_iso: dict[str, str] = {}           # group noun lemma -> the country it last had

    # -- helpers
    def skipped(self, start: int, end: int) -> bool:
        return self.ctx.skipped(start, end)

    def nested(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e and (s, e) != (start, end) for s, e in self.taken)

    def cluster(self, key: tuple, name: str, **attrs) -> _Cluster:
        c = self.clusters.get(key)
        if c is None:
            c = self.clusters[key] = _Cluster(key=key, name=name, **attrs)
            if c.person is not None:
                c.country, c.sector, c.role = c.person.at(self.day)
        return c

    def add(self, c: _Cluster, start: int, end: int) -> None:
        text = self.ctx.text
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        while start < end and (text[start].isspace() or text[start] in ",;:―—–-("):
            start += 1
        if end > start and not self.skipped(start, end):
            c.mentions.add((start, end))

    def state(self, iso3: str, sector: str = "GOV", role: Optional[str] = None) -> _Cluster:
        """The one actor of a country for a sector (GOV: the state itself)."""
        cs = self.lex_countries
        if sector == "GOV":
            return self.cluster(("S", iso3, "GOV"), cs.display.get(iso3, iso3), country=iso3, sector="GOV",
                                role="state")
        adj = cs.adjective.get(iso3) or cs.display.get(iso3, iso3)
        role = role or {"MIL": "military", "POL": "police", "LEG": "legislature", "JUD": "judiciary",
                        "REB": "rebels", "OPP": "opposition", "CVL": "civilians"}.get(sector, sector.lower())
        return self.cluster(("S", iso3, sector), f"{adj} {role}", country=iso3, sector=sector, role=role)

    # -- 1. lexicon hits
    def find_hits(self) -> None:
        """Lexicon matches, longest first, none overlapping; place words inside longer names left out."""
        doc = self.doc
        matches = _matcher(doc.vocab)(doc)
        longer = [en for en in doc.ents if en.label_ in ("ORG", "FAC", "GPE", "LOC", "PERSON", "WORK_OF_ART", "EVENT")]
        ents = []                                   # names a place word may hide in (cores: no `the`, no `'s`)
        for ent in doc.ents:
            if ent.label_ in _PERSON_LABELS or ent.label_ in ("GPE", "LOC", "FAC"):
                s, e = ent.start, ent.end
                while s < e and doc[s].pos_ == "DET":
                    s += 1
                while e > s and doc[e - 1].text in ("'s", "’s", "'", "’"):
                    e -= 1
                if e > s:
                    ents.append(doc[s:e])
        spans = []
        for match_id, s, e in matches:
            label = doc.vocab.strings[match_id]
            spans.append((e - s, s, e, label))
        spans.sort(key=lambda x: (-x[0], x[1]))
        used = set()
        for _, s, e, label in spans:
            if any(i in used for i in range(s, e)):
                continue
            if label != "PER" and label != "ORG":
                # a place word inside a longer name ("Israel Katz", "George Washington", "New Mexico")
                if any(en.start <= s and e <= en.end and en.end - en.start > e - s for en in ents):
                    continue
            elif label == "ORG" and e - s == 1 and any(
                    en.start <= s and e <= en.end and len(en) > 1 for en in longer):
                continue                              # `House` in `State House`
            span = doc[s:e]
            if self.skipped(span.start_char, span.end_char):
                continue
            entry = self._entry(label, span.text)
            if entry is None:
                continue
            used.update(range(s, e))
            self.hits[s] = (label, entry, e)

    def _entry(self, label: str, text: str):
        """The lexicon entry a matched text stands for (a form in capitals is looked up in title case)."""
        if label == "PER":                            # the written form (capitals: `SERGEI LAVROV`)
            return text if text in lex.person_forms() else text.title()
        if label == "ORG":
            return lex.organisation_forms().get(text) or lex.organisation_forms().get(text.title())
        table = {"CTRY": self.lex_countries.names, "CAP": self.lex_countries.capitals,
                 "DEM": self.lex_countries.demonyms}[label]
        return table.get(text) or table.get(text.title())

    def hit_at(self, i: int):
        """The hit that covers token i: (label, entry, start, end) or None."""
        for s in range(i, max(-1, i - 8), -1):
            h = self.hits.get(s)
            if h and s <= i < h[2]:
                return h[0], h[1], s, h[2]
        return None

    # -- 2. people
    def people(self) -> None:
        doc = self.doc
        cands = []                           # (start tok, end tok, form, from_ent)
        covered = set()
        for ent in doc.ents:
            if self.skipped(ent.start_char, ent.end_char):
                continue
            if ent.label_ not in _PERSON_LABELS and not self._titled_name(ent):
                continue
            s, e = ent.start, ent.end
            while e > s and (doc[e - 1].text in ("'s", "’s", "'", "’") or doc[e - 1].is_punct):
                e -= 1
            while s < e and (doc[s].is_punct or doc[s].pos_ == "DET" or doc[s].is_space):
                s += 1                                # `― Jacklyn Ashley`, `a Mitt Romney`
            while s < e and doc[s].lower_ in lex.title_words() and doc[s:e].text not in lex.person_forms():
                s += 1
            if s >= e:
                continue
            h = self.hits.get(s)
            if h and h[0] != "PER" and h[2] == e:
                continue                              # `Kiev` tagged PERSON: a capital, not a person
            last = doc[e - 1].lower_
            if e - s > 1 and last in lex.org_words() and doc[s:e].text not in lex.person_forms():
                self._unknown_org(s, e, lex.org_words()[last], None)   # `Delhi Police` tagged PERSON
                continue
            # a lexicon name that overlaps the entity at its start (the entity may run on)
            h = self.hits.get(s)
            if h and h[0] == "PER" and h[2] >= e:
                s, e = s, h[2]
            else:                                     # `Crooked Hillary Clinton`: the name ends the entity
                for k in range(s + 1, e):
                    h = self.hits.get(k)
                    if h and h[0] == "PER" and h[2] == e:
                        s = k
                        break
            cands.append((s, e, doc[s:e].text, True))
            covered.update(range(s, e))
        for s, (label, entry, e) in self.hits.items():
            if label == "PER" and not any(i in covered for i in range(s, e)):
                if e - s == 1 and doc[s].pos_ != "PROPN":
                    continue                          # `Ban on imports`, `Rice prices`
                cands.append((s, e, entry, False))
        cands.sort()
        full = [c for c in cands if c[1] - c[0] > 1 or self._lexicon_person(c[2])]
        single = [c for c in cands if c not in full]
        for s, e, form, _ in full:
            person = self._lexicon_person(form)
            if person is None and e - s > 1 and form not in lex.person_forms():
                person = self._first_name_match(doc[s:e])
            if person is not None:
                c = self.cluster(("P", person.name), person.name, person=person)
            else:
                key = ("P?", " ".join(t.text for t in doc[s:e]))
                if e - s == 1 and not self._person_like(doc[s]):
                    continue
                c = self._same_name(key[1]) or self.cluster(key, key[1])
            self._person_mention(c, s, e)
        # surname-only mentions: a full name of this article first, then the lexicon, then a new person
        for s, e, form, from_ent in single:
            c = self._by_surname(form, s)
            if c is None and from_ent:
                c = self._by_first_name(form)
            if c is None:
                if not self._person_like(doc[s]):
                    continue
                c = self.cluster(("P?", form), form)
            self._person_mention(c, s, e)
        # single-word entities of any other label that are a surname of this article ("Hague" as GPE)
        surnames = {}
        for c in self.clusters.values():
            if c.key[0] in ("P", "P?") and len(c.name.split()) > 1:
                surnames.setdefault(c.surname, c)
        for tok in self.toks:
            if tok.text not in surnames or tok.i in self.person_at or tok.pos_ not in ("PROPN", "NOUN"):
                continue
            if self.skipped(tok.idx, tok.idx + len(tok)):
                continue
            if tok.i > 0 and doc[tok.i - 1].lower_ == "the":
                continue                                      # The Hague
            if tok.ent_type_ and tok.ent_type_ != "PERSON" and (tok.ent_iob_ != "B" or
                                                                  doc[tok.i + 1:tok.i + 2].text[:1].isupper()
                                                                  and doc[tok.i + 1].ent_iob_ == "I"):
                continue                                      # part of a longer name of another kind
            h = self.hit_at(tok.i)
            if h and h[0] == "ORG":
                continue
            self.hits.pop(tok.i, None)
            self._person_mention(surnames[tok.text], tok.i, tok.i + 1)

    def _same_name(self, name: str) -> Optional[_Cluster]:
        """An unknown person already met whose full name ends this one or is ended by it
        (`Alicia Machado` and `Miss Universe Alicia Machado`)."""
        words = name.split()
        for c in self.clusters.values():
            if c.key[0] != "P?":
                continue
            other = c.name.split()
            n = min(len(words), len(other))
            if n > 1 and words[-n:] == other[-n:]:
                return c
        return None

    def _titled_name(self, ent) -> bool:
        """A name the tagger did not call PERSON that a person title introduces: `a Lebanese lawyer,
        Kareem Majbour` (ORG), `spokesman Bahram Qassemi`."""
        if ent.label_ not in ("ORG", "GPE", "NORP") or len(ent) < 2 or any(
                t.i in self.hits for t in ent) or ent[-1].lower_ in lex.org_words():
            return False
        root = ent.root
        if root.dep_ == "appos" and self._is_title(root.head):
            return True
        before = self.toks[ent.start - 1] if ent.start > 0 else None
        return before is not None and before.lower_ in lex.title_words() and self._is_title(before)

    @staticmethod
    def _is_title(tok) -> bool:
        kinds = lex.titles().get(tok.lower_) or lex.titles().get(tok.lemma_.lower()) or {}
        return "person" in kinds

    def _lexicon_person(self, form: str) -> Optional[lex.Person]:
        person = lex.resolve_person(form, self.day)
        if person is None and form.isupper():        # a headline in capitals
            person = lex.resolve_person(form.title(), self.day)
        return person

    def _first_name_match(self, span) -> Optional[lex.Person]:
        """`Sergey V. Lavrov`: a lexicon person whose surname and first name agree with a longer entity."""
        last = span[-1].text
        person = self._lexicon_person(last)
        if person and person.name.split()[0] == span[0].text:
            return person
        return None

    def _by_surname(self, form: str, s: int) -> Optional[_Cluster]:
        best = None
        for c in self.clusters.values():
            if c.key[0] not in ("P", "P?"):
                continue
            parts = c.name.split()
            forms = set(c.person.aliases) if c.person else set()
            if form in forms or (len(parts) > 1 and form == parts[-1]) or \
                    (len(parts) > 1 and form == parts[-1].split("-")[-1]):
                before = [m for m in c.mentions if m[0] <= self.doc[s].idx]
                rank = (bool(before), max((m[0] for m in before), default=-1))
                if best is None or rank > best[0]:
                    best = (rank, c)
        if best:
            return best[1]
        person = self._lexicon_person(form)
        if person is not None:
            return self.cluster(("P", person.name), person.name, person=person)
        return None

    def _by_first_name(self, form: str) -> Optional[_Cluster]:
        """`Donald` alone: the one person of this article with that first name, if only one."""
        found = [c for c in self.clusters.values()
                 if c.key[0] in ("P", "P?") and len(c.name.split()) > 1 and c.name.split()[0] == form]
        return found[0] if len(found) == 1 else None

    def _person_like(self, tok) -> bool:
        """An unknown one-word name is a person only as the subject of a verb or after a title: `Houla` in
        `the massacre in Houla` or `the Houla massacre` is a place."""
        if tok.i > 0 and self.doc[tok.i - 1].lower_ in lex.title_words():
            return True
        return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")

    def _person_mention(self, c: _Cluster, s: int, e: int) -> None:
        doc = self.doc
        info = self._title_before(s)
        start = doc[info.start].idx if info else doc[s].idx
        end = doc[e - 1].idx + len(doc[e - 1])
        if info:
            self._apply_title(c, info)
        for i in range(s, e):
            self.person_at[i] = c
        self.add(c, start, end)
        self.taken.append((start, end))
        # an apposition that says who he is: `Sergei Lavrov, Russia's foreign minister,`
        root = doc[e - 1]
        for child in root.children:
            if child.dep_ == "appos" and not s <= child.i < e and \
                    (child.i > root.i or child.right_edge.i < (info.start if info else s)):
                desc = self._description_info(child)
                if desc:
                    self._apply_title(c, desc)
                    ds, de = self._np_bounds(child)
                    self.add(c, ds, de)
                    self.taken.append((ds, de))
        if root.dep_ == "appos" and root.head.i < (info.start if info else s):
            desc = self._description_info(root.head)
            if desc:
                self._apply_title(c, desc)
                ds, de = self._np_bounds(root.head)
                if de <= doc[s].idx:
                    self.add(c, ds, de)
                    self.taken.append((ds, de))

    def _title_before(self, s: int) -> Optional[_TitleInfo]:
        """The title words right before a name: `Russian Foreign Minister`, `UN-Arab League peace envoy`."""
        doc = self.doc
        sent_start = doc[s].sent.start
        j = s - 1
        while j >= sent_start:
            tok = doc[j]
            h = self.hit_at(j)
            if tok.lower_ in lex.title_words() or tok.lower_ in _PREFIX_WORDS or \
                    (h and h[0] in ("CTRY", "DEM", "ORG", "CAP")) or \
                    (tok.text in ("'s", "’s") and j > sent_start) or \
                    (tok.text == "-" and j > sent_start and not tok.whitespace_ and not doc[j - 1].whitespace_):
                j -= 1
                continue
            break
        j += 1
        while j < s and (doc[j].text in ("-", "'s", "’s", "of") or doc[j].lower_ in ("visiting", "late")):
            j += 1
        if j >= s:
            return None
        info = self._title_info(doc[j:s])
        if info is None or not (info.titled or info.org is not None):
            return None
        if info.sector in (None, "GOV") and info.org is None:   # `church leader`, `Welfare Party (RP) leader`
            words = lex.org_words()
            for k in range(j - 1, max(sent_start, j - 5) - 1, -1):
                sector = words.get(doc[k].lower_)
                if sector and sector not in ("GOV", "MED", "BUS", "NGO"):
                    info.sector = sector
                    break
        return info

    def _title_info(self, span) -> Optional[_TitleInfo]:
        """Country, organisation, former and the longest title found in some words before or around a name."""
        if len(span) == 0:
            return None
        info = _TitleInfo(start=span.start)
        words = [t.lower_ for t in span]
        lemmas = [t.lemma_.lower() for t in span]
        best = None
        table = lex.titles()
        for i in range(len(words)):
            for k in range(min(len(words), i + 4), i, -1):
                for seq in (words[i:k], words[i:k - 1] + [lemmas[k - 1]]):
                    t = table.get(" ".join(seq), {}).get("person")
                    if t and (best is None or k - i > best[0] or (k - i == best[0] and k > best[1])):
                        best = (k - i, k, t)
        if best:
            t = best[2]
            info.titled = True
            info.sector, info.role, info.office = t.sector, t.role, t.office
            if t.role == "counterpart":
                info.role = None
        for tok in span:
            if tok.lower_ in _FORMER:
                info.former = True
            h = self.hit_at(tok.i)
            if not h:
                continue
            label, entry = h[0], h[1]
            if label in ("CTRY", "DEM", "CAP") and info.country is None:
                info.country = entry
            elif label == "ORG" and info.org is None:
                info.org = entry
        if info.org is not None:                      # `Hamas spokesman`, `Pentagon spokesman`, `UN envoy`
            info.country = info.country or info.org.country
            if info.sector in (None, "GOV") or info.org.country == "IGO":
                info.sector = info.org.sector
        elif info.sector in (None, "GOV"):            # `opposition spokesman`, `church leader`
            words = lex.org_words()
            for t in span:
                g = table.get(t.lower_, {}).get("group")
                if g is not None and g.sector not in ("GOV", "CVL"):
                    info.sector = g.sector
                    break
                if t.lower_ in words and words[t.lower_] not in ("GOV", "MED", "BUS", "NGO") and t.i + 1 < span.end:
                    info.sector = words[t.lower_]
                    break
        return info

    def _apply_title(self, c: _Cluster, info: _TitleInfo) -> None:
        if c.person is not None:
            return
        if info.country and not c.country:
            c.country = info.country
        if info.sector and not c.sector:
            c.sector = info.sector
        if info.role and not c.role:
            c.role = info.role
        if info.former and c.role and not c.role.startswith("former "):
            c.role, c.sector = "former " + c.role, "ELI"

    def _np_bounds(self, head) -> tuple[int, int]:
        """Character bounds of a noun phrase: the head with its determiners and modifiers on the left,
        and `of`-phrases on the right (`the secretary of state`)."""
        doc = self.doc
        s = head.i
        for child in reversed(list(head.lefts)):
            if child.dep_ in ("punct", "cc", "predet", "preconj", "prep", "relcl", "appos", "advmod") or \
                    child.ent_type_ in ("DATE", "TIME") or \
                    child.i != s - 1 and doc[child.right_edge.i].i != s - 1:
                break
            s = child.left_edge.i
        while s < head.i and (doc[s].is_punct or doc[s].dep_ in ("npadvmod", "cc", "prep") or
                              self.skipped(doc[s].idx, doc[s].idx + len(doc[s]))):
            s += 1
        e = head.i + 1
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:                              # `of state`, `of the Free Syrian Army`: the object only
                    e = max(e, objs[0].i + 1)
            elif child.dep_ in ("compound", "amod") and child.i == e:
                e += 1
            else:
                break
        return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])

    def _description_info(self, head) -> Optional[_TitleInfo]:
        """Title info of a description headed by a person title (`Russia's top diplomat`)."""
        lemma = head.lemma_.lower()
        if head.pos_ not in ("NOUN", "PROPN") or not any(
                (p.split()[-1] in (lemma, head.lower_)) and "person" in k for p, k in lex.titles().items()):
            return None
        s_char, e_char = self._np_bounds(head)
        span = self.doc.char_span(s_char, e_char, alignment_mode="expand")
        if span is None:
            return None
        return self._title_info(span)

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
                name = self.ctx.text[s_char:e_char]
                for det in ("the ", "The "):
                    name = name.removeprefix(det)
                c = self.cluster(("G", title.sector, title.role), name, sector=title.sector, role=title.role)
                self.add(c, s_char, e_char)
                self.taken.append((s_char, e_char))
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
            name = self.ctx.text[s_char:e_char]
            for det in ("the ", "The "):
                name = name.removeprefix(det)
            c = self.cluster(("G", title.sector, title.role), name, sector=title.sector, role=title.role)
            self.add(c, s_char, e_char)
            self.taken.append((s_char, e_char))
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

    # -- 6. coreference: descriptions and pronouns that point back to an actor already named
    def coref(self, quotes: list[Quote]) -> None:
        """`the kingdom`, `its Soviet-era ally`, `the rebels`, `he`, `its`, `they` outside quotes: each joins the
        actor it refers back to, by type and recency; anything unsure stays unlinked (one linear pass)."""
        doc = self.doc
        toks = self.toks
        sents = list(doc.sents)
        self.sent_of = sent_of = [0] * len(toks)
        for k, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = k
        in_quote = set()
        for q in quotes:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None:
                in_quote.update(range(span.start, span.end))
        self.in_quote = in_quote
        # the actor each mention's head word stands for; people first when two overlap
        owner: dict[int, _Cluster] = {}
        for c in sorted(self.clusters.values(), key=lambda c: c.key[0] in ("P", "P?")):
            for s, e in c.mentions:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    owner[span.root.i] = c
        self.owner = owner
        self.subjects = [[] for _ in sents]
        for t in toks:
            if t.dep_ in ("nsubj", "nsubjpass") and t.i not in in_quote:
                self.subjects[sent_of[t.i]].append(t)
        self.states = [(doc[s].idx, entry) for s, (label, entry, e) in sorted(self.hits.items())
                       if label == "CTRY"]
        for c in self.clusters.values():                # `Assad's regime`, `the Syrian government`
            if c.key[0] == "S" and c.sector == "GOV":
                self.states.extend((s, c.country) for s, _ in c.mentions)
        self.states.sort()
        nouns = lex.coref_nouns()
        for tok in toks:
            low = tok.lower_
            if low in _PRONOUNS:
                if tok.i not in in_quote and not self.skipped(tok.idx, tok.idx + len(tok)):
                    self._pronoun(tok)
            elif tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in nouns or low in nouns):
                if not self.skipped(tok.idx, tok.idx + len(tok)):
                    self._coref_noun(tok, nouns.get(low) or nouns[tok.lemma_.lower()])

    def _gender(self, c: _Cluster) -> Optional[str]:
        """M or F from the pronouns already linked to a person, the honorifics before its names and its given
        name (given_names.tsv); None when there is no cue or the cues disagree (`Mr. Clinton` and `Mrs. Clinton` joined by surname)."""
        text = self.ctx.text
        found = set()
        for s, e in c.mentions:
            word = text[s:e].lower()
            if word in ("he", "his", "him"):
                found.add("M")
            elif word in ("she", "her", "hers"):
                found.add("F")
            before = text[max(0, s - 6):s].lower().split()
            first = word.split()[0] if word.split() else ""
            for w in ([first] + before[-1:]):
                w = w.rstrip(".")
                if w in ("mr", "mister"):
                    found.add("M")
                elif w in ("mrs", "ms", "miss", "madam"):
                    found.add("F")
        words = c.name.split()
        if len(words) > 1 and c.key[0] in ("P", "P?"):    # `Ruth Amadi`: the given name (quotes' lexicon)
            g = given_names().get(words[0].lower())
            if g:
                found.add(g.upper())
        return found.pop() if len(found) == 1 else None

    def _antecedent(self, tok, want: str) -> Optional[_Cluster]:
        """The actor a pronoun refers to: the nearest compatible subject before it in its sentence, then the
        subjects of the two sentences before (first first); stops at a compatible subject that is no actor."""
        k = self.sent_of[tok.i]
        order = [t for t in reversed(self.subjects[k]) if t.i < tok.i]
        for j in (k - 1, k - 2):
            if j >= 0:
                order.extend(self.subjects[j])
        for t in order:
            who = t.lower_ == "who"                       # `an architect who said`: a person, maybe unnamed
            if t.lower_ in ("who", "that", "which") and t.head.dep_ == "relcl":
                t = t.head.head
            c = self.owner.get(t.i)
            plural = t.tag_ in ("NNS", "NNPS") or t.lower_ in ("they", "we") or \
                any(ch.dep_ == "conj" for ch in t.children)
            person = c.key[0] in ("P", "P?") if c is not None else (    # the actor decides: `Havana` as PERSON
                t.ent_type_ == "PERSON" or t.lower_ in ("he", "she", "i") or who or self._is_title(t))
            if want in ("M", "F"):
                if not person or plural:
                    continue
                if c is None:
                    return None
                g = self._gender(c)
                if g is not None and g != want:
                    continue
                return None if self._another_person(c, t.idx, tok.idx, want) else c
            if want == "it":
                if person or plural or t.pos_ not in ("NOUN", "PROPN", "PRON") or t.lower_ in ("you", "we", "i"):
                    continue
            elif want == "they":
                if person and plural:
                    return None                           # `Obama and Clinton ... they`: no single actor
                if person or not plural:
                    continue
            if c is None or c.key[0] not in ("S", "O", "G") or c.members:
                return None
            if self.sent_of[t.i] < k and self._another_group(c, t.idx, tok.idx):
                return None                               # `Russia ... prompted NATO at its summit`
            return c
        return None

    def _another_group(self, c: _Cluster, start: int, end: int) -> bool:
        """True when another state, organisation or group is named between an antecedent in an earlier
        sentence and the pronoun (`it`, `its`, `they`)."""
        return any(start < s < end for o in self.clusters.values() if o is not c and o.key[0] in ("S", "O", "G")
                   for s, _ in o.mentions)

    def _another_person(self, c: _Cluster, start: int, end: int, want: str) -> bool:
        """True when another person who may be `he`/`she` is named between the antecedent and the pronoun
        (`Kaine commuted ... concerns he had been`): two candidates, no link."""
        if not hasattr(self, "person_marks"):
            marks = [(s, o) for o in self.clusters.values() if o.key[0] in ("P", "P?") for s, _ in o.mentions]
            spans = [(s, e) for o in self.clusters.values() for s, e in o.mentions]
            marks += [(ent.start_char, None) for ent in self.doc.ents if ent.label_ == "PERSON" and not any(
                s <= ent.start_char < e for s, e in spans)]       # a person no actor was made for
            self.person_marks = sorted(marks, key=lambda m: m[0])
        lo = bisect.bisect_right(self.person_marks, start, key=lambda m: m[0])
        for s, o in self.person_marks[lo:]:
            if s >= end:
                break
            if o is c:
                continue
            g = self._gender(o) if o is not None else None
            if g is None or g == want:
                return True
        return False

    def _pronoun(self, tok) -> None:
        low = tok.lower_
        if tok.i in self.owner:
            return                                        # a quote speaker already linked
        if low in ("he", "she", "it", "they"):
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                return
            if low == "it" and (tok.head.lemma_ in _EXPLETIVE_HEADS or tok.head.pos_ in ("ADJ", "AUX")):
                return                                    # `it is important that ...`, `make it difficult`
        elif tok.dep_ != "poss":
            return
        want = _PRONOUNS[low]
        c = self._antecedent(tok, want)
        if c is not None:
            self.add(c, tok.idx, tok.idx + len(tok))
            self.owner[tok.i] = c

    def _coref_noun(self, tok, noun: lex.CorefNoun) -> None:
        """A description headed by a coreference noun joins the nearest compatible actor named before it."""
        doc = self.doc
        dets = [ch for ch in tok.children if ch.dep_ == "det"]
        poss = [ch for ch in tok.children if ch.dep_ == "poss"]
        mods = [ch for ch in tok.children if ch.dep_ in ("amod", "compound") and ch.i < tok.i]
        plural = tok.tag_ in ("NNS", "NNPS")
        if noun.kind == "other":
            if not poss:
                return
        elif not dets or dets[0].lower_ not in ("the", "this", "that") or poss:
            return
        if noun.kind in ("state", "org", "other") and plural or noun.kind == "group" and not plural:
            return
        if noun.needs_mod and not mods or any(p.dep_ == "prep" and p.lower_ == "of" for p in tok.rights):
            return                                        # `the state`, `the state of Ohio`
        if any(self.hit_at(m.i) for m in mods):
            return                                        # `the Syrian state`: named there, not referred back
        s_char = (poss[0] if poss else dets[0]).idx
        e_char = tok.idx + len(tok)
        generic = None
        for c in self.clusters.values():
            for s, e in c.mentions:
                if s < e_char and s_char < e:
                    if c.key[0] == "G" and c.country is None and s == s_char and e == e_char:
                        generic = c                        # `the rebels` with no country: may be re-linked
                    elif not (poss and e <= tok.idx):      # the possessor's own mention is fine
                        return
        window = self.sent_of[tok.i] - 2
        found = None
        if noun.kind in ("state", "other"):
            not_iso = None
            if noun.kind == "other":
                p = poss[0]
                pc = self.owner.get(p.i)
                if pc is None and p.lower_ in _PRONOUNS:
                    self._pronoun(p)
                    pc = self.owner.get(p.i)
                h = self.hit_at(p.i)
                not_iso = pc.country if pc is not None else (h[1] if h and h[0] in ("CTRY", "CAP") else None)
                if not_iso is None:
                    return
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            bound = set()                                 # `Egypt urged the Jewish state`: not Egypt itself
            if verb is not None and tok.dep_ not in ("nsubj", "nsubjpass"):
                for subj in verb.children:
                    if subj.dep_ in ("nsubj", "nsubjpass"):
                        for t in [subj, *subj.conjuncts]:
                            h = self.hit_at(t.i)
                            if h and h[0] in ("CTRY", "CAP"):
                                bound.add(h[1])
            for start, iso in reversed(self.states):
                if start >= s_char:
                    continue
                t = doc.char_span(start, start + 1, alignment_mode="expand")
                if t is None or self.sent_of[t.start] < window:
                    break
                if iso and iso != not_iso and iso not in bound:
                    found = self.state(iso)
                    break
        else:
            best = None
            for c in self.clusters.values():
                if c.key[0] not in (("O", "S") if noun.kind == "group" else ("O",)) or c.sector == "MED" \
                        or c.members:
                    continue
                if noun.sectors and c.sector not in noun.sectors:
                    continue
                if noun.kind == "group" and c.sector != "REB":
                    continue
                for s, e in c.mentions:
                    if s < s_char and (best is None or s > best[0]):
                        best = (s, c)
            if best is not None:
                t = doc.char_span(best[0], best[0] + 1, alignment_mode="expand")
                if t is not None and self.sent_of[t.start] >= window:
                    found = best[1]
        if found is None:
            return
        if generic is not None:
            generic.mentions.discard((s_char, e_char))
        self.add(found, s_char, e_char)
        self.owner[tok.i] = found

    # -- 7. the records
    def finish(self) -> tuple[list[Actor], dict[int, str]]:
        for c in self.clusters.values():
            if c.person is not None:
                c.country, c.sector, c.role = c.person.at(self.day)
        live = [c for c in self.clusters.values() if c.mentions]
        live.sort(key=lambda c: (c.first, c.name))
        ids = {id(c): f"A{n}" for n, c in enumerate(live, 1)}
        text = self.ctx.text
        actors = []
        for c in live:
            mentions = tuple(Mention(s, e, text[s:e]) for s, e in sorted(c.mentions))
            actors.append(Actor(id=ids[id(c)], name=c.name, country=c.country, sector=c.sector, role=c.role,
                                mentions=mentions, members=tuple(ids[id(m)] for m in c.members if id(m) in ids)))
        speakers = {k: ids[id(c)] for k, c in getattr(self, "speaker_of", {}).items() if id(c) in ids}
        return actors, speakers


def extract_actors(ctx: Context, quotes: list[Quote]) -> tuple[list[Actor], list[Quote]]:
    """The article's actors, and the quotes with each speaker linked to its actor id."""
    b = _Builder(ctx)
    b.find_hits()
    b.people()
    b.descriptions()
    b.states_and_orgs()
    b.unknown_orgs()
    b.speakers(list(quotes))
    b.coref(list(quotes))
    actors, speakers = b.finish()
    out = []
    for k, q in enumerate(quotes):
        if k in speakers and q.speaker is not None:
            q = dataclasses.replace(q, speaker=dataclasses.replace(q.speaker, actor=speakers[k]))
        out.append(q)
    return actors, out


def actor_at(actors: Iterable[Actor], start: int, end: int) -> Optional[str]:
    """Id of the actor with a mention overlapping [start, end): the largest overlap, then the tightest
    mention (for the events stage: a participant's span -> its actor)."""
    best = None
    for a in actors:
        for m in a.mentions:
            ov = min(m.end, end) - max(m.start, start)
            if ov > 0:
                rank = (ov, -(m.end - m.start))
                if best is None or rank > best[0]:
                    best = (rank, a.id)
    return best[1] if best else None
