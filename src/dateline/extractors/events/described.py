"""Participants no actor holds, coded by their own words (issue 11: the GDELT export's Actor1Code / Actor2Code).

A source or target that the actors stage made no actor of (`police arrested him`, `commissioners voted`, `a man
shot`, `two Syrian soldiers`) still says who took part. When the head noun of its phrase is a word of the actors'
lexicon for a kind of people or body - a group or person title (titles.tsv: `officials` GOV, `police` COP,
`residents` CVL, `man` CVL; not the titles of actor_words.tsv `uncoded_title`: `director`, `staffer`), a noun
of a body (actor_words.tsv `coded_body`, its sector orgwords.tsv's: `council` GOV, `company` BUS) or a noun of people
a casualty count counts (victim_nouns.tsv: `friend`, `teen`, `girl` CVL; `deputy` COP) or a noun of people of a kind or
trade that names no actor of its own (group_sectors.tsv: `critics`, `the crowd`, `a nurse` CVL; `a felon` CRM) - the participant gets that
`sector`, a `country` and the `code` they make (`codes.actor_code`, as an actor's). The country is the one a
country word of the phrase names (`Syrian`, `Russian`), else the home country the actors stage's coding pass found
for the article (for a news digest, for the participant's story: `codes.home_at`), else none (the code is then the
sector alone, `COP`, as GDELT writes it).
Left uncoded: pronouns, numbers and quantities (`one of the bullets`, `some of them`), phrases holding a proper
noun that is no country word (a name the actors stage did not take is no one's to code), heads of no such class.
Only participants with no actor are coded; an actor's participant keeps `code`, `country` and `sector` None (its
actor's are the ones that count).
"""
from __future__ import annotations

import dataclasses
import functools
from typing import Optional

from ...lexicon import actors as lex
from ...lexicon import rows
from ...records import Event, Participant
from ..actors.codes import actor_code, home_at, local_home, place_name_at
from ..spans import char_span
from .nouns import is_age

KIND_ORDER = ("group", "civil", "person")       # a title's kinds, the first found decides its sector
PEOPLE_CLASSES = {"people": "CVL", "children": "CVL", "men": "CVL", "women": "CVL", "teens": "CVL",
                  "youths": "CVL", "police": "COP", "soldiers": "MIL"}


def described(events: list[Event], doc) -> list[Event]:
    """The events with each participant that has no actor coded by its words where they say who it is."""
    if not any(p.actor is None for e in events for p in (*e.source, *e.target)):
        return events
    out = []
    for e in events:
        src = tuple(_coded(p, doc) for p in e.source)
        tgt = tuple(_coded(p, doc) for p in e.target)
        changed = any(a is not b for a, b in zip((*src, *tgt), (*e.source, *e.target)))
        out.append(dataclasses.replace(e, source=src, target=tgt) if changed else e)
    return out


def _coded(p: Participant, doc) -> Participant:
    if p.actor is not None or p.code is not None:
        return p
    found = sector_and_country(doc, p.start, p.end)
    if found is None:
        return p
    sector, country = found
    country = country or home_at(doc, p.start)
    code = actor_code(country, sector)
    return dataclasses.replace(p, code=code, country=country, sector=sector) if code else p


def sector_and_country(doc, start: int, end: int) -> Optional[tuple[str, Optional[str]]]:
    """(sector, country named in the phrase or None) of the noun phrase at [start, end) when its head is a word of
    a kind of people or body; None otherwise."""
    span = char_span(doc, start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if not is_age(head) and (head.pos_ not in ("NOUN", "PROPN") or (head.pos_ == "PROPN" and head.i != span.start)):
        return None                       # (a head the parse took for a name only as the phrase's first word:
    #                                       `Police said`, `Commissioners voted`)
    sector = "CVL" if is_age(head) else _sector(head)    # (`a 28-year-old`: someone of that age)
    if not sector:
        return None                       # (a head of no kind: none to code, its words never read; speed45)
    country = None
    places, towns = [], []
    for t in span:
        if t.i == head.i:
            continue
        if t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i != span.start):
            place = place_name_at(doc, t.i)
            iso = lex.countries().names.get(place.removeprefix("the ")) if place else \
                lex.countries().demonyms.get(t.text) or lex.countries().names.get(t.text)
            if iso is None and place is not None:
                places.append(place)      # (`a Blue Springs man`, `a girl on Monaco Way`: a town, street or
                continue                  #  state, not a name the actors stage left out; src42)
            if iso is None and t.i == head.i - 1 and t.dep_ == "compound" and head.lemma_ in _people_nouns():
                towns.append(t.text)      # (`a 35-year-old Pontiac man`, tagged a product: a town of the home's
                continue                  #  only, `local_home`)
            if iso is None:
                return None               # (a name the actors stage did not take: no one's to code)
            country = country or iso
        elif t.pos_ == "ADJ" and t.text[:1].isupper():
            country = country or lex.countries().demonyms.get(t.text)
    if any(t.dep_ == "prep" and t.lower_ == "of" for t in head.children):
        return None                       # (`members of the board`, `one of the men`: what the `of` names decides)
    if (places or towns) and country is None:
        country = local_home(doc, start, places, tuple(towns))
        if country is None:
            return None                   # (a place of another country than the home, or no home: left uncoded)
    return sector, country


def _sector(head) -> Optional[str]:
    prev = head.doc[head.i - 1] if head.i > 0 else None
    forms = []
    if prev is not None and prev.dep_ == "compound" and prev.head.i == head.i:
        forms += [f"{prev.lower_} {head.lower_}", f"{prev.lower_} {head.lemma_.lower()}"]
    forms += [head.lower_, head.lemma_.lower()]
    titles, orgs, people, bodies = lex.titles(), lex.org_words(), _people_nouns(), lex.words("coded_body")
    uncoded = lex.words("uncoded_title")
    for form in forms:
        kinds = titles.get(form) or titles.get(form + "s")    # (`every resident`: a group title is a plural)
        if kinds and form not in uncoded and form.removesuffix("s") not in uncoded:
            for k in KIND_ORDER:          # (not `director`, `staffer`, `press secretary`: as often a firm's or a
                t = kinds.get(k)          #  guild's; a form or its singular, review39)
                if t is not None and t.sector:
                    return t.sector
        if form in bodies and form in orgs:
            return orgs[form]
        if form in people:
            return people[form]
    groups = lex.group_sectors()          # (people of a kind or trade no actor is made of: `critics`, `a felon`,
    for form in forms[:-2] or forms:      #  `law enforcement`; alone only with no compound before it, src43)
        if form in groups:
            return groups[form]
    return None


@functools.lru_cache(maxsize=1)
def _people_nouns() -> dict[str, str]:
    """victim_nouns.tsv's lemmas whose label is a class of people PEOPLE_CLASSES codes -> that sector."""
    return {r["lemma"]: PEOPLE_CLASSES[r["victims"]] for r in rows("victim_nouns.tsv", ("lemma", "victims"))
            if r["victims"] in PEOPLE_CLASSES}
