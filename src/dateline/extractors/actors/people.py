"""Pass 2, people: full names, surname-only mentions, titles before a name and the offices they give,
appositions that say who someone is (`Sergei Lavrov, Russia's foreign minister,`).
Speed (speed32b): a candidate inside a longer name is found by `_unheld` (the few starts that can hold it), and the
byline cues are sorted once a set (`_longest_first`); docs/accuracy.md, Speed, has the actors stage's profile."""
from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from typing import Optional

from ...lexicon import actors as lex
from ..quotes.lexicon import given_names, person_titles, speech_verbs, title_genders
from ..quotes.speakers import clause_gender
from .common import (kind_ending_at, for_a_cause, masthead_end, rank_cut, relative_head, is_be, PERSON_LABELS, add, add_org, org_sector, phrase_sector, age_after, add_unknown_org, cause_name, business_officer,
                     civil_officer, cluster, demonym_opens_place, hit_at, is_person_title, case_party, line_at, np_bounds,
                     sports_team, title_case_line, acts_as_person, possessor, PUBLIC_BODY, in_headline)
from .codes import dateline_country, signatures, us_state_forms, us_state_forms_from
from .hits import outlet_use, township_acts
from .local_news import wanted_on_charges
from .reads import NameView, name_view, token_reads
from .state import EITHER, ActorState, Cluster, gated, surname_of
from ..spans import (char_span, children, column, entities, heads, ids_of, indices, lemma_in, lexicon_ids, lowered,
                     per_doc, sentence_of, sentence_tokens, span_of, span_text, span_tokens, string_ids, text, tokens,
                     where, without_possessive, APOSTROPHES)
from ..token_strings import child_indices, strings


@dataclasses.dataclass
class _TitleInfo:
    """What the title words before or around a name say."""
    start: int                      # first token of the title words kept in the mention
    country: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    office: Optional[str] = None
    org: Optional[lex.Organisation] = None
    former: bool = False
    titled: bool = False            # a title word was found (`counterpart` gives no role of its own)


_GENERATIONS = frozenset(("II", "III", "IV", "Jr", "Sr"))   # a son's or father's mark after a surname
_FAMILY_NAME_FIRST = lex.FAMILY_NAME_FIRST   # lexicon people named family name first


class _Names:
    """The people of `st.clusters` by the words of their names, taken in as it grows (it only grows), so that
    finding a person by a name costs the words of the name, not the number of actors."""

    def __init__(self, st: ActorState):
        self.st = st
        self.size = 0
        self.suffix: dict[tuple, tuple[int, Cluster]] = {}     # last k >= 2 words of an unknown person's name
        self.whole: dict[tuple, tuple[int, Cluster]] = {}      # all the words of an unknown person's name
        self.by_form: dict[str, list[Cluster]] = {}            # a surname or alias -> people, in order
        self.by_first: dict[str, list[Cluster]] = {}           # first name of a longer name -> people
        self.spans: dict[int, list] = {}                       # id(person) -> `_Spans` of its mentions (speed41)

    def sync(self) -> None:
        if len(self.st.clusters) == self.size:
            return
        new = list(itertools.islice(reversed(self.st.clusters.values()), len(self.st.clusters) - self.size))[::-1]
        for order, c in enumerate(new, start=self.size):      # (the new people alone, from the end: the dict's
            #                                                   start is not walked again each time it grows)
            if c.key[0] not in ("P", "P?"):
                continue
            parts = c.name.split()
            if c.key[0] == "P?" and len(parts) > 1:
                self.whole.setdefault(tuple(parts), (order, c))
                for k in range(2, len(parts) + 1):
                    self.suffix.setdefault(tuple(parts[-k:]), (order, c))
            forms = set(c.person.aliases) if c.person else set()
            if len(parts) > 1:
                last = surname_of(c.name)
                forms |= {last, last.split("-")[-1]}
                particled = _with_particles(parts, last)
                if particled:
                    forms.add(particled)          # `Greta Van Susteren ... Van Susteren` (act28a)
                    forms.add(particled[:1].upper() + particled[1:])   # and at a sentence's start: `Mohammed
                    #                               bin Salman ... Bin Salman said` (rev28d)
                if _family_name_first(c):
                    forms.add(parts[0])           # `Kim Jong Un ... Mr Kim`: the family name first (act26a), no
                else:                             # first name (rev26a)
                    self.by_first.setdefault(parts[0], []).append(c)
            for f in forms:                       # `O’Neill` and `O'Neill` are one surname
                for v in {f, f.replace("’", "'"), f.replace("'", "’")}:
                    self.by_form.setdefault(v, []).append(c)
        self.size = len(self.st.clusters)

    def mention_spans(self, c: Cluster) -> "_Spans":
        """c's mentions sorted by start, kept as they grow (`Mentions.added`; made again after one is dropped or the
        set replaced): `_by_surname` asks, at each bare surname, which of a person's mentions come before it
        (speed41: the walk over all of them at each one was quadratic in a person's mentions)."""
        m = c.mentions
        rec = self.spans.get(id(c))
        if rec is None or rec.of is not m or rec.removed != m.removed:
            rec = self.spans[id(c)] = _Spans(m, m.removed, len(m.added), sorted(m), {})
        elif rec.seen < len(m.added):
            for span in m.added[rec.seen:]:
                bisect.insort(rec.sorted, span)
            rec.seen = len(m.added)
        return rec


@dataclasses.dataclass
class _Spans:
    """A person's mentions as `_Names.mention_spans` keeps them: `sorted` (start, end) spans, and by surname form the
    starts of the mentions that write more than that form with a space (`full`: the full name), each list with the
    count of `Mentions.added` it has taken in."""
    of: object                            # the Mentions set these were made from
    removed: int                          # its `removed` count then
    seen: int                             # the `added` spans taken into `sorted`
    sorted: list
    full: dict                            # form -> [added spans taken in, sorted starts of its full mentions]

    def first(self) -> Optional[int]:
        return self.sorted[0][0] if self.sorted else None

    def named_by(self, at: int) -> bool:
        """A mention starts at or before `at`."""
        return bool(self.sorted) and self.sorted[0][0] <= at

    def last_before(self, at: int) -> Optional[int]:
        """The start of the last mention that starts at or before `at` (None: none does)."""
        k = bisect.bisect_right(self.sorted, (at, float("inf")))
        return self.sorted[k - 1][0] if k else None

    def full_before(self, text: str, form: str, at: int) -> bool:
        """A mention starting at or before `at` that writes more than `form`, holds it and has a space inside
        (`Ted Cruz` for `Cruz`): the person named before with the full name."""
        rec = self.full.get(form)
        if rec is None:
            rec = self.full[form] = [0, []]
        if rec[0] < len(self.of.added):
            n = len(form)
            for s_, e in (self.of.added[rec[0]:] if rec[0] else self.sorted):
                if e - s_ > n and form in text[s_:e] and " " in text[s_:e].strip():
                    bisect.insort(rec[1], s_)
            rec[0] = len(self.of.added)
        return bool(rec[1]) and rec[1][0] <= at


def _road_named(doc, s: int, e: int) -> bool:
    """True for a name that is a road's (actor_words.tsv `road_word`): three words or more ending in one after a
    preposition or a determiner (`on Rosa Parks Drive`, `the Abraham Lincoln Parkway`; not `Nathan Lane`, nor `Mary
    Ann Lane, 45, was charged`, as Lane and Street are surnames too), two words or more ending in one after a
    preposition of where along a road (actor_words.tsv `road_preposition`: `near Dora Lane`, `off Monte Verde
    Pike`), two words or more ending in an abbreviated one (actor_words.tsv `road_abbrev`: `a Margaret St. home`), or
    a name right before a capitalised one
    (`Martin Luther King Jr. Boulevard`, `the John F. Kennedy Expressway`), as roads and bridges are named after people."""
    roads = lex.words("road_word")
    if e - s >= 2 and tokens(doc)[e - 1].lower_ in lex.words("road_abbrev") and tokens(doc)[e - 1].text[:1].isupper():
        return True                               # `a Margaret St. home`, `on Elm Ave.`: an abbreviated road word,
        #                                           which no surname is (Lane and Street are)
    if e - s >= 2 and tokens(doc)[e - 1].lower_ in roads and tokens(doc)[e - 1].text[:1].isupper() and s > 0 and \
            tokens(doc)[s - 1].lower_ in lex.words("road_preposition"):
        return True                               # `near Dora Lane`, `off Elm Lane`: a short road after a word
        #                                           of where along a road (not `with Nathan Lane`)
    if e - s >= 3 and tokens(doc)[e - 1].lower_ in roads and tokens(doc)[e - 1].text[:1].isupper():
        return s > 0 and (tokens(doc)[s - 1].pos_ == "DET" or tokens(doc)[s - 1].pos_ == "ADP" and tokens(doc)[s - 1].dep_ != "agent")
    return e < len(doc) and tokens(doc)[e].lower_ in roads and tokens(doc)[e].text[:1].isupper() and tokens(doc)[e - 1].whitespace_ != ""


def _nicknamed(toks, s: int, e: int) -> bool:
    """True for a name with a nickname in quotes inside it (`Roderick “Riki” Rowe`, `Marcus "Bo" Tate`): capitalised
    words, an opening quote, one or two capitalised words, a closing quote, capitalised words; the whole is the name."""
    quotes = [k for k in range(s, e) if toks[k].is_quote or toks[k].text in ('"', "“", "”")]
    if len(quotes) != 2 or not s < quotes[0] < quotes[1] - 1 < e - 2 or quotes[1] - quotes[0] > 3:
        return False
    return all(toks[k].text[:1].isupper() and toks[k].is_alpha for k in range(s, e) if k not in quotes)


def _without_nickname(toks, s: int, e: int) -> str:
    """The name of tokens [s, e) without its nickname in quotes (`Roderick “Riki” Rowe` -> `Roderick Rowe`)."""
    quotes = [k for k in range(s, e) if toks[k].is_quote or toks[k].text in ('"', "“", "”")]
    return " ".join(toks[k].text for k in range(s, e) if not quotes[0] <= k <= quotes[1])


def _named_after_saint_or_day(doc, s: int, e: int) -> bool:
    """True for a name opening with a saint's word (actor_words.tsv `saint`: `St Patrick`, `Saint Jude`), which names
    the holiday, street, church or school after it, or for a name before a possessive and a capitalised day's noun
    (`holiday`: `Valentine's Day`, `St Patrick's Eve`): no person."""
    if e - s >= 2 and tokens(doc)[s].lower_ in lex.words("saint") and tokens(doc)[s].text[:1].isupper():
        return True
    return e + 1 < len(doc) and tokens(doc)[e].text in lex.words("possessive_mark") and \
        tokens(doc)[e + 1].lower_ in lex.words("holiday") and tokens(doc)[e + 1].text[:1].isupper()


def _place_before_person_noun(doc, s: int, e: int) -> bool:
    """True for a large city's or a town's name (no lexicon person's) right before a lower-case noun of a person
    (actor_words.tsv `person_noun`: `Sioux Falls woman hurt`, `a Dayton man`, `missing Glen Allen woman`: a town of
    the gazetteer, act37c): where the person is from, not a name."""
    if e >= len(doc) or not tokens(doc)[e].is_lower or tokens(doc)[e].lemma_.lower() not in lex.words("person_noun"):
        return False
    name = span_text(doc, s, e)
    return lex.place_country(name) is not None or e - s >= 2 and bool(lex.settlement_country(name) or
                                                                       lex.town_country(name))


def _townsperson(st: ActorState, s: int, e: int) -> None:
    """`Sioux Falls woman hurt in shooting` (in a headline): someone unnamed from that city, an actor of their own
    (private unless the noun's title says otherwise); the home country decides the country (codes.py), as a city's
    name may be a larger one's abroad."""
    doc, noun = st.doc, st.toks[e]
    if noun.tag_ != "NN" or not in_headline(st, tokens(doc)[s].idx):
        return                                    # (in the body, `The Mansfield winner may compete`: nobody yet)
    start, end = tokens(doc)[s].idx, noun.idx + len(noun)
    if s > 0 and tokens(doc)[s - 1].lower_ in ("a", "an") and tokens(doc)[s - 1].i == s - 1:
        start = tokens(doc)[s - 1].idx
    kinds = lex.titles().get(noun.lemma_.lower(), {})
    kind = kinds.get("person") or kinds.get("civil")
    c = cluster(st, ("D", noun.lemma_.lower(), start), st.ctx.text[start:end], sector=kind.sector if kind else "CVL",
                role=kind.role if kind and "person" in kinds else None)
    add(st, c, start, end)
    st.taken.append((start, end))


def _town_forms(st: ActorState) -> frozenset:
    """The names the article writes as a town's, a region's or an island's (act37c: `the Indonesian island of Java`,
    `from Dogu Beyazit, a farming town`, `of Swanton, Ohio`, `Telegraph Road in Glen Allen`, `missing Glen Allen
    woman`), in an entity of any label, no lexicon person's and after no title:
    - the `of`-object of a lower-case noun of a place (actor_words.tsv `place_of`: `the town of X`, `the state of X`);
    - a name before a comma and a lower-case phrase ending in such a noun (`X, a farming town`);
    - a name before a comma and a US state or a country (`_town_of_state`);
    - a town of the gazetteer (`lex.settlement_country`, `lex.town_country`, `lex.us_town`) as the object of a
      locative preposition on a verb or a name (`seen in X`, `Telegraph Road in X`) or before a lower-case noun of a
      person (`_place_before_person_noun`).
    A name tagged as a person's is then the place's wherever it stands (`Harlow is some 30 miles east of Dayton`);
    not a surname of a longer person's name of the article (`Tony Jackson` in a story from `JACKSON, Miss.`), nor a
    name that is anywhere the subject of a verb (`Stockton calls in DOJ for help`: the town acts)."""
    doc, toks = st.doc, st.toks
    places, locative = lex.words("place_of"), lex.words("locative")
    found = set()
    for ent in entities(doc):
        if ent.label_ not in PERSON_LABELS and ent.label_ not in ("GPE", "LOC", "ORG", "FAC"):
            continue
        s, e = ent.start, ent.end
        while s < e and toks[s].pos_ == "DET":
            s += 1
        while e > s and (toks[e - 1].text in lex.words("possessive_mark") or toks[e - 1].is_punct):
            e -= 1
        if s >= e or any(st.hits.get(k, ("",))[0] == "PER" for k in range(s, e)) or \
                s > 0 and toks[s - 1].is_title and toks[s - 1].lower_ in lex.title_words():
            continue
        name = span_text(doc, s, e)
        root, head = ent.root, ent.root.head
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.is_lower and head.head.lemma_ in places or \
                _town_apposition(toks, e, places) or _town_of_state(doc, e) or \
                (root.dep_ == "pobj" and head.lower_ in locative and head.head.pos_ in ("VERB", "AUX", "PROPN") or
                 _place_before_person_noun(doc, s, e)) and \
                bool(lex.settlement_country(name) or lex.town_country(name) or lex.us_town(name)):
            found.add(name)
    if found:
        surnames = {toks[ent.end - 1].text for ent in entities(doc) if ent.label_ in PERSON_LABELS and len(ent) > 1}
        found -= surnames                         # (`JACKSON, Miss.` over `Mayor Tony Jackson ... Jackson said`)
        found -= {name for ent in entities(doc) if (name := span_text(doc, ent.start, ent.end)) in found and
                  ent.root.dep_ == "nsubj" and ent.root.head.pos_ == "VERB"}   # (a name found first, then its root:
        #                                           `span_text` is `ent.text`, cut from the text; speed39b)
        #                                           (`Stockton calls in DOJ`: the town acts, its government)
    return frozenset(found)


def _dateline_town_word(st: ActorState, i: int) -> bool:
    """True for a one-word name written as the story's dateline town and used as a place: right before a noun of a
    town's part (actor_words.tsv `town_part`: `Clinton police`, `Clinton Police Chief Brian Guy` under `CLINTON,
    Iowa`) or as the object of a place's preposition (actor_words.tsv `town_preposition`: `the Capitol in Jackson`
    under `JACKSON, Miss.`; not `shouted at Warren`, `Warren voters`, review51d): the town,
    no mention of a person who bears the name (Hillary Clinton, the Rev. Jesse Jackson; ident51). `Jackson said`
    and `Jackson's march` stay the person's."""
    dl = st.ctx.layout.dateline
    if dl is None or not dl.place or " " in dl.place:
        return False
    tok = st.toks[i]
    if tok.text.lower() != dl.place.lower() or not tok.text[:1].isupper() or tok.text.isupper():
        return False
    nxt = st.toks[i + 1] if i + 1 < len(st.toks) else None
    if nxt is not None and nxt.lower_ in lex.words("town_part") and nxt.lower_ not in _BACKERS and \
            nxt.text[:1].islower() == nxt.is_lower and tok.whitespace_:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in lex.words("town_preposition")
    #                                             (not `at`, `over`, `beside`: `shouted at Warren`; review51d)


_BACKERS = frozenset(("voters",))                 # `Warren voters` in a campaign story: hers (review51d)


_THING_PRONOUNS = frozenset(("it", "its"))
_PERSON_PRONOUNS = frozenset(("he", "his", "him", "she", "her", "hers"))


def _firm_word(st: ActorState, i: int) -> bool:
    """True for a one-word name that opens a longer name of a firm in the article (`Ford Motor Co.`, `Dell Inc.`: a
    lexicon company, or an ORG entity whose last word is a firm's, orgwords.tsv BUS) and is used as that firm's: before
    a noun of a firm's part (actor_words.tsv `firm_part`: `Dell shares rose`) or the subject of a verb of speech whose
    clause speaks of it as a thing (`Ford said it would close its offices`, no he/she there): the firm, no mention of a
    person who bears the name (Gerald Ford, Michael Dell; ident51). `Ford said he ...` stays the person's, and so does a
    name the tagger ran into another (`Scott - Brentley Vinson` tagged ORG)."""
    tok = st.toks[i]
    nxt = st.toks[i + 1] if i + 1 < len(st.toks) else None
    if nxt is not None and nxt.is_lower and nxt.lower_ in lex.words("firm_part") and tok.whitespace_:
        pass
    elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in speech_verbs():
        words = {t.lower_ for t in tok.head.subtree if t.i > i}
        if not words & _THING_PRONOUNS or words & _PERSON_PRONOUNS:
            return False
    else:
        return False
    words = lex.org_words()
    for ent in entities(st.doc):
        if ent.label_ == "ORG" and len(ent) > 1 and ent.start != i and st.toks[ent.start].text == tok.text and \
                words.get(st.toks[ent.end - 1].lower_.rstrip(".")) == "BUS":
            return True
    return any(h[0] == "ORG" and h[2] - k > 1 and k != i and st.toks[k].text == tok.text and
               getattr(h[1], "sector", None) == "BUS" for k, h in st.hits.items())


def _town_apposition(toks, e: int, places) -> bool:
    """True for a name before a comma and a lower-case phrase of up to four words opening with an article and headed
    by a noun of a populated place (`Harlow, a mining town in western Ohio`; not `Brian Connors, acting city
    chief development officer` nor `Tom Kellerby, the town's mayor`, where the noun modifies or owns the one after)."""
    if e + 2 >= len(toks) or toks[e].text != "," or toks[e + 1].lower_ not in ("a", "an", "the"):
        return False
    for j in range(e + 2, min(e + 6, len(toks))):
        t = toks[j]
        if not t.is_lower or not t.is_alpha:
            return False
        if t.pos_ == "NOUN" and t.lemma_ in places:
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            return nxt is None or nxt.text not in lex.words("possessive_mark") and (
                nxt.is_punct or nxt.pos_ in ("ADP", "CCONJ", "SCONJ", "VERB", "AUX", "ADV", "PRON", "DET"))
    return False


def _town_after_locative(ent) -> bool:
    """True for a large city's name (no lexicon person's) tagged as a person as the object of a locative preposition
    (`in central Sioux Falls`): a place, as its preposition says (codes.py reads it so for the home country)."""
    return ent.label_ == "PERSON" and ent.root.dep_ == "pobj" and ent.root.head.lower_ in lex.words("locative") and \
        lex.place_country(ent.text) is not None


def _site_after_preposition(st: ActorState, ent, s: int, e: int) -> bool:
    """True for a name tagged as a person that is the object of a preposition said only of places (actor_words.tsv
    `site_preposition`: `shot near Churchill Downs`) that opens with no common given name, that no lexicon person's name
    covers whole, nor a title stands before, on no verb of where someone sits or stands (`beside_verb`: `sat
    beside Ilham Aliyev`): a place named after someone, not the person."""
    if ent.label_ not in PERSON_LABELS or ent.root.dep_ != "pobj" or ent.root.head.lower_ not in lex.words("site_preposition"):
        return False
    if ent.root.head.head.lemma_.lower() in lex.words("beside_verb"):
        return False                              # `sat beside Ilham Aliyev`, `stood near ...`: beside a person
    h = st.hits.get(s)
    if h and h[0] == "PER" and h[2] >= e or s > 0 and st.toks[s - 1].lower_ in lex.title_words() or \
            st.toks[s].lower_ in given_names():
        return False                              # (`waited near Bill Smith`: a given name opens a person's name)
    return e - s >= 2 and not any(st.hits.get(k, ("",))[0] == "PER" and st.hits[k][2] == e for k in range(s, e))


def people(st: ActorState) -> None:
    """Every person named: lexicon names and PERSON entities, then surnames and first names alone."""
    doc = st.doc
    toks = st.toks
    names = _Names(st)
    cands = []                           # (start tok, end tok, form, from_ent)
    covered = set()
    teams = _team_spans(st)              # `Team Clinton` (tokens): a campaign, once its candidate is known
    in_team = {i for s, e in teams for i in range(s, e)}
    covered.update(in_team)
    in_list = set()                      # first tokens of names listed in an entity taken for an organisation
    suffixed: dict[int, str] = {}        # first tokens of names written with a generation after a comma -> the name
    full_ends: dict[str, set] = {}       # the last word of each full name -> where it stands (`_glued_names`)
    for ent in entities(doc):
        if ent.label_ in PERSON_LABELS and len(ent) > 1 and toks[ent.start].lower_ not in lex.words("honorific") and \
                toks[ent.start].is_alpha:
            full_ends.setdefault(toks[ent.end - 1].text, set()).add(ent.end - 1)
    full_surnames = set(full_ends)
    #                                      (an entity's words off the doc's token list: `ent[0]` makes a Token)
    firsts: list[set] = []               # first words of capitalised pairs, made at the first dweller only (a
    #                                      Token made for every word of every article cost 1.5% of the extractors)

    def full_firsts() -> set:
        if not firsts:
            firsts.append({t.text for t in doc[:-1] if t.text[:1].isupper() and t.is_alpha and t.whitespace_ == " "
                           and t.nbor().text[:1].isupper() and t.nbor().is_alpha})
        return firsts[0]
    towns = _town_forms(st)
    openers, gates = _title_openers(), gated()
    for ent in entities(doc):
        if st.ctx.skipped(ent.start_char, ent.end_char):
            continue
        if gates and ent.end - ent.start == 1 and ent.label_ not in PERSON_LABELS and \
                (first := toks[ent.start].lower_.rstrip(".")) not in openers and " " not in first and first != ",":
            continue                              # (speed39b's gate of the five tests below: a one-word entity of
            #                                       another label opens no title, holds no possessive, `of` or
            #                                       comma, and is too short for a titled or aged name)
        after = _name_after_title(st, ent) if ent.label_ != "DATE" else _aged_name_in_date(st, ent)
        if after is not None:                     # `First Selectman` tagged ORG before an untagged `Jeremy J. Fay`:
            cands.append((after[0], after[1], span_text(doc, *after), True))   # the title's person (act33c)
            covered.update(range(*after))
            continue
        owned = _possessed_name(st, ent)          # `National Review’s Jonah Goldberg` tagged ORG: the person
        placed = _name_of_place(st, ent) if owned is None else None   # `Joe Ann Dole of Ardmore` tagged ORG
        listed = _listed_names(st, ent) if owned is None and placed is None and ent.label_ not in PERSON_LABELS \
            else None
        if two_given_names(ent):
            for k in (ent.start, ent.start + 2):  # `cousins Dillon and Connor` tagged as one name (a person's or a
                cands.append((k, k + 1, toks[k].text, True))   # body's): two people, each by the given name alone
                covered.add(k)                    # (act57c)
            continue
        if owned is None and placed is None and ent.label_ not in PERSON_LABELS and not _titled_name(st, ent) and \
                not listed:
            continue
        for ls, le in listed or ():               # `Kylie, Naomi Campbell` tagged ORG: people listed (act26a);
            cands.append((ls, le, span_text(doc, ls, le), True))   # the last one is the name after the comma below
            covered.update(range(ls, le))
            in_list.add(ls)
        s, e = (owned, ent.end) if owned is not None else (ent.start, placed or ent.end)
        while e > s and (toks[e - 1].text in lex.words("possessive_mark") or toks[e - 1].is_punct):
            e -= 1
        if e - s >= 3 and toks[e - 1].is_lower and toks[e - 2].text == "-" and not toks[e - 3].whitespace_ and \
                not toks[e - 2].whitespace_:
            e -= 2                                # `the Donald Trump-led field`: the name before the glued
            #                                       participle (act36a)
        while s < e and (toks[s].is_punct or toks[s].pos_ == "DET" or toks[s].is_space):
            s += 1                                # `― Jacklyn Ashley`, `a Mitt Romney`
        while s < e - 2 and any(ch.isdigit() for ch in toks[s].text) and is_person_title(toks[s + 1]):
            s += 1                                # `K-9 Trooper Jason Hale` tagged whole: a unit's mark, then the title
            #                                       the loop below leaves out (act33c)
        while s < e and (toks[s].lower_ in lex.title_words() or _plural_title(toks, s)) and \
                span_text(doc, s, e) not in lex.person_forms() and \
                not (toks[s].lower_ in given_names() and s + 1 < e and toks[s + 1].lower_ not in lex.title_words()) \
                and not _titled_surname_word(toks, s, e):
            s += 1                                # (`Lance Armstrong`, `Rebel Wilson`: a given name that is also a
            #                                       word of a title, `Lance Corporal Hill`, is one before a surname;
            #                                       rev28c)
        while s < e - 1 and toks[s].lower_ in lex.words("party_member") and \
                span_text(doc, s + 1, e) in lex.person_forms():
            s += 1                                # `Democrat Obama` tagged whole: his party, then his name (rev28d)
        if _role_opening_name(toks, s, e):
            s += 1                                # `Striker Dimitar Berbatov` at a sentence start: a role, then the
            #                                       full name (ident41b)
        while s < e - 1 and _dweller(toks[s]) and (e - s > 2 or toks[s + 1].lower_ in given_names() or
                                                   toks[s + 1].text in full_firsts()):
            s += 1                                # `Londoner Jade` tagged whole: where she is from, then her name
            #                                       (a full name, a given name or a word that opens a name elsewhere
            #                                       must follow: not `Kiran Patel`, `Karan Mehta`, rev27b)
        while s < e - 1 and toks[s].lower_ in lex.words("honorific") and toks[e - 1].text in full_surnames and \
                _one_gender_honoured(st.ctx.text, toks[e - 1].text):
            s += 1                                # `Mr Carroll` tagged whole (no period) beside `Stephen Carroll`:
            #                                       the surname, which joins the full name (no `Mr Carroll` apart;
            #                                       not where `Mr Kelly` and `Mrs Kelly` are both named: two people)
        if s < e - 2 and toks[s].lower_ in lex.words("credit_title"):
            s += 1                                # `Staff Writers Sandy Hodson` tagged as one name: the writer
        if ent.label_ in PERSON_LABELS and e - s >= 4:
            s = _after_area_title(toks, s, e)     # `Anderson County Coroner Greg Shore` tagged whole: the name
            #                                       after the area and the title (act36c)
        if e - s >= 2 and rank_cut(toks, e):
            continue                              # `RCMP Cpl.` of `RCMP Cpl. Ann Roy` cut by the sentence splitter: a
            #                                       body and a rank, the person's name after them (act29b)
        if e - s == 1 and toks[s].lower_.rstrip(".") in lex.words("service_rank") and toks[s].lower_ not in lex.words(
                "rank_elsewhere"):
            continue                              # `Sgt` cut from `Sgt. Blaise Dresser` by the sentence splitter
        if e - s == 1 and rank_cut(toks, e):
            continue                              # `Insp`, `Supt`, `Cmdr` alike, a name after them (ident41b)
        if s < e - 1 and toks[s].pos_ == "AUX" and toks[s].dep_ == "aux":
            s += 1                                # `Will Sanders come down ...?`: a question's verb, no given name
        if s < e - 1 and toks[s].lower_ in ("follow", "by") and (s == 0 or "\n" in toks[s - 1].text_with_ws):
            s += 1                                # `Follow Ian Hanchett on Twitter`, `By Jo Lee` (a byline)
        if not _nicknamed(toks, s, e):
            s = next((k + 1 for k in range(e - 2, s - 1, -1) if toks[k].is_quote or toks[k].text in (",", ";", ":")), s)
        #                                           `paranoia,”Clinton`: the name after the quote mark (not
        #                                           `Roderick “Riki” Rowe`: a nickname inside the name)
        if ent.label_ in PERSON_LABELS and (e - s == 1 or toks[s].is_lower and toks[s].lower_ in
                                            lex.words("name_particle")) and _cut_given_name(st, s):
            s -= 1                                # `Mayor Sadiq Khan` with only `Khan` tagged: the given name too;
            #                                       `Saudi Prince Alwaleed bin Talal` with `bin Talal` tagged (act37a)
        if any(i in in_team for i in range(s, e)):
            continue                              # `Team Clinton`: the candidate's campaign, not a person
        if toks[e - 1].dep_ == "compound" and toks[e - 1].head.i >= e and toks[e - 1].head.is_lower and \
                toks[e - 1].head.lemma_.lower() in lex.words("facility"):
            continue                              # `the Miss Universe pageant`: the name of a thing or a place
        if _named_after_saint_or_day(doc, s, e):
            covered.update(range(s, e))
            continue                              # `St Patrick's Day`, `on St Brigid's Drive`: a day, a street
        road = _road_named(doc, s, e)
        named = any(st.hits.get(k, ("",))[0] == "PER" for k in range(s, e))
        townsperson = not road and not named and _place_before_person_noun(doc, s, e)
        if road or townsperson or not named and (_town_after_locative(ent) or span_text(doc, s, e) in towns) or \
                _site_after_preposition(st, ent, s, e):
            covered.update(range(s, e))           # (nor a lexicon name inside it: `Abraham Lincoln Parkway`)
            if townsperson:
                _townsperson(st, s, e)
            continue                              # `Rosa Parks Drive`, `on Martin Luther King Jr. Boulevard`: a road;
            #                                       `Sioux Falls woman` (a headline): a place, then who
        if e - s == 1 and (_dateline_town_word(st, s) or _firm_word(st, s)):
            covered.add(s)
            st.hits.pop(s, None)
            continue                              # `Clinton police` under `CLINTON, Iowa`: the town; `Ford said it`
            #                                       beside `Ford Motor Co.`: the firm (ident51)
        if "--" in toks[s].text[1:-1]:
            continue                              # `wounded.--Kevin Johnson`: a digest's signature glued to the
            #                                       word before (`_credit_lines` takes the name)
        if any(t.text[:1] == "@" for t in toks[s:e]) or (e - s == 1 and len(toks[s]) == 1):
            continue                              # `Twitter @IanHanchett` (handles: `_handles`), `I`
        if s >= e:
            continue
        if _written_lower(st, s, e):
            continue                              # `during a major garda operation` (`garda` tagged PERSON)
        k = next((i for i in range(s + 1, e - 1) if toks[i].text in _POSSESSIVE), None)
        if k is not None and ent.label_ in PERSON_LABELS and toks[k + 1].text[:1].isupper() and \
                (toks[s].lower_ in given_names() or _lexicon_person(st, span_text(doc, s, k)) is not None):
            if toks[e - 1].lower_ in lex.org_words():
                add_unknown_org(st, k + 1, e, lex.org_words()[toks[e - 1].lower_], None)
            e = k                                 # `Hank Greenberg’s C. V. Starr & Company` tagged as one person:
            #                                       the owner, and what he owns (a company when its last word says so)
        if e < len(doc) and toks[e - 1].lower_ in lex.title_words() and toks[e].pos_ == "PROPN" and \
                toks[e].is_title and not toks[e - 1].whitespace_ == "":
            continue                              # `Clark County Sheriff` tagged PERSON before `Joe Lombardo`: a title
        h = st.hits.get(s)
        if h and h[0] != "PER" and h[2] == e:
            continue                              # `Kiev` tagged PERSON: a capital, not a person
        if any(st.hits.get(k, ("",))[0] == "ORG" and st.hits[k][2] == e for k in range(s + 1, e)):
            continue                              # `the Obama White House`: the organisation a name qualifies
        edition = next((k for k in range(e - 1, s, -1) if lex.place_country(span_text(doc, k, e)) and
                        span_text(doc, s, k) in lex.organisation_forms()), None)
        if edition is not None:                   # `Breitbart London` tagged PERSON: an outlet's edition, that
            org = lex.organisation_forms()[span_text(doc, s, edition)]   # outlet (and the employer of a person named
            add_org(st, org, toks[s].idx, toks[e - 1].idx + len(toks[e - 1]))   # after its possessive)
            st.taken.append((toks[s].idx, toks[e - 1].idx + len(toks[e - 1])))
            if e < len(doc) and toks[e].text in lex.words("possessive_mark"):
                st.owner_sector[e + 1] = org.sector
            continue
        if ent.label_ in PERSON_LABELS and _letters_then_name(toks, s, e) and span_text(doc, s, e) not in \
                lex.person_forms():
            add_unknown_org(st, s, e, None, None)  # `NRC Handelsblad` tagged PERSON: letters of a body, then a
            continue                              # name; no person to take `he` (act37a)
        if masthead_end(doc, s, e) and not age_after(doc, e) and span_text(doc, s, e) not in lex.person_forms():
            add_unknown_org(st, s, e, "MED", None)   # `the Harlow Herald-Leader` tagged PERSON: a newspaper's name,
            continue                              # two masthead words a hyphen joins (act54b; not `Mia Post-Leader,
            #                                       34`, `Officer Dane Star-Herald`: a given name, an age or a title
            #                                       says a person's double surname)
        last = toks[e - 1].lower_
        if e - s > 1 and last in lex.org_words() and span_text(doc, s, e) not in lex.person_forms() and \
                not age_after(doc, e) and not _surnamed_like_a_body(st, s, e):
            add_unknown_org(st, s, e, lex.org_words()[last], None)   # `Delhi Police` tagged PERSON (not `Brandy
            continue                              # Council, 34,`: an age says a person, act24)
        if e - s >= 2 and _word_before_name(st, s, e):
            s += 1                                # `Bashing Trump may be job one`, `Crooked Hillary Clinton`: a verb
            #                                       or an adjective before a name known apart, no given name (act35g)
        elif e - s >= 3 and _lower_word_before_name(toks, s):
            s += 1                                # `rookie Josh Wilson` tagged PERSON: a calling, no name (ident39)
        e = _joined_particle_end(toks, e)         # `Abbas a-Sayed` tagged `Abbas`: the whole name, not Mahmoud Abbas
        s = _lexicon_name_start(st, s, e)         # `Karim Khan` tagged `Khan`: the lexicon's whole name
        # a lexicon name that overlaps the entity at its start (the entity may run on)
        h = st.hits.get(s)
        if h and h[0] == "PER" and h[2] >= e:
            s, e = s, h[2]
        elif h and h[0] == "PER" and h[2] < e and _headline_line(st, toks[s].idx, toks[e - 1].idx + len(toks[e - 1])):
            e = h[2]                              # `Marco Rubio Responds To Question` (a headline): the name
        else:                                     # `Crooked Hillary Clinton`: the name ends the entity
            for k in range(s + 1, e):
                h = st.hits.get(k)
                if h and h[0] == "PER" and h[2] == e:
                    if k == s + 1 and _opening_verb(st, s):
                        s = k                     # `Combine Clinton and Sanders' numbers`: a verb, no given name
                        break
                    if _other_given_name(st, span_of(doc, s, k), h[1]):
                        st.hits.pop(k)            # `Michelle Obama`, `Jeb Bush`: another person
                        break
                    s = k
                    break
        e = _garbled_end(doc, e)                  # `Marc TrÃ©vidic`: a name runs on over a garbled letter
        cut = next((k for k in range(s + 1, e) if toks[k].is_lower and toks[k].is_alpha and toks[k - 1].whitespace_ and
                    toks[k].lower_ not in lex.words("name_particle") and _joined_particle_end(toks, k) == k or
                    "\n" in toks[k - 1].whitespace_ + toks[k].text), None)
        if cut is not None:
            e = cut                               # `Sarah Silverman heckles Sanders supporters` (a headline);
            #                                       a name never runs over a line break
        son = _generation_after(st, s, e)
        if son is not None:                       # `Donald Trump, Jr.`: the son, not the lexicon's Donald Trump
            for k in range(s, son[0]):            # (ident35)
                if st.hits.get(k, ("",))[0] == "PER":
                    st.hits.pop(k)
            suffixed[s] = son[1]
            covered.update(range(s, son[0]))
            e = son[0]
        glued = _glued_names(st, s, e, full_ends) if son is None and e - s >= 2 else None
        if glued is not None:                     # `Sanders Clinton Clash Over ...` (a headline), `included Fred
            cands.append((s, glued, span_text(doc, s, glued), True))   # Thompson Joe Lieberman and`: two people
            s = glued                             # with no comma between them, each a name of its own (ident49)
        cands.append((s, e, son[1] if son is not None else _unglued(_bare_name(span_text(doc, s, e))), True))
        covered.update(range(s, e))
    for s, (label, entry, e) in list(st.hits.items()):
        if label == "PER" and not any(i in covered for i in range(s, e)):
            if e - s == 1 and toks[s].pos_ != "PROPN":
                continue                          # `Ban on imports`, `Rice prices`
            if _inside_place_name(toks, s, e):
                continue                          # `Carson City`, `Lake Powell`: a place named after someone (act36d)
            if e - s == 1 and _dateline_town_word(st, s):
                st.hits.pop(s)
                continue                          # `Clinton police` under `CLINTON, Iowa`: the town (ident51)
            if _untagged_given_name(st, s) and _other_given_name(st, span_of(doc, s - 1, s), entry, tagged=False):
                st.hits.pop(s)                    # `Ivanka Trump` untagged: another person of that surname
                cands.append((s - 1, e, span_text(doc, s - 1, e), True))
                covered.update(range(s - 1, e))
                continue
            cands.append((s, e, entry, False))
    for k in _titled_lone_names(st, covered):     # `Harlan, a former state senator, testified` (untagged): a
        cands.append((k, k + 1, toks[k].text, True))  # surname alone that an office in apposition says is a person
        covered.add(k)
    for k in _untagged_namesakes(st, cands, covered):   # `Lety Hernandez` (untagged) beside `Fredi Hernandez`
        cands.append((k, k + 2, span_text(doc, k, k + 2), True))
        covered.update((k, k + 1))
    cands = [_with_nickname(st, *c) for c in cands]   # `William "Bill" Clinton`: Bill Clinton, not Hillary
    shortest = min((c[1] - c[0] for c in cands), default=0)    # (only a name longer than the shortest holds one:
    wide = {(o[0], o[1]) for o in cands if o[1] - o[0] > shortest}   # those alone, each once)
    cands = _unheld(cands, wide)                  # (not inside a longer name)
    paired = _paired_given_names(st, cands)       # `Bill and Hillary Clinton`: Bill Clinton too
    cands = [c for c in cands if c[0] not in paired] + list(paired.values())
    labels = set()
    for s, e in _speaker_labels(st):               # `KATE BOULDUAN:` / `BOULDUAN:` opening a transcript's lines
        if not any(i in covered for i in range(s, e)):
            cands.append((s, e, span_text(doc, s, e).title() if e - s > 1 else toks[s].text, e - s > 1))
            covered.update(range(s, e))
            labels.add(s)
    in_title = (lambda k: in_headline(st, toks[k].idx))   # a headline's names last: a bare surname there is the
    #                                                        body's person of that name
    cands.sort(key=lambda c: (in_title(c[0]), c))
    full = [c for c in cands if c[1] - c[0] > 1 or c[0] in paired or c[0] in in_list or _lexicon_person(st, c[2])]
    ends = {toks[o[1] - 1].text for o in full if o[1] - o[0] > 1}   # (the last words of the full names: a bare
    full = [c for c in full if gates and c[1] - c[0] == 1 and c[2] not in ends or   # surname that ends none has no
            not _namesake_ahead(st, c, full, in_title)]                           # one ahead; speed39b's gate)
    #                                               (`Obama said ... Maria Obama, the owner`)
    in_full = set(full)
    single = [c for c in cands if c not in in_full]
    headed = set()                                # tokens of bodies a title heads (no surname of a person there)
    for s, e, form, _ in full:
        if sports_team(span_of(doc, s, e)):                 # `the Minnesota Vikings` tagged PERSON
            add_unknown_org(st, s, e, "BUS", lex.place_country(" ".join(t.text for t in toks[s:e - 1])))
            continue
        if _headed_body(st, s, e, form):          # `Ann Lee, president of Lee Brothers`: what she heads
            headed.update(range(s, e))
            words = lex.org_words()
            add_unknown_org(st, s, e, next((words[t.lower_] for t in reversed(toks[s:e]) if t.lower_ in words), None)
                            or cause_name(span_of(doc, s, e)), None)
            continue
        if _names_a_thing(st, e) or _hometown_after_age(toks, s) or _society_letters(toks, s, e) or \
                (e - s == 1 or _hyphened_word(toks, s, e) or _particle_surname(toks, s, e)) and \
                _the_surname_thing(st, s, e):     # `the Harry Truman Library`, `the Clinton Foundation`: the
            for i in range(s, e):                 # longer name may still be an organisation (states.py); `Kayla
                #                                   Hart, 21, of McDonough`: a town; `The Perry Chief`: a
                #                                   newspaper (act29a); `Psi Iota Xi`: a society (act32c)
                if st.hits.get(i, ("",))[0] == "PER":
                    st.hits.pop(i)
            continue
        person = _titled_person(st, form, s)
        bare = e - s == 1 or _hyphened_word(toks, s, e) or _particle_surname(toks, s, e)   # a surname alone
        #                                           (`Clinton`; `Ocasio-Cortez`: three tokens; `Van Rompuy`: two)
        if bare and person is None and in_title(s):
            c = _body_person(names, form, st, s)  # `AFTER Clinton Raped Me` over a story on Bill Clinton
            if c is not None:
                _person_mention(st, c, s, e)
                continue
        if bare and person is None:               # `Clinton` after `Bill Clinton`: the article's own Clinton
            c = _by_surname(st, names, form, s, article_only=True)
            if c is not None and _title_rules_out(st, c, form, s):
                continue                          # `President Bush` after `Governor Bush` (Jeb) in 2016: which
                #                                   former president is not said
            if c is not None:
                _person_mention(st, c, s, e)
                continue
        if bare and person is None:
            known = _known_unknown(st, form, s)
            if known is not None:
                _person_mention(st, known, s, e)  # `Prime Minister Bhutto` in 1975, found to be no lexicon
                continue                          # Bhutto, then `Bhutto said`: the same someone, not Benazir
        titled_by = person
        person = person or _lexicon_person_at(st, form, s)
        if person is not None and bare and titled_by is None:
            person = _kin_told_other(st, person, form, s)   # `Clinton ... his wife, Hillary Clinton`: Bill
        if person is not None and bare and titled_by is None and \
                (given := _given_name_of_named(st, names, person, form, s)) is not None:
            _person_mention(st, given, s, e)      # `Perry Lindqvist ... spoke to Perry`, `Coach Rubio Sandoval ...
            continue                              # Rubio, who played`: his given name, no lexicon Perry or Rubio
            #                                       (ident53, known53; one rule: review53c)
        if person is not None and bare and _titled_several(st, form, s):
            person = None                         # `Former Presidents Bush and Clinton` undated: which Bush (ident51)
        if person is not None and bare and _line_given_name(st, s, person):
            s -= 1                                # `Sy Burr.` signing a reader's letter: no Richard Burr (ident50)
            person, form = None, span_text(doc, s, e)
        dated_out = person is not None and bare and _long_before(st, person, s)
        if dated_out:
            person = None                         # `Trudeau said` in 1975: not Justin Trudeau, but someone (act29a)
        if person is None and e - s > 1 and form not in lex.person_forms():
            person = _first_name_match(st, span_of(doc, s, e))
        if person is not None and bare and not getattr(st.clusters.get(("P", person.name)), "mentions", None) \
                and _title_misfits(st, person, s):
            person = None                         # `President Kim` in Seoul: not the World Bank's Jim Yong Kim
        if person is not None and (_namesake(st, person, e - 1) or _aged_stranger(st, person, s, e) or
                                   _club_town(st, person, s, e) or bare and (_appositive_stranger(st, person, form, e - 1) or
                                                               _foreign_stranger(st, person, form, e - 1))):
            person = None                         # `John Kennedy` in a story on a hockey game: not the senator;
            #                                       `McDaniel, 19, was arrested`: not the party chair (act32c);
            #                                       `relative success at Bolton`: a club (act33); `Dr. Carson, an
            #                                       emergency physician` (ident48)
        if person is not None and (_local_post_misfits(st, person, _title_role(st, s)) or
                                   _local_post_misfits(st, person, _appositive_info(st, toks[e - 1]))):
            person = None                         # `Officer Mike Pence`, `Boris Johnson, a Tampa city councilman`
        abroad = _foreign_apposition(st, toks[e - 1], person) if person is not None else None
        stranger = False
        if person is not None and (_private_apposition(toks[e - 1]) or _introduced_by_name(toks[e - 1]) or abroad or
                                   _told_as_private(st, person, toks[e - 1].text)) \
                and not _office_named(st, person) or person is not None and (_told_unrelated(st, s, e) or
                                                                         _introduced_by_name(toks[e - 1])):
            person = None                         # `John Roberts, a plumber from Ohio,`, `a pastor named Mike
            #                                       Pence`: not the chief justice, not the governor; `John McCain, no
            #                                       relation to the Arizona senator` (the office named is the other's);
            #                                       `a retired machinist named Scott Walker` beside the governor
            stranger = True
        if person is not None:
            c = cluster(st, ("P", person.name), person.name, person=person)
        elif _legal_form_name(st, s, e):
            continue                              # `Rusty Wallace Inc.`, `Harvick Inc.` of `Kevin Harvick Inc.`: a
            #                                       company (made by `_legal_form_name`), no person (act57a)
        else:
            key = ("P?", form if s in labels or s in paired or s in suffixed else
                   _unglued(_bare_name(" ".join(t.text for t in toks[s:e]))))   # (`KATE BOULDUAN:` as
            #                                                                           `Kate Boulduan`)
            if e - s == 1 and s not in paired and s not in in_list and not (_person_like(st, toks[s]) or dated_out) or (lex.non_actor(key[1]) or lex.non_actor(span_text(doc, s, e))) and not _addressed_language(toks, s, e) and \
                    not (2 <= e - s <= 3 and _rank_right_before(toks, s) and not _place_object(toks, toks[e - 1])) or \
                    _product(toks[e - 1]) and not _after_age(toks, s) or _credit_line(toks[e - 1]) or \
                    case_party(doc, s, e) or _town_of_state(doc, e) or any(t.like_num for t in toks[s:e]) or \
                    e - s >= 2 and toks[e - 1].text.istitle() and toks[e - 1].lower_ in lex.words("town_last") and \
                    not (toks[e - 1].lower_ in lex.words("township_word") and township_acts(toks, s, e)) or \
                    all(t.lower_ in lex.words("honorific") for t in toks[s:e]) or \
                    e - s >= 4 and any(lex.non_actor("x " + t.lower_) for t in toks[s:e]):
                continue                          # `Cruz 42-40` (a poll), `Mr.` alone, `Historic Climate
                #                                   Change Agreement Adopted` (a headline); `Ho Chi Minh City` (act36a)
            if _nicknamed(toks, s, e):            # `Roderick “Riki” Rowe`, `Roderick "Riki" Rowe`: one person,
                key = ("P?", _without_nickname(toks, s, e))   # Roderick Rowe, however the quotes are typeset
            c = _same_name(names, key[1], forms=not _named_as_kin(toks, s, e))
            if c is not None and stranger and c.person is not None:
                c, key = None, key + ("namesake",)   # `Gov. Scott Walker ... Scott Walker, a bus driver who is no
                #                                   relation to the governor`: two people (ident48)
            other = _other_seat(st, c, s)
            if other is not None:                 # `Rep. Mike Rogers` ... `Adm. Mike Rogers`: two people
                c, key = None, key + (other,)
            c = c or cluster(st, key, key[1] if s in labels or s in paired or s in suffixed or key[0] == "P?" and
                             _nicknamed(toks, s, e) else _unglued(_bare_name(span_text(doc, s, e))))
            #                                       (`Isaac Stanley-Becker`: one name)
            c.country = c.country or abroad       # `David Cameron, a Canadian hockey coach`: CAN
        _person_mention(st, c, s, e)
    # surname-only mentions: a full name of this article first, then the lexicon, then a new person
    # a one-word name that is a person somewhere (`Slepian's lawyer`) is that person wherever it is a name
    known = {form for s, e, form, from_ent in single if from_ent and _person_like(st, toks[s])}
    for s, e, form, from_ent in single:
        if _family_or_firm(toks, e):
            continue                              # `Hillary Clinton ... the Clinton family`: not her
        if s in labels:                           # `BOULDUAN:` after `KATE BOULDUAN:` (no other one-word label)
            c = _by_surname(st, names, form, s, article_only=True) or \
                _by_surname(st, names, form.title(), s, article_only=True)
            if c is not None:
                _person_mention(st, c, s, e)
            continue
        if _society_letters(toks, s, e) or _dateline_town_word(st, s) or _firm_word(st, s):
            continue                              # `Sigma Xi`: a society, no person (act32c); the dateline's town
        titled = _titled_person(st, form, s)      # `Former President Bush` in 2010: which Bush the title says
        c = cluster(st, ("P", titled.name), titled.name, person=titled) if titled else \
            (in_title(s) and _body_person(names, form, st, s)) or _by_surname(st, names, form, s)
        if c is not None and not titled and _title_rules_out(st, c, form, s):
            c = None                              # `President Bush` after `Governor Bush` (Jeb) in 2016
        if c is not None and not titled and _kin_told(st, s, e):
            c = None                              # `His father, Councilman Burgess,` after `Ricky Burgess`: a
            #                                       relative, not the one named before (review42's rule; review44)
        if c is not None and not titled and not c.mentions and _title_misfits(st, c.person, s):
            c = None                              # `President Kim` in Seoul: not the World Bank's Jim Yong Kim
        if c is not None and not titled and c.person is not None and not c.mentions and \
                _given_name_of_named(st, names, c.person, form, s) is not None:
            c = None                              # `Coach Rubio Sandoval ... Rubio, who played`: the coach's
            #                                       given name, no Marco Rubio the article never names (known53)
        if c is None and from_ent:
            c = _by_first_name(names, form)
        if c is None:
            if not (_person_like(st, toks[s]) or (from_ent and form in known)) or \
                    form.lower() in lex.words("honorific") or lex.non_actor(form) and not _addressed_language(toks, s, e) or \
                    _town_of_state(doc, e) or _hyphen_cut(toks, e):
                continue                          # `Brexit` tagged PERSON (non_actors.tsv); `Glass` of
                #                                   `Glass-Steagall` (act36a)
            c = cluster(st, ("P?", form), form)
        _person_mention(st, c, s, e)
    # single-word entities of any other label that are a surname of this article ("Hague" as GPE) or a one-word
    # name found to be a person above
    surnames = {}
    for c in st.clusters.values():
        if c.key[0] in ("P", "P?") and (len(c.name.split()) > 1 or c.name in known):
            surnames.setdefault(c.surname, c)
            if _family_name_first(c):
                surnames.setdefault(c.name.split()[0], c)   # `Wang Yi ... Wang` (the second tagged ORG; act28a)
    shared = _shared_surnames(st) if surnames else ()
    bearers: dict[str, list] = {}                 # the people of each surname named with a given name (ident50)
    for c in st.clusters.values() if surnames else ():
        if c.key[0] in ("P", "P?") and len(c.name.split()) > 1 and c.surname in surnames:
            bearers.setdefault(c.surname, []).append(c)
    for i in where(doc, "ORTH", string_ids(surnames)) if surnames else ():   # the tokens written as a surname
        tok = st.toks[i]
        if tok.i in st.person_at or tok.pos_ not in ("PROPN", "NOUN") or tok.i in in_team or tok.i in headed:
            continue
        if st.ctx.skipped(tok.idx, tok.idx + len(tok)):
            continue
        if tok.i > 0 and toks[tok.i - 1].lower_ == "the" or _family_or_firm(toks, tok.i + 1) or \
                _dateline_town_word(st, tok.i) or _firm_word(st, tok.i):
            continue                                      # The Hague; `Ruto & Co.`; `in Jackson` under `JACKSON`;
            #                                               `Ford said it` beside `Ford Motor Co.` (ident51)
        if tok.ent_type_ and tok.ent_type_ != "PERSON" and (tok.ent_iob_ != "B" or
                                                              span_text(doc, tok.i + 1, tok.i + 2)[:1].isupper()
                                                              and toks[tok.i + 1].ent_iob_ == "I"):
            continue                                      # part of a longer name of another kind
        h = hit_at(st, tok.i)
        if h and h[0] == "ORG" and not _org_named_like(st, h, surnames[tok.text], tok):
            continue
        if len(surnames[tok.text].name.split()) > 1 and surnames[tok.text].first - tok.idx > _AHEAD_CHARS and \
                not in_title(tok.i):
            continue                                      # `Dr. King` paragraphs before `Don King`
        said = _own_gender(st, tok.i, tok.text)
        if said is not None and len(surnames[tok.text].name.split()) > 1 and \
                given_names().get(surnames[tok.text].name.split()[0].lower()) not in (None, said) and \
                _gender_alternative(tok.text, said):
            continue                                      # `Sanders said he would win. Mary Sanders ...`: not her
        given = _namesake_given(st, tok, surnames[tok.text])
        if given is not None:                             # `Navy SEAL Ty Woods` beside `Dorothy Woods`: another
            name = f"{given.text} {tok.text}"             # person of the same surname
            st.hits.pop(tok.i, None)
            _person_mention(st, _same_name(names, name) or cluster(st, ("P?", name), name), given.i, tok.i + 1)
            continue
        st.hits.pop(tok.i, None)
        c = surnames[tok.text]
        if c.name.endswith(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV")):
            c = _father_meant(st, [c], tok.text) or c   # `Donald Trump Jr. ... Trump has relied on` (ident45)
        if tok.text in shared:                            # `Tom Vell ... Ann Vell`: the one the text tells (ident43)
            c = _shared_pick(st, names, tok.text, tok.i) or c
        elif len(bearers.get(tok.text, ())) > 1:          # `Sens. Mark Udall and Tom Udall ... Udall`: neither
            pool = [o for o in bearers[tok.text] if not _gender_clash(st, o, tok.i)]
            c = _named_together_pick(st, names, pool, tok.text, tok.i) or _principal(st, pool, tok.i) or c
        _person_mention(st, c, tok.i, tok.i + 1)
    _hyphened_surnames(st, surnames, in_team | headed)
    _credit_lines(st)
    _handles(st)
    _show_hosts(st)
    _listed_members(st)
    for s, e in teams:
        _team(st, names, s, e)


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _glued_names(st: ActorState, s: int, e: int, ends: dict) -> Optional[int]:
    """The token where a second person's name starts inside a name span the tagger took as one (`Sanders Clinton` in
    a headline, `Fred Thompson Joe Lieberman` in a list that lost its comma, `Guerrero Vielma`), or None. Each part
    is capitalised words, the first part does not end in a given name (given_names.tsv: `Hillary Clinton`, `Juan
    Ramon Guerrero` stay whole), and each names a person by itself (`_names_alone`): a lexicon person's form, a word
    that ends another full name of the article (`ends`: `Luis Vielma`), or two words or more opening with a given
    name; the two parts alike, two surnames or two full names (`Juan Miguel Gonzalez`, whose second given name the
    lists lack, stays whole). The whole is written nowhere else (`Maria Lopez Garcia ... Lopez Garcia said`: one person
    of two surnames); a given name the lists lack (`Elian Gonzalez`) ends no full name, so it stays whole (ident49)."""
    toks, text = st.toks, st.ctx.text
    if e - s > 5 or any(not (t.is_alpha and t.is_title) for t in toks[s:e]):
        return None
    whole = span_text(st.doc, s, e)
    forms, given = lex.person_forms(), given_names()
    if whole in forms:
        return None
    for k in range(s + 1, e):
        if toks[k - 1].lower_ in given or toks[k - 1].lower_ in lex.words("name_particle"):
            continue
        if (k - s == 1) != (e - k == 1):
            continue                              # two surnames, or two full names: `Juan Miguel Gonzalez` (a given
            #                                       name the lists lack) is no full name glued to a surname
        left, right = span_text(st.doc, s, k), span_text(st.doc, k, e)
        if not (_names_alone(toks, s, k, left, ends, e) and _names_alone(toks, k, e, right, ends, e)):
            continue
        lp, rp = forms.get(left, ()), forms.get(right, ())
        if lp and rp and set(lp) & set(rp):
            continue                              # two forms of one lexicon person
        lo, hi = toks[s].idx, toks[e - 1].idx + len(toks[e - 1])
        if not _written_apart(text, whole, lo, hi):
            return k
    return None


def _names_alone(toks, s: int, e: int, words: str, ends: dict, end: int) -> bool:
    """True when the words at tokens [s, e) name a person by themselves (`_glued_names`; `end`: the glued span's end,
    whose own full name proves nothing)."""
    if words in lex.person_forms():
        return True
    if e - s == 1:
        return any(not s <= i < end for i in ends.get(words, ()))
    return toks[s].lower_ in given_names()


def _written_apart(text: str, words: str, lo: int, hi: int) -> bool:
    """True when the article writes these words outside [lo, hi) (a whole-word match)."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(words) + r"(?![\w-])", text):
        if m.end() <= lo or m.start() >= hi:
            return True
    return False


def _inside_place_name(toks, s: int, e: int) -> bool:
    """A lexicon person's name (tokens s..e) that is only part of a longer place entity: `Carson City`, `Lake
    Powell`, `the Hoover Dam` (the entity runs on before or after it), no mention of the person (act36d)."""
    label = toks[s].ent_type_
    if label not in _PLACE_LABELS:
        return False
    return toks[s].ent_iob_ == "I" or e < len(toks) and toks[e].ent_iob_ == "I" and toks[e].ent_type_ == label


def _unheld(cands: list, wide) -> list:
    """The candidates (start, end, ...) that no (a, b) of `wide` holds as a longer span around them (a <= start, end <=
    b, b - a > end - start), in order. Each is looked up by the few starts that can hold it, through the farthest end
    of a wide span at each start, not by a walk over every wide span (quadratic in the article's names; speed32b)."""
    reach: dict[int, int] = {}
    for a, b in wide:
        if b > reach.get(a, -1):
            reach[a] = b
    longest = max((b - a for a, b in wide), default=0)
    return [c for c in cands if not any((b := reach.get(a)) is not None and c[1] <= b and b - a > c[1] - c[0]
                                        for a in range(c[0] - longest, c[0] + 1))]


def _namesake_ahead(st: ActorState, cand: tuple, full: list, in_title) -> bool:
    """True for a bare lexicon surname in the body followed within _AHEAD_CHARS by someone of that surname whom the
    lexicon does not know (`Obama said the bakery would close. Maria Obama, the owner, said`), in an article that
    never names the lexicon person in full or by a title: that someone, whom the surname then names (the pass over
    bare surnames finds the name ahead), not the public figure. Not for a relative introduced as such (`Chelsea
    Clinton, her daughter,`). The caller asks it only of a surname that ends one of `full`'s names of two words or
    more (speed39b's gate: `ahead` holds only such names)."""
    s, e, form, _ = cand
    if e - s != 1 or in_title(s):
        return False
    person = _lexicon_person(st, form)
    if person is None:
        return False
    toks, at = st.toks, st.toks[s].idx
    kin = lex.words("kin")

    def as_kin(tok) -> bool:
        owned = (lambda t: t.lemma_.lower() in kin and any(k.dep_ == "poss" for k in children(t)))
        return tok.dep_ == "appos" and owned(tok.head) or any(k.dep_ == "appos" and owned(k) for k in children(tok))

    ahead = [o for o in full if o[0] > s and o[1] - o[0] > 1 and toks[o[1] - 1].text == form and
             toks[o[0]].idx - at <= _AHEAD_CHARS and _lexicon_person(st, o[2]) is None and
             not any(st.hits.get(k, ("",))[0] == "PER" for k in range(o[0], o[1])) and not as_kin(toks[o[1] - 1])]
    if not ahead:
        return False                              # (nobody ahead: the gender below is not asked, speed38b)
    said = _own_gender(st, s, form)               # `Sanders said he would win. Mary Sanders, a voter,`: not her
    ahead = [o for o in ahead if said is None or given_names().get(toks[o[0]].lower_) in (None, said) or
             not _gender_alternative(form, said)]
    if not ahead:
        return False
    for o in full:
        if o[1] - o[0] > 1 and _lexicon_person(st, o[2]) is person:
            return False                          # the public figure is named in full too
        if o[1] - o[0] == 1 and o[2] == form and _title_role(st, o[0]) is not None:
            return False                          # or by a title (`President Obama`)
    return True


def _with_nickname(st: ActorState, s: int, e: int, form: str, from_ent: bool) -> tuple:
    """A name whose given name and a nickname in quotes stand right before it (`William "Bill" Clinton`, `Imran
    "Kaptaan" Khan`, wherever the tagger's entity begins) runs from the given name, and is looked up by the
    nickname and surname, then the given name and surname (`Bill Clinton`; `Imran Khan`); else left as found."""
    toks = st.toks
    if e - s != 1 and not _nicknamed(toks, s, e):
        return s, e, form, from_ent
    if _nicknamed(toks, s, e):
        quotes = [k for k in range(s, e) if toks[k].is_quote or toks[k].text in ('"', "“", "”")]
        g, q0, q1 = s, quotes[0], quotes[1]
    else:
        q1 = s - 1
        q0 = next((k for k in (s - 3, s - 4) if k >= 1 and (toks[k].is_quote or toks[k].text in ('"', "“", "”"))),
                  None)
        if q1 < 0 or q0 is None or not (toks[q1].is_quote or toks[q1].text in ('"', "“", "”")):
            return s, e, form, from_ent
        g = q0 - 1
        if not _nicknamed(toks, g, e):
            return s, e, form, from_ent
    surname = " ".join(t.text for t in toks[q1 + 1:e])
    given = " ".join(t.text for t in toks[g:q0])
    nick = " ".join(t.text for t in toks[q0 + 1:q1])
    for name in (f"{nick} {surname}", f"{given} {surname}"):
        if _lexicon_person(st, name) is not None:
            return g, e, name, True
    return g, e, f"{given} {surname}", True


def two_given_names(ent) -> bool:
    """True for a name tagged whole that is two capitalised given names joined by `and` (`Dillon and Connor`): two
    people, neither a body nor one person (act57c, issue 11: tune66's cousins made one actor, a wrong identity)."""
    if ent.label_ not in PERSON_LABELS | {"ORG"} or len(ent) != 3 or ent[1].lower_ != "and":
        return False
    return all(t.lower_ in given_names() and t.text[:1].isupper() and t.is_alpha for t in (ent[0], ent[2]))


def _paired_given_names(st: ActorState, cands: list) -> dict:
    """A given name joined by `and` to a full name (`Bill and Hillary Clinton`, `George and Laura Bush`): the first
    one's person, of the same surname, as (token, token + 1, `Bill Clinton`, True) by its token. Not after another
    capitalised word (`John Smith and Mary Jones`), nor for a given name the tagger put in another kind of name, nor
    for the last word of a name the tagger found (`Ryan Paul and Kyle Paul` at a sentence's start: no `Paul Paul`;
    ident50)."""
    toks, out = st.toks, {}
    for s, e, form, _ in cands:
        if e - s < 2 or s < 2 or toks[s - 1].lower_ != "and" or toks[s].lower_ not in given_names():
            continue
        g = toks[s - 2]
        if not (g.text[:1].isupper() and g.is_alpha and g.pos_ == "PROPN" and g.lower_ in given_names()) or \
                g.ent_type_ not in ("", "PERSON") or g.ent_iob_ == "I" or hit_at(st, g.i) or \
                g.i > 0 and toks[g.i - 1].text[:1].isupper() and toks[g.i - 1].is_alpha and \
                toks[g.i - 1].lower_ not in lex.title_words() and not toks[g.i - 1].is_sent_start:
            continue
        if st.ctx.skipped(g.idx, g.idx + len(g)):
            continue
        out[g.i] = (g.i, g.i + 1, " ".join([g.text] + [t.text for t in toks[s + 1:e]]), True)
    return out


_LIST_GLUE = frozenset((",", "and", "in", "of", "from", "R", "D", "-", "(", ")", "."))


def _listed_members(st: ActorState) -> None:
    """People listed after a colon that follows a plural group noun (`two other Republican lawmakers this cycle: Kevin
    Ward in Ohio and Ann Roe in Iowa`) are of that group's sector when nothing else gave them one."""
    doc = st.doc
    toks = tokens(doc)
    for i, c in list(st.person_at.items()):
        if c.person is not None or c.sector not in (None, "CVL") or c.role:
            continue
        k = i - 1                                 # back over the list: names, places, commas, `and`, `in`
        while k >= 0 and toks[k].text != ":" and not toks[k].is_sent_start and (
                toks[k].text in _LIST_GLUE or toks[k].text[:1].isupper() or k in st.person_at):
            k -= 1
        if k < 1 or toks[k].text != ":":
            continue
        for j in range(k - 1, max(-1, k - 5), -1):
            kinds = lex.titles().get(toks[j].lower_) or lex.titles().get(toks[j].lemma_.lower()) or {}
            group = kinds.get("group") or kinds.get("person")
            if toks[j].tag_ == "NNS" and group is not None and group.sector not in ("CVL", None):
                c.sector = group.sector
                break


def _show_hosts(st: ActorState) -> None:
    """A person of the article whose name begins the name of a programme (actor_words.tsv `show_name`: `Aaron Klein
    Investigative Radio`, `The Mark Levin Show`) is its host, a journalist (MED), when nothing else says who he is.
    At most two words stand between the name and the programme's word, none a function word or a verb (not a
    title-case headline: `Protesters Rally Against Morrow In Final Hour`)."""
    doc, shows = st.doc, lex.words("show_name")
    people = {}
    for c in st.clusters.values():
        if c.key[0] == "P?" and c.sector is None and c.person is None:
            people.setdefault(c.surname, []).append(c)
    if not people:
        return
    for t in (st.toks[i] for i in where(doc, "LOWER", lexicon_ids(shows))):   # (no Token read for other words)
        if not t.text[:1].isupper() or t.i == 0:
            continue
        j = t.i - 1
        while j >= 0 and tokens(doc)[j].text[:1].isupper() and tokens(doc)[j].is_alpha:
            j -= 1
        for i in range(max(j + 1, t.i - 3), t.i):
            if any(tokens(doc)[k].is_stop or tokens(doc)[k].pos_ in ("VERB", "AUX") for k in range(i + 1, t.i)):
                continue
            for c in people.get(tokens(doc)[i].text, ()):   # (`Aaron Klein` and a later `Klein` alike)
                c.sector, c.role = "MED", c.role or "host"


def _titled_lone_names(st: ActorState, covered: set) -> list[int]:
    """Tokens of one capitalised word no entity holds, the subject of a verb and followed by a comma and an
    apposition that a person title heads after `a`/`an` (`Harlan, a former state senator, testified`: act48): a
    person the tagger missed. Not a place, a body's word, a lexicon name or a word after another proper noun."""
    toks, out = st.toks, []
    for i in where(st.doc, "DEP", string_ids(("appos",))):
        t = toks[i]
        k = t.head.i
        if k >= i or k in covered or k in st.hits or toks[k + 1].text != "," or not is_person_title(t) or \
                toks[k].ent_type_ or toks[k].pos_ != "PROPN" or not (toks[k].is_alpha and toks[k].is_title) or \
                toks[k].dep_ not in ("nsubj", "nsubjpass") or k > 0 and toks[k - 1].pos_ == "PROPN" and \
                not toks[k].is_sent_start:
            continue
        if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in children(t)) or \
                lex.place_country(toks[k].text) or toks[k].lower_ in lex.org_words():
            continue
        out.append(k)
    return out


def _untagged_namesakes(st: ActorState, cands: list, covered: set) -> list[int]:
    """First tokens of two-word names the tagger did not call a person whose second word is the surname of a person
    it did (`Lety Hernandez is charged` beside `Fredi Hernandez, 19, later died`): a capitalised given name
    (`_namesake_given`'s test) joined to that surname makes another person of that name, known before bare surnames
    are given out, so that `Hernandez said` can be hers (the one named last) rather than the tagged one's."""
    toks = st.toks
    tagged = {}
    for s, e, form, from_ent in cands:
        if from_ent and e - s > 1 and toks[e - 1].pos_ == "PROPN":
            tagged.setdefault(toks[e - 1].text, set()).update(t.lower_ for t in toks[s:e])
    found = []
    for i in where(st.doc, "ORTH", string_ids(tagged)) if tagged else ():
        if i == 0 or i in covered or i - 1 in covered or st.ctx.skipped(toks[i].idx, toks[i].idx + len(toks[i])):
            continue
        prev = toks[i - 1]
        if prev.pos_ != "PROPN" or not prev.is_alpha or not (prev.text[:1].isupper() and prev.text[1:].islower()) or \
                prev.dep_ != "compound" or prev.head.i != i and not (
                    prev.head.i == i + 1 and toks[i + 1].text.rstrip(".") in _GENERATIONS) or \
                hit_at(st, prev.i) or hit_at(st, i) and \
                hit_at(st, i)[0] != "PER" or prev.ent_type_ in ("GPE", "LOC", "NORP", "FAC") or \
                prev.lower_ in lex.title_words() or prev.lower_ in lex.words("honorific") or \
                prev.lower_ in tagged[toks[i].text] or prev.lower_ in lex.org_words():
            continue
        if i + 1 < len(toks) and toks[i + 1].pos_ == "PROPN" and toks[i + 1].text[:1].isupper() and \
                toks[i + 1].text.rstrip(".") not in _GENERATIONS:
            continue                              # `Fredi Hernandez Photos`: a longer name (not `Clayborn Shelby
            #                                       III`: a son's numeral, act26a)
        if hit_at(st, i) and prev.lower_ not in given_names() and not (
                i + 1 < len(toks) and toks[i + 1].text.rstrip(".") in _GENERATIONS):
            continue                              # `Hail Trump`: a lexicon surname takes only a known given name
            #                                       (or one a son's numeral follows: `Clayborn Shelby III`)
        found.append(i - 1)
    return found


_QUOTE_MARKS = frozenset('"“”')


def _namesake_given(st: ActorState, tok, c: Cluster):
    """The token right before a surname written alone when it is a given name other than the known person's: a
    capitalised proper noun joined to the surname (compound), no title, honorific, place or organisation, and no
    word of the person's name (`Ty` in `Navy SEAL Ty Woods` when the article's Woods is `Dorothy Woods`). ident39:
    also the word before a quoted nickname (`Martice "Marty" Washington`) and a paragraph's or sentence's first word,
    which the parse may leave unjoined (`Martice Washington, 42,` opening a paragraph: dep ROOT)."""
    if tok.i == 0:
        return None
    prev = st.toks[tok.i - 1]
    opens = nick = False
    if tok.i >= 4 and prev.text in _QUOTE_MARKS and st.toks[tok.i - 3].text in _QUOTE_MARKS and \
            st.toks[tok.i - 2].text[:1].isupper():
        prev = st.toks[tok.i - 4]                 # `Martice "Marty" Washington`: the given name before the nickname,
        opens = nick = True                       # whatever entity the tagger took it for
    elif prev.whitespace_ == " " and (prev.i == 0 or prev.is_sent_start or "\n" in st.toks[prev.i - 1].text):
        opens = not prev.is_stop and not _common_noun_capitalised(st, prev)   # a paragraph opening `Martice
        #                                           Washington, 42,` the parse cut (not `Vigil` of `a vigil`)
    if prev.pos_ != "PROPN" or not prev.is_alpha or not (prev.text[:1].isupper() and prev.text[1:].islower()) or \
            not (opens or prev.dep_ == "compound" and prev.head.i == tok.i) or prev.i in st.person_at or \
            hit_at(st, prev.i) or \
            prev.ent_type_ not in ("", "PERSON") and not nick or prev.lower_ in lex.title_words() or \
            prev.lower_ in lex.words("honorific"):
        return None
    names = {w.strip(".").lower() for w in c.name.split()}
    if c.person is not None:                      # `Bill` for William Clinton: the lexicon's other forms
        names |= {w.strip(".").lower() for form in (c.person.name, *c.person.aliases) for w in form.split()}
    return None if prev.lower_ in names else prev


_CREDIT_LINE = re.compile(r"(?m)^[ \t]*(?:(?P<cue>BYLINE:|Byline:|By|Follow|[-–—])[ \t]+)"
                          r"(?P<name>[A-Z][a-z’'.-]+(?:[ \t]+[A-Z][A-Za-z’'.-]*){1,2})"
                          r"(?P<rest>[ \t]+on[ \t]+Twitter\b[^\n]*|[ \t]*[.,]?)[ \t]*$")


def _aged_name_in_date(st: ActorState, ent) -> Optional[tuple[int, int]]:
    """The tokens of a name whose surname the tagger put in a date with the age after it (`Omar Mateen, 29,` at a
    story's start, `Mateen, 29` tagged DATE): a common given name (given_names.tsv) of no entity right before a
    capitalised proper noun that opens the date, then a comma and a number; else None (ident50)."""
    toks, s = st.toks, ent.start
    if ent.end - s < 3 or s == 0 or toks[s + 1].text != "," or not toks[s + 2].like_num:
        return None
    g, t = toks[s - 1], toks[s]
    if not (t.pos_ == "PROPN" and t.is_title and t.is_alpha and g.pos_ == "PROPN" and g.is_title and
            g.ent_type_ == "" and g.lower_ in given_names() and g.whitespace_ == " "):
        return None
    return (s - 1, s + 1)


def _titled_surname_word(toks, s: int, e: int) -> bool:
    """True when token s, the last of a name, is a title's word written as a surname after an abbreviated title or an
    honorific (`Rep. King, R-N.Y., said`, `Mr. Bishop`, `Sen. Marshal`): the person's surname, not a second title
    (ident50; `Crown Prince`, `Lt. Gov.` keep their words as titles)."""
    if e - s != 1 or s == 0 or not toks[s].is_title or toks[s].text.endswith("."):
        return False
    before = toks[s - 1].lower_
    return before.endswith(".") and before in lex.title_words() or before.rstrip(".") in lex.words("honorific")


def _hyphen_cut(toks, e: int) -> bool:
    """The name ending before token `e` is written glued by a hyphen to a capitalised word after it (`Glass-Steagall`,
    `Gramm-Leach-Bliley`): the first part of a compound name the tagger cut, no person of its own (act36a)."""
    return e + 1 < len(toks) and toks[e].text == "-" and not toks[e - 1].whitespace_ and \
        not toks[e].whitespace_ and toks[e + 1].text[:1].isupper()


def _credit_lines(st: ActorState) -> None:
    """A writer's name on a line of its own after a credit cue, which the tagger often misses: `BYLINE: Amber
    Phillips.`, `- Amber Phillips.` (a signature), `Follow Pam Key on Twitter @pamkeyNEN` (the handle is hers),
    and the signature that closes a paragraph of a news digest (`... 20 wounded.--Kevin Johnson.`, which the
    tokenizer may glue to the word before): a journalist (MED). Names the lexicon knows, or that are already an
    actor, keep what they are."""
    text = st.ctx.text
    for m in (*_CREDIT_LINE.finditer(text), *signatures(text)):
        if m.group("cue") == "Follow" and not m.group("rest").strip():
            continue
        start, end = m.span("name")
        name = text[start:end].rstrip(".")
        end = start + len(name)
        span = char_span(st.doc, start, end, alignment_mode="expand")
        if span is None or st.ctx.skipped(start, end):
            continue
        found = {id(st.person_at[t.i]): st.person_at[t.i] for t in span if t.i in st.person_at}
        if len(found) == 1 and all(t.i in st.person_at for t in span):
            c = next(iter(found.values()))       # the tagger found the name: it keeps what it is
            if c.person is None and c.sector is None:
                c.sector, c.role = "MED", c.role or "journalist"
        elif found or any(t.i in st.hits for t in span) or lex.non_actor(name) or \
                span[0].lower_ in lex.title_words():
            continue
        else:
            c = cluster(st, ("P?", name), name)
            c.sector, c.role = c.sector or "MED", c.role or "journalist"
            add(st, c, start, end)
            for t in span:
                st.person_at[t.i] = c
            st.taken.append((start, end))
        handle = _HANDLE.search(m.group("rest"))
        if handle:
            hs = m.start("rest") + handle.start()
            hspan = char_span(st.doc, hs, hs + len(handle.group()), alignment_mode="expand")
            if hspan is not None and not st.ctx.skipped(hs, hs + len(handle.group())):
                add(st, c, hs, hs + len(handle.group()))
                for t in hspan:
                    st.person_at[t.i] = c


_HANDLE = re.compile(r"@[A-Za-z0-9_]{2,15}")     # a social media handle: the person who posted


def _handles(st: ActorState) -> None:
    """`@JeffOstach` (a quoted post's author): a person known only by a handle, one actor per handle."""
    ats = {m.start() for m in re.finditer("@", st.ctx.text)}
    for i in where(st.doc, "IDX", ats) if ats else ():    # only a token that starts at an `@` can be a handle
        tok = st.toks[i]
        if tok.text[:1] == "@" and _HANDLE.fullmatch(tok.text) and tok.i not in st.person_at and \
                not st.ctx.skipped(tok.idx, tok.idx + len(tok)):
            org = lex.organisation_forms().get(tok.text[1:])
            if org is not None and len(tok.text) > 3:
                add_org(st, org, tok.idx, tok.idx + len(tok))   # `@NRA`: the organisation's own account
                st.taken.append((tok.idx, tok.idx + len(tok)))
                continue
            owner = hit_at(st, tok.i - 2) if tok.i >= 2 and st.toks[tok.i - 1].text == "(" else None
            if owner is not None and owner[0] == "ORG":
                add_org(st, owner[1], tok.idx, tok.idx + len(tok))   # `The Associated Press (@AP)`: its account
                st.taken.append((tok.idx, tok.idx + len(tok)))
                continue
            named = st.person_at.get(tok.i - 2) if tok.i >= 2 and st.toks[tok.i - 1].text == "(" else None
            named = named or _handle_owner(st, tok.text[1:], tok.idx) or _office_handle_owner(st, tok.text[1:])
            c = named or cluster(st, ("P?", tok.text), tok.text)   # `Paul Ryan (@SpeakerRyan)`: his handle
            if named is None and c.sector is None and _byline(st, tok.i, tok.i + 1):
                c.sector, c.role = "MED", "journalist"   # `Twitter: @Milbank.` closing a column: its writer
            add(st, c, tok.idx, tok.idx + len(tok))
            st.person_at[tok.i] = c
            st.taken.append((tok.idx, tok.idx + len(tok)))


_POSSESSIVE = ("'s", "’s")


def _addressed_language(toks, s: int, e: int) -> bool:
    """True for one word that is a language's name (actor_words.tsv `language_name`, a non-actor alone: `say Hindi`)
    with an honorific right before it (`Ms. Hindi, who runs a shop,`): someone's surname (rev26d)."""
    return e - s == 1 and s > 0 and toks[s].lower_ in lex.words("language_name") and \
        toks[s - 1].lower_ in lex.words("honorific")


def _family_name_first(c: Cluster) -> bool:
    """True for a lexicon person who holds an office of a country whose names put the family name first."""
    return c.person is not None and any(o.country in _FAMILY_NAME_FIRST for o in c.person.offices)


def _surnamed_like_a_body(st: ActorState, s: int, e: int) -> bool:
    """True for a given name (or a word tagged PERSON) and a surname that is an organisation's word (`Ronald Party`,
    `Lisa Court`) that the
    article shows to be a person (act26a): a person's title right before it (`Officer Lisa Court`), or an apposition
    of `a`/`an` and a noun of a person or a person's title right after it (`Ronald Party, a farmer,`)."""
    toks = st.toks
    if e - s != 2 or toks[s].lower_ not in given_names() and toks[s].ent_type_ != "PERSON" or \
            toks[s].lower_ in lex.org_words():
        return False
    if s > 0 and toks[s - 1].lower_.rstrip(".") in lex.title_words() and toks[s - 1].text[:1].isupper():
        return True
    if e + 2 < len(toks) and toks[e].text == "," and toks[e + 1].lower_ in ("a", "an"):
        for t in toks[e + 2:e + 6]:
            if t.pos_ == "NOUN":
                lemma = t.lemma_.lower()
                return lemma in lex.words("person_noun") or "person" in lex.titles().get(lemma, {})
    return False


def _listed_names(st: ActorState, ent) -> Optional[list[tuple[int, int]]]:
    """The names before the last comma of an entity the tagger took for one organisation that is a list of people
    (act26a): every part between commas one to three capitalised words with no organisation word and no lexicon
    name other than a person's, each opening with a given name (or one word alone before the last: a stage name), the
    last of two words or more (`Celebrities such as Kylie, Naomi Campbell and ...`): the (start, end) tokens of the parts before the last; None for no such list."""
    if "," not in strings(st.doc, "ORTH")[ent.start:ent.end]:
        return None                               # (one part: no list; the column read, no Token made a word)
    toks, given, words = st.toks, given_names(), lex.org_words()
    parts, start = [], ent.start
    for k in range(ent.start, ent.end + 1):
        if k == ent.end or toks[k].text == ",":
            parts.append((start, k))
            start = k + 1
    if len(parts) < 2 or any(not 1 <= e - s <= 3 for s, e in parts) or parts[-1][1] - parts[-1][0] < 2:
        return None
    for s, e in parts:
        if toks[s].lower_ not in given and (e - s > 1 or (s, e) == parts[-1]) or any(not t.is_title or not t.is_alpha or t.lower_ in words or
                                              (hit_at(st, t.i) or ("PER",))[0] != "PER" for t in toks[s:e]):
            return None
    return parts[:-1]


def _legal_form_name(st: ActorState, s: int, e: int) -> bool:
    """True for a name taken for a person that ends in a company's legal form (actor_words.tsv `legal_form`: `Rusty
    Wallace Inc.`, `Ann Roe LLC`; no age after it): a company named for its owner, BUS (GUIDE.md: companies are
    actors of their own; act57a, tune64: such firms came out private people, and `Harvick Inc.` took the owner's
    surname, a wrong identity). The company is made here, over the capitalised words an ORG entity or the name holds
    (`Kevin Harvick Inc.` where the tagger's name starts at `Harvick`), unless an actor already holds that span."""
    toks = st.toks
    if e - s > 2 and toks[e - 1].text in ("'s", "’s"):
        e -= 1                                    # `Rusty Wallace Inc.'s Chase Austin` tagged PERSON whole
    if e - s < 2 or toks[e - 1].lower_.rstrip(".") not in lex.words("legal_form") or age_after(st.doc, e):
        return False
    start = next((ent.start for ent in entities(st.doc) if ent.label_ == "ORG" and ent.start <= s and e <= ent.end), s)
    a, b = toks[start].idx, toks[e - 1].idx + len(toks[e - 1])
    if not any(x < b and a < y for x, y, _ in st.mentions.around(a, b)):
        add_unknown_org(st, start, e, "BUS", None)
    return True


def _name_of_place(st: ActorState, ent) -> Optional[int]:
    """`31-year-old Tom Alan Ward of Harlow` tagged ORG as one entity: the end token of the person's name
    before `of` (the `of`), when two or three capitalised words come before it that begin with a given name
    (given_names.tsv), follow an age (`27-year-old`) or end in a surname the article writes again (`Finch`), and one
    to three capitalised words after it end the entity, none of either an organisation word (not `Bank of America`, `University of Texas`, `Joe Smith College of Law`); else None (act31a: the
    whole entity was an organisation of no sector beside the person's surname)."""
    if ent.label_ != "ORG":
        return None
    toks = st.toks
    s = ent.start
    while s < ent.end and toks[s].pos_ == "DET":
        s += 1
    k = next((i for i in range(s + 2, min(s + 4, ent.end - 1)) if toks[i].lower_ == "of"), None)
    if k is None or not 1 <= ent.end - k - 1 <= 3:
        return None
    words = [*toks[s:k], *toks[k + 1:ent.end]]
    if not all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in lex.org_words() for t in words):
        return None
    text, surname = st.ctx.text, toks[k - 1].text
    aged = s > 0 and toks[s - 1].lower_.endswith("-year-old") or _AGED_BEFORE.search(text, 0, toks[s].idx)
    again = any(m.start() != toks[k - 1].idx for m in re.finditer(rf"\b{re.escape(surname)}\b", text))
    return k if toks[s].lower_ in given_names() or aged or again else None


_AGED_BEFORE = re.compile(r"\d+-year-old\s+$")   # `27-year-old ` right before a name


def _possessed_name(st: ActorState, ent) -> Optional[int]:
    """`National Review’s Jonah Goldberg`, `the Daily Wire’s Ben Shapiro` (one entity): the first token of the
    person's name after the possessive, when two or three capitalised words follow it that begin with a given
    name (given_names.tsv) or are a lexicon person, and no organisation word ends them; else None. An
    organisation in no lexicon before the possessive is an actor of its own (its words give its sector), and
    the name's title pass (`_title_before`) gives the person the sector of a lexicon one."""
    doc = st.doc
    if ent.label_ not in ("ORG", "PERSON", "NORP", "GPE", "FAC"):
        return None                               # (the label first: speed39b)
    k = next((i for i in range(ent.start + 1, ent.end - 2) if tokens(doc)[i].text in _POSSESSIVE), None)
    if k is None:
        return None
    name = span_of(doc, k + 1, ent.end)
    if not 2 <= len(name) <= 3 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in name) or \
            name[-1].lower_ in lex.org_words():
        return None
    if name[0].lower_ not in given_names() and _lexicon_person(st, name.text) is None:
        return None
    s = ent.start
    while s < k and tokens(doc)[s].pos_ == "DET":
        s += 1
    if ent.label_ == "ORG" and s < k and not any(i in st.hits for i in range(s, k)):
        sector = next((lex.org_words()[t.lower_] for t in reversed(tokens(doc)[s:k]) if t.lower_ in lex.org_words()), None)
        add_unknown_org(st, s, k, sector, None)
        st.owner_sector[k + 1] = sector
    return k + 1


_GLUED_TAIL = re.compile(r"[a-z]([A-Z][a-z]+)$")


def _credit_line(tok) -> bool:
    """True when an unknown person's name ends in a word of a credit line (actor_words.tsv `credit`), as a word of its
    own (`Ann Roe Video`) or glued to the surname after a lower-case letter (`Ann RoeCinematography`): the credits of
    a video run together, no person's name (act35i)."""
    glued = _GLUED_TAIL.search(tok.text)
    credits = lex.words("credit")
    return tok.lower_ in credits or glued is not None and glued.group(1).lower() in credits


def _product(tok) -> bool:
    """True for an unknown name that is a product or a work: listed with a product or a work the tagger knows
    (`makes Oreos, Chips Ahoy and Nilla Wafers`), or the object of a verb of making, selling or performing."""
    root = tok
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "dobj" and root.head.lemma_.lower() in lex.words("making"):
        return True
    chain = [root] + [t for t in root.subtree if t.dep_ == "conj"]
    return any(t.ent_type_ in ("PRODUCT", "WORK_OF_ART") for t in chain)


def _handle_owner(st: ActorState, handle: str, at: Optional[int] = None) -> Optional[Cluster]:
    """The one actor of the article whose name, run together, the handle is or ends with (`@thedailybeast` for
    The Daily Beast, `@realDonaldTrump` for Donald Trump; a person's name may also begin it: `@pamkeyNEN` for Pam
    Key): names of two words or more only."""
    low = handle.lower()
    found = []
    for c in st.clusters.values():
        if c.key[0] not in ("P", "P?", "O") or len(c.name.split()) < 2 or c.name.startswith("@"):
            continue
        joined = "".join(ch for ch in c.name.lower() if ch.isalnum())
        if low == joined or low.endswith(joined) or low == "the" + joined or \
                (len(joined) >= 6 and low.startswith(joined) and c.key[0] != "O"):   # `@pamkeyNEN`
            found.append(c)
    if not found and at is not None:              # `Lee Stranahan on Twitter at @Stranahan`: the one person of
        text = st.ctx.text                        # that surname named on the handle's line, also where the handle
        lo, hi = text.rfind("\n", 0, at) + 1, at   # ends with it (`Reach Jo Marsh ... on Twitter @Akron_Marsh`, act34f)
        found = [c for c in st.clusters.values() if c.key[0] in ("P", "P?") and len(c.name.split()) >= 2 and
                 _handle_surname(low, c.name.split()[-1].lower()) and any(lo <= ms < hi for ms, _ in c.mentions)]
    return found[0] if len(found) == 1 else None


def _office_handle_owner(st: ActorState, handle: str) -> Optional[Cluster]:
    """The one person of the article a handle made of an office's title and a US state names (`@GovernorVA`,
    `@SenatorOH`, `@GovOhio`; actor_words.tsv `handle_title`): the person one of whose mentions holds both the
    state's name and the title's word (`Virginia Gov. Terry McAuliffe`, `the Virginia governor`), the office's
    account (prec56). None where no one or two people are so named."""
    low = handle.lower()
    title = next((t for t in sorted(lex.words("handle_title"), key=len, reverse=True) if low.startswith(t)), None)
    if title is None or len(low) == len(title):
        return None
    rest = handle[len(title):]
    codes = lex.us_state_codes()
    state = next((n for n in sorted(lex.us_states()) if len(rest) == 2 and codes.get(n) == rest.upper() or
                  n.replace(" ", "").lower() == rest.lower()), None)
    if state is None:
        return None
    word = title[:3]
    text = st.ctx.text
    found = [c for c in st.clusters.values() if c.key[0] in ("P", "P?") and not c.name.startswith("@") and
             any(state in text[s:e] and re.search(r"\b" + word, text[s:e].lower()) for s, e in c.mentions)]
    return found[0] if len(found) == 1 else None


HANDLE_SURNAME_LEAST = 4   # letters of a surname that, ending a handle, names its owner on the handle's line (act34f)


def _handle_surname(handle: str, surname: str) -> bool:
    """True for a handle (lower case, no `@`) that is the surname or ends with it after something else of at least
    one letter (`lima_sowinski`, `akronmarsh`) where the surname has HANDLE_SURNAME_LEAST letters or more; digits and
    underscores closing the handle are no part of it (`@pmorici1`, `@lsowinski_`: prec56)."""
    handle = handle.rstrip("0123456789_") or handle
    return handle == surname or len(surname) >= HANDLE_SURNAME_LEAST and handle.endswith(surname)


def _names_a_thing(st: ActorState, e: int) -> bool:
    """True when the capitalised words right after a name end in an organisation word or a word of a place or
    building (non_actors.tsv `last`): the name is part of a longer name (`the Harry Truman Library`)."""
    doc = st.doc
    toks = tokens(doc)
    if _family_or_firm(toks, e):
        return True                               # `the Ruto family`, `Ruto & Co.`
    if e < len(doc) and toks[e].lower_ in lex.words("case_versus") and not _contest(st, e):
        return True                               # `Ashcroft v. Iqbal`: a court case (act29a)
    if _in_thing_entity(st, e):
        return True                               # `Trump Taj Mahal`, "The Truman Show" (act29a)
    if _road_abbreviated_after(toks, e):
        return True                               # `skyridge dr and s McDaniel dr`: a road (ident34)
    if e < len(doc) and toks[e].text[:1].isupper() and toks[e].lower_ in lex.words("area_end"):
        return True                               # `Clinton Township police`, `Jackson County`: an area (act37c)
    k = e
    while k < len(doc) and k < e + 3 and toks[k].text[:1].isupper() and toks[k].is_alpha:
        k += 1
    if k == e:                                    # `the Merriman Smith award`: a thing's lower-case noun after
        return e < len(doc) and toks[e].is_lower and toks[e - 1].dep_ == "compound" and \
            toks[e - 1].head.i == e and lex.non_actor("x " + toks[e].lower_)   # the name
    last = toks[k - 1].lower_
    if last in lex.words("own_government"):   # `the Obama Administration`: the person's own government
        return False
    return last in lex.org_words() or lex.non_actor("x " + last)


def _road_abbreviated_after(toks, e: int) -> bool:
    """True when an abbreviated road word stands right after a name (actor_words.tsv `road_abbrev`, with or without
    its period, in any case: `McDaniel dr`, `Ruto Rd.`, `Ruto ave`) and no capitalised word follows it (`Clinton St.
    Louis`): a road named after someone, as notes and posts write it, no person (ident34; `_road_named` reads such a
    word at a tagged name's end)."""
    if e >= len(toks) or toks[e - 1].whitespace_ == "":
        return False
    word = toks[e].lower_
    k = e + 1
    if k < len(toks) and toks[k].text == "." and toks[e].whitespace_ == "":
        word, k = word + ".", k + 1               # (`Dr` `.` cut in two)
    if word not in lex.words("road_abbrev"):
        return False
    return not (k < len(toks) and toks[k].text[:1].isupper() and toks[k].is_alpha)


def _contest(st: ActorState, e: int) -> bool:
    """True when `vs.` or `versus` at token e has after it the surname of a lexicon person in office or running on
    the article's day, of the country of the one before it, in a sentence with no word of the courts (`Obama vs.
    Romney` in 2012, `Trump versus Clinton` in 2016): a contest of a race or a debate, not a court case, which is
    cited with `v.` (`Bush v. Gore`) or has a side of no such person (`Trump vs. Hawaii`, `Roe vs. Wade`) (rev29b)."""
    toks = st.toks
    if not st.day or toks[e].lower_ in ("v.", "v") or e + 1 >= len(toks) or \
            any(t.lemma_.lower() in lex.words("court_word") for t in toks[e].sent):
        return False                              # `The appeal rests on Esper vs. Hill`: the courts' words
    running = lex.people_by_surname()
    after = {p.at(st.day)[0] for p in running.get(toks[e + 1].text, ()) if p.in_office(st.day)}
    before = {p.at(st.day)[0] for p in running.get(toks[e - 1].text, ()) if p.in_office(st.day)}
    return bool(after & before)                   # two of one country's race (`Obama vs. Romney`)


_THING_LABELS = frozenset(("ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"))


def _in_thing_entity(st: ActorState, e: int) -> bool:
    """True when the name ending before token e lies in an entity the tagger takes for a thing (an organisation,
    building, work, product, event or law) that goes on after it with capitalised words of no person's name:
    `Trump Taj Mahal`, `Trump Place`, `Perry Meridian` (ORG), "The Truman Show" (WORK_OF_ART) name a casino, a
    building, a school, a film, not the person (act29a; from the audit of every identity on the read articles).
    The words after may not be a lexicon surname (`the Clinton Kaine ticket`), a generation mark or a
    word of the person's own government (`the Obama White House`, `the Bush Administration`)."""
    toks = tokens(st.doc)
    ent = _entity_at(st).get(e)                   # (the one entity holding token e: entities do not overlap)
    if ent is not None and ent.start == e:
        ent = None                                # (one that goes on after the name: it opened before token e)
    if ent is None or ent.label_ not in _THING_LABELS or not (toks[e].is_alpha and toks[e].text[:1].isupper()):
        return False
    if ent.start > 0 and toks[ent.start - 1].text == "-" or any(t.is_lower for t in toks[ent.start:e]) or \
            in_headline(st, toks[e].idx):
        return False                              # `The pro-Christie Union Leader`: a paper for him; `Big Win For
        #                                           Bernie: AFL-CIO ...`: a headline capitalises every word
    return _thing_words(toks[e:ent.end])


def _entity_at(st: ActorState) -> dict:
    """Token index -> the entity that holds it, made once a doc (a walk over every entity at each name asked about
    was 1-2% of the actors' time)."""
    found = st.doc.user_data.get("dateline.entity_at")
    if found is None or found[0] != len(st.toks):
        found = st.doc.user_data["dateline.entity_at"] = (
            len(st.toks), {i: x for x in entities(st.doc) for i in range(x.start, x.end)})
    return found[1]


def _thing_words(after) -> bool:
    """True when the tokens after a name are capitalised words of no lexicon surname and no government of the
    person's (`Taj Mahal`, `Place`, `Chief`; not `Kaine`, `Jr.`, `Administration`, `White House`)."""
    words = [t for t in after if t.is_alpha]
    if not words or any(not t.text[:1].isupper() for t in words):
        return False
    rest = " ".join(t.text for t in after)
    if rest in lex.organisation_forms() or rest.startswith("White House"):
        return False
    surnames = lex.people_by_surname()
    return not any(t.text in surnames or t.text in _GENERATIONS or t.lower_ in lex.words("own_government")
                   for t in words)


def _the_surname_thing(st: ActorState, s: int, e: int) -> bool:
    """True for `The Perry Chief`, `the Bush Doctrine`: `the` right before a bare surname and capitalised words of
    no name after it (`_thing_words`, up to the next lower-case word or mark) name a thing, not the person (act29a).
    `The Obama White House`, `the Bush Administration` are the person's government and stay his."""
    toks = st.toks
    if s == 0 or toks[s - 1].lower_ != "the" or e >= len(toks) or st.ctx.text[toks[e].idx - 1:toks[e].idx] != " " \
            or in_headline(st, toks[s].idx):
        return False
    k = e
    while k < len(toks) and k < e + 3 and toks[k].is_alpha and toks[k].text[:1].isupper():
        k += 1
    return k > e and _thing_words(toks[e:k])


def _society_letters(toks, s: int, e: int) -> bool:
    """True when a word of the name is a capitalised Greek letter's name next to another (actor_words.tsv
    `greek_letter`: `Psi Iota Xi`, `Phi Beta Kappa`): a society's name, no person's (act32c: `Xi` there is not Xi
    Jinping)."""
    letters = lex.words("greek_letter")
    if s >= e or gated() and not lemma_in(toks[s].doc, letters, lower=True):
        return False                              # (no Greek letter's name in the doc: speed39b's gate)
    greek = (lambda k: 0 <= k < len(toks) and toks[k].lower_ in letters and toks[k].text[:1].isupper())
    return any(greek(k) and (greek(k - 1) or greek(k + 1)) for k in range(s, e))


def _hometown_after_age(toks, s: int) -> bool:
    """True for a name right after `of` that follows a person's age (`Jacob Wills, 18, of McDonough`, also with no
    comma before the age): the town the person lives in (act29a)."""
    return s >= 3 and toks[s - 1].lower_ == "of" and toks[s - 2].text == "," and toks[s - 3].like_num


def _lexicon_name_start(st: ActorState, s: int, e: int) -> int:
    """The start of a lexicon person's name that begins up to three words before an entity [s, e) and ends inside it
    or where it ends (`Karim Khan` with only `Khan` tagged, `Akbar Hashemi Rafsanjani` with `Hashemi Rafsanjani`):
    the tagger cut the given name; else s (act28a)."""
    for k in range(s - 1, max(s - 4, -1), -1):
        h = st.hits.get(k)
        if h and h[0] == "PER" and s < h[2] <= e and not st.ctx.skipped(st.toks[k].idx, st.toks[k].idx + 1):
            return k
    return s


def _hyphened_surnames(st: ActorState, surnames: dict, off: set) -> None:
    """A hyphenated surname of a person of the article written again alone, in no mention yet, with no other name
    around it, whatever the tagger made of it (`Lincoln Diaz-Balart ... Diaz-Balart`, the second tagged ORG): that
    person (act28a; the one-token surnames are found on the ORTH column above); so is a surname with its particles,
    its first letter either case (`Leila de Lima ... De Lima said`, tagged ORG, its `Lima` a capital: rev28d)."""
    doc, toks = st.doc, st.toks
    written = [(re.escape(surname), c) for surname, c in surnames.items() if "-" in surname]
    for c in {id(c): c for c in surnames.values()}.values():   # a surname with its particles, the first capitalised at a
        parts = c.name.split()                    # sentence's start or not (`Leila de Lima ... De Lima said`,
        particled = _with_particles(parts, c.surname) if len(parts) > 2 else ""   # `De Lima` tagged ORG: rev28d)
        if particled:
            written.append(("[" + particled[0].upper() + particled[0].lower() + "]" + re.escape(particled[1:]), c))
    for surname, c in written:
        for m in re.finditer(r"(?<![\w’'-])" + surname + r"(?![\w-])", text(doc)):
            span = char_span(doc, m.start(), m.end())
            if span is None or any(k in st.person_at or k in off for k in range(span.start, span.end)) or \
                    st.ctx.skipped(m.start(), m.end()) or c.first - m.start() > _AHEAD_CHARS:
                continue
            s, e = span.start, span.end
            if s > 0 and (toks[s - 1].lower_ == "the" or toks[s - 1].text[:1].isupper() and toks[s - 1].is_alpha and
                          toks[s - 1].lower_ not in lex.title_words()) or \
                    e < len(doc) and toks[e].text[:1].isupper() and toks[e].is_alpha or _family_or_firm(toks, e):
                continue                          # part of a longer name
            for k in range(s, e):
                st.hits.pop(k, None)
            _person_mention(st, c, s, e)


def _particle_surname(toks, s: int, e: int) -> bool:
    """True for a surname with its particles written alone (`Van Rompuy`, `Le Drian`, `von der Leyen`: actor_words.tsv
    `name_particle`), read as a bare surname (act28a)."""
    return 2 <= e - s <= 3 and all(toks[k].lower_ in lex.words("name_particle") for k in range(s, e - 1)) and \
        toks[e - 1].text[:1].isupper()


def _with_particles(parts: list, last: str) -> str:
    """The surname with the particles before it (`Van Susteren` of `Greta Van Susteren`), or '' when none stands."""
    k = len(parts) - 1 - parts[::-1].index(last) if last in parts else -1
    j = k
    while j >= 2 and parts[j - 1].lower() in lex.words("name_particle"):
        j -= 1
    return " ".join(parts[j:k + 1]) if 0 <= j < k else ""


def _hyphened_word(toks, s: int, e: int) -> bool:
    """True for one written word the tokenizer cut at its hyphens (`Ros-Lehtinen`, `Ocasio-Cortez`): read as a bare
    surname, as a one-token one is (act28a)."""
    return e - s >= 3 and all(toks[k].whitespace_ == "" for k in range(s, e - 1)) and \
        any(toks[k].text in ("-", "‐") for k in range(s + 1, e - 1))


def _family_or_firm(toks, e: int) -> bool:
    """True when the words right after a name (ending before token e) make it a family's (`the Ruto family`, `the
    Kenyatta dynasty`: actor_words.tsv `clan`) or a firm's (`Ruto & Co.`, `Ruto & Sons`: `&` and a word of `firm_tail`)
    name: the name is no mention of a person of that name (act28a; `Ruto's family` is his)."""
    if e >= len(toks):
        return False
    t = toks[e]
    if t.is_lower and t.lower_ in lex.words("clan"):
        return True
    return t.text == "&" and e + 1 < len(toks) and toks[e + 1].lower_ in lex.words("firm_tail")


def _same_name(names: _Names, name: str, forms: bool = True) -> Optional[Cluster]:
    """An unknown person already met whose full name ends this one or is ended by it
    (`Alicia Machado` and `Miss Universe Alicia Machado`), or is it with one middle name more or less (`Margaret
    Ann Hill` and `Margaret Hill`); the first met when several are. `forms` False: not the person whose given name
    is another form of this one (a name told as someone's kin, `_named_as_kin`)."""
    names.sync()
    words = tuple(name.split())
    if len(words) < 2:
        return None
    found = [names.suffix.get(words)] + [names.whole.get(words[-k:]) for k in range(2, len(words))]
    found = [f for f in found if f is not None]
    if not found:                                 # `Margaret Ann Hill` and `Margaret Hill`: one middle name or
        found = _one_middle_apart(names, words)   # initial more or less
    if not found and forms:                       # `Joseph Harlan` and `Joe Harlan`, `Jeh Johnston` and `J.
        found = _given_form_apart(names, words)   # Johnston` (ident40)
    return min(found, key=lambda f: f[0])[1] if found else None


def _named_as_kin(toks, s: int, e: int) -> bool:
    """True when the name at tokens [s, e) is told as someone's kin: right after a possessed kin noun (`His son, Bob
    Kessel`, `his grandson Bill Stroud`) or before one in apposition (`Bob Kessel, his son,`). Such a name is another
    person than one of the surname whose given name it writes in another form (ident41: `Robert Kessel` ... `His
    son, Bob Kessel` were one actor)."""
    kin = lex.words("kin")
    k = s - 1 - (s > 0 and toks[s - 1].text == ",")
    if k >= 1 and toks[k].lemma_.lower() in kin and toks[k - 1].dep_ in ("poss", "case"):
        return True
    return e + 2 < len(toks) and toks[e].text == "," and toks[e + 1].dep_ == "poss" and \
        toks[e + 2].lemma_.lower() in kin


def _given_form_apart(names: _Names, words: tuple) -> list:
    """The one unknown person whose name is these words with the given name written in another form - a familiar
    form (given_forms.tsv: `Joseph Harlan`, `Joe Harlan`) or an initial (`Jeh Johnston`, `J. Johnston`) - as [(order,
    cluster)]; none when two people of the surname fit, or one of them bears the given name as written (ident40)."""
    first = words[0]
    initial = len(first) == 2 and first[1] == "." and first[0].isupper()
    if not initial and first.lower() not in lex.given_form_names():
        return []
    found = {}
    for c in names.by_form.get(words[-1], ()):
        parts = tuple(c.name.split())
        if len(parts) != len(words) or parts[1:] != words[1:]:
            continue
        if parts[0] == first or c.key[0] != "P?":
            return []                             # the name as written, or a lexicon person of it: not this rule's
        if initial and parts[0][:1] == first[0] and len(parts[0]) > 2 or \
                not initial and lex.same_given(parts[0], first):
            found[id(c)] = c
    if len(found) != 1:
        return []
    (c,) = found.values()
    hit = names.whole.get(tuple(c.name.split()))
    return [hit] if hit is not None and hit[1] is c else []


def _one_middle_apart(names: _Names, words: tuple) -> list:
    """The one unknown person whose name is these words with one middle name or initial more or less (`Margaret Ann
    Hill`, `Margaret Hill`), as [(order, cluster)]; none when two people fit (`Harold J. Whitcombe` and his son
    `Harold K. Whitcombe`, then `Harold Whitcombe`) or when the one met was already named with another middle."""
    if len(words) == 3:
        found = [names.whole.get((words[0], words[-1]))]
    elif len(words) == 2:
        found = [f for k, f in names.whole.items() if len(k) == 3 and (k[0], k[-1]) == words]
    else:
        return []
    found = [f for f in found if f is not None]
    if len({id(f[1]) for f in found}) != 1:
        return []
    text = names.st.ctx.text
    middles = {w[1] for s, e in found[0][1].mentions if len(w := text[s:e].split()) == 3 and (w[0], w[2]) ==
               (words[0], words[-1])}
    return [] if len(words) == 3 and middles - {words[1]} else found


def _after_area_title(toks, s: int, e: int) -> int:
    """The first token of the name in a person entity that opens with a local government's area and a title (`Anderson
    County Coroner Greg Shore`: `Greg`): an area word (actor_words.tsv `jurisdiction`) followed by words of a person
    title (titles.tsv) and at least one capitalised word after them; else `s` (act36c)."""
    for k in range(s + 1, e - 2):
        if toks[k].lower_ in lex.words("jurisdiction") and toks[k].is_title:
            j = k + 1
            while j < e - 1 and toks[j].lower_.rstrip(".") in lex.title_words():
                j += 1
            if j > k + 1 and toks[j].text[:1].isupper():
                return j
    return s


def _name_after_title(st: ActorState, ent) -> Optional[tuple[int, int]]:
    """(start, end) tokens of a name that an entity other than a person opens with a person title of titles.tsv and
    that runs to the entity's end or past it over untagged words (`the request of First Selectman Jeremy J. Fay`:
    `First Selectman` tagged ORG, the name no entity; `Superintendent Kari Lund said` tagged ORG whole): capitalised
    words and initials, two to four (opening with a given name past the entity), the last no word of a body or a road
    (`Hospital`, `Avenue`), none a lexicon name, a place, a title's word or a plural; else None (act33c)."""
    if ent.label_ in PERSON_LABELS:
        return None
    toks, table = st.toks, lex.titles()
    first = toks[ent.start].lower_.rstrip(".")
    if first not in _title_openers() and " " not in first:
        return None                               # (no person title opens with this word: speed36b)
    k = next((ent.start + n for n in (3, 2, 1) if n <= len(ent) and
              table.get(" ".join(t.lower_.rstrip(".") for t in toks[ent.start:ent.start + n]), {}).get("person")), None)
    if k is None or k >= len(toks) or not toks[k].is_title or toks[k].pos_ != "PROPN" or \
            (k == ent.end and (toks[k].ent_type_ or toks[k].lower_ not in given_names())):
        return None                               # (past the entity only a given name opens a name)
    e = k + 1
    while e < len(toks) and e - k < 4 and (e < ent.end or not toks[e].ent_type_) and toks[e].pos_ == "PROPN" and \
            toks[e].text[:1].isupper() and (toks[e].is_alpha or _INITIAL.fullmatch(toks[e].text)):
        e += 1
    if e < ent.end or e - k < 2 or not toks[e - 1].is_alpha or toks[e - 1].lower_ in lex.org_words() or \
            toks[e - 1].lower_ in lex.words("road_word") | lex.words("street_word") or \
            any(hit_at(st, i) or lex.place_country(toks[i].text) or toks[i].lower_ in lex.title_words() or
                toks[i].tag_ == "NNPS" for i in range(k, e)):
        return None                               # (`the Governor Ann Lee Foundation`, `President Ann Lee Avenue`,
        #                                           `Major Crimes Detective`: a unit and a title, no name)
    return k, e


_INITIAL = re.compile(r"[A-Z]\.")


@functools.lru_cache(maxsize=1)
def _title_openers() -> frozenset[str]:
    """The first words of titles.tsv's person titles (`first` of `first selectman`): an entity whose first word is
    none of them opens with no person title (`_name_after_title`)."""
    return frozenset(k.split(" ")[0] for k, v in lex.titles().items() if v.get("person"))


def _titled_name(st: ActorState, ent) -> bool:
    """A name the tagger did not call PERSON that a person title introduces: `a Lebanese lawyer,
    Kareem Majbour` (ORG), `spokesman Bahram Qassemi`."""
    if _aged_name(st, ent):
        return True
    if ent.label_ in ("FAC", "LOC") and _titled_place_name(st, ent):
        return True
    if ent.label_ not in ("ORG", "GPE", "NORP") or len(ent) < 2 or any(
            t.i in st.hits for t in span_tokens(ent)) or st.toks[ent.end - 1].lower_ in lex.org_words():
        return False
    if ent.label_ == "ORG" and len(ent) <= 4 and _role_opening_name(st.toks, ent.start, ent.end) and \
            all(t.pos_ == "PROPN" and t.is_alpha for t in span_tokens(ent)[1:]):
        return True                               # `Striker Dimitar Berbatov` opening a sentence, tagged ORG (ident41b)
    root = ent.root
    if root.dep_ == "appos" and is_person_title(root.head):
        return True
    before = st.toks[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lemma_.lower() in lex.words("name_tie") and before.tag_ == "NN" and \
            not any(lex.place_country(t.text) for t in ent):
        return True                               # `former Saakashvili ally Nino Burjanadze` (tagged GPE)
    return before is not None and before.lower_ in lex.title_words() and is_person_title(before)


def _titled_place_name(st: ActorState, ent) -> bool:
    """True for two or three capitalised words tagged a place or a building that open with a given name right after a
    person title, or any name after an abbreviated rank or honorific (`Sgt. Leo Park said`, tagged FAC: act48): a
    rank or title is said of people, not of places; not
    after a determiner (`the Officer Tom Lane Park`: a place named after the officer) nor inside a hit, nor the object
    of a preposition of place or way (actor_words.tsv `locative`, `from`, `to`: `from Col. Sanders Park to the
    river`, a place named after someone; review48d)."""
    toks = st.toks
    if not 2 <= len(ent) <= 3 or ent.start < 1 or any(t.i in st.hits or not (t.is_alpha and t.is_title)
                                                      for t in span_tokens(ent)):
        return False
    if _place_object(toks, ent.root):
        return False
    return _rank_right_before(toks, ent.start) and (toks[ent.start].lower_ in given_names() or (
        ent.start >= 2 and toks[ent.start - 1].text == "." and toks[ent.start - 2].lower_ in person_titles()))


def _place_object(toks, tok) -> bool:
    """The token is the object of a preposition of place or way (actor_words.tsv `locative`, `from`, `to`, not
    `according to`): `from Col. Sanders Park`, `at Gen. Grant Park` (review48d)."""
    head = tok.head
    return tok.dep_ == "pobj" and (head.lower_ in lex.words("locative") or head.lower_ in ("from", "to") and
                                   not (head.i > 0 and toks[head.i - 1].lower_ == "according"))


def _rank_right_before(toks, s: int) -> bool:
    """True when a person title or a rank (titles.tsv, person_titles.tsv) stands right before token `s`, itself after
    no determiner nor another title word (`Sgt. Leo Park`, `Officer Ann Hill Park` is no such; act48)."""
    b = s - 1
    if b >= 1 and toks[b].text == "." and not toks[b - 1].whitespace_:
        b -= 1                                    # `Sgt. Leo Park`: the period split from the rank
    return b >= 0 and (toks[b].lower_ in person_titles() or toks[b].lower_ in lex.title_words() and
                       is_person_title(toks[b])) and \
        (b == 0 or toks[b - 1].pos_ != "DET" and toks[b - 1].lower_ not in lex.title_words())


def _aged_name(st: ActorState, ent) -> bool:
    """True for two or three capitalised words the tagger took for a product, work or place right after an age
    (`bit 9-year-old Crystal Moss on the arm`, tagged PRODUCT): only people have an age so said."""
    toks = st.toks
    if ent.label_ not in ("PRODUCT", "WORK_OF_ART", "FAC", "ORG", "GPE") or not 2 <= len(ent) <= 3 or \
            not _after_age(toks, ent.start):
        return False                              # (the age asked first: most names have none)
    if not all(t.pos_ == "PROPN" and t.is_title and t.i not in st.hits for t in span_tokens(ent)) or \
            toks[ent.end - 1].lower_ in lex.org_words() or toks[ent.end - 1].dep_ == "compound":
        return False                              # (`the 3-year-old Kindle Fire tablet`: a thing)
    return True


def _after_age(toks, s: int) -> bool:
    """True when `N-year-old` stands right before token s."""
    return s >= 3 and toks[s - 1].lower_ == "old" and toks[s - 2].text in ("-", "–") and \
        toks[s - 3].lower_ in ("year", "years")


def _lexicon_person(st: ActorState, form: str) -> Optional[lex.Person]:
    person = lex.resolve_person(form, st.day) or (lex.resolve_person(form.replace("’", "'"), st.day)
                                                  if "’" in form else None)   # `Martin O’Malley` as typeset
    if person is None and form.isupper():        # a headline in capitals
        person = lex.resolve_person(form.title(), st.day)
    words = form.split()
    if person is None and len(words) == 3 and _INITIAL.fullmatch(words[1]):
        person = lex.resolve_person(f"{words[0]} {words[2]}", st.day)   # `Harry M. Reid` for Harry Reid, but not
        if person is not None and any(_INITIAL.fullmatch(w) for w in person.name.split()):   # `George H. Bush`
            person = None                         # for George W. Bush: a lexicon name with an initial of its own
    if person is None and len(words) >= 3 and all(w[:1].isupper() and w.isalpha() for w in words[1:-1]):
        initials = [w[0] + "." for w in words[1:-1]]   # middle names spelled out (`George Herbert Walker Bush`):
        for middle in (" ".join(initials), "".join(initials)):   # the lexicon name of their initials (ident44)
            person = person or lex.resolve_person(f"{words[0]} {middle} {words[-1]}", st.day)
    return person                                 # is another person's when the initials differ


_INITIAL = re.compile(r"[A-Z]\.")


def _joined_particle_end(toks, e: int) -> int:
    """The end of a name whose surname the tagger left out after an article joined to it by a hyphen
    (actor_words.tsv `joined_particle`: `Abbas a-Sayed`, `Hassan al-Turabi` where only the first word is tagged):
    the particle, the hyphen and the capitalised word after them are the name's; else `e`."""
    if e + 2 < len(toks) and toks[e - 1].whitespace_ == " " and toks[e].lower_ in lex.words("joined_particle") and \
            toks[e].whitespace_ == "" and toks[e + 1].text in ("-", "‐") and toks[e + 1].whitespace_ == "" and \
            toks[e + 2].text[:1].isupper() and toks[e + 2].is_alpha:
        return e + 3
    return e


def _garbled_end(doc, e: int) -> int:
    """The end of a name whose last word is cut at a garbled accented letter (`TrÃ©vidic`, UTF-8 read as Latin-1:
    the tokenizer splits at `©`): the name runs on over the tokens glued to it, no space between, while a symbol or
    letter outside ASCII joins them; never over an apostrophe of any form (`Sanders´ answer`, fix38a)."""
    toks = tokens(doc)
    k = e
    while k < len(doc) and toks[k - 1].whitespace_ == "" and not toks[k].is_punct and toks[k].text[:1] not in APOSTROPHES \
            and (not toks[k - 1].text[-1:].isascii() or not toks[k].text[:1].isascii()):
        k += 1
    return k


def _lexicon_person_at(st: ActorState, form: str, s: int) -> Optional[lex.Person]:
    """The lexicon person a name at token s names, heeding a gendered title before it: `Mr. Clinton` in 2016 is
    Bill Clinton, not the candidate in office; `Mrs. Obama` is no lexicon person when the lexicon has only Barack
    Obama of that surname (given names by gender, given_names.tsv)."""
    person = _lexicon_person(st, form)
    if person is not None and " " not in form and _seated_elsewhere(st, person, s):
        return None                               # `Brown, R-Mass.,` in 2010: not Sherrod Brown of Ohio (ident49)
    if " " not in form and _names_an_administration(st, s):
        head = _administration_head(form, st.day)
        if head is not None and not (s > 0 and st.toks[s - 1].lower_ in ("a", "an") and
                                     not _government_qualifies(st, s)):
            return head                           # `the Clinton administration`: the one of that name who headed
            #                                       a government (Bill, not Hillary; act29a, ident44); `a Clinton
            #                                       administration` is one to come: the name's person (ident55)
    if person is not None and _namesake_told(st, person, form):
        return None                               # `Nunes` in a Brazilian story of 2018: not Devin Nunes
    title = title_genders().get(st.toks[s - 1].lower_.rstrip(".")) if s > 0 else None
    if title is None and person is not None and " " not in form and not _surname_met(st, form, s):
        said = _own_gender(st, s, form)           # `Clinton said she would run` in 2000: Hillary, not the president
        if said is not None and _given_gender(person) not in (None, said):   # (not once the article has someone
            title = said                                                      # of that surname: `Trump said he
            #                                                                   ... Trump said she would lose`)
    if title is None or (person is not None and _given_gender(person) in (None, title)):
        return person
    cands = [p for p in _title_cands(form) if _given_gender(p) in (None, title) and p is not person]
    if len(cands) > 1 and st.day:
        cands = [p for p in cands if p.in_office(st.day)]
    return cands[0] if len(cands) == 1 else None


def _seated_elsewhere(st: ActorState, person: lex.Person, s: int) -> bool:
    """True when the text places the bare surname at token s in a US state (`_placed_in`) that the lexicon person,
    a US lawmaker or governor of person_states.tsv, never served as such: `Sen. Nelson of Nebraska` in 2009 is not
    Bill Nelson of Florida, `Rep. Johnson, R-Ohio,` not Ron Johnson of Wisconsin (ident49)."""
    served = lex.person_states().get(person.name)
    if not served:
        return False
    placed = _placed_in(st, s)
    return bool(placed) and not placed & served


_PARTY_STATE = re.compile(r",?\s*\(?\s*[DRI]-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)")   # `, D-Neb.`, `(R-New York)`
_OF_STATE = re.compile(r"\s+of\s+([A-Z][a-z.]+(?: [A-Z][a-z.]+)?)")                     # ` of Nebraska`


def _placed_in(st: ActorState, s: int) -> frozenset[str]:
    """The US states (postal codes) the text places a one-word name at token s in: a party-state tag or `of` a state
    right after it (`Nelson, D-Neb.`, `Nelson of Nebraska`), or a state's name right before its title (`Nebraska Sen.
    Nelson`, `Vermont Lt. Gov. Scott`); empty when none (ident49)."""
    codes, toks, text = lex.us_state_codes(), st.toks, st.ctx.text
    end = toks[s].idx + len(toks[s])
    for rx in (_PARTY_STATE, _OF_STATE):
        m = rx.match(text, end)
        if m is not None:
            words = m.group(1).rstrip(",;)").split()
            for k in (len(words), 1):             # (`New York`, then `Nebraska` of `Nebraska Democrat`)
                code = codes.get(" ".join(words[:k])) or codes.get(" ".join(words[:k]) + ".")
                if code is not None:
                    return frozenset((code,))
    j = s - 1
    lows = strings(st.doc, "LOWER")
    while j >= 0 and (lows[j] in lex.title_words() or lows[j] in lex.words("title_prefix") or _cut_stop(lows, j)):
        j -= 1
    if j < s - 1 and j >= 0:
        for k in (2, 1):                          # `New Mexico Gov.`, `Ohio Sen.`
            if j - k + 1 >= 0 and (code := codes.get(span_text(st.doc, j - k + 1, j + 1))) is not None:
                return frozenset((code,))
    return frozenset()


_HEADS = frozenset(("leader", "hog"))   # titles.tsv office classes of a head of state or of government


def _administration_head(form: str, day: Optional[str]) -> Optional[lex.Person]:
    """The lexicon person a surname before `administration` names: of the people of that name who headed a state or a
    government, the only one (act29a, undated), or on a day the one whose headship began last by then (ident44:
    `the Clinton administration` in 2016 is Bill's, not the candidate Hillary's; `the Bush administration` in 2005
    George W.'s, in 1991 his father's); None when several fit an undated text or none had begun (`the Trump
    administration` in 2016: the name's person, as before)."""
    began = {}
    for p in lex.person_forms().get(form, ()):
        starts = [o.start or "" for o in p.offices if lex.office_of(o.role) in _HEADS and (not day or (o.start or "") <= day)]
        if starts:
            began[p] = max(starts)
    if len(began) == 1 or day and began:
        return max(began, key=began.get)
    return None


def _administration_holders(st: ActorState, found: list, form: str, s: int) -> list:
    """Of the article's people of a surname before a government noun (`_names_an_administration`), those the
    determiner lets head it (ident55). `the Bush administration` is the one who headed it by the day
    (`_administration_head`: George W. beside Jeb in 2016; Bill beside Hillary); when none of the article's people
    is that one and each is a lexicon person (Jeb alone), none of them (the lexicon's head follows). `a Clinton
    administration` (a or an: one still to come) is not the one who headed it, while another of the name remains
    (Hillary in 2016). Any other determiner (`a second Bush administration`, a possessive) or no head by the day
    (`the Trump administration` in 2016) leaves the people as found; so does a private person of the surname (`the
    Brown administration` of a town's mayor Brown)."""
    head = _administration_head(form, st.day)
    if head is None or s == 0:
        return found
    det = st.toks[s - 1].lower_
    if det in ("a", "an") and _government_qualifies(st, s):
        det = "the"                               # `a Clinton administration official`: the article is the
        #                                           official's, the administration the one that was (review55d)
    if _government_seated_below(st, s):
        return found                              # `the Bush administration in Tallahassee`: a state's (review55d)
    heads = [c for c in found if c.person is head or c.name == head.name]
    if det == "the":
        if heads:
            return heads
        return [] if all(c.person is not None for c in found) else found
    if det in ("a", "an"):
        rest = [c for c in found if all(c is not h for h in heads)]
        return rest or ([] if heads and all(c.person is not None for c in found) else found)
    return found


def _kin_apposed_names(st: ActorState, s: int) -> frozenset:
    """The names of people a bare surname at token s is not, told by a kin noun a pronoun owns after it in its
    sentence (actor_words.tsv `kin`; ident55): the name in apposition with it (`Clinton now stumps across Iowa
    for his wife, Hillary Clinton`), or, with none there, the names the article elsewhere sets in apposition
    with a pronoun's kin noun of that lemma (`He praised his father, Donald Trump ... Trump said his father taught
    him`): nobody is his own relative. A name that owns the kin noun (`Trump's son, Eric Trump`) is `_kin_named_by`'s."""
    kin = lex.words("kin")
    if gated() and not lemma_in(st.doc, kin):
        return frozenset()
    sent = sentence_of(st.doc, s)
    out = set()
    for noun in st.toks[s + 1:sent.end]:
        if noun.ent_type_ == "PERSON" and noun.ent_iob_ == "B":
            break                                 # `Clinton smiled as Chelsea Clinton introduced her mother, ...`:
            #                                       the pronoun may be the other person's (review55d)
        if _pronoun_kin(noun, kin):
            out |= _kin_appositions(st, noun) or _kin_names_by_lemma(st, kin).get(noun.lemma_.lower(), set())
    return frozenset(out)


def _pronoun_kin(tok, kin) -> bool:
    return tok.lemma_.lower() in kin and any(k.dep_ == "poss" and k.pos_ == "PRON" for k in children(tok))


def _kin_appositions(st: ActorState, noun) -> set:
    """The proper names in apposition with a kin noun (`his wife, Hillary Clinton`; `Bill Clinton, her husband`)."""
    out = set()
    for h in [k for k in children(noun) if k.dep_ == "appos" and k.pos_ == "PROPN"] + \
            ([noun.head] if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else []):
        lo = min([h.i] + [c.i for c in children(h) if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"])
        out.add(" ".join(t.text for t in st.toks[lo:h.i + 1]))
    return out


def _kin_names_by_lemma(st: ActorState, kin) -> dict:
    """kin lemma -> the names the article sets in apposition with a pronoun's kin noun of it, read once a doc."""
    cache = st.doc.user_data.setdefault("dateline.kin_names_by_lemma", {})
    if "all" not in cache:
        out: dict = {}
        for tok in st.toks:
            if _pronoun_kin(tok, kin):
                out.setdefault(tok.lemma_.lower(), set()).update(_kin_appositions(st, tok))
        cache["all"] = out
    return cache["all"]


def _namesake_in_sentence(st: ActorState, found: list, s: int) -> Optional[Cluster]:
    """Of two or more lexicon people of one surname named in the article, the one a bare surname at token s names when
    its own sentence tells which (ident57): an age word before it (`the elder Bush`, `the younger Mr. Bush`:
    `age_elder`/`age_younger`), an apposed office (`Mr. Bush, the former president,`: the one who held it before the
    day, or `the governor,` the one who holds it), or a kin noun a pronoun owns in the clause it is the subject of
    (`Mr. Bush praised his younger brother`, `Mr. Bush said his son ...`: the elder; `his father`, `his older
    brother`: the younger). The elder of two is the one who took a lexicon office first. None when the sentence
    tells nothing, or the tie is not broken (`his brother`, two who held the office)."""
    people = [c for c in found if c.person is not None and c.person.offices]
    if len(people) != len(found):
        return None
    toks, day = st.toks, st.day
    i = s - 1
    if i >= 0 and toks[i].lower_.rstrip(".") in lex.words("honorific"):
        i -= 1                                    # (`the elder Mr. Bush`)
    want = None
    if i >= 1 and toks[i - 1].lower_ == "the":
        want = "elder" if toks[i].lower_ in lex.words("age_elder") else \
            "younger" if toks[i].lower_ in lex.words("age_younger") else None
    head = toks[s]
    if want is None:
        for ap in children(head):
            if ap.dep_ != "appos" or ap.i < s:
                continue
            former = any(t.lower_ in lex.words("former") for t in toks[ap.left_edge.i:ap.i])
            role = " ".join(t.lower_ for t in toks[ap.left_edge.i:ap.i + 1]
                            if t.dep_ in ("compound", "amod") and t.lower_ not in lex.words("former")
                            and t.i != ap.i) + (" " if ap.left_edge.i < ap.i else "") + ap.lower_
            role = role.strip()
            for r in dict.fromkeys((role, ap.lower_)):   # (`the former Florida governor`: `governor` too)
                held = [c for c in people if any(o.role == r and (o.end is not None and day is not None and o.end <= day
                                                                  if former else day is not None and o.holds(day))
                                                 for o in c.person.offices)]
                if held:
                    return held[0] if len(held) == 1 else None
            return None
    if want is None and head.dep_ in ("nsubj", "nsubjpass"):
        verb = head.head
        for t in toks[s + 1:verb.right_edge.i + 1]:
            if t.pos_ != "NOUN" or not any(p.dep_ == "poss" and p.lower_ in ("his", "her") for p in children(t)):
                continue
            ages = {a.lower_ for a in children(t) if a.dep_ == "amod"}
            lemma = t.lemma_.lower()
            if lemma in lex.words("kin_junior") or lemma in ("brother", "sister") and ages & lex.words("age_younger"):
                want = "elder"
            elif lemma in lex.words("kin_senior") or lemma in ("brother", "sister") and ages & lex.words("age_elder"):
                want = "younger"
            if want is not None or lemma in lex.words("kin"):
                break                             # (the first kin noun of the clause decides, or nothing does)
    if want is None:
        return None
    firsts = sorted((min(o.start or "9999" for o in c.person.offices), k) for k, c in enumerate(people))
    if firsts[0][0] == firsts[1][0] or len(people) > 2:
        return None
    return people[firsts[0][1] if want == "elder" else firsts[-1][1]]


def _kin_apposed_after(st: ActorState, found: list, s: int) -> list:
    """Those of `found` whose name `_kin_apposed_names` gives after token s."""
    names = _kin_apposed_names(st, s)
    return [c for c in found if c.name in names] if names else []


def _kin_told_other(st: ActorState, person: lex.Person, form: str, s: int) -> Optional[lex.Person]:
    """The lexicon person a bare surname at token s names, given the one it was taken for: that one, unless its
    own sentence tells it is not (`_kin_apposed_names`: `Clinton now stumps across Iowa for his wife,
    Hillary Clinton`); then the one other lexicon person of the surname whose full name the article writes, if
    exactly one (Bill). With none such, the one it was taken for still (`Eric Trump ... his father, Donald Trump ...
    Trump said his father taught him` stays Donald's: a person of the article alone, left; ident55)."""
    names = _kin_apposed_names(st, s)
    if not names or not ({person.name} | set(person.aliases)) & names:
        return person
    text = st.ctx.text
    others = [p for p in lex.person_forms().get(form, ()) if p is not person and
              re.search(r"\b" + re.escape(p.name) + r"\b", text)]
    return others[0] if len(others) == 1 else person


def _names_an_administration(st: ActorState, s: int) -> bool:
    """True when the name at token s stands before a government noun (actor_words.tsv `own_government`), alone or
    with other names joined by `and` or commas: `the Clinton administration`, `the Clinton and Bush
    administrations` (act29a)."""
    return _government_index(st, s) is not None


def _government_index(st: ActorState, s: int) -> Optional[int]:
    """The token of the government noun `_names_an_administration` finds after the name at token s, or None."""
    toks = st.toks
    own = lex.words("own_government")

    def government(t) -> bool:                    # (`Administrations` capitalised: a proper noun's lemma is itself)
        return t.lower_ in own or t.lemma_.lower() in own or t.lower_.endswith("s") and t.lower_[:-1] in own
    k = s + 1
    while k < len(toks) and k < s + 6 and (toks[k].lower_ in ("and", ",") or toks[k].text[:1].isupper() and
                                           not government(toks[k])):
        k += 1                                    # (`the Clinton Administration` capitalised: its noun ends the names)
    if k == s + 1 and k < len(toks) and toks[k].lower_ == "'s":
        return None
    return k if k < len(toks) and government(toks[k]) else None


def _government_seated_below(st: ActorState, s: int) -> bool:
    """True when the government noun after the name at token s is placed `in` a named place that is no country and no
    capital of one (`the Bush administration in Tallahassee`, `the Brown administration in Sacramento`): a state's or
    a town's government, which the head of a country's did not lead (review55d). `in Washington` is a capital."""
    k = _government_index(st, s)
    toks = st.toks
    if k is None or k + 2 >= len(toks) or toks[k + 1].lower_ != "in":
        return False
    place = toks[k + 2]
    if place.pos_ != "PROPN" or place.ent_type_ not in ("GPE", "LOC"):
        return False
    hit = st.hits.get(place.i)
    return not (hit and hit[0] in ("CTRY", "CAP"))


def _government_qualifies(st: ActorState, s: int) -> bool:
    """True when the government noun after the name at token s itself qualifies a lower-case noun after it (`a
    Clinton administration official`, `an Obama administration lawyer`): the determiner before the name is that
    noun's, and tells nothing of an administration to come (review55d)."""
    k = _government_index(st, s)
    toks = st.toks
    return k is not None and k + 1 < len(toks) and toks[k + 1].is_lower and toks[k + 1].is_alpha and \
        toks[k + 1].pos_ in ("NOUN", "PROPN")


def _namesake_told(st: ActorState, person: lex.Person, form: str) -> bool:
    """True for a bare surname (`Nunes`) whose lexicon person has a namesake of that surname in office that day for
    another country, in an article that tells that country (a name, demonym or capital, or the dateline's) and none of
    the person's: a Brazilian story's `Nunes` in 2018 is not Devin Nunes, a Damascus story's `Abbas` in 2023 not
    Mahmoud Abbas (act28a; who of the two is meant stays unsaid)."""
    if " " in form or not st.day:
        return False
    rivals = [q for q in lex.people_by_surname().get(form, ()) if q is not person and q.in_office(st.day)]
    if not rivals:
        return False
    own = {o.country for o in person.offices}
    theirs = {o.country for q in rivals for o in q.offices if o.holds(st.day)} - own
    return bool(theirs) and _told_country(st, theirs) and not _told_country(st, own)


def _given_gender(person: lex.Person) -> Optional[str]:
    return given_names().get(person.name.split()[0].lower())


def _gender_alternative(form: str, gender: str) -> bool:
    """True when the lexicon has a person of this surname or form whose given name is of this gender: the one a
    bare surname with its own `he`/`she` may name instead of the article's person of the other gender (`Heidi Cruz
    ... Cruz said he`: Ted Cruz). A given name's gender alone is no proof (`Lauren McDonald ... McDonald said he`)."""
    return any(_given_gender(p) == gender for p in _title_cands(form))


def _surname_met(st: ActorState, form: str, s: int) -> bool:
    """True when a person of the article whose name ends in this surname is named before token s."""
    at = st.toks[s].idx
    return any(c.key[0] in ("P", "P?") and c.name.split()[-1] == form and any(m[0] < at for m in c.mentions)
               for c in st.clusters.values())


def _own_gender(st: ActorState, s: int, form: str) -> Optional[str]:
    """`m`/`f` when a bare surname at token s is the subject of a verb whose complement's subject is `he`/`she`
    (`_pronoun_gender`: `Clinton said she would run`) and nobody else of that gender is named before it; else None."""
    said = _pronoun_gender(st.toks[s])
    return said if said is not None and not _gender_named_near(st, s, said, form) else None


def _gender_named_near(st: ActorState, s: int, gender: str, form: str) -> bool:
    """True when someone not of the surname `form` who may be of this gender (`m`/`f`) is named before token s or
    in its sentence or the next: a person's name whose honorific or given name tells that gender or none (`Trump
    attacked Clinton. Trump said she should ...`: her; `Trump said she was unfit. Hillary Clinton responded`: her,
    named just after). A bare surname's own `he`/`she` (`_pronoun_gender`) tells its gender only when nobody is."""
    doc = st.doc
    sent = sentence_of(doc, s)
    end = sentence_of(doc, sent.end).end if sent.end < len(doc) else sent.end
    for ent in entities(doc):
        if ent.start >= end:
            break
        if ent.start == s:
            continue
        if ent.label_ not in PERSON_LABELS or ent[-1].text == form:
            continue
        said = title_genders().get(tokens(doc)[ent.start - 1].lower_.rstrip(".")) if ent.start > 0 else None
        person = _lexicon_person(st, ent.text)
        said = said or (_given_gender(person) if person is not None else None) or \
            (given_names().get(ent[0].lower_) if len(ent) > 1 else None)
        if said in (None, gender):
            return True
    return False


def _title_cands(form: str) -> tuple:
    """The lexicon people a name or bare surname may name, for a title to choose among: those it is a form of,
    and for a surname also everyone who bears it (`Governor Bush`: Jeb Bush too, whom no alias `Bush` names)."""
    cands = lex.person_forms().get(form, ())
    if " " not in form:
        cands = tuple(dict.fromkeys(cands + lex.people_by_surname().get(form, ())))
    return cands


def _title_role(st: ActorState, s: int):
    """The title (with its role) right before token s, walking over title words, ranks and countries; or None."""
    doc, j = st.doc, s - 1
    lows = strings(doc, "LOWER")                  # (the column: no string made at each read)
    while j >= 0 and (lows[j] in lex.title_words() or lows[j] in lex.words("former") or
                      lows[j] in lex.words("title_prefix") or _cut_stop(lows, j) or _plural_title(tokens(doc), j) or
                      (hit_at(st, j) or ("",))[0] in ("CTRY", "DEM")):
        j -= 1
    info = _title_info(st, span_of(doc, j + 1, s)) if j + 1 < s else None
    if info is None and j + 1 == s and tokens(doc)[s].dep_ == "conj":
        info = _shared_title(st, s, s + 1)        # `Presidents Reagan and Clinton`: the plural title before the
        #                                           list is each name's (Bill Clinton, not Hillary; ident50b)
    return info if info is not None and info.role else None


def _plural_title(toks, j: int) -> bool:
    """True for a title word written in the plural before a list of names (`Presidents Bush and Clinton`, `Former
    Presidents Ford and Carter`): a word that is no title word itself, a capital
    first, with `and` within the next four words (its singular a title word: a tagged proper noun keeps its
    plural as its lemma), right before a capitalised word that is no title word, not after `the`. The walks over a
    name's titles take it as each name's title, as ident50b's `_shared_title` did for the conjuncts after the first
    (ident51). Not a team named by a title's plural before its people's titles (`Cardinals manager Mike Mathis and
    Cubs manager ...`, `the Chiefs`: a club; review51d)."""
    t = toks[j]
    low = t.lower_
    if not t.text[:1].isupper() or not low.endswith("s") or low in lex.title_words():
        return False
    if low[:-1] not in lex.title_words() or low[:-1] in lex.words("title_prefix"):
        return False                              # (a proper noun's lemma is itself: `Presidents`)
    if j + 1 >= len(toks) or not toks[j + 1].text[:1].isupper() or toks[j + 1].lower_ in lex.title_words() or \
            j > 0 and toks[j - 1].lower_ == "the":
        return False                              # (`Cardinals manager Mike Mathis`: the club's manager; review51d)
    return any(toks[k].lower_ == "and" for k in range(j + 2, min(j + 5, len(toks))))


def _cut_stop(lows, j: int) -> bool:
    """True for a full stop the tokenizer split from an abbreviated title prefix before it (`Lt . Gov. Scott`:
    `lt` is actor_words.tsv `title_prefix`), so that the walk over a title goes on past it (ident49)."""
    return lows[j] == "." and j > 0 and lows[j - 1] in lex.words("title_prefix")


def _held_title(info, o: lex.Office) -> bool:
    """The office is the one the title names: its role, or its office class in the title's country (`President`
    with no organisation is no IGO's president: `President Kim` is not the World Bank's Jim Yong Kim)."""
    if o.role == info.role:
        return True
    if info.office is None or lex.office_of(o.role) != info.office:
        return False
    if o.country == "IGO" and info.org is None and info.country != "IGO":
        return False
    return not (info.country and o.country and info.country != o.country)


def _title_rules_out(st: ActorState, c: Cluster, form: str, s: int) -> bool:
    """True when the title before a bare surname names an office the article's person of that surname never
    held while another lexicon person of that surname did (`President Bush` after `Governor Bush` in 2016: not Jeb
    Bush)."""
    info = _title_role(st, s)
    if info is None or c.person is None or any(_held_title(info, o) for o in c.person.offices):
        return False
    return any(_held_title(info, o) and _country_told(st, {o.country})   # (a South Korean President Kim rules out no
               for p in _title_cands(form) if p is not c.person for o in p.offices)   # World Bank Kim in a US story)


def _title_misfits(st: ActorState, person: Optional[lex.Person], s: int) -> bool:
    """True when a title right before a bare surname names an office the lexicon person of that surname never
    held by the article's day, nor any office of the title's sector (`President Kim` is not Jim Yong Kim, the World
    Bank's president; `Secretary Clinton` is still Hillary Clinton): the bearer is someone else, left unknown with
    the title's sector and country. (Callers ask only for a person the article has not named in full yet.)"""
    info = _title_role(st, s)
    if info is None or person is None or info.sector is None:
        return False
    return not any((_held_title(info, o) or o.sector == info.sector) and (not st.day or (o.start or "") <= st.day)
                   for o in person.offices)


def _local_post(info) -> bool:
    """True for a title of a post held in many places at once and by many people: a police rank (COP), a local
    office or a seat (actor_words.tsv `local_post`: `Officer`, `Sgt.`, `Mayor`, `councilman`, `sheriff`, `Gov.`,
    `Sen.`, `Rep.`)."""
    return info is not None and not info.former and (info.sector == "COP" or info.role in lex.words("local_post"))


def _local_post_misfits(st: ActorState, person: Optional[lex.Person], info) -> bool:
    """True when a police rank or local office (`_local_post`) is given, as held now, to a lexicon person who never
    held it and holds another office on the article's day (`Officer Mike Pence` in 2016, `Mayor John Kerry of
    Oakdale`, `Boris Johnson, a Tampa city councilman`): someone else of that name. A post the person held
    (`Mayor Boris Johnson`, `Police Commissioner Bill Bratton`) and a former one (`former Burlington Mayor Bernie
    Sanders`) are left alone."""
    if person is None or not st.day or not _local_post(info):
        return False
    if not person.in_office(st.day) and not (info.sector == "COP" and
                                             all(o.end and o.end <= st.day for o in person.offices)):
        return False                              # before a first office (or between two), or a local office of
        #                                           a retired holder (`then-Arkansas Gov. Bill Clinton`): the post may
        #                                           be one held on the way, which the lexicon need not list; a police
        #                                           rank of a retired holder is another's (act29a: `Police Chief
        #                                           Richard Myers` in 2017, not the general)
    if st.toks[info.start - 1].lower_ in ("then", "-") if info.start > 0 else False:
        return False                              # `then-Mayor ...`: a post of the past
    return not any(_held_title(info, o) or info.sector in ("COP", "LEG") and o.sector == info.sector and
                   info.role not in lex.words("state_seat") or   # (a state's seat is no Senate seat: ident50)
                   re.search(r"\b%s\b" % re.escape(info.role), o.role.lower()) for o in person.offices)   # (any police post, any seat in a
    #                                                                       legislature: `Sen. Harry Reid`, the
    #                                                                       majority leader)


_SEATS = frozenset(("LEG", "MIL", "JUD", "COP"))   # sectors of posts no one holds two of at a time


def _other_seat(st: ActorState, c: Optional[Cluster], s: int) -> Optional[str]:
    """The sector of a title said as of now before the name at token s (`Adm.` in `Adm. Mike Rogers`) when the
    article's person of that name (`c`, no lexicon person) already has another of the sectors no one holds two of at
    once (`Rep. Mike Rogers`: a legislator is no admiral, a judge no police officer): another person of that name."""
    if c is None or c.key[0] != "P?" or c.sector not in _SEATS:
        return None
    info = _title_role(st, s)
    if info is None or info.former or info.sector not in _SEATS or info.sector == c.sector:
        return None
    return info.sector


def _appositive_info(st: ActorState, root):
    """What a title says that heads an apposition with `a`/`an` right after a name (`Boris Johnson, a Tampa city
    councilman,`), or None."""
    for c in children(root):
        if c.dep_ == "appos" and c.i > root.i and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                                      for d in children(c)):
            if not _title_head(c):
                return None
            span = char_span(st.doc, *np_bounds(st, c), alignment_mode="expand")
            return _titled_at_head(c, _title_info(st, span)) if span is not None else None
    return None


def _titled_person(st: ActorState, form: str, s: int) -> Optional[lex.Person]:
    """Of the lexicon people a name or bare surname may name (`Clinton`, `George Bush`, `Carter`), the one the
    title right before it says:
    who held that office on the day, or before it (`Former President Clinton` in 2010 is Bill, not Hillary;
    `President Clinton` in 2016 too, as no Clinton is president then), when only one did."""
    cands = _title_cands(form)
    if (len(cands) < 2 and form in lex.person_forms()) or not cands:
        return None                               # (a surname no alias names: `Former President Carter`)
    if not st.day:
        found = _undated_holders(st, cands, s)
        return found[0] if len(found) == 1 else None
    if " " not in form:
        cands = tuple(p for p in cands if not _seated_elsewhere(st, p, s))   # `Sen. Nelson of Nebraska` (ident49)
    info = _title_role(st, s)
    if info is None:
        return None
    def fits(o: lex.Office, before: bool) -> bool:
        return _held_title(info, o) and (o.end is not None and o.end <= st.day if before else o.holds(st.day))

    for before in ((True,) if info.former else (False, True)):
        found = [p for p in cands if any(fits(o, before) for o in p.offices)]
        if not before and not info.country:       # an office of the title's class but another role (a leader for
            found = [p for p in found if any(     # `President`) only of a country the story tells of: `President
                fits(o, False) and (o.role == info.role or _country_told(st, {o.country})) for o in p.offices)]
            #                                       Kim` in Seoul is no North Korean leader (act28a)
        if before and not info.former and not info.country:   # a past holder for a title said as of now: only
            found = [p for p in found if _country_told(st, {o.country for o in p.offices if fits(o, True)})]
            #                                       of a country the story tells of (`Prime Minister Martin` in a
            #                                       Dublin story of 2021 is no former Canadian prime minister)
        if len(found) > 1 and before:             # two former governors Bush in 2016: the one still in public
            active = [p for p in found if p.in_office(st.day)]   # life that day (Jeb Bush, a candidate)
            found = active if len(active) == 1 else found
        if len(found) > 1 and not before:         # `President Kim` in 2000: the president (Kim Dae-jung), not
            exact = [p for p in found if any(o.role == info.role and o.holds(st.day) for o in p.offices)]
            found = exact if len(exact) == 1 else found   # the North's leader; else the one of the story's country
            told = [p for p in found if _told_country(st, {o.country for o in p.offices if fits(o, False)})]
            found = told if len(told) == 1 else found
        if len(found) == 1:
            if " " not in form and _given_gender(found[0]) is not None and \
                    _own_gender(st, s, form) not in (None, _given_gender(found[0])):
                return None                       # `Gov. Brown said she would sign` in 2016: no Jerry Brown (ident45)
            return found[0]
        if found and not before:
            return None                           # several hold such an office that day: no past holder is meant
            #                                       (act28a: `President Kim` in 2000 was Kim Young-sam, out of office)
    return None


def _undated_holders(st: ActorState, cands: tuple, s: int) -> list:
    """In a text with no date, the lexicon people of a name or bare surname who ever held the office the title right
    before token s names (`Former Presidents Bush and Clinton` on an undated page: Bill Clinton, not Hillary; two
    presidents Bush; ident51)."""
    info = _title_role(st, s)
    if info is None:
        return []
    return [p for p in cands if any(_held_title(info, o) for o in p.offices)]


def _titled_several(st: ActorState, form: str, s: int) -> bool:
    """True in a text with no date when a plural title before a bare surname names an office two or more lexicon
    people of that surname held (`Former Presidents Bush and Clinton`: which Bush is not said): no lexicon person is
    meant. A singular title keeps the lexicon's default (`President Bush` on an undated page of 2008)."""
    if st.day or " " in form:
        return False
    info = _title_role(st, s)
    if info is None or not any(_plural_title(st.toks, k) or st.toks[k].lower_ in lex.words("plural_title")
                               for k in range(info.start, s)):
        return False
    return len(_undated_holders(st, _title_cands(form), s)) > 1


def _told_country(st: ActorState, countries: set) -> bool:
    """True when the article names one of these countries (its name, demonym or capital, or its dateline's country)."""
    named = {entry for label, entry, _ in st.hits.values() if label in ("CTRY", "DEM", "CAP")}
    named.add(dateline_country(st))
    return bool(named & countries)


def _country_told(st: ActorState, countries: set) -> bool:
    """True when the article names one of these countries (its name, demonym or capital, or its dateline's country),
    or names no country at all."""
    named = {entry for label, entry, _ in st.hits.values() if label in ("CTRY", "DEM", "CAP")}
    named.add(dateline_country(st))
    named.discard(None)
    return not named or bool(named & countries)


def _headline_line(st: ActorState, start: int, end: int) -> bool:
    """True for a span on a line in title case (a headline or subheading) of three words or more."""
    return title_case_line(st, start, end, least=3)


def _letters_then_name(toks, s: int, e: int) -> bool:
    """True for a name that opens with three capital letters or more, no given name, before a word in title case
    (`NRC Handelsblad`, `BBC Newsnight`): an outlet's or a body's, not a person's (`JOHN SMITH` of a byline is all
    capitals; `DJ Khaled` has two letters)."""
    first = toks[s].text
    return e - s >= 2 and len(first) >= 3 and first.isalpha() and first.isupper() and \
        first.lower() not in given_names() and toks[s + 1].is_title and toks[s + 1].is_alpha and \
        toks[s + 1].text not in _GENERATIONS   # (`JFK Jr`: a son's mark, a person's name; review37)


def _cut_given_name(st: ActorState, s: int) -> bool:
    """True when the word right before a one-word PERSON entity is the given name the tagger left out (`Sadiq` of
    `Mayor Sadiq Khan`): a capitalised proper noun of no entity, lexicon name or title, one space before the
    surname, outside the headline and its capitalised lines."""
    if s == 0:
        return False
    t, doc = st.toks[s - 1], st.doc
    if not (t.tag_ == "NNP" and t.is_title and t.is_alpha and len(t) > 1 and t.ent_type_ == "" and
            t.whitespace_ == " " and not hit_at(st, t.i) and t.lower_ not in lex.title_words() and
            t.lower_ not in lex.words("title_prefix") and t.lower_ not in lex.words("honorific")):
        return False                              # (`Mr Carroll`: an honorific without its period, no given name)
    if t.i > 0 and tokens(doc)[t.i - 1].pos_ == "PROPN" and tokens(doc)[t.i - 1].is_title and tokens(doc)[t.i - 1].lower_ not in \
            lex.title_words() and tokens(doc)[t.i - 1].ent_type_ == "":
        return False                              # a run of capitalised words: a name of something else
    return not _headline_line(st, t.idx, tokens(doc)[s].idx + len(tokens(doc)[s]))


def _opening_verb(st: ActorState, i: int) -> bool:
    """True for a capitalised word opening a line or a sentence that is a verb in lower case (the lemmatizer's
    dictionary) and no given name (given_names.tsv): `Combine` of `Combine Clinton and Sanders' numbers`, which the
    tagger calls a proper noun before a name."""
    t, doc = st.toks[i], st.doc
    if not (t.is_title and t.is_alpha and len(t) > 2) or t.lower_ in given_names():
        return False
    if not (i == 0 or t.is_sent_start or "\n" in tokens(doc)[i - 1].text_with_ws):
        return False
    return t.lower_ in _verbs()


@functools.lru_cache(maxsize=1)
def _verbs() -> frozenset:
    """The lower-case verbs of the model's lemmatizer dictionary (its `lemma_index` table), to tell a capitalised
    verb opening a line from a given name; empty for a model with no such table."""
    from ...nlp import load

    lemmatizer = load().get_pipe("lemmatizer")   # (disabled, its tables still there)
    if "lemma_index" not in lemmatizer.lookups.tables:
        return frozenset()
    return frozenset(lemmatizer.lookups.get_table("lemma_index").get("verb", ()))


def _untagged_given_name(st: ActorState, s: int) -> bool:
    """A common given name (given_names.tsv) or an initial (`T.`) right before token s, capitalised and in no
    lexicon name: `Ivanka` of `Ivanka Trump` where the tagger found no person, `T. Pence` tagged as an organisation,
    `Agnes Karzai` as one place (act28a: the initial, a word the tagger joins to the surname in one entity of any
    kind, and a given name in a LOC, FAC, WORK_OF_ART, EVENT or LAW entity; not in a GPE's alone: `Virginia`)."""
    if s == 0:
        return False
    t = st.toks[s - 1]
    one_name = t.ent_iob_ == "B" and st.toks[s].ent_iob_ == "I" and t.is_alpha   # `Agnes Karzai` tagged LOC: the
    #                                                                           tagger's one name
    given = t.lower_ in given_names() and t.ent_type_ in _GIVEN_NAME_ENTS   # (`Virginia` as a place: no name)
    return t.text[:1].isupper() and t.pos_ == "PROPN" and (given or _INITIAL.fullmatch(t.text) or one_name) and \
        not hit_at(st, t.i) and t.lower_ not in lex.title_words() and t.whitespace_ == " "


_GIVEN_NAME_ENTS = frozenset(("", "PERSON", "PRODUCT", "NORP", "ORG", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW"))


def _word_before_name(st: ActorState, s: int, e: int) -> bool:
    """True when the first word of a name span is no given name but a capitalised gerund (`Bashing Trump may be job
    one`, `Injecting Clinton's troubles`) or adjective (`Crooked Hillary Clinton`, a shirt reading `Fascist Trump`)
    before a name known apart: a lexicon person for an adjective; for a gerund also a surname the article writes
    again elsewhere (act35g)."""
    t = st.toks[s]
    w = t.lower_
    if not (t.is_title and t.is_alpha and len(w) > 3) or w in given_names() or w in lex.title_words() or \
            st.hits.get(s, ("",))[0] == "PER":
        return False
    verbs = _verbs()
    gerund = w.endswith("ing") and len(w) > 5 and (w[:-3] in verbs or w[:-3] + "e" in verbs or
                                                   w[-4] == w[-5] and w[:-4] in verbs)
    if not gerund and w not in _adjectives():
        return False
    h = st.hits.get(s + 1)
    if h and h[0] == "PER" and h[2] >= e:
        return True
    if not gerund:
        return False
    last = st.toks[e - 1].text
    text = st.ctx.text
    return len(last) > 2 and sum(1 for _ in re.finditer(r"\b%s\b" % re.escape(last), text)) >= 2


def _lower_word_before_name(toks, s: int) -> bool:
    """True when a name span opens with a lower-case noun or adjective (no name particle: `de`, `van`) before a
    capitalised given name (`rookie Josh Wilson`, `magician Daryl Miller`): a calling the tagger took into the name,
    which named the actor and made a wrong identity of a rightly found person (ident39)."""
    t, nxt = toks[s], toks[s + 1]
    return t.is_lower and t.is_alpha and len(t.text) > 2 and t.pos_ in ("NOUN", "ADJ") and \
        t.lower_ not in lex.words("name_particle") and nxt.is_title and nxt.is_alpha and nxt.lower_ in given_names()


@functools.lru_cache(maxsize=1)
def _adjectives() -> frozenset:
    """The lower-case adjectives of the model's lemmatizer dictionary (as `_verbs`); empty without the table."""
    from ...nlp import load

    lemmatizer = load().get_pipe("lemmatizer")
    if "lemma_index" not in lemmatizer.lookups.tables:
        return frozenset()
    return frozenset(lemmatizer.lookups.get_table("lemma_index").get("adj", ()))


def _other_given_name(st: ActorState, before, form: str, tagged: bool = True) -> bool:
    """True when the words before a lexicon surname (`Michelle` in `Michelle Obama`) are a given name that
    the lexicon person it would name does not bear: another person of the same surname."""
    given = [t for t in before if t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in lex.title_words()
             and not hit_at(st, t.i) and (t.ent_type_ == "PERSON" or not tagged)]
    if not given or given[-1].i != before.end - 1:
        return False
    person = _lexicon_person(st, form)
    if person is None:
        people = lex.person_forms().get(form, ())
    else:
        people = (person,)
    return bool(people) and not any(_bears(p, [t.text for t in given]) for p in people)


def _bears(person: lex.Person, given: list[str]) -> bool:
    """The person's name or an alias begins with these given names or their initials (`George W.`), in their
    order: the first written is the first given name, so `Joseph Trump` is not `Donald J. Trump` (a middle initial
    is no given name of its own)."""
    for full in (person.name, *person.aliases):
        words = full.split()[:-1]
        if not words or not given or not _same_given(given[0], words[0]):
            continue
        k = 1
        for g in given[1:]:
            while k < len(words) and not _same_given(g, words[k]):
                k += 1
            if k == len(words):
                break
            k += 1
        else:
            return True
    return False


def _same_given(a: str, b: str) -> bool:
    a, b = a.rstrip(".").lower(), b.rstrip(".").lower()
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)) or \
        lex.same_given(a, b)                      # `Bob Menendez`: Robert Menendez (ident40)


def _first_name_match(st: ActorState, span) -> Optional[lex.Person]:
    """`Sergey V. Lavrov`: a lexicon person whose surname and first name agree with a longer entity."""
    last = span[-1].text
    person = _lexicon_person(st, last)
    if person and (person.name.split()[0] == span[0].text or _misspelt(span[0].text, person.name.split()[0])):
        return person
    return None


def _misspelt(written: str, given: str) -> bool:
    """`Hilary` for `Hillary`, `Phillip` for `Philip`, `Jeffery` for `Jeffrey`: a given name of five letters or more
    written with a doubled letter single (or a single one doubled) or two letters swapped, a typo of the same name."""
    if min(len(written), len(given)) < 5 or written == given or written[0] != given[0]:
        return False
    short, long_ = sorted((written, given), key=len)
    if len(long_) - len(short) == 1:
        return any(long_[k] == long_[k - 1] and long_[:k] + long_[k + 1:] == short for k in range(1, len(long_)))
    if len(written) == len(given):
        diff = [k for k in range(len(written)) if written[k] != given[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and written[diff[0]] == given[diff[1]] and \
            written[diff[1]] == given[diff[0]]
    return False


def _gender_clash(st: ActorState, c: Cluster, s: int) -> bool:
    """`Mrs. Clinton` cannot be a man of that surname, nor `Mr. Clinton` a woman (the titles that tell a gender,
    person_titles.tsv, and given names by gender, given_names.tsv)."""
    title = title_genders().get(st.toks[s - 1].lower_.rstrip(".")) if s > 0 else None
    if title is None:
        return False
    text = st.ctx.text
    for start, _ in c.mentions:                   # `Mr Kelly ... Mrs Kelly`: the honorific of a mention said before
        before = _HONORIFIC_BEFORE.search(text, max(0, start - 8), start)
        if before and title_genders().get(before.group(1).lower()) not in (None, title):
            return True
    if len(c.name.split()) < 2:
        return False
    first = c.name.split()[0].lower()
    given = given_names().get(first) or title_genders().get(first.rstrip("."))   # (`Mrs Kelly`: her honorific)
    return given is not None and given != title


def _generation_after(st: ActorState, s: int, e: int) -> Optional[tuple[int, str]]:
    """`Donald Trump, Jr.` (the entity ends before the comma): the end past the generation's mark and the name with it
    (`Donald Trump Jr.`), when that name is no lexicon form (`Joseph R. Biden, Jr.` is Biden's); else None. A son's or
    father's mark names another person than the one the name alone would. ident35."""
    toks = st.toks
    if e - s < 2 or e + 1 >= len(toks) or toks[e].text != "," or toks[e + 1].text.rstrip(".") not in _GENERATIONS:
        return None
    mark = toks[e + 1].text.rstrip(".")
    name = f"{span_text(st.doc, s, e)} {mark}{'.' if mark in ('Jr', 'Sr') else ''}"
    if name in lex.person_forms() or name.replace(".", "") in lex.person_forms():
        return None
    return e + 2, name


def _kin_named_by(st: ActorState, form: str, s: int) -> frozenset:
    """The names a surname's possessed kin noun gives (`Ms. Moayyad's daughter-in-law Nadia Moayyad`, `Kellerby's
    son, Tom Kellerby`): the person the possessor is not. Read at the possessor itself, and at any mention of the
    surname after the honorific the possessor had (`Ms. Moayyad died Saturday` is not Nadia either). ident35."""
    honorific = st.toks[s - 1].lower_.rstrip(".") if s > 0 else None
    return frozenset(n for i, own, names in _kin_possessors(st, form) if i == s or own and own == honorific
                     for n in names)


def _kin_possessors(st: ActorState, form: str) -> list:
    """[(token, its honorific or None, the names its kin noun gives)] for each `<form>'s` owning a kin noun, read once
    an article and surname (doc.user_data)."""
    doc, kin = st.doc, lex.words("kin")
    cache = doc.user_data.setdefault("dateline.kin_possessors", {})
    if form in cache:
        return cache[form]
    out = []
    texts = strings(doc, "ORTH")
    for i in [k - 1 for k in indices(doc, ORTH=ids_of("'s", "’s")) if k > 0 and texts[k - 1] == form]:   # (the
        #                                         possessives found once a doc: not a walk over every word a surname)
        tok = st.toks[i]
        own = st.toks[i - 1].lower_.rstrip(".") if i > 0 else None
        if tok.dep_ != "poss":
            continue
        noun, heads = tok.head, []
        if noun.lemma_.lower() in kin:            # `Kellerby's son, Tom Kellerby`; `Ms. Vantrell's daughter-in-law
            heads = [c for c in children(noun) if c.dep_ == "appos" and c.pos_ == "PROPN"]   # Carla Vantrell`
            if noun.dep_ in ("nmod", "compound") and noun.head.pos_ == "PROPN" and noun.head.i > noun.i:
                heads.append(noun.head)
        elif noun.pos_ == "PROPN" and any(c.dep_ in ("nmod", "compound") and i < c.i < noun.i and
                                          c.lemma_.lower() in kin for c in children(noun)):
            heads = [noun]                        # the same parsed with the name possessed, the kin noun its modifier
        names = set()
        for h in heads:
            lo = min([h.i] + [c.i for c in children(h) if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and
                              c.i > i])
            names.add(" ".join(t.text for t in doc[lo:h.i + 1]))
        if names:
            out.append((i, own if own in title_genders() else None, frozenset(names)))
    cache[form] = out
    return out


def _one_gender_honoured(text: str, surname: str) -> bool:
    """True when every honorific the text writes before `surname` (`Mr`, `Mrs.`, `Ms` ...: person_titles.tsv) tells
    one gender, or none does."""
    said = {title_genders().get(m.group(1).lower()) for m in
            re.finditer(r"\b([A-Z][a-z]{1,3})\.?\s+" + re.escape(surname) + r"\b", text)}
    return len(said - {None}) <= 1


_HONORIFIC_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")   # the word right before a mention (`Mrs `, `Mr. `)


def _org_named_like(st: ActorState, hit, person: Cluster, tok) -> bool:
    """A one-word lexicon organisation (`Bloomberg`, a news agency) standing where the article's person of that
    surname (`Michael Bloomberg`, named before; an outlet's word also before the person is named, as in a headline)
    is meant: the person, unless it is a source (`according to`), or, an outlet, puts out or is the source of news
    (hits.`outlet_use`: `Bloomberg reported`, `told Bloomberg`; review43b)."""
    outlet = getattr(hit[1], "sector", None) == "MED"
    if hit[3] - hit[2] != 1 or person.first is None or person.first >= tok.idx and not outlet:
        return False                              # (an outlet's word may come first: `Warren takes aim at Bloomberg`
    if outlet and outlet_use(tok):                # over a story of Michael Bloomberg; lead43)
        return False
    return not (tok.i >= 2 and st.toks[tok.i - 1].lower_ == "to" and st.toks[tok.i - 2].lower_ == "according")


def _kin_told(st: ActorState, s: int, e: int) -> bool:
    """The surname at tokens [s, e) stands beside a kin noun (`His father, Councilman Burgess,`): idle.`_kin_apposed`.
    Gate: a kin noun's lemma in the doc (speed45)."""
    from .idle import _kin_apposed                # (idle imports this module)
    kin = lex.words("kin")
    if gated() and not lemma_in(st.doc, kin):
        return False
    toks = st.toks
    return _kin_apposed(st.doc, toks[s].idx, toks[e - 1].idx + len(toks[e - 1]), kin)


def _by_surname(st: ActorState, names: _Names, form: str, s: int, article_only: bool = False) -> Optional[Cluster]:
    best = None
    names.sync()
    at = st.toks[s].idx
    found = [c for c in names.by_form.get(form, ()) if not _gender_clash(st, c, s)]
    father = _father_meant(st, found, form) if found else None
    if father is not None:                        # (the article's people only: none, the lexicon's person follows)
        return None if article_only else father
    if found and _kin_possessors(st, form):
        kin_named = _kin_named_by(st, form, s)    # `Ms. Moayyad's daughter-in-law Nadia Moayyad`: not Nadia (ident35)
        kept = [c for c in found if c.name not in kin_named]
        honoured = title_genders().get(st.toks[s - 1].lower_.rstrip(".")) if s > 0 and len(kept) < len(found) else None
        found = [c for c in kept if honoured is None or given_names().get(c.name.split()[0].lower()) == honoured]
        #   (and then `Ms. Moayyad` names none of the others whose given name tells no gender: a third Moayyad)
    if any(_family_name_first(c) and c.name.split()[0] == form for c in found) and \
            (s == 0 or st.toks[s - 1].lower_.rstrip(".") not in lex.words("honorific")) and \
            any(any(m[0] <= at for m in c.mentions) for c in names.by_first.get(form, ())):
        found = [c for c in found if not (_family_name_first(c) and c.name.split()[0] == form)]
        #   `Kim Jong Un ... Kim Kardashian ... Kim said she`: a bare given name of someone named before is hers, not
        #   the family name of a person named family name first (`Mr Kim` stays his; rev26a)
    if found and s > 0 and st.toks[s - 1].is_title and st.toks[s - 1].lower_.rstrip(".") in lex.title_words():
        found = _titled_holders(found, st.toks[s - 1].lower_.rstrip("."), form, st.ctx.text)   # `Secretary Clinton`
    if found and " " not in form and _names_an_administration(st, s):
        found = _administration_holders(st, found, form, s)   # `the Bush administration` beside Jeb (ident55)
    if len(found) > 1:                            # `Clinton now stumps across Iowa for his wife, Hillary Clinton`:
        kin_after = _kin_apposed_after(st, found, s)   # not Hillary (ident55)
        found = [c for c in found if all(c is not k for k in kin_after)] or found
    if len(found) > 1 and (told := _namesake_in_sentence(st, found, s)) is not None:
        found = [told]                            # `the elder Bush`, `Mr. Bush, the former president,`, `Mr. Bush
        #                                           praised his younger brother`: the one the sentence tells (ident57)
    said = _own_gender(st, s, form) if found else None   # `Heidi Cruz said ... Cruz said he would win`: not her
    #                                           (asked only with someone found: none found, it decides nothing)
    if said is not None and found and all(given_names().get(c.name.split()[0].lower()) not in (None, said)
                                          for c in found) and _gender_alternative(form, said):
        found = []
    several = sum(names.mention_spans(c).named_by(at) for c in found) > 1   # (mentions sorted by start: speed41)
    if several:                                   # `Cruz said he would win` after Heidi Cruz and Ted Cruz: he
        said = _pronoun_gender(st.toks[s])
        agree = [c for c in found if said is None or (given_names().get(c.name.split()[0].lower()) or
                                                      _introduced_gender(st, c, at)) in (None, said)]
        #   (`Roy Tamsin and his wife, Edna, ... Tamsin said he`: Edna is no `he`, whatever her given name; ident52)
        found = agree or found
        found = [c for c in found if not _called_by_given_name(st, c)] or found
        #   (`Isaac's father, Curtis Vell, ... Vell had a limp`: the one the story calls `Isaac` is no bare `Vell`)
        child = _child_of_parent(st, names, found, s, at) or _suspect_meant(st, found, s)
        near = child or (_named_last(st, names, found, form, at, s) if len(found) > 1 else None)
        near = near or _public_principal(st, found, s)
        found = [near] if near is not None else found
    in_body = not in_headline(st, at)
    ranked = []
    for c in found:                               # the people a surname or alias names, in order
        sp = names.mention_spans(c)
        last = sp.last_before(at)                 # (the start of its last mention before: None, none before)
        if article_only and last is None:
            continue
        if last is None and in_body and len(c.name.split()) > 1 and \
                (sp.first() if sp.first() is not None else at) - at > _AHEAD_CHARS:
            continue                              # `Dr. King` paragraphs before `Don King`: someone else (a
            #                                       lexicon person of that name is still found below)
        # one named before with the full name beats one named only by a bare surname (`AFTER Clinton Raped Me`
        # in a headline, taken for Hillary, then `former President Bill Clinton ... Clinton`: Bill);
        # of two people of one surname (`Raul Castro, brother of Fidel Castro`), the one named as the subject
        # of a verb is the one the story follows; else the one named last
        subject = several and _named_as_subject(st, c, at)
        # a spouse or relative introduced as such (`his wife, Linda Dwyer`, `President Clinton, her husband,`)
        # is not the one the story follows: a bare surname goes to the other
        full = sp.full_before(st.ctx.text, form, at)   # named before with the full name, not only a bare surname
        # then, of people the story names alike, a lexicon person holding an office or running on the day before
        # a relative of that name (`Hillary Clinton ... Chelsea Clinton waved. Clinton said`: Hillary)
        # (or one the article itself gives the post a lexicon namesake holds that day: `Sen. Ben Nelson of
        # Nebraska`, whom the lexicon lacks, is as public as the lexicon's `Sen. Bill Nelson of Florida`, so the two
        # are told apart by the ranks after it, not by the lexicon's knowing one of them: ident49)
        public = several and (c.person.at(st.day)[1] if c.person is not None else _titled_office(c, found, st.day)) \
            not in (None, "CVL", "ELI")
        # unless the relative spoke in the sentence just before (`Chelsea Clinton said ... Clinton added`)
        spoke = several and _speaks(st.toks[s]) and _spoke_just_before(st, c, s)
        #                                           (only a surname that speaks goes on quoting: `Clinton added`,
        #                                           not `Clinton later flew to Iowa`)
        rank = (last is not None, full, spoke, subject, not (several and _introduced_as_kin(st, c, at)), public,
                -1 if last is None else last)   # (a relative who spoke just before goes on speaking, even after
        #                                         another of the name who was a subject: act47b, review47c)
        ranked.append((rank, c))
        if best is None or rank > best[0]:
            best = (rank, c)
    if several and len(ranked) > 1 and _named_together(st, names, ranked, form, at):
        return _either_namesake(st, form, [c for _, c in ranked])
    if best:
        return best[1]
    if article_only:
        return None
    known = _known_unknown(st, form, s)
    if known is not None:
        return known                              # `Prime Minister Bhutto` in 1975, found to be no lexicon
        #                                           Bhutto, then `Bhutto said`: the same someone, not Benazir
    person = _lexicon_person_at(st, form, s)
    if person is not None and " " not in form and (given := _given_name_of_named(st, names, person, form, s)) is not None:
        return given                              # `Perry Lindqvist ... spoke to Perry`: his, not Rick Perry's (ident53)
    if person is not None and _long_before(st, person, s):
        person = None                             # `Trudeau said` in 1975: not Justin Trudeau
    if person is not None and (_honoured_stranger(st, person, form, s) or _appositive_stranger(st, person, form, s) or
                               _foreign_stranger(st, person, form, s) or _line_given_name(st, s, person)):
        person = None                             # `Mr. Carter, who owns the building` (act47b); `Dr. Carson, an
        #                                           emergency physician at the hospital` (ident48)
    if person is not None and not _namesake(st, person) and \
            not (" " not in form and _club_town(st, person, s, s + 1)):
        return cluster(st, ("P", person.name), person.name, person=person)
    return None


def _named_together(st: ActorState, names: _Names, ranked: list, form: str, at: int) -> bool:
    """True when the two people of one surname ranked first for a bare surname at `at` were last named side by side
    in one coordination (`Officers Miguel Garcia and Ana Garcia ... Garcia fired`, `Sens. Mark Udall and Tom Udall`;
    `_coordinated`) and the ranks tell them apart by nothing but which was the subject and which was named last
    there: the text does not say which of the two the surname is (ident50)."""
    ranked = [(r, c) for r, c in ranked if c.key[2:3] != (EITHER,)]
    if len(ranked) != 2:
        return False                              # (a third of the name: the ranks decide, as before)
    (ra, a), (rb, b) = ranked
    return ra[:3] + ra[4:6] == rb[:3] + rb[4:6] and ra[0] and _coordinated(st, names, a, b, form, at)


def _coordinated(st: ActorState, names: _Names, a: Cluster, b: Cluster, form: str, at: int) -> bool:
    """True when a and b, two people of the surname `form`, were last named before `at` side by side in one
    coordination (`Janet Smith and Robert Smith`, `Sens. Mark Udall of Colorado and Tom Udall of New Mexico`): a
    token of one mention is a conjunct of a token of the other (not `Dale Fenwick had spent the day with his nephew,
    Corey Fenwick, at a lake`: the uncle is the sentence's subject)."""
    la, lb = _last_naming(st, names, a, form, at), _last_naming(st, names, b, form, at)
    if la is None or lb is None:
        return False
    ta = {i for i, p in st.person_at.items() if p is a and la <= st.toks[i].idx < la + 80}
    tb = {i for i, p in st.person_at.items() if p is b and lb <= st.toks[i].idx < lb + 80}
    return any(st.toks[i].dep_ == "conj" and st.toks[i].head.i in other
               for mine, other in ((ta, tb), (tb, ta)) for i in mine)


def _either_namesake(st: ActorState, form: str, found: list) -> Cluster:
    """The actor of a bare surname that may be any of several people of the article (`_named_together`): its own
    surface actor, named as written, with the country and sector they all share (two officers: USA COP), never one of
    them nor the lexicon's person of the surname (ident50)."""
    c = cluster(st, ("P?", form, EITHER, tuple(sorted(o.name.split()[0] for o in found))), form)
    codes = {(o.country, o.sector, o.role) for o in found}
    if len(codes) == 1 and not c.mentions:
        c.country, c.sector, c.role = next(iter(codes))
    elif len({(o.country, o.sector) for o in found}) == 1 and not c.mentions:
        c.country, c.sector = found[0].country, found[0].sector
    return c


def _titled_office(c: Cluster, found: list, day: Optional[str]) -> Optional[str]:
    """The sector of the post the article's title gives a person the lexicon lacks, when a lexicon person of the same
    surname among `found` holds that very post on the day (`Sen. Ben Nelson` beside Sen. Bill Nelson: LEG; a state's
    or a legislature's post only, not a police rank or a trade), else None (ident49)."""
    if c.person is not None or not c.role or c.sector not in ("GOV", "LEG"):
        return None
    return c.sector if any(o.person is not None and o.person.at(day)[2] == c.role for o in found) else None


def _child_of_parent(st: ActorState, names: _Names, found: list, s: int, at: int) -> Optional[Cluster]:
    """Of people of one surname, the one a bare surname at token s names when its own clause speaks of its parent
    (`Gore held his father's hand`, `Bush flew to Maine to visit his father`, actor_words.tsv `parent_noun`): the one
    the article introduced as a child (`His son, Jeb Bush`, `Al Gore, his son,`; `child_noun`), never the one it
    introduced as a parent; None when the text does not tell (ident48)."""
    tok = st.toks[s]
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    parent = lex.words("parent_noun")
    if not any(t.lemma_.lower() in parent and any(k.dep_ == "poss" and k.lower_ in ("his", "her") for k in children(t))
               for t in tokens(st.doc)[tok.head.left_edge.i:tok.head.right_edge.i + 1]):
        return None
    kids = [c for c in found if _introduced_as_kin(st, c, at, lex.words("child_noun")) and
            not _introduced_as_kin(st, c, at, parent)]
    return kids[0] if len(kids) == 1 else None


def _suspect_meant(st: ActorState, found: list, s: int) -> Optional[Cluster]:
    """Of people of one surname, the one a bare surname at token s names when it is the subject of a verb of charging
    or holding someone (actor_words.tsv `accused`, `held_at`: `Brooks was being held without bond`, `Brooks was
    charged`): the one the article made a suspect (CRM), when exactly one is; else None. A victim and the relative
    charged with her death share a surname, and the ranking's kin rule would give the bare surname to the victim, the
    story's first person (ident49)."""
    tok = st.toks[s]
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() not in \
            lex.words("accused") | lex.words("held_at"):
        return None
    living = [c for c in found if not _told_dead(st, c, tok.idx)]
    if len(living) == 1 and len(found) > 1:
        return living[0]                          # `Tamerlan Tsarnaev died ... his brother, Dzhokhar ... Tsarnaev
        #                                           was charged`: the living one (ident50)
    suspects = [c for c in found if c.sector == "CRM"]
    return suspects[0] if len(suspects) == 1 and len(found) > 1 else None


def _told_dead(st: ActorState, c: Cluster, at: int) -> bool:
    """True when a mention of c before offset `at` is the subject of a verb of death (actor_words.tsv `death_verb`:
    `Tamerlan Tsarnaev, 26, died`, `was killed`, `killed himself`; ident50). The active subject of a verb with an
    object is the one who killed (`Nolan X killed a guard`), not one who died (review50d)."""
    dead = lex.words("death_verb")
    return any(p is c and tok.idx < at and tok.head.lemma_.lower() in dead and (
               tok.dep_ == "nsubjpass" or tok.dep_ == "nsubj" and not any(
                   k.dep_ == "dobj" and k.lower_ not in _REFLEXIVES for k in children(tok.head)))
               for i, p in st.person_at.items() for tok in (st.toks[i],))


_REFLEXIVES = frozenset(("himself", "herself", "themselves"))


def _father_meant(st: ActorState, found: list, form: str) -> Optional[Cluster]:
    """A bare surname whose only people in the article are sons named for a lexicon person who holds an office or runs
    for one that day (`Donald Trump Jr. ... Trump has relied on his children` in 2016): the father, whom writers call
    by the bare surname while they call the son `Trump Jr.` or `Donald Jr.` (ident45); else None. The father's own
    mentions before may stand among them."""
    if " " in form or not st.day or not any(c.name.replace(",", "").split()[-1].rstrip(".") in _GENERATIONS
                                            for c in found):
        return None
    person = _lexicon_person(st, form)
    if person is None or person.at(st.day)[1] in (None, "CVL", "ELI"):
        return None
    for c in found:
        words = c.name.replace(",", "").split()
        if c.person is not person and not (len(words) > 2 and words[-1].rstrip(".") in _GENERATIONS and " ".join(words[:-1]) == person.name):
            return None
    return next((c for c in found if c.person is person), None) or \
        cluster(st, ("P", person.name), person.name, person=person)


def _shared_surnames(st: ActorState) -> set:
    """The surnames two or more private people of the article are named with, each with a given name of their own
    (`Tom Vell`, `Ann Vell`; ident43)."""
    seen: dict[str, set] = {}
    for c in st.clusters.values():
        ws = c.name.split()
        if c.key[0] in ("P", "P?") and c.person is None and len(ws) > 1 and _given_like(ws[0]):
            seen.setdefault(ws[-1], set()).add(ws[0])
    return {k for k, v in seen.items() if len(v) > 1}


def _shared_pick(st: ActorState, names: _Names, form: str, s: int) -> Optional[Cluster]:
    """Of the people of a shared surname (`_shared_surnames`), the one a bare surname at token s names where the text
    tells: its `Mr.`/`Mrs.`, the `he`/`she` its clause says (`Vell said she bakes`), or the one named last just
    before (`_named_last`); else None (the first of them stands, as before)."""
    names.sync()
    found = [c for c in names.by_form.get(form, ()) if c.person is None and not _gender_clash(st, c, s)]
    before = st.toks[s - 1].text if s > 0 else ""
    own = [c for c in found if c.name.split()[0] == before]
    if len(own) == 1:
        return own[0]                             # `Dwayne Jackson Sr.` cut before `Sr.`: Dwayne's own surname
    found = [c for c in found if _given_like(c.name.split()[0])]
    said = clause_gender(st.toks[s], lambda at: _in_quote(st, at))   # (as the quote's speaker is told: review43b)
    at = st.toks[s].idx
    agree = [c for c in found if said is None or (given_names().get(c.name.split()[0].lower()) or
                                                  _introduced_gender(st, c, at)) in (None, said)]
    found = agree or found
    if len(found) == 1:
        return found[0]
    if not found:
        return None
    at = st.toks[s].idx
    pick = _child_of_parent(st, names, found, s, at) or _suspect_meant(st, found, s) or \
        _named_last(st, names, found, form, at, s)
    return pick or _named_together_pick(st, names, found, form, s)


def _named_together_pick(st: ActorState, names: _Names, found: list, form: str, s: int) -> Optional[Cluster]:
    """For a bare surname at token s that the text gives to neither of two people of that surname (`found`): when
    they were named side by side (`_coordinated`), both or neither introduced as kin (`Janet Smith and Robert Smith
    ... Smith said`, `Sens. Mark Udall and Tom Udall ... Udall told reporters`), the surname's own actor
    (`_either_namesake`), never one of them; else None (ident50)."""
    at = st.toks[s].idx
    found = [c for c in found if c.key[2:3] != (EITHER,)]
    if len(found) != 2:
        return None                               # (`shot Lisa Haddon and Joel Haddon ... Haddon told police`
        #                                           after Ray Haddon: a third of the name, the ranks decide)
    a, b = found
    if _introduced_as_kin(st, a, at) != _introduced_as_kin(st, b, at) or not _coordinated(st, names, a, b, form, at):
        return None
    return _either_namesake(st, form, [a, b])


def _principal(st: ActorState, found: list, s: int, kin=None) -> Optional[Cluster]:
    """Of people of one surname (`found`) named with given names of their own, the one a bare surname at token s
    names when every other was introduced as a relative (`Bernie Sanders and his wife, Jane`: `_introduced_as_kin`,
    or the test given) and the story's own person was not: writers call the relative by the full or the given name,
    the story's person by the surname (ident51). None when the text does not tell (the gender of the surname's clause
    was read before), or when a relative spoke in the sentence before and the surname speaks again (act47b's
    `Chelsea Clinton said ... Clinton added`)."""
    if len(found) < 2:
        return None
    at = st.toks[s].idx
    kin = kin or _introduced_as_kin
    own = [c for c in found if not kin(st, c, at)]
    if len(own) != 1:
        return None
    if _speaks(st.toks[s]) and _goes_on_quoting(st.toks[s]) and \
            any(o is not own[0] and _spoke_just_before(st, o, s) for o in found):
        return None                               # act47b's `Chelsea Clinton said ... Clinton added`
    return own[0]


def _goes_on_quoting(tok) -> bool:
    """A bare surname that speaks as the one quoted just before would go on: right after a quotation it closes
    (`"She is ready," Clinton said`) or as the subject of a verb of going on (actor_words.tsv `go_on_verb`: `Clinton
    added that ...`). A new statement told as reported speech (`Sanders said the primary was close`, after his wife
    spoke of him) is the public person's own (ident52)."""
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex.words("go_on_verb"):
        return True
    return _after_closing_quote(tok)


def _after_closing_quote(tok) -> bool:
    """A name right after a closing quotation mark (`...,” Clinton added`; not after the mark opening one), as
    `_speaks` reads it."""
    toks = tokens(tok.doc)
    k = tok.i - 1
    while k >= 0 and toks[k].is_punct and not toks[k].is_quote:
        k -= 1
    return k >= 0 and toks[k].is_quote and bool(toks[k].whitespace_) and (k == 0 or not toks[k - 1].whitespace_)


def _public_principal(st: ActorState, found: list, s: int) -> Optional[Cluster]:
    """`_principal` for a lexicon person who holds an office or runs for one on the day, beside relatives introduced
    as such (ident51). A relative introduced by `of` (`Tagg Romney, the eldest son of Mitt Romney`) counts only for a
    surname that owns a run (actor_words.tsv `run_word`: `Romney's campaign`), the public person's: the
    story may follow the relative, whom it then calls by the surname (`Luis Ruiz, a
    brother of President Ana Ruiz ... Ruiz declared`)."""
    if len(found) < 2 or not st.day:
        return None
    tok = st.toks[s]
    run = tok.dep_ == "poss" and tok.head.lemma_.lower() in lex.words("run_word")
    c = _principal(st, found, s, _kin_introduced if run else None)
    if c is None or c.person is None or c.person.at(st.day)[1] in (None, "CVL", "ELI"):
        return None
    return c


def _kin_introduced(st: ActorState, c: Cluster, at: int) -> bool:
    """`_introduced_as_kin`, or a mention before `at` in apposition with a kin noun that an `of` gives to a name
    (`Tagg Romney, the eldest son of Mitt Romney`)."""
    if _introduced_as_kin(st, c, at):
        return True
    kin = lex.words("kin")

    def kin_of_name(tok) -> bool:
        return tok.lemma_.lower() in kin and any(
            k.dep_ == "prep" and k.lower_ == "of" and any(g.pos_ == "PROPN" for g in children(k)) for k in children(tok))

    return any(p is c and tok.idx < at and (
        (tok.dep_ == "appos" and kin_of_name(tok.head)) or any(k.dep_ == "appos" and kin_of_name(k) for k in children(tok)))
        for i, p in st.person_at.items() for tok in (st.toks[i],))


def _called_by_given_name(st: ActorState, c: Cluster) -> bool:
    """True when the article's own narrative (outside quotations) calls this private person, named in full, by the given
    name alone (`Isaac's father`, `Gregory said`): of two people of one surname, writers give one the given name so
    that the bare surname is the other's (ident54). Not an apposition that introduces a relative (`her husband, Bob,`),
    nor a given name before a capitalised word (a full name), nor a token another person holds, nor one no mention of
    this person covers (`moved from Austin`, `on May 30`: a place, a month; review54d)."""
    words = c.name.split()
    if c.person is not None or c.key[0] not in ("P", "P?") or len(words) < 2 or not _given_like(words[0]) or \
            words[0] == words[-1]:
        return False
    toks, quotes = st.toks, [(q.start, q.end) for q in st.quotes]
    kin = lex.words("kin")
    for i in where(st.doc, "ORTH", string_ids((words[0],))):
        tok = toks[i]
        if st.person_at.get(i) is not c or tok.dep_ == "appos" or \
                any(qs <= tok.idx < qe for qs, qe in quotes):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and (nxt.text[:1].isupper() and (nxt.is_alpha or nxt.text[1:] == ".") or
                                nxt.text in ("\"", "“", "'", "‘", "(")) or \
                i > 0 and toks[i - 1].text[:1].isupper() and toks[i - 1].is_alpha and not toks[i - 1].is_sent_start:
            continue                              # (a full name, an initial or a nickname after: `James C. Vell`,
            #                                       `James "Jim" Vell`; or a middle name: `Curtis Paul Vell`)
        if i > 1 and toks[i - 1].text == "," and toks[i - 2].lemma_.lower() in kin:
            continue                              # (`her husband, Bob,`: an introduction, as `_introduced_as_kin`)
        return True
    return False


def _given_like(word: str) -> bool:
    """A word written as a given name: letters, a capital first, not all capitals (`NBC10 Glenn`, a credit glued to a
    name, names no second Glenn)."""
    return word.replace("-", "").replace("'", "").isalpha() and word[:1].isupper() and not word.isupper()


def _named_last(st: ActorState, names: _Names, found: list, form: str, at: int,
                s: Optional[int] = None) -> Optional[Cluster]:
    """Of private people of one surname named with given names of their own (`Tom Vell`, `Ann Vell`), the one named
    last before a bare surname at `at` (a mention that writes the surname: the full name, or the surname given to
    them before), in its sentence or the one before, in its paragraph, where no other of them is named in that
    sentence (ident43: `Tom Vell and Ann Vell opened a bakery. Mrs. Vell said ... "...," Vell said`: hers); None
    when the text does not tell (then the ranking of `_by_surname` decides, as before). Lexicon people keep that
    ranking, and so does a relative introduced as such."""
    if any(c.person is not None or len(c.name.split()) < 2 or not _given_like(c.name.split()[0]) for c in found) or \
            len({c.name.split()[0] for c in found}) < len(found):
        return None
    lasts = [(k, c) for c in found if (k := _last_naming(st, names, c, form, at)) is not None]
    if not lasts:
        return None
    last, near = max(lasts, key=lambda x: x[0])
    span = st.doc.char_span(last, last + 1, alignment_mode="expand")
    here = st.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or here is None or "\n" in st.ctx.text[last:at]:
        return None
    sent, own = span[0].sent, here[0].sent
    if sent.start != own.start and (own.start == 0 or st.toks[own.start - 1].sent.start != sent.start):
        return None                               # named last sentences before: the ranking's (`They listened as
        #                                           Alan Ouellette spoke ... Marines came to honor Ouellette`)
    if any(o is not near and (k := _last_naming(st, names, o, form, sent.end_char)) is not None and
           k >= sent.start_char for _, o in lasts):
        return None                               # `Tom Vell and Ann Vell opened`: both named there
    if _introduced_as_kin(st, near, at) and not (s is not None and _speaks(st.toks[s]) and
                                                  _spoke_just_before(st, near, s)):
        return None                               # `her mother, Mamie Underwood` in an obituary: the ranking's
    return near                                   # relative rule (the story's person is the other), unless she
    #                                               spoke just before and the surname speaks again (act47b)


def _last_naming(st: ActorState, names: _Names, c: Cluster, form: str, at: int) -> Optional[int]:
    """The start of c's last mention before `at` that writes the surname `form` (not a pronoun nor a description)."""
    spans = names.mention_spans(c).sorted
    k = bisect.bisect_left(spans, (at, -1))
    text = st.ctx.text
    for s_, e_ in reversed(spans[max(0, k - 12):k]):
        if form in text[s_:e_].split():
            return s_
    return None


_AHEAD_CHARS = 400      # a bare surname in the body joins a full name written after it only this close


def _holds_title(c: Cluster, word: str) -> bool:
    """The cluster's stated role, or an office of its lexicon person, is written with the title word."""
    return word in (c.role or "").lower().split() or \
        (c.person is not None and any(word in o.role.lower().split() for o in c.person.offices))


def _titled_holders(found: list, word: str, form: str, text: str) -> list:
    """Of the people a titled surname may name, the ones the title fits (ident35b): one whose role or office is
    written with the title word (`Mayor Lee` after `Ann Lee` and `her husband, Bob Lee, the mayor`); for a title of
    a sector (`_SECTOR_TITLES`), the one the article called so (`Gen. Raheel Sharif`), none of two called so, else
    the one of that sector (act47b); else not a lexicon person who never held it while another lexicon person of the
    surname did (`Secretary Clinton` after `Bill Clinton`: Hillary Clinton, found then as the lexicon's)."""
    holders = [c for c in found if _holds_title(c, word)]
    if holders:
        return holders
    kind = lex.titles().get(word, {}).get("person")
    if kind is not None and kind.sector in _SECTOR_TITLES:
        called = [c for c in found if _called_so(text, c, word)]
        if len(called) > 1:                       # `Gen. Luis Sandoval and police chief Gen. Omar Sandoval`: both
            return []                             # were called so, the title tells neither (review47c)
        holders = called or [c for c in found if c.sector == kind.sector]
        if holders:                               # `Gen. Sharif` after `army chief Gen. Raheel Sharif` and `Prime
            return holders                        # Minister Nawaz Sharif`: the general (act47b)
    other = [q for q in lex.people_by_surname().get(form, ()) if any(word in o.role.lower().split() for o in q.offices)]
    return [c for c in found if c.person is None or not other or any(q is c.person for q in other)]


def _called_so(text: str, c: Cluster, word: str) -> bool:
    """One of the cluster's mentions writes the title word before a name (`police chief Gen. Omar Sandoval`)."""
    called = re.compile(r"(?<![\w.])(?i:" + re.escape(word) + r")\.? +[A-Z]")
    return any(called.search(text, s, e) for s, e in c.mentions)


_SECTOR_TITLES = frozenset({"MIL", "COP", "JUD"})   # titles whose sector tells one namesake from another (a
#                                                     `Gen.`, a `Sheriff`, a `Judge`); `Gov.` and the like do not


def _known_unknown(st: ActorState, form: str, s: int) -> Optional[Cluster]:
    """The article's person known only by this bare surname, named before token s and found to be no lexicon person
    (a title they never held: `Prime Minister Bhutto` in 1975), whom the same bare surname after names again."""
    known = st.clusters.get(("P?", form))
    at = st.toks[s].idx
    return known if known is not None and any(m[0] < at for m in known.mentions) else None


BEFORE_YEARS = 20       # a bare surname names no lexicon person whose first office begins this long after the article


def _long_before(st: ActorState, person: lex.Person, s: int) -> bool:
    """True when the article is dated BEFORE_YEARS (20) or more before the lexicon person's first office: a bare surname the
    article gives no full name of then names a parent or namesake (`Trudeau` in 1975 is Pierre, not Justin; `Bhutto`
    in 1975 not Benazir); and when it is dated before that office at all in a story with no word of politics
    (`_political`): someone not yet in the lexicon's news (`Ward, who asked that his surname not be printed` in a 2015
    shooting report: act29a, from the audit of every identity on the read articles). An honorific before the surname
    (`Mrs. Trump` in 2016 is Melania, first lady from 2017) and a title (`_titled_person`) still find the person."""
    starts = [o.start for o in person.offices if o.start]
    if not st.day or not starts or len(starts) < len(person.offices):
        return False
    if st.day >= min(starts):
        return False
    if int(min(starts)[:4]) - int(st.day[:4]) >= BEFORE_YEARS:
        return True
    return not (s > 0 and st.toks[s - 1].lower_.rstrip(".") in lex.words("honorific")) and not _political(st)


def _speaker_labels(st: ActorState) -> list[tuple[int, int]]:
    """Token spans of the speakers' names in capitals that open a transcript's lines (`KATE BOULDUAN: Why not
    debate?`): two or three words beginning with a given name (given_names.tsv), none a function word (`MARK TO
    MARKET:` is a heading), or one word (a surname, kept only when a person of the article has it); not in a
    headline, and only in a text with two such lines at least (a transcript, not one heading)."""
    doc, out = st.doc, []
    found = [m for m in re.finditer(r"(?m)^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):[ \t]", st.ctx.text)
             if not _headline_line(st, m.start(1), m.end(1))]
    for m in found if len(found) > 1 else ():
        span = char_span(st.doc, m.start(1), m.end(1))
        if span is None:
            continue
        if len(span) > 1 and (span[0].lower_ not in given_names() or any(t.is_stop for t in span)):
            continue
        out.append((span.start, span.end))
    return out


def _private_apposition(root) -> bool:
    """True when a name stands in apposition with `a`/`an` and a private trade (actor_words.tsv `private_role`:
    `John Roberts, a plumber from Ohio,`): someone who shares a public figure's name."""
    return any(c.dep_ == "appos" and c.i > root.i and c.lemma_.lower() in lex.words("private_role") and
               any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in children(c)) for c in children(root))


def _private_word(tok, person: lex.Person, political: bool) -> bool:
    """A noun of a private trade (actor_words.tsv `private_role`) or of a private person (`private_person`: `owner`,
    `resident`, `suspect`; not for someone the lexicon gives a business, nor in an article with a word of politics,
    where a public figure is one too: `Hillary Clinton, a resident of Chappaqua, voted in the primary`)."""
    lemma = tok.lemma_.lower()
    return lemma in lex.words("private_role") or lemma in lex.words("private_person") and not political and \
        not any(o.sector == "BUS" for o in person.offices)


@functools.lru_cache(maxsize=1)
def _private_words() -> frozenset[str]:
    """The lemmas `_private_word` can accept (actor_words.tsv `private_role` and `private_person`), as one set kept
    for the process (`lemma_in` keys its answer by the set)."""
    return lex.words("private_role") | lex.words("private_person")


def _told_as_private(st: ActorState, person: lex.Person, surname: str) -> bool:
    """True when the article tells someone of this surname as a private person, at any of its mentions: a private
    trade or person noun in apposition (`John Kerry, the owner of a pizza shop`) or as the title before the name
    (`Pizza shop owner John Kerry`, `Student Marco Rubio`, `Denver resident ...`), or as what the name is (`Pence, 45,
    was a truck driver`); or, in an article with no word of politics, an age after a mention (`John Kerry, 34,`) with
    a crime charged or a harm suffered at one (`Kerry was charged with assault`, `was killed in a crash`). The caller
    keeps the public figure when the article names a title of their offices (`_office_named`). Found once an article
    for each person and surname (`st.told_private`: the answer reads only the doc, the person and the surname, and
    it was asked again at every mention, each time walking every mention of the surname)."""
    key = (person, surname)
    found = st.told_private.get(key)
    if found is None:
        found = st.told_private[key] = _told_as_private_in(st, person, surname)
    return found


def _told_as_private_in(st: ActorState, person: lex.Person, surname: str) -> bool:
    """`_told_as_private`, worked out. In an article with a word of politics only a private word can tell it
    (`_private_word`): without one anywhere (`lemma_in`, once a doc) the mentions are not walked (speed36b)."""
    doc, toks = st.doc, st.toks
    political = _political(st)
    private = lemma_in(doc, _private_words())
    if political and not private:
        return False
    if not private and not _age_marked(doc) and gated():
        return False                              # (no private word: only `aged and crime` below can say True, and
        #                                           `aged` needs an age mark `, 34,` somewhere: speed39b's gate)
    harm = lex.words("harm_verb") | lex.words("injury_verb")
    aged = crime = False
    own = {w for form in (person.name, *person.aliases) for w in re.split(r"[\s\-‐]+", form) if w}
    for t in (toks[i] for i in where(doc, "ORTH", string_ids({surname}))):
        if t.pos_ != "PROPN" or st.ctx.skipped(t.idx, t.idx + len(t)):
            continue
        if t.i > 0 and toks[t.i - 1].text not in own and toks[t.i - 1].pos_ == "PROPN" and \
                toks[t.i - 1].text[:1].isupper() and toks[t.i - 1].text[1:].islower() and \
                (toks[t.i - 1].lower_ in given_names() or toks[t.i - 1].ent_type_ == "PERSON"):
            continue                              # `A retired nurse, Carol Trump,` beside Donald Trump: another
            #                                       given name, another person; she tells nothing of him (ident51)
        if any(c.dep_ == "appos" and c.i > t.i and _private_word(c, person, political) for c in children(t)):
            return True                           # `John Kerry, the owner of a Denver pizza shop,`
        if t.dep_ == "appos" and t.head.i < t.i and t.head.pos_ == "NOUN" and _private_word(t.head, person, political):
            return True                           # `The driver, Paul Ryan of Springfield,` (ident34)
        k = t.i - 1
        while k >= 0 and (toks[k].pos_ == "PROPN" and toks[k].ent_type_ == "PERSON" or toks[k].text in own or
                          toks[k].text in _HYPHENS and toks[k].whitespace_ == "") and \
                not _private_word(toks[k], person, False):
            k -= 1                                # (the given names of the name, tagged or not, its hyphens)
        if k >= 0 and toks[k].pos_ in ("NOUN", "PROPN") and _private_word(toks[k], person, False):
            return True                           # `Pizza shop owner John Kerry`, `Student Marco Rubio`; a private
            #                                       person's noun as the title is one in a story of politics too
            #                                       (`Resident Mike Pence told the council`: ident34), as wire copy
            #                                       titles no public figure so
        if t.dep_ == "nsubj" and is_be(t.head) and any(
                c.dep_ == "attr" and _private_word(c, person, political) for c in children(t.head)):
            return True                           # `Pence, 45, was a truck driver`
        aged = aged or age_after(doc, t.i + 1)
        crime = crime or _accused(t) or t.dep_ == "nsubjpass" and t.head.lemma_.lower() in harm or \
            t.dep_ == "nsubj" and any(v.tag_ == "VBN" and v.dep_ in ("advcl", "acl", "xcomp", "conj") and
                                      v.lemma_.lower() in lex.words("accused") for v in children(t.head))
        #                                           (`Boris Johnson, 27, appeared in court charged with burglary`)
    return aged and crime and not political


_HYPHENS = ("-", "‐")


def _age_marked(doc) -> bool:
    """Whether the doc holds an age after a comma anywhere (`common.age_after` at some comma: `Ann Lee, 34,`), once a
    doc: `_told_as_private_in`'s gate (speed39b)."""
    return per_doc(doc, "dateline.people.age_marked", _age_marks)


def _age_marks(doc) -> bool:
    orth, n = strings(doc, "ORTH"), len(doc)      # (`age_after` read off the column at each comma)
    return any(k + 2 < n and orth[k + 1].isdigit() and len(orth[k + 1]) <= 3 and orth[k + 2] == ","
               for k in where(doc, "ORTH", ids_of(",")))


def _foreign_apposition(st: ActorState, root, person: lex.Person) -> Optional[str]:
    """The country of a demonym in apposition with `a`/`an` after a name, when it is another than the lexicon
    person's (`David Cameron, a Canadian hockey coach` -> CAN): a namesake abroad; else None. A demonym of a
    birthplace (`an Austrian-born actor`) says nothing of it."""
    country = person.at(st.day)[0] if st.day else None
    if country is None or country == "IGO":       # `Ban Ki-moon, a South Korean diplomat`: an international
        return None                               # official has a nationality of his own
    own = {o.country for o in person.offices}     # (and a country of any office the lexicon gives him)
    for c in children(root):
        if c.dep_ != "appos" or c.i < root.i or not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in children(c)):
            continue
        demonyms = [h for h in (hit_at(st, m.i) for m in children(c) if m.dep_ in ("amod", "compound"))
                    if h and h[0] == "DEM" and not (h[3] < len(st.doc) and st.toks[h[3]].text in ("-", "–"))]
        if demonyms and not any(h[1] in own | {country} for h in demonyms):
            return demonyms[0][1]                 # (not `Bobby Jindal, an Indian American governor`)
    return None


def _headed_body(st: ActorState, s: int, e: int, form: str) -> bool:
    """True for a name of two words or more the tagger called a person, right after `of` and a title of someone who
    heads a body (actor_words.tsv `body_head`: `president of Lee Brothers`, `director of Gotham Ghostwriters`): no
    one presides over a person, so the name is the body's; not a lexicon person, nor the owner of what is headed
    (`chairman of Ahmed Ali's campaign`)."""
    doc = st.doc
    return e - s > 1 and s >= 2 and tokens(doc)[s - 1].lower_ == "of" and tokens(doc)[s - 2].lower_ in lex.words("body_head") and \
        form not in lex.person_forms() and not any(st.hits.get(i, ("",))[0] == "PER" for i in range(s, e)) and \
        not (e < len(doc) and tokens(doc)[e].lower_ in ("'s", "’s"))


def _introduced_by_name(root) -> bool:
    """True when a name is brought in by a participle of naming (actor_words.tsv `introducing`) after a noun with
    `a`/`an` (`a local pastor named Mike Pence`, `a lawyer called John Roberts`): a stranger to the reader, never
    the public figure of that name."""
    verb = root.head
    if root.dep_ not in ("oprd", "dobj", "attr", "xcomp") or verb.dep_ != "acl" or verb.tag_ != "VBN" or \
            verb.lower_ not in lex.words("introducing"):
        return False
    return any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in children(verb.head))


def _office_named(st: ActorState, person: lex.Person) -> bool:
    """True when the article names a title of one of a lexicon person's offices (`Sen.`, `senator` for a senator):
    a public figure with a private trade besides (`Sen. Jon Tester, a farmer from Montana`), no namesake."""
    roles = {o.role.lower() for o in person.offices}
    doc, titles = st.doc, lex.titles()
    other = _unrelated_words(st)
    return any(t.role in roles for i in range(len(doc)) for n in (1, 2, 3)
               if i not in other and (t := titles.get(span_text(doc, i, i + n).lower(), {}).get("person")) is not None)


def _unrelated_words(st: ActorState) -> frozenset:
    """The tokens of the phrases that say whom a namesake is no relation of (`no relation to the secretary of state`:
    from the relation word to the end of its clause, at most eight words; `_told_unrelated`): the office they name is
    the other's, no tie to the public figure (ident48)."""
    words = lex.words("relation_word")
    out = set()
    for t in (st.toks[i] for i in where(st.doc, "LOWER", string_ids(words | {"unrelated"}))):
        if _no_relation_at(st, t.i, words):
            for j in range(t.i, min(len(st.doc), t.i + 9)):
                if st.toks[j].text in (",", ".", ";", "(", ")", "\"", "—"):
                    break
                out.add(j)
    return frozenset(out)


def _political(st: ActorState) -> bool:
    """True when the article has a word of politics (actor_words.tsv `politics`), worked out once (`st.political`)."""
    if st.political is None:
        words = lexicon_ids(lex.words("politics"))
        st.political = any(w in words for w in column(st.doc, "LOWER")) or \
            any(t.lemma_.lower() in lex.words("politics") for t in st.toks if t.pos_ in ("VERB", "NOUN"))
        #                                           (`Clinton campaigned in Ohio`: a word of politics too)
    return st.political


def _namesake(st: ActorState, person: lex.Person, last: Optional[int] = None) -> bool:
    """True when a lexicon person who held an office is named in an article with no word of politics (actor_words.tsv
    `politics`): someone else of that name (`her son, Robert Hill of Smyrna` in an obituary is no Australian
    minister). One who held a higher office than a legislature seat or a state or city one (names shared by many) is
    a namesake only where the name is told as a private person's (`_private_person_at`, at token `last`; or, act32c,
    as a player's: `_played`, `James Jones added 12 points`) and the article names no title of his offices (`Gen.
    Colin Powell`) nor the country he served (`_served_told`)."""
    if not person.offices or _political(st):
        return False
    if all(o.sector == "LEG" or o.role in lex.words("local_role") for o in person.offices):
        return True
    told = last is not None and _private_person_at(st.toks[last]) or _played(st, person, last)
    return told and not _served_told(st, person)


def _served_told(st: ActorState, person: lex.Person) -> bool:
    """True when the article names a country a lexicon person served (a name, demonym or capital) or a title of his
    offices (`_office_named`): what ties a name to the public figure."""
    countries = {o.country for o in person.offices}
    return any(label in ("CTRY", "DEM", "CAP") and entry in countries for label, entry, _ in st.hits.values()) or \
        _office_named(st, person)


def _honoured_stranger(st: ActorState, person: lex.Person, form: str, s: int) -> bool:
    """True for a bare surname after a form of address (actor_words.tsv `honorific`: `Mr. Carter, who owns the
    building`, `said Mr. Brown, who raises hogs`) in an article that writes none of the lexicon person's longer names
    and ties nothing to him (`_untied`): someone the reader meets only so; a story of the public figure names him in
    full or by a title of his offices (act47b: a wrong person is worse than none)."""
    return " " not in form and s > 0 and st.toks[s - 1].lower_ in lex.words("honorific") and _untied(st, person)


def _appositive_stranger(st: ActorState, person: lex.Person, form: str, s: int) -> bool:
    """True for a bare surname in apposition with `a`/`an`/`the` and a noun no office of the lexicon person names (`Dr.
    Carson, an emergency physician at the hospital`) in an article that writes none of his longer names and ties
    nothing to him (`_untied`): someone the reader meets only so (ident48). The surname is titled (a form of address,
    actor_words.tsv `honorific`, or a rank or title right before it): `Trump, a billionaire, told the crowd` is the
    figure; and the article has no word of politics (`_political`: `Dr. Carson, a retired neurosurgeon, will run for
    president` is the candidate) (review48d). A definite kin noun tells whose relative he is, no post of a stranger
    (`Mr. Obama, the son of a Kenyan economist`: review50d)."""
    if " " in form or s < 1 or not (st.toks[s - 1].lower_ in lex.words("honorific") or
                                    _rank_right_before(st.toks, s)) or _political(st):
        return False
    roles = " ".join(o.role.lower() for o in person.offices)
    return any(c.dep_ == "appos" and c.i > s and c.pos_ == "NOUN" and c.lower_ not in roles and
               any(d.dep_ == "det" and (d.lower_ in ("a", "an") or d.lower_ == "the" and
                                        c.lemma_.lower() not in lex.words("kin")) for d in children(c))
               for c in children(st.toks[s])) and _untied(st, person)   # (`Dr. Carson, the deputy coroner`: ident50;
    #                                                                     not `Mr. Obama, the son of a Kenyan
    #                                                                     economist`: whose son, review50d)


def _line_given_name(st: ActorState, s: int, person: lex.Person) -> bool:
    """True when a bare lexicon surname at token s ends a line of two capitalised words (a stop or comma after it at
    most) whose first, opening the line, is no title, honorific or name the article's hits know, and not a given name
    the person bears (`Sy Burr.` signing a reader's letter is no Richard Burr; `Sy` is in no list of given names, so
    the given-name rules never saw it): someone else of that surname (ident50)."""
    if s == 0 or s + 1 > len(st.doc):
        return False
    t, toks = st.toks[s - 1], st.toks
    if not (t.is_title and t.is_alpha and len(t) > 1 and t.whitespace_ == " ") or hit_at(st, t.i) or \
            t.lower_ in lex.title_words() or t.lower_ in lex.words("honorific") or \
            t.lower_ in lex.words("title_prefix"):
        return False
    if not (t.i == 0 or "\n" in toks[t.i - 1].text_with_ws):
        return False                              # (the word must open its line)
    if t.pos_ != "PROPN" or t.lower_ not in given_names() and (t.lower_ in _verbs() or t.lower_ in _adjectives()):
        return False                              # (`Blame Obama`, `Crooked Hillary`: a headline's words)
    if in_headline(st, t.idx):
        return False
    k = s + 1
    if k < len(st.doc) and toks[k].text in (".", ","):
        k += 1
    if k < len(st.doc) and "\n" not in toks[k - 1].text_with_ws and not toks[k].is_space:
        return False                              # (and the surname end it)
    return not _bears(person, [t.text])


def _described_apart(st: ActorState, person: lex.Person, s: int) -> bool:
    """True when the token s has a relative clause in the present tense or an apposition, none of whose words is a
    word of the person's offices (`Abbas, who runs a tea stall`, `Abbas, a driver`): who he is. A clause in the past
    tells what he did there (`Obama, who fired the starting gun`, `who sat in the front row`: a visitor's act, no
    description; review50d)."""
    roles = {w for o in person.offices for w in o.role.lower().split()}
    return any((c.dep_ == "appos" or c.dep_ == "relcl" and _present_tense(c)) and
               not any(t.lower_ in roles for t in c.subtree) for c in children(st.toks[s]))


def _present_tense(verb) -> bool:
    """The clause's verb or an auxiliary of it is in the present tense (`runs`, `sell`, `has sold`, `is`)."""
    return verb.tag_ in ("VBZ", "VBP") or any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP")
                                               for a in children(verb))


def _foreign_stranger(st: ActorState, person: lex.Person, form: str, s: int) -> bool:
    """True for a one-word form of a lexicon person at token s described there by a relative clause or an
    apposition that names none of his offices, whose countries the article never tells (no name, demonym or capital
    of them), in a story datelined in another country, with no word of politics (`_political`) and nothing tied to
    him (`_untied`): `said Abbas, who sells rice in the old city` in a Karachi story on food prices is no Palestinian
    president (ident50; `Abbas arrived in Amman for talks` stays him)."""
    if " " in form or not _described_apart(st, person, s):
        return False
    home = dateline_country(st)
    countries = {o.country for o in person.offices} - {None, "IGO"}
    if home is None or not countries or home in countries or _told_country(st, countries):
        return False
    return not _political(st) and _untied(st, person)


def _told_unrelated(st: ActorState, s: int, e: int) -> bool:
    """True when the words right after a name, in its sentence, say the person is no relation of someone
    (actor_words.tsv `relation_word`: `John McCain, no relation to the Arizona senator`, `who is not related to the
    governor`, `unrelated to`): a namesake, whatever office the sentence names (ident48)."""
    if e >= len(st.doc) or st.toks[e].text not in (",", "(", "—", "--", "-", "who"):
        return False
    sent_end = sentence_of(st.doc, e - 1).end
    words = lex.words("relation_word")
    for i in range(e, min(sent_end, e + 14)):
        if _no_relation_at(st, i, words):
            return _of_a_person(st, i + 1, sent_end)
    return False


def _no_relation_at(st: ActorState, i: int, words: frozenset) -> bool:
    """Token i says no kinship: `unrelated`, or a word of `relation_word` after `no`/`not` (`no relation`, `not
    related`; `_told_unrelated`, `_unrelated_words`)."""
    t = st.toks[i]
    return t.lower_ == "unrelated" or t.lower_ in words and i >= 2 and \
        any(st.toks[j].lower_ in ("no", "not", "n't") for j in range(i - 2, i))


def _of_a_person(st: ActorState, i: int, end: int) -> bool:
    """The words from token i to the end of the phrase (punctuation, at most eight words) name a person: a person's
    name or a person title (`no relation to the Arizona senator`), not a thing (`who has no relation to the issue`,
    `not related to the scandal`: the public figure himself) (review48d)."""
    for j in range(i, min(end, i + 8)):
        t = st.toks[j]
        if t.text in (",", ".", ";", "(", ")", "\"", "—"):
            return False
        if t.ent_type_ == "PERSON" or t.lower_ in lex.title_words() and is_person_title(t):
            return True
    return False


def _aged_stranger(st: ActorState, person: lex.Person, s: int, e: int) -> bool:
    """True for a one-word lexicon form (a surname alias: `McDaniel`) with an age right after it (`McDaniel, 19,`) in
    an article that writes none of the person's longer names and ties nothing to him (`_served_told`): a private
    person told as one, whatever the story's words (act32c: a police report's arrest names no party chair; wire copy
    gives a public figure's age with his name or post: `Nelson Mandela, 94,`)."""
    if e - s != 1 or not age_after(st.doc, e):
        return False
    return _untied(st, person)


def _untied(st: ActorState, person: lex.Person) -> bool:
    """True when the article writes none of a lexicon person's longer names (of two words or more) and ties nothing
    to him (`_served_told`): a one-word form of his is someone else's (`_aged_stranger`, `_club_town`)."""
    return not _longer_name_in(st, person) and not _served_told(st, person)


def _longer_name_in(st: ActorState, person: lex.Person) -> bool:
    """The article writes one of the lexicon person's names of two words or more."""
    text = st.ctx.text
    return any(f in text for f in (person.name, *person.aliases) if " " in f)


def _agency_town(st: ActorState, form: str) -> bool:
    """True when a one-word form stands only as a modifier of the word after it (or as a locative preposition's object
    before a capitalised word), once at least before a local body's
    word (actor_words.tsv `town_agency`: `Cameron Police Chief Ann Roe`, `in Cameron Accidental Shooting`): the town
    whose police, fire service or schools they are, as `_club_town` reads a sports page's town (act36c)."""
    toks, text, agency, seen = st.toks, st.ctx.text, lex.words("town_agency"), False
    for k in indices(st.doc, ORTH=ids_of(form)):
        t = toks[k]
        if not (t.dep_ == "compound" and t.head.i > k or t.dep_ == "pobj" and t.head.lower_ in lex.words("locative")) \
                or k + 1 >= len(toks) or not text[toks[k + 1].idx:toks[k + 1].idx + 1].isupper():   # (the text's
            #                                       case: a headline's words may be parsed in lower case)
            return False                          # (a headline's `in Cameron Accidental Shooting` may be parsed
            #                                       with the town the preposition's object)
        seen = seen or toks[k + 1].lower_ in agency
    return seen


def _club_town(st: ActorState, person: lex.Person, s: int, e: int) -> bool:
    """True for a one-word lexicon form that is also a town's name (`Bolton`, `Hull`: a large city or any town the
    gazetteer lists) in a sports report (`Context.page`), or written only before the town's bodies (`_agency_town`:
    `Cameron Police Chief`, act36c), that writes none of the person's longer names and ties
    nothing to him (`_served_told`): the town's club, as clubs are named (act33: `relative success at Bolton` on a
    football page was John Bolton; act32b's `_clubs` then makes the club); not a name that acts as a person or has a
    person's title or given name before it (common `acts_as_person`, act33d)."""
    if e - s != 1 or not st.ctx.page.sports and gated() and not lemma_in(st.doc, lex.words("town_agency"), lower=True):
        return False                              # (not a sports page, and no word of a town's bodies for
        #                                           `_agency_town` to read: speed39b's gate)
    form = st.toks[s].text
    if not st.ctx.page.sports or not (lex.place_country(form) or lex.town_countries(form)):   # (a town of one
        if not _agency_town(st, form):            # country or of several; a town's bodies say it is one, listed or
            return False                          # not: `Cameron Police`)
    return _untied(st, person) and not acts_as_person(st, form)   # `Clinton threw out the first pitch`: a person
    #                                                               (act33d)


def _played(st: ActorState, person: lex.Person, last: Optional[int] = None) -> bool:
    """True in a sports report (`Context.page`), or in a sentence of a player's figures (a number before an
    actor_words.tsv `stat_noun`: `added 12 points`, `threw for 300 yards`) at the name's token `last`, for a lexicon
    person whose offices are all of the state (no anchor's or firm's, MED or BUS, who may cover or own a side): a
    player of that name, not the office holder (act32c: `James Jones added 12 points for Portland` is no national
    security adviser)."""
    if any(o.sector in ("MED", "BUS") for o in person.offices):
        return False
    if last is not None:
        stats, sent = lex.words("stat_noun"), st.toks[last].sent
        toks = st.toks
        if any(toks[k].like_num and toks[k + 1].lower_ in stats for k in range(sent.start, sent.end - 1)):
            return True
    return st.ctx.page.sports


def _private_person_at(root) -> bool:
    """True for a name told as a private person's: a home town after it (`of` + a place, after its age if one
    follows: `Robert Hill, 54, of Smyrna`) with an age or a kin noun in apposition (`her son, Robert Hill of Smyrna`).
    An age or a kin noun alone is no sign (`Nelson Mandela, 94,`, `his son George W. Bush`: wire copy tells both of
    public figures)."""
    doc, kin = root.doc, lex.words("kin")
    related = root.dep_ == "appos" and root.head.lemma_.lower() in kin or \
        any(c.dep_ == "appos" and c.lemma_.lower() in kin for c in children(root))
    k = root.i + 1
    aged = age_after(doc, k)
    if aged:
        k += 3
    home = k + 1 < len(doc) and tokens(doc)[k].lower_ == "of" and tokens(doc)[k + 1].ent_type_ == "GPE"
    return home and (aged or related)


def _pronoun_gender(tok) -> Optional[str]:
    """`m` or `f` when the name is the subject of a verb whose complement clause has `he` or `she` as its subject
    (`Cruz said he would win`), else None."""
    if tok.dep_ != "nsubj":
        return None
    for clause in children(tok.head):
        if clause.dep_ in ("ccomp", "xcomp") and clause.i > tok.i:
            subj = next((c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in ("he", "she"):
                return "m" if subj.lower_ == "he" else "f"
    return None


def _introduced_as_kin(st: ActorState, c: Cluster, at: int, kin: frozenset = frozenset()) -> bool:
    """True when a mention of this person's name before offset `at` stands in apposition with a possessed kin
    noun (actor_words.tsv `kin`, or the nouns given): `his wife, Linda Dwyer`, `Bill Clinton, her husband,` (not
    `brother of`)."""
    kin = kin or lex.words("kin")

    def owned_kin(tok) -> bool:
        return tok.lemma_.lower() in kin and any(k.dep_ == "poss" for k in children(tok))

    return any(p is c and tok.idx < at and (
        (tok.dep_ == "appos" and owned_kin(tok.head)) or any(k.dep_ == "appos" and owned_kin(k) for k in children(tok)))
        for i, p in st.person_at.items() for tok in (st.toks[i],))


def _introduced_gender(st: ActorState, c: Cluster, at: int) -> Optional[str]:
    """`m`/`f` from a possessed kin noun of one gender (actor_words.tsv `kin_female`, `kin_male`) that this person's
    given name or surname, written before offset `at` and no other person's there, stands in apposition with (`his
    wife, Edna`: f; `Roy Tamsin, her husband,`: m), else None: the gender a given name missing from given_names.tsv
    does not tell (ident52)."""
    female, male = lex.words("kin_female"), lex.words("kin_male")
    words = c.name.split()
    for tok in st.toks:
        if tok.idx >= at:
            break
        if tok.text not in (words[0], words[-1]) or st.person_at.get(tok.i, c) is not c:
            continue                              # (the given name alone, `his wife, Edna`, or the surname)
        nouns = ([tok.head] if tok.dep_ == "appos" else []) + [k for k in children(tok) if k.dep_ == "appos"]
        for noun in nouns:
            lemma = noun.lemma_.lower()
            if (lemma in female or lemma in male) and any(k.dep_ == "poss" for k in children(noun)):
                return "f" if lemma in female else "m"
    return None


def _spoke_just_before(st: ActorState, c: Cluster, s: int) -> bool:
    """True when this person is named as the subject of a verb of speech (speech_verbs.tsv) in the sentence right
    before the one of token s: the speaker a bare surname then goes on quoting."""
    sent = sentence_of(st.doc, s)
    if sent.start == 0:
        return False
    prev = sentence_of(st.doc, sent.start - 1)
    return any(p is c and prev.start <= i < prev.end and _speech_subject(st.toks[i]) for i, p in st.person_at.items())


def _speech_subject(tok) -> bool:
    """The subject of a verb of speech, or a name in apposition with it (`His mother, Denise Carter, said`; act47b)."""
    if tok.dep_ == "appos" and tok.head.i < tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in speech_verbs()


def _speaks(tok) -> bool:
    """True for a name that is the subject of a verb of speech (speech_verbs.tsv) or stands right after a quotation
    (`...,” Clinton added`; not after the mark opening one: `"Clinton will carry Ohio,"`)."""
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in speech_verbs():
        return True
    return _after_closing_quote(tok)              # a closing mark: close to the word before it, apart from the name


def _named_as_subject(st: ActorState, c: Cluster, at: int) -> bool:
    """True when a mention of this person's name before offset `at` is the subject of a verb."""
    return any(p is c and tok.idx < at and tok.dep_ in ("nsubj", "nsubjpass")
               for i, p in st.person_at.items() for tok in (st.toks[i],))


def _body_person(names: _Names, form: str, st: Optional[ActorState] = None,
                 at: Optional[int] = None) -> Optional[Cluster]:
    """For a bare surname in the headline (read after the body): the person of the body with that surname named
    first, if any. With the state given, of two or more such people a naming that only qualifies a noun after it
    (`Former Bill Clinton pollster Doug Schoen`, `a Jeb Bush aide`: `_modifier_only`) does not count while another
    of the surname is named in the body as a person of the story; and a headline's surname before the very noun
    that a body naming qualifies (`Former Clinton Pollster Says ...` over `Former Bill Clinton pollster`) is that
    one's (ident55)."""
    names.sync()
    found = [c for c in names.by_form.get(form, ()) if c.mentions and len(c.name.split()) > 1]
    pick = min(found, key=lambda c: c.first) if found else None
    if st is not None and at is not None and len(found) > 1 and at + 1 < len(st.toks):
        noun = st.toks[at + 1].lower_
        owners = [c for c in found if any(_modifier_only(st.toks, i) and st.toks[i + 1].lower_ == noun
                                           for i, p in st.person_at.items() if p is c)]
        if len(owners) == 1:
            return owners[0]
    if st is not None and len(found) > 1 and _first_own_naming(st, pick, runs=1) is None:
        firsts = [(_first_own_naming(st, c), k) for k, c in enumerate(found)]
        own = [(i, k) for i, k in firsts if i is not None]
        if own:                                   # (the first naming qualifies a noun: the first own one)
            return found[min(own)[1]]
    return pick


def _first_own_naming(st: ActorState, c: Cluster, runs: int = 0) -> Optional[int]:
    """The token of this person's first name run in the body that is not `_modifier_only`, or None; with `runs`,
    looking at that many runs only."""
    toks = st.toks
    seen = 0
    for i in sorted(i for i, p in st.person_at.items() if p is c):
        if i + 1 < len(toks) and st.person_at.get(i + 1) is c:
            continue                              # (a run's last token decides)
        if in_headline(st, toks[i].idx):
            continue
        if not _modifier_only(toks, i):
            return i
        seen += 1
        if runs and seen >= runs:
            break
    return None


def _modifier_only(toks, j: int) -> bool:
    """True when the name ending at token j only qualifies the lower-case common noun right after it (`Bill Clinton
    pollster`, `Jeb Bush aide`, `Trump supporters`): another's description, not the person named in the story."""
    return j + 1 < len(toks) and toks[j + 1].is_lower and toks[j + 1].is_alpha and toks[j + 1].pos_ == "NOUN"


def _given_name_of_named(st: ActorState, names: _Names, person: lex.Person, form: str, s: int) -> Optional[Cluster]:
    """The one person of the article, no lexicon person, named in full before token s with the bare word `form` as
    given name, when the word is that person's given name rather than the lexicon person's surname (ident53 and
    known53's twin rules, made one by review53c). It is when either
    - the article writes none of the lexicon person's longer names, no title of his offices and no country he served
      (`_untied`: `Perry Lindqvist, a hospital worker ... his sister said she spoke to Perry`, no Rick Perry), or
    - the person was introduced by a title or a role and the lexicon person has no mention yet (`Coach Rubio
      Sandoval ... Rubio, who played`: no Marco Rubio; a name in passing, `Hassan Lee, Abbas Amin and Jamal Noor
      were behind ...`, leaves `Abbas's aides` the leader's);
    and never in a story filed from a country the lexicon person served, other than the United States (`RAMALLAH
    (Wire) -- ... Abbas Nasser ... Abbas's aides`: the leader; the lead, s53). None otherwise (`Gov. Rick Perry ...
    Perry`: the lexicon person, as before)."""
    names.sync()
    at = st.toks[s].idx
    found = [c for c in names.by_first.get(form, ()) if c.person is None and len(c.name.split()) > 1
             and any(m[0] < at for m in c.mentions)]
    if len(found) != 1:
        return None
    home = dateline_country(st)
    if home != "USA" and home in {o.country for o in person.offices}:
        return None                               # filed from the lexicon person's own country abroad
    if _untied(st, person):
        return found[0]
    if found[0].role is not None and not getattr(st.clusters.get(("P", person.name)), "mentions", None):
        return found[0]                           # introduced by a title or a role, before any mention of his
    return None


def _by_first_name(names: _Names, form: str) -> Optional[Cluster]:
    """`Donald` alone: the one person of this article with that first name, if only one."""
    names.sync()
    found = names.by_first.get(form, ())
    return found[0] if len(found) == 1 else None


def _team_spans(st: ActorState) -> list[tuple[int, int]]:
    """The tokens of `Team` + a capitalised name of one or two words (`Team Clinton`, `Team Hillary Clinton`), not at
    the start of a title-case line's `Team` of a sports side (`Team USA`: a country or place after it)."""
    doc, out = st.doc, []
    for i in where(doc, "ORTH", {doc.vocab.strings["Team"]}) if "Team" in st.ctx.text else ():
        e = i + 1
        while e < len(doc) and e - i <= 2 and tokens(doc)[e].pos_ == "PROPN" and tokens(doc)[e].is_title and \
                not (hit_at(st, e) and hit_at(st, e)[0] != "PER"):
            e += 1
        if e > i + 1:
            out.append((i, e))
    return out


def _team(st: ActorState, names: "_Names", s: int, e: int) -> None:
    """`Team Clinton`, `Team Trump` (tokens s..e): the campaign of the candidate of that name (PTY, as `the Clinton
    campaign` is), the article's person of that surname, else the lexicon's on the article's date; nobody when
    neither is known. A lexicon person who is no candidate on the day (`Team Biden` in 2022) has a team of their
    office's sector and country (their staff or government), no campaign."""
    doc = st.doc
    if s > 0 and tokens(doc)[s - 1].lower_ in lex.words("team_side"):
        return                                    # `Are you on Team Trump?`: a supporter's side, no actor acting
    form = span_text(doc, s + 1, e)
    owner = _by_surname(st, names, form, s + 1, article_only=True) if e - s == 2 else _same_name(names, form)
    person = owner.person if owner is not None else _lexicon_person(st, form)
    if owner is None and person is None:
        return
    name = owner.name if owner is not None else person.name
    country, sector, _ = person.at(st.day) if person is not None else (owner.country, None, None)
    if person is not None and st.day and sector != "PTY":
        c = cluster(st, ("O", name + " team"), name + " team", sector=sector, role="staff",
                    country=country if country != "IGO" else None)   # `Team Biden` in 2022: the president's
    else:                                                               # people, no campaign
        c = cluster(st, ("O", name + " campaign"), name + " campaign", sector="PTY", role="campaign",
                    country=country if country != "IGO" else None)
    start, end = tokens(doc)[s].idx, tokens(doc)[e - 1].idx + len(tokens(doc)[e - 1])
    add(st, c, start, end)
    st.taken.append((start, end))


def _town_of_state(doc, e: int) -> bool:
    """A name followed by a comma and a US state's name or abbreviation (`of Buckeye, Ariz.`, `Corona, Calif.`) or a
    country's name that ends the phrase (`San Pedro Sula, Honduras;`): a town, not a person."""
    if e + 1 >= len(doc) or tokens(doc)[e].text != ",":
        return False
    after = text(doc)[tokens(doc)[e].idx + 1:tokens(doc)[e].idx + 40].lstrip(" ")
    ends = ("", ",", ".", ";", ":", ")", "-", "\n")
    if any(after.startswith(form) and (form.endswith(".") or after[len(form):len(form) + 1] in ends)
           for form in us_state_forms_from(after)):   # (`Buckeye, Ariz.--John Bacon`, however the rest is split; not
        return True                           # `Joe Hale, Texas Republican`)
    k = e - 1                                 # (not a person's name: `Ahmed Abu Zeid, Egypt, and Nasser Judeh,
    while k > 0 and tokens(doc)[k - 1].text[:1].isupper() and tokens(doc)[k - 1].is_alpha:  # Jordan` in a list of ministers)
        k -= 1
    if tokens(doc)[k].lower_ in given_names():
        return False
    k = e + 1                                 # a country: its whole name, then the end of the phrase (not `Ann
    while k < len(doc) and k < e + 5 and tokens(doc)[k].text[:1].isupper():   # Lee, Kenya's envoy`)
        k += 1
    return k > e + 1 and span_text(doc, e + 1, k) in lex.countries().names and \
        (k == len(doc) or tokens(doc)[k].text in (",", ".", ";", ":", ")", "and") or "\n" in tokens(doc)[k - 1].whitespace_)


def _person_like(st: ActorState, tok) -> bool:
    """An unknown one-word name is a person only as the subject of a verb, after a title or as the possessor
    of a title or kin word (`Slepian's wife`): `Houla` in `the massacre in Houla` or `the Houla massacre` is a
    place; a capitalised function word (`Much`, `Nothing`) never is."""
    before = st.toks[tok.i - 1] if tok.i > 0 else None
    if before is not None and (before.lower_ in lex.title_words() and (
            before.lower_ in lex.title_ends() or not before.is_lower or before.pos_ != "NOUN") or before.lower_ in lex.words("honorific") and
                               before.pos_ == "PROPN" and before.is_title and before.is_alpha):
        return True                               # `Sgt. Wood`; `Mr Kelly` (no period: `_cut_given_name` made it a
        #                                           name of two words before; not `to miss Rochester`); not after a
        #                                           title's first word, a common noun in lower case (`the restaurant
        #                                           Sylvia's`: no `restaurant owner`; sect53)
    if tok.dep_ == "poss" and (tok.head.lemma_.lower() in lex.words("kin") or is_person_title(tok.head)):
        return True                               # `Slepian's wife`, `Slepian's lawyer`
    if tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.lemma_.lower() in lex.words("kin") and \
            (owner := possessor(tok.head)) is not None and owner.pos_ == "NOUN":
        return True                               # `the farmer's daughter, Lucy,`: an unnamed person's kin, a person
        #                                           (ident41b); a named person's or a pronoun's kin is
        #                                           descriptions._named_relative's (`Marwick's mother, Lorna`)
    if tok.is_sent_start and any(k.dep_ == "conj" and k.pos_ == "NOUN" and k.is_lower for k in children(tok)):
        return False                              # `Arson and bombings at clinics have become ...`: a common noun
    if tok.is_stop and tok.is_title:
        return False                              # `Much of Beck's ire was ...`: a function word capitalised
    if _common_noun_capitalised(st, tok) or _pet_name(st, tok):
        return False                              # `Vigil held for teen. ... a candlelight vigil`, `a pit bull
        #                                           named Max`
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")


def _pet_name(st: ActorState, tok) -> bool:
    """True for a one-word name the article gives an animal (actor_words.tsv `animal` before `named`/`called`: `a
    pit bull named Max`), wherever it stands."""
    return tok.text in _pet_names(st)


def _pet_names(st: ActorState) -> frozenset:
    """The one-word names the article gives animals, found once a doc (a walk over every word at each name asked
    about was a tenth of the actors' time)."""
    found = st.doc.user_data.get("dateline.pet_names")
    if found is None or found[0] != len(st.toks):
        toks, animals = st.toks, lex.words("animal")
        lemmas, naming = lowered(st.doc), ids_of("named", "called")
        names = frozenset(toks[k + 1].text for k in where(st.doc, "LOWER", naming)   # (the columns: a Token read at
                          if 1 <= k < len(toks) - 1 and lemmas[k - 1] in animals)    #  a name alone)
        found = st.doc.user_data["dateline.pet_names"] = (len(toks), names)
    return found[1]


def _common_noun_capitalised(st: ActorState, tok) -> bool:
    """True for a word capitalised only where a sentence or headline starts that the article also writes in lower
    case (`Vigil held for teen` beside `a candlelight vigil`): a common noun, no one's name."""
    if not tok.is_sent_start or not tok.is_title or len(tok.text) < 3:
        return False
    forms, inside = _forms(st)            # (a word written `tok.lower_` somewhere; `tok.text` past a sentence's start)
    return tok.lower in forms and tok.orth not in inside


def _forms(st: ActorState) -> tuple[frozenset, frozenset]:
    """The forms (ORTH ids) of the article's words, and those of its words that open no sentence (`not
    is_sent_start`: SENT_START is not 1), found once a doc from the columns (two walks over every word at each
    capitalised word asked about were a tenth of the people pass)."""
    found = st.doc.user_data.get("dateline.forms")
    if found is None or found[0] != len(st.toks):
        orth, opens = column(st.doc, "ORTH"), column(st.doc, "SENT_START")
        found = st.doc.user_data["dateline.forms"] = (
            len(st.toks), frozenset(orth), frozenset(itertools.compress(orth, map((1).__ne__, opens))))   # (at C
    #                                                                                      speed: speed39b)
    return found[1], found[2]


_DASHED_NUMBER = re.compile(r"(?<=[^\W\d_])[-–—]\d[\d.,]*$")
#   a number glued by a dash to a name's last word, which spaCy's tokenizer keeps as one token (`Ted Cruz—35`,
#   `Rubio–12`): no part of the name (mend38)


_GLUED_LEAD = re.compile(r"[a-z]{2,5}(?=[A-Z][a-z])")


def _unglued(name: str) -> str:
    """A name without a lower-case function word glued to its first word where a space was lost (`forJonathan
    Figueroa` -> `Jonathan Figueroa`; spaCy's stop words; not `deGrasse`, `eBay`): no part of the name (ident39)."""
    m = _GLUED_LEAD.match(name)
    if m is None:
        return name
    from spacy.lang.en.stop_words import STOP_WORDS
    return name[m.end():] if m.group() in STOP_WORDS else name


def _bare_name(name: str) -> str:
    """A name without a number a dash glues to its last word (`Ted Cruz—35` -> `Ted Cruz`), nor a possessive in
    an apostrophe spaCy leaves on the word (`Donald Trump‘s` -> `Donald Trump`, fix38a: `without_possessive`)."""
    return _DASHED_NUMBER.sub("", name) if name[-1:].isdigit() else without_possessive(name)


def _person_mention(st: ActorState, c: Cluster, s: int, e: int) -> None:
    doc = st.doc
    toks = tokens(doc)
    info = _title_before(st, s) if not (e - s == 1 and _names_an_administration(st, s)) else None
    #   (`a banker and former Reagan administration official`: the title words are the official's; act47b)
    start = toks[info.start].idx if info else toks[s].idx + len(toks[s].text) - len(_unglued(toks[s].text))
    end = toks[e - 1].idx + len(_bare_name(toks[e - 1].text))   # (`Cruz—35`: the name's letters, mend38)
    if info is None:
        info = _shared_title(st, s, e)            # `Reps. Darrell Issa and Duncan Hunter`: both representatives
    if info and not (c.mentions and _in_quote(st, start) and not all(_in_quote(st, m[0]) for m in c.mentions)):
        _apply_title(c, info)                     # (`Not to mention, President Thor`, in a quote, of a writer
        #                                           named before outside it: a quip, not an office)
    for i in range(s, e):
        st.person_at[i] = c
    add(st, c, start, end)
    st.taken.append((start, end))
    # an apposition that says who he is: `Sergei Lavrov, Russia's foreign minister,`
    root = toks[e - 1]
    deps, below = strings(doc, "DEP"), child_indices(doc)[e - 1]   # (the root's children read off the columns)
    below = [x for x in below if not _name_apposed_between(toks, deps, below, root.i, x)] + _list_tail(toks, root)
    for x in below:
        if deps[x] != "appos" or s <= x < e:
            continue
        child = toks[x]
        if _one_of_someone(child) and \
                (child.i > root.i or child.right_edge.i < (info.start if info else s)) and \
                not _quote_between(doc, min(child.i, e), max(child.i, s)) and \
                not any(deps[k] == "conj" and root.i < k < child.i for k in below) and \
                not (child.i > root.i and _subject_after_phrase(toks, root, child)):
            # (`Clinton, Trump and Cruz, the Texas senator`: after a list, the apposition is the last one's)
            descs = [(n, d) for n in [child] + _joined_descriptions(child) if (d := _description_info(st, n))]
            if c.person is None and not c.sector:  # `Lena Vasquez, a marcher and the director of outreach for the
                descs.sort(key=lambda nd: nd[1].sector in (None, "CVL"))   # Coalition for Open Parks`: the body she
            for noun, desc in descs:               # works for tells her sector, not the private noun (act34c)
                _apply_title(c, desc)
                ds, de = np_bounds(st, noun)
                add(st, c, ds, de)
                st.taken.append((ds, de))
    if info is None and c.person is None and not c.sector:
        title = _title_hung_before(st, s, e)
        if title is not None and (desc := _description_info(st, title)):
            _apply_title(c, desc)                 # `the source, a spokeswoman for the FDA, Ann Lee, said`
    if c.person is None and _US_PARTY_TAG.match(st.ctx.text, end):
        c.country = c.country or "USA"            # `Rep. Joseph Crowley (D-N.Y.)`: a US lawmaker
        c.sector = c.sector or "LEG"
    if c.person is None and c.sector is None and st.owner_sector.get(s):
        c.sector = st.owner_sector[s]             # `the Daily Wire’s Ben Shapiro`: the outlet's
    if c.person is None:
        who_from_context(st, c, s, e)
    over = _title_over_place(root.head) if deps[e - 1] == "appos" else root.head
    if deps[e - 1] == "appos" and heads(doc)[e - 1] < (info.start if info else s) and _one_of_someone(over) and \
            not _quote_between(doc, over.i, info.start if info else s) and over.dep_ != "appos":
        #                                           (`each person she listed, the governor, the deputy governor,
        #                                           Susan Rice`: a list, each its own person)
        desc = _description_info(st, over)
        if desc:
            _apply_title(c, desc)
            ds, de = np_bounds(st, over)
            if de <= toks[s].idx and not _verb_between(st, c, over.i, s, de):
                add(st, c, ds, de)
                st.taken.append((ds, de))


def _subject_after_phrase(toks, root, child) -> bool:
    """True when a description the parse hung in apposition after a name is the subject of the verb right after it:
    the name closes a phrase of a preposition that opens the sentence (`In an interview with hosts Ann Roe and Tom
    Hale, the Democratic candidate stated that ...`): the description is whoever does the verb, no apposition of
    the name (ident52). The verb has no subject of its own; `Ann Roe, the mayor, said` keeps its apposition, which
    a comma closes."""
    after = child.right_edge.i + 1
    if after >= len(toks):
        return False
    verb = toks[after]
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "MD") or any(k.dep_ in ("nsubj", "nsubjpass") for k in children(verb)):
        return False
    t = root
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head                                # (`hosts Ann Roe and Tom Hale`: the list's first name)
    if t.dep_ == "appos" and t.head.i < t.i:
        t = t.head                                # (`hosts Ann Roe`: the noun the names stand beside)
    for _ in range(4):                            # (`In an interview with hosts ...`: phrases in phrases)
        if t.dep_ != "pobj" or t.head.dep_ != "prep":
            return False
        t = t.head.head
        if t.i > child.i:
            return True                           # the phrase hangs on a word after the description
    return False


def _verb_between(st: ActorState, c: Cluster, i: int, s: int, de: int) -> bool:
    """A name at token s that the parse hung as an apposition on a description at token i (phrase ending at character
    de) with no comma or dash before the name (its titles aside), and a verb or another person between: a clause of
    its own, no apposition (`Army chief Abdel Fattah al-Sisi overthrew President Mohamed Mursi`: the chief is al-Sisi,
    not Mursi; ident43). `One more delegate on the Roe slate, Tom Ward,` stays his."""
    toks, titles = st.toks, person_titles()
    j = s - 1
    while j > i and toks[j].lower_.rstrip(".") in titles:
        j -= 1
    if toks[j].is_punct:
        return False
    return any(toks[k].idx >= de and (toks[k].pos_ in ("VERB", "AUX") or st.person_at.get(k, c) is not c)
               for k in range(i + 1, s))


def _title_over_place(tok):
    """The person title whose `of` phrase ends in `tok`, a proper noun the parse hung a name after a comma on (`The
    foreign minister of Qatar, Ali Nasser,`, `the foreign minister of the Gulf state of Qatar, Ali Nasser`: `Nasser`
    an apposition of `Qatar`), through nouns of a country's kind (actor_words.tsv `country_kind`); else `tok`. The
    description is the named person's, not a lexicon holder's of the post nor another person's (ident42)."""
    if tok.pos_ != "PROPN":
        return tok
    t = tok
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.i == t.head.i:
            return tok
        t = t.head.head
        if t.pos_ == "NOUN" and is_person_title(t):
            return t
        if t.lower_ not in lex.words("country_kind"):
            return tok
    return tok


def _title_hung_before(st: ActorState, s: int, e: int):
    """The head of a description right before a name and its comma, that the parse hung in apposition to a noun
    before it rather than to the name (`the source, a spokeswoman for the FDA, Ann Lee, said`: `spokeswoman` appos
    of `source`): a singular person title (titles.tsv) with a determiner or an owner, whose words end at the comma
    before the name, the name followed by a comma or a speech verb; else None. Not a noun of a clause or phrase
    before the name (`After talking to a lawyer, Ann Lee left`: no apposition at all) (act33c)."""
    toks = st.toks
    if s < 3 or toks[s - 1].text != "," or e >= len(toks) or \
            not (toks[e].text == "," or toks[e].lemma_.lower() in speech_verbs()):
        return None
    t = toks[s - 2]
    while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i < t.i:
        t = t.head.head                           # `a spokeswoman for the FDA`: the noun the phrase hangs on
    if t.dep_ != "appos" or t.head.i >= t.i or t.right_edge.i != s - 2 or not t.is_lower or t.tag_ != "NN" or \
            not is_person_title(t) or not any(k.dep_ in ("det", "poss") for k in children(t)) or \
            not _one_of_someone(t) or _quote_between(st.doc, t.i, s):
        return None
    return t


def _named_person(tok) -> bool:
    """A proper noun the parser takes for a person's name (`Tolbert` in `Bernard Tolbert`)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"


def _name_apposed_between(toks, deps, below: list, root: int, x: int) -> bool:
    """True when another person's name in apposition with the root stands between it and its apposition x: in a
    list of names `Ann Roe, Piet Dams, the county's chief engineer,` the description after the second name is the
    second one's, not the first's (act53c; the parser hangs every item of the list on the first name)."""
    return x > root and any(deps[k] == "appos" and root < k < x and _named_person(toks[k]) for k in below)


def _list_tail(toks, root) -> list:
    """For a name that is itself in apposition with an earlier name (`Piet Dams` in `Ann Roe, Piet Dams, the county's
    chief engineer,`), the earlier name's appositions after it with no other name between: the descriptions that
    follow the second name of such a list (act53c)."""
    head = root.head
    if root.dep_ != "appos" or head.i >= root.i or not _named_person(head) or not _named_person(root):
        return []
    out = []
    for k in sorted(c.i for c in children(head) if c.dep_ == "appos" and c.i > root.i):
        if _named_person(toks[k]):
            break
        out.append(k)
    return out


def _one_of_someone(tok) -> bool:
    """False for a noun in apposition with a name that cannot be that one person: a plural (`The candidates
    Sanders named`) or a noun of nobody (`No mayor, not Tom Ward, not the best mayor ...`)."""
    return tok.tag_ not in ("NNS", "NNPS") and not any(
        c.dep_ == "det" and c.lower_ in ("no", "any", "every", "each") or c.dep_ == "neg" for c in children(tok)) \
        and not (tok.left_edge.i > 0 and tokens(tok.doc)[tok.left_edge.i - 1].lower_ == "not")  # `not the greatest president`


def _in_quote(st: ActorState, at: int) -> bool:
    """True when character offset `at` lies inside a quotation the quotes stage found."""
    return any(q.start <= at < q.end for q in st.quotes)


def _quote_between(doc, a: int, b: int) -> bool:
    """True when a quotation mark stands between tokens a and b: `called the Ohio mayor "the next Abe
    Lincoln"` is no apposition."""
    return any(t.is_quote or t.text in ("“", "”", "``", "''", '"') for t in tokens(doc)[a + 1:b])


_US_PARTY_TAG = re.compile(r"\s*\((?:D|R|I)-[A-Z][A-Za-z. ]{1,14}\)")   # `(D-N.Y.)`, `(R-Texas)` after a name


def who_from_context(st: ActorState, c: Cluster, s: int, e: int) -> None:
    """Who an unknown person named over tokens s..e is, from the words around the name: a clause or apposition
    (`_clause_affiliation`), writing for an outlet (`_writes_for`), a byline, a charge of a crime (`_accused`).
    Also for a name the tagger called an organisation (states.py). The name's reads (`NameView`, reads.py) are made
    once here and handed to the tests (speed40b)."""
    view = name_view(st.reads, s, e)
    root = view.root
    _clause_affiliation(st, c, root, view)
    if c.sector is None:
        _leads_body(st, c, view)
    if c.sector is None:
        _outlet_tie(st, c, s)
    if c.sector is None:
        _writes_for(st, c, view)
    if c.sector in (None, "CVL") and c.person is None and (_byline(st, s, e) or _credit_sentence(st, s, e)):
        c.sector, c.role = "MED", c.role or "journalist"
        if c.country is None and (wire := _wire_credit_country(st, tokens(st.doc)[s].idx)) is not None:
            c.country, c.role = wire, "wire journalist"   # (no vote for the story's home: codes.home_country)
    if c.sector in (None, "CVL") and c.role is None and c.person is None and _bare_report(root):
        c.sector, c.role = "MED", "journalist"   # `..., Lake Post reported.`: a name cited for a report, an outlet's
        #                                           or its writer's (act57b; a witness's report has an object)
    if c.sector in (None, "CVL") and c.person is None and _religious_address(st.doc, s):
        c.sector, c.role = "REL", c.role or "cleric"
    if c.sector is None and lemma_in(st.doc, _charge_words(), lower=True) and (
            _accused(root) or _charge_listed(st, s, e) or _found_guilty(root, view) or harmed_someone(root) or
            _accused_who(st.doc, e) or e - s > 1 and _court_step(root)):
        c.sector, c.role = "CRM", c.role or "suspect"
    elif (c.sector in (None, "CVL") and c.role in _PLAIN_ROLES or c.sector == "EDU" and c.role == "student") and \
            c.person is None and (
            _deed_told(st.doc, 0) and _opened_fire(view) or _deed_told(st.doc, 1) and _admitted_harm(view) or
            _deed_told(st.doc, 2) and _named_as_suspect(root) or _held_or_sought(root, view) or _on_bail(root)):
        c.sector, c.role = "CRM", "suspect"       # `Carl Ostrander, a Millbrook resident, opened fire`: the resident
        #                                           who did it is the suspect, not a private bystander; so is a student
        #                                           named as the gunman (GUIDE: EDU for students acting as students;
        #                                           act57b)
    if c.sector in (None, "CVL") and c.role is None and c.person is None and _got_votes(st, c, root):
        c.sector, c.role = "PTY", "candidate"     # `Mary Hale got 2,204 votes`: a candidate in the race, no private
        #                                           person (sect49)


def _got_votes(st: ActorState, c: Cluster, root) -> bool:
    """True for a name that is the subject of a verb of a candidate's share of the votes (actor_words.tsv
    `vote_getting`) whose object is or holds a count of votes (`vote_noun`): `Mary Hale got 2,204 votes`, `Ted Ruiz
    received 41 percent of the vote`; not one written `incumbent` (`incumbent_word`: the seat's holder, whose sector
    is the seat's, at this mention or one before: `incumbent Pat Hale ... Hale collected 63 percent`). Read only in an
    article with a `vote_noun` lemma."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.i == root.i or verb.lemma_.lower() not in lex.words("vote_getting"):
        return False
    nouns = lex.words("vote_noun")
    if gated() and not lemma_in(st.doc, nouns):
        return False
    if not any(o.dep_ == "dobj" and any(t.lemma_.lower() in nouns for t in o.subtree) for o in children(verb)):
        return False
    seat = lex.words("incumbent_word")
    if any(t.lower_ in seat for t in root.subtree if t.i < root.i):
        return False
    text = st.ctx.text
    return not any(w in seat for s, _ in c.mentions for w in text[max(0, s - 24):s].lower().split()[-2:])


@functools.lru_cache(maxsize=1)
def _deed_words() -> tuple[frozenset, frozenset, frozenset]:
    """The lemmas one of which each of three deed tests of `who_from_context` needs in the doc (speed41: the four
    tests said yes for none of 382 names in speed40b's count): `_opened_fire` the object of a `fire_deed` pair (`fire`),
    `_admitted_harm` an `admit_verb`, `_named_as_suspect` a `suspect_as` noun (`_held_or_sought` opens with its own
    test of the name's verb)."""
    return (frozenset(p.split()[-1] for p in lex.words("fire_deed")), lex.words("admit_verb"), lex.words("suspect_as"))


def _deed_told(doc, k: int) -> bool:
    """Whether the doc holds a word the k-th deed test needs (`_deed_words`, once a doc: `lemma_in`); True with the
    gates off (`state.GATES`)."""
    return not gated() or lemma_in(doc, _deed_words()[k])


@functools.lru_cache(maxsize=1)
def _charge_words() -> frozenset[str]:
    """Words one of which (a lemma or a lower-case form) an article needs for `who_from_context`'s charge tests to
    find anything: `_accused` (actor_words.tsv `accused`, `facing_noun`, `custody`, `court_step`'s objects),
    `_charge_listed` (`charge_list`,
    `alleged`), `_found_guilty` (`guilty`), `harmed_someone` (`harm_verb`); `_accused_who` is `_accused`. Tested once
    an article (`lemma_in`): 178 of the first 300 polnear-train texts hold none, and their names skip the tests
    (speed36b)."""
    return lex.words("accused") | lex.words("facing_noun") | lex.words("charge_list") | lex.words("harm_verb") | \
        {p.split()[-1] for p in lex.words("court_step")} | {"custody", "guilty", "alleged"}


def _religious_address(doc, s: int) -> bool:
    """True for a name right after a capitalised word of address of the religious (actor_words.tsv `religious_address`:
    `Sister Mary Agnes`, `Father Tom Walsh`) with no determiner or owner before it (`his Brother Tom` is kin)."""
    if s < 1 or tokens(doc)[s - 1].lower_ not in lex.words("religious_address") or not tokens(doc)[s - 1].text[:1].isupper():
        return False
    return s < 2 or tokens(doc)[s - 2].pos_ not in ("DET", "PRON") and tokens(doc)[s - 2].text not in lex.words("possessive_mark")


_WIRE_CREDIT = re.compile(r"\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by\b")


def _wire_credit_country(st: ActorState, at: int) -> Optional[str]:
    """The country of the news agency a story's dateline names (`NEW YORK (Reuters) -`: the agency of media.tsv,
    GBR) for a name in the wire's credit line (`(Reporting by Ann Roe; Editing by Tom Hale)`: the cue in the same
    line or bracket before the name): the agency's staff are its journalists, of its country as an outlet's are
    (GUIDE.md: a journalist has the outlet's country; act55a: tune54's Reuters reporters and editors had the
    dateline city's country); else None (no agency, or a byline of another kind: `By Ann Roe`)."""
    dl = st.ctx.layout.dateline
    if dl is None or not dl.agency:
        return None
    org = lex.organisation_forms().get(dl.agency)
    if org is None or org.sector != "MED" or not org.country:
        return None
    text = st.ctx.text
    lo = max(text.rfind("\n", 0, at), text.rfind("(", 0, at)) + 1
    return org.country if _WIRE_CREDIT.search(text, lo, at) else None


def _credit_sentence(st: ActorState, s: int, e: int) -> bool:
    """True for a writer credited at a story's end: a name after a word of actor_words.tsv `credit_title` (`Staff
    Writers Sandy Hodson and Adam Folk`), or the subject of `contributed to this report` or `can be reached`
    (`Staff writer Ann Roe may be reached by e-mail`), also as the second of two subjects: a journalist."""
    doc = st.doc
    if s > 1 and tokens(doc)[s - 1].lower_ in lex.words("credit_title") and tokens(doc)[s - 1].text[:1].isupper() and \
            tokens(doc)[s - 2].text[:1].isupper() and not tokens(doc)[s - 1].is_sent_start:
        return True                               # (`Staff Writers`, `AP Correspondent`; not a sentence's `Writer Tom
        #                                           Hale, whose novel won`: a writer of books)
    tok = tokens(doc)[e - 1]
    while tok.dep_ in ("conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_.lower() == "contribute":
        return any(p.lower_ == "to" and any(o.lemma_.lower() in lex.words("credit_work") for o in children(p))
                   for p in children(verb))
    return tok.dep_ == "nsubjpass" and verb.lemma_.lower() == "reach" and any(a.lower_ == "can" for a in children(verb))


def _outlet_tie(st: ActorState, c: Cluster, s: int) -> None:
    """A name after a tie noun (actor_words.tsv `name_tie`) that a media outlet owns (`Chicago Tribune critic Zach
    Bell`) is the outlet's writer (MED), not a critic of it as `Kremlin critic Boris Nemtsov` is of the Kremlin."""
    if s < 2:
        return
    tie, tok = st.toks[s - 1], st.toks[s - 2]
    if tie.lemma_.lower() in lex.words("review_noun") and tok.lower_ in lex.words("art_form"):
        c.sector, c.role = "MED", c.role or tie.lower_   # `Film critic Dan Orly`: a writer on films (act26b)
        return
    if tie.lemma_.lower() not in lex.words("name_tie"):
        return
    h = hit_at(st, tok.i)
    outlet = h[1] if h and h[0] == "ORG" and h[1].sector == "MED" else next(
        (o for ms, me, o in st.mentions.around(tok.idx, tok.idx + len(tok)) if (ms, me) in o.mentions and
         ms <= tok.idx and o.key[0] == "O" and o.sector == "MED"), None)
    if outlet is not None:
        c.sector, c.role = "MED", c.role or st.toks[s - 1].lower_
        c.country = c.country or outlet.country


def _leads_body(st: ActorState, c: Cluster, view: NameView) -> None:
    """The agent of a verb of leading (actor_words.tsv `lead_verb`) that describes a named body (`the Harlow
    Renewal-United Front party led by Ann Roe`) takes the body's sector and country (a party's leader:
    PTY), not a state's. (The name's relation and head off its view, the rest off the doc's reads: speed40b.)"""
    reads, i = view.reads, view.i
    if view.dep == "appos" and (view.head_low_lemma in lex.words("name_tie") or view.head_low_lemma in lex.title_words()):
        i = view.head                             # `led by former Saakashvili ally Nino Burjanadze`
    by = reads.head[i]
    verb = reads.head[by]
    if reads.dep[i] != "pobj" or reads.dep[by] != "agent" or reads.low_lemma[verb] not in lex.words("lead_verb") or \
            reads.dep[verb] != "acl" or reads.tag[verb] != "VBN":
        return
    sector, country = _clause_organisation(st, reads.toks[reads.head[verb]])
    if sector in lex.PROFESSIONS | {"PTY", "OPP", "REB", "NGO", "REL", "LAB"}:
        _apply_title(c, _TitleInfo(start=i, sector=sector, country=country))


def harmed_someone(tok) -> bool:
    """True for the subject of a verb of a crime against a person (actor_words.tsv `harm_verb`) in the active voice
    whose object is a person (a name, a noun of kin, or a word of actor_words.tsv `harm_object`: `he then shot Dana
    Remaley`, `Ortiz stabbed his wife`), not in a sentence that excuses the deed (`harm_excuse`: `accidentally shot
    his brother`, `shot the intruder in self-defense`), not negated, not a question, not with `if` (a hypothesis).
    A subject is found through a conjunction and an apposition (`Ward and a second man, 20-year-old Roe
    Chandler, abducted Bosworth`: act24)."""
    while tok.dep_ in ("appos", "conj") and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    if tok.dep_ != "nsubj":
        return False
    verbs = [tok.head] + [v for v in _joined_verbs(tok.head) if _conjunct_of(v, tok.head)]
    #                                             (`he took a gun, loaded it and then shot Dana Remaley`)
    #                                             (not a verb joined inside a clause below it, `Roe believes it was
    #                                             meant for whoever cornered and shot Kai Moreno`: not hers, review52d)
    verb = next((v for v in verbs if v.lemma_.lower() in lex.words("harm_verb")), None)
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBN"):
        return False
    if any(k.dep_ in ("neg", "aux") and k.lower_ in ("not", "n't", "never", "would", "could", "might", "will")
           for k in children(verb)) or any(t.lower_ in ("if", "?") for t in sentence_tokens(verb)) or \
            _words_in(sentence_of(verb.doc, verb.i).text, lex.words("harm_excuse")):
        return False                              # (`accidentally shot`, `shot the intruder in self-defense`)
    objs = [o for o in children(verb) if o.dep_ == "dobj"]
    return any(o.ent_type_ == "PERSON" or o.lower_ in lex.words("harm_object") or
               o.lemma_.lower() in lex.words("kin") | lex.words("harm_object") or _age_before_name(o) for o in objs)


def _conjunct_of(verb, head) -> bool:
    """True when verb, a conjunct, is the deed of head's subject: every verb between them is head itself or a clause
    of no subject of its own (`tried to rob the store and shot the clerk`), none a relative clause (`the man who shot
    and killed him`) nor one with its own subject (`when a rifle went off and shot him`) (review52d)."""
    tok = verb
    while tok.i != head.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i != head.i and (tok.dep_ in ("relcl", "acl") or
                                any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in children(tok))):
            return False
    return True


def _age_before_name(tok) -> bool:
    """A proper noun with an age before it and no article (`19-year-old Rosa Quill`): a person's name, whatever the
    tagger called it (an organisation's, a product's; act52a). Not `a 7-year-old Labrador`, `a 15-year-old Honda
    Civic`: a kind of animal or thing (review52d)."""
    return tok.pos_ == "PROPN" and any(k.dep_ == "amod" and k.lower_ == "old" and
                                       any(g.lower_ == "year" for g in children(k)) for k in children(tok)) and \
        not any(k.dep_ == "det" and k.lower_ in ("a", "an") for k in children(tok))


_PLAIN_ROLES = (None, "citizens", "resident", "residents")   # a private person told by no more than where they
#                                                             live (`township resident`, `a Paris man`): a deed may
#                                                             still make them a suspect


def _denied(verb) -> bool:
    """True for a verb under a negation or a modal of what may be (`never opened fire`, `would admit`), or in a
    question or a hypothesis (`if`, `?` in its sentence)."""
    return any(k.dep_ in ("neg", "aux") and k.lower_ in ("not", "n't", "never", "would", "could", "might", "will")
               for k in children(verb)) or any(t.lower_ in ("if", "?") for t in sentence_tokens(verb))


def _joined_verbs(head) -> list:
    """`[v for v in head.subtree if v.dep_ == "conj" and v.pos_ == "VERB" and not any(k.dep_ in ("nsubj", "nsubjpass")
    for k in children(v))]`: the verbs joined to a verb with no subject of their own, in the subtree's order, found
    once a doc for each verb from the columns (read it, never change it; the walk made a Token for each word under the
    verb, once for each of the predicates that ask it of one subject)."""
    doc = head.doc
    memo = doc.user_data.get("dateline.joined_verbs")
    if memo is None or memo[0] != len(doc):
        memo = doc.user_data["dateline.joined_verbs"] = (len(doc), {})
    found = memo[1].get(head.i)
    if found is None:
        deps, pos, below = strings(doc, "DEP"), strings(doc, "POS"), child_indices(doc)
        order: list[int] = []

        def walk(i: int) -> None:                 # (`Token.subtree`: the left children's, the word, the right ones')
            for k in below[i]:
                if k < i:
                    walk(k)
            order.append(i)
            for k in below[i]:
                if k > i:
                    walk(k)
        walk(head.i)
        found = memo[1][head.i] = [tokens(doc)[i] for i in order if deps[i] == "conj" and pos[i] == "VERB" and
                                   not any(deps[k] in ("nsubj", "nsubjpass") for k in below[i]) and
                                   not _in_own_clause(doc, i, head.i, deps)]
    return found


_OWN_CLAUSE = frozenset(("ccomp", "relcl", "acl", "parataxis", "csubj"))


def _in_own_clause(doc, i: int, top: int, deps) -> bool:
    """True when the verb at i hangs under `top` through a clause of its own (a reported or relative clause: `He says
    his grandson climbed the shelf, took the pistol down and then shot his cousin`): the joined verb is that clause's
    subject's, not the subject's of `top` (act53b: the speaker is no doer of the deed he reports)."""
    toks = tokens(doc)
    k = i
    while k != top:
        parent = toks[k].head.i
        if parent == k:
            return False
        if deps[k] in _OWN_CLAUSE:
            return True
        k = parent
    return False


def _opened_fire(view: NameView) -> bool:
    """True for the subject of a deed of firing at people (actor_words.tsv `fire_deed`: `Ostrander opened fire in a
    feed store`), not negated, not a question or a hypothesis, not in a sentence that excuses it."""
    deeds = _fire_deeds()
    for verb in view.subject_verbs():
        if verb.pos_ == "VERB" and any((verb.lemma_.lower(), o.lemma_.lower()) in deeds
                                       for o in children(verb) if o.dep_ == "dobj"):
            return not _denied(verb) and not _words_in(sentence_of(verb.doc, verb.i).text, lex.words("harm_excuse"))
    return False


@functools.lru_cache(maxsize=1)
def _fire_deeds() -> frozenset[tuple]:
    """actor_words.tsv `fire_deed` as (verb, object) lemma pairs (`open fire`), made once (speed40b: at every ask)."""
    return frozenset(tuple(p.split()) for p in lex.words("fire_deed"))


def _admitted_harm(view: NameView) -> bool:
    """True for the subject of a verb of owning up (actor_words.tsv `admit_verb`) to a `harm_verb` done to someone
    (`Detectives said Devin Marsh admitted stabbing Terrell Banks`, `admitted to killing her`), not negated, not excused."""
    for verb in view.subject_verbs():
        if verb.lemma_.lower() not in lex.words("admit_verb") or _denied(verb):
            continue
        deeds = [k for k in children(verb) if k.dep_ in ("xcomp", "ccomp", "dobj") and k.tag_ == "VBG"]
        deeds += [g for p in children(verb) if p.dep_ == "prep" and p.lower_ == "to"
                  for g in children(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        if any(d.lemma_.lower() in lex.words("harm_verb") and any(o.dep_ == "dobj" for o in children(d)) for d in deeds) \
                and not _words_in(sentence_of(verb.doc, verb.i).text, lex.words("harm_excuse")):
            return True
    return False


def _named_as_suspect(tok) -> bool:
    """True for a person named with `as` + a noun of a suspect (actor_words.tsv `suspect_as`: `a tip pointed detectives
    to Ann Lee and Tom Hart as suspects`, `identified Tom Hart as the gunman`, `Tom Hart was named as a suspect`), on
    the name or on the verb it is the object of; not with a verb that clears (`clear_verb`: `ruled out ... as a
    suspect`), nor negated."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    owners = [tok]
    verb = tok.head
    if tok.dep_ in ("dobj", "nsubjpass"):
        owners.append(verb)
    elif tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        owners.append(verb)
    else:
        verb = None
    found = any(p.dep_ == "prep" and p.lower_ == "as" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lex.words("suspect_as") for o in children(p))
        for owner in owners for p in children(owner))
    if not found and tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.dep_ == "prep":
        verb = tok.head.head                      # `Police identified the suspect as Kyle Dunn`, `The gunman was
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in lex.words("suspect_as") and \
                verb.dep_ in ("dobj", "nsubjpass"):    # identified as Kyle Dunn`: the suspect is the one named
            verb, found = verb.head, True         # (`as` hung on `the suspect`)
        else:
            found = verb.pos_ == "VERB" and any(
                k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower() in lex.words("suspect_as") for k in children(verb))
    if not found:
        return False
    if verb is not None and (verb.lemma_.lower() in lex.words("clear_verb") or _denied(verb)):
        return False
    return True


def _held_or_sought(tok, view: NameView) -> bool:
    """True for a person the police hold or seek: the passive subject of a verb of booking with `into`/`on`/`for`
    (actor_words.tsv `booked_verb`: `Dunn was booked into the county jail`), the subject of `turn` with a reflexive
    pronoun and `in` (`Dunn turned himself in`), or the subject of `wanted` with `for`/`in` (`wanted_verb`: `Dunn is
    wanted in connection with a robbery`); not negated, not a question or a hypothesis."""
    if view.dep != "conj":                        # (the name's relation and its verb's lemma off its view: each
        low = view.head_low_lemma                 #  test below needs a subject of one of these verbs; speed40b)
        if view.head == view.i or view.dep not in ("nsubj", "nsubjpass") or not (
                low == "turn" or low in lex.words("booked_verb") or low in lex.words("wanted_verb")):
            return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if verb.i == tok.i or _denied(verb):
        return False
    kids = children(verb)
    lemma = verb.lemma_.lower()
    preps = {k.lower_ for k in kids if k.dep_ == "prep"}
    if tok.dep_ == "nsubjpass" and lemma in lex.words("booked_verb"):
        return bool(preps & {"into", "on", "for"})
    if tok.dep_ == "nsubj" and lemma == "turn":
        return any(k.dep_ == "prt" and k.lower_ == "in" for k in kids) and any(
            k.dep_ == "dobj" and k.lower_ in lex.words("reflexive") for k in kids)
    if tok.dep_ in ("nsubj", "nsubjpass") and lemma in lex.words("wanted_verb") and verb.tag_ == "VBN":
        return bool(preps & {"for", "in"} or wanted_on_charges(verb)) and \
            any(k.dep_ in ("auxpass", "aux") and is_be(k) for k in kids)
    return False


def _on_bail(tok) -> bool:
    """True for a person a court's bail is about (actor_words.tsv `bail_noun`), only ever a defendant: the object of
    `for` after a bail noun a court sets (`bail_step`: `Bond for Tom Hale was set at $5,000`, `set a $500 bail for
    Hale`), the subject of a verb of holding or freeing with `on`/`without` and a bail noun (`bail_hold`: `Hale is held
    without bond`, `Hale was released on $500 bail`, `Hale is in jail on $5,000 bond`), the passive subject or the
    indirect object of a court's grant or refusal (`Hale was denied bail`, `the judge denied Hale bail`), or the one
    who posts it with no `for` another (`bail_post`: `Hale posted bond`, not `his mother posted bail for him`). Not
    under a negation, a modal or in a question (`_denied`); not `a bond sale`, `a bond with his dog` (act55d)."""
    nouns = lex.words("bail_noun")
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head                            # (`Bond for Tom Hale and Ed Ross was set`: the first's relation)
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in nouns and head.head.pos_ == "NOUN":
        noun = head.head
        verb = noun.head
        return verb.i != noun.i and verb.lemma_.lower() in lex.words("bail_step") and \
            noun.dep_ in ("nsubjpass", "dobj", "nsubj") and not _denied(verb)
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in lex.words("bail_step") and \
            any(k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower() in nouns for k in children(head.head)):
        return not _denied(head.head)             # `set a $500 bail for Hale`: `for` hung on the verb
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX") or _denied(head):
        return False
    low = head.lemma_.lower()
    kids = children(head)
    if tok.dep_ in ("nsubj", "nsubjpass") and low in lex.words("bail_hold"):
        preps = [p for p in kids if p.dep_ == "prep" and p.lower_ in ("on", "without")]
        preps += [q for p in kids if p.dep_ == "prep" and p.lower_ == "in" for o in children(p) if o.dep_ == "pobj"
                  for q in children(o) if q.dep_ == "prep" and q.lower_ in ("on", "without")]   # `in jail on bond`
        return any(o.dep_ == "pobj" and o.lemma_.lower() in nouns for p in preps for o in children(p))
    has_bail = any(k.dep_ in ("dobj", "attr") and k.lemma_.lower() in nouns for k in kids)
    if low in lex.words("bail_step") and has_bail:
        return tok.dep_ in ("nsubjpass", "dative") or tok.dep_ == "dobj" and any(
            k.dep_ == "dobj" and k.lemma_.lower() in nouns and k.i > tok.i for k in kids)   # `denied Hale bail`
    if low in lex.words("bail_post_bare") and any(
            k.dep_ in ("dobj", "attr") and k.lemma_.lower() in nouns and
            any(d.dep_ in ("det", "amod") for d in children(k)) and
            not any(d.like_num or d.text == "$" for d in k.subtree) for k in kids):
        return False                              # `made a lasting bond with the mare`: a tie, no bail (`made bail`,
        #                                           `made a $500 bond` are; review55b)
    if low in lex.words("bail_post") and has_bail and tok.dep_ == "nsubj":
        return not any(p.dep_ == "prep" and p.lower_ == "for" for k in (head, *kids) for p in children(k))
    return False


def _words_in(text: str, phrases: frozenset[str]) -> bool:
    """True when one of `phrases` (lower case, may hold a hyphen or a space) is in `text` as whole words."""
    low = text.lower()
    return any(re.search(r"(?<![\w-])" + re.escape(p) + r"(?![\w-])", low) for p in phrases)


def _found_guilty(root, view: Optional[NameView] = None) -> bool:
    """True for the object of `find` with `guilty` beside it (`the jury found Marcus Dell, 31, guilty of murder`), or
    the passive subject of `found guilty` (`Dell was found guilty`); not with `not guilty`."""
    if view is not None and (view.head_low_lemma != "find" or view.dep not in ("dobj", "nsubjpass")):
        return False                              # (off the name's view: speed40b)
    verb = root.head
    if verb.lemma_.lower() != "find" or root.dep_ not in ("dobj", "nsubjpass"):
        return False
    guilty = [t for t in (*root.children, *verb.children) if t.lower_ == "guilty"]
    return bool(guilty) and not any(c.dep_ == "neg" or c.lower_ == "not" for g in guilty for c in children(g)) and \
        not any(t.lower_ == "not" and t.i == g.i - 1 for g in guilty for t in (tokens(root.doc)[g.i - 1],))


def _charge_listed(st: ActorState, s: int, e: int) -> bool:
    """True for a name with an age after it (`Ann Roe, 23, Harlow, date of the alleged offense`) in a sentence of
    a list of people charged (actor_words.tsv `charge_list`: `indictments ... included:`, `alleged offense`)."""
    doc = st.doc
    if not age_after(doc, e):
        return False
    words = lex.words("charge_list")
    sent = sentence_of(doc, s)
    return any(t.lemma_.lower() in words and t.pos_ == "NOUN" for t in sent) or any(
        t.lower_ == "alleged" and t.i + 1 < sent.end and tokens(doc)[t.i + 1].lemma_.lower() in ("offense", "offence")
        for t in sent)


def _accused(root) -> bool:
    """True for a name charged with a crime: the passive subject of a verb of charging (actor_words.tsv `accused`:
    `Ann Roe, 25, will face a murder charge`, `Dan Ortiz is accused of plotting`, `Mark Perry was
    arrested`), the subject of `plead` (`pleaded guilty`) or of being in custody on a charge (`had been in custody
    on charges of assault`), also as the second of two subjects (`Farook and Malik
    were charged`) or in apposition with the subject (`Her husband, Danial Rinehart, is accused of`). Not under a
    negation (`was never charged`), not in a question, not accused `of` a noun that is
    no crime (actor_words.tsv `charge_noun`: `accused of hypocrisy`) and not by an agent that is no police,
    prosecutor or court (`law_agent`: `was accused of lying by Democrats`)."""
    tok = root
    while tok.head.i != tok.i and (tok.dep_ == "conj" or tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN")):
        tok = tok.head                            # (`Her husband, Danial Rinehart, is accused of`: the subject's)
    verb = tok.head
    charged = _charged_after_be(tok)
    if charged is not None:
        verb, passive = charged, True             # `Sears and Bowers are now both charged`: the subject hung on `are`
    else:
        passive = tok.dep_ == "nsubjpass"
    if tok.dep_ == "dobj" and verb.dep_ == "acl" and verb.head.lemma_.lower() in lex.words("facing_noun") and \
            verb.lemma_.lower() in lex.words("accused") and verb.lemma_.lower() not in lex.words("custody"):
        return True                               # `an indictment charging Ann Mulu and Ed Bosi with fraud`
    if tok.dep_ == "nsubj" and verb.lemma_.lower() in lex.words("facing_verb") and any(
            o.dep_ == "dobj" and o.lemma_.lower() in lex.words("facing_noun") for o in children(verb)) and \
            not any(k.dep_ == "neg" or k.lower_ in ("never", "not") for k in children(verb)):
        return True                               # `Tom Wolfe faces charges of murder`, `he is awaiting arraignment`
    if tok.dep_ == "nsubj" and (is_be(verb) or verb.lemma_ == "remain") and any(
            p.dep_ == "prep" and p.lower_ == "in" and any(o.lower_ == "custody" for o in children(p))
            for p in children(verb)) and any(t.lemma_.lower() == "charge" and t.pos_ == "NOUN" for t in verb.subtree) \
            and not any(k.dep_ == "neg" or k.lower_ in ("never", "not") for k in children(verb)):
        return True                               # `Dan Hart had been in custody since May on charges of assault`
    if tok.dep_ == "pobj" and verb.lower_ == "against" and _charges_against(verb):
        return True                               # `Charges against Jarnell Vance were dropped` (act35b)
    if verb.lemma_.lower() not in lex.words("accused") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "dobj" and verb.lemma_.lower() not in ("accuse", "suspect") and _law_subject(verb):
        pass                                      # `The sheriff's office arrested Jim Bell on a felony charge`
    elif not (passive or tok.dep_ == "nsubj" and verb.lemma_.lower() == "plead"):
        return False
    if any(k.dep_ == "neg" or k.lower_ in ("never", "not") for k in children(verb)) or \
            any(t.text == "?" for t in sentence_of(verb.doc, verb.i)[-2:]):
        return False
    if verb.lemma_.lower() in lex.words("custody") and not _crime_told(verb):
        return False                              # `Ivan Petrov was arrested after a protest`: no crime said
    for prep in verb.subtree:                     # (the parser may hang `by Democrats` on `lying`)
        objs = [o for o in children(prep) if o.dep_ == "pobj"]
        if prep.head.i == verb.i and prep.dep_ == "prep" and prep.lower_ == "of" and any(
                o.pos_ == "NOUN" and o.lemma_.lower() not in lex.words("charge_noun") and not _breach_of_act(o)
                for o in objs):
            return False                          # `accused of hypocrisy`: a reproach
        if (prep.dep_ == "agent" or prep.lower_ == "by" and prep.head.i > verb.i) and any(
                o.pos_ == "PROPN" or o.ent_type_ in ("NORP", "ORG", "PERSON", "GPE") for o in objs) and not any(
                o.lemma_.lower() in lex.words("law_agent") or _law_titled(o) for o in objs):
            return False                          # `accused ... by Democrats`: no one charges a crime
    return True


_PLAIN_PRONOUNS = frozenset(("he", "him", "his", "she", "her", "hers", "who", "whom", "whose", "they", "them", "their"))


def charged_former_holder(st: ActorState, c) -> bool:
    """True for a former office holder (sector ELI) whom the article charges, tries or sentences now: a mention of them,
    name or pronoun, out of quotes, is charged, arrested, convicted or sentenced (`_accused`: `former police chief Ed
    Hale was arrested on a charge of assault`, `a jury convicted him`, `Hale is to be sentenced`), found guilty, held on
    or freed on bail (`_on_bail`: `Hale is free on $5,000 bail`) or takes a court step (`Hale entered a plea`). Such a
    person is a defendant, CRM, as any suspect (bench/actors/GUIDE.md: criminals and suspects), not a former holder
    acting in no office (act56d, issue 11: tune62's former state senator awaiting sentence, fresh15's former police
    chief arrested). The case must be the story's: a holder named once, whose conviction is recalled in passing as a
    comparison (`Former spy chief Ed Hale was convicted for a lesser breach`), stays ELI (tune43's gold). Read only in an
    article with a charge word (`_charge_words`)."""
    if c.sector != "ELI" or c.key[0] not in ("P", "P?") or not lemma_in(st.doc, _charge_words(), lower=True):
        return False
    if sum(st.ctx.text[s:e].lower() not in _PLAIN_PRONOUNS for s, e in c.mentions) < 2:
        return False                              # named once (a pronoun is no second naming)
    for s, e in sorted(c.mentions):
        span = char_span(st.doc, s, e)
        if span is None or span.root.i in st.in_quote:
            continue
        root = span.root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() == "plead" and not any(
                t.lower_ in ("guilty", "innocent", "contest") for t in root.head.subtree):
            continue                              # `Hale pleaded with the council`: no plea in court
        if _accused(root) or _on_bail(root) or _found_guilty(root) or _court_step(root):
            return True
    return False


def _court_step(tok) -> bool:
    """True for the subject of a step only a defendant or a convict takes (actor_words.tsv `court_step`, a verb and its
    object, lemmas: `Tom Hale entered a plea of guilty`, `Dan Lyle, who is serving a sentence for robbery`), itself or
    through a relative `who`; not denied, not a question or a hypothesis (`_denied`). A plea of not guilty is a
    defendant's too. `who_from_context` asks it of a full name only (a bare surname may be a relative's; sect51)."""
    steps = _court_steps()
    verbs = [tok.head] if tok.dep_ == "nsubj" else []
    verbs += [v for v in children(tok) if v.dep_ == "relcl" and any(
        k.dep_ == "nsubj" and k.lower_ in ("who", "that") for k in children(v))]
    return any(v.pos_ in ("VERB", "AUX") and not _denied(v) and any(
        (v.lemma_.lower(), o.lemma_.lower()) in steps for o in children(v) if o.dep_ == "dobj") for v in verbs)


@functools.lru_cache(maxsize=1)
def _court_steps() -> frozenset[tuple]:
    """actor_words.tsv `court_step` as (verb, object) lemma pairs (`enter plea`, `serve sentence`), made once."""
    return frozenset(tuple(p.split()) for p in lex.words("court_step"))


def _charges_against(prep) -> bool:
    """True for an `against` that names whom a charge is brought against: hung on a noun of a charge (actor_words.tsv
    `facing_noun`: `Charges against Tom Vail were dropped`, `the indictment against Ann Mulu`) or on a verb of bringing
    one (`charge_bringing`: `prosecutors filed charges against`, `charges were filed against`) whose object or passive
    subject is such a noun. Not `no charges against`, not under a negation (`did not file charges against`) (act35b)."""
    head, facing = prep.head, lex.words("facing_noun")
    if head.pos_ == "NOUN" and head.lemma_.lower() in facing:
        nouns, verb = [head], head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    elif head.pos_ == "VERB" and head.lemma_.lower() in lex.words("charge_bringing"):
        nouns, verb = [k for k in children(head) if k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower() in facing], head
    else:
        return False
    if not nouns or any(d.lower_ in ("no", "any") for n in nouns for d in children(n)):
        return False
    return verb is None or not any(k.dep_ == "neg" or k.lower_ in ("never", "not") for k in children(verb))


def _law_titled(name) -> bool:
    """True for a name whose words before it hold a police word or a service rank (actor_words.tsv `law_agent`,
    `service_rank`: `arrested by PPD Patrolman Amanda Forrest`, `by Sgt. Ray Cole`): an officer, who takes people in
    for a crime (act34b)."""
    words = lex.words("law_agent") | lex.words("service_rank")
    return any(t.i < name.i and t.lower_.rstrip(".") in words for t in name.subtree)


def _accused_who(doc, e: int) -> bool:
    """True for a name whose relative clause charges it with a crime past its age and address (`Pat Walsh (19) of 4
    Main Road, Carlow, who is accused of assault`, `Jo Hart, 34, who was charged with theft`), where the parser hangs
    `who` on the age or the town: `_accused` read from the `who`."""
    k = e
    if k + 2 < len(doc) and tokens(doc)[k].text == "(" and tokens(doc)[k + 1].like_num and tokens(doc)[k + 2].text == ")":
        k += 3                                    # `(19)`: an age in brackets
    end = min(sentence_of(doc, e - 1).end, k + 14)
    while k < end and tokens(doc)[k].lower_ != "who":
        if not (tokens(doc)[k].is_punct and tokens(doc)[k].text not in (";", ".", ":") or tokens(doc)[k].like_num or tokens(doc)[k].pos_ == "PROPN" or
                tokens(doc)[k].lower_ == "of" or tokens(doc)[k].text in lex.words("possessive_mark")):
            return False                          # only an age, `of` and the words of an address before `who`
        k += 1
    return k < end and tokens(doc)[k].lower_ == "who" and k > e and tokens(doc)[k - 1].text == "," and _accused(tokens(doc)[k])


def _breach_of_act(noun) -> bool:
    """True for a breach of a law named as an Act (`charged with a breach of the Harbour Safety Act`): a charge."""
    return noun.lemma_.lower() == "breach" and any(
        p.lower_ == "of" and any(o.text == "Act" for o in children(p)) for p in children(noun))


def _charged_after_be(tok):
    """The participle of charging that the parser hung below `be` rather than over its subject (`Sears and Bowers
    are now both charged with murder`: `are` as the subject's head, `charged` under it or under `both`), else None."""
    verb = tok.head
    if tok.dep_ != "nsubj" or not is_be(verb):
        return None
    near = [*verb.children, *(g for c in children(verb) if c.dep_ in ("dep", "advmod") for g in children(c))]
    if verb.dep_ == "auxpass":
        near.append(verb.head)
    return next((v for v in near if v.tag_ == "VBN" and v.i > tok.i and v.lemma_.lower() in lex.words("accused")),
                None)


def _law_subject(verb) -> bool:
    """True when the subject of an active verb is the police, a prosecutor or a court (a word of actor_words.tsv
    `law_agent` in it: `Deputies arrested`, `the Titus County Sheriff's Office charged`, `a grand jury indicted`)."""
    subjects = [k for k in children(verb) if k.dep_ == "nsubj"]
    return any(t.lemma_.lower() in lex.words("law_agent") or t.lower_ in lex.words("law_agent")
               for k in subjects for t in k.subtree)


def _crime_told(verb) -> bool:
    """True when a crime is told around a verb of taking someone in: a word of a crime or a charge in its sentence
    (actor_words.tsv `charge_noun`, `crime` less `police_work`, `accused` less `custody`: `arrested on a murder
    charge`, `arrested after the shooting`), or two in the article (a crime story)."""
    words = (lex.words("charge_noun") | lex.words("crime") | lex.words("accused")) - lex.words("police_work") - \
        lex.words("custody")
    if any(t.lemma_.lower() in words or t.lower_ in words for t in sentence_tokens(verb)):
        return True
    return sum(t.lemma_.lower() in words for t in verb.doc) >= 2


def _byline(st: ActorState, s: int, e: int) -> bool:
    """True for the writer's name in a byline or a credit line: a short line whose words before the name are a
    byline cue of actor_words.tsv (`By`, `additional reporting from`, `Follow ... on Twitter`)."""
    doc, text = st.doc, st.ctx.text
    line = line_at(st, tokens(doc)[s].idx, tokens(doc)[e - 1].idx + len(tokens(doc)[e - 1]))
    a, b = tokens(doc)[s].idx, tokens(doc)[e - 1].idx + len(tokens(doc)[e - 1])
    k = a                                         # (the text around the name read in place: a copy of the text
    while k > 0 and text[k - 1] == " ":           # before or after it, at every name, grew with the article)
        k -= 1
    if k > 0 and text[k - 1] == "[" and _CREDIT_END.match(text, b):
        return True                               # `... [Lee Moran, HuffPost]`, `[Mollie Reilly.]`: a digest's
        #                                           credit to the story's writer
    lo = text.rfind("\n", 0, a) + 1
    before = _letter_runs(text[lo:a].lower())
    if before == "follow" or before.startswith("follow ") and len(before) < 120:
        return text[b:].lstrip().lower().startswith("on twitter")   # (`Follow Breitbart News investigative
        #                                           reporter ... Lee Stranahan on Twitter`)
    if _SIGN_OFF.match(text, b) or _REACH.search(text, max(0, a - 30), a) and _AT_CONTACT.match(text, b):
        return True                               # `Tom Ward can be contacted by e-mail at ...`, `Reach Cahill
        #                                           at (803) ...`: the writer's sign-off
    if _PHOTO_CREDIT.search(text, max(0, a - 40), a):
        return True                               # `... at the fair. Herald photo by Dana Moore`: a photo
        #                                           credit run into the paragraph before it names its photographer
    if _TWEET_SIGNED.match(text, b) and _TWEET_DASH.search(text, max(0, a - 6), a):
        return not _named_again(text, a, b)       # `... pic.twitter.com/x1 — Dana Cole (@dcole) May 2, 2016`: the
        #                                           signature of a tweet a local report embeds, its reporter's (sect49);
        #                                           not where the story names the author again (`police spokesman Dana
        #                                           Cole said`: the tweet is a source's own, act57b)
    if len(line) > 120:
        return _credit_list(st, tokens(doc)[s].idx)
    if before.endswith(("photo by", "photos by", "photograph by")) and len(before) < 60:
        return True                               # `Telegram photo by Blaine McCartney`, `Staff photo by ...`: a
        #                                           photo credit names its photographer
    if before == "twitter" and tokens(doc)[s].text.startswith("@") and not text[b:].lstrip().lower().strip(" .\n"):
        return True                               # `Twitter: @Milbank.` closing a column: its writer
    return bool(before) and before in lex.words("byline") or _credit_list(st, tokens(doc)[s].idx)   # (`(Reporting by
    #                                                         Tom Ward; Editing by Ann Roe.)`)


def _bare_report(root) -> bool:
    """True for a name that is the subject of `report` with nothing after it but punctuation (`..., Lake Post
    reported.`, `Lake Post reports:`): a story cites an outlet so; not `Ann Roe reported that her car was stolen` nor
    `reported the theft` (a witness or victim tells what happened; act57b)."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() != "report" or verb.i == root.i or verb.i < root.i:
        return False
    return all(k.dep_ == "punct" for k in children(verb) if k.i > verb.i)


def _named_again(text: str, a: int, b: int) -> bool:
    """True where the name over a..b (a tweet's signature) stands again, whole, elsewhere in the text: the story has
    the tweet's author as one of its people (a police spokesman quoted below his own tweet), not as its reporter
    (act57b)."""
    name = text[a:b]
    return any(m.start() != a for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text))


_LETTERS = re.compile(r"[^\W\d_]+")           # word characters but digits and `_`: letters, and a few numerals
_LETTERS_DOTS = re.compile(r"(?:[^\W\d_]|\.)+")   # the same, with full stops


def _letter_runs(text: str, *, dots: bool = False) -> str:
    """`" ".join("".join(ch if ch.isalpha() else " " for ch in text).split())`: the runs of letters joined by one
    space, found by a regex at C speed (each run checked to be letters alone: else the walk over every character).
    With `dots`, a full stop counts as a letter (`ch.isalpha() or ch == "."`: `_credit_list`'s `Lee Jr.`)."""
    runs = (_LETTERS_DOTS if dots else _LETTERS).findall(text)
    if all(map(str.isalpha, runs) if not dots else (r.replace(".", "a").isalpha() for r in runs)):
        return " ".join(runs)
    return " ".join("".join(ch if ch.isalpha() or dots and ch == "." else " " for ch in text).split())


_PHOTO_CREDIT = re.compile(r"(?:^|[.!?\n][ \t]*|\b(?!(?:A|An|The|His|Her|Its|Their|My|Our|Your|This|That|One)\b)"
                           r"[A-Z][A-Za-z]*[ \t]+)(?:[Pp]hotos?|[Pp]hotograph)[ \t]+by[ \t]+$")
#   a photo credit's words right before a name: `Herald photo by `, `Staff photo by `, `AP Photo by `, or a sentence
#   or line opened by `Photo by ` (not `a photo by`: someone's picture told in the story)
_SIGN_OFF = re.compile(r"[ \t]+(?:may|can) be (?:contacted|reached|e-?mailed)\b[^\n]{0,40}?(?:@|\be-?mail\b|\(\d{3}\)|"
                       r"\d{3}[-.]\d{3}[-.]\d{4})", re.I)
_REACH = re.compile(r"(?:^|[.!?\n-][ \t]*)(?:Reach|Contact|E-?mail)[ \t]+$")
_AT_CONTACT = re.compile(r"[ \t]+at[ \t]+(?:\S+@|\(\d{3}\)|\d{3}[-.]\d{3}[-.]\d{4})")
#   a writer's sign-off closing a story: `NAME may be contacted via e-mail at ...@...`, `Reach NAME at (803) 771-8305`
_TWEET_SIGNED = re.compile(r"[ \t]*\(@\w{1,15}\)[ \t]+(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)[ \t]+\d{1,2},[ \t]+\d{4}")
_TWEET_DASH = re.compile(r"(?:—|–|&mdash;|--)[ \t]*$")
#   an embedded tweet's signature line: a dash, the author's name, the handle in brackets and the date
_CREDIT_END = re.compile(r"(?:\.|,[^\]\n]{1,40})?\][ \t]*(?:\n|$)")   # (closing its line: not `He [Ahmed
#                                                                       Farah] ordered` in a quote)


@functools.lru_cache(maxsize=8)
def _longest_first(words: frozenset) -> tuple:
    """A lexicon's words, longest first (ties as `sorted` leaves them), sorted once per word set, not at each call
    (speed32b)."""
    return tuple(sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=8)
def _cues_by_first_word(words: frozenset) -> dict[str, tuple]:
    """A lexicon's words by their first word (up to the first space), each group longest first as `_longest_first`
    orders them: a word that `low` equals or opens (followed by a space) has low's first word, so `_credit_list` tries
    only that group, not every cue at every name (speed36d)."""
    out: dict[str, list] = {}
    for c in _longest_first(words):
        out.setdefault(c.split(" ", 1)[0], []).append(c)
    return {k: tuple(v) for k, v in out.items()}


def _credit_list(st: ActorState, at: int) -> bool:
    """True for a name in a long credit line of names (`(Additional reporting by Marius Zaharia, Masayuki Kitano in
    Harlow and Tom Ward in Oslo; Editing by Ann Roe.)`): from the line's start or its last opening
    bracket, a byline cue, then only capitalised words, commas, semicolons and the glue words of credits, up to the
    line's end or the closing bracket (not `By Monday, Ahmed Farah had fled the city`)."""
    text = st.ctx.text
    lo = max(text.rfind("\n", 0, at), text.rfind("(", 0, at)) + 1
    first = _LETTERS_DOTS.search(text, lo, at)   # (the segment's first word, which must open a cue, read alone: the
    if first is not None and first.group().replace(".", "a").isalpha() and \
            first.group().lower() not in _cues_by_first_word(lex.words("byline")):
        return False                              #  letter runs of the whole segment, up to a paragraph's, made only
        #                                           when it does; a first run of letters and dots alone is the first
        #                                           word `_letter_runs` gives; speed40b)
    seg = _letter_runs(text[lo:at], dots=True)
    low = seg.lower()
    cue = next((c for c in _cues_by_first_word(lex.words("byline")).get(low.split(" ", 1)[0], ())
                if low == c or low.startswith(c + " ")), None)
    if cue is None:
        return False
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    hi = text.find(")", at, hi) if ")" in text[at:hi] else hi
    rest = _letter_runs(text[at:hi]).split()
    glue = lex.words("credit_glue")
    return all(w[:1].isupper() or w.lower() in glue for w in seg[len(cue):].split() + rest)


def _whose_kin_between(name, verb) -> bool:
    """A kin or relation noun owned by `whose` between a name and the verb it is parsed the subject of (act36b)."""
    rel = lex.words("kin") | lex.words("relation")
    return any(t.lower_ == "whose" and t.head.lemma_.lower() in rel for t in tokens(name.doc)[name.i + 1:verb.i])


def _relative_subject(clause) -> bool:
    """A relative clause about the person's relative (`Dmitro Halenko, whose father-in-law was a president`): its
    subject a kin or relation noun (actor_words.tsv `kin`, `relation`) owned by `whose` (act36b)."""
    rel = lex.words("kin") | lex.words("relation")
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in rel and
               any(p.dep_ == "poss" and p.lower_ == "whose" for p in children(t)) for t in children(clause))


def _clause_affiliation(st: ActorState, c: Cluster, root, view: Optional[NameView] = None) -> None:
    """Who an unknown person is, from a relative clause or an untitled apposition after the name, or an `of`
    right after it: `Tom Ward, who was once U.S. ambassador` (a former office: ELI), `Eric Herzik, who
    chairs the department at the University of Nevada` (EDU), `Ann Roe, a chemist who is co-head ...
    at the Carnegie Endowment` (NGO), `Chris Wallace of Fox News` (MED). The title in the clause, else the
    organisation named in it, gives what the person still lacks. The name's relation and head are read off its view
    (reads.py; made here when the caller has none)."""
    if view is None:
        view = name_view(token_reads(root.doc), root.i, root.i + 1)
    reads, i, dep, head = view.reads, root.i, view.dep, view.head
    clauses, joined = [], set()
    if dep in ("nsubj", "nsubjpass") and head > i and _whose_kin_between(root, reads.toks[head]):
        pass                                      # `Tom Ward, a tycoon whose father-in-law, Ann Roe's late husband, was
        #                                           president` parsed with him the subject: the relative's post (act36b)
    elif dep == "nsubj" and (view.head_lemma == "be" or is_be(reads.toks[head])) and head > i:
        clauses.append(reads.toks[head])          # `Tom Ward is a co-host of the Harlow Weekly podcast`
    elif dep in ("nsubj", "nsubjpass") and view.head_lemma in lex.words("taking_office") and head > i:
        clauses.append(reads.toks[head])          # `Khan was elected as mayor of London`, `she became governor`
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head                        # (a later conjunct: the relative clause the parse hung on the
    if first.i != root.i:                         # first name may be this one's: `Ann Ruiz and Tom Hale, who is`)
        clauses.extend(k for k in children(first) if k.dep_ == "relcl" and relative_head(k).i == root.i and
                       not _relative_subject(k))
    for child in children(root):
        if child.dep_ == "relcl" and child.i > root.i:
            if not _relative_subject(child) and relative_head(child).i == root.i:
                clauses.append(child)
        elif child.dep_ == "appos" and child.i > root.i:
            for noun in [child] + _joined_descriptions(child):
                if _description_info(st, noun) is not None:
                    continue
                found = [g for g in children(noun) if g.dep_ == "relcl"]
                if noun.lemma_.lower() in lex.words("head_noun") or noun is not child and \
                        noun.lower_ in lex.words("compound_title_head"):   # `Jane Doe, head of the Riverside College
                    found += [g for g in children(noun) if g.dep_ == "prep" and g.lower_ == "of"]   # drama department`;
                    #                                 `Art Lind, a Millbrook resident and a member of the group
                    #                                 Citizens for Safe Parks`: a body she belongs to (act34c)
                else:
                    found += _job_places(noun)   # `Ann Cole, a consultant at Baird & Lowe LLC`: where she works
                clauses.extend(found)
                if noun is not child:
                    joined.update(g.i for g in found)
        elif child.dep_ == "prep" and child.i == root.i + 1 and child.lower_ in ("of", "at", "with"):
            clauses.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "at", "with", "from") and (
                child.i == root.i + 1 or child.i == root.i + 2 and tokens(root.doc)[root.i + 1].text == ","):
            clauses.append(child)                 # `Paul Ames from the Texas Department of Transportation`, `Bob
            #                                       Hart, with the Walker County Sheriff's Office,`: where he works
    after = i + 1 if i + 1 < len(reads.toks) else None
    if not clauses and after is not None and dep == "nsubj" and head < i and \
            view.head_low_lemma in speech_verbs() and reads.dep[after] == "prep" and reads.head[after] == head and \
            reads.lower[after] in ("of", "with"):
        clauses.append(reads.toks[after])                     # `..., said Jason Jones with the Huntsville Fire Department`: the
        #                                           parser hangs the phrase on the verb before the name (act27b)
    if not clauses:                               # `Neela Banerjee, David Hasemyer and Lisa Song of InsideClimate
        shared = _shared_of(root)                 # News`: the `of` after the last name is every one's
        if shared is not None:
            clauses.append(shared)
    if c.person is None and c.sector in (None, "CVL") and any(_runs_for(clause) for clause in clauses):
        c.sector, c.role = "PTY", "candidate"     # `Bob Lane, who is running for sheriff`: a candidate holding no
        return                                    # office (a lawyer's title aside: `Columbus attorney ..., running`)
    for clause in clauses:
        former = clause.lemma_ in lex.words("post_verb") and clause.tag_ == "VBD" and clause.dep_ in ("relcl", "ROOT", "ccomp",
                                                                                           "conj")
        #                                           (`who served as`, `Kunin was governor of Vermont from 1985`)
        title = None
        for t in children(clause):
            if t.dep_ in ("attr", "dobj") and clause.lemma_ in lex.words("post_verb") or \
                    t.dep_ in ("attr", "oprd") and clause.lemma_ in lex.words("taking_office"):
                title = t
            elif t.dep_ == "prep" and t.lower_ == "as":
                title = next((o for o in children(t) if o.dep_ == "pobj"), None)
        desc = _description_info(st, title) if title is not None else None
        main = clause.dep_ not in ("relcl", "prep")   # a main clause: only its title's words name the organisation
        if main and title is None:
            continue
        org_sector, org_country = _clause_organisation(st, title if main else clause)
        if c.person is None and c.sector == "MIL" and clause.dep_ == "prep" and title is None and \
                _police_rank(_TitleInfo(start=clause.i, sector=c.sector), org_sector or _body_word_sector(clause)):
            c.sector = "COP"                      # `Lt. Col. Tom Ward with Harlow County Police`: a police rank
            return
        if desc is None and org_sector in ("JUD", "COP") and clause.lemma_.lower() in lex.words("before_court"):
            continue                              # `Ann Roe, who appeared in Harlow County Circuit Court`:
            #                                       a party to a case, no member of the court
        if desc is None and org_sector is None:
            continue
        if desc is None:
            desc = _TitleInfo(start=clause.i, sector=org_sector, country=org_country)
        else:
            ds, de = np_bounds(st, title)         # the title is a mention of the person (`U.S. ambassador`)
            if not any(ms < de and ds < me for ms, me, _ in st.mentions.around(ds, de)):
                add(st, c, ds, de)
                st.taken.append((ds, de))
            if desc.org is None and org_sector and (desc.sector in (None, "GOV") or
                                                    desc.role in lex.words("staff") | lex.words("weak_title")):
                desc.sector, desc.country = org_sector, desc.country or org_country
        if former and is_be(clause) and desc.sector not in ("GOV", "LEG", "JUD", "MIL", "COP", "SPY"):
            former = False                        # `Thiel was the co-founder of PayPal`: still in business
        if former and title is not None and _first_to_act(title, clause):
            former = False                        # `who was among the first senators to back him`: an
            #                                       act of then, no post left (ident51)
        desc.former = desc.former or former
        if desc.former and not desc.role:
            desc.role = "office"
        if clause.i in joined and c.sector == "CVL" and c.role is None and desc.sector not in (None, "CVL"):
            c.sector = None                       # `a Millbrook resident and a member of the group ...`: the body
        _apply_title(c, desc)                     # she belongs to, not the private noun before it (act34c)
        return


def _first_to_act(title, clause) -> bool:
    """True for a description that ranks the person among the first or last of a kind to do something (`one of the
    earliest senators to back`, `the first mayor to call for`): an ordinal or a superlative on the noun (or,
    after `one of`, on its object) and an infinitive on the noun or on the clause's verb; the person still is of that
    kind."""
    noun = title
    if title.lower_ == "one":
        noun = next((o for p in children(title) if p.dep_ == "prep" and p.lower_ == "of"
                     for o in children(p) if o.dep_ == "pobj"), None)
        if noun is None:
            return False
    ranked = any(k.dep_ == "amod" and (k.tag_ == "JJS" or k.lower_ in ("first", "last")) for k in children(noun))
    return ranked and any(k.dep_ in ("acl", "relcl", "advcl", "xcomp") and k.tag_ == "VB" and k.i > noun.i
                          for k in list(children(noun)) + list(children(clause)))


def _joined_descriptions(noun) -> list:
    """The singular nouns with a determiner joined by `and` to a noun in apposition with a name (`Lena Vasquez, a
    marcher and the director of outreach for ...`, `a Millbrook resident and a member of ...`): each says who the
    person is too (act34c)."""
    return [k for k in children(noun) if k.dep_ == "conj" and k.pos_ == "NOUN" and k.tag_ == "NN" and k.is_lower and
            any(d.dep_ in ("det", "poss") for d in children(k)) and _one_of_someone(k)]


def _runs_for(clause) -> bool:
    """A clause of running for an office, now (actor_words.tsv `run_for`: `who is running for sheriff`, `who seeks the
    seat`): not a past race (`who ran for mayor in 2010`)."""
    return clause.lemma_ in lex.words("run_for") and clause.tag_ in ("VBG", "VBZ", "VBP") and any(
        p.dep_ == "prep" and p.lower_ == "for" for p in clause.children)


def _shared_of(root):
    """The `of`/`at`/`with` right after a later name conjoined with this one, when no name between has its own
    (`Neela Banerjee, John Cushman Jr. and Lisa Song of InsideClimate News`)."""
    top = root
    while top.dep_ == "conj" and top.head.i != top.i and top.head.pos_ == "PROPN":
        top = top.head
    chain = sorted([top] + [t for t in top.subtree if t.dep_ == "conj" and t.pos_ == "PROPN"], key=lambda t: t.i)
    for t in chain:
        if t.i <= root.i:
            continue
        prep = next((p for p in children(t) if p.dep_ == "prep" and p.i == t.i + 1), None)
        if prep is not None:
            return prep if prep.lower_ in ("of", "at", "with") else None
    return None


def _in_a_piece(st: ActorState, verb) -> bool:
    """True when a verb of saying has `in` + a piece of writing of an outlet before it: `In a piece from the Harlow Star,
    Ann Roe says`, `In a column for The Hill, Sara Ling argues`, `In a Politico piece, ... writes` (an outlet the
    lexicon knows as media, or a proper name that is no place); not `in an interview with CNN` (a source speaking)."""
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > verb.i:
            continue
        for piece in children(prep):
            if piece.dep_ != "pobj" or piece.lemma_.lower() not in lex.words("piece"):
                continue
            owners = [k for k in children(piece) if k.dep_ in ("compound", "poss", "nmod") and k.pos_ == "PROPN"]
            for p2 in children(piece):
                if p2.dep_ == "prep" and p2.lower_ in ("from", "for", "in", "on", "at", "by"):
                    owners += [o for o in children(p2) if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            for o in owners:
                h = next((hit_at(st, t.i) for t in o.subtree if hit_at(st, t.i)), None)
                if h and h[0] == "ORG" and h[1].sector == "MED" or h is None and o.ent_type_ not in (
                        "GPE", "LOC", "FAC", "NORP", "PERSON"):
                    return True
    return False


def _writes_for(st: ActorState, c: Cluster, view: NameView) -> None:
    """`Patrick Howley, writing on Breitbart,`, `Norvell Rose, reporting for Western Journalism`, `Alicia Powe wrote
    on Young Conservatives`, `George Zornick of The Nation wrote`: an unknown person who writes or reports for (on,
    in, at) an outlet, or of one, is a journalist (MED, of the outlet's country when the lexicon knows it). (The
    name's relation, head and children off its view and the doc's reads: speed40b.)"""
    reads, i, subject = view.reads, view.i, view.dep == "nsubj"
    deps, pos, head = reads.dep, reads.pos, reads.toks[view.head]
    verbs = [head] if subject and view.head_pos == "VERB" else []
    verbs += [reads.toks[k] for k in view.kids if deps[k] in ("acl", "relcl", "appos", "advcl") and pos[k] == "VERB"]
    if subject:                                   # `Writing in National Review, Jim Geraghty said`
        verbs += [reads.toks[k] for k in reads.below[view.head] if deps[k] == "advcl" and pos[k] == "VERB" and
                  reads.tag[k] == "VBG" and k < i]
        if _in_a_piece(st, head):                 # `In a piece from the Harlow Star, Ann Roe says`
            c.sector, c.role = "MED", c.role or "journalist"
            return
    of = next((reads.toks[k] for k in view.kids if deps[k] == "prep" and reads.lower[k] == "of" and k == i + 1), None)
    if of is not None and subject and view.head_low_lemma in lex.words("writing"):
        for obj in children(of):                   # `George Zornick of The Nation wrote`: a writer of an outlet the
            h = next((hit_at(st, t.i) for t in obj.subtree if hit_at(st, t.i)), None)   # lexicon need not know
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ not in ("GPE", "LOC", "FAC", "NORP") \
                    and (h is None or h[0] == "ORG" and h[1].sector == "MED"):
                c.sector, c.role = "MED", c.role or "journalist"
                c.country = c.country or (h[1].country if h else None)
                return
    v = head
    if subject and view.head_low_lemma in lex.words("writer_verb") and reads.tag[v.i] in ("VBD", "VBZ") and (
            i > v.i or v.i + 1 < len(st.doc) and reads.orth[v.i + 1] in (":", "“", '"')):
        sent = sentence_of(st.doc, i)             # `"...," wrote Glenn Thrush` after `an interview with Politico`,
        lo = sent.start                           # `Hewitt writes:`: a writer quoted, of the outlet named just before
        for _ in range(2):
            lo = sentence_of(st.doc, lo - 1).start if lo > 0 else lo
        outlets = [h[1] for i, h in st.hits.items() if lo <= i < sent.end and h[0] == "ORG" and h[1].sector == "MED"]
        if outlets:
            c.sector, c.role = "MED", c.role or "journalist"
            c.country = c.country or outlets[-1].country
            return
    for v in verbs:
        if v.lemma_.lower() not in lex.words("writing"):
            continue
        for prep in children(v):
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "on", "in", "at", "to"):
                continue
            for obj in children(prep):
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or obj.ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
                    continue
                h = next((hit_at(st, t.i) for t in obj.subtree if hit_at(st, t.i)), None)
                if h and h[0] == "ORG" and h[1].sector != "MED":
                    continue                      # `wrote to the Senate`: not an outlet
                if h and h[0] != "ORG":
                    continue                      # `wrote in Texas`
                c.sector, c.role = "MED", c.role or "journalist"
                c.country = c.country or (h[1].country if h else None)
                return


def described_as_subject(st: ActorState, c: Cluster, pronoun) -> None:
    """`He is now the host of “Harlow Tonight”`: a copular clause whose subject is a pronoun linked to an unknown
    person says who that person is, as it would after the name (`_clause_affiliation`)."""
    if c.person is None and c.sector is None and c.key[0] == "P?":
        _clause_affiliation(st, c, pronoun)


def _body_word_sector(prep) -> Optional[str]:
    """The sector (orgwords.tsv) of the capitalised last word of a preposition's object (`with St. Louis County
    Police`, whatever the tagger calls the name)."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    return lex.org_words().get(obj.lower_) if obj is not None and obj.pos_ == "PROPN" else None


def _clause_organisation(st: ActorState, clause):
    """The sector and country of the first organisation named in a clause: a lexicon one, else an ORG entity
    whose words give a sector (orgwords.tsv)."""
    toks = sorted(clause.subtree, key=lambda t: t.i)
    for t in toks:
        h = hit_at(st, t.i)
        if h and h[0] == "ORG":
            return h[1].sector, h[1].country
    for ent in entities(st.doc):
        if ent.label_ == "ORG" and toks[0].i <= ent.start and ent.end <= toks[-1].i + 1:
            sector = _title_office_sector(tokens(st.doc), ent.end - 1, ent.start) or org_sector(ent)
            if sector:                            # (`of the Dayton Police Department`: COP, not the GOV of
                return sector, None               # `Department`; `with the Walker County Sheriff's Office`: COP)
    if clause.dep_ == "prep":
        return _workplace_noun(st, clause), None
    if clause.dep_ == "relcl" and clause.lemma_.lower() in lex.words("teach_verb") and clause.tag_ in ("VBZ", "VBP"):
        return "EDU", None                        # `Bill Ray, who teaches third grade`: a teacher now (act30a)
    if clause.dep_ == "relcl" and clause.lemma_ == "work":   # `who works at the hospice`
        prep = next((p for p in children(clause) if p.dep_ == "prep" and p.lower_ in ("at", "for")), None)
        #                                           (not `who works with the police`: beside them, rev27b)
        return (_workplace_noun(st, prep) if prep is not None else None), None
    return None, None


def _workplace_noun(st: ActorState, prep) -> Optional[str]:
    """The sector of a body a preposition names by its common noun after `the` (`a fundraising assistant at the
    hospice`, `Ann Cole of the school`): that of the body the article named before with a name ending in the noun
    (`the Helen Vale Hospice`), else the noun's own (orgwords.tsv: `school` EDU, `company` BUS); else None (act27b)."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if prep.head.lemma_.lower() in lex.words("patron"):
        return None                               # `a customer at the bank`, `a patient at the hospital` (rev27b)
    if obj is None or obj.pos_ != "NOUN" or not obj.is_lower or not _definite(obj) or \
            any(d.dep_ == "prep" and d.lower_ == "of" for d in obj.children):
        return None                               # (`the boy at the center of a custody battle`: a position)
    words = lex.org_words()
    for ent in entities(st.doc):
        if ent.start >= obj.i:
            break
        if ent.label_ in ("ORG", "FAC") and ent[-1].lower_ == obj.lower_:
            return org_sector(ent)                # `the Helen Vale Hospice ... at the hospice`
    return words.get(obj.lower_)


def _shared_title(st: ActorState, s: int, e: int) -> Optional[_TitleInfo]:
    """The plural title before the first of conjoined names (`Reps. Darrell Issa and Duncan Hunter`, `Sens. ...`)
    is the title of each; the mention keeps only the name."""
    doc = st.doc
    root = tokens(doc)[e - 1]
    if root.dep_ != "conj" or not s <= root.i < e:
        return None
    head = root.head
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head                          # `reporters A, B, C and D`: the list's first name
    if head.pos_ != "PROPN":
        return None                               # `officials escorted the Libyan, Atif Issa Enhamed` (a verb)
    first = head.i
    while first > 0 and tokens(doc)[first - 1].dep_ == "compound" and tokens(doc)[first - 1].head.i == head.i and \
            tokens(doc)[first - 1].pos_ == "PROPN" and not _plural_title(tokens(doc), first - 1):
        first -= 1                                # (`Presidents` tagged a proper noun: the title, ident51)
    info = _title_before(st, first)
    if info is None or not any(t.tag_ == "NNS" or t.lower_ in lex.words("plural_title") or _plural_title(tokens(doc), t.i)
                               for t in tokens(doc)[info.start:first]):
        return None
    return dataclasses.replace(info, start=s)


def _title_before(st: ActorState, s: int) -> Optional[_TitleInfo]:
    """The title words right before a name: `Russian Foreign Minister`, `UN-Arab League peace envoy`."""
    if _no_title_word_before(st, s):
        return None
    doc = st.doc
    toks = tokens(doc)
    sent_start = sentence_of(doc, s).start
    if sent_start >= 2 and toks[sent_start - 1].text == "." and toks[sent_start - 2].lower_ in lex.words(
            "title_prefix") and not toks[sent_start - 2].whitespace_:
        sent_start = sentence_of(doc, sent_start - 2).start   # `police spokesman Capt. Rod Beer`, split after `Capt.`
    elif sent_start >= 1 and toks[sent_start - 1].text.endswith(".") and len(toks[sent_start - 1]) > 1 and \
            toks[sent_start - 1].lower_ in lex.title_words():
        sent_start = sentence_of(doc, sent_start - 1).start   # `Gov. Dannel P. Malloy`, split after `Gov.`
    elif sent_start >= 1 and toks[sent_start].text == "." and toks[sent_start - 1].lower_ in lex.words(
            "title_prefix") and not toks[sent_start - 1].whitespace_:
        sent_start = sentence_of(doc, sent_start - 1).start
    j = s - 1
    orth, lows, pos = strings(doc, "ORTH"), strings(doc, "LOWER"), strings(doc, "POS")   # (the columns: no string
    titles, prefixes = lex.title_words(), lex.words("title_prefix")                     #  made at each read)
    ends = lex.title_ends()
    if s - 1 >= sent_start and pos[s - 1] == "ADP" and toks[s - 1].is_lower and \
            lows[s - 2 if s - 2 >= sent_start else s - 1] in lex.words("staff"):
        return None                               # `a spokesman for Bernie Sanders`, `an adviser to Ann Lee`: the
        #                                           name is the boss the staff title works for, not its holder (sect52)
    while j >= sent_start:
        tok, text, low = toks[j], orth[j], lows[j]
        h = hit_at(st, j)
        if text == "." and j > sent_start and not toks[j - 1].whitespace_ and lows[j - 1] in prefixes:
            j -= 1                                # the period of `Capt.`
            continue
        if low == "and" and j > sent_start and j + 1 < s and lows[j - 1] in titles and \
                (lows[j - 1] in ends or toks[j + 1].is_lower):
            j -= 1                                # `journalist and author Hiro Aida` (a title's end before `and`),
            continue                              # `Vice President for news and talk` (a lower-case run); not `in the
            #                                       Senate and President Ann Roe`, `the church and Representative
            #                                       Ann Roe`: a body before `and` (review55b)
        if j - 2 >= sent_start and pos[j] in ("NOUN", "VERB") and tok.is_lower and tok.is_alpha and \
                lows[j - 1] == "and" and lows[j - 2] in titles:
            j -= 1                                # `author` of `journalist and author`: the first title decides
            continue
        if low in titles or low in prefixes or _plural_title(toks, j) or \
                low in lex.words("service_word") or (low in lex.words("honorific") and j + 1 == s) or \
                (j + 1 == s and tok.tag_ == "NNS" and tok.lemma_.lower() in lex.title_heads() and
                 not _subject_of_clause_on(toks[s], tok)) or \
                (h and h[0] in ("CTRY", "DEM", "ORG", "CAP")) or _dweller(tok) or \
                (text in ("'s", "’s") and j > sent_start) or \
                (text in ("'", "’") and j > sent_start and lows[j - 1].endswith("s") and
                 not toks[j - 1].whitespace_ and hit_at(st, j - 1) is not None) or \
                (text == "-" and j > sent_start and not tok.whitespace_ and not toks[j - 1].whitespace_):
            j -= 1                                # (`Breitbart News’ Dr. Thomas Williams`: a name's possessive
            continue                              # after its final s)
        if pos[j] == "PROPN" and j + 1 < s and lows[j + 1] in titles and lex.place_country(text):
            j -= 1                                # `former Maryland Gov. Martin O'Malley`: the state of the office
            continue
        if j - 1 >= sent_start and pos[j] in ("NOUN", "ADJ") and tok.is_lower and tok.is_alpha and \
                tok.tag_ != "NNS" and (h2 := hit_at(st, j - 1)) and h2[0] in ("DEM", "CTRY") and h2[3] == j:
            j -= 2                                # `Saudi radical Osama bin Laden`: the demonym before a word (not
            continue                              # a plural: `the Syrian refugees President Obama wants`; act47b)
        break
    j += 1
    while j < s and (orth[j] in ("-", "'s", "’s", "'", "’", "of") or lows[j] in lex.words("before_name") or
                     pos[j] == "ADP" and toks[j].is_lower):
        j += 1                                    # (`worked for then-Arkansas Gov. Bill Clinton`: no title opens
        #                                           with a preposition, though `for` is a word of some; ident51)
    j = _after_employer_preposition(st, j, s)     # `a spokesman for Mrs. Clinton`: the spokesman is not Clinton
    if j >= s:
        return None
    info = _title_info(st, span_of(doc, j, s))
    if info is not None and not info.titled and any(t.lower_ in lex.words("service_word") for t in toks[j:s]) and \
            any(t.lower_ in lex.words("title_prefix") for t in toks[j:s]):
        info.sector, info.role, info.titled = "MIL", "officer", True   # `Army Capt. Humayun Khan`
    if info is None or not (info.titled or info.org is not None or info.country):
        return None
    if info.role in lex.words("staff") and info.org is None and j > sent_start:
        boss = j - 2 if toks[j - 1].text in ("'s", "’s") and j - 2 >= sent_start else j - 1
        _boss(st, boss, info)                     # `Clinton spokesman Jesse Lehrich`, `Trump's senior adviser Jason
        #                                           Miller`
        body = _named_body(st, j - 1) if info.sector == "GOV" else None
        if body is not None:
            info.sector = body[0]                 # `Bay Hospital spokeswoman Ann Lee`: the named body's (act27b)
            if body[0] is not None:
                return info                       # (else the body may still be known below: `Boston Scientific
            #                                       spokesman`, a company the article tagged, rev27b)
    if _head_of_named_body(st, j, sent_start, info):
        return info
    if _works_director(st, j, s, sent_start, info):
        info.sector = "CVL"                       # `Director Philippe Lioret - whose film "Welcome" ...`
        return info
    if info.sector == "LEG" and info.role in lex.words("weak_title") and info.org is None and j > sent_start:
        body = _named_body(st, j - 1)             # `Harrow Airlines representative Dina Kolb`: the named body's, no
        if body is not None and body[0] not in (None, "LEG"):   # lawmaker (not `State Representative`, `House
            info.sector = body[0]                 # Representative`: no such body; act55d)
            return info
    if (info.sector in (None, "GOV") or info.role in lex.words("weak_title")) and info.org is None:
        #                                         `church leader`, `Welfare Party (RP) leader`, `Party Chairman`
        words = lex.org_words()
        spoken_for = _staff_body(toks, j, sent_start, info) if info.role in lex.words("staff") else None
        if spoken_for:
            info.sector = spoken_for              # `Sheriff's Office spokesman Rob Hale` (COP), `Company spokesman`
            return info                           # (BUS): the body right before the title is the one spoken for
        for k in range(j - 1, max(sent_start, j - 5) - 1, -1):
            if info.sector == "LEG" and k < j - 1:
                break                             # a lawmaker's weak title (`representative`, act55d) takes only the
                #                                   body right before it: `the church and Representative Ann Roe` is
                #                                   a lawmaker named after a church (review55b)
            sector = words.get(toks[k].lower_)
            if sector and sector not in ("GOV", "MED", "BUS", "NGO"):
                info.sector = sector
                break
            if sector == "GOV" and k == j - 1:
                break                             # `Ministry spokesman Shota Utiashvili`: the body right before the
                #                                   title is his, not a party named before it
    return info


def _after_employer_preposition(st: ActorState, j: int, s: int) -> int:
    """Where a name's own title starts when the title words before it run through a role in lower case and a `for`,
    `under` or `of` that takes the name as its object (`a spokesman for Mrs. Clinton`, `deputy campaign manager for
    John Kerry`, `former NIH director under President Bill Clinton`, `chief of staff of Gov. Ann Roe`): the role is
    another person's, who works for the named one, so the name's title is only what stands after the preposition
    (an honorific, a capitalised person title, a `then-` prefix or a place before such a title); s when nothing
    does. A formal title in capitals keeps its phrase (`Minister for Justice Ann Lee`, `Secretary of State John
    Kerry`), and so does a phrase whose object is no title (`secretary of state Hillary Clinton`; ident52)."""
    toks, lows = st.toks, strings(st.doc, "LOWER")
    for k in range(s - 1, j, -1):
        if lows[k] not in ("for", "under", "of") or not toks[k].is_lower:
            continue
        if not (toks[k - 1].is_lower and toks[k - 1].is_alpha and toks[k - 1].pos_ == "NOUN"):
            continue                              # (`Minister for Justice`, `Secretary of State`: a formal title)
        if lows[k] == "for" and toks[k - 1].lemma_.lower() in lex.words("post_seeker"):
            return j                              # `the nominee for Attorney General Orin Pettibone`: the post the
            #                                       name seeks, the role the name's own (review52e)
        return k + 1 if _names_own_title(toks, k + 1, s) else j
    return j


def _names_own_title(toks, a: int, s: int) -> bool:
    """Tokens [a, s), between a `for`/`under`/`of` and the name at token s, are the name's own title or none: they
    open with an honorific, a `then-` prefix or a person's title (titles.tsv) written with a capital (`Mrs.`,
    `President`, `Gov.`, `then-Arkansas Gov.`) or a capitalised place before a title word (`Arkansas Gov.`), and hold
    only capitalised words, hyphens, full stops and an `of` (`Secretary of State`)."""
    if a >= s:
        return True
    first = toks[a]
    low = first.lower_
    opens = low in lex.words("honorific") or low.startswith("then") or first.text[:1].isupper() and (
        lex.titles().get(low, {}).get("person") is not None or
        a + 1 < s and toks[a + 1].lower_ in lex.title_words() and bool(lex.place_country(first.text)))
    #   (a title of a person, not any word of one: `Former secretary of State Clinton` keeps its title)
    return opens and all(t.text[:1].isupper() or t.text in ("-", ".") or t.lower_ in ("of", "then")
                         for t in toks[a + 1:s])


def _no_title_word_before(st: ActorState, s: int) -> bool:
    """True when the word right before token s fails every test by which `_title_before`'s walk steps back over a
    word (the tests read at that word, less the ones its sentence's start or the words before it may still fail):
    the walk stops there and no title is found, so its sentence is not looked up (speed36b; ~88% of the names)."""
    j = s - 1
    if j < 0:
        return True
    doc = st.doc
    orth, lows = strings(doc, "ORTH"), strings(doc, "LOWER")
    low = lows[j]
    if orth[j] in (".", "'s", "’s", "'", "’", "-") or low in lex.title_words() or low in lex.words("title_prefix") or \
            low in lex.words("service_word") or low in lex.words("honorific") or j >= 1 and lows[j - 1] == "and":
        return False
    tok = st.toks[j]
    if tok.tag_ == "NNS" or _dweller(tok) or tok.tag_ == "NNPS" and _plural_title(st.toks, j):
        return False
    h = hit_at(st, j)
    if h and h[0] in ("CTRY", "DEM", "ORG", "CAP"):
        return False
    h = hit_at(st, j - 1) if j >= 1 else None
    return not (h and h[0] in ("DEM", "CTRY") and h[3] == j)


def _named_body(st: ActorState, k: int) -> Optional[tuple[Optional[str]]]:
    """(sector,) of a body named by the capitalised words ending at token k, right before a staff title that gives
    GOV by default (`Bay Hospital spokeswoman`, `Harbor Bank spokesman`, `Lakeview School spokesman`): the sector of
    its last word (orgwords.tsv), else none at all - a name in no lexicon that no word marks as a state's body may be
    a company's, a hospital's or a charity's, and a wrong GOV is worse than none (act27b). None (no answer) when
    the word is no such name: a lexicon hit (a country, an organisation, a person), a person of the article, a
    tagged person or place, a title, or a word in lower case."""
    doc = st.doc
    if k < 0 or k >= len(doc):
        return None
    tok = tokens(doc)[k]
    if not (tok.text[:1].isupper() and tok.is_alpha and tok.pos_ == "PROPN") or hit_at(st, k) or \
            k in st.person_at or tok.ent_type_ in ("PERSON", "GPE", "NORP", "LOC") or tok.lower_ in lex.title_words() or \
            lex.place_country(tok.text):
        return None
    a = k
    while a > 0 and (tokens(doc)[a - 1].text[:1].isupper() and tokens(doc)[a - 1].is_alpha and tokens(doc)[a - 1].pos_ == "PROPN" or
                     tokens(doc)[a - 1].lower_ in ("of", "for", "and", "&") and a - 2 >= 0 and tokens(doc)[a - 2].text[:1].isupper()):
        a -= 1                                    # the whole name: `Department of Public Safety spokesman`
    return (org_sector(span_of(doc, a, k + 1)),)


def _body_noun_before(span, k: int) -> Optional[tuple[str]]:
    """(sector,) of a common noun of a body right before a title that gives GOV by default (word k of the title's span):
    a word of orgwords.tsv whose sector is a private body's (BUS, NGO, EDU, REL, LAB, MED), in lower case or opening
    the sentence (`Company vice president Lisa Grant` BUS, `a museum spokesman` NGO, `the church secretary` REL); None
    after a word of a public post (actor_words.tsv `public_post`: `the county museum director` is a county's) or for
    a proper noun inside a sentence (`_named_body` reads those; sect51)."""
    tok = span[k]
    sector = lex.org_sector_words().get(tok.lower_)
    if sector not in ("BUS", "NGO", "EDU", "REL", "LAB", "MED") or tok.pos_ not in ("NOUN", "PROPN") or \
            not (tok.is_lower or tok.is_sent_start) or not tok.is_alpha:
        return None
    if tok.i > 0 and tokens(tok.doc)[tok.i - 1].lower_ in lex.words("public_post"):
        return None
    return (sector,)


def _role_opening_name(toks, s: int, e: int) -> bool:
    """True when the name s..e opens a sentence with a capitalised noun of a trade or a club role (actor_words.tsv
    `private_role`, `club_role`: `Striker`, `Plumber`) before two or more capitalised words: the person's role, not
    a given name (`Striker Dimitar Berbatov`, `Midfielder Tom Galt`); a word that is a given name stays (ident41b)."""
    if e - s < 3 or not toks[s].is_sent_start or not toks[s].text[:1].isupper() or not toks[s].text[1:].islower():
        return False
    w = toks[s].lower_
    return (w in lex.words("private_role") or w in lex.words("club_role")) and w not in given_names() and \
        all(t.text[:1].isupper() for t in toks[s + 1:e])


def _dweller(tok) -> bool:
    """True for a capitalised noun of someone from a large city or US state (`Londoner`, `Texan`: lexicon.actors.
    `dweller_country`) that is no given name and no lexicon hit (a country's demonym is a DEM hit), before a
    capitalised word (act27b)."""
    if lex.dweller_country(tok.text) is None:
        return False                              # (the test nearly every word fails, a cached look-up: asked first)
    prev = tokens(tok.doc)[tok.i - 1] if tok.i > 0 else None
    return tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.i + 1 < len(tok.doc) and tok.nbor().text[:1].isupper() and \
        tok.lower_ not in given_names() and tok.text not in lex.countries().demonyms and \
        not (prev is not None and prev.is_alpha and prev.text[:1].isupper() and prev.lower_ not in lex.title_words() and
             prev.lower_ not in lex.words("former"))
    # (rev27b: a country's demonym is none, `Armenian`, `Georgian`, `Jamaican` (not Armenia, Colombia; Georgia, US);
    # nor the last word of a longer name, `New Yorker`, `North Carolinian`)


def _written_lower(st: ActorState, s: int, e: int) -> bool:
    """True when every word of tokens [s, e) is written in lower case (as the text has it: a title-case headline is
    parsed in lower case) and no lexicon name starts there: no person's name (`a major garda operation`)."""
    return all(st.ctx.text[t.idx:t.idx + len(t)].islower() for t in st.toks[s:e] if t.is_alpha) and not st.hits.get(s)


def _works_director(st: ActorState, j: int, s: int, sent_start: int, info) -> bool:
    """True for a bare work-maker's title (actor_words.tsv `work_maker`: `Director`) opening its sentence or after
    punctuation, with no organisation or country, in a sentence with a work noun (`Director Philippe Lioret - whose
    film "Welcome" ...`): a work's director, no public office (not `Parks Director Ann Lee`)."""
    toks = st.toks
    return info.role in lex.words("work_maker") and info.org is None and info.country is None and s - j == 1 and \
        (j == sent_start or not toks[j - 1].text[:1].isalnum()) and \
        any(t.lemma_.lower() in lex.words("work_noun") for t in sentence_tokens(toks[s]))


def _job_places(child) -> list:
    """The `at`/`for`/`with` phrases of a lower-case job noun in apposition after a name (`Ann Cole, a consultant at
    Baird & Lowe LLC`): where the person works (not a kin or relation noun: `a friend of the family`)."""
    if child.pos_ != "NOUN" or child.tag_ != "NN" or not child.is_lower or \
            child.lemma_.lower() in lex.words("kin") | lex.words("relation"):
        return []
    return [g for g in children(child) if g.dep_ == "prep" and g.lower_ in ("at", "for", "with")]


def _subject_of_clause_on(name, noun) -> bool:
    """True when the name beginning at token `name` is the subject of a clause on `noun` (`The candidates Sanders
    named`; a determiner before the plural and no list of names after it; the name the subject of a clause said to
    the plural, `told reporters John Hubbard would resign`): the plural is no title of the name's
    (`InsideClimate News reporters Neela Banerjee, John Cushman Jr. ...` is)."""
    r = name
    while r.head.i != r.i and r.dep_ in ("compound", "flat") and r.head.pos_ == "PROPN":
        r = r.head
    if r.dep_ in ("nsubj", "nsubjpass") and noun.dep_ in ("dobj", "dative", "iobj") and r.head.i != noun.i:
        return True                               # `told reporters John Hubbard would resign`: whom it was told
    if any(k.dep_ == "conj" and k.pos_ == "PROPN" for k in children(r)):
        return False
    return (r.dep_ in ("nsubj", "nsubjpass") and r.head.dep_ in ("relcl", "acl") and r.head.head.i == noun.i) or \
        any(k.dep_ == "det" for k in children(noun))


def _head_of_named_body(st: ActorState, j: int, sent_start: int, info: _TitleInfo) -> bool:
    """`American Bridge President Jessica Mackler`: `president` right after a capitalised name that is no country,
    place, title or known organisation is the head of that body (a group, a company, a university), not a head of
    state: the sector of the body's name's words (orgwords.tsv) or none, instead of GOV. Not on a title-case line
    (`Trump Attacks President Obama`). True when it applied."""
    doc = st.doc
    if info.role not in lex.words("head_title") or info.org is not None or info.country or info.former or j <= sent_start:
        return False
    k = j - 1
    name = []
    while k >= sent_start and tokens(doc)[k].pos_ == "PROPN" and tokens(doc)[k].is_title and hit_at(st, k) is None and \
            tokens(doc)[k].lower_ not in lex.title_words() and not lex.place_country(tokens(doc)[k].text):
        name.append(tokens(doc)[k])
        k -= 1
    before = hit_at(st, k) if k >= sent_start else None
    if before and before[0] == "DEM" and tokens(doc)[k].pos_ == "PROPN":
        k -= 1                                    # `American Bridge President`: a demonym begins the body's name
        before = None
    if not name or (k >= sent_start and (before or tokens(doc)[k].pos_ == "PROPN")) or \
            _headline_line(st, tokens(doc)[j].idx, tokens(doc)[j].idx + len(tokens(doc)[j])):
        return False                              # (a country or an organisation before the name: its own rules)
    if any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in name):
        return False                              # `Puntland President Said Deni`, `Catalan President Carles
        #                                           Puigdemont`: a region's president, a place or people the lexicon
        #                                           does not know but the tagger does
    words = lex.org_sector_words()
    info.sector = phrase_sector([t.lower_ for t in reversed(name)]) or \
        next((words[t.lower_] for t in name if t.lower_ in words), None)   # (`Judiciary Committee`: LEG, act37b)
    add_unknown_org(st, k + 1, j, info.sector, None)   # the body is an actor of its own (`American Bridge`)
    return True


def _year_before_noun(tok) -> bool:
    """A school year's word (`senior`, `junior`) that only modifies a noun after it (`senior project manager`,
    `senior class president`): the noun says who the person is, the word no student."""
    return tok.dep_ in ("amod", "compound") and tok.head.i > tok.i and tok.head.pos_ == "NOUN" and tok.head.is_lower
    #                                           (not a name after it: `Senior Kasey Anderson`, `student Ann Roe`)


def _given_name_after(tok) -> bool:
    """True when the word after `tok` is a given name (`Junior Matt Bendure`: `Junior` a school year before a full
    name; `Junior Seau` is a name)."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in given_names()


def _capital_office(first, office) -> bool:
    """True where a lower-case word stands before a capitalised office (`At the conference Speaker Tom Reedy said`):
    the capital opens the office, and the word before it is no part of a private speaker's title (review54b). The
    one test for both speaker lists: titles.tsv's rows (`guest speaker`) and actor_words `private_speaker` (tidy55)."""
    return first.is_lower and office.text[:1].isupper()


def _title_info(st: ActorState, span) -> Optional[_TitleInfo]:
    """Country, organisation, former and the longest title found in some words before or around a name."""
    if len(span) == 0:
        return None
    info = _TitleInfo(start=span.start)
    words = [t.lower_ for t in span]
    lemmas = [t.lower_[:-1] if _plural_title(tokens(span.doc), t.i) else t.lemma_.lower() for t in span]
    best = None                                   # (`Presidents Ford and Carter`: the singular; ident51)
    table, openers = lex.titles(), _title_openers()
    owned = "'s" in words or "’s" in words       # (a possessive token inside: `State's Attorney`, act37c)
    for i in range(len(words)):
        if words[i] not in openers and lemmas[i] not in openers and " " not in words[i] + lemmas[i] and \
                not (words[i + 1:i + 2] == ["."] and words[i] + "." in openers):   # (`Lt . Gov.`: ident49)
            continue                              # (no person title opens with the word: speed36b)
        for k in range(min(len(words), i + 4), i, -1):
            for seq in (words[i:k], words[i:k - 1] + [lemmas[k - 1]]):
                key = " ".join(seq)
                if " . " in key:                  # `Lt . Gov.`: the stop the tokenizer split from `Lt` (ident49)
                    key = key.replace(" . ", ". ")
                if owned:
                    key = key.replace(" ’s ", "'s ").replace(" 's ", "'s ")   # `State's Attorney Jerry Brady`: the
                    #                                   possessive is a token of its own, the table's phrase one word
                t = table.get(key, {}).get("person")
                if t and t.role == "student" and k - i == 1 and _year_before_noun(span[k - 1]):
                    continue                      # `senior project manager`: a rank of the job, no student (act26c)
                if t and k - i == 1 and span[i].text == "Junior" and not _given_name_after(span[i]):
                    continue                      # `Junior Seau`: a given name, no school year (act35f)
                if t and k < len(words) and span[k].text[:1].isupper() and span[k - 1].text[:1].isupper() and \
                        words[k] in lex.org_sector_words():
                    continue                      # `the Rusty Anchor Tavern`, `the Bishop Museum`: a word inside a
                    #                               body's name, no title (sect51)
                if t and t.sector == "CVL" and k - i > 1 and _capital_office(span[i], span[k - 1]):
                    continue                      # `At the conference Speaker Tom Reedy said`: no private
                    #                               `conference speaker` (review54b)
                if t and k < len(words) and key in lex.words("chamber_party_title"):
                    continue                      # `House Republican candidate Dan Pell`: a chamber's party before
                    #                               another title is the seat he seeks or the group he leads, no
                    #                               member of it (review55b)
                if t and key in lex.words("cause_title") and for_a_cause(span[k - 1]):
                    continue                      # `a public advocate for the homeless`: no office (review52a)
                if t and (best is None or k - i > best[0] or (k - i == best[0] and k > best[1])):
                    best = (k - i, k, t)
    if best:
        t = best[2]
        info.titled = True
        info.sector, info.role, info.office = t.sector, t.role, t.office
        if t.role == "counterpart":
            info.role = None
        k = best[1] - best[0] - 1                 # the word before the title
        if k >= 1 and words[k] in ("'s", "’s"):
            k -= 1
        body = _named_body(st, span[k].i) if t.role in lex.words("staff") and t.sector == "GOV" and k >= 0 else None
        if body is None and t.sector in ("GOV", "LEG") and k >= 0 and words[k] not in lex.words("private_aide"):
            body = _body_noun_before(span, k)     # `Company vice president Lisa Grant` (sect51; `a hospital aide`
            #                                       is a care worker, below); `a company representative` speaks for
            #                                       the company, no lawmaker (act55d)
        if body is not None:
            info.sector = body[0]                 # `a Bay Hospital spokeswoman`: the named body's, not a state's
        elif t.role in lex.words("staff") and k >= 0 and words[k] in lex.words("private_aide"):
            info.sector, info.role = "CVL", "care worker"   # `a home-care aide`, `a nurse's aide`: a private job
        o = span[best[1] - 1].i                   # the officer's word; the words before it may stand before the
        before = [x.lower_ for x in tokens(st.doc)[max(0, o - 2):o]]   # span (`DNR Public Information Officer Dana
        #                                           Whitlow`, whose name the tagger began at `Officer`; act34d)
        if t.role == "speaker" and before and before[-1] in lex.words("private_speaker") and \
                not _capital_office(tokens(st.doc)[o - 1], tokens(st.doc)[o]):
            info.sector, info.role, info.office = "CVL", "public speaker", None   # `corporate speaker Ann Lee`, `the
            #                                       conference speaker`: one who gives talks, no chamber's Speaker (known54;
            #                                       not `At the conference Speaker Tom Reedy said`: the capital opens
            #                                       the office, review54b)
        if t.sector == "COP" and t.role == "officer" and k >= 0 and civil_officer(words[:k + 1]):
            info.sector = "GOV"                   # `an information officer`, `a press officer`: no police (words
            #                                       inside the span only: a police story's `Public Information
            #                                       Officer Sam Cole` before whom the tagger cut the title is COP)
        if t.sector == "COP" and t.role == "officer" and before and business_officer(before):
            info.sector, info.role = "BUS", " ".join(before[-2:] + ["officer"])   # `chief financial officer`
            if o >= 3 and tokens(st.doc)[o - 3].lower_ in lex.words("public_post"):
                info.sector = "GOV"               # `the city chief development officer`: a local government's
        if t.sector == "MIL" and words[best[1] - 1] in lex.words("study_title") and k >= 0 and \
                span[k].pos_ == "NOUN" and span[k].is_lower and span[k].lower_ not in \
                lex.words("service_word") | lex.words("service_name") | lex.words("title_prefix"):
            info.sector, info.role, info.office = "EDU", "student", None   # `a biology major`: a student
    for tok in span:
        if tok.lower_ in lex.words("former"):
            info.former = True
        if info.country is None and _dweller(tok):
            info.country = lex.dweller_country(tok.text)   # `Texan Bill Rowe`: a large city's or US state's dweller
        h = hit_at(st, tok.i)
        if not h:
            continue
        label, entry = h[0], h[1]
        if label in ("CTRY", "DEM", "CAP") and info.country is None and \
                not (label == "DEM" and demonym_opens_place(st.doc, h[3])):
            info.country = entry                  # (not `president of the Indian Orchard Citizens Council`)
        elif label == "ORG" and info.org is None:
            info.org = entry
        elif label == "PER" and best and best[2].role in lex.words("staff") and info.org is None:
            _boss(st, tok.i, info)                    # `Clinton spokesman`: works for the campaign
    if best and best[2].role in lex.words("house_lawyer") and info.sector == "CVL":
        k = best[1] - best[0] - 1                 # a body's own lawyer (act27b): `ACLU lawyer Ben Wiz` (the
        body = info.org.sector if info.org is not None else None   # organisation's), `a company lawyer` (BUS)
        if body is None and k >= 0 and lex.org_words().get(words[k]) in ("BUS", "LAB", "NGO", "MED", "EDU"):
            body = lex.org_words()[words[k]]      # (not `Defense lawyer`: a private one)
        info.sector = body or info.sector
    if info.org is not None:                      # `Hamas spokesman`, `Pentagon spokesman`, `UN envoy`
        info.country = info.country or info.org.country
        if info.sector in (None, "GOV") or info.org.country == "IGO" or info.role in lex.words("weak_title"):
            info.sector = info.org.sector
    elif info.sector in (None, "GOV") or info.role in lex.words("weak_title"):   # `opposition spokesman`,
        #                                           `church leader`, `Ohio Democratic Party Chairman`
        words = lex.org_words()
        staff_at = span.start + best[1] - best[0] if best and info.role in lex.words("staff") else None
        for t in span:
            g = table.get(t.lower_, {}).get("group")
            if g is not None and g.sector not in ("GOV", "CVL"):
                info.sector = g.sector
                break
            if t.lower_ in words and words[t.lower_] not in ("GOV", "MED", "BUS", "NGO") and t.i + 1 < span.end:
                info.sector = words[t.lower_]
                break
            if staff_at is not None and t.i < staff_at and _boss_title_sector(t, table, words):
                info.sector = _boss_title_sector(t, table, words)
                break                             # `Sheriff's spokeswoman Kim Lutz` (COP), `Company spokesman`
                #                                   (BUS): the one spoken for, a title or a kind of body
    return info


def _staff_body(toks, j: int, sent_start: int, info) -> Optional[str]:
    """The sector of the body named right before a staff title at token j, when the title is GOV by default: a
    company's word (`Company spokesman`: BUS), or the office of a title of another sector (`Sheriff's Office
    spokesman`, `the District Attorney's Office spokeswoman`: COP, JUD); else None."""
    if info.sector not in (None, "GOV") or j - 1 < sent_start:
        return None
    words = lex.org_words()
    prev = toks[j - 1]
    if words.get(prev.lower_.rstrip(".")) == "BUS":
        return "BUS"
    return _title_office_sector(toks, j - 1, sent_start)


def _title_office_sector(toks, k: int, lo: int) -> Optional[str]:
    """The sector of a title's office ending at token k (`Sheriff's Office`, `District Attorney's Office`: COP,
    JUD; the title found over tokens from `lo` on, the longest first), when it is not GOV; else None."""
    if toks[k].lower_ != "office" or k - 2 < lo or toks[k - 1].text not in ("'s", "’s"):
        return None
    table = lex.titles()
    for a in range(max(lo, k - 4), k - 1):        # (`District Attorney's`: the longest title)
        p = table.get(" ".join(t.lower_ for t in toks[a:k - 1]), {}).get("person")
        if p is not None and p.sector not in (None, "GOV", "CVL"):
            return p.sector
    return None


def _boss_title_sector(tok, table: dict, words: dict) -> Optional[str]:
    """The sector of the one a staff title speaks for, told by a word before it (`Sheriff's spokeswoman`, `Company
    spokesman`): a person title of a sector other than GOV and CVL (a sheriff's, a prosecutor's: COP, JUD), or a
    company's word (orgwords.tsv BUS); else None (a mayor's or a ministry's spokesman stays GOV)."""
    p = table.get(tok.lower_, {}).get("person")
    if p is not None and p.sector not in (None, "GOV", "CVL") and p.role not in lex.words("staff"):
        return p.sector
    return "BUS" if words.get(tok.lower_.rstrip(".")) == "BUS" else None


def _boss(st: ActorState, i: int, info: _TitleInfo) -> None:
    """A staff title after a person (`Clinton spokesman`, `Stein spokeswoman`) takes the country and sector of
    the person at token i: a lexicon person's on the article's date, else an unknown person's of this article."""
    h = hit_at(st, i)
    country = sector = None
    if h and h[0] == "PER" and (boss := _lexicon_person(st, h[1])) is not None:
        country, sector, _ = boss.at(st.day)
    else:
        tok = st.toks[i]
        found = st.person_at.get(i) or next(
            (c for c in st.clusters.values() if c.key[0] in ("P", "P?") and len(c.name.split()) > 1 and
             c.surname == tok.text and c.first < tok.idx), None) if tok.pos_ == "PROPN" else None
        if found is None:
            return
        if found.person is not None:
            country, sector, _ = found.person.at(st.day)
        else:
            country, sector = found.country, found.sector
    info.country = info.country or country
    if sector and sector not in ("ELI", "CVL"):
        info.sector = sector


_PROFESSIONS = lex.PROFESSIONS | {"PTY"}                 # sectors a person keeps after leaving one post (a
#                                                          campaign post is no office: a former campaign manager
#                                                          is still of the party's side)


def _apply_title(c: Cluster, info: _TitleInfo) -> None:
    """What a title says fills in what a person outside the lexicon lacks; `former` makes the role ELI, but for
    a profession rather than an office (`Former Breitbart reporter Michelle Fields` is still a journalist: MED) and for
    a soldier (`retired Army Col. Ray Dunn`: a veteran, CVL, bench/actors/GUIDE.md session 51)."""
    if c.person is not None:
        if info.country and info.country != "IGO":
            c.stated_country = c.stated_country or info.country   # `Saudi terrorist Osama bin Laden`
        if info.sector and not info.former and c.stated_title is None:
            c.stated_title = (info.sector, info.role)
        return
    if info.country and not c.country:
        c.country = info.country
    if info.sector == "MIL" and not info.former and c.sector == "CVL" and c.role and c.role.startswith("former "):
        return                                    # `Ron Dale, who served as a sergeant in the Guard, ... Dale, the
        #                                           guardsman who was shocked`: the service he left told again, not a
        #                                           post held now; a veteran stays CVL (GUIDE.md session 51; act57c)
    if info.sector and not info.former and c.sector in ("ELI", "CVL") and c.role and c.role.startswith("former "):
        c.sector, c.role = info.sector, info.role or c.role   # `a new campaign manager, retired Army general
        return                                            # Bob Dees`: the post held now
    if info.sector and not c.sector:
        c.sector = info.sector
    if info.role and not c.role:
        c.role = info.role
    if info.former and c.role and not c.role.startswith("former "):
        c.role = "former " + c.role
        if c.sector not in _PROFESSIONS:
            c.sector = "CVL" if c.sector == "MIL" else "ELI"   # a retired officer speaks for himself, a veteran:
            #                                                    ELI is for past holders of public office (session 51)


def _title_head(head) -> bool:
    """A noun that may head a description of a person: the last word of a person title (`diplomat`, `member`)."""
    return head.pos_ in ("NOUN", "PROPN") and (head.lemma_.lower() in lex.title_heads() or
                                               head.lower_ in lex.title_heads()) or \
        head.pos_ == "ADJ" and head.dep_ == "appos" and head.lower_ in lex.words("school_year") and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.lefts)
    #   (`Ann Roe, a senior at Westbrook High`: the tagger's adjective heads a student's description; act35f)


def _titled_at_head(head, info: Optional[_TitleInfo]) -> Optional[_TitleInfo]:
    """No title info where the head is a word that is a title only with the words before it (actor_words.tsv
    `compound_title_head`: `member` of `city council member`) and no title of the span ends at it: `a member of
    the city council`, `the first member of Congress` tell a membership, not a title (act34)."""
    if info is None or head.lower_ not in lex.words("compound_title_head") or info.titled and \
            any(" ".join(t.lower_ for t in head.doc[head.i - n:head.i + 1]) in lex.titles() for n in range(1, 4)
                if head.i - n >= 0):
        return info
    return None


def _description_info(st: ActorState, head) -> Optional[_TitleInfo]:
    """Title info of a description headed by a person title (`Russia's top diplomat`)."""
    if not _title_head(head):
        return None
    s_char, e_char = np_bounds(st, head)
    span = char_span(st.doc, s_char, e_char, alignment_mode="expand")
    if span is None:
        return None
    info = _titled_at_head(head, _title_info(st, span))
    if info is not None and info.org is None:
        _affiliation(st, head, info)
    if info is not None and info.org is None and (info.sector in (None, "GOV") or
                                                  info.role in lex.words("staff") | lex.words("weak_title")):
        owner = next((k for k in children(head) if k.dep_ == "poss"), None)
        sector = _common_body(owner) if owner is not None else None
        if sector:                                # `the chapter's president`, `the company's spokesman` (act30a)
            info.sector = sector
    if info is not None and info.sector in (None, "GOV"):
        _joined_title(st, head, info)
    return info


def _kind_of_body(obj) -> Optional[str]:
    """The sector of a kind of organisation (org_kinds.tsv) whose lower-case words end at the noun `obj` (`the advocacy
    group`, `the think tank`, `the conservative super PAC`), else None (act56c)."""
    doc, end = obj.doc, obj.i
    while obj.pos_ == "PROPN" and end > 0 and doc[end].pos_ == "PROPN":
        end -= 1                                  # (`the advocacy group Fair Plains` parsed with the name its head)
    return kind_ending_at(doc, end)


def _joined_title(st: ActorState, head, info: _TitleInfo) -> None:
    """`president and CEO of Velmar Systems`: a title with no sector or only the default GOV takes the sector of a
    title joined to it by `and` (a chief executive's, BUS), which the organisation after both follows (act26b)."""
    for conj in head.rights:
        if conj.dep_ != "conj" or conj.pos_ not in ("NOUN", "PROPN") or conj.i - head.i > 3:
            continue
        other = _description_info(st, conj)
        if other is not None and other.sector not in (None, "GOV") and not other.former:
            info.sector = other.sector
            info.org = info.org or other.org
            info.country = info.country or other.country
            return



def _public_body_sector(st: ActorState, words) -> Optional[str]:
    """The sector of a state body named by `words` (a lexicon organisation, an organisation word, or a group title:
    `the police department`, `the Richmond Police Department`, `the city council`), when it is one of a state's."""
    org = next((h[1] for t in words if (h := hit_at(st, t.i)) and h[0] == "ORG"), None)
    if org is not None:
        return org.sector if org.sector in PUBLIC_BODY else None
    sectors = set()
    for t in words:
        kinds = lex.titles().get(t.lower_) or lex.titles().get(t.lemma_.lower()) or {}
        sectors.update(x for x in (lex.org_words().get(t.lower_), getattr(kinds.get("group"), "sector", None)) if x)
    own = sorted(sectors & PUBLIC_BODY - {"GOV"})
    return own[0] if len(own) == 1 else ("GOV" if "GOV" in sectors and not sectors - PUBLIC_BODY else None)


def _association(st: ActorState, words) -> tuple[Optional[str], Optional[lex.Organisation]]:
    """(NGO or LAB, the lexicon organisation if listed) for a named association or union whose lawyer speaks for it as
    its spokesman does (bench/actors/GUIDE.md, session 34): a lexicon organisation of that sector, else the last
    organisation word of an unlisted name (orgwords.tsv, a phrase ending there first: `the Ohio Teachers Union` LAB,
    `the Georgia School Boards Association` NGO, but `a Credit Union` a bank's). (None, None) for anything else: a
    company's, a family's or a person's lawyer stays a private one (CVL), and a state or a person named is no
    association (a lexicon hit of another kind, an entity that is no organisation: `the Soviet Union`, rev34)."""
    hit = next((h for t in words if (h := hit_at(st, t.i))), None)
    if hit is not None:
        org = hit[1] if hit[0] == "ORG" and hit[1].sector in ("NGO", "LAB") else None
        return (org.sector, org) if org is not None else (None, None)
    names = [t for t in words if t.pos_ == "PROPN"]
    last = max(t.i for t in words)
    if not names or names[-1].i != last or any(x.label_ != "ORG" for x in entities(st.doc) if x.start <= last < x.end):
        return None, None
    doc, orgwords = st.doc, lex.org_words()
    sector = next((orgwords[p] for n in (3, 2, 1)
                   if (p := " ".join(t.lower_ for t in tokens(doc)[max(0, last - n + 1):last + 1])) in orgwords), None)
    return (sector, None) if sector in ("NGO", "LAB") else (None, None)


def _definite(obj) -> bool:
    """True for a noun with `the`, on it or opening its phrase (`the county historical society`: the parser may
    hang `the` on `county`; act30a)."""
    return any(d.dep_ == "det" and d.lower_ == "the" for d in obj.children) or \
        obj.left_edge.i < obj.i and obj.left_edge.lower_ == "the" and obj.left_edge.dep_ == "det"


def _common_body(obj) -> Optional[str]:
    """The sector of a body named in lower case with `the` or a possessor (`the county historical society`, `the
    company`, `its board of directors`): its head noun's organisation word (orgwords.tsv), a company's noun
    (actor_words.tsv `business_noun`: BUS) or a shop's (`store`: BUS), unless the head is a word too loose to tell a
    body in lower case (actor_words.tsv `loose_body`: `the group`, `the project`); else None (act30a)."""
    if not obj.is_lower or obj.pos_ != "NOUN" or not (_definite(obj) or any(d.dep_ == "poss" for d in obj.children)):
        return None
    lemma = obj.lemma_.lower()
    if lemma in lex.words("loose_body") or obj.lower_ in lex.words("loose_body"):
        return None
    if lemma in lex.words("business_noun") or lemma in lex.words("store"):
        return "BUS"
    return lex.org_words().get(obj.lower_) or lex.org_words().get(lemma)


def _police_rank(info: _TitleInfo, sector: Optional[str]) -> bool:
    """A military rank of a police body (`Lt. Col. Tom Ward with Harlow County Police`): police forces use the
    army's ranks, and the body decides (COP)."""
    return info.sector == "MIL" and sector == "COP"


def _title_preps(head) -> list:
    """The prepositions after a title; for the second of two joined nouns also those the parser hung on the first
    after it (`a marcher and the director of outreach for the Coalition for Open Parks`: `for` on `marcher`; act34c)."""
    preps = list(head.rights)
    if head.dep_ == "conj" and head.head.pos_ == "NOUN":
        preps += [g for g in head.head.rights if g.i > head.i and g.dep_ == "prep" and g.lower_ in ("for", "at", "with")]
    return preps


def _company_post(info: _TitleInfo) -> bool:
    """True for an officer's post read as a company's by its words alone (`chief medical officer`, `loan officer`:
    common.business_officer): the body named after it gives the sector (`for the county health department`: GOV;
    act34d)."""
    return info.sector == "BUS" and bool(info.role) and info.role.endswith(" officer")


def _affiliation(st: ActorState, head, info: _TitleInfo) -> None:
    """`a spokesman for the Diocese of Harlow`, `a professor at the University of Nevada`: the
    organisation after `of`/`for`/`at`/`with` gives its sector (and country) to a title that has none of its
    own or only the default GOV; a lexicon organisation also to staff titles."""
    for prep in _title_preps(head):
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "at", "with"):
            continue
        for obj in children(prep):
            if obj.dep_ != "pobj":
                continue
            words = [t for t in obj.subtree if t.i <= obj.i or t.dep_ in ("prep", "pobj", "compound")]
            if _company_post(info) and obj.ent_type_ == "GPE":
                info.sector = "GOV"               # `the chief medical officer of Hamburg`: the city's (act34d)
                return
            if info.role in lex.words("house_lawyer") and prep.lower_ == "for" and info.sector == "CVL":
                body = _public_body_sector(st, words)
                if body is None and obj.lower_ in lex.words("public_client") and \
                        any(d.dep_ == "det" and d.lower_ == "the" for d in obj.children):
                    body = "GOV"                  # `a lawyer for the city`: the local government's
                if body is None and any(t.pos_ == "PROPN" for t in words):
                    body, org = _association(st, words)
                    if org is not None:           # `a lawyer for the ACLU`: the listed body's country, as for its
                        info.org, info.country = org, info.country or org.country   # other staff (rev34)
                if body is not None:              # `general counsel for the police department`: the body's own
                    info.sector = body            # lawyer, not one in private practice; `an attorney for the Georgia
                    return                        # School Boards Association` speaks for it (gold34: NGO; act34c)
            org = next((h[1] for t in words if (h := hit_at(st, t.i)) and h[0] == "ORG"), None)
            if org is not None:
                info.org = org
                info.country = info.country or org.country
                if info.sector in (None, "GOV") or info.role in lex.words("staff") | lex.words("weak_title") or \
                        _police_rank(info, org.sector) or _company_post(info):
                    info.sector = org.sector
                return
            if obj.lemma_.lower() == "campaign" and (info.sector in (None, "GOV") or
                                                     info.role in lex.words("staff") | lex.words("weak_title")):
                info.sector = "PTY"               # `a spokeswoman for Roe’s 2012 mayoral campaign`
                return
            if not any(t.pos_ == "PROPN" for t in words):
                sector = _common_body(obj)        # `president of the county historical society` (act30a)
                if sector and (info.sector in (None, "GOV") or info.role in lex.words("staff") |
                               lex.words("weak_title")):
                    info.sector = sector
                    return
                continue
            orgwords = lex.org_words()
            ent = next((x for x in entities(st.doc) if x.label_ == "ORG" and x.start <= obj.i < x.end), None)
            sector = org_sector(ent) if ent is not None else None   # `a spokesman for the Harlow Police
            #                                     Department`: the name's own sector (COP), not its last word's (act24)
            sector = sector or _kind_of_body(obj)  # `executive director of the advocacy group Harlow Forward`: the
            #                                       kind the words say, NGO, not `group` alone (a firm's; act56c)
            sector = sector or next((orgwords[t.lower_] for t in reversed(words) if t.lower_ in orgwords), None)
            if sector is None:                    # `president of Concerned Women for America`: an advocacy group
                sector = cause_name(ent) if ent is not None else None
            if sector and (info.sector in (None, "GOV") or info.role in lex.words("staff") | lex.words("weak_title") or
                           _police_rank(info, sector) or _company_post(info)):
                info.sector = sector
                return
            if info.role in lex.words("head_title") and info.sector == "GOV" and not any(
                    (hit_at(st, t.i) or ("",))[0] in ("CTRY", "CAP") or t.ent_type_ in ("GPE", "LOC") for t in words):
                info.sector = None                # `the president of the American Action Network`: the head of a
                return                            # body no lexicon knows, not of a state
