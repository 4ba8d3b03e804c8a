"""Pass 3, descriptions: of people (`the Syrian strongman` -> the person meant) and of groups (`Russian
officials`, `Assad's troops`, `the armed opposition`, compound actors), plural demonyms (`Palestinians`)."""
from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from typing import Optional

from ...lexicon import actors as lex, pronouns, used_by
from .common import (add, for_a_cause, add_org, is_be, building_site, business_officer, civil_officer, cluster, country_named_as_place,
                     hit_at, is_person_title, league_country, mark_league, nested, np_bounds, org_sector, possessor, sentence_case,
                     state_actor, STATE_BODIES, in_headline, local_police_named)
from ..quotes.lexicon import given_names, speech_verbs, title_genders
from .codes import dateline_country
from .local_news import harmed_subject, left_harmed
from .people import _pronoun_gender as said_gender
from .state import ActorState, Cluster, without_suffixes
from spacy.symbols import NOUN, PROPN

from ..spans import char_span, children, entities, lowered, sentence_of, span_of, span_text, tokens, where
from ..spans import text as doc_text
from ..token_strings import strings

_NEEDS_COUNTRY = frozenset(("GOV", "MIL", "COP", "LEG", "JUD", "SPY", "IGO"))   # `the army` needs a country
PEOPLE_SECTOR = "CVL"      # a plural demonym (`Syrians`): the people of a country are civilians (bench/actors/GUIDE.md)
LATER_NAME_CHARS = 300         # a description may name a person first named at most this far after its sentence
_CONTEXT_CHARS = 400            # `the government`: the country named last, this close before
HEAD_OF_GOVERNMENT = "hog"       # titles.tsv office class of prime ministers and premiers
_NOUNS = frozenset((NOUN, PROPN))       # the parts of speech a description's head has (spaCy's POS ids)


@functools.lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """The last word of every title and group phrase: a noun that is none of them is no description."""
    return frozenset(p.split()[-1] for p in lex.titles())


@functools.lru_cache(maxsize=1)
def _phrase_openers() -> frozenset[str]:
    """The first word of every title and group phrase: words before a noun that open none are no phrase of it
    (`_head_phrase`)."""
    return frozenset(p.split(" ")[0] for p in lex.titles())


def descriptions(st: ActorState) -> None:
    """Every noun headed by a title or group phrase of titles.tsv, and every plural demonym."""
    doc = st.doc
    heads = _title_heads()
    _lower_case_bodies(st)
    _aged_people(st)
    _harmed_people(st)
    _unnamed_speakers(st)
    _charged_people(st)
    _unnamed_doers(st)
    _harmed_groups(st)
    orth, lows, lems, tags = strings(doc, "ORTH"), strings(doc, "LOWER"), lowered(doc), strings(doc, "TAG")
    for i in where(doc, "POS", _NOUNS):          # (each word's strings read off the columns, not its Token)
        if i in st.person_at:
            continue
        tok, tag = st.toks[i], tags[i]
        if tag == "NNP" and orth[i] in lex.parties().words and orth[i] not in ("Democratic", "GOP") and \
                not st.ctx.skipped(tok.idx, tok.idx + len(tok)) and (_party_member(st, tok) or
                                                                    _unnamed_member(st, tok)):
            continue
        low, lemma = lows[i], lems[i]
        if low not in heads and lemma not in heads:
            if tag in ("NNS", "NNPS") and i not in st.hits and orth[i][:1].isupper() \
                    and not st.ctx.skipped(tok.idx, tok.idx + len(tok)):
                _plural_demonym(st, tok)
            elif tag == "NN" and (lemma in lex.words("kin") or lemma in lex.words("relation")) and \
                    not st.ctx.skipped(tok.idx, tok.idx + len(tok)):
                _relative_of(st, tok)
            elif low == "campaign" and not st.ctx.skipped(tok.idx, tok.idx + len(tok)):
                _campaign(st, tok)
            elif lemma in lex.words("group_noun") and not st.ctx.skipped(tok.idx, tok.idx + len(tok)):
                _cause_group(st, tok)
            continue
        if st.ctx.skipped(tok.idx, tok.idx + len(tok)):
            continue
        if _in_monument_name(tok) or _in_body_name(tok):
            st.taken.append(np_bounds(st, tok))   # `the Tomb of the Unknown Soldier`: a monument's name (act36e);
            continue                              # `the Select Committee on Intelligence`: a body's (act37b)
        words = _head_phrase(st, tok)
        if words is None:
            if tok.lemma_.lower() in lex.words("group_noun"):
                _cause_group(st, tok)             # `anti-abortion groups` (`rights groups` is a title phrase)
            continue
        phrase, kinds = words
        if tok.tag_ in ("NNS", "NNPS") and "person" in kinds and "group" not in kinds and " " in phrase:
            kinds = _plural_of_title(st, tok, phrase, kinds)
        if "person" not in kinds and tok.ent_type_ == "ORG" and tok.text[:1].isupper() and tok.i + 1 < len(doc) and \
                tokens(doc)[tok.i + 1].ent_iob_ == "I" and tokens(doc)[tok.i + 1].ent_type_ == "ORG":
            continue                              # `Family` of `the Department of Job and Family Services`: a group
            #                                       word inside an organisation's name, not the body it would be alone
        if "person" not in kinds and tok.text[:1].isupper() and not tok.is_sent_start and \
                phrase in lex.words("trade_plural"):
            continue                              # `the United Steelworkers`, `the Steelworkers' website`: a trade's
            #                                       plural capitalised inside a sentence names a union, no description
            #                                       of the workers (review57a; `Steelworkers walked out` stays one)
        if " of " in phrase or " for " in phrase:  # `the Polish head of state`: the first noun heads it
            first = st.toks[tok.i - len(phrase.split()) + 1]
            if first.i in st.person_at or tok.head.head.i != first.i:
                continue
            tok = first
        elif _heads_longer(st, tok):
            continue                              # `secretary` of `secretary of state` waits for `state`
        if "person" in kinds and "group" not in kinds and tok.tag_ in ("NNS", "NNPS"):
            _title_to_listed_names(st, tok, kinds["person"])   # `A and B, hedge fund managers,` (act56c)
        if "person" in kinds and tok.tag_ == "NN" and _title_apposed_across(st, tok, kinds["person"]):
            continue                              # `the judge overseeing the case, Ann Lee,` (act56c)
        if "person" in kinds and tok.tag_ not in ("NNS", "NNPS") and \
                not any(ch.dep_ in ("compound", "appos") and ch.i > tok.i for ch in children(tok)) and \
                not (tok.dep_ == "compound" and tok.head.i in st.person_at) and \
                not (tok.i + 1 < len(doc) and tokens(doc)[tok.i + 1].i in st.person_at) and \
                not _in_two_word_title(st, tok):
            title = kinds["person"]
            if title.sector == "COP" and title.role == "officer" and \
                    civil_officer([t.lower_ for t in tokens(doc)[max(0, tok.i - 2):tok.i]]):
                title = dataclasses.replace(title, sector="GOV")   # `the information officer`: no police
            if title.sector == "COP" and title.role == "officer" and \
                    business_officer([t.lower_ for t in tokens(doc)[max(0, tok.i - 2):tok.i]]):
                title = dataclasses.replace(title, sector="BUS")   # `the chief financial officer`: a company's
            if title.sector == "MIL" and tok.lemma_.lower() in lex.words("study_title") and _field_of_study(tok):
                title = lex.titles()["student"]["person"]   # `a biology major`: a student, no officer
            if title.role == "executive" and tok.lower_ == "executive" and _country_executive(st, tok):
                title = dataclasses.replace(title, sector="GOV")   # `Spain's executive`: its government
            _person_description(st, tok, title)
        elif "group" in kinds:
            if not _state_neighbours(tok):
                _group(st, tok, kinds["group"])
        elif "civil" in kinds:
            _group(st, tok, kinds["civil"], civil=True)


def _field_of_study(tok) -> bool:
    """True when a rank that also names a student's main subject (actor_words.tsv `study_title`: `major`) has a
    lower-case noun before it that is no armed service (`a biology major`, `a political science major`; not `an Army
    major`, `a retired major`)."""
    services = lex.words("service_word") | lex.words("service_name") | lex.words("title_prefix")
    return any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "NOUN" and c.is_lower and c.lower_ not in services
               for c in children(tok))


def _lower_case_bodies(st: ActorState) -> None:
    """`the ethics commission`, `the zoning board`, `the city council`: `the`, lower-case nouns and a head of
    actor_words.tsv `public_body`, with no name, owner or `of` after it, outside blanked spans and not after `in`,
    `at`, `to` (a place, an office: `a seat on the council`): a public body (GOV; its country the home country,
    codes.py); a bare `the commission` later in the article is the same body when only one such body has that head."""
    doc, bodies = st.doc, lex.words("public_body")
    found: dict[str, list[Cluster]] = {}
    for i in where(doc, "LOWER", _ids(bodies)):
        tok = st.toks[i]
        if not tok.is_lower or tok.pos_ != "NOUN" or tok.tag_ != "NN" or st.ctx.skipped(tok.idx, tok.idx + len(tok)):
            continue
        kids = children(tok)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or \
                any(c.dep_ in ("poss", "prep", "appos") and (c.dep_ != "prep" or c.lower_ == "of") for c in kids) or \
                (i + 1 < len(doc) and tokens(doc)[i + 1].pos_ == "PROPN"):
            continue
        mods = [c for c in kids if c.dep_ in ("compound", "amod") and c.i < i]
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "to", "on", "onto", "from"):
            continue
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
            continue                              # `an ethics commission witness`: the witness
        if not mods:
            owners = found.get(tok.lower_, [])
            if len(owners) == 1:
                s_char, e_char = np_bounds(st, tok)
                if not nested(st, s_char, e_char):
                    add(st, owners[0], s_char, e_char)
            continue
        if not all(m.is_lower and m.is_alpha and (m.pos_ in ("NOUN", "ADJ") or m.tag_ == "VBG") for m in mods):
            continue
        s_char, e_char = np_bounds(st, tok)
        if nested(st, s_char, e_char) or (s_char, e_char) in st.taken:
            continue
        name = st.ctx.text[s_char:e_char]
        key = name.lower().removeprefix("the ")
        c = cluster(st, ("O", key), name, sector=_body_kind_sector(mods, tok), role=tok.lower_)
        add(st, c, s_char, e_char)
        st.taken.append((s_char, e_char))
        if c not in found.setdefault(tok.lower_, []):
            found[tok.lower_].append(c)


def _body_kind_sector(mods: list, head) -> str:
    """The sector of a lower-case public body: that of its kind when titles.tsv lists the head with the modifiers
    before it as a group (`the school board`: EDU, as bench/actors/GUIDE.md codes a board of education), else GOV."""
    table = lex.titles()
    for k in range(len(mods)):
        g = table.get(" ".join([m.lower_ for m in mods[k:]] + [head.lower_]), {}).get("group")
        if g is not None and g.sector:
            return g.sector
    return "GOV"


@functools.lru_cache(maxsize=1)
def aged_person() -> re.Pattern:
    """`a 17-year-old boy`, `another 19-year-old man`, `his 2-year-old nephew` (act30b: possessives, and the nouns of
    actor_words.tsv `aged_noun`, which added child, infant, kin)."""
    nouns = "|".join(sorted(lex.words("aged_noun"), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir) (?:\d{1,3}|[a-z]+)-year-old (?:[a-z]+ )?"
                      rf"(?:{nouns})(?![\w-])")
_BARE_AGE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Aa]nother) (?:\d{1,3}|[a-z]+)-year-old(?![\w-])")
#   act56e: an age standing alone for a person (`A 16-year-old was shot`, `police arrested a 19-year-old`), the parser's
#   head `old` being the subject or object itself, not an adjective before a noun (`a 3-year-old plan`)
_AGED_AT = re.compile(r"-year-old ")   # inside every match of AGED_PERSON (`spans.matches_at` is not used: its shift varies)


def _aged_people(st: ActorState) -> None:
    """`A 17-year-old boy was walking ...`, `a 19-year-old man and a 52-year-old woman were hurt`, `A 16-year-old was
    shot` (an age alone, `_BARE_AGE`, act56e): someone unnamed
    told by an age and a noun of a person, outside quotes and blanked spans, who is the subject or object of a verb
    (not `the mother of a 3-year-old girl`): an actor of the story of their own, a suspect (CRM) as the passive
    subject or object of a verb of charging or arresting, else a private person (CVL; codes.py). Not where a name or
    description has the words already (`a 17-year-old male, Sam Cole,`)."""
    from .people import harmed_someone           # (people imports nothing of this module: late, to keep it so)

    text = st.ctx.text
    if "-year-old " not in text:
        return
    accused = lex.words("accused") | lex.words("custody")
    for m in [*aged_person().finditer(text), *_BARE_AGE.finditer(text)]:
        start, end = m.start(), m.end()
        if text[start:start + 1] in "HhTt":     # `his 2-year-old nephew`: the possessive is another's mention
            start = text.index(" ", start) + 1
        if st.ctx.skipped(start, end) or any(q.start <= start < q.end for q in st.quotes):
            continue
        span = char_span(st.doc, start, end, alignment_mode="expand")
        if span is None or nested(st, start, end) or any(
                ms < end and start < me for ms, me, _ in st.mentions.around(start, end)):
            continue
        head = span.root
        if m.re is _BARE_AGE and (head.lower_ != "old" or head.dep_ in ("amod", "compound")):
            continue                              # (`a 3-year-old plan`, `a 16-year-old boy`: an adjective, no person)
        while head.dep_ == "conj" and head.head.i != head.i and head.head.i >= span.start:
            head = head.head
        if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "conj") and not (
                head.dep_ == "pobj" and head.head.lower_ in ("by", "on") and head.head.head.pos_ == "VERB") and \
                not _listed_or_harmed(head) and not _aged_list_after_be(head) and not _harm_owned(head):
            continue
        if any(t.i != head.i and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN") for t in span):
            continue
        if _named_after(st, head):
            continue                              # `his 3-year-old son, Tom Reed,`: the name's actor holds him
        verb = head.head
        crm = verb.lemma_.lower() in accused and head.dep_ in ("nsubjpass", "dobj") or harmed_someone(head) or \
            _suspects_named_by_be(head)
        c = cluster(st, ("D", "aged", start), text[start:end], sector="CRM" if crm else "CVL",
                    role="suspect" if crm else "person")
        add(st, c, start, end)
        st.taken.append((start, end))


def _listed_or_harmed(head) -> bool:
    """An aged person in a list of the people a story is about, or harmed by a crime: after `including` hung on a
    subject (`five people, among them a 10-year-old boy and a 12-year-old girl, were hurt`), in apposition to
    another aged subject or object (`Among those hurt were a 9-year-old girl, a 15-year-old boy and ...`), or the
    object of `on`/`against` after a noun of harm (actor_words.tsv `harm_noun`: `a violent attack on a
    15-year-old boy`) (gold33b)."""
    if head.dep_ == "pobj" and head.head.lower_ == "including" and head.head.head.dep_ in ("nsubj", "nsubjpass"):
        return True                               # (of a subject: not `Ann Hale has three kids, among them a
        #                                           baby boy`, someone's kin beside the story)
    if head.dep_ == "appos" and head.head.i != head.i and head.head.dep_ in ("nsubj", "nsubjpass", "dobj") and \
            any(t.lower_ == "old" for t in head.head.lefts):
        return True                               # (a list of aged people; not a renaming of the same one: `The
        #                                           victim, also a 15-year-old girl, was stabbed`)
    return head.dep_ == "pobj" and head.head.lower_ in ("on", "against") and \
        head.head.head.lemma_.lower() in lex.words("harm_noun")


def _harm_owned(head) -> bool:
    """True for an aged person who owns a noun of harm (actor_words.tsv `harm_state_noun`: `Her 4-year-old sister's
    injuries were not life-threatening`, `the 9-year-old boy's condition`): someone harmed, a person of the story
    (act56e). Not `a 3-year-old boy's bicycle` (a thing owned)."""
    return head.dep_ == "poss" and head.head.lemma_.lower() in lex.words("harm_state_noun")


def _aged_list_after_be(head) -> bool:
    """True for the first of aged people joined after `be` (`the dead were a 41-year-old man and a 36-year-old woman`):
    two people are named, so the first is no renaming of the subject but a person of the story, as the second (a
    conjunct) already is (act56e). Not `the suspect is a 20-year-old man` (one, equated with the subject)."""
    return head.dep_ == "attr" and is_be(head.head) and any(
        k.dep_ == "conj" and any(t.lower_ == "old" for t in k.lefts) for k in children(head))


def _suspects_named_by_be(head) -> bool:
    """True for aged people after `be` whose subject is a noun of suspects (titles.tsv CRM: `The suspects were a
    20-year-old man and a 19-year-old woman`): the suspects, CRM, not private people (review56b, issue 11: act56e's
    list after `be` made both CVL). `The victims were ...` stays CVL."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head                          # (`... and a 19-year-old woman`: the list's first)
    if head.dep_ != "attr" or not is_be(head.head):
        return False
    return any(k.dep_ == "nsubj" and any(t.sector == "CRM" for t in (lex.titles().get(k.lemma_.lower()) or {}).values())
               for k in children(head.head))


def _named_after(st: ActorState, head) -> bool:
    """True for a person's noun followed by their name, in apposition or after `named`/`called` (`his 3-year-old son,
    Tom Reed,`, `her 30-year-old daughter Ann Hill`, `another boy named Ravi`): the name's actor is that person, no
    actor of the noun alone (rev30a: act30b's possessive ages split a named child from their name)."""
    toks = st.toks
    k = head.i + 1
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if k + 1 < len(toks) and toks[k].lower_ in ("named", "called") and toks[k + 1].pos_ == "PROPN":
        return True                               # `another boy named Ravi`, however the tagger typed the name
    return k < len(toks) and toks[k].ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "") for c in children(head))
    #                                                   (not `his 12-year-old brother Saturday`: a date)


def _harmed_people(st: ActorState) -> None:
    """`One woman is dead and a baby is hurt after a stabbing`, `A girl was shot`: someone unnamed, a singular
    noun of a person (actor_words.tsv `aged_noun`) with `a`/`an`/`another`/`one` and no name, who is the passive
    subject of a verb of harm or injury or the subject of dying or of `be dead`, outside quotes: a victim of the story,
    a private person of their own (CVL), as `_aged_people` makes one with an age (act30b, shooting reports)."""
    from .local_news import harmed_subject       # (late, as in `_aged_people`)

    nouns = lex.words("aged_noun")
    for tok in (st.toks[i] for i in where(st.doc, "LOWER", _ids(nouns))):   # (the words written so: LOWER column)
        if tok.tag_ != "NN" or tok.lower_ not in nouns or st.ctx.skipped(tok.idx, tok.idx + len(tok)) or \
                any(q.start <= tok.idx < q.end for q in st.quotes):
            continue
        kids = [k for k in children(tok) if k.i < tok.i]
        if not any(k.dep_ == "det" and k.lower_ in ("a", "an", "another") or k.dep_ == "nummod" and k.lower_ == "one"
                   for k in kids):
            continue
        if any(k.pos_ == "PROPN" or k.ent_type_ not in ("", "CARDINAL") or k.dep_ == "poss" for k in kids):
            continue                              # `a Nigerian man`, `his man`: told otherwise
        if (tok.dep_ == "conj" or any(k.dep_ == "conj" for k in children(tok))) and not _singles_joined(tok):
            continue                              # `One woman and four men were shot`: a group, not her alone
        if _named_after(st, tok):
            continue                              # `Another boy named Ravi died`: the name's actor (rev30a)
        verb = tok.head
        dead = tok.dep_ == "nsubj" and is_be(verb) and any(
            k.dep_ == "acomp" and k.lower_ == "dead" for k in children(verb))
        if not (dead or harmed_subject(tok) or left_harmed(tok) or _further_victim(tok, kids) or _found_harmed(tok)) \
                or _report_denied(verb):
            continue
        s_char, e_char = np_bounds(st, tok)
        e_char = min(e_char, tok.idx + len(tok))
        if nested(st, s_char, e_char) or any(ms < e_char and s_char < me
                                             for ms, me, _ in st.mentions.around(s_char, e_char)):
            continue
        c = cluster(st, ("D", "harmed", s_char), st.ctx.text[s_char:e_char], sector="CVL", role="person")
        add(st, c, s_char, e_char)
        st.taken.append((s_char, e_char))


_FIND = frozenset(("find", "discover", "locate"))
_FOUND_STATE = frozenset(("dead", "wounded", "injured", "unresponsive", "unconscious", "bleeding", "shot"))
_FOUND_DOING = frozenset(("suffer", "bleed"))


def _found_harmed(tok) -> bool:
    """Someone the police or a witness find harmed: the object of `find`/`discover`/`locate` told dead or hurt (`found
    a dead woman`, `found a woman who had been shot`: a word of harm before the noun or a relative clause of a harm or
    injury verb), or the subject of `suffering`/`bleeding` that the parser hangs on `find` (`found another man suffering
    from gunshot wounds`): a victim (act57b: tune65's and tune26's). Not `found a man hiding in the shed` (no harm)."""
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_.lower() in _FOUND_DOING and verb.dep_ in ("ccomp", "xcomp", "oprd") and \
            verb.head.lemma_.lower() in _FIND:
        return True
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in _FIND:
        return False
    if any(t.lower_ in _FOUND_STATE for t in tokens(tok.doc)[tok.left_edge.i:tok.i]):
        return True
    harm = lex.words("harm_verb") | lex.words("injury_verb")
    return any(k.dep_ == "relcl" and k.lemma_.lower() in harm and k.tag_ == "VBN" for k in children(tok))


def _singles_joined(tok) -> bool:
    """True where every noun of the conjunction holding `tok` is singular with `a`/`an` (`A man and a 4-year-old girl
    were shot`): two people, each a victim of their own, as the read local gold labels them (act57b); not `One
    woman and four men were shot` (a plural: a group) nor a conjunction of a name (`a man and Tom Hale`)."""
    first = tok.head if tok.dep_ == "conj" else tok
    members = [first] + [k for k in children(first) if k.dep_ == "conj"]
    return len(members) == 2 and all(
        m.tag_ == "NN" and any(k.dep_ == "det" and k.lower_ in ("a", "an") for k in children(m) if k.i < m.i)
        for m in members)
_NO_SPEAKER_NOUNS = frozenset(("baby", "infant", "toddler", "child", "male", "female", "person"))


@functools.lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset[str]:
    """The singular nouns of an unnamed private person who may speak: aged_noun's (but a baby's, a child's and the
    police's `male`/`female`/`person`), the kin nouns, and actor_words.tsv `speaker_noun` (`neighbor`, `witness`)."""
    return (lex.words("aged_noun") - _NO_SPEAKER_NOUNS) | lex.words("kin_female") | lex.words("kin_male") | \
        lex.words("speaker_noun")


def _spoke(tok) -> bool:
    """True for a noun that is the subject of a past or present verb of telling (actor_words.tsv `speaker_verb`: `a
    woman said`, `his mother testified`; not `a girl sang`), or that a relative clause with such a verb describes (`a
    letter from a mother who said`)."""
    from .people import _denied                   # (late, as in `_unnamed_doers`)

    verbs = lex.words("speaker_verb")
    if tok.dep_ == "nsubj":
        verb = tok.head
    else:
        verb = next((k for k in children(tok) if k.dep_ == "relcl" and any(
            w.dep_ == "nsubj" and w.lower_ in ("who", "that") for w in children(k))), None)
        if verb is None:
            return False
    low = verb.lemma_.lower()
    if verb.tag_ == "VBZ" and verb.dep_ == "advcl" and any(
            k.dep_ in ("mark", "advmod") and k.lower_ in _GENERIC_MARKS for k in children(verb)):
        return False                              # `when a man tells his colleague her plan is silly`: anyone, no
        #                                           one of the story (a present verb in a `when`/`if` clause; review57b)
    return verb.tag_ in ("VBD", "VBZ") and low in verbs and not _denied(verb)


_GENERIC_MARKS = frozenset(("when", "whenever", "if", "unless", "once"))


def _kin_named_nearby(st: ActorState, tok):
    """The relative a kin speaker names (`Ira Moss came here in 2000, his brother said`): a person whose full name its
    sentence does not hold, but whose surname it does, is named in that sentence or the two after (`"It is hard," Ray
    Moss said`): that relative is the kin, named; a second actor would be his double (review57b: unlabelled GVA
    reports' victims and their brother and sister). Returns that person's cluster, True for two or more such people
    (which one is told is unsure), else None."""
    sent = sentence_of(st.doc, tok.i)
    window = [sent]
    for _ in range(2):
        if window[-1].end < len(st.doc):
            window.append(sentence_of(st.doc, window[-1].end))
    lo, hi = sent.start_char, window[-1].end_char
    people = [c for c in st.clusters.values() if c.key[0] in ("P", "P?") and len(c.name.split()) >= 2 and
              not c.members]
    told = sent.text                              # (a name's first mention may join its cluster only later)
    found = [c for c in people if c.name not in told and re.search(rf"\b{re.escape(c.name.split()[-1])}\b", told)
             and any(lo <= a < hi for a, _ in c.mentions)]
    return found[0] if len(found) == 1 else (True if found else None)


def _unnamed_speakers(st: ActorState) -> None:
    """`A woman said she heard two shots`, `His mother testified on Capitol Hill`, `a letter from a mother who said`:
    someone unnamed - a singular noun of a private person (`_speaker_nouns`) with `a`/`an`/`another`/`one`, or a kin
    noun with `his`/`her`/`their` - who speaks (`_spoke`), outside quotes, with no name, demonym or other modifier
    before the noun and no name after it: a private person of the story (CVL, of the home country), as the guide has a
    victim's quoted father. Not `the woman` (someone told before) nor `my mother` (act57c, issue 11: LGL's speaking
    mothers, wives and witnesses were missed)."""
    nouns = _speaker_nouns()
    kin = lex.words("kin_female") | lex.words("kin_male")
    for tok in (st.toks[i] for i in where(st.doc, "LOWER", _ids(nouns))):
        if tok.tag_ != "NN" or tok.lower_ not in nouns or st.ctx.skipped(tok.idx, tok.idx + len(tok)) or \
                any(q.start <= tok.idx < q.end for q in st.quotes):
            continue
        kids = [k for k in children(tok) if k.i < tok.i]
        opened = any(k.dep_ == "det" and k.lower_ in ("a", "an", "another") or k.dep_ == "nummod" and k.lower_ == "one"
                     for k in kids)
        owned = tok.lower_ in kin and any(k.dep_ == "poss" and k.lower_ in ("his", "her", "their") for k in kids)
        if not (opened or owned) or any(k.pos_ == "PROPN" or k.ent_type_ not in ("", "CARDINAL") or
                                        k.dep_ in ("compound", "nmod") for k in kids):
            continue                              # `a Harlow woman`, `Lee's mother`: told otherwise
        if tok.dep_ == "conj" or any(k.dep_ == "conj" for k in children(tok)) or _named_after(st, tok):
            continue                              # `a man and a woman said`: a group; `his wife, Ann Lee,`: hers
        if tok.dep_ == "attr" or not _spoke(tok):
            continue                              # `This is a man who said he'd never ...`: what someone told is
        kin_named = _kin_named_nearby(st, tok) if owned else None
        if kin_named is True:
            continue                              # two relatives of that name near: which one speaks is unsure
        if kin_named is None and owned and _kin_named_elsewhere(st, tok):
            continue                              # `Hale's sister, Ann Roe,` ... `his sister said`: the named one,
            #                                       whom no nearby name joins (review57a's guard, also on act57c's
            #                                       speakers; lead57)
        s_char, e_char = np_bounds(st, tok)
        e_char = min(e_char, tok.idx + len(tok))
        if nested(st, s_char, e_char) or any(ms < e_char and s_char < me
                                             for ms, me, _ in st.mentions.around(s_char, e_char)):
            continue
        c = kin_named or cluster(st, ("D", "speaker", s_char), st.ctx.text[s_char:e_char], sector="CVL",
                                 role="person")   # `..., his brother said. "...," Ray Moss said`: Ray Moss's
        add(st, c, s_char, e_char)                #   mention, no second actor (review57b)
        st.taken.append((s_char, e_char))
        if owned:
            _same_kin_again(st, c, s_char, e_char, kin_named is not None)


def _same_kin_again(st: ActorState, c: Cluster, s_char: int, e_char: int, named: bool = False) -> None:
    """The later occurrences of a speaker's `his sister` (the same words, any case, whole, outside quotes and other
    mentions) are that one relative: `..., his sister said. ... according to his sister` is one sister, not a second
    actor the quote speakers' pass would make of the later one (act57c)."""
    text = st.ctx.text
    phrase = re.compile(r"(?<!\w)" + re.escape(text[s_char:e_char]) + r"(?!\w)", re.IGNORECASE)
    for m in phrase.finditer(text, e_char):
        a, b = m.start(), m.end()
        if named and text[b:b + 2] in ("'s", "’s"):
            continue                              # `Ray Moss said, standing at his brother's home`: after the named
            #                                       relative, `his` may be his (review57b)
        if st.ctx.skipped(a, b) or any(q.start <= a < q.end for q in st.quotes) or nested(st, a, b) or \
                any(ms < b and a < me for ms, me, _ in st.mentions.around(a, b)):
            continue
        add(st, c, a, b)
        st.taken.append((a, b))


def _further_victim(tok, kids) -> bool:
    """True for `another` person who is the object of a verb of harm or injury (`shooting and wounding another
    person`, `shot another man in the leg`): a further victim of the crime told, not the suspect a bare `a man` could be
    (`police shot a man`) (act56e, shooting reports). Not in a participle that describes a noun (`a call about someone
    shooting another person`: a report's words for people the story tells in its own, tune22)."""
    verb = tok.head
    first = verb.head if verb.dep_ == "conj" else verb
    return tok.dep_ == "dobj" and verb.lemma_.lower() in lex.words("harm_verb") | lex.words("injury_verb") and any(
        k.dep_ == "det" and k.lower_ == "another" for k in kids) and first.dep_ != "acl"


def _report_denied(verb) -> bool:
    """True for a harm told in a reported clause of a sentence that calls the report wrong (actor_words.tsv
    `report_denied`: `Early reports said one person had died, but that proved to be incorrect`): no victim, a toll the
    story takes back (review56b, issue 11: act56e's `person` made one of a corrected death)."""
    if verb.dep_ not in ("ccomp", "xcomp"):
        return False
    denied = lex.words("report_denied")
    return any(t.lower_ in denied for t in sentence_of(verb.doc, verb.i))


_PEOPLE_PLURALS = frozenset(("men", "women", "teens", "teenagers", "youths", "males", "females"))


def _charged_people(st: ActorState) -> None:
    """`FIVE men have appeared in court ... on charges`, `officers detained three men for reportedly selling stolen
    goods`: a plural noun of people with a number or `the` (no demonym, name or other modifier) that is the subject
    of appearing in court or the passive subject or object of a verb of charging or arresting (actor_words.tsv
    `accused`, `custody`), or the subject of a clause with a charge noun (`charge_noun`), is a group of suspects
    (CRM); `the men` later in the article is that group (when there is one)."""
    doc = st.doc
    plurals = where(doc, "LOWER", _ids(_PEOPLE_PLURALS))   # (the words written so, off the LOWER column)
    if not plurals:
        return
    accused = lex.words("accused") | lex.words("custody")
    charges = lex.words("charge_noun")
    groups: dict[str, Cluster] = {}
    later = []
    for tok in (st.toks[i] for i in plurals):
        if tok.lower_ not in _PEOPLE_PLURALS or tok.tag_ != "NNS" or st.ctx.skipped(tok.idx, tok.idx + len(tok)) or \
                any(q.start <= tok.idx < q.end for q in st.quotes):
            continue
        kids = children(tok)
        if any(k.dep_ in ("amod", "compound", "poss", "nmod") or k.pos_ == "PROPN" for k in kids if k.i < tok.i):
            continue                              # `Palestinian men`, `his men`: not these
        count = any(k.dep_ == "nummod" for k in kids)
        the = any(k.dep_ == "det" and k.lower_ == "the" for k in kids)
        if not (count or the):
            continue
        verb = tok.head
        charged = tok.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() in accused or \
            tok.dep_ == "nsubj" and verb.lemma_.lower() == "appear" and \
            any(t.lemma_.lower() == "court" for t in verb.subtree) or \
            tok.dep_ in ("nsubj", "nsubjpass") and any(t.lemma_.lower() in charges for t in verb.subtree) and \
            not harmed_subject(tok)               # (`three men were wounded in two shootings`: victims, act25b)
        s_char, e_char = np_bounds(st, tok)
        if nested(st, s_char, e_char) or any(ms < e_char and s_char < me
                                             for ms, me, _ in st.mentions.around(s_char, e_char)):
            continue
        if charged and count and tok.lower_ not in groups:
            c = groups[tok.lower_] = cluster(st, ("G", "charged", s_char), st.ctx.text[s_char:e_char], sector="CRM",
                                             role="suspects")
            add(st, c, s_char, e_char)
            st.taken.append((s_char, e_char))
        elif the and not count:
            later.append((tok, s_char, e_char))
    for tok, s_char, e_char in later:
        c = groups.get(tok.lower_)
        if c is not None and s_char > c.first:
            add(st, c, s_char, e_char)
            st.taken.append((s_char, e_char))


_DOER_NOUNS = frozenset(("man", "woman", "men", "women", "someone", "somebody"))
_SOMEONE = frozenset(("someone", "somebody"))   # an indefinite doer with no determiner (`someone in a passing car
#                                                 opened fire`: act57b)
_DOER_NUMBERS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))


def _unnamed_doers(st: ActorState) -> None:
    """`A Quillbrook diner was robbed by an armed man`, `a man with a gun robbed the store`, `four masked men forced their
    way into the home`: someone unnamed - `man`/`woman` with `a`/`an`/`another`/`one`, or `men`/`women` with a number -
    who is the past-tense subject or the passive's agent of a verb of a crime (actor_words.tsv `doer_verb`), outside
    quotes, with no name, demonym or possessive before the noun (`a Nigerian man`, `his men`: told otherwise) and no
    name after it, is a suspect of the story (CRM; GUIDE.md: criminals and unnamed suspects are actors, of the place's
    country). A later bare `the man` / `the men` is that doer where exactly one doer has that noun and no other unnamed
    person of the noun was made before (`the man` of a victim stays out). Not under a negation, a modal or in a
    question (act56d, issue 11: tune62's robbers and intruders were missed)."""
    from .people import _denied                   # (late, as in `_aged_people`)

    doc = st.doc
    found = where(doc, "LOWER", _ids(_DOER_NOUNS))
    if not found:
        return
    verbs = lex.words("doer_verb")
    doers: dict[str, list] = {}
    later = []
    for tok in (st.toks[i] for i in found):
        if tok.lower_ not in _DOER_NOUNS or tok.tag_ not in ("NN", "NNS") or \
                st.ctx.skipped(tok.idx, tok.idx + len(tok)) or any(q.start <= tok.idx < q.end for q in st.quotes):
            continue
        kids = [k for k in children(tok) if k.i < tok.i]
        if any(k.pos_ == "PROPN" or k.dep_ in ("poss", "compound", "nmod") or
               k.ent_type_ not in ("", "CARDINAL") for k in kids):
            continue                              # `a Nigerian man`, `his men`, `Gainesville men`
        if tok.lower_ in _SOMEONE:
            opened = not kids
        elif tok.tag_ == "NN":
            opened = any(k.dep_ == "det" and k.lower_ in ("a", "an", "another") or
                         k.dep_ == "nummod" and k.lower_ == "one" for k in kids)
        else:
            opened = any(k.dep_ == "nummod" and (k.lower_ in _DOER_NUMBERS or k.text.isdigit()) for k in kids)
        the = len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the"
        if _named_after(st, tok) or not (opened or the):
            continue
        s_char, e_char = np_bounds(st, tok)
        if nested(st, s_char, e_char) or any(ms < e_char and s_char < me
                                             for ms, me, _ in st.mentions.around(s_char, e_char)):
            continue
        if the:
            later.append((tok, s_char, min(e_char, tok.idx + len(tok))))
            continue
        if tok.dep_ == "nsubj":
            verb = tok.head
            past = verb.tag_ == "VBD" and _acts_on_something(verb)
            if verb.tag_ == "VBD" and not past and tok.tag_ == "NN" and verb.lemma_.lower() in lex.words("harm_verb") \
                    and not _denied(verb):
                c = cluster(st, ("D", "harmed", s_char), st.ctx.text[s_char:e_char], sector="CVL", role="person")
                add(st, c, s_char, e_char)        # `A woman shot early Sunday is expected to survive`: the parser's
                st.taken.append((s_char, e_char))  # past verb is a participle of her harm, a victim (review56b)
                continue
        elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            verb = tok.head.head
            past = verb.tag_ == "VBN"
        else:
            continue
        if not past or verb.lemma_.lower() not in verbs and not _opened_fire_verb(verb) or _denied(verb) or \
                _no_crime_done(verb):
            continue
        c = cluster(st, ("D", "doer", s_char), st.ctx.text[s_char:e_char], sector="CRM", role="suspect")
        add(st, c, s_char, e_char)
        st.taken.append((s_char, e_char))
        doers.setdefault(tok.lower_, []).append(c)
    for tok, s_char, e_char in later:
        own = doers.get(tok.lower_, [])
        if len(own) != 1 or s_char < own[0].first:
            continue
        c = own[0]
        others = [o for o in st.clusters.values() if o is not c and o.key[0] in ("D", "G") and o.mentions and
                  o.name.split()[-1:] == [tok.lower_] if o.name]
        if others:
            continue                              # a victim `a man` beside the doer: `the man` is either
        if harmed_subject(tok):
            continue                              # `A man shot Tom Reed, 45. The man died at the scene`: a victim's
            #                                       words as often as the doer's (review56b)
        add(st, c, s_char, e_char)
        st.taken.append((s_char, e_char))


def _opened_fire_verb(verb) -> bool:
    """`opened fire` (actor_words.tsv `fire_deed`) or `fired` at someone or shots: a shooting's deed, as `shot` is, for
    `_unnamed_doers` (act57b: `someone in a passing car opened fire`)."""
    low = verb.lemma_.lower()
    if low == "fire":
        return any(k.dep_ == "dobj" or k.dep_ == "prep" and k.lower_ in ("at", "into", "on") for k in children(verb))
    return any((low, k.lemma_.lower()) in _fire_pairs() for k in children(verb) if k.dep_ == "dobj")


@functools.lru_cache(maxsize=1)
def _fire_pairs() -> frozenset[tuple]:
    """actor_words.tsv `fire_deed` as (verb, object) lemma pairs, made once."""
    return frozenset(tuple(p.split()) for p in lex.words("fire_deed"))


_REFLEXIVES = frozenset(("himself", "herself", "themselves", "itself"))


def _acts_on_something(verb) -> bool:
    """True for a past verb of `_unnamed_doers` with an object, an open complement or `at` (`a man shot a clerk`, `a
    man threatened to kill`, `a man shot at officers`): a deed done. A subject with none is mostly the parser's reading
    of a participle that describes a victim (`A woman shot early Sunday in Quillbrook is expected to survive`: `shot`
    tagged a past verb; review56b, issue 11)."""
    if any(k.dep_ in ("dobj", "xcomp", "ccomp") or k.dep_ == "prep" and k.lower_ == "at" for k in children(verb)):
        return True
    return any(v.dep_ == "conj" and v.tag_ == "VBD" and any(k.dep_ == "dobj" for k in children(v))
               for v in children(verb))       # (`shot and killed a clerk`; not `shot ... is expected to survive`)


def _no_crime_done(verb) -> bool:
    """True where the deed of `_unnamed_doers`' verb is no crime of its subject (review56b, issue 11): its object is
    the subject itself (`a man shot himself`, `a woman killed herself`: a victim of his own hand, as GUIDE.md codes
    the self-harmed, CVL), a criminal (`a woman shot the intruder`, `a man stabbed his attacker`: one who fought a
    crime off; titles.tsv CRM nouns and actor_words.tsv `doer_foe`), or a picture (`a woman shot video of the fight`:
    actor_words.tsv `doer_picture`, a witness); or an open complement of self-harm (`a man threatened to jump from
    the bridge`, `... to kill himself`: actor_words.tsv `doer_self_harm`, or a reflexive object)."""
    foes, pictures = lex.words("doer_foe"), lex.words("doer_picture")
    for k in children(verb):
        if k.dep_ == "xcomp" and (k.lemma_.lower() in lex.words("doer_self_harm") or any(
                o.dep_ == "dobj" and o.lower_ in _REFLEXIVES for o in children(k))):
            return True                           # `a man threatened to jump`, `... to kill himself`: his own harm
        if k.dep_ != "dobj":
            continue
        low, lem = k.lower_, k.lemma_.lower()
        if low in _REFLEXIVES or lem in foes or lem in pictures or any(
                t.sector == "CRM" for t in (lex.titles().get(lem) or {}).values()):
            return True
    return False


def _harmed_groups(st: ActorState) -> None:
    """`two men died at the scene`, `four women had been killed`, `three others were hurt`, `5 people shot to death`,
    `two wounded people`: a plural noun of people (actor_words.tsv `harmed_plural`) counted by a number other than
    `one`, with no name, demonym, owner or compound before it, that is the passive subject of a verb of harm or injury,
    the subject of dying or of `be dead`, has such a participle after it, or a harm's adjective before it
    (`harm_adjective`), outside quotes: the story's victims, a group of private people of its own (CVL), as
    `_harmed_people` makes one person (act53b, issue 11: shooting reports count their victims). A count that is
    charged or arrested is `_charged_people`'s; a count of no harm (`around 100 people gathered`) stays none."""
    nouns, adjectives = lex.words("harmed_plural"), lex.words("harm_adjective")
    harms = lex.words("harm_verb") | lex.words("injury_verb")
    if not local_police_named(st):
        return                                    # (no local police: a toll of a bombing or an outbreak abroad)
    numbers = _unit_numbers()
    for tok in (st.toks[i] for i in where(st.doc, "LOWER", _ids(nouns))):
        if tok.tag_ != "NNS" or tok.lower_ not in nouns or st.ctx.skipped(tok.idx, tok.idx + len(tok)) or \
                any(q.start <= tok.idx < q.end for q in st.quotes):
            continue
        before = [k for k in children(tok) if k.i < tok.i]
        count = next((k for k in before if k.dep_ == "nummod"), None)
        value = numbers.get(count.lower_) if count is not None else None
        if count is not None and value is None and count.text.replace(",", "").isdigit():
            value = int(count.text.replace(",", ""))
        if value is None or not 2 <= value <= HARMED_GROUP_MOST or tok.dep_ == "pobj" and tok.head.lower_ == "of":
            continue                              # (`one of 26 people killed in 2012`: a toll, not the story's)
        if any(k.pos_ == "PROPN" or k.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or k.dep_ in ("poss", "compound")
               for k in before):
            continue                              # `two Harlow men`, `his two sons`: told otherwise
        verb = tok.head
        dead = tok.dep_ == "nsubj" and is_be(verb) and any(
            k.dep_ == "acomp" and k.lower_ == "dead" for k in children(verb))
        told = any(k.dep_ == "amod" and k.lower_ in adjectives for k in before) or any(
            k.dep_ == "acl" and k.tag_ == "VBN" and k.lemma_.lower() in harms for k in children(tok) if k.i > tok.i)
        if not (dead or told or harmed_subject(tok) or left_harmed(tok)) or _a_tally(verb if not told else tok) or \
                _report_denied(verb):
            continue
        s_char, e_char = np_bounds(st, tok)
        e_char = min(e_char, tok.idx + len(tok))
        if nested(st, s_char, e_char) or any(ms < e_char and s_char < me
                                             for ms, me, _ in st.mentions.around(s_char, e_char)):
            continue
        c = cluster(st, ("G", "harmed", s_char), st.ctx.text[s_char:e_char], sector="CVL", role="victims")
        add(st, c, s_char, e_char)
        st.taken.append((s_char, e_char))


HARMED_GROUP_MOST = 10    # a counted group of victims of one local crime has at most this many (`two men`, `five
#                           people`); a larger count is a toll (a bombing's, an outbreak's, a city's year) (act53b)


@functools.lru_cache(maxsize=1)
def _unit_numbers() -> dict[str, int]:
    """number_words.tsv's unit words (`two` -> 2) as the casualties stage reads them, lower case, built once."""
    return {r["word"].lower(): int(r["value"]) for r in used_by("number_words.tsv", "casualties") if r["kind"] == "unit"}


_SPAN_DETS = frozenset(("this", "last", "every", "each", "per", "a", "past"))


def _a_tally(head) -> bool:
    """True when the clause of a counted harm is a running tally over a span of time (actor_words.tsv `tally_word`:
    `six people have been shot on Quarry Street since January`, `this year`, `so far`), no story's victims."""
    words = lex.words("tally_word")
    toks = list(head.sent) if head.dep_ == "ROOT" else list(head.subtree)
    for t in toks:
        low = t.lemma_.lower()
        if low in words and (low in ("since", "annually") or any(k.lower_ in _SPAN_DETS for k in children(t))):
            return True
        if t.lower_ == "far" and t.i and t.doc[t.i - 1].lower_ == "so":
            return True
    return False


def _ids(words: frozenset[str]):
    from ..spans import lexicon_ids
    return lexicon_ids(words)


def _country_executive(st: ActorState, tok) -> bool:
    """True when `executive` is a country's or region's, and definite (`Spain's executive`, `the Catalan
    executive`): the government of the place, as wire news from Europe writes it, not a company's manager."""
    mods = [c for c in children(tok) if c.i < tok.i]
    definite = any(c.dep_ == "poss" or c.lower_ == "the" for c in mods)
    return definite and any(c.dep_ in ("amod", "poss", "compound", "nmod") and (h := hit_at(st, c.i)) is not None and
                            h[0] in ("CTRY", "DEM", "CAP") for c in mods)


def _heads_longer(st: ActorState, tok) -> bool:
    """True when this noun begins a longer `X of Y` title (`secretary of state`, `minister of defence`)."""
    toks = st.toks
    for n in (2, 3):
        if tok.i + n < len(toks) and toks[tok.i + 1].lower_ in ("of", "for"):
            words = [tok.lower_] + [t.lower_ for t in toks[tok.i + 1:tok.i + n + 1]]
            if " ".join(words) in lex.titles():
                return True
    return False


def _in_two_word_title(st: ActorState, tok) -> bool:
    """True when this title is the first word of a person's title of two words that the next noun ends and that is of
    another sector (act45: the `inspector` of `the State Department inspector general` is no police inspector; the
    next noun makes the title). A first word of the same sector stays (`a U.S. magistrate judge`: `U.S.` hangs on
    `magistrate`, whose description gives the judge's country)."""
    toks = st.toks
    if tok.i + 1 >= len(toks) or toks[tok.i + 1].pos_ != "NOUN":
        return False
    longer = lex.titles().get(tok.lower_ + " " + toks[tok.i + 1].lower_, {}).get("person")
    own = lex.titles().get(tok.lower_, {}).get("person") or lex.titles().get(tok.lemma_.lower(), {}).get("person")
    return longer is not None and own is not None and longer.sector != own.sector


def _plural_of_title(st: ActorState, tok, phrase: str, kinds: dict) -> dict:
    """`army officers`, `FBI agents`, `construction workers`: the plural of a person title of several words whose
    last words alone are a group (`officers` COP, `agents` COP, `workers` LAB) is that group with the longer title's
    sector (MIL, COP, LAB; act28b); any other plural of a title stays as it was."""
    words = phrase.split()
    if _kind_after_of(tok):
        return kinds                              # `the rights of police officers`, `a shortage of FBI agents`:
        #                                           a kind, no group (rev28c); `two FBI agents`, `thousands of
        #                                           construction workers` stay
    for k in range(1, len(words)):
        shorter = _head_phrase(st, tok, len(words) - k)
        if shorter is not None and "group" in shorter[1]:
            return {"group": dataclasses.replace(shorter[1]["group"], sector=kinds["person"].sector)}
    return kinds


def _kind_after_of(tok) -> bool:
    """A bare plural (no determiner, owner or number) as the object of `of` after a noun that counts or gathers no
    one (`the rights of police officers`, `in the form of riot police officers`): people of a kind, no group."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.pos_ != "NOUN":
        return False
    owner = tok.head.head
    if owner.tag_ == "CD" or owner.lemma_.lower() in lex.words("quantity") | lex.words("group_noun"):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in children(tok))


def _head_phrase(st: ActorState, tok, longest: int = 4):
    """The longest title or group phrase ending at this noun (`armed opposition`, `top diplomat`)."""
    table, openers = lex.titles(), _phrase_openers()
    before = [t.lower_ for t in st.toks[max(0, tok.i - 3):tok.i]]     # the words before it, read once
    ends = (tok.lower_, tok.lemma_.lower())
    for n in range(longest, 0, -1):
        if tok.i - n + 1 < 0:
            continue
        seq = before[len(before) - n + 1:] if n > 1 else []
        if seq and seq[0] not in openers and " " not in seq[0]:
            continue                              # (no phrase opens with its first word: speed36b)
        for last in ends:
            kinds = table.get(" ".join(seq + [last]))
            if kinds and not (" ".join(seq + [last]) in lex.words("cause_title") and for_a_cause(tok)):
                return " ".join(seq + [last]), kinds
    return None



def _modifiers(st: ActorState, head) -> tuple[list, Optional[Cluster]]:
    """Countries named in a noun's modifiers (demonyms, `Russia's`, compound names, conjoined
    demonyms), and a person who possesses it (`Assad's troops`, `the Assad regime`)."""
    isos, owner = [], None
    for child in children(head):
        if child.i > head.i or child.dep_ not in ("amod", "compound", "poss", "nmod", "npadvmod"):
            continue
        for tok in [child] + [c for c in children(child) if c.dep_ == "conj"]:
            h = hit_at(st, tok.i)
            if h and h[0] in ("DEM", "CTRY", "CAP") and _stance_object(st, head, tok):
                continue                          # `anti-American protesters`, `pro-Palestinian students`
            if h and h[0] == "DEM" and tok.i and st.toks[tok.i - 1].is_title and \
                    f"{st.toks[tok.i - 1].lower_} {tok.lower_}" in lex.words("region_demonym"):
                continue                          # `the Central American leader`: a region's, no country's (ident43)
            if h and h[0] in ("DEM", "CTRY", "CAP"):
                if h[1] not in isos:
                    isos.append(h[1])
            elif h and h[0] == "ORG" and h[1].kind == "state" and h[1].country not in isos:
                isos.append(h[1].country)
                st.body_sector[head.i] = h[1].sector         # `DEA officials` -> COP
            elif tok.i in st.person_at and owner is None:
                owner = st.person_at[tok.i]
            elif tok.i in st.group_iso and st.group_iso[tok.i] not in isos:
                isos.append(st.group_iso[tok.i])     # `the regime's forces`
    return isos, owner


def _held_by_body(st: ActorState, tok) -> bool:
    """`ICE detainees`, `90 more U.S. Immigration and Customs Enforcement detainees`: a noun of private people whose
    modifier is a state body of the lexicon names the people that body holds or uses, who are not of its state; the
    body is an actor of its own (with its own span) and the people, with no country said, none. True when so."""
    body = next((h for c in children(tok) if c.dep_ in ("compound", "nmod") and c.i < tok.i and
                 (h := hit_at(st, c.i)) is not None and h[0] == "ORG" and h[1].kind == "state"), None)
    if body is None:
        return False
    span = span_of(st.doc, body[2], body[3])
    if not nested(st, span.start_char, span.end_char):
        add_org(st, body[1], span.start_char, span.end_char)
    st.taken.append(np_bounds(st, tok))
    return True


def _stance_object(st: ActorState, head, tok) -> bool:
    """A country word after `anti-` (`anti-American protesters`), or after `pro-` before a noun of no armed or
    state body (`pro-Palestinian students`; not `pro-Russian separatists`, `pro-Syrian troops`): what the group is
    for or against, not its country."""
    doc = st.doc
    k = tok.i
    while k > 0 and tokens(doc)[k - 1].text[:1].isupper() and tokens(doc)[k - 1].is_alpha and tokens(doc)[k - 1].i > 0 and \
            tokens(doc)[k - 2].text not in ("-", "–"):
        k -= 1                                    # (`anti-United States`: the name's first word)
    if k < 2 or tokens(doc)[k - 1].text not in ("-", "–") or tokens(doc)[k - 2].lower_ not in ("anti", "pro"):
        return False
    if tokens(doc)[k - 2].lower_ == "anti":
        return True
    kinds = lex.titles().get(head.lemma_.lower(), {}) or lex.titles().get(head.lower_, {})
    title = kinds.get("group") or kinds.get("civil")
    return title is not None and title.sector not in ("MIL", "REB", "GOV", "COP", "SPY")


def _league_placed(st: ActorState, tok) -> Optional[str]:
    """The country of a sports league (organisations.tsv role `sports league`) that modifies a noun of a place in a
    league's table (actor_words.tsv `league_table`: `the current Bundesliga leaders`), else None: those are clubs, and
    the league is named only as a modifier (GUIDE.md, session 33; the league's own people, `NFL officials`, stay the
    league's) (act33's case; rev33: one mechanism with states._league_modifier, the league's home kept)."""
    if tok.lemma_.lower() not in lex.words("league_table"):
        return None
    for c in children(tok):
        h = hit_at(st, c.i) if c.dep_ in ("compound", "nmod") and c.i < tok.i else None
        if h and h[0] == "ORG" and getattr(h[1], "role", None) == "sports league":
            return league_country(st, h[1], h[2])
    return None


def _org_in(st: ActorState, head, start: int, end: int) -> Optional[lex.Organisation]:
    """An organisation (not a state body) that modifies a group noun or is its `of`-object:
    `Taliban fighters`, `rebels of the Free Syrian Army`."""
    near = [c for c in children(head) if c.dep_ in ("compound", "nmod", "poss", "amod")]
    near += [o for p in head.rights if p.dep_ == "prep" and p.lower_ == "of" for o in children(p)]
    for t in near:
        h = hit_at(st, t.i)
        if h and h[0] == "ORG" and h[1].kind == "org":
            return h[1]
    return None


def _body_as_modifier(tok) -> bool:
    """A body's noun with no determiner or owner of its own that only qualifies a lower-case noun after it, in a list
    of three modifiers or more: the parser's `nmod` of that noun before its adjectives (`the full military, economic,
    diplomatic ... powers`) or a conjunct of such an adjective (`economic, diplomatic, intelligence and technological
    powers`): a kind of power, no body (act36a). Two (`regulatory and government agencies`) are left to the head."""
    if any(c.dep_ in ("det", "poss") for c in children(tok)):
        return False
    if tok.dep_ == "nmod":
        head = tok.head
        if not (head.i > tok.i and head.pos_ == "NOUN" and head.is_lower):
            return False
        adjs = [c for c in children(head) if c.dep_ == "amod" and c.i > tok.i and c.pos_ == "ADJ"]
        return sum(1 + sum(1 for d in a.subtree if d.dep_ == "conj") for a in adjs) >= 2
    if tok.dep_ != "conj":
        return False
    first = tok.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first.i < tok.i and first.pos_ == "ADJ" and first.dep_ == "amod" and first.head.i > tok.i and \
        first.head.pos_ == "NOUN" and first.head.is_lower and sum(1 for d in first.subtree if d.dep_ == "conj") >= 2


def _in_monument_name(tok) -> bool:
    """A capitalised group noun (not a sentence's first word) that is the `of`-object of a capitalised monument's
    noun (actor_words.tsv `monument`: `the Tomb of the Unknown Soldier`): a piece of the monument's name (act36e)."""
    if not tok.text[:1].isupper() or tok.is_sent_start or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    return owner.i < tok.i and owner.text[:1].isupper() and owner.lemma_.lower() in lex.words("monument")


def _in_body_name(tok) -> bool:
    """A capitalised group noun (not a sentence's first word) that is the `on`- or `of`-object of a capitalised word
    of an organisation's name (orgwords.tsv: `the House Permanent Select Committee on Intelligence`, `the Union of
    Concerned Scientists`): a piece of that body's name, no group of its own (act37b)."""
    if not tok.text[:1].isupper() or tok.is_sent_start or tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "on"):
        return False
    owner = tok.head.head
    return owner.i < tok.i and owner.text[:1].isupper() and not owner.is_sent_start and \
        owner.lower_ in lex.org_words()


def _force_of_no_army(tok) -> bool:
    """`forces` named for a civil kind (actor_words.tsv `civil_force`: `market forces`, `the labor force`), or bare
    (no determiner, owner, number or modifier) as the object of a verb of joining, or no subject and before a
    preposition of reach (`force_idiom`: `joining forces with`, `dependent on forces outside his control`): no armed
    force (act36a)."""
    if tok.lemma_.lower() != "force":
        return False
    kids = children(tok)
    if any(c.dep_ in ("compound", "amod") and c.lower_ in lex.words("civil_force") for c in kids):
        return True
    if any(c.dep_ in ("det", "poss", "nummod", "amod", "compound", "nmod") for c in kids) or tok.tag_ != "NNS":
        return False
    idiom = lex.words("force_idiom")
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in idiom:
        return True
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1                                    # (`forces mostly outside his control`, wherever the parser hangs it)
    return k < len(doc) and doc[k].pos_ == "ADP" and doc[k].lower_ in idiom and tok.dep_ not in ("nsubj", "nsubjpass")
    #   (`Forces beyond the border attacked`: forces that act stay an army)


def _camp_of(st: ActorState, tok) -> Optional[str]:
    """For a plural noun of armed forces after `anti-`/`pro-` and the name of a lexicon figure who on the article's
    day runs in a party's race or sits in a legislature (`anti-Trump forces` in 2016), or owned or named by such a
    known figure (`Trump's army of followers`, `the Trump troops`; act37b): that figure's camp in politics,
    no army, as the role (`supporters`, `opponents`); None otherwise: forces for or against a ruler or anyone else
    are armed (`pro-Assad forces`, `anti-Gaddafi forces`, `pro-Hadi forces`, `anti-government forces`)."""
    doc = st.doc
    k = tok.i - 1
    if k >= 2 and tokens(doc)[k - 1].text in ("-", "–") and tokens(doc)[k - 2].lower_ in ("anti", "pro") and \
            tokens(doc)[k].text[:1].isupper():
        role = "supporters" if tokens(doc)[k - 2].lower_ == "pro" else "opponents"
    else:                                         # `Trump's army of Twitter followers`, `the Trump troops`: the
        k = next((c.i for c in children(tok) if c.dep_ in ("poss", "compound") and c.i < tok.i and
                  c.text[:1].isupper()), -1)      # figure owning or naming the troops: a campaign's followers (act37b)
        if k < 0 or k not in st.person_at:
            return None
        role = "supporters"
    known = st.person_at.get(k)
    people = (known.person,) if known is not None and known.person is not None else \
        lex.person_forms().get(tokens(doc)[k].text, ())
    if not any(p.at(st.day)[1] in ("PTY", "LEG") for p in people):
        return None
    return role


def _figure_stance(st: ActorState, tok) -> bool:
    """A stance for or against a figure of the article right before a stance collective's head: `anti-`/`pro-` and
    the name (`the anti-Ames movement`), a `figure_stance_mark` and the name, quoted or not (`the "Never Ames"
    movement`, `the Stop Ames movement`), or the mark glued to it (`the #NeverAmes crowd`); the name is the surname of
    a person the article names or of a lexicon figure of the day's politics (act55c). `the anti-abortion movement`,
    `the anti-American crowd` name no figure."""
    toks = tokens(st.doc)
    k = tok.i - 1
    while k >= 0 and toks[k].is_quote:
        k -= 1
    if k < 0 or not toks[k].text[:1].isalpha():
        return False
    word = toks[k].text
    glued = re.match(r"#?(?i:never|stop)(?=[A-Z])", word)   # (the mark of any case, the name capitalised: not
    #                                                         `Neverland`, `Stopford`; review55b)
    if glued:
        name = word[glued.end():]
    elif word[:1].isupper() and k >= 2 and toks[k - 1].text in ("-", "–") and toks[k - 2].lower_ in ("anti", "pro"):
        name = word
    else:
        j = k - 1
        while j >= 0 and toks[j].is_quote:
            j -= 1
        if not (word[:1].isupper() and j >= 0 and toks[j].lower_ in lex.words("figure_stance_mark")):
            return False
        name = word
    if any(c.key[0] in ("P", "P?") and c.name.split()[-1:] == [name] for c in st.clusters.values()):
        return True
    return any(p.at(st.day)[1] in ("PTY", "LEG", "GOV") for p in lex.person_forms().get(name, ()))


def _cause_camp(st: ActorState, tok) -> bool:
    """A plural noun of armed forces right after `pro-`/`anti-` and a lower-case cause of civil politics (actor_words.tsv
    `camp_cause`: `pro-democracy forces`, `anti-abortion forces`): a movement, no army (act37b); `pro-government
    forces`, `anti-Taliban forces` stay armed."""
    k = tok.i - 1
    toks = tokens(st.doc)
    return k >= 2 and toks[k - 1].text in ("-", "–") and toks[k - 2].lower_ in ("anti", "pro") and \
        toks[k].is_lower and toks[k].lower_ in lex.words("camp_cause")


def _sentence_over_rank(doc, i: int) -> list:
    """The tokens of token i's sentence, and of the next one where the parser cut the sentence at the dot of a rank
    written short before a name (actor_words.tsv `service_rank`: `Authorities believe the driver hit Lt. | Omar Fenn with
    a shovel, then stabbed him`: one sentence; act52a)."""
    sent = sentence_of(doc, i)
    toks = list(sent)
    if len(toks) >= 2 and toks[-1].text == "." and toks[-2].lower_ in lex.words("service_rank") and \
            toks[-2].is_title and len(toks[-2].text) <= 4 and sent.end < len(doc) and tokens(doc)[sent.end].is_title:
        #                                           (written short, `Sgt.`, `Capt.`: not a sentence that ends in
        #                                           one written out, `named for a sheriff's deputy.`; review52d)
        toks += list(sentence_of(doc, sent.end))
    return toks


def _crime_word(tok) -> bool:
    """A word of a crime being worked (actor_words.tsv `crime`), but not a doer's noun as a noun's modifier
    (`crime_doer`: `the killer storm`, `a burglar alarm`, `robber barons`; review52d)."""
    low = tok.lemma_.lower()
    return low in lex.words("crime") and not (low in lex.words("crime_doer") and tok.dep_ in ("compound", "amod") and
                                              tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i)


def _named_by_copula(st: ActorState, tok) -> bool:
    """A description that is the subject of `be` whose attribute is a person's name (`the victim was Alec Dunn`,
    `Police said the gunman was Greene`, `If the nominee is Tom Ward, my answer is no`, `the nominee will be
    Ted Cruz`): a mention of that person, never of another one near it (act36d; an attribute that is no person found
    leaves it no actor: `predicate`). True when it joined one."""
    verb = tok.head
    if tok.dep_ != "nsubj" or not is_be(verb):
        return False
    person = next((st.person_at[c.i] for c in children(verb) if c.dep_ == "attr" and c.i in st.person_at), None)
    if person is None:
        return False
    s_char, e_char = np_bounds(st, tok)
    if not nested(st, s_char, e_char) and (s_char, e_char) not in st.taken:
        add(st, person, s_char, e_char)
        st.taken.append((s_char, e_char))
    return True


def _describes_named(st: ActorState, tok, title: lex.Title) -> bool:
    """A singular noun with `a`/`an` and a participle of naming after it (actor_words.tsv `introducing`) whose object
    is a person named (`a Taliban commander called Mullah Omar`, `a Filipino man named Jose Santos`): the description
    is a mention of that person, no actor of its own (the person keeps what the name says of them; a description's
    sector fills a person who has none). True when it joined one."""
    if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(tok)):
        return False
    for verb in children(tok):
        if verb.dep_ == "acl" and verb.i > tok.i and verb.lower_ in lex.words("introducing"):
            person = next((st.person_at[o.i] for o in children(verb)
                           if o.dep_ in ("oprd", "dobj", "attr", "xcomp") and o.i in st.person_at), None)
            if person is None:
                return False
            s_char = np_bounds(st, tok)[0]
            e_char = tok.idx + len(tok)
            if not nested(st, s_char, e_char):
                add(st, person, s_char, e_char)
                st.taken.append((s_char, e_char))
            if person.person is None and person.sector is None:
                body = next((h[1] for c in children(tok) if (h := hit_at(st, c.i)) and h[0] == "ORG"), None)
                person.sector = getattr(body, "sector", None) or title.sector   # (`Taliban`: REB)
                person.role = person.role or title.role
            return True
    return False


def _titles_a_name(tok) -> bool:
    """A singular title noun with no determiner set before a name of capitalised words (a compound of the name's last
    word, every word between them a capitalised proper noun or a hyphen: `Dublin Mayor Marilee Chinnici-Zuercher`,
    which the tagger took for a work of art): the title of that person, no unnamed official of its own (act33)."""
    head = tok.head
    if tok.dep_ != "compound" or head.i <= tok.i + 1 or head.pos_ != "PROPN" or not head.text[:1].isupper() or \
            any(c.dep_ == "det" for c in children(tok)):
        return False
    between = tokens(tok.doc)[tok.i + 1:head.i]
    return all(t.text in ("-", "–") or t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in between)


def _stands_in(st: ActorState, tok, title: lex.Title) -> bool:
    """`the acting secretary of the Army`, `the deputy secretary`: a title under a modifier of actor_words.tsv
    `stand_in` the title's own phrase lacks (not `deputy prime minister`) names someone below or standing in for the
    holder, never the holder the lexicon knows: with `the`/`a`/`an`, one unnamed person of that rank (a second such
    description is the same one), of the country a demonym gives. True when made."""
    word = next((c.lower_ for c in children(tok) if c.dep_ in ("amod", "compound") and c.i < tok.i and
                 c.lower_ in lex.words("stand_in") and c.lower_ not in title.phrase.split()), None)
    if word is None or not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in children(tok)):
        return False                              # (no article: a job title in a list, `Assistant Vice President of
    s_char, e_char = np_bounds(st, tok)           #  the Human Resources Department`, left to the rules after)
    if nested(st, s_char, e_char) or (s_char, e_char) in st.taken:
        return True
    isos, _ = _modifiers(st, tok)
    iso = isos[0] if len(isos) == 1 and isos[0] != "IGO" else None
    role = f"{word} {title.role}"
    c = cluster(st, ("D", role, iso or ""), st.ctx.text[s_char:e_char], sector=title.sector, role=role, country=iso)
    add(st, c, s_char, e_char)
    st.taken.append((s_char, e_char))
    return True


def _distributive(tok) -> bool:
    """True when a description ranges over two or more people without naming one: a determiner `either`/`neither`/
    `both` (`either candidate`, `neither nominee`, `both candidates`), or a pre-conjunct one before a noun with no
    determiner of its own (`to serve as both mayor and party chief`: roles; actor_words.tsv `distributive`).
    Not `both the president and the speaker` (each noun its own holder; ident57)."""
    dist = lex.words("distributive")
    kids = [c for c in children(tok) if c.i < tok.i]
    if any(c.dep_ == "det" and c.lower_ in dist for c in kids):
        return True
    if any(c.dep_ in ("det", "poss") for c in kids):
        return False
    prev = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return any(c.dep_ in ("preconj", "predet") and c.lower_ in dist for c in kids) or \
        (prev is not None and prev.lower_ in dist and prev.dep_ in ("preconj", "predet") and prev.head.i == tok.i)


def _person_description(st: ActorState, tok, title: lex.Title) -> None:
    """`the Syrian strongman`, `Russia's top diplomat`, `the senator` -> the person meant."""
    doc = st.doc
    if tok.i + 1 < len(doc) and tokens(doc)[tok.i + 1].text == "-" and not tok.whitespace_:
        return                                    # `the commander-in-chief test`: part of a longer word
    if _named_by_copula(st, tok):
        return                                    # `the winner was Ann Lee`: that person (act36d)
    if predicate(tok):
        return                                    # `her efforts as a U.S. senator`: a role, not someone
    if _office_of_title(st, tok, title):
        return                                    # `The Maricopa County Sheriff's Office`: a body, not the sheriff
    if _names_the_post(tok):
        st.taken.append(np_bounds(st, tok))       # `a contender for the vice president's position`, `a run for the
        return                                    # office of the president`: the post, no one (ident34b)
    if _describes_named(st, tok, title):
        return                                    # `a Taliban commander called Mullah Omar`: that person
    if _titles_a_name(tok):
        return                                    # `Dublin Mayor Jane Kowalski said`: the title of a name the
        #                                           tagger missed, not an official of the capital's state (act33)
    if any(c.dep_ == "amod" and c.lower_ in lex.words("future") for c in children(tok)):
        st.taken.append(np_bounds(st, tok))       # `the next president`, `the eventual nominee`: whoever it will
        return                                    # be, nobody named
    if _post_to_fill(tok) or _post_of_many(tok) or _post_sought(tok):
        st.taken.append(np_bounds(st, tok))       # `the nominee will be decided at the convention`, `the winning
        return                                    # candidate in every election`: the post, no holder (ident53)
    if _modifies_contest(tok):
        return                                    # `Indiana governor race`: the race, no governor (ident53)
    if _stands_in(st, tok, title):
        return                                    # `the acting secretary of the Army`: not the secretary (ident50b)
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in lex.words("choice_word")
                                                         and any(p.dep_ == "poss" for p in children(o))
                                                         for o in children(c)) for c in children(tok)):
        st.taken.append(np_bounds(st, tok))       # `vote for the candidate of their choice`: whoever they choose,
        return                                    # nobody named (ident35b)
    dets = [c for c in children(tok) if (c.dep_ in ("det", "poss") or c.dep_ == "nummod" and c.lower_ == "one")
            and c.i < tok.i]                      # (`One BLM activist tweeted`: someone)
    isos, owner = _modifiers(st, tok)
    if owner is not None:                         # `Assad's spokesman`, `Stein's press secretary`: someone else,
        _staffer(st, tok, title, owner)           # of the possessor's country (and sector, for staff)
        return
    if not dets and len(isos) <= 1 and in_headline(st, tok.idx):
        c = _who(st, isos[0] if isos else None, title, tokens(doc)[tok.i].idx, anywhere=True)
        if (c is None or c.key[0] not in ("P", "P?")) and not any(ch.i < tok.i for ch in children(tok)):
            c = _story_person(st, title.sector)          # `Judge rejects ...` for Justice Frank Nervo (a bare title:
            #                                              not `UN ENVOY`)
        if c is not None and c.key[0] in ("P", "P?"):   # `Burma leader visits Washington` (a headline drops its
            s_char, e_char = np_bounds(st, tok)          # articles): the leader the story names
            if not nested(st, s_char, e_char) and (s_char, e_char) not in st.taken:
                add(st, c, s_char, e_char)
                st.taken.append((s_char, e_char))
                return
    if _distributive(tok):
        st.taken.append(np_bounds(st, tok))       # `either candidate`, `both candidates`: two or more people, not
        return                                    # one of them (ident57)
    if dets and dets[0].lower_ in ("which", "what", "whichever", "whatever"):
        st.taken.append(np_bounds(st, tok))       # `asked which U.S. candidate she preferred`: nobody named
        return
    if not dets or dets[0].lower_ in lex.words("indefinite") or dets[0].lower_ == "one":
        if isos and len(isos) == 1:               # `a Russian diplomat`, `Austrian journalist`
            s_char, e_char = np_bounds(st, tok)
            if not nested(st, s_char, e_char) and (s_char, e_char) not in st.taken:
                former = any(t.lower_ in lex.words("former") for t in tokens(doc)[tok.left_edge.i:tok.i])
                sector = "ELI" if former else (title.sector if title.sector != "IGO" else "GOV")
                if sector == "GOV" and isos[0] != "IGO":  # `a Mexican official`, `a White House official`: an
                    c = cluster(st, ("D", title.role, s_char), st.ctx.text[s_char:e_char], sector=sector,
                                role=title.role, country=isos[0])   # unnamed official of that state, never the
                else:                                   # state itself (ident50b)
                    c = state_actor(st, isos[0], sector, "former officials" if former else None)
                add(st, c, s_char, e_char)
                st.taken.append((s_char, e_char))
        elif dets and not isos:
            _someone(st, tok, title)             # `a federal judge ruled`: someone unnamed
        return
    if dets[0].lower_ in ("his", "her", "their", "its", "my", "our", "your") and not isos:
        return                                    # `my campaign manager` in a quote: the speaker's, unnamed
    iso = isos[0] if isos else None
    s_char, e_char = np_bounds(st, tok)
    if nested(st, s_char, e_char) or (s_char, e_char) in st.taken:
        return
    former = any(t.lower_ in lex.words("former") for t in tokens(doc)[tok.left_edge.i:tok.i])
    of_iso, body = _of_object(st, tok, title) if iso is None and not former else (None, None)
    iso = iso or of_iso                           # `the president of Afghanistan` in a Washington story: Afghan
    if body is None and iso is None and not former:
        body = _league_officer(st, tok, title)    # `the NFL commissioner`: the league's
    led = _led(st, tok, title) if iso is None and body is None and title.phrase in lex.words("country_told") else True
    if isinstance(led, lex.Organisation):         # `the Hamas leader`: the article's leader of that body, if any
        c = _body_head(st, led.sector, title, tokens(doc)[tok.i].idx)
        if c is not None:
            add(st, c, s_char, e_char)
        st.taken.append((s_char, e_char))
        return
    if body == () or not led or any(_ORDINAL.fullmatch(c.text) for c in children(tok) if c.i < tok.i) or \
            _ordinal_word(tok, title):
        st.taken.append((s_char, e_char))         # `the president of a gun violence prevention group`, `the civil
        return                                    # rights leader`, `the 43rd president`: someone this text does not
        #                                           name, not the head of a state
    if body is not None:                          # `the president of the World Bank`, `of Harvard University`: that
        sector, country = body                    # body's head, no state's officer: the article's person of that
        c = _body_head(st, sector, title, tokens(doc)[tok.i].idx) or \
            cluster(st, ("D", title.role, s_char), st.ctx.text[s_char:e_char], sector=sector, role=title.role,
                    country=country)              # sector and title named before, else someone unnamed
        add(st, c, s_char, e_char)
        st.taken.append((s_char, e_char))
        return
    party = next((lex.parties().words[t.text] for t in tokens(doc)[tok.left_edge.i:tok.i] if t.text in lex.parties().words),
                 None)                            # `the Democratic nominee`
    if any(t.lower_ in lex.words("former") for t in tokens(doc)[tok.left_edge.i:tok.i]):
        c = _who(st, iso, title, tokens(doc)[tok.i].idx, former=True, party=party,   # `the former New Mexico governor`
                 others=_named_in_own_quote(st, tok))
        if c is None and dets and dets[0].lower_ == "the" and title.sector not in ("CVL", None):
            c = cluster(st, ("D", "former " + title.role, s_char), st.ctx.text[s_char:e_char], sector="ELI",
                        role="former " + title.role, country=iso if iso != "IGO" else None)
            #                                       `The former U.S. President said`: someone who held it, not the
            #                                       state (nor its country word a mention of the state)
        if c is not None:
            add(st, c, s_char, e_char)
        st.taken.append((s_char, e_char))
        return
    role = _qualified_role(st, tok, title)
    if role is not None:                          # `the Senate minority leader`: that office's holder, never the
        c = _role_holder(st, role, iso)           # head of state an unqualified `leader` may name
        if c is None:
            sector = st.body_sector.get(tok.i) or title.sector
            c = cluster(st, ("D", role, iso or ""), st.ctx.text[s_char:e_char], sector=sector, role=role,
                        country=iso if iso != "IGO" else None)
        add(st, c, s_char, e_char)
        st.taken.append((s_char, e_char))
        return
    place = next((m.text for m in children(tok) if m.dep_ in ("compound", "amod", "nmod") and m.i < tok.i and
                  m.pos_ == "PROPN" and lex.place_country(m.text)), None)
    state = next((name for m in children(tok) if m.dep_ in ("compound", "amod", "nmod") and m.i < tok.i and
                  m.pos_ == "PROPN" and (name := _flat_name(st, m)) in lex.us_states()), None) \
        if title.sector in STATE_SECTORS else None
    state = state or place                        # (`the New York attorney general`: `New York`, where `York` alone
    #                                               is a place abroad; not `the New York businessman`; act47b)
    if _state_post(st, tok, title, state, iso):        # `the Texas attorney general`, `the attorney general of Florida`:
        c = _state_post_holder(st, title, tokens(doc)[tok.i].idx, state) or cluster(   # not the federal one's holder
            st, ("D", "state " + title.role, state or ""), st.ctx.text[s_char:e_char], sector=title.sector,
            role="state " + title.role, country="USA")
        add(st, c, s_char, e_char)
        st.taken.append((s_char, e_char))
        return
    if iso is not None and _posted_abroad(st, title, iso, e_char):
        add(st, state_actor(st, iso, title.sector if title.sector != "IGO" else "GOV"), s_char, e_char)
        st.taken.append((s_char, e_char))         # `Cuba's chief diplomat in Washington`: a head of mission, not the
        return                                    # foreign minister (ident34b)
    if iso is None and dets[0].lower_ == "the" and title.sector in STATE_SECTORS and title.sector != "IGO":
        iso = _speaker_country(st, s_char)        # `"The president will veto this bill," Earnest said` in a story
        #                                           of Iran's missiles: the speaker's own president
    others = _co_arguments(st, tok) | _named_in_own_quote(st, tok)
    portfolio = _portfolio(tok, title)
    gender = _pronoun_gender(st, tok, e_char)
    undecided: list = []
    c = _who(st, iso, title, tokens(doc)[tok.i].idx, party=party, place=place, others=others, portfolio=portfolio,
             gender=gender, undecided=undecided)
    if undecided:                                 # two alike named together: the office unnamed, no one's (act47b)
        c = cluster(st, ("D", title.role), title.role, sector=title.sector, role=title.role,
                    country=undecided[0].country if undecided[0].country == undecided[1].country else None)
    elif c is None and iso is None and dets[0].lower_ == "the":
        near = _office_country(st, tok.idx, title) if title.office else _context_country(st, tok.idx, people=True)
        if near is not None:
            c = _who(st, near, title, tokens(doc)[tok.i].idx, lexicon_only=True, party=party, others=others,
                     portfolio=portfolio, gender=gender)
    if c is None and not undecided and dets[0].lower_ == "the" and (place is None or title.sector not in STATE_SECTORS):
        #                                   (`the Vermont senator`: a senator of that state, not a past senator of
        #                                   another; `the New York businessman` still a candidate's past; act36b)
        c = _past_holder(st, iso, title, tokens(doc)[tok.i].idx, now=True)   # `the secretary` for a former secretary of
        #                                                               state
        if c is not None and _gender_clash(c.name, gender):
            c = None
    if c is not None and _owned_by_another(st, tok, title, c):
        c = None                                  # `Mixon's parole officer` is not Officer John Hege (ident39)
    if c is not None and c.person is not None and _another_body_title(st, tok, c):
        c = None                                  # `the new Sunrise anchor` is not a `CNN anchor` (ident56)
    if c is not None and c.person is not None and (focus := _candidate_in_focus(st, tok, title, c)) is not None:
        c = focus                                 # `Kasich said ... The candidate pointed out` (ident56)
    if c is not None and c.person is not None and (own := _campaign_owner(st, tok, title, c)) is not None:
        c = own                                   # `His campaign manager says the candidate can still win` in a
        #                                           story of a senator who runs: the staff's candidate (ident57)
    if c is not None and c.person is not None and (past := _past_tenure_holder(st, tok, title, c)) is not None:
        c = past                                  # `The former president spoke ... during the president's tenure`
        #                                           with today's holder never named: the former one's (ident56)
    if c is not None and c.person is not None:
        frame = _out_of_frame(st, tok, title, c)
        if frame == "nobody":                     # `the president` of a TV drama, `the president it deserves`
            st.taken.append((s_char, e_char))
            return
        if frame == "then":                       # `In 1998, the president was impeached` in a story of 2016
            c = _then_holder(st, title, _set_in_year(st, tok) or 0, c)
        if frame == "past":                       # `The president was then subpoenaed` after `President Clinton` in
            iso = iso or c.country                # a later story: the office's country, no one named (ident34b)
            c = None
    if c is None:
        if iso is None:
            if dets[0].lower_ != "the" or title.role in lex.words("loose_role"):
                return
            org = _org_in(st, tok, s_char, e_char) if title.role in lex.words("weak_title") else None
            sector = org.sector if org is not None else title.sector   # `the chairman of the Republican Party`
            key, name = ("D", title.role), title.role
            if party is not None and org is None:  # `the Democratic nominee ... the Republican nominee`, unnamed:
                word = next(t.text for t in tokens(doc)[tok.left_edge.i:tok.i] if t.text in lex.parties().words)
                key, name = ("D", title.role, party), f"{word} {title.role}"   # two actors (act30b)
            c = cluster(st, key, name, sector=sector, role=title.role,
                        country=org.country if org is not None and org.country != "IGO" else None)
        elif title.sector == "CVL" and not _own_country_word(st, tok):
            st.taken.append((s_char, e_char))     # `the United States' southern neighbor`: one private person or
            return                                # thing the country owns or borders, not its civilians (act35h)
        else:
            c = state_actor(st, iso, title.sector if title.sector != "IGO" else "GOV")
    add(st, c, s_char, e_char)
    st.taken.append((s_char, e_char))


def _another_body_title(st: ActorState, tok, c: Cluster) -> bool:
    """True when the description names, before its title, a body or programme (a capitalised name that is no place,
    party, person or country word: `the new Sunrise anchor`) and the lexicon person's office on the day is the title
    of another body (`CNN anchor`, `Fox News host`): someone of that other body, not this person (ident56). A name
    of the same body (`the CNN anchor`, `the RNC chairman` for `Republican National Committee chairman`) is no
    other."""
    qual = [w for w in (c.role or "").split() if w[:1].isupper()]
    if not qual:
        return False
    mods = [m for m in children(tok) if m.dep_ in ("compound", "nmod") and m.i < tok.i and
            (m.pos_ == "PROPN" or m.pos_ == "NOUN" and m.text[:1].isupper() and not m.is_sent_start)]
    #   (a programme's name may be tagged a common noun: `the new ''Today'' anchor`)
    if not mods or any(m.i in st.person_at or hit_at(st, m.i) is not None and hit_at(st, m.i)[0] in ("DEM", "CTRY", "CAP")
                       for m in mods):
        return False
    words = [m.text for m in mods]
    name = " ".join(words)
    if any(w in qual for w in words) or lex.place_country(name) or name in lex.us_states() or \
            any(w in lex.parties().words for w in words):
        return False
    forms = lex.organisation_forms()
    mine, theirs = forms.get(name), forms.get(" ".join(qual))
    if mine is not None and (theirs is None or mine.name == theirs.name):
        return False                              # (a known body: another only when the role's is another one)
    return True


def _owned_by_another(st: ActorState, tok, title: lex.Title, c: Cluster) -> bool:
    """True when a description owned by a capitalised name (`Mixon's parole officer`; the name no person the people
    pass made, or the owner would have made it a staffer) found a person by its title whose name and mentions hold
    no word of that name (`Officer John Hege`): the possessor's officer, someone else (ident39). Not for a place or
    a town (`Ohio's governor`, `Kenosha's police chief`), whatever the tagger says of the name."""
    if c.key[0] not in ("P", "P?"):
        return False
    owner = next((ch for ch in children(tok) if ch.dep_ == "poss" and ch.i < tok.i), None)
    if owner is None or owner.pos_ != "PROPN" or not owner.text[:1].isupper() or hit_at(st, owner.i) or \
            lex.place_country(owner.text) or lex.town_country(owner.text) or lex.us_town(owner.text):
        return False
    text = st.ctx.text
    words = " ".join([c.name, *(c.person.aliases if c.person is not None else ()),
                      *(text[s:e] for s, e in c.mentions)]).lower().replace("’", "'").split()
    word = owner.lower_
    return not any(w == word or w.startswith(word + "'") for w in words) and not told_with(st, c, owner)


def told_with(st: ActorState, c: Cluster, owner) -> bool:
    """True when a sentence naming the person holds the owner's word elsewhere: the owner is told with the person
    (`Chief Executive Ann Roe of Tessaro Systems`, `Tessaro Systems named Ann Roe its chief executive`), their own
    body, so `Tessaro's chief executive` is still that person (review39)."""
    doc, low, word = st.doc, lowered(st.doc, "LOWER"), owner.lower_
    for s, _ in c.mentions:
        span = char_span(doc, s, s + 1, "expand")
        if span is None or not len(span):
            continue
        sent = sentence_of(doc, span.start)
        if any(low[k] == word and k != owner.i and _named_as_body(doc[k]) for k in range(sent.start, sent.end)):
            return True
    return False


def _named_as_body(tok) -> bool:
    """True when a word told beside a person may name a body: inside an entity that is no person or place (`Acme`
    as ORG) or a word of a longer proper name (`Tessaro Systems`). A bare name of one word, untagged or tagged a
    person or place (`Pogemiller has said that he believes Pawlenty`), is someone told with the person, not the
    person's body (ident41: `Pawlenty's spokesman said` stayed Pogemiller's)."""
    if tok.ent_type_ not in ("", "PERSON", "GPE"):
        return True
    return tok.dep_ == "compound" and tok.head.pos_ == "PROPN" or \
        any(ch.dep_ == "compound" and ch.pos_ == "PROPN" for ch in tok.children)


def _own_country_word(st: ActorState, tok) -> bool:
    """True when a noun has a country or demonym word of its own before it (`the Afghan witness`), not only a
    country that possesses it (`the United States' southern neighbor`) or follows it (`a neighbor of Syria`)."""
    return any(c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "npadvmod") and (h := hit_at(st, c.i)) and
               h[0] in ("DEM", "CTRY", "CAP") for c in children(tok))


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")   # `the 43rd president`: which holder, by a number the lexicon lacks
_BODY_OF = frozenset(("BUS", "EDU", "REL", "LAB", "NGO", "IGO", "MED"))   # sectors of a body whose head is no state's


def _of_object(st: ActorState, tok, title: lex.Title) -> tuple[Optional[str], Optional[tuple]]:
    """What the `of`-object of a description's head names, outside its title's own words (`of state`): a country
    (`the president of Afghanistan` -> its ISO code), or a body of a sector no state's officer is of (_BODY_OF: a
    lexicon organisation, an ORG entity, a lower-case company, university, church, union or association: `the
    president of the World Bank`, `of Harvard University`, `of the company`) -> (its sector, its country), or a
    lower-case body of no sector (actor_words.tsv `vague_body`: `of a gun violence prevention group`) -> (); (None,
    None) for anything else (a party, an armed group, a state body: as before)."""
    own = set(title.phrase.split())
    for prep in children(tok):
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < tok.i:
            continue
        for obj in children(prep):
            if obj.dep_ != "pobj" or obj.lower_ in own:
                continue
            h = hit_at(st, obj.i)
            if h and h[0] in ("CTRY", "CAP"):
                return h[1], None
            if h and h[0] == "ORG":
                ok = h[1].kind != "state" and h[1].sector in _BODY_OF
                return None, ((h[1].sector, h[1].country) if ok else None)
            if h:
                return None, None
            if obj.ent_type_ == "ORG":
                ent = next((e for e in entities(st.doc) if e.start <= obj.i < e.end), None)
                sector = org_sector(ent) if ent is not None else None
                return None, ((sector, None) if sector in _BODY_OF else None)
            sector = lex.org_words().get(obj.lemma_.lower())
            if obj.pos_ == "NOUN" and obj.lemma_.lower() in lex.words("vague_body"):
                return None, ()                   # `of a leading gun violence prevention group`: a body, unknown
            if obj.pos_ == "NOUN" and sector in _BODY_OF:
                return None, (sector, None)
    return None, None


def _league_officer(st: ActorState, tok, title: lex.Title) -> Optional[tuple[Optional[str], Optional[str]]]:
    """(sector, country) of a person titled after a sports league named as a compound before the title (organisations.tsv
    role `sports league`: `the NFL commissioner`, `the Premier League chief executive`), else None: the league's
    country, and its sector (BUS) for a title that is a state's by default (GOV), else the title's own (a referee's
    CVL) (GUIDE.md: a league's executives act for it; the hit pass names no league there, act34)."""
    forms = lex.organisation_forms()
    for c in children(tok):
        if c.dep_ != "compound" or c.i > tok.i or c.pos_ != "PROPN":
            continue
        entry = forms.get(span_text(st.doc, c.left_edge.i, c.i + 1))
        if entry is not None and entry.role == "sports league":
            sector = entry.sector if title.sector in (None, "GOV") else title.sector
            return sector, league_country(st, entry, c.left_edge.i)
    return None


def _led(st: ActorState, tok, title: lex.Title):
    """What a `leader` with no country says it leads: the organisation or party before it or after `of` (`the Hamas
    leader`, `the leader of the Republican Party`); True for a state noun after `of` (`the leader of the country`) or a
    word that makes it another office (`the Senate minority leader`: `_qualified_role`); False for anything else (`the
    civil rights leader`, `the team leader`, `the leader`)."""
    if _qualified_role(st, tok, title) is not None:
        return True
    parties = lex.parties().words
    for c in children(tok):
        near = [c] if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod", "poss") else \
            [o for o in children(c) if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of" else []
        for t in near:
            h = hit_at(st, t.i)
            if h and h[0] == "ORG":
                return h[1]
            if t.text in parties and parties[t.text] in lex.organisation_forms():
                return lex.organisation_forms()[parties[t.text]]
            if c.dep_ == "prep" and t.lemma_.lower() in lex.coref_nouns() and \
                    lex.coref_nouns()[t.lemma_.lower()].kind == "state":
                return True
    return False


def _body_head(st: ActorState, sector: Optional[str], title: lex.Title, at: int) -> Optional[Cluster]:
    """The person of the article named before offset `at` whose role, or a lexicon office of that sector held on the
    day, has the title's word and who is of the body's sector (`Meg Whitman ... the CEO of Hewlett-Packard` in 2016);
    the last one."""
    word = title.role.split()[-1]
    for c in reversed(list(st.clusters.values())):
        if c.key[0] not in ("P", "P?") or not any(m[0] < at for m in c.mentions):
            continue
        roles = [c.role] if c.sector == sector else []
        roles += [o.role for o in (c.person.offices if c.person is not None else ())
                  if o.sector == sector and st.day and o.holds(st.day)]
        if any(r and word in r.lower() for r in roles):
            return c
    return None


def _office_of_title(st: ActorState, tok, title: lex.Title) -> bool:
    """`The Maricopa County Sheriff's Office`, `the district attorney's office`, `the medical examiner's office`: a
    title, `'s` and `office` name the body the title holder runs, an organisation of the title's sector (COP, JUD);
    its words are not a person. True when it was taken so."""
    doc = st.doc
    if tok.i + 2 >= len(doc) or tokens(doc)[tok.i + 1].text not in ("'s", "’s") or tokens(doc)[tok.i + 2].lemma_.lower() != "office":
        return False
    s_char = np_bounds(st, tok)[0]
    e_char = tokens(doc)[tok.i + 2].idx + len(tokens(doc)[tok.i + 2])
    if nested(st, s_char, e_char) or st.ctx.skipped(s_char, e_char):
        return True
    if tokens(doc)[tok.i + 2].dep_ == "pobj" and tokens(doc)[tok.i + 2].head.lower_ in lex.words("site_preposition"):
        st.taken.append((s_char, e_char))         # `gathered near the mayor's office`: the building (site_body)
        return True
    words = st.ctx.text[s_char:e_char]
    name = words[4:] if words[:4] in ("the ", "The ") else words
    proper = tokens(doc)[tok.i].text[:1].isupper()
    if tok.i >= 2 and tokens(doc)[tok.i - 1].text in ("'s", "’s"):   # `the State's Attorney's Office`: the title
        longer = lex.titles().get(f"{tokens(doc)[tok.i - 2].lower_}'s {tok.lower_}", {}).get("person")   # of two
        title = longer or title                   # words (JUD), not `attorney` (a private lawyer; act30b)
    c = cluster(st, ("O", name) if proper else ("G", title.sector, title.role + "'s office"), name if proper else
                title.role + "'s office", sector=title.sector if title.sector != "IGO" else None, role="office")
    add(st, c, s_char, e_char)
    st.taken.append((s_char, e_char))
    return True


def _building(st: ActorState, tok) -> None:
    """A body's building (common.building_site): no actor, but a country word in it is the state, acted upon or
    owning it (`the bombings of two U.S. embassies`), and a later bare `the embassy` is that country's."""
    isos, _ = _modifiers(st, tok)
    if len(isos) == 1:
        st.lemma_iso[tok.lemma_.lower()] = isos[0]
        for t in children(tok):
            h = hit_at(st, t.i)
            if t.i < tok.i and h and h[0] in ("CTRY", "DEM") and h[1] == isos[0]:
                span = span_of(st.doc, h[2], h[3])
                add(st, state_actor(st, isos[0]), span.start_char, span.end_char)
    st.taken.append(np_bounds(st, tok))


def _qualified_role(st: ActorState, tok, title: lex.Title) -> Optional[str]:
    """The whole role of a description whose title a word of actor_words.tsv `office_qualifier` makes another
    office (`the Senate minority leader` -> `senate minority leader`, `the deputy prime minister`), lower case,
    countries and demonyms left out; None when no such word stands before the title."""
    words = [t for t in tokens(st.doc)[tok.left_edge.i:tok.i - len(title.phrase.split()) + 1]
             if t.dep_ not in ("det", "poss", "case", "punct") and not t.is_space and
             (hit_at(st, t.i) or ("",))[0] not in ("CTRY", "DEM")]
    if not any(t.lower_ in lex.words("office_qualifier") for t in words):
        return None
    return " ".join([t.lower_ for t in words] + [title.phrase])


def _role_holder(st: ActorState, role: str, iso: Optional[str]) -> Optional[Cluster]:
    """The person of the article, else the lexicon's one person, who holds an office of exactly this role
    (people.tsv, any case) on the article's date, of this country when one is given."""
    if not st.day:
        return None

    def holds(p: Optional[lex.Person]) -> bool:
        return p is not None and any(o.role.lower() == role and o.holds(st.day) and (iso is None or o.country == iso)
                                     for o in p.offices)
    found = [c for c in st.clusters.values() if c.key[0] in ("P", "P?") and c.mentions and holds(c.person)]
    if found:
        return found[-1]
    people = [p for p in lex.people().values() if holds(p)]
    if len(people) == 1:
        return cluster(st, ("P", people[0].name), people[0].name, person=people[0])
    return None


def _party_member(st: ActorState, tok) -> bool:
    """`the Republican from Alabama`, `the Vermont Democrat`: a singular party noun with `the` heading its phrase
    is a person of that party: the one named last before it (parties.tsv members) within the sentence and the
    two before; True when it found one."""
    if tok.dep_ in ("compound", "amod", "poss") or not any(c.dep_ == "det" and c.lower_ == "the" for c in children(tok)):
        return False
    if predicate(tok):
        return False                              # `Mr. Ward is maybe the weakest sitting Republican`
    party = lex.parties().words[tok.text]
    members = lex.parties().members
    place = next((m.text for m in children(tok) if m.dep_ in ("compound", "amod", "nmod") and m.i < tok.i and
                  m.pos_ == "PROPN" and lex.place_country(m.text)), None)
    k = sentence_of(st.doc, tok.i).start
    first = sentence_of(st.doc, k - 1).start if k > 0 else 0
    first = sentence_of(st.doc, first - 1).start if first > 0 else first
    lo = st.toks[first].idx
    best = None
    for c in st.clusters.values():
        if c.person is None or members.get(c.person.name) != party:
            continue
        before = [m[0] for m in c.mentions if lo <= m[0] < tok.idx]
        if not before:
            continue
        placed = place is not None and any(place in st.ctx.text[max(0, ms - len(place) - 2):me]
                                           for ms, me in c.mentions)
        seat = c.sector == "LEG" or c.role in lex.words("local_role")
        if place is not None and not (placed or seat):
            continue                              # `the Wisconsin Republican` after Speaker Paul Ryan and Donald
            #                                       Trump, a candidate: one who holds a state's seat (Ryan)
        if best is None or (placed, max(before)) > best[0]:
            best = ((placed, max(before)), c)
    if best is None:
        return False
    s_char, e_char = np_bounds(st, tok)
    add(st, best[1], s_char, e_char)
    st.taken.append((s_char, e_char))
    return True


def _unnamed_member(st: ActorState, tok) -> bool:
    """`A Libertarian won the seat`, `a Democrat conceded`: a singular party noun after `a`/`an` that is a verb's
    subject or object names one unnamed person of that party (PTY, the party's country); True when made."""
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "agent") or tok.text.endswith("s") or predicate(tok) or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(tok)) or \
            tok.i + 1 < len(st.doc) and st.toks[tok.i + 1].text == ",":
        return False                              # (`A Libertarian, he backed ...`: a fronted description)
    party = next((o for o in lex.organisations() if o.name == lex.parties().words[tok.text]), None)
    s_char, e_char = np_bounds(st, tok)
    if party is None or nested(st, s_char, e_char) or (s_char, e_char) in st.taken:
        return False
    c = cluster(st, ("D", "party member", s_char), st.ctx.text[s_char:e_char], sector="PTY",
                role=party.name.split()[0].lower() + " member", country=party.country)
    add(st, c, s_char, e_char)
    st.taken.append((s_char, e_char))
    return True


def _campaign(st: ActorState, tok) -> None:
    """`the Clinton campaign`, `Stein's campaign`: a candidate's campaign (PTY, the candidate's country); `the
    campaign` alone as a subject (`the campaign said`), in an article naming a candidate or party member of one
    country, is a campaign of that country (PTY), or the candidate's campaign named last before it when there is one;
    `in the campaign`, `stages of the campaign` are a period.
    `the bombing campaign`, `a campaign of violence`, `campaign manager` are no campaign of a candidate; nor is the
    subject of a verb of time going by with no object (`course_verb`: `before the campaign began`): a period."""
    if tok.dep_ == "compound" or any(c.dep_ == "prep" for c in children(tok)):
        return
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex.words("course_verb") and \
            not any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr") for c in children(tok.head)):
        return
    mods = [c for c in children(tok) if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i]
    dets = [c for c in children(tok) if c.dep_ == "det"]
    owner = next((st.person_at[c.i] for c in mods if c.i in st.person_at), None)
    s_char, e_char = np_bounds(st, tok)
    if nested(st, s_char, e_char) or (s_char, e_char) in st.taken:
        return
    if owner is not None and len(mods) == 1:
        country = owner.person.at(st.day)[0] if owner.person is not None else owner.country
        c = cluster(st, ("O", owner.name + " campaign"), owner.name + " campaign", sector="PTY", role="campaign",
                    country=country if country != "IGO" else None)
    elif owner is None and mods and (named := _campaign_of_name(st, tok)) is not None:
        c = named                                 # `The Wade Harlan campaign said` (no person tagged; act47b)
    elif not mods and [d.lower_ for d in dets] == ["the"] and tok.dep_ in ("nsubj", "nsubjpass", "poss") and \
            (named := _named_campaign(st, tok.idx)) is not None:
        c = named                                 # `the Trump campaign has denied ... how the campaign handled`
    elif not mods and [d.lower_ for d in dets] == ["the"] and tok.dep_ in ("nsubj", "nsubjpass"):
        parties = {(c.person.at(st.day)[:2] if c.person is not None else (c.country, c.sector))
                   for c in st.clusters.values() if c.key[0] in ("P", "P?") and c.mentions and c.first < tok.idx}
        countries = {country for country, sector in parties if sector == "PTY"}
        if len(countries) != 1:
            return
        c = cluster(st, ("G", "PTY", "campaign"), "campaign", sector="PTY", role="campaign",
                    country=countries.pop())
    else:
        return
    add(st, c, s_char, e_char)
    st.taken.append((s_char, e_char))


def _cause_group(st: ActorState, tok) -> None:
    """`a civil rights group`, `advocacy groups`, `anti-abortion groups`: a group named by its cause (actor_words.tsv
    `cause_ngo` and `anti-`/`pro-` -> NGO, advocacy as the guide codes it; `cause_opp` -> OPP), an actor of its own; its country is the article's
    home country when there is one (codes.py). A named organisation (`the Log Cabin Republicans group`) is not."""
    if tok.dep_ in ("compound", "appos") or any(c.dep_ == "poss" for c in children(tok)):
        return                                    # `Operation Rescue, an anti-abortion group`: that organisation
    mods = [c for c in children(tok) if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    words = set()
    for m in mods:
        words.update(t.lower_ for t in m.subtree if t.i < tok.i)
    if any(m.pos_ == "PROPN" or hit_at(st, m.i) for m in mods):
        return
    text = st.ctx.text[tok.left_edge.idx:tok.idx].lower()
    if words & lex.words("cause_opp"):
        sector = "OPP"
    elif words & lex.words("cause_ngo") or "anti-" in text or "pro-" in text:
        sector = "NGO"
    else:
        return
    s_char, e_char = np_bounds(st, tok)
    if nested(st, s_char, e_char) or (s_char, e_char) in st.taken:
        return
    first = next(t for t in tokens(st.doc)[tok.left_edge.i:tok.i + 1] if t.dep_ != "det" and t.pos_ != "DET")
    name = st.ctx.text[max(first.idx, s_char):tok.idx + len(tok)]
    c = cluster(st, ("G", sector, name.lower()), name, sector=sector,
                role="advocacy group" if sector == "NGO" else "activists")
    add(st, c, s_char, e_char)
    st.taken.append((s_char, e_char))


_NO_NAME_ENTS = frozenset(("GPE", "LOC", "NORP", "FAC", "DATE", "EVENT", "LAW"))


def _campaign_of_name(st: ActorState, tok) -> Optional[Cluster]:
    """`The Wade Harlan campaign`: a campaign named by a candidate the tagger finds no person in - a given name
    (given_names.tsv) and a surname, capitalised, in no lexicon entry nor place - nor an organisation the tagger found:
    `the Grace Church campaign`, a drive (review47c) - a campaign actor of its own (PTY);
    `The Harlan campaign` after it, the same campaign. None for any other modifiers (`the Iowa campaign`)."""
    words = [t for t in tokens(st.doc)[tok.left_edge.i:tok.i] if t.dep_ != "det" and not t.is_space]
    if not 1 <= len(words) <= 2 or any(t.pos_ != "PROPN" or not t.is_title or t.ent_type_ in _NO_NAME_ENTS or
                                       hit_at(st, t.i) for t in words):
        return None
    if len(words) == 2:
        if words[0].lower_ not in given_names() or any(t.ent_type_ == "ORG" for t in words):
            return None
        name = words[0].text + " " + words[1].text + " campaign"
        return cluster(st, ("O", name), name, sector="PTY", role="campaign")
    return next((c for c in st.clusters.values() if c.key[0] == "O" and c.role == "campaign" and
                 c.name.split()[-2] == words[0].text and c.first < tok.idx), None)


def _named_campaign(st: ActorState, before: int):
    """The candidate's campaign (`the Trump campaign`) mentioned last before offset `before`, else None."""
    best = None
    for c in st.clusters.values():
        if c.key[0] == "O" and c.role == "campaign":
            last = max((s for s, _ in c.mentions if s < before), default=None)
            if last is not None and (best is None or last > best[0]):
                best = (last, c)
    return best[1] if best else None


STATE_SECTORS = frozenset(("GOV", "LEG", "JUD", "MIL", "COP", "SPY", "REB", "IGO"))


def _named_relative(st: ActorState, tok) -> bool:
    """`her husband, Bill`, `his wife, Michelle`: a kin noun with a one-word name in apposition names the person of
    that given name and the possessor's surname (the lexicon's, else a person of that name); the possessor is the
    person named, or for `his`/`her` the person named last before it in the sentence or the one before. True when
    the person was made."""
    name = next((c for c in children(tok) if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "PROPN" and
                 c.i not in st.person_at and _name_tag(c) and
                 not any(g.dep_ in ("compound", "flat") for g in children(c))), None)
    poss = possessor(tok)
    if name is None and tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ == "PROPN" and \
            tok.head.i not in st.person_at and _name_tag(tok.head) and \
            not any(g.dep_ in ("compound", "flat") and g.i != tok.i for g in children(tok.head)):
        name, poss = tok.head, possessor(tok.head)   # `introduced by his daughter Ivanka`: the name the parse heads
        #                                             with the kin noun its compound (ident45)
    if name is None or poss is None or not name.text[:1].isupper() or hit_at(st, name.i):
        return False
    owner = st.person_at.get(poss.i)
    if owner is None and poss.lower_ in ("his", "her"):
        first = sentence_of(tok.doc, tok.i).start
        first = sentence_of(st.doc, first - 1).start if first > 0 else first
        near = [i for i in st.person_at if first <= i < poss.i]
        owner = st.person_at[max(near)] if near else None
    surname = owner.surname if owner is not None else _person_tagged_body(st, poss)
    #                                           (`Marta Quell's son, Daniel`, `Marta Quell` an ORG: ident42)
    if surname is None or owner is not None and (owner.key[0] not in ("P", "P?") or len(owner.name.split()) < 2):
        return False
    full = f"{name.text} {surname}"
    person = lex.resolve_person(full, st.day)
    titled = _titled_surname(st, surname, name.lower_, tok.lemma_.lower()) if person is None else None
    if titled is not None:                        # `His wife, Lynne, ... Mrs. Ardent`: the `Mrs. Ardent` met
        titled.name = full                        # before (no other Ardent could be she) is Lynne Ardent
        c = titled
    else:
        c = cluster(st, ("P", person.name), person.name, person=person) if person is not None else \
            cluster(st, ("P?", full), full)
    st.person_at[name.i] = c
    for s_char, e_char in ((name.idx, name.idx + len(name)), np_bounds(st, tok)):
        if not nested(st, s_char, e_char) and (s_char, e_char) not in st.taken:
            add(st, c, s_char, e_char)
            st.taken.append((s_char, e_char))
    _relative_post(st, c, tok, name)
    if owner is not None:
        _surname_by_gender(st, owner, c, name.i, tok.lemma_.lower(), name.lower_)
    return True


def _name_tag(tok) -> bool:
    """A one-word name after a kin noun the tagger calls a person's or nothing, or any given name (given_names.tsv:
    `his daughter Ivanka` tagged a product)."""
    return tok.ent_type_ in ("", "PERSON") or tok.lower_ in given_names()


def _person_tagged_body(st: ActorState, poss) -> Optional[str]:
    """The surname of a possessor the tagger took for a body (`Marta Quell's son, Daniel`: `Marta Quell` an ORG, no
    actor made yet): an ORG entity of two or three capitalised proper nouns ending at the possessor, the first a given
    name, no lexicon hit in it; else None (ident42)."""
    if poss.ent_type_ != "ORG" or poss.i in st.person_at:
        return None
    ent = next((e for e in entities(st.doc) if e.start <= poss.i < e.end), None)
    if ent is None or ent.label_ != "ORG":
        return None
    words = [t for t in ent if t.i <= poss.i]
    if not 2 <= len(words) <= 3 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() or hit_at(st, t.i)
                                         for t in words) or words[0].lower_ not in given_names():
        return None
    return poss.text


def _relative_post(st: ActorState, c: Cluster, kin, name) -> None:
    """`her husband, Bob, the city's mayor`: a title description in apposition after the relative's given name (hung
    on the name or on the kin noun) is the relative's post, as `Tom Lee, the town's mayor` is Tom Lee's (act36b)."""
    from .people import _apply_title, _description_info, _one_of_someone

    for noun in [t for t in (*children(name), *children(kin)) if t.dep_ == "appos" and t.i > name.i and t is not name]:
        if noun.pos_ != "NOUN" or noun.i in st.person_at or not _one_of_someone(noun):
            continue
        desc = _description_info(st, noun)
        if desc is None:
            continue
        s_char, e_char = np_bounds(st, noun)
        if nested(st, s_char, e_char) or (s_char, e_char) in st.taken:
            continue
        _apply_title(c, desc)
        add(st, c, s_char, e_char)
        st.taken.append((s_char, e_char))
        st.person_at[noun.i] = c
        return


def _surname_by_gender(st: ActorState, owner: Cluster, c: Cluster, after: int, kin: str, given: str) -> None:
    """`Linda Wasserman ... her husband, Bob ... Wasserman said he enjoyed it`: the owner's bare surnames after the
    relative is named go to the relative where the text tells the relative's gender of them (an honorific before it,
    a he/she it is the subject of) and the owner's given name tells the other (ident35); or where the bare surname is
    the subject of `be` whose attribute is the relative's post and not the owner's (`Wasserman was one of three local
    mayors` after `her husband, Bob, the city's mayor`; act36b)."""
    if c is owner or c.surname != owner.surname:
        return
    gender = "f" if kin in lex.words("kin_female") else "m" if kin in lex.words("kin_male") else \
        given_names().get(given)
    own = given_names().get(owner.name.split()[0].lower())
    by_gender = gender is not None and own is not None and own != gender
    post = set((c.role or "").lower().split()) - set((owner.role or "").lower().split())
    if not by_gender and not post:
        return
    titles = title_genders()
    for i, p in list(st.person_at.items()):
        tok = st.toks[i]
        if p is not owner or i <= after or tok.text != owner.surname or (tok.idx, tok.idx + len(tok)) not in owner.mentions:
            continue
        said = titles.get(st.toks[i - 1].lower_.rstrip(".")) or said_gender(tok) or \
            _pronoun_gender(st, tok, tok.idx + len(tok))
        if by_gender and said == gender or post and said in (None, gender) and _attribute_words(tok) & post:
            owner.mentions.discard((tok.idx, tok.idx + len(tok)))
            add(st, c, tok.idx, tok.idx + len(tok))
            st.person_at[i] = c


def _attribute_words(tok) -> set:
    """The lemmas of the attribute of `be` a subject takes (`Lee was the mayor`: mayor; `Lee was one of three local
    mayors`: mayor, the noun of its `of`), else none."""
    if tok.dep_ != "nsubj" or not is_be(tok.head):
        return set()
    out = set()
    for a in children(tok.head):
        if a.dep_ == "attr":
            out.add(a.lemma_.lower())
            out.update(o.lemma_.lower() for p in children(a) if p.dep_ == "prep" and p.lower_ == "of"
                       for o in children(p) if o.dep_ == "pobj")
    return out


def _titled_surname(st: ActorState, surname: str, given: str, kin: str) -> Optional[Cluster]:
    """The person of the article known only by a surname, every mention of it after a title of the relative's
    gender (`Mrs. Ardent` for `his wife, Lynne`, `Mr. Ardent` for `her husband, Paul`), if there is one."""
    gender = "f" if kin in lex.words("kin_female") else "m" if kin in lex.words("kin_male") else \
        given_names().get(given)
    c = st.clusters.get(("P?", surname))
    if gender is None or c is None or not c.mentions:
        return None
    text = st.ctx.text
    titles = title_genders()
    for s_char, _ in c.mentions:
        before = text[max(0, s_char - 6):s_char].split()
        if not before or titles.get(before[-1].lower().rstrip(".")) != gender:
            return None
    return c


def _kin_listed_after(st: ActorState, tok, person: Cluster) -> bool:
    """True when a kin noun the parse set in apposition to a name is the next item of a list (`Ann Roe, her
    husband and four sons were hurt`: a conjunct follows it) or of the other gender than the name's given name
    (`Valerie ..., her husband`): someone else, not the person named (ident39)."""
    if any(c.dep_ == "conj" for c in children(tok)):
        return True
    kin = tok.lemma_.lower()
    gender = "f" if kin in lex.words("kin_female") else "m" if kin in lex.words("kin_male") else None
    own = given_names().get(person.name.split()[0].lower()) if person.name else None
    return gender is not None and own is not None and own != gender


def _relative_of(st: ActorState, tok) -> None:
    """`Kopp's father`, `Slepian's killer`: a kin noun whose possessor is a person of the article names someone
    else, an actor of its own: a private person (CVL) of the possessor's country, or a criminal (CRM, no
    country) for `killer`, `murderer`, `assassin`. So does one whose possessor is an unnamed person's noun
    (actor_words.tsv `kin_owner`: `the girl's father`, `the victim's mother`; act34h), with no country."""
    if _named_relative(st, tok):
        return
    if tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.i in st.person_at and \
            not _kin_listed_after(st, tok, st.person_at[tok.head.i]):
        owner = possessor(tok)                    # `Anita, Leonard Hill’s widow,`: the person named, not someone
        if owner is not None and owner.lower_ == "whose" or st.toks[tok.head.i + 1].text in lex.words("possessive_mark"):
            return                                # `Karen Welby, whose husband, ...`, `Sanders’ son` parsed as an
            #                                       apposition: her relative, not she (act36b)
        s_char = st.toks[owner.right_edge.i + 1].idx if owner is not None else np_bounds(st, tok)[0]   # else; the
        e_char = tok.idx + len(tok)               # mention is the kin noun's, not its owner's or its `of`-phrase's
        if not nested(st, s_char, e_char) and (s_char, e_char) not in st.taken:
            add(st, st.person_at[tok.head.i], s_char, e_char)
            st.taken.append((s_char, e_char))
        return
    poss = possessor(tok)
    owner = st.person_at.get(poss.i) if poss is not None else None
    of_people = owner is None and poss is None and _kin_of_people(st, tok)
    if owner is None and not _pronoun_owned(tok) and not _unnamed_owner(st, poss) and \
            not _kin_in_harm(st, tok, poss) and not of_people:
        return
    if _labels_a_name(st, tok):
        return
    s_char, e_char = np_bounds(st, tok)
    if of_people:
        e_char = tok.idx + len(tok)               # `the father` of `the father of two girls who were shot` (act56e)
    if owner is None and poss is not None and poss.lower_ in ("his", "her") and s_char < poss.idx:
        s_char = poss.idx                         # (`told WTAE-TV her son`: the kin noun's own words, act53b)
    if nested(st, s_char, e_char) or (s_char, e_char) in st.taken:
        return
    culprit = tok.lower_ in lex.words("culprit")
    country = None if culprit or owner is None else (
        owner.person.at(st.day)[0] if owner.person is not None else owner.country)
    sector = "CRM" if culprit else None if tok.lemma_.lower() in lex.words("relation") else "CVL"
    c = cluster(st, ("D", tok.lemma_.lower(), s_char), st.ctx.text[s_char:e_char], role=tok.lemma_.lower(),
                sector=sector, country=country if country != "IGO" else None)
    add(st, c, s_char, e_char)
    st.taken.append((s_char, e_char))


def _kin_of_people(st: ActorState, tok) -> bool:
    """`the father of two girls who were shot`, `the mother of a 3-year-old girl`: a singular kin noun (actor_words.tsv
    `kin`) with `the`/`a` whose `of`-object is an unnamed person's or people's noun (`aged_noun`, `kin`, `kin_owner`), in
    a story of harm (a `harm_verb` in the text), outside quotes: a relative of the story's people, a private person of
    their own, as `_unnamed_owner`'s `the girl's father` is (act56e). Not `the father of Tom Reed` (a name: its
    person's relative is found otherwise) nor `the mother of all battles`."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in lex.words("kin") or tok.lower_ in lex.words("culprit") or \
            any(q.start <= tok.idx < q.end for q in st.quotes):
        return False
    if not any(k.dep_ == "det" and k.lower_ in ("the", "a") for k in children(tok) if k.i < tok.i):
        return False
    people = lex.words("aged_noun") | lex.words("kin") | lex.words("kin_owner")
    objs = [o for p in children(tok) if p.dep_ == "prep" and p.lower_ == "of" and p.i == tok.i + 1
            for o in children(p) if o.dep_ == "pobj"]
    if not objs or objs[0].pos_ == "PROPN" or objs[0].ent_type_ == "PERSON" or \
            objs[0].lemma_.lower() not in people and objs[0].lower_ not in people:
        return False
    harm = lex.words("harm_verb")
    return any(t.pos_ == "VERB" and t.lemma_.lower() in harm for t in st.toks)


def _labels_a_name(st: ActorState, tok) -> bool:
    """A relation noun (actor_words.tsv `relation`) written right before a person's name, no comma between (`his mentor
    former Florida Gov. Ann Pike`, `her predecessor Tom Dale`): the name's label, the person named, no one else (act50b;
    kin nouns so written, `her husband Bill`, are `_named_relative`'s)."""
    if tok.lemma_.lower() not in lex.words("relation") or tok.i + 1 >= len(st.doc) or tok.whitespace_ != " ":
        return False
    start = tokens(st.doc)[tok.i + 1].idx
    return any(s == start for c in st.clusters.values() if c.key[0] in ("P", "P?") for s, _ in c.mentions)


def _unnamed_owner(st: ActorState, poss) -> bool:
    """`the girl's father`, `the victim's mother`: the possessor is an unnamed person's noun (actor_words.tsv
    `kin_owner`) in a story of harm (a `harm_verb` in the text: a shooting report), whose relatives are its
    witnesses and victims (act34h; not a film's plot, `the young man's girlfriend lives`)."""
    if poss is None or not poss.is_lower or poss.lemma_.lower() not in lex.words("kin_owner"):
        return False
    harm = lex.words("harm_verb")
    return any(t.pos_ == "VERB" and t.lemma_.lower() in harm for t in st.toks)


def _kin_in_harm(st: ActorState, tok, poss) -> bool:
    """`her cousin was shot twice`, `the gunman shot his mother`: a singular kin noun (actor_words.tsv
    `kin`) owned by `his`/`her`, in a story of harm (a `harm_verb` in the text: a shooting report), that is harmed (the
    passive subject of a verb of harm or injury, or such a verb's object), outside quotes: a victim of the story, a
    private person of their own, as `_unnamed_owner`'s `the girl's father` is (act53b, issue 11). A kin noun that
    does or is told something else (`his older brother had lived`, `expecting his first child`: often a person the
    article names, whom no coreference joins here), only says whose something is (`his mom's car`) or is named
    (`her son, Tom,`: `_named_relative`) stays none."""
    if poss is None or poss.lower_ not in ("his", "her") or tok.tag_ != "NN" or \
            tok.lemma_.lower() not in lex.words("kin") or any(q.start <= tok.idx < q.end for q in st.quotes):
        return False
    verb = tok.head
    if not (tok.dep_ == "nsubjpass" and harmed_subject(tok) or
            tok.dep_ == "dobj" and verb.lemma_.lower() in lex.words("harm_verb") | lex.words("injury_verb") or
            _kin_speaks(tok) and not _kin_named_elsewhere(st, tok)):
        return False
    if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in children(tok)):
        return False
    harm = lex.words("harm_verb")
    return any(t.pos_ == "VERB" and t.lemma_.lower() in harm for t in st.toks)


def _kin_named_elsewhere(st: ActorState, tok) -> bool:
    """True where the article names the speaking relative elsewhere: the same kin noun right before a name or in
    apposition with one (`Hale's sister, Ann Roe,` ... `His sister said`), or a named person who, in their sentence,
    calls someone by the inverse kin noun (actor_words.tsv `kin_inverse`: `Ann Roe said of her brother's killer` ...
    `his sister said`; `Tom Roe said, outside his brother's house` ... `his brother said`). The relative is then that
    named person, whom no coreference joins here: no actor of its own (review57a: three speaking relatives added on
    unlabelled GVA text were each a person the story names)."""
    kin = tok.lemma_.lower()
    inverse = {b for a, b in _kin_pairs() if a == kin}
    for t in st.toks:
        if t.i == tok.i:
            continue
        low = t.lemma_.lower()
        if low == kin:
            nxt = next((n for n in tokens(st.doc)[t.i + 1:t.i + 3] if not n.is_punct), None)
            if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
                return True                       # `Hale's sister, Ann Roe,`
        if low in inverse and any(c.dep_ == "poss" and c.lower_ in ("her", "his", "my") for c in children(t)) and \
                any(_says_over(e, t) for e in t.sent.ents):
            return True                           # `Ann Roe said of her brother's killer`
    return False


def _says_over(ent, t) -> bool:
    """True for a full name (two words or more, PERSON) that is the subject of the verb over `t` (`Ann Roe said of her
    brother's killer`, `Tom Roe said, standing outside his brother's house`); not a name that is only told something
    (`told Ann Roe that his mom was asleep`) nor one who reports someone else's kin (`Tom Roe said that the boy went
    to wake his mom`)."""
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.root.dep_ != "nsubj":
        return False
    verb = ent.root.head
    h = t.head
    while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
        h = h.head                                # up through the nouns and prepositions over the kin noun
    while h.i != verb.i and h.dep_ in ("advcl", "xcomp", "acl") and h.head.i != h.i:
        h = h.head                                # `said, standing outside his brother's house`
    return h.i == verb.i                          # not a kin noun of the words reported (`told her that his mom
    #                                               was asleep`: someone else's mother)


@functools.lru_cache(maxsize=1)
def _kin_pairs() -> frozenset[tuple]:
    """actor_words.tsv `kin_inverse` as (kin, inverse kin) lemma pairs, made once."""
    return frozenset(tuple(p.split()) for p in lex.words("kin_inverse"))


def _kin_speaks(tok) -> bool:
    """`His mother told officers she heard shots`, `her father said the girl was asleep`: a relative owned by `his`/`her`
    that is the subject of a verb of saying (speech_verbs.tsv) in a story of harm tells what they saw or lived, a witness
    of the story (CVL), as the read local gold labels them (act57b); `_kin_in_harm`'s other limits hold (outside quotes,
    no name in apposition, a harm verb in the text). Not `his mother lived` (a deed told of a person the article may
    name)."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.i != tok.i and verb.pos_ == "VERB" and \
        verb.lemma_.lower() in speech_verbs() and not any(c.dep_ == "neg" for c in children(verb))


def _state_neighbours(tok) -> bool:
    """`its neighbors`, `Iran's neighbours`: the neighbours of a state or a body are states, no group of people
    (act34h; `Neighbors said` stays one)."""
    if tok.lemma_.lower() not in ("neighbor", "neighbour"):
        return False
    poss = possessor(tok)
    return poss is not None and (poss.lower_ == "its" or poss.ent_type_ in ("GPE", "NORP", "ORG"))


def _pronoun_owned(tok) -> bool:
    """`his former boss’s wife`, `her predecessor said`: a relation noun (actor_words.tsv `relation`) owned by
    `his`/`her` names someone other than the pronoun's person. Kin nouns so owned are left alone: `his father`,
    `his son` are mostly people the article names (the coreference of a later name is not made here)."""
    return tok.lemma_.lower() in lex.words("relation") and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in children(tok))


def _staffer(st: ActorState, tok, title: lex.Title, owner: Cluster) -> None:
    """An unnamed person known by a title its possessor gives (`Stein's press secretary`): an actor of its own,
    of the possessor's country, and of the possessor's sector when the title is a staff title (actor_words.tsv
    `staff`: a candidate's spokesman is PTY), else the title's."""
    if tok.tag_ in ("NNS", "NNPS") or owner.key[0] not in ("P", "P?"):
        return
    s_char, e_char = np_bounds(st, tok)
    if nested(st, s_char, e_char) or (s_char, e_char) in st.taken:
        return
    country, sector = owner.country, owner.sector
    if owner.person is not None:
        country, sector, _ = owner.person.at(st.day)
    if title.role not in lex.words("staff") or title.sector == "PTY":
        sector = title.sector                     # (a campaign manager is of the campaign: PTY)
    elif sector in ("CVL", "ELI"):
        sector = None                             # the spokesman of a private person: sector unknown
    country = country if country != "IGO" else None
    named = next((st.person_at[k.i] for k in [tok.head] + list(children(tok))
                  if (k.dep_ == "appos" or tok.dep_ == "appos" and k.i == tok.head.i) and k.i in st.person_at), None)
    if named is not None and named is not owner and named.person is None:
        named.sector = named.sector or sector     # `Jeff Weaver, Sanders’ campaign manager,`: that person
        named.country = named.country or country
        named.role = named.role or title.role
        add(st, named, s_char, e_char)
        st.taken.append((s_char, e_char))
        return
    c = cluster(st, ("D", title.role, s_char), st.ctx.text[s_char:e_char], sector=sector, role=title.role,
                country=country)
    add(st, c, s_char, e_char)
    st.taken.append((s_char, e_char))


def _story_person(st: ActorState, sector: Optional[str]) -> Optional[Cluster]:
    """The person of the story in a sector (a headline's bare `Judge`, `Lawmaker`): the only person of the article
    in that sector, or the one named at least twice as often as any other there."""
    if sector is None or sector == "CVL":
        return None
    counts = []
    for c in st.clusters.values():
        if c.key[0] not in ("P", "P?") or not c.mentions:
            continue
        held = c.person.at(st.day)[1] if c.person is not None else c.sector
        if held == sector:
            counts.append((len(c.mentions), c))
    counts.sort(key=lambda x: -x[0])
    if len(counts) == 1 or len(counts) > 1 and counts[0][0] >= 2 * counts[1][0]:
        return counts[0][1]
    return None


_HOLDERS: dict[tuple[str, str], tuple[dict, tuple]] = {}


def _holders(day: str, iso: str) -> tuple:
    """(person, the offices of the country `iso` the person holds on `day`) for every person of the lexicon who holds
    one, in the lexicon's order: found once a day and country (`_who` asked it of every person at each description)."""
    people = lex.people()
    found = _HOLDERS.get((day, iso))
    if found is None or found[0] is not people:
        if len(_HOLDERS) > 4096:
            _HOLDERS.clear()
        held = ((p, tuple(o for o in p.offices if o.holds(day) and o.country == iso)) for p in people.values())
        found = _HOLDERS[(day, iso)] = (people, tuple((p, os) for p, os in held if os))
    return found[1]


def _offices(title: lex.Title) -> set:
    """The office classes (titles.tsv) a title names: its own; for `leader` (`the Israeli leader`, `the Syrian
    strongman`) the head of state's or of government's, whichever leads the country."""
    return {title.office, HEAD_OF_GOVERNMENT} if title.role == "leader" else {title.office}


def _who(st: ActorState, iso: Optional[str], title: lex.Title, at: int, lexicon_only: bool = False,
         former: bool = False, party: Optional[str] = None, anywhere: bool = False,
         place: Optional[str] = None, others: frozenset = frozenset(),
         portfolio: Optional[str] = None, gender: Optional[str] = None,
         undecided: Optional[list] = None) -> Optional[Cluster]:
    """The person of this article (or, failing that, of the lexicon on this date) who fits a title; with a
    party (`the Democratic nominee`), not one known to be of another party (parties.tsv); `anywhere`: also one
    named far after `at` (a headline's description names the story's person); never one of `others` (the people
    named as the other arguments of the description's own verb, `_co_arguments`); with a `portfolio` (`_portfolio`:
    `the information minister`), only one whose role holds that word; with a `gender` (`_pronoun_gender`), none
    whose given name tells the other (ident34b). Two people of one role who fit alike and were last named in one
    sentence, that of the description or the one before (`Sen. Marco Rubio and Sen. Ted Cruz ... The senator said`;
    not `sheriff's deputy Ann Roe ... Sheriff Bo Lee`, nor a description with a place, left to the place rules),
    leave it undecided: None, and the pair is put in `undecided`
    when given (act47b)."""
    members = lex.parties().members

    def other_party(name: str) -> bool:
        return party is not None and members.get(name, party) != party

    offices = _offices(title)

    def fits(country, role) -> bool:
        if iso and country != iso:
            return False
        if former != bool(role and role.startswith("former ")):
            return False
        if title.office:
            return lex.office_of(role) in offices and not _named_otherwise(title, role)
        return bool(role) and title.role.split()[-1] in role
    best = second = home = None
    for c in st.clusters.values():
        if lexicon_only or c.key[0] not in ("P", "P?") or not c.mentions or id(c) in others:
            continue
        country = c.country
        if country is None and iso == "USA" and c.person is None and c.role and \
                title.role in lex.words("local_role") | lex.words("state_office") and \
                title.role.split()[-1] in c.role.lower():
            country = iso                         # `South Carolina Gov. Wade Corwin` (the state cut from the
            #                                       title, no country found) ... `nobody is going around the
            #                                       governor`: his, not the Alaska governor's named once whose
            #                                       state the text gave (ident54)
        if title.role == "counterpart":
            ok = iso is not None and country == iso
        else:
            ok = fits(country, c.role)
        if not ok or other_party(c.name) or _gender_clash(c.name, gender) or \
                party is not None and c.name not in members and \
                _told_of_other_party(st, c, party):
            continue
        if portfolio is not None and not title.office and portfolio not in (c.role or "").lower() and \
                not any(portfolio in st.ctx.text[ms:me].lower() for ms, me in c.mentions):
            continue                              # `the information minister`: not `Foreign Minister Bernard
            #                                       Kouchner` (`Health Minister Ann Lee` is the health minister)
        if iso is None and title.office and c.role and title.role.split()[-1] not in c.role.lower() and \
                (home := home or dateline_country(st) or "?") != "?" and c.country not in (None, home):
            continue                              # `The prime minister` in a Paris story after `the German
            #                                       chancellor`: an office of that class, but another country's
        before = [m[0] for m in c.mentions if m[0] < at]
        if iso is None and title.office and not anywhere and not former and \
                _abroad_of_dateline(st, c, title, offices, bool(before), at):
            continue                              # `MONROVIA -- The president spoke ... President Obama said`, `The
            #                                       president praised both men` in a Washington story after Arafat
            #                                       (ident45)
        if not before and not anywhere and min(m[0] for m in c.mentions) >= _sentence_end(st, at) + LATER_NAME_CHARS:
            continue                              # named only much later: someone else may be meant
        if not before and iso is None and _dateline_country_told(st, at, c.country):
            continue                              # `MEXICO CITY -- The president said Mexico would not pay ... Trump
            #                                       responded`: the dateline country's president, not one named after
        placed = place is not None and any(place in st.ctx.text[max(0, ms - len(place) - 2):me]
                                           for ms, me in c.mentions)
        if place is not None and not placed and _placed_otherwise(st, c, place, bool(before)):
            continue                              # `The Vermont senator won ... Ted Cruz won three`: not Cruz (ident45)
        own = party is not None and members.get(c.name) == party   # `the GOP nominee`: one known to be of the
        #                                           party before one of no known party (act29a: not Gary Johnson)
        rank = (own, placed, bool(before), max(before, default=-1))   # `The Ohio governor`: the one named with Ohio
        if best is None or rank > best[0]:
            best, second = (rank, c), best
        elif second is None or rank > second[0]:
            second = (rank, c)
    if best and second and place is None and best[0][2] and best[0][:3] == second[0][:3] and \
            (best[1].role or "").lower() == (second[1].role or "").lower() and \
            _one_sentence(st, best[0][3], second[0][3]) and _just_before(st, best[0][3], at):
        if undecided is not None:
            undecided.extend((best[1], second[1]))
        return None
    if best:
        return best[1]
    if former:
        return _past_holder(st, iso, title, at)   # `the former first lady` for a candidate who was one
    if iso and st.day and not former and (title.office or title.role not in lex.words("local_role") and
                                          (title.sector not in _MANY_HOLD or _post_row(title, lexicon_only))) and \
            not (iso == "USA" and title.role in lex.words("state_office") and _state_datelined(st)):
        def holds(o) -> bool:                     # a national office with no class of its own (`the attorney
            if title.office:                      # general`): its one holder that day (`_holders`), before a past one
                return lex.office_of(o.role) in offices and not _named_otherwise(title, o.role) and \
                    not _field_role(o.role)       # (not a candidate of a field: see `_field_role`)
            return o.role == title.role and (title.sector not in _MANY_HOLD or _one_post(o, lexicon_only)) and \
                (portfolio is None or portfolio in o.role.lower())
        found = [p for p, held in _holders(st.day, iso) if any(holds(o) for o in held) and not other_party(p.name)
                 and not _gender_clash(p.name, gender)
                 and (party is None or members.get(p.name) == party)   # (`the Republican nominee`: one known to
                 #                                                       be of the party, never Gary Johnson: act29a)
                 and not any(c.person is p for c in st.clusters.values() if id(c) in others)]
        if len(found) == 1:
            p = found[0]
            return cluster(st, ("P", p.name), p.name, person=p)
    return None


def _field_role(role: Optional[str]) -> bool:
    """A lexicon role of a race that many hold at once (office class `candidate`, but not one of actor_words.tsv
    `sole_race_role`: `presidential candidate`, not `presidential nominee`): the lexicon lists as candidates only those
    with no other office (a governor or senator running keeps that row), so its one holder of the role on a day that
    fits a description (`The candidate said ...` in a story of Gov. John Kasich, the only male `presidential
    candidate` of the lexicon being Donald Trump) is no evidence of who is meant (ident53). A party's nominee is one."""
    return bool(role) and lex.office_of(role) == "candidate" and role.lower() not in lex.words("sole_race_role")


def _one_sentence(st: ActorState, a: int, b: int) -> bool:
    """The characters a and b lie in one sentence of the article."""
    x = st.doc.char_span(a, a + 1, alignment_mode="expand")
    y = st.doc.char_span(b, b + 1, alignment_mode="expand")
    return x is not None and y is not None and x[0].sent.start == y[0].sent.start


def _just_before(st: ActorState, a: int, b: int) -> bool:
    """The character a lies in the sentence of character b or in the one right before it."""
    x = st.doc.char_span(a, a + 1, alignment_mode="expand")
    y = st.doc.char_span(b, b + 1, alignment_mode="expand")
    if x is None or y is None:
        return False
    own = y[0].sent
    return x[0].sent.start == own.start or own.start > 0 and st.toks[own.start - 1].sent.start == x[0].sent.start


def _state_datelined(st: ActorState) -> bool:
    """True for a story datelined in the US outside Washington (`AUSTIN, Texas`, `ATLANTA`): a bare `the attorney
    general` there may be the state's (actor_words.tsv `state_office`; `AUSTIN, Texas -- The attorney general said
    Texas would sue`: not Loretta Lynch). ident45."""
    dl = st.ctx.layout.dateline
    return dl is not None and (dl.place or "").strip().rstrip(",").upper() != "WASHINGTON" and \
        dateline_country(st) == "USA"


def _placed_otherwise(st: ActorState, c: Cluster, place: str, before: bool) -> bool:
    """True when a description qualified by a place (`the Vermont senator`, `the Ohio governor`) cannot be the
    article's person `c`, whom no mention places there: one named only after it (which person a lead's description
    with a place means is then not known; whom the article names next may be anyone), or one a mention places in
    another US state (`Texas Sen. Ted Cruz`). ident45."""
    if not before:
        return True
    states = lex.us_states()
    return any(other != place and other in st.ctx.text[ms:me] for ms, me in c.mentions for other in states)


def _abroad_of_dateline(st: ActorState, c: Cluster, title: lex.Title, offices: set, before: bool, at: int) -> bool:
    """True when an office's bare description (`the president`, no country of its own) cannot be the article's person
    `c` of another country than the dateline's: one named only after it (`MONROVIA -- The president spoke to the
    nation ... President Barack Obama said`: Liberia's; unless its sentence has the dateline's country or capital as a
    place gone to or in, `The president arrived in Mexico City`: a visitor), or one named before whom the article never gives the title
    while the dateline's country has a holder of that office class that day (`WASHINGTON -- ... Arafat ... The
    president praised both men`: the US president, not the Palestinian one the lexicon knows). ident45."""
    home = dateline_country(st)
    if home is None or c.country in (None, home):
        return False
    if not before:
        return not _visits_home(st, at, home)
    word = title.role.split()[-1]
    if any(word in st.ctx.text[ms:me].lower() for ms, me in c.mentions):
        return False
    return bool(st.day) and _holds_office(st.day, home, offices)


_HE = frozenset(("he", "his", "him", "himself"))
_SHE = frozenset(("she", "her", "hers", "herself"))
_REFLEXIVE = frozenset(("himself", "herself"))


def _pronoun_gender(st: ActorState, tok, e_char: int) -> Optional[str]:
    """'m' or 'f' when the first he/his/him or she/her after a description in its sentence, with no person named
    between, tells the gender of the one meant (`the candidate anticipates them and his crowds ...`), else None."""
    sent = sentence_of(st.doc, tok.i)
    for t in tokens(st.doc)[sent.start:tok.i]:
        if t.ent_type_ == "PERSON" or hit_at(st, t.i) is not None or t.dep_ in ("nsubj", "nsubjpass") and (
                t.i in st.person_at or t.tag_ == "NN" and
                "person" in (lex.titles().get(t.lower_) or lex.titles().get(t.lemma_.lower()) or ())):
            return None                           # someone named before it in its sentence: the pronoun may be
            #                                       theirs (`Reines asked the reporter to join him`) (ident34c); also
            #                                       one subject described (`The former secretary wants a lead over the
            #                                       Vermont senator ..., as well as her advantage`; act36b)
    own = _clause_verb(tok)
    for t in tokens(st.doc)[max(tok.i, tok.right_edge.i) + 1:sent.end]:
        if t.idx < e_char:                        # (past the description's own words and clauses: `the candidate
            continue                              # she regards as ...` is no woman)
        if t.ent_type_ == "PERSON" or hit_at(st, t.i) is not None:
            return None                           # someone else named first: the pronoun may be theirs
        if t.lower_ in _HE or t.lower_ in _SHE:
            if not _same_clause(own, t):
                return None                       # a pronoun of another clause may be anyone's (`If the governor
                #                                   withdraws, then she'd be committed ...`) (ident34c)
            return "m" if t.lower_ in _HE else "f"
    return None


def _clause_verb(tok):
    """The verb (or the root) whose clause holds a token."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _same_clause(verb, pronoun) -> bool:
    """A pronoun that may stand for the subject-like argument of `verb`: in that verb's own clause but no object
    of it (`the candidate told him`: someone else), or in a clause joined to it by `and`/`but` (ident34c), or the
    subject (or its possessor) of the clause the verb says (ident45)."""
    other = _clause_verb(pronoun)
    if other.i == verb.i:
        return pronoun.dep_ not in ("dobj", "dative", "iobj", "obj") or pronoun.lower_ in _REFLEXIVE
        #                                           (`The mayor pulled himself from the contest`: an object
        #                                           `himself` is the subject's own; ident53)
    if other.dep_ == "ccomp" and other.head.i == verb.i:   # `The senator said his campaign had come a long way`,
        subject = pronoun if pronoun.dep_ != "poss" else pronoun.head   # `... said he would stay`: the subject of
        return subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == other.i   # what it says (ident45)
    return other.dep_ == "conj" and other.head.i == verb.i or verb.dep_ == "conj" and verb.head.i == other.i


def _gender_clash(name: str, gender: Optional[str]) -> bool:
    """True when a person's given name (given_names.tsv) tells the gender other than `gender`."""
    if gender is None or not name:
        return False
    known = given_names().get(name.split()[0].lower())
    return known is not None and known != gender


def _ordinal_word(tok, title: lex.Title) -> bool:
    """An ordinal word before a title that is no word of it (actor_words.tsv `ordinal_word`: `the first president to
    ...`; not `the first lady`): which holder, by a number, no one the lexicon tells (ident34b)."""
    own = set(title.phrase.split())
    if tok.dep_ == "attr":
        return False                              # `Trump is the first candidate since Reagan ...`: said of him
    return any(c.i < tok.i and c.dep_ in ("amod", "compound") and c.lower_ in lex.words("ordinal_word") and
               c.lower_ not in own for c in children(tok))


_POST_VERBS = frozenset(("elect", "appoint", "nominate", "name", "swear", "ascend", "rise", "return"))


def _names_the_post(tok) -> bool:
    """A description that owns a post noun (actor_words.tsv `post_noun`) sought or filled (`a contender for the vice
    president's position`), or is the `of`-object of one (`elected to the office of the president`): the post, no
    one. Not the post noun said otherwise (`That was the president's position`: his stance; `the president's office
    said`: a body) (ident34b)."""
    posts = lex.words("post_noun")
    head = tok.head
    if tok.dep_ == "poss" and head.lower_ in posts:
        post = head
    elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in posts and head.head.i < tok.i:
        post = head.head
    else:
        return False
    up = post.head
    if post.dep_ != "pobj":
        return False
    return up.lower_ == "for" or up.lower_ in ("to", "into") and up.head.lemma_ in _POST_VERBS


_ABROAD = re.compile(r"\s+(?:in|to|at)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")


def _posted_abroad(st: ActorState, title: lex.Title, iso: str, e_char: int) -> bool:
    """A diplomat's title (actor_words.tsv `envoy_title`) of one country followed by `in`/`to`/`at` a place of
    another country or an organisation (`Cuba's chief diplomat in Washington`, `at the United Nations`): a head of
    mission abroad, not the foreign minister its office class names (ident34b)."""
    if not set(title.phrase.split()) & lex.words("envoy_title"):
        return False
    m = _ABROAD.match(st.ctx.text, e_char)
    if m is None:
        return False
    name = m.group(1)
    where = lex.place_country(name) or lex.countries().names.get(name)
    if where is not None:
        return where != iso
    return name in lex.organisation_forms()


def _office_fits(title: lex.Title, role: Optional[str]) -> bool:
    """A role of the office class (or, for a title of none, the head word) a title names."""
    if not role:
        return False
    if title.office:
        return lex.office_of(role) == title.office and not _named_otherwise(title, role)
    return title.role.split()[-1] in role


def _out_of_frame(st: ActorState, tok, title: lex.Title, c: Cluster) -> Optional[str]:
    """Why a description resolved to lexicon person `c` means someone of another time or frame (ident34b), or None:
    'nobody' for a work of fiction in its sentence (actor_words.tsv `fiction_word`: `the president` of a CBS drama)
    or a restrictive relative clause (`the president it deserves`: a kind, no one); 'past' for another holder of the
    office in the past named in its sentence or the two before (`During the investigation of President Clinton ...
    The president was then subpoenaed`, `the first lady` beside `Clinton's leg` in a story of her 1998 illness); 'then'
    for a description, an argument of its verb, whose clause is set in a past year the person did not hold the office
    in (`_set_in_year`: `In 1994, ... the first lady led`; ident48). The
    relative clause counts only for someone the text does not name by then (`the candidate she regards as ...` for
    Trump named next stays his)."""
    doc = st.doc
    argument = tok.dep_ in _ARGUMENTS or tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN") and \
        tok.head.ent_type_ != "PERSON"
    year = _set_in_year(st, tok) if argument and title.sector != "PTY" else None
    if year is not None and not _held_in(c.person, title, year, c):
        return "then"                             # `In 1994, ... the first lady led a task force` in a story of
        #                                           2016: that year's holder, not the publication day's (ident48)
    if c.mentions and st.day and any(o.holds(st.day) and _office_fits(title, o.role) and iso_ok(o, c)
                                     for o in c.person.offices):
        return None                               # a person the article names who holds the post that day: the
        #                                           text supports them (`The Ohio governor` for Kasich) (ident34c)
    sent = sentence_of(doc, tok.i)
    fiction = lex.words("fiction_word")
    if any(t.lower_ in fiction and t.pos_ == "NOUN" for t in sent):
        return "nobody"
    named = any(ms < sent.end_char + LATER_NAME_CHARS for ms, me in c.mentions)
    for ch in children(tok):
        if not named and ch.dep_ == "relcl" and ch.i > tok.i and ch.left_edge.i > 0 and \
                tokens(doc)[ch.left_edge.i - 1].text not in (",", "(", "-", "--", "—", "–"):
            return "nobody"
    if not st.day:
        return None
    first = sent.start
    for _ in range(2):
        if first > 0:
            first = sentence_of(doc, first - 1).start
    lo, hi = tokens(doc)[first].idx, sent.end_char
    for other in st.clusters.values():
        if other is c or other.person is None or other.person is c.person or not other.mentions:
            continue
        if not any(lo <= ms < hi and not _told_former(st, ms, me) for ms, me in other.mentions):
            continue                              # (`Former Attorney General Eric Holder`: told as past, so `the
            #                                       attorney general` after him is today's) (ident34c)
        if any(o.end and o.end <= st.day and _office_fits(title, o.role) and iso_ok(o, c)
               for o in other.person.offices):
            return "past"
    return None


_YEAR = re.compile(r"(?:19|20)\d\d")
_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj", "dative")
#   (the description as an argument of its verb, who acts then, or one the parse hangs on a noun before it, `in the
#   1991 Persian Gulf War, the president at the time`; not one told of a pronoun or name, `In 2010, once
#   more the party's nominee, she lost`, nor a candidacy, PTY, whose dated rows the lexicon does not hold for
#   every run)


def _years(toks) -> list[int]:
    """The years (1900-2099, written as four digits) among some tokens."""
    return [int(t.text) for t in toks if len(t.text) == 4 and _YEAR.fullmatch(t.text)]


def _set_in_year(st: ActorState, tok) -> Optional[int]:
    """The year before the article's own that the clause of a description is set in, or None: a year in a time
    phrase of the description's verb (actor_words.tsv `then_prep`: `In 1994, ... the first lady led`, `In February
    2003, the secretary of state told`, `in the 1991 Persian Gulf War, the president at the time assembled`), or, for
    `that year`, `that spring` (actor_words.tsv `then_noun`), the last year of the sentence before. A year inside the
    description's own words, in another clause (`The president, who was elected in 2008, said`) or after another
    preposition (`since 2004`) sets nothing (ident48)."""
    if not st.day or not st.day[:4].isdigit():
        return None
    verb = _clause_verb(tok)
    if verb.i == tok.i:
        return None
    own = range(tok.left_edge.i, tok.right_edge.i + 1)
    found: list[int] = []
    back = False
    for ch in children(verb):
        if ch.i in own or ch.dep_ not in ("prep", "npadvmod", "advmod"):
            continue
        words = tokens(st.doc)[ch.left_edge.i:ch.right_edge.i + 1]
        if ch.dep_ == "prep" and ch.lower_ in lex.words("then_prep"):
            found += _years(t for t in words if _own_phrase(t, ch))   # (`in`, `during`: not `since 2004`, nor
            #                                       `In a speech about the 1994 crime bill`: review48d)
        back = back or any(t.lower_ == "that" and t.head.lower_ in lex.words("then_noun") for t in words)
    if not found and back:
        sent = sentence_of(st.doc, tok.i)
        if sent.start > 0:
            found = _years(sentence_of(st.doc, sent.start - 1))[-1:]
    year = max(found, default=None)
    return year if year is not None and year < int(st.day[:4]) else None


def _own_phrase(tok, prep) -> bool:
    """The token hangs on a preposition through no other preposition (`In February 2003`, `in the 1991 war`; not the
    year of `In a speech about the 1994 crime bill`)."""
    while tok.i != prep.i:
        if tok.dep_ == "prep" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _held_in(person, title: lex.Title, year: int, c: Cluster) -> bool:
    """The person held an office that fits a title at some time of a year."""
    lo, hi = f"{year}-01-01", f"{year}-12-31"
    return person is not None and any((o.start is None or o.start <= hi) and (o.end is None or o.end > lo) and
                                      _office_fits(title, o.role) and iso_ok(o, c) for o in person.offices)


def _then_holder(st: ActorState, title: lex.Title, year: int, c: Cluster) -> Cluster:
    """Who a description set in a past year (`_set_in_year`) names: the person of the article who held the office
    that year, else the office unnamed, of the country of the holder the date had given (ident48)."""
    for other in st.clusters.values():
        if other.person is not None and other.mentions and other.person is not c.person and \
                _held_in(other.person, title, year, c):
            return other
    return cluster(st, ("D", title.role, str(year)), title.role, sector=title.sector, role=title.role,
                   country=c.country)


def _candidate_in_focus(st: ActorState, tok, title: lex.Title, c: Cluster) -> Optional[Cluster]:
    """The person a bare `the candidate` means when the lexicon's candidate `c` is not named in its sentence or the two
    before and one other person is the subject of a verb there (`Kasich told reporters he could win ... The candidate noted
    out`): the lexicon gives a candidacy row only to someone with no other office that day, so a sitting governor or
    senator who runs is no `candidate` to it, and the bare title went to the only one it has (ident56). None when the
    title has words of its own (`the Republican candidate`, `the candidate of the left`), when `c` is named there, or
    when two people are subjects there."""
    if title.phrase != "candidate" or [ch.lower_ for ch in children(tok)] != ["the"]:
        return None
    doc = st.doc
    sent = sentence_of(doc, tok.i)
    first = sent.start
    for _ in range(2):
        if first > 0:
            first = sentence_of(doc, first - 1).start
    lo = tokens(doc)[first].idx
    if any(lo <= ms < tok.idx for ms, _ in c.mentions):
        return None
    subjects = {id(p): p for k in range(first, tok.i) if st.toks[k].dep_ in ("nsubj", "nsubjpass")
                and (p := st.person_at.get(k)) is not None and p is not c and p.key[0] in ("P", "P?")}
    return next(iter(subjects.values())) if len(subjects) == 1 else None


def _campaign_owner(st: ActorState, tok, title: lex.Title, c: Cluster) -> Optional[Cluster]:
    """The person a bare `the candidate` means when its own sentence, before it, names the staff or a relative of
    another person (actor_words.tsv `staff`, `kin`): owned by that person's name (`Sanders advisers insist that, with
    the candidate focused ...`, `Vell's strategist said the candidate ...`) or by `his`/`her`, then the person named
    last before, a subject first, whose given name is of the pronoun's gender (`His campaign manager says the win
    shows the candidate may yet catch up`, `his wife offered a preview of the candidate's thinking`). The lexicon
    gives a candidacy row only to someone with no other office that day, so a senator who runs is no `candidate` to
    it, and the bare title went to the lexicon's candidate `c` (ident57). The owner is a lexicon person (one who may
    run, not a staffer). None when the owner is `c` itself, or when the title has words of its own."""
    if title.phrase != "candidate" or [ch.lower_ for ch in children(tok) if ch.dep_ != "case"] != ["the"]:
        return None                               # (`the candidate's thinking` too)
    doc, toks = st.doc, st.toks
    sent = sentence_of(doc, tok.i)
    owned = lex.words("staff") | lex.words("kin")
    for k in range(sent.start, tok.i):
        t = toks[k]
        two = (toks[k - 1].lower_ + " " + t.lower_) if k > sent.start else ""
        if t.pos_ != "NOUN" or (t.lemma_.lower() not in owned and two not in owned):
            continue
        for o in children(t):
            if o.dep_ not in ("poss", "compound") or o.i > k:
                continue
            if o.lower_ in ("his", "her"):
                said = "m" if o.lower_ == "his" else "f"
                named = [(toks[j].dep_ in ("nsubj", "nsubjpass"), p) for j in range(o.i - 1, max(-1, o.i - 120), -1)
                         if (p := st.person_at.get(j)) is not None and toks[j].pos_ == "PROPN" and
                         p.person is not None and given_names().get(p.name.split()[0].lower()) == said]
                owner = next((p for subject, p in named if subject), None) or next((p for _, p in named), None)
                #                                   (the last person named before as a subject, else named at all,
                #                                   whose given name is of the pronoun's gender: `her` after `Bernie
                #                                   Sanders` is not his; `Sanders spoke ... on the show of Ann Roe's
                #                                   husband Tom Roe. His chief strategist` is Sanders's)
            else:
                owner = st.person_at.get(o.i)
            if owner is not None and owner is not c and owner.key[0] in ("P", "P?") and owner.person is not None and \
                    owner.person is not c.person:
                return owner                      # (a lexicon person, one who may run: never a staffer named
                #                                   before, `Weaver said ... His aide said the candidate`)
            return None                           # (the first owned noun decides)
    return None


def _past_tenure_holder(st: ActorState, tok, title: lex.Title, c: Cluster) -> Optional[Cluster]:
    """The one former holder of the office whose tenure a possessive description means (`during the president's
    tenure`, `under the president's watch`) when the article names that former holder in the description's sentence
    or the two before (by name or as `the former president`) and never names the day's holder `c` (its surname is
    nowhere in the text): a tenure spoken of beside a former holder, with today's holder absent, is the former one's
    (ident56). None otherwise (`Former President Roe spoke. The president's tenure ...` with today's holder named
    in the story stays today's: ident34c's rule)."""
    if tok.dep_ != "poss" or tok.head.lemma_.lower() not in lex.words("tenure_noun") or not st.day or c.mentions or \
            re.search(r"\b" + re.escape(c.surname) + r"\b", st.ctx.text):
        return None
    doc = st.doc
    sent = sentence_of(doc, tok.i)
    first = sent.start
    for _ in range(2):
        if first > 0:
            first = sentence_of(doc, first - 1).start
    lo, hi = tokens(doc)[first].idx, tok.idx
    found = {id(o): o for o in st.clusters.values()
             if o is not c and o.person is not None and o.person is not c.person and
             any(lo <= ms < hi for ms, _ in o.mentions) and
             any(f.end and f.end <= st.day and _office_fits(title, f.role) and iso_ok(f, c) for f in o.person.offices)}
    return next(iter(found.values())) if len(found) == 1 else None


def _told_former(st: ActorState, start: int, end: int) -> bool:
    """A mention whose own title, in the words just before it, is told as no longer held (actor_words.tsv `former`,
    less `then`, which sets the story in that time: `Former Attorney General Eric Holder`) (ident34c)."""
    words = re.findall(r"[\w]+", st.ctx.text[max(0, start - 40):end].lower())
    return any(w in lex.words("former") and w != "then" for w in words[-7:])


def iso_ok(o, c: Cluster) -> bool:
    """A past office of the same country as the person a description was resolved to."""
    return c.country is None or o.country == c.country


def _portfolio(tok, title: lex.Title) -> Optional[str]:
    """The lower-case noun set as a compound before a title of no office class whose post is one of a portfolio
    (actor_words.tsv `portfolio_title`: `minister`, `secretary`, `commissioner`) that is no word of the title, nor of the words walked over before a title (actor_words.tsv
    `title_prefix`, `office_qualifier`): the post's portfolio (`the kingdom's new information minister`,
    `the agriculture secretary`), which a person of another portfolio does not hold (`Foreign Minister Bernard
    Kouchner` is no information minister: ident34). None when there is none or the title has an office class."""
    if title.office or title.role.split()[-1] not in lex.words("portfolio_title"):
        return None
    own = set(title.phrase.split())
    for c in children(tok):
        if c.i < tok.i and c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.is_alpha and \
                c.lower_ not in own and c.lower_ not in lex.words("title_prefix") and \
                c.lower_ not in lex.words("office_qualifier"):
            return c.lower_
    return None


_PARTY_WORD = re.compile(r"\b[A-Z][A-Za-z]+\b")


def _told_of_other_party(st: ActorState, c: Cluster, party: str) -> bool:
    """True when a word of another party stands right before one of the person's mentions (`Libertarian nominee
    Gary Johnson`): a person parties.tsv gives no party (who changed party) is then no `Republican nominee`
    (act29a, from the audit of every identity on the read articles)."""
    words = lex.parties().words
    return any(words.get(w, party) != party for ms, me in c.mentions
               for w in _PARTY_WORD.findall(st.ctx.text[max(0, ms - 24):me]))


def _flat_name(st: ActorState, m) -> str:
    """A proper-noun modifier with the proper nouns compounded before it (`New York` of `the New York attorney
    general`, whose parse makes `New` a compound of `York`; act47b), else its own word."""
    k = m.i
    while k > m.left_edge.i and st.toks[k - 1].pos_ == "PROPN" and st.toks[k - 1].head.i == m.i and \
            st.toks[k - 1].dep_ == "compound":
        k -= 1
    return span_text(st.doc, k, m.i + 1) if k < m.i else m.text


def _state_post(st: ActorState, tok, title: lex.Title, place: Optional[str], iso: Optional[str] = None) -> bool:
    """True when a national office's title is qualified by a US state (`the Texas attorney general`, `the attorney
    general of Florida`, `the attorney general of the state of Ohio`): that state's own post, whose holder the
    federal office's lexicon holder is not (act29a; `the state attorney general` in a US story: rev29b; from the audit of every identity on the read articles: three
    state attorneys general given Loretta Lynch). Posts held in many places (`governor`: `local_role`) and seats
    (LEG) are left to the rules of their own."""
    if title.sector in ("LEG", None) or title.role in lex.words("local_role"):
        return False
    states = lex.us_states()
    if place is not None and place in states:
        return True
    if place is None and iso in (None, "USA") and any(m.lower_ == "state" and m.dep_ in ("compound", "amod", "nmod") and m.i < tok.i
                             for m in children(tok)) and (dateline_country(st) or "USA") == "USA" and \
            not any(m.dep_ in ("amod", "compound", "nmod") and m.i < tok.i and lex.place_country(m.text)
                    for m in children(tok)):
        return True                               # `the state attorney general` in a US story (rev29b: was the
        #                                           federal one named in the article, Eric Holder)
    for prep in children(tok):
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > tok.i:
            for obj in children(prep):
                if obj.dep_ == "pobj" and (obj.text in states or obj.lower_ == "state" and
                                           any(d.lower_ == "the" for d in children(obj))):
                    return True
    return False


def _state_post_holder(st: ActorState, title: lex.Title, at: int, place: Optional[str]) -> Optional[Cluster]:
    """The article's person named before `at` whose role is the state post of this title (`state attorney general`:
    `Attorney General Roy Cooper ... the North Carolina attorney general`), if any."""
    best = None
    for c in st.clusters.values():
        if c.key[0] not in ("P", "P?") or not c.mentions or not c.role:
            continue
        if c.role.startswith("state ") and title.role.split()[-1] in c.role and \
                any(m[0] < at for m in c.mentions):
            best = c if best is None or max(m[0] for m in c.mentions if m[0] < at) > \
                max(m[0] for m in best.mentions if m[0] < at) else best
    return best


def _post_row(title: lex.Title, context_country: bool) -> bool:
    """True when the title of a trade many hold (`_MANY_HOLD`) may still be a post of one holder a country
    (`_one_post`): `opposition leader` always, a title of a trade only where the description names the country."""
    return title.sector == "OPP" or not context_country and title.sector not in ("LEG", "PTY", "CVL", None)


def _one_post(o, context_country: bool) -> bool:
    """True when the lexicon's row of a title of a trade many hold is a post one person holds at a time in a country
    (rev29b): the opposition's leader (`the British opposition leader` in 2008: David Cameron; `the Venezuelan
    opposition leader` in 2019: Juan Guaido), or a state's post under a trade's word told with the country's own
    word (`the Afghan chief executive` in 2016: Abdullah Abdullah, `the Chinese chairman` in 1972: Mao), never a
    trade's row (`the columnist`: not Ann Coulter) nor a country read from the story (`the chief executive of
    Roshan` in a Kabul story)."""
    return o.sector == "OPP" or o.sector == "GOV" and not context_country


_MANY_HOLD = frozenset(("LEG", "PTY", "CVL", None, "MED", "BUS", "EDU", "REL", "LAB", "NGO", "CRM", "REB", "OPP"))
#   sectors of titles with no office class that many people hold at once (a seat, a party post, a trade: `the
#   columnist`, `the anchor`, `the chairman`): the lexicon's one holder of such a role that day is nobody's answer
#   (act29a: `the columnist` in a 2015 story was Ann Coulter, the one columnist of people.tsv)


def _dateline_country_told(st: ActorState, at: int, other: Optional[str]) -> bool:
    """True when the story is datelined in a country other than `other` and the sentence holding offset `at` names
    the dateline's country (its name, demonym or capital) and not `other`: a description there with no country of
    its own is of the dateline's country, not of a person of `other` named only after it. A country named only as
    where one goes or is (`The president arrived in Mexico City`: a visitor's place) does not count."""
    home = dateline_country(st)
    if home is None or other is None or other == home:
        return False
    span = char_span(st.doc, at, at + 1, alignment_mode="expand")
    if span is None:
        return False
    sent = sentence_of(st.doc, span.start)
    named = {entry for k, (label, entry, e) in st.hits.items() if label in ("CTRY", "DEM", "CAP") and
             sent.start <= k < sent.end and not _placed_in(st.doc[k:e].root)}
    return home in named and other not in named


def _visits_home(st: ActorState, at: int, home: str) -> bool:
    """True when the sentence holding offset `at` names the country `home` (its name or capital) only as a place gone
    to or in (`_placed_in`: `The president arrived in Mexico City`)."""
    span = char_span(st.doc, at, at + 1, alignment_mode="expand")
    if span is None:
        return False
    sent = sentence_of(st.doc, span.start)
    return any(entry == home and _placed_in(st.doc[k:e].root) for k, (label, entry, e) in st.hits.items()
               if label in ("CTRY", "CAP") and sent.start <= k < sent.end)


def _placed_in(tok) -> bool:
    """True for a place named as the object of a preposition of place or motion (`in Mexico City`, `to Beijing`)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "to", "at", "into", "from", "inside")


def _named_otherwise(title: lex.Title, role: Optional[str]) -> bool:
    """True when a title that names one office (actor_words.tsv `own_office`: `pope`, `king`, `president`,
    `chancellor`) is no part of a role of its office class: `the pope` is no president, `the king` no pope, and in a
    British story `the chancellor` (of the exchequer) is not the prime minister."""
    return bool(role) and title.phrase in lex.words("own_office") and title.phrase not in role.lower()


def _co_arguments(st: ActorState, tok) -> frozenset:
    """The ids of the people named as the other arguments of the verb a description is the subject, object or agent
    of (its subject, objects, agent and what it says): `The South Carolina senator endorsed Cruz` is not Cruz. Not
    for a verb that says what someone is (`The CNN reporter in question is ... Elise Labott`). The subject of a clause
    that is what someone says is not that someone either (`Rubio said the Texas senator was wrong`)."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "pobj" and first.head.dep_ == "agent":
        first = first.head
    if first.dep_ not in ("nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent"):
        return frozenset()
    verb = first.head
    found = set()
    if first.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):
        for arg in children(verb.head):           # the subject of a clause someone says is not that someone
            if arg.dep_ in ("nsubj", "nsubjpass") and arg.i in st.person_at:   # (`Sen. Marco Rubio said the Texas
                found.add(id(st.person_at[arg.i]))    # senator was wrong`; not an owner in the subject: `Stein
                #                                       spokeswoman Melezia Figueroa said the candidate ...` is Stein)
    if verb.pos_ not in ("VERB", "AUX") or (is_be(verb) or verb.lemma_.lower() in ("become", "remain", "seem")):
        return frozenset(found)
    for arg in children(verb):
        if arg.i != first.i and arg.dep_ in ("nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent", "ccomp"):
            found.update(id(st.person_at[t.i]) for t in _argument_words(arg) if t.i in st.person_at)
    return frozenset(found)


_CLOSING = re.compile(r"(?:”|\"|'')[\s,]*$")


def _named_in_own_quote(st: ActorState, tok) -> frozenset:
    """The ids of the people named inside the quotation a description is the speaker of, right before it (`“... the
    legacy of the Bush administration,” the former president said`): a speaker does not name himself by his surname
    in his own words, so the description is none of them (ident57). Empty when the description is not the subject of
    a speech verb or no quotation closes right before it."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in speech_verbs():
        return frozenset()
    text = st.ctx.text
    start = tok.left_edge.idx
    close = _CLOSING.search(text[max(0, start - 12):start])
    if close is None:
        return frozenset()
    end = max(0, start - 12) + close.start()
    opened = max(text.rfind("“", 0, end), text.rfind('"', 0, end), text.rfind("``", 0, end))
    if opened < 0 or end - opened > 2000:
        return frozenset()
    return frozenset(id(p) for p in st.clusters.values() if p.key[0] in ("P", "P?") and
                     any(opened < ms < end for ms, _ in p.mentions))


_ASIDE = frozenset(("relcl", "appos", "acl", "advcl", "parataxis"))


def _argument_words(arg) -> list:
    """The words of a verb's argument that may name its other people: not those of a clause or apposition hung on it
    (`Giuliani, who has become a close Trump adviser, urged the candidate`: Trump is no argument), nor the owner of a
    person's noun (actor_words.tsv `staff`, `kin`, `relation`, `person_noun`, or a person title: `Johnson's doctor is
    calling the candidate`, Johnson may be the candidate; act36b)."""
    owned = lex.words("staff") | lex.words("kin") | lex.words("relation") | lex.words("person_noun")
    out, todo = [], [arg]
    while todo:
        t = todo.pop()
        out.append(t)
        personal = t.pos_ == "NOUN" and (t.lemma_.lower() in owned or is_person_title(t))
        todo.extend(c for c in children(t) if c.dep_ not in _ASIDE and not (
            personal and c.i < t.i and c.dep_ in ("poss", "compound", "nmod")))
    return out


def _past_holder(st: ActorState, iso: Optional[str], title: lex.Title, at: int, now: bool = False) -> Optional[Cluster]:
    """The lexicon person of this article, named before offset `at`, who held an office that fits a title
    before the article's date and holds another now (`the former first lady`, `the former secretary of state`
    for Hillary Clinton as a candidate; `the billionaire` for a candidate with a business past: a title with no
    office class fits a past office of its sector, but a post in a business, actor_words.tsv `business_post`, only by
    its own word: `the chairman`, `the executive` are someone's now); the one named last. With `now` (a title said as
    held, no `former`), only someone running or out of office that day: a president is not `the senator` he was."""
    if not st.day or title.role in lex.words("loose_role"):
        return None

    def fits(o) -> bool:
        if not o.end or o.end > st.day or (iso and o.country != iso):
            return False
        if title.office:
            return lex.office_of(o.role) == title.office and not _named_otherwise(title, o.role)
        return title.role.split()[-1] in o.role or (title.sector == "BUS" and o.sector == "BUS" and
                                                    title.role not in lex.words("business_post"))
    best = None
    for c in st.clusters.values():
        if c.person is None or not c.mentions or not any(fits(o) for o in c.person.offices):
            continue
        if now and any(o.holds(st.day) and o.sector != "PTY" for o in c.person.offices):
            continue
        before = [m[0] for m in c.mentions if m[0] < at]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), c)
    return best[1] if best else None


def _sentence_end(st: ActorState, at: int) -> int:
    """The character offset where the sentence holding offset `at` ends."""
    span = char_span(st.doc, at, at + 1, alignment_mode="expand")
    return sentence_of(st.doc, span.start).end_char if span is not None else len(st.ctx.text)


def _party_of(st: ActorState, tok) -> Optional[lex.Organisation]:
    """The party a party word before a noun names (`Republican leaders`, `Democratic lawmakers`), if any."""
    for child in children(tok):
        if child.i < tok.i and child.dep_ in ("amod", "compound", "nmod") and child.text in lex.parties().words:
            org = lex.organisation_forms().get(lex.parties().words[child.text])
            if org is not None and sentence_case(st.doc, child.i) and not _country_told(st, org.country):
                return None                       # `Conservative activists said` in a US story: no party's
            return org
    return None


def _tie_named(st: ActorState, tok, title: lex.Title, isos: list, owner: Optional[Cluster]) -> bool:
    """A noun of actor_words.tsv `tie_group` (`friends`, `allies`) names a figure's friends or allies: owned by a
    person (`Ames's allies`, `Ames allies`, `friends of Ames`, `his friends`), or, for a word not of `country_tie`,
    unowned (`Friends said`); never a state's or a thing's (`Britain and its allies`, `the country's friends`). A
    party word before it (`their Republican allies`) names party members: named too (sect52). Friends joined to a kin
    word, owned or not, are none (`family and friends`, `his friends and family`, `friends and family members`: the
    family's circle; allies beside kin stay, `his relatives and their allies`; sect53)."""
    if isos or owner is not None and owner.key[0] not in ("P", "P?"):
        return False                              # `Britain's allies`, `U.S. allies`
    if tok.pos_ == "PROPN" and not tok.is_sent_start or _one_of(tok) or \
            tok.dep_ in ("attr", "acomp", "oprd") or tok.head.lemma_.lower() in ("be", "become", "remain", "stay"):
        return False                              # `Fox and Friends` (a show), `one of his friends` (a person),
        #                                           `became friends with`, `we're not friends` (a tie, no group)
    kin = lex.words("kin") | lex.words("kin_group")
    joined = [c for c in children(tok) if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    if title.role not in lex.words("country_tie") and any(j.lemma_.lower() in kin or j.lower_ in kin or any(
            c.dep_ == "compound" and c.lemma_.lower() in kin for c in children(j)) for j in joined):
        return False                              # `family and friends`, and so `his friends and family`, `friends
        #                                           and family of Ames`, `friends and family members` (sect53): the
        #                                           family's circle, no group of its own whoever owns it (not
        #                                           allies: `his relatives and their Republican allies`, two sides)
    if owner is not None or _party_of(st, tok) is not None:
        return True
    country_tie = title.role in lex.words("country_tie")
    if not country_tie and not _subject(tok) and not any(
            o.i in st.person_at for p in tok.rights if p.dep_ == "prep" and p.lower_ == "of" for o in children(p)):
        return False                              # `with a few friends`, `groups of friends`, `read by their
        #                                           friends`: friends the text does not have act (`Friends said`,
        #                                           `his friends held a vigil`, `friends of Ames` do)
    for c in children(tok):
        if c.dep_ == "poss":                      # `his friends`; not `its allies`, `the country's friends`
            return c.lower_ in ("his", "her") or not country_tie and c.pos_ == "PRON" and \
                c.lower_ not in lex.words("speaker_owner") or \
                not country_tie and c.pos_ == "NOUN" and c.lemma_.lower() not in lex.words("state_owner")
    for prep in tok.rights:                       # `friends of Ames`, `friends of the family`
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [o for o in children(prep) if o.dep_ == "pobj"]
            if any(o.i in st.person_at for o in objs):
                return True
            if country_tie or any((h := hit_at(st, o.i)) and h[0] in ("CTRY", "CAP", "DEM", "ORG") for o in objs):
                return False
    return not country_tie


def _subject(tok) -> bool:
    """The noun is a verb's subject, or joined to one (`friends and neighbours said`)."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _stance_kind(tok) -> bool:
    """A stance plural (actor_words.tsv `stance_group`) that names no collective acting: the object of a poll's or a
    vote's breakdown (`stance_breakdown`: `she did well among moderates`); a bare plural (no article, possessive,
    number or modifier) that a verb or a preposition other than the passive's `by` takes as object, with no
    relative clause or modifying phrase of its own but `on` a seat (`he would put liberals on the court`, `she counts
    on libertarians`: a kind of person, not a group the story has act); or a few counted (`few_count`: `three moderates who led big states`, so many
    persons each his own actor). Still groups: `Liberals said`, `courted the evangelicals`, `criticised by
    conservatives`, `angered progressives who marched` (sect53)."""
    head = tok
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in lex.words("stance_breakdown"):
        return True
    kids = list(children(tok))
    if any(c.dep_ == "nummod" and c.lower_ in lex.words("few_count") for c in kids):
        return True
    if head.dep_ == "pobj" and (head.head.lower_ == "by" or head.head.dep_ == "agent"):
        return False
    return head.dep_ in ("dobj", "pobj") and not any(
        c.dep_ in ("det", "poss", "nummod", "amod", "compound", "nmod", "predet", "quantmod", "relcl", "acl", "prep")
        for c in kids if c.dep_ != "prep" or c.lower_ != "on")   # (`liberals on the court`: a seat's kind)


def _one_of(tok) -> bool:
    """The noun is the object of `of` after `one` (`one of the great conservatives of his day`): one member, a person
    told by his kind, not the group."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "one"


def _stance_sector(st: ActorState, tok, title: lex.Title) -> str:
    """The sector of a stance collective or of a figure's friends or allies (actor_words.tsv `stance_group`,
    `tie_group`): PTY for a party's members, named by a party word before the noun (`Republican allies`), a party's
    possessive or an `of` a party (`the party's liberals`, `conservatives of the party`); OPP for a stance collective
    that protests or campaigns (`progressives marched`, `liberals organised a rally`); else the title's (CVL)
    (sect52)."""
    party_nouns = lex.words("party_noun")
    if _party_of(st, tok) is not None:
        return "PTY"
    owners = [c for c in children(tok) if c.dep_ == "poss"] + \
        [o for p in tok.rights if p.dep_ == "prep" and p.lower_ in ("of", "in", "within") for o in children(p)
         if o.dep_ == "pobj"]
    for o in owners:
        h = hit_at(st, o.i)
        if o.lemma_.lower() in party_nouns or h and h[0] == "ORG" and getattr(h[1], "sector", None) == "PTY":
            return "PTY"
    if title.role in lex.words("stance_group") and tok.dep_ in ("nsubj", "conj"):
        subject = tok if tok.dep_ == "nsubj" else tok.head
        verb = subject.head if subject.dep_ == "nsubj" else None
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            if verb.lemma_.lower() in lex.words("protest_verb"):
                return "OPP"
            if verb.lemma_.lower() in lex.words("organise_verb") and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in lex.words("protest_noun") for o in children(verb)):
                return "OPP"
    return title.sector


def _country_told(st: ActorState, iso: Optional[str]) -> bool:
    """The article says something of a country: its dateline is there, or it names the country, its capital, its
    people or a lexicon person who served it."""
    if iso is None or dateline_country(st) == iso:
        return iso is not None
    for label, entry, _ in st.hits.values():
        if label in ("CTRY", "CAP", "DEM") and entry == iso or \
                label == "PER" and any(o.country == iso for o in getattr(entry, "offices", ())):
            return True
    return False


def _nobody_in_particular(st: ActorState, tok, civil: bool) -> bool:
    """`as a U.S. citizen`, `a U.S. citizen must`, `the forces of bigotry`: a singular civil noun with `a`/`an`
    that is not the subject of a past-tense verb, and `forces of` an abstract noun, name nobody in particular."""
    if civil and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(tok)):
        return tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.tag_ not in ("VBD", "VBN")
    if tok.lemma_.lower() == "force":
        for prep in children(tok):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objs = [o for o in children(prep) if o.dep_ == "pobj"]
                if objs and objs[0].pos_ == "NOUN" and objs[0].is_lower and not hit_at(st, objs[0].i) and \
                        not lex.titles().get(objs[0].lemma_.lower()):
                    return True
    return False


def _post_to_fill(tok) -> bool:
    """A singular post (`the nominee`, `the Republican nominee`) that is the passive subject of a verb of choosing
    (actor_words.tsv `post_filled`) under a modal or `to` (`will be chosen`, `must be picked`, `is to be selected`),
    or of one never said of a person (`post_decided`: `will surely be decided by the delegates`, `was
    determined by the delegates`): who will hold it is the question, so it names no holder (ident53). `The nominee
    was chosen in July` (no modal) is left to the other rules: it may be the holder the story follows."""
    if tok.dep_ != "nsubjpass" or tok.tag_ not in ("NN", "NNP"):
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "prt" or c.dep_ == "xcomp" and c.i > verb.i for c in children(verb)):
        return False                              # `the suspect will be picked up`, `the governor was determined to
        #                                           reopen it`: a person, and no post (review53b)
    if lemma in lex.words("post_decided"):
        return True
    if lemma not in lex.words("post_filled"):
        return False
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in children(verb))


def _post_sought(tok) -> bool:
    """A candidacy noun (actor_words.tsv `candidacy_noun`: `the nominee`, `the GOP's candidate`) as the post still to be
    won or chosen, naming no one (ident57): the complement of an infinitive `to be` (`to qualify to be the nominee`,
    `To be the GOP nominee, you must win`), the object of an infinitive verb of choosing (`post_filled`: `to decide
    the Democratic nominee`), a noun whose relative clause says someone else backs it (`backing_verb`: `to name the
    candidate they support`), or the subject of an embedded `who ... is` (`affecting who the nominee is`). Not `the
    nominee said`, `Trump became the nominee` (no `to`), `the candidate who supports the bill` (the noun is the
    clause's subject)."""
    if tok.lemma_.lower() not in lex.words("candidacy_noun") or tok.tag_ not in ("NN", "NNP"):
        return False
    head = tok.head
    if tok.dep_ == "attr" and is_be(head) and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(head)):
        return True
    if tok.dep_ == "dobj" and head.lemma_.lower() in lex.words("post_filled") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in children(head)):
        return True
    if any(c.dep_ == "relcl" and c.lemma_.lower() in lex.words("backing_verb") and
           any(s.dep_ == "nsubj" and s.i > tok.i for s in children(c)) for c in children(tok)):
        return True
    return tok.dep_ == "nsubj" and is_be(head) and \
        any(c.dep_ == "attr" and c.lower_ == "who" and c.i < tok.i for c in children(head))


def _post_of_many(tok) -> bool:
    """A singular post with `the` whose prepositional phrase spans many places or turns of office (`the mayor of each
    town`; `backed the winning candidate in every election since 1956`, the phrase on the verb, its object a turn of
    office, actor_words.tsv `turn_word`; `every_word` on the phrase's object): a post held by many people in turn, no
    one holder (ident53). `attacked the governor at every stop` is one governor."""
    if tok.tag_ not in ("NN", "NNP") or not any(c.dep_ == "det" and c.lower_ == "the" for c in children(tok)):
        return False
    holders = [tok]
    verb = tok.head                               # (`backed the winning candidate in every election`, `voting for
    if tok.dep_ == "pobj" and verb.dep_ == "prep":   # the winning candidate in every election`: the phrase the
        verb = verb.head                          # parser hangs on the verb)
    if tok.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX"):
        holders.append(verb)
    every, turns = lex.words("every_word"), lex.words("turn_word")
    return any(c.dep_ == "prep" and c.i > tok.i and any(
        o.dep_ == "pobj" and (h is tok or o.lemma_.lower() in turns) and
        any(d.dep_ == "det" and d.lower_ in every for d in children(o)) for o in children(c))
        for h in holders for c in children(h))      # (on the verb, only a turn of office: `attacked the governor
    #                                                 at every stop` is one governor)


def _modifies_contest(tok) -> bool:
    """A title noun that only modifies a noun of a contest for office after it (actor_words.tsv `contest`: `Indiana
    governor race`, `a mayor contest`, `the senator primary`): the contest, no holder of the post (ident53)."""
    head = tok.head
    return tok.dep_ == "compound" and head.i > tok.i and head.pos_ in ("NOUN", "PROPN") and \
        head.lemma_.lower() in lex.words("contest")


def _generic_many(tok) -> bool:
    """`most Americans agree`, `many governments and many media did not react`, `protect all Americans`: a plural
    with `many`, `most` or `all` and no determiner names people in general, not a group of the story, unless it is
    the subject of a verb in the past (`Most Republicans voted against it`)."""
    many = lex.words("many")
    if tok.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss") and c.lower_ not in many for c in children(tok)):
        return False
    if not any(c.lower_ in many and c.dep_ in ("det", "amod", "predet", "nummod", "quantmod", "advmod")
               for c in children(tok)):
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return not (first.dep_ in ("nsubj", "nsubjpass") and first.head.tag_ in ("VBD", "VBN"))


@functools.lru_cache(maxsize=1)
def _norm_modals() -> frozenset[str]:
    """Modals of a rule (should, must, ought, shall): the rows of modals.tsv `used_by` actors."""
    return frozenset(r["word"].lower() for r in used_by("modals.tsv", "actors"))


def _generic_subject(st: ActorState, tok) -> bool:
    """`Judges should avoid commenting`, `so that ineligible voters don't determine the outcome`, `Opposition
    parties typically have a better hand`: a bare plural (no determiner, owner, number, country or name in it) as
    the subject of a rule (`should`, `must`), of a present-tense verb denied with `do` or of one with an adverb of
    habit (actor_words.tsv `habitual`), or of a plain present-tense verb of a state of mind or a truth (`truth_verb`)
    inside a quotation (`"terrorists know no boundaries"`): what such people do in general, not a group of the
    story."""
    if tok.tag_ not in ("NNS", "NNPS") or any(
            c.dep_ in ("det", "poss", "nummod") or hit_at(st, c.i) or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
            for c in children(tok)):
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ not in ("nsubj", "nsubjpass"):
        return False
    aux = [c for c in children(first.head) if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.lower_ in _norm_modals() for c in aux):
        return True
    if first.head.tag_ in ("VBP", "VBZ") and any(c.dep_ == "advmod" and c.lower_ in lex.words("habitual")
                                                 for c in children(first.head)):
        return True                               # `Opposition parties typically have a better hand`
    if first.head.tag_ == "VBP" and not aux and first.head.lemma_.lower() in lex.words("truth_verb") and \
            any(q.start <= tok.idx < q.end for q in st.quotes):
        return True                               # `"... terrorists know no boundaries,"`: a quoted truth about
        #                                           such people (headlines tell past deeds in the present: only quotes;
        #                                           `"Militants control the old city"` is a deed, people of the story)
    return first.head.tag_ == "VB" and any(c.lemma_ == "do" and c.tag_ == "VBP" for c in aux) and \
        any(c.dep_ == "neg" for c in aux)


_STATISTIC = re.compile(r"^(?:(?:about|nearly|almost|roughly|some|over|only) )?(?:(?:\d+|one|two|three|four|five) "
                        r"(?:in|out of) \d+|\d[\d.,]* ?(?:percent|per cent|%))", re.I)   # `44 percent fewer voters`


def predicate(tok) -> bool:
    """A noun that says what someone is rather than naming an actor: the object predicate of `call`
    (`called the exiles criminals`: actor_words.tsv `naming`), the object of `as` (`as responsible citizens`), an
    indefinite predicate of `be` (`she's a fighter`), or conjoined with one or in apposition with one (`Roe is our
    sharpest speaker, our toughest fighter`)."""
    while (tok.dep_ == "conj" or tok.dep_ == "appos" and tok.pos_ == "NOUN") and tok.head.i != tok.i and \
            tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one" and \
            tok.head.head.dep_ == "attr" and is_be(tok.head.head.head):
        return True                               # `I was one of the earliest mayors to try it`: a kind someone is
    if tok.dep_ == "oprd" or (tok.dep_ == "pobj" and tok.head.lower_ == "as" and not (
            tok.head.i > 0 and tokens(tok.doc)[tok.head.i - 1].lower_ == "such") and not (
            tok.pos_ == "PROPN" and tok.head.head.lower_ == "known")):  # `companies such as Pfizer` name them, and so
        return True                               # does `the group known as ISWAP` (user44)
    if tok.dep_ == "attr" and is_be(tok.head) and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                              for c in children(tok)):
        return True                               # `she's a fighter`: what someone is, not someone else
    if tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in children(tok)) and (
            (tok.dep_ == "attr" and is_be(tok.head)) or
            (tok.dep_ == "pobj" and tok.head.lower_ == "like" and tok.head.head.pos_ in ("VERB", "AUX"))):
        return True                               # `they think they're rebels`, `they looked like terrorists`:
        #                                           what someone is or seems, a bare plural kind
    if tok.dep_ == "attr" and is_be(tok.head) and tok.tag_ == "NN" and any(
            c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in children(tok.head)):
        return True                               # `The Danes hold the rotating presidency of the European Union`: a
        #                                           post a people or body holds, no person
    if tok.dep_ == "nsubj" and is_be(tok.head) and any(
            c.dep_ == "attr" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in children(tok.head)):
        return True                               # `If the candidate is Donald Trump`, `the winner was Ann Lee`:
        #                                           the name says who it is (or may be), never another person (act36d)
    if tok.dep_ in ("attr", "oprd") and tok.head.lemma_ == "become":
        return True                               # `If Donald Trump becomes the president`: a role he may take
    if tok.dep_ == "attr" and is_be(tok.head) and _person_subject(tok.head):
        return True                               # `I'm the candidate who can win`, `whether Senator Lee is the
        #                                           nominee`, `I'm going to be the nominee`: what the subject is,
        #                                           never another person holding the post (ident35b)
    if tok.dep_ == "attr" and is_be(tok.head) and (
            any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(tok.head)) or
            any(c.tag_ == "JJS" for c in children(tok))):
        return True                               # `I will be the greatest jobs president`, `he is the best
        #                                           president`: a role someone may take, a judgement
    if tok.dep_ == "attr" and is_be(tok.head) and tok.head.tag_ == "VBD" and any(
            c.dep_ == "nsubj" and c.pos_ in ("PRON", "NOUN", "PROPN") for c in children(tok.head)):
        return True                               # `She was the first lady, her husband led the country`: a
        #                                           past office of the subject, not the one who holds it now
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in lex.words("naming"):
        return False
    return any(c.dep_ == "dobj" and c.i < tok.i for c in children(tok.head)) or any(  # `branded the protesters
        c.dep_ in ("compound", "nmod") and c.tag_ == "NNS" and c.lemma_.lower() != c.lower_  # terrorists`,
        for c in children(tok))                                                  # `called the exiles criminals`


_PERSONAL = frozenset({"i", "we", "you", "he", "she", "they"})


def _person_subject(verb) -> bool:
    """The subject of a copula (or of the verb it is the complement of: `I'm going to be`) is a personal pronoun or
    a proper name."""
    for _ in range(3):
        subj = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.lower_ in _PERSONAL or subj.pos_ == "PROPN"
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def someone_of_a_service(dep: str, head) -> bool:
    """A military service inside the description of one unnamed or described person, where it says what that person
    is: `An Air Force pilot was killed`, `a Marine Corps sergeant` (a person noun or title with `a`/`an`), `a civilian
    employee of the Air Force`, `a member of the Navy` (its `of`-object, the description a predicate or with
    `a`/`an`). Not when the person speaks for it (`an Army spokesman said`: actor_words.tsv `staff`)."""
    if dep == "pobj" and head.lower_ == "of":
        head = head.head
    elif dep in ("compound", "nmod"):
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
    else:
        return False
    if not (lex.titles().get(head.lemma_.lower(), {}).get("person") or head.lemma_.lower() in lex.words("person_noun") or head.lemma_.lower() == "member"):
        return False
    if head.lemma_.lower() in lex.words("staff") or head.tag_ in ("NNS", "NNPS"):
        return False
    return predicate(head) or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(head))


def _no_actor_here(st: ActorState, tok) -> bool:
    """A group noun that names no actor where it stands: a predicate (`as responsible citizens`); a court or
    parliament bare after a preposition (`in court`, `in U.S. courts`, `election to parliament`: a place or a
    process); `opposition to` something or `from` someone (an attitude); `intelligence` as information (`had very good
    intelligence`); a plural kind with no determiner and no
    country (`hostile regimes`, `two parties`; not after
    `by`, which names the doers); a statistic (`1 in 4 residents`, `90 percent of prosecutors`, `a
    town of 3,000 people`)."""
    dets = [c for c in children(tok) if c.dep_ in ("det", "poss")]
    if predicate(tok):
        return True
    if tok.lemma_.lower() in lex.words("gathering") and any(
            s <= tok.idx and tok.idx + len(tok) <= e for s, e, _ in st.nameless.around(tok.idx, tok.idx + len(tok))):
        return True                               # `parties are held at the house`: a gathering, no party (one pass
        #                                           decides: local_news.social_parties, at the hits pass)
    if tok.lemma_.lower() == "court" and tok.is_lower and _game_court(tok):
        return True                               # `on the basketball court`: where a game is played
    if tok.lemma_.lower() == "cabinet" and tok.is_lower and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lex.words("furniture_kind") for c in children(tok)):
        return True                               # `two filing cabinets had been opened`: furniture (act34b)
    if tok.lemma_.lower() in lex.words("site_body") and tok.dep_ == "pobj" and tok.head.lower_ in lex.words(
            "site_preposition") and any(c.dep_ == "poss" for c in children(tok)):
        return True                               # `gathered near the party's headquarters`: the building, where
        #  something stands, of an owner named apart; a body named alone stays the body (`a bomb exploded outside the
        #  Interior Ministry`, `protested outside the embassy`: the target is the body its building stands for)
    if tok.lemma_.lower() in lex.words("service_head") and tok.text[:1].isupper() and someone_of_a_service(tok.dep_, tok.head):
        return True                               # `a civilian employee of the Air Force`, `an Army nurse`
    if tok.lemma_.lower() == "administration" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in children(c))
            for c in children(tok)):
        return True                               # `the fair administration of the law`: an act, not a government
    if tok.lemma_.lower() in lex.words("kin") and any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.lower_ == "whose")
                                                       for c in dets):
        return True                               # `the victims and their families`, `my family`: relatives of
        #                                           someone, not a group acting in the story
    if tok.lower_ in lex.words("venue") and not dets and tok.dep_ == "pobj" and \
            tok.head.lower_ in ("in", "into", "to", "before", "from"):
        return True
    if tok.lower_ in lex.words("venue") and tok.tag_ == "NNS" and [d.lower_ for d in dets] == ["the"] and \
            tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into", "through") and \
            not any(c.dep_ in ("amod", "compound", "prep") for c in children(tok)):
        return True                               # `the battle continues in the courts`: the courts as a whole,
        #                                           a place of a process, no court that acts
    if tok.lower_ in lex.words("venue") | lex.words("chamber_name") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() == "member":
        return True                               # `the first member of Congress`: the body of a seat
    if tok.tag_ in ("NNS", "NNPS") and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lower_ in ("one", "some", "two", "three", "several") and \
            tok.head.head.dep_ not in ("nsubj", "nsubjpass") and \
            any(c.tag_ == "JJS" or c.dep_ == "amod" and any(a.lower_ in ("most", "least") for a in c.children)
                for c in tok.lefts):
        return True                               # `one of Harlow's tiniest listed companies`, `one of the
        #                                           nation's largest banks`: the kind someone is, no group (act26a);
        #                                           not as the subject of a verb (`One of the region's
        #                                           largest militias attacked the town`: the group acts, rev26a)
    if tok.lemma_.lower() in lex.words("kin") and [d.lower_ for d in dets] == ["the"] and tok.dep_ == "pobj" and \
            tok.head.lower_ == "in" and tok.head.head.pos_ == "NOUN" and any(
            c.tag_ == "JJS" or c.lower_ in ("only", "first", "last", "eldest", "oldest", "youngest")
            for c in children(tok.head.head) if c.dep_ in ("amod", "advmod")):
        return True                               # `the only wimp in the family`, `the first male in the family`:
        #                                           where someone ranks, no family acting (act26a)
    if tok.lower_ in lex.words("career_body") and [d.lower_ for d in dets] == ["the"] and (
            tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.words("career_word") or
            tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into", "over", "from") and
            tok.head.head.lemma_.lower() in lex.words("career_word")) and \
            not any(c.dep_ in ("amod", "compound", "prep", "nmod") for c in children(tok)) and \
            not _joined_in_action(tok):
        return True                               # `a civilian career over the military`, `served in the army`,
        #                                           `joined the navy`: a career, no armed force acting (act26a)
    if tok.lemma_.lower() == "opposition" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(tok)):
        return True                               # `despite his own opposition`: what someone thinks, no group
    if tok.lemma_.lower() == "opposition" and (any(c.dep_ == "prep" and c.lower_ in ("to", "from") for c in children(tok)) or (
            tok.dep_ == "dobj" and not dets and any(c.dep_ == "prep" and c.lower_ in ("to", "from") and c.i > tok.i
                                                    for c in children(tok.head)))):   # (`from` on the verb)
        return not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in children(tok))  # `the Church's opposition`
    if tok.lemma_.lower() == "opposition" and tok.dep_ in ("dobj", "pobj") and \
            ((tok.head if tok.dep_ == "dobj" else tok.head.head).lemma_.lower() in lex.words("meet_resistance") or
             tok.dep_ == "pobj" and tok.head.lower_ in lex.words("resistance_prep")) and \
            all(c.dep_ in ("amod", "det") and c.is_lower and c.lower_ not in ("the", "this", "that") for c in children(tok)
                if c.dep_ not in ("prep", "punct", "cc", "conj", "relcl", "acl")):
        return True                               # `Turner has faced opposition`, `drew stiff opposition`, `despite
        #                                           growing opposition` (act50b): resistance
    if tok.lower_ == "intelligence" and not any(hit_at(st, c.i) for c in children(tok)):
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.words("information"):
            return True
        if not dets and any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.is_lower for c in children(tok)):
            return True
    by = tok.dep_ == "pobj" and tok.head.lower_ == "by"    # `threats by anti-abortion groups`: the doers
    if tok.lower_ in lex.words("category") and not dets and tok.dep_ not in ("nsubj", "nsubjpass") and not by and \
            not (tok.lower_ in lex.words("people_kind") and any(c.dep_ in ("acl", "relcl") for c in children(tok))) and \
            not any(
            hit_at(st, c.i) or c.ent_type_ in ("GPE", "NORP") or c.lower_ in lex.titles() or
            c.lower_ in lex.words("bloc") or c.lower_ in lex.words("which") for c in children(tok)):
        return True
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head                        # `help families and small companies`
    if tok.tag_ == "NNS" and not dets and first.dep_ == "pobj" and _generic_kind(st, tok):
        return True
    if tok.tag_ == "NNS" and not dets and first.dep_ == "dobj" and first.head.lemma_.lower() in lex.words("appoint") \
            and not any(hit_at(st, c.i) or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or c.dep_ == "nummod" or
                        c.i in st.person_at for c in tok.subtree if c.i != tok.i):
        return True                               # `appointing anti-gun judges`, `hire more teachers`: people of a
        #                                           kind to be chosen, no group of the story
    if tok.tag_ == "NNS" and not dets and first.dep_ == "dobj" and first.head.dep_ == "relcl" and \
            first.head.tag_ in ("VBP", "VBZ") and first.head.head.pos_ == "NOUN" and \
            not lex.titles().get(first.head.head.lemma_.lower()) and _generic_kind(st, tok):
        return True                               # `trade deals that favor foreign workers`: what such things do
        #                                           to such people, no group of the story
    if tok.tag_ == "NNS" and not dets and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        owner = tok.head.head
        if owner.lower_ in lex.words("share_noun") and owner.dep_ not in ("nsubj", "nsubjpass"):
            return True                           # `past the skill of 80 percent of judges`: a share counted
        if owner.lemma_.lower() in lex.words("population_place") and any(c.dep_ == "nummod" for c in children(tok)):
            return True                           # `a community of fewer than 50 residents`: a place's population
    s_char, e_char = np_bounds(st, tok)
    return bool(_STATISTIC.match(st.ctx.text[s_char:e_char]))


def _joined_in_action(tok) -> bool:
    """True for an armed service joined in an action, alongside or against someone (`Kurdish fighters will join the
    army in an offensive`, `Villagers joined the military in the search`): an ally the service is, no career
    (rev26a); `joined the army in 2003`, `in Iraq` (a date's or a place's name), `in search of a career` (no
    determiner) stay a career."""
    if tok.dep_ != "dobj":
        return False
    for prep in children(tok.head):
        if prep.dep_ == "prep" and prep.i > tok.i and prep.lower_ in ("in", "alongside", "against"):
            objs = [o for o in children(prep) if o.dep_ == "pobj"]
            if prep.lower_ != "in" or objs and objs[0].pos_ == "NOUN" and not objs[0].ent_type_ and \
                    any(d.dep_ in ("det", "poss") for d in children(objs[0])):   # (not `in search of a career`)
                return True
    return False


def _game_court(tok) -> bool:
    """A court where a game is played: with a modifier of actor_words.tsv `court_ground` (`the basketball court`,
    `bocce courts`), or bare `the court` whose nearest `court` before it, in its own paragraph, is one (`... took
    the court Friday`), or bare `the court` after `off`/`onto` (`walked off the court`)."""
    ground = lex.words("court_ground")
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in ground for c in children(tok)):
        return True
    if [c.lower_ for c in children(tok) if c.dep_ not in ("punct",)] != ["the"]:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("off", "onto"):
        return True                               # `tried to walk off the court`, `fans ran onto the court`: a
        #                                           ground one walks off or onto, no court of law (act35e)
    doc = tok.doc
    before = next((tokens(doc)[k] for k in range(tok.i - 1, -1, -1) if tokens(doc)[k].lemma_.lower() == "court"), None)
    if before is None or "\n" in doc_text(doc)[before.idx:tok.idx]:
        return False                              # (a game's court in another paragraph: `The court ruled` there
        #                                           is a court of law)
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in ground
                                      for c in children(before))


def _generic_kind(st: ActorState, tok) -> bool:
    """A bare plural of private people, companies, workers or criminals as a preposition's object, with no country,
    place or owner to make it a group in the story (`money for families`, `sales to banks and private equity
    firms`, `the flow of criminals`): a kind; not `suspects` (`the confessions of suspects`: the story's own)."""
    kinds = lex.titles().get(tok.lemma_.lower(), {}) or lex.titles().get(tok.lower_, {})
    title = kinds.get("group") or kinds.get("civil")
    if title is None or tok.lemma_.lower() in lex.words("of_a_place"):
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head                        # `the blessing of Congress, courts and ...`
    head = first.head
    if title.sector not in ("CVL", "BUS", "LAB", "CRM") or tok.lemma_.lower() in lex.words("named_by_role"):
        return False
    if title.sector in ("LAB", "CRM") and any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBD")
                                              for c in children(tok)):
        return False                              # `met with workers impacted by the layoffs`: those workers
        #                                           (not `the stream of smugglers crossing the frontier`)
    if title.sector in ("LAB", "CRM") and any(
            t.lemma_ == tok.lemma_ and t.i != tok.i and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no",
                                                                                                  "any", "all")
                                                         for c in children(t)) for t in tokens(tok.doc)):
        return False                              # `attacks by hackers ... the hackers`: the story's own
    if head.lower_ == "of" and (head.head.tag_ == "CD" or head.head.lemma_.lower() in lex.words("quantity")):
        return False                              # `tens of thousands of voters`: people counted, not a kind
    return not any(hit_at(st, c.i) or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or c.dep_ in ("poss", "nummod")
                   or c.i in st.person_at for c in children(tok)) and \
        not any(p.dep_ == "prep" and p.lower_ in ("in", "from", "of", "at") for p in children(tok))


def _said_with_past_modal(verb) -> bool:
    """A verb in its bare form after `could`, `would` or `did` that tells one act of then: a verb of speech (`an aide
    for Ann Marlow could only quip`, `a lawyer for the family would not comment`) or any verb denied after `did` (`an
    aide did not return calls`); not a rule or a guess (`a candidate would need 1,237 delegates`), nor what someone of
    a kind would not or could not do (`a good mayor would not raise taxes`, `a reasonable juror could not find`:
    review52e; ident52)."""
    aux = {c.lower_ for c in children(verb) if c.dep_ == "aux"}
    if verb.tag_ != "VB" or not aux & {"could", "would", "did"}:
        return False
    return verb.lemma_.lower() in speech_verbs() or verb.lemma_.lower() == "comment" or \
        "did" in aux and any(c.dep_ == "neg" for c in children(verb))


def _past_read_as_participle(verb) -> bool:
    """True for a verb the parser tagged a participle (VBN) with no auxiliary where it heads its clause and has an
    object of its own (`A grand jury indicted Marlow on ...`, `A judge ordered the release`): a verb in the past,
    not a participle describing a noun (`a man indicted last week`), which has no subject (known53)."""
    return verb.dep_ in ("ROOT", "conj", "ccomp") and not any(c.dep_ in ("aux", "auxpass") for c in children(verb)) \
        and any(c.dep_ == "dobj" for c in children(verb))


def _someone(st: ActorState, tok, title: lex.Title) -> None:
    """`a federal judge ruled`, `an appeals court found`, `A senior official said`: a description with `a`/`an`
    and no country that is the subject (or, after `by`, the agent) of a verb in the past, outside quotes, is someone unnamed who acted: an
    actor of its own (each one another), sector from the title, country from a place before it (else the home
    country, codes.py). `a candidate must`, `no president`, `any court` name nobody."""
    det = next((c.lower_ for c in children(tok) if c.dep_ == "det" or c.dep_ == "nummod" and c.lower_ == "one"), None)
    det = "a" if det == "one" else det
    verb = tok.head
    if det in ("a", "an") and tok.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.tag_ == "VBN":
        verb, agent = verb.head, True             # `her ruling was reversed by a higher court`: the doer
    elif det in ("a", "an") and tok.dep_ == "pobj" and verb.lower_ == "by" and verb.head.pos_ == "NOUN" and \
            verb.head.lemma_.lower() in lex.words("harm_noun"):
        _acted(st, tok, title)                    # `the shooting of a man by a Charlotte-Mecklenburg police
        return                                    # officer`: the doer of the act the noun names
    else:
        agent = False
    if det not in ("a", "an") or (tok.dep_ not in ("nsubj", "nsubjpass") and not agent) or \
            verb.tag_ not in ("VBD", "VBN") and not _said_with_past_modal(verb) or \
            (verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "was", "had",
                                                                                         "have", "were")
                                            for c in children(verb)) and not _past_read_as_participle(verb)):
        return
    if any(q.start <= tok.idx < q.end for q in st.quotes):
        return
    if _role_after_as(st, tok):
        return                                    # `described only as a material witness and a warrant had been
        #                                           issued` (a misparse): the role someone is named in (act53c)
    s_char, e_char = np_bounds(st, tok)
    if nested(st, s_char, e_char) or (s_char, e_char) in st.taken:
        return
    named = _named_before_comma(st, tok.left_edge.i)
    if named is not None:                         # `Sen. Ted Cruz of Texas, a candidate eliminated from ...`
        add(st, named, s_char, e_char)            # (parsed as the verb's subject): the name it describes
        st.taken.append((s_char, e_char))
        return
    sector, country = title.sector, _place_before(st, tok)
    boss = next((st.person_at[o.i] for p in children(tok) if p.dep_ == "prep" and p.lower_ in ("for", "of")
                 for o in children(p) if o.dep_ == "pobj" and o.i in st.person_at), None) \
        if title.role in lex.words("staff") else None
    if boss is not None:                          # `a spokesman for Romney said`: the side of the one served
        b_country, b_sector = (boss.person.at(st.day)[:2] if boss.person is not None else (boss.country, boss.sector))
        sector = "CVL" if b_sector in ("ELI", "CVL") else (b_sector or sector)
        country = country or (b_country if b_country != "IGO" else None)
    org = next((h[1] for c in children(tok) if c.dep_ in ("compound", "nmod") and c.i < tok.i and
                (h := hit_at(st, c.i)) and h[0] == "ORG"), None)
    if org is not None and (sector in (None, "GOV", "CVL") or title.role in lex.words("staff") |
                            lex.words("weak_title")):
        sector = org.sector                       # `A Hamas spokesman said`, `An ACLU lawyer said`
    if sector == "CVL" and title.role in lex.words("house_lawyer") and any(
            p.dep_ == "prep" and p.lower_ == "for" and o.dep_ == "pobj" and o.lower_ in lex.words("public_client") and
            any(d.dep_ == "det" and d.lower_ == "the" for d in o.children) for p in tok.children for o in p.children):
        sector = "GOV"                            # `A lawyer for the city said`: the local government's lawyer
    if org is None and sector == "GOV":           # `A police department spokesman said`: the body before the title
        sector = _body_sector_before(tok) or sector
    if org is None and sector == "LEG" and title.role in lex.words("weak_title"):
        sector = _private_body_before(tok) or sector   # `A company representative said`: the company's (act55d)
    if org is not None and org.country != "IGO":
        country = country or org.country
    c = cluster(st, ("D", title.role, s_char), st.ctx.text[s_char:e_char], sector=sector, role=title.role,
                country=country)
    add(st, c, s_char, e_char)
    st.taken.append((s_char, e_char))


def _role_after_as(st: ActorState, tok) -> bool:
    """True when the description follows `as` after a participle (`has been described only as a material witness`,
    `is sought as a witness`) or as its preposition: the role someone is named in, which the parser may take for the
    subject of the next clause; not `as` opening a clause of time (`As a judge read the verdict, ...`; act53c), nor
    a description that is the subject of the clause `as` opens (`was arrested as a police officer tried to calm the
    crowd`, parsed as its subject or as the object of `as` before a finite verb; review53a)."""
    toks = tokens(st.doc)
    k = tok.left_edge.i - 1
    if k < 1 or toks[k].lower_ != "as":
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "conj" for c in children(tok)):
        return False                              # `was arrested as a police officer tried to calm the crowd`: the
        #                                           subject of a clause of time, who acted (review53a)
    after = tok.right_edge.i + 1
    if tok.dep_ == "pobj" and after < len(toks) and toks[after].tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return False                              # `was killed as a masked man demanded cash` (the clause's subject
        #                                           parsed the object of `as`): no role (review53a)
    if toks[k].dep_ == "prep":
        return True
    j = k - 1
    while j > 0 and toks[j].tag_ == "RB":
        j -= 1
    return toks[j].tag_ == "VBN"


def _acted(st: ActorState, tok, title: lex.Title) -> None:
    """Someone unnamed who did the act a noun names (`by a ... police officer` after `the shooting`): an actor of
    its own, as `_someone` makes one."""
    if any(q.start <= tok.idx < q.end for q in st.quotes):
        return
    s_char, e_char = np_bounds(st, tok)
    if nested(st, s_char, e_char) or (s_char, e_char) in st.taken:
        return
    sector = title.sector
    if sector == "GOV":
        sector = _body_sector_before(tok) or sector
    c = cluster(st, ("D", title.role, s_char), st.ctx.text[s_char:e_char], sector=sector, role=title.role,
                country=_place_before(st, tok))
    add(st, c, s_char, e_char)
    st.taken.append((s_char, e_char))


def _named_before_comma(st: ActorState, i: int):
    """The person named right before a comma before token i (`Ted Cruz, a ...`, `Ted Cruz of Texas, a ...`), if
    any: the noun phrase at i then describes that person."""
    doc = st.doc
    if i < 2 or tokens(doc)[i - 1].text != ",":
        return None
    k = i - 2
    if k >= 2 and tokens(doc)[k].ent_type_ == "GPE" and tokens(doc)[k - 1].lower_ == "of":
        k -= 2                                    # `of Texas` after the name
    return st.person_at.get(k)


def _plural_demonym(st: ActorState, tok) -> None:
    """`Palestinians`, `displaced Afghans`: the people of a country, civilians (CVL) as the guide codes them (not a
    country's name that ends like a plural of its demonym: `the Philippines` is the place or the state)."""
    word = tok.text
    if word in st.countries.names:
        return
    for form in (word[:-1], word[:-2] if word.endswith("es") else None):
        iso = st.countries.demonyms.get(form) if form else None
        if iso and form[:1].isupper():
            s_char, e_char = np_bounds(st, tok)
            if nested(st, s_char, e_char):
                return
            if _generic_many(tok):
                st.taken.append((s_char, e_char))
                return
            if tok.dep_ == "nsubj" and is_be(tok.head) and any(
                    a.dep_ == "attr" and lex.titles().get(a.lemma_.lower(), {}).get("person") is not None and
                    lex.titles()[a.lemma_.lower()]["person"].sector in ("GOV", "IGO") for a in children(tok.head)):
                c = state_actor(st, iso)          # `The Danes hold the rotating presidency of the EU`: the state
            else:
                c = cluster(st, ("S", iso, None), word, country=iso, sector=PEOPLE_SECTOR, role="people")
            add(st, c, s_char, e_char)
            st.taken.append((s_char, e_char))
            return


_SENDER_SECTORS = frozenset(("MIL", "GOV"))   # a group subject that sends a country's forces: its army, its
#                                                government (review43)


def _sender_country(st: ActorState, tok, title: lex.Title) -> Optional[str]:
    """The country whose forces a bare plural force noun is when it is the object of a verb whose subject is that
    country or its state body (`Ethiopia sent troops to the border`, `The Ethiopian army moved tanks and troops`,
    `Somalia deployed soldiers`): the sender's, not the home country of the story nor one group of every army's
    troops (lead43). None for anything else (`Police arrested protesters`: no force word of a country; `Somali
    villagers saw troops`: a subject that is no country nor a group of its state's army or government, review43)."""
    if title.sector != "MIL":
        return None
    obj = tok
    while obj.dep_ == "conj" and obj.head.pos_ == "NOUN":
        obj = obj.head                            # (`moved tanks and troops`)
    if obj.dep_ != "dobj" or obj.head.pos_ != "VERB":
        return None
    verb = obj.head
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("it", "they") and verb.dep_ == "ccomp":
        subj = next((c for c in children(verb.head) if c.dep_ == "nsubj"), None)   # `The Ethiopian army said
        #                                           it had moved troops`: the sayer is the one its clause tells of
    if subj is None:
        return None
    h = hit_at(st, subj.i)
    if h and h[0] in ("CTRY", "CAP") and isinstance(h[1], str):
        return h[1]                               # `Ethiopia sent troops`
    body = lex.titles().get(subj.lemma_.lower(), {}).get("group")
    if body is None or body.sector not in _SENDER_SECTORS:
        return None                               # `Somali villagers saw troops`: the seers send no one (review43)
    for t in [c for c in children(subj) if c.dep_ in ("amod", "compound", "poss") and c.i < subj.i]:
        h = hit_at(st, t.i)
        if h and h[0] in ("CTRY", "CAP", "DEM") and isinstance(h[1], str):
            return h[1]                           # `The Ethiopian army moved`, `Somalia's government deployed`
    return st.group_iso.get(subj.i)


def _origin_country(st: ActorState, tok, title: lex.Title) -> Optional[str]:
    """The country a bare plural state group comes from or sits in, by a phrase after its noun: `from` a country or
    its capital (`diplomats from Colombia`, `officials from Lima`), or `in` one (`Officials in Bogota said`,
    `Police in Hong Kong`) unless the group serves abroad (actor_words `posted_abroad`: `diplomats in Geneva` are
    anyone's), is an armed force (`troops in Afghanistan`) or the place hosts a meeting (`Negotiators met in Vienna`);
    not the home country of the story (dyad44). None for anything else."""
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "in"):
            continue
        if prep.lower_ == "in" and (title.sector == "MIL" or tok.lemma_.lower() in lex.words("posted_abroad")):
            return None
        obj = next((o for o in children(prep) if o.dep_ == "pobj"), None)
        h = hit_at(st, obj.i) if obj is not None else None
        if not (h and h[0] in ("CTRY", "CAP") and isinstance(h[1], str)):
            return None
        if prep.lower_ == "in" and _hosts_meeting(st, h[1]):
            return None                           # `Negotiators met in Vienna. Officials in Vienna said`: anyone's (act10)
        return h[1]
    return None


def _hosts_meeting(st: ActorState, iso: str) -> bool:
    """True when a place of this country hosts a meeting in the article (codes._venue: `met in Vienna`, `the Geneva
    talks`): people `in` it may be anyone's."""
    from .codes import _venue
    return any(ent.label_ in ("GPE", "LOC") and lex.place_country(ent.text) == iso and _venue(ent.root)
               for ent in entities(st.doc))


def _countryless_group(st: ActorState, title: lex.Title, s_char: int, e_char: int, tok) -> None:
    """A group with no country in view (`the authorities`, `world powers`): an actor of its own, by sector and
    role; a city or US state named before its noun (`Miami relatives`, `Charlotte officers`) gives its country."""
    name = st.ctx.text[s_char:e_char]
    for det in ("the ", "The "):
        name = name.removeprefix(det)
    if lex.non_actor_name(name):
        return                                    # `social media`: a platform
    if tok.dep_ == "attr" and tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in children(tok)):
        return                                    # `the proper venue is federal court`: a forum named as what
        #                                           something is, no body that acts (act53c)
    owner = _person_owner(st, tok)                  # `Rowe's family`, `Pike's family`: two families (ident40)
    key = ("G", title.sector, title.role) + ((owner,) if owner else ())
    if owner is None:                             # `The family` after `Bentdahl's family` alone: that family
        owned = [k for k in st.clusters if len(k) == 4 and k[:3] == key]
        key = owned[0] if len(owned) == 1 else key
    elif key not in st.clusters and _written_as_modifier(st, st.clusters.get(key[:3]), owner):
        key = key[:3]                             # `Tessaro workers` ... `Tessaro's workers`: the group named before
        #                                           with the owner as its modifier, one group (review40)
    c = cluster(st, key, name, sector=title.sector, role=title.role)
    if c.country is None:
        c.country = _place_before(st, tok)
    add(st, c, s_char, e_char)
    st.taken.append((s_char, e_char))


def _written_as_modifier(st: ActorState, c: Optional[Cluster], owner: str) -> bool:
    """A mention of the unowned group `c` is the owner's word right before the group's last word (`Tessaro workers`
    for the owner `Tessaro`; not `The families of Tamika Rowe and Dana Pike`): the same group, its owner written as a
    modifier the owner test did not take (no person of the article bears it) (review40)."""
    if c is None:
        return False
    text = st.ctx.text
    for s, e in c.mentions:
        words = text[s:e].split()
        if len(words) >= 2 and words[-2] == owner:
            return True
    return False


def _person_owned(st: ActorState, owner: Cluster, title: lex.Title, isos: list) -> Optional[tuple[tuple, str]]:
    """The key and the name word of a person whose own people a group of no state body is (`Trump's supporters`,
    `Clinton's family`, `Bernie Sanders supporters`), so that the groups of two people of one country are two actors,
    not the country's one (`American supporters`: ident41, as ident40's `_person_owner` for people of no country);
    None for a state body (`Assad's troops`: the state's) or a group a country word names (`Obama's American
    critics`). Keyed by the person, not the surname: `Bill Clinton's supporters` and `Hillary Clinton's supporters`
    are two groups, named by the full name where another person of the article bears the surname (ident42)."""
    if owner.key[0] not in ("P", "P?") or title.sector in STATE_SECTORS or isos:
        return None
    surname = owner.name.split()[-1]
    return owner.key, owner.name if _surname_shared(st, owner, surname) else surname


def _person_owner(st: ActorState, tok) -> Optional[str]:
    """The surname of a person named as a group's possessor or modifier (`Rowe's family`, `the Pike family`,
    `Dana Pike's relatives`: `Rowe`, `Pike`), so that the groups of two people stay two actors (ident40); None for a
    pronoun, a people, a place or a name of a thing (`her family`, `Latino voters`, `Miami relatives`, `Riverdale High
    students`). A possessor counts unless tagged a place or a people; a modifier, or a possessor the tagger took for a
    place (`Bentdahl's` GPE), only when it ends the name of a person of the article."""
    for child in children(tok):
        if child.i >= tok.i or child.pos_ != "PROPN" or not child.text[:1].isupper() or \
                child.dep_ not in ("poss", "compound") or child.ent_type_ == "NORP" or \
                (h := hit_at(st, child.i)) and not (h[0] == "PER" and child.dep_ == "poss"):
            continue                              # (a lexicon person's name as possessor counts: `Cruz's
            #                                       supporters` with no actor of Cruz made, ident41)
        if child.dep_ == "poss" and child.ent_type_ in ("PERSON", "ORG", ""):
            return _owner_name(st, child)
        if child.ent_type_ in ("PERSON", "GPE", "LOC", "") and any(
                c.key[0] in ("P", "P?") and c.name.split()[-1] == child.text for c in st.clusters.values()):
            return _owner_name(st, child)
    return None


def _owner_name(st: ActorState, tok) -> str:
    """A group's owner word `tok`, or the full name of the person written there (`Ann Vell's supporters`) when another
    person of the article bears the surname (`Tom Vell's supporters`: two groups, not one keyed by `Vell`) (ident42)."""
    c = st.person_at.get(tok.i)
    if c is None or tok.i == 0 or st.person_at.get(tok.i - 1) is not c or len(c.name.split()) < 2:
        return tok.text
    return c.name if _surname_shared(st, c, tok.text) else tok.text


def _surname_shared(st: ActorState, person: Cluster, surname: str) -> bool:
    """True when another person of the article (a `P` or `P?` actor with mentions) bears the surname `surname`: a
    group owned by `person` is then named by the full name (`_person_owned`, `_owner_name`; review42 made one of the
    two tests ident42 wrote)."""
    return any(o is not person and o.key[0] in ("P", "P?") and o.mentions and o.name.split()[-1] == surname
               for o in st.clusters.values())


def _place_before(st: ActorState, tok) -> Optional[str]:
    """The country of a place name that modifies a noun (`Miami` in `Miami relatives`, `Ohio` in `Ohio
    voters`): a city of the lexicon's large cities or a US state; None for anything else."""
    for child in children(tok):
        if child.i < tok.i and child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ == "GPE" and \
                not hit_at(st, child.i):
            words = [t for t in child.subtree if t.ent_type_ == "GPE"]
            name = " ".join(t.text for t in words) if words else child.text
            iso = lex.place_country(name)
            if iso and iso != "USA" and lex.us_town(name) and _american_town(st, iso):
                return "USA"                      # `Paris police` in a story of Edgar County: Paris, Illinois
            if iso:
                return iso
    return None


def _american_town(st: ActorState, iso: str) -> bool:
    """True when a city of country `iso` that the United States has a town of is that town: the story names a US
    county or American institutions and never names country `iso` by its name, demonym or capital."""
    from .codes import cue_votes, names_us_county
    if any(label in ("CTRY", "DEM", "CAP") and entry == iso for label, entry, _ in st.hits.values()):
        return False
    return names_us_county(st.ctx.text) or cue_votes(st.ctx.text)["USA"] > 0


def _person_home(c: Cluster) -> Optional[str]:
    """The one country of every lexicon person a person's name (less a son's or father's mark, `Jr`) may name, for a
    person whose country is not known yet (`George Bush Jr`: both Bushes are American); None when they differ or none
    is found (fix38b)."""
    people = (c.person,) if c.person is not None else ()
    if not people:
        people = lex.person_forms().get(" ".join(without_suffixes(c.name.split(), keep=2)), ())
    homes = {o.country for p in people for o in p.offices} - {None, "IGO"}
    return next(iter(homes)) if len(homes) == 1 else None


def _speaker_country(st: ActorState, at: int) -> Optional[str]:
    """The country of the named person who speaks the quote holding offset `at` (a state's officer speaking of
    `the president` means his own), else None."""
    for q in st.quotes:
        if q.start <= at < q.end and q.speaker is not None:
            span = char_span(st.doc, q.speaker.start, q.speaker.end, alignment_mode="expand")
            who = [st.person_at[t.i] for t in (span or ()) if t.i in st.person_at]
            if who and who[0].country and who[0].country != "IGO":
                return who[0].country
            return None
    return None


def _facility_body(tok) -> Optional[str]:
    """`the airport authority`, `the port authority`: a body named for a facility (actor_words `facility_body`, a
    lower-case word before the noun) runs that facility, in the place where it is (dyad44). The facility's word."""
    return next((c.lemma_ for c in children(tok) if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and
                 c.is_lower and c.lemma_ in lex.words("facility_body")), None)


def _facility_place(st: ActorState, tok, facility: str) -> Optional[str]:
    """The country (or capital's country) the facility was last named with before the body's noun: `Hong Kong's
    airport`, `Hong Kong airport`, `the airport in Hong Kong` (dyad44); None when it never was."""
    for t in reversed(st.toks[:tok.i]):
        if t.lemma_.lower() != facility or t.pos_ != "NOUN":
            continue
        names = [c for c in children(t) if c.dep_ in ("poss", "compound") and c.i < t.i]
        names += [o for p in children(t) if p.dep_ == "prep" and p.lower_ in ("in", "at", "of")
                  for o in children(p) if o.dep_ == "pobj"]
        for c in names:
            h = hit_at(st, c.i)
            if h and h[0] in ("CTRY", "CAP") and isinstance(h[1], str):
                return h[1]
    return None


def _communist_state(st: ActorState, tok, near: Optional[str]) -> Optional[str]:
    """For a state noun that `communist` qualifies (`the communist government`, `the communist leadership`): the
    country found (`near`) when a communist party rules it (actor_words.tsv `communist_state`), else the one such
    state named last before it (places too) or the dateline's, else `near` (act53c: `the U.S. government's decision
    ... For weeks the communist government has held rallies` in a Havana story is Cuba's)."""
    if not any(c.dep_ in ("amod", "compound") and c.lower_ == "communist" for c in children(tok)):
        return near
    ruled = lex.words("communist_state")
    if near is None or near.lower() in ruled:
        return near
    if any(c.dep_ == "poss" or c.lower_ in ("former", "ex", "old", "onetime") or
           c.dep_ == "prep" and any(o.ent_type_ == "DATE" for o in children(c)) for c in children(tok)):
        return near                               # `the communist government of the 1980s`, `Hungary's former
        #                                           communist government`: a state its owner names, or one of the
        #                                           past, not the communist state named before (review53a; `the
        #                                           communist government in Havana` still is)
    named = [x for x in _named_before(st, tok.idx, places=True) if x[1].lower() in ruled]
    if named:
        return max(named, key=lambda x: x[0])[1]
    dl = st.ctx.layout.dateline
    home = _context_country_of_place(st, dl.place) if dl is not None and dl.place else None
    return home if home is not None and home.lower() in ruled else near


def _context_country_of_place(st: ActorState, place: str) -> Optional[str]:
    cs = st.countries
    return cs.capitals.get(place) or cs.names.get(place) or cs.capitals.get(place.title())


def _context_country(st: ActorState, at: int, people: bool = False, places: bool = False) -> Optional[str]:
    """The country named last before a character offset (a country, demonym or capital, places too, or
    a person of known country), if close enough; else the country of the dateline's place. A country named only
    as a place counts with `places` (the body of a facility: `flights resumed at the airport in Hong Kong ... The
    airport authority`, not China named between)."""
    named = _named_before(st, at, people, places)
    if named:
        return max(named, key=lambda x: x[0])[1]   # (the first of equal starts: a country word before a person)
    dl = st.ctx.layout.dateline
    place = dl.place if dl is not None else None
    if place:
        cs = st.countries
        return cs.capitals.get(place) or cs.names.get(place) or cs.capitals.get(place.title())
    return None


def _named_before(st: ActorState, at: int, people: bool = False, places: bool = False) -> list[tuple[int, str]]:
    """(start, country) of every country named (a country, demonym or capital; places too with `places`) and every
    person of known country named in the `_CONTEXT_CHARS` before a character offset (`_context_country`)."""
    found = []
    for s, (label, entry, e) in st.hits.items():
        if label in ("CTRY", "DEM", "CAP") and not (label == "CTRY" and not places and
                                                    country_named_as_place(st, s, e)):
            start = st.toks[s].idx                 # `the Iraq war` says nothing of whose president is meant
            if at - _CONTEXT_CHARS <= start < at and not (people and any(
                    c.key[0] in ("P", "P?") and ms <= start < me for ms, me, c in st.mentions.around(start, start + 1))):
                #                                   (`people`: nor does the country word of another person's title,
                #                                   `the German chancellor ... The prime minister` in a Paris story)
                found.append((start, entry))
    for i, c in st.person_at.items():
        start = st.toks[i].idx
        if c.country and c.country != "IGO" and at - _CONTEXT_CHARS <= start < at:
            found.append((start, c.country))
    return found


def _office_country(st: ActorState, at: int, title: lex.Title) -> Optional[str]:
    """The country whose lexicon holder a bare description of an office class with no country of its own (`the
    president`, `the prime minister`) names when the article names no holder. With no country named close before,
    the dateline's place's (`_context_country`); with some, the dateline's country when it has a holder of that office
    class that day (`WASHINGTON -- ... lifted sanctions on Iran. The president said`: the US president, not Iran's),
    else the one country named (`LIMA, Peru -- Peru signed a deal with China. The president said`: whose is not
    told, not China's). ident45."""
    named = {iso for _, iso in _named_before(st, at, people=True)}
    if not named:
        return _context_country(st, at, people=True)
    home, offices = dateline_country(st), _offices(title)
    if home is not None and st.day and _holds_office(st.day, home, offices):
        return home
    if home is not None and home not in named and (_ever_held(home, frozenset(offices)) or
                                                   not _ever_held(home, None)):
        return None                               # `MANILA -- The United States has condemned the killings. The
        #                                           president said`: the Philippines', whom the lexicon lacks that day
        #                                           (the one country named is taken only where the lexicon knows
        #                                           the dateline's offices and none of this class: `WASHINGTON --
        #                                           ... Israel ... The prime minister said`)
    return next(iter(named)) if len(named) == 1 else None


@functools.lru_cache(maxsize=512)
def _ever_held(iso: str, offices: Optional[frozenset]) -> bool:
    """True when some lexicon person held an office of one of these classes (any office: None) for country `iso` at
    any time (a country that has such an office, whoever holds it on a given day)."""
    return any(o.country == iso and (offices is None or lex.office_of(o.role) in offices)
               for p in lex.people().values() for o in p.offices)


def _holds_office(day: str, iso: str, offices: set) -> bool:
    """True when a lexicon person holds an office of one of these classes for country `iso` on `day`."""
    return any(lex.office_of(o.role) in offices for _, held in _holders(day, iso) for o in held)


def _bodies_before(tok):
    """The children of a noun, each followed by the compounds of a compound child (`police` of `department` in `A
    police department spokesman`): the words that may name the body of a generic title."""
    for child in tok.children:
        yield child
        if child.dep_ == "compound" and child.i < tok.i:
            yield from (g for g in child.children if g.dep_ == "compound" and g.i < child.i)


def _body_sector_before(tok) -> Optional[str]:
    """The sector of a state body named by a compound before a title (`police` in `A police department spokesman`),
    when it has one of its own (COP, MIL, SPY, JUD, LEG)."""
    return next((g.sector for c in _bodies_before(tok) if c.dep_ == "compound" and c.i < tok.i and
                 (g := lex.titles().get(c.lower_, {}).get("group")) is not None and g.sector in STATE_BODIES), None)


def _private_body_before(tok) -> Optional[str]:
    """The sector of a private body named by a lower-case noun right before a weak title (orgwords.tsv: `company` BUS,
    `union` LAB, `church` REL, `school` EDU): `A company representative said` speaks for a company, no lawmaker; None
    for any other word (`a Republican representative`, `the district's representative`; act55d)."""
    words = lex.org_sector_words()
    return next((words[c.lower_] for c in children(tok) if c.dep_ == "compound" and c.i == tok.i - 1 and c.is_lower
                 and words.get(c.lower_) in _PRIVATE_SECTORS), None)


_PRIVATE_SECTORS = frozenset(("BUS", "NGO", "EDU", "REL", "LAB", "MED"))
_STAFF_SECTORS = frozenset(("REL", "EDU"))     # bodies whose own people a generic title after `at`/`of` names


def _body_as_idea(st: ActorState, tok) -> bool:
    """A singular noun of a ruling body (actor_words.tsv `idea_body`: government) written in lower case with no
    determiner, possessive, number or modifier, outside the headline (the layout's, `common.in_headline`; a headline
    drops its articles: `Government to cut fuel tax`): `government should help families`, `years in government`,
    `less government` - the idea of government, no state's body (act53a, tune49). Left alone: `the government`, `his
    government`, `federal government`, `government forces` (a compound: the head decides), one joined to an
    adjective (`regulatory and government agencies`), `Government` opening a line. (tidy54: the test was a line break before the word in the stripped text, which a story with no headline
    that opens on its dateline, `HARLOW, Ohio (AP) - So government should ...`, never had.)"""
    if tok.tag_ != "NN" or not tok.is_lower or tok.lemma_.lower() not in lex.words("idea_body"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "amod", "compound", "nmod", "predet", "quantmod") for c in children(tok)):
        return False
    if tok.dep_ in ("compound", "nmod", "amod") or (tok.dep_ == "conj" and any(
            c.dep_ in ("det", "poss", "amod") for c in children(tok.head))):
        return False                              # (`the state and local government`: the first noun's article)
    if tok.dep_ == "conj" and tok.head.dep_ == "amod":
        return False                              # `permits from regulatory and government agencies`: a pair of
        #                                           modifiers, left as it was (act36a's near-miss; tidy54)
    if _body_acts(tok):
        return False
    return not in_headline(st, tok.idx)


def _body_acts(tok) -> bool:
    """`government` with no article that is still a state's body (review53b): one side of `between` (`fighting
    between government and rebels`), or the subject, alone or in a coordination, of a verb in the simple past or the
    past perfect (`Rebels and government agreed a truce`, `the rebels said government had broken it`): an act done
    once by a body, where a statement of principle (`government should help`, `government has grown`) says none."""
    top = tok
    while top.dep_ == "conj":
        top = top.head
    if top.dep_ == "pobj" and top.head.lower_ in ("between", "against"):
        return True
    if top.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = top.head
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in children(verb))


def _title_apposed_across(st: ActorState, tok, title: lex.Title) -> bool:
    """`the district judge overseeing the lawsuits, the Indiana-born Ann Lee,`: a singular title with `the` whose
    apposition names a person after a phrase of its own (a participle or a preposition's phrase between) is a mention
    of that person, as `Judge Ann Lee` is, not a body of the state; a person of no lexicon entry and no sector but the
    private default takes the title's sector and role (act56c). True when it took the title."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children(tok)):
        return False
    named = next((c for c in children(tok) if c.dep_ == "appos" and c.i > tok.i + 1 and c.pos_ == "PROPN" and
                  c.i in st.person_at), None)
    if named is None:                             # (the parser may hang the name on the phrase's last plural thing:
        named = next((c for c in tok.subtree if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i in st.person_at and
                      c.head.tag_ == "NNS" and c.head.i > tok.i and _no_people(c.head)), None)   # `lawsuits, Ann Lee`)
    placed = named is None
    if named is None:
        named = _name_after_office_place(st, tok)  # `the U.S. attorney for Manhattan, Ann Lee,` (ident56)
    if named is None or not any(c.dep_ in ("acl", "prep") and tok.i < c.i < named.i for c in children(tok)):
        return False
    start = tok.left_edge.i
    end = named.left_edge.i                       # the comma before the name ends the title's phrase
    while end > tok.i + 1 and st.toks[end - 1].is_punct:
        end -= 1
    if end <= tok.i + 1 or any(st.toks[k].text in ("\n", ".") or "\n" in st.toks[k].text for k in range(start, end)):
        return False
    s_char, e_char = st.toks[start].idx, tok.idx + len(tok)   # the title up to its noun: the names inside its phrase
    #                                           (`overseeing Harlow College lawsuits`) are no mention of the person
    if placed and not any((h := hit_at(st, k)) is not None and h[0] == "ORG" for k in range(tok.i + 1, end)):
        e_char = st.toks[end - 1].idx + len(st.toks[end - 1])   # (a place's phrase is the office's own: `the U.S.
        #                                           attorney for Manhattan, Ann Lee` whole, but not a body of its
        #                                           own, `the envoy to the United Nations`; ident56)
    if nested(st, s_char, e_char):
        return False
    person = st.person_at[named.i]
    add(st, person, s_char, e_char)
    st.taken.append((s_char, e_char))
    if person.person is None and person.sector in (None, "CVL"):
        person.sector, person.role = title.sector, title.role
    if person.person is None and person.country is None:
        isos = _modifiers(st, tok)[0]             # `the U.S. attorney for Manhattan, Ann Lee`: American (ident56)
        if len(isos) == 1:
            person.country = isos[0]
    return True


_OFFICE_PREPS = ("for", "of", "in", "to", "at")
_APPOS_CLOSE = (",", "-", "--", "—", "–", ")", ".", ";", ":")


def _name_after_office_place(st: ActorState, tok):
    """`the U.S. attorney for Harlow's district, Ann Lee -`, `the envoy to the United Nations, Tom Ward,`: a
    title whose own `for`/`of`/`in`/`to`/`at` phrase names a place or a body (capitalised, no person in it), then a
    comma and a person's name closed by a comma, a dash, a bracket or the sentence's end, is that person's title: the
    parser hangs such a name on the place (`Manhattan, Ann Lee`) or makes it the subject of the verb after the dash.
    The name's last token, or None. Not a name that goes on into a verb (`after meeting the mayor of Springfield, Ann
    Lee said`: the subject of the clause), nor one of a list (`..., Ann Lee and Tom Ward`) (ident56)."""
    toks = st.toks
    prep = next((c for c in children(tok) if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in _OFFICE_PREPS),
                None)
    if prep is None:
        return None
    phrase = []                                   # the phrase up to its first comma (the parser may hang the
    for t in prep.subtree:                        # name on the place: `Manhattan, Ann Lee`)
        if t.text == ",":
            break
        phrase.append(t)
    last = phrase[-1].i
    if [t.i for t in phrase] != list(range(prep.i, last + 1)) or not any(t.pos_ == "PROPN" for t in phrase[1:]) or \
            any(t.i in st.person_at or "\n" in t.text for t in phrase):
        return None
    if last + 2 >= len(toks) or toks[last + 1].text != "," or (last + 2) not in st.person_at:
        return None
    person = st.person_at[last + 2]
    j = last + 2
    while j + 1 < len(toks) and st.person_at.get(j + 1) is person:
        j += 1
    if j + 1 < len(toks) and toks[j + 1].text not in _APPOS_CLOSE:
        return None                               # `..., Ann Lee said` / `Ann Lee's` / `Ann Lee and Tom Ward`
    if j + 2 < len(toks) and toks[j + 1].text == "," and toks[j + 2].lower_ in ("and", "or"):
        return None                               # `..., Ann Lee, and Tom Ward`: a list
    head = toks[j]
    return head if head.pos_ == "PROPN" else None


def _no_people(tok) -> bool:
    """True for a plural noun that is no title or noun of people (`lawsuits`, `cases`; not `plaintiffs`)."""
    lemma = tok.lemma_.lower()
    return lemma not in lex.titles() and tok.lower_ not in lex.titles() and lemma not in lex.words("person_noun")


def _title_to_listed_names(st: ActorState, tok, title: lex.Title) -> None:
    """A plural title in apposition with two or more names joined by `and` (`Ann Lee and Tom Ward, two hedge fund
    managers,`) says what each of them is, as a singular one does for one name (`Ann Lee, a hedge fund manager`):
    each named person of no lexicon entry and no sector but the private default takes the title's sector and role
    (act56c). The plural stays a group of its own (GUIDE.md, session 33: optional where its members are labelled)."""
    if tok.tag_ != "NNS" or tok.dep_ not in ("appos", "conj") or tok.head.i >= tok.i or \
            title.sector in (None, "CVL"):
        return
    first = tok.head
    names = [first] + [c for c in first.subtree if c.dep_ == "conj" and c.i < tok.i and c.pos_ == "PROPN"]
    people = [st.person_at.get(n.i) for n in names]
    if len(names) < 2 or any(p is None for p in people):
        return
    if tok.dep_ == "conj" and not (st.toks[tok.left_edge.i - 1].text == "," and any(
            c.dep_ == "cc" and names[0].i < c.i < names[-1].i for c in children(first))):
        return                                    # (parsed as a third conjunct: only after `A and B,`, not in a
        #                                           list `A, B and hedge fund managers`)
    for p in {id(p): p for p in people}.values():
        if p.person is None and p.sector in (None, "CVL"):
            p.sector, p.role = title.sector, title.role


def _group(st: ActorState, tok, title: lex.Title, civil: bool = False) -> None:
    """`Russian officials`, `Assad's troops`, `the armed opposition`, `Hungarian and Romanian officials`."""
    if tok.i + 1 < len(st.toks) and st.toks[tok.i + 1].text == "-":
        return                                    # `rebel-held`, `government-backed`
    if (h := hit_at(st, tok.i)) is not None and h[0] == "ORG" and h[2] == tok.i and h[3] > tok.i + 1:
        return                                    # `Friends of the Earth said`: a group word that opens a lexicon
        #                                           body's longer name is that body (known53)
    if any(c.dep_ == "amod" and c.lower_ in lex.words("future") for c in children(tok)):
        st.taken.append(np_bounds(st, tok))       # `the next administration`: whoever it will be
        return
    named = next((st.person_at[c.i] for c in children(tok) if c.dep_ == "appos" and c.i > tok.i and
                  c.i in st.person_at), None)
    if tok.tag_ == "NN" and _describes_named(st, tok, title):
        return                                    # `a Filipino man named Jose Santos`: that person
    if tok.tag_ == "NN" and named is not None:    # `France's latest radical and violent jihadist, Larossi
        s_char, e_char = np_bounds(st, tok)       # Abballa,`: a singular kind in apposition with a name is that
        if not nested(st, s_char, e_char):        # person, no group
            add(st, named, s_char, e_char)
            st.taken.append((s_char, e_char))
        return
    if any(c.lower_ in lex.words("former") for c in tok.lefts):
        title = dataclasses.replace(title, sector="ELI", role="former " + title.role)
    _title_to_listed_names(st, tok, title)
    camp = _camp_of(st, tok) if title.sector == "MIL" else None
    if camp is not None:                          # `anti-Trump forces`, `the pro-Clinton forces`: a political camp
        title = dataclasses.replace(title, sector="PTY", role=camp)
    elif title.sector == "MIL" and _cause_camp(st, tok):
        title = dataclasses.replace(title, sector="OPP", role="activists")   # `pro-democracy forces` (act37b)
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
        return                                    # `police station`, `government forces` (head decides)
    if _body_as_modifier(tok):
        return                                    # `the full military, economic, intelligence ... powers` (act36a)
    if title.sector == "MIL" and _force_of_no_army(tok):
        st.taken.append(np_bounds(st, tok))       # `market forces`, `joining forces with`, `forces outside his
        return                                    # control`: no armed force (act36a)
    if tok.lemma_.lower() in lex.words("study_subject") and _field_of_study(tok) and \
            not any(c.dep_ in ("det", "poss") for c in children(tok)):
        st.taken.append(np_bounds(st, tok))       # `a degree in business administration`: a field of study or
        return                                    # work, no government (act35h)
    if _body_as_idea(st, tok):
        st.taken.append(np_bounds(st, tok))       # `so government should help families`: the idea of government,
        return                                    # no state's (act53a)
    if tok.dep_ == "conj" and tok.tag_ == "NN" and tok.lemma_.lower() in lex.words("kin") and \
            tok.i + 1 < len(st.toks) and st.toks[tok.i + 1].pos_ == "NOUN" and \
            st.toks[tok.i + 1].is_lower and not any(c.dep_ in ("det", "poss") for c in children(tok)):
        return                                    # `differential pay and family assistance` parsed with `family` the
        #                                           conjunct: a modifier of the noun after it, as a compound (act26a)
    if tok.dep_ == "nmod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i and \
            tok.head.dep_ in ("compound", "nmod"):
        return                                    # `a new police/fire station`: one of two bodies a thing is named
        #                                           for, inside the thing's name
    if title.sector in ("GOV", "LAB"):            # `police officials`, `Kenyan police leaders`, `army chiefs`,
        for child in _bodies_before(tok):         # `media workers`, `A police department spokesman`: the body
            #                                       before a generic noun gives the sector
            body = lex.titles().get(child.lower_, {}).get("group")
            if child.lower_ == "enforcement" and any(g.lower_ == "law" for g in child.lefts):
                body = lex.titles()["police"]["group"]   # `law-enforcement authorities`, `law enforcement officials`
            if child.dep_ in ("compound", "amod") and child.i < tok.i and body is not None and \
                    body.sector in STATE_BODIES | {"MED"}:
                title = dataclasses.replace(title, sector=body.sector, role=body.role)
                break
    if title.sector == "GOV" and tok.tag_ in ("NNS", "NNPS"):   # `Paris Junior College officials`: the staff of
        named = next((lex.org_words()[c.lower_] for c in tok.children if c.dep_ == "compound" and c.i < tok.i and
                      c.pos_ == "PROPN" and lex.org_words().get(c.lower_) in _STAFF_SECTORS), None)   # a school
        title = dataclasses.replace(title, sector=named) if named else title
    if title.sector == "GOV" and tok.tag_ in ("NNS", "NNPS"):   # `other ministers at the church`, `officials of the
        for prep in tok.rights:                   # college`: people of a religious or school body (orgwords.tsv)
            body = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None) \
                if prep.dep_ == "prep" and prep.lower_ in lex.words("staff_of") else None
            if body is not None and lex.org_words().get(body.lemma_.lower()) in _STAFF_SECTORS:
                title = dataclasses.replace(title, sector=lex.org_words()[body.lemma_.lower()])
                break
    if tok.lemma_.lower() == "authority" and title.sector == "GOV" and any(
            _crime_word(t) for t in _sentence_over_rank(st.doc, tok.i)):
        title = dataclasses.replace(title, sector="COP", role="police")  # `Authorities said the suspect fled`
    if building_site(tok):                        # `serving in embassies`, `the bombings of two U.S. embassies`:
        _building(st, tok)                        # a building; only its country word names the state
        return
    if title.sector == "MED" and tok.lower_ in lex.words("press_medium") and (
            tok.dep_ == "pobj" and tok.head.lower_ in lex.words("locative") or
            any(c.dep_ == "amod" and c.lower_ in lex.words("medium_kind") for c in tok.children)):
        st.taken.append(np_bounds(st, tok))       # `touted in the media`, `to work in new media`: where words are
        return                                    # published, or a field of work, not the press acting (act32e)
    if _named_by_copula(st, tok):
        return                                    # `the victim was Alec Dunn`: that person (act36d)
    if _nobody_in_particular(st, tok, civil) or _no_actor_here(st, tok) or _generic_many(tok) or \
            _generic_subject(st, tok) or \
            lex.non_actor_name(st.ctx.text[slice(*np_bounds(st, tok))]) or \
            tok.i > 0 and lex.non_actor_name(span_text(st.doc, tok.i - 1, tok.i + 1)):   # `social media of the scene`
        st.taken.append(np_bounds(st, tok))       # nor is the country in it (`a U.S. citizen`); `big government`
        return                                    # (non_actors.tsv) is an idea
    if (civil or title.sector == "CVL") and _held_by_body(st, tok):
        return                                    # `ICE detainees`: the agency that holds them
    isos, owner = _modifiers(st, tok)
    if title.role in lex.words("tie_group") and not _tie_named(st, tok, title, isos, owner):
        st.taken.append(np_bounds(st, tok))       # `Britain and its allies`, `family and friends`: no figure's
        return                                    # friends or allies (sect52)
    if title.phrase in lex.words("tally_group") and any(
            c.dep_ == "nummod" or c.dep_ == "poss" and (c.lower_ in lex.words("speaker_owner") or c.pos_ in (
                "NOUN", "PROPN") and owner is None and c.lemma_.lower() not in lex.title_heads()) for c in children(tok)):
        return                                    # `2 million followers on Twitter`, `asked our followers`: an
        #                                           account's audience, no figure's supporters (sect52); so are a
        #                                           firm's or a band's (`the company's followers`: no person owns
        #                                           them; review52f)
    figure = title.role in lex.words("stance_head") and _figure_stance(st, tok)
    if title.role in lex.words("figure_stance_head") and not figure:
        return                                    # `the anti-abortion movement`, `the conservative movement`: an
        #                                           issue's or a creed's, left alone (act55c)
    if title.role in lex.words("stance_head") and not figure and (not any(
            w.lower_ in lex.words("stance_mark") or w.lower_ in lex.words("stance_word") and w is c and not any(
                d.dep_ == "compound" and c.i < d.i for d in children(tok) if d.i < tok.i)
            for c in children(tok) if c.i < tok.i and c.dep_ in ("amod", "compound") for w in c.subtree) or any(
            w.lower_ in lex.words("stance_not") for c in children(tok) if c.i < tok.i and c.dep_ in ("amod", "compound")
            for w in c.subtree)):
        return                                    # `the crowd cheered`: people present, no stance collective (sect52);
        #                                           `the pro-football crowd`: a sport's fans, no stance; a stance
        #                                           word only on the head itself (`the liberal arts camp`, `a
        #                                           progressive rock crowd`: a kind of school or music; review52f)
    if title.role in lex.words("stance_group") and (h := hit_at(st, tok.i)) and h[0] == "ORG" and \
            getattr(h[1], "sector", None) == "PTY" and _country_told(st, h[1].country):
        return                                    # `The Conservatives won the election in Britain`: the party
        #                                           (in a story of another country, a stance: `_foreign_party_words`)
    if title.role in lex.words("stance_group") and _one_of(tok):
        st.taken.append(np_bounds(st, tok))       # `one of the great conservatives of his time`: one person (sect52)
        return
    if title.role in lex.words("stance_group") and _stance_kind(tok):
        st.taken.append(np_bounds(st, tok))       # `led among moderates`, `would put liberals on the court`, `three
        return                                    # moderates who ran`: a breakdown, a kind, a few persons (sect53)
    if title.role in lex.words("stance_group") | lex.words("tie_group"):
        title = dataclasses.replace(title, sector=_stance_sector(st, tok, title))   # `the party's liberals`: PTY;
        #                                           `progressives marched`: OPP (sect52)
    if owner is not None and owner.key[0] in ("P", "P?") and tok.tag_ == "NN" and \
            tok.lemma_.lower() in lex.words("quality"):
        st.taken.append(np_bounds(st, tok))       # `grateful for Trump's leadership`: a person's quality, not
        return                                    # a government
    if owner is not None and owner.key[0] in ("P", "P?") and tok.tag_ == "NN" and not isos and (
            civil or any(p.dep_ == "prep" and p.lower_ == "to" for p in tok.rights)):
        st.taken.append(np_bounds(st, tok))       # `Clinton's right-hand woman`: one person told by another, no
        return                                    # civilians of the owner's country; `Trump's opposition to
        #                                           trade`: a stance, no opposition group (act35h)
    owned_by = None                               # a person whose own people these are (`Trump's supporters`)
    if owner is not None and owner.country and owner.country != "IGO":
        owned_by = _person_owned(st, owner, title, isos)
        isos = [owner.country]
    if tok.lower_ in lex.words("as_such") and tok.dep_ == "pobj" and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nmod") for c in children(tok)):
        st.taken.append(np_bounds(st, tok))       # `get corporate money out of government`, `settled out of court`,
        return                                    # `his work in ministry`: the thing as such (actor_words `as_such`)
    if not isos and owner is None and tok.tag_ == "NN" and tok.lemma_.lower() in lex.words("quality") and \
            not any(c.dep_ in ("det", "poss") for c in children(tok)):
        st.taken.append(np_bounds(st, tok))       # `America needs very strong leadership`, `has no authority`
        return                                    # (with `no`: a det, but nobody): a quality, not a body
    party = _party_of(st, tok)
    side = None                                   # the party whose people these are, kept apart from another's
    if party is not None and not isos and title.sector in ("GOV", "LEG", "PTY", "OPP"):
        if not any(w.dep_ == "conj" and w.text in lex.parties().words for c in children(tok) for w in children(c)):
            side = (party, "LEG" if title.sector == "LEG" else "PTY")   # `Republican lawmakers`: the party's
            #                                       (`Republican and Democratic lawmakers`: no one party's)
        title = dataclasses.replace(title, sector="PTY")      # `Republican leaders`, `their Republican allies`
        isos = [party.country] if party.country else []
    if not isos:
        poss = [c for c in children(tok) if c.dep_ == "poss"]
        if poss and (h := hit_at(st, poss[0].i)) and h[0] in ("CTRY", "CAP"):
            isos = [h[1]]
        elif poss and poss[0].pos_ == "PROPN" and title.sector in _NEEDS_COUNTRY and \
                (where := lex.place_country(" ".join(t.text for t in poss[0].subtree
                                                     if t.dep_ != "case" and not t.is_space))):
            isos = [where]                        # `New York's legislature`: a US state's body
    s_char, e_char = np_bounds(st, tok)
    if figure:
        s_char = min(s_char, tok.left_edge.idx)   # `the "Never Ames" movement`: the quoted stance is the name's
    if title.sector not in STATE_SECTORS and not figure:   # `Bernie Sanders supporters`: the people start after the
        for i in range(tok.i - 1, -1, -1):         # full name of the person they follow (who stays an actor)
            c = st.person_at.get(i)
            if st.toks[i].idx < s_char:
                break
            if c is not None and len(c.name.split()) > 1 and st.toks[i].text not in lex.words("possessive_mark") and \
                    not (i + 1 < len(st.doc) and st.toks[i + 1].text in lex.words("possessive_mark")):
                s_char = st.toks[i + 1].idx
                break
    if nested(st, s_char, e_char) or any((s, e) == (s_char, e_char) and (s, e) in c.mentions
                                                     for s, e, c in st.mentions.around(s_char, e_char)):
        return
    placed = _league_placed(st, tok)
    if placed is not None:                        # `the current Bundesliga leaders`: clubs placed so in the table,
        mark_league(st, placed)                   # no mention of the league, still the match's home (GUIDE.md,
        st.taken.append((s_char, e_char))         # session 33; rev33: act33's case at the pass that makes it)
        return
    org = _org_in(st, tok, s_char, e_char)
    if org is not None and party is not None and org.name == party.name and tok.tag_ == "NNS":
        org = None                                # `GOP voters`, `GOP lawmakers`: the party's word before its
        #                                           people, as `Republican voters` (act54a), not the party itself
    if org is not None:                           # `Taliban fighters`, `rebels of the Free Syrian Army`
        add_org(st, org, s_char, e_char)
        st.taken.append((s_char, e_char))
        return
    if not isos:                                      # `the administration of President Obama`
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in children(prep):
                    h = hit_at(st, obj.i)
                    if obj.i in st.person_at and st.person_at[obj.i].country not in (None, "IGO"):
                        isos = [st.person_at[obj.i].country]
                    elif obj.i in st.person_at and (home := _person_home(st.person_at[obj.i])):
                        isos = [home]             # `the administration of George Bush Jr`: the person's country
                        #                           before the day's office is known, not a place in view (fix38b)
                    elif h and h[0] in ("CTRY", "CAP", "DEM"):
                        isos = [h[1]]
    lemma = tok.lemma_.lower()
    if not isos and title.sector in _NEEDS_COUNTRY and title.phrase not in lex.words("countryless_group"):
        dets = [c.lower_ if c.lemma_.lower() not in lex.words("local_noun") else "the" for c in children(tok)
                if c.dep_ in ("det", "poss")]    # (`the city's police department`: the local one)
        if not dets and tok.dep_ == "conj" and tok.tag_ == "NN" and tok.head.pos_ == "NOUN":
            dets = [c.lower_ for c in children(tok.head) if c.dep_ == "poss" and c.i < tok.head.i]   # `his life
            #                                       and ministry`: the owner of the first noun owns both
        places = [c for c in children(tok) if c.dep_ in ("compound", "amod") and c.i < tok.i and
                  c.text[:1].isupper() and (c.pos_ == "PROPN" or c.ent_type_ or not c.is_sent_start)]
        if places or (tok.lower_ in lex.words("local_body") and tok.text[0].isupper() and dets):
            s0 = places[0].left_edge.i if places else tok.i  # `the West Bengal government`, `A Delhi court`
            name = span_text(st.doc, s0, tok.i + 1)
            where = lex.place_country(span_text(st.doc, s0, places[-1].i + 1)) if places else None   # `Ohio legislature`
            if where and where != "USA" and lex.us_town(span_text(st.doc, s0, places[-1].i + 1)) and \
                    _american_town(st, where):
                where = "USA"                     # `Paris police` in a story of Edgar County: Paris, Illinois
            c = cluster(st, ("G", title.sector, name.lower()), name, sector=title.sector, role=title.role,
                        country=where)
            add(st, c, s_char, e_char)
            st.taken.append((s_char, e_char))
            return
        if dets[:1] not in (["the"], []):
            if dets[0] in lex.words("indefinite"):
                _someone(st, tok, title)         # `a federal appeals court ruled`
            return
        sender = _sender_country(st, tok, title) or _origin_country(st, tok, title) \
            if not dets and tok.tag_ in ("NNS", "NNPS") else None
        if sender is None and not dets and tok.tag_ in ("NNS", "NNPS"):   # `Police said`, `officials said`: the
            _countryless_group(st, title, s_char, e_char, tok)   # body of the home country, if any (codes.py)
            return
        near = sender or st.lemma_iso.get(lemma)
        located = [o for p in tok.rights if p.dep_ == "prep" and p.lower_ in ("in", "of")
                   for o in children(p) if o.dep_ == "pobj"]
        if near is None and located:              # `the court in The Hague`: that place decides
            h = hit_at(st, located[0].i)
            near = h[1] if h and h[0] in ("CTRY", "CAP") else None
        elif near is None and lemma in lex.words("state_noun"):
            facility = _facility_body(tok)
            near = facility and _facility_place(st, tok, facility) or \
                _context_country(st, tok.idx, places=bool(facility))
        near = _communist_state(st, tok, near)
        if near is None:                              # `the authorities`, `Police`: no country known
            _countryless_group(st, title, s_char, e_char, tok)
            return
        isos = [near]                                 # `the regime`, `the army`: the country in view
    if len(isos) == 1:
        st.group_iso[tok.i] = isos[0]
        st.lemma_iso[lemma] = isos[0]
    if not isos:
        if civil:
            return
        if title.phrase in lex.words("bloc_title") and not any(
                c.lower_ in lex.words("bloc") for c in children(tok) if c.dep_ in ("amod", "compound")):
            return
        _countryless_group(st, title, s_char, e_char, tok)
        return
    sector = title.sector if title.sector != "IGO" else "GOV"
    if sector == "GOV" and st.body_sector.get(tok.i, "GOV") != "GOV" and len(isos) == 1:
        sector = st.body_sector[tok.i]
    if side is not None and len(isos) == 1:      # `Republican lawmakers` and `Democratic lawmakers`: two groups,
        org, sector = side                        # each its party's (lawmakers of the legislature: LEG)
        word = next(c.text for c in children(tok) if c.i < tok.i and c.text in lex.parties().words)
        c = cluster(st, ("G", sector, f"{org.name} {title.role}"), f"{word} {title.role}", sector=sector,
                    role=title.role, country=isos[0])
        add(st, c, s_char, e_char)
        st.taken.append((s_char, e_char))
        return
    if title.role in lex.words("stance_group") | lex.words("tie_group") and owned_by is None and len(isos) == 1:
        text = st.ctx.text[s_char:e_char]         # `American conservatives`, `friends of Ames`: a group of its
        c = cluster(st, ("G", sector, title.role, isos[0]), text.removeprefix("the ").removeprefix("The "),
                    sector=sector, role=title.role, country=isos[0])   # own, not the country's private people
        add(st, c, s_char, e_char)                # (sect52)
        st.taken.append((s_char, e_char))
        return
    if owned_by is not None and len(isos) == 1:   # `Trump's supporters`, `Clinton's supporters`: two groups, each
        c = cluster(st, ("G", sector, title.role, owned_by[0]), f"{owned_by[1]} {title.role}", sector=sector,
                    role=title.role, country=isos[0])     # its person's, of the person's country (ident41)
        add(st, c, s_char, e_char)
        st.taken.append((s_char, e_char))
        return
    members = [state_actor(st, iso, sector, title.role if sector != "GOV" else None) for iso in isos]
    if len(members) == 1:
        add(st, members[0], s_char, e_char)
    else:
        text = st.ctx.text[s_char:e_char]
        comp = cluster(st, ("C", text), text.removeprefix("the ").removeprefix("The "), sector=sector,
                            role=title.role)
        comp.members = members
        add(st, comp, s_char, e_char)
        for m in members:                          # each member keeps its own word
            for t in char_span(st.doc, s_char, e_char, alignment_mode="expand") or ():
                h = hit_at(st, t.i)
                if h and h[1] == m.country:
                    add(st, m, t.idx, t.idx + len(t))
    st.taken.append((s_char, e_char))


_TRAILING_LINK = re.compile(r"[\s,;:(\-–—]+(?:(?:of|for|to|with|and|by|at|in|or)[\s,;:(\-–—]+)*"
                            r"(?:of|for|to|with|and|by|at|in|or)?$")
#   (separators, link words between separator runs, a last link word: the same strings as `(?:SEP+WORD?)+$`,
#   but a run of separators splits one way only - the nested form took seconds on 25 spaces; review37)
_LEADING_POSSESSIVE = re.compile(r"^(?:['’]s?|[\s,;:)\-–—])+")


def unnest_names(st: ActorState) -> None:
    """A mention holding another person's name inside it keeps only its own words: `President Obama's first budget
    director` of Peter Orszag (with `President Obama` Obama's) becomes `first budget director`, `Obama aide Jane Roe`
    becomes `aide Jane Roe`, `Sen. Al Roe and Rep. Bo Lee` of Roe becomes `Sen. Al Roe`. The words after the name
    are kept (an English noun phrase's head comes last), else the words before it, so long as the side kept holds
    every word of the actor's own name the mention held; every character of a name then belongs to one actor, and
    a person named once, inside another's description, is not taken for that other one (act37a). Only a person's
    mention is cut: a state's or an organisation's holding a person's name keeps its words (`the Obama
    administration` of the United States, `the Clinton campaign`; mend38)."""
    text = st.ctx.text
    inner = [(s, e, c) for c in st.clusters.values() if c.key[0] in ("P", "P?") for s, e in c.mentions
             if e - s > 1 and text[s].isupper() and text[s:e].lower() not in _capital_pronouns()]
    titles = lex.title_words()
    inner += [(en.start_char, en.end_char, None) for en in entities(st.doc) if en.label_ == "PERSON" and
              not any(t.lower_ in titles or t.is_lower or hit_at(st, t.i) for t in en)]
    #                                   (`Moreno aide Jane Kessler`: a person of no actor, tagged, inside another's
    #                                    mention; not `Charlotte Mayor` tagged before a mayor's name)
    inner.sort(key=lambda x: x[:2])
    if len(inner) < 2:
        return
    starts = [s for s, _, _ in inner]
    for c in list(st.clusters.values()):
        if c.key[0] not in _PERSON_KEYS:
            continue
        own = set(re.findall(r"\w+", c.name.lower())) if c.name else set()
        for s, e in list(c.mentions):
            if e - s < 6:
                continue
            k = bisect.bisect_left(starts, s)
            held = None
            mine = own
            while k < len(inner) and inner[k][0] < e:
                bs, be, b = inner[k]
                if b is not c and be <= e and (bs, be) != (s, e):
                    if not own & set(re.findall(r"\w+", text[bs:be].lower())):
                        held = (bs, be)
                        break
                    if _named_inside(st, c, b, (s, e), (bs, be)):
                        held = (bs, be)
                        mine = set()            # (the words kept: the head noun, below)
                        break
                k += 1
            if held is None:
                continue
            bs, be = held
            had = mine & set(re.findall(r"\w+", text[s:e].lower()))
            right = _LEADING_POSSESSIVE.sub("", text[be:e])
            rs = e - len(right)
            left = _TRAILING_LINK.sub("", text[s:bs])
            for ns, ne in ((rs, e), (s, s + len(left))):
                piece = text[ns:ne]
                if ne > ns and any(ch.isalpha() for ch in piece) and \
                        had <= set(re.findall(r"\w+", piece.lower())) and (ns, ne) not in c.mentions:
                    c.mentions.discard((s, e))
                    c.mentions.add((ns, ne))
                    break


_PERSON_KEYS = ("P", "P?", "D")     # a lexicon person, another person, a person known only by a description


@functools.lru_cache(maxsize=1)
def _capital_pronouns() -> frozenset[str]:
    """Pronouns a capitalised mention may be, not a name (`He`, `Their`, `Who`): pronouns.tsv's and the relative
    ones (actor_words.tsv `relative_pronoun`), read from the lexicon (mend38; was a list in code)."""
    return pronouns() | lex.words("relative_pronoun")


def _named_inside(st: ActorState, c, b, outer: tuple[int, int], name: tuple[int, int]) -> bool:
    """A person's name that shares a word with the name of the actor whose mention holds it, and yet is another
    person's, named nowhere else (ident38): a description named after it (`a senior Pemberton adviser`: a `D` actor,
    the name no lower-case word of its name) or a kin of the same surname (`Fenwick Dalby's son` of Arlo Dalby,
    Fenwick Dalby an actor). Left in the outer mention, the person's only mention is the outer actor's to a scorer,
    which cannot tell the two apart (a wrong identity); a person named elsewhere has its own mentions, and the outer
    mention stays whole. The outer mention then keeps its head noun, the words after the name."""
    if b is None or b.key[0] not in ("P", "P?") or not b.name:
        return False
    text = st.ctx.text
    if any(text[ms].isupper() and not (outer[0] <= ms and me <= outer[1]) and text[ms:me].lower() not in
           _capital_pronouns() for ms, me in b.mentions):
        return False                        # named elsewhere
    inner = set(re.findall(r"\w+", text[name[0]:name[1]].lower()))
    if c.key[0] == "D":
        return not inner & set(re.findall(r"\b[a-z][\w'’-]*", c.name))
    first = b.name.split()[0].lower()
    return c.key[0] in ("P", "P?") and len(b.name.split()) >= 2 and first not in lex.title_words() and \
        first not in set(re.findall(r"\w+", c.name.lower()))
