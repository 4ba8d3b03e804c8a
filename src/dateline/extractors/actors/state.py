"""What the actor passes share for one article: the actors being built (`Cluster`) and `ActorState`, which
declares every piece of shared state up front; each pass reads what earlier passes wrote and adds its own."""
from __future__ import annotations

import dataclasses
from dataclasses import field
from typing import Optional

from ...lexicon import actors as lex
from ...records import Quote
from .. import Context
from ..spans import SpanBag, tokens
from .reads import TokenReads, token_reads


GATES = True
"""speed39b: rules grouped behind one cheap necessary test each (a word the article must hold, a form a name must
end another name with), worked out once an article; a rule group whose test fails is not run. False runs every rule
ungated: the gated and the ungated answers are asserted equal (tests/extractors/test_actor_speed39b.py,
bench/devtools/gates_check.py). docs/actors.md, "Gates", says how a new rule joins a group."""


def gated() -> bool:
    """Whether the gates are on (`GATES`, read at each call so that a test can switch them off)."""
    return GATES


class Mentions(set):
    """A cluster's (start, end) mentions: a set that also keeps, in `added`, the mentions in the order they
    were added, so that a pass can take in what is new since it last looked without a walk over them all
    (`removed` counts the ones dropped: a pass that kept a summary then makes it again)."""

    def __init__(self, spans=()):
        super().__init__(spans)
        self.added: list = list(self)
        self.removed = 0

    def add(self, span) -> None:
        if span not in self:
            super().add(span)
            self.added.append(span)

    def discard(self, span) -> None:
        if span in self:
            super().discard(span)
            self.removed += 1


EITHER = "either"       # the key's mark of a bare surname that may be either of two people (`Cluster`, ident50)


@dataclasses.dataclass
class Cluster:
    """One actor being built: the key that identifies it in the article, its codes and its mentions.

    Keys: ("P", name) a lexicon person, ("P?", name) another person, ("P?", surname, EITHER, given names) a bare
    surname the text gives to neither of two people of it named side by side (people.py `_either_namesake`), ("S", iso3, sector) a state's actor for a
    sector, ("O", name) an organisation, ("G", sector, role) a group with no country, ("D", role) a person known
    only by a description, ("C", text) a compound actor (`Hungarian and Romanian officials`), ("L", place) the
    government of a city or US state (`the city lifted the curfew`).
    """
    key: tuple
    name: str
    country: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    mentions: Mentions = dataclasses.field(default_factory=Mentions)   # (start, end) character spans
    members: list = dataclasses.field(default_factory=list)       # a compound actor's member clusters
    person: Optional[lex.Person] = None                           # the lexicon person, if any
    stated_title: Optional[tuple] = None       # (sector, role) a title in the text gives a lexicon person, used
    #                                            when the lexicon has no office for the day (`candidate Jill Stein`
    #                                            before her nomination row)
    stated_country: Optional[str] = None       # a lexicon person's country as the text gives it (`Saudi
    #                                            terrorist Osama bin Laden`), for one the lexicon gives none

    @property
    def first(self) -> int:
        return min(s for s, _ in self.mentions) if self.mentions else 10 ** 9

    @property
    def surname(self) -> str:
        return surname_of(self.name)


NAME_SUFFIXES = frozenset(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"))


def surname_of(name: str) -> str:
    """The last word of a name that is no generational suffix (`John Cushman Jr.` -> `Cushman`)."""
    parts = without_suffixes((name or "").split())
    return parts[-1] if parts else ""


def without_suffixes(parts: list[str], keep: int = 1) -> list[str]:
    """A name's words less the generational suffixes at its end (`Jr.`, `III`), at least `keep` words left."""
    while len(parts) > keep and parts[-1].rstrip(",") in NAME_SUFFIXES:
        parts = parts[:-1]
    return parts


class Taken(list):
    """The person and description spans taken so far (a list of (start, end)), indexed so that asking
    whether a span lies inside one costs the spans near it, not all of them."""

    def __init__(self, spans=()):
        super().__init__()
        self._set: set = set()
        self._bag = SpanBag()
        for span in spans:
            self.append(span)

    def append(self, span: tuple[int, int]) -> None:
        super().append(span)
        self._set.add(span)
        self._bag.add(span[0], span[1])

    def __contains__(self, span) -> bool:
        return span in self._set

    def holds_inside(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside (and is not) a taken span."""
        return any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in self._bag.around(start, end))


@dataclasses.dataclass
class ActorState:
    """One article's actors in the making. The heading above each group of fields names the pass that
    writes them; later passes only read them (the actors in `clusters` grow in every pass)."""
    ctx: Context
    quotes: tuple[Quote, ...] = ()
    # -- from ctx, set once
    doc: "spacy.tokens.Doc" = field(init=False)
    toks: list = field(init=False)                    # the doc's tokens as a list
    reads: TokenReads = field(init=False)             # each token's strings, head and children (reads.py, speed40b)
    day: Optional[str] = field(init=False)            # publication date: the office a person held then
    countries: lex.Countries = field(init=False)
    # -- every pass
    clusters: dict[tuple, Cluster] = field(default_factory=dict)           # key -> actor
    mentions: SpanBag = field(default_factory=SpanBag)                     # (start, end, actor) of every mention
    #                                                                        added (common.add); one dropped
    #                                                                        later stays: check c.mentions
    taken: Taken = field(default_factory=Taken)                            # person and description spans:
    #                                                                        nothing nested in them is added
    # -- find_hits
    hits: dict[int, tuple[str, object, int]] = field(default_factory=dict)  # token -> (label, entry, end token)
    nameless: SpanBag = field(default_factory=SpanBag)                     # character spans where no mention is
    #                                                                        added (common.add): words of a line in
    #                                                                        capitals that name nobody the article
    #                                                                        names, the name of a programme or law
    league_marks: dict[str, int] = field(default_factory=dict)            # ISO3 -> sports leagues named
    #                                                                        only as a modifier (`a Premier League
    #                                                                        point`: no actor, still the home of
    #                                                                        a match report; states_and_orgs,
    #                                                                        descriptions._league_placed: rev33)
    # -- people
    person_at: dict[int, Cluster] = field(default_factory=dict)            # token of a person's name -> actor
    owner_sector: dict[int, Optional[str]] = field(default_factory=dict)   # first token of a name after an
    #                                                                        unknown organisation's possessive
    #                                                                        -> its sector (`the Daily Wire’s`)
    political: Optional[bool] = None           # the article has a word of politics (actor_words.tsv `politics`);
    #                                            found on first need
    told_private: dict[tuple, bool] = field(default_factory=dict)          # (lexicon person, surname) ->
    #                                                                        `people._told_as_private`, found once
    # -- descriptions
    group_iso: dict[int, str] = field(default_factory=dict)                # token of a group noun -> country
    body_sector: dict[int, str] = field(default_factory=dict)              # group noun -> sector of the state
    #                                                                        body modifying it (`DEA officials`)
    lemma_iso: dict[str, str] = field(default_factory=dict)                # group noun lemma -> its last country
    # -- speakers
    speaker_of: dict[int, Cluster] = field(default_factory=dict)           # quote index -> its speaker's actor
    # -- coref
    sentences: list = field(default_factory=list)                          # the doc's sentences
    sent_of: list[int] = field(default_factory=list)                       # token -> sentence number
    in_quote: set[int] = field(default_factory=set)                        # tokens inside a quote
    owner: dict[int, Cluster] = field(default_factory=dict)                # head token of a mention -> actor
    subjects: list[list] = field(default_factory=list)                     # sentence -> subjects outside quotes
    country_marks: list[tuple[int, str]] = field(default_factory=list)     # (offset, ISO3) of each country name
    #                                                                        and each state (GOV) mention
    person_marks: Optional[list] = None        # (offset, actor or None) of each person named: made on first
    #                                            use, so it holds the pronouns linked before then
    genders: dict[int, tuple] = field(default_factory=dict)  # id(actor) -> (mentions read, dropped, M/F cues)
    # -- the gates (speed39b)
    lower_text: Optional[str] = None           # the article's text in lower case, made on first need (`text_holds`)

    def text_holds(self, words) -> bool:
        """Whether one of `words` (ASCII, in lower case) stands in the article's text in lower case: a test of a
        whole rule group's words at C speed (a token whose lower case holds an ASCII word has it in the text's
        lower case too: `str.lower` changes only final sigma by its context, never to ASCII). True with the gates
        off."""
        if not GATES:
            return True
        if self.lower_text is None:
            self.lower_text = self.ctx.text.lower()
        return any(w in self.lower_text for w in words)

    def __post_init__(self):
        self.doc = self.ctx.doc
        self.toks = tokens(self.ctx.doc)
        self.reads = token_reads(self.ctx.doc)
        self.day = self.ctx.layout.published
        self.countries = lex.countries()
