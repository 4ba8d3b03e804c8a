"""Helpers several actor passes share: making and finding actors, adding mentions, the lexicon hit at a
token, noun-phrase bounds, organisations. Plain functions over the `ActorState`."""
from __future__ import annotations

import functools
import re
from typing import Optional

from ...lexicon import actors as lex
from ..quotes.lexicon import given_names, title_genders
from .state import ActorState, Cluster, gated
from ..spans import children, span_of, span_text, span_tokens, tokens
from ..token_strings import strings

PERSON_LABELS = frozenset(("PERSON",))
PUBLIC_BODY = frozenset(("GOV", "COP", "JUD", "MIL", "LEG", "SPY"))   # sectors of a state's own bodies (a lexicon
#                                                                       `state` body, a police department, a court)


_CURLY_BE = frozenset(("’s", "’re", "’m"))


def is_be(tok) -> bool:
    """A form of `be`, its contractions with a curly apostrophe included (`he’s the only candidate`, `they’re`,
    `I’m`: the model's lemmatizer leaves `’`, `’re`, `’m` for them, `be` only for the straight `'s`; ident52)."""
    return tok.lemma_ == "be" or tok.lower_ in _CURLY_BE and tok.tag_ in ("VBZ", "VBP")


# ---------------------------------------------------------------- actors and their mentions
def cluster(st: ActorState, key: tuple, name: str, **attrs) -> Cluster:
    """The actor with this key, made on first use (a lexicon person gets the office held on the day)."""
    c = st.clusters.get(key)
    if c is None:
        c = st.clusters[key] = Cluster(key=key, name=name.strip(), **attrs)   # (a name cut from the text may
        #                                   begin with a blanked dateline: `NEW ORLEANS — Jefferson County officials`)
        if c.person is not None:
            c.country, c.sector, c.role = c.person.at(st.day)
    return c


def add(st: ActorState, c: Cluster, start: int, end: int, *, credit: bool = False) -> None:
    """Add a mention, trimmed of spaces and punctuation at its edges; nothing from blanked spans, but with `credit`
    the outlet a dateline credits (`ESTILL SPRINGS, Tenn. (WKRN) –`)."""
    text = st.ctx.text
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",;:―—–-("):
        start += 1
    if text[start:start + 1] in "NnAa" and _nobody(st, start, end):
        return
    if _PREP_BEFORE.search(text, max(0, start - 11), start) and _after_no_noun(st, start):
        return                                    # `no word about possible suspects` (act57b)
    if end > start and (credit or not st.ctx.skipped(start, end)) and (start, end) not in c.mentions and \
            not any(s < end and start < e for s, e, _ in st.nameless.around(start, end)):
        c.mentions.add((start, end))
        st.mentions.add(start, end, c)


_MAYBE = frozenset(("possible", "potential", "any"))   # a description's first words that only suppose someone
_PREP_BEFORE = re.compile(r"\b(?:about|on|of|regarding) $")   # the words `_after_no_noun` reads, right before
_NOBODY = re.compile(r"(?:[Nn]o|[Nn]ot|[Aa]ny) [a-z]")


def _nobody(st: ActorState, start: int, end: int) -> bool:
    """True for a description that names nobody: `no suspects`, `not the boy's mother`, and `any suspects` under a
    negated verb or after `without` (`police have not identified any suspects`); an affirmative `any applicant must
    ...` names everyone who is one, as the gold has it (act35d)."""
    m = _NOBODY.match(st.ctx.text, start, end)
    if m is None:
        return _after_no_noun(st, start)
    if m.group(0)[0] in "Nn":
        return True
    tok = _token_at(st, start)
    if tok is None:
        return False
    noun = tok.head
    over = noun.head
    return over.lower_ == "without" or any(c.dep_ == "neg" for c in children(over)) or \
        any(c.dep_ == "neg" for c in children(noun))


def _after_no_noun(st: ActorState, start: int) -> bool:
    """True for a description opened by `possible`, `potential` or `any` that is the object of `about`, `on`, `of` or
    `regarding` after a noun under `no` (`No information on possible suspects was given`): no one is told
    of, as `no suspects` (act57b); not `details about possible suspects` (no `no`) nor `no leads on the suspects`
    (the suspects who did it)."""
    tok = _token_at(st, start)
    if tok is None:
        return False
    noun = tok if tok.dep_ == "pobj" else tok.head
    if tok.i > 0 and tokens(st.doc)[tok.i - 1].lower_ not in ("about", "on", "of", "regarding") or \
            tok.lower_ not in _MAYBE:
        return False                              # (the description opens right after the preposition, with a
        #                                           word of a mere possibility: `no leads on the suspects` names
        #                                           the suspects who shot, unknown as they are)
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("about", "on", "of", "regarding") or \
            noun.head.head.i == noun.head.i:
        return False
    over = noun.head.head
    return over.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in children(over))


def _token_at(st: ActorState, start: int):
    """The token that begins at character `start`, or None."""
    span = st.doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) and span[0].idx == start else None


def nested(st: ActorState, start: int, end: int) -> bool:
    """True when [start, end) lies inside (and is not) a person or description span already taken."""
    return st.taken.holds_inside(start, end)


def state_actor(st: ActorState, iso3: str, sector: str = "GOV", role: Optional[str] = None) -> Cluster:
    """The one actor of a country for a sector (GOV: the state itself)."""
    cs = st.countries
    if sector == "GOV":
        return cluster(st, ("S", iso3, "GOV"), cs.display.get(iso3, iso3), country=iso3, sector="GOV",
                       role="state")
    adj = cs.adjective.get(iso3) or cs.display.get(iso3, iso3)
    role = role or lex.state_roles().get(sector, sector.lower())
    return cluster(st, ("S", iso3, sector), f"{adj} {role}", country=iso3, sector=sector, role=role)


def add_org(st: ActorState, org: lex.Organisation, start: int, end: int) -> None:
    """A lexicon organisation's mention: a state body joins its state's actor for its sector."""
    if org.kind == "state" and org.country:
        add(st, state_actor(st, org.country, org.sector, org.role), start, end)
        return
    c = cluster(st, ("O", org.name), org.name, country=org.country, sector=org.sector, role=org.role)
    add(st, c, start, end)


def add_unknown_org(st: ActorState, s: int, e: int, sector: Optional[str], country: Optional[str]) -> None:
    """An organisation in no lexicon over tokens [s, e), unless a person or another mention has them."""
    doc = st.doc
    start, end = tokens(doc)[s].idx, tokens(doc)[e - 1].idx + len(tokens(doc)[e - 1])
    if any(i in st.person_at for i in range(s, e)):
        return
    inside_ok = works_for(st, s, e)               # `a professor at Westfield University`: its own actor too
    if (nested(st, start, end) and not inside_ok) or any(
            ms < end and start < me and (ms, me) in c.mentions and not inside_ok
            for ms, me, c in st.mentions.around(start, end)):
        return
    name = span_text(doc, s, e)
    if lex.non_actor(name) or case_party(doc, s, e):
        return                                    # `Oval Office`, `the National Voter Registration Act`
    c = cluster(st, ("O", name), name, country=country, sector=sector)
    if c.sector is None and sector is not None:
        c.sector = sector                         # `Alden Hope runs a pantry ... Alden Hope, a charitable
        #                                           organization`: the kind told at a later mention (act52a)
    add(st, c, start, end)
    staff = _staff_after_possessive(st, e)
    if staff is not None and sector is not None:
        staff.sector = sector                     # `The Media Research Center’s Dan Gainor`: the organisation's
        staff.country = staff.country or country


def _staff_after_possessive(st: ActorState, e: int) -> Optional[Cluster]:
    """The person named right after an organisation's possessive ending at token e (an honorific between),
    when nothing has said who that person is yet; else None."""
    c = st.person_at.get(after_possessive(st.doc, e))
    return c if c is not None and c.person is None and c.sector is None and c.role is None else None


def civil_officer(before: list[str]) -> bool:
    """True when the lower-case words right before `officer` make it an official's post, no police (actor_words.tsv
    `civil_officer`, one word or two: `information officer`, `foreign service officer`, `duty officer`; `Secret
    Service officer` and `police duty officer` stay police)."""
    words = lex.words("civil_officer")
    if any(w in lex.words("police_officer") for w in before[-2:]) or len(before) >= 2 and before[-2] == "-":
        return False                              # `an off-duty officer`: a police officer's
    return bool(before) and (before[-1] in words or " ".join(before[-2:]) in words)


def business_officer(before: list[str]) -> bool:
    """True when the lower-case words right before `officer` make it a company's post, no police (actor_words.tsv
    `business_officer`: two words, `chief financial officer`; one, `loan officer`); any `chief X officer` whose X is
    no `police_officer` word is one too (`chief medical officer`, act34d)."""
    words = lex.words("business_officer")
    if bool(before) and before[-1] in words:
        return True
    if len(before) < 2:
        return False
    return " ".join(before[-2:]) in words or (before[-2] == "chief" and before[-1].isalpha() and
                                              before[-1] not in lex.words("police_officer"))


def after_possessive(doc, e: int) -> Optional[int]:
    """The token after a possessive mark at token e and an honorific after it (`Breitbart News’ Dr.`), where a
    person working for the possessor would be named; None when no possessive mark stands at e."""
    if e >= len(doc) or tokens(doc)[e].text not in lex.words("possessive_mark"):
        return None
    return e + 1 + (e + 1 < len(doc) and tokens(doc)[e + 1].lower_ in lex.words("honorific"))


def possessor(tok):
    """The word that owns tok (`Marwick's mother`): its `poss` child, or an `nmod` child with a possessive mark after
    it, as the parser reads a name before a typeset `’s` (`Marwick’s mother, Lorna`); else None."""
    return next((c for c in children(tok) if c.dep_ == "poss" or c.dep_ == "nmod" and c.i < tok.i and any(
        g.dep_ == "case" and g.text in lex.words("possessive_mark") for g in children(c))), None)


_GROUP_WORDS = frozenset(("both", "together", "each", "all", "are", "were", "have"))


def relative_head(clause):
    """The noun a relative clause (dep `relcl`) describes: the parse's head, or, for a clause written right after the
    last of conjoined names with only a comma between (`Mayor Ann Ruiz and Tom Hale, who is the city police chief`,
    which the parse hangs on the first name), that last name, the nearest; not a clause of the group (`Bush and
    Clinton, who both ...`, `who were`; ident51)."""
    noun = clause.head
    if clause.dep_ != "relcl":
        return noun
    last = noun
    while True:
        later = [k for k in children(last) if k.dep_ == "conj" and last.i < k.i < clause.i]
        if not later:
            break
        last = later[-1]
    if last.i == noun.i or last.pos_ != "PROPN":
        return noun
    between = tokens(clause.doc)[last.i + 1:clause.left_edge.i]
    if not between or any(t.text != "," for t in between):
        return noun
    if any(t.lower_ in _GROUP_WORDS for t in tokens(clause.doc)[clause.left_edge.i:clause.i + 1]):
        return noun
    return last


def age_after(doc, k: int) -> bool:
    """True when `, AGE,` stands at token k, after a name (`Issac Fisher, 26,`: only people have one)."""
    return k + 2 < len(doc) and tokens(doc)[k].text == "," and tokens(doc)[k + 1].text.isdigit() and len(tokens(doc)[k + 1].text) <= 3 and \
        tokens(doc)[k + 2].text == ","


def case_party(doc, s: int, e: int) -> bool:
    """Tokens [s, e) name a party in the title of a court case (`Whole Woman's Health v. Hellerstedt`, `Roe v.
    Wade`): a name right before `v.` and a capitalised word, or right after `v.`; the case, not an actor. `vs.`
    (`the Trump vs. Clinton election`) is left alone."""
    if e + 1 < len(doc) and tokens(doc)[e].lower_ in ("v.", "v") and tokens(doc)[e + 1].text[:1].isupper():
        return True
    return s > 0 and tokens(doc)[s - 1].lower_ == "v." and s >= 2 and tokens(doc)[s - 2].text[:1].isupper()


def works_for(st: ActorState, s: int, e: int) -> bool:
    """True when tokens [s, e) name the organisation a described person works for: the object of `of`, `for`,
    `at` or `with` after a person title (`director of the Arms Control Association`, `a spokesman for the
    Diocese of Harlow`), or the possessor of a person's name (`Fox News’s Megyn Kelly`). Such an organisation is an actor of its own, inside the person's mention."""
    root = span_of(st.doc, s, e).root
    if root.dep_ == "poss" and root.head.i in st.person_at and root.head.pos_ == "PROPN":
        return True                               # `Fox News’s Megyn Kelly`: the outlet is an actor too
    if after_possessive(st.doc, e) in st.person_at:
        return True                               # `Breitbart News’ Dr. Thomas Williams` (parsed as no possessor)
    while root.dep_ == "poss" and root.head.i != root.i:    # `University of Virginia's Center for Politics`
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("of", "for", "at", "with") and is_person_title(prep.head)


def sports_team(span) -> bool:
    """`the` or a possessive, then a large city or US state and a plural name (`the Minnesota Vikings`, `the
    NFL's Charlotte Panthers`, `the New York Yankees`): a sports team, a business. Plural demonyms and party
    members (`Texas Democrats`, `Ohio Republicans`) are not teams, nor a name that begins with a given name."""
    words = [t for t in span_tokens(span) if not t.is_punct]
    if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() and t.is_alpha for t in words):
        return False
    before = tokens(span.doc)[span.start - 1].lower_ if span.start > 0 else ""
    if before not in ("the", "'s", "’s") or words[0].lower_ in given_names():
        return False                              # `Mary Collins`: a person; a team is `the ...` or `X's ...`
    last = words[-1].text
    place = " ".join(t.text for t in words[:-1])
    return last.endswith("s") and not last.endswith("ss") and lex.place_country(place) is not None and \
        last.lower() not in lex.words("not_team") and last[:-1] not in lex.countries().demonyms


def in_headline(st: ActorState, at: int, *, deck: bool = False) -> bool:
    """Character `at` lies in the article's headline: the one copy the layout keeps (`Layout.title_span`); False
    when the layout found none (a text that opens on its dateline or its lede has no headline). With `deck`, also in
    the lines right under it up to the first blank line or the dateline, when headline and deck are at most
    DECK_MOST characters (`Mayor weighs a run;` over `Party rules shift for White House successor.`: a deck drops
    its articles as a headline does). The one test of it for every actor pass (tidy54: three copies, one of them a
    guess at the first block of the text, made one)."""
    span = st.ctx.layout.title_span
    if span is None or at < span[0]:
        return False
    if at < span[1]:
        return True
    if not deck:
        return False
    text, dl = st.ctx.text, st.ctx.layout.dateline
    end = text.find("\n\n", span[1])
    end = len(text) if end < 0 else end
    if dl is not None and span[1] <= dl.start < end:
        end = dl.start
    return end - span[0] <= DECK_MOST and at < end


DECK_MOST = 300     # characters of a headline with its deck at most (review53b); a longer block is the lede


def local_police_named(st: ActorState) -> bool:
    """Whether the text names a local police force: a word of actor_words.tsv `local_police` (`police`, `sheriff`,
    `deputies`, `policemen`) as a whole word, in any case. A rule's own test, not a gate: it holds with the gates off
    too (tidy54: the counted-victims and the dispatcher rules read the list alike; `policy` is no police word)."""
    return _local_police_re().search(st.ctx.text) is not None


@functools.lru_cache(maxsize=1)
def _local_police_re() -> re.Pattern:
    """actor_words.tsv `local_police` as whole words, any case, longest first."""
    words = sorted(lex.words("local_police"), key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def line_at(st: ActorState, start: int, end: int) -> str:
    """The whole line of the text that holds [start, end)."""
    text = st.ctx.text
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return text[lo:hi if hi >= 0 else len(text)]


def title_case_line(st: ActorState, start: int, end: int, *, least: int, longest: Optional[int] = None) -> bool:
    """True for [start, end) on a line in title case (a headline or a subheading): at least `least` words, four in
    five of them capitalised, and (when `longest` is given) shorter than `longest` characters."""
    line = line_at(st, start, end)
    if longest is not None and len(line) >= longest:
        return False
    return mostly_capitalised(line, least)


def mostly_capitalised(text: str, least: int) -> bool:
    """True for text of at least `least` words (those that begin with a letter), four in five of them capitalised:
    the title case of a headline."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= least and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# ---------------------------------------------------------------- reading the parse
def hit_at(st: ActorState, i: int):
    """The lexicon hit that covers token i: (label, entry, start, end) or None."""
    for s in range(i, max(-1, i - 8), -1):
        h = st.hits.get(s)
        if h and s <= i < h[2]:
            return h[0], h[1], s, h[2]
    return None


def league_country(st: ActorState, entry, start: int) -> Optional[str]:
    """The country of a sports league named only as a modifier whose name starts at token `start`: a demonym right
    before the name gives another country's league of the same name (`nine Egyptian Premier League defeats`: EGY, not
    the English one), else the lexicon's (gold33b; one look-up for the hit pass and the group pass, rev33)."""
    before = tokens(st.doc)[start - 1] if start else None
    if before is not None and before.ent_type_ == "NORP":
        return st.countries.demonyms.get(before.text) or entry.country
    return entry.country


def mark_league(st: ActorState, country: str) -> None:
    """Count a sports league named only as a modifier (no actor: GUIDE.md, session 33) for the match's home
    (`st.league_marks`, read by codes._league_home) (gold33b, rev33)."""
    st.league_marks[country] = st.league_marks.get(country, 0) + 1


def country_named_as_place(st: ActorState, s: int, e: int) -> bool:
    """True when the country name over tokens [s, e) names a place or a subject, not the state: after a locative
    preposition (`in Iraq`), modifying an event or subject noun (`the Iraq war`, through other compounds: `a Mali
    hotel assault`), or the `of`-object of a place
    noun (`the capital of America`). `U.S.` before a noun is adjectival (`U.S. missile attacks`)."""
    span = span_of(st.doc, s, e)
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ == "pobj":
        return head.lower_ in lex.words("locative") or (
            head.lower_ == "of" and head.head.lower_ in lex.words("place_noun"))
    last = head
    while last.dep_ == "compound" and last.head.i != last.i:
        last = last.head                          # `a recent Mali hotel assault`: the noun the compounds end in
    return root.dep_ == "compound" and any(h.lower_ in lex.words("country_topic") or h.lemma_.lower() in
                                           lex.words("country_topic") for h in (head, last)) and \
        not ("." in span.text or span.text.isupper()) or country_domain(root)


def found_there(noun) -> bool:
    """True for the noun after a possessive that names a thing found, located, counted or taking place in a land
    (actor_words.tsv `found_there`: `Sweden's first case`, `China's birds`, `Zimbabwe's rainy season` with the
    parser's head on the next noun): the possessor is a place, not an owner (act35e)."""
    found = lex.words("found_there")
    if noun.lemma_.lower() in found or noun.lower_ in found:
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in found for c in noun.lefts)


def country_domain(root) -> bool:
    """True for a country name modifying a noun of its land, past or economy (`U.S. history`, `the U.S. market`,
    actor_words.tsv `country_domain`): a place or a field, never a doer, also written `U.S.`."""
    return root.dep_ in ("compound", "nmod", "amod") and root.head.lemma_.lower() in lex.words("country_domain")


def is_person_title(tok) -> bool:
    """A word (or its lemma) that is a person title of titles.tsv (`minister`, `senator`)."""
    kinds = lex.titles().get(tok.lower_) or lex.titles().get(tok.lemma_.lower()) or {}
    return "person" in kinds


def acts_as_person(st: ActorState, form: str) -> bool:
    """True when a one-word name is, anywhere in the article, the subject of a person's deed (actor_words.tsv
    `person_deed`: `Clinton threw out the first pitch`, `Paterson said`) or written after a person title, an
    honorific or a given name (`Gov. Paterson`, `Mr. Clinton`, `Ann Paterson`): a person, not a town's club
    (act33d; the sports-page club rules, people `_club_town` and codes `_clubs`, ask it)."""
    deeds = lex.words("person_deed")
    return any(t.text == form and t.dep_ == "nsubj" and t.head.lemma_.lower() in deeds for t in st.toks) or \
        titled_as_person(st, form)


def titled_as_person(st: ActorState, form: str) -> bool:
    """True when a one-word name is, anywhere in the article, written after a capitalised person title, an honorific
    or a given name (`Gov. Paterson`, `Mr. Clinton`, `Ann Paterson`): a person's name there (`acts_as_person`; local_news
    `town_governments`, where a town may `say` as a person does, sect50)."""
    doc = st.doc
    for t in st.toks:
        if t.text != form or t.i == 0:
            continue
        p = doc[t.i - 1]
        if p.text[:1].isupper() and (is_person_title(p) or p.text.lower().rstrip(".") in title_genders() or
                                     p.text.lower() in given_names()):
            return True
    return False


def _kind_of_country(st: ActorState, obj) -> int:
    """The token end of `of <country>` after a noun of a country's kind (actor_words.tsv `country_kind`: `the African
    country of Nigeria`, `the Gulf state of Qatar`), else 0: the phrase names that country (ident41b)."""
    if obj.lower_ not in lex.words("country_kind"):
        return 0
    for p in children(obj):
        if p.i > obj.i and p.dep_ == "prep" and p.lower_ == "of":
            o = next((g for g in children(p) if g.dep_ == "pobj"), None)
            h = hit_at(st, o.i) if o is not None else None
            if h and h[0] == "CTRY":
                return h[3]
    return 0


def np_bounds(st: ActorState, head) -> tuple[int, int]:
    """Character bounds of a noun phrase: the head with its determiners and modifiers on the left,
    and `of`-phrases on the right (`the secretary of state`), within the head's line."""
    doc = st.doc
    toks = tokens(doc)
    s = head.i
    kids = children(head)                         # (`head.lefts`, `head.rights` off the doc's children lists: no
    for child in reversed([c for c in kids if c.i < head.i]):   # new Token a child, speed37b)
        if child.dep_ in ("punct", "cc", "predet", "preconj", "prep", "relcl", "appos", "advmod") or \
                child.ent_type_ in ("DATE", "TIME") or \
                child.i != s - 1 and toks[child.right_edge.i].i != s - 1:
            break
        s = child.left_edge.i
    while s < head.i and (toks[s].is_punct or toks[s].dep_ in ("npadvmod", "cc", "prep") or
                          st.ctx.skipped(toks[s].idx, toks[s].idx + len(toks[s]))):
        s += 1
    e = head.i + 1
    for child in [c for c in kids if c.i > head.i]:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [g for g in children(child) if g.dep_ == "pobj"]
            if objs and head.tag_ in ("NNS", "NNPS") and objs[0].i in st.person_at:
                break                             # `Supporters of Republican Donald Trump`: the group, not the
                #                                   person it is named after (an actor of their own)
            if objs and head.lemma_.lower() in lex.words("kin") and \
                    any(k in st.person_at for k in range(objs[0].left_edge.i, objs[0].right_edge.i + 3)):
                break                             # `the relatives of slain soldier Sapper Tom Ward`: the
                #                                   family, not the person named after it (act26a)
            if objs:                              # `of state`, `of the Free Syrian Army`: the object only
                e = max(e, objs[0].i + 1)
                e = max(e, _kind_of_country(st, objs[0]))   # `of the African country of Nigeria` (ident41b)
        elif child.dep_ in ("compound", "amod") and child.i == e and not (
                child.dep_ == "amod" and child.tag_ == "JJ" and child.text.islower()):
            e += 1                                # (`41 migrants dead after ...`: a headline's predicate, no name)
        else:
            break
    start, end = toks[s].idx, toks[e - 1].idx + len(toks[e - 1])
    text = st.ctx.text
    if "\n" in text[start:end]:                   # a phrase never runs over a line break (`192\nAmericans:`
        start = max(start, text.rfind("\n", start, head.idx) + 1)   # in a table)
        cut = text.find("\n", head.idx, end)
        end = end if cut < 0 else cut
    return start, end


def venue_after(st: ActorState, e: int) -> bool:
    """True when capitalised words right after token e ends a name end in a word of a venue's name
    (actor_words.tsv `venue_name`): the name is part of the venue's (`the Wells Fargo Center`)."""
    doc = st.doc
    k = e
    while k < len(doc) and k < e + 3 and tokens(doc)[k].text[:1].isupper() and tokens(doc)[k].is_alpha:
        k += 1
    return k > e and tokens(doc)[k - 1].lower_ in lex.words("venue_name")


def building_site(tok) -> bool:
    """True for a noun of a body housed in a building (actor_words.tsv `building_body`: an embassy) used as the
    building: after a locative preposition (`Americans serving in embassies`) or as the `of`-object of a noun of
    what is done to a building or what it has (`site_of`: `the bombings of the U.S. Embassies`)."""
    body = lex.words("building_body")
    if tok.dep_ != "pobj" or (tok.lower_ not in body and tok.lemma_.lower() not in body):
        return False
    prep = tok.head
    if prep.lower_ in lex.words("locative"):
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in lex.words("site_of")


def cause_name(ent) -> str | None:
    """An unknown name of the form `<Someone> for <Cause>` (`Students For Life of America`, `Concerned Women for
    America`): an advocacy group (NGO), or a candidate's supporters' group (PTY) when the cause is a person the
    lexicon knows (`Veterans for Bernie`); None for other names, and for a body named in the singular (`the
    Movement for Democratic Change`, `the Alliance for Democracy`: a party as often as a lobby)."""
    if "for" not in strings(ent.doc, "LOWER")[ent.start + 1:ent.end - 1]:
        return None                               # (the columns say no `for` inside: no Token made)
    for t in ent[1:-1]:
        someone = ent[t.i - ent.start - 1]
        if t.lower_ == "for" and someone.text[:1].isupper() and t.nbor(1).text[:1].isupper() and plural_word(someone):
            return cause_sector(t.nbor(1))
    return None


def plural_word(tok, tagged: bool = False) -> bool:
    """The plural test of a name of the form `<Someone> for <Cause>`, for both its readers: a word tagged a plural,
    or one ending in -s but not -ss (`Veterans`, `Students` tagged as singular proper nouns). With `tagged`, the tag
    alone: states' `cause_orgs` reads the shape anywhere in a sentence, where an ending alone would make a name of
    `Attorneys for Clinton` (someone's lawyers); `cause_name` reads it inside what the parser already made a name."""
    return tok.tag_ in ("NNS", "NNPS") or not tagged and tok.lower_.endswith("s") and not tok.lower_.endswith("ss")


STATE_BODIES = frozenset(("COP", "MIL", "SPY", "JUD", "LEG"))
#   sectors of a state body with a sector of its own, not the government at large: a name of the government with one
#   of their words is that body's (`Charlotte Police Department`), and its officials share it (descriptions)


@functools.lru_cache(maxsize=1)
def _org_phrases() -> tuple[str, ...]:
    """The rows of orgwords.tsv of several words, longest first (all rows: `phrase_sector` reads them for a sector)."""
    return tuple(sorted((w for w in lex.org_sector_words() if " " in w), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _org_phrases_by_first() -> dict[str, tuple]:
    """`_org_phrases` by their first word: first word -> ((rank in `_org_phrases`, ` phrase `), ...)."""
    out: dict[str, list] = {}
    for k, p in enumerate(_org_phrases()):
        out.setdefault(p.split(" ")[0], []).append((k, f" {p} "))
    return {w: tuple(v) for w, v in out.items()}


def _org_phrase(lows: list[str]) -> Optional[str]:
    """The first row of `_org_phrases` (longest first) written among a name's lower-case words, else None: the phrases
    tried are only those whose first word is one of the words (a phrase's first word opens a word of `low`; a word with
    a space in it, as a whitespace token, sends the name to every phrase), not all of them (speed39b: 39 phrases
    a name were ~20 us)."""
    low = f" {' '.join(lows)} "
    if low.count(" ") != len(lows) + 1 or not gated():
        return next((p for p in _org_phrases() if f" {p} " in low), None)
    firsts, best = _org_phrases_by_first(), None
    for w in lows:
        for k, p in firsts.get(w, ()):
            if (best is None or k < best[0]) and p in low:
                best = (k, p)
    return best[1][1:-1] if best is not None else None


def phrase_sector(lows: list[str]) -> str | None:
    """The sector of the longest several-word row of orgwords.tsv among a name's lower-case words (`the Judiciary
    Committee` -> LEG, act37b), else None."""
    p = _org_phrase(lows)
    return lex.org_sector_words()[p] if p is not None else None


def kind_ending_at(doc, end: int, last_ok=None, lemma: bool = False) -> Optional[str]:
    """The sector of the longest kind of organisation (org_kinds.tsv) of up to three words, none a punctuation mark,
    that ends at token `end` (`the advocacy group`, `the think tank`, `the super PAC`), else None; `last_ok(token)` must
    hold for its last word, and with `lemma` that word also matches by its lemma (`nonprofits`). The one scan of
    states._kind_before, states._kind_apposed_before and people._kind_of_body."""
    kinds = lex.org_kinds()
    for n in (3, 2, 1):
        if end - n + 1 < 0:
            continue
        words = span_of(doc, end - n + 1, end + 1)
        if any(t.is_punct for t in words) or last_ok is not None and not last_ok(words[-1]):
            continue
        for last in ((words[-1].lower_, words[-1].lemma_.lower()) if lemma else (words[-1].lower_,)):
            phrase = " ".join([t.lower_ for t in words[:-1]] + [last])
            if phrase in kinds:
                return kinds[phrase]
    return None


def org_sector(ent) -> str | None:
    """The sector an unknown organisation's name gives: its last organisation word (orgwords.tsv), unless
    that is weak (NGO, GOV or none) and the name begins with a word of org_lead_words.tsv; a center or institute
    of a university or college is EDU."""
    words = lex.org_sector_words()
    doc, a, b = ent.doc, ent.start, ent.end       # (the words' strings read off the columns: no Token a word)
    lows = strings(doc, "LOWER")[a:b]
    if lows and lows[-1] in lex.words("overseeing_body") and any(t in lex.words("overseen_police") for t in lows[:-1]):
        return "GOV"                              # `the Citizens Police Oversight Committee`: a board over the police,
        #                                           neither the police nor a legislature's committee (mend38)
    if masthead_end(doc, a, b):
        return "MED"                              # `the Times-Union`, `the Star-Telegram`: a newspaper's name, not a
        #                                           union's (the last word alone said LAB; act54b)
    phrased = phrase_sector(lows)
    sector = phrased or \
        next((words[w] for k, t in reversed(list(enumerate(lows)))
              for w in (t, t.rstrip("."), *reversed(t.split("-")[1:]))
              if w in words and not (words[w] in ("BUS", "MED") and ("of" in lows[1:k] or "for" in lows[1:k]))), None)
    #                                           (`Ministry of Construction`, `Department of Press Affairs`: a trade
    #                                           or a paper's word after `of` is what the body deals with; after
    #                                           `for` what it works for: `Movement for National Restoration`, rev26d)
    #                                           (`the Herald-Press`: the words a hyphen joins, last first)
    #                                           (a phrase first, longest first: `Credit Union` is a bank's)
    #                                           (`Whirlpool Corp.`, `Acme Co.`: an abbreviation's period aside)
    if sector == "BUS" and _service_under_legal_form(lows):
        sector = "NGO"                            # `the Riverside Arts Centre Corp.`: a public service's body (act52c)
    elif sector == "BUS" and _media_under_legal_form(lows):
        sector = "MED"                            # `Harlow Broadcasting, Inc.`: a station owner, a media company (act56e)
    if sector == "GOV" and not _org_phrase(lows):
        sector = _board_of(lows, words) or sector  # `the Harbor Bank Board`: a bank's board, BUS (review50e)
    pos = strings(doc, "POS")
    first = next((k for k in range(a, b) if pos[k] != "DET"), None)
    lead = lex.org_lead_words().get(strings(doc, "ORTH")[first]) if first is not None else None
    if lead and sector in (None, "NGO", "GOV"):
        return lead
    if sector in (None, "NGO", "GOV") and phrased is None and any(words.get(t) == "MED" for t in lows) and \
            not any(t in lex.words("media_body") for t in lows):
        return "MED"                              # `Medill News Service`: a news service, not a state service
        #                                           (not `the Press Council`, `the National Press Club`, act26a;
        #                                           nor a phrase's: `American Legion Post 12` NGO, sect51)
    if sector == "NGO" and any(words.get(t) == "EDU" for t in lows):
        return "EDU"                              # `the University of New Hampshire Survey Center`: a university's
    if sector == "GOV":                           # `Charlotte Police Department`, `Army Department`: a state body's
        sector = next((words[t] for t in lows if words.get(t) in STATE_BODIES), sector)   # own sector
    if sector is None:
        sector = cause_name(ent) or partners_name(ent)
    return sector


def masthead_end(doc, a: int, b: int) -> bool:
    """True for a name that ends in two capitalised newspaper words a hyphen joins with no space (actor_words.tsv
    `masthead_word`: `the Times-Union`, `the Arkansas Democrat-Gazette`; act54b), after no given name and no title."""
    if b - a < 3:
        return False
    if not masthead_joined(doc[b - 3], doc[b - 2], doc[b - 1]):
        return False
    first = next((k for k in range(a, b - 3) if doc[k].pos_ != "DET"), None)
    return not (first is not None and doc[first].lower_ in given_names() or
                a > 0 and doc[a - 1].lower_.rstrip(".") in lex.title_words())
    #   (not `Mia Post-Leader`, `Officer Dane Star-Herald`: a given name or a title before says a double surname)


def masthead_joined(a, hyphen, b) -> bool:
    """True for two capitalised newspaper words (actor_words.tsv `masthead_word`) that a hyphen joins with no space
    either side (`Times-Union`, `Sun-Times`): the one test of `masthead_end` here and `hits.in_masthead_compound`."""
    masthead = lex.words("masthead_word")
    return hyphen.text in ("-", "‐") and a.whitespace_ == "" and hyphen.whitespace_ == "" and \
        a.text[:1].isupper() and b.text[:1].isupper() and a.lower_ in masthead and b.lower_ in masthead


def _service_under_legal_form(lows: list[str]) -> bool:
    """True for a name ending in a company's legal form (actor_words.tsv `legal_form`, or `corporation`) whose words
    before it name a public cultural or care service (`service_word`: `the Riverside Arts Centre Corp.`, `Dale Zoo
    Inc.`): the session-52 decision says `Corp.` or `Inc.` does not decide; the service's NGO stands (act52c)."""
    if len(lows) < 2 or (lows[-1].rstrip(".") not in lex.words("legal_form") and lows[-1] != "corporation"):
        return False
    served = lex.words("public_service")
    return any(t in served or " ".join(lows[k:k + 2]) in served for k, t in enumerate(lows[:-1]))


def _media_under_legal_form(lows: list[str]) -> bool:
    """True for a name ending in a company's legal form (actor_words.tsv `legal_form`, or `corporation`) whose words
    before it name a news trade (`broadcast_trade`: `Harlow Broadcasting, Inc.`, `Dale Television Corp.`), not after
    `of` or `for` (`Friends of Public Radio Inc.`): a media company, MED, as the trade word alone would make it; the
    legal form says only that it is a company (act56e: station owners in the copyright lines of shooting reports)."""
    if len(lows) < 2 or (lows[-1].rstrip(".") not in lex.words("legal_form") and lows[-1] != "corporation"):
        return False
    trade = lex.words("broadcast_trade")
    body = [t for t in lows[:-1] if t not in (",", ".")]
    if "of" in body or "for" in body:
        return False
    return any(t in trade for t in body[1:])       # (the first word is the company's own name: `Harlow`)


def _board_of(lows: list[str], words: dict[str, str]) -> str | None:
    """The sector of the word right before a name's last weak row (`_weak_rows`: `board`), when that word is one of
    orgwords.tsv's that also make a name a body's: `the Harbor Bank Board` BUS, `the Fairview Academy Board` EDU, `the
    Lakeside University Board of Trustees` EDU, a board of a bank or a school, not a public board's GOV; None for
    `the Texas Water Development Board` or a name with no weak row (review50e). Also a row used only for a sector
    that is no state's (`the Mercy Hospital Board` BUS, `the City Museum Board` NGO; sect51)."""
    k = next((k for k in range(len(lows) - 1, 0, -1) if lows[k] in _weak_rows()), None)
    if k is None or words.get(lows[k]) != "GOV":
        return None
    word = lows[k - 1].rstrip(".")
    sector = lex.org_sector_words().get(word)
    return lex.org_words().get(word) or (sector if sector not in (None, "GOV") else None)


@functools.lru_cache(maxsize=1)
def _weak_rows() -> frozenset[str]:
    """orgwords.tsv's rows used only for a sector that say GOV (`board`, `task force`): a name's other organisation
    word, if any, says more (`org_sector`)."""
    plain = lex.org_words()
    return frozenset(w for w, sector in lex.org_sector_words().items() if sector == "GOV" and w not in plain)


def partners_name(ent) -> str | None:
    """BUS for an unknown name of two capitalised names joined by `&` and nothing else (`McPherson & Jacobsen`,
    `Baird & Lowe`): a firm named for its partners, as law, accounting and consulting firms are (sect49); None for
    a longer name (`Helen & Douglas House`, whose last word says more) or one with another word, and for one after a
    preposition of place (`shot at Weslayan & Bissonnet`: two streets' corner; actor_words.tsv `corner_prep`)."""
    if ent.end - ent.start != 3 or strings(ent.doc, "ORTH")[ent.start + 1] != "&":
        return None                               # (the columns say no `&` between two words: no Token made)
    if ent.start > 0 and strings(ent.doc, "LOWER")[ent.start - 1] in lex.words("corner_prep"):
        return None
    first, last = ent[0], ent[2]
    return "BUS" if first.is_alpha and last.is_alpha and first.text[:1].isupper() and last.text[:1].isupper() else None


def cause_sector(cause) -> str:
    """The sector of a group named for a cause (its first word, a token): PTY for a candidate's supporters when the
    cause is a person the lexicon knows (`Veterans for Bernie`), else NGO (`for Human Rights`)."""
    return "PTY" if cause.text in lex.person_forms() else "NGO"


def sentence_case(doc, i: int) -> bool:
    """True for a party's word that is also a common word (actor_words.tsv `sentence_case`: `Conservative`)
    standing capitalised only because it opens its sentence, in an article that never writes a word of that class
    capitalised inside a sentence: maybe the common word (`Conservative activists said` in a US story)."""
    words = lex.words("sentence_case")
    tok = tokens(doc)[i]
    if tok.lower_ not in words or not _opens_sentence(doc, i):
        return False
    return not any(t.lower_ in words and t.text[:1].isupper() and not _opens_sentence(doc, t.i) for t in doc)


def _opens_sentence(doc, i: int) -> bool:
    """The word is the first of its sentence or line (quotation marks and brackets before it aside)."""
    k = i - 1
    while k >= 0 and (tokens(doc)[k].is_quote or tokens(doc)[k].is_bracket):
        k -= 1
    return k < 0 or tokens(doc)[k + 1].is_sent_start or tokens(doc)[k].is_space or tokens(doc)[k].text in (".", "!", "?", ":", ";")


def demonym_opens_place(doc, e: int) -> bool:
    """True when the capitalised word at token e, right after a demonym, ends a place's name (actor_words.tsv
    `place_name_end`: `Indian Orchard`, `Dutch Neck`, `German Valley`): the demonym names the place, no nationality
    (act27b)."""
    return e < len(doc) and tokens(doc)[e].text[:1].isupper() and tokens(doc)[e].lower_ in lex.words("place_name_end")


def rank_cut(toks, e: int) -> bool:
    """True when the name ending at token e ends in a short rank or title word (actor_words.tsv `rank_cut`) that a
    person's name follows, after its period or straight on (`RCMP Const. Kwesi Mill`, `DeKalb Police Lt. Jim Rollins`,
    `Oakland Interim Chief Sean Whent`): the rank opens that person's title, it ends no body's or person's name
    (act29b)."""
    last = toks[e - 1]
    if last.lower_.rstrip(".") not in lex.words("rank_cut") or not last.text[:1].isupper():
        return False
    k = e
    if k < len(toks) and toks[k].text == "." and not last.text.endswith("."):
        k += 1
    return k < len(toks) and toks[k].text[:1].isupper() and toks[k].is_alpha


SCORE = re.compile(r"\b\d{1,2} ?[-–] ?\d{1,2}\b")   # a match's score (`2-0`, `1 - 1`)


def plays_result(head, verbs) -> bool:
    """True when a name's head is the subject or object of a match verb (directly, through a preposition, or as the
    subject of a verb a match verb hangs on) in a sentence with a score (codes `_clubs_by_result`; local_news `town_governments`)."""
    sent = head.sent
    if not SCORE.search(sent.text):
        return False
    tok = head.head if head.dep_ == "pobj" and head.head.lower_ in ("to", "over", "against", "with") else head
    gov = tok.head
    if tok.dep_ in ("nsubj", "dobj", "prep") and gov.lemma_.lower() in verbs:
        return True                               # `Zamalek beat Enppi 1-0`, `losing 2-1 to Haras Al-Hedoud`
    return head.dep_ == "nsubj" and any(t.lemma_.lower() in verbs and t.pos_ == "VERB" and
                                        any(a.i == gov.i for a in t.ancestors) for t in gov.subtree)
    #                                             (`Tersana showed determination by beating Misri 2-0`)


def for_a_cause(tok) -> bool:
    """The title ending at `tok` has `for` or `of` after it with no place as its object: `a public advocate for the
    homeless`, `a public advocate of gun control` speak for a cause and hold no office (actor_words.tsv
    `cause_title`; `the public advocate of Harlow` holds one; review52a)."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ not in ("for", "of") or nxt.head.i != tok.i:
        return False
    return not any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC") for c in children(nxt))
