"""Pass 1, lexicon hits: one phrase table over every written form of the actor lexicons (people,
organisations and media, country names, capitals, demonyms); every later pass reads `state.hits`.
Speed (speed32b): `_editions` runs its regex only over a text holding a capitalised edition word before a space."""
from __future__ import annotations

import functools
import itertools
import re

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from ...lexicon import actors as lex
from ..spans import (any_in, char_span, children, column, column_array, entities, having, heads, ids_of, lemma_in, lexicon_ids,
                     lowered, matches_at, span_chars, span_of, span_text, tokens, where)
from ..spans import text as doc_text
from ..token_strings import child_indices, strings
from ..quotes.lexicon import given_names, person_titles, speech_verbs
from .common import PERSON_LABELS, hit_at, masthead_joined, title_case_line
from .local_news import breeds, language_subjects, owners_shops, page_labels, prison_names, slashed_names, social_parties
from .state import ActorState, gated


class Phrases:
    """Every written form of the lexicons as a tuple of token ids (ORTH: the token's exact text) -> its
    labels, in the order the groups are listed (a form that is both a country and a demonym is first a
    country). Found in a doc as spaCy's PhraseMatcher finds them, but from plain data that loads in a
    moment, leaves the pipeline's vocabulary alone and reads the doc's ORTH array without making a Token
    for each word."""

    def __init__(self, forms: dict[str, list[list[str]]]):
        from spacy.strings import get_string_id       # the id spaCy gives a string (a symbol's, or its hash)

        table: dict[tuple[int, ...], list[str]] = {}
        for label, patterns in forms.items():
            for words in patterns:
                if words:
                    labels = table.setdefault(tuple(get_string_id(w) for w in words), [])
                    if label not in labels:
                        labels.append(label)
        self.table = {k: tuple(v) for k, v in table.items()}
        lengths: dict[int, set[int]] = {}
        for words in self.table:
            lengths.setdefault(words[0], set()).add(len(words))
        self.lengths = {w: tuple(sorted(n)) for w, n in lengths.items()}     # first token -> form lengths

    def __call__(self, doc) -> list[tuple[str, int, int]]:
        """(label, start, end) of every form found in the doc, overlapping ones included, by start."""
        words = column(doc, "ORTH")
        n = len(words)
        lengths, table, pairs = self.lengths, self.table, self.pairs()
        out = []
        for i in _opening(doc, lengths):
            for size in lengths[words[i]]:         # (ascending)
                if i + size > n or size > 1 and (words[i], words[i + 1]) not in pairs:
                    break                         # (no longer form opens with these two words)
                labels = table.get(tuple(words[i:i + size]))
                if labels:
                    out.extend((label, i, i + size) for label in labels)
        return out


    def pairs(self) -> frozenset:
        """The first two token ids of every form of two words or more, made at the first use (a table loaded from
        the start-up cache has none yet): a word whose next word makes no such pair opens no longer form, and its
        longer slices are not looked up (speed36b)."""
        found = self.__dict__.get("_pairs")
        if found is None:
            found = self._pairs = frozenset(words[:2] for words in self.table if len(words) > 1)
        return found


def _opening(doc, lengths: dict) -> list[int]:
    """The indices of the doc's words that open a form of `lengths` (by ORTH), in order, picked at C speed
    (`itertools.compress` over the look-ups), not by a Python step a word."""
    words = column(doc, "ORTH")
    return list(itertools.compress(range(len(words)), map(lengths.__contains__, words)))


@functools.lru_cache(maxsize=1)
def _phrases() -> Phrases:
    """The look-up table of every written form (as written, and in capitals), each tokenised by the
    pipeline's tokenizer, built once and kept in the start-up cache (lexicon.cache): tokenising the forms
    is most of the cost."""
    import pathlib

    from ... import nlp
    from ...lexicon.cache import cached, package_version

    def build():
        make = nlp.load().make_doc
        countries = lex.countries()
        groups = {
            "PER": lex.person_forms(),
            "ORG": lex.organisation_forms(),
            "CTRY": countries.names,
            "CAP": countries.capitals,
            "DEM": countries.demonyms,
        }
        out = {}
        for label, forms in groups.items():
            texts = list(forms) + [f.upper() for f in forms if f.upper() != f and len(f) > 3]
            texts += [f.replace("'", "’") for f in forms if "'" in f]   # `Martin O’Malley` as typeset
            out[label] = [[t.text for t in make(f)] for f in texts]
        return Phrases(out)

    here = pathlib.Path(__file__).resolve()
    inputs = [here, here.parents[2] / "lexicon" / "actors.py", *sorted((here.parents[2] / "lexicon").glob("*.tsv")),
              package_version(nlp.MODEL.replace("_", "-")), package_version("spacy"), package_version("pycountry")]
    return cached("actor-phrases", build, inputs)


def find_hits(st: ActorState) -> None:
    """Lexicon matches, longest first, none overlapping; place words inside longer names left out."""
    doc = st.doc
    toks = tokens(doc)
    matches = _phrases()(doc)
    longer = [en for en in entities(doc) if en.label_ in ("ORG", "FAC", "GPE", "LOC", "PERSON", "WORK_OF_ART", "EVENT")]
    ents = []                                   # names a place word may hide in (cores: no `the`, no `'s`)
    for ent in entities(doc):
        if ent.label_ in PERSON_LABELS or ent.label_ in ("GPE", "LOC", "FAC"):
            s, e = ent.start, ent.end
            while s < e and toks[s].pos_ == "DET":
                s += 1
            while e > s and toks[e - 1].text in lex.words("possessive_mark"):
                e -= 1
            if e > s:
                ents.append(span_of(doc, s, e))
    spans = []
    for label, s, e in matches:
        spans.append((e - s, s, e, label))
    spans.sort(key=lambda x: (-x[0], x[1]))
    # entities do not overlap: the one that could hold a match is the one holding its first token
    ent_at = {i: en for en in ents for i in range(en.start, en.end)}
    longer_at = {i: en for en in longer for i in range(en.start, en.end)}
    used = set()
    given = _given_names_of_others(st)
    for _, s, e, label in spans:
        if any(i in used for i in range(s, e)):
            continue
        if label != "PER" and label != "ORG":
            # a place word inside a longer name ("Israel Katz", "George Washington", "New Mexico")
            en = ent_at.get(s)
            if en is not None and e <= en.end and en.end - en.start > e - s:
                continue
        elif label == "ORG" and e - s == 1 and (en := longer_at.get(s)) is not None and e <= en.end and len(en) > 1 \
                and not (e < len(doc) and toks[e].text in ("'s", "’s")):
            continue                              # `House` in `State House`; not `CBS` in `CBS’s Face the Nation`
        start, end, name = span_chars(doc, s, e)  # (a Span's text joins a Token a word)
        if st.ctx.skipped(start, end):
            continue
        if label in ("CTRY", "CAP") and (_after_new(toks, s, e) or _before_place_end(toks, e)):
            continue                              # `New London police`, `New Lisbon`: another place's name (act34f);
            #                                       `Jamaica Plain`, `Lebanon Hills`: a town's or district's (act36c)
        if label == "DEM" and _origin_of_americans(toks, e) and lex.countries().demonyms.get(name) != "USA":
            continue                              # `Cuban-Americans`, `the Cuban American National Foundation`:
            #                                       Americans of that origin, the word after names them (act53c)
        if label == "ORG" and in_masthead_compound(toks, s, e):
            continue                              # `The Times-Union`, `the Chicago Sun-Times`: another paper, whose
            #                                       name a hyphen makes of two masthead words, not London's (act54b)
        if label == "PER" and _in_double_surname(toks, s, e):
            continue                              # `Joaquin Navarro-Valls`: no Manuel Valls (ident34)
        if label == "PER" and _before_area_end(toks, e):
            continue                              # `Clinton Township police`, `Jackson County`: the area's name,
            #                                       not Hillary Clinton's (act37c)
        if label == "CTRY" and e - s == 1 and given.get(toks[s].text) and _state_unnamed_otherwise(st, name):
            continue                              # `Jordan Pellow graduated ... "We all loved Jordan"`: the given
            #                                       name of a person the article names in full, no state (act54b)
        if label == "PER" and e - s == 1 and _given_name_of_another(st, s, given):
            continue                              # `Coach Rubio Sandoval ... Rubio, who played`: another person's
            #                                       given name, no Marco Rubio (known53)
        if label == "PER" and e - s == 1 and _surname_as_word(st, s) and _person_unnamed(st, toks[s].text):
            st.nameless.add(start, end)
            continue                              # `a library in Kerry`, `Lifts Fishing Ban After Storm`: a
            #                                       place or a common word, no person the article names (ident44)
        entry = _entry(st, label, name)
        if entry is None:
            continue
        used.update(range(s, e))
        st.hits[s] = (label, entry, e)
    nameless_spans(st)
    _edited_words(st)
    _editions(st)
    _acronyms_spelled_otherwise(st)
    _acronyms_of_named_bodies(st)
    _outlets_by_acronym(st)


def _origin_of_americans(toks, e: int) -> bool:
    """True when the demonym ending before token e is the first half of a compound of American origin: joined by a
    hyphen or a space to `American(s)` that is plural (`Cuban-Americans`, `Irish Americans`), opens a capitalised name
    (`the Cuban American National Foundation`, a body of people by orgwords.tsv: not `British American Tobacco`) or
    goes before a noun of people (`Mexican-American voters`); not two countries side by side (`Cuban-American
    relations`, `Cuban and American officials`; act53c)."""
    k = e + 1 if e < len(toks) and toks[e].text in ("-", "‐") else e
    if k >= len(toks) or toks[k].lower_ not in ("american", "americans") or (k == e and not toks[k].text[:1].isupper()):
        return False
    if toks[k].lower_ == "americans":
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None:
        return False
    if nxt.is_title and nxt.pos_ == "PROPN":
        return _body_of_people(toks, k + 1)       # `the Cuban American National Foundation`; not `British American
        #                                           Tobacco`, a company of that country (review53a)
    kinds = lex.titles().get(nxt.lemma_.lower(), {})
    return bool(kinds.get("group") or kinds.get("civil")) and nxt.lemma_.lower() not in lex.words("place_noun")


def _body_of_people(toks, k: int) -> bool:
    """True when the capitalised name from token k on holds a word that makes it a body of people other than a
    business (orgwords.tsv: `Foundation`, `League`, `Association`, `Committee`; not `Chamber` BUS, nor a name with no
    such word, `British American Tobacco`): Americans of an origin joined in one (review53a)."""
    words = lex.org_sector_words()
    while k < len(toks) and toks[k].pos_ == "PROPN" and toks[k].is_title:
        sector = words.get(toks[k].lower_)
        if sector is not None and sector != "BUS":
            return True
        k += 1
    return False


def outlet_use(word) -> bool:
    """The one-word outlet at token `word` puts out or is the source of news: the subject of an `outlet_verb`
    (`Bloomberg reported`), told or quoted from (`told Bloomberg` parsed a dative, `in an interview with Bloomberg`:
    `with` on a noun, `according to Bloomberg`, `spoke to Bloomberg`: `to` on a verb of saying). Not `compete with
    Bloomberg`, `lost to Bloomberg` (a verb's `with`/`to`: the person). Asked by people.`_org_named_like`, the one
    place an outlet's word named like a person of the article is told apart (lead43 first wrote a hits pass of its
    own for a headline's outlet word, `_outlets_named_like_people`; folded there)."""
    if word.dep_ in ("nsubj", "nsubjpass") and word.head.lemma_.lower() in lex.words("outlet_verb"):
        return True
    if word.dep_ == "dative":
        return True
    if word.dep_ != "pobj":
        return False
    p = word.head
    if p.lower_ == "with":
        return p.head.pos_ == "NOUN"
    return p.lower_ == "to" and (p.head.lower_ == "according" or speech_verbs().get(p.head.lemma_.lower()) == "say")


def _capitalised_from(toks, k: int, floor: int = 0, alpha: bool = True) -> int:
    """The first of the capitalised words (`is_title`; with `alpha`, letters only) that run back from token k to it, in
    its sentence (no word opening a sentence is taken) and not before token `floor`: where a name ending at k starts."""
    floor = max(floor, 0)
    while k > floor and toks[k - 1].is_title and (toks[k - 1].is_alpha or not alpha) and not toks[k - 1].is_sent_start:
        k -= 1
    return k


_HYPHENS = ("-", "‐")


def _before_place_end(toks, e: int) -> bool:
    """True for a country's or capital's name right before a capitalised last word of a place's name (actor_words.tsv
    `place_name_end`: `Jamaica Plain`, `Lebanon Hills`, `Peru Heights`), one space apart on one line: that place's
    name, as common.demonym_opens_place reads `Indian Orchard` (act36c)."""
    return e < len(toks) and toks[e].text[:1].isupper() and toks[e].lower_ in lex.words("place_name_end") and \
        toks[e - 1].whitespace_ == " "


def _before_area_end(toks, e: int) -> bool:
    """True for a name right before a capitalised last word of a local area's name, one space apart (actor_words.tsv
    `area_end`: `Clinton Township`, `Clinton Twp.`, `Jackson County`): the area's name, not a lexicon person's (act37c:
    `Clinton Township police` made Hillary Clinton an actor of a Michigan shooting)."""
    return e < len(toks) and toks[e].text[:1].isupper() and toks[e].lower_ in lex.words("area_end") and \
        toks[e - 1].whitespace_ == " "


def _after_new(toks, s: int, e: int) -> bool:
    """True for a country's or capital's name right after a capitalised `New` that opens no sentence (`New London
    Police Chief`, `crime in New London`, `New Berlin, Wis.`): a place named after it (the lexicon's own `New Delhi`,
    `New Zealand` are matched whole, longest first); a sentence's or headline's opening `New` (`New Iran sanctions`)
    may be the adjective, so it counts only where the same `New NAME` is also written inside a sentence (act34f: a
    town's police took Britain for their country)."""
    if s == 0 or toks[s - 1].text != "New":
        return False
    if not toks[s - 1].is_sent_start:
        return True
    name = [t.text for t in toks[s:e]]
    return any(toks[i].text == "New" and not toks[i].is_sent_start and [t.text for t in toks[i + 1:i + 1 + e - s]] == name
               for i in range(len(toks) - (e - s)))


def _surname_as_word(st: ActorState, s: int) -> bool:
    """True for a lexicon surname alone at token s that is read as a place or a word (ident44): the object of a
    preposition of where (actor_words.tsv `surname_place_prep`) that the gazetteer knows as a place, on no noun or verb
    whose `in` takes a person (`person_in`: `confidence in Obama`), no possessive after it (`a library in Kerry`); or a
    common word (`word_surname`) in a title-case line, not its first word and no possessive before it (`Port Lifts
    Fishing Ban After Storm`; `Ban Urges Calm` keeps its subject, `EU's Tusk Warns` its owner's person)."""
    toks = st.toks
    t = toks[s]
    owned = s > 0 and toks[s - 1].text in lex.words("possessive_mark")   # `EU's Tusk Warns`: someone's, a person
    if s + 1 < len(toks) and toks[s + 1].text in lex.words("possessive_mark") or owned:
        return False
    if t.dep_ == "pobj" and t.head.lower_ in lex.words("surname_place_prep") and \
            t.head.head.lemma_.lower() not in lex.words("person_in"):
        name = t.text
        return bool(lex.division_country(name) or lex.settlement_country(name) or lex.town_country(name) or
                    lex.place_country(name))
    if t.lower_ not in lex.words("word_surname"):
        return False
    line_start = st.ctx.text.rfind("\n", 0, t.idx) + 1
    return bool(st.ctx.text[line_start:t.idx].strip()) and title_case_line(st, t.idx, t.idx + len(t), least=3)


def _given_names_of_others(st: ActorState) -> dict[str, set[int]]:
    """The first words of the article's names of people of two words or more that no lexicon holds (`Rubio` of `Coach
    Rubio Sandoval`) -> the token indices where such a name starts with it."""
    forms, toks = lex.person_forms(), st.toks
    org_words, bodies = lex.org_words(), lex.organisation_forms()
    out: dict[str, set[int]] = {}
    for ent in entities(st.doc):
        if ent.label_ not in PERSON_LABELS:
            continue
        k = ent.start
        while k < ent.end and (toks[k].pos_ == "DET" or toks[k].lower_.rstrip(".") in lex.title_words()):
            k += 1
        words = [t for t in toks[k:ent.end] if t.text not in ("'s", "’s")]
        if len(words) >= 2 and all(t.is_title for t in words) and \
                span_text(st.doc, words[0].i, words[-1].i + 1) not in forms and words[1].text not in forms and \
                not any(t.lower_ in org_words for t in words[1:]) and \
                span_text(st.doc, words[1].i, words[-1].i + 1) not in bodies:
            out.setdefault(words[0].text, set()).add(words[0].i)   # (`The Obama White House`, tagged a person: a
            #                                                          body's name after the surname, his own)
    return out


def _state_unnamed_otherwise(st: ActorState, name: str) -> bool:
    """True when the text writes no demonym and no capital of the country named `name` (`Jordanian`, `Amman`): a lone
    `Jordan` beside a person of that given name is the person (act54b); with one, the country is in the story."""
    iso3 = st.countries.names.get(name)
    if iso3 is None:
        return False
    text = st.ctx.text
    forms = [d for d, c in st.countries.demonyms.items() if c == iso3] + \
        [c for c, i in st.countries.capitals.items() if i == iso3]
    return not any(re.search(rf"\b(?:{re.escape(f)}|{re.escape(f.upper())})\b", text) for f in forms if f)
    #   (also as a dateline writes it, in capitals: `AMMAN (Wire) --`; review54b)


def _given_name_of_another(st: ActorState, s: int, given: dict[str, set[int]]) -> bool:
    """A lexicon surname alone at token s that is the given name of a person the article names in full and no lexicon
    holds (known53): the first word of that name itself (`Coach Rubio Sandoval`), or a bare mention of it elsewhere
    when the article names no lexicon person of that surname otherwise (`... Rubio, who played in college`; not where
    `Marco Rubio` or `Sen. Rubio` stands in the article: the surname is his)."""
    word = st.toks[s].text
    starts = given.get(word)
    if not starts:
        return False
    if s in starts:
        return True
    text, toks = st.ctx.text, st.toks
    if any(f in text for p in lex.person_forms().get(word, ()) for f in (p.name, *p.aliases) if " " in f):
        return False                              # `Marco Rubio` named: the bare surname may be his
    titles = lex.title_words() | person_titles()
    return not any(t.text == word and t.i not in starts and t.i > 0 and toks[t.i - 1].lower_.rstrip(".") in titles
                   for t in toks)                 # `Sen. Rubio`: his (a title before the given name is the other's)


def _person_unnamed(st: ActorState, form: str) -> bool:
    """True when the article names no lexicon person of this bare surname in another way: no form of two words or more
    of any of them (`John Kerry`), no title word or honorific right before any token of the surname (`Secretary
    Kerry`, `Mrs. Merkel`: review44)."""
    text = st.ctx.text
    if any(f in text for p in lex.person_forms().get(form, ()) for f in (p.name, *p.aliases) if " " in f):
        return False
    toks = st.toks
    titles = lex.title_words() | person_titles()
    return not any(t.text == form and t.i > 0 and toks[t.i - 1].lower_.rstrip(".") in titles for t in toks)


def in_masthead_compound(toks, s: int, e: int) -> bool:
    """True for a span whose last word a hyphen joins, no space either side, to a capitalised word after it, or whose
    first word (`The` aside) one joins to a capitalised word before it, both words newspaper words (actor_words.tsv
    `masthead_word`: `The Times-Union`, `the Sun-Times`, `the Post-Dispatch`): one part of another paper's name
    (act54b)."""
    first = s + 1 if e - s > 1 and toks[s].lower_ == "the" else s
    return (e + 1 < len(toks) and masthead_joined(toks[e - 1], toks[e], toks[e + 1])) or \
        (first >= 2 and masthead_joined(toks[first - 2], toks[first - 1], toks[first]))


def _in_double_surname(toks, s: int, e: int) -> bool:
    """True for a lexicon name joined by a hyphen, no space either side, to a capitalised word that no lexicon name,
    body or place is (`Joaquin Navarro-Valls`, `Soto-Ruto said`): one part of a double surname, someone else's, not
    the lexicon person of that surname (ident34). Not where the other part is a name of its own (`the Mubarak-Gore
    partnership`, `the Rubio-Schumer plan`: two people) nor where the hyphened word modifies a lower-case noun after
    it (`the Lewinsky-Clinton affair`: the person's)."""
    before = s >= 2 and toks[s - 1].text in _HYPHENS and toks[s - 2].whitespace_ == "" and \
        toks[s - 1].whitespace_ == ""
    after = e + 1 < len(toks) and toks[e].text in _HYPHENS and toks[e - 1].whitespace_ == "" and \
        toks[e].whitespace_ == ""
    if before == after:                           # (a name between two hyphens: a longer compound, left as it was)
        return False
    other = toks[s - 2] if before else toks[e + 1]
    if not (other.is_alpha and other.is_title) or other.lower_ in lex.words("name_particle") or \
            other.lower_ in lex.words("joined_particle"):
        return False                              # `anti-Obama`, `de-Giuliani-ized`: no surname; `Al-Bashir`: his
    if other.text in lex.person_forms() or other.text in lex.organisation_forms() or lex.place_country(other.text):
        return False
    end = e if before else e + 2
    nxt = toks[end] if end < len(toks) else None
    return not (nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN")


def _outlets_by_acronym(st: ActorState) -> None:
    """An acronym of a lexicon organisation that is no outlet (not MED), written right after a noun of a news outlet
    (actor_words.tsv `media_noun`: `the Dutch newspaper NRC`, `the weekly BZ`), names that outlet, not the body: its
    hits go (every use of the acronym) and the tagger's name is read as the outlet's (act33: `NRC` was the Norwegian
    Refugee Council). Not an acronym that modifies a noun after it (`the daily UN briefing`, `a weekly IMF report`:
    the body's briefing, rev33)."""
    toks, outlets = st.toks, lex.words("media_noun")
    named = set()
    for i, (label, entry, e) in st.hits.items():
        word = toks[i]
        if label == "ORG" and e == i + 1 and i > 0 and word.is_upper and word.is_alpha and \
                getattr(entry, "sector", None) != "MED" and toks[i - 1].lower_ in outlets and \
                not (word.dep_ in ("compound", "nmod", "amod") and word.head.i > i):
            named.add(word.text)
    _drop_acronyms(st, named)


def _drop_acronyms(st: ActorState, acronyms) -> list[int]:
    """Drop the one-word organisation hits whose word is one of `acronyms` (every use of each) and return the
    tokens they were at (`_outlets_by_acronym`, `_acronyms_spelled_otherwise`)."""
    dropped = []
    for i, (label, _, e) in list(st.hits.items()) if acronyms else ():
        if label == "ORG" and e == i + 1 and st.toks[i].text in acronyms:
            st.hits.pop(i)
            dropped.append(i)
    return dropped


SPELLED_NEAR = 400      # chars: a lower-case phrase this close to an acronym may be what it stands for (act32c)


_ACRONYM_SKIP = frozenset({"and", "of", "the", "for", "on", "in", "&"})


def _acronyms_of_named_bodies(st: ActorState) -> None:
    """An acronym no lexicon form holds (`INS`) made of the initials of a lexicon organisation's name the article
    writes in full (`the Immigration and Naturalization Service ... the INS decision`; `and`, `of`, `the` skipped) is
    a mention of that organisation, as the article means it. Only the initials of a name the text itself gives: an
    acronym alone (`INS Vikrant`, a ship) stays what it was (act53c), and so do two letters after a name and a comma
    (review53a: `Columbia, SC` after `the Supreme Court` is South Carolina)."""
    toks = st.toks
    initials: dict[str, object] = {}
    for i, (label, entry, e) in st.hits.items():
        if label != "ORG" or e - i < 2:
            continue
        words = [t.text for t in toks[i:e] if t.lower_ not in _ACRONYM_SKIP and t.is_alpha]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            initials.setdefault("".join(w[0] for w in words), entry)
    if not initials:
        return
    held = {k for i, (_, _, e) in st.hits.items() for k in range(i, e)}
    for word in toks:
        entry = initials.get(word.text)
        if entry is None or word.i in held or not word.is_upper or not word.is_alpha or not 2 <= len(word) <= 5 or \
                word.text in lex.organisation_forms():
            continue                              # (`FBI`: a lexicon form, left to the passes that read those)
        if len(word) == 2 and word.i >= 2 and toks[word.i - 1].text == "," and toks[word.i - 2].pos_ == "PROPN":
            continue                              # `a rally in Columbia, SC` after `the Supreme Court`: a town's
            #                                       state, no body (review53a)
        start, end = word.idx, word.idx + len(word.text)
        if st.ctx.skipped(start, end):
            continue
        st.hits[word.i] = ("ORG", entry, word.i + 1)
    ordered = sorted(st.hits.items())             # (the hits in text order, as find_hits leaves them)
    st.hits.clear()
    st.hits.update(ordered)


def _acronyms_spelled_otherwise(st: ActorState) -> None:
    """An organisation's acronym (`GM`, `CBC`, `AP`) the article spells out as another name is not the lexicon
    organisation's: words whose initials are the acronym's letters, none a stop word, that are another lexicon
    organisation's name, or a tagger's organisation where the lexicon's is a foreign outlet (`_foreign_body`: `the
    Congressional Black Caucus ... the CBC`); or, for two letters, a lower-case noun with its modifiers within
    SPELLED_NEAR characters of it (`CHARGERS/GM: ... general manager`, `AP testing ... advanced placement testing`: no
    actor; three letters match common phrases too often: `cable news networks` by `CNN`). Not where the article
    writes one of the organisation's own longer names (`Hewlett-Packard ... HP`; act32c, from an output audit), nor, for
    the common noun, where the acronym is a verb's subject (`_acting`: `the AP said`, `GM would cut`; rev32)."""
    text, toks = st.ctx.text, st.toks
    lowered_text = text.lower()
    spelled: dict[str, bool] = {}                 # acronym -> whether it names a common noun (no actor)
    for i, (label, entry, e) in list(st.hits.items()):
        word = toks[i]
        if label != "ORG" or e != i + 1 or not word.is_upper or not word.is_alpha or not 2 <= len(word) <= 5 or \
                word.text in spelled or \
                any(len(f) > len(word) and f.lower() in lowered_text for f in (entry.name, *entry.aliases)):
            continue
        own = {f.lower() for f in (entry.name, *entry.aliases)}
        for m in _spelled(word.text, text):
            phrase = m.group(0)
            parts = phrase.split()
            if phrase.lower() in own or any(w.lower() in STOP_WORDS or len(w) < 3 for w in parts):
                continue
            other = lex.organisation_forms().get(phrase)
            if other is not None and other is not entry or other is None and \
                    all(w[:1].isupper() for w in parts) and _foreign_body(st, entry, m.start(), m.end()):
                spelled[word.text] = False        # another body (`the CBC`): what the tagger makes of it
                break
            if len(word) == 2 and phrase.islower() and abs(m.start() - word.idx) <= SPELLED_NEAR and \
                    _noun_compound(char_span(st.doc, m.start(), m.end())) and not _acting(st, word.text):
                spelled[word.text] = True         # a common noun (`advanced placement`, `general manager`)
                break
    for i in _drop_acronyms(st, spelled):         # (every use of the acronym)
        word = toks[i]
        if spelled[word.text]:
            st.nameless.add(word.idx, word.idx + len(word))


@functools.lru_cache(maxsize=256)
def _spelled_patterns(acronym: str) -> tuple[re.Pattern, re.Pattern]:
    """The case-blind pattern of words whose initials are the acronym's letters (`general manager` for `GM`), and
    its opening without the word boundary (the first two letters and what lies between): where every match starts."""
    low = acronym.lower()
    return (re.compile(r"\b" + r"[a-z'-]*\s+".join(low) + r"[a-z'-]*\b", re.I),
            re.compile(low[0] + r"[a-z'-]*\s+" + low[1], re.I))


def _spelled(acronym: str, text: str):
    """`re.finditer` of the acronym's spelled-out pattern (`_spelled_patterns`), tried only where its opening matches
    (`spans.matches_at`): the same matches; the pattern's leading `\b` made `re` try it at every character of the
    text, once an acronym (speed35d)."""
    rx, scan = _spelled_patterns(acronym)
    return matches_at(rx, scan, text)


def _acting(st: ActorState, acronym: str) -> bool:
    """Some use of the acronym is the subject of a verb (`the AP said`, `GM would cut 500 jobs`): a body acting, not
    a common noun's initials (`AP testing`, `CHARGERS/GM:`; rev32)."""
    return any(label == "ORG" and e == i + 1 and st.toks[i].text == acronym and st.toks[i].head.pos_ in ("VERB", "AUX")
               and st.toks[i].dep_ in ("nsubj", "nsubjpass") for i, (label, _, e) in st.hits.items())


def _foreign_body(st: ActorState, entry, start: int, end: int) -> bool:
    """True when the text at start-end is a name the tagger calls an organisation and the lexicon organisation is an
    outlet (MED) of a country the article never names (`the Congressional Black Caucus ... the CBC` in a story naming
    no Canada). A party's or a state's body is left alone (`the Republican National Convention ... the RNC` in a story
    naming no country is still the party's committee)."""
    span = char_span(st.doc, start, end)
    if span is None or not any(en.label_ == "ORG" and en.start <= span.start and span.end <= en.end
                               for en in entities(st.doc)):
        return False
    return entry.sector == "MED" and entry.country not in (None, "IGO") and not any(
        h[0] in ("CTRY", "DEM", "CAP") and h[1] == entry.country for h in st.hits.values())


def _noun_compound(span) -> bool:
    """A noun with its modifiers before it, nothing else (`general manager`, `advanced placement`; not `added
    patrols`)."""
    if span is None or len(span) < 2 or span[-1].pos_ != "NOUN":
        return False
    return all(t.dep_ in ("amod", "compound", "nmod") and t.head.i > t.i for t in span[:-1])


_EDITED = re.compile(r"\([A-Z]\)[a-z]+")   # `"(W)e would not enter negotiations`: a quoted word with its case mended


def _edited_words(st: ActorState) -> None:
    """A word whose capital the writer put in brackets (`(W)e`, `(T)hey`) is the quoted word: it names nobody (act30b:
    `W)e` was a person on a 2008 web page)."""
    if ")" in st.ctx.text:
        for m in _EDITED.finditer(st.ctx.text):
            st.nameless.add(m.start(), m.end())


_EDITION = re.compile(r"(?:[A-Z][\w'&-]* )+(?P<word>[A-Z][a-z]+) (?:19|20)\d\d\b")


def _editions(st: ActorState) -> None:
    """Capitalised words ending in a word of an event of the calendar (actor_words.tsv `edition`: `Festival`, `Awards`,
    `Championships`) and a year (`Glastonbury Festival 2008`, `the Brit Awards 2009`): one year's event, no actor."""
    words, text = lex.words("edition"), st.ctx.text
    if not any(w.capitalize() + " " in text for w in words):
        return                                    # (a match needs a word of the class capitalised before a space:
    #                                               most texts have none and are not searched; speed32b)
    for m in _EDITION.finditer(text):
        if m.group("word").lower() in words:
            st.nameless.add(m.start(), m.end())


def capital_runs(doc, least: int = 3) -> list[list[int]]:
    """The indices of the words of each run of `least` or more words in capitals of two letters or more (`TWO DEAD, 16
    INJURED`): marks, spaces, numbers and capitals with a mark (`U.S.`) go on a run without joining it, any other word
    ends it. Found over the doc's columns as arrays (the same runs as a walk over the words, without a Python step a
    word)."""
    if not len(doc):
        return []
    alpha, upper = column_array(doc, "IS_ALPHA") != 0, column_array(doc, "IS_UPPER") != 0
    joins = alpha & upper & (column_array(doc, "LENGTH") > 1)
    passes = ~joins & ((column_array(doc, "IS_PUNCT") != 0) | (column_array(doc, "IS_SPACE") != 0) |
                       (column_array(doc, "LIKE_NUM") != 0) | (upper & ~alpha))
    kept = np.flatnonzero(~passes)                # the words that join a run or end it, in order
    edges = np.diff(np.concatenate(([0], joins[kept].astype(np.int8), [0])))
    return [kept[a:b].tolist() for a, b in zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist())
            if b - a >= least]


_HONOUR_PERIODS = ("Year", "Week", "Month", "Season", "Decade", "Game", "Match")


def _honour_title_start(st: ActorState, k: int) -> int:
    """The first token of an honour's title whose capitalised head word is token k (`Person` of `Time's Person of the
    Year`): back over capitalised words, numbers, hyphens and a possessive inside the title (`named the U.S. Bank
    Harlow-8 League Women's Hockey Player of the Month`, act34e), but never into a lexicon organisation or
    person (`Time's`: the magazine stays an actor)."""
    toks = st.toks
    while k > 0 and not toks[k].is_sent_start:
        p = toks[k - 1]
        if not (p.text[:1].isupper() or p.like_num or p.text in ("-", "'s", "’s") and k >= 2 and
                toks[k - 2].text[:1].isupper() and hit_at(st, k - 2) is None) or hit_at(st, k - 1) is not None:
            break
        k -= 1
    return k


def nameless_spans(st: ActorState) -> None:
    """`st.nameless`: spans where no actor is named, though the tagger or the lexicon may find a name there.
    - A run of three or more words in capitals (a newsletter's headlines, `TWO DEAD, 16 INJURED`): its words name
      an actor only as a name the article also writes outside such runs, or as a lexicon name (_named_in_capitals);
      other names the tagger finds there (`EDGAR ALLEN POE WAS ONTO SOMETHING`) name nobody.
    - Capitalised words before a lower-case noun of an honour (actor_words.tsv `honour`: `the Merriman Smith
      award`), and `Person` of `Time's Person of the Year`: the honour's name, not its namesake.
    - A name right after a noun of a work or an operation, or in apposition with one (actor_words.tsv `work_noun`:
      `his book Going Home to Glory`, `operations Desert Shield and Desert Storm`), or right after a capitalised word
      that opens a thing's name (`name_opener`: `Operation Desert Fox`).
    - Capitalised words that end in a word of an idea (actor_words.tsv `idea_last`) and hold no lexicon organisation
      or person and no function word (`from Radical Islamic Terrorism`; not `the Movement Toward Socialism`): the name of an idea (not of a place or office: `mayor of
      Miami-Dade County` stays a description).
    - A whole name of non_actors.tsv of two words or more (`Good Morning America`, `Purple Heart`) that does not begin
      with a lexicon organisation or person (`Fox News Sunday` keeps its outlet) and is not part of a longer name or a
      description (`The Wall Street Journal`, `Wall Street banks`).
    - A capitalised name with a lower-case joining word or a hyphen, right before a lower-case noun of a programme, law or
      other thing (non_actors.tsv `last`: `the Deferred Action for Parents of Citizens and Lawful Permanent
      Residents program`): a thing's name, not its words' actors.
    - A web page's masthead after its headline (`_masthead`: `... - Live5News.com | Charleston, SC | News`)."""
    doc, text = st.doc, st.ctx.text
    toks = st.toks
    runs = [[toks[i] for i in run] for run in capital_runs(doc)]   # (off the doc's columns: no Token read)
    if runs:
        inside = {t.i for r in runs for t in r}
        plain = [w for i, w in enumerate(strings(doc, "ORTH")) if i not in inside and w[:1].isupper()]   # (the column)
        plain_text = " ".join(plain)
        for r in runs:
            named, keep = set(), set()
            for t in r:
                h = st.hits.get(t.i)
                if h is None:
                    continue
                named.update(range(t.i, h[2]))
                if _named_in_capitals(h[0], span_of(doc, t.i, h[2]), plain, plain_text):
                    keep.update(range(t.i, h[2]))
            for ent in entities(doc):
                if ent.start in inside or ent.end - 1 in inside:
                    named.update(range(ent.start, ent.end))
                    joined = " ".join(w.text.title() for w in ent)
                    if joined in plain if len(ent) == 1 else joined in plain_text:
                        keep.update(range(ent.start, ent.end))
            for t in r:                           # (a common noun there may still head a description:
                if t.i in named and t.i not in keep:   # `AFGHAN WOMEN`, `POLICE`)
                    st.nameless.add(t.idx, t.idx + len(t))
    honour, lems, year = lex.words("honour"), lowered(doc), ids_of(*_HONOUR_PERIODS)
    marked = sorted(set(where(doc, "ORTH", year)).union(itertools.compress(range(len(lems)), map(honour.__contains__,
                                                                                                 lems))))
    for t in (st.toks[i] for i in marked):       # (the words found at C speed, not by a Python step a word)
        # `the Merriman Smith award`, `Time's Person of the Year` (only those words made Tokens of):
        if t.is_lower and t.lemma_.lower() in honour and t.i > 0 and \
                toks[t.i - 1].text[:1].isupper() and toks[t.i - 1].dep_ == "compound":
            k = t.i - 1                           # the name of an honour, not its namesake
            while k > 0 and toks[k - 1].text[:1].isupper() and toks[k - 1].is_alpha:
                k -= 1
            st.nameless.add(toks[k].idx, t.idx)
        elif t.text in _HONOUR_PERIODS and t.i >= 3 and toks[t.i - 1].lower_ == "the" and \
                toks[t.i - 2].lower_ == "of" and toks[t.i - 3].text[:1].isupper():
            st.nameless.add(toks[_honour_title_start(st, t.i - 3)].idx, t.idx + len(t))
    work = lex.words("work_noun")
    unreal = set()                                # the names of works and characters found below
    portrayed = lemma_in(doc, lex.words("portrayal"))   # (`_character` needs such a word: not asked without one)
    plotted = lemma_in(doc, lex.words("plot_verb")) and lemma_in(doc, lex.words("plot_teller"))   # (`_plotted` too)
    fiction = lemma_in(doc, work) or portrayed or plotted    # (each test below needs such a word)
    for ent in entities(doc) if fiction else ():  # `operations Desert Shield and Desert Storm`, `his book Going
        first = ent.root                          # Home to Glory`: a work or an operation, not an actor
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        before = toks[ent.start - 1] if ent.start > 0 else None
        under = first.head if first.dep_ in ("appos", "compound", "nmod") and (
            first.left_edge.i == first.head.i + 1 or      # (right after it: not `this week's episode, editor ...
            first.dep_ == "appos" and first.left_edge.i == ent.start == first.head.i + 2 and   # Susan Glasser`;
            toks[first.head.i + 1].text == ",") else None  # `his ABC series, Last Man Standing`)
        if under is None and before is not None and before.text == "," and ent.start >= 2 and (
                ent.end == len(doc) or toks[ent.end].text in (",", ".", ";")):
            under = toks[ent.start - 2]            # `his new NBC series, Long Way Home,` (however it is parsed)
        if under is None and first.dep_ == "pobj" and first.head.lower_ == "as" and \
                first.head.head.tag_ == "NNS" and any(c.lower_ == "such" for c in children(first.head.head)):
            under = first.head.head               # `such films as Harlow Nights, Dune and Iron Man`
        if (before is not None and lems[before.i] in work and before.is_lower or
                under is not None and lems[under.i] in work and under.is_lower or
                before is not None and before.is_title and before.lower_ in lex.words("name_opener")) and \
                not any(st.hits.get(i, ("",))[0] in ("PER", "ORG") for i in range(ent.start, ent.end)):
            st.nameless.add(ent.start_char, ent.end_char)
            unreal.add(ent.text)
        elif portrayed and _character(ent, first) and not any(st.hits.get(i, ("",))[0] in ("PER", "ORG")
                                                 for i in range(ent.start, ent.end)):
            st.nameless.add(ent.start_char, ent.end_char)
            unreal.add(ent.text)
        elif plotted and _plotted(ent, first) is not None and not any(st.hits.get(i, ("",))[0] in ("PER", "ORG")
                                                                   for i in range(ent.start, ent.end)):
            told = _plotted(ent, first)           # the whole object: the character's title, apposition and clause
            st.nameless.add(told.left_edge.idx, told.right_edge.idx + len(told.right_edge))
            unreal.add(ent.text)
    for start, end in _work_titles(st):          # `his book Clinton Cash: The Untold Story`, `an article
        st.nameless.add(start, end)               # headlined Why Republicans Hate Trump`: a title, not its words'
        unreal.add(text[start:end])               # actors (also where the article repeats it)
    for name in unreal:                           # the same name elsewhere is the same work or character
        if len(name.split()) > 1:
            for m in _whole(name, text):
                st.nameless.add(m.start(), m.end())
    for m in lex.non_actor_names_in(text):       # (pattern.finditer's matches, searched by their first letters)
        span = char_span(doc, m.start(), m.end(), alignment_mode="expand")
        if span is None or st.hits.get(span.start, ("",))[0] in ("ORG", "PER") or span.root.dep_ in ("compound", "nmod") \
                or any(t.ent_iob_ == "I" for t in span[:1]) or \
                span.end < len(doc) and toks[span.end].ent_iob_ == "I":
            continue                              # `Fox News Sunday` begins with its outlet; `Wall Street banks`,
            #                                       `The Wall Street Journal`: part of a longer name or description
        st.nameless.add(m.start(), m.end())       # `Good Morning America`: a programme, not the state
    last, ideas = lex.non_actor_last_words(), lex.words("idea_last")
    for t in having(st.toks, LOWER=lexicon_ids(ideas)):     # `from Radical Islamic Terrorism`: an idea's capitalised name
        if t.is_title and t.lower_ in ideas and t.i > 0 and not t.is_sent_start and toks[t.i - 1].is_title and \
                not (t.i + 1 < len(doc) and toks[t.i + 1].text[:1].isupper()) and \
                t.dep_ not in ("compound", "nmod", "amod"):   # (not `a Nobel Peace Prize winner`: a description)
            k = _capitalised_from(toks, t.i - 1)
            if not any(st.hits.get(i, ("",))[0] in ("ORG", "PER") or toks[i].ent_type_ == "PERSON" or toks[i].is_stop
                       for i in range(k, t.i)):   # (a function word makes it a body's name: `Movement Toward Socialism`)
                st.nameless.add(toks[k].idx, t.idx + len(t))
    for t in having(st.toks, LOWER=lexicon_ids(last)):
        if t.pos_ != "NOUN" or not t.is_lower or t.lower_ not in last or t.i == 0 or not toks[t.i - 1].text[:1].isupper():
            continue
        k, joined = t.i - 1, False
        while k >= 0 and (toks[k].text[:1].isupper() and toks[k].is_alpha or
                          toks[k].lower_ in _JOINING and k > 0 and toks[k - 1].text[:1].isupper()):
            #                                       (`the Dodd-Frank law`: a hyphen joins two names too)
            joined = joined or toks[k].lower_ in _JOINING
            k -= 1
        if joined and t.i - 1 - k >= 3:
            st.nameless.add(toks[k + 1].idx, t.idx)
    for m in matches_at(_address(), _DIGIT, text):   # `the 2400 block of Jay Lane`, `at 197 N. Cedar St.`: a street
        g = 1 if m.group(1) else 2
        span = char_span(doc, m.start(g), m.end(g), alignment_mode="expand")
        if span is not None and not any(st.hits.get(i, ("",))[0] == "ORG" for i in range(span.start, span.end)):
            st.nameless.add(m.start(g), m.end(g))     # (not `10 Downing Street said`: the government)
    _streets_before_homes(st)                    # `his Lasinger Lane apartment`: a street (act34e)
    _located_places(st)                          # `in Holm Way`, `at Clubview Elementary`: where, no actor (act34h)
    _street_courts(st)                           # `drove to Elm Court`: a street, no court of law (act54b)
    _street_lists(st)                            # `Birch Street, Kellen Court and Fox Run`: streets (act36c)
    _townships(st)                               # `shot in Clinton Twp.`: a township, where (act37c)
    money = lex.words("money_last")
    for t in having(st.toks, LOWER=lexicon_ids(money)):   # `the Edward Byrne Justice Assistance Grants`: money
        if t.lower_ in money and t.is_title and t.i > 0 and toks[t.i - 1].is_title and \
                not (t.i + 1 < len(doc) and toks[t.i + 1].is_title):
            k = _capitalised_from(toks, t.i - 1)
            if t.lower_.endswith("s") or t.i - k >= 2 and t.ent_type_ != "PERSON":   # (`Paul Grant`: a surname)
                st.nameless.add(toks[k].idx, t.idx + len(t))
    _money_pots(st)                              # `the Highway Trust Fund`, `the Reserve Fund`: money (act28b)
    _citations(st)                               # `Micah 6:8`, `in 480 B.C.`: a book, an era (act53a)
    _illnesses(st)                               # `Equine Influenza`, `Bird Flu`: an illness (act29c)
    _line_datelines(st)                          # `LEBANON (AP) —`, `MUMBAI:` opening a line: a place (act29c)
    for m in _EPONYM_ILLNESS.finditer(text) if ("'" in text or "’" in text) and \
            any(w in text for w in _ILLNESS_TAILS) else ():
        st.nameless.add(m.start(), m.end())       # `Lou Gehrig's disease`: an illness, no person (act28b)
    for m in _BILL_NUMBER.finditer(text) if "Bill" in text or "Resolution" in text else ():
        st.nameless.add(m.start(), m.end())       # `House Bill 2`: a bill, not the chamber (act28b)
    towns = set()
    for m in matches_at(RESIDENCE, _AGE, text, 2):   # `Joyce Glover, 22, Palestine,`: where a person lives
        if _residence(st, m.start(1), m.end(1)):
            st.nameless.add(m.start(1), m.end(1))
            towns.add(m.group(1).strip())
    _cars(st)
    for start, end in _masthead(st):             # `... shooting - Live5News.com | Charleston, SC | News, Weather,
        st.nameless.add(start, end)               # Sports`: the site's name, town and sections after the headline
    for m in _SITE_SECTIONS.finditer(text) if "Weather" in text else ():
        st.nameless.add(m.start(), m.end())       # `wave3.com-Louisville News, Weather & Sports`: a station site's
        #                                           sections in its page title, no outlet (the call sign is found apart)
    for m in matches_at(_ROUTE, _ROUTE_AT, text):   # `on U.S. 79`, `US Highway 59`: a road, not the state
        st.nameless.add(m.start(1), m.end(1))
    for m in _PRECINCT.finditer(text) if "Pct" in text or "Precinct" in text else ():
        if m.group(2).lower().rstrip(".") in lex.title_words():
            st.nameless.add(m.start(1), m.end(1))     # `Harlow County Pct. 2 Justice of the Peace ...`: the area of
            #                                           an official's post, no actor (act36c)
    for m in matches_at(TOWNSPERSON, _AGED, text):   # `a 36-year-old Palestine man`: where he lives (a country's
        towns.add(m.group(1))                     # people are said with its demonym)
    _towns_named_like_countries(st, towns, _address_towns(st))
    _towns_written_with_their_state(st)
    _us_states_named_like_countries(st)
    _capitals_named_like_us_towns(st)
    for start, end in _carried_to(st):           # `victims were taken to Shock Trauma`: a place
        st.nameless.add(start, end)
    for m in _MARKUP.finditer(text) if "{" in text or "}" in text else ():   # `.facebook-bio { font-family:
        st.nameless.add(m.start(), m.end())       # Helvetica; }`: style sheet code left in the text, no prose (a
        #                                           line of it holds a brace: a text with none is not searched)
    for short in _thing_acronyms(st, last):      # `the Deferred Action ... program, or DAPA`: the programme's
        for m in _whole(short, text):   # short name, wherever it stands
            st.nameless.add(m.start(), m.end())
    language_subjects(st)                        # `Eighth-grade French students`: the subject taught (act25b)
    social_parties(st)                           # `a house party`: a gathering, no political party (act25, act25b)
    prison_names(st)                             # `Sussex Correctional Institution`: a place (act25b)
    page_labels(st)                              # `UPDATE: Police say ...`: a page's label (act25, act25b)
    slashed_names(st)                            # `Health/Life/Safety funds`: a budget line (act26c)
    breeds(st)                                   # `a Jack Russell terrier`: a breed, no person (act26a)
    owners_shops(st)                             # `the lot of David’s Grocery`: a shop, not David (act26a)


def _whole(name: str, text: str, edge: str = r"\w"):
    """`re.finditer(r"(?<!EDGE)" + re.escape(name) + r"(?!EDGE)", text)`: the name wherever no `edge` character (a
    word's, by default) stands right before or after it. The same matches, tried only where the name's letters are
    (`spans.matches_at`): the look-behind first made `re` try the pattern at every character of the text, once a name."""
    return matches_at(re.compile(r"(?<!" + edge + ")" + re.escape(name) + r"(?!" + edge + ")"),
                      re.compile(re.escape(name)), text)


_DIGIT = re.compile(r"\d")          # where every match of `_address` starts (`spans.matches_at`)


def _streets_before_homes(st: ActorState) -> None:
    """A street's name as the modifier of a home (`his Lasinger Lane apartment`, `the family's Orchard Road home`:
    actor_words.tsv `street_home` after a capitalised `street_word`): a place, not an actor (act34e), unless a lexicon
    organisation holds it."""
    homes, streets = lex.words("street_home"), lex.words("street_word")
    toks = st.toks
    for t in having(toks, LOWER=lexicon_ids(homes)):
        if t.lower_ not in homes or t.i < 2:
            continue
        street = toks[t.i - 1]
        if not (street.is_title and street.lower_ in streets and toks[t.i - 2].is_title):
            continue
        k = _capitalised_from(toks, t.i - 2, floor=t.i - 4, alpha=False)
        if not any(st.hits.get(i, ("",))[0] == "ORG" for i in range(k, t.i)):
            st.nameless.add(toks[k].idx, street.idx + len(street))


@functools.lru_cache(maxsize=1)
def _place_heads() -> frozenset:
    """The last words of a street's, a piece of land's or a school's name (`place_head` and `school_head`), one set
    made once: `lexicon_ids` keeps the ids of a set that lives as long as the process (a union made at each article
    would be a new set each time, its ids worked out again and kept again)."""
    return frozenset(lex.words("place_head") | lex.words("school_head"))


def _located_places(st: ActorState) -> None:
    """A capitalised name whose last word is a street's or a piece of land's (actor_words.tsv `place_head`: `Holm
    Way`, `Lasker Drive`) written only where something happens or lies - right after a `place_prep`
    (`in Holm Way`, `on the Kelley Lane`), or joined by `and`/`or` to such a preposition's object (`near Orange
    Center Boulevard and Goldwyn Avenue`) - is a place, no actor (act34h). A school's name (`school_head`: `Clubview
    Elementary`) likewise, only after a verb's place_prep other than `on` (`met at Lakeview High School`; not `a
    student at ...`, where one belongs, nor `cast a pall on ...`). A name the text also writes elsewhere (`Clubview
    Elementary announced ...`: it acts) or that a lexicon organisation or person holds is kept; a mention already in
    no-name spans (an address's street) counts as a place. A piece of land named by its last two words (`public_land`:
    `the Angelina National Forest`) is a place wherever it stands."""
    streets, schools, preps = lex.words("place_head"), lex.words("school_head"), lex.words("place_prep")
    land = lex.words("public_land")
    toks, text = st.toks, doc_text(st.doc)          # (the kept text: `doc.text` joins a Token per word)
    names: dict[str, list[tuple[int, int, bool]]] = {}
    for t in having(toks, LOWER=lexicon_ids(_place_heads())):
        if t.lower_ not in streets and t.lower_ not in schools or not t.is_title or t.i < 1 or \
                t.i + 1 < len(toks) and toks[t.i + 1].is_title:
            continue                                  # (`Lincoln Elementary School`: its last word decides)
        k = _capitalised_from(toks, t.i, floor=t.i - 5, alpha=False)
        if k == t.i or any(st.hits.get(i, ("",))[0] in ("ORG", "PER") for i in range(k, t.i + 1)):
            continue
        before = k - 1
        if before >= 0 and (toks[before].lower_ in ("the", "a", "an") or toks[before].tag_ == "PRP$"):
            before -= 1
        root = t
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        prep = toks[before] if before >= 0 and toks[before].lower_ in preps else \
            root.head if root.dep_ == "pobj" and root.head.lower_ in preps and root.head.i < k else None
        located = prep is not None and (t.lower_ in streets or prep.lower_ != "on" and prep.head.pos_ in ("VERB", "AUX")) \
            or f"{toks[t.i - 1].lower_} {t.lower_}" in land       # (`the Angelina National Forest`: wherever it stands)
        names.setdefault(text[toks[k].idx:t.idx + len(t)], []).append((toks[k].idx, t.idx + len(t), located))
    for name, seen in names.items():
        spots = {s: located for s, _, located in seen}
        if not any(spots.values()):
            continue
        mentions = [(m.start(), m.end()) for m in _whole(name, text)]
        if all(spots.get(s) or any(a <= s and e <= b for a, b, _ in st.nameless.around(s, e)) for s, e in mentions):
            for s, e in mentions:
                st.nameless.add(s, e)


def _street_courts(st: ActorState) -> None:
    """A capitalised name of one or two words and `Court` (`Elm Court`, `Maple Lake Court`) written only right after a
    preposition of a street (actor_words.tsv `street_court_prep`: `on Elm Court`, `drove to Elm Court`), no word of
    it a court's (`national_court_word`, `court_kind_word`: `Superior`, `Probate`) nor a place the gazetteer knows
    (`Harlow Court`), no lexicon name in it: a street, no court of law, there and wherever the text writes it (act54b;
    an unlabelled shooting report's `a dead end road` made a JUD actor). Not `in`/`at` (`appeared in Elm Court`
    could be a court's room), nor a name the text also writes elsewhere."""
    text = st.ctx.text
    if "Court" not in text:
        return
    toks = st.toks
    preps = lex.words("street_court_prep")
    kinds = lex.words("national_court_word") | lex.words("court_kind_word")
    names: dict[str, list[bool]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for t in toks:
        if t.text != "Court" or t.i < 1 or t.i + 1 < len(toks) and toks[t.i + 1].is_title:
            continue
        k = _capitalised_from(toks, t.i, floor=t.i - 2)
        if k == t.i or any(toks[i].lower_ in kinds or lex.place_country(toks[i].text) or i in st.hits
                           for i in range(k, t.i)):
            continue
        if lex.place_country(span_text(st.doc, k, t.i)):
            continue
        name = text[toks[k].idx:t.idx + len(t)]
        located = k >= 1 and toks[k - 1].lower_ in preps
        names.setdefault(name, []).append(located)
        spans.setdefault(name, []).append((toks[k].idx, t.idx + len(t)))
    for name, seen in names.items():
        if seen and all(seen) and len(list(_whole(name, text))) == len(seen):
            for s, e in spans[name]:
                st.nameless.add(s, e)


def _townships(st: ActorState) -> None:
    """A capitalised name ending in a township's word (actor_words.tsv `township_word`: `Hamilton Township`, `Clinton
    Twp.`) that no body's word follows (`Clinton Township police`, `Clinton Twp. Police`, `Hamilton Township
    trustees` are bodies: a capitalised word, or a lower-case word of a body or a title, follows) is a place, no actor
    (act37c: `Man charged in shooting of boy in Clinton Twp.` made a person of it). A name holding a lexicon
    organisation, or a verb's subject (`township_acts`), is kept."""
    words = lex.words("township_word")
    toks = st.toks
    for t in having(toks, LOWER=lexicon_ids(words)):
        if t.lower_ not in words or not t.is_title or t.i < 1 or not toks[t.i - 1].is_title:
            continue
        j = t.i + 1
        if j < len(toks) and toks[j].text == "." and not t.whitespace_:
            j += 1                                # (`Twp.`: the abbreviation's stop)
        nxt = toks[j] if j < len(toks) else None
        if nxt is not None and (nxt.is_title and not nxt.is_sent_start or nxt.is_lower and _body_word(nxt)):
            continue
        k = t.i
        while k > max(t.i - 4, 0) and toks[k - 1].is_title and toks[k - 1].is_alpha and not toks[k].is_sent_start:
            k -= 1                                # (the name may open a line: `Clinton Township — A man ...`)
        if k < t.i and not any(st.hits.get(i, ("",))[0] == "ORG" for i in range(k, t.i + 1)) and \
                not township_acts(toks, k, t.i + 1):
            st.nameless.add(toks[k].idx, t.idx + len(t))


def township_acts(toks, s: int, e: int) -> bool:
    """True for a township's name over tokens [s, e) that is a verb's subject (`Tewksbury Twp. introduces special
    events ordinance`): its government acts, an actor."""
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in toks[s:e])


def _body_word(tok) -> bool:
    """True for a lower-case word of a local body or an office (actor_words.tsv `town_agency`, orgwords.tsv, a title
    of titles.tsv): `police`, `committee`, `trustees`, `clerk`."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    return low in lex.words("town_agency") or low in lex.org_words() or lemma in lex.org_words() or \
        lemma in lex.titles() or low in lex.titles()


@functools.lru_cache(maxsize=1)
def _street_plurals() -> frozenset:
    """The plurals of the street words of `place_head` (`avenues`, `streets`), made once."""
    return frozenset(w + "s" for w in lex.words("place_head"))


def _conjuncts(tok) -> list:
    """The tokens joined to `tok` by `conj` (its own and theirs, down the chain)."""
    out = []
    for c in children(tok):
        if c.dep_ == "conj":
            out.append(c)
            out.extend(_conjuncts(c))
    return out


def _street_lists(st: ActorState) -> None:
    """Names listed with streets are streets (act36c): in a list of capitalised names joined by `and`, `or` or commas
    of which two or more end in a street's word (actor_words.tsv `place_head`: `between Alder Lane and Tudor Drive`), or
    one does in a word that is no surname (not `surname_street`: `Lane`, `Street`, `Way`; `Acorn Drive, Kellen Court
    and Fox Run`), every name is a street's, whatever its last word (`Court`,
    `Run`); and capitalised names joined by `and` before a street word's plural (`at Penn and Lowry avenues`) are
    streets. A name a lexicon organisation or person holds is kept (`Nathan Lane and Main Street`: two items only when
    neither is a person's name the lexicon knows)."""
    toks = st.toks
    streets = lex.words("place_head")
    done = set()
    for t in having(toks, LOWER=lexicon_ids(streets)):
        if not t.is_title or t.i + 1 < len(toks) and toks[t.i + 1].is_title:
            continue
        root = t
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        if root.i in done:
            continue
        done.add(root.i)
        items = [x for x in [root] + _conjuncts(root) if x.is_title and x.pos_ == "PROPN"]
        if len(items) < 2 or sum(x.lower_ in streets for x in items) < 2 and not any(
                x.lower_ in streets and x.lower_ not in lex.words("surname_street") for x in items):
            continue                              # (`Nathan Lane and Meryl Streep`: Lane may be a surname)
        for x in items:
            k = _capitalised_from(toks, x.i, floor=x.i - 4, alpha=False)
            if not any(st.hits.get(i, ("",))[0] in ("ORG", "PER") for i in range(k, x.i + 1)):
                st.nameless.add(toks[k].idx, x.idx + len(x))
    for t in having(toks, LOWER=lexicon_ids(_street_plurals())):
        if not t.is_lower or t.i < 3 or not toks[t.i - 1].is_title:
            continue
        k, joined = t.i - 1, False
        while k > 0 and (toks[k - 1].is_title or toks[k - 1].lower_ in ("and", "&")) and not toks[k].is_sent_start:
            joined = joined or toks[k - 1].lower_ in ("and", "&")
            k -= 1
        if joined and toks[k].is_title and not any(st.hits.get(i, ("",))[0] in ("ORG", "PER") for i in range(k, t.i)):
            st.nameless.add(toks[k].idx, toks[t.i - 1].idx + len(toks[t.i - 1]))


@functools.lru_cache(maxsize=1)
def _address() -> re.Pattern:
    """A street in an address: capitalised words after a number and `block of` (not `a block of Republican
    senators`), or after a house number and ending in a street word (actor_words.tsv `street_word`: `197 N. Cedar
    St.`, `6016 Dublin Road`; not after a year, nor a score: `a 5-4 High Court ruling`)."""
    words = sorted(lex.words("street_word"), key=len, reverse=True)
    street = "|".join(re.escape(w.capitalize()) + ("" if w.endswith(".") else r"\b") for w in words)
    name = r"(?:[NSEW]\. )?(?:[A-Z][\w'’-]*\s){1,3}"
    return re.compile(r"\b\d{1,5} block of ((?:[NSEW]\. )?(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*)"
                      r"|(?<![\w.,/–-])(?!19\d\d |20\d\d )\d{1,5} (" + name + "(?:" + street + "))")


_ACTING = frozenset(("GOV", "LEG", "JUD", "COP", "MIL", "PTY", "REB", "LAB"))   # sectors of an org word (orgwords.tsv)
#   that name a body acting in the story, not a place one is carried to (`... Council`, `... Tribunal`)


def _name_root(span):
    """The head noun of a name the tagger ran on past it over a preposition (`Sacred Heart Medical Center at
    Riverbend`: `Center`, where spaCy's root is `at`, a word outside the name's own phrase), else the span's root."""
    root = span.root
    if root.pos_ == "ADP" and root.i > span.start and root.i - 1 >= span.start:
        before = tokens(span.doc)[root.i - 1]
        outside = [t for t in span if t.i < root.i and not span.start <= t.head.i < span.end]
        return outside[0] if outside and outside[0].pos_ in ("PROPN", "NOUN") else before
    return root


def _carried_to(st: ActorState):
    """(start, end) of each name that is where someone is carried (`victims were taken to Shock Trauma`, `She was
    taken to Harlow General Hospital`, `transported to Sacred Heart Medical Center at Riverbend`, `sent to Sussex
    Correctional Institution`): the object of `to` after a verb of actor_words.tsv `carried_to` or `motion` - a tagged
    entity, or a proper name the tagger left out or
    called a person (its compound and possessive words with it) - unless a lexicon organisation, person or
    country is in it or an organisation word of a body that acts (`power was transferred to the Transitional
    Sovereign Council`, `taken to the Khartoum Special Tribunal`)."""
    doc = st.doc
    carried, org_words = lex.words("carried_to") | lex.words("motion"), lex.org_words()
    lems, pos, head = lowered(doc), strings(doc, "POS"), heads(doc)
    tos = [k for k in where(doc, "LOWER", ids_of("to")) if lems[head[k]] in carried and pos[head[k]] == "VERB"]
    if not tos:
        return                                    # (no `to` after such a verb: `place` holds for no word)
    below = child_indices(doc)                    # the words `place` may hold for: a child of such a `to` (an entity
    objects = sorted(c for k in tos for c in below[k])   # holding none is passed over without its root: speed34b)

    def place(root) -> bool:
        return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in carried and \
            root.head.head.pos_ == "VERB"

    def recipient(root, s: int, e: int, label: str = "") -> bool:
        """After a verb of motion alone (`went to`, `sent to`; not one of carrying someone), a person or a company
        or news outlet is who gets a thing (`the award went to Jane Dorsey`, `a letter sent to Velmora
        Industries`), no place."""
        return root.head.head.lemma_.lower() not in lex.words("carried_to") and \
            (label in PERSON_LABELS or any(org_words.get(tokens(doc)[i].lower_) in ("BUS", "MED") for i in range(s, e)))

    def free(s: int, e: int) -> bool:
        return not any(st.hits.get(i, ("",))[0] in ("ORG", "PER", "CTRY") for i in range(s, e)) and \
            not any(org_words.get(tokens(doc)[i].lower_) in _ACTING for i in range(s, e))

    for ent in entities(doc):
        if any_in(objects, ent.start, ent.end) and place(_name_root(ent)) and free(ent.start, ent.end) and \
                not recipient(_name_root(ent), ent.start, ent.end, ent.label_):
            yield ent.start_char, ent.end_char
        elif ent.label_ in ("ORG", "FAC") and (tokens(doc)[ent.end - 1].tag_ == "POS" or ent.end < len(doc) and
                                              tokens(doc)[ent.end].tag_ == "POS") and _name_root(ent).dep_ == "poss" and \
                _name_root(ent).head.pos_ == "NOUN" and place(_name_root(ent).head) and free(ent.start, ent.end):
            yield ent.start_char, ent.end_char    # `taken to University Medical Center's trauma unit`: the owner of
            #                                       the ward one is carried to is a place too (act36f)
    deps = strings(doc, "DEP")
    for k in (i for i in objects if deps[i] == "pobj"):   # (`place` holds for none of the other words)
        root = tokens(doc)[k]
        if root.pos_ != "PROPN" or root.ent_type_ or not place(root) or \
                org_words.get(root.lower_) is None and root.lemma_.lower() not in lex.words("facility"):
            continue                              # (a place's own word ends the name: `Medical Center`, `Hospital`)
        start = root.left_edge.i
        while start < root.i and tokens(doc)[start].pos_ in ("DET", "PUNCT"):
            start += 1
        if all(tokens(doc)[i].pos_ in ("PROPN", "PART") or tokens(doc)[i].tag_ == "POS" for i in range(start, root.i)) and \
                free(start, root.i + 1) and not recipient(root, start, root.i + 1):
            yield tokens(doc)[start].idx, root.idx + len(root)


RESIDENCE = re.compile(r"(?<=[A-Za-z.’'], )\d{1,3}, (?:of )?((?:[A-Z][\w'’.-]*[ \t]?){1,4}?)(?=, (?:[A-Z][a-z]{1,4}\.,? )?|[.;]|"
                       r" (?:was|is|were|are|has|had|pleaded|died|faces?|remains?)\b)")
_AGE = re.compile(r", \d")          # two characters before every match of RESIDENCE (`spans.matches_at`)
_NEXT_AGE = re.compile(r", \d{1,3}(?:,|\)| and\b)")   # `, 19,` after a name: its age
#   `NAME, AGE, PLACE,` / `NAME, AGE, of PLACE was ...`: the place where the person lives (group 1), as police
#   blotters and indictment lists give it; `_residence` keeps out titles and lexicon names (`Smith, 45, Democrat`)


def _cars(st: ActorState) -> None:
    """A car maker's name with a model after it, after a determiner or a possessive (over adjectives, a year and
    `model`: `an "older model" Ford Explorer`, `his 1996 Chevy Tahoe`) or before a noun of a kind of car (`Ford
    Explorer SUV`): the car, no actor, here and wherever the article names make and model again (`abandoned the
    Ford Explorer`); a lone make after `a`, `an` or a possessive (`a Honda`) too. actor_words.tsv `car_make`,
    `car_body`."""
    cars, bodies, toks = lex.words("car_make"), lex.words("car_body"), st.toks
    makes = cars | lex.words("maker")
    org_words, names = lex.org_words(), set()
    for t in having(toks, LOWER=lexicon_ids(makes)):
        if not t.is_title and not t.is_upper or t.lower_ not in makes:
            continue
        h = st.hits.get(t.i)
        if h is not None and h[2] > t.i + 1:
            continue                              # `Ford Motor Co.`: the company
        e = t.i + 1
        while e < len(toks) and e - t.i <= 2 and (toks[e].is_title or toks[e].is_upper or
                                                  any(c.isdigit() for c in toks[e].text)) and \
                toks[e].lower_ not in org_words and toks[e].ent_type_ not in ("GPE", "DATE"):
            e += 1
        k = t.i - 1
        while k >= 0 and (toks[k].is_punct or toks[k].pos_ in ("ADJ", "NUM") or toks[k].lower_ == "model" or
                          toks[k].is_lower and toks[k].dep_ in ("amod", "compound", "nmod")):   # (`a silver Chevy`)
            k -= 1
        owner = k >= 0 and (toks[k].tag_ == "PRP$" or toks[k].lower_ in ("a", "an") or
                            toks[k].tag_ == "POS" and e == t.i + 1 and _model_year(toks[t.i - 1]))
        #     (`police searched Reyes's 2004 BMW`: a model year between a possessive and a lone make, act29c)
        det = owner or k >= 0 and (toks[k].tag_ == "DT" or toks[k].tag_ == "POS" and not _speaks(toks[e - 1])) and \
            e > t.i + 1
        #     (`stopped Chesnut's Ford Mustang`: a noun's possessive with make and model, act26a; not `the nation's
        #     Chevy Chase said`: a name that speaks is someone's, rev26a)
        if not (det or e < len(toks) and e > t.i + 1 and toks[e].lower_ in bodies):
            continue
        if t.lower_ not in cars and not any(any(ch.isdigit() for ch in m.text) or m.lower_ == "model"
                                            for m in toks[t.i + 1:e]) and not (t.i > 0 and _model_year(toks[t.i - 1])):
            continue                              # `an Airbus spokesman`, `the Tesla CEO Elon Musk`: the company
        if t.lower_ not in cars and e < len(toks) and toks[e].is_lower and \
                toks[e].lemma_.lower() in lex.words("maker_own"):
            continue                              # `a Huawei 5G unit`, `an Apple 10-K filing`: the company's (rev28c)
        st.nameless.add(t.idx, toks[e - 1].idx + len(toks[e - 1]))
        if e > t.i + 1:
            names.add(span_text(st.doc, t.i, e))
    for name in names:
        for m in _whole(name, st.ctx.text, r"[\w-]"):
            st.nameless.add(m.start(), m.end())
        model = name.split()[-1]
        if len(name.split()) == 2 and model.isalpha() and model[:1].isupper() and not model.isupper() and \
                lex.place_country(model) is None and model not in lex.organisation_forms():
            for m in re.finditer(rf"\b(?:[Tt]he|[Tt]hat|[Tt]his) ({re.escape(model)})(?![\w-])", st.ctx.text):
                st.nameless.add(m.start(1), m.end(1))   # `a black Chevrolet Impala ... The Impala then sped off`:
                #                                         the car named again by its model alone, after `the` (act54b)


def _model_year(tok) -> bool:
    """True for a car's model year before its make (`2004`, `'04`)."""
    return tok.text.isdigit() and len(tok.text) == 4 and tok.text[:2] in ("19", "20")


def _illnesses(st: ActorState) -> None:
    """`Equine Influenza`, `Bird Flu`, `Cholera`: a capitalised run of words whose last word names an illness
    (actor_words.tsv `illness`) is the illness, no actor (act29c, issue 11; a body named after one goes on with a
    word of its own and stays: `the Cholera Research Centre`, `the Polio Foundation`)."""
    toks, ills = st.toks, lex.words("illness")
    for t in having(toks, LOWER=lexicon_ids(ills)):
        if t.lower_ not in ills or not (t.is_title or t.is_upper):
            continue
        if t.i + 1 < len(toks) and (toks[t.i + 1].is_title or toks[t.i + 1].is_upper) and toks[t.i + 1].is_alpha:
            continue                              # `the Influenza Vaccine Board`: more name follows
        h = st.hits.get(t.i)
        if h is not None and h[2] > t.i + 1:
            continue
        k = t.i
        while k > 0 and toks[k - 1].is_title and toks[k - 1].is_alpha and not toks[k].is_sent_start and \
                toks[k - 1].ent_type_ not in ("GPE", "NORP"):
            k -= 1                                # `Avian Flu`, `Swine Flu`; not `Hong Kong Flu`'s place
        st.nameless.add(toks[k].idx, t.idx + len(t))


_LINE_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})(?=:|[ \t]*\([\w. ]+\)[ \t]*[-\u2014\u2013]"
                            r"|[ \t]*$)")


def _line_datelines(st: ActorState) -> None:
    """A place in capitals that opens a line and ends it, or has a colon or an outlet in brackets and a dash after it
    (`LEBANON (AP) —` of Lebanon, Ohio; `MUMBAI:`; `NEWARK` alone on a line) is a dateline the layout did not
    take: where the story was filed, no actor (act29c). A country, a large city or US state, or a place the tagger
    calls one; not an organisation's capitals (`NATO:`)."""
    text = st.ctx.text
    for m in _LINE_DATELINE.finditer(text) if text[:1].isupper() or "\n" in text else ():
        name = m.group(1).title()
        span = char_span(st.doc, m.start(1), m.end(1), alignment_mode="expand")
        if span is None or any(st.hits.get(i, ("",))[0] == "ORG" for i in range(span.start, span.end)):
            continue
        if name in st.countries.names or lex.place_country(name) or all(t.ent_type_ == "GPE" for t in span):
            st.nameless.add(m.start(1), m.end(1))


def _speaks(tok) -> bool:
    """True for the subject of a verb of speech (speech_verbs.tsv): a person, no car."""
    from ..quotes.lexicon import speech_verbs

    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in speech_verbs()


_SITE_SECTIONS = re.compile(r"(?:[A-Z][A-Za-z]+ ){1,3}News,? Weather(?:,? (?:&|and)|,) Sports")   # a TV station page title
#   (act56e: also the comma list, `South Georgia News, Weather, Sports`)
_PRECINCT = re.compile(r"\b((?:[A-Z][\w'’-]*\s){1,3}County (?:Pct\.?|Precinct))\s?(?:No\.\s?)?\d{1,2}\s([A-Z][a-z]+\.?)")
#   a county's precinct and its number before a capitalised word (a title: `Smith County Pct. 1 Justice ...`, `Harris
#   County Precinct 4 Constable ...`); the pass checks that the word is a title's (a bare `Precinct 3 Commissioner Ann
#   Roe` is left alone: the quotes' speaker reading keeps the whole as the person's title)
_ROUTE = re.compile(r"(?<![\w.])(U\.S\.|US)(?: (?:Highway|Hwy\.?|Route|Rte\.?))? \d{1,3}(?![\w%-]|[.,]\d)")
_ROUTE_AT = re.compile(r"U")   # where every match of _ROUTE starts (`matches_at`; its look-behind made `re` try it at
#                                 every character of a text with a `U`)
TOWNSPERSON = re.compile(r"\d-year-old ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:man|woman|boy|girl|teen|teenager|youth|"
                         r"resident|couple|mother|father)\b")
_AGED = re.compile(r"\d-year-old ")   # where every match of TOWNSPERSON has its digit (`spans.matches_at`)


def _address_towns(st: ActorState) -> set[str]:
    """The country names that the article writes as the town of a street address, after the street and a comma
    (`the funeral home, 508 Cumberland St., Lebanon.`), where the United States has a town of that name
    (`lex.us_town`): a town, wherever the article names it (act31a: an obituary's `of Lebanon` made Lebanon GOV and
    every relative Lebanese)."""
    text, out = st.ctx.text, set()
    for m in matches_at(_address(), _DIGIT, text):
        if not m.group(2):
            continue
        after = _TOWN_AFTER.match(text, m.end(2))
        if after and after.group(1) in st.countries.names and lex.us_town(after.group(1)):
            out.add(after.group(1))
    return out


_TOWN_AFTER = re.compile(r",? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?![ -][A-Z])")   # `St., Lebanon` (not `St., Lebanon Valley`)


def _towns_named_like_countries(st: ActorState, towns: set[str], addressed: set[str] = frozenset()) -> None:
    """A country's name that the article gives as where someone lives (a RESIDENCE, or `a 36-year-old Palestine
    man`) in an American story is a US town named like the country (Palestine, Texas; Lebanon, Ohio): every
    occurrence of the name in the article is that town, not the state (`east of Palestine`, `the Palestine city
    limits`). One that is the town of a street address (`addressed`, `_address_towns`) is so in any story."""
    from .codes import american_story             # (codes imports nothing of this module; late to keep it so)

    named = [t for t in towns if t in st.countries.names]
    if named and not american_story(st):
        named = []
    named += [t for t in addressed if t not in named]
    if not named:
        return
    for name in named:
        for m in _whole(name, st.ctx.text, r"[\w-]"):
            st.nameless.add(m.start(), m.end())
    for i, (label, _, end) in list(st.hits.items()):
        if label == "CTRY" and span_text(st.doc, i, end) in named:
            del st.hits[i]                        # (nor does it give the police of its sentence a country)


HEADLINE_MOST = 250   # characters: a longer first line is no headline (a text with no line break, a paragraph)
_SEPARATOR = re.compile(r" (?:\||-|–|—) ")
_MASTHEAD_JOINS = frozenset(("and", "of", "the", "on", "in", "at", "for"))   # the lower-case words of a site's name


def _masthead(st: ActorState) -> list[tuple[int, int]]:
    """The web page's masthead after its headline: in the headline (the layout's, else a first line of at most
    HEADLINE_MOST characters that a line break ends) with two separators or more (` | `, ` - `), what follows the
    first (`2-year-old hurt in crash - KHRL - Harlow, OH News For You`): the site's name, its town and
    sections, no actor of the story (act24). One separator is the headline's own dash, and a lower-case word that is
    no domain nor a joining word (`_MASTHEAD_JOINS`) says a clause, not a masthead."""
    text = st.ctx.text
    span = st.ctx.layout.title_span or (0, text.find("\n"))
    seps = list(_SEPARATOR.finditer(text, span[0], span[1])) if 0 < span[1] - span[0] <= HEADLINE_MOST else []
    if not seps or not text[span[1]:].strip():
        return []                                 # (a one-line text is no page with a headline)
    if len(seps) < 2 and not _site_sections_end(text, seps[0].end(), span[1]):
        return []                                 # one dash: the headline's own, unless the site's sections end the
        #                                           line (`... near Alden - KXXX News 12 Alden, Ohio News Weather &
        #                                           Sports`, act31c)
    tail = text[seps[0].end():span[1]].split()
    if any(w[:1].islower() and "." not in w and w not in _MASTHEAD_JOINS for w in tail):
        return []                                 # a clause (`Director Paul Marnier - whose film opens - said`)
    return [(seps[0].end(), span[1])]


def _site_sections_end(text: str, start: int, end: int) -> bool:
    """True when a station site's sections (`_SITE_SECTIONS`: `Louisiana News Weather & Sports`) end text[start:end]."""
    return any(m.end() == len(text[start:end].rstrip()) for m in _SITE_SECTIONS.finditer(text[start:end]))


def _towns_written_with_their_state(st: ActorState) -> None:
    """A country's name or a capital that the article writes once as a US town, `NAME, STATE` (`Palestine, Texas`,
    `Lima, Ohio`; not the list `Paris, New York and Lyon`), is that town wherever the article names it (`volunteers
    from Crockett, Palestine and Houston`): its hits go, as for a residence above; the state after it is the proof
    that the story is American."""
    from .codes import us_town_names              # (late, as above)

    if not any(label in ("CTRY", "CAP") for label, _, _ in st.hits.values()):
        return
    if gated() and not any(name + ", " in st.ctx.text for name in {span_text(st.doc, i, end) for i, (label, _, end)
                                                                   in st.hits.items() if label in ("CTRY", "CAP")}):
        return                                    # (a town of `us_town_names` is written `NAME, ` before its state:
        #                                           no such name, no town; speed39b's gate)
    towns = us_town_names(st)
    for i, (label, _, end) in list(st.hits.items()):
        if label in ("CTRY", "CAP") and span_text(st.doc, i, end) in towns:
            del st.hits[i]


_THE_STATE = re.compile(r"\bthe state\b(?! (?:of|media|television|TV|news|department|visit|dinner|funeral)\b)")


def _us_states_named_like_countries(st: ActorState) -> None:
    """A country's name that is also a US state's (`Georgia’s newest utility regulator`) in an American story that
    never names that country otherwise (by its demonym or capital: `Georgian`, `Tbilisi`) is the US state, not the
    country: its hits go; so too in a story that calls the polity `the state` (a country is `the country`)."""
    from .codes import american_story, us_state_forms

    states = us_state_forms()
    shared = {i: entry for i, (label, entry, end) in st.hits.items()
              if label == "CTRY" and span_text(st.doc, i, end) in states}
    if not shared:
        return
    other = {entry for label, entry, _ in st.hits.values() if label in ("DEM", "CAP")}
    if set(shared.values()) <= other or not (_THE_STATE.search(st.ctx.text) or american_story(st)):
        return                                    # (`the state was pursuing the issue`: a country is `the country`)
    for i, entry in shared.items():
        if entry not in other:
            del st.hits[i]


def _capitals_named_like_us_towns(st: ActorState) -> None:
    """A capital abroad that the United States has a town of (`Paris`, `Athens`, `Moscow`) in a story of a US county
    or of American institutions (`Edgar County`, `the Paris Police Department` beside `state Route 1`) that never names
    that capital's country by its name or demonym is the American town: its hits go, so `Paris police` are no French
    police and `rural Paris` gives no French home."""
    from .codes import cue_votes, names_us_county   # (late, as above)

    caps = {i: (entry, end) for i, (label, entry, end) in st.hits.items() if label == "CAP"}
    if not caps:
        return
    other = {entry for label, entry, _ in st.hits.values() if label in ("CTRY", "DEM")}
    towns = {i for i, (entry, end) in caps.items() if entry != "USA" and entry not in other and
             lex.us_town(span_text(st.doc, i, end))}
    if towns and (names_us_county(st.ctx.text) or cue_votes(st.ctx.text)["USA"]):
        for i in towns:
            del st.hits[i]


def _residence(st: ActorState, start: int, end: int) -> bool:
    """The capitalised words of a RESIDENCE match name a place: no title, party or lexicon organisation or person among
    them (a place named like a country, `Palestine`, is still the place), and no age after them (`Jaron Eddis, 15,
    Aijalon Tisby, 19,`: the next person of a list of names with ages)."""
    span = char_span(st.doc, start, end, alignment_mode="expand")
    if span is None or _NEXT_AGE.match(st.ctx.text, end):
        return False
    if any(st.hits.get(i, ("",))[0] in ("ORG", "PER") for i in range(span.start, span.end)):
        return False
    return not any(t.lower_ in lex.titles() or t.text in lex.parties().words for t in span)


_MARKUP = re.compile(r"(?m)^[^\n]*[{}][^\n]*[;:][^\n]*$|^[^\n]*[;:][^\n]*[{}][^\n]*$")


def _thing_acronyms(st: ActorState, last: frozenset) -> set[str]:
    """Acronyms that an article gives as the short name of a thing: right after a word of non_actors.tsv `last`
    (`program`, `act`, `agreement`), in brackets or after `, or` (`... Residents program, or DAPA`, `the Affordable
    Care Act (ACA)`); not one the lexicon knows as an organisation or person, nor one of a name the tagger calls an
    organisation (`the UN Environment Programme (UNEP)`, `the Southern Baptist Convention (SBC)`: a body)."""
    doc, out = st.doc, set()
    for t in having(st.toks, LOWER=lexicon_ids(last)):
        if t.lower_ not in last or t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ == "ORG":
            continue
        k = t.i + 1
        if k + 1 < len(doc) and tokens(doc)[k].text == "," and tokens(doc)[k + 1].lower_ == "or":
            k += 2
        elif k < len(doc) and tokens(doc)[k].text == "(":
            k += 1
        else:
            continue
        if k < len(doc) and tokens(doc)[k].is_upper and tokens(doc)[k].is_alpha and 2 < len(tokens(doc)[k]) <= 6 and \
                st.hits.get(k, ("",))[0] not in ("ORG", "PER", "CTRY"):
            out.add(tokens(doc)[k].text)
    return out


_TITLE_JOINS = frozenset((":", "'s", "’s", "-", "–", "'", "’"))   # inside a title: `Unlikeable: The Problem With Hillary`
_QUOTES = frozenset(('"', "“", "”", "``", "\'\'"))


def _work_titles(st: ActorState) -> list[tuple[int, int]]:
    """The title of a work after a word that introduces one (actor_words.tsv `work_noun` and `title_cue`: `his 1996
    book The Truth About Hillary`, `the film Hillary's America: The Secret History of the Democratic Party`, `an
    article headlined Why Republicans Hate Trump`, `the documentary "D'Souza Explains America"`): capitalised words,
    with the small words, colons and possessives between them, up to the first lower-case word or other mark; in
    quotation marks, the quoted words. After a work noun the title must hold a small word or a colon (`the book
    John Smith wrote` names its author); after `headlined`, `titled`, `entitled` any capitalised words will do.
    A title that is one lexicon name (`the book Trump wrote`) is not taken."""
    doc = st.doc
    cues, works, makers = lex.words("title_cue"), lex.words("work_noun"), lex.words("work_maker")
    found = []
    lows, lemmas = lowered(doc, "LOWER"), lowered(doc)
    at = set(itertools.compress(range(len(lows)), map(cues.__contains__, lows)))   # (the words found at C speed)
    at.update(itertools.compress(range(len(lemmas)), map((works | makers).__contains__, lemmas)))
    for i in sorted(at):
        t = st.toks[i]                    # (a Token made only for a word that can open a title)
        low = t.lower_
        authored = t.lemma_.lower() in makers and t.i + 1 < len(doc) and tokens(doc)[t.i + 1].lower_ == "of"
        if not t.is_lower or not (low in cues or t.lemma_.lower() in works and t.pos_ == "NOUN" or authored):
            continue
        k = t.i + 1 + authored                    # `author of Unlikeable: The Problem With Hillary`
        if k < len(doc) and tokens(doc)[k].text == "," and low not in cues:
            k += 1                                # `Her memoir, Living History,`
        if k >= len(doc):
            continue
        if tokens(doc)[k].text in _QUOTES:
            close = next((j for j in range(k + 1, min(k + 25, len(doc))) if tokens(doc)[j].text in _QUOTES), None)
            if close is not None and close > k + 1 and tokens(doc)[k + 1].text[:1].isupper():
                found.append((tokens(doc)[k + 1].idx, tokens(doc)[close - 1].idx + len(tokens(doc)[close - 1])))
            continue
        if not tokens(doc)[k].text[:1].isupper() or "\n" in t.whitespace_:
            continue
        j, last, small = k, None, False
        while j < len(doc) and "\n" not in tokens(doc)[j - 1].whitespace_:
            w = tokens(doc)[j]
            if w.text[:1].isupper() and (w.is_alpha or "'" in w.text or "’" in w.text or w.like_num is False):
                last = j
                small = small or (w.is_stop and j > k)
            elif w.text in _TITLE_JOINS or (w.is_stop and w.is_lower and len(w) <= 4 and any(
                    x.text[:1].isupper() for x in tokens(doc)[j + 1:j + 3]) and all(
                    x.is_stop and x.is_lower or x.text[:1].isupper() for x in tokens(doc)[j + 1:j + 2])):
                small = small or w.text == ":" or w.is_stop
            else:
                break
            j += 1
        if last is None or last == k and low not in cues:
            continue
        if low not in cues and not small:
            continue
        h = st.hits.get(k)
        if h is not None and h[2] == last + 1:
            continue                              # `the book Trump wrote`: its author
        if low not in cues and all(hit_at(st, x.i) is not None for x in tokens(doc)[k:last + 1] if x.text[:1].isupper()):
            continue                              # `the exercise Russia and China held`: names the lexicon knows,
            #                                       joined by a small word, are who did it (not a title)
        found.append((tokens(doc)[k].idx, tokens(doc)[last].idx + len(tokens(doc)[last])))
    return found


def _character(ent, root) -> bool:
    """A role in a work of fiction (actor_words.tsv `portrayal`): the `of`-object of `his portrayal of Tim
    Taylor`, a name `portrayed by`/`played by` someone (`Mike Baxter, portrayed by Allen`), the object of `portray`,
    a name right after `character` (`the character Mike Baxter`): no actor."""
    words = lex.words("portrayal")
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in words and head.head.pos_ == "NOUN":
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in words and
           any(a.dep_ == "agent" and any(o.pos_ == "PROPN" for o in children(a)) for a in children(c))
           for c in children(root)):
        return True                               # (`portrayed by critics as a crook` is a real man depicted)
    before = tokens(ent.doc)[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.is_lower and before.lemma_.lower() in words and before.pos_ == "NOUN" \
        and before.lemma_.lower() != "portrayal"


def _plotted(ent, root):
    """The object that tells of a character whose story a work of fiction tells (act49a), else None: a person's name
    that is the object of a verb of actor_words.tsv `plot_verb` whose subject is a noun of `plot_teller` (`The sitcom
    follows Mayor Dale Pruitt, a widowed baker`), or that owns such an object of a life's course (`plot_life`: `The
    drama follows Rep. Ann Holt's rise`); a film or a series is no such subject (a documentary follows real people).
    Nothing else (review49c): in news `follows` is also `comes after` (`The drama follows Judge Ellen Marsh's ruling`,
    `The drama follows weeks of talks between ...`), whose object is an act or a time, not a character."""
    if ent.label_ != "PERSON":
        return None
    tok = root.head if root.dep_ == "poss" else root
    if tok is not root and tok.lemma_.lower() not in lex.words("plot_life"):
        return None
    verb = tok.head
    if tok.dep_ == "dobj" and verb.lemma_.lower() in lex.words("plot_verb") and \
            any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.words("plot_teller") for c in children(verb)):
        return tok
    return None


_FUNCTION = frozenset(("AUX", "VERB", "PRON", "ADP", "DET", "CCONJ", "SCONJ", "PART", "ADV"))


def _named_in_capitals(label: str, words, plain: list[str], plain_text: str) -> bool:
    """Whether a lexicon hit inside a run of capitals names its actor: a name of two words or more
    (`DEBBIE WASSERMAN SCHULTZ`); one the article writes outside the run (`TRUMP` with `Trump`); a one-word
    person, country, capital or demonym the tagger takes for no verb or function word (`OBAMA`, `SENEGAL`; not
    `IS`, `US` in `TELL US`); an acronym the lexicon writes in capitals (`CNN`) taken for a proper noun. A
    one-word organisation written otherwise (`HOUSE` for `House`) names nobody there."""
    if len(words) > 1 or words.text.title() in plain or words.text in plain:
        return True                               # (whole words: `IS` is not written as `Is` in `Istanbul`, nor
        #                                           `BERN` as `Bern` in `Bernie`)
    tok = words[0]
    if tok.pos_ in _FUNCTION or label in ("CTRY", "CAP", "DEM") and _given_name_before_surname(words):
        return False
    forms = lex.organisation_forms() if label == "ORG" else lex.person_forms() if label == "PER" else None
    acronym = words.text in forms if forms is not None else words.text in (
        lex.countries().names.keys() | lex.countries().capitals.keys() | lex.countries().demonyms.keys())
    if acronym:
        return tok.pos_ == "PROPN" and len(tok) > 2 and not _after_given_name(words)
    return label != "ORG"


def _given_name_before_surname(words) -> bool:
    """True for a one-word country's or capital's name in capitals that is a given name (given_names.tsv) right after
    `BY` with one more word in capitals after it that names no country, capital or people: a by-line's name (`BY CHAD
    KLIMACK Advocate Reporter`: no Chad; act51a, a local story whose every actor took no home from it). `TROOPS FROM
    CHAD ENTER NIGER` keeps Chad."""
    toks = tokens(words.doc)
    if words[0].lower_ not in given_names() or words.end >= len(toks) or words.start == 0 or \
            toks[words.start - 1].lower_ != "by":
        return False
    after = toks[words.end]
    countries = lex.countries()
    return after.is_upper and after.is_alpha and len(after) > 1 and not any(
        after.text.title() in d for d in (countries.names, countries.capitals, countries.demonyms))


def _after_given_name(words) -> bool:
    """True when the word before a run's acronym is a given name (given_names.tsv) in capitals too: a by-line's
    surname (`PHILLIP MENA, KPRC CHANNEL 2 NEWS`: no Middle East News Agency; act32c)."""
    before = tokens(words.doc)[words.start - 1] if words.start > 0 else None
    return before is not None and before.is_upper and before.lower_ in given_names()


_JOINING = frozenset(("for", "of", "and", "to", "on", "the", "-"))


def _entry(st: ActorState, label: str, text: str):
    """The lexicon entry a matched text stands for (a form in capitals is looked up in title case)."""
    text = text.replace("’", "'") if "’" in text and text.replace("’", "'") in (
        lex.person_forms() if label == "PER" else lex.organisation_forms()) else text   # a typeset apostrophe
    if label == "PER":                            # the written form (capitals: `SERGEI LAVROV`)
        return text if text in lex.person_forms() else text.title()
    if label == "ORG":                            # `USA TODAY`: the form whose capitals were matched
        forms = lex.organisation_forms()
        return forms.get(text) or forms.get(text.title()) or (forms.get(lex.upper_forms(forms).get(text, ""))
                                                              if text.isupper() else None)
    table = {"CTRY": st.countries.names, "CAP": st.countries.capitals, "DEM": st.countries.demonyms}[label]
    return table.get(text) or table.get(text.title())


# A book cited by chapter and verse (`Micah 6:8`, `1 Kings 3:9`): one capitalised word (after an optional book number)
# and `chapter:verse`, not a clock time (`By 2:30`, `Lee 10:15 p.m.`).
_VERSE = re.compile(r"(?<![\w.])(?:[123] )?([A-Z][a-z]{2,}) (\d{1,3}):(\d{1,3})\b(?!\s*(?:[ap]\.?m\b|[AP]\.?M\b|o'clock))")
_ERA_AFTER = re.compile(r"(?<=\d)(?:s|'s|’s)? (B\.C\.|A\.D\.|B\.C\.E\.|BCE|BC|AD|CE)(?!\w)")
_ERA_BEFORE = re.compile(r"(?<![\w.])(A\.D\.|AD) (?=\d)")


def _citations(st: ActorState) -> None:
    """A text's citations, which name no actor (act53a; tune49: `Isaiah 45:1` made a person that took the verse's `I`,
    `the mid-500s B.C.` a place's actor):
    - A book cited by chapter and verse (`Micah 6:8 says`): the book, and in the same article every lone use of that
      word (`the sixth chapter of Micah`, `fulfilling Micah 6`) - a word that a capitalised word follows (`Micah Lee`)
      is a person's name and stays. A clock time (`By 2:30`) has no such word: no lexicon person or organisation
      word is taken, the verse must be one a book has (chapter up to 150, verse up to 176), and the word must name a
      book of scripture (actor_words.tsv `scripture_book`; review53b: `Chelsea 2:1`, a score, `London 14:30`, a clock,
      and `Kipchoge 2:01:39`, a race's time, cite no book).
    - An era written after a year or a century (`in 480 B.C.`, `the 300s BC`) or before one (`A.D. 70`; actor_words.tsv
      `era_mark`): a date, never British Columbia nor another actor of the letters."""
    text = st.ctx.text
    if ":" in text:
        books = set()
        for m in _VERSE.finditer(text):
            if int(m.group(2)) <= 150 and int(m.group(3)) <= 176 and m.group(1).lower() in lex.words("scripture_book"):
                books.add(m.group(1))             # (only a book of scripture: `Chelsea 2:1`, a score, and `London
                #                                   14:30`, a clock time, name a club and a place; review53b)
        for book in books:
            if book in lex.person_forms() or book in lex.organisation_forms():
                continue
            for m in _whole(book, text):
                if not re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]):   # (`Micah Lee`: a person)
                    st.nameless.add(m.start(), m.end())
    era = lex.words("era_mark")
    if any(w in text for w in ("B.C", "A.D", "BC", "AD", "CE")):
        for m in itertools.chain(_ERA_AFTER.finditer(text), _ERA_BEFORE.finditer(text)):
            if m.group(1).lower() in era:
                st.nameless.add(m.start(1), m.end(1))


def _money_pots(st: ActorState) -> None:
    """`the Highway Trust Fund`, `the National Welfare Fund`, `the state's Rainy Day Fund`: a capitalised `Fund` whose
    word before it says what kind of pot of money it is (actor_words.tsv `money_pot`) names the money, never a body
    (act28b, issue 11; `the International Monetary Fund`, `the Children's Defense Fund` act as bodies and stay)."""
    toks, pots = st.toks, lex.words("money_pot")
    for t in (toks[i] for i in where(st.doc, "ORTH", ids_of("Fund", "Funds"))):   # (those words alone)
        if t.text not in ("Fund", "Funds") or t.i == 0 or toks[t.i - 1].lower_ not in pots or \
                not toks[t.i - 1].is_title:
            continue
        if t.i + 2 < len(toks) and toks[t.i + 1].text == "," and toks[t.i + 2].lower_ in ("a", "an"):
            continue                              # `The Bramley Trust Fund, a charity,`: the apposition says a body
        k = _capitalised_from(toks, t.i - 1)
        st.nameless.add(toks[k].idx, t.idx + len(t))


_EPONYM_ILLNESS = re.compile(r"\b[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}(?:'s|s'|\u2019s|s\u2019) (?:[Dd]isease|[Ss]yndrome|"
                             r"[Ll]ymphoma|[Pp]alsy|[Ss]arcoma|[Dd]isorder|[Aa]taxia|[Dd]ystrophy)\b")
_ILLNESS_TAILS = ("isease", "yndrome", "ymphoma", "alsy", "arcoma", "isorder", "taxia", "ystrophy")   # in every
#   match of _EPONYM_ILLNESS (its leading `\b` made `re` try it at every character of a text with an apostrophe)
_BILL_NUMBER = re.compile(r"\b(?:House|Senate|Assembly) (?:Bill|Joint Resolution|Concurrent Resolution|Resolution|File)"
                          r" (?:No\. )?\d+\b")
