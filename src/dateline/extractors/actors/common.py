"""Shared pieces of the actors stage: word lists, the one lexicon matcher, the clusters being built, and the
base of the builder (cluster bookkeeping and the lexicon hits every later pass reads)."""
from __future__ import annotations

import dataclasses
import functools
from typing import Optional

from ...lexicon import actors as lex
from .. import Context

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

    from ... import nlp

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


class _Base:
    """Cluster bookkeeping for one article, and the lexicon hits (step 1) the other passes read."""

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
