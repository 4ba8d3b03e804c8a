"""Passes 4 and 5, states and organisations: lexicon hits of countries, capitals and organisations in actor
positions (`Moscow backed`, not `in Moscow`), then ORG entities in no lexicon, by the words of their names."""
from __future__ import annotations

import functools
import itertools
import re
from typing import Optional

from spacy.tokens import Span

from ...lexicon import actors as lex, months, pronouns, weekdays
from ..quotes.lexicon import given_names
from spacy.symbols import NOUN

from ..spans import (char_span, children, column, entities, lexicon_ids, lowered, matches_at, sentence_of, span_of,
                     span_text, span_tokens, tokens, where)
from ..spans import text as doc_text
from .common import (kind_ending_at, rank_cut, add, is_be, add_org, org_sector, add_unknown_org, age_after, cause_name, cause_sector, cluster, hit_at,
                     is_person_title, nested, np_bounds, sports_team, state_actor, works_for, country_domain, venue_after,
                     building_site, demonym_opens_place, title_case_line, plural_word,
                     mostly_capitalised, league_country, mark_league, country_named_as_place, found_there, in_headline)
from .codes import PRIVATE, american_story, cue_votes, country_of_sentence, dateline_country, names_us_county, us_state_forms
from .descriptions import predicate, someone_of_a_service
from .people import who_from_context
from .state import NAME_SUFFIXES, ActorState, Cluster, surname_of

_ACTOR_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "poss", "agent", "dative", "appos"))


def states_and_orgs(st: ActorState) -> None:
    """Country names (not after a locative preposition), capitals as subject, object or possessor, lexicon
    organisations."""
    doc = st.doc
    state_own = {}                                # a federal row -> the key of the state's own body named like it
    first_own, federal = {}, set()                # (where the state's body is first named; rows written as the nation's)
    for s, (label, entry, e) in sorted(st.hits.items()):
        own = _state_own_body(doc, entry, s) if label == "ORG" else None
        if own is not None:
            state_own.setdefault(entry.name, (("O", f"{span_text(doc, own, s)} {entry.name}"), span_text(doc, own, e)))
            first_own.setdefault(entry.name, s)
        elif label == "ORG" and _federal_form(doc, s, e):
            federal.add(entry.name)
    for s, (label, entry, e) in sorted(st.hits.items()):
        span = span_of(doc, s, e)
        start, end = span.start_char, span.end_char
        if s in st.person_at or (start, end) in st.taken or (nested(st, start, end) and not (
                label == "ORG" and works_for(st, s, e))):
            continue
        root = span.root
        dep, head = _dep(root)
        if label == "ORG":
            state_body = _us_state_before(doc, s) if entry.country == "IGO" else None
            if state_body is not None:            # `the Indiana General Assembly`: a US state's legislature, not the
                add_unknown_org(st, state_body, e, "LEG" if entry.sector == "IGO" and   # UN's, named like it
                                tokens(doc)[e - 1].lower_ == "assembly" else None, "USA")
                continue
            own = _state_own_body(doc, entry, s)
            if own is not None or entry.name in state_own and not _federal_form(doc, s, e) and \
                    (in_headline(st, start) if s < first_own[entry.name] else entry.name not in federal):
                #   (a form before the state's body joins it in the headline only, `Harlow asks DOJ for help`; one
                #   after it, unless the article also names the nation's body as such: then a bare `the Justice
                #   Department` may be either, and stays the nation's, as before known54; review54b)
                key, name = state_own[entry.name]   # (one actor, named as its first form is written)
                add(st, cluster(st, key, name, country="USA", sector=entry.sector),
                    tokens(doc)[own].idx if own is not None else start, end)
                continue                          # `the state Department of Justice`, `the Ohio Treasury Department`:
                #                                   the state's, not the federal body named like it; its other forms
                #                                   (`DOJ`) in the article are the state's too (known54)
            if entry.country == "IGO" and _state_assembly(st, span):
                add_unknown_org(st, s, e, "LEG", "USA")
                continue                          # `defying Republican leaders in the General Assembly` of a story
                #                                   from Raleigh that never names the UN: the state's legislature
            if dep in ("compound", "nmod") and is_person_title(head) and predicate(head):
                continue                          # `Ward is an ex U.S. Navy lieutenant`: the body of a role
            if _describes_people(st, root):
                continue                          # `Senator Bob Smith ..., both Republicans`
            if entry.sector == "MIL" and someone_of_a_service(dep, head):
                continue                          # `a civilian employee of the Air Force`, `an Air Force pilot`
            if entry.sector == "BUS" and dep == "compound" and head.i == e and head.ent_type_ == "PRODUCT" and \
                    head.pos_ == "PROPN":
                continue                          # `a Toyota Camry`, `a silver Honda Accord`: the maker's product
            if _party_runners(st, entry, dep, head):
                continue                          # `the Republican candidates`, `his GOP rivals`: a group (act49a)
            if _contest(entry, dep, head) or _seat_won(entry, span, dep, head) or _seat_event(entry, span, dep, head) \
                    or _seat_quest(st, entry, span):
                continue                          # `the GOP debate`, `the race for the White House`, `if he
                #                                   wins the White House`, `a White House prayer breakfast`
            league = _league_modifier(st, entry, span, dep, head)
            if league is not None:
                if league:
                    mark_league(st, league)
                continue                          # `a Premier League point`, `nine Egyptian Premier League defeats`:
                #                                   no actor (GUIDE.md, session 33), the story's league (gold33b)
            if _party_lawmakers(st, entry, span):
                continue                          # `congressional Republicans`, `House Democrats`
            if entry.sector in ("LEG", "JUD") and entry.kind == "state" and (
                    dep == "compound" and (_compound_head(head).lemma_.lower() in lex.words("body_topic") or
                                           e < len(doc) and tokens(doc)[e].lemma_.lower() in lex.words("body_topic")) or
                    dep == "pobj" and head.lower_ in ("in", "into") and (
                        head.head.pos_ in ("VERB", "AUX", "ADV") or head.head.lemma_.lower() in lex.words("done_in")) or
                    dep == "pobj" and head.lower_ in ("to", "for") and
                    _governing_verb(head).lemma_.lower() in lex.words("to_a_seat") or
                    dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex.words("body_place") or
                    _seat_controlled(dep, head)):
                continue                          # `her Senate record`, `a 2014 Senate Benghazi hearing`, `a vote
                #                                   in the House`, `elected to the Senate`, `on the floor of the
                #                                   Senate` (act49c), `to regain control of the Senate` (act50a): a
                #                                   seat, a place or a prize, not the body acting
            if entry.kind == "state" and dep == "compound" and \
                    _compound_head(head).lemma_.lower() in lex.words("facility"):
                continue                          # `a U.S. Marine barracks`, `an Air Force base`: a place
            if entry.kind == "state" and entry.sector == "GOV" and dep == "pobj" and _seat(span) and \
                    _in_the_seat(head):
                continue                          # `an incumbent in the White House`, `moved into the White
                #                                   House`, `a Democrat could be in the White House`: the seat
                #                                   of an office, a place
            if entry.kind == "state" and entry.sector == "GOV" and _seat(span) and (
                    dep == "compound" and _compound_head(head).lemma_.lower() in lex.words("contest") | lex.words(
                        "seat_prize") or
                    dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex.words("seat_holder") or
                    _seat_controlled(dep, head)):
                continue                          # `a future White House bid`, `the next occupant of the White
                #                                   House`: the office sought or held, no actor (act49a); `control of
                #                                   the White House` (act50a); `a White House win` (prec56)
            if entry.kind == "state" and entry.sector == "LEG" and dep == "pobj" and head.lower_ == "of" and \
                    head.head.lemma_.lower() == "member":
                continue                          # `the first member of Congress`: the body of a seat
            if entry.kind == "org" and venue_after(st, e):
                continue                          # `the Wells Fargo Center`: the company's name in a venue's
            owner = _surname_possessive(st, entry, span)
            if owner is not None:                 # `McDonald’s violations` in a story of Lauren McDonald: his
                add(st, owner, start, end - 2)    # possessive, not the restaurant company
                continue
            if entry.sector == "BUS" and _store(st, root, e):
                continue                          # `the windows of the CVS at ...`, `a Walmart in Ohio`: a shop
            nxt = st.hits.get(e)
            if entry.sector == "LEG" and nxt and nxt[0] == "ORG" and _party_lawmakers(st, nxt[1], span_of(doc, e, nxt[2])):
                continue                          # `House` of `House Democrats`: the group's word
            longer = _named_before(st, s, e) if entry.kind == "org" and entry.sector == "MED" else None
            if longer is not None and longer.name != entry.name:
                add(st, longer, start, end)       # `The Times` after `The New York Times`: that paper
                continue
            add_org(st, entry, start, end)
        elif label == "CTRY":
            named = _country_noun_before(root)
            if named is not None:                 # `to another country, likely Peru or Chile`: the
                dep, head = _dep(named)           # country stands where the noun it names does
            kind = _kind_before_of(root)
            if kind is not None:                  # `in the African country of Zimbabwe`: the country stands where
                dep, head = _dep(kind)            # the noun of its kind does (act42)
            if _inside_org_name(st, span):
                continue                          # `Bank of America`, `America Rising`: another actor's name
            if _made_again(span):
                continue                          # `make America great again`: a slogan's wish for the country
            if _name_ending_in_country(st, span):
                continue                          # `Priorities USA` (untagged), `Corporate America`: a name's end
            if _shouted_us(span):
                continue                          # `think how she will run things for US.`: the pronoun
            if e + 1 < len(doc) and tokens(doc)[e].text == "-" and tokens(doc)[e + 1].lower_ == "wide":
                continue                          # `an Australia-wide ban`: the country's extent (act29c)
            if dep == "appos" and head.ent_type_ == "GPE" and head.pos_ == "PROPN":
                dep, head = _dep(head)            # `across Canada, the United States, Norway`: a list the
                #                                   parser hung as an apposition to the first place (act29b)
            if dep == "pobj" and head.lower_ in lex.words("locative"):
                continue
            if dep == "pobj" and head.lower_ in ("to", "from", "for", "toward", "towards") and \
                    (_governing_verb(head).lemma_.lower() in lex.words("motion") or _after_motion_noun(head)):
                continue                          # `flew to Kenya`, `go back to Cuba`, `departed for Tanzania`
            if dep == "pobj" and _example_of_places(head):
                continue                          # `traveled to 12 countries, including Honduras and Canada`,
                #                                   `worked in nations such as Peru`: places named as examples
            if dep == "pobj" and _example_of_lands_found(head):
                continue                          # `countries such as Chad and Niger have seen cases`: lands
                #                                   where something is found, named as examples (act42b)
            if _after_place(st, s):
                continue                          # `Dar es Salaam, Tanzania`: the country of a place
            if dep == "pobj" and _where_from(st, head):
                continue                          # `immigrants from Mexico`, `the rest are from Peru`, `Tomas Berg
                #                                   from Norway`: where people come from, not the state acting
            if _listed_after_place(st, s, root):
                continue                          # `cases in Latvia and Estonia` with `Estonia` hung elsewhere
                #                                   by the parser: the list's next place (act35d); `from Ghana,
                #                                   Togo, the Sahel and Benin` (act51b)
            if dep == "poss" and _named_firm_after(head):
                continue                          # `Chile's Ripley department store chain`: the named firm's
                #                                   home, as `a U.S. company` (prec56)
            if dep == "poss" and _ranked_in_land(head):
                continue                          # `one of Germany's largest shopping centres`: a thing ranked
                #                                   among the land's own, a place (prec56)
            if dep == "poss" and (found_there(head) or _count_found_there(head)):
                continue                          # `Sweden's first case`, `China's birds`: what is found or
                #                                   counted in a land makes it a place (`Sweden's government`,
                #                                   `Russia's decision`: the state acts; act35e); `the case was
                #                                   Egypt's first since July` (act51b)
            if dep == "compound" and head.lemma_.lower() in lex.words("dweller"):
                continue                          # `The Jordan resident`, `a Canada native`: where one lives
            if dep == "pobj" and (_between_places(head) or _ranked_before(head)):
                continue                          # `events held between Suriname and French Guiana`; `the seventh
                #                                   country to suffer the virus, following Austria and Italy`
            if s > 0 and tokens(doc)[s - 1].like_num and tokens(doc)[s - 1].ent_type_ == "MONEY":
                continue                          # `earned $410,000 U.S.`: the currency's country
            if e < len(doc) and tokens(doc)[e].lower_ == "where" and dep not in ("nsubj", "nsubjpass"):
                continue                          # `borders Turkey where there have been 12 cases`: the land
                #                                   a restrictive `where` describes, a place
            if dep == "pobj" and head.lower_ == "of" and head.head.tag_ == "NNS" and \
                    head.head.lemma_.lower() in lex.words("country_word") and head.head.dep_ != "nsubj":
                continue                          # `flooding hit the neighbouring countries of Togo, Mali and Chad`:
                #                                   the countries a list names, places (act29c; `the countries of
                #                                   Togo and Mali signed a pact` act)
            if dep == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in lex.words("country_word") and \
                    head.head.dep_ == "pobj" and head.head.head.lower_ == "from":
                continue                          # `came from countries such as Venezuela, Germany`: origins
            if dep == "pobj" and head.lower_ in ("of", "to") and is_person_title(head.head):
                continue                          # `our next president of the United States`, `ambassadors to
                #                                   the United States`: the country of an office, not the state acting
            if dep == "dobj" and head.lemma_.lower() in lex.words("entry"):
                continue                          # `barred from entering the U.S.`, `to visit the United States`
            if dep == "npadvmod" and head.lemma_.lower() in lex.words("motion"):
                continue                          # `send them to a third nation, probably Nicaragua`
            if _heading(st, span):
                continue                          # `KENYA:` over a table of figures: a heading
            if dep in ("amod", "nmod", "compound") and (head.i in st.person_at or predicate(head) or
                                                        head.tag_ == "NNS" and is_person_title(head)):
                continue                          # (`as a U.S. senator`: the country of a role; `U.S.
                #                                   presidential candidates`: of people seeking a role)
            if country_domain(root):
                continue                          # `in U.S. history`, `the U.S. market`
            if dep in ("compound", "nmod", "amod") and _firm_of_the_land(head):
                continue                          # `a U.S. company`, `the largest U.S. exporting company`: the
                #                                   firm's home, not the state (act50a)
            if dep in ("compound", "nmod", "amod") and _named_body_of_the_land(head):
                continue                          # `the US anti-war group Code Pink`: the named body's home, not
                #                                   the state (act56d)
            if dep in ("compound", "nmod") and _site_in_a_place(_compound_head(head)):
                continue                          # `tested at a UK laboratory`, `came from a UK lab`: where the
                #                                   site is (act42b; `at the U.S. Embassy`: the state's own body)
            if dep == "poss" and _land_of_a_name(st, e):
                continue                          # `Italy's Northern League leader Matteo Salvini`: the land of a
                #                                   party, an outlet or a firm, not the state owning it (act50a)
            if dep == "poss" and head.is_lower and head.lemma_.lower() in lex.words("country_ground"):
                continue                          # `in Norway's second division`, `India's social networking site`:
                #                                   where a league plays or a site is based, a place (act32e; not
                #                                   an army's `Iraq's 9th Division`)
            if dep in ("compound", "nmod") and (head.lower_ in lex.words("country_topic") or
                                      head.lemma_.lower() in lex.words("country_topic")) and \
                    not ("." in span.text or span.text.isupper()):
                continue                          # `the Kenya bombing`, `the Iran deal`: a place or a subject
                #                                   (`U.S. missile attacks`: `U.S.` is the attacker; `the Zaire
                #                                   and Sudan strains`, a list the parser hangs as nmod: act35a)
            if dep == "pobj" and head.lower_ in ("of", "with") and head.head.lower_ in lex.words("place_noun"):
                continue                          # `the gambling capital of America`, `on the border with South
                #                                   Africa` (act42)
            if dep == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and \
                    head.head.lemma_.lower() not in ("case", "outbreak") and found_there(head.head):
                continue                          # `the thawing ice of Greenland and Iceland`, `the coast of
                #                                   Somalia`: what lies in a land makes it a place, as `Sweden's
                #                                   coast` does (act37b; `the case of Iran`: a topic, left as it was)
            nxt = tokens(doc)[e] if e < len(doc) else None
            if nxt is not None and nxt.lower_ == "military" and nxt.pos_ == "ADJ" and nxt.head.i == root.head.i:
                add(st, state_actor(st, entry, "MIL"), start, nxt.idx + len(nxt))   # `U.S. military presence`
                continue
            add(st, state_actor(st, entry), start, end)
        elif label == "CAP":
            if _place_of_country(st, e):
                continue                          # `Caracas, Venezuela;`: the city, in a list of places
            if s > 0 and tokens(doc)[s - 1].lower_ == "the" and dep != "compound" and not span.text.istitle():
                continue                          # `FEELING THE BERN`: a capital takes no article, a headline's
                #                                   word in capitals that spells one is no seat (act50a)
            if dep == "poss" and (found_there(head) or _land_of_a_name(st, e)):
                continue                          # `Rome's Gemelli hospital`: the city as a place (act35e);
                #                                   `Moscow's Bolshoi Theatre company` (act50a)
            if dep in _ACTOR_DEPS or (dep == "pobj" and head.lower_ == "by"):
                add(st, state_actor(st, entry), start, end)


def _firm_of_the_land(head) -> bool:
    """The lower-case noun a country name modifies (through compounds and a participle: `exporting company`) is a
    word of a firm (actor_words.tsv `business_noun`: `a U.S. company`, `U.S. banks`): the firm's home (act50a). Not
    when a word before the noun makes it the state's or an office (`no_firm`: `the U.S. central bank`, `a U.S.
    policy maker`: review50a)."""
    while head.dep_ in ("compound", "amod") and head.tag_ in ("VBG", "NN", "JJ") and head.head.i > head.i:
        head = head.head
    return head.is_lower and head.pos_ == "NOUN" and head.lemma_.lower() in lex.words("business_noun") and \
        not any(c.dep_ in ("amod", "compound") and c.i < head.i and c.lower_ in lex.words("no_firm")
                for c in children(head))


def _named_body_of_the_land(head) -> bool:
    """The lower-case noun a country name modifies (through words before it: `the US anti-war group`) is the last word of
    a kind of organisation (org_kinds.tsv: `group` of `advocacy group`, `charity`, `network`) and has a proper name in
    apposition right after it (`the US anti-war group Code Pink`, `the British charity Oxfam`): the country is the named
    body's home, not the state acting (act56d, issue 11: tune62's `US` made a United States of an activist group's
    description). Not a kind noun with no name after it (`a U.S. group of soldiers`: left as it was)."""
    while head.dep_ in ("compound", "amod") and head.tag_ in ("VBG", "NN", "JJ") and head.head.i > head.i:
        head = head.head
    if not (head.is_lower and head.pos_ == "NOUN") or head.lemma_.lower() not in _kind_last_words():
        return False
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i and
               all(t.pos_ == "PROPN" for t in tokens(head.doc)[head.i + 1:c.i + 1]) for c in children(head))


@functools.lru_cache(maxsize=1)
def _kind_last_words() -> frozenset[str]:
    """The last words of org_kinds.tsv's phrases (`group`, `charity`, `company`), made once."""
    return frozenset(p.split()[-1] for p in lex.org_kinds())


_NO_STATE_SECTORS = frozenset(("PTY", "MED", "BUS", "NGO", "EDU", "REL", "LAB", "OPP"))


def _land_of_a_name(st: ActorState, e: int) -> bool:
    """A country's or capital's `'s` right before a proper name that is a venue's (actor_words.tsv `venue_name`) or
    a body's of a sector no state is (a party, an outlet, a firm, a club, a school: `Italy's Northern League leader
    Matteo Salvini`, `Britain's Labour Party`): the land the name is in, not the state acting or owning; a state's
    own body (`Russia's Foreign Ministry`, `Iran's Revolutionary Guards`) and an unknown name keep the state (act50a)."""
    doc = st.doc
    toks = tokens(doc)
    k = e + 1
    if k >= len(doc) or toks[e].tag_ != "POS" or toks[k].pos_ != "PROPN":
        return False
    if venue_after(st, k):
        return True
    hit = st.hits.get(k)
    if hit is not None:
        return hit[0] == "ORG" and hit[1].sector in _NO_STATE_SECTORS and not _joined_on(toks, hit[2])
    if toks[k].ent_iob_ != "B" or toks[k].ent_type_ != "ORG":
        return False
    ent = next((x for x in entities(doc) if x.start == k), None)
    return ent is not None and org_sector(ent) in _NO_STATE_SECTORS and not _joined_on(toks, ent.end)


def _joined_on(toks, end: int) -> bool:
    """A name ending before token `end` is the first part of a hyphenated word (`Israel's Likud-led coalition`,
    `Japan's LDP-backed government`): it modifies what the land owns, the state (review50a)."""
    return 0 < end < len(toks) and toks[end].text in ("-", "–") and not toks[end - 1].whitespace_


def _people_noun(tok) -> bool:
    """A plural noun of private people (titles.tsv `civil` or a CVL group: `immigrants`, `refugees`, `workers`)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NNS", "NNPS"):
        return False
    kinds = lex.titles().get(tok.lower_) or lex.titles().get(tok.lemma_.lower()) or {}
    return any(k == "civil" or (k == "group" and t.sector == "CVL") for k, t in kinds.items())


_ORIGIN_SUBJECTS = frozenset(("he", "she", "they", "we", "i", "you", "rest", "others", "remainder", "who"))
#                                             (`Garcia, who is originally from Mexico,`: `who` is a person's; act42)


def _private_person_noun(tok) -> bool:
    """A singular common noun of one private person (titles.tsv `civil`, actor_words.tsv `kin_owner`: `woman`, `man`,
    `teenager`, `child`): where such a person is from is a place (act35a); not in apposition to a name (`Younis, an
    Arab woman from Israel`: the country the article gives her)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    return "civil" in (lex.titles().get(tok.lower_) or {}) or tok.lower_ in lex.words("kin_owner")


def _origin_of_people(prep) -> bool:
    """True for `from` after a bare `be` whose subject is people: a pronoun of people, a plural noun of private people
    (`_people_noun`), or an amount of them (`the rest`, `most`, `10 percent`: actor_words.tsv `quantity`) - `the rest
    are from Peru`, `she is from Chile` say where people come from; not `the letter was from Iran`."""
    if prep.lower_ != "from" or not is_be(prep.head) or prep.head.i == prep.i:
        return False
    subject = next((t for t in prep.head.children if t.dep_ == "nsubj"), None)
    if subject is None:
        return False
    word = subject.lower_
    if word not in _ORIGIN_SUBJECTS and subject.lemma_.lower() in lex.words("quantity"):
        whole = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        return not whole or _people_noun(whole[0]) or whole[0].lower_ in lex.titles() or \
            whole[0].lemma_.lower() in lex.titles() or whole[0].lemma_.lower() in lex.words("person_noun")   # `Most of the rockets are from Iran`: things sent, by a state
        #                                              that acts (rev26d); `Half of the fighters`: people's origin
    return word in _ORIGIN_SUBJECTS or _people_noun(subject)


def _among_places(st: ActorState, root) -> bool:
    """True for a name conjoined with a place (a place entity, or a country or capital of the lexicon), in a list of
    places: `Manchester, Sheffield, as well as Waltham Forest`."""
    near = [c for c in children(root) if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    for t in near:
        h = hit_at(st, t.i)
        if t.ent_type_ in ("GPE", "LOC") or h and h[0] in ("CTRY", "CAP"):
            return True
    return False


def _store(st: ActorState, root, e: int) -> bool:
    """A company named as one of its shops or sites, not as the company acting: with `a`/`an`, or `the` and a
    place after it (`a Walmart in Ohio`, `the CVS at the Epicentre`), after a locative preposition with a
    determiner (`outside the Walmart`), as the `of`-object of a part of a site with `the` (actor_words.tsv `site_of`:
    `the parking lot of the McDonald's`, act37c), or before a noun of a site (actor_words.tsv `store`: `a Target
    store`, `the Chevron gas station`)."""
    doc = st.doc
    dets = [c.lower_ for c in children(root) if c.dep_ == "det"]
    if root.dep_ == "compound" and _compound_head(root).lemma_.lower() in lex.words("store"):
        return True
    if dets[:1] in (["a"], ["an"], ["another"], ["every"]):
        return True
    if dets[:1] == ["the"] and (e < len(doc) and tokens(doc)[e].lower_ in ("at", "in", "on", "near") or
                                root.dep_ == "pobj" and root.head.lower_ in lex.words("locative") or
                                root.dep_ == "pobj" and root.head.lower_ == "of" and
                                root.head.head.lemma_.lower() in lex.words("site_of")):
        return True                               # (`the parking lot of the McDonald's`: act37c)
    return False


_TOWARDS = frozenset(("to", "toward", "towards", "past", "onto"))   # (`marched to the Verizon Center`)


def _what_someone_is(head) -> bool:
    """A description that says what someone is rather than naming another actor: a predicate (`was an Army
    captain`, `as a Navy pilot`) or an indefinite apposition (`Bradley Podliska, an Air Force reserve major`)."""
    return predicate(head) or head.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                           for c in children(head))


def _service_name(ent) -> bool:
    """`Air Force`, `Marine Corps`, `Army`, `Navy`, `Coast Guard`, `National Guard` (a country's word before it
    aside): the name of a military service."""
    words = [t.lower_ for t in ent if t.pos_ != "DET" and t.ent_type_ not in ("GPE", "NORP")]
    return " ".join(words) in lex.words("service_name")



def _compound_head(tok):
    """The noun a chain of compounds ends in (`Senate` -> `hearing` in `a 2014 Senate Benghazi hearing`)."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _contest(org, dep: str, head) -> bool:
    """A party before a contest or party-event noun (`the GOP debate`, `the Republican convention`) or before one who
    runs for it or against it (`GOP frontrunner Donald Trump`, `her GOP opponent`: `party_runner`, `contender`;
    act49a), an outlet before an event it hosts (`the Univision debate`: actor_words.tsv `hosted_event`), or a seat of
    office or legislature after `for` in a contest (`the race for the White House`, `a run for Congress`): no
    actor acts there (actor_words.tsv `contest`)."""
    contest = lex.words("contest")
    if org.sector == "PTY" and dep in ("compound", "amod", "nmod") and head.lemma_.lower() in contest:
        return True
    if org.sector == "PTY" and dep in ("compound", "amod", "nmod") and (
            head.lemma_.lower() in lex.words("party_runner") or head.lemma_.lower() in lex.words("contender")):
        return True                               # `GOP frontrunner Donald Trump`, `his GOP rivals`: the label of
        #                                           someone who runs for the party or against it (act49a)
    if org.sector == "MED" and dep in ("compound", "nmod") and head.lemma_.lower() in lex.words("hosted_event"):
        return True                               # `the Univision debate`: the event a broadcaster hosts
    if org.kind == "state" and org.sector in ("GOV", "LEG") and dep == "compound" and \
            head.lemma_.lower() in lex.words("contender"):
        return True                               # `White House hopefuls`, `Senate candidates`: seats sought
    return org.sector in ("GOV", "LEG") and dep == "pobj" and head.lower_ == "for" and \
        head.head.lemma_.lower() in contest


def _league_modifier(st: ActorState, entry, span, dep: str, head) -> Optional[str]:
    """The country of a sports league (organisations.tsv role `sports league`) named only as a modifier of a common
    noun after it, which it neither does nor owns (`a Premier League point`, `the Bundesliga leaders`, `an NFL season`:
    GUIDE.md, session 33: no mention of the league), else None. A demonym right before the name gives another
    country's league of the same name (`nine Egyptian Premier League defeats`: EGY, not the English one); a name
    before a proper noun is another body's (`the NFL Network`) and stays (gold33b), but before the name of a contest
    (actor_words.tsv `event_name_head`: `the NBA Finals`) it is a label, as any organisation's (`the Mercedes-Benz
    Championship`): "" for a body that is no league or has no country (act35e). A league's `'s` before a club's name
    (`the NFL's Charlotte Panthers`) is the club's label as well (act50a)."""
    if dep == "compound" and head.pos_ == "PROPN" and head.i >= span.end and \
            _compound_head(head).lower_ in lex.words("event_name_head"):
        return (league_country(st, entry, span.start) or "") if entry.role == "sports league" else ""
        #                                           `the NBA Finals`, `the Mercedes-Benz Championship`: the name
        #                                           of a contest it runs or sponsors, a label (act35e)
    if entry.role == "sports league" and dep == "poss" and head.pos_ == "PROPN" and head.i > span.end and \
            sports_team(span.doc[span.end + 1:head.i + 1]):
        return league_country(st, entry, span.start)   # `the National Football League's Charlotte Panthers`: the
        #                                                 league of a club the story names, no actor (act50a)
    if entry.role != "sports league" or head.i < span.end or not (
            dep == "compound" and head.pos_ not in ("PROPN", "PRON") or dep in ("nmod", "amod") and head.pos_ == "NOUN"):
        return None                               # (a compound's head is a noun even where the tagger says
        #                                           otherwise: `Premier League defeats` tagged a verb)
    return league_country(st, entry, span.start)


def _shouted_us(span) -> bool:
    """`US` with no article, right after a lower-case verb or preposition and ending its sentence or clause
    (`how she will run things for US.`, `Don't lie to US!`): the pronoun `us` shouted, as in a tweet, not the
    country (a country's name there is written `the US`)."""
    doc = span.doc
    if span.text != "US" or span.start == 0:
        return False
    before = tokens(doc)[span.start - 1]
    after = tokens(doc)[span.end] if span.end < len(doc) else None
    return before.is_lower and before.tag_ in ("IN", "TO", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ") and (
        after is None or after.text in (".", "!", "?", ",", "”", '"', "’", "'") or "\n" in after.text)


def _seat_won(org, span, dep: str, head) -> bool:
    """A seat of office or a legislature as the object of a verb of winning or losing it (actor_words.tsv
    `seat_verb`: `if he wins the White House`, `to retake the Senate`): an office sought, no actor."""
    return org.kind == "state" and (org.sector == "LEG" or org.sector == "GOV" and _seat(span)) and \
        dep == "dobj" and head.lemma_.lower() in lex.words("seat_verb") and not _kept_told(span.root, head)


def _seat_controlled(dep: str, head) -> bool:
    """The `of`-object of a noun of holding it (actor_words.tsv `seat_control`: `to regain control of the Senate`, `the
    battle for control of the House`): the seat or chamber as a prize, no actor (act50a)."""
    return dep == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and \
        head.head.lemma_.lower() in lex.words("seat_control") and \
        not (head.head.dep_ == "pobj" and head.head.head.lower_ == "under")   # `under the control of the White
    #                                                                           House`: who controls (review50a)


def _kept_told(obj, verb) -> bool:
    """A body kept or held to be something (`keep the Senate updated`, `keep the White House informed`: a participle
    or an adjective right after it) or contacted (a `seat_contact` verb with `for`, or under a plural noun: `to
    reach the White House for comment`, `Efforts to reach the White House`): the body itself, an actor, not a seat
    (review49c)."""
    nxt = obj.nbor(1) if obj.i + 1 < len(obj.doc) else None
    if nxt is not None and nxt.tag_ in ("VBN", "VBD", "JJ") and nxt.head.i in (obj.i, verb.i):
        return True
    return verb.lemma_.lower() in lex.words("seat_contact") and (
        any(c.dep_ == "prep" and c.lower_ == "for" for c in children(verb)) or
        verb.dep_ == "acl" and verb.head.tag_ == "NNS")


def _seat_quest(st: ActorState, org, span) -> bool:
    """A seat of office or a legislature right before a noun of seeking it (actor_words.tsv `seat_quest`: `a future
    White House bid`, `her Senate run`, `the House race`): the office sought, no actor (act53a; the parser may make the
    seat the head there, `bid` its modifier, so the next word decides). Not where that word is a verb of the body's
    act (`the White House run by his aides`, `The White House bid farewell to ...`: the seat its subject), nor where
    the noun says the body's own attempt (`a Downing Street bid to calm the row`) or the seat has no article, owner
    or adjective before it outside the headline and its deck (the layout's, `common.in_headline`: `Kremlin ambition in
    the Arctic`: the state's; review53b, tidy54)."""
    if org.kind != "state" or org.sector not in ("GOV", "LEG") or span.end >= len(span.doc):
        return False
    nxt = span.doc[span.end]
    after = span.doc[span.end + 1] if span.end + 1 < len(span.doc) else None
    if not nxt.is_lower or nxt.lower_ not in lex.words("seat_quest") or (after is not None and after.lower_ == "by"):
        return False
    if after is not None and after.lower_ == "to" and span.end + 2 < len(span.doc) and \
            span.doc[span.end + 2].pos_ in ("VERB", "AUX"):
        return False                              # `a Downing Street bid to calm the row`: the body's own attempt
    k = span.start - 1
    while k >= 0 and span.doc[k].is_space:
        k -= 1
    first = span[0] if span[0].pos_ in ("DET", "PRON") else (span.doc[k] if k >= 0 else None)
    if (first is None or first.tag_ not in ("DT", "PRP$", "POS", "JJ", "JJR", "JJS", "NNP", "NNPS")) and \
            not in_headline(st, span.start_char, deck=True):
        return False                              # `Kremlin ambition in the Arctic`: no article nor owner before the
        #                                           seat, past the headline (which drops its articles); review53b
    owned = any(c.dep_ in ("det", "poss") and c.lower_ != "the" for c in span.root.children)
    return nxt.pos_ == "NOUN" or owned           # (`a White House bid`, `her Senate run`: the seat cannot own `a`)


def _seat_event(org, span, dep: str, head) -> bool:
    """A seat of office before a social occasion held there (actor_words.tsv `seat_event`: `a White House prayer
    breakfast`, `the White House Christmas party`): the occasion's name, no actor."""
    return org.kind == "state" and org.sector == "GOV" and dep == "compound" and _seat(span) and \
        _compound_head(head).lemma_.lower() in lex.words("seat_event")


def _in_the_seat(prep) -> bool:
    """`in`/`into` on a verb, a noun or a copula (`moved into`, `an incumbent in`, `might be in`), also as the second
    of two such phrases (`her aide in the race and in the White House`; act49a): its object is where an office
    is held."""
    if prep.lower_ not in ("in", "into"):
        return False
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP" and prep.head.i != prep.i:
        prep = prep.head
    return prep.head.pos_ in ("VERB", "NOUN", "AUX")


def _seat(span) -> bool:
    """True for a building that is the seat of an office (`the White House`), not a body (`the Pentagon`)."""
    return span[-1].lower_ in lex.words("seat_building")


def _party_lawmakers(st: ActorState, org, span) -> bool:
    """A party's plural (`Republicans`, `Democrats`) after a chamber word (`congressional Republicans`, `House
    Democrats`, `Senate Republicans`) is the party's lawmakers: a group of the legislature (LEG), not the party;
    after a word of voting (actor_words.tsv `party_voter`: `registered Democrats`), or before a poll's participle
    (`party_polled`: `Democrats polled said`; known53), its voters (CVL)."""
    if org.sector != "PTY" or len(span) != 1 or not span.text.endswith("s"):
        return False
    root = span.root
    mods = [c for c in children(root) if c.dep_ in ("amod", "compound") and c.i < root.i and
            c.lower_ in lex.words("chamber")]
    voters = [c for c in children(root) if c.dep_ in ("amod", "compound") and c.i < root.i and
              c.lower_ in lex.words("party_voter")]
    kinds = [c for c in children(root) if c.dep_ in ("amod", "compound", "nmod") and c.i < root.i and (
             any(w.lower_ in lex.words("partisan_kind") for w in c.subtree) or
             "".join(w.text_with_ws for w in c.subtree).strip().lower() in lex.words("partisan_kind"))]
    if kinds and any(c.lower_ in lex.words("partisan_figure") for c in children(root) if c.i < root.i):
        kinds = []                                # `some prominent Jewish Republicans`: the party's figures
    kinds = [c for c in kinds if not _kind_in_a_name(st, c)]   # `the Liberal Democrats won two seats` (review54a)
    if kinds and not mods and not _party_in_body(st, root) and not _lawmaking(st, root):
        voters = voters or kinds                  # `moderate Republicans`, `working-class Democrats`: a kind of the
        #                                           party's voters, private people (act54a); `moderate House
        #                                           Republicans`, `liberal Democrats in Congress` are left alone, and
        #                                           `conservative Republicans blocked the bill` (review54a)
    if not voters and not mods and _party_share(root) and not _party_in_body(st, root) and not _lawmaking(st, root):
        voters = [root]                           # `43 percent of Democrats`: the share of its voters a poll counts;
        #                                           not `two-thirds of Republicans in the House`, `half of Democrats
        #                                           voted against the amendment` (review54a)
    polled = [c for c in children(root) if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == root.i + 1 and
              c.lemma_.lower() in lex.words("party_polled")]
    if polled and not voters:                     # `Democrats polled said`: the voters a poll asked (known53)
        s, e = np_bounds(st, root)
        if nested(st, s, e) or e > polled[0].idx:
            s, e = span.start_char, span.end_char
        c = cluster(st, ("G", "CVL", st.ctx.text[s:e].lower()), st.ctx.text[s:e], sector="CVL", role="voters",
                    country=org.country)
        add(st, c, s, e)
        st.taken.append((s, e))
        return True
    if not mods and not voters and _party_in_body(st, root):
        mods = [root]                             # `Republicans on Capitol Hill`, `Democrats in Congress`: its
        #                                           lawmakers, as `House Democrats` are (act56c)
    if not mods and not voters:
        return False
    s, e = np_bounds(st, root)
    if nested(st, s, e):
        return False
    name = st.ctx.text[s:e]
    if voters:                                    # `registered Democrats`: voters of the party, private people
        c = cluster(st, ("G", "CVL", name.lower()), name, sector="CVL", role="voters", country=org.country)
        add(st, c, s, e)
        st.taken.append((s, e))
        return True
    c = cluster(st, ("G", "LEG", name.lower()), name, sector="LEG", role="lawmakers", country=org.country)
    add(st, c, s, e)
    st.taken.append((s, e))
    return True


def _party_in_body(st: ActorState, root) -> bool:
    """A party's plural with an `in`/`on`-phrase of a legislature (`liberal Democrats in Congress`, `moderate
    Republicans on the committee`, `Republicans on Capitol Hill`: act56c): its lawmakers, whatever kind of member the
    word before it tells."""
    for p in root.rights:
        if p.dep_ == "prep" and p.lower_ in ("in", "on"):
            for o in children(p):
                h = hit_at(st, o.i)
                if h and h[0] == "ORG" and getattr(h[1], "sector", None) == "LEG" or \
                        o.lemma_.lower() in lex.words("chamber") or o.lemma_.lower() in ("committee", "legislature"):
                    return True
                if o.lower_ == "hill" and any(c.lower_ == "capitol" and c.dep_ == "compound" for c in children(o)):
                    return True                   # `on Capitol Hill`: Congress by its hill (act56c)
    return False


def _kind_in_a_name(st: ActorState, tok) -> bool:
    """True for a kind word written with a capital inside a sentence (not its first word, nor in the headline) that
    is no word always written so (actor_words.tsv `partisan_kind_cased`: `Catholic`, `Hispanic`): a word of a party's
    or a club's name (`the Liberal Democrats`, `Young Republicans`, `the Progressive Conservatives`), not a kind of
    voters (review54a)."""
    return tok.text[:1].isupper() and tok.i != tok.sent.start and tok.lower_ not in lex.words("partisan_kind_cased") \
        and not in_headline(st, tok.idx)


def _lawmaking(st: ActorState, root) -> bool:
    """True when a party's plural is told at lawmaking: its phrase or its clause (the verb it hangs from, with all
    that verb holds) names a legislature (a legislative organisation: `the House`, `Congress`) or a word of lawmaking (actor_words.tsv `lawmaking_word`: `blocked the spending bill`,
    `who control the committee`, `voted against the amendment`), or its own phrase a lawmaker's title (`like Senator
    Ada Kessel`): the party's lawmakers, whatever kind or share of them is told (review54a), not its voters."""
    head = root
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    words = lex.words("lawmaking_word")
    if any(title.sector == "LEG" for t in root.subtree for title in (lex.titles().get(t.lower_) or {}).values()):
        return True                               # (in the plural's own phrase only: `backed the senator from
        #                                           Texas` tells a candidate, not lawmaking)
    for t in itertools.chain(root.subtree, head.subtree):
        if t.lemma_.lower() in words or t.lower_ in words:
            return True
        h = hit_at(st, t.i)
        if h and h[0] == "ORG" and getattr(h[1], "sector", None) == "LEG":
            return True
    return False


def _party_share(root) -> bool:
    """A party's plural as the `of`-object of a share a poll gives (actor_words.tsv `party_share`: `43 percent of
    Democrats`, `two-thirds of Republicans`, `81% of Democrats`)."""
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    share = root.head.head
    return share.lower_ in lex.words("party_share") or share.lemma_.lower() in lex.words("party_share")


def _party_runners(st: ActorState, org, dep: str, head) -> bool:
    """A party right before a plural of people who run for it or against its candidate (actor_words.tsv
    `party_runner`, `contender`: `the Republican candidates`, `his GOP rivals`, `Republican Party presidential
    candidates`) is the party's runners, a group (PTY) of the party's country, not the party (act49a); the singular
    (`GOP frontrunner Donald Trump`) and a plural before the names it lists are people's labels (`_contest`)."""
    if org.sector != "PTY" or dep not in ("compound", "amod", "nmod") or head.tag_ != "NNS" or not (
            head.lemma_.lower() in lex.words("party_runner") or head.lemma_.lower() in lex.words("contender")):
        return False
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
        return False                              # `fellow GOP presidential candidates Sen. Ted Cruz and ...`: the
        #                                           label of the people it lists (`_contest` drops the party)
    s, e = np_bounds(st, head)
    e = min(e, head.idx + len(head))              # not its `of`-phrase: `Fatah rivals of Hamas` (review49c)
    if nested(st, s, e):
        return False
    name = st.ctx.text[s:e]
    c = cluster(st, ("G", "PTY", name.lower()), name, sector="PTY", role="candidates", country=org.country)
    add(st, c, s, e)
    st.taken.append((s, e))
    return True


def _heading(st: ActorState, span) -> bool:
    """A name alone on its line, but for a closing colon (`KENYA:` over the figures of a table)."""
    text = st.ctx.text
    s = text.rfind("\n", 0, span.start_char) + 1
    e = text.find("\n", span.end_char)
    line = text[s:len(text) if e < 0 else e].strip()
    return line in (span.text, span.text + ":")


def _entity_around(span):
    """The named entity that holds the whole span, found from the tokens' IOB marks (reading `doc.ents` makes a
    Span of every entity of the article at each call: quadratic in a long article), or None."""
    doc = span.doc
    a = span.start
    if a >= len(doc) or not tokens(doc)[a].ent_type_:
        return None
    while a > 0 and tokens(doc)[a].ent_iob_ == "I":
        a -= 1
    b = a + 1
    while b < len(doc) and tokens(doc)[b].ent_iob_ == "I":
        b += 1
    if span.end > b:
        return None
    return Span(doc, a, b, label=tokens(doc)[a].ent_type_)


def _inside_org_name(st: ActorState, span) -> bool:
    """True when a country name lies inside a longer ORG entity whose other words hold no lexicon name and
    are capitalised (`Bank of America`, `America Rising`, `Kenya Airways`): the name of an organisation,
    which unknown_orgs takes; `U.S. State Department` (a lexicon body) is not such a name."""
    ent = _entity_around(span)
    if ent is None or ent.label_ != "ORG" or len(ent) == len(span):
        return False
    rest = [t for t in ent if not (span.start <= t.i < span.end) and not t.is_punct and t.pos_ != "DET"]
    return bool(rest) and all(t.i not in st.hits and hit_at(st, t.i) is None for t in rest) and \
        any(t.text[:1].isupper() and t.lower_ not in ("of", "and") for t in rest)


def _made_again(span) -> bool:
    """True for a country that a verb of making or keeping would bring back to a state (`make America great
    again`, `We will make America safe again`, `keep America strong again`): a wish for the land, the campaign
    slogan's form, not the state acting or acted upon (`make America win again`, `made Iran weaker` stay actors)."""
    root, doc = span.root, span.doc
    if span.start > 0 and tokens(doc)[span.start - 1].lower_ in lex.words("made_again") and \
            "again" in (t.lower_ for t in tokens(doc)[span.end:span.end + 3]):
        return True                               # `Make America Great Again` in capitals, tagged as one name
    if root.dep_ == "nsubj" and root.head.pos_ == "ADJ" and root.head.dep_ in ("ccomp", "xcomp", "oprd"):
        adj, verb = root.head, root.head.head
    elif root.dep_ == "dobj":
        verb = root.head
        adj = next((c for c in children(verb) if c.pos_ == "ADJ" and c.dep_ in ("oprd", "ccomp", "xcomp", "acomp")),
                   None)
    else:
        return False
    if adj is None or verb.lemma_.lower() not in lex.words("made_again"):
        return False
    return any(t.lower_ == "again" for t in (*adj.children, *verb.children, *span_of(adj.doc, adj.i + 1, adj.i + 2)))


def _name_ending_in_country(st: ActorState, span) -> bool:
    """True when a country name ends a capitalised name the tagger did not call an organisation: right after a
    proper noun in title case on the same line that no lexicon name, title or given name holds (`Priorities USA`,
    `Team USA`, `Corporate America`); not on a title-case line (`Russia Warns America`). Such a name with a kind
    of organisation in apposition (`Priorities USA, a pro-Clinton super PAC,`) is an organisation of that kind."""
    doc = st.doc
    k = span.start - 1
    if k < 0 or tokens(doc)[k].pos_ != "PROPN" or not tokens(doc)[k].is_title or tokens(doc)[k].whitespace_ != " " or \
            hit_at(st, k) is not None or tokens(doc)[k].lower_ in lex.title_words() or tokens(doc)[k].lower_ in given_names() or \
            tokens(doc)[k].ent_type_ in ("GPE", "LOC", "NORP", "PERSON") or _headline(st, span) or _a_time(tokens(doc)[k]):
        return False                              # (`On Sunday Russia launched`, `In January Iran said`: a time)
    s = k
    while s > 0 and tokens(doc)[s - 1].pos_ == "PROPN" and tokens(doc)[s - 1].is_title and hit_at(st, s - 1) is None and \
            tokens(doc)[s - 1].whitespace_ == " ":
        s -= 1
    name = span_of(doc, s, span.end)
    sector = _kind_in_apposition(name)
    if sector is not None:
        add_unknown_org(st, s, span.end, sector, st.hits[span.start][1] if span.start in st.hits else None)
    return True


def _a_time(tok) -> bool:
    """A word of a time the tagger found (DATE, TIME) or a month's or weekday's name."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_.rstrip(".") in months() or tok.lower_ in weekdays()


def _describes_people(st: ActorState, tok) -> bool:
    """A party's name that says what people are rather than naming the party: `both Republicans` after the
    people it describes, or a predicate (`ran as a Democrat`)."""
    if predicate(tok):
        return True
    return tok.tag_ == "NNPS" and any(c.dep_ in ("det", "predet") and c.lower_ in ("both", "all")
                                      for c in children(tok)) and tok.dep_ in ("conj", "appos") and \
        tok.head.i in st.person_at


_UN_NAMED = re.compile(r"\bU\.?N\.?\b|United Nations|Security Council|[Ss]ecretary[- ][Gg]eneral")


def _state_assembly(st: ActorState, span) -> bool:
    """A bare `General Assembly` (an IGO's short name alone) in an American story that never names the United
    Nations (`U.N.`, `UN`, `United Nations`, `Security Council`, `secretary-general`): a US state's legislature."""
    return span.text.lower() in ("general assembly", "the general assembly") and \
        not _UN_NAMED.search(st.ctx.text) and american_story(st)


def _state_own_body(doc, entry, s: int) -> Optional[int]:
    """The first token of `state` or a US state's name right before a federal executive body's name (an organisations.tsv
    row of the USA of kind `state` and a sector outside LEG, JUD and MIL: `the state Department of Justice`, `the
    California Department of Justice`, `the state Treasury Department`), else None: a US state's own department named
    like the federal one, not the United States (known54), an organisation of its own with the row's sector. `Secretary
    of State` is no such word; the chambers, courts and forces are read elsewhere (`the state Supreme Court`)."""
    if entry.country != "USA" or entry.kind != "state" or entry.sector in ("LEG", "JUD", "MIL") or s == 0:
        return None
    before = tokens(doc)[s - 1]
    if before.text == "state" and not (s > 1 and tokens(doc)[s - 2].lower_ == "of"):
        return s - 1
    return _us_state_before(doc, s)


def _federal_form(doc, s: int, e: int) -> bool:
    """True for a federal body's name marked as the nation's (`the U.S. Justice Department`, `the federal Department of
    Justice`, `the United States Department of Justice`): never a state's own body."""
    words = span_text(doc, max(0, s - 2), e)
    return bool(re.search(r"\bU\.S\.(?!\w)|\b(?:US|federal|United States|national)\b", words))
    #   (`U.S.` ends in a stop: no word boundary after it before a space; review54b)


def _us_state_before(doc, s: int) -> Optional[int]:
    """The first token of a US state's name that ends right before token s (`Indiana` of `Indiana General Assembly`,
    `New York` of `New York General Assembly`), else None: an international organisation's short name after it
    names that state's body."""
    for k in (s - 1, s - 2):
        if k >= 0 and tokens(doc)[k].text[:1].isupper() and span_text(doc, k, s) in us_state_forms():
            return k
    return None


def _example_of_places(prep) -> bool:
    """True for `including`/`like`/`as` (of `such as`) on a noun that is itself a place where something goes or happens:
    the object of a locative preposition, or of `to`/`from`/`for` governed by a verb of motion (`traveled to 12
    countries, including Honduras`); the countries it lists are examples of those places, not states acting. A
    subject's examples stay (`nations including Russia vetoed`), and so do those of a noun of actors (`sent envoys to
    its allies, including Japan`: `member_kind`, person nouns, titles and organisation words)."""
    if prep.lower_ not in ("including", "like", "as") or prep.head.pos_ != "NOUN" or prep.head.i == prep.i:
        return False
    kind = prep.head.lemma_.lower()
    if kind in lex.words("place_noun") and kind not in lex.words("person_noun"):
        return True                       # `nearby regions, including Nepal`: places, whatever the parse (act35a)
    if kind in lex.words("member_kind") or kind in lex.words("person_noun") or kind in lex.org_words() or \
            lex.titles().get(kind):
        return False                      # `sent envoys to its allies, including Japan`: the actors it was sent to
    dep, head = _dep(prep.head)
    return dep == "pobj" and _place_preposition(head)


def _place_preposition(prep) -> bool:
    """True for a locative preposition (`in`, `at`) or `to`/`from`/`for`/`toward` on a verb of motion (`flew to`,
    `came from`): its object is a place where something is or goes."""
    return prep.lower_ in lex.words("locative") or prep.lower_ in ("to", "from", "for", "toward", "towards") and \
        _governing_verb(prep).lemma_.lower() in lex.words("motion")


def _example_of_lands_found(prep) -> bool:
    """True for `including`/`like`/`as` (of `such as`) on a plural noun of countries (actor_words.tsv `country_word`)
    that is the subject of a verb of a land where something is found (`land_had`: have, see, suffer) with an object
    of such a thing (`found_there`: case, outbreak): `neighbouring countries such as Chad and Niger have seen
    cases` names the lands the cases were in, places (GUIDE.md: `the first case in Sweden`; act42b). A deed stays
    (`countries such as Japan have banned imports`, `nations including Chile reported cases`: the state reports)."""
    if prep.lower_ not in ("including", "like", "as") or prep.head.i == prep.i:
        return False
    noun = prep.head
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in lex.words("country_word") or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    return verb.lemma_.lower() in lex.words("land_had") and \
        any(c.dep_ == "dobj" and found_there(c) for c in verb.children)


def _site_in_a_place(noun) -> bool:
    """True for a noun of a place or a site (actor_words.tsv `place_noun`, `site_noun`: city, port, laboratory,
    university, hospital) that is the object of a locative preposition or of `to`/`from`/`for` on a verb of motion
    (`tested at a UK laboratory`, `came from a UK lab`, `lives in a US city`): a country naming it says where it is,
    no state acting (act42b). A body of the state is no such noun (`at the U.S. Embassy`, `in a U.S. court`). A site
    noun may be the proper noun of the site's name (`in the U.S. Capitol`: act50a)."""
    word = noun.lemma_.lower()
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or \
            (word not in lex.words("site_noun") and (noun.pos_ == "PROPN" or word not in lex.words("place_noun"))):
        return False
    return _place_preposition(noun.head)


def _between_places(prep) -> bool:
    """True for `between` (or a second `between` joined to the first list: `between A and B, and between C and D`) on
    a verb of where something is held or lies (actor_words.tsv `held_between`: `events are held between Haiti and
    the Dominican Republic`) or on a place noun (`the border areas between ...`): the countries say where (act35e);
    `talks between Russia and Ukraine`, `war between ...` stay actors."""
    if prep.lower_ != "between":
        return False
    if prep.dep_ == "conj":                      # (joined to the first `between` or to its first object)
        first = prep.head
        while first.dep_ == "conj" and first.head.i != first.i and first.lower_ != "between":
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ == "between":
            first = first.head
        if first.lower_ != "between":
            return False
        prep = first
    gov = _governing_verb(prep)
    if gov.pos_ in ("VERB", "AUX"):
        return gov.lemma_.lower() in lex.words("held_between")
    return gov.pos_ == "NOUN" and gov.lemma_.lower() in lex.words("place_noun")


def _ranked_before(prep) -> bool:
    """True for `following`/`after` in a sentence that ranks a country noun with an ordinal before a verb of a land
    where a disease or a hazard is found (actor_words.tsv `found_verb`: `France is the seventh country to suffer this
    virus, following Austria, Germany and Italy`): the countries it lists are where it was found before, places
    (GUIDE.md: `the first case in Sweden`; act35e). `the second country to legalize it, after the Netherlands` acts."""
    if prep.lower_ not in ("following", "after"):
        return False
    found = lex.words("found_verb")
    for t in prep.sent:
        if t.i >= prep.i:
            return False
        if t.pos_ != "NOUN" or t.lemma_.lower() not in lex.words("country_word") or \
                not any(c.ent_type_ == "ORDINAL" or c.lower_ in ("first", "last", "latest") for c in t.children):
            continue
        verbs = [c for c in t.children if c.dep_ in ("relcl", "acl")]
        if t.dep_ == "attr":                      # (`to suffer` hung on the `is` before the noun)
            verbs += [c for c in t.head.children if c.dep_ == "xcomp" and c.i > t.i]
        if any(v.lemma_.lower() in found for v in verbs):
            return True
    return False


def _governing_verb(prep):
    """The word a preposition attaches to, past an adverb of direction (`go back to`, `flew home from`)."""
    head = prep.head
    if head.pos_ == "ADV" and head.head.i != head.i:
        return head.head
    return head


def _after_motion_noun(prep) -> bool:
    """The preposition stands right after a noun of motion the parser did not hang it on (`died in Texas after
    deployment to Liberia`: `to` on `died`): the country is where the motion went (act43)."""
    if prep.i == 0 or prep.head.i == prep.i - 1:
        return False
    before = prep.doc[prep.i - 1]
    return before.pos_ == "NOUN" and before.lemma_.lower() in lex.words("motion")


def _after_place(st: ActorState, s: int) -> bool:
    """True when a country name follows a place and a comma (`Nairobi, Kenya`, `Cape Town, South Africa`):
    it says where the place is."""
    doc = st.doc
    if s < 2 or tokens(doc)[s - 1].text != ",":
        return False
    prev = tokens(doc)[s - 2]
    h = hit_at(st, prev.i)
    if h and h[0] == "CAP":
        return True
    if prev.ent_type_ in ("GPE", "LOC", "FAC") and not (h and h[0] in ("CTRY", "DEM", "ORG", "PER")):
        return True
    k = hit_at(st, s)                             # a proper name the tagger took for no place, the country
    end = k[3] if k else s + 1                    # ending the phrase (`San Pedro Sula, Honduras;`)
    return prev.pos_ == "PROPN" and not h and not _names_someone(st, prev) and _phrase_ends(doc, end)


def _where_from(st: ActorState, prep) -> bool:
    """True for the `from` of where people come from: after a noun of people (`immigrants from Mexico`, `refugees
    from Syria`), of one private person (`a woman originally from Cameroon`, act35a), after a bare `be` whose subject
    is people (`_origin_of_people`: `the rest are from Peru`, act26b) or after a named person (`Tomas Berg from Norway
    finished third`, act35d); not the state acting."""
    if prep.lower_ != "from":
        return False
    owner = prep.head
    return _people_noun(owner) or _private_person_noun(owner) and owner.dep_ != "appos" or \
        _origin_of_people(prep) or owner.i in st.person_at


def _listed_after_place(st: ActorState, s: int, root, depth: int = 0) -> bool:
    """True when a country name that is no subject comes right after `and`/`or` (a comma before it or not) or a comma
    that follows a country named as a place (common.country_named_as_place: `in Latvia`) or as where people come from
    (`_where_from`), or such a country and other places of the list (place entities, `the Middle East`): the next item
    of that list of places, wherever the parser hung it (`Suspected cases in Latvia and Estonia remain unconfirmed`,
    act35d; `the others are from Ghana, Togo, the Sahel and Benin`, act51b)."""
    toks = tokens(st.doc)
    if root.dep_ in ("nsubj", "nsubjpass"):
        return False
    k = s
    while depth < 6 and k >= 2 and toks[k - 1].lower_ in ("and", "or", ","):
        end = k - 1 if toks[k - 1].text == "," or toks[k - 2].text != "," else k - 2
        for j in range(max(0, end - 4), end):
            h = st.hits.get(j)
            if h and h[0] == "CTRY" and h[2] == end:
                dep, head = _dep(span_of(st.doc, j, end).root)
                return country_named_as_place(st, j, end) or dep == "pobj" and _where_from(st, head) or \
                    _listed_after_place(st, j, span_of(st.doc, j, end).root, depth + 1)
        k = end
        while k > 0 and toks[k - 1].ent_type_ in ("GPE", "LOC") and not hit_at(st, k - 1):
            k -= 1                                # a place of the list the lexicon does not hold (`the Middle East`)
        if k == end:
            return False
        if k > 0 and toks[k - 1].lower_ == "the":
            k -= 1
        depth += 1
    return False


def _named_firm_after(noun) -> bool:
    """True for a lower-case word of a firm (actor_words.tsv `business_noun`) after a country's possessive that a
    proper name stands in as a compound (`Chile's Ripley department store chain`, `Japan's Hanno Motors company`):
    the country is the named firm's home, as `_firm_of_the_land`'s `a U.S. company` is (prec56). Not a firm with no
    name (`Russia's oil companies`: left to the other rules)."""
    if not (noun.is_lower and noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.words("business_noun")):
        return False
    return any(t.pos_ == "PROPN" and t.dep_ == "compound" for t in noun.subtree if t.i < noun.i)


def _ranked_in_land(noun) -> bool:
    """True for a place, a facility or a firm (actor_words.tsv `ranked_place`) after a country's possessive that a
    superlative ranks among the land's own (`one of Germany's largest shopping centres`, `Chile's busiest port`, `the
    country's most visited museum`): the possessor is the place where it ranks, no state that owns or does (prec56).
    A deed (`North Korea's latest nuclear test`, `Russia's biggest mistake`: the state's own act), a noun of people
    (`Britain's closest ally`, `Russia's most senior general`) and `latest`, `newest` (actor_words.tsv
    `not_rank`) are left to the other rules."""
    if is_person_title(noun) or noun.lemma_.lower() in lex.words("ranked_person") or noun.ent_type_ == "PERSON":
        return False
    if noun.lemma_.lower() not in lex.words("ranked_place") and noun.lower_ not in lex.words("ranked_place"):
        return False
    for c in noun.lefts:
        if c.lower_ in lex.words("not_rank"):
            continue
        if c.dep_ == "amod" and (c.tag_ == "JJS" or any(a.lower_ in ("most", "least") for a in c.lefts)):
            return True
    return False


def _count_found_there(word) -> bool:
    """True for an ordinal that stands for a count of what is found in a land, its subject such a noun (`the case was
    Egypt's first since July`; found_there): the possessor is a place (act51b; `the win was Brazil's second`: a side)."""
    if word.lower_ not in lex.words("ordinal_word") and not re.fullmatch(r"\d+(st|nd|rd|th)", word.lower_):
        return False
    verb = word.head if word.dep_ == "attr" else None
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None) if verb is not None else None
    return subject is not None and found_there(subject)


def _names_someone(st: ActorState, tok) -> bool:
    """True when a proper name is one of a person or an organisation the lexicon knows, is right after a title, is
    tagged an organisation or begins with a given name."""
    k = tok.i
    while k > 0 and tokens(tok.doc)[k - 1].pos_ == "PROPN":
        k -= 1
    return any(hit_at(st, i) for i in range(k, tok.i + 1)) or (k > 0 and tokens(tok.doc)[k - 1].lower_ in lex.title_words()) \
        or tok.ent_type_ == "ORG" or tokens(tok.doc)[k].lower_ in given_names()   # (`condemned by the Arab Parliament,
    #                                                                          Egypt, and Jordan`; `Ahmed Abu Zeid, Egypt,`)


def _place_of_country(st: ActorState, e: int) -> bool:
    """True when a capital is followed by a comma and a country's name that ends the phrase (`Caracas, Venezuela;`,
    `Nairobi, Kenya.`): the city as a place."""
    doc = st.doc
    if e + 1 >= len(doc) or tokens(doc)[e].text != ",":
        return False
    h = hit_at(st, e + 1)
    if not h or h[0] != "CTRY":
        return False
    return _phrase_ends(doc, h[3])


def _phrase_ends(doc, end: int) -> bool:
    """True when a phrase ending before token `end` ends there: the text's end, a punctuation mark or a line's end."""
    return end == len(doc) or tokens(doc)[end].text in (",", ".", ";", ":", ")") or "\n" in tokens(doc)[end - 1].whitespace_


def _country_noun_before(root):
    """The noun `country` or `nation` (actor_words.tsv `country_word`) right before a comma (and an adverb) that opens
    the list a country name stands in (`to another country, likely Peru or Chile`), whatever the parser
    made of the list: the country names that noun's country; else None."""
    doc = root.doc
    first = root
    while first.dep_ == "conj" and first.head.i != first.i and first.head.i < first.i:
        first = first.head
    k = first.left_edge.i - 1
    while k > 0 and tokens(doc)[k].pos_ == "ADV":
        k -= 1
    if k < 1 or tokens(doc)[k].text != ",":
        return None
    noun = tokens(doc)[k - 1]
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.words("country_word") else None


def _kind_before_of(root):
    """The lower-case singular noun of a country's kind (actor_words.tsv `country_kind`: country, nation, state...)
    right before the `of` whose object the country is (`in the African country of Zimbabwe`, `the nation of Chad
    signed`): the country stands where that noun does (act42); else None. Plurals stay the list rule's (`the
    countries of Togo and Mali`)."""
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.i == root.i:
        return None
    noun = root.head.head
    if noun.i != root.head.i - 1 or not noun.is_lower or noun.tag_ != "NN" or \
            noun.lower_ not in lex.words("country_kind") or noun.lower_ in lex.words("place_noun"):
        return None                               # (`on the island of Réunion`: the place noun's own rule)
    return noun


def _dep(tok):
    """The dependency of a word, through conjunctions (`Russia and China have ...`) and an apposition to a
    common noun (`to a third nation, probably Nicaragua`: the country stands where the noun does)."""
    while tok.head.i != tok.i and (tok.dep_ == "conj" or (tok.dep_ == "appos" and tok.head.pos_ == "NOUN")):
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj":
        return "pobj", head
    return tok.dep_, head


def _passive_agent(tok) -> bool:
    """True for the object of a passive verb's `by` (`meals provided by Qantas`): the doer, as a subject is; not the
    `by` of a verb of causing (actor_words.tsv `cause_verb`: `deaths caused by Omicron`, `a rise driven by Android`: a
    cause, no doer; rev51c)."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_.lower() not in lex.words("cause_verb")


def _before_open_bracket(st: ActorState, ent, name: str):
    """An ORG entity the tagger ran into the opening bracket of the acronym after it (`The Movement for Democratic
    Change (MDC` with `)` outside it) is the name before the bracket (lead43: the actor was named `... (MDC`)."""
    if "(" not in name:
        return ent, name
    k = next((k for k in range(ent.start + 1, ent.end) if st.toks[k].text == "("), None)
    if k is None or any(st.toks[j].text == ")" for j in range(k, ent.end)):
        return ent, name
    ent = span_of(st.doc, ent.start, k)
    return ent, span_text(st.doc, ent.start, ent.end)


_KIND_NAMED = frozenset(("FAC", "PRODUCT", "GPE", "LOC", "WORK_OF_ART", "EVENT", "LAW", "NORP"))
# (the tagger's other labels of a name that a kind of organisation right before says is a body: `the advocacy group
# Progress Iowa` (FAC), `the super PAC Fair Plains` (PRODUCT); act56c)


def unknown_orgs(st: ActorState) -> None:
    """ORG entities in no lexicon: a sector from the words of the name, a country from a word in it."""
    words = lex.org_words()
    vehicles = _vehicle_names(st)
    glued: list[tuple[int, int]] = []
    for ent in entities(st.doc):
        if ent.label_ != "ORG" and not (ent.label_ in _KIND_NAMED and _kind_before(ent)) or \
                st.ctx.skipped(ent.start_char, ent.end_char):
            continue                              # (`the advocacy group Progress Iowa` tagged a building: act56c)
        name = span_text(st.doc, ent.start, ent.end)   # (`ent.text`, cut from the text: no Token per word)
        if "\n" in name:                         # a name never runs over a line break (a headline and the
            cut = next(k for k in range(ent.start, ent.end) if "\n" in st.toks[k].text_with_ws)   # next line)
            ent = span_of(st.doc, ent.start, cut + 1) if not st.toks[cut].is_space else span_of(st.doc, ent.start, cut)
            if len(ent) == 0:
                continue
            name = span_text(st.doc, ent.start, ent.end)
        ent, name = _before_open_bracket(st, ent, name)   # `The Movement for Democratic Change (MDC) had called`
        if name.removeprefix("the ").removeprefix("The ") in vehicles or _PAGE.match(name):
            continue                              # `the yacht Granma ... where the Granma landed`; `A6`
        if _place_of_study(st, ent):
            continue                              # `escorted off the premises of Hofstra University`
        if any(st.hits.get(i) and st.hits[i][0] in ("ORG", "PER") for i in range(ent.start, ent.end)):
            continue
        if any(i in st.person_at for i in range(ent.start, ent.end)):
            continue
        after = next((k for k in range(ent.end, min(ent.end + 3, len(st.doc))) if not st.toks[k].is_punct), None)
        if ent[-1].lower_.rstrip(".") in lex.title_words() and after is not None and after in st.person_at:
            continue                              # `Syrian Pres. Bashar al-Assad`: a title cut off from its name
        if name in us_state_forms() or lex.place_country(name.removeprefix("the ").removeprefix("The ")):
            continue                              # `a conservative champion for AZ`, `in NJ` tagged ORG: a place
        rest = span_text(st.doc, ent.start + 1, ent.end)
        if len(ent) > 1 and ent[0].text in lex.parties().words and (rest in us_state_forms() or
                                                                    lex.place_country(rest)):
            continue                              # `strongly Republican Wyoming`: a state that votes so, a place
        if org_sector(ent) in (None, "BUS") and ent.root.dep_ != "compound" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another", "every") for c in children(ent.root)):
            continue                              # `took her to a Quik Stop in Harlow`: one of a chain's shops
            #                                       (act24; not `told the Daily Chronicle in January`)
        if name.lower() in lex.org_kinds() and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                       for c in children(ent.root)):
            continue                              # `a pro-Clinton super PAC`: what an organisation is, no name
        sector = org_sector(ent) or _kind_in_apposition(ent) or _kind_before(ent) or _kind_apposed_before(ent) or \
            _press_told(ent) or _kind_after(ent) or _kind_by_copula(ent) or _press_reported(ent)
        if sector == "BUS" and ent[-1].lower_.rstrip(".") in lex.words("legal_form"):
            sector = _kind_in_apposition(ent) or sector   # `Keystone Patriots Inc., a conservative political action
            #                                               committee`: what it is beats its legal form
        if sector is None and (_headline(st, ent) or (len(ent) == 1 and not name.isupper() and (
                ent.root.dep_ not in ("nsubj", "nsubjpass", "agent", "dobj") and not _passive_agent(ent.root) or
                ent.root.lower_ in lex.title_words()))):
            continue                              # `Limited Tools` (a subhead), `Medicare`, `State`; not `meals
            #                                       provided by Qantas`, a doer (act51b)
        if sector is None and _written_work(ent):
            continue                              # `wrote the 1960 classic Conscience of a Conservative`: a book
        if all(t.is_punct or t.i in st.hits or t.is_stop for t in ent) or \
                not any(t.pos_ == "PROPN" or t.text.isupper() for t in ent):
            continue
        country = None
        for t in ent:
            h = hit_at(st, t.i)
            if h and h[0] == "DEM" and demonym_opens_place(st.doc, h[3]):
                break                             # `the Indian Orchard Citizens Council`: a place's name (act27b)
            if h and h[0] in ("CTRY", "DEM"):
                country = h[1]
                if h[2] >= ent.start + 2 and st.toks[h[2] - 1].text in lex.words("possessive_mark") and \
                        st.toks[h[2] - 2].is_title and h[3] < ent.end:
                    country, sector = None, "BUS"  # `Henry's Turkey Service`, `Bob's Canada Goose Removal`: a firm
                    st.hits.pop(h[2], None)        # named after its owner, no country's body nor a mention of the
                    break                          # country (act37c)
                if h[0] == "CTRY" and h[2] > ent.start and span_text(st.doc, h[2] - 1, h[3]) in us_state_forms():
                    country = "USA"               # `the New Jersey Generals`, `New Mexico State`: a US state's name
                    break                         # holds the country's (Jersey, Mexico)
                if h[0] == "CTRY" and span_text(st.doc, h[2], h[3]) in us_state_forms() and \
                        all(x.pos_ == "DET" for x in tokens(st.doc)[ent.start:h[2]]) and american_story(st):
                    country = "USA"               # `the Georgia Department of Corrections` in an American story:
                    #                               the state's body, not the country's
                break
        s, e = ent.start, ent.end
        while s < e and st.toks[s].pos_ == "DET":
            s += 1
        while e > s and (st.toks[e - 1].text in ("'s", "’s") or st.toks[e - 1].pos_ in ("ADP", "PUNCT", "CCONJ",
                                                                                     "SCONJ")):
            e -= 1
        run = ent.end
        while run < len(st.doc) and st.toks[run].is_title and st.toks[run].is_alpha:
            run += 1                              # (the capitalised words the tagger cut off the name)
        if sector is None and s < e and lex.non_actor(span_text(st.doc, s, run)):
            continue                              # `the New Hampshire State Veterans Cemetery` (tagged an
            #                                       organisation and a person): a place, whole (act24)
        if run > ent.end and ent[-1].pos_ == "DET" and lex.non_actor(span_text(st.doc, s, run)):
            continue                              # `the Commission of a` + `Felony`: a charge's name the tagger cut
            #                                       before its last word (act36c)
        e = next((k for k in range(s + 1, e - 1) if lex.non_actor_name(span_text(st.doc, k, e)) and
                  st.toks[k - 1].pos_ not in ("ADP", "DET", "CCONJ")), e)
        #                                           `CBS Face the Nation`: the outlet, not its programme (not after
        #                                           `of the`: `the Museum of the Bible` is one name; review53b)
        while e - s >= 2 and rank_cut(st.toks, e):
            e -= 1                                # `DeKalb Police Lt.` of `DeKalb Police Lt. Jim Rollins`: the body,
            #                                       the rank opens the person's title (act29b)
        if e == ent.end:
            e, sector = _rank_cut_tail(st, s, e, sector)   # `Nebraska State` + `Patrol Sgt.` (act30b)
        if e < ent.end and (lex.place_country(span_text(st.doc, s, e)) or lex.town_country(span_text(st.doc, s, e))):
            continue                              # `Oakland Interim` of `Oakland Interim Chief Sean Whent`: a town
        if s >= e:
            continue
        comma = _comma_inside(st, s, e) if sector is None else None
        if comma is not None:
            glued.append((comma + 1, e))
            continue                              # `Pandi, Bulacan`, `after leaving Sanford, Brown drove`: a place
            #                                       glued to its region or to the next clause's subject (act42)
        if 2 <= e - s <= 3 and age_after(st.doc, e) and all(t.is_title for t in tokens(st.doc)[s:e]):
            _tagged_person(st, s, e)              # `Brandy Council, 34,` tagged an organisation: an age says a
            continue                              # person (act24)
        if e - s == 1 and st.toks[s].is_upper and st.toks[s].is_alpha and len(st.toks[s]) > 6:
            continue                              # `They break them CONSTANTLY`: a word in capitals for emphasis,
            #                                       too long for an acronym the lexicon does not know
        if country is None and sector in _PUBLIC:
            country = _leading_place(span_of(st.doc, s, e))     # `the Ohio Department of ...`, `Baltimore City Schools`
        known = lex.organisation_forms().get(span_text(st.doc, s, e))
        if known is not None and e < ent.end:     # what is left is an organisation the lexicon knows
            add_org(st, known, st.toks[s].idx, st.toks[e - 1].idx + len(st.toks[e - 1]))
            continue
        if sector is None and sports_team(span_of(st.doc, s, e)):
            sector = "BUS"                        # `the Charlotte Panthers`
            country = country or lex.place_country(" ".join(t.text for t in tokens(st.doc)[s:e - 1]))
        root = ent.root if ent.root.pos_ != "DET" else st.toks[e - 1]   # (`the American Embassy` + `buildings`:
        #                                           the parser may hang `the` on the noun too, and spaCy's root is then `the`)
        under = root if root.dep_ == "compound" else root.head
        if root.dep_ in ("compound", "nmod", "amod") and \
                _compound_head(under).lemma_.lower() in lex.words("facility"):
            continue                              # `a U.S. Marine barracks`, `an Air Force base`: a place
        if sector in ("JUD", "LEG") and ent.root.dep_ == "compound" and \
                _compound_head(under).lemma_.lower() in lex.words("body_topic"):
            continue                              # `a check of Edgar County Court records`: the court's papers, as
            #                                       for a lexicon court (`her Senate record`), not the court acting
        if ent.root.dep_ == "compound" and (is_person_title(_compound_head(under)) or sector == "MIL") and \
                _what_someone_is(_compound_head(under)) or \
                _service_name(ent) and someone_of_a_service(*_dep(ent.root)):
            continue                              # `Khan was an Army captain`, `served as a Navy pilot`, `Bradley
            #                                       Podliska, an Air Force reserve major`: what someone is or was,
            #                                       not the service acting
        spot = ent.root.head if ent.root.dep_ in ("compound", "det") and ent.root.head.i >= ent.end and \
            ent.root.head.ent_type_ == "DATE" else ent.root
        #                                           (`appeared at the Harwinton Senior Center Sunday`: the parser
        #                                           hangs the name on the day, the preposition's object; act36f)
        if spot.dep_ == "pobj" and _venue_preposition(spot.head) and _venue_name(ent) \
                and not works_for(st, ent.start, ent.end):
            continue                              # `outside the Verizon Center`: a venue, whatever its last word says;
            #                                       `at the Church of St. Brendan`, `outside of the Rialto Cinemas`
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("at", "in", "into") and \
                _governing_verb(ent.root.head).lemma_.lower() in lex.words("held_at"):
            continue                              # `is being held at Harlow Metro Department of Corrections`: a
            #                                       jail, where someone is kept, not the body acting
        if building_site(ent.root):               # `the bombings of the U.S. Embassies`: a building; its country
            for t in ent:                         # word names the state
                h = hit_at(st, t.i)
                if h and h[0] in ("CTRY", "DEM"):
                    add(st, state_actor(st, h[1]), span_of(st.doc, h[2], h[3]).start_char, span_of(st.doc, h[2], h[3]).end_char)
                    break
            continue
        if sector is None and _among_places(st, ent.root):
            continue                              # `Birmingham, Bradford ... as well as Waltham Forest`: a place
        site = ent.root
        if site.dep_ == "compound" and site.head.ent_type_ == "DATE" and site.head.dep_ == "pobj":
            site = site.head                      # `were at Scotus Central Catholic Saturday`: the parser hangs the
            #                                       name on the day that follows it
        if sector is None and site.dep_ == "pobj" and (site.head.lower_ in lex.words("locative") or
                                                       site.head.lower_ == "on" and site.head.head.pos_ == "NOUN"):
            continue                              # `a star on the Walk Of Fame`, `in Waltham Forest`: a place
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" and \
                ent.root.head.head.lemma_.lower() in lex.words("building_part") and not works_for(st, ent.start, ent.end):
            continue                              # `the fourth floor of the Harlow Civic Center`: a building
        if ent[-1].lower_ in lex.words("jurisdiction") and ent.root.dep_ == "pobj" and \
                ent.root.head.lower_ in lex.words("locative"):
            continue                              # `the five counties in the Harlow Judicial Circuit`: a region
        if sector is None and st.toks[e - 1].lower_ in lex.words("road_word") and s > 0 and (
                st.toks[s - 1].lower_ in lex.words("road_preposition") or st.toks[s - 1].lower_ in lex.words("locative")):
            continue                              # `off Monte Verde Pike` tagged ORG: a road
        if sector is None and e - s >= 2 and st.toks[e - 1].lower_ in lex.words("road_abbrev") and \
                st.toks[e - 1].text[:1].isupper():
            continue                              # `a Margaret St. home` tagged ORG: a road (no surname is `St.`)
        if sector is None and st.toks[s].lower_ in lex.words("saint") and st.toks[s].text[:1].isupper() and \
                e < len(st.doc) and st.toks[e].text in lex.words("possessive_mark"):
            continue                              # `on St Brigid's Drive` tagged ORG: what is named after a saint
        if sector is None and lex.non_actor(span_text(st.doc, s, e)):
            continue                              # `the Sharon Statement` (non_actors.tsv last): a document
        if sector is None and (_person_name(span_of(st.doc, s, e)) or _named_person_noun(ent.root)):
            _tagged_person(st, s, e)              # `John O'Connor` tagged ORG: a person
            continue
        longer = _named_before(st, s, e)
        if longer is not None:                    # `the Times reported` after `The New York Times`
            add(st, longer, st.toks[s].idx, st.toks[e - 1].idx + len(st.toks[e - 1]))
            continue
        add_unknown_org(st, s, e, sector, country)
    for s, e in glued:
        _glued_surname(st, s, e)
    _named_outlets(st)
    _outlets_by_their_noun(st)
    _call_signs(st)
    _firms(st)
    _international_courts(st)
    _listed_companies(st)
    doc = st.doc
    for i in where(doc, "LOWER", lexicon_ids(words)):   # `The Madras High Court`, `the Archdiocese of New York`,
        tok = st.toks[i]                                  # missed by the tagger (or called a nationality)
        if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "NORP") or \
                tok.dep_ == "compound":          # by the tagger (or called a nationality)
            continue
        s, e = tok.i, tok.i + 1
        while s > 0 and tokens(doc)[s - 1].pos_ == "PROPN" and tokens(doc)[s - 1].head.i == tok.i and \
                not tokens(doc)[s - 1].ent_type_ in ("PERSON", "DATE"):
            s -= 1
        if e + 1 < len(doc) and tokens(doc)[e].lower_ == "of" and tokens(doc)[e].head.i == tok.i and tokens(doc)[e + 1].pos_ == "PROPN":
            e += 1
            while e < len(doc) and tokens(doc)[e].pos_ == "PROPN" and tokens(doc)[e].ent_type_ not in ("PERSON", "DATE"):
                e += 1
        if (s < tok.i or e > tok.i + 1) and not st.ctx.skipped(tokens(doc)[s].idx, tokens(doc)[e - 1].idx + len(tokens(doc)[e - 1])):
            add_unknown_org(st, s, e, words[tok.lower_], None)


def _comma_inside(st: ActorState, s: int, e: int) -> Optional[int]:
    """The comma inside an organisation's name of tokens [s, e) with capitalised words on both sides, none of them
    a joining word (`and`, `&`: `Montana Fish, Wildlife and Parks`) nor after it a company's legal form or a name's
    suffix (`Acme, Inc.`, `Holt, Jr.`, `Holt, III`: state.NAME_SUFFIXES, review42), else None: the tagger glued a
    place to its region (`Pandi, Bulacan`) or to the subject of the next clause (`After leaving Sanford, Brown
    drove`); a body of no sector is never so named (act42)."""
    toks = st.toks
    k = next((k for k in range(s + 1, e - 1) if toks[k].text == ","), None)
    if k is None or not toks[k - 1].text[:1].isupper() or not toks[k + 1].text[:1].isupper():
        return None
    if any(t.lower_ in ("and", "&", "of") for t in tokens(st.doc)[k + 1:e]) or \
            any(t.lower_ in ("and", "&") for t in tokens(st.doc)[s:k]) or \
            toks[k + 1].lower_.rstrip(".") in lex.words("legal_form") or toks[k + 1].text in NAME_SUFFIXES or \
            toks[k + 1].text.rstrip(".").capitalize() in NAME_SUFFIXES:
        return None
    return k


def _glued_surname(st: ActorState, s: int, e: int) -> None:
    """The one capitalised word after a glued comma (`_comma_inside`) that is the surname of one person of the
    article (`the city of Orange, Garaven said` beside `Paul Garaven`) is a mention of that person; else nothing."""
    if e - s != 1:
        return
    word = st.toks[s].text
    found = [c for c in st.clusters.values() if c.key[0] in ("P", "P?") and c.mentions and not c.members and
             len(c.name.split()) >= 2 and c.name.split()[-1] == word]
    if len(found) > 1:                            # (`Henry Brown` and `Chericia Brown`: the one already called so)
        text = st.ctx.text
        found = [c for c in found if any(text[a:b] == word for a, b in c.mentions)]
    if len(found) == 1:
        add(st, found[0], st.toks[s].idx, st.toks[s].idx + len(word))


_PUBLIC = frozenset(("GOV", "LEG", "JUD", "COP", "MIL", "EDU"))   # bodies of the place they are named after


def _actor_noun(tok) -> bool:
    """A common noun that names actors (a title or group noun, an organisation word, a noun of a person or of the
    actors countries are among: `officials`, `team`, `campaign`, `family`), not a thing or a place."""
    forms = {tok.lower_, tok.lemma_.lower()}
    return any(f in lex.org_words() or lex.titles().get(f) or f in lex.words("person_noun") or
               f in lex.words("member_kind") for f in forms)


_ACT_ENDINGS = ("ion", "ment", "ance", "ence", "al")   # a noun made of a verb (`decision`, `statement`, `approval`)


def _names_a_thing(st: ActorState, s: int, e: int, organisation: bool = False) -> bool:
    """True when the name over characters [s, e) only modifies a singular lower-case noun of a thing or place after it
    (`the Cedar Creek Estates neighborhood`, `a Hyatt Place hotel`, `Old Time music`; a plural may be people: `greats
    like Babe Ruth - idols`; for a name tagged an organisation, a plural too: `the Clean Air fees`, `Health/Life/Safety
    funds`), or is where a person named right before is from (`Patrick Woodrow, of Bucknell,`, `John Canning of the
    Central North Side`, `Ola Youness Mohammed from Beni Suef`: act51b)."""
    span = char_span(st.doc, s, e, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "compound":
        head = _compound_head(root)
        nouns = ("NN", "NNS") if organisation else ("NN",)
        return head.i >= span.end and head.tag_ in nouns and head.is_lower and not _actor_noun(head) and \
            head.dep_ not in ("appos", "attr") and head.lemma_.lower() not in lex.words("authored") and \
            not head.lower_.endswith(_ACT_ENDINGS)   # (`Zoe Falcone, a UF botany senior`: what a person is; `the
        #                                              INS decision`, `the Smith proposal`: the actor's own act)
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "from"):
        prep = root.head
        owner = prep.head
        return owner.i in st.person_at and owner.i < prep.i or prep.lower_ == "from" and prep.i - 1 in st.person_at
        #                                           (`the deaths of A from X and B from Beni Suef`: `from` hung on
        #                                           `deaths`, right after B's name)
    return False


def _short_for_a_road(text: str, name: str) -> bool:
    """True when the article also writes the name with a road's word after it (`E. Montague` beside `E. Montague
    Avenue`): a road named short, no person or organisation."""
    if not _written_before_a_word(text, name):
        return False
    after = re.finditer(r"(?<!\w)" + re.escape(name) + r" ([A-Z][a-z]+\.?)", text)
    return any(m.group(1).lower() in lex.words("road_word") or m.group(1).lower() in lex.words("road_abbrev")
               for m in after)


def _written_before_a_word(text: str, name: str) -> bool:
    """Whether the text has the name with a capitalised word after it (`E. Montague Avenue`), as `_short_for_a_road`
    reads it but without its opening look-behind, which makes `re` try the pattern at every character of the text
    (a search for the name's own letters is one fast scan): where this finds nothing, that finds nothing either. The
    name is found by `str.find`, not by a pattern made for each name (`re.search(re.escape(name) + r" [A-Z][a-z]")`:
    compiled anew at each name once `re`'s cache is full)."""
    probe = name + " "
    at = text.find(probe)
    while at >= 0:
        k = at + len(probe)
        if "A" <= text[k:k + 1] <= "Z" and "a" <= text[k + 1:k + 2] <= "z":
            return True
        at = text.find(probe, at + 1)
    return False


def _town_named(name: str) -> bool:
    """True for a town's or a place's name of the gazetteer (`Bicester`, `Kenosha`), a leading `the` aside."""
    name = name.removeprefix("the ").removeprefix("The ")
    return bool(lex.place_country(name) or lex.town_country(name))


def _town_as_a_place(st: ActorState, s: int, e: int) -> bool:
    """True for a town's name (the gazetteer's: `Bicester`, `Kenosha`) the tagger called an organisation, where it
    does not act: no subject nor agent of a verb (`plans would damage Bicester`: the town as a place)."""
    if not _town_named(st.ctx.text[s:e]):
        return False
    span = char_span(st.doc, s, e, alignment_mode="expand")
    return span is not None and span.root.dep_ not in ("nsubj", "nsubjpass", "agent", "poss")


def _venue_preposition(prep) -> bool:
    """A preposition that puts its object as a place one is at or goes to: a locative one, `to`/`onto`/`past`, or the
    `of` of `outside of`/`inside of` (act29b)."""
    word = prep.lower_
    return word in lex.words("locative") or word in _TOWARDS or \
        word == "of" and prep.head.i != prep.i and prep.head.lower_ in lex.words("locative")


def _venue_name(ent) -> bool:
    """True when an organisation's name is a venue's: its last word is a venue word (actor_words.tsv `venue_name`:
    `the Verizon Center`, `the Rialto Cinemas`), or its head noun is one other than a school's (`the Church of St.
    Brendan`, not `the University of Iowa`, nor after a name, `the Food Bank at the Church of Christ`) (act29b)."""
    if ent[-1].lower_ in lex.words("venue_name"):
        return True
    host = ent.root.head.head                     # (the word the preposition hangs on)
    return ent.root.lower_ in lex.words("venue_name") - lex.words("venue_school") and host.pos_ != "PROPN"
    #                                               `the Food Bank at the Church of Christ`: a body it hosts


def _only_a_place(st: ActorState, s: int, e: int) -> bool:
    """True for a name with no word of an organisation (its cluster has no sector) that is the object of a locative
    preposition (actor_words.tsv `locative`, or `between` hung on a verb or on a place after a locative one): `found at
    his home between Tennessee Colony and Yard`, `the road near Weston Otmoor` - a place, whatever the tagger called
    it; not the parties of `the dispute between the WLFA and the KPRU`."""
    span = char_span(st.doc, s, e, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ == "between":                  # `between` of a place (`found ... between`, `his residence
        head = prep.head                          # between`), not of parties (`talks between X and Y`)
        return head.pos_ in ("VERB", "AUX") or head.dep_ == "pobj" and head.head.lower_ in lex.words("locative")
    return prep.lower_ in lex.words("locative")


def names_of_things(st: ActorState) -> None:
    """An organisation or person in no lexicon, with no sector, title or office, whose every name only modifies a
    noun of a thing or place, or says where a person is from (`_names_a_thing`), or is a road's name written short
    (`_short_for_a_road`), or, for a name tagged an organisation, a town's name where it does not act
    (`_town_as_a_place`) or the object of a locative preposition (`_only_a_place`), is no actor: its mentions go (act24, a class of the local news sets' false actors).
    A name tagged a person that is a town's (the gazetteer's) and only the object of a locative preposition is a place
    too (`bought at a grill in Mission Viejo`, act51b)."""
    words = pronouns()
    for c in list(st.clusters.values()):
        if c.person is not None or c.sector is not None or c.role is not None or c.members or not c.mentions or \
                c.key[0] not in ("O", "P?") or c.key[0] == "O" and lex.organisation_forms().get(c.name) is not None:
            continue
        text = st.ctx.text
        names = [(s, e) for s, e in c.mentions if text[s:e].lower() not in words]
        if names and all(in_quoted_title(text, s, e) for s, e in names):
            for span in list(c.mentions):         # `George Clooney for "Michael Clayton,"`, `"There Will Be Blood"`:
                c.mentions.discard(span)          # a work's title (act26b)
            continue
        if c.key[0] == "P?" and c.name.split()[0].lower() in given_names():
            continue                              # `the Tom Hanks movie`: a person named, an actor as the guide has it
        if names and (all(_names_a_thing(st, s, e, c.key[0] == "O") or _short_for_a_road(text, text[s:e])
                          for s, e in names) or
                      c.key[0] == "O" and all(_town_as_a_place(st, s, e) or _only_a_place(st, s, e) for s, e in names) or
                      c.key[0] == "P?" and all(_town_named(text[s:e]) and _only_a_place(st, s, e) for s, e in names)):
            for span in list(c.mentions):
                c.mentions.discard(span)


_QUOTE_MARKS = "\"\u201c\u201d"
_TITLE_SMALL = frozenset(("a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "from", "with", "by", "be",
                          "is", "la", "le", "de", "en"))


def in_quoted_title(text: str, s: int, e: int) -> bool:
    """True for a name inside a short quotation in title case that holds nothing else of a sentence (`for "Michael
    Clayton,"`, `"There Will Be Blood"`, `such comedies as "Fuddy Meers"`): the title of a film, a play or a book,
    not someone who acts (act26b). The quotation is on one line, of at most eight words, every word but a short one
    (`of`, `the`, `be`) capitalised."""
    lo = max(0, s - 60)
    opening = max(text.rfind(q, lo, s) for q in _QUOTE_MARKS)
    if opening < 0 or "\n" in text[opening:s] or text[opening] == "\u201d":
        return False
    line = text.rfind("\n", 0, s) + 1
    if text[opening] == '"' and text.count('"', line, s) % 2 == 0:
        return False                              # `for "Michael Clayton," Viggo Mortensen for "...`: between two
        #                                           quotations, not inside one
    closing = min((k for k in (text.find(q, e, e + 60) for q in _QUOTE_MARKS) if k >= 0), default=-1)
    if closing < 0 or "\n" in text[e:closing]:
        return False
    inner = text[opening + 1:closing].strip().rstrip(",.")
    words = inner.split()
    if not words or len(words) > 8 or any(ch in inner for ch in ".!?;:") and not inner.endswith(":"):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL for w in words)


def _written_work(ent) -> bool:
    """An organisation's name whose words give no sector and that is the object of a verb of writing or publishing
    (actor_words.tsv `work_verb`: `Goldwater wrote the classic Conscience of a Conservative`) or is called a work
    by its modifier (`work_modifier`: `the bestselling ...`): a book's, a film's or a record's title, no actor
    (act37b)."""
    root = ent.root
    if any(c.dep_ == "amod" and c.lower_ in lex.words("work_modifier") for c in root.lefts):
        return True
    return root.dep_ == "dobj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() in lex.words("work_verb")


def _named_after_person(words: list[str]) -> bool:
    """A body's name of three words or more opened by a given name and a surname (`George Washington University`,
    `George Mason University`): named after a person, so its first word is no town (`George`, South Africa) giving
    the body a country (act37b). The second word is a lexicon person's with the first, or no place, body or title
    word (`Victoria Police`, `Florence City Council` keep their town)."""
    if len(words) < 3 or words[0].lower() not in given_names() or not words[1][:1].isupper() or \
            not words[1].isalpha():
        return False
    if " ".join(words[:2]) in lex.person_forms():
        return True
    second = words[1].lower()
    return second not in lex.org_words() and second not in lex.title_words() and \
        lex.place_country(words[1]) is None and words[1] not in us_state_forms()


def _leading_place(span) -> Optional[str]:
    """The country of a large city or US state that a public body's name begins with (`Ohio Department of Job and
    Family Services` -> USA), else None."""
    words = [t.text for t in span if t.pos_ != "DET"]
    if _named_after_person(words):
        return None                               # `George Washington University`: no town George (act37b)
    for k in range(min(len(words) - 1, 3), 0, -1):
        place = " ".join(words[:k])
        found = lex.place_country(place) or ("USA" if place in us_state_forms() else None)
        if found != "USA" and k < len(words) and words[k] == "County" and f"{place} County" in lex.us_counties() \
                and (found is None or where(span.doc, "ORTH", lexicon_ids(us_state_forms())) or
                     any(x.text in us_state_forms() for x in entities(span.doc))):
            return "USA"                          # `the Vigo County Voter Registration Office` in a story of Indiana:
            #                                       a US county's body, not Vigo's in Spain (act37b; a state's
            #                                       word looked up on the doc's ORTH column, no Token a word: mend38)
        if found and found != "USA" and lex.us_town(place) and (names_us_county(doc_text(span.doc)) or
                                                                cue_votes(doc_text(span.doc))["USA"]):
            return "USA"                          # `the Dublin City Council` in a story of `Franklin County`, `Paris
            #                                       Junior College` beside `the Lamar County Sheriff's Office`
        if found:
            return found
    return None


def _named_before(st: ActorState, s: int, e: int):
    """The organisation of the article named before tokens [s, e) whose name ends in their words (`The New York
    Times` for `Times`, `the Washington Post` for `the Post`) or whose initials they are (`Corrections Corporation of
    America`, then `CCA`), if there is exactly one."""
    while s < e - 1 and st.toks[s].pos_ == "DET":
        s += 1
    words = span_text(st.doc, s, e)
    start = st.toks[s].idx
    found = [c for c in st.clusters.values() if c.key[0] == "O" and c.name != words and
             (c.name.endswith(" " + words) or _initials(c.name) == words) and c.mentions and
             min(m[0] for m in c.mentions) < start]
    return found[0] if len(found) == 1 else None


def _initials(name: str) -> Optional[str]:
    """The initials of an organisation's name of three capitalised words or more, small words left out
    (`Corrections Corporation of America` -> `CCA`), which the article may then use alone; else None."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 3 else None


def _listed_companies(st: ActorState) -> None:
    """Proper names a business noun introduces (`Tobacco company Altria`, `Health insurers Cigna, Aetna`, `drug
    companies such as Pfizer, GlaxoSmithKline`: actor_words.tsv `business_noun`) or listed with a company
    (`Goldman Sachs, Bank of America, Credit Suisse`) are companies (BUS)."""
    doc = st.doc
    nouns = lex.words("business_noun")
    company_at = {i for c in st.clusters.values() if c.sector == "BUS" and c.key[0] == "O"
                  for s, e in c.mentions for i in _token_range(doc, s, e)}
    lemmas = lowered(doc)                         # (the lemmas read off the column: no string made a noun)
    seeds = [st.toks[i] for i in sorted(company_at)]
    first, pos = frozenset(company_at), column(doc, "POS")
    for i in itertools.compress(range(len(lemmas)), map(nouns.__contains__, lemmas)):   # (at C speed: speed39b;
        #                                           the nouns added to `company_at` below are proper nouns, so a
        #                                           noun is in it only from the start, and the seeds' closure
        #                                           below does not hang on their order)
        if i not in first and pos[i] == NOUN and not st.ctx.skipped((tok := st.toks[i]).idx, tok.idx + len(tok)):
            for ch in children(tok):            # `company Altria`, `insurers Cigna`, `companies such as Pfizer`
                if ch.pos_ == "PROPN" and ch.dep_ in ("appos", "compound") and ch.i > tok.i:
                    seeds.append(ch)
                    company_at.add(ch.i)
                if ch.dep_ == "prep" and (ch.lower_ == "including" or ch.lower_ == "as" and ch.i > 0 and
                                          tokens(doc)[ch.i - 1].lower_ == "such"):
                    for o in children(ch):
                        if o.dep_ == "pobj" and o.pos_ == "PROPN":
                            seeds.append(o)
                            company_at.add(o.i)
            if tok.head.pos_ == "PROPN" and (tok.dep_ == "compound" and tok.head.i > tok.i or
                                             tok.head.i == tok.i + 1):
                seeds.append(tok.head)         # `Tobacco company Altria` parsed with the noun as a modifier
                company_at.add(tok.head.i)
    seen = set()
    todo = list(seeds)
    while todo:
        tok = todo.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        todo += [k for k in children(tok) if k.dep_ in ("conj", "appos") and k.pos_ == "PROPN"]
        if tok.dep_ in ("conj", "appos") and tok.head.pos_ == "PROPN":
            todo.append(tok.head)
    for i in sorted(seen):
        tok = tokens(doc)[i]
        if st.ctx.skipped(tok.idx, tok.idx + len(tok)):
            continue
        s, e = _name_span(doc, tok)
        if lex.place_country(span_text(doc, s, e)) or span_text(doc, e, e + 2).lower() in ("-based", "- based"):
            continue                              # `Little Rock, Arkansas-based company Mountaire`: a place
        person = st.person_at.get(i)
        if person is not None and person.key[0] == "P?" and person.sector in (None, "CVL") and \
                len(person.mentions) == 1 and all(st.person_at.get(j) is person for j in range(s, e)) and \
                not (s > 0 and is_person_title(tokens(doc)[s - 1])):   # (`Chamber of Commerce President J.D.
            #                                       Baumgardner` after a name taken for a company: a titled person; act36b)
            person.mentions.discard(next(iter(person.mentions)))   # `lenders such as Brindle Capital`: the
            for j in range(s, e):                                 # tagger's PERSON is a company
                del st.person_at[j]
        if any(j in st.person_at or (hit_at(st, j) or ("PER",))[0] != "PER" for j in range(s, e)):
            continue                              # a person, a country or a known organisation already
        known = st.clusters.get(("O", span_text(doc, s, e)))
        if known is not None and known.sector is None:
            known.sector = "BUS"                  # `Nabisco rolls out` (a headline) before `Snack giant Nabisco`
        add_unknown_org(st, s, e, "BUS", None)


def _token_range(doc, start: int, end: int) -> range:
    span = char_span(doc, start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _name_span(doc, tok) -> tuple[int, int]:
    """The tokens of the proper name a token heads: its entity, else it and the proper nouns and `&` before it
    that depend on it (`UnitedHealth Group`, `Johnson & Johnson`). An entity's opening determiner is no word of the
    name (`of the Ozark Chamber of Commerce` beside `Ozark Chamber of Commerce` is one body, as unknown_orgs keys it;
    act43)."""
    if tok.ent_type_ and tok.ent_iob_ in ("B", "I"):
        s = tok.i
        while s > 0 and tokens(doc)[s].ent_iob_ == "I":
            s -= 1
        e = tok.i + 1
        while e < len(doc) and tokens(doc)[e].ent_iob_ == "I":
            e += 1
        while s < tok.i and tokens(doc)[s].pos_ == "DET":
            s += 1
        return s, e
    s = tok.i
    while s > 0 and (tokens(doc)[s - 1].pos_ == "PROPN" or tokens(doc)[s - 1].text == "&") and tokens(doc)[s - 1].head.i in range(s, tok.i + 1):
        s -= 1
    return s, tok.i + 1


def _kind_in_apposition(ent) -> Optional[str]:
    """`America Rising, a conservative political action committee,`: the sector of the kind of organisation a noun
    phrase with `a`/`an`/`the` in apposition right after the name says it is (org_kinds.tsv), else None."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or tokens(doc)[ent.end].text != ",":
        return None
    head = next((t for t in children(ent.root) if t.dep_ == "appos" and t.i > ent.end), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the")
                                                      for c in children(head)):
        return None
    kinds = lex.org_kinds()
    words = [t.lower_ for t in tokens(doc)[head.left_edge.i:head.i + 1]]
    for n in (3, 2, 1):
        for last in (words[-1], head.lemma_.lower()):
            phrase = " ".join(words[-n:-1] + [last]) if n <= len(words) else None
            if phrase in kinds:
                return kinds[phrase]
    return None


def _press_told(ent) -> Optional[str]:
    """MED for a name whose words give no sector where a person tells it something or writes for it (`Ostby told The
    Harlow Sentinel`, `she wrote for The Dover Informer`): an outlet, as the press is the one told in news copy
    (actor_words.tsv `press_told`: the verbs, `tell` and `write`); else None (act55c). A body with a word of its kind
    (`told the Rotary Club`, `wrote to the committee`) has its sector from the words before this is asked."""
    root = ent.root
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in lex.words("press_told") and \
            root.head.lemma_.lower() != "write":
        return "MED"
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_.lower() == "write":
        return "MED"
    return None


def _press_reported(ent) -> Optional[str]:
    """MED for a name whose words give no sector that is the subject of `report` with nothing after the verb but
    punctuation (`..., Harlow Daily reported.`, `Lake Post reports:`): news copy cites an outlet so (act57b, tune65's web
    outlets cited by a shooting report); not `Acme Mills reported a loss`, `reports that it will cut jobs` nor `EMS
    reported taking two people to hospital` (a body's own news), nor a body whose words give its sector (asked before)."""
    root = ent.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() != "report" or verb.i <= root.i:
        return None
    return "MED" if all(k.dep_ == "punct" for k in children(verb) if k.i > verb.i) else None


def _kind_after(ent) -> Optional[str]:
    """`the Harlow Kings gang`, `a Dock Street Boys gang member`: the sector of a one-word kind of organisation
    (org_kinds.tsv: `gang`, `cartel`) of which the name is a compound right before it, else None (act57b)."""
    root = ent.root
    head = root.head
    if root.dep_ != "compound" or head.i != ent.end or not head.text.islower():
        return None
    kinds = lex.org_kinds()
    return kinds.get(head.lower_) or kinds.get(head.lemma_.lower())


def _kind_by_copula(ent) -> Optional[str]:
    """`The Harlow Kings is a street gang`, `Lake Mob are a drug cartel`: the sector of the kind of organisation
    (org_kinds.tsv) that a noun phrase with `a`/`an` after `be`, whose subject the name is, says it is (act57b)."""
    root = ent.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i == root.i:
        return None
    attr = next((c for c in children(verb) if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > verb.i), None)
    if attr is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(attr)):
        return None
    return kind_ending_at(ent.doc, attr.i, lemma=True)


def _kind_before(ent) -> Optional[str]:
    """`the pro-Bush super PAC Right to Rise USA`, `the think tank New America`: the sector of the kind of organisation
    (org_kinds.tsv) that the words right before the name say it is, else None."""
    return kind_ending_at(ent.doc, ent.start - 1, last_ok=lambda t: t.text[:1].islower() or t.text == "PAC")


def _kind_apposed_before(ent) -> Optional[str]:
    """`a South Harlow nonprofit, Friends of the Mill,`, `the advocacy group, Parents United,`: the sector of the kind of
    organisation (org_kinds.tsv) a noun phrase with `a`/`an`/`the` says the name is, where that phrase stands right
    before the name with a comma between and the parser hangs one on the other as an apposition; else None (act56d,
    issue 11: tune62's nonprofit told before its name). Not a kind phrase that is the object of a preposition or verb
    of something else (`gave money to a nonprofit, Tom Hale said`: no apposition, no kind of the name)."""
    doc = ent.doc
    if ent.start < 3 or tokens(doc)[ent.start - 1].text != ",":
        return None
    noun = tokens(doc)[ent.start - 2]
    root = ent.root
    if not (noun.pos_ in ("NOUN", "PROPN") or noun.pos_ == "ADJ" and noun.dep_ != "amod") or not (   # (`nonprofit`
        #                                                                  tagged ADJ where it heads the phrase)
            root.dep_ == "appos" and root.head.i == noun.i or noun.dep_ == "appos" and noun.head.i == root.i):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in children(noun)):
        return None
    return kind_ending_at(doc, ent.start - 2, lemma=True)


def _rank_cut_tail(st: ActorState, s: int, e: int, sector: Optional[str]) -> tuple[int, Optional[str]]:
    """A body's name that the tagger ended before its last words, which it gave with a rank to the person after
    (`Nebraska State` and `Patrol Sgt` of `Nebraska State Patrol Sgt. Jim Cole`): the capitalised words up to the rank
    (common.rank_cut) are the body's when one is a word of an organisation (orgwords.tsv: `Patrol`); the new end and
    the sector of the whole name (act30b; the lead's reading of local news)."""
    toks, k = st.toks, e
    while k < len(toks) and toks[k].is_title and toks[k].is_alpha and not rank_cut(toks, k + 1):
        k += 1
    if k == e or k >= len(toks) or not rank_cut(toks, k + 1) or \
            not any(lex.org_words().get(toks[j].lower_) for j in range(e, k)):
        return e, sector
    return k, sector or org_sector(span_of(st.doc, s, k))


def _named_outlets(st: ActorState) -> None:
    """A proper name before a media noun of actor_words.tsv (`The Cape Argus newspaper`) or with one in
    apposition (`Uhuru, or Freedom, a Swahili newspaper`): a news outlet (MED); its country from a demonym or
    country in the phrase, else the one country (or large city) named in its sentence, else the dateline's."""
    doc = st.doc
    media = lex.words("media_noun")
    for i in where(doc, "LOWER", lexicon_ids(media)):
        tok = st.toks[i]
        if tok.pos_ != "NOUN":
            continue
        if st.ctx.skipped(tok.idx, tok.idx + len(tok)):
            continue
        names = [c for c in children(tok) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i and
                 c.ent_type_ not in ("NORP", "LANGUAGE", "GPE", "DATE") and not hit_at(st, c.i)]
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(tok))
        also = None
        if names and names[-1].i == tok.i - 1 and not indefinite and tok.lower_ not in lex.words("appos_media_noun"):
            s = names[0].left_edge.i
            while s < tok.i and not tokens(doc)[s].text[:1].isupper():
                s += 1
            name_end = tok.i
        elif tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i and \
                tok.head.ent_type_ not in ("PERSON", "GPE", "LOC"):
            head = tok.head
            if head.dep_ == "conj" and head.head.pos_ == "PROPN" and head.head.i < head.i:
                also, head = head, head.head      # `Uhuru, or Freedom, a Swahili newspaper`
            s, name_end = head.i, head.i + 1
            while s > 0 and tokens(doc)[s - 1].dep_ == "compound" and tokens(doc)[s - 1].pos_ == "PROPN" and tokens(doc)[s - 1].head.i == head.i:
                s -= 1
        else:
            continue
        if s >= name_end or any(i in st.person_at or st.hits.get(i, ("",))[0] in ("ORG", "PER") for i in
                                range(s, name_end)):
            continue
        name = span_text(doc, s, name_end)
        country = next((h[1] for t in tok.subtree if (h := hit_at(st, t.i)) and h[0] in ("CTRY", "DEM")), None)
        if country is None:
            country = country_of_sentence(st, tok.idx)
        if country is None:                       # `The Cape Argus newspaper in Cape Town`
            sent = sentence_of(tok.doc, tok.i)
            found = {lex.place_country(e.text) for e in entities(doc) if e.label_ in ("GPE", "LOC")
                     and sent.start <= e.start and e.end <= sent.end} - {None}
            country = found.pop() if len(found) == 1 else dateline_country(st)   # a paper of the dateline's place
        c = cluster(st, ("O", name), name, country=country, sector="MED", role="newspaper")
        start, end = tokens(doc)[s].idx, (tok.idx + len(tok)) if name_end == tok.i else tokens(doc)[name_end - 1].idx + len(
            tokens(doc)[name_end - 1])
        if not nested(st, start, end):
            add(st, c, start, end)
            st.taken.append((start, end))
        if also is not None and not st.ctx.skipped(also.idx, also.idx + len(also)):
            add(st, c, also.idx, also.idx + len(also))
        if name_end != tok.i:                     # `Uhuru, ..., a Swahili newspaper`: the description too
            ds, de = tokens(doc)[tok.left_edge.i].idx, tok.idx + len(tok)
            add(st, c, ds, de)
            st.taken.append((ds, de))
        for t in doc:                             # the name elsewhere (`said Uhuru`)
            if t.text == tokens(doc)[s].text and name_end - s == 1 and t.i != s and t.i not in st.person_at and \
                    not st.ctx.skipped(t.idx, t.idx + len(t)):
                add(st, c, t.idx, t.idx + len(t))


def _surname_possessive(st: ActorState, entry, span) -> Optional[Cluster]:
    """The person of the article whose surname a company's name is with a possessive (`McDonald’s`, `Dillard's`)
    when such a person is named in the article, else None."""
    if entry.sector != "BUS" or span.text[-2:] not in ("'s", "’s"):
        return None
    base = span.text[:-2]
    return next((c for c in st.clusters.values() if c.key[0] in ("P", "P?") and c.name != base and
                 " " in c.name and surname_of(c.name) == base), None)


def _outlets_by_their_noun(st: ActorState) -> None:
    """An outlet's name however the parser took it: capitalised words (a channel's number among them) right before
    a lower-case media noun (`told Europe 1 radio`), or right after `the` and a media noun (`told the local
    daily La Voix de Harlow`, over name particles: actor_words.tsv `name_particle`), that hold no person, lexicon
    name or country: a news outlet (MED) of the country its sentence names, else the home country (codes.py)."""
    doc, toks = st.doc, st.toks
    media = (lex.words("media_noun") - lex.words("appos_media_noun")) | {"radio"}
    particles = lex.words("name_particle")

    def tagged(k: int) -> Optional[Cluster]:
        c = st.person_at.get(k)                   # `the regional newspaper La Gazette du Sud` tagged a person
        return c if c is not None and c.key[0] == "P?" and c.role is None and c.person is None else None

    def free(a: int, b: int) -> bool:
        return b > a and toks[a].text[:1].isupper() and not any(
            k in st.person_at and tagged(k) is None or k in st.hits or toks[k].ent_type_ in ("DATE", "NORP") or
            st.ctx.skipped(toks[k].idx, toks[k].idx + len(toks[k])) for k in range(a, b))

    for i in where(doc, "LOWER", lexicon_ids(media)):
        tok = toks[i]
        if not tok.is_lower or tok.pos_ != "NOUN":
            continue
        a = i                                     # `Europe 1 radio`
        while a > 0 and (toks[a - 1].is_title or toks[a - 1].is_upper and toks[a - 1].is_alpha or
                         toks[a - 1].like_num and a - 1 > 0 and toks[a - 2].text[:1].isupper()) and \
                not toks[a - 1].is_sent_start:
            a -= 1
        span = None
        if a < i and any(toks[k].like_num for k in range(a, i)) and free(a, i) and \
                (a == 0 or toks[a - 1].lower_ not in ("a", "an")):
            span = (a, i + 1, a, i)
        elif any(toks[k].lower_ == "the" for k in range(max(0, i - 3), i)) and i + 1 < len(doc):
            b = i + 1                             # `the regional newspaper La Voix du Nord`
            while b < len(doc) and (toks[b].is_title or toks[b].lower_ in particles and b + 1 < len(doc) and
                                    toks[b + 1].is_title):
                b += 1
            if b - (i + 1) >= 2 and free(i + 1, b) and not toks[b - 1].lower_ in particles:
                span = (i + 1, b, i + 1, b)
        if span is None:
            continue
        s0, e0, ns, ne = span
        start, end = toks[s0].idx, toks[e0 - 1].idx + len(toks[e0 - 1])
        person = next((tagged(k) for k in range(ns, ne) if tagged(k) is not None), None)
        if person is not None:
            if all(start <= ms and me <= end for ms, me in person.mentions if st.ctx.text[ms:me][:1].isupper()):
                person.sector, person.role = "MED", "newspaper" if tok.lower_ != "radio" else "radio"
            continue
        if nested(st, start, end) or any(ms < end and start < me for ms, me, _ in st.mentions.around(start, end)):
            continue
        name = span_text(doc, ns, ne)
        c = cluster(st, ("O", name), name, country=country_of_sentence(st, tok.idx), sector="MED", role="newspaper"
                    if tok.lower_ != "radio" else "radio")
        add(st, c, start, end)
        st.taken.append((start, end))


_COURT_WORDS = ("court", "tribunal")


def _igo_court(tok) -> bool:
    """True for `court`/`tribunal` with a word of actor_words.tsv `igo_court_mark` before it in its phrase (`the Hague
    tribunal`, `the U.N. court`, `the Hague-based tribunal`)."""
    if tok.lemma_.lower() not in _COURT_WORDS or tok.pos_ not in ("NOUN", "PROPN") or \
            tok.tag_ not in ("NN", "NNP") or any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no")
                                                 for c in children(tok)):
        return False                              # (`an international tribunal should be set up`: none yet)
    marks = lex.words("igo_court_mark")
    words = [t for t in tok.subtree if t.i < tok.i]
    if any(t.lower_ in lex.words("national_court_word") for t in words):
        return False                              # `The Hague District Court`: a state's own court
    text = " ".join(t.text for t in words).lower().replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    return any(t.lower_ in marks for t in words) or any(m in text.split() for m in marks)


def _international_courts(st: ActorState) -> None:
    """An international court named by its seat or by `U.N.` (`_igo_court`: `the Hague tribunal indicted`): IGO JUD,
    a new actor when nothing covers it, else the court actor that does (not Dutch, nor of the story's country);
    `prosecutors at` such a court are the court's too (IGO)."""
    doc = st.doc
    lems = lowered(doc)                           # (only a `court` or `tribunal` can be one: `_igo_court`)
    for tok in [st.toks[i] for i in itertools.compress(range(len(lems)), map(_COURT_WORDS.__contains__, lems))]:
        if not _igo_court(tok) or st.ctx.skipped(tok.idx, tok.idx + len(tok)):
            continue
        s = min(t.i for t in tok.subtree if t.i <= tok.i)
        while s < tok.i and tokens(doc)[s].pos_ == "DET":
            s += 1
        start, end = tokens(doc)[s].idx, tok.idx + len(tok)
        owners = [o for ms, me, o in st.mentions.around(start, end) if (ms, me) in o.mentions]
        for o in owners:
            if o.sector in (None, "JUD") and o.key[0] != "S":
                o.country, o.sector = "IGO", "JUD"
        if not owners:
            name = span_text(doc, s, tok.i + 1)
            add(st, cluster(st, ("O", name), name, country="IGO", sector="JUD", role="court"), start, end)
    for c in st.clusters.values():
        if c.sector != "JUD" or c.country == "IGO" or c.key[0] not in ("G", "D"):
            continue
        for ms, me in c.mentions:
            span = char_span(doc, ms, me)
            if span is not None and any(p.dep_ == "prep" and p.lower_ in ("at", "of", "for") and any(
                    o.dep_ == "pobj" and _igo_court(o) for o in children(p)) for p in children(span.root)):
                c.country = "IGO"                 # `Prosecutors at the U.N. tribunal in The Hague`
                break


def _firms(st: ActorState) -> None:
    """A body in no lexicon and with no sector that acts as a company does (actor_words.tsv `firm_noun`): its name
    owns or modifies such a noun (`FirstEnergy's customers`, `Norvalis shares`), is the `of`-object of one (`shares of
    Norvalis`), or is the last body named before `the company`/`the utility` opens a clause in the same or the next
    sentence (`..., FirstEnergy said. The utility said ...`): BUS."""
    doc = st.doc
    firm = lex.words("firm_noun")
    for c in list(st.clusters.values()):
        if c.key[0] != "O" or c.sector is not None or not c.mentions:
            continue
        for s, e in sorted(c.mentions):
            span = char_span(doc, s, e)
            if span is None:
                continue
            r = span.root
            head = r.head
            if r.dep_ in ("poss", "compound") and head.i > r.i and head.lemma_.lower() in firm and head.pos_ == "NOUN" \
                    or r.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("share", "stock",
                                                                                                "shareholder") \
                    or _taken_up_as_firm(st, c, span):
                c.sector, c.role = "BUS", c.role or "company"
                break


def _taken_up_as_firm(st: ActorState, c, span) -> bool:
    """True when `the company` (or `the utility`, ...: actor_words.tsv `firm_anaphor`) is a subject in the sentence
    after the one naming the body (or later in the same one) and no other body is named between."""
    doc = st.doc
    sent = sentence_of(doc, span.start)
    nxt = sentence_of(doc, sent.end) if sent.end < len(doc) else None
    end = nxt.end if nxt is not None else sent.end
    for t in st.toks[span.end:end]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in lex.words("firm_anaphor") and t.i > 0 and \
                tokens(doc)[t.i - 1].lower_ == "the":
            between = [o for ms, me, o in st.mentions.around(span.end_char, t.idx)
                       if o is not c and o.key[0] in ("O", "S") and (ms, me) in o.mentions]
            return not between
    return False


CALL_SIGN = re.compile(r"(?<![\w-])(?P<sign>[KW][A-Z]{2,3})(?:-(?:TV|FM|AM|DT|CD|LP)\b|(?= \d{1,2} News\b))")
_CALL_SIGN_AT = re.compile(r"[KW][A-Z]{2}")        # where every match of CALL_SIGN starts (`spans.matches_at`)
#   an American broadcaster's call sign (`WTAE-TV`, `KHOU 11 News`, `WSB-TV Channel 2`): a suffix or a channel's
#   number and `News` are needed, for `WHO`, `WTO` and `KKK` are no stations (and a station's frequency after its
#   letters, `WMAL 105.5`, is mostly where a programme was heard)


DATELINE_SIGN = re.compile(r"^[A-Z][A-Z. ]+(?:, [A-Z][A-Za-z.]+)? \((?P<sign>[KW][A-Z]{2,3})\) ?[-–—]", re.MULTILINE)
DATELINE_REACH = 600
DATELINE_OUTLET = re.compile(r"^[A-Z][A-Z. ]+(?:, [A-Z][A-Za-z.]+)? \((?P<sign>[A-Z][A-Za-z]{1,15})\) ?[-–—]", re.MULTILINE)
STATION_NAME = re.compile(r"(?<![\w-])(?:News|Channel) \d{1,2}(?![\w-])")   # a station by its channel (`News 2`)
#   a station's call sign credited in a dateline's parentheses (`ESTILL SPRINGS, Tenn. (WKRN) –`, `ST. LOUIS COUNTY, MO
#   (KTVI)-`), near the top: the station that reports the story, taken although the dateline is blanked


NETWORK_STATION_AT = re.compile(r"(?i:fox|nbc|cbs|abc|cw) ?\d")   # where every network station may start


_NETWORKS = ("fox", "nbc", "cbs", "abc", "cw")   # NETWORK_STATION_AT's names


def _network_named(text: str) -> bool:
    """Whether the text may hold a match of NETWORK_STATION_AT: one of its names in the lower-case text, or a long s
    (`ſ`, which its case-blind `s` also matches; no other letter of the names has a partner outside ASCII). The
    case-blind scan, tried at every character, is skipped in the ~3 texts of 4 without one (speed36b)."""
    low = text.lower()
    return any(w in low for w in _NETWORKS) or "ſ" in text


_SIGN_LETTERS = re.compile(r"[KW][A-Z]{3}(?![\w-])")   # what every match of `_cued_sign` holds: its sign's letters


@functools.lru_cache(maxsize=1)
def _cued_sign() -> re.Pattern:
    """A bare four-letter call sign after a word of actor_words.tsv `station_cue` (`told KHOU`, `(Photo: KHOU)`,
    `Copyright 2015 WFIE`): four letters, for `WHO`, `WTO` and `KKK` are three (act32a)."""
    cues = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in lex.words("station_cue")), key=len, reverse=True)
    return re.compile(r"(?i:(?<![\w-])(?:" + "|".join(cues) + r"))(?:\s+\d{4})?\s*(?P<sign>[KW][A-Z]{3})(?![\w-]|'[A-Za-z])")


@functools.lru_cache(maxsize=1)
def _cued_channel() -> re.Pattern:
    """A local station named by `News` or `NewsChannel` and its channel's number after a word of actor_words.tsv
    `station_cue` (`told News10`, `spoke to News 4`, `told NewsChannel 15`): a broadcaster, as a cued call sign is; not
    `News 2` with no cue (`Page 2`, a section), nor `the news 10 minutes later` (lower case) (act56e, shooting reports);
    under a dateline's credited station the caller leaves `News 2` to that station (act20)."""
    cues = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in lex.words("station_cue")), key=len, reverse=True)
    return re.compile(r"(?i:(?<![\w-])(?:" + "|".join(cues) + r"))(?:\s+\d{4})?\s*(?P<sign>News(?:Channel)? ?\d{1,2})"
                      r"(?![\w-]|\.\d)")


@functools.lru_cache(maxsize=1)
def _network_station() -> re.Pattern:
    """A network's name and a channel's number, a local station (actor_words.tsv `network`: `FOX 2`, `ABC11`, `NBC 6's
    Dan Hale`), not `CBS 60 Minutes` (act32a)."""
    names = "|".join(sorted(lex.words("network"), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?P<sign>(?i:" + names + r")) ?\d{1,2}(?![\w.,]\d)(?! Minutes)(?=\b|')")


def _call_signs(st: ActorState) -> None:
    """American radio and television stations by their call signs (CALL_SIGN, or DATELINE_SIGN in a dateline): media
    (MED, USA), with every other occurrence of the letters alone (`(c) 2016 KHOU`); a body the tagger found there with
    no sector becomes it."""
    text = st.ctx.text
    found = {}
    for m in matches_at(CALL_SIGN, _CALL_SIGN_AT, text):
        if st.ctx.skipped(m.start(), m.end()) or lex.organisation_forms().get(m.group("sign")) is not None:
            continue
        found.setdefault(m.group("sign"), []).append((m.start(), m.end()))
    for m in _cued_sign().finditer(text) if _SIGN_LETTERS.search(text) else ():   # `told KHOU`, `Copyright 2015
        #                                           WFIE` (act32a; the cue pattern, tried at every character, only over a
        #                                           text that holds four letters of a sign alone: speed33b)
        a, b = m.span("sign")
        if st.ctx.skipped(a, b) or lex.organisation_forms().get(m.group("sign")) is not None or \
                any(a <= x < y <= b for x, y in found.get(m.group("sign"), [])):
            continue
        found.setdefault(m.group("sign"), []).append((a, b))
    credit = DATELINE_SIGN.search(text, 0, DATELINE_REACH)
    for m in _cued_channel().finditer(text) if "News" in text and credit is None else ():   # `told News10` (act56e;
        #                                           under a dateline's credited station, `News 2` is that station's, below)
        a, b = m.span("sign")
        if st.ctx.skipped(a, b) or lex.organisation_forms().get(m.group("sign")) is not None:
            continue
        sign = m.group("sign")
        sign = next((k for k in found if k.replace(" ", "") == sign.replace(" ", "")), sign)   # (`News 10` = `News10`)
        found.setdefault(sign, []).append((a, b))
    for m in matches_at(_network_station(), NETWORK_STATION_AT, text) if _network_named(text) else ():
        #                                                                   `FOX 2`, `ABC11` (act32a)
        name = m.group(0)
        if st.ctx.skipped(m.start(), m.end()) or lex.organisation_forms().get(name) is not None:
            continue
        found.setdefault(name, []).append((m.start(), m.end()))
    credited = (credit.start("sign"), credit.end("sign")) if credit is not None else None
    outlet = DATELINE_OUTLET.search(text, 0, DATELINE_REACH)
    org = lex.organisation_forms().get(outlet.group("sign")) if outlet is not None else None
    if org is not None and org.sector == "MED" and org.role == "broadcaster":
        c = cluster(st, ("O", org.name), org.name, country=org.country, sector=org.sector, role=org.role)
        add(st, c, outlet.start("sign"), outlet.end("sign"), credit=True)   # `CHICAGO (CBS) —`: the network whose
        #                                           station reports the story (not a news agency's `(AP)`: the wire's
        #                                           credit on every story, no actor of it)
    if credit is not None and lex.organisation_forms().get(credit.group("sign")) is None:
        found.setdefault(credit.group("sign"), []).append(credited)
    for sign, spans in found.items():
        spans += [(m.start(), m.end()) for m in re.finditer(r"(?<![\w-])" + sign + r"(?![\w-])", text)
                  if not any(a <= m.start() < b for a, b in spans) and not st.ctx.skipped(m.start(), m.end())]
        c = None
        for a, b in sorted(spans):
            owners = [o for ms, me, o in st.mentions.around(a, b) if (ms, me) in o.mentions]
            for o in [o for o in owners if o.key[0] == "P?" and o.name == sign and o.role is None and
                      o.sector in (None, PRIVATE)]:
                for ms, me in [(ms, me) for ms, me in o.mentions if a <= ms and me <= b]:
                    o.mentions.discard((ms, me))  # (`WJLA-TV` tagged a person: its letters are no one's name)
                owners.remove(o)
            if any(o.key[0] != "O" or o.sector not in (None, "MED") for o in owners):
                continue                          # (a person's or a known body's name)
            for o in owners:
                if c is None:
                    c = o
                o.sector, o.country, o.role = "MED", o.country or "USA", o.role or "broadcaster"
            if not owners:
                c = c or cluster(st, ("O", sign), sign, country="USA", sector="MED", role="broadcaster")
                add(st, c, a, b, credit=(a, b) == credited)
        if c is not None:
            _station_staff(st, c, spans)
        if c is not None and credited in spans:   # `Employees told News 2`: the station the dateline credits, by
            for m in STATION_NAME.finditer(text):  # its channel
                if not any(ms < m.end() and m.start() < me for ms, me, _ in st.mentions.around(m.start(), m.end())):
                    add(st, c, m.start(), m.end())


def _station_staff(st: ActorState, c: Cluster, spans: list[tuple[int, int]]) -> None:
    """`told FOX 2's Erika Dunn`: a person named right after a station's possessive, with no sector of their own
    (or the private one every unknown name has), is the station's reporter, MED (as `CNN's Erika Dunn` through a
    known outlet's owner_sector; a station found by its call sign comes later, act32a)."""
    text = st.ctx.text
    for a, b in spans:
        m = re.match(r"['’]s ", text[b:b + 3])
        if m is None:
            continue
        for ms, me, o in st.mentions.around(b + 3, b + 4):
            if ms == b + 3 and o.key[0] in ("P", "P?") and o.person is None and o.sector in (None, PRIVATE) and \
                    o.role is None:
                o.sector, o.country = "MED", o.country or c.country


_PAGE = re.compile(r"^[A-Z]\d{1,2}$")     # a page or section number (`A6`), not an organisation


def _vehicle_names(st: ActorState) -> frozenset[str]:
    """Names that follow a vehicle noun of actor_words.tsv (`the historic yacht Granma`, `the aircraft carrier
    Nimitz`): a ship, aircraft or weapon, not an actor, wherever the article names it."""
    out = set()
    for ent in entities(st.doc):
        if ent.label_ in ("ORG", "PERSON", "PRODUCT", "FAC", "GPE", "NORP") and ent.start > 0 and \
                (st.toks[ent.start - 1].lower_ in lex.words("vehicle") or _model_year(st.doc, ent.start - 1)):
            out.add(ent.text.removeprefix("the ").removeprefix("The "))
        first = ent.start + (st.toks[ent.start].tag_ == "DT")
        if ent.label_ in ("ORG", "PRODUCT") and first < ent.end - 1 and _model_year(st.doc, first):
            out.add(span_text(st.doc, first, ent.end))   # `the 2006 Mercury` tagged as one name
    return frozenset(out)


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _model_year(doc, i: int) -> bool:
    """True when token i is a year right after a determiner (`a 2006 Mercury`, `his 1998 Ford`): the name after it
    is a car's make or model, not the company."""
    return i > 0 and bool(_YEAR.match(tokens(doc)[i].text)) and tokens(doc)[i - 1].tag_ in ("DT", "PRP$") and \
        i + 1 < len(doc) and tokens(doc)[i + 1].pos_ == "PROPN"


def _place_of_study(st: ActorState, span) -> bool:
    """A school or university (an unknown organisation whose last organisation word is EDU's) named as a place:
    after `in`, `at`, `from`, `outside`, `near`, after `to`/`into` hung on a noun (`an entrance into`), as the subject
    of `be open`/`closed` (actor_words.tsv `open_state`), or as the `of`-object of a place noun (`the premises of`), or
    modifying another noun (`Nashua Community College gym`), unless it is the organisation a described person
    works for (`a professor at the University of Nevada`)."""
    if org_sector(span) != "EDU":
        return False
    root = span.root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.lower_ not in lex.org_words() and \
            not lex.titles().get(root.head.lemma_.lower()):
        return True
    if root.dep_ == "nsubj" and is_be(root.head) and any(
            c.dep_ == "acomp" and c.lower_ in lex.words("open_state") and
            not any(p.dep_ == "prep" and p.lower_ == "to" for p in children(c)) for c in children(root.head)):
        return True                               # `East Side Middle School will be open today`: the building (act32a;
        #                                           not `open to all students`: whom the school admits, act33)
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in ("in", "at", "from", "outside", "near", "inside"):
        return not works_for(st, span.start, span.end)
    if prep.lower_ in ("to", "into", "onto") and prep.head.pos_ == "NOUN" and prep.head.dep_ != "compound":
        return not works_for(st, span.start, span.end)   # `Tuition to Paris High School`, `an entrance into Sam
        #                                                  Houston State University`: a noun's way or fee to the place
        #                                                  (act32a; not `gave $5 to Lee College`: a verb's recipient)
    return prep.lower_ == "of" and prep.head.lower_ in lex.words("school_grounds")


def _person_name(span) -> bool:
    """Two or three capitalised words, the first a common given name, or any first word when an age follows the
    name (`Issac Fisher, 26, of Kansas City`: only people have one) or when it is the victim of a killing (`in the
    death of Tyrone Hicks`): a person's name, whatever the tagger says."""
    words = [t for t in span if not t.is_punct]
    return 2 <= len(words) <= 3 and (words[0].lower_ in given_names() or _aged(span) or _victim(span) or
                                     _gendered_subject(span)) and all(
        t.text[:1].isupper() for t in words) and not any(t.lower_ in lex.org_words() for t in words)


def _gendered_subject(span) -> bool:
    """True for the subject of a verb whose clause next speaks of someone as `he`/`his`/`she`/`her` (`Chebel Rahme
    insisted that his appreciation ...`): a person, where a body would be `it`/`its`/`they`."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
        return False
    following = (t for t in root.head.subtree if t.i >= span.end and (t.tag_ in ("PRP", "PRP$") or t.pos_ == "PROPN"))
    first = next(following, None)                 # (no other name first: `U.S. Marshals arrested Ed Gray at his
    return first is not None and first.lower_ in _GENDERED and first.pos_ != "PROPN"   # home`)


_GENDERED = frozenset(("he", "his", "him", "she", "her"))


def _named_person_noun(root) -> bool:
    """True for a name in apposition with a noun of a person (`Her husband, Danial Vose,`: a kin, relation or trade
    noun of actor_words.tsv or a person title), whatever the tagger calls it; not one an organisation can be as well
    (actor_words.tsv `body_role`: `The newspaper's new owner, Vornado Realty,`)."""
    head = root.head
    if root.dep_ != "appos" or head.i == root.i or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    if lemma in lex.words("body_role"):
        return False
    return lemma in lex.words("kin") or lemma in lex.words("relation") or lemma in lex.words("person_noun") or \
        is_person_title(head)


def _victim(span) -> bool:
    """True for the `of`-object of a noun of a death or of a crime against a person (actor_words.tsv `harm_noun`: `the
    death of Tyrone Hicks`, `the killing of ...`)."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in lex.words("harm_noun")


def _aged(span) -> bool:
    """True when `, AGE,` follows the span (`Issac Fisher, 26,`) and no word of it is a place (`Ohio State, 24,
    Michigan 17`: a score)."""
    doc, e = span.doc, span.end
    if any(lex.place_country(t.text) or t.text in us_state_forms() or t.ent_type_ in ("GPE", "LOC") for t in span):
        return False
    return age_after(doc, e)


def _tagged_person(st: ActorState, s: int, e: int) -> None:
    doc = st.doc
    start, end = tokens(doc)[s].idx, tokens(doc)[e - 1].idx + len(tokens(doc)[e - 1])
    if nested(st, start, end) or any(ms < end and start < me for c in st.clusters.values() for ms, me in c.mentions):
        return
    name = span_text(doc, s, e)
    c = cluster(st, ("P?", name), name)
    add(st, c, start, end)
    for i in range(s, e):
        st.person_at[i] = c
    st.taken.append((start, end))
    if c.sector is None:
        who_from_context(st, c, s, e)            # `In an article from Politico, Eli Stone says`


def _headline(st: ActorState, span) -> bool:
    """True for a span on a short line in title case (a headline or subhead: `Limited Tools`), or for a title-case
    run of four words or more that is the text's whole first sentence (a headline run into the story, as local
    news feeds give it: `Latvia Detains Opposition Figures on Fraud Counts. RIGA ...`)."""
    text = st.ctx.text
    if not text[:span.start_char].strip() and text[span.end_char:span.end_char + 1] == "." and \
            mostly_capitalised(span.text, 4):
        return True
    return title_case_line(st, span.start_char, span.end_char, least=2, longest=100)


def cause_orgs(st: ActorState) -> None:
    """An organisation named like a phrase: a capitalised plural of people (titles.tsv or a demonym), a word of
    actor_words.tsv `cause_link` and capitalised words (with `name_joiner` words between them) are one name
    (`Doctors for Clean Water`, `Nurses Without Frontiers`, `Texans for Fair Courts`), taken before the plural
    alone becomes a generic group: NGO, or PTY when the cause is a lexicon person (`Farmers for Smith`). Not when
    the cause is another name (`lawyers for Exxon`, `Lawyers for John Doe`) or the line is a title-case headline;
    a plural taken by its ending only must not name things (`cause_thing`: `Prayers for Peace`)."""
    doc = st.doc
    links, joiners = lex.words("cause_link"), lex.words("name_joiner")
    for j in where(doc, "LOWER", lexicon_ids(links)):   # (a Token made only before a link word: `for`, `without`)
        if not 1 <= j < len(doc) - 1:
            continue
        tok, link, cause = st.toks[j - 1], st.toks[j], st.toks[j + 1]
        if not (tok.text[:1].isupper() and tok.is_alpha and link.lower_ in links and _capital_word(cause)):
            continue
        if not (plural_word(tok, tagged=True) and (lex.titles().get(tok.lower_) or lex.titles().get(tok.lemma_.lower())
                                                   or tok.i in st.hits or tok.ent_type_ == "NORP" or
                                                   tok.lower_.endswith(tuple(lex.words("people_suffix"))) and
                                                   tok.lower_ not in lex.words("cause_thing"))):
            continue
        e = cause.i + 1
        while e < len(doc) and (_capital_word(tokens(doc)[e]) or tokens(doc)[e].lower_ in joiners and e + 1 < len(doc) and
                                _capital_word(tokens(doc)[e + 1]) and tokens(doc)[e + 1].ent_type_ not in ("DATE", "TIME")):
            e += 1
        sector = cause_sector(cause)
        named = cause.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "TIME") and cause.ent_iob_ == "B" \
            or any(cause.i in range(s, he) for s, (_, _, he) in st.hits.items())
        if sector == "NGO" and named:
            continue                          # the cause is another name (`Lawyers for Exxon`)
        if _headline(st, span_of(doc, tok.i, e)):
            continue
        add_unknown_org(st, tok.i, e, sector, None)
        start, end = tok.idx, tokens(doc)[e - 1].idx + len(tokens(doc)[e - 1])
        st.taken.append((start, end))
        for i in range(tok.i, e):
            st.hits.pop(i, None)
        name = span_text(doc, tok.i, e)              # one hit over the name, so that a title's affiliation finds it
        st.hits[tok.i] = ("ORG", lex.Organisation(name, (), None, sector, None, "org"), e)   # (`director of ...`)


def _capital_word(tok) -> bool:
    """A word of a name: capitalised letters (`Prosperity`, `Human`), not a lone capital (`I`)."""
    return tok.is_alpha and tok.text[:1].isupper() and len(tok.text) > 1
