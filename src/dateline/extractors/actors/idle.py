"""Names that do nothing in the story (act38): a name no lexicon knows and whose words give no sector is an actor
only where it does something. bench/actors/GUIDE.md counts a body that acts, speaks, owns or is worked for; a
venue, a show, an award, a road or an index (`the first night of the Millbrook Film Festival Season`, `the Keetch-Byrum
Drought Index`, `the Interstate 85 corridor`) is only named: no mention of it is a subject, agent, possessor or
apposition's head, and each only modifies a word, or is the object of a preposition on one, that names no person,
group or body. The pass runs after coref (a pronoun that acts for the name keeps it) and codes (the other actors'
codes are as before) and drops such a name's mentions, no other actor. A name a person is tagged with, a name with a
body's word (actor_words.tsv `body_end`) and every name of a sports report stay."""
from __future__ import annotations

import bisect
import functools
import re

from ...lexicon import actors as lex
from ...lexicon import pronouns
from ..page import page_of
from ..places import place_words
from ..quotes.lexicon import given_names, speech_verbs
from ..spans import char_span, children, lemma_in, without_possessive
from .common import is_be
from .people import _pronoun_gender
from .state import NAME_SUFFIXES, ActorState, Cluster, gated

ACTS = frozenset(("nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "expl", "poss", "appos"))
#   a mention's head with one of these labels acts (is a subject: `Family Fight said`, `was founded`), owns something
#   (`Taco Bell's menu`), or is named again by an apposition (`DCRC, a charity,`)


def idle_names(st: ActorState) -> None:
    """Drop the mentions of every name with no sector none of whose mentions acts (`_idle_name`)."""
    speakers: dict = {}
    for c in st.clusters.values():
        if c.sector is not None or not c.mentions or c.person is not None or c.members or c.key[0] != "O":
            continue
        if _idle_name(st, c):
            _drop_unless_speaker(st, c, speakers)


def modifier_names(st: ActorState) -> None:
    """Drop every person no lexicon knows (key `P?`) each of whose mentions only modifies another noun (act46,
    `_only_a_modifier`: `the Celebrity Hijack house`, `an England contestant`, `the Historic Dublin project`, a handle
    written before another): a name that only labels a show, a project, a place or a post is no one in the story. A
    name that opens with a given name (given_names.tsv: `the Tom Harlan movie`, its maker; act24) and a speaker stay; a
    pronoun or any other mention that acts keeps the person (it is then no modifier)."""
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] != "P?" or not c.mentions or c.members or (c.name.split() or [""])[0].lower() in given_names():
            continue
        if all(_only_a_modifier(st, s, e) for s, e in c.mentions):
            _drop_unless_speaker(st, c, speakers)


def _only_a_modifier(st: ActorState, s: int, e: int) -> bool:
    """The mention at [s, e) is a compound, nominal or adjectival modifier of a noun outside it (not of a word of
    people: `the Sandy Hook principal` names the principal's school; nor of a generational suffix the parse left out
    of the name: `Clayborn Shelby III`)."""
    span = char_span(st.doc, s, e, "expand")
    if span is None or not len(span):
        return False
    root = span.root
    head = root.head
    return root.dep_ in ("compound", "nmod", "amod") and not span.start <= head.i < span.end and \
        head.pos_ in ("NOUN", "PROPN") and (not _of_people(head) or head.lemma_.lower() in lex.words(
            "figure_stance_head")) and head.text.rstrip(",") not in NAME_SUFFIXES
    #   (`the Stop Ames movement`: a movement is people, but the name in its stance is no one of them; act55c)


def abstract_courts(st: ActorState) -> None:
    """Drop every group of courts (key `G`, sector JUD) written in lower case (no `_named` mention: `the courts`, `one
    county court`, `prosecutor's offices`) none of whose mentions acts (`_acts`) (act46): the courts in the abstract,
    where a case may go or a right is weighed (`a fight that could end up in the courts`), no body of the story. A
    court that rules, says or owns something (`the court ruled`, `the court's order`), a named court (`Ramsey County
    District Court`) and a speaker stay."""
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] != "G" or c.sector != "JUD" or not c.mentions or c.members:
            continue
        spans = [char_span(st.doc, s, e, "expand") for s, e in c.mentions]
        if any(span is None or not len(span) or _acts(span.root) or _named(span) for span in spans):
            continue
        _drop_unless_speaker(st, c, speakers)


def quantified_groups(st: ActorState) -> None:
    """Drop a group or description written in lower case every mention of which opens with a quantifier of all or
    none (actor_words.tsv `generic_quantifier`: `failed every family it touched`, `any parent would`, `no student`,
    act48): anyone of a kind, no body of the story; a speaker stays. Gate: the quantifier's word in the text."""
    words = lex.words("generic_quantifier")
    if not st.text_holds(words):
        return
    text = st.ctx.text
    speakers: dict = {}
    for c in st.clusters.values():
        if not c.mentions or c.members or c.person is not None or not c.name[:1].islower() or c.key[0] in ("O", "P", "P?"):
            continue
        if all(text[s:e].split(" ", 1)[0].lower() in words and text[s:e][:1].islower() for s, e in c.mentions):
            _drop_unless_speaker(st, c, speakers)


def _named(span) -> bool:
    """A word of the mention other than its determiner or possessor is capitalised (`the Guernsey County Common Pleas
    Court`, `the State and Juvenile courts`; `The court` at a sentence's start is no name)."""
    return any(t.text[:1].isupper() for t in span if t.dep_ not in ("det", "poss"))


def _speaker_ids(st: ActorState) -> set:
    """The ids of the actors that speak a quote (`st.speaker_of`): a speaker's name is kept by the drop passes."""
    return {id(k) for k in st.speaker_of.values()}


def _drop_unless_speaker(st: ActorState, c: Cluster, speakers: dict) -> None:
    """Drop the actor (`_drop`) unless it speaks a quote: the drop passes' last test (`speakers`, one dict a pass,
    keeps the speakers' ids once asked)."""
    if "ids" not in speakers:
        speakers["ids"] = _speaker_ids(st)
    if id(c) not in speakers["ids"]:
        _drop(c)


def _drop(c: Cluster) -> None:
    """Drop every mention of the actor (it is no actor; `finish` leaves out an actor with no mention)."""
    for span in list(c.mentions):
        c.mentions.discard(span)


def _join(c: Cluster, target: Cluster, into: dict, trim=None) -> None:
    """Move every mention of `c` to `target` (each through `trim` when given) and note the move in `into` (id(c) ->
    target) for `_repoint_speakers` (review41: the join of short_body_names, apposed_descriptions and
    person_named_bodies, once)."""
    for span in list(c.mentions):
        target.mentions.add(trim(span) if trim is not None else span)
        c.mentions.discard(span)
    into[id(c)] = target


def _repoint_speakers(st: ActorState, into: dict) -> None:
    """A quote whose speaker's actor was joined to another (`_join`) is that other's."""
    if into:
        for k, c in list(st.speaker_of.items()):
            st.speaker_of[k] = into.get(id(c), c)


def _idle_name(st: ActorState, c: Cluster) -> bool:
    """True when every mention of the name is what a verb of a thing is done to (`_a_thing_done`: `receive Family
    Fight`; act39) or stands on a thing (`_on_a_thing`; a person's title is no thing: `president of the Marlow Kites`
    works for it) and does not act (`_acts`), none is tagged a person's name or holds a word of a body
    (actor_words.tsv `body_end`: `Postpartum Support International of Washington`), and the page is no sports report
    (a team named as an object plays)."""
    ends = lex.words("body_end")
    for s, e in c.mentions:
        span = char_span(st.doc, s, e, "expand")
        if span is None or not len(span):
            return False
        head = span.root
        if any(t.lower_ in ends for t in span) or any(t.ent_type_ == "PERSON" for t in span):
            return False
        if not _a_thing_done(head) and (_acts(head) or not _on_a_thing(head)):
            return False                          # (act39: `receive Family Fight`, `Riverside Days was cancelled`)
    return not page_of(st.doc).sports


def _on_a_thing(head) -> bool:
    """The name only modifies a word that is no deed of its own (actor_words.tsv `authored`, `ruling_head`: `the INS
    decision`) (`the Keetch-Byrum Drought Index`, `the Green Brain blog`) or is the object of a
    preposition on one (`the program for Sochi Development`, `the Interstate 85 corridor`, `similar to DCRC`), a word
    that names no person, group or body (`_of_people`: `a Penn North teenager`, `inhabitants of X`, `the chamber of
    Commerce` stay)."""
    tok = _first_conjunct(head)
    if tok.dep_ == "compound":
        word = tok.head
        lemma = word.lemma_.lower()
        if lemma in lex.words("authored") or lemma in lex.words("ruling_head"):
            return False                          # the body's own deed (`the INS decision`, `a Pew Research poll`)
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ not in lex.words("party_prep"):
        word = tok.head.head                      # (not a party: `the dispute between the WLFA and the KPRU`)
        if tok.head.lower_ == "with" and word.lemma_.lower() in lex.words("dealing_noun"):
            return False                          # the other party of a dealing (`a contract with X`; review38)
    else:
        return False
    return word.i != tok.i and word.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PRON") and (
        not _of_people(word) or word.lemma_.lower() in lex.words("figure_stance_head"))
    #   (`the Stop Hunger movement`: a movement is people since act55c's title row, but a name of no sector before it
    #   labels the cause, as before the row; review55b)


def _a_thing_done(head) -> bool:
    """The name is the object, or the passive subject, of a verb of a thing (actor_words.tsv `thing_verb`: what one
    attends, stages, wins, receives, watches or uses: `you will receive Family Fight`, `those who use Taco Bell`,
    `Riverside Days was cancelled`; act39), the verb saying nothing more of it (no complement
    of its own on the verb)."""
    tok = _first_conjunct(head)
    verb = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in \
        lex.words("thing_verb") and not any(k.dep_ in _COMPLEMENTS for k in children(verb))


_COMPLEMENTS = frozenset(("oprd", "acomp", "xcomp", "ccomp", "attr", "dative"))


def _of_people(word) -> bool:
    """A word of people or bodies: a plural common noun (`inhabitants`, `residents`), a title or group of titles.tsv,
    a word of orgwords.tsv (`chamber`), a `dweller` of place_words.tsv (`teenager`), or actor_words.tsv `person_noun`,
    `body_head` or `head_noun` (`the founder of Pro-Life Ohio`, `the head of U.S. Central Command`)."""
    low, lemma = word.lower_, word.lemma_.lower()
    titles, orgs = lex.titles(), lex.org_words()
    return word.tag_ == "NNS" or low in titles or lemma in titles or low in orgs or lemma in orgs or \
        low in place_words()["dweller"] or lemma in lex.words("person_noun") or low in lex.words("body_head") or \
        lemma in lex.words("head_noun")


def _first_conjunct(tok):
    """The first of the conjuncts the token stands in (`X and Y said`: X for Y), else the token itself."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _conjuncts(tok) -> list:
    """The conjuncts of the list the token stands in, the first first (`X, Y and Z`: [X, Y, Z]; a token in no list:
    [itself])."""
    top = _first_conjunct(tok)
    return [top] + [t for t in top.subtree if t.dep_ == "conj" and _first_conjunct(t).i == top.i]


def _acts(head) -> bool:
    """True when the token acts in its clause: a subject or agent (also through `and`: `X and Y said`), a
    possessor, named by an apposition, the head of a relative clause (`X, which runs ...`), or the object of `by`
    (`was bought by X`)."""
    tok = _first_conjunct(head)
    if tok.dep_ in ACTS or tok.dep_ == "pobj" and tok.head.lower_ == "by":
        return True
    return any(k.dep_ in ("relcl", "appos") for k in children(head))


def event_names(st: ActorState) -> None:
    """Drop the mentions of every name of an event (act39, `_an_event`): a festival, a fair, a parade, a gala is
    what happens, no one who acts (`the Millbrook Film Festival Season opens`, `to host the 29th annual Bikefest`,
    `the Red, White and Blue Bash`)."""
    speakers: dict = {}
    for c in st.clusters.values():
        if not c.mentions or c.person is not None or c.members or c.role is not None or \
                c.key[0] not in ("O", "P?") or not _event_word(c.name):
            continue
        if c.key[0] == "P?" and (len(c.name.split()) < 2 or c.name.split()[0].lower() in given_names()):
            continue                              # a person's name (`Patrick Fair`, `Fair said`), not `Blue Bash`
        if lex.organisation_forms().get(c.name) is None and _an_event(st, c):
            _drop_unless_speaker(st, c, speakers)


def contest_names(st: ActorState) -> None:
    """Drop a body no lexicon knows named like a competition (its last word of actor_words.tsv `contest_body`:
    `League`, `Cup`, `Series`) every mention of which only modifies a word of a match or of what is won in one
    (`contest_prize`: `the Champions League final`, `his third Gold Cup title`, act48): the competition, no one who
    acts; a speaker stays. Gate: the name's last word, a string test per body."""
    prize = lex.words("contest_prize")
    _drop_bodies_ending(st, lex.words("contest_body"), lambda s, e: _modifies_prize(st, s, e, prize))


def market_names(st: ActorState) -> None:
    """Drop a body no lexicon knows named like a market (its last word of actor_words.tsv `market_body`: `Exchange`,
    `Bourse`) every mention of which is the object of `on` or of a preposition of where (`locative`: `shares rose $2 on
    the New York Stock Exchange`, `traders at the Tokyo Stock Exchange`, act48): where shares trade, a place; one that
    acts (`the Stock Exchange halted trading`) or speaks stays. Gate: the name's last word, a string test per body."""
    where = lex.words("locative") | {"on"}
    _drop_bodies_ending(st, lex.words("market_body"), lambda s, e: _object_of(st, s, e, where))


_LIST_OPENER = re.compile(r"\b(?:including|such as|like)\b")


def listed_things(st: ActorState) -> None:
    """Drop a body or person no lexicon knows every mention of which is an item of a list of examples of a kind of
    thing (`_list_items`: `sold brand names of tea including Misty Leaf and Ready Brew`, `held various jobs at the bank
    including Loan Clerk and Night Teller`; act51b): things, no actors; a speaker stays, and so does a name that opens
    with a given name (given_names.tsv: `role models such as Hana Obeid`, people; rev51c). Gate: a list opener in the
    text (`including`, `such as`, `like`) and a kind's noun among the doc's lemmas (`spans.lemma_in`, once a doc)."""
    text = st.ctx.text
    if not _LIST_OPENER.search(text) or not lemma_in(st.doc, lex.words("thing_kind")):
        return
    items = _list_items(st)
    if not items:
        return
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] not in ("O", "P?") or not c.mentions or c.members or c.person is not None or \
                c.role is not None or lex.organisation_forms().get(c.name) is not None or \
                (c.name.split() or [""])[0].lower() in given_names():
            continue
        if all(any(a <= s and e <= b for a, b in items) for s, e in c.mentions):
            _drop_unless_speaker(st, c, speakers)


def _list_items(st: ActorState) -> list:
    """The character spans of the capitalised items of each list that `including`, `such as` or `like` opens right
    after a noun phrase of at most five words (nouns, adjectives, determiners, prepositions, numbers) whose head is a
    noun of a kind of thing (`_kind_noun`; the last noun before the opener, or, for a singular one, the noun its `of` or
    `at` hangs on: `brand names of tea including ...`, `jobs at the bank including ...`; not `a job program with
    employers such as ...` nor `products at stores such as ...`, where the list's noun is the employers, the stores;
    rev51c): runs of capitalised words (a possessive's `'s` inside) joined by commas,
    `and` and `or`, up to the first other word."""
    kinds = lex.words("thing_kind")
    doc, text = st.doc, st.ctx.text
    out = []
    for m in _LIST_OPENER.finditer(text):
        span = char_span(doc, m.start(), m.end(), "expand")
        if span is None or not len(span):
            continue
        k = span.start - (span.start > 0 and doc[span.start - 1].text == ",")
        before = []
        while k > 0 and len(before) < 5 and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM"):
            k -= 1
            before.append(doc[k])
        noun = _list_noun(before)
        if noun is None or not _kind_noun(noun, kinds):
            continue                              # (the list's noun within the phrase before the opener)
        i = span.end
        listed = []
        while i < len(doc):
            j = i
            while j < len(doc) and (doc[j].text[:1].isupper() or j > i and doc[j].lower_ in ("'s", "’s")):
                j += 1
            if j == i:
                break
            listed.append((doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)))
            while j < len(doc) and doc[j].lower_ in (",", "and", "or"):
                j += 1
            i = j
        if not any(_person_item(st, a, b) for a, b in listed):
            out += listed                         # (a list holding a person is a list of people: `role models
            #                                       such as Zorabel Quince and Marcus Hale`; ident52)
    return out


def _person_item(st: ActorState, start: int, end: int) -> bool:
    """An item of a list of examples that names a person: it opens with a given name (given_names.tsv) and holds two
    words or more, or a lexicon person's name covers it."""
    words = st.ctx.text[start:end].split()
    if len(words) >= 2 and words[0].lower() in given_names():
        return True
    return any(c.person is not None and (start, end) in c.mentions for c in st.clusters.values())


def _list_noun(before: list):
    """The noun whose examples a list gives, from the words right before its opener (`before`, nearest first): the
    nearest noun, or, when that one is singular and follows `of` or `at`, the noun before the preposition (`brand names
    of tea`, `jobs at the bank`); a plural is the list's own (`products at stores such as`, `employers such as`)."""
    k = next((n for n, t in enumerate(before) if t.pos_ in ("NOUN", "PROPN")), None)
    while k is not None and before[k].tag_ != "NNS":
        j = k + 1
        while j < len(before) and before[j].pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN") and \
                before[j - 1].pos_ != "DET":
            j += 1                                # (the noun phrase's other words: `the bank`, `local tea`)
        if j + 1 >= len(before) or before[j].lower_ not in ("of", "at") or before[j + 1].pos_ != "NOUN":
            break
        k = j + 1
    return before[k] if k is not None else None


def _kind_noun(tok, kinds: frozenset) -> bool:
    """A noun of a kind of thing: its lemma of `kinds`, or `name` after a compound of `kinds` (`brand names`); not a
    noun of makers or sellers after one (`drug makers`, `film studios`, `software companies`: bodies, rev51c)."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in kinds or tok.lemma_.lower() == "name" and
                                   any(c.dep_ == "compound" and c.lemma_.lower() in kinds for c in children(tok)))


def _drop_bodies_ending(st: ActorState, ends: frozenset, only) -> None:
    """Drop every body no lexicon knows whose name's last word (lower case) is one of `ends` and each of whose mentions
    passes `only(start, end)`, unless it speaks a quote (contest_names, market_names)."""
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] != "O" or not c.mentions or c.members or c.person is not None or \
                (c.name.split() or [""])[-1].lower() not in ends or lex.organisation_forms().get(c.name) is not None:
            continue
        if all(only(s, e) for s, e in c.mentions):
            _drop_unless_speaker(st, c, speakers)


def _object_of(st: ActorState, s: int, e: int, preps: frozenset) -> bool:
    """The mention at [s, e) is the object of one of the prepositions `preps` (lower case)."""
    span = char_span(st.doc, s, e, "expand")
    if span is None or not len(span):
        return False
    tok = _first_conjunct(span.root)
    return tok.dep_ == "pobj" and tok.head.lower_ in preps


def _modifies_prize(st: ActorState, s: int, e: int, prize: frozenset) -> bool:
    """The mention at [s, e) is a compound before a lower-case noun (through other compounds) of `prize`."""
    span = char_span(st.doc, s, e, "expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.dep_ != "compound":
        return False
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.i >= span.end and tok.is_lower and tok.lemma_.lower() in prize


def _event_word(name: str) -> bool:
    """The name's last word names an event: a word of actor_words.tsv `event_word` (`Festival`, `Bash`, `Gala`,
    `Fair`, `Parade`) or a capitalised word ending in one of `event_ending` (`Bikefest`, `Oktoberfest`), also before a
    last word of `event_tail` (`the Nashville Film Festival Season`; not `the Harbor Festival Committee`). A string
    test: the gate of `event_names`."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in lex.words("event_tail"):
        words.pop()
    last = words[-1] if words else ""
    low = last.lower().rstrip(".,")
    return low in lex.words("event_word") or last[:1].isupper() and \
        any(low.endswith(x) and len(low) > len(x) + 2 for x in lex.words("event_ending"))


def _an_event(st: ActorState, c: Cluster) -> bool:
    """True when no mention of the event's name speaks or is spoken to (the subject or object of a verb of speech:
    `the Harbor Festival said`, `told the Harbor Fair`) or stands for its people (modifies or owns a word of people:
    `Bikefest organisers`, `the festival's staff`; `_of_people`), and the name holds no word of a body
    (actor_words.tsv `body_end`: `the Harbor Festival Association`)."""
    ends, says = lex.words("body_end"), speech_verbs()
    for s, e in c.mentions:
        span = char_span(st.doc, s, e, "expand")
        if span is None or not len(span):
            return False
        if any(t.lower_ in ends for t in span):
            return False
        tok = _first_conjunct(span.root)
        if tok.dep_ in ("nsubj", "agent", "dobj", "dative") and tok.head.lemma_.lower() in says:
            return False                          # (also who is told: `told the Harbor Fair`, an outlet's name)
        if tok.dep_ in ("compound", "poss", "nmod") and _of_people(tok.head):
            return False
    return True


def town_names(st: ActorState) -> None:
    """Drop the mentions of every person's actor whose name the article also writes as a town after a word of a
    settled place and `of` (act40, `_as_a_town`: `the community of Vance`, `the township of Cruz`): that place
    wherever the article names it, no person, when no mention of the actor is written otherwise (`Tim Cruz said`
    keeps Tim Cruz), none is a subject (`Cruz approved the budget`: the town's government acts) and it is no quote's
    speaker by name (`Cruz said`; a pronoun coref gave it is no proof: `he said` after `the community of Vance`);
    the pronouns coref gave it go with it. A body's name stays (`the city of Dublin` is its government)."""
    text = st.ctx.text
    if gated() and not any(w + " of " in text for w in _town_words()):
        return                            # (gate: `_as_a_town`'s word and `of` in the text, a string test; speed45)
    speakers = None
    for c in st.clusters.values():
        if not c.mentions or c.members or c.key[0] not in ("P", "P?"):
            continue
        named = {without_possessive(text[s:e]) for s, e in c.mentions if text[s:s + 1].isupper()}
        if len(named) != 1 or not any(_as_a_town(text, s) for s, e in c.mentions) or _a_subject(st, c):
            continue
        if speakers is None:
            said = pronouns()
            speakers = {id(k) for q, k in st.speaker_of.items()   # (a speaker only by a pronoun coref gave the
                        if st.quotes[q].speaker is None or st.quotes[q].speaker.text.lower() not in said}  # name)
        if id(c) not in speakers:
            _drop(c)


def _as_a_town(text: str, s: int) -> bool:
    """The capitalised name at text[s] stands after a word of a settled place and `of` (place_words.tsv `locus`,
    actor_words.tsv `town_of`: `the community of Vance`, `the town of Greer`): a string test at the mention. (The
    other way a town is written, `Greer, South Carolina`, was tried and left: on the half not read it took a person
    or body the gold lists and no false one.)"""
    if not text[s:s + 1].isupper():
        return False
    m = _TOWN_OF.search(text, max(0, s - 20), s)
    return m is not None and m.group(1).lower() in _town_words()


def _a_subject(st: ActorState, c: Cluster) -> bool:
    """A capitalised mention of the actor is the subject or agent of a verb (also through `and`)."""
    text = st.ctx.text
    for s, e in c.mentions:
        if text[s:s + 1].isupper():
            span = char_span(st.doc, s, e, "expand")
            if span is not None and len(span) and _first_conjunct(span.root).dep_ in ("nsubj", "nsubjpass", "agent"):
                return True
    return False


_TOWN_OF = re.compile(r"\b([a-z]+) of $")


@functools.lru_cache(maxsize=1)
def _town_words() -> frozenset:
    """Words of a settled place before `of`: place_words.tsv `locus` and actor_words.tsv `town_of`."""
    return frozenset(place_words()["locus"] | lex.words("town_of"))


def short_body_names(st: ActorState) -> None:
    """A body no lexicon knows named by the words of another body's name before its `of` and a capitalised name
    (act40: `Employees at First Bank told police` beside `the First Bank of Princeton`, `the Harbor Rowing Club`
    beside `the Harbor Rowing Club of Norvale`) is that body, called short: its mentions join the longer name's
    actor, when one such longer name alone begins so and the two give no different sectors. The short name has two
    words or more (`Bank` of `Bank of America` is no short name) and is no lexicon organisation (`Supreme Court`
    beside `the Supreme Court of Ohio` stays the court the lexicon names)."""
    longer: dict[str, list] = {}
    for c in st.clusters.values():
        if c.key[0] == "O" and c.mentions and not c.members and " of " in c.name:
            head, _, tail = c.name.partition(" of ")
            if len(head.split()) >= 2 and tail[:1].isupper():
                longer.setdefault(head.removeprefix("the ").removeprefix("The "), []).append(c)
    if not longer:
        return
    into: dict[int, Cluster] = {}
    for c in st.clusters.values():
        found = longer.get(c.name) if c.key[0] == "O" and c.mentions and not c.members else None
        if not found or len(found) != 1 or found[0] is c or lex.organisation_forms().get(c.name) is not None:
            continue
        target = found[0]
        if c.sector is not None and target.sector is not None and c.sector != target.sector:
            continue
        _join(c, target, into)
    _repoint_speakers(st, into)


def dateline_names(st: ActorState) -> None:
    """Drop the mentions of every name no lexicon knows that is written only in capitals where a story's dateline
    stands inside the text (act40: a second story run on after the first, `... impaired driving." HARLOW, Ohio -
    The 12 riders`; a dateline run on after the headline, `... barstool. NEWARK — It was`): the place the story
    is told from, no actor. Each mention opens a sentence or a line (after capitalised words of the place: `ST.`)
    and is followed by a dash, after a comma and a region at most (`_at_dateline`); not a subject nor a quote's
    speaker."""
    text = st.ctx.text
    speakers: dict = {}
    for c in st.clusters.values():
        if not c.mentions or c.members or c.key[0] not in ("O", "P?") or \
                not all(text[s:e].isupper() for s, e in c.mentions):
            continue                              # (the gate: a name in capitals, a string test)
        if lex.organisation_forms().get(c.name) is not None or \
                not all(_at_dateline(text, s, e) for s, e in c.mentions) or _a_subject(st, c):
            continue                              # (`NORTEC - The firm in Ohio - said`: the body speaks)
        _drop_unless_speaker(st, c, speakers)


_DATELINE_TAIL = re.compile(r"(?:['\u2019]S)?(?:,[^\S\n]*[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*){0,2})?[^\S\n]*"
                            r"(?:--|[-\u2013\u2014\u0096\u0097])[^\S\n]+(?=[A-Z0-9\"\u201c])")
#   after the place: a possessive the tokenizer split off (`JOHN` + `'S`), `, N.L.`, `, Ky.`, `, South Carolina`,
#   then a dash with a space after it and the story's first word, capitalised (an aside after a dash is not: `NORTEC -
#   a firm in Ohio - said`) (also the C1 controls U+0096, U+0097 that stand for a dash in a text decoded
#   from cp1252 as Latin-1)
_DASHES = " -\u2013\u2014\u0096\u0097"
_DATELINE_LEAD = re.compile(r"(?:^|[.!?\"\u201d\n])[^\S\n]*(?:[A-Z][A-Z.'\u2019]*[^\S\n]+){0,2}$")


def _at_dateline(text: str, s: int, e: int) -> bool:
    """The name at text[s:e] stands as a dateline's place: after a sentence's end, a line's start or the text's start
    and up to two capitalised words (`ST.`), and before `_DATELINE_TAIL`'s dash (a dash the mention ran over, as
    the tokenizer may glue a control character to the name, is taken back)."""
    e = s + len(text[s:e].rstrip(_DASHES))
    return _DATELINE_TAIL.match(text, e) is not None and _DATELINE_LEAD.search(text, max(0, s - 24), s) is not None


def apposed_descriptions(st: ActorState) -> None:
    """A person known only by a description that a name stands beside in apposition (act41: `Booker's aunt, Michelle
    Jackson, said`, `The Director of Communications for the Prosecutor's Office, Mike Mansur, says`) is that named
    person: the description's mentions join the person's actor, less an owner before them (`Hollister's son, Dean
    Hollister,`: `son`; `_after_owner`). Only a description (key `D`) whose mentions are
    apposed to one person alone (key `P` or `P?`) joins; one apposed to two people stays as it was."""
    into: dict[int, Cluster] = {}
    apposed = None
    for c in st.clusters.values():
        if c.key[0] != "D" or not c.mentions or c.members or c.person is not None:
            continue
        if apposed is None:                       # (the gate: an apposition in the article; its tokens' offsets)
            toks = st.reads.toks
            apposed = [toks[i].idx for i, d in enumerate(st.reads.dep) if d == "appos"]
            if not apposed:
                return
        found = {id(p): p for p in (_apposed_person(st, s, e) for s, e in c.mentions
                                    if _apposition_near(apposed, s)) if p is not None}
        if len(found) != 1:
            continue
        (target,) = found.values()
        _join(c, target, into, lambda span: _after_owner(st, *span))
    _repoint_speakers(st, into)


def _after_owner(st: ActorState, s: int, e: int) -> tuple[int, int]:
    """The description's mention less its owner (`Hollister's son` -> `son`: the owner's name is no mention of the
    person the description joins); the mention as it is when it has no possessive."""
    span = char_span(st.doc, s, e, "expand")
    if span is not None:
        for tok in span[:-1]:
            if tok.tag_ == "POS":
                nxt = st.doc[tok.i + 1]
                return (max(s, nxt.idx), e) if nxt.idx < e else (s, e)
    return s, e


def _apposition_near(apposed: list, s: int, reach: int = 200) -> bool:
    """An apposition's token stands in the `reach` characters before or after offset `s` (`apposed`: the sorted
    offsets of the article's appositions)."""
    k = bisect.bisect_left(apposed, s - reach)
    return k < len(apposed) and apposed[k] <= s + reach


def _apposed_person(st: ActorState, s: int, e: int) -> "Cluster | None":
    """The person's actor (key `P`/`P?`) of a name in apposition to the description at [s, e): a word of the
    description's phrase has an apposition set off by a comma after the description (on a word that is no person's:
    `An aide to Tom Ward, the US Labor Secretary,` names Chu again), or the description's head is one, whose token
    lies in a mention of that person; None when there is none."""
    span = char_span(st.doc, s, e, "expand")
    if span is None or not len(span):
        return None
    head = span.root
    doc = st.doc                                  # (the description's whole phrase: `The Director of Communications
    others = [k for t in head.subtree for k in children(t)   # for the Prosecutor's Office, Mike Mansur,`)
              if k.dep_ == "appos" and k.i >= span.end and k.left_edge.i > 0 and doc[k.left_edge.i - 1].text == ","
              and (t.i == head.i or _person_at(st, t) is None)]   # (not a person's own: `An aide to Steven Chu,
    if head.dep_ == "appos" and head.head.i < span.start:         #  the US Energy Secretary,`)
        others.append(head.head)
    for tok in others:
        p = _person_at(st, tok)
        if p is not None:
            return p
    return None


def _person_at(st: ActorState, tok) -> "Cluster | None":
    """The person's actor (key `P`/`P?`) one of whose mentions holds the token; None when there is none."""
    at = tok.idx
    for ms, me, p in st.mentions.around(at, at + len(tok)):
        if p.key[0] in ("P", "P?") and (ms, me) in p.mentions and ms <= at < me:
            return p
    return None


def _firm_opened(st: ActorState, body: Cluster, name: str) -> Cluster | None:
    """The one organisation of the article (not a person, a state or a place) with a longer name that opens with the
    one-word body's name (`Ford` beside `Ford Motor Company`): the body is a short form of it (ident51)."""
    if " " in name:
        return None
    found = [o for o in st.clusters.values() if o is not body and o.mentions and o.key[0] == "O" and
             o.name.split()[0] == name and " " in o.name]
    return found[0] if len(found) == 1 else None


def person_named_bodies(st: ActorState) -> None:
    """A name the tagger read as a body's that is a person's of the article (act41: `Hartmann had asked for a
    stay` beside `Brett Hartmann`, `Isaac Amanios'` beside `Isaac Amanios`) is that person: its mentions join the
    person's actor. The name (less a possessive) is a person's whole name, or one word that is the surname or the given
    name of one person alone; the body has no sector of its own and no lexicon holds it. A `P?` joins only a person
    whose name it is less a mark, or whose surname it is alone (`_lone_surname`, act42); a surname whose `he`/`she`
    is not the person's gender stays (`_other_gender`)."""
    bodies = [c for c in st.clusters.values() if c.mentions and not c.members and c.person is None and
              (c.key[0] == "O" and c.sector is None or c.key[0] == "P?" and (c.name[-1:] in "'’ʼ`´?s" or
                                                                              " " not in c.name))]
    if not bodies:
        return                                    # (the gate: a body with no sector, a person's name with a mark)
    people: dict[str, list] = {}
    for p in st.clusters.values():
        if p.key[0] in ("P", "P?") and p.mentions and not p.members:
            words = p.name.split()
            for form in {p.name, *(words[:1] + words[-1:] if len(words) >= 2 else [])}:
                people.setdefault(form, []).append(p)
    into: dict[int, Cluster] = {}
    for c in bodies:
        name = without_possessive(c.name.rstrip("'’ʼ`´?"))
        found = [p for p in people.get(name, ()) if p is not c]
        if len(found) != 1 or c.key[0] == "P?" and (found[0].name != name or c.name == name) and \
                not _lone_surname(st, c, found[0]) or lex.organisation_forms().get(c.name) is not None:
            continue                              # (a `P?` joins only a person of its whole name less a mark: two
            #                                       people of one name stay two, `Rep. Mike Rogers`, `Adm. Mike Rogers`)
        target = found[0]
        if target.name != name and _other_gender(st, c, target):
            continue                              # (`Sanders said he would win` is not Mary Sanders)
        firm = _firm_opened(st, c, name) if c.key[0] == "O" else None
        if firm is not None:                      # `Ford said it would hire` beside `Ford Motor Co.` and Gerald
            _join(c, firm, into)                  # Ford: the firm whose name it opens (ident51)
            continue
        _join(c, target, into)
    _repoint_speakers(st, into)


def _lone_surname(st: ActorState, c: Cluster, person: Cluster) -> bool:
    """A person's actor named by one word alone that is the surname of one other person of the article, no lexicon
    person, who has a given name (act42: `Councilman Burgess says` beside `Ricky Burgess`, `Jones said` beside
    `Adrienne Jones`, made two by the people pass): the caller has found that person the only one of that word. Not
    where the people pass keeps two apart on purpose: a lexicon person's namesakes, weighed by title and date
    (`President Bush` beside `Governor Bush`, Jeb), an honorific on either (`Ms. Ashdown`, `Mrs Kelly`), a relative
    owned by the surname (`Hollister's son, Dean Hollister,`: the father is another Hollister), a mention that is or
    stands beside a kin noun (`His father, Councilman Burgess,` beside his son `Ricky Burgess`: `_kin_apposed`,
    review42)."""
    words = person.name.split()
    honorific = lex.words("honorific")
    if " " in c.name or person.key[0] != "P?" or len(words) < 2 or words[-1] != c.name or \
            words[0].lower() in honorific or words[0].lower() in lex.title_words():
        return False
    text = st.ctx.text
    for s, e in c.mentions:
        before = text[max(0, s - 6):s].split()
        if text[s:e].split()[0].lower() in honorific or before and before[-1].lower() in honorific:
            return False
    kin = lex.words("kin")
    if any(_kin_apposed(st.doc, s, e, kin) for s, e in c.mentions):
        return False
    return not any(m.group(1).lower() in kin or m.group(1).lower().rstrip("s") in kin
                   for m in re.finditer(r"\b" + re.escape(c.name) + r"['’]s?\s+(\w+)", text))


def _kin_apposed(doc, s: int, e: int, kin) -> bool:
    """True when the mention at [s, e) is a kin noun (`kin`: `his father`) or stands in apposition with one (`His
    father, Councilman Burgess,`, `Burgess, the boy's father,`): a relative of someone, whom a lone surname does
    not make the one person of that surname (review42)."""
    span = char_span(doc, s, e)
    if span is None:
        return False
    root = span.root
    near = [root, *(x for x in children(root) if x.dep_ == "appos")] + ([root.head] if root.dep_ == "appos" else [])
    return any(t.lemma_.lower() in kin for t in near)


def _other_gender(st: ActorState, c: Cluster, person: Cluster) -> bool:
    """A mention of `c` is the subject of a verb whose clause's `he`/`she` (people.py `_pronoun_gender`: `Sanders
    said he would win`) is not of the gender the person's given name tells (given_names.tsv: `Mary Sanders`)."""
    given = given_names().get(person.name.split()[0].lower()) if len(person.name.split()) >= 2 else None
    if given is None:
        return False
    for s, e in c.mentions:
        span = char_span(st.doc, s, e, "expand")
        said = _pronoun_gender(span.root) if span is not None and len(span) else None
        if said is not None and said != given.lower():
            return True
    return False


def page_furniture_names(st: ActorState) -> None:
    """Drop the mentions of every name that is a piece of the page's furniture (act41): a name no lexicon knows (key
    `O` or `P?`), no quote's speaker, each of whose capitalised mentions holds a capitalised word of a caption, a
    gallery or a document link (actor_words.tsv `furniture_word`: `Close Image 1 of 6`, `Downs Image`) or a colon
    (`Northwest Side Photo: Caleb Downs`, `PDF Document: Read`): the tagger joined a credit or a link to a name. A
    mention with no colon that acts keeps the name (`Ritz Photo said`: `_acts`)."""
    text = st.ctx.text
    speakers: dict = {}
    furniture = st.text_holds(lex.words("furniture_word"))
    for c in st.clusters.values():
        if not c.mentions or c.members or c.person is not None or c.key[0] not in ("O", "P?"):
            continue
        if ":" not in c.name and not (furniture and _furniture(c.name)):
            continue                              # (the gate: a string test of the name, then of each mention)
        named = [text[s:e] for s, e in c.mentions if text[s:s + 1].isupper()]
        if not named or not all(":" in m or furniture and _furniture(m) for m in named):
            continue
        if lex.organisation_forms().get(c.name) is not None:
            continue
        if not any(_acts_at(st, s, e) for s, e in c.mentions if ":" not in text[s:e]):
            _drop_unless_speaker(st, c, speakers)


def _acts_at(st: ActorState, s: int, e: int) -> bool:
    """The mention at [s, e) acts in its clause (`_acts`: `Ritz Photo said`)."""
    span = char_span(st.doc, s, e, "expand")
    return span is not None and len(span) > 0 and _acts(span.root)


def _furniture(mention: str) -> bool:
    """A capitalised word of the page's furniture stands in the mention (`Downs Image`; not `image`)."""
    words = lex.words("furniture_word")
    return any(w[:1].isupper() and w.lower() in words for w in re.findall(r"[A-Za-z]+", mention))


def storm_names(st: ActorState) -> None:
    """Drop every mention of a storm (act41: `Cyclone Larry's path`, `Larry did heavy damage when it reached
    the coast`, `Tropical Storm Fay`): a mention that a storm's word opens or follows (actor_words.tsv `storm_word`:
    hurricane, cyclone, typhoon; `Storm` after a `storm_lead`: `Tropical Storm`), and any mention that is only the
    given name of such a storm in the text, wherever it stands; an actor left with no name loses its pronouns too. A
    quote's speaker keeps a name; `Larry Quinn` keeps his full name. Gate: a storm's word in the text."""
    if not st.text_holds(lex.words("storm_word") | {"storm"}):
        return
    text = st.ctx.text
    storms = {m.group(1) for m in _storm_pattern().finditer(text)
              if m.group(0)[:1].isupper() and not _body_after_storm_word(text, m.start(1))}
    #                                               (a storm's word written capitalised, as a storm's name is:
    #                                               `during the hurricane Mary Lutz lost her home` names none; review41)
    if not storms:
        return
    speakers = _speaker_ids(st)
    for c in st.clusters.values():
        if not c.mentions or c.members or c.key[0] not in ("P", "P?", "O"):
            continue
        gone = [(s, e) for s, e in c.mentions if text[s:s + 1].isupper() and
                (_storm_name(text, s, e) is not None or without_possessive(text[s:e]) in storms)]
        named = any(text[s:s + 1].isupper() and (s, e) not in gone for s, e in c.mentions)
        if not gone or not named and id(c) in speakers:
            continue                              # (a speaker keeps a name)
        if not named:
            _drop(c)                              # (no name left: the actor, its pronouns too)
            continue
        for span in gone:
            c.mentions.discard(span)


def _storm_name(text: str, s: int, e: int) -> "str | None":
    """The storm's given name ('' when there is none) when the mention at [s, e) is a storm's: its first words, or
    the words before it, are a storm's word (`Cyclone Larry`, `Hurricane Ike`, `Tropical Storm Fay`, `Tropical
    Storm`; the storm's word capitalised, the name's last word no body's word: not `the hurricane Mary Lutz`, `National
    Hurricane Center`); None when it is not."""
    words = without_possessive(text[s:e]).split()
    before = text[max(0, s - 30):s].split()[-2:]
    written = before + words
    lows = [w.lower() for w in written]
    k = len(before)                               # (the mention's first word in `lows`)
    for i in range(min(len(lows), k + 2)):
        lead = lows[i] == "storm" and i > 0 and lows[i - 1] in lex.words("storm_lead")
        if (lows[i] in lex.words("storm_word") or lead) and written[i][:1].isupper():   # (capitalised, as a
            #                                       storm's name is: `the hurricane Mary Lutz` names none; review41)
            if i + 1 < k:                         # (a storm's word, then other words, then the mention)
                continue
            rest = words[i + 1 - k:]
            if rest and _body_word(rest[-1]):
                return None                       # (`National Hurricane Center`, `Typhoon Relief Fund`: a body
                #                                   named for storms, no storm; review41)
            return " ".join(rest) if rest and rest[0][:1].isupper() else ""
    return None


def _body_word(word: str) -> bool:
    """A word that ends a body's name (orgwords.tsv, actor_words.tsv `body_end`: `Center`, `Fund`)."""
    w = word.lower()
    return w in lex.org_words() or w in lex.words("body_end")


def _body_after_storm_word(text: str, s: int) -> bool:
    """The capitalised words from offset `s` (after a storm's word) end in a body's word (`Hurricane Center`,
    `Typhoon Warning Center`): the name of a body, not a storm's given name (review41)."""
    m = re.match(r"[A-Z][\w.'-]*(?:[^\S\n]+[A-Z][\w.'-]*)*", text[s:s + 80])
    return m is not None and _body_word(m.group(0).split()[-1])


@functools.lru_cache(maxsize=1)
def _storm_pattern() -> re.Pattern:
    """A storm's word and the capitalised given name after it (`Cyclone Larry`, `Tropical Storm Fay`): group 1."""
    words = "|".join(sorted(lex.words("storm_word"))) + "|(?:" + "|".join(sorted(lex.words("storm_lead"))) + r")\s+storm"
    return re.compile(r"(?i:\b(?:" + words + r"))\s+([A-Z][a-z]+)\b")


def street_courts(st: ActorState) -> None:
    """Drop the mentions of a court's actor that is a street or a housing estate (act43: `jogging on Maple Ridge
    Court`, `a shooting in Tallow Court`): a name no lexicon knows, in capitals, ending in `Court`, with no word of a
    court of law before it (actor_words.tsv `court_kind`: `Newton District Court`, `the Harris County Court`, `Superior
    Court`), every mention the object of a preposition of where (`locative`, `road_preposition`, `street_on`) - so
    none acts - in a sentence with no word of a court's work (`court_deed`, `court_word`, `before_court`: `appeared in
    Dunmore Court`, `his trial in Ramsey Court`), and no quote's speaker. Gate: a court's actor (JUD) whose name ends
    in `Court`, a string test."""
    speakers: dict = {}
    for c in st.clusters.values():
        if c.sector != "JUD" or not c.mentions or c.members or c.key[0] not in ("O", "G") or \
                not c.name.endswith(" Court"):
            continue
        if _a_street_court(st, c):
            _drop_unless_speaker(st, c, speakers)


def _a_street_court(st: ActorState, c: Cluster) -> bool:
    """Every mention of the actor is `X Court` with capitalised words and none of a court of law's (`court_kind`),
    no lexicon organisation, and is the object of a preposition of where in a sentence with no word of a court's
    work."""
    text = st.ctx.text
    kinds = lex.words("court_kind")
    where = lex.words("locative") | lex.words("road_preposition") | lex.words("street_on")
    work = lex.words("court_deed") | lex.words("court_word") | lex.words("before_court")
    lemmas = st.reads.low_lemma
    for s, e in c.mentions:
        words = without_possessive(text[s:e]).split()
        if words[:1] in (["the"], ["The"]):
            words = words[1:]
        if _two_roads(words):
            continue                              # `where Tanner Drive and Quill Court meet`: two streets
        if len(words) < 2 or words[-1] != "Court" or any(not w[:1].isupper() or w.lower() in kinds for w in words) or \
                lex.organisation_forms().get(" ".join(words)) is not None:
            return False
        span = char_span(st.doc, s, e, "expand")
        if span is None or not len(span):
            return False
        root = span.root
        if root.dep_ != "pobj" or root.head.lower_ not in where:
            return False
        sent = root.sent
        if any(lemmas[k] in work for k in range(sent.start, sent.end) if not span.start <= k < span.end):
            return False
    return True



def _two_roads(words: list[str]) -> bool:
    """`Tanner Drive and Quill Court`: two capitalised names joined by `and` or `&`, the first ending in a street's
    word (actor_words.tsv `street_word`), the second in `Court`: a corner of two streets, no court of law (act52a)."""
    if "and" not in words and "&" not in words:
        return False
    k = words.index("and") if "and" in words else words.index("&")
    j = k
    while j > 0 and words[j - 1][:1].isupper():
        j -= 1                                    # (`Corner of Tanner Drive and ...`: the name before `and`)
    first, second = words[j:k], words[k + 1:]
    return len(first) >= 2 and len(second) >= 2 and first[-1].lower() in lex.words("street_word") and \
        second[-1] == "Court" and all(w[:1].isupper() for w in second)

def venue_people(st: ActorState) -> None:
    """Drop the mentions of a person no lexicon knows whose name is a place's (act43: `the Grapeland Senior Citizens
    Center` tagged a person with `Senior` read as a title, `Kennedy Elementary Schools`, `Dunkin Donuts`, restaurants
    in a list): every capitalised mention ends in a word of a place one goes to that no surname is (actor_words.tsv
    `venue_not_surname`: center, school, restaurant, donuts), none is a subject, an agent or an owner (`Kennedy
    Elementary School said` is the school's) and none is a quote's speaker. Gate: the actor's name's last word, a
    string test."""
    words = lex.words("venue_not_surname")
    text = st.ctx.text
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] != "P?" or not c.mentions or c.members or c.person is not None or \
                c.name.rsplit(None, 1)[-1].lower() not in words:
            continue
        named = [(s, e) for s, e in c.mentions if text[s:s + 1].isupper()]
        if not named or any(without_possessive(text[s:e]).rsplit(None, 1)[-1].lower() not in words
                            for s, e in named):
            continue
        if not any(_acts_at(st, s, e) for s, e in c.mentions):
            _drop_unless_speaker(st, c, speakers)



def any_press(st: ActorState) -> None:
    """Drop the mentions of a group of the press that is any of its kind (act43: `may not be reproduced ... by any
    media`, `printing ... by blogs, radio and TV stations, papers or other media` of a rights
    notice): a group (key `G`, MED) every mention of which has a word of any of a kind before its noun (actor_words.tsv
    `any_kind`: any, other) or is joined by `and`/`or` to a noun that has; none is a subject and none is a quote's
    speaker (`by any media` is no agent that acts: any press at all). `the media reported`, `newspapers and other
    media asked` and `Reuters and other media` (a name in the list) stay. Gate: a MED group."""
    text = st.ctx.text
    kinds, said = lex.words("any_kind"), pronouns()
    groups = [c for c in st.clusters.values() if c.key[0] == "G" and c.sector == "MED" and c.mentions and not c.members]
    if not groups:
        return
    speakers: dict = {}
    for c in groups:
        named = [(s, e) for s, e in c.mentions if text[s:e].lower() not in said]
        if not named or not all(_any_of_a_kind(st, s, e, kinds) for s, e in named):
            continue                              # (its pronouns go with it)
        if not any(_subject_at(st, s, e) for s, e in named):
            _drop_unless_speaker(st, c, speakers)


def _subject_at(st: ActorState, s: int, e: int) -> bool:
    """The mention at [s, e) is the subject of a verb (also through `and`), in any case (`newspapers and other media
    have asked`)."""
    span = char_span(st.doc, s, e, "expand")
    return span is not None and len(span) > 0 and _first_conjunct(span.root).dep_ in ("nsubj", "nsubjpass")


def _any_of_a_kind(st: ActorState, s: int, e: int, kinds: frozenset) -> bool:
    """The mention at [s, e) opens with a word of `kinds` (`any media`), or its noun is a conjunct of a list one of
    whose nouns has such a word before it and none of which is a proper name (`newspapers or other media`)."""
    if st.ctx.text[s:e].split()[0].lower() in kinds:
        return True
    span = char_span(st.doc, s, e, "expand")
    if span is None or not len(span):
        return False
    root = span.root
    listed = _conjuncts(root)
    if len(listed) < 2 or any(t.pos_ == "PROPN" for t in listed):
        return False
    return any(t.i != root.i and any(k.lower_ in kinds for k in children(t) if k.dep_ in ("det", "amod"))
               for t in listed)


def passing_groups(st: ActorState) -> None:
    """Drop a group written in lower case, named once as a bare noun (no determiner, possessor or number) that does
    not act (`_acts`), where it is any of a kind rather than a body of the story (act49b, `_in_passing`): the
    complement of `be` (`claimed to be retired military`), a name in a list of three or more such nouns (`worked with
    mayors, senators, judges and state legislators`), the object of `for` or `against` on a noun (`violence
    against law enforcement officers`) or of `of` on a noun of well-being (actor_words.tsv `welfare_noun`: `the
    safety of officers`; act50b), or a noun of actor_words.tsv `bare_generic` (`services for family`, `to comment
    to media`). The bare group the story's events reach (`told police`, `according to officials`, `met with workers`)
    and a speaker stay; so does one an event trigger governs in any of these places (`airstrikes against militants`,
    `talks with rebels, soldiers and police`, `met with family`; review49a, `_event_reaches`). A group named once as
    what something is likened to (`_likened`: `the crew is like a family`) goes too, with `a`/`an` or bare (act50b). Cost:
    a look at each group named once in lower case, no gate needed."""
    text = st.ctx.text
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] != "G" or len(c.mentions) != 1 or c.members or c.person is not None:
            continue
        (s, e), = c.mentions
        if not text[s:s + 1].islower():
            continue
        span = char_span(st.doc, s, e, "expand")
        if span is None or not len(span) or _acts(span.root):
            continue
        if _likened(span.root) or _bare(span.root) and _in_passing(span):
            _drop_unless_speaker(st, c, speakers)


def _likened(tok) -> bool:
    """The group is what something is likened to: the object of the preposition `like`, with no determiner but `a`/`an`
    and no possessor or number (`the crew is like a family`, `treated us like criminals`; act50b): any of a kind, no
    body of the story (`like the council` is left alone)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "like" and tok.head.pos_ in ("ADP", "SCONJ") and \
        all(k.dep_ not in ("poss", "nummod", "predet") and (k.dep_ != "det" or k.lower_ in ("a", "an"))
            for k in children(tok))


def _bare(tok) -> bool:
    """The noun has no determiner, possessor, number or predeterminer (`officers`, `retired military`; not `the
    officers`, `its officers`, `two officers`, `all the officers`)."""
    return not any(k.dep_ in ("det", "poss", "nummod", "predet") for k in children(tok))


def _in_passing(span) -> bool:
    """The bare mention stands where a group is any of its kind (`passing_groups`)."""
    root = span.root
    if _event_reaches(root):
        return False                              # `airstrikes against militants`, `talks with rebels, soldiers ...`
    if span.text.lower() in lex.words("bare_generic"):
        return True
    if root.dep_ in ("attr", "oprd") and is_be(root.head):
        return True                               # `claimed to be retired military`
    top = _first_conjunct(root)
    if top.dep_ == "pobj" and top.head.lower_ in lex.words("passing_prep") and top.head.head.pos_ == "NOUN":
        return True                               # `violence against law enforcement officers`
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in lex.words("welfare_noun"):
        return True                               # `the safety of officers` (act50b)
    listed = _conjuncts(root)
    return len(listed) >= 3 and all(t.pos_ == "NOUN" and t.text[:1].islower() and _bare(t) and
                                    not any(k.pos_ == "PROPN" for k in children(t)) for t in listed)


def _event_reaches(root) -> bool:
    """The group (or the list it stands in) is the object of an event trigger of events' lexicon (event_patterns.tsv),
    directly or through a preposition: a verb trigger (`to fight militants`, `met with family`) or a noun trigger
    (`airstrikes against militants`, `protests against police`, `talks with rebels, soldiers and police`): a party
    to the story's event, not any of its kind (review49a)."""
    from ..events.lexicon import load             # (here: the events package imports the actors package)
    top = _first_conjunct(root)
    gov = top.head.head if top.dep_ == "pobj" else top.head
    if gov.i == top.i:
        return False
    triggers = load()
    if gov.pos_ == "NOUN":
        return gov.lemma_.lower() in triggers.nouns or gov.lower_ in triggers.nouns
    return gov.pos_ == "VERB" and gov.lemma_.lower() in triggers.verbs


def built_venues(st: ActorState) -> None:
    """Drop a school, centre or other place one goes to (every mention ends in a word of actor_words.tsv
    `venue_not_surname`) each of whose mentions is what a verb of building or naming is done to (actor_words.tsv
    `build_verb`: `pushed to build a new Pine Hollow Elementary School`, `to rename Westfield Elementary as Grace
    Monroe Academy`; act49b, `_built`), also where it stands in a list after such an object (`to build Ferris
    Elementary, Maple Grove Elementary and repair the gym`: prec57): the building, no body of the story. A school that
    acts, owns or speaks stays. Gate: a verb's stem in the text (the verb less its last letter: `buil` for `built`)."""
    verbs = lex.words("build_verb")
    if not st.text_holds({v[:-1] for v in verbs}):
        return
    ends = lex.words("venue_not_surname")
    text = st.ctx.text
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] not in ("O", "P?") or not c.mentions or c.members or c.person is not None or \
                c.name.rsplit(None, 1)[-1].lower() not in ends:
            continue
        if all(without_possessive(text[s:e]).rsplit(None, 1)[-1].lower() in ends and _built(st, s, e, verbs, ends)
               for s, e in c.mentions):
            _drop_unless_speaker(st, c, speakers)


def _built(st: ActorState, s: int, e: int, verbs: frozenset, ends: frozenset = frozenset()) -> bool:
    """The mention at [s, e) does not act and the word before it, past its determiner and adjectives (`a new`), is a
    verb of `verbs` (by lemma: the parse may take `to rename X` for a preposition), or is `as` after such a verb's
    object (`rename X as Y`). A venue named in apposition (a word of `ends` closing it) is the next of a list, no name
    of the same (`build Ferris Elementary, Maple Grove Elementary`: the parse hangs the second on the first), and a
    mention so hung on a venue, or joined to one by `and`, is built where the list's first is (prec57)."""
    span = char_span(st.doc, s, e, "expand")
    if span is None or not len(span):
        return False
    root = first = span.root
    while first.dep_ in ("appos", "conj") and first.head.i != first.i and first.head.lower_ in ends:
        first = first.head
    if first is not root:
        if any(k.dep_ == "relcl" or k.dep_ == "appos" and k.lower_ not in ends for k in children(root)) or \
                _acts(first) and not _listed_venues_only(first, ends):
            return False
        return _verb_before(st.doc, first.left_edge.i - 1, first.left_edge.i, verbs)
    if _acts(root) and not _listed_venues_only(root, ends):
        return False
    return _verb_before(st.doc, span.start - 1, span.start, verbs)


def _listed_venues_only(root, ends: frozenset) -> bool:
    """`_acts` holds for the token only by appositions that are venues of a list (each closed by a word of `ends`)."""
    tok = _first_conjunct(root)
    if tok.dep_ in ACTS or tok.dep_ == "pobj" and tok.head.lower_ == "by":
        return False
    kids = [k for k in children(root) if k.dep_ in ("relcl", "appos")]
    return bool(kids) and all(k.dep_ == "appos" and k.lower_ in ends for k in kids)


def _verb_before(doc, k: int, start: int, verbs: frozenset) -> bool:
    """`_built`'s walk left from token k, before a mention that opens at token `start`."""
    for _ in range(2):                            # the mention, then (after `as`) the name it renames
        while k >= 0 and doc[k].lemma_.lower() not in verbs and (
                doc[k].dep_ in ("det", "amod") and doc[k].head.i >= start or doc[k].lower_ in ("a", "an", "the")):
            k -= 1
        if k < 0:
            return False
        if doc[k].lemma_.lower() in verbs or doc[k].lower_ in verbs:
            return True
        if doc[k].lower_ != "as":
            return False
        k -= 1
        while k >= 0 and doc[k].pos_ == "PROPN":
            k -= 1
    return False


def attended_schools(st: ActorState) -> None:
    """Drop a school each of whose mentions is only a place one attends, applies to, studies at or graduates from
    (bench/actors/GUIDE.md, decided in session 51: `a junior at Ridgeview High School`, `graduated from Harlow
    College`, `an offer to attend Harlow Academy`): no body of the story. A school that acts, owns, decides or speaks
    stays (`the academy admitted her`). A school is a body whose name holds a word of actor_words.tsv `school_word` or
    that is coded EDU; a mention is attended (`_attended`) as the object of a verb of actor_words.tsv `attend_verb`,
    directly or through a preposition, or of a preposition after a noun of `attend_noun` (`a junior at`, `a graduate
    of`). Gate: a verb's or noun's stem in the text."""
    verbs, nouns = lex.words("attend_verb"), lex.words("attend_noun")
    if not st.text_holds({w[:-1] for w in verbs | nouns}):
        return
    schools = lex.words("school_word")
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] not in ("O", "P?") or not c.mentions or c.members or c.person is not None or \
                not (c.sector == "EDU" or any(w in schools for w in c.name.lower().split())):
            continue
        if all(_attended(st, s, e, verbs, nouns) for s, e in c.mentions):
            _drop_unless_speaker(st, c, speakers)


def _attended(st: ActorState, s: int, e: int, verbs: frozenset, nouns: frozenset) -> bool:
    """The mention at [s, e) does not act and is the object of an attending verb (`attended X`, `to attend X`), the
    object of a preposition on such a verb (`graduated from X`, `applied to X`, `enrolled at X`), or the object of a
    preposition on a noun of one who attends (`a junior at X`, `a graduate of X`)."""
    span = char_span(st.doc, s, e, "expand")
    if span is None or not len(span) or _acts(span.root):
        return False
    tok = _first_conjunct(span.root)
    gov = tok.head
    if tok.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
        if gov.pos_ in ("NOUN", "PROPN", "ADJ") and (gov.lower_ in nouns or gov.lemma_.lower() in nouns):
            return True
    elif tok.dep_ != "dobj":
        return False
    return gov.pos_ in ("VERB", "AUX", "NOUN") and (gov.lemma_.lower() in verbs or gov.lower_ in verbs)


_OFFICE_PREPS = ("for", "of", "in", "to", "at")
_APPOS_CLOSE = (",", "-", "--", "—", "–", ")", ".", ";", ":")


def office_place_names(st: ActorState) -> None:
    """`the U.S. attorney for Harlow's district, Ann Lee - the senator asks`, `the secretary general of the
    United Nations, Tom Ward,`: a singular title with `the` whose own `for`/`of`/`in`/`to`/`at` phrase names a place
    or a body (a capitalised word, no person in it), then a comma and a person's name closed by a comma, a dash, a
    bracket or the sentence's end, is that person's title, whatever actor took the title before: a state's body
    (`American judiciary`), a description, or the lexicon's holder of such an office (the named person, not the
    holder, is meant). The parser hangs such a name on the place or makes it the subject of the verb after the dash,
    and a name tagged as no person is made a person only after the descriptions. The title's mention moves to the
    person (who takes the title's sector, role and country when it has none of its own); the other mentions of a
    body or description that are the same title move with it (`the U.S. attorney` again). Not a name that goes on
    into a verb (`after meeting the mayor of Springfield, Ann Lee said`: the clause's subject), nor a list (`..., Ann
    Lee and Tom Ward`), nor a possessive (ident56)."""
    text = st.ctx.text
    if ", " not in text:
        return
    toks = st.toks
    titles = lex.titles()
    into: dict[int, Cluster] = {}
    for c in list(st.clusters.values()):
        if c.key[0] not in ("S", "D", "P", "G", "L") or c.members or not c.mentions:
            continue
        for s, e in sorted(c.mentions):
            if (s, e) not in c.mentions or not text[s:e].lower().startswith("the "):
                continue
            span = char_span(st.doc, s, e, "expand")
            if span is None or len(span) < 2 or span.end >= len(toks):
                continue
            head = toks[span.end - 1]
            if head.tag_ != "NN" or "person" not in (titles.get(head.lower_) or titles.get(head.lemma_.lower()) or {}):
                continue
            person = _office_apposed_person(st, span.end)
            if person is None or person is c:
                continue
            title = next((titles[p]["person"] for n in (3, 2) if len(span) > n      # `the U.S. attorney`: the
                          for p in [" ".join(t.lower_ for t in span[-n:])]            # longest title phrase
                          if "person" in titles.get(p, {})),
                         (titles.get(head.lower_) or titles[head.lemma_.lower()])["person"])
            same = text[s:e].lower()
            moved = [(s, e)]
            if c.key[0] != "P" and all(text[a:b].lower() == same or text[a:b].lower().startswith(same + " ")
                                       for a, b in c.mentions):
                moved = sorted(c.mentions)        # a body or description that is only this title: all of it
            for span_ in moved:
                c.mentions.discard(span_)
                person.mentions.add(span_)
            if not c.mentions:
                into[id(c)] = person
            if person.person is None:
                if person.sector in (None, "CVL") and title.sector not in (None, "CVL"):
                    person.sector, person.role = title.sector, title.role
                if person.country is None and c.key[0] in ("S", "L") and c.country:
                    person.country = c.country
    _repoint_speakers(st, into)


def _office_apposed_person(st: ActorState, k: int) -> "Cluster | None":
    """The person named after the office phrase that opens at token `k` (`for Manhattan, Ann Lee,`); None when the
    phrase is no place's or body's, or the name is no apposition of the title (office_place_names)."""
    toks = st.toks
    if toks[k].lower_ not in _OFFICE_PREPS:
        return None
    j = k + 1
    while j < len(toks) and toks[j].text != "," and j - k <= 8:
        if "\n" in toks[j].text or toks[j].text in (".", ";", "(", ")", "\"", "“", "”") or toks[j].pos_ in ("VERB", "AUX") or toks[j].lower_ in ("and", "or") or _person_at(st, toks[j]) is not None:
            return None
        j += 1
    if j >= len(toks) - 1 or j == k + 1 or toks[j].text != "," or \
            not any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in toks[k + 1:j]):
        return None
    person = _person_at(st, toks[j + 1]) or _named_body_at(st, toks[j + 1])
    if person is None:
        return None
    m = j + 1
    while m + 1 < len(toks) and toks[m + 1].text not in _APPOS_CLOSE and \
            any(a <= toks[m + 1].idx < b for a, b in person.mentions):
        m += 1
    if m + 1 < len(toks) and toks[m + 1].text not in _APPOS_CLOSE:
        return None                               # `..., Ann Lee said`, `Ann Lee's`, `Ann Lee and Tom Ward`
    if m + 2 < len(toks) and toks[m + 1].text == "," and toks[m + 2].lower_ in ("and", "or"):
        return None                               # `..., Ann Lee, and Tom Ward`: a list
    return person


def _named_body_at(st: ActorState, tok) -> "Cluster | None":
    """An actor of no person's key whose mention at the token is a person's name by its words (two to four
    capitalised words opening with a given name of given_names.tsv or with a middle initial: `Channing D. Phillips`
    tagged an organisation);
    None otherwise."""
    at = tok.idx
    for ms, me, c in st.mentions.around(at, at + len(tok)):
        if c.key[0] == "O" and (ms, me) in c.mentions and ms == at:
            words = st.ctx.text[ms:me].split()
            if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words == c.name.split() and \
                    (words[0].lower() in given_names() or any(re.fullmatch(r"[A-Z]\.", w) for w in words[1:-1])):
                return c
    return None
