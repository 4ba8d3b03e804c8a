"""Pass 8, coding: the article's home country for domestic offices with no country of their own, and the
CAMEO-style code of every actor (`codes`); `actor_code` is the one definition of that code.

Home country: the country whose actors the article mentions most (every mention of a coded actor counts but
pronouns, international organisations and companies aside; the dateline's country counts as DATELINE_WEIGHT mentions), when it has at least two mentions and half again as many as the next.
An actor whose sector makes it part of a state (GOV, LEG, JUD, COP, MIL, SPY, PTY) but whose country the text
never gives (`Rep. Adam Schiff`, `the district attorney`, `the House Intelligence Committee`, `investigators`)
takes the home country: named people and organisations always, bodies named by a common noun only (`the
court`, `investigators`) when the article is mostly about the home country (MOSTLY_HOME). In such an article,
named people and organisations of other sectors with no country (a professor, a company, a private person)
take it too, and so do groups and people known by a description of every sector but REB, CRM and IGO
(`protesters`, `residents`, `lawyers`, `a demonstrator`).

A news digest (several short stories, each closed by its writer's signature, `... 20 wounded.--Kevin Johnson.`) has
a home country per story: each actor takes the one of the story where it is first named, counted over that story's
mentions and the large cities and US states it names (`Las Vegas`, `Ariz.`), never the digest's first story's. The
writers who sign the stories take the country most of the stories are set in (the paper's), not their story's.

Police with no country of their own take the one country named in the sentence where they first appear (`In
Cape Town, South Africa, police spokesman Rod Beer said` -> ZAF), before the home country.

A person named with no office, title, apposition or organisation (`Gisela Grimm said`) is a private person:
sector CVL. Groups marked as spanning countries (`world leaders`, `foreign powers`: the `bloc`
words of actor_words.tsv) and people with no sector keep no country.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Optional

from spacy.tokens import Span

from ...lexicon import actors as lex
from ..quotes.lexicon import given_names
from ...lexicon import pronouns, rows, sport_words
from .local_news import (board_officers, business_names, caption_people, company_referents, county_executives, election_winners,
                         facility_managers, named_relations,
                         police_bodies, police_chiefs, police_initials, promo_writers, scout_units, staff_of_body_before,
                         officials_of_named_body, title_before_name,
                         title_bodies, titled_lists, town_governments)
from .common import acts_as_person, add, cluster, found_there, hit_at, plays_result, state_actor
from .us_local import _PHONE, us_local_home
from .state import ActorState, Cluster
from ..spans import char_span, children, entities, lemma_in, matches_at, per_doc, sentence_of, span_text, tokens

DOMESTIC = frozenset(("GOV", "LEG", "JUD", "COP", "MIL", "SPY", "PTY", "ELI"))   # ELI: a former office holder
PRIVATE = "CVL"
FOREIGN_PRONE = frozenset(("REB", "CRM", "IGO"))   # groups that keep no home country (`hackers`, `militants`)
DATELINE_WEIGHT = 3     # the dateline's country counts as this many mentions
NO_VOTE = frozenset(("BUS",))   # companies work across borders: where they are based says
#                                      little of where the story is (`Sony` in a story on Hollywood studios)
WIRE_ROLES = frozenset(("news agency",))   # a wire service credited for a story abroad (`AP quoted him`, `told
#                                      AFP`) reports from everywhere: its home outvotes no other country's actors, and
#                                      is the story's only when no other country is named (a local AP story) (act31d)
PLACE_LEAST = 2        # votes the places of an article with no home by its actors need (`place_votes`)
LONE_MENTION_PLACES = 4   # place votes that outweigh an article's only country mention by an actor (act26b)
US_COUNTY = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:County|Parish)\b(?! Council)")
#   a US county or parish (`Cass County`, `Rapides Parish`); not `County Cork` nor a `... County Council`
MOSTLY_HOME = 0.6      # a body named by a common noun only (`the court`) takes the home country only when
#                         at least this share of the country mentions are the home country's


SIGNATURE = re.compile(r"(?m)(?<=[.!?\"”’'])(?P<cue>--|—)[ \t]?"
                       r"(?P<name>[A-Z][a-z’'-]+(?:[ \t]+[A-Z][A-Za-z’'-]*){1,2})(?P<rest>\.?)[ \t]*$")
#   the signature closing a story of a news digest: `... left 14 people dead.--Kevin Johnson.`
_SIGNATURE_AT = re.compile(r"[.!?\"”’'](?:--|—)")   # one character before every match of SIGNATURE (`spans.matches_at`)


_OPENING_QUOTES = ('"', "“", "‘", "'")


def signatures(text: str) -> list[re.Match]:
    """The writers' signatures of a text (SIGNATURE), not the name after a quotation that is its line's whole text
    (`"We will not back down."—Amal Haddad`: the speaker of a quote, as a list of quotes gives it)."""
    out = []
    for m in matches_at(SIGNATURE, _SIGNATURE_AT, text, 1):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].lstrip()
        if not line.startswith(_OPENING_QUOTES):
            out.append(m)
    return out


def digest_stories(text: str) -> list[tuple[int, int]]:
    """The extents of the stories of a news digest: the text cut after each writer's signature (`signatures`), when
    it has two or more; else [] (one story)."""
    ends = [m.end() for m in signatures(text)]
    if len(ends) < 2:
        return []
    cuts = [0, *ends]
    if text[ends[-1]:].strip():
        cuts.append(len(text))
    return [(a, b) for a, b in zip(cuts, cuts[1:])]


HOMES_KEY = "dateline.homes"   # doc.user_data: (digest stories, the home of each - or the article's one), `forget` drops it


def home_at(doc, offset: int) -> Optional[str]:
    """The home country this pass found for the text at `offset`: its digest story's, else the article's; None when
    it found none or has not run on the doc. For later stages (events/described.py), so that one home rule serves."""
    kept = doc.user_data.get(HOMES_KEY)
    if kept is None:
        return None
    stories, homes = kept
    return homes[next((k for k, (a, b) in enumerate(stories) if a <= offset < b), 0)]


def local_home(doc, offset: int, names: list[str], towns: tuple[str, ...] = ()) -> Optional[str]:
    """The home country (`home_at`) for a phrase at `offset` that names the places `names` (`a Blue Springs man`,
    `Madison County commissioners`): a town, county or state is the home's when no place lexicon entry gives it
    another country (`a Paris woman` of a US story: none - Paris, Texas or France); `towns`, words the parse did not
    tag a place, must be towns of the home (`lex.town_country`: `a Pontiac man`). None when there is no home."""
    home = home_at(doc, offset)
    if home is None or any(lex.place_country(n) not in (None, home) or
                           lex.place_country(_bare(n)) not in (None, home) for n in names) or \
            any(lex.town_country(n) != home for n in towns):
        return None                       # (`South Florida exiles` of a Cuban story: Florida's, not the home's)
    return home


def place_name_at(doc, i: int) -> Optional[str]:
    """The text of the GPE or LOC entity token `i` is in, or None (a place, not a name of someone the actors stage
    left out)."""
    t = doc[i]
    if t.ent_type_ not in ("GPE", "LOC"):
        return None
    for ent in place_entities(doc):
        if ent.start <= i < ent.end:
            return ent.text
    return None


def home_country(st: ActorState, within: Optional[tuple[int, int]] = None) -> tuple[Optional[str], float]:
    """The home country and its share of the counted mentions (None, 0 when there is none); `within`: of one
    story of a digest only (its mentions, and one vote per large city or US state it names; no dateline). A whole
    article whose actors name no home (local news: `Berea police`, `the sheriff`, private people) takes the one of
    the places it names (`place_votes`), with at least PLACE_LEAST votes, unless its actors name only other
    countries (talks held in a city abroad)."""
    counts: Counter = Counter()
    words = pronouns()
    text = st.ctx.text
    lo, hi = within or (0, len(text))
    wire: Counter = Counter()
    sports = st.ctx.page.sports
    for c in st.clusters.values():
        if sports and (c.key[0] == "P?" and c.sector in (PRIVATE, "CRM") or c.key[0] == "S" and c.sector == "NGO"):
            continue                              # a player's nationality (`Angolan hitman Flavio`) or national side
            #                                       (`on Nations Cup duty with Senegal`) is his own, not the match's:
            #                                       GUIDE.md gives athletes their club's country unless the text
            #                                       gives one (gold33b)
        if c.role == "wire journalist":
            continue                              # a wire's staff in its credit line: the agency's country, not the
            #                                       story's (people.py `_wire_credit_country`, act55a)
        if c.country and c.country != "IGO" and c.mentions and not c.members and c.sector not in NO_VOTE:
            (wire if c.role in WIRE_ROLES else counts)[c.country] += \
                sum(text[s:e].lower() not in words and not _bare_force(text[s:e]) for s, e in c.mentions if lo <= s < hi)
            #                                                     a pronoun names no country anew: only names count
            #                                                     (nor `Officers` joined to a named force, act52c)
    if not set(+counts) - set(+wire):
        counts.update(wire)                       # a wire service votes only where no other country is named (act31d)
    filed = dateline_country(st) if within is None else None
    if filed and _hosted(st, filed):
        filed = None                              # `VIENNA - ... talks in Vienna`: the meeting's city, not its people's
    if filed == "USA" and _us_city_alone(st) and +counts and counts.most_common(1)[0][0] != "USA":
        filed = None                              # `ST. PETERSBURG (Reuters) - President Vladimir Putin ...`: a city
        #                                           alone named like one abroad, where the actors say another country
    if filed:
        counts[filed] += DATELINE_WEIGHT
    if within is not None:
        counts.update(place_votes(st, lo, hi))
    found = _winner(+counts, 2 if within is None else 1)
    if found[0] is not None and within is None and not filed:
        found = _places_outweigh(st, found, +counts)
    if found[0] is None and within is None and not filed:
        places = +place_votes(st, lo, hi, cues=True)
        if not +counts:
            places.update(_countries_as_places(st))   # `closing 125 stores across the U.S.` (act26b)
        by_place = _winner(places, PLACE_LEAST)
        if by_place[0] is None and +counts:
            by_place = _winner(places + _countries_as_places(st, among=set(+counts)), PLACE_LEAST)
            #                                       `four deaths in Argentina` where the actors name Argentina and
            #                                       Chile once each and no place decides: the one the story is in
        if by_place[0] is None:
            by_place = _actors_and_places(+counts, places)
        if not +counts or by_place[0] in +counts or \
                sum(counts.values()) == 1 and by_place[0] is not None and places[by_place[0]] >= LONE_MENTION_PLACES:
            found = by_place                      # (not where actors name other countries: `Iran and the United
            #                                       States met in Vienna` is no Austrian story; but one mention of
            #                                       a foreign actor does not outvote a city named again and again:
            #                                       `The famous U.S. film critic` in a Toronto story, act26b)
        if found[0] is None and set(+counts) <= {"USA"} and set(places) <= {"USA"}:
            found = us_local_home(st, counts["USA"] + places["USA"])   # local news that names no state (act35c)
    return found


def _bare_force(mention: str) -> bool:
    """True for a force's bare word that local_news `_one_force` joins to the named force (actor_words.tsv
    `force_bare` but `police`, or `bare_authority`; `the` before it at most): it names no country anew (act52c)."""
    low = _THE.sub("", mention.lower())
    return low != "police" and (low in lex.words("force_bare") or low in lex.words("bare_authority"))


PLACES_OUTWEIGH = 5    # place votes of one country that outweigh a home its actors give another (act34b)


def _places_outweigh(st: ActorState, found: tuple[Optional[str], float], counts: Counter) -> tuple[Optional[str], float]:
    """The home of an article whose places (`place_votes` with cues) name one country at least PLACES_OUTWEIGH times,
    three times as often as the country its actors name most and twice as often as those actors are named: an
    obituary of an emigrant in a Texas town that names the old country's state and ruler (`Iran`, `Ayatollah
    Khomeini`) is local news of the town (act34b); not a story whose actors name their country again and again
    (US officials on a visitor from Burma, a report on Benghazi); else `found` unchanged."""
    if _most_place_votes_abroad(st, found[0]) < max(PLACES_OUTWEIGH, 2 * counts[found[0]]):
        return found                              # (no other country can have the votes: speed35a)
    places = +place_votes(st, 0, len(st.ctx.text), cues=True)
    ranked = places.most_common(1)
    if not ranked or ranked[0][0] == found[0] or ranked[0][1] < PLACES_OUTWEIGH or \
            ranked[0][1] < 3 * places[found[0]] or ranked[0][1] < 2 * counts[found[0]]:
        return found
    return ranked[0][0], ranked[0][1] / sum(places.values())


def _most_place_votes_abroad(st: ActorState, home: str) -> int:
    """An upper bound on the votes `place_votes(st, 0, len(text), cues=True)` gives any one country other than
    `home`, made without its look-ups (speed35a: `_places_outweigh` ran place_votes at every article whose actors
    give a home, ~2% of the extractors, and changes ~1 in 200). Each of place_votes' votes comes from one of: a cue
    (`cue_votes`: the most of any other country), a place entity (one vote each, none for a country's own name
    unless the article writes it once before `, `: `_us_towns`, `Palestine, Texas` then `Palestine`), an
    organisation's name of two or more words (`_body_places`: one each), a US county (` County` or ` Parish` in
    each; the USA's only)."""
    text = st.ctx.text
    bound = _most_cue_votes_abroad(text, home)
    names = st.countries.names
    places = [(span_text(st.doc, ent.start, ent.end), ent.end_char) for ent in place_entities(st.doc)]
    written_as_town = {name for name, end in places if text[end:end + 2] == ", "}
    bound += sum(1 for name, _ in places if name not in names or name in written_as_town)
    bound += sum(1 for ent in entities(st.doc) if ent.label_ == "ORG" and len(ent) >= 2)
    if home != "USA":
        bound += text.count(" County") + text.count(" Parish")
    return bound


def _most_cue_votes_abroad(text: str, home: str) -> int:
    """An upper bound on `cue_votes(text)` of any one country other than `home`: for the USA (a postal code and a
    page's title town vote for it alone) the occurrences of the phrases of other countries in the lower case (each
    match of a phrase is one of its occurrences there, where `_cues_in` reads the lower case), without the search
    of all 71 phrases; else the votes themselves."""
    if home != "USA" or not text.isascii() and any(_case_trouble(c) for c in set(text) if not c.isascii()):
        return max((n for iso3, n in cue_votes(text).items() if iso3 != home), default=0)
    low = text.lower()
    votes: Counter = Counter()
    for phrase, iso3 in _foreign_cues():
        votes[iso3] += low.count(phrase)
    return max(votes.values(), default=0)


@functools.lru_cache(maxsize=1)
def _foreign_cues() -> tuple[tuple[str, str], ...]:
    """home_cues.tsv's phrases of countries other than the USA, in lower case, with their country."""
    cues = lex.home_cues()
    return tuple((p, cues[k]) for p, k in zip(_cue_phrases(), _cue_list()) if cues[k] != "USA")


def _countries_as_places(st: ActorState, among: Optional[set] = None) -> Counter:
    """One vote per country named as a place, the object of a locative preposition (actor_words.tsv `locative`:
    `stores across the U.S.`, `sales in Canada`), for an article none of whose actors names a country (companies and
    private people only): with a large city or state of the same country (`its headquarters in Kansas`) it makes the
    home (act26b). Not a country inside a place's name (`Dar es Salaam, Tanzania` counts through the city). With
    `among`, only those countries (the ones the actors name, where none wins: act34b)."""
    votes: Counter = Counter()
    locative = lex.words("locative")
    for i, (label, entry, end) in st.hits.items():
        if label != "CTRY":
            continue
        tok = st.toks[end - 1]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ in locative and (among is None or entry in among):
            votes[entry] += 1
    return votes


def _actors_and_places(actors: Counter, places: Counter) -> tuple[Optional[str], float]:
    """The home of local news whose actors name one country once and whose places vote once for the same (act25b:
    `Orlando police` and `International Drive ... Orlando`, `Board of Education` and `N.J.`): each alone is short of
    its least, together they are PLACE_LEAST votes for one country and none for another."""
    if len(actors) != 1 or len(places) != 1 or set(actors) != set(places):
        return None, 0.0
    return _winner(actors + places, PLACE_LEAST)


def _winner(counts: Counter, least: int) -> tuple[Optional[str], float]:
    """The country with at least `least` votes and half again as many as the next, and its share; else (None, 0)."""
    if not counts:
        return None, 0.0
    ranked = counts.most_common(2)
    top, n = ranked[0]
    if n < least or (len(ranked) > 1 and n < 1.5 * ranked[1][1]):
        return None, 0.0
    return top, n / sum(counts.values())


def place_votes(st: ActorState, lo: int, hi: int, cues: bool = False) -> Counter:
    """One vote per place entity in [lo, hi) that is a large city or a US state (`Las Vegas Strip`, `Ariz.`,
    `Kansas City, Kan.`), and per US county or parish (`Cass County`, `EBR Parish`: USA) where a US place is named
    too and the county is no other country's town; a country's own name is none (a place named like a country,
    `Palestine, Texas`, must not outvote the rest), and a city named once with a US state after it is that state's
    town wherever the article names it (`Paris, Texas`, then `a Paris motel`). With `cues`, also one vote per
    phrase of one country's institutions (`cue_votes`: `the Titus County Sheriff's Office`, `a state jail felony`
    for the USA), which lets the counties count too: local news that names no state."""
    counts: Counter = Counter()
    if cues:
        counts.update(cue_votes(st.ctx.text, lo, hi))
    places = [ent for ent in place_entities(st.doc) if lo <= ent.start_char < hi]
    towns = _us_towns(st, places)
    counties = [m for m in _county_matches(st.ctx.text, lo, hi)
                if lex.place_country(m.group(1)) in (None, "USA") or m.group(0) in lex.us_counties()]
    #                                             (not `Kiambu County`: a Kenyan town's; `Chesterfield County` is listed)
    listed = sum(m.group(0) in lex.us_counties() for m in counties)
    county_names = {m.group(0) for m in counties if m.group(0) in lex.us_counties()}
    american = bool(listed) or (cues and counts["USA"] > 0)    # (a US state's name is no proof: `Paris, New York
    #                                                            and Lyon` lists cities of two countries)
    named = {entry for label, entry, _ in st.hits.values() if label in ("CTRY", "DEM")}
    town_votes: Counter = Counter()
    surnames = {c.name.split()[-1] for c in st.clusters.values() if c.key[0] in ("P", "P?") and " " in c.name}
    for ent in places:
        if ent.text in surnames and not lex.place_country(ent.text):
            continue                              # `Ripley said` after `coach Darren Ripley`, tagged a place: the
            #                                       person's surname, no vote for an English town (act29b)
        if ent.text in st.countries.names and ent.text not in towns:
            continue                              # `TBILISI, Georgia`: a country's name (and a US state's) is none
        if _venue(ent.root):
            continue                              # `a summit in Vienna`: the place of a meeting, not of its people
        if _compass_region(ent.text):
            continue                              # `the North Shore` of Pittsburgh, not Auckland's (rev30a)
        if ent.start >= 2 and ent.doc[ent.start - 1].tag_ == "POS" and \
                ent.doc[ent.start - 2].ent_type_ in ("GPE", "LOC"):
            continue                              # `Chicago's Brighton Park`: a part of the place before it, which
            #                                       votes; not a town abroad of its first word (act36f)
        if any(ent.text == n or ent.text.startswith(n + " ") or ent.text.startswith("the " + n) for n in county_names):
            continue                              # `Chesterfield County (Police)`: a US county, counted below, not
            #                                       the English town its first word names
        iso3 = "USA" if ent.text in towns else _place_of(ent.text)
        if iso3 is None:
            small = lex.town_country(_bare(ent.text))
            if small:
                town_votes[small] += 1            # `Kenosha`: counted below, when named twice or backed
            continue
        if iso3 != "USA" and iso3 not in named and lex.us_town(_bare(ent.text)) and \
                (american or cues and _american_signal(st.ctx.text, iso3)):
            iso3 = "USA"                          # `Dublin` in a story of `Franklin County`: the American town
        counts[iso3] += 1
    if cues:
        counts.update(_body_places(st, lo, hi, american))
    if counts["USA"] or town_votes["USA"] > 1:    # a county says USA only beside a US place: Kenya, Liberia, China
        counts["USA"] += len(counties)            # and Taiwan have counties too (`Montserrado County`)
    elif listed:
        counts["USA"] += listed                   # ... or when it is one of the US counties (`Calhoun County`)
    for iso3, n in town_votes.items():
        if n > 1 or counts[iso3]:                 # a small town's name alone, once, may be another country's
            counts[iso3] += n                     # (`Ajara`, a Georgian region, is an Indian town's name too)
    return +counts


def place_entities(doc) -> list:
    """The doc's place entities (GPE, LOC, FAC, and a town's name tagged a person or organisation: `_mistagged_place`),
    in order; made once per doc (`place_votes` and `us_town_names` read them: speed35a)."""
    return per_doc(doc, "dateline.actors.place_entities", _place_entities)


def _place_entities(doc) -> list:
    return [ent for ent in entities(doc) if ent.label_ in ("GPE", "LOC", "FAC") or _mistagged_place(ent)]


def _county_matches(text: str, lo: int, hi: int) -> list[re.Match]:
    """US_COUNTY's matches in text[lo:hi]; none in a text without ` County` or ` Parish`, which every match holds
    (most texts: not searched, speed35a)."""
    if "County" not in text and "Parish" not in text:
        return []
    return list(US_COUNTY.finditer(text, lo, hi))


def _body_places(st: ActorState, lo: int, hi: int, american: bool = False) -> Counter:
    """One vote per organisation entity in [lo, hi) whose name begins with a large city and ends in an organisation
    word (`Columbia State Community College`, `the Columbia State Lyceum Committee`): local news that names its town
    only inside its bodies' names, and names no country nor its people. Not a country's name (`Jordan ...`), nor a thing's name (non_actors.tsv: `the
    Vienna Convention`), nor an event's (`the Nashville Film Festival`). In an `american` story (a listed US county or
    a phrase of American institutions) a city the United States also has is the American town (`Paris Junior College`
    beside `the Lamar County Sheriff's Office`: Paris, Texas)."""
    votes: Counter = Counter()
    if any(label in ("CTRY", "DEM") and not _inside_body_name(st, i, end) for i, (label, _, end) in st.hits.items()):
        return votes                              # a story that names a country or its people is no local news
        #                                           (not `American` of `the American Heart Association`: a body's
        #                                           name, which a local paper names too; act34b)
    for ent in entities(st.doc):
        if ent.label_ != "ORG" or not lo <= ent.start_char < hi:
            continue
        words = [t.text for t in ent if t.pos_ != "DET"]
        if len(words) >= 2 and not lex.non_actor(" ".join(words)) and (_us_state_inside(st, ent.text) or
                                                                       _us_state_abbreviation_inside(words)):
            votes["USA"] += 1                     # `the University of Kansas`, `the Ohio Music Educators
            continue                              # Association`: a US state's own name inside a body's name
        if len(words) < 2 or lex.non_actor(" ".join(words)) or words[0] in st.countries.names or \
                words[-1].lower() not in lex.org_words():
            continue                              # (a body's name: its last word an organisation word, `College`)
        city = next(filter(lambda k: lex.place_country(" ".join(words[:k])), range(min(len(words) - 1, 3), 0, -1)), None)
        iso3 = lex.place_country(" ".join(words[:city])) if city else None
        if iso3 and iso3 != "USA" and american and lex.us_town(" ".join(words[:city])):
            iso3 = "USA"
        if iso3:
            votes[iso3] += 1
    return votes


_NAME_WORDS = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def _us_state_inside(st: ActorState, name: str) -> bool:
    """True when an organisation's name holds a US state's full name as whole words (`University of
    Kansas`, `Ohio State University`), not one that is also a country's (`Georgia`) or a town abroad's."""
    names = lex.us_states()
    for m in _NAME_WORDS.finditer(name.replace("-", " ")):
        for form in (m.group(0), *m.group(0).split()):   # (`Northeast Texas Community College`: the pair's second
            #                                               word, act34b)
            if form in names and form not in st.countries.names and lex.place_country(form) in (None, "USA"):
                return True
    return False


def _us_state_abbreviation_inside(words: list[str]) -> bool:
    """True when an organisation's name opens with a US state's abbreviation written with points (place_aliases.tsv:
    `the N.J. Division of Harbor and Ferry Licensing`, `the Calif. Highway Patrol`; act25b): a state's body. Postal
    codes (`NJ`) and forms without a point are left out: capitals that may be any acronym."""
    return words[0] in us_state_forms() and "." in words[0]


def names_us_county(text: str) -> bool:
    """True when the text names one of the US counties (`Franklin County`): the story is American, and a town it
    names like a city abroad (`Dublin`) is the American town (`lex.us_town`). (Every match holds ` County` or ` Parish`:
    a text with neither, most, is not searched; speed33b.)"""
    if "County" not in text and "Parish" not in text:
        return False
    return any(m.group(0) in lex.us_counties() for m in US_COUNTY.finditer(text))


COMPASS = frozenset(("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                     "central", "downtown", "northern", "southern", "eastern", "western"))


def _compass_region(text: str) -> bool:
    """True for a region named by a compass word and a part or landform word (actor_words.tsv `region_noun`: `the
    North Shore`, `Central Coast`, `the South Side`): a part of many towns in many countries, whatever the gazetteer
    lists under that name (North Shore City, New Zealand), so no vote for a country (rev30a)."""
    words = [w for w in text.split() if w.lower() != "the"]
    return len(words) == 2 and words[0].lower() in COMPASS and words[1].lower() in lex.words("region_noun")


def _bare(text: str) -> str:
    """A place's name without `the` and a compass word before it (`South Los Angeles` -> `Los Angeles`)."""
    words = [w for w in text.split() if w.lower() != "the"]
    if len(words) > 1 and words[0].lower() in COMPASS:
        words = words[1:]
    return " ".join(words)


def _place_of(text: str) -> Optional[str]:
    """The country of a place entity's text: a large city or US state at its start (`Las Vegas Strip`, `Ariz.`) or
    after a compass word (`West Philadelphia`), else None."""
    name = [w for w in text.split() if w.lower() != "the"]
    return next(filter(None, (lex.place_country(" ".join(name[:k])) for k in range(len(name), 0, -1))), None) or \
        ("USA" if text in us_state_forms() else None) or lex.place_country(_bare(text))


def _mistagged_place(ent) -> bool:
    """True for a PERSON or ORG entity that is a town's name after a locative preposition (`in central Sioux
    Falls`, tagged a person): a place, as its preposition says; or a large city's name before a noun of private people
    (`Gainesville residents`): where they live."""
    if ent.label_ not in ("PERSON", "ORG"):
        return False
    name = span_text(ent.doc, ent.start, ent.end)   # (`ent.text` without a Token per word)
    if not (lex.place_country(name) or lex.town_country(name)):
        return False
    head = ent.root.head if ent.root.dep_ == "pobj" else None
    if head is None and ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.dep_ == "pobj":
        head = ent.root.head.head
    if ent.root.dep_ in ("compound", "amod", "nmod") and lex.place_country(name) and any(
            k == "civil" or k == "group" and t.sector == "CVL"
            for k, t in (lex.titles().get(ent.root.head.lemma_.lower()) or
                         lex.titles().get(ent.root.head.lower_) or {}).items()):
        return True                               # `Gainesville residents`, `a Gainesville resident` tagged a person
        #                                           or an organisation: the town where they live
    return head is not None and head.lower_ in lex.words("locative")


def _venue(tok) -> bool:
    """True for a place that hosts a meeting (actor_words.tsv `meeting_word`): the object of `in`/`at` after one (`a
    summit in Vienna`), or its modifier (`the Geneva talks`)."""
    meeting = lex.words("meeting_word")
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and tok.head.head.lemma_.lower() in meeting:
        return True
    return tok.dep_ in ("compound", "nmod", "amod") and tok.head.lemma_.lower() in meeting and tok.head.i > tok.i


def _hosted(st: ActorState, iso3: str) -> bool:
    """True when the dateline's country only hosts the story: a meeting is held in one of its places (`_venue`) and
    the text never names the country nor its people (`VIENNA - Delegates at the nuclear talks in Vienna`)."""
    if any(label in ("CTRY", "DEM") and entry == iso3 for label, entry, _ in st.hits.values()):
        return False
    return any(ent.label_ in ("GPE", "LOC") and lex.place_country(ent.text) == iso3 and _venue(ent.root)
               for ent in entities(st.doc))


@functools.lru_cache(maxsize=1)
def _cue_list() -> tuple[str, ...]:
    """home_cues.tsv's phrases, longest first: the one order the pattern's alternatives (`_cue_alternatives`) and the
    plain-substring test (`_cue_phrases`) index alike."""
    return tuple(sorted(lex.home_cues(), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _cue_alternatives() -> tuple[str, ...]:
    """home_cues.tsv's phrases, longest first, each as its alternative of the cue pattern (a whole word)."""
    return tuple((r"(?<!\w)" if p[:1].isalnum() else "") + re.escape(p) + (r"(?!\w)" if p[-1:].isalnum() else "")
                 for p in _cue_list())   # (a currency's sign, `£`, is no word: digits follow it, act32a)


@functools.lru_cache(maxsize=64)
def _cue_pattern(kept: Optional[tuple[int, ...]] = None) -> re.Pattern:
    """The cue pattern of the phrases `kept` (indices into `_cue_alternatives`, in their order; None: all)."""
    alternatives = _cue_alternatives()
    return re.compile("|".join(alternatives if kept is None else (alternatives[k] for k in kept)), re.IGNORECASE)


def _cues_in(text: str, lo: int, hi: int) -> Optional[tuple[int, ...]]:
    """The indices of the cue phrases written in text[lo:hi] in any case, found as plain substrings of its lower
    case; None when it holds a character the pattern's case-blind matching pairs with a phrase's letter that
    `str.lower` does not give (`ſ` with `s`; `İ`, whose lower case is two characters:
    `_case_trouble`), where only the whole pattern can tell. (Otherwise each character's lower case is one
    character, and the pattern pairs it with a phrase's letter only when that is its lower case, so a phrase the
    pattern matches is a substring of the lower case at the same place.) Until speed35a every cased letter outside
    ASCII (`é`, `ñ`) sent the text to the whole pattern: ~5 ms a text."""
    window = text[lo:hi]
    if not window.isascii() and any(_case_trouble(c) for c in set(window) if not c.isascii()):
        return None
    low = window.lower()
    return tuple(k for k, p in enumerate(_cue_phrases()) if p in low)


@functools.lru_cache(maxsize=None)
def _case_trouble(c: str) -> bool:
    """True for a character (outside ASCII) whose lower case is not one character, which lowers otherwise inside a
    word (`Σ`: `ς` at a word's end), or which the cue pattern's case-blind matching pairs with a character of a cue
    phrase other than its lower case (`ſ` with `s`); see `_cues_in`. (tests/extractors/test_actor_speed35a.py
    checks that no ASCII character is one for home_cues.tsv.)"""
    low = c.lower()
    if len(low) != 1 or c.upper().lower() != low or c == "\u03a3":
        return True
    return any(re.fullmatch(re.escape(y), c, re.IGNORECASE) is not None and low != y.lower()
               for y in _cue_characters())


@functools.lru_cache(maxsize=1)
def _cue_characters() -> frozenset[str]:
    """The characters of home_cues.tsv's phrases, in the case the pattern is written in and lower case."""
    return frozenset("".join(_cue_list()) + "".join(_cue_phrases()))


@functools.lru_cache(maxsize=1)
def _cue_phrases() -> tuple[str, ...]:
    return tuple(p.lower() for p in _cue_list())


def cue_votes(text: str, lo: int = 0, hi: Optional[int] = None) -> Counter:
    """One vote per phrase of a country's institutions only (home_cues.tsv: `sheriff's office`, `felony`, `grand
    jury` for the USA) in text[lo:hi], by country; and one for the USA per US postal code before a ZIP code (`CT
    06416`, act33). Speed (speed33b): the pattern of all the phrases tries a look-behind at every character (~2 us a
    character: ~1 s of the actors stage's ~6.5 s over 300 articles, as cue_votes runs over whole texts and windows
    several times an article); it runs only with the phrases written in text[lo:hi] (`_cues_in`; a phrase not there
    matches nowhere there, so the matches are the same), and not at all over a text holding none, as most do. A
    match is looked up by its lower case, else its case fold (`ſheriff's office`, matched case-blind, has no lower
    case among the phrases: it raised a KeyError and lost the article)."""
    lo, hi = min(max(lo, 0), len(text)), len(text) if hi is None else min(max(hi, 0), len(text))   # (as `finditer`)
    whole = lo == 0 and hi == len(text)
    if whole and _WHOLE_TEXT[0] is text:
        return Counter(_WHOLE_TEXT[1])            # (a whole text's votes, asked by several passes: speed35a)
    votes = _votes(text, lo, hi)
    if whole:
        _WHOLE_TEXT[:] = [text, Counter(votes)]
    return votes


def _votes(text: str, lo: int, hi: int) -> Counter:
    """`cue_votes` of text[lo:hi] (bounds already clipped), worked out anew."""
    states = us_state_forms()
    votes = Counter()
    votes["USA"] += sum(m.group(1) in states for m in _ZIP.finditer(text, lo, hi))
    votes["USA"] += PLACE_LEAST * sum(_us_title_town(m) for m in _TITLE_TOWN.finditer(text, lo, hi))
    #                                             (the station's own town, as sure as a dateline's: act34b)
    kept = _cues_in(text, lo, hi)
    if kept != ():
        cues = lex.home_cues()
        named = _place_name_words()
        for m in _cue_matches(text, lo, hi, kept):
            found = m.group(0)
            country = cues.get(found.lower()) or cues.get(found.casefold())
            if country is not None and not _in_place_name(text, m, named):
                votes[country] += 1
    return +votes


_WHOLE_TEXT: list = [None, None]    # the last whole text `cue_votes` read and its votes (a pure function of the text)


@functools.lru_cache(maxsize=1)
def _place_name_words() -> frozenset[str]:
    """actor_words.tsv `venue_name` and `street_word`: the last words of a place's name (`_in_place_name`)."""
    return frozenset(lex.words("venue_name") | lex.words("street_word"))


def _cue_matches(text: str, lo: int, hi: int, kept: Optional[tuple[int, ...]]) -> list[re.Match]:
    """The matches of `_cue_pattern(kept)` in text[lo:hi], as its `finditer` gives them (speed35a). The pattern
    tries its look-behind at every character (~2 us each); with `kept` (`_cues_in`: the window holds no cased
    letter outside ASCII) a match can only start where the lower case of the window holds one of the kept phrases,
    so the pattern is tried there alone, left to right, each next try after the last match's end: the leftmost
    non-overlapping matches, the alternatives in their order at each start, the look-behind and look-ahead seeing
    the text around the start and up to `hi` as `finditer` does. With `kept` None, the pattern's own `finditer`."""
    pattern = _cue_pattern(kept)
    if kept is None:
        return list(pattern.finditer(text, lo, hi))
    low = text[lo:hi].lower()
    phrases = _cue_phrases()
    starts = set()
    for k in kept:
        at = low.find(phrases[k])
        while at >= 0:
            starts.add(lo + at)
            at = low.find(phrases[k], at + 1)
    found, pos = [], lo
    for at in sorted(starts):
        if at < pos:
            continue
        m = pattern.match(text, at, hi)
        if m is not None:
            found.append(m)
            pos = m.end()
    return found


_ZIP = re.compile(r"\b([A-Z]{2}) \d{5}(?:-\d{4})?\b")
#   a US state's postal code before a ZIP code (`Cromwell, CT 06416`), read as a home cue (act33); the postal codes
#   are place_aliases.tsv's (not those that are English words: `IN`, `OR`)


_TITLE_TOWN = re.compile(r"(?:^|\| )([A-Z][a-z]+(?: [A-Z][a-z]+)*), ([A-Z]{2})(?= *(?:\||$))", re.MULTILINE)
#   a web page's title line that ends in its station's town and state (`... - 44News | Evansville, IN`, act34b)


def _us_title_town(m: re.Match) -> bool:
    """True for `_TITLE_TOWN`'s match of a US town (no large city of another country) and a US postal code, also one
    that is an English word (actor_words.tsv `postal_word`: `IN`, `OR`), which only a page's title line writes so."""
    code, town = m.group(2), m.group(1)
    return (code in us_state_forms() or code.lower() in lex.words("postal_word")) and lex.us_town(town) and \
        lex.place_country(town) in (None, "USA")


_NEXT_NAME_WORD = re.compile(r" ([A-Z][a-z]+\.?)")


def _in_place_name(text: str, m: re.Match, named: frozenset) -> bool:
    """True for a cue written capitalised before the capitalised last word of a venue's or street's name
    (actor_words.tsv `venue_name`, `street_word`: `the Selectman Hotel in Cork`, `Sheriff's Office Road`): a name,
    no institution of the country (act33, rev32's invented edge)."""
    if not m.group(0)[:1].isupper():
        return False
    nxt = _NEXT_NAME_WORD.match(text, m.end())
    return nxt is not None and nxt.group(1).lower() in named


_LISTED = re.compile(r",? (?:and|or) [A-Z]|, [A-Z]")   # a name after a place: a list goes on


def _us_towns(st: ActorState, places: list) -> set[str]:
    """The names of places written `TOWN, STATE` with a US state that no other place follows (`Paris, Texas,`,
    `Moscow, Idaho`; not the list `Paris, New York and Lyon`, where the next name may be tagged anything)."""
    text, states = st.ctx.text, us_state_forms()
    towns = set()
    for ent, nxt in zip(places, places[1:]):
        if text[ent.end_char:nxt.start_char] != ", " or nxt.text not in states or ent.text in states or \
                nxt.text in st.countries.names:  # (the comma first: a Span's text joins a Token a word)
            continue                              # (`Tbilisi, Georgia`: the country)
        if _LISTED.match(text, nxt.end_char):
            continue                              # `Paris, New York and Lyon`: a list of places
        towns.add(ent.text)
    return towns


def us_town_names(st: ActorState) -> set[str]:
    """The names the article writes once as a US town, `TOWN, STATE` (`Palestine, Texas`, `Lima, Ohio`): a country's
    or capital's name among them is that town wherever the article names it, no state (act24)."""
    return _us_towns(st, place_entities(st.doc))


def dateline_country(st: ActorState) -> Optional[str]:
    """The country of the article's dateline (`AMHERST, N.Y.` -> USA, `NAIROBI, Kenya` -> KEN): its region or
    place as a country name or capital, a US state's name or abbreviation (place_aliases.tsv), a region that is one
    country's first-level division (`NEWCASTLE, England`, `TORONTO, Ontario`: `lex.division_country`), a large city
    of one country before a colon (`Kolkata:`, act55a), else None."""
    dl = st.ctx.layout.dateline
    if dl is None:
        return None
    region = (dl.region or "").strip().rstrip(",")
    for k, text in enumerate((region, (dl.place or "").strip().rstrip(","))):
        if not text:
            continue
        for form in (text, text.title()):
            iso3 = st.countries.names.get(form) or st.countries.capitals.get(form)
            if iso3 and k == 1 and not region and _us_town_dateline(st, form, iso3):
                iso3 = None                       # `LIMA —` over a story of Allen County's sheriff: Lima, Ohio
            if iso3:
                return iso3
        if text in us_state_forms():
            return "USA"
        if k == 0 and text[:1].isupper() and (
                found := lex.division_country(text.title() if text.isupper() else text)):
            return found                          # `NEWCASTLE, England`, `TORONTO, Ontario`: a country's division
            #  (act26b), before the place: `LONDON, Ontario` is Canada's London, not the capital (rev26d)
    if _us_city_alone(st):
        return "USA"                              # `ATLANTA (AP)`: a large American city alone, as US wires write
        #                                           their own (not `GENEVA`: a city abroad may only host the story)
    place = (dl.place or "").strip()
    if not region and st.ctx.text[dl.start:dl.end].rstrip().endswith(":") and lex.place_country(place) and \
            not _colon_city_abroad(st, lex.place_country(place), dl.end):
        return lex.place_country(place)           # `Kolkata:`, `MUMBAI:`: the colon that South Asian outlets set
        #                                           after their own cities (act55a); a large city of one country
    return _small_town_alone(dl)


def _us_town_dateline(st: ActorState, form: str, iso3: str) -> bool:
    """True for a dateline that is a capital abroad alone, no region (`LIMA —`, `DUBLIN —`), that the United States
    has a town of, over a story of a US county or of American institutions (`Allen County sheriff investigators`,
    `the Prosecutor's Office`; `names_us_county`, `cue_votes`) that never names that capital's country by its name
    or demonym: the American town, as `_capitals_named_like_us_towns` (hits.py) reads it in the body (act34f: a
    local paper's `LIMA —` made every actor Peruvian)."""
    if iso3 == "USA" or form not in st.countries.capitals or not lex.us_town(form):
        return False
    if any(label in ("CTRY", "DEM") and entry == iso3 for label, entry, _ in st.hits.values()):
        return False
    text = st.ctx.text
    return names_us_county(text) or cue_votes(text)["USA"] > 0


def _colon_city_abroad(st: ActorState, iso3: str, after: int) -> bool:
    """True where the story under a colon dateline's city (`GENEVA: ...`) names another country or its people, or an
    international body of the lexicon (`the World Health Organization`): the outlets that write their own cities so
    write the cities they report from abroad so too (`Geneva: India told the rights council ...`), and such a city
    only hosts the story, as `GENEVA` alone does (review55a)."""
    for i, (label, entry, end) in st.hits.items():
        if st.toks[i].idx < after:
            continue
        if label in ("CTRY", "DEM") and isinstance(entry, str) and entry != iso3 or \
                label == "ORG" and getattr(entry, "country", None) == "IGO":
            return True
    return False


def _small_town_alone(dl) -> Optional[str]:
    """The country of a dateline that is a town alone, no large city of any country (`_place_of`), every populated
    place of whose name is in that one country (`MONTOURSVILLE --`: USA; not `CROMWELL`, a town in New Zealand too):
    a local paper datelines its own towns so (act33: GVA and LGL reports with no other cue had no country)."""
    place = (dl.place or "").strip().rstrip(",")
    if dl.region or not place or not place.replace(" ", "").replace("-", "").replace(".", "").isalpha():
        return None
    name = place.title() if place.isupper() else place
    if _place_of(name) is not None:
        return None
    return lex.settlement_country(name)


def told_country(st: ActorState, toks) -> "str | None":
    """The country a demonym says on any of `toks` (an adjective before it: `Cypriot government employees`, `a source
    from Egyptian ministry of health`, `Israeli sources`), or, for `local` on one of them, the dateline's (`Local
    sources said` under `NAIROBI, Kenya`); None when none or two say one (review56a: staff and sources in a story of
    several countries were left with no country). One reading for both: employees.py and sources.py (words57)."""
    found = set()
    for t in toks:
        for k in children(t):
            if k.i < t.i and k.dep_ in ("amod", "compound"):
                if k.text in st.countries.demonyms:
                    found.add(st.countries.demonyms[k.text])
                elif k.lower_ == "local" and k.dep_ == "amod":
                    found.add(dateline_country(st))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _us_city_alone(st: ActorState) -> bool:
    """True for a dateline that is a large American city with no state or country after it (`ATLANTA (AP)`)."""
    dl = st.ctx.layout.dateline
    place = ((dl.place or "") if dl is not None else "").strip().rstrip(",")
    return bool(place) and not dl.region and lex.place_country(place.title()) == "USA"


@functools.lru_cache(maxsize=1)
def us_state_forms() -> frozenset[str]:
    """The names of the US states and their abbreviations (place_aliases.tsv)."""
    forms = {r["alias"] for r in rows("place_aliases.tsv", ("alias", "target")) if r["target"].startswith("US-")}
    return frozenset(forms) | lex.us_states()


def us_state_forms_from(text: str) -> tuple[str, ...]:
    """The forms of `us_state_forms` that `text` may start with: those of its first character (a form starts a text
    only where their first characters agree), so that a test of a text's start tries a few forms, not all (speed38b)."""
    by, empty = _state_forms_by_initial()
    return by.get(text[:1], empty)


@functools.lru_cache(maxsize=1)
def _state_forms_by_initial() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """`us_state_forms` by first character, and the forms every text starts with (an empty form, under each
    character too; none now)."""
    empty = ("",) if "" in us_state_forms() else ()
    by: dict[str, list[str]] = {}
    for form in sorted(f for f in us_state_forms() if f):
        by.setdefault(form[0], []).append(form)
    return {k: tuple(v) + empty for k, v in by.items()}, empty


def american_story(st: ActorState) -> bool:
    """True when the article is told in the United States by its dateline, or by its places and words of American
    institutions (`place_votes` with `cues`) more than by any other country's: there `Georgia` at the head of a
    public body's name (`the Georgia Department of Corrections`) is the US state."""
    if dateline_country(st) == "USA":
        return True
    votes = place_votes(st, 0, len(st.ctx.text), cues=True)
    top = (+votes).most_common(2)
    return bool(top) and top[0][0] == "USA" and (len(top) == 1 or top[0][1] > top[1][1])


def country_of_sentence(st: ActorState, at: int) -> Optional[str]:
    """The one country whose name the sentence holding offset `at` gives (as an actor or a place), else None:
    police are of the place where they are."""
    span = char_span(st.doc, at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = sentence_of(st.doc, span.start)
    found = {entry for i, (label, entry, end) in st.hits.items() if label == "CTRY" and sent.start <= i < sent.end
             and not _inside_body_name(st, i, end)}
    return found.pop() if len(found) == 1 else None


def _placed_in(st: ActorState, c: Cluster) -> Optional[str]:
    """The one country of the place a body's own mention is put in by the parse: `Police in Istanbul`, `police in
    the southern town of Akcakale`, `Police in the French city of Lyon` (a large city, a town every place of whose
    name is in one country, or a country's word on a place noun, actor_words.tsv `place_noun`). None in an American
    story (its towns share their names with towns abroad: the home decides) and where the mentions name two."""
    if american_story(st):
        return None
    found = set()
    for s, e in c.mentions:
        span = char_span(st.doc, s, e)
        if span is None:
            continue
        for prep in children(span.root):
            if prep.dep_ == "prep" and prep.lower_ == "in":
                found.update(_place_country_at(st, obj) for obj in children(prep) if obj.dep_ == "pobj")
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _place_country_at(st: ActorState, tok, hops: int = 1) -> Optional[str]:
    """The country of the place a preposition's object names (`_placed_in`): a country's name or people's word on it
    or, for a place noun (`the town of Akcakale`, `the French city of Lyon`), on its modifiers or its `of` object."""
    h = hit_at(st, tok.i)
    if h and h[0] in ("CTRY", "DEM"):
        return h[1]
    if tok.lower_ in lex.words("place_noun"):
        for child in children(tok):
            h = hit_at(st, child.i)
            if child.dep_ == "amod" and h and h[0] in ("CTRY", "DEM"):
                return h[1]
            if child.dep_ == "prep" and child.lower_ == "of" and hops:
                return next((_place_country_at(st, o, hops - 1) for o in children(child) if o.dep_ == "pobj"), None)
        return None
    ent = next((x for x in entities(st.doc) if x.start <= tok.i < x.end and
                (x.label_ in ("GPE", "LOC") or hops == 0 and x.label_ in ("ORG", "PERSON"))), None)
    if ent is None:                               # (after `the town of` a name is the town's, however tagged)
        return None
    name = _bare(ent.text)
    return _place_of(ent.text) or lex.town_country(name) or lex.settlement_country(name)


def _inside_body_name(st: ActorState, i: int, end: int) -> bool:
    """True when tokens [i, end) are a word of a longer organisation's name (`Georgia` of `the Georgia Bureau of
    Investigation`): the body's country was decided with its name, and the word names no place of the sentence."""
    a, b = st.toks[i].idx, st.toks[end - 1].idx + len(st.toks[end - 1])
    return any(c.key[0] == "O" and (s, e) in c.mentions and s <= a and b <= e and (s, e) != (a, b)
               for s, e, c in st.mentions.around(a, b))


def _spans_countries(c: Cluster) -> bool:
    return bool(set(c.name.lower().split()) & lex.words("bloc"))


def _transnational(c: Cluster) -> bool:
    """A lexicon organisation whose row gives no country (al-Qaeda, Islamic State) belongs to none."""
    org = lex.organisation_forms().get(c.name) if c.key[0] == "O" else None
    return org is not None and org.country is None


def _pronoun_boss(st: ActorState, c: Cluster) -> Optional[Cluster]:
    """The person a possessive pronoun before a staff title stands for (`Her chief policy aide, Jake Sullivan`,
    with `Her` linked to Hillary Clinton by the coreference pass), for a person with a staff title and no
    sector."""
    if c.key[0] == "P" and c.person is not None and c.person.at(st.day)[1] is None and c.stated_title:
        sector, role = c.stated_title             # a lexicon person with no office yet (`Jake Sullivan` in 2016)
    elif c.key[0] == "P?":
        sector, role = c.sector, c.role
    else:
        return None
    if sector not in (None, "GOV") or role not in lex.words("staff"):
        return None
    for s, e in c.mentions:
        span = char_span(st.doc, s, e, alignment_mode="expand")
        if span is None or span[0].tag_ != "PRP$":
            continue
        for ms, me, other in st.mentions.around(span[0].idx, span[0].idx + len(span[0])):
            if other is not c and (ms, me) in other.mentions and other.key[0] in ("P", "P?"):
                return other
    return None


def _boss_of(st: ActorState, tok) -> Optional[Cluster]:
    """The person a staff noun works for, named as its possessor or after its `for`/`to` (`Lee's spokesman`, `a
    spokesman for Lee`, `an adviser to Ann Lee`)."""
    for child in children(tok):
        if child.dep_ == "poss" and child.i in st.person_at:
            return st.person_at[child.i]
        if child.dep_ == "prep" and child.lower_ in ("for", "to") and child.i > tok.i:
            for obj in children(child):
                if obj.dep_ == "pobj" and obj.i in st.person_at:
                    return st.person_at[obj.i]
    return None


def _staff_person(st: ActorState, tok) -> Optional[Cluster]:
    """The named person a staff noun stands in apposition with (`Tom Reedy, a spokesman for Lee`, `Lee's spokesman,
    Tom Reedy,`)."""
    if tok.dep_ == "appos" and tok.head.i in st.person_at:
        return st.person_at[tok.head.i]
    found = next((st.person_at[c.i] for c in children(tok) if c.dep_ == "appos" and c.i in st.person_at), None)
    if found is not None:
        return found
    for prep in children(tok):                    # `A spokesman for Lee, Tom Reedy,`: the parser hangs the name on
        if prep.dep_ == "prep" and prep.lower_ in ("for", "to"):   # the boss, the nearer noun
            for obj in children(prep):
                if obj.dep_ == "pobj" and obj.i in st.person_at:
                    return next((st.person_at[a.i] for a in children(obj) if a.dep_ == "appos" and
                                 a.i in st.person_at and st.person_at[a.i] is not st.person_at[obj.i]), None)
    return None


def staff_bosses(st: ActorState) -> None:
    """A spokesperson, aide or adviser named in apposition with the staff noun and its boss (`Tom Reedy, a spokesman
    for Sen. Ann Lee`, `Lee's spokesman, Tom Reedy`, `A spokesman for Lee, Tom Reedy, said`) speaks for the boss and
    takes the boss's country and sector (GUIDE.md, session 51: a spokesperson or staff member speaking for a public
    figure takes his sector); the staff noun's description is a mention of the named person, not an actor of its own.
    A boss with no sector or a private one (CVL) leaves the person as the title made him (sect52)."""
    staff = lex.words("staff")
    if not st.text_holds(staff):
        return                                    # (no staff word in the text: nothing to do; speed39b's gate)
    for tok in tokens(st.doc):
        if tok.lower_ not in staff or tok.pos_ != "NOUN" or \
                any(c.lower_ in lex.words("not_now") for c in children(tok) if c.i < tok.i):
            continue                              # (`a former adviser to Ames`: no one's staff now)
        boss, person = _boss_of(st, tok), _staff_person(st, tok)
        if boss is None or person is None or boss is person or person.person is not None:
            continue
        country, sector = boss.country, boss.sector
        if boss.person is not None:
            country, sector, _ = boss.person.at(st.day)
        if sector in (None, PRIVATE, "ELI"):
            continue
        person.sector, person.role = sector, person.role or tok.lower_
        person.country = person.country or (country if country != "IGO" else None)
        for ms, me, other in list(st.mentions.around(tok.idx, tok.idx + len(tok))):
            if other is not person and other.key[0] in ("D", "G") and (ms, me) in other.mentions and \
                    ms <= tok.idx and me < person.first:
                other.mentions.discard((ms, me))  # `A spokesman for Lee, Tom Reedy`: one person
                person.mentions.add((ms, me))
            elif other is not person and other.key[0] in ("D", "G") and (ms, me) in other.mentions and \
                    ms <= tok.idx and ms > person.first:
                other.mentions.discard((ms, me))  # `Tom Reedy, a spokesman for Lee`
                person.mentions.add((ms, me))


def _foreign_party_words(st: ActorState, home: str) -> None:
    """A foreign party named only by a plural word (`Conservatives`, `Tories`) in an article about another
    country that never names the party's own: the home country's people of that persuasion (`Conservatives` in
    an American story are no British party), a group of private people."""
    named = {iso for _, iso in st.country_marks}
    for c in st.clusters.values():
        if c.key[0] != "O" or c.sector != "PTY" or not c.country or c.country in (home, "IGO") or \
                c.country in named or not c.mentions:
            continue
        if all(st.ctx.text[s:e].endswith("s") and " " not in st.ctx.text[s:e] for s, e in c.mentions):
            c.country, c.sector, c.role = home, PRIVATE, "people"
            c.name = st.ctx.text[slice(*min(c.mentions))]


def _described_again(st: ActorState) -> None:
    """`An Anderson County grand jury indicted ...` then `The grand jury heard ...`: a group named only by `the` and the
    role's words joins the one description of that role and sector that came first (one actor, not two)."""
    text = st.ctx.text
    firsts: dict = {}
    for c in st.clusters.values():
        if c.key[0] == "D" and c.mentions and c.role:
            firsts.setdefault((c.role, c.sector), []).append(c)
    for c in list(st.clusters.values()):
        if c.key[0] != "G" or not c.mentions or c.members:
            continue
        earlier = [d for d in firsts.get((c.role, c.sector), []) if d.first < c.first and
                   (d.country is None or c.country is None or d.country == c.country)]
        if len(earlier) != 1 or not all(text[s:e].lower().startswith("the ") and " and " not in text[s:e]
                                        for s, e in c.mentions):
            continue
        d = earlier[0]
        for span in list(c.mentions):
            d.mentions.add(span)
            c.mentions.discard(span)


def _spoken_of_only(st: ActorState) -> None:
    """A person or body named only by a role of actor_words.tsv `acting_only` (`witnesses`, `the grand jury`, `the
    victim`) none of whose mentions is a subject, an agent or a verb's object is no actor (`testified before a grand
    jury`, `a witness list`, `the victim's family`)."""
    roles = lex.words("acting_only")
    for c in st.clusters.values():
        if c.key[0] not in ("G", "D") or (c.role or "") not in roles or c.members or not c.mentions:
            continue
        if not any((span := char_span(st.doc, s, e)) is not None and _acts_or_undergoes(span.root)
                   for s, e in c.mentions):
            for span in list(c.mentions):
                c.mentions.discard(span)


def _juries_of_no_court(st: ActorState) -> None:
    """A jury (titles.tsv `jury`, `juries`: a trial's, JUD, act52a) in an article with no word of a trial
    (actor_words.tsv `jury_court`: `the festival jury awarded`, `a jury of three bakers picked`, `the race jury
    disqualified her`) judges no case, and one named only in `the jury is (still) out` is a saying: no actor
    (review52d). A grand jury is left alone."""
    found = [c for c in st.clusters.values() if c.key[0] in ("G", "D") and c.role == "jury" and c.sector == "JUD" and
             c.mentions and not c.members]
    if not found:
        return
    trial = lemma_in(st.doc, lex.words("jury_court"))
    for c in found:
        spans = [char_span(st.doc, s, e) for s, e in c.mentions]
        if trial and not all(sp is not None and _jury_is_out(sp.root) for sp in spans):
            continue
        for span in list(c.mentions):
            c.mentions.discard(span)


def _jury_is_out(tok) -> bool:
    """`The jury is still out on the plan`: the subject of `be` with `out` (not decided yet), no jury's act."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_ == "be" and any(k.lower_ == "out" for k in children(verb))


_ACTING_WORDS = frozenset(("GOV", "LEG", "JUD", "COP", "MIL", "PTY", "REB", "LAB", "MED"))   # orgwords.tsv sectors
#   of a body that acts wherever it is named (`in the Superior Court`, `told the Courier`): never passed over here


def _named_only_as_places(st: ActorState) -> None:
    """An organisation's name that no lexicon holds and that the article writes only as where something happens or
    lies - the object of a preposition of place (actor_words.tsv `inert_prep`: `held at the Oak Family Life Center`,
    `viewed at the New London City Office`, `an entrance into Ridge State University`) after a verb or a thing's
    noun, or the modifier of a contest's or a programme's noun (`label_head`: `their Asian Champions League campaign`,
    `her Frock Exchange TV show`; not `a Cricket Board statement`, `spoke with ABC11 off-camera`, which act) -
    never a subject, object, owner or speaker, is a place or a label, no actor (act35a). Kept: a name after a person's
    noun or a verb of belonging (`a student at ...`, `worked at ...`: where one belongs, `inert_keep`), and a name
    with an organisation word of a body that acts (a court, a council, the police, a newspaper)."""
    org_words, forms = lex.org_words(), lex.organisation_forms()
    spoken = {id(c) for c in st.speaker_of.values()}
    text = st.ctx.text
    for c in st.clusters.values():
        if c.key[0] not in ("O", "P?") or not c.mentions or c.members or id(c) in spoken or c.name in forms:
            continue
        person = c.key[0] == "P?"
        if person and (c.person is not None or c.stated_title is not None):
            continue
        if all(_placed_only(st, s, e, org_words, person) for s, e in c.mentions if text[s:e][:1].isupper() or
               text[s:e][:4].lower() == "the ") and \
                all(text[s:e][:1].isupper() or text[s:e][:4].lower() == "the " for s, e in c.mentions):
            for span in list(c.mentions):
                c.mentions.discard(span)


_OPENING_QUOTES = ("“", '"', "''", "``", "‘")
_CLOSING_QUOTES = ("”", '"', "''", "’")


def _quoted(text: str, s: int, e: int) -> bool:
    """True when characters [s, e) are the whole of a quotation: an opening quote mark right before them and a closing
    one right after them or after one stop or comma (`“Modern Family.”`, `''Harlan Revealed,''`)."""
    after = text[e:e + 3]
    if after[:1] in (".", ",", "!", "?"):
        after = after[1:]
    return any(text[max(0, s - len(q)):s] == q for q in _OPENING_QUOTES) and after.startswith(_CLOSING_QUOTES)


def _titles_in_quotes(st: ActorState) -> None:
    """An unknown person's name or a description every mention of which is capitalised and is the whole of a
    quotation (`enjoys “Modern Family.”`, `set to publish ''Harlan Revealed,'' a biography`) is a title - a show's,
    a book's, a film's, a slogan - no actor (act37b). Names of organisations, lexicon people and speakers are kept
    (a group may be named in quotes: `the so-called “Gang of Eight”`), but a lexicon broadcaster's name is often
    his show's (`citing “Bill Maher” as his guilty pleasure`: act50a)."""
    spoken = {id(c) for c in st.speaker_of.values()}
    text = st.ctx.text
    for c in st.clusters.values():
        if c.key[0] not in ("P?", "G", "D", "P") or not c.mentions or c.members or id(c) in spoken or \
                c.person is not None and c.person.at(st.day)[1] != "MED" or c.person is None and c.key[0] == "P":
            continue
        if all(text[s:e][:1].isupper() and _quoted(text, s, e) for s, e in c.mentions):
            for span in list(c.mentions):
                c.mentions.discard(span)


def _person_noun(tok) -> bool:
    """A noun of a person or a group of people (titles.tsv, any kind, by its word or lemma)."""
    return tok.lower_ in lex.titles() or tok.lemma_.lower() in lex.titles()


def _placed_only(st: ActorState, s: int, e: int, org_words: dict, person: bool = False) -> bool:
    """True when the name over characters [s, e) stands as a place (`_named_only_as_places`): also, for an organisation
    or an unknown person's name, the `of`-object or the modifier of a lower-case place noun (actor_words.tsv
    `place_noun`: `the southern village of Bani Hamad`, `from the Kvemo-Kartli region`: act35d), or the possessor of
    a thing found or located there (common.found_there: `Lake Lanier's watershed`: act35e)."""
    span = char_span(st.doc, s, e)
    if span is None or any(org_words.get(t.lower_) in _ACTING_WORDS for t in span):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    head = root.head
    places = lex.words("place_noun")
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.is_lower and head.head.lower_ in places and \
            not _acts_or_undergoes(head.head):
        return True                               # `near the southern village of Bani Hamad`
    if root.dep_ in ("compound", "nmod") and head.i >= span.end and head.is_lower and head.lower_ in places:
        return True                               # `from the Kvemo-Kartli region`
    if root.dep_ == "poss" and found_there(head):
        return True                               # `overflows that affect Lake Lanier's watershed` (act35e)
    if person:
        return False
    if root.dep_ == "pobj" and head.lower_ in lex.words("inert_prep"):
        owner = head.head
        if owner.pos_ in ("VERB", "AUX"):
            return owner.lemma_.lower() not in lex.words("inert_keep")
        return owner.pos_ == "NOUN" and owner.is_lower and not _person_noun(owner)
    if root.dep_ in ("compound", "nmod") and head.i >= span.end and head.is_lower and \
            head.lemma_.lower() in lex.words("ruling_head"):
        return any(c.dep_ == "poss" for c in head.children)   # `the Supreme Court's Citizens United decision`: a
        #                                       case the owner decided; `the INS decision`: the agency's own (act36a)
    return root.dep_ in ("compound", "nmod") and head.i >= span.end and head.is_lower and \
        head.lemma_.lower() in lex.words("label_head")


def _acts_or_undergoes(tok) -> bool:
    """True for a subject, the object of `by` after a passive verb (`indicted by a grand jury`), a verb's object, or
    the second of two such (`Police and witnesses said`)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass", "agent") or tok.dep_ == "pobj" and tok.head.dep_ == "agent" or \
        tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and not _may_be_done(tok)


def _may_be_done(tok) -> bool:
    """True for a bare plural (no determiner, owner or number) that is the object of a verb in the infinitive or after
    a modal (`Both sides are free to call witnesses`, `the defense may call witnesses`): what may be done, to nobody
    in particular (act26a); `Police interviewed witnesses` keeps its witnesses."""
    verb = tok.head
    return tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in children(tok)) and \
        any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in children(verb))


def _own_cue_country(st: ActorState) -> None:
    """A group or body with no country whose own words are a phrase of one country's institutions (home_cues.tsv:
    `a grand jury`, `the county sheriff`) is of that country, whatever the home of the story (`LONDON - ... a grand
    jury in New York indicted his partner`: American, not British)."""
    text = st.ctx.text
    for c in st.clusters.values():
        if c.country is not None or c.key[0] not in ("G", "D", "O") or c.members or not c.mentions:
            continue
        found = {iso3 for s, e in c.mentions for iso3 in _mention_cues(text[s:e])}
        if len(found) == 1:
            c.country = found.pop()


def _mention_cues(words: str) -> frozenset[str]:
    """The countries `cue_votes` gives one mention's words (`the county sheriff`), kept by the words for the process:
    a pure function of them, and groups' mentions repeat across articles (`police`, `officials`). Asked of every
    mention of a group or body with no country, `cue_votes` cost ~7 us a mention and put the mention in place of the
    whole text it keeps (`_WHOLE_TEXT`), which the next pass then read again (speed40b)."""
    found = _MENTION_CUES.get(words)
    if found is None:
        if len(_MENTION_CUES) >= _MENTION_CUES_MAX:
            _MENTION_CUES.clear()
        found = _MENTION_CUES[words] = frozenset(_votes(words, 0, len(words)))
    return found


_MENTION_CUES: dict[str, frozenset] = {}
_MENTION_CUES_MAX = 50_000        # (a bound on the memo: cleared whole when reached)


def codes(st: ActorState) -> None:
    """Give domestic actors with no country the article's home country; then drop the names written only as places,
    after their countries have voted for the article's home (act35a)."""
    _codes(st)
    _named_only_as_places(st)                     # `held at the Oak Family Life Center`: where, no actor (act35a)
    _titles_in_quotes(st)                         # `enjoys “Modern Family.”`: a show's or a book's title (act37b)
    political_writers(st)                         # `Author Ann Roe`, on a campaign: a commentator, MED (sect52)
    press_writers(st)                             # `Ann Roe, writing for the Harlow Courier`: the press, MED (act53a)
    broadcast_hosts(st)                           # `Ann Roe, who hosts a nightly show`: a presenter, MED (sect52)
    embassy_staff(st)                             # `a British Embassy spokesman` in Tanzania: GBR, GOV (act55b)
    described_nationals(st)                       # `X, the Saudi financier in exile`: SAU where the lexicon has none
    owned_papers(st)                              # `the Communist Party daily Granma`: one outlet, no party (act55b)


_PAPER_OWNER = re.compile(r"(?:(?<![\w-])[Tt]he )?([A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*){0,4}) ([a-z]+) $")


def owned_papers(st: ActorState) -> None:
    """An outlet named after its owner and a paper's noun (actor_words.tsv `media_noun`: `the Communist Party daily
    Granma`, `the ruling party newspaper Nhan Dan` when the party is named): the whole phrase is the outlet's mention,
    and the owner's name there is no mention of the owner (it neither speaks nor acts: the paper does), as GUIDE.md
    reads a company named as its product's modifier (act55b: tune56's `The Communist Party daily Granma compared ...`
    was the party's, and an unlabelled Havana story had the party and the paper as two actors)."""
    nouns = lex.words("media_noun")
    if not st.text_holds(nouns):
        return
    text = st.ctx.text
    for c in list(st.clusters.values()):
        if c.key[0] != "O" or c.sector != "MED" or not c.mentions:
            continue
        for s, e in sorted(c.mentions):
            lo = max(0, s - 80)
            m = _PAPER_OWNER.search(text, lo, s)
            if m is None or m.end() != s or m.group(2) not in nouns:
                continue
            a, b = m.span(1)
            owners = [(o, (x, y)) for x, y, o in st.mentions.around(a, b)
                      if o is not c and x in (a, m.start()) and y == b and (x, y) in o.mentions and o.key[0] in ("O", "S")]
            if not owners:
                continue
            for o, span in owners:
                o.mentions.discard(span)        # (`The Communist Party` with its article, or without)
            c.mentions.discard((s, e))
            c.mentions.add((m.start(), e))


def described_nationals(st: ActorState) -> None:
    """A lexicon person whose row gives no country (a transnational figure) takes the one country of the people's
    words (DEM) that modify the head noun of his descriptions in the text (`Osama bin Laden, the Saudi financier
    in exile`: SAU), as a title before the name gives it (`Saudi terrorist Osama bin Laden`, people.py
    `_apply_title`); GUIDE.md: the country the text gives. A people's word that is part of a longer word (`the
    Saudi-born militant`) or of another noun (`the foe of Saudi rulers`) says nothing, nor two (`the Saudi and Yemeni
    financier`) (act55b: tune56 and dev)."""
    for c in st.clusters.values():
        if c.person is None or c.stated_country is not None or c.person.at(st.day)[0] is not None:
            continue
        found = set()
        for s, e in c.mentions:
            span = char_span(st.doc, s, e)
            if span is None or span[0].lower_ not in ("the", "a", "an") or span.root.pos_ != "NOUN":
                continue
            for t in children(span.root):
                if t.dep_ not in ("amod", "compound") or t.i > span.root.i:
                    continue
                for w in (t, *t.conjuncts):       # (`the Saudi and Yemeni financier`: two, none)
                    h = hit_at(st, w.i)
                    if h and h[0] == "DEM" and isinstance(h[1], str) and \
                            not (w.i + 1 < len(st.doc) and st.toks[w.i + 1].text == "-"):
                        found.add(h[1])
        found.discard("IGO")
        if len(found) == 1:
            c.stated_country = found.pop()


def embassy_staff(st: ActorState) -> None:
    """People described by an embassy's word before their noun (actor_words.tsv `embassy_word`: `a U.S. Embassy
    official`, `a British Embassy spokesman`, `Embassy employees`) are the diplomats of the embassy's state, GOV
    (GUIDE.md: diplomats), not the host country's nor workers (LAB): the state is the country word right before the
    embassy word in the mention, else the one state whose embassy the article names with a country word (`the
    American Embassies in Kenya and Tanzania ... Embassy employees`); where it names two the country stays and the
    sector is still GOV (act55b: tune56's embassy employees were Kenya's, an unlabelled wire story's embassy official
    had no country). A body that is only the bare word (`Embassy employees` read as a body `Embassy`) takes the one
    named state too; a body named otherwise (`the embassy` in a state's cluster) is left to the state passes, and
    `the embassy bombing` is no one's staff (no noun of people)."""
    words = lex.words("embassy_word")
    if not st.text_holds(words):
        return
    named = _embassy_states(st, words)
    for c in st.clusters.values():
        if c.key[0] == "O" and c.name.lower() in words and len(named) == 1 and c.mentions and \
                all(st.ctx.text[s:e].lower() in words for s, e in c.mentions):
            c.country, c.sector = next(iter(named)), "GOV"    # `Embassy employees` read as a body `Embassy`
            continue
        if c.key[0] not in ("D", "G", "P?") or c.members or c.person is not None or not c.mentions:
            continue
        for s, e in sorted(c.mentions):
            span = char_span(st.doc, s, e)
            if span is None or span.root.lower_ in words:
                continue
            emb = next((t for t in span if t.lower_ in words and t.head.i == span.root.i and t.i < span.root.i), None)
            if emb is None:
                continue
            if c.sector not in (None, "LAB", PRIVATE, "GOV"):
                break                             # `Embassy protesters`, `embassy attackers`: people whose own noun
                #                                   says what they are, at the embassy, not of it (review55a)
            iso3 = _country_word_before(st, emb) or (next(iter(named)) if len(named) == 1 else None)
            if c.sector in (None, "LAB", PRIVATE):
                c.sector = "GOV"
            if iso3 is not None:
                c.country = iso3
            break


def _country_word_before(st: ActorState, tok) -> Optional[str]:
    """The country of the country's name or people's word right before a token (`U.S.` of `U.S. Embassy`), else None."""
    h = hit_at(st, tok.i - 1) if tok.i > 0 else None
    return h[1] if h and h[0] in ("CTRY", "DEM") and isinstance(h[1], str) else None


def _embassy_states(st: ActorState, words: frozenset) -> set:
    """The states whose embassies the article names with a country word right before the embassy word (`the
    American Embassies`, `the U.S. Embassy`)."""
    return {iso3 for t in tokens(st.doc) if t.lower_ in words and (iso3 := _country_word_before(st, t))}


@functools.lru_cache(maxsize=1)
def _writer_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """actor_words.tsv `writer_title` right before a name (`thriller writer Ann Roe`), the same after a name as its
    apposition (`Ann Roe, author of`, `Ann Roe, a best-selling novelist`), and `politics_word` as whole words."""
    titles = "|".join(map(re.escape, sorted(lex.words("writer_title"), key=len, reverse=True)))
    works = "|".join(map(re.escape, sorted(lex.words("writer_work"), key=len, reverse=True)))
    politics = "|".join(map(re.escape, sorted(lex.words("politics_word"), key=len, reverse=True)))
    return (re.compile(r"(?<![\w-])(?:" + titles + r")\s+$", re.IGNORECASE),
            re.compile(r"^,\s+(?:(?:(?:an?|the|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:" + titles + r")"
                       r"|whose\s+(?:[\w-]+\s+){0,2}?(?:" + works + r"))\b", re.IGNORECASE),
            re.compile(r"(?<![\w-])(?:" + politics + r")(?![\w-])", re.IGNORECASE))


def political_writers(st: ActorState) -> None:
    """A person the article calls a writer or a maker of films (actor_words.tsv `writer_title`: `Author Ann Roe`,
    `thriller writer Ann Roe`, `Ann Roe, author of ...`) and gives no office, who is named in a sentence about
    elections, campaigns or government (`politics_word`: `Author Ann Roe will discuss her book on the president`,
    `told a radio host she might enter the race as a third-party candidate`), is a political commentator, MED
    (GUIDE.md, session 51); a writer whose sentences say nothing of politics (a novel, a river, a local history) stays
    a private trade (sect52)."""
    if not st.text_holds(lex.words("writer_title") | lex.words("writer_work")):
        return                                    # (no writer's word or work in the text; speed39b's gate)
    before, after, politics = _writer_words()
    text = st.ctx.text
    for c in st.clusters.values():
        if c.key[0] not in ("P", "P?") or c.person is not None or c.sector not in (None, PRIVATE, "BUS") or \
                not c.mentions:
            continue
        if not any(_titled(text, before.search(text, max(0, s - 40), s)) or after.match(text[e:e + 60])
                   for s, e in c.mentions):
            continue
        said = set()
        for s, _ in c.mentions:
            span = char_span(st.doc, s, s + 1, alignment_mode="expand")
            if span is not None:
                sent = sentence_of(st.doc, span[0].i)
                said.add((sent.start_char, sent.end_char))
        if any(_political(text, m, c) for a, b in said for m in politics.finditer(text, a, b)):
            c.sector, c.role = "MED", "commentator"


@functools.lru_cache(maxsize=1)
def _press_writing() -> re.Pattern:
    """`, writing for` + a capitalised word (actor_words.tsv `press_writing`), right after a person's mention."""
    words = "|".join(sorted((re.escape(w) for w in lex.words("press_writing")), key=len, reverse=True))
    return re.compile(rf",? (?:{words}) (?:the |The )?[A-Z]")


def press_writers(st: ActorState) -> None:
    """A person the article gives no office and no trade but writing for a publication named right after the name
    (actor_words.tsv `press_writing`: `Ann Roe, writing for the Harlow Courier`, `Ann Roe, who writes for Grist`) is
    the press, MED, as a columnist or a reporter is (act53a, tune49: a columnist quoted `writing for` an online outlet
    was CVL). Left alone: a person with a lexicon entry or a sector from a title (`Senator Ann Roe, writing in the
    Harlow Courier`: an op-ed of a senator stays LEG), and `writing to` a body (a letter: no publication). The
    publication named there, where nothing gave it a sector, is the press too (`Grist Daily`)."""
    if not st.text_holds(frozenset({"writing", "writes"})):
        return
    cue, text = _press_writing(), st.ctx.text
    for c in st.clusters.values():
        if c.key[0] not in ("P", "P?") or c.person is not None or c.sector not in (None, PRIVATE) or not c.mentions:
            continue
        found = [m for _, e in c.mentions if (m := cue.match(text, e, e + 60)) and _publication_at(st, m.end() - 1, c)]
        if not found:
            continue
        c.sector, c.role = "MED", "writer"
        starts = {m.end() - 1 for m in found}
        for o in st.clusters.values():            # the publication, where no lexicon gave it a sector
            if o is not c and o.sector is None and o.key[0] not in ("P", "P?") and \
                    any(s in starts for s, _ in o.mentions):
                o.sector = "MED"


_NO_PUBLICATION = frozenset(("DATE", "TIME", "LANGUAGE", "NORP", "GPE", "LOC", "CARDINAL", "ORDINAL", "PERSON"))


def _publication_at(st: ActorState, at: int, writer) -> bool:
    """The word at character `at`, after `writing for` / `writing in`, may open a publication's name: not a date, a
    language, a people or a place (`writing in March`, `writing in Spanish`, `writing in Iowa`), and no body that the
    article gave a sector other than the press's (`writing for the 9th Circuit majority`, `writing for the Harlow
    Planning Commission`, `writing for the Clinton campaign`: the court's, the board's, the campaign's own; review53b)."""
    span = st.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span[0].ent_type_ in _NO_PUBLICATION:
        return False
    return not any(o is not writer and o.sector not in (None, "MED") and any(s <= at < e for s, e in o.mentions)
                   for o in st.clusters.values())


def _titled(text: str, m: Optional[re.Match]) -> bool:
    """A writer_title before a name that is not another's trade (`speech writer Ann Roe`: a `writer_not` word before
    it makes the writer staff, no author of his own; review52f)."""
    if m is None:
        return False
    words = text[max(0, m.start() - 30):m.start()].split()
    return not (words and words[-1].lower() in lex.words("writer_not"))


def _political(text: str, m: re.Match, c: Cluster) -> bool:
    """A politics_word match that says something of politics: not a word of the writer's own description (`Author
    Ann Roe, the president of the garden club`), nor of a `politics_not` phrase (`Harlow Primary School`) (review52f)."""
    if any(s <= m.start() and m.end() <= e for s, e in c.mentions):
        return False
    low = text[m.start():m.start() + 40].lower()
    return not any(low.startswith(p) and not low[len(p):len(p) + 1].isalnum() for p in lex.words("politics_not"))


def broadcast_hosts(st: ActorState) -> None:
    """A person a relative clause says fronts a broadcast (actor_words.tsv `host_verb` with a `programme_word` or
    `show` object: `Ann Roe, who hosts a nightly show on WXN,`) is a presenter, MED, as a host named by title is
    (GUIDE.md, act26b); hosting a dinner or a party is no broadcast (sect52)."""
    verbs = lex.words("host_verb")
    if not st.text_holds(verbs):
        return                                    # (speed39b's gate)
    shows = lex.words("programme_word") | {"show"}
    for c in st.clusters.values():
        if c.key[0] not in ("P", "P?") or c.person is not None or c.sector not in (None, PRIVATE) or not c.mentions:
            continue
        for s, e in c.mentions:
            span = char_span(st.doc, s, e, alignment_mode="expand")
            if span is None:
                continue
            if any(r.dep_ == "relcl" and r.lemma_.lower() in verbs and
                   any(o.dep_ == "dobj" and o.lemma_.lower() in shows for o in children(r))
                   for r in children(span.root)):
                c.sector, c.role = "MED", "host"
                break


def _codes(st: ActorState) -> None:
    """Give domestic actors with no country the article's home country."""
    _described_again(st)
    _spoken_of_only(st)
    _juries_of_no_court(st)                       # `the festival jury awarded`: no court (review52d)
    for c in st.clusters.values():
        boss = _pronoun_boss(st, c)
        if boss is not None:                      # a staff title takes the boss's country and sector
            country, sector = boss.country, boss.sector
            if boss.person is not None:
                country, sector, _ = boss.person.at(st.day)
            sector = sector if sector not in ("CVL", "ELI") else None
            if c.key[0] == "P":
                c.stated_title = (sector, c.stated_title[1])
            else:
                c.country = c.country or (country if country != "IGO" else None)
                c.sector = sector
    staff_bosses(st)                              # `Tom Reedy, a spokesman for Sen. Lee`: the boss's sector (sect52)
    for c in st.clusters.values():
        if _campaign_staff(st, c) or _candidate_staff(st, c):
            c.sector = "PTY"
        else:
            _organisation_staff(st, c)
    title_bodies(st)                              # `Emergency Management Director Pat Hale`: the title's (act31c)
    board_officers(st)                            # `trustee Gail Simmons` in a school board's story: EDU (sect51)
    staff_of_body_before(st)                      # `Department of Public Safety spokesman Sid Lane`: COP (act25b)
    officials_of_named_body(st)                   # `Officials with the Harlow Sheriff's Office`: the office's (act53b)
    title_before_name(st)                         # `The spokesman for the Harlow Prosecutor's Office, Ann Lee,`: JUD (act53b)
    police_initials(st)                           # `LPD` before `LPD Lt. Brent Wheat` is read (act34b)
    _service_ranks(st)
    _bare_authorities(st)                         # `Authorities said` in a police story: COP (act30c)
    charging_ministries(st)                       # `the Justice Department charged him`: JUD (act51c)
    one_attack_groups(st)                         # `the terrorists fled`: one attack's, CRM (act51c)
    _contest_judges(st)
    sports = st.ctx.page.sports                   # the one page test (extractors/page.py, page32)
    if sports:
        _national_sides(st)                       # `Harlow beat Kenya by 40 runs`: a side, NGO (act31b)
        _team_nicknames(st)                       # `the Seahawks advanced`: a club, BUS, no person (act31b)
        _players_tagged_organisations(st)         # `Makhaya Ntini (one)` tagged ORG: a player, CVL (act31b)
        _town_clubs(st)                           # `Newcastle would make a request`, `Bolton striker X`: a club (act51b)
        _clubs(st)                                # `Everton hit back`, `Adelaide United`, `the Magpies`: BUS (act32b)
        _club_owners(st)                          # `Club owner Mike Ashley`: BUS, not a private person (act32b)
        _clubs_by_result(st)                      # `by beating Misri 2-0`, `Ahli are lucky`: a club, BUS (act35f)
        _known_clubs(st)                          # `Vancouver Canucks`, `Crystal Palace`: clubs.tsv's country (act55a)
        _college_sides(st)                        # `the Illini`, `Ohio State`, `USC` in a college game: EDU (act57a)
        _league_commissioners(st)                 # `commissioner Gary Bettman` of the NHL: the league's, BUS (act57a)
    town_governments(st)                          # `Dublin operates its own sirens`: the town's government, GOV (sect50)
    _harmed_students(st)
    police_chiefs(st)                             # `Chief John Mina said` in a police story: COP (act25b)
    facility_managers(st)                         # `Kim Doyle, manager of Splash Cove`: BUS (act52c)
    election_winners(st)                          # `attorney Ann Roe unseated Judge Tom Pike`: JUD (act52c)
    county_executives(st)                         # `County Judge Ted Varner` over a burn ban: GOV (act34g)
    titled_lists(st)                              # `Delegates A, D-Hardy; B; and C`: each a delegate (act34g)
    police_bodies(st)                             # `Los Angeles police`, `LA police`, `the LAPD`: one (act30b)
    named_relations(st)                           # `Family friend, Coreen Wilson`: a private person (act25b)
    promo_writers(st)                             # `Megan Gildow brings you the latest ...`: a writer (act25b)
    scout_units(st)                               # `Troop 52`: a scout unit, NGO (act26c)
    caption_people(st)                            # `Pictured are: ...` in a story of students: EDU (act30a)
    company_referents(st)                         # `Harlow Lift ... the company`: BUS (act30a)
    business_names(st)                            # `the Harbor Oyster Bar` tagged a person: BUS (act56d)
    for c in st.clusters.values():
        if c.key[0] == "P?" and c.sector is None and c.role is None:
            c.sector = PRIVATE                    # a person named with no office, title or organisation
    _nationalities(st)                            # `France's Nathalie Dechy`, `Ai Sugiyama of Japan`: no state (act31d)
    described = _described_nationals(st)         # `X is back. The Dutch striker has ...`: X is Dutch (act56a)
    described = _national_nouns(st) | described   # `Swede Lars Berg`, `the young South Korean`: his nationality (act57a)
    if sports:
        _club_people(st)                          # `Canucks forward Ann Roe`: the club's country (act55a)
    for c in st.clusters.values():
        if c.sector == "COP" and c.country is None and c.person is None and not c.members and c.mentions:
            c.country = country_of_sentence(st, c.first) or _placed_in(st, c)
            #                                       `In Cape Town, South Africa, police spokesman ...`; `Police in
            #                                       Istanbul`, `police in the southern town of Akcakale` (lead42)
    _own_cue_country(st)
    _american_towns(st)
    told = _homes_told(st)                        # `Her father lives in Cuba`, `the boy's relatives in Miami` (known54)
    stories = digest_stories(st.ctx.text)
    homes = [home_country(st, story) for story in stories] or [home_country(st)]
    league = _league_home(st) if not stories else (None, 0.0)
    if sports and not stories and league[0] is None:
        league = _known_club_home(st)             # `Tottenham`, `Port Vale`, `Luton Town`: clubs.tsv (act55a)
    if sports and not stories and league[0] is None:
        league = _club_home(st)                   # `The London club snatched a 2-1 win`: GBR (act32d)
    if sports and not stories and league[0] is None:
        league = _town_club_home(st)              # `Luton beat Vale`: GBR (act57a)
    if sports and not stories and league[0] is None and homes[0][0] is not None:
        homes = [_sides_home(st, homes[0])]       # `ABU DHABI (AFP) - Egypt beat Mali`: EGY, not ARE (act56a)
    if not stories and (homes[0][0] is None or sports and homes[0][1] < MOSTLY_HOME and league[0] is not None):
        homes = [league]                          # `the Latics ... the Premier League relegation zone`: GBR (act31d);
        #                                           in a sports report the league's country before a home of less
        #                                           than MOSTLY_HOME the players' national sides made (`Senegal duo
        #                                           Faye and Habib Beye`: SEN, 0.4), not before a clear one (a Toronto
        #                                           club's NBA story stays Canadian) (act32b)
    if not stories and homes[0][0] is None and not st.ctx.page.sports:
        homes = [lead_place(st)]                  # `a rock fell from the sky near a lake in a southern region of
        #                                           Peru`: a report from abroad with no dateline (act54c)
    st.doc.user_data[HOMES_KEY] = (tuple(stories), tuple(home for home, _ in homes))   # (for `home_at`)
    for key, country in (told | described).items():
        st.clusters[key].country = country        # (after the home is counted: no vote of their own)
    if all(home is None for home, _ in homes):
        return
    signed = {m.start("name") for m in signatures(st.ctx.text)} if stories else set()
    paper = Counter(home for home, _ in homes if home is not None).most_common(2)
    paper = (paper[0][0], 1.0) if paper and (len(paper) == 1 or paper[0][1] > paper[1][1]) else (None, 0.0)
    if len(homes) == 1 and homes[0][1] >= MOSTLY_HOME:
        _foreign_party_words(st, homes[0][0])
    for c in st.clusters.values():
        if c.country is not None or c.members or c.person is not None or _spans_countries(c) or \
                c.name.startswith("@") or _transnational(c) or not c.mentions:
            continue                              # a handle (`@JeffOstach`) says nothing of a country
        home, share = homes[next((k for k, (a, b) in enumerate(stories) if a <= c.first < b), 0)] if stories \
            else homes[0]
        if stories and c.first in signed:
            home, share = paper                   # a digest's writer signs for the paper: the country most of
            #                                       its stories are set in, not the story's
        if home is None:
            continue
        there = _locals_there(st, c, home)
        if there is not None:
            c.country = there                     # `going to Gaza to meet with residents` in a story of Americans'
            continue                              # trip: the people of the place, not the visitors' (review56b)
        abroad = _own_place(st, c) if c.sector in DOMESTIC else _affiliation_abroad(st, c)
        if home == "USA" and _no_us_office(c):
            c.country = _one_country_abroad(st, home)   # `The health minister, Paul Delva` in a CDC story of
            continue                              # Haiti's outbreak: no US office, Haiti's (act34d)
        if abroad is not None and abroad != home:
            c.country = abroad                    # `the medical head of Harlow District Public Health
            #                                       Service` in a story set elsewhere: NZL (act31d)
        elif c.sector in DOMESTIC and c.key[0] in ("O", "P?"):
            c.country = home
        elif share >= MOSTLY_HOME and (c.sector in DOMESTIC or c.key[0] in ("O", "P?") or
                                       (c.key[0] in ("G", "D") and c.sector not in FOREIGN_PRONE) or
                                       _one_suspect(st, c) or _home_police_case(st, c, home) or
                                       _home_victims_killer(st, c, home)):
            c.country = home


def _locals_there(st: ActorState, c: Cluster, home: str) -> Optional[str]:
    """The country of the place where a bare group of the people who live somewhere (actor_words.tsv `local_people`:
    `residents`, `villagers`, `locals`) is, told by its sentence: where each sentence of its mentions names places
    (`place_votes`) of one country only, and that is not the home (`the women are going to Gaza to meet with NGOs and
    residents` in a story of an American group's trip: PSE, not the visitors' USA; review56b, issue 11: tune62's Gaza
    residents came out American once a US group's name made the story's home the USA). Else None: a group told by
    its own place (`Ohio residents`, `residents of the camp`), a sentence of no place or of places of two countries
    (`flew from Cairo to Gaza to meet residents`), or of the home's (the home's people are the home's anyway)."""
    if c.key[0] not in ("G", "D") or c.members or c.sector not in (PRIVATE, None):
        return None
    words = lex.words("local_people")
    if not c.name or c.name.split()[-1].lower() not in words:
        return None                               # (a cheap test first: the cluster's name is a bare such noun)
    found = set()
    for s, e in c.mentions:
        span = char_span(st.doc, s, e, alignment_mode="expand")
        if span is None or not len(span) or span.root.pos_ == "PRON":
            continue
        root = span.root
        if root.lower_ not in words or any(k.dep_ in ("compound", "amod", "nmod", "poss", "prep") or k.pos_ == "PROPN"
                                           for k in children(root)):
            return None                           # `Ohio residents`, `residents of the camp`, `local residents`
        sent = sentence_of(st.doc, span.start)
        votes = +place_votes(st, sent.start_char, sent.end_char)
        if len(votes) != 1:
            return None
        found |= set(votes)
    if len(found) != 1 or home in found:
        return None
    return found.pop()


def lead_place(st: ActorState) -> tuple[Optional[str], float]:
    """The home of a report that nothing else placed (no dateline, no country its actors or places name often
    enough): the country the places of its first sentence name most (`_winner`, one vote at least: a country's own
    name, a place entity, a body's name opening with a place, `the Auckland Zoo`), as (country, 1.0), where that
    country is not the USA and is named by its own name or by places no US town shares (`a field outside a
    village by Lake Orra in the Tumbo region of Peru, close to Bolivia`: PER; `Health officials in the
    Gaza Strip confirmed`); else (None, 0). Outbreak and web reports from abroad open where they happen (act54c:
    tune54's Peruvian villagers, police and officials had no country). A local US story is left to `us_local_home`
    (a lead's `Dublin` may be Ohio's), a sports report to its leagues and clubs (`_codes` does not ask). A lead that
    tells of people from elsewhere places nothing (review54a): one that names the USA's places too (`A Texas company
    will open a plant in Monterrey, Mexico`), a people of another country (`An American tourist drowned off a beach
    near Cancun, Mexico`), a place of another country after `from` (`A doctor from Toronto who worked in Sierra
    Leone`), or a journey, a stay or a meeting (`_trip_words`: `landed in Havana for a visit`, `talks resumed in
    Lausanne, Switzerland`): visitors and their hosts are not one country's. A place in a bracket casts no vote
    (`_bracketed`: an aside)."""
    first = next((s for s in st.doc.sents if any(t.is_alpha for t in s)), None)
    if first is None:
        return None, 0.0
    votes: Counter = Counter()
    named, towns, people, origins = set(), set(), set(), set()
    for i, (label, entry, end) in st.hits.items():
        if not first.start <= i < first.end or not isinstance(entry, str) or _inside_body_name(st, i, end) or \
                _bracketed(st.toks[i]):
            continue
        if label == "DEM":
            people.add(entry)                     # `An American tourist drowned off a beach near Cancun`
        elif label == "CTRY":
            votes[entry] += 1
            named.add(entry)
            if _from_place(st.toks[end - 1]):
                origins.add(entry)
    for ent in entities(st.doc):
        if not first.start <= ent.start < first.end or ent.text in st.countries.names or _compass_region(ent.text) \
                or _bracketed(ent[0]):
            continue                              # (`the North Shore`: many towns' part, as in `place_votes`)
        if ent.label_ in ("GPE", "LOC", "FAC"):
            name = _bare(ent.text)
            iso3 = _place_of(ent.text) or lex.town_country(name)
        elif ent.label_ == "ORG":
            words = [t.text for t in ent if t.pos_ != "DET"]
            if not words or words[0].lower() in given_names():
                continue                          # `George Washington University`: a person's name, not the town
                #                                   of George (act37b's near-miss)
            name = next((" ".join(words[:k]) for k in range(min(len(words), 3), 0, -1)
                         if lex.place_country(" ".join(words[:k]))), "")
            iso3 = lex.place_country(name) if name else None
        else:
            continue
        if iso3 is None:
            continue
        votes[iso3] += 1
        if lex.us_town(name):
            towns.add(iso3)
        if _from_place(ent.root):
            origins.add(iso3)
    home, _ = _winner(votes, 1)
    if home is None or home == "USA" or home in towns and home not in named:
        return None, 0.0
    if votes["USA"] or people - {home} or origins - {home} or _trip_words(first):
        return None, 0.0                          # people of elsewhere in the lead (review54a)
    return home, 1.0


def _bracketed(tok) -> bool:
    """True for a token inside a bracket of its sentence (`Tom Hale (who spent a year in Iraq) said`): an aside,
    whose places tell of someone's past, not where the report is (review54a)."""
    for k in range(tok.i - 1, tok.sent.start - 1, -1):
        if tok.doc[k].text == ")":
            return False
        if tok.doc[k].text == "(":
            return True
    return False


def _from_place(tok) -> bool:
    """True for a place named as where someone or something comes from: the object of `from` (`a doctor from
    Toronto`, `flew in from Monrovia, Liberia`; through a conjunct or an apposition: `Monrovia, Liberia`)."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "from"


def _trip_words(sent) -> bool:
    """True for a sentence that tells a journey, a stay or a meeting away from home (actor_words.tsv `trip_word`,
    lemmas: `landed in Havana for a three-day visit`, `students stuck at an airport in Lisbon`, `fled Cuba as a
    girl`, `talks resumed in Lausanne`): the places it names are where people went, not where they are from."""
    trip = lex.words("trip_word")
    return any(t.lemma_.lower() in trip or t.lower_ in trip for t in sent if t.pos_ in ("VERB", "NOUN"))


def _homes_told(st: ActorState) -> dict:
    """A private person or group with no country yet whose own mention the text places in one country takes that
    country, not the home of the story (GUIDE.md: local people take the place's country unless the text gives them
    another home): the `in` place of a named person or of a kin or home noun (actor_words.tsv `kin`, `kin_group`,
    `home_noun`: `the boy's relatives in Miami` in a Havana story: USA; not `supporters in Madrid`), the place it
    lives in (`Her father, Ana Ruiz, lives in Cuba`), or the country it is sent, returned or deported to, as subject,
    object or owner of the deed (`will be sent back to Cuba`, `ordered him deported to Honduras`, `the girl's return
    to Cuba`; actor_words.tsv `home_return`). A place is a country's name or a large city or US state (lexicon; only
    a country's name in an American story, whose towns share names with cities abroad); a
    trip (`flew to Cuba`) or a town (`returned to Orlando`) says nothing. Mentions that name two countries leave the
    actor to the home as before. Returns the clusters' keys and their countries, given after the home is counted (known54)."""
    told, american = {}, []
    for c in st.clusters.values():
        if c.country is not None or c.person is not None or c.members or not c.mentions or \
                c.key[0] not in ("P?", "D", "G") or c.sector not in (None, PRIVATE):
            continue
        found = set()
        for s, e in c.mentions:
            span = char_span(st.doc, s, e)
            if span is not None and len(span):
                found.update(_told_homes(st, span.root, american))
        found.discard(None)
        if len(found) == 1:
            told[c.key] = found.pop()
    return told


def _told_homes(st: ActorState, root, american: list) -> list:
    """The countries one mention's head token is placed in by the parse (`_homes_told`)."""
    homely = (root.pos_ == "PROPN" or root.lemma_.lower() in lex.words("kin") | lex.words("kin_group") |
              lex.words("home_noun")) and root.dep_ != "pobj"
    #   (`supporters in Madrid`, `aid workers in Haiti`: where they are; `the killing of Jane Hart in Mexico`, `the
    #   death of her son in Iraq`: where a deed befell one, the place often the deed's, not the home's; review54b)
    out = [_lived_place(st, o, american) for prep in children(root) if homely and prep.dep_ == "prep" and
           prep.lower_ == "in" for o in children(prep) if o.dep_ == "pobj"]
    subject = root.head if root.dep_ == "appos" else root
    verb = subject.head
    if subject.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in ("live", "reside"):
        out += [_lived_place(st, o, american) for prep in children(verb) if prep.dep_ == "prep" and prep.lower_ == "in"
                for o in children(prep) if o.dep_ == "pobj"]
    verbs = [verb] + [x for x in children(verb) if x.dep_ == "xcomp"] if subject.dep_ == "nsubj" else [verb]
    for verb in verbs:                            # (`wants to go back to Cuba`: the open complement's deed)
        if subject.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") and _sent_home(verb, subject.dep_):
            heads = [verb] + [t for t in children(verb) if t.lower_ in ("back", "home") and
                              t.dep_ in ("prt", "advmod")]
            out += [_country_named(st, o) for h in heads for prep in children(h) if prep.dep_ == "prep" and
                    prep.lower_ == "to" for o in children(prep) if o.dep_ == "pobj"]
    return out


def _sent_home(verb, dep: str) -> bool:
    """True for a deed of sending or going back to one's country (`home_return` lemmas: `deport`, `repatriate`,
    `return` done to one, or as a noun with an owner; one's own `return` with `back` or `home`), or `send` / `go` /
    `fly` / `come` / `head` with `back` or `home`; an active `send`'s subject is the sender, not the one sent."""
    lemma = verb.lemma_.lower()
    back = any(t.lower_ in ("back", "home") and t.dep_ in ("prt", "advmod") for t in children(verb))
    if dep == "poss":
        return verb.pos_ == "NOUN" and lemma in lex.words("home_return")
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in lex.words("home_return"):
        return dep != "nsubj" or lemma == "return" and back   # (`she returned to Iraq` may be a trip: `back`
        #                                                        or `home` tells the way home)
    if lemma == "send" and back:
        return dep != "nsubj"
    return lemma in ("go", "fly", "come", "head") and back and dep == "nsubj"


def _country_named(st: ActorState, tok) -> Optional[str]:
    """The country a token names by its name or its capital (lexicon hits), else None."""
    h = hit_at(st, tok.i)
    return h[1] if h and h[0] in ("CTRY", "CAP") and isinstance(h[1], str) else None


def _lived_place(st: ActorState, tok, american: list) -> Optional[str]:
    """The country of a place one lives or stays in: a country's name or capital, or a large city or US state; in an
    American story (by its dateline, else `american_story`) a country's name only (its towns share their names with
    cities abroad: `London`, Ky.).
    `american` holds the story's `american_story` once asked (an empty list before)."""
    h = hit_at(st, tok.i)
    if h and h[0] == "CTRY" and isinstance(h[1], str):
        return h[1]
    if not american:                              # (a dateline abroad decides: a Havana story naming Miami)
        told = dateline_country(st)
        american.append(told == "USA" if told is not None else american_story(st))
    if american[0]:
        return None
    if h and h[0] == "CAP" and isinstance(h[1], str):
        return h[1]
    ent = next((x for x in entities(st.doc) if x.start <= tok.i < x.end and x.label_ == "GPE"), None)
    return _place_of(ent.text) if ent is not None else None


def _no_us_office(c: Cluster) -> bool:
    """True for a person or a description whose role is an office the USA does not have (actor_words.tsv
    `no_us_office`: `minister`, `prime minister`): never the home USA's official."""
    role = (c.role or "").lower()
    return c.key[0] in ("P?", "D", "G") and bool(role) and \
        (role in lex.words("no_us_office") or role.split()[-1] in lex.words("no_us_office"))


def _one_country_abroad(st: ActorState, home: str) -> Optional[str]:
    """The one country other than `home` the article names (a country's name, capital or demonym), or the one named
    at least twice as often as any other; else None."""
    votes = Counter(entry for label, entry, _ in st.hits.values() if label in ("CTRY", "CAP", "DEM") and
                    isinstance(entry, str) and entry != home)
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _nationalities(st: ActorState) -> None:
    """A state's government actor every mention of which only says a private person's nationality is no actor: the
    owner of a named private person (`France's Nathalie Dechy easily defeated ...`) or the `of`-object after one
    (`Ai Sugiyama of Japan`), as results and line-ups write players; the state neither acts nor owns there (GUIDE.md).
    A person is a private person's actor or a name of two or three capitalised words that no actor of an office
    covers: `Russia's Sergei Lavrov` keeps the state (act31d)."""
    private = [span for c in st.clusters.values() if c.key[0] == "P?" and c.sector == PRIVATE and not c.members
               for span in c.mentions]
    office = [span for c in st.clusters.values() if c.sector not in (None, PRIVATE) and c.key[0] != "S"
              for span in c.mentions]

    def named_private(tok) -> bool:
        """A person's name: a private person's actor, or a given name and surname (two or three capitalised words,
        the tagger's label aside: `Ai Sugiyama` came out a facility) of no place and of no actor of an office."""
        if tok.pos_ != "PROPN" or any(s <= tok.idx < e for s, e in office):
            return False
        if any(s <= tok.idx < e for s, e in private):
            return True
        name = [t for t in tok.lefts if t.dep_ == "compound"] + [tok]
        return 2 <= len(name) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower() and
                                           t.ent_type_ not in ("GPE", "LOC", "NORP") for t in name) and \
            name[-1].i - name[0].i == len(name) - 1

    def nationality(span) -> bool:
        return owner(span) is not None

    def owner(span):
        """The private person's token whose nationality the state's mention says, else None."""
        root = st.doc.char_span(span[0], span[1], alignment_mode="expand")
        if root is None or not len(root):
            return None
        name, root = root, root.root
        if root.dep_ == "poss":
            return root.head if named_private(root.head) else None
        if root.dep_ == "pobj" and root.head.lower_ in ("of", "from") and named_private(root.head.head):
            return root.head.head                 # `Ai Sugiyama of Japan`, `Stijn Goris from Belgium` (act54c)
        return _bracket_owner(name, named_private)

    for c in st.clusters.values():
        if c.key[0] == "S" and c.sector == "GOV" and c.mentions and not c.members and \
                all(nationality(span) for span in c.mentions):
            for span in list(c.mentions):
                c.mentions.discard(span)
    _results_nationalities(st, owner)


_RESULTS_POS = frozenset({"PROPN", "NOUN", "NUM", "PUNCT", "ADJ"})   # the words of a results list's bracket


def _bracket_owner(country, named_private):
    """The private person right before the bracket a country's name (the span `country`) is in, that bracket opened
    after the name and still open (`Peter Croes (Belgium, Atriac team)`, `Lander Dircken (Atariac, Belgium)`): how
    results lists write an athlete's country (act54c); else None. The bracket is a list's: only names, nouns and
    commas before the country, and a comma or its end right after it; not an aside that tells of a place (`Tom Hale
    (who spent a year in Iraq)`, `Ann Voss (back from a trip to Kenya)`, `Ben Tarr (son of a diplomat in France)`:
    review54a)."""
    tok, doc = country[0], country.doc
    k = tok.i - 1
    while k > tok.sent.start and doc[k].text not in ("(", ")") and tok.i - k <= 6:
        k -= 1
    if k <= tok.sent.start or doc[k].text != "(":
        return None
    if any(t.pos_ not in _RESULTS_POS for t in doc[k + 1:tok.i]) or \
            country.end < len(doc) and doc[country.end].text not in (",", ")", ";"):
        return None
    before = doc[k - 1]
    return before if named_private(before) else None


def _results_nationalities(st: ActorState, owner) -> None:
    """Give a private person with no country the country a results list writes with the name (`Stijn Goris from
    Belgium`, `Peter Croes (Belgium, Atriac team)`, `Ai Sugiyama of Japan`), and drop that mention from a state's
    actor: it says where the person is from, the state neither acts nor owns there (GUIDE.md: an athlete's country
    comes from the text). Act54c: tune54's triathlon results had six athletes with no country and two states as
    actors."""
    for i, (label, entry, end) in list(st.hits.items()):
        if label != "CTRY" or not isinstance(entry, str):
            continue
        span = (st.toks[i].idx, st.toks[end - 1].idx + len(st.toks[end - 1]))
        tok = owner(span)
        if tok is None:
            continue
        person = next((p for p in st.clusters.values() if p.key[0] == "P?" and p.sector == PRIVATE and
                       not p.members and any(a <= tok.idx < b for a, b in p.mentions)), None)
        if person is None:
            continue
        person.country = person.country or entry
        for c in st.clusters.values():
            if c.key[0] == "S" and c.sector == "GOV" and not c.members:
                c.mentions.discard(span)


_OWN_PLACE = re.compile(r"\b(?:of|in) (?:the )?([A-Z][\w.-]+(?: [A-Z][\w.-]+)?)")


def _own_place(st: ActorState, c: Cluster) -> Optional[str]:
    """The one country of the large cities or US states an official's or a body's own mentions place it in (`the
    top medical official of Auckland`, `the medical head of Harlow District Public Health Service`), else
    None: in a round-up of several countries the officials of a place abroad are that place's, not the home's
    (act31d; act31b saw the class in gvr-191, act31d in gvr-038)."""
    text = st.ctx.text
    found = {_place_of(m.group(1)) for s, e in c.mentions for m in _OWN_PLACE.finditer(text[s:e])}
    found |= _named_places(st, c)
    found.discard(None)
    return found.pop() if len(found) == 1 else None


_AFFILIATION = re.compile(r", (?:an?|the) [a-z][\w'-]*(?: [a-z][\w'-]*){0,4} (?:at|with|of) (?:the )?"
                          r"[A-Z][\w.'&-]*(?: (?:[A-Z][\w.'&-]*|of|for|and))*? in ((?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)"
                          r"(?=[,.;:)]| (?![A-Z]))")


def _affiliation_abroad(st: ActorState, c: Cluster) -> Optional[str]:
    """The country of the place a person's apposition sets his body in (`Ursula Roe, a meteor expert at the Harlow
    Observatory in Massachusetts`, `Dr Ann Lee, who studies comets at the Harlow Museum in London`): a large
    city, US state or country (`_place_of`), else None; for `_codes`, which gives it where it is not the story's home
    (act56a: foreign experts quoted in a report from Peru came out Peruvian; GUIDE.md: a person has the country of the
    body he works for). Only a person's name right before the comma; in an American story a city abroad whose name a
    US town shares (`Cambridge`) gives none."""
    if c.key[0] not in ("P", "P?") or c.members:
        return None
    text, found = st.ctx.text, set()
    for s, e in c.mentions:
        m = _AFFILIATION.match(text, e)
        if m is None or not text[s:e][:1].isupper():
            continue
        place = m.group(1).removeprefix("the ")
        iso3 = _place_of(place)
        if iso3 is not None and iso3 != "USA" and lex.us_town(place) and american_story(st):
            iso3 = None
        found.add(iso3)
    found.discard(None)
    return found.pop() if len(found) == 1 else None


_BODY_AFTER = re.compile(r",? (?:of|with|from) (?:the )?")


def _named_places(st: ActorState, c: Cluster) -> set:
    """The countries of the places a body's own name opens with (`the Winnipeg Police Service`), and for a person, of
    the body named right after one of his mentions (`Inspector Dana Roux of the Winnipeg Police Service`), for
    `_own_place` (act55b: tune56's Canadian inspector of a task force, in a story set in the USA, was American)."""
    if c.key[0] == "O":
        return {_name_place(st, st.ctx.text[s:e]) for s, e in c.mentions}
    if c.key[0] not in ("P", "P?"):
        return set()
    text, found = st.ctx.text, set()
    for s, e in c.mentions:
        m = _BODY_AFTER.match(text, e)
        if m is None:
            continue
        for bs, be, body in st.mentions.around(m.end(), m.end() + 1):
            if body.key[0] == "O" and body.sector in DOMESTIC and bs in (m.end(), m.end() - 4) and \
                    (bs, be) in body.mentions:
                found.add(_name_place(st, text[bs:be]))
    return found


def _name_place(st: ActorState, name: str) -> Optional[str]:
    """The one country of the large city (`lex.place_country`) a body's name opens with, one to three words before at
    least one word more (`Winnipeg Police Service`: CAN), else None: a place followed by a unit word (actor_words.tsv
    `place_unit`: `Hamilton County Sheriff's Office` is no body of Hamilton, Ontario) names none, nor in an American
    story a foreign city whose name a US town shares (`the Paris Police Department` may be Texas's)."""
    words = [w for w in name.split() if w.lower() != "the"]
    for k in range(min(3, len(words) - 1), 0, -1):
        place = " ".join(words[:k])
        iso3 = lex.place_country(place)
        if iso3 is None:
            continue
        if words[k].lower() in lex.words("place_unit") or \
                iso3 != "USA" and lex.us_town(place) and american_story(st):
            return None
        dl = st.ctx.layout.dateline
        if dl is not None and (dl.place or "").strip(" ,.").lower() == place.lower() and \
                dateline_country(st) not in (None, iso3):
            return None                           # `LONDON, Ontario -- ... the London Police Service`: the
            #                                       dateline's own town of that name, not the large city (review55a)
        return iso3
    return None


def _league_home(st: ActorState) -> tuple[Optional[str], float]:
    """The home of an article that names no home otherwise (a match report names clubs, players and grounds, no
    country): the one country of the sports leagues it names (organisations.tsv role `sports league`: `the Premier
    League` -> GBR, `the National Football Conference` -> USA), whose clubs and players it reports (GUIDE.md act26b:
    an athlete has the club's country), as (country, 1.0); else (None, 0). A league is a company (BUS) and casts no
    vote in `home_country` (act31d)."""
    found: Counter = Counter()
    for c in st.clusters.values():
        if c.key[0] == "O" and c.role == "sports league" and c.country and c.mentions:
            found[c.country] += len(c.mentions)
    found.update(st.league_marks)                 # named only as a modifier: `a Premier League point` (gold33b)
    top = found.most_common(1)
    return (top[0][0], 1.0) if top and 2 * top[0][1] > sum(found.values()) else (None, 0.0)
    #   (the league named most, more than all others: `the A-League` four times and a player's move to `the English
    #   Premier League` once is an Australian story, act32b)


_CLUB_HOME = re.compile(r"\b[Tt]he ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:-based)? (?:club|team|side|outfit)\b|"
                        r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)-based (?:club|team|side|outfit)\b")


def _club_home(st: ActorState) -> tuple[Optional[str], float]:
    """The home of a sports report that names no league: the one country of the towns its clubs are placed in by a
    club's noun (`The London club snatched a 2-1 win`, `the Woking-based team`, `a Sydney-based side`), as (country,
    1.0); else (None, 0): two countries, or none (act32d: a League Cup report naming only clubs, players and grounds,
    whose players had no country; GUIDE.md act26b: an athlete has the club's country)."""
    found = set()
    for m in _CLUB_HOME.finditer(st.ctx.text):
        name = m.group(1) or m.group(2)
        iso3 = _town_home(name)
        if iso3 is not None:
            found.add(iso3)
    return (found.pop(), 1.0) if len(found) == 1 else (None, 0.0)


def _town_club_home(st: ActorState) -> tuple[Optional[str], float]:
    """The home of a sports report that names no league and no club of clubs.tsv: the one country of the towns whose
    bare names the club rules made clubs (`_clubs`: `Luton got off to a terrific start`), as (country, 1.0); else
    (None, 0): towns of two countries, or none. clubs.tsv leaves a town's bare name out (it may name two clubs), but
    the town's country is one (`lex.town_country`: a town of one country only); GUIDE.md act26b gives the players the
    club's country (act57a: a League One report of `Luton` and `Vale` had no country for anyone, tune60)."""
    found = set()
    for c in st.clusters.values():
        if c.sector != "BUS" or c.key[0] not in ("O", "P?") or c.person is not None or c.members or \
                " " in c.name or not c.name[:1].isupper() or c.name.isupper() or \
                lex.organisation_forms().get(c.name) is not None:
            continue
        iso3 = _town_home(c.name)
        if iso3 is not None:
            found.add(iso3)
    return (found.pop(), 1.0) if len(found) == 1 else (None, 0.0)


@functools.lru_cache(maxsize=8)
def _clubs_named(text: str) -> tuple[str, ...]:
    """The forms of clubs.tsv's clubs that occur in the text (as substrings; callers match whole words), longest
    first, so that a regex alternation of them takes `Crystal Palace` before `Palace`: one scan of the lexicon per
    article for `_known_club_home` and `_club_people` (act55a)."""
    return tuple(sorted((f for f in lex.club_forms() if f in text), key=len, reverse=True))


@functools.lru_cache(maxsize=8)
def _leagues_named(text: str) -> tuple[str, ...]:
    """The written forms of organisations.tsv's sports leagues that occur in the text, longest first (`_club_people`
    reads a league's name between a club and a role, act56a)."""
    return tuple(sorted((f for f, e in lex.organisation_forms().items() if e.role == "sports league" and f in text),
                        key=len, reverse=True))


def _known_club_home(st: ActorState) -> tuple[Optional[str], float]:
    """The home of a sports report that names no league: the country of the clubs of clubs.tsv its text names, one
    vote per occurrence of a club's form (`Tottenham ... Arsenal ... Spurs`: GBR), where one country has three in four
    of them at least, as (country, 1.0); else (None, 0) (act55a: English match reports naming clubs and players, no league
    and no place of a country, had no country for anyone). Occurrences inside a longer form count once (`Crystal
    Palace`, not also `Palace`)."""
    forms = lex.club_forms()
    text = st.ctx.text
    present = _clubs_named(text)
    if not present:
        return None, 0.0
    found: Counter = Counter()
    rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in present) + r")(?![\w-])")
    for m in rx.finditer(text):
        found[forms[m.group(1)].country] += 1
    top = found.most_common(1)
    return (top[0][0], 1.0) if top and 4 * top[0][1] >= 3 * sum(found.values()) else (None, 0.0)
    #   (three votes in four at least: a cup tie's two clubs of two countries, named three times and twice, give the
    #   page no home, as their players belong to either)


def _town_home(name: str) -> Optional[str]:
    """The country of a club's town: a large city or US state (`_place_of`), else a town of one country only
    (`lex.town_country`); one look-up for `_club_home` and `_clubs` (act33)."""
    return _place_of(name) or lex.town_country(name)


def _play_words() -> frozenset[str]:
    """The sentence-level words of play (actor_words.tsv `match_word`, `match_loose`, `match_result`), read as one
    class by `_national_sides`, `_owns_other` and `_players_tagged_organisations` (act33)."""
    return lex.words("match_word") | lex.words("match_loose") | lex.words("match_result")


_STUDENT_ROLES = (None, "student", "students")


def _american_towns(st: ActorState) -> None:
    """Bodies and city governments of a town named like a city abroad (`the Dublin City Council`, `Athens City
    Council`, `Alexandria City Public Schools`, `the city` after `Dublin`) are the American town's in local news with
    no dateline abroad that never names that country nor its people and writes American money or school grades
    (`$13,440`, `a third-grader`; `_american_signal`): USA, not IRL, GRC or EGY (act29b, the audit of read local
    news: the town's country made the article's home, and every private person took it). The state's actor named
    only by that town as a capital (`Dublin's boards`) loses those mentions there. A person whose only country is
    such a town's, by titles that open with it (`Dublin City Manager Terry Foegler`), is the town's: USA (act33)."""
    if dateline_country(st) not in (None, "USA"):
        return
    named = {entry for label, entry, _ in st.hits.values() if label in ("CTRY", "DEM")}
    text = st.ctx.text
    signal = None
    for c in st.clusters.values():
        if c.key[0] == "S" and c.country not in named and c.mentions and \
                all(_town_abroad_and_home(text[ms:me], c.country) or _opens_with_town(text[ms:me], c.country)
                    for ms, me in c.mentions):
            signal = _american_signal(text, c.country) if signal is None else signal
            if not signal:
                continue
            if all(_town_abroad_and_home(text[ms:me], c.country) for ms, me in c.mentions):
                for span in list(c.mentions):     # `Dublin's boards`: the town's, not the capital's state
                    c.mentions.discard(span)
            else:
                c.country = "USA"                 # `Dublin students`: the town's people
                first = min(c.mentions)
                c.name = text[first[0]:first[1]].removeprefix("the ").removeprefix("The ")   # `Berlin police`,
                #                                   not the state's `German police` (act36f)
            continue
        if not c.country or c.country in ("USA", "IGO") or c.country in named or c.person is not None or \
                c.key[0] not in ("O", "L", "G", "P", "P?"):   # (G: `Alexandria police`, act36f)
            continue
        place = c.key[1] if c.key[0] == "L" else None
        if c.key[0] in ("P", "P?"):               # `Dublin City Manager Terry Foegler`: the town's official, when
            if not all(_opens_with_town(text[ms:me], c.country) for ms, me in c.mentions):   # every mention with
                continue                          # a title opens with the town (act33)
        elif not (place and _town_abroad_and_home(place, c.country) or
                  any(_opens_with_town(text[ms:me], c.country) for ms, me in c.mentions)):
            continue
        signal = _american_signal(text, c.country) if signal is None else signal
        if signal:
            c.country = "USA"


def _town_abroad_and_home(name: str, iso3: str) -> bool:
    """True for a city of country `iso3` that the United States has a town of too (`Dublin`, `Athens`, `Berlin`)."""
    return lex.place_country(name) == iso3 and lex.us_settlement(name)


def _opens_with_town(mention: str, iso3: str) -> bool:
    """True when a body's name opens with such a town (`the Dublin Arts Council`, `Athens City Council`), also as a
    possessive (`Alexandria's Circuit Court`, act36f)."""
    words = mention.removeprefix("the ").removeprefix("The ").split()
    if words and words[0].endswith(("'s", "’s")):
        words[0] = words[0][:-2]
    return any(_town_abroad_and_home(" ".join(words[:k]), iso3) for k in range(min(3, len(words) - 1), 0, -1))


_US_GRADER = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth)[- ]graders?\b", re.IGNORECASE)


def _american_signal(text: str, iso3: str) -> bool:
    """For a town of a country that writes no dollar (actor_words.tsv `dollar_country`: never Canada's London nor
    Australia's Perth): American money (`$`), an American school grade (`third-grader`), a word of North American
    local government or schools (actor_words.tsv `american_word`: `zoning`, `school board`, `elementary school`), or
    a phrase of American institutions (home_cues.tsv). Not a US state's name: `marched in Paris, New York and Lyon`.
    Also a word of American local news (actor_words.tsv `us_local_word`: `high school`, `police department`) or a North
    American telephone number (`(860) 828-7080`), as `us_local_home` reads them (act36f: `Berlin police` of Berlin,
    Connecticut), or a US county (`names_us_county`: `the Franklin County Auditor's Office` beside `the city of Dublin`,
    act51a)."""
    if iso3.lower() in lex.words("dollar_country"):
        return False
    low = text.lower()
    if "$" in text or _US_GRADER.search(text) or any(w in low for w in lex.words("american_word")) or \
            any(w in low for w in lex.words("us_local_word")) or _PHONE.search(text) or names_us_county(text):
        return True
    return cue_votes(text)["USA"] > 0


def _harmed_students(st: ActorState) -> None:
    """Students (EDU by a student noun or by being at a school: `a junior at Whites Creek High School`) whom the
    article has harmed (the object of a verb of a crime or of hurting, `shooting 16-year-old Ricky Hambrick`,
    `injuring three other TSU students`; its passive subject; the `of`-object of a noun of a death or a crime) are
    victims, private people (CVL), as bench/actors/GUIDE.md codes victims; their school is no side of the story."""
    verbs = lex.words("harm_verb") | lex.words("injury_verb")
    for c in st.clusters.values():
        if c.sector != "EDU" or c.role not in _STUDENT_ROLES or c.person is not None:
            continue
        for s, e in c.mentions:
            span = st.doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            while root.dep_ in ("conj", "appos") and root.head.i != root.i:
                root = root.head
            head = root.head
            if root.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in verbs or \
                    root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex.words("harm_noun"):
                c.sector = PRIVATE
                break


def _one_suspect(st: ActorState, c: Cluster) -> bool:
    """One suspect known by a description that also names them or calls them a suspect (`Another alleged gunman,
    ... Roderick Rogers`, `a 17-year-old male ... The suspect`) in an article mostly about its home country: someone
    of that country, as a named suspect is. An unknown killer (`the sniper`, `a lone gunman`) and groups (`hackers`,
    `militants`, who may act from abroad) keep none."""
    if c.sector != "CRM" or c.key[0] not in ("G", "D"):
        return False
    if c.key[1] in ("charged", "aged"):
        return True                               # `two men` arrested or charged, `a 20-year-old man` (descriptions.py
        #                                           `_charged_people`, `_aged_people`): held by the story's police
    roots = [span.root for s, e in c.mentions if (span := st.doc.char_span(s, e, alignment_mode="expand")) is not None
             and span.root.pos_ != "PRON"]    # (its words, not the pronouns coref linked to it: src41)
    return bool(roots) and roots[0].tag_ == "NN" and any(
        r.pos_ == "PROPN" or r.lemma_.lower() in lex.words("suspect_noun") for r in roots)


def _home_police_case(st: ActorState, c: Cluster, home: str) -> bool:
    """A criminal group or description (`the gunman`, `suspects`, `the killer`, `two men` taken into custody) in an
    article mostly about its home country whose local police work the crime (a police actor of the home country or of
    none, named or known as the town's police, no national agency folded into the state's actor: `Memphis police`,
    `the Starr County Sheriff's Office`, `Maj. Carlos Delgado`, not the FBI nor bare `investigators`): someone of that
    country, as the gold codes the unknown shooter of a local shooting (act51a, issue 11). A story with no local
    police, and a group of a crime that crosses borders (actor_words.tsv `borderless_crime`: `terrorists`,
    `hackers`), keep none, nor does one a sentence of which names another country or its people (`the suspects, both
    Canadian citizens`: rev51c)."""
    if c.sector != "CRM" or c.key[0] not in ("G", "D"):
        return False
    role, borderless = (c.role or c.key[-1] or "").lower(), lex.words("borderless_crime")
    if role in borderless or role.rstrip("s") in borderless or _abroad_beside(st, c, home):
        return False
    return any(o.sector == "COP" and o.country in (None, home) and o.mentions and not o.members and
               (o.key[0] in ("O", "P", "P?") or o.key[0] == "G" and o.key[-1] == "police")
               for o in st.clusters.values() if o is not c)


def _home_victims_killer(st: ActorState, c: Cluster, home: str) -> bool:
    """A criminal description owned by a named private person of the story (`Slepian's killer`, `Ann Roe's
    attacker`) in an article mostly about its home country that names no local police: the one who harmed a person
    of that place, of that country as the people of a local story are (GUIDE.md, session 51), unless the crime crosses
    borders by its kind or a sentence of it names another country (as `_home_police_case`; ident52)."""
    if c.sector != "CRM" or c.key[0] not in ("G", "D"):
        return False
    raw, borderless = c.role or c.key[-1] or "", lex.words("borderless_crime")
    role = raw.lower() if isinstance(raw, str) else ""
    if role in borderless or role.rstrip("s") in borderless:
        return False
    for s, e in c.mentions:
        span = char_span(st.doc, s, e, alignment_mode="expand")
        if span is None or span.root.pos_ == "PRON":
            continue
        owner = next((k for k in span.root.children if k.dep_ == "poss" and k.pos_ == "PROPN"), None)
        victim = st.person_at.get(owner.i) if owner is not None else None
        if victim is not None and victim is not c and victim.sector in (None, PRIVATE) and \
                victim.country in (None, home):
            return not _abroad_beside(st, c, home)
    return False


def _abroad_beside(st: ActorState, c: Cluster, home: str) -> bool:
    """True when a sentence of one of the cluster's mentions names a country or its people other than `home` (a
    country's or people's hit of another entry: `the suspects, both Canadian citizens, flew in`)."""
    sents = set()
    for s, e in c.mentions:
        span = char_span(st.doc, s, e, alignment_mode="expand")
        if span is not None and len(span):
            sent = sentence_of(st.doc, span.start)
            sents.add((sent.start, sent.end))
    return any(label in ("CTRY", "DEM") and entry not in (home, None) and any(a <= i < b for a, b in sents)
               for i, (label, entry, _) in st.hits.items())


def _contest_judges(st: ActorState) -> None:
    """Judges in an article that names a contest (actor_words.tsv `contest_word`: `a panel of judges at the county
    fair`) and no work of a court (`court_word`) judge the contest: private people (CVL), no court (JUD)."""
    judged = [c for c in st.clusters.values() if c.sector == "JUD" and c.person is None and c.key[0] in ("G", "D", "P?")
              and (c.role or "").split()[-1:] in (["judge"], ["judges"], ["judiciary"])]
    if not judged:
        return
    lemmas = {t.lemma_.lower() for t in st.toks if t.pos_ in ("NOUN", "PROPN")}
    if lemmas & lex.words("contest_word") and not lemmas & lex.words("court_word"):
        for c in judged:
            c.sector, c.country = PRIVATE, c.country


def _national_sides(st: ActorState) -> None:
    """A country's government actor in a sports report (`Context.page`) each of whose mentions sits in a sentence
    of play (a `match_word` or `match_result` lemma: `beat South Africa by 128 runs`, `the Mali squad`, `a series
    whitewash by Great Britain`) is the country's national side: NGO, as GUIDE.md codes national sides (act31b, the
    audit of 2008 web pages: every such side came out a government, GOV)."""
    play = _play_words()
    for c in st.clusters.values():
        if c.key[0] != "S" or c.sector != "GOV" or c.members or not c.mentions:
            continue
        spans = [st.doc.char_span(s, e, alignment_mode="expand") for s, e in c.mentions]
        if all(sp is not None and {t.lemma_.lower() for t in sp.sent} & play and not _owns_other(sp, play)
               for sp in spans):
            c.sector = "NGO"


def _sides_home(st: ActorState, home: tuple[Optional[str], float]) -> tuple[Optional[str], float]:
    """The home of a match report between national sides filed from a third country's city (`ABU DHABI, United Arab
    Emirates (AFP) - Egypt beat Mali 1-0 in a warm-up`): the side named most, where the home found is the dateline's
    country, no side is that country, the page names no club of clubs.tsv, and one side has more mentions than every
    other (GUIDE.md act26b: players take their side's country; the venue's is no one's: act56a, tune46's Egyptian
    players came out Emirati). Else `home` unchanged."""
    filed = dateline_country(st)
    if filed is None or home[0] != filed or _clubs_named(st.ctx.text):
        return home
    sides = Counter({c.country: len(c.mentions) for c in st.clusters.values()
                     if c.key[0] == "S" and c.sector == "NGO" and c.country and not c.members and c.mentions})
    if not sides or filed in sides:
        return home
    top = sides.most_common(2)
    if len(top) > 1 and top[0][1] == top[1][1]:
        return home
    return top[0][0], 1.0


def _owns_other(sp, play) -> bool:
    """The mention owns a word of no play (`Britain's government said it would fund cricket`): the state, not its side
    (rev31); `South Africa's squad`, `England's bowlers` own players."""
    return any(t.dep_ == "poss" and t.head.lemma_.lower() not in play for t in sp)   # (play: `_play_words`)


_COLLEGE_CUE = re.compile(
    r"\b(?:NCAA|[Cc]ollege (?:football|basketball|baseball|hockey|soccer|sports|athletics|coach(?:es)?)|Big Ten|Big 12|"
    r"Big East|Pac-1[02]|Southeastern Conference|Atlantic Coast Conference|Mountain West|"
    r"(?:Rose|Sugar|Orange|Fiesta|Cotton|Gator|Holiday|Alamo|Liberty|Capital One|Outback) Bowl|BCS|bowl game|"
    r"(?:freshman|sophomore|junior|senior|redshirt) (?:quarterback|running back|tailback|receiver|wide receiver|"
    r"linebacker|cornerback|safety|guard|forward|center|pitcher|point guard|defensive end|tight end|kicker))\b")
_COLLEGE_INITIALS = re.compile(r"[A-Z]{0,2}U[A-Z]{1,2}|[A-Z]{2}U")   # `USC`, `UCLA`, `LSU`, `BYU`, `TCU`


def _college_sides(st: ActorState) -> None:
    """In a report of a college game (two cues of college sport: `NCAA`, `the Rose Bowl`, `the sophomore
    quarterback`, `Big Ten`), a side named by a nickname after `the` (`the Illini`, `The Ducks`), by an American place's
    name and `State` or a US state's name (`Ohio State`, `Boise State`), or by a university's initials (`USC`, `UCLA`) is the university's
    side: EDU, as GUIDE.md's gold codes college sides (tune54, tune60, tune64: they came out clubs, BUS, private
    people or no sector; act57a). Not a professional club of clubs.tsv (`the Raptors` who drafted a player), a lexicon
    body or a name an organisation word ends; only actors a club rule, the player rule or nothing coded."""
    text = st.ctx.text
    if len(_COLLEGE_CUE.findall(text)) < 2:
        return
    clubs, states = lex.club_forms(), us_state_forms()
    for c in st.clusters.values():
        if c.key[0] not in ("O", "P?", "G") or c.person is not None or c.members or not c.mentions or \
                c.sector not in (None, "BUS", PRIVATE) or lex.organisation_forms().get(c.name) is not None:
            continue
        name = c.name.removeprefix("the ").removeprefix("The ")
        words = name.split()
        if not 1 <= len(words) <= 3 or name in clubs or c.name in clubs or not all(w[:1].isupper() for w in words) or \
                words[-1].lower().rstrip(".") in lex.org_words() and words[-1] != "State":
            continue
        spans = [st.doc.char_span(s, e, alignment_mode="expand") for s, e in c.mentions]
        nickname = len(words) == 1 and all(sp is not None and len(sp) == 1 for sp in spans) and \
            2 * sum(_after_the(sp[0]) for sp in spans) > len(spans) and name[1:].islower()
        place = " ".join(words[:-1])
        state_side = len(words) <= 3 and (words[-1] == "State" and (place in states or place == "Penn" or
                                                                    lex.place_country(place) == "USA") or
                                          name in states and c.key[0] != "P?")
        initials = len(words) == 1 and bool(_COLLEGE_INITIALS.fullmatch(name)) and name not in states
        if nickname or state_side or initials:
            c.sector = "EDU"
            c.country = c.country or "USA"


_COMMISSIONER_BEFORE = re.compile(r"\b(?:[Ll]eague |NHL |NFL |NBA |MLB |MLS )?[Cc]ommissioner\s+$")


def _league_commissioners(st: ActorState) -> None:
    """In a sports report that names a professional league (organisations.tsv role `sports league`: `the NHL`, `the
    Premier League`), a person titled `commissioner` (`commissioner Gary Bettman`, `NFL Commissioner Ann Roe`) who
    came out GOV by the title is the league's chief executive: BUS, as GUIDE.md codes a league (BUS) and a club's
    executives (act26b; act57a, tune64: GOV). A lexicon person keeps his office; a page of no league keeps the title's
    GOV (a police or county commissioner in a story of a local game)."""
    text = st.ctx.text
    if not _leagues_named(text):
        return
    for c in st.clusters.values():
        if c.key[0] not in ("P", "P?") or c.sector != "GOV" or c.person is not None or c.members:
            continue
        if any(_COMMISSIONER_BEFORE.search(text, max(0, a - 30), a) or
               re.match(r"(?:[Ll]eague |NHL |NFL |NBA |MLB |MLS )?[Cc]ommissioner ", text[a:b]) for a, b in c.mentions):
            c.sector = "BUS"


def _team_nicknames(st: ActorState) -> None:
    """In a sports report, a one-word name taken for a person (no lexicon person) most mentions of which follow
    `the`, past adjectives (`the Sooners led`, `The third-seeded Seahawks advanced`, `the Pack edged`), is a club's
    nickname: BUS, as GUIDE.md codes clubs (act31b, the audit of 2008 web pages: private people, CVL). A person's
    surname takes no article."""
    for c in st.clusters.values():
        if c.key[0] != "P?" or c.person is not None or " " in c.name or not c.name[:1].isupper() or not c.mentions:
            continue
        spans = [st.doc.char_span(s, e, alignment_mode="expand") for s, e in c.mentions]
        if all(sp is not None and len(sp) == 1 for sp in spans) and \
                2 * sum(_after_the(sp[0]) for sp in spans) > len(spans):
            c.sector = "BUS"


def _players_tagged_organisations(st: ActorState) -> None:
    """In a sports report, a name the tagger took for an organisation that no lexicon knows and no word of gives a
    sector, of two or three capitalised words (initials of two letters and name particles allowed: `AB de
    Villiers`, `Makhaya Ntini`, `Clinton Portis`) none of which is a word of an organisation, a place's or a
    competition's (`PGA Tour`, `Nationwide Tour`, `NFC North Division`, `Super Bowls`) and whose first is no compass
    word (`West Indies`), is a player: a private person, CVL
    (act31b, the audit of 2008 web pages; no sector before)."""
    other = _play_words() | lex.words("contest_word")
    organisational = lex.org_words()
    particles = lex.words("name_particle")
    for c in st.clusters.values():
        if c.key[0] != "O" or c.sector is not None or c.members or not c.mentions or \
                lex.organisation_forms().get(c.name) is not None:
            continue
        words = c.name.split()
        if not 2 <= len(words) <= 3 or not words[-1].istitle() or not words[-1].isalpha() or \
                words[0].lower() in COMPASS or lex.place_country(c.name) or lex.town_country(c.name) or lex.division_country(c.name):
            continue
        if all((w.istitle() and w.isalpha() or w.isupper() and w.isalpha() and len(w) <= 2 or w in particles) and
               w.lower() not in other and w.lower().removesuffix("s") not in other and
               w.lower() not in organisational and w not in organisational for w in words):
            c.sector = PRIVATE


def _town_clubs(st: ActorState) -> None:
    """In a sports report, a one-word town's name the tagger took for a place (`lex.place_country`,
    `lex.town_countries`; no US state, no country or capital of the lexicon) in no actor's mention that is a verb's
    subject (`Newcastle would make an official request`) is the town's club: an actor, BUS, of the town's country, or
    of the story's home for a town of several countries (act51b: such clubs of the web-page gold were missed; `at
    Newcastle`, `flew to Newcastle` stay places, as does the town of a club named with a club's last word, `Sydney
    FC`; `Bolton striker X` and `the Newcastle fans` are left to `_clubs` and the fans' group)."""
    for ent in entities(st.doc):
        if ent.label_ != "GPE" or len(ent) != 1 or ent.start in st.hits or not ent.text[:1].isupper():
            continue
        tok = ent[0]
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.text in us_state_forms():
            continue
        if not (lex.place_country(tok.text) or lex.town_countries(tok.text)) or acts_as_person(st, tok.text):
            continue
        if _named_with_suffix(st.ctx.text, tok.text):
            continue                              # `Sydney FC` named: the bare `Sydney` is the city (`the whole
            #                                       of Perth should back its club`)
        s, e = tok.idx, tok.idx + len(tok.text)
        if any((a, b) in other.mentions for a, b, other in st.mentions.around(s, e)):
            continue                              # (a live mention of another actor holds it)
        c = cluster(st, ("O", tok.text), tok.text)
        add(st, c, s, e)
        c.sector = c.sector or "BUS"
        c.country = c.country or _town_home(tok.text) or home_country(st)[0]


def _named_with_suffix(text: str, town: str) -> bool:
    """The text names a club as the town and a club's last word (actor_words.tsv `club_suffix`: `Sydney FC`)."""
    suffixes = lex.words("club_suffix")
    return any(m.group(1).lower() in suffixes for m in re.finditer(rf"\b{re.escape(town)} ([A-Z][A-Za-z.]*)", text))


def _known_clubs(st: ActorState) -> None:
    """On a sports page, an actor named as a club of clubs.tsv (`lex.club_forms`: `Vancouver Canucks`, `Canucks`,
    `Crystal Palace`, `Palace`) is that club, BUS, of the club's country (GUIDE.md act26b: a club has its home's
    country), whatever country the report's dateline or places gave it (act55a: tune55's Vancouver club in a report
    datelined Detroit had the USA's; an English club of a page that names no league had none). A club named by a form
    of two words or more that no actor holds (`Crystal Palace beat the Blades`) is added as an actor, with the club's
    other forms the text uses where no actor holds them (`Palace striker Scowcroft`). A person (`Chelsea Hale`), a
    group and a body of another sector (`Ottawa Senators` cannot be a legislature here, but a lexicon body keeps its
    own) are left alone."""
    forms = lex.club_forms()
    text = st.ctx.text
    tails: dict[str, set] = {}
    for form, club in forms.items():
        if " " in form and form in text and form.rsplit(" ", 1)[1] not in forms:
            tails.setdefault(form.rsplit(" ", 1)[1], set()).add(club.country)
    for c in st.clusters.values():
        if c.key[0] not in ("O", "P?") or c.person is not None or c.members or not c.mentions or \
                c.sector not in (None, PRIVATE, "BUS") or lex.organisation_forms().get(c.name) is not None:
            continue
        bare = c.name.removeprefix("the ").removeprefix("The ")
        club = forms.get(bare)
        if club is not None:
            c.sector, c.country = "BUS", club.country
        elif len(tails.get(bare, ())) == 1:
            c.sector, c.country = "BUS", next(iter(tails[bare]))   # `Wings` beside `the Red Wings`
    named = {}
    for form, club in forms.items():
        if form in text and (" " in form or _club_word_acts(st, form)):
            named.setdefault(club.name, club)
    for name, club in named.items():
        own = [f for f, k in forms.items() if k is club]
        spans = [(m.start(), m.end()) for f in own for m in re.finditer(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text)]
        free = [(a, b) for a, b in sorted(spans) if not _held(st, a, b)]
        if not any(" " in text[a:b] or _club_word_acts(st, text[a:b], a) for a, b in free) or \
                any(c.key == ("O", name) or c.key[0] == "O" and c.mentions and
                    c.name.removeprefix("the ").removeprefix("The ") in own for c in st.clusters.values()):
            continue                              # (an actor named by another of the club's forms is the club: `the
            #                                       Blue Jackets` beside free `Blue Jackets` makes no second one,
            #                                       review55a)
        c = cluster(st, ("O", name), name)
        for a, b in free:
            if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in free):
                add(st, c, a, b)
        if c.mentions:
            c.sector, c.country = "BUS", club.country


_CLUB_OBJECT_HEADS = frozenset({"with", "against", "from", "over", "beat", "by"})


def _club_word_acts(st: ActorState, form: str, at: Optional[int] = None) -> bool:
    """A one-word club form (`Tottenham`, `Chelsea`) stands in the text (at `at`, else anywhere) as a verb's subject
    or object or after `with`, `against`, `from`, `over`, `by` (`Tottenham have brought in a winger`, `talks with
    Chelsea`), alone (no capitalised word joined to it: `Chelsea Hale`), where no actor holds it: a club that acts
    or is acted upon, not a place (`at Chelsea`, `in Tottenham`) (act55a)."""
    if " " in form:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", st.ctx.text):
        if at is not None and m.start() != at or _held(st, m.start(), m.end()):
            continue
        span = st.doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        joined = any(0 <= k < len(st.doc) and st.doc[k].text[:1].isupper() and st.doc[k].is_alpha and
                     st.doc[k].sent == tok.sent and not st.doc[k].is_sent_start for k in (tok.i - 1, tok.i + 1)) or \
            tok.i + 1 < len(st.doc) and st.doc[tok.i + 1].text[:1].isupper() and st.doc[tok.i + 1].is_alpha
        if joined:
            continue
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj") or tok.dep_ == "pobj" and tok.head.lower_ in _CLUB_OBJECT_HEADS:
            return True
    return False


def _held(st: ActorState, start: int, end: int) -> bool:
    """A live mention of some actor overlaps text[start:end]."""
    return any(a < end and start < b and (a, b) in other.mentions for a, b, other in st.mentions.around(start, end))


def _club_people(st: ActorState) -> None:
    """On a sports page, a person with no country yet whom the text names right after a club of clubs.tsv and a
    person's role in a club (actor_words.tsv `club_person`: `Canucks forward Ann Roe`, `Rovers head coach Tim
    Hale`; also with the club's league between, `Harlow Rovers National Rugby League coach Tim Hale`, act56a),
    before `, the CLUB ROLE` (`Tim Hale, the Tottenham manager`) or after the club's possessive (`Chelsea's
    Tim Hale`) takes the club's country (GUIDE.md act26b:
    an athlete, a coach or a club's executive has the club's country unless the text gives a nationality; act55a:
    a Vancouver club's players in a report datelined Detroit had the USA's). Run after `_nationalities`: a
    nationality the text gives (`the Dutch striker`, `Ann Roe of Sweden`) stays."""
    forms = lex.club_forms()
    text = st.ctx.text
    present = _clubs_named(text)
    if not present:
        return
    roles = lex.words("club_person")
    club_rx = "|".join(re.escape(f) for f in present)
    leagues = _leagues_named(text)
    league_rx = rf"(?:(?:{'|'.join(re.escape(f) for f in leagues)}) )?" if leagues else ""
    before = re.compile(rf"(?<![\w-])({club_rx})(?:'s|’s)? {league_rx}(?:[a-z-]+ )?([a-z-]+) (?=[A-Z])")
    after = re.compile(rf", (?:the )?({club_rx})(?:'s|’s)? (?:[a-z-]+ )?([a-z-]+)\b")
    owner = re.compile(rf"(?<![\w-])({club_rx})(?:'s|’s|(?<=s)'|(?<=s)’) (?=[A-Z])")
    people = [(a, b, c) for c in st.clusters.values()
              if c.key[0] in ("P", "P?") and c.country is None and not c.members for a, b in c.mentions]
    for m in before.finditer(text):
        c = next((c for a, b, c in people if a <= m.end() < b), None) if m.group(2) in roles else None
        if c is not None and c.country is None:
            c.country = forms[m.group(1)].country     # (a mention may hold the role: `forward Ann Roe`)
    for m in after.finditer(text):
        c = next((c for a, b, c in people if b == m.start()), None) if m.group(2) in roles else None
        if c is not None and c.country is None:
            c.country = forms[m.group(1)].country
    for m in owner.finditer(text):
        c = next((c for a, b, c in people if a == m.end()), None)
        if c is not None and c.country is None:
            c.country = forms[m.group(1)].country     # `Ferrari's Kimi Raikkonen`: the club's man


_DESCRIBED = re.compile(r"\b[Tt]he (?:former |ex-)?([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:youth |under-\d\d )?([a-z-]+)\b(?! [A-Z])")


def _described_nationals(st: ActorState) -> dict[tuple, str]:
    """A description `the [former] DEMONYM ROLE` (a person's role in a club or side, actor_words.tsv `club_person`, on a
    sports page; elsewhere one that is also a word of sport, sport_words.tsv, as short sports pages are not always
    told: `The Dutch winger has been out injured for weeks`, `be patient with the former Australian bowler`)
    that no name follows tells the nationality of the private person named last before it, in its sentence or the one
    before, where that person has no country yet: GUIDE.md (gold33b) takes an athlete's or coach's country from the
    nationality the text gives, before the club's or the page's (act56a: such players and coaches had their club's or
    the page's country). The description is not made a mention (the antecedent is a guess only for the country).
    Returns {cluster key: country}, set by the caller after the page's home is counted, as `_homes_told`'s are: a
    coach's own nationality casts no vote for the story's home (a Pakistani side's Australian coach)."""
    roles = lex.words("club_person")
    if not st.ctx.page.sports:
        roles = roles & frozenset(sport_words())
    demonyms = lex.countries().demonyms
    text = st.ctx.text
    words = pronouns()
    named = sorted(((a, b, c) for c in st.clusters.values() if c.key[0] in ("P", "P?") and not c.members
                    for a, b in c.mentions if text[a:b].lower() not in words), key=lambda x: (x[0], x[1]))
    found: dict[tuple, str] = {}
    for m in _DESCRIBED.finditer(text):
        iso3 = demonyms.get(m.group(1)) or (lex.countries().names.get(m.group(1)) if m.group(2) == "international"
                                             else None)   # `the England international` (act57a)
        if iso3 is None or m.group(2) not in roles:
            continue
        span = char_span(st.doc, m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        sent = sentence_of(st.doc, span.start)
        first = sentence_of(st.doc, sent.start - 1) if sent.start > 0 else sent
        before = [(a, c) for a, b, c in named if first.start_char <= a and b <= m.start()]
        owners = {a for a, b, c in named if text[b:b + 2] in ("'s", "’s") and sent.start_char <= a}
        if any(a not in owners for a, _ in before):
            before = [(a, c) for a, c in before if a not in owners]
            #   (`Ann Roe's free-kick found Tim Hale, and the Polish youth international struck`: the owner of a
            #   thing in its sentence is no likelier referent than the one named before; act57a, tune60)
        if not before:
            continue
        at, c = max(before, key=lambda x: x[0])
        depth = _side_depth(st, at)
        if depth and any(o is not c and _side_depth(st, a) < depth for a, o in before):
            continue                              # `X was sent off after catching Y in the face. ... the French
            #                                       defender's dismissal`: Y, named in a clause deeper than X's, is
            #                                       no likelier than X (review56a: a Spanish striker came out French)
        if c.sector == PRIVATE and c.country is None and c.person is None:
            found.setdefault(c.key, iso3)
    return found


_BEFORE_NAME = re.compile(r"(?:^|(?<=[\s(\"'“‘]))(?:[Ff]ellow |[Cc]ompatriot )?([A-Z][a-z]+) $")
_NOUN_DESCRIBED = re.compile(r"\b[Tt]he ((?:[a-z0-9]+(?:-[a-z0-9]+)* ){0,2})([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
_NATIONAL_NEXT = frozenset(("NOUN", "PROPN", "ADJ", "NUM"))
_NAME = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}"
_GROUP_OF_NATIONALS = re.compile(rf"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:duo|pair|trio) ((?:{_NAME}, )*{_NAME},? and {_NAME})")   # a word after a demonym that makes it a modifier


def _national_nouns(st: ActorState) -> dict[tuple, str]:
    """The nationality a noun of nationals tells of a private person with no country yet (GUIDE.md, gold33b: an athlete's
    country is the nationality the text gives, before the club's or the page's). Two forms (act57a, the web pages of
    tune64, tune35: such players had the page's country or none): a national's noun (national_nouns.tsv: `Swede`,
    `Briton`, `Finn`) right before a name of two or more words (`Swede Lars Berg`, `Finn Heikki Kovalainen`; a name
    that starts with the noun counts: the tagger may take it in); and, on a sports page only, a description `the [up to
    two lower-case words] NATIONAL` whose demonym (countries.tsv) or national's noun heads it, no noun, number or
    capitalised word after (`the young South Korean`, `the Swede`; not `the South Korean island`, `the Australian
    Open`, `the Dutch striker`, which `_described_nationals` reads), for the private person named last before it in
    its sentence or the one before (as `_described_nationals` picks him). Returns {cluster key: country}, set after
    the page's home is counted (no vote of its own)."""
    nouns, demonyms = lex.national_nouns(), lex.countries().demonyms
    text = st.ctx.text
    found: dict[tuple, str] = {}
    for c in st.clusters.values():
        if c.key[0] not in ("P", "P?") or c.sector != PRIVATE or c.country is not None or c.person is not None or \
                c.members:
            continue
        for a, b in c.mentions:
            words = text[a:b].split()
            m = _BEFORE_NAME.search(text[max(0, a - 30):a])
            if m and m.group(1) in nouns and len(words) >= 2 and all(w[:1].isupper() for w in words):
                found.setdefault(c.key, nouns[m.group(1)])
            elif len(words) >= 3 and words[0] in nouns and all(w[:1].isupper() for w in words):
                found.setdefault(c.key, nouns[words[0]])
    if not st.ctx.page.sports:
        return found
    countries = lex.countries()
    for m in _GROUP_OF_NATIONALS.finditer(text):
        iso3 = countries.names.get(m.group(1)) or demonyms.get(m.group(1))
        if iso3 is None:
            continue
        for c in st.clusters.values():
            if c.key[0] in ("P", "P?") and c.sector == PRIVATE and c.country is None and c.person is None and \
                    not c.members and any(m.start(2) <= a < m.end(2) for a, _ in c.mentions):
                found.setdefault(c.key, iso3)    # `Senegal duo Faye and Habib Beye`: both Senegalese
    named = []
    for c in st.clusters.values():
        if c.key[0] not in ("P", "P?") or c.members or not c.mentions:
            continue
        spans = set(c.mentions)
        surname = c.name.split()[-1] if len(c.name.split()) >= 2 else None
        if surname and len(surname) >= 3 and surname[:1].isupper():
            spans |= {(k.start(), k.end()) for k in re.finditer(rf"(?<![\w.-]){re.escape(surname)}\b", text)}
        named.extend((a, b, c, len(spans)) for a, b in spans)
    named.sort(key=lambda x: (x[0], x[1]))
    #   (pronouns and the surname alone too: a surname joins its person only after this pass, `he` already has)
    for m in _NOUN_DESCRIBED.finditer(text):
        form = m.group(2)
        iso3 = demonyms.get(form) or nouns.get(form)
        if iso3 is None and " " in form:
            form = form.split()[0]                # `the Swede Lars`: the noun alone, a name after it
            iso3 = demonyms.get(form) or nouns.get(form)
            if iso3 is not None:
                continue
        if iso3 is None:
            continue
        end = m.start(2) + len(form)
        last = char_span(st.doc, end - 1, end, alignment_mode="expand")
        if not last or last[-1].tag_ in ("NNS", "NNPS"):
            continue                              # plurals: `the young Swedes`
        after = st.doc[last[-1].i + 1] if last[-1].i + 1 < len(st.doc) else None
        if after is not None and (after.pos_ in _NATIONAL_NEXT or after.text[:1].isupper() or
                                  after.text[:1] in "'\"‘“") or last[-1].head.i > last[-1].i:
            continue                              # `the South Korean island`, `the Australian Open`, `The Malian
            #                                       'Eagles'`: the demonym modifies what follows, no national
        if any(t.pos_ not in ("ADJ", "ADV", "NUM", "PUNCT", "NOUN", "VERB") for t in
               (char_span(st.doc, m.start(1), m.end(1) - 1, alignment_mode="expand") or []) if m.group(1)):
            continue
        first = sentence_of(st.doc, last.start)
        for _ in range(2):
            first = sentence_of(st.doc, first.start - 1) if first.start > 0 else first
        verb = _argument_of(last[-1])
        sent = sentence_of(st.doc, last.start)
        parties = {id(c) for a, b, c, _ in named if verb is not None and sent.start_char <= a < sent.end_char and
                   _argument_of(char_span(st.doc, a, b, alignment_mode="expand")) == verb}
        before = [(n, a, c) for a, b, c, n in named if first.start_char <= a and b <= m.start() and
                  id(c) not in parties]
        if not before:
            continue                              # (`Park beat the young Swede`: the verb's other party is not him)
        c = max(before, key=lambda x: (x[0], x[1]))[2]
        if any(m.end() <= a < sent.end_char and k is c for a, b, k, _ in named):
            continue                              # `a deal for the Frenchman, but Wenger added`: the one most named is
            #                                       named again after it in its sentence, so it tells of another, whom
            #                                       the count cannot pick (review57b)
        #   the most named of those named in its sentence and the two before, the nearest on a tie: `books by Jack
        #   Nicklaus, whose cup the South Korean won` is the page's golfer, not Nicklaus
        if c.sector == PRIVATE and c.country is None and c.person is None:
            found.setdefault(c.key, iso3)
    return found


def _argument_of(words) -> Optional[int]:
    """The index of the verb a name or description (a token or a span) is a direct argument of (subject, object or
    passive agent), else None."""
    if words is None or isinstance(words, Span) and not len(words):
        return None
    tok = words.root if isinstance(words, Span) else words
    while tok.dep_ in ("compound", "flat", "poss", "case") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        tok = tok.head
    return tok.head.i if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "iobj") else None


def _side_depth(st: ActorState, at: int) -> int:
    """How many adverbial clauses or prepositions' clauses of its sentence hold the name at character `at` (`after
    catching Ann Roe`: 1 more than the sentence's subject); for `_described_nationals` (review56a)."""
    span = char_span(st.doc, at, at + 1, alignment_mode="expand")
    if span is None:
        return 0
    tok, n = span[0], 0
    while tok.head.i != tok.i:
        n += tok.dep_ in ("advcl", "pcomp")
        tok = tok.head
    return n


def _clubs(st: ActorState) -> None:
    """In a sports report, a name of no lexicon body or person that no sector was given is a club, BUS, as GUIDE.md
    codes clubs (act32b, the web-page gold tune34/tune35 and tune31: such clubs came out private people, CVL, or
    with no sector): a name whose last word is a club's (actor_words.tsv `club_suffix`: `Adelaide United`,
    `Sarpsborg FK`, `Derby County`); a one-word body's name
    (`Chelsea refused to budge`; not an acronym); a one-word name of a town (`Liverpool`, `Blackburn`); a one-word
    plural (`the Magpies`, `Saints`: a body's name, or most mentions after `the`; not a surname, `Jones`); a name
    the text sets before a role in a club (`club_role`: `Everton boss Moyes`). `Pompey will ...` stays: nothing
    says it. A player known by one name (`Kanu`) is none of these. A club named for a town by a club's last word
    takes the town's country (act32d: `Sarpsborg FK`, `Derby County` in an A-League page had Australia's). A town's
    name that acts as a person or has a person's title or given name before it is none (common `acts_as_person`,
    act33d: `Paterson threw out the first pitch`)."""
    roles = lex.words("club_role")
    suffixes = lex.words("club_suffix")
    text = st.ctx.text
    for c in st.clusters.values():
        if c.key[0] not in ("O", "P?") or c.sector not in (None, PRIVATE) or c.person is not None or c.members or \
                not c.mentions or c.role is not None or lex.organisation_forms().get(c.name) is not None:
            continue
        words = c.name.removeprefix("the ").removeprefix("The ").split()
        if not words or not all(w[:1].isupper() for w in words):
            continue
        if len(words) > 1:
            club = words[-1].lower() in suffixes and not lex.place_country(c.name) and not lex.town_country(c.name)
            #   (not any body's plural: `Missouri Valley Blazers`, a fourth-grade team, is no company, tune24)
        elif any(t.text == words[0] and t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN" and t.doc[t.i - 1].text.istitle()
                 for t in st.toks):
            continue                              # `Jamal Crawford had 21 points ... Crawford hit`: a player's surname
        elif c.key[0] == "O" and not words[0].isupper():
            club = True                           # a one-word body of no lexicon and no sector: `Chelsea refused`
        else:
            name = words[0]
            spans = [st.doc.char_span(s, e, alignment_mode="expand") for s, e in c.mentions]
            if any(sp is None or len(sp) != 1 for sp in spans):
                continue
            club = bool(lex.place_country(name) or lex.town_country(name)) and not acts_as_person(st, name) or \
                (name.endswith("s") and not name.endswith("ss") and
                 (c.key[0] == "O" or 2 * sum(_after_the(sp[0]) for sp in spans if sp is not None) > len(spans))) or \
                any(m.group(1).lower() in roles for m in re.finditer(
                    rf"\b{re.escape(name)}(?:'s)? ([A-Za-z-]+)", text))
            #   (a town's name that acts as a person is none: `Paterson threw out the first pitch`, act33d)
        if club:
            c.sector = "BUS"
            if len(words) > 1 and words[-1].lower() in suffixes and c.country is None:
                c.country = _town_home(" ".join(words[:-1]))
                #   a club named for its town has the town's country (`Sarpsborg FK` in an Australian page: NOR)


_PLURAL_AGREEMENT = frozenset(("are", "were", "have"))


def _clubs_by_result(st: ActorState) -> None:
    """In a sports report, a name of one to three capitalised words of no lexicon body or person, no sector but
    CVL, no role, no given name first and no player's surname (the text writes it after another capitalised word)
    is a club, BUS, when a mention plays a result (the subject or object of a `match_verb`, directly or through
    `by`, `to`, `over`, `against`, `with`, in a sentence with a score: `Tersana showed determination by beating
    Misri 2-0`, `losing 2-1 to Haras Al-Hedoud`) or takes a plural verb as one name (`Ahli are lucky`: British
    usage for a side; a person is). Act35f, from tune36's Egyptian league report: such clubs were private people."""
    verbs = lex.words("match_verb")
    given = given_names()
    text = st.ctx.text
    for c in st.clusters.values():
        town = _town_side(c)                      # `the Newcastle Jets`: a town and a group noun (sect51)
        if not town and (c.key[0] not in ("O", "P?") or c.sector not in (None, PRIVATE) or c.person is not None or
                         c.members or not c.mentions or c.role is not None or
                         lex.organisation_forms().get(c.name) is not None):
            continue
        words = c.name.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words) or \
                words[0].lower() in given or lex.place_country(c.name) and len(words) > 1:
            continue
        first = words[0]
        if any(t.text == first and t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN" and t.doc[t.i - 1].text.istitle()
               and t.doc[t.i - 1].text not in words for t in st.toks):
            continue                              # `Amr El-Safti ... El-Safti`: a player's surname
        for s, e in c.mentions:
            sp = st.doc.char_span(s, e, alignment_mode="expand")
            if sp is None or text[s:e] != c.name and not (town and text[s:e].endswith(" " + c.name)):
                continue
            head = sp.root
            if plays_result(head, verbs) or _plural_name_subject(head):
                c.sector = "BUS"
                if town:
                    c.role = "club"
                break
    nicknames = {c.name.split()[-1] for c in st.clusters.values() if c.role == "club" and _town_side(c, "BUS")}
    for c in st.clusters.values():
        if c.sector == "MIL" and c.role == "military" and c.name in nicknames and not c.members:
            c.sector, c.role = "BUS", "club"      # `the Jets` beside `the Newcastle Jets`: the club's nickname


def _town_side(c, sector: str = "MIL") -> bool:
    """True for a group actor a plural title gave an armed service (titles.tsv `jets`, `rangers`: MIL) whose name is
    a town's and that noun, capitalised (`the Newcastle Jets`, `Central Coast Mariners`): a club's name, if it plays a
    result (`_clubs_by_result`; sect51). `sector`: the sector the actor has now (BUS: a club so found)."""
    words = c.name.split()
    return c.sector == sector and c.person is None and not c.members and bool(c.mentions) and 2 <= len(words) <= 4 and \
        all(w[:1].isupper() and not w.isupper() for w in words) and words[-1].endswith("s") and \
        (lex.place_country(" ".join(words[:-1])) is not None or bool(lex.town_countries(" ".join(words[:-1])))) and \
        lex.organisation_forms().get(c.name) is None


def _plural_name_subject(head) -> bool:
    """True for one proper name (no conjunct) that is the subject of `are`, `were`, `have`: `Ahli are lucky`."""
    return head.dep_ == "nsubj" and head.tag_ == "NNP" and head.head.lower_ in _PLURAL_AGREEMENT and \
        not any(k.dep_ == "conj" for k in head.children) and head.head.i == head.i + 1


def _club_owners(st: ActorState) -> None:
    """In a sports report, a private person named right after an owner's noun (actor_words.tsv `club_owner`: `Club
    owner Mike Ashley`, `Harlow Rovers co-owners Tom Ward and Ann Roe`) owns a club: BUS, as GUIDE.md codes a
    club's executives (act32b; private people, CVL, before)."""
    owners = lex.words("club_owner")
    text = st.ctx.text
    for c in st.clusters.values():
        if c.key[0] not in ("P?", "P") or c.sector not in (None, PRIVATE) or c.role is not None or not c.mentions:
            continue
        for s, _ in c.mentions:
            m = _OWNER_BEFORE.search(text[max(0, s - 80):s])
            if m and m.group(1).lower() in owners:
                c.sector = "BUS"
                break


_OWNER_BEFORE = re.compile(r"\b([A-Za-z-]+) (?:[A-Z][\w'.-]+ ){0,3}(?:and )?$")


def _after_the(tok) -> bool:
    """True for a word after `the`, past adjectives, numbers and hyphens (`the third-seeded Seahawks`)."""
    k = tok.i - 1
    while k >= 0 and tok.doc[k].pos_ in ("ADJ", "ADV", "NUM", "PUNCT", "VERB") and \
            tok.doc[k].text not in (",", ".", '"'):
        k -= 1
    return k >= 0 and tok.doc[k].lower_ == "the"


FIRE = "fire"          # a fire service among the services of `_services` (its people are GOV)
_SERVICE_SECTOR = {"COP": "COP", "MIL": "MIL", "REB": "REB", FIRE: "GOV"}


def _service_of(c: Cluster) -> Optional[str]:
    """COP, MIL, REB or FIRE for a body or group of the police, the armed forces, an armed group (rebels have ranks
    too: `the rebels' commander, Sgt. Yusuf Khan`) or a fire service (actor_words.tsv `fire_word`), else None. A
    person of one of those sectors names the service too (`Anderson County Sheriff Greg Lane ... with Sgt. Larry
    Wood`: the sheriff's office). A person described by such a noun (`the uniformed officer`) is read only by
    `_described_service`, in a rank's own sentence (review52d: counted everywhere, `a lieutenant` taken for the army
    made a police story's `authorities` GOV)."""
    if c.key[0] not in ("O", "G", "S", "L", "P?", "P") or not c.mentions:
        return None
    if c.sector in ("COP", "MIL", "REB"):
        return c.sector
    if c.key[0] in ("P?", "P"):
        return None
    words = set(c.name.lower().replace("-", " ").split()) | set((c.role or "").lower().split())
    return FIRE if c.sector == "GOV" and words & lex.words("fire_word") else None


def _services(st: ActorState, lo: int = 0, hi: int = 10 ** 9) -> Counter:
    """Mentions in [lo, hi) of the police, armed forces and fire services the article names, by service."""
    out: Counter = Counter()
    for c in st.clusters.values():
        service = _service_of(c)
        if service is not None:
            out[service] += sum(lo <= s < hi for s, _ in c.mentions)
    return +out


def _described_service(st: ActorState, lo: int, hi: int) -> Counter:
    """The services of people described by a police or military noun after `the` (`the uniformed officer`: a D actor
    of sector COP, MIL or REB) whose mentions start in [lo, hi): the ranked person of the sentence told again
    (`attacked Sgt. Ann Lowe ..., cutting the uniformed officer`; act52a). Not `a police officer`, a new person, who
    may be the one who harmed the ranked one (review52d)."""
    out: Counter = Counter()
    text = st.ctx.text
    for c in st.clusters.values():
        if c.key[0] == "D" and c.sector in ("COP", "MIL", "REB"):
            n = sum(lo <= s < hi and text[s:s + 4].lower() == "the " for s, _ in c.mentions)
            if n:
                out[c.sector] += n
    return +out


def _owner_service(st: ActorState, root) -> Counter:
    """The service of the body that owns the noun a name stands in apposition with (`the rebels' commander, Sgt.
    Yusuf Khan`: REB; `a commander of the army, Lt. X`: MIL), as a one-entry Counter, else an empty one."""
    head = root.head if root.dep_ == "appos" else next((k for k in children(root) if k.dep_ == "appos"), None)
    if head is None or head.pos_ != "NOUN":
        return Counter()
    owners = [k for k in children(head) if k.dep_ == "poss"] + [
        o for p in children(head) if p.dep_ == "prep" and p.lower_ == "of" for o in children(p) if o.dep_ == "pobj"]
    for tok in owners:
        for ms, me, o in st.mentions.around(tok.idx, tok.idx + len(tok)):
            if not (ms <= tok.idx and tok.idx + len(tok) <= me and (ms, me) in o.mentions):
                continue
            service = _service_of(o)
            if service is not None:
                return Counter({service: 1})
    return Counter()


def _whole_sentence_start(doc, i: int) -> int:
    """The character offset where the sentence of token i starts, walking back over the parser's cuts that follow no
    end of sentence (`loud music, | Capt. Roy Nelson said`: the parser took the rank's dot for one; act30a)."""
    sent = sentence_of(doc, i)
    while sent.start > 0 and tokens(doc)[sent.start - 1].text in (",", ";", ":", "--", "-", "—", "–"):
        sent = sentence_of(doc, sent.start - 1)
    return sent.start_char


def _written_short(st: ActorState, j: int) -> bool:
    """True for a rank of `rank_elsewhere` written short with a period (`Capt.`, `Cmdr.`: the form of a police or an
    armed force's rank, where a team's captain is written out) on no sports page, in a story of no ship or aircraft
    (`rank_vessel_word`: a ship's or a plane's `Capt.`) (ident42)."""
    toks = tokens(st.doc)
    tok = toks[j]
    low = tok.lower_.rstrip(".")
    dotted = tok.text.endswith(".") or j + 1 < len(toks) and toks[j + 1].text == "."
    return dotted and len(low) <= 4 and not st.ctx.page.sports and \
        not lemma_in(st.doc, lex.words("rank_vessel_word"))


def _body_before_rank(doc, j: int) -> Counter:
    """The service that the capitalised words right before a rank name (`Henry County Sheriff's Department Deputy
    Wayne Fuqua`, `Marine Cpl. Evan Brill`: actor_words.tsv `rank_police_body` COP, `rank_force_body` MIL,
    `fire_word` FIRE), as a one-entry Counter when they name one service, else an empty one (ident42)."""
    toks = tokens(doc)
    found, k = set(), j - 1
    while k >= 0 and j - k <= 6 and (toks[k].is_title or toks[k].lower_ in ("'s", "’s")):
        low = toks[k].lower_
        if low in lex.words("rank_police_body"):
            found.add("COP")
        elif low in lex.words("rank_force_body"):
            found.add("MIL")
        elif low in lex.words("fire_word"):
            found.add(FIRE)
        k -= 1
    return Counter({found.pop(): 1}) if len(found) == 1 else Counter()


def _service_ranks(st: ActorState) -> None:
    """A person with no office named after a rank that police, armed forces and fire services share (actor_words.tsv
    `service_rank`: `Deputy David Robinson`, `Lt. Richard Rosell`) is of the service their sentence names, else of
    the article's one service (or the one with twice the mentions of the next): COP, MIL, REB, or GOV for a fire
    service; a service that owns the noun the name stands beside (`the rebels' commander, Sgt. Yusuf Khan`) comes
    first. A rank also held outside any service (`rank_elsewhere`: a deputy of a parliament, a team's captain) takes
    only its own sentence's service, unless written short (`Capt.`: `_written_short`). The capitalised words of a
    police body or an armed force right before the rank (`Sheriff's Department Deputy`, `Marine Cpl.`) come second.
    A role that names no service (actor_words.tsv `rank_over_role`: `Lt. Matt Davis, a department spokesman`) leaves
    the rank to decide; a head's title of `body_rank_title` (`Chief`) is a rank where such a body stands before it
    (`Hollis Police Department Chief Tom Rell`, whose tagger cut the title from both names) (ident42). With none named, the rank says nothing (`Deputy` in France)."""
    ranks = lex.words("service_rank")
    over = lex.words("rank_over_role")
    doc = st.doc
    for c in st.clusters.values():
        if c.key[0] not in ("P?", "O") or c.key[0] == "O" and (c.person is not None or c.members):
            continue                              # (`LPD Lt. Brent Wheat`, which the tagger took for a body's name:
            #                                       the rank before it makes it a person's, act34b)
        if (c.sector is not None or c.role is not None) and not (
                c.key[0] == "P?" and c.role in over and c.sector in (None, "GOV", "CVL")) and not (
                c.key[0] == "P?" and c.sector == "CVL" and c.role is None):
            continue                              # (CVL with no role: a private person by default, or the victim
            #                                       of a harm told, `attacked Sgt. Ann Lowe`: the rank decides, act52a)
        for s, e in sorted(c.mentions):
            span = char_span(doc, s, e)
            if span is None:
                continue
            j = span.start - 1
            while j >= 0 and tokens(doc)[j].text == ".":
                j -= 1
            inside = [t.i for t in span[:-2] if t.lower_.rstrip(".") in ranks and t.text[:1].isupper()]
            if inside:
                j = inside[-1]                    # `Sgt Tom Kelly`, `Garda Sgt Tom Kelly` taken whole as the name
            if j < 0:
                continue
            low = tokens(doc)[j].lower_.rstrip(".")
            before = _body_before_rank(doc, j)    # (the service the words before the rank name, read once)
            if low not in ranks and not (low in lex.words("body_rank_title") and before):
                continue                          # (`Hollis Fire Department Chief Tom Rell`: the body's chief)
            sent = sentence_of(doc, span.start)
            lo = _whole_sentence_start(doc, min(sent.start, j))   # (`music, | Capt. Roy Nelson said`; act30a)
            elsewhere = low in lex.words("rank_elsewhere") and not _written_short(st, j)
            found = _owner_service(st, span.root) or _owner_service(st, tokens(doc)[j]) or \
                before or _services(st, lo, sent.end_char) + _described_service(st, e, sent.end_char) or (
                _services(st) if not elsewhere else Counter())
            ranked = found.most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
                c.sector, c.role = _SERVICE_SECTOR[ranked[0][0]], c.role or low
                if inside and c.name == span.text:
                    k = j + 1 + (tokens(doc)[j + 1].text == ".")
                    c.name = span_text(doc, k, span.end)   # the person's name without the rank
                break
    for c in st.clusters.values():                # `Major Ann Poe, of the Alden County Sheriff's Office`: a rank
        if c.key[0] != "P?" or c.sector != "MIL" or c.role not in ranks or not c.mentions:   # the titles give the
            continue                              # army, held in a police body her sentence names (act31c)
        s0 = min(c.mentions)[0]
        sent = sentence_of(doc, char_span(doc, s0, min(c.mentions)[1], "expand").start)
        named = _services(st, sent.start_char, sent.end_char) - Counter({"MIL": sum(
            sent.start_char <= s < sent.end_char for s, _ in c.mentions)})
        if set(named) == {"COP"}:
            c.sector = "COP"
    for c in st.clusters.values():                # `troopers` where the police are the one service named besides
        if c.key[0] == "G" and c.sector == "MIL" and c.mentions and all(
                char_span(doc, s, e) is not None and char_span(doc, s, e).root.lemma_.lower() == "trooper"
                for s, e in c.mentions):
            others = Counter({k: v for k, v in _services(st).items()}) - Counter({"MIL": len(c.mentions)})
            if set(+others) == {"COP"} or not +others and _home_troopers(st, c):
                c.sector, c.role = "COP", "troopers"   # (`Pennsylvania state police said ... until troopers arrived`)


def _bare_authorities(st: ActorState) -> None:
    """Unnamed `authorities` or `officials` with no word before them (actor_words.tsv `bare_authority`: `Authorities
    said they were called to the house`, `according to officials`) in a story whose one service is the police (no
    armed force, rebels or fire service named) and that names no other government actor (`Coroner's Lt. Joe Bale`:
    the authorities may be his office) are the police: COP, not GOV. `city officials` keep their sector (act30c)."""
    words = lex.words("bare_authority")
    if set(_services(st)) != {"COP"}:
        return
    doc = st.doc
    bare, other_gov = [], False
    for c in st.clusters.values():
        if c.sector != "GOV" or not c.mentions:
            continue
        spans = [char_span(doc, s, e) for s, e in c.mentions]
        named = [sp for sp in spans if sp is not None and not (len(sp) == 1 and sp[0].pos_ == "PRON")]  # `they`
        if None not in spans and named and all(len(sp) == 1 and sp[0].lower_ in words for sp in named):
            bare.append(c)
        else:
            other_gov = True
    if not other_gov:
        for c in bare:
            c.sector = "COP"


_THE = re.compile(r"^the\s+", re.IGNORECASE)


def charging_ministries(st: ActorState) -> None:
    """A justice ministry (actor_words.tsv `justice_ministry`: `the Justice Department`) that decides on, brings or
    drops charges is JUD, as attorneys general acting as prosecutors are; in its other acts (policy, budget,
    appointments) it stays GOV (bench/actors/GUIDE.md, decided in session 51). It charges where one of its mentions is
    the subject of a verb of actor_words.tsv `charge_verb` (`charged`, `declined to prosecute`: also through an
    open complement) or of a verb whose object is a noun of `charging_noun` (`dropped the charges`, `brought a case`).
    A state's ministry joins its state's actor (`add_org`): one that charges takes all its mentions to the state's
    JUD actor; a body of its own turns JUD. Gate: a verb's or noun's stem in the text."""
    verbs, nouns = lex.words("charge_verb"), lex.words("charging_noun")
    if not st.text_holds({w[:-1] for w in verbs | nouns | lex.words("probe_word")}):
        return
    bodies, text = lex.words("justice_ministry"), st.ctx.text
    charging = False
    for c in list(st.clusters.values()):
        if c.sector != "GOV" or not c.mentions or c.members:
            continue
        own = [(s, e) for s, e in c.mentions if _THE.sub("", text[s:e]).lower() in bodies]
        if not own or not any(_charges(st, s, e, verbs, nouns) for s, e in own):
            continue
        charging = True
        if c.key[0] != "S" or not c.country:
            c.sector = "JUD"
            continue
        court = state_actor(st, c.country, "JUD")
        for span in own:
            c.mentions.discard(span)
            for outer in [m for m in c.mentions if m[0] <= span[0] and span[1] <= m[1]]:
                c.mentions.discard(outer)         # `a Justice Department press release` holding the name: the
                #                                   ministry's words, gone with it (act57b)
            before = next(((s, e) for s, e in c.mentions if e < span[0] and not text[e:span[0]].strip()), None)
            if before is not None:                # `the United States Department of Justice`: the country's name
                c.mentions.discard(before)        # is the ministry's, no GOV actor of its own (review56b)
                span = (before[0], span[1])
            court.mentions.add(span)
    if charging:                                  # `a Justice Department spokeswoman` of a ministry that charges or
        staff = lex.words("staff")                # probes in the article speaks for it: JUD (act56c)
        for c in st.clusters.values():
            if c.sector == "GOV" and c.role in staff and not c.members and c.person is None and any(
                    b in text[s:e].lower() for s, e in c.mentions for b in bodies):
                c.sector = "JUD"


def one_attack_groups(st: ActorState) -> None:
    """A group named by a noun of actor_words.tsv `attack_group` (`terrorists`: REB in titles.tsv, an unnamed
    terrorist movement as named armed groups are) every mention of which is definite (`the terrorists`) is the
    attackers of one attack the text tells: CRM (bench/actors/GUIDE.md, decided in session 51). A country's
    (`Palestinian terrorists`) or a bare plural (`terrorists know no borders`) stays REB."""
    words, text = lex.words("attack_group"), st.ctx.text
    for c in st.clusters.values():
        if c.sector == "REB" and c.role in words and c.country is None and c.mentions and not c.members and \
                all(text[s:e].lower().startswith("the ") for s, e in c.mentions):
            c.sector = "CRM"


def _charges(st: ActorState, s: int, e: int, verbs: frozenset, nouns: frozenset) -> bool:
    """The mention at [s, e) is the subject of a charging verb, or of a verb with a charge for its object, or of a
    verb whose open complement is one (`decided not to charge`)."""
    span = char_span(st.doc, s, e, "expand")
    if span is None or not len(span):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head                          # `the FBI and Justice Department closed ...`: a joint subject
    if _probes(root, verbs) or _release_on_charges(root, verbs):
        return True
    if root.dep_ not in ("nsubj", "agent"):
        return False
    verb = root.head if root.dep_ == "nsubj" else root.head.head
    for v in (verb, *(k for k in verb.children if k.dep_ == "xcomp")):
        if v.lemma_.lower() in verbs or any(k.dep_ == "dobj" and k.lemma_.lower() in nouns for k in v.children) or \
                any(k.dep_ == "prep" and k.lower_ in lex.words("charge_outcome") and
                    any(o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in k.children)
                    for k in (*v.children, *(g for d in v.children if d.dep_ == "dobj" for g in d.children))):
            return True                           # `closed the inquiry without charges`, on the verb or its object
            #                                       (act54a)
    return False


_RELEASE = frozenset(("release", "statement", "announcement"))


def _release_on_charges(root, verbs: frozenset) -> bool:
    """A justice ministry named as the modifier of its release or statement (`according to a Justice Department press
    release`, `a Department of Justice statement said`) in a sentence that tells a charge (a verb of actor_words.tsv
    `charge_verb`: `Two men were charged with murder, according to ...`): the ministry announces the charges it
    brought, JUD (act57b, tune65's gang indictment); its release on a budget or a policy stays GOV."""
    head = root.head
    if root.dep_ not in ("compound", "nmod") or head.pos_ != "NOUN" or head.lemma_.lower() not in _RELEASE:
        return False
    return any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in head.sent)


def _probes(root, verbs: frozenset) -> bool:
    """A justice ministry told at a criminal inquiry (actor_words.tsv `probe_word`) or a charge: a modifier of an
    inquiry's noun (`a Justice Department investigation of her`, `the FBI and Justice Department probe`), the subject
    of an inquiry's verb (`the Justice Department is investigating`), the agent of a charging verb (`prosecuted by the
    Justice Department`), or the object of a verb whose open complement is an inquiry's or a charge's (`asked the
    Justice Department to investigate`): JUD, as one that charges (act56c)."""
    probe = lex.words("probe_word")
    head = root.head
    if root.dep_ in ("compound", "nmod") and head.lemma_.lower() in probe and head.pos_ == "NOUN":
        return True
    if root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in probe:
        return True
    if root.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in verbs:
        return True
    return root.dep_ == "dobj" and any(k.dep_ == "xcomp" and (k.lemma_.lower() in probe or k.lemma_.lower() in verbs)
                                       for k in head.children)


def _home_troopers(st: ActorState, c: Cluster) -> bool:
    """True for `troopers` that no country word names (`Troopers closed the highway`; not `Indian troopers`), in an
    American story (`american_story`) that names no armed force nor other service: a US state's police, as a
    `Trooper` before a name is (COP)."""
    if c.country not in (None, "USA") or not american_story(st):
        return False
    for s, e in c.mentions:
        span = char_span(st.doc, s, e)
        if span is None or any(st.hits.get(t.i, ("",))[0] in ("CTRY", "DEM") for t in span):
            return False
    return True


def _campaign_staff(st: ActorState, c: Cluster) -> bool:
    """An aide, spokesman or other staff title (actor_words.tsv `staff`) of no organisation, coded GOV or LEG
    (the default of the title, or a lawmaker's side), in a sentence that names a campaign or right after one:
    `Sanders aide Jeff Weaver said ... the campaign had suspended two staffers`, `an answer from the Roe
    campaign through aide Tom Ward`. Campaign staff are the party's side (PTY), not the office's."""
    if c.key[0] not in ("P?", "D") or c.sector not in (None, "GOV", "LEG") or c.role not in lex.words("staff"):
        return False
    for s, _ in c.mentions:
        span = char_span(st.doc, s, s + 1, alignment_mode="expand")
        if span is None:
            continue
        sent = sentence_of(st.doc, span.start)
        lo = sentence_of(st.doc, sent.start - 1).start if sent.start > 0 else sent.start
        if any(t.lemma_.lower() == "campaign" and t.pos_ == "NOUN" and _race(t) for t in tokens(st.doc)[lo:sent.end]):
            return True
    return False


def _candidate_staff(st: ActorState, c: Cluster) -> bool:
    """A staff title (actor_words.tsv `staff`, `candidate_staff`) of no organisation, coded GOV, LEG or CVL, whose noun
    phrase names before the title a person of the article who is no government office holder on its date, in an
    article of a race for office (`_race_article`: a primary, a caucus, a candidate, a race's campaign): `Sanders aide Ann
    Lee told me`, `the Sanders rapid-response director` - the candidate's staff, PTY, wherever the word `campaign`
    stands (act52b). `Obama aide Ann Lee` (a president's) and `Senate aide Ann Lee` (no person) stay as they were.
    The person must be a politician, PTY or LEG on the date (not `Brandt's financial adviser` of an investor, a
    singer's spokeswoman, a principal's athletic director), and no body may stand between the person and the
    title (`Clinton State Department aide`, `Sanders Senate aide`: the body's staff; a place may: `Lee Iowa
    director`) (review52a)."""
    words = lex.words("staff") | lex.words("candidate_staff")
    if c.key[0] not in ("P?", "D") or c.sector not in (None, "GOV", "LEG", "CVL") or c.role not in words:
        return False
    if not c.mentions or not _race_article(st):
        return False
    for s, e in c.mentions:
        span = char_span(st.doc, s, e, alignment_mode="expand")
        if span is None:
            continue
        title = next((t for t in span if t.lower_ == c.role.split()[-1]), None)
        if title is None:
            continue
        k = title.i - 1
        body = False
        while k >= 0 and (st.toks[k].dep_ == "case" or k + 1 <= st.toks[k].head.i < span.end) and \
                st.toks[k].dep_ in ("compound", "amod", "poss", "nmod", "case", "punct", "det", "npadvmod"):
            t = st.toks[k]
            if t.text[:1].isupper() and t.dep_ in ("compound", "poss", "nmod"):   # `Sanders` is tagged NOUN too
                boss = _person_named(st, t.text, c)
                if boss is not None:
                    sector = boss.person.at(st.day)[1] if boss.person is not None else boss.sector
                    return sector in ("PTY", "LEG") and not body
                body = body or t.ent_type_ not in ("GPE", "LOC", "NORP")   # `State Department`, `Senate`
            k -= 1
    return False


def _person_named(st: ActorState, word: str, c: Cluster) -> "Cluster | None":
    """The person of the article (other than c) whose surname or name is `word`, if exactly one."""
    found = [o for o in st.clusters.values() if o is not c and o.key[0] in ("P", "P?")
             and (o.surname == word or o.name == word)]
    return found[0] if len(found) == 1 else None


def _race_article(st: ActorState) -> bool:
    """The article tells of a race for office: a noun (lemma) of actor_words.tsv `race_cue` (`primary`, `caucus`,
    `candidate`) or a `campaign` that names a race (_race). The looser `contest` nouns are not enough (review52a):
    `the Senate debate over the farm bill`, `won a bid to supply the state`, `a forum on race`."""
    cues = lex.words("race_cue")
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in cues or
               t.pos_ == "NOUN" and t.lemma_.lower() == "campaign" and _race(t) for t in tokens(st.doc))


def _race(campaign) -> bool:
    """`campaign` names a race for office: bare, a person's or one with an electoral word (actor_words.tsv
    `electoral`), not `the air campaign`, `a bombing campaign`, `a campaign against militants`."""
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in children(campaign)):
        return False
    return all(c.pos_ == "PROPN" or c.tag_ == "PRP$" or c.lower_ in lex.words("electoral")
               for c in children(campaign) if c.dep_ in ("amod", "compound", "nmod"))


_SIDES = frozenset(("PTY", "NGO", "BUS", "MED", "LAB", "REB", "OPP", "REL", "EDU"))


def _organisation_staff(st: ActorState, c: Cluster) -> None:
    """A staff title (`staff` words: spokesman, aide ...) of a person not in the lexicon or a description (cluster
    key `P?` or `D`), coded GOV by the title's default, whose sentence and the one before it name exactly one
    organisation with a sector, and that of another side than government (_SIDES: a party committee, a company, a
    group): that organisation's sector, and its country when the person has none (`Harlow Forward, a liberal
    political action committee, called ... "...," spokesman Tom Ward said` -> PTY). Whether a boss gave the
    GOV (_pronoun_boss, above) is not looked at."""
    if c.key[0] not in ("P?", "D") or c.sector != "GOV" or c.role not in lex.words("staff") or not c.mentions:
        return
    s = min(c.mentions)[0]
    span = char_span(st.doc, s, s + 1, alignment_mode="expand")
    if span is None:
        return
    if span.start > 0 and lex.org_words().get(st.toks[span.start - 1].lower_) == "GOV":
        return                                    # `Ministry spokesman Shota Utiashvili`: the body before his title
    if _state_body_in_title(st, min(c.mentions)):
        return                                    # `White House spokeswoman Sarah Sanders`: the body in his mention
    if _public_post_in_title(st, min(c.mentions)):
        return                                    # `city spokesman Bob Stahl`: the town's, not the paper's that
        #                                           quotes him (act55d)
    body = _state_spoken_for(st, c)
    if body is not None:                          # `A spokesman for the Syrian foreign ministry, Jihad Makdissi,
        if c.country is None and body.country != "IGO":   # said ... the Free Syrian Army`: the ministry's, not the
            c.country = body.country              # group's
        return
    sent = sentence_of(st.doc, span.start)
    lo = sentence_of(st.doc, sent.start - 1) if sent.start > 0 else sent
    body = _body_told_before(st, c, span.start, sent, lo)
    if body is not None:                          # `Uganda's foreign ministry accused ... A spokesman, Joseph
        c.country, c.sector = body.country, body.sector   # Okello, said`: the ministry's (lead43)
        return
    found = {id(o): o for ms, me, o in st.mentions.around(lo.start_char, sent.end_char)
             if o is not c and o.key[0] == "O" and (ms, me) in o.mentions and o.sector is not None}
    if any(o.sector not in _SIDES for o in found.values()) or len(found) != 1:
        return
    if any(o.key[0] == "P" and o.person is not None and o.person.at(st.day)[1] == "GOV" and ms < s
           for ms, _, o in st.mentions.around(sent.start_char, sent.end_char)):
        return                                    # `Mr. Obama and adviser Valerie Jarrett ... the Democratic
        #                                           National Committee`: an office holder's staff, named with him
    org = next(iter(found.values()))
    c.sector = org.sector
    c.country = c.country or (org.country if org.country != "IGO" else None)


def _state_body_in_title(st: ActorState, mention: tuple[int, int]) -> bool:
    """A state body named inside a staff person's own mention before the staff word (`White House spokeswoman Sarah
    Sanders`, `State Department spokesman Ned Price`): a lexicon organisation of kind `state`. The person speaks for
    it, whatever party the sentences around name (lead43: she was PTY by `Trump blamed Democrats` before)."""
    span = char_span(st.doc, mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return False
    staff = lex.words("staff")
    for t in span:
        if t.lower_ in staff:
            return False
        h = st.hits.get(t.i)
        if h and h[0] == "ORG" and getattr(h[1], "kind", None) == "state":
            return True
    return False


def _public_post_in_title(st: ActorState, mention: tuple[int, int]) -> bool:
    """A word of a public post (actor_words.tsv `public_post`: city, county, state, town) right before the staff word
    of a person's own mention (`city spokesman Bob Stahl`, `a county spokeswoman`): the person speaks for that
    government, whatever other body the sentence names (`The Harlow Herald quoted city spokesman ...`; act55d)."""
    span = char_span(st.doc, mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return False
    staff, posts = lex.words("staff"), lex.words("public_post")
    return any(t.lower_ in staff and k > 0 and span[k - 1].lower_ in posts for k, t in enumerate(span))


def _body_told_before(st: ActorState, c: Cluster, first: int, sent, before) -> Optional[Cluster]:
    """The state body (a sector outside _SIDES, a country of its own) that is the subject of the sentence before
    when a staff person of no country opens the next one with no body of its own (`Uganda's foreign ministry
    accused ... . A spokesman, Joseph Okello, said`, `The Ethiopian army said ... . A spokeswoman, Almaz Tadesse,
    said`): the person speaks for it, not for the story's home country (lead43). None when the person has a
    country, is not at its sentence's start, or the sentence before has no such subject."""
    if c.country is not None or before is sent or first - sent.start > 2:
        return None
    subj = next((t for t in children(before.root) if t.dep_ == "nsubj"), None)
    if subj is None:
        return None
    body = next((o for ms, me, o in st.mentions.around(subj.idx, subj.idx + len(subj))
                 if o is not c and ms <= subj.idx < me and (ms, me) in o.mentions), None)
    if body is None or body.key[0] not in ("S", "O") or body.sector in (None, *_SIDES) or body.members or \
            body.country in (None, "IGO"):
        return None
    return body


def _state_spoken_for(st: ActorState, c: Cluster) -> Optional[Cluster]:
    """The actor when a staff title of the person (`staff` words) has a preposition whose object phrase holds another
    actor's mention of a sector outside _SIDES (`a spokesman for the Syrian foreign ministry`, `an aide to the
    governor`), else None: the person speaks for that body, whatever other organisation the sentence names
    (lead42)."""
    staff = lex.words("staff")
    for s, e in c.mentions:
        span = char_span(st.doc, s, e)
        for tok in span if span is not None else ():
            if tok.lower_ not in staff:
                continue
            for prep in children(tok):
                if prep.dep_ != "prep":
                    continue
                lo, hi = prep.left_edge.idx, prep.right_edge.idx + len(prep.right_edge)
                body = next((o for ms, me, o in st.mentions.around(lo, hi) if o is not c and lo <= ms and me <= hi
                             and o.sector is not None and o.sector not in _SIDES), None)
                if body is not None:
                    return body
    return None


def actor_code(country: Optional[str], sector: Optional[str], name: Optional[str] = None) -> Optional[str]:
    """The CAMEO-style code: country then sector (`RUSGOV`, `USALEG`, `SYRMIL`), the sector alone when the
    country is unknown (`MED`, `REB`), the country alone for a people (`PSE`); an international organisation
    is `IGO` followed by its abbreviation when the lexicon has one (`IGONATO`, `IGOUN`). None when neither is
    known."""
    if country == "IGO":
        abbr = _igo_abbreviation(name) if name else None
        return "IGO" + (abbr or "")
    code = (country or "") + (sector or "")
    return code or None


def _igo_abbreviation(name: str) -> Optional[str]:
    org = lex.organisation_forms().get(name)
    if org is None:
        return None
    short = [a for a in (org.name, *org.aliases) if a.isupper() and a.isalpha() and 2 <= len(a) <= 6]
    return min(short, key=len) if short else None
