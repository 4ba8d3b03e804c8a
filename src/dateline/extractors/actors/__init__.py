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
The passes are functions over one `ActorState` (state.py), one module each, run in the order of `PASSES`;
helpers they share are in common.py; `finish` makes the records. `ActorIndex` (lookup.py) answers which actor
a character span belongs to, for this and every later stage.
Actor ids are "A1", "A2", ... in the order of each actor's first mention.
"""
from __future__ import annotations

import dataclasses
import functools
import re

from ...lexicon import actors as lex
from ...records import Actor, Mention, Quote
from .. import Context
from .codes import actor_code, codes
from .coref import coref
from .descriptions import descriptions, unnest_names
from .employees import employee_groups
from .history import account_office, not_now as _not_now
from .hits import find_hits
from .idle import (abstract_courts, any_press, apposed_descriptions, office_place_names, attended_schools, built_venues, contest_names,
                   dateline_names, event_names, idle_names, listed_things, market_names, passing_groups, quantified_groups,
                   modifier_names, page_furniture_names, person_named_bodies, short_body_names, storm_names,
                   street_courts, town_names, venue_people)
from .local_news import (acting_towns, dispatchers_of_no_police, race_rivals, ranks_at_bodies,
                         school_body_members)
from .lookup import ActorIndex
from .page_things import (address_venues, bare_marks, byline_names, heading_people, link_lines, near_venues,
                          owned_products, programmes, road_bodies, road_people, unit_pieces, venue_names)
from .people import charged_former_holder, people
from .place_things import (broken_contractions, compass_roads, crossing_roads, held_powers, matchup_names,
                           where_places)
from .plain_words import capital_common_words, event_goer_names, style_code_names, visiting_friends
from .sources import anonymous_sources
from .speakers import speakers
from .state import ActorState
from .states import cause_orgs, names_of_things, states_and_orgs, unknown_orgs

__all__ = ["extract_actors", "ActorIndex", "PASSES", "actor_code"]

PASSES = (find_hits, cause_orgs, people, descriptions, states_and_orgs, unknown_orgs, names_of_things, speakers, coref,
          acting_towns, anonymous_sources, employee_groups, codes, dispatchers_of_no_police, school_body_members, race_rivals, idle_names, modifier_names,
          abstract_courts,
          event_names, contest_names, market_names, listed_things,
          quantified_groups, passing_groups, built_venues, attended_schools,
          town_names, short_body_names,
          dateline_names, page_furniture_names, capital_common_words, style_code_names, visiting_friends,
          event_goer_names, where_places, compass_roads, crossing_roads, held_powers, broken_contractions,
          matchup_names,
          storm_names, street_courts, venue_people, any_press,
          link_lines, bare_marks, byline_names, venue_names, road_people, road_bodies, address_venues, owned_products, programmes,
          near_venues,
          heading_people, unit_pieces, apposed_descriptions, office_place_names, ranks_at_bodies, person_named_bodies, unnest_names)


def extract_actors(ctx: Context, quotes: list[Quote]) -> tuple[list[Actor], list[Quote]]:
    """The article's actors, and the quotes with each speaker linked to its actor id."""
    st = ActorState(ctx, tuple(quotes))
    for run in PASSES:
        run(st)
    actors, speakers_of = finish(st)
    out = []
    for k, q in enumerate(quotes):
        if k in speakers_of and q.speaker is not None:
            q = dataclasses.replace(q, speaker=dataclasses.replace(q.speaker, actor=speakers_of[k]))
        out.append(q)
    return actors, out


HISTORY_YEARS = 20     # an office left this long before the article is history: its holder is spoken of in it


def _title_in_office(st: ActorState, c) -> "lex.Title | None":
    """The title (titles.tsv) by which the article calls a lexicon person out of office on its date, without `former`
    (`President Reagan`, `Soviet leader Mikhail Gorbachev`, `Candidate Ronald Reagan`): with HISTORY_YEARS, a figure of history
    spoken of in that office, not someone acting now as a former office holder (ELI: `former President Jimmy Carter
    said`; `President George W. Bush` in 2016 is still ELI, as the guide codes him); None when there is none or a
    mention says `former`."""
    text = st.ctx.text
    titled = None
    for s, e in c.mentions:
        written = text[max(0, s - 12):e].lower()
        if _not_now().search(written):
            return None
        words = text[s:e].lower().replace(".", " ").split()
        for w in words[:-1] if titled is None else ():
            found = lex.titles().get(w, {}).get("person") if w not in lex.words("title_prefix") else None
            titled = titled or found
    return titled


@functools.lru_cache(maxsize=1)
def _past_word() -> re.Pattern:
    """actor_words.tsv `not_now` and `then` (`then-President`) right before a title: the office is past when written."""
    words = sorted(lex.words("not_now") | {"then"}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")[\s-]+\w", re.IGNORECASE)


def _said_past(st: ActorState, c) -> bool:
    """A mention of a lexicon person whose offices have all ended opens with a word that says the office is past
    (`former President George Bush`, `then-President Ronald Reagan`)."""
    if not c.person.offices or any(not o.end for o in c.person.offices):
        return False
    text = st.ctx.text
    return any(_past_word().match(text, s) for s, e in c.mentions)


def _past_office(c) -> tuple:
    """(sector, role) of a lexicon person out of their last office: ELI, `former ...` (a profession's sector stays)."""
    offices = c.person.offices
    if not any(o.sector in lex.PUBLIC_OFFICES for o in offices) and any(o.sector == "PTY" for o in offices):
        run = max((o for o in offices if o.sector == "PTY"), key=lambda o: o.end)   # a candidate who never held
        return "PTY", "former " + run.role                                          # public office (session 56)
    last = max(offices, key=lambda o: o.end)
    return (last.sector if last.sector in lex.PROFESSIONS else "ELI"), "former " + last.role


def _offices_written(st: ActorState, c) -> list:
    """The lexicon person's offices whose whole role opens one of the person's mentions or is written right before
    it (`Senate Majority Leader Chuck Schumer`: the title parse keeps `leader`, the lexicon has a majority and a
    minority leader), for a text with no date (lead42)."""
    text = st.ctx.text.lower()
    found = []
    for o in c.person.offices:
        role = o.role.lower()
        if any(text.startswith(role + " ", s) or text.endswith(role + " ", 0, s) for s, _ in c.mentions):
            found.append(o)
    return found


_SIDE_TITLES = frozenset(("OPP", "REB"))   # the titles of a side that a text gives over a past office (lead42)


def finish(st: ActorState) -> tuple[list[Actor], dict[int, str]]:
    """The Actor records (ids in the order of first mention) and quote index -> its speaker's actor id."""
    for c in st.clusters.values():
        if c.person is not None:
            c.country, c.sector, c.role = c.person.at(st.day)
            if not st.day and c.stated_title is not None:    # no date: the office the text gives them, when
                held = [o for o in c.person.offices if o.role == c.stated_title[1]] or \
                    _offices_written(st, c)                          # they held it (`Gov. Timothy
                if held:                                                              # M. Kaine`: the governor,
                    c.country, c.sector, c.role = held[-1].country, held[-1].sector, held[-1].role   # not the senator)
            c.country = c.country or c.stated_country
            if c.sector is None and c.stated_title is not None:
                c.sector, c.role = c.stated_title     # no office yet on the day: what the text calls them
            elif c.sector == "GOV" and c.role in lex.words("local_role") and c.stated_title is not None and \
                    c.stated_title[0] == "PTY":
                c.sector, c.role = c.stated_title     # `Republican vice-presidential nominee Mike Pence`: a
                #                                       governor called first by his candidacy runs for the party
            if not st.day and _said_past(st, c):
                c.sector, c.role = _past_office(c)  # no date: `former President George Bush`, `then-President
                #                                      Ronald Reagan` left the office the lexicon last gives them
            if c.stated_title is not None and c.stated_title[0] in _SIDE_TITLES and \
                    (c.sector == "ELI" or not st.day and not any(o.role == c.stated_title[1] for o in c.person.offices)):
                c.sector, c.role = c.stated_title     # `Opposition leader Raila Odinga`: out of the office the
                #                                       lexicon gives (or, with no date, one it may give from long
                #                                       ago), he leads the opposition now, as the text says (lead42)
            title = _title_in_office(st, c) if c.sector == "ELI" else None
            if title is not None:
                last = max((o for o in c.person.offices if o.end and o.end <= (st.day or "")), key=lambda o: o.end,
                           default=None)
                if last is not None and st.day and int(st.day[:4]) - int(last.end[:4]) >= HISTORY_YEARS:
                    c.sector = title.sector or last.sector   # `President Reagan said in 1987`, `Candidate Ronald
                    c.role = last.role                       # Reagan`: a figure of history, in the role written
        if c.sector == "ELI" and c.key[0] in ("P", "P?"):
            told = account_office(st, c)   # `In 1972 Nixon flew to Beijing`: the office held in a historical account
            if told is not None:
                c.sector, c.role = told
            elif charged_former_holder(st, c):
                c.sector = "CRM"          # `former state Sen. Ed Hale is to be sentenced`: a defendant (act56d)
    live = [c for c in st.clusters.values() if c.mentions]
    live.sort(key=lambda c: (c.first, c.name))
    ids = {id(c): f"A{n}" for n, c in enumerate(live, 1)}
    text = st.ctx.text
    actors = []
    for c in live:
        mentions = tuple(Mention(s, e, text[s:e]) for s, e in sorted(c.mentions))
        actors.append(Actor(id=ids[id(c)], name=c.name, country=c.country, sector=c.sector, role=c.role,
                            mentions=mentions, members=tuple(ids[id(m)] for m in c.members if id(m) in ids),
                            code=actor_code(c.country, c.sector, c.name)))
    speakers_of = {k: ids[id(c)] for k, c in st.speaker_of.items() if id(c) in ids}
    _speakers_by_mention(st, live, ids, speakers_of)
    return actors, speakers_of


def _speakers_by_mention(st: ActorState, live: list, ids: dict, speakers_of: dict) -> None:
    """A quote whose speaker no pass resolved, though its speaker's words are, exactly, a mention of one actor (a
    later pass gave `Belarus's foreign ministry` to Belarus): that actor speaks it (user45)."""
    open_spans = {(q.speaker.start, q.speaker.end): k for k, q in enumerate(st.quotes)
                  if k not in speakers_of and q.speaker is not None}
    if not open_spans:
        return
    holders: dict = {}
    for c in live:
        for span in c.mentions:
            if span in open_spans:
                holders.setdefault(span, []).append(c)
    for span, cs in holders.items():
        if len(cs) == 1:
            for k, q in enumerate(st.quotes):
                if k not in speakers_of and q.speaker is not None and (q.speaker.start, q.speaker.end) == span:
                    speakers_of[k] = ids[id(cs[0])]
