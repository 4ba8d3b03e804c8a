"""Event triggers and their arguments on the dependency parse: verbs, phrasal verbs, light verb + event noun,
and nominal events, each with its source and target noun phrases, negation and mood.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Optional

from ...lexicon import classes, pronouns
from ...lexicon.actors import countries, private_title_heads, title_heads
from ...lexicon.actors import words as actor_words
from ..spans import (children, column, having, heads, ids_of, indices, lowered, lowered_lemma, picked, sentence_of,
                     tokens)
from . import columns as _columns, sentence
from .lexicon import (Pattern, hazards, load, noun_heads, people_pronouns, personal_pronouns, plover, types_with_source,
                      verb_heads)
from .nouns import PRONOUN_GENDER, actor_noun, gender_of

SUBJ = frozenset({"nsubj", "csubj"})
PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})
NP_STOP = frozenset({"relcl", "acl", "advcl", "parataxis", "ccomp"})
MAX_TARGETS = 2
PHONE = Pattern("verb", "call", "041", "phone", ("dobj",))
SYMMETRIC = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AGREE", "ASSAULT"})
ENT_SOURCE = frozenset({"NORP", "GPE", "ORG", "PERSON"})


@dataclass
class Candidate:
    """A trigger found in a sentence, before the type decision."""
    token: object                      # the token whose arguments are read (verb, light verb or event noun)
    noun: Optional[object]             # the event noun for a light verb or a nominal event
    pattern: Pattern
    first: int                         # token index range of the trigger words
    last: int
    nominal: bool
    etype: str = ""
    quad: int = 0
    cameo: str = ""
    mode: Optional[str] = None
    source: list = field(default_factory=list)    # tokens (np heads); a speaker goes to extra_source
    target: list = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    intent: bool = False                            # future/modal/intent verb governs it
    absorbed: bool = False
    depth: int = 0
    extra_source: object = None                     # a Speaker-like span to use as source
    target_from_x: bool = False                     # target taken from an xcomp or a fallback
    solo: set = field(default_factory=set)          # participant heads whose conjuncts are left out
    preset: bool = False                            # built whole by a rule (no lexicon analysis)
    sensed: bool = False                            # typed by its arguments' sense (senses.retype): the type model
    # leaves the type alone (`banned imports of oil` is SANCTION whatever the sentence's other words; rev28a)
    prob: float = 0.0                               # the type model's probability of its type (model.choose)
    named: bool = False                             # a source is an actor the actors stage found (`Pence` as NNS)
    given: Optional[float] = None                   # a confidence set by the model that found it (criticism.py)
    phrase_noun: Optional[object] = None            # the object noun a phrase key was made from (`crossed swords`)
    self_of: Optional[object] = None                # a he/she/they read as the source itself (`saying she had made
    # a mistake`): the event goes when the actors' coreference makes it someone else (events.`_pronoun_misread`)
    joint: Optional[object] = None                  # the second conjunct of a joint subject of a promise, split
    # off as the target for the type model and the confidence, listed with the source in the record (dyad48)
    partnered: set = field(default_factory=set)     # a subject pronoun read as its antecedent, its partners kept
    # as sources (ev55b): the conjuncts of a source add no such pronoun back beside its antecedent (review55c)


def np_bounds(tok, solo: bool = False) -> tuple[int, int]:
    """Token range [a, b] of the noun phrase headed by tok, without relative clauses and trailing punctuation or
    coordinators (and without its conjuncts when solo)."""
    a, b = tok.left_edge.i, tok.i
    for c in tok.rights:
        if c.dep_ in NP_STOP or (solo and c.dep_ in ("cc", "conj")):
            break
        if c.dep_ == "appos" and _renames_the_act(c, appos=True):
            break                         # (`seized a tanker, a move Britain condemned`: the move is the seizure's)
        if c.dep_ in ("amod", "prep") and c.lower_ in load().cues.get("doerof", ()) and c.n_rights:
            break                         # (`the men responsible for the bombing`: the men; dyad45)
        b = max(b, c.right_edge.i)
    doc = tok.doc
    toks = tokens(doc)
    for k in range(tok.i + 2, b + 1):    # a relative clause set off by a comma in the phrase's apposition is not
        if toks[k].tag_ in ("WP", "WDT") and toks[k - 1].text == "," and toks[k].head.dep_ == "relcl":
            b = k - 1                     # part of it (`Phil Bryant, a former backer of Ted Cruz, who has since called`)
            break
    for k in range(tok.i - 1, a - 1, -1):
        if toks[k].is_space and "\n" not in toks[k].text and len(toks[k].text) > 1:
            # a blanked dateline ('LONDON, May 28 (Reuters) -') leaves spaces: the phrase starts after them
            a = k + 1
            break
    if solo and b > tok.i + 2:            # (a verb the parse joined to the phrase is no part of it: `Hale, then a
        b = next((k - 1 for k in range(tok.i + 1, b + 1) if toks[k].pos_ == "VERB" and (
            toks[k].dep_ == "conj" or toks[k].head.i == tok.i)), b)
        # volunteer, shot and killed Roe`; ev35c)
    b = _quote_closed(toks, a, tok.i, b)
    while a < b and (toks[a].is_punct or toks[a].is_space):
        a += 1
    while b > a and (toks[b].is_punct or toks[b].is_space or toks[b].dep_ == "cc"):
        b -= 1                            # (a `cc` the parse hung on the noun with no conjunct after it: `pressed
        # the button and the door opened`)
    return a, b


def _quote_closed(toks, a: int, head: int, b: int) -> int:
    """A phrase opened by a quote mark ends where that quote closes when the head is inside it and an of / for /
    over phrase hangs on it after the quote: `accused "some Western politicians" of encouraging the protests` - the
    phrase the parse hung on the quoted noun is the charge or the reason, not part of who is meant (lead43)."""
    k = a
    while k < head and toks[k].is_space:
        k += 1
    if toks[k].tag_ != "``" or k >= head:
        return b
    close = next((j for j in range(head + 1, b + 1) if toks[j].tag_ == "''"), None)
    if close is None or close >= b or any(toks[j].tag_ in ("``", "''") for j in range(k + 1, head)):
        return b
    after = toks[close + 1]
    if not (after.dep_ == "prep" and after.lower_ in ("of", "for", "over") and after.head.i == head):
        return b                          # (`fingers at 'poison pill' in House bill`: whose pill, kept)
    return close


def is_passive(v) -> bool:
    """A passive verb, or a participle used as a reduced relative ('people evacuated from Haiti by the U.S.'), or a
    participle joined to a passive verb with no subject or auxiliary of its own ('was fined and sentenced')."""
    col, i = _columns.cols(v.doc), v.i  # (the relations read off the doc's columns: no child's Token nor string)
    dep = col.dep_
    return any(dep[k] in ("auxpass", "nsubjpass", "csubjpass") for k in col.below[i]) or \
        (col.tag_[i] == "VBN" and dep[i] == "acl") or _joined_passive(v)


def _joined_passive(v) -> bool:
    """`He was arrested and charged with murder`, `was booed and denounced by the bishop`: a past participle
    joined to a passive verb, with no subject or auxiliary of its own, shares its passive."""
    return v.tag_ == "VBN" and v.dep_ == "conj" and v.head.tag_ == "VBN" and v.head.pos_ == "VERB" and \
        any(c.dep_ in ("auxpass", "nsubjpass") for c in children(v.head)) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in children(v))


def _passive_after_active(v) -> bool:
    """`The suspect fled the scene but was arrested`, `reached a plea deal and was sentenced`: a passive verb with its
    own auxiliary and no subject, joined to an active verb before it; the active verb's subject is the one the
    passive act was done to (not its doer)."""
    h = v.head
    return v.dep_ == "conj" and h.i < v.i and h.pos_ in ("VERB", "AUX") and h.lemma_ != "be" and \
        any(c.dep_ == "auxpass" for c in children(v)) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(v)) and \
        not any(c.dep_ in ("auxpass", "nsubjpass") for c in children(h)) and child(h, ("nsubj",)) is not None


def child(tok, deps):
    col = _columns.cols(tok.doc)          # (`tok.children`' first in `deps`: the children's indices and relations
    dep = col.dep_                        #  read off the doc's columns, a Token only for the one returned, the
    for k in col.below[tok.i]:            #  doc's own: none made, no `dep_` string made a child)
        if dep[k] in deps:
            return col.toks[k]
    return None


def prep_object(tok, word):
    """The object of the preposition `word` under tok ('with' -> the pobj of tok's 'with' child)."""
    for c in children(tok):
        if c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ == word:
            o = child(c, ("pobj", "pcomp"))   # `called on police to`: the parse may make `on` a particle
            if o is not None and word == "by" and o.lower_ in load().cues.get("byidiom", ()) and not any(
                    True for _ in children(o)):
                continue                  # `By contrast, the pledge was welcomed by NATO allies`: a manner, no doer
            if o is not None:
                return o
    return None


lemma = lowered_lemma                    # a token's lemma in lower case (the one helper the events modules share)


_AIMED_AT = frozenset(("on", "at", "against"))     # prepositions of a verb aimed at someone: `unloaded on X`


def _main_verb_read_as_relative(v, h) -> bool:
    """`The anchor, a debate co-moderator, unloaded on X`: a verb the parse hung as a reduced relative from the
    sentence's noun root h, set off from it by an appositive between commas, that acts on someone (an object, or
    `on`/`at`/`against` not of a date) and has no `by`: the sentence's main verb, h its subject (ev36c). A passive
    reading (`The suspect, a local man, charged with murder`, `..., attacked by rivals`) stays unowned."""
    if h.pos_ not in ("NOUN", "PROPN") or h.i >= v.i or v.tag_ not in ("VBD", "VBN") or v.i < 1:
        return False
    prev = v.doc[v.i - 1]
    if prev.text != "," or not any(c.dep_ == "appos" and h.i < c.i < v.i for c in h.children):
        return False
    if prep_object(v, "by") is not None or child(v, ("agent",)) is not None:
        return False
    if child(v, ("dobj",)) is not None:
        return True
    return any(c.dep_ == "prep" and c.lower_ in _AIMED_AT and not any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in v.children)


def _subject_hung_on_participle(v):
    """`Kenyan border guards, apparently acting in concert with the army, arrested him`: the parse hangs the subject
    on the participle clause set off by commas before the main verb, which is left with none; that subject (before
    the comma that opens the clause) is the verb's. Only for a finite active verb with no subject (a passive's
    subject would be its patient) and a participle clause with a comma on each side (dyad47)."""
    if v.tag_ not in ("VBD", "VBZ", "VBP") or is_passive(v):
        return None
    doc = v.doc
    for x in children(v):
        if x.dep_ != "advcl" or x.i >= v.i or x.tag_ not in ("VBG", "VBN") or doc[v.i - 1].text != ",":
            continue
        s = child(x, ("nsubj",))
        if s is None or s.i >= x.i or s.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        end = max(y.i for y in s.subtree if y.dep_ != "punct")
        if end + 1 < x.i and doc[end + 1].text == ",":
            return s
    return None


def subject_of(v, depth: int = 0):
    """The agent of a verb: its subject, or the subject it shares with the verb it depends on."""
    s = child(v, SUBJ)
    if s is not None:
        return s
    if v.dep_ == "acl" and v.head.dep_ == "ROOT" and _main_verb_read_as_relative(v, v.head):
        return v.head
    s = _subject_hung_on_participle(v)    # `Border guards, acting with the army, arrested him` (dyad47)
    if s is not None:
        return s
    if is_passive(v):
        by = prep_object(v, "by")
        if by is None:
            s = when_doer(v)              # "were freed after the Cabinet approved a pardon"
            if s is not None:
                return s
            s = _force_named_in(v)        # `12 Palestinians were killed in Israeli strikes` (lead43)
            if s is not None:
                return s
            # "was arrested in Rwanda", "expelled from North Korea": the state stands for the unnamed agent; not
            # of a wounding or a death (event_cues `casualty`: `twelve people were killed in Iraq` tells where, no
            # state did it; ev31b)
            for word in ("in", "from"):
                loc = prep_object(v, word)
                if loc is not None and loc.ent_type_ == "GPE" and v.lemma_.lower() not in load().cues.get(
                        "casualty", ()):
                    return loc
        return _participle_read_as_noun(by) if by is not None else None
    if v.dep_ == "acl":
        s = _resolved_by(v)               # `her decision to meet with X`, `his bid to block X` (ev42)
        if s is not None:
            return s
    if depth > 4 or v.dep_ == "ROOT":
        return None
    h = v.head
    if v.dep_ == "acl" and v.tag_ == "VBG" and h.pos_ in ("NOUN", "PROPN") and h.dep_ in ("dobj", "attr") \
            and h.head.pos_ in ("VERB", "AUX"):
        # "Amnesty put out a report accusing the army": the author of the document is the agent
        if lemma(h) in load().cues.get("writing", ()) and lemma(h.head) in load().cues.get("cameupon", ()):
            return None                   # `Police found a letter threatening X`: who found it did not write it
        return subject_of(h.head, depth + 1)
    if v.dep_ == "acomp":
        return subject_of(h, depth + 1)
    if v.dep_ in ("acl", "amod") and v.tag_ == "VBG" and h.pos_ in ("NOUN", "PROPN") and \
            lemma(h) not in load().cues.get("deathof", ()):
        # `Cuban exiles protesting in Miami`, `thousands of rallying scientists`: the noun does it (not `the shooting
        # deaths of X`: the deaths are what the shooting did; lead44)
        return h
    if v.dep_ == "xcomp" and is_passive(h):
        s = _raised_subject(h)
        if s is not None:
            return s
    if v.dep_ == "xcomp":
        o = child(h, ("dobj",))
        cues = load().cues
        if o is not None and h.lemma_.lower() not in cues.get("intent", ()) and \
                h.lemma_.lower() not in cues.get("purpose", ()) and h.lemma_.lower() not in cues.get("means", ()):
            return o
        if o is None and h.lemma_.lower() in cues.get("askon", ()):
            o = prep_object(h, "on")
            if o is not None:
                return o                  # `called on Reyes to stop attacking the mayor`: Reyes attacks (dyad46)
        return subject_of(h, depth + 1)
    if v.dep_ == "conj":
        s = _subject_taken_for_object(v) or _noun_root_subject(v) or _subject_read_as_conjunct(v)
        if s is not None:
            return s
        s = child(h, SUBJ | PASS_SUBJ)
        if s is None and v.tag_ in ("VBD", "VBZ", "VBP") and h.tag_ in ("VB", "VBG") and h.dep_ in ("acl", "xcomp", "advcl"):
            # `ran on his ability to jolt the recovery and accused Obama`: a verb in the past or present the parse
            # ties to an infinitive or gerund is a conjunct of the verb in that tense above it
            up = h.head
            while up.dep_ != "ROOT" and up.tag_ not in ("VBD", "VBZ", "VBP") and up.i != up.head.i:
                up = up.head
            if up.tag_ in ("VBD", "VBZ", "VBP"):
                return subject_of(up, depth + 1)
        return s if s is not None else subject_of(h, depth + 1)
    if v.dep_ == "advcl" and v.tag_ == "VBG" and h.pos_ == "VERB" and lemma(h) in load().cues.get("report", ()) \
            and lemma(v) in load().cues.get("casualty", ()):   # (not `Spicer said, adding, ...`: his own words)
        told = h.head if h.dep_ == "parataxis" else next(
            (x for x in children(h) if x.dep_ == "ccomp" and x.i < v.i), None)
        if told is not None and told.pos_ in ("VERB", "AUX") and told.i < v.i:
            return subject_of(told, depth + 1)   # `Militants fired rockets into Israel, the army said, wounding
            # several people`: the participle tells the reported act's outcome, not the reporter's (lead43)
    if v.dep_ == "pcomp" and h.lower_ == "for":
        o = _judged_for_doing(v)          # `blasts Drudge for mocking his fast`: the one blamed does the mocking
        if o is not None:
            return o
    if v.dep_ in ("pcomp", "advcl") or (v.dep_ == "pobj" and h.pos_ == "ADP"):
        if h.pos_ == "ADP":
            h = h.head
        if h.pos_ in ("VERB", "AUX"):
            s = child(h, SUBJ | PASS_SUBJ)
            return s if s is not None else subject_of(h, depth + 1)
    return None


def _force_named_in(v):
    """The side named before a noun of force (a lexicon event noun of CAMEO 18-20: strike, raid, shelling) that a
    passive verb happened `in`: `At least 12 Palestinians were killed in Israeli strikes`, `died ... in a US drone
    strike` - the demonym or country (an entity of ENT_SOURCE, a place's only when a country's: `_state_named`, or a
    force word of event_cues `forcedoer`) did it; `killed in clashes`, `in the bombing` name no one (lead43)."""
    n = prep_object(v, "in") or next((prep_object(x, "in") for x in children(v) if x.dep_ == "conj" and x.tag_ ==
                                       "VBN" and prep_object(x, "in") is not None), None)   # (`killed and 45 wounded
    if n is None or n.pos_ != "NOUN":     # in Israeli strikes`: the phrase on the last verb)
        return None
    pat = load().nouns.get(lemma(n))
    if pat is None or (pat.cameo or "")[:2] not in ("18", "19", "20"):
        return None
    words = load().cues.get("forcedoer", ())
    return next((x for x in children(n) if x.i < n.i and x.dep_ in ("amod", "compound", "nmod", "poss")
                 and (x.ent_type_ in ENT_SOURCE and (x.ent_type_ != "GPE" or _state_named(x)) or lemma(x) in words)),
                None) or _sides_between(n)   # (`killed in a gunfight between two feuding gangs`: the gangs; dyad46)


def _sides_between(x):
    """The sides of a fight told `between` them (`a gunfight between two feuding gangs`, `clashes broke out between
    party youths and the army`): the object of x's `between`, whole with its conjuncts, when it names two
    sides (a plural or a pair joined by `and`); None otherwise (`between the two houses` is a place)."""
    btw = prep_object(x, "between")
    if btw is None or btw.pos_ not in ("NOUN", "PROPN") or btw.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return None
    if not (any(y.dep_ == "conj" for y in children(btw)) or btw.tag_ in ("NNS", "NNPS")):
        return None
    sides = [btw] + [y for y in children(btw) if y.dep_ == "conj"]
    return btw if all(y.ent_type_ in ACTOR_ENTS or y.pos_ == "PROPN" or actor_noun(y) or _someone(y) or any(
        x.dep_ == "compound" and (x.ent_type_ in ACTOR_ENTS or x.pos_ == "PROPN") for x in children(y))
                      for y in sides) else None   # (each side's head a name, a noun of people or a named group)


def _state_named(x) -> bool:
    """A place's name before a noun of force that is a country's (`a US drone strike`, `Israel strikes`): a state can
    strike; a town or territory (`killed in Gaza strikes`, `in Aleppo airstrikes`) is where the strikes fell
    (review43)."""
    first = min([y.i for y in x.subtree if y.i <= x.i] + [x.i])
    name = x.doc[first:x.i + 1].text
    return name.removeprefix("the ") in countries().names


def _judged_for_doing(v):
    """The doer of a gerund after `for` that hangs on a verb with a person or an actor as its object (`Beck blasts
    Drudge for mocking his fast`, `criticized her surrogates for chastising young women`, `gave Carson two Pinocchios
    for dismissing the idea`, `police arrested a man for shooting at officers`), or on that object itself: the one
    blamed, praised or punished for the act does it, not the verb's subject. None for a gerund with a subject of its
    own, an object that is a thing (`used the money for buying arms`: the subject's act) or no object (`apologized to
    X for attacking Y`). Issue 10, ev43."""
    if v.tag_ != "VBG" or child(v, SUBJ | PASS_SUBJ) is not None:
        return None
    p = v.head
    h = p.head
    if p.dep_ != "prep":
        return None
    if h.pos_ == "VERB":
        found = [child(h, ("dobj",)), child(h, ("dative",))]
    elif h.pos_ in ("NOUN", "PROPN", "PRON") and h.dep_ in ("dobj", "dative") and h.head.pos_ == "VERB":
        found = [h]                       # (the parse hung `for` on the object: `criticized the president for ...`)
    else:
        return None
    for o in found:
        if o is not None and (o.lower_ in people_pronouns() if o.pos_ == "PRON" else o.pos_ != "ADP" and (
                names_actor(o) or _someone(o))):
            return o                      # (the word itself names one: not `an explanation for voting against Zika
    return None                           # funding`, `an appetite for taking on Trump`, a name inside the phrase)


def _resolved_by(v):
    """The doer of an infinitive that tells what a noun of resolve or endeavour is to do (event_cues `resolve`: `her
    decision to meet with X`, `his promise to build a wall and deport X`, `efforts by the party to block X`): the
    noun's possessor or `by` object; None for other nouns (`an invitation to visit`: the one invited visits). Issue
    11, ev42."""
    h = v.head
    if h.pos_ != "NOUN" or lemma(h) not in load().cues.get("resolve", ()) or not any(
            x.dep_ == "aux" and x.lower_ == "to" for x in children(v)):
        return None
    return child(h, ("poss",)) or prep_object(h, "by")


def participle_doer(v):
    """The doer of a bid verb told with no subject of its own, as a participle set off by a comma after an active verb
    (`spoke for an hour, encouraging voters to ...`: an advcl in -ing): that verb's own subject. None for a verb with a
    subject, a conjunct (`rejected the call and told X to refrain`: PLV codes the sentence's one event, the conjunct
    is left to the model), a head in a content clause, a participle not set off, or a passive or negated head (`the
    bill was passed, encouraging firms to invest`: no one named urging; `does not feel comfortable telling others
    to`). Issue 10, ev41."""
    if v.dep_ != "advcl" or v.tag_ != "VBG" or child(v, SUBJ | PASS_SUBJ) is not None:
        return None
    h = v.head
    if h.pos_ not in ("VERB", "AUX") or is_passive(h) or any(x.dep_ == "neg" for x in children(h)):
        return None
    if not (v.i > h.i and v.i > 0 and v.doc[v.i - 1].text == ","):
        return None                       # (`does not feel at ease telling others how to vote`: no participle set off)
    if h.dep_ == "ccomp":
        return None                       # (`said the mayor was wrong, telling voters to ...`: the participle may
        # be the sayer's, the parse hung it on the said clause)
    return child(h, SUBJ)


def _participle_read_as_noun(by):
    """A `by` doer the parse made of a person word and the participle after it (`killed by a sniper hiding in the
    yard`: `sniper` a compound of the noun `hiding`): the person (victim_nouns, event_senses `wrongdoer`); else the
    doer as it is. Issue 10, ev36b."""
    if by.pos_ != "NOUN" or by.tag_ != "NN" or not by.lower_.endswith("ing") or by.ent_type_:
        return by
    person = next((x for x in reversed(list(children(by))) if x.dep_ == "compound" and x.i == by.i - 1), None)
    return person if person is not None and _someone(person) else by


def _raised_subject(h):
    """The one a passive verb's open clause is said of, its doer (`a man was seen firing shots`, `are heard making
    threats`, `was asked by the council to condemn X`: the man, they, the one asked; `a man seen firing`: the noun
    the participle describes); None for `it` or `there` (`it was decided to strike`). Issue 10, ev35c."""
    s = child(h, PASS_SUBJ)
    if s is None and h.dep_ == "acl" and h.tag_ == "VBN" and h.head.pos_ in ("NOUN", "PROPN"):
        s = h.head
    if s is None or s.lower_ in ("it", "there"):
        return None
    return s if s.pos_ in ("PRON", "NUM") or actor_like(s) or actor_noun(s) or _someone(s) else None


def _someone(x) -> bool:
    """A person named by a common noun (victim_nouns `a girl`, event_senses `wrongdoer` `a gunman`, `stranger` `a third
    male`): no thing (`the scheme was designed to help X`, `force will be used to remove X`: no doer)."""
    from .checks import senses
    from .victims import _person_nouns
    w = senses()
    return x.pos_ == "NOUN" and (lemma(x) in _person_nouns() or lemma(x) in w["wrongdoer"] or lemma(x) in w["stranger"])


def _noun_root_subject(v):
    """A verb the parse joined to the description set beside a name that is the sentence's root (`Hale, then a
    watch volunteer, shot and killed Roe`: `shot` a conjunct of `volunteer`): the name is its subject (the sentence
    has no verb root). Issue 10, ev35c."""
    h = v.head
    if h.pos_ not in ("NOUN", "PROPN") or v.pos_ != "VERB" or h.i > v.i:
        return None
    if h.dep_ != "appos" or h.head.i > h.i:
        return None                       # (a bare noun root is a misparse of its own: `A 17-year-old mistook ...`)
    n = h.head
    return n if n.dep_ == "ROOT" and n.pos_ in ("NOUN", "PROPN") and n.ent_type_ in ACTOR_ENTS | {""} else None


def _subject_read_as_conjunct(v):
    """A tensed verb the parse joined to the clause before with no subject, right after a noun it made a conjunct of
    that clause's object (`was wounded in the stabbing and police arrested the suspect`: `police` a conjunct of
    `shooting`): that noun, after `and`/`but`, is the verb's own subject. Issue 11, src40."""
    if v.tag_ not in ("VBD", "VBZ", "VBP") or v.i < 3 or child(v, SUBJ | PASS_SUBJ) is not None:
        return None
    n = v.doc[v.i - 1]
    if n.pos_ not in ("NOUN", "PROPN") or n.dep_ != "conj" or n.head.i >= n.i or n.head.dep_ not in ("pobj", "dobj"):
        return None
    before = v.doc[n.left_edge.i - 1] if n.left_edge.i > 0 else None
    if before is None or before.lower_ not in ("and", "but") or before.head.i != n.head.i:
        return None
    return n if actor_like(n) or actor_noun(n) or _someone(n) else None


def when_doer(v, force: bool = False):
    """The doer of a passive act with no `by` doer, named by the clause of when it happened: the subject of a
    `when`/`as`/`after` clause of v (`were freed after the Cabinet approved a pardon`, `were hit when a shooter fired`;
    the parse may make `when` an adverb of the clause, ev29b). Not a pronoun nor a thing a pronoun owns (`when he
    opened the door`, `when their minibus struck a mine`: the victims' own act, rev29a), nor a vehicle, a thing that
    cannot act or a natural hazard (`when a tree hit the car`: no doer). `force`: only a clause whose verb (or verb
    and particle or object) is one of force in the pattern lexicon (`fire`, `storm`, `blow up`, `open fire`): its
    subject does the attack even when no actor word names it (`when rustlers stormed a village`; crime.attacker_of_when).
    The one rule of both (mend30)."""
    for c in children(v):
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "when", "as") or
                                     m.dep_ == "advmod" and m.lower_ == "when" and m.i < c.i for m in children(c)):
            s = child(c, SUBJ)
            if s is not None and s.pos_ in ("NOUN", "PROPN", "PRON") and not _no_doer(s) and (
                    not force or _force_verb(c)):
                return s
    return None


def _force_verb(x) -> bool:
    """x, with its particle or object, is a verb of force in the pattern lexicon (`open` alone is none: `open fire` is
    a phrase)."""
    lex = load()
    prt = next((y.lower_ for y in children(x) if y.dep_ == "prt"), None)
    obj = child(x, ("dobj",))
    pats = [lex.phrases.get(f"{lemma(x)}_{w}") for w in (prt, obj.lower_ if obj is not None else None) if w]
    pats += [lex.verbs.get(lemma(x))] if lemma(x) != "open" else []
    return any(p is not None and p.cameo and plover(p.cameo)[0] == "ASSAULT" for p in pats)


def _no_doer(x) -> bool:
    """x names no doer of its own: a pronoun (`when he opened the door`), a thing a pronoun owns (`when their bus
    struck a landmine`), `this` or `that`, a vehicle of traffic (crime_words `road`), a thing that cannot act
    (event_senses `inert`) or a natural hazard."""
    own = personal_pronouns() | pronouns("possessive")
    return x.lower_ in personal_pronouns() or x.lower_ in ("this", "that") or any(
        y.dep_ == "poss" and (y.pos_ == "PRON" or y.lower_ in own) for y in children(x)) or (
        lemma(x) in _no_doers() or x.lower_ in _no_doers())


@functools.lru_cache(maxsize=1)
def _no_doers() -> frozenset:
    """Vehicles of traffic (crime_words `road`), things that cannot act (event_senses `inert`), natural hazards."""
    return frozenset(classes("crime_words.tsv").get("road", ())) | frozenset(
        classes("event_senses.tsv").get("inert", ())) | hazards()


def _subject_taken_for_object(v):
    """A finite conjunct verb whose subject the parse joined to the noun before it (`Iran fulfilled the terms of the
    agreement and the United States lifted sanctions`: `the United States` a conjunct of `agreement`): the name just
    before the verb, after `and`, is its subject (ev24j). Only a name of an actor, next to the verb, in another
    clause's object; None otherwise (`met the president and the prime minister` is no clause)."""
    if v.tag_ not in ("VBD", "VBZ") or v.i == 0:
        return None
    x = v.doc[v.i - 1]
    if x.dep_ != "conj" or x.pos_ != "PROPN" or x.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON") or \
            x.head.i >= x.i or x.head.pos_ not in ("NOUN", "PROPN") or x.head.dep_ not in ("pobj", "dobj") or \
            not any(c.dep_ == "cc" and c.lower_ == "and" for c in children(x.head)):
        return None
    up = x.head
    while up.dep_ not in ("ROOT",) and up.pos_ not in ("VERB", "AUX") and up.i != up.head.i:
        up = up.head
    return x if up.pos_ in ("VERB", "AUX") and up.i < x.i and up.i != v.i else None


def split_off_subject(x) -> bool:
    """x is a name `_subject_taken_for_object` gives to the verb just after it: the nouns the parse joined it to belong
    to the earlier clause, not to x's (`attacked the city of Aleppo and Turkey condemned the strike`; rev24b)."""
    v = x.doc[x.i + 1] if x.i + 1 < len(x.doc) else None
    s = _subject_taken_for_object(v) if v is not None and v.dep_ == "conj" else None
    return s is not None and s.i == x.i


def speaker_of_clause(tok, depth: int = 0):
    """The subject of the reporting verb that governs tok's clause ('Lavrov said both sides were to blame')."""
    report = load().cues.get("report", frozenset())
    t = tok
    while t.dep_ != "ROOT" and depth < 8:
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in report:
            s = child(t.head, SUBJ)
            if s is None and t.head.dep_ == "pcomp" and t.head.head.lower_ == "as":
                s = subject_of(t.head)    # `an official was quoted as saying that ...`: the one quoted
            if s is not None:
                return s                  # `reason to believe X is ...`, said by someone: go on up to them
        t = t.head
        depth += 1
    if t.dep_ == "ROOT":
        for c in children(t):
            if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in report and c.i > tok.i:
                return child(c, SUBJ)
    return None


def slot(tok, name: str, passive: bool):
    """The head of the argument in slot `name` of tok (dobj, dative, x, poss or a preposition)."""
    if name == "dobj":
        if passive:
            if tok.dep_ == "acl" and child(tok, PASS_SUBJ) is None:
                return tok.head
            if tok.dep_ == "conj" and child(tok, PASS_SUBJ | SUBJ) is None:
                # `was booed and (was) denounced by X`, `was jeered (parsed an adjective) and was denounced`
                if tok.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children(tok.head)):
                    return child(tok.head, PASS_SUBJ)
                if tok.head.lemma_ == "be" and tok.head.i < tok.i:
                    return child(tok.head, ("nsubj",))
                if _passive_after_active(tok):
                    return child(tok.head, ("nsubj",))   # `fled the scene but was arrested`: the one who fled
            return child(tok, PASS_SUBJ)
        return child(tok, ("dobj",)) if tok.pos_ in ("VERB", "AUX") else None
    if name == "dative":
        d = child(tok, ("dative",))
        if d is not None and d.pos_ == "ADP":
            return child(d, ("pobj",))
        return d
    if name == "x":
        x = child(tok, ("xcomp",))
        if x is None:
            return None
        for n in ("dative", "dobj", "to", "with", "on", "against", "from", "for", "in"):
            o = slot(x, n, is_passive(x))  # (the one given to before what is given: `refused to give me a pass`)
            if o is not None and o.ent_type_ not in ("DATE", "TIME"):
                return o
        cc = child(x, ("ccomp",)) if lemma(x) in load().cues.get("letting", ()) and not is_passive(x) else None
        o = child(cc, ("nsubj",)) if cc is not None else None   # `agreed to allow Pell to use the list`, `refused
        # to help him do it`: the one let or helped (not `vowed to make Ruritania pay`, `refuse to let fear win`)
        return o if o is not None and o.lower_ not in ("it", "this", "that", "there", "what", "which") and (
            names_actor(o) or actor_like(o)) else None
    if name == "c":
        cc = child(tok, ("ccomp",))
        if cc is None and tok.pos_ == "NOUN":
            # `his demand that the government release them`: the clause of a request noun
            cc = next((x for x in children(tok) if x.dep_ in ("acl", "ccomp") and x.pos_ in ("VERB", "AUX") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in children(x))), None)
        o = child(cc, SUBJ) if cc is not None else None
        if cc is not None and is_passive(cc):
            o = prep_object(cc, "by")     # `alleged the attacks were plotted by X`: the doer
        return o if o is not None and o.lower_ not in personal_pronouns() else None
    if name == "poss":
        return child(tok, ("poss",))
    o = prep_object(tok, name)
    if o is None and tok.pos_ in ("VERB", "AUX"):
        # `pushed back against X`, `backed out of X`: the preposition hangs from the phrase's particle
        part = next((x for x in children(tok) if x.dep_ in ("prt", "advmod", "prep") and x.i == tok.i + 1
                     and x.lower_ in load().cues["particle"]), None)
        o = prep_object(part, name) if part is not None else None
    if o is None and name == "for":
        # `calling for Trump to be banned`: the subject of the clause `for` opens
        cl = next((x for x in children(tok) if x.dep_ in ("advcl", "ccomp") and opened_by_for(x)), None)
        o = child(cl, SUBJ | PASS_SUBJ) if cl is not None else None
    return o


def fallback_target(tok, taken, places: bool = True):
    """Any object of tok not used already: a direct object, then a prepositional object (a place only when
    `places`: 'deployed troops in Mali' names a target, 'met in Moscow' does not)."""
    for c in children(tok):
        if c.dep_ in ("dobj", "dative") and c.i not in taken:
            return child(c, ("pobj",)) if c.pos_ == "ADP" else c
    for c in children(tok):
        if c.dep_ in ("prep",) and c.lower_ not in load().cues["skipprep"]:
            o = child(c, ("pobj",))
            if o is not None and o.i not in taken and o.ent_type_ not in ("DATE", "TIME") and (
                    places or c.lower_ not in ("in", "at", "near", "inside") or o.ent_type_ not in ("GPE", "LOC", "FAC")
            ) and not _said_in(c, o):
                return o
    for c in children(tok):
        if c.dep_ in ("ccomp", "xcomp"):
            o = child(c, SUBJ)
            if o is not None and o.i not in taken and o.lower_ not in personal_pronouns():
                return o
    return None


SAID_PREPS = frozenset({"in", "at", "on", "through", "via"})


def _said_in(prep, o) -> bool:
    """`o`, the object of `prep`, is what something was said in (event_cues `saidin`: `expressed frustration in an
    interview that X ...`, `shot back in an article`): how it was said, no target (ev35b). A name is never one."""
    return prep.lower_ in SAID_PREPS and o.pos_ == "NOUN" and not o.ent_type_ and \
        lemma(o) in load().cues.get("saidin", ())


ACTOR_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def names_actor(x) -> bool:
    """The head word itself names an actor: an entity of an actor type, a proper noun, a pronoun or a noun of the
    actor lexicon (not `chances in November`: a name inside the phrase is not enough, as in `actor_like`)."""
    return x.ent_type_ in ACTOR_ENTS or x.pos_ in ("PROPN", "PRON") or actor_noun(x)


def actor_like(x) -> bool:
    """A noun phrase that names an actor: a named entity or a proper noun in it
    (not 'the move', 'their weapons', 'information')."""
    a, b = np_bounds(x)
    return any(y.ent_type_ in ACTOR_ENTS or y.pos_ == "PROPN" for y in tokens(x.doc)[a:b + 1])


def actor_target(t, noun, found, taken, places: bool = True):
    """When the targets found name no actor, the nearest one that does: the object of the verb a purpose clause
    serves ('summoned the Chinese ambassador to complain'), a prepositional object of the trigger or of the act it
    governs ('agreed to allow the WFP to deliver'), or the one a target is aimed at ('a loan guarantee to Ukraine')."""
    def ok(x):
        return x is not None and x.i not in taken and actor_like(x) and x.ent_type_ not in ("DATE", "TIME")
    preps = load().cues["actorprep"]

    def objects(v):
        for c in children(v):
            if c.dep_ in ("dobj", "dative"):
                yield child(c, ("pobj",)) if c.pos_ == "ADP" else c
        for c in children(v):
            if c.dep_ in ("prep", "dative") and c.lower_ in preps and (places or c.lower_ not in ("in", "at")):
                yield child(c, ("pobj",))

    if t.pos_ in ("VERB", "AUX") and t.dep_ in ("advcl", "xcomp") and t.head.pos_ in ("VERB", "AUX") and \
            any(x.dep_ == "aux" and x.lower_ == "to" for x in children(t)) and \
            t.head.lemma_.lower() not in load().cues.get("intent", ()):
        for x in objects(t.head):
            if ok(x):
                return x
    owners = [t] + ([noun] if noun is not None and noun is not t else [])
    if noun is not None and noun is t and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        owners.append(noun.head)                  # 'granted asylum to X': the verb the event noun is object of
    if noun is not None:
        owners += [x for x in [prep_object(noun, "of")] if x is not None]   # 'deployment of troops to Liberia'
    if noun is not None and noun is t:
        # 'peacekeeping troops arrive in Monrovia', 'peacekeepers destined for Karabakh': the phrase the event noun
        # belongs to, what it is subject of, and the participle that describes it
        n = noun.head if noun.dep_ in ("compound", "amod") and noun.head.pos_ in ("NOUN", "PROPN") else noun
        if n is not noun:
            owners.append(n)
        if n is not noun and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.dep_ == "prep" and \
                n.head.head.pos_ == "NOUN":
            n = n.head.head               # 'the first contingents of peacekeeping troops arrive in X': the part
            owners.append(n)              # the phrase is of
        owners += [c for c in children(n) if c.dep_ == "acl"]
        if n.dep_ in SUBJ | PASS_SUBJ and n.head.pos_ in ("VERB", "AUX"):
            owners.append(n.head)
    if t.pos_ in ("VERB", "AUX"):
        # the act it governs and the purpose it serves: 'agreed to allow X', 'gave euros to assist Ethiopia'
        for x1 in [c for c in children(t) if c.dep_ in ("xcomp", "advcl") and (is_purpose(c) or c.tag_ == "VBG")]:
            owners.append(x1)
            owners += [c for c in children(x1) if c.dep_ in ("xcomp", "advcl") and is_purpose(c)]
    owners += list(found)
    later = []
    for o in owners:
        for x in objects(o):
            if o is not t and o.tag_ == "VBG" and o.dep_ == "advcl" and x is not None and x.head.lower_ == "with":
                continue                  # (`Acting with Somali intelligence, border guards detained him`: the doer's
                # partner, not whom the act is aimed at; dyad45)
            if ok(x):
                return x
            if x is not None and x.pos_ in ("NOUN", "PROPN"):
                later.append(x)
    for o in later:                                # 'to help people in Somalia'
        for x in objects(o):
            if ok(x):
                return x
    return None


def is_purpose(v) -> bool:
    """An infinitive clause ('to assist Ethiopia', 'agreed to allow')."""
    return v.pos_ in ("VERB", "AUX") and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(v))


def noun_key(n) -> list[str]:
    """Lexicon keys of an event noun: compound + lemma ('air_strike'), 'state_of_siege', then the lemma."""
    lem = n.lemma_.lower()
    keys = []
    for c in children(n):
        if c.dep_ in ("compound", "amod") and c.i < n.i:
            keys.append(f"{c.lemma_.lower()}_{lem}")
        if c.dep_ == "prep" and c.lower_ == "of":
            o = child(c, ("pobj",))
            if o is not None:
                keys.append(f"{lem}_of_{o.lemma_.lower()}")
    keys.append(lem)
    if n.lower_ != lem:
        keys.append(n.lower_)
    return keys


def _verbs_read(doc) -> list[int]:
    """The indices of the doc's verbs `find` reads (a lemma `verb_heads` holds, or a joined one), read off the columns
    once per doc without a Token (tests/extractors/test_event_speed.py checks they are the ones its test passes)."""
    pos, lems, verbs, wanted = column(doc, "POS"), lowered(doc), verb_heads(), ids_of("VERB", "AUX")
    return [i for i in indices(doc, POS=wanted) if lems[i] in verbs or "_" in lems[i]]   # (verbs off the POS array)


def _nouns_read(doc) -> list[int]:
    """The indices of the doc's nouns `find` reads (a lemma or form `noun_heads` holds), as `_verbs_read`."""
    pos, lems, lows, heads, wanted = column(doc, "POS"), lowered(doc), lowered(doc, "LOWER"), noun_heads(), \
        ids_of("NOUN", "PROPN")
    return [i for i in indices(doc, POS=wanted) if lems[i] in heads or lows[i] in heads]   # (as `_verbs_read`)


def opening(doc) -> list[int]:
    """The indices of the doc's words `find` starts from (`_verbs_read`, `_nouns_read`, the same lists its `picked`
    reads): a sentence holding none of them has no trigger (speed37a)."""
    return sorted(_columns.opening(doc, "trigger_verbs", _verbs_read) + _columns.opening(doc, "trigger_nouns",
                                                                                           _nouns_read))


def need_opening(doc) -> list[int]:
    """The indices of the doc's words `need_request`'s first loop starts from (`_reported_clauses`); its second reads
    only a sentence with quoted words of a known speaker (speed37a)."""
    return _columns.opening(doc, "events.reported_ccomp", _reported_clauses)


def find(sent, skipped) -> list[Candidate]:
    """Every trigger of the lexicon in a sentence (its tokens), light verbs folded with their event nouns."""
    lex = load()
    out: list[Candidate] = []
    consumed: set[int] = set()
    verbs = verb_heads()                  # (a verb no key can be made from is passed at once)
    particles = load().cues["advparticle"]
    for t in picked(sent, "trigger_verbs", _verbs_read):   # (the verbs that pass the test below: `_verbs_read`)
        lem = t.lemma_.lower()
        if lem not in verbs and "_" not in lem or skipped(t):
            continue
        keys = []
        made_from = {}                    # key -> the object noun it was made from (`cross_sword` -> swords)
        col = _columns.cols(t.doc)        # (each child's strings off the doc's columns: none made anew at each test)
        for c in children(t):
            ci = c.i
            dep, low = col.dep_[ci], col.lower[ci]
            if dep == "prt" or (dep == "advmod" and low in particles and ci == t.i + 1):
                keys.append(f"{lem}_{low}")   # `stepped down` (parsed advmod), `walked back`, `brushed aside`
            elif dep in ("prep", "agent"):
                o = child(c, ("pobj",))
                if o is not None and o.ent_type_ in ("DATE", "TIME"):
                    continue
                keys.append(f"{lem}_{low}")
                if o is not None:
                    keys.append(f"{lem}_{col.lemma[o.i]}")
                    made_from.setdefault(keys[-1], o)
            elif dep in ("dobj", "oprd", "acomp") or (dep == "attr" and lem == "become"):
                keys.append(f"{lem}_{col.lemma[ci]}")       # `became members of NATO`
                made_from.setdefault(keys[-1], c)
                if dep == "dobj":
                    keys += [f"{lem}_{col.lower[a.i]}" for a in children(c) if a.i == t.i + 1 and col.dep_[a.i] == "amod"
                             and col.pos_[a.i] == "ADJ"]   # `let free the prisoners`: the verb's complement adjective
                    # parsed as a modifier of the object it comes before
            elif dep in ("ccomp", "xcomp") and col.pos_[ci] == "ADJ" or dep == "advcl" and col.pos_[ci] == "ADJ" and \
                    child(t, ("dobj",)) is not None and ci > t.i:
                keys.append(f"{lem}_{col.lemma[ci]}")   # (`set the hostages free`: the adjective after the object
                # parsed as an adverbial clause)
            elif dep == "advmod" and col.pos_[ci] == "ADJ" and ci == t.i + 1:
                keys.append(f"{lem}_{low}")   # `crying foul` (the adjective parsed as an adverb)
            elif dep in ("advcl", "ccomp") and opened_by_for(c):
                keys.append(f"{lem}_for")          # `calling for Trump to be banned`: `for` opens the clause
        if lem == "call" and _naming_call(t) and not _called_off_conflict(t):
            keys = [k for k in keys if not k.startswith("call_") or _called_into(t, k)]
        cand = stop_event(t, lem, keys, consumed) or state_left(t, lem)
        for k in keys if cand is None else ():
            if k in lex.phrases and _has_needed(t, made_from.get(k), lex.phrases[k]):
                last = max([c.i for c in children(t) if c.dep_ in ("prt",)] + [t.i])
                cand = Candidate(t, None, lex.phrases[k], t.i, last, False, phrase_noun=made_from.get(k))
                break
        dealt = lem in lex.cues["dealtwith"] and is_passive(t)     # `was slapped with sanctions by the EU` (ev30a)
        if cand is None and (lem in lex.light or any(k in lex.light for k in keys) or dealt) and \
                not _event_as_subject(t, lex):
            objs = [c for c in children(t) if c.dep_ in ("dobj", "attr")]
            if dealt:                     # (the measure dealt is the `with` object; the one it falls on the subject)
                objs += [o for o in [prep_object(t, "with")] if o is not None]
            if not objs:                  # `went on strike`; not `launched the revolution ... in a rally`
                objs += [o for c in children(t) if c.dep_ == "prep" and c.lower_ in ("on", "in", "into")
                         for o in children(c) if o.dep_ == "pobj"]
            objs += contents(objs)
            objs += [x for n in objs for x in children(n) if x.dep_ == "conj"]
            named = []                    # (event nouns a pronoun object stands for: the verb alone is the trigger)
            if cand is None and any(k in lex.light for k in keys if "_" in k):
                named = [a for o in objs if o.lower_ in ("it", "them") for a in [_event_before(o, lex)] if a is not None]
                objs += named
            for n in objs:
                pat = next((lex.nouns[k] for k in noun_key(n) if k in lex.nouns), None)
                if pat is not None and n in named and cand is None:
                    last = max([c.i for c in children(t) if c.dep_ == "prt"] + [t.i])
                    cand = Candidate(t, n, pat, t.i, last, False)
                elif pat is not None and n.i not in consumed:
                    consumed.add(n.i)
                    if cand is None:
                        cand = Candidate(t, n, pat, min(t.i, n.i), max(t.i, n.i), False)
                    else:
                        out.append(Candidate(t, n, pat, min(t.i, n.i), max(t.i, n.i), False))
        if cand is None and lem == "call":
            o = child(t, ("dobj",))
            if o is not None and child(t, ("oprd", "xcomp")) is None and child(o, ("appos",)) is None and (
                    o.ent_type_ == "PERSON" or o.lemma_.lower() in lex.cues.get("phone", ())
                    or (o.pos_ == "PROPN" and _marked_person(o))) and not any(
                    x.is_quote for x in o.subtree):   # not `called X "Y"`, nor `called Merkel "The Chancellor of
                # the Free World"` (the name in quotes parsed as the object, the person its modifier)
                cand = Candidate(t, None, PHONE, t.i, t.i, False)
            elif o is None and _called_by_name(t):
                cand = Candidate(t, None, PHONE, t.i, t.i, False)
        if cand is None and lem in lex.verbs and _has_needed(t, None, lex.verbs[lem]):
            cand = Candidate(t, None, lex.verbs[lem], t.i, t.i, False)
        if cand is not None:
            out.append(cand)
    heads = noun_heads()                  # (a noun no key can be made from is passed at once)
    for t in picked(sent, "trigger_nouns", _nouns_read):   # (the nouns that pass the test below: `_nouns_read`)
        if t.i in consumed or skipped(t) or t.lemma_.lower() not in heads and t.lower_ not in heads:
            continue
        pat = next((lex.nouns[k] for k in noun_key(t) if k in lex.nouns), None)
        if pat is None or t.ent_type_:
            continue
        if t.tag_ == "NNP" and any(x.dep_ == "appos" for x in children(t)):
            continue                      # `Ban, a diplomat from South Korea`: a name with its description
        need = [n[1:] for n in pat.targets if n.startswith("!")]
        if need and not any(prep_object(t, n) is not None or _received_with(t, n) for n in need):
            continue
        first = min([c.i for c in children(t) if c.dep_ == "compound" and c.i < t.i] + [t.i])
        out.append(Candidate(t, t, pat, first, t.i, True))
    return out


def _event_before(pron, lex):
    """The event noun a pronoun object of a phrasal light verb stands for (`did not authorise the strike, but the air
    force carried it out`): the nearest event noun of the sentence before it, of the same number (ev28)."""
    plural = pron.lower_ == "them"
    for x in reversed(list(pron.doc[pron.sent.start:pron.i])):
        if x.pos_ == "NOUN" and (x.tag_ == "NNS") == plural and any(k in lex.nouns for k in noun_key(x)):
            return x
    return None


def _has_needed(t, noun, pat) -> bool:
    """A phrase or verb whose row marks a preposition needed (`!with`: `in open conflict with X`, not `was in a
    conflict`; `sparred with X`, not `had sparred over issues`) is an event only when the verb or the noun the key
    was made from has it."""
    need = [n[1:] for n in pat.targets if n.startswith("!")]
    return not need or any(prep_object(o, n) is not None for n in need for o in (t, noun) if o is not None)


def _received_with(n, word: str) -> bool:
    """`drew boos from the crowd` parsed with `from` on the verb: the preposition a noun needs, on the verb of
    getting (event_cues `receive`) whose object it is."""
    return n.dep_ == "dobj" and getting(n.head) and prep_object(n.head, word) is not None


def getting(v) -> bool:
    """A verb of getting (event_cues `receive`): its lemma (`won`, `has`), or its lemma with its particle where only
    the two get (`picked up the nods of X`, `scooped up endorsements`; ev39)."""
    cues = load().cues.get("receive", ())
    return v.lemma_.lower() in cues or any(x.dep_ == "prt" for x in children(v)) and _with_particle(v) in cues


def _marked_person(o) -> bool:
    """A name the actors stage knows as a person's (marked on the doc by the events stage: `called Haugland`)."""
    people = o.doc.user_data.get("dateline.people")
    return people is not None and people.first_holding(o.idx) is not None


def _called_by_name(t) -> bool:
    """`Mr. Obama called Naghmeh Abedini`: a person's full name the parse took for an object complement, with
    nothing else said of it, is whom the call went to (`called her "the first lady"` names her)."""
    named = child(t, ("oprd",))
    return named is not None and named.pos_ == "PROPN" and (named.ent_type_ == "PERSON" or _marked_person(named)) \
        and any(x.dep_ == "compound" and x.pos_ == "PROPN" for x in children(named)) and not any(
            x.is_quote for x in tokens(t.doc)[t.i:named.i + 1]) and not any(x.dep_ in ("dobj", "dative") for x in children(t))


def opened_by_for(clause) -> bool:
    """A clause that `for` opens (`for Trump to be banned`): its act is asked for, its subject whom it is about."""
    return any(m.dep_ == "mark" and m.lower_ == "for" for m in children(clause))


def _naming_call(t) -> bool:
    """`has been called "the Ward of the North" for his remarks`, `call a debate on whether ...`: a call that
    names something (an object complement) or convenes something (a thing as object) asks for nothing, whatever
    preposition follows."""
    named = child(t, ("oprd",))
    if named is not None and named.ent_type_ not in ("DATE", "TIME"):
        return True                       # not `called Friday for ...` (a date the parse took as the name)
    o = child(t, ("dobj",))
    return o is not None and o.pos_ == "NOUN" and not actor_like(o) and not actor_noun(o) and o.ent_type_ == ""


def _called_into(t, key: str) -> bool:
    """`called into question her record`: a call into a state (the key made from its `into` object) names nothing,
    whatever its object is."""
    into = prep_object(t, "into")
    return into is not None and key == f"call_{into.lemma_.lower()}"


def _called_off_conflict(t) -> bool:
    """`called off the strike`, `called off its attacks`: a conflict cancelled, a stop event, no naming call (a deal
    called off stays a negated agreement)."""
    if not any(c.dep_ == "prt" and c.lower_ == "off" for c in children(t)):
        return False
    nouns = load().nouns
    pats = [next((nouns[k] for k in noun_key(o) if k in nouns), None) for o in children(t) if o.dep_ == "dobj"]
    return any(p is not None and plover(p.cameo)[1] in (3, 4) for p in pats)


def contents(objs) -> list:
    """What container nouns among objs hold: `a round of talks` -> talks (event_cues.tsv `container`)."""
    containers = load().cues["container"]
    return [o for n in objs if n.lemma_.lower() in containers for o in [prep_object(n, "of")] if o is not None]


def stop_event(t, lem, keys, consumed) -> Optional[Candidate]:
    """'ended mediation', 'halted aid', 'lifted the ban', 'withdrew peacekeepers': a verb that stops what its
    object names reduces relations (SANCTION) when that was cooperation, and concedes when it was conflict."""
    lex = load()
    cues = lex.cues
    if lem not in cues.get("stop", ()) and not any(k in cues.get("stop", ()) or k in cues.get("quell", ()) for k in keys) \
            and lem not in cues["withdrawing"]:
        return None
    objs = [c for c in children(t) if c.dep_ == "dobj"]
    objs += [o for c in children(t) if c.dep_ == "prep" and c.lower_ == "of" for o in children(c) if o.dep_ == "pobj"]
    objs += contents(objs)
    if lem in cues.get("quell", ()) or any(k in cues.get("quell", ()) for k in keys):
        for n in objs:                    # `police broke up the protest`, `to break up a bar brawl`: force ending a
            pat = next((lex.nouns[k] for k in noun_key(n) if k in lex.nouns), None)   # fray from outside (ev32a)
            if n.lemma_.lower() in cues.get("fray", ()) or pat is not None and plover(pat.cameo)[0] in (
                    "PROTEST", "ASSAULT"):
                consumed.add(n.i)
                return Candidate(t, n, Pattern("stop", "quell", "175", "repress", ("involving",)),
                                 min(t.i, n.i), max(t.i, n.i), False)
    for n in objs:
        if n.lemma_.lower() in cues.get("envoy", ()):
            consumed.add(n.i)
            cameo = "161" if lem == "recall" or n.lemma_.lower() in cues["diplomat"] else "166"
            key = f"{lem}_envoy" if cameo == "161" else lem     # (ev30a: a recalled envoy is a trigger of its own,
            # as ties cut below)
            return Candidate(t, n, Pattern("stop", key, cameo, None, ("from", "to", "in")), min(t.i, n.i),
                             max(t.i, n.i), False)
        if lem in cues["withdrawing"]:
            continue
        pat = next((lex.nouns[k] for k in noun_key(n) if k in lex.nouns), None)
        if pat is None:
            continue
        etype, quad = plover(pat.cameo)
        if _held_through(t, lem, n, etype, cues):
            consumed.add(n.i)             # `cut a deal with the unions`, `ended their summit in Doha`: the deal made
            return Candidate(t, n, pat, min(t.i, n.i), max(t.i, n.i), False)  # and the meeting held, as a light
            # verb tells them (the noun's own AGREE or CONSULT), no ties cut (ev48)
        if etype == "REQUEST" or etype == "SANCTION" and lem not in cues["unsanction"] and not any(
                k in cues["unsanction"] for k in keys):   # (`rolled back sanctions`: a phrase key)
            continue
        if quad in (1, 2):
            cameo = {"CONSULT": "164", "AID": "162"}.get(etype, "161")
            if pat.cameo.startswith("045"):
                cameo = "165"
        elif etype == "ASSAULT":
            cameo = "0871"
        else:
            cameo = "081"
        consumed.add(n.i)
        # ties of diplomacy cut (`cut diplomatic ties`, `broke off relations`) and an envoy recalled are keyed apart
        # from the verb alone (`cut`, `recall`: mostly no sanction), so the confidence reads them as triggers of
        # their own (ev30a; EVENT_GUIDE: breaking relations, recalling ambassadors are SANCTION)
        key = f"{lem}_ties" if pat.cameo.startswith("054") and cameo == "161" else lem
        return Candidate(t, n, Pattern("stop", key, cameo, None, pat.targets), min(t.i, n.i), max(t.i, n.i), False)
    return None


def _held_through(t, lem, n, etype, cues) -> bool:
    """A stop verb that makes or completes what its object names rather than cutting it off: a deal `cut` (event_cues
    `dealmake`) is made; a meeting that ends of itself (`sitting`: a summit, a visit, a session) that its holders
    `end` (`ended their summit`, `ended his visit to Japan`; its own, a possessive before it) was held to its end.
    `ended peace talks with`, `cut aid`, `cancelled his visit` stay (ev48); so does a deal cut `short`, `off` or
    `back` (an end put to it; review48b)."""
    if etype == "AGREE":
        return lem in cues["dealmake"] and not any(x.lower_ in ("short", "off", "back") for x in children(t))
    return etype == "CONSULT" and lem == "end" and n.lemma_.lower() in cues["sitting"] and any(
        x.dep_ == "poss" and x.pos_ == "PRON" for x in children(n))


def state_left(t, lem) -> Optional[Candidate]:
    """`The U.S. left Afghanistan`, `the French army left Mali`, `Britain quit the European Union`: a state or its armed
    forces leaving a country, or a state leaving a body of states, withdraws (RETREAT; EVENT_GUIDE: withdrawing). Not
    `left the room`, `quit his job`, `Syrians left Syria`, `Google left China` (event_cues `leaving`; ev30a)."""
    if lem not in load().cues["leaving"]:
        return None
    subj, objs = child(t, ("nsubj",)), [x for x in children(t) if x.dep_ == "dobj"]
    if subj is None or not objs:
        return None
    state = _country(subj)
    forces = subj.pos_ == "NOUN" and warlike(subj) and lemma(subj) not in ("police", "policeman")
    if not (state or forces) or not any(_country(x) or state and x.ent_type_ == "ORG" for x in objs):
        return None
    if _left_in_a_state(t, objs):
        return None                       # `Russia left Ukraine without gas`, `left Mali vulnerable`: a state caused
        # (rev30b)
    return Candidate(t, None, Pattern("verb", lem, "0874", None, ("dobj", "from")), t.i, t.i, False)


def _left_in_a_state(t, objs) -> bool:
    """`leave` said of what the one left is left as, not of a going (`Russia left Ukraine without gas`, `left Mali
    vulnerable`, `left Greece to fend for itself`, `left the WHO waiting`, `left Taiwan out of the deal`): a complement
    of the verb or of its object, or a preposition of a state (event_cues `leftstate`: without, with, out, in ...)
    whose object is no date (`left Iraq in 2011` stays a withdrawal; rev30b)."""
    if any(x.dep_ in ("xcomp", "oprd", "acomp", "ccomp", "advcl", "dative") for x in children(t)) or any(
            y.dep_ in ("amod", "acl", "advmod") and y.i > o.i for o in objs for y in children(o)):
        return True
    return any(x.dep_ in ("prep", "prt", "advmod") and x.lower_ in load().cues.get("leftstate", ()) and not any(
        y.ent_type_ in ("DATE", "TIME") for z in children(x) for y in z.subtree) for x in children(t))


def _country(x) -> bool:
    """A state by name: tagged GPE, or the name of a country (`Mali`, which the tagger may read as a person)."""
    first = min([y.i for y in children(x) if y.dep_ == "compound" and y.i < x.i] + [x.i])
    return x.ent_type_ == "GPE" or x.doc[first:x.i + 1].text in countries().names


def _depth(t) -> int:
    col, i, d = _columns.cols(t.doc), t.i, 0   # (walked up the HEAD column: no Token made a step)
    dep, head = col.dep_, col.head
    while dep[i] != "ROOT" and d < 30:
        i = head[i]
        d += 1
    return d


def analyse(c: Candidate, quote_speaker) -> None:
    """Fill a candidate's type, arguments, negation and mood from the parse, in this order of steps."""
    c.etype, c.quad = plover(c.pattern.cameo)
    c.cameo, c.mode = c.pattern.cameo, c.pattern.mode
    _special_cases(c)
    c.depth = _depth(c.token)
    c.source = _source(c, quote_speaker)
    patient = _patient_owner(c)
    if not c.target and patient is not None:
        c.target = [patient]
    if not c.target:
        c.target = _target(c)
    if not c.target:
        c.target = _content_target(c)
    if not c.target:
        c.target = _caught_when(c)
    if not c.target:
        c.target = _hit_by_what_it_did(c)
    if not c.target and c.nominal and c.noun is not None and c.quad in (1, 2):
        c.target = [x for x in [_given_to(c.noun)] if x is not None]   # `promised support to Iran` (ev49)
    _received(c)
    _hyphen_bashing(c)
    _undergone(c)
    _deed_aimed_at_object(c)
    _backed_by(c)
    _opposed_to(c)
    _addressee(c)
    _both_sides(c)
    if not c.preset and not any(actor_like(x) for x in c.target):
        _nearby_actor(c)
    _maker_of_measure(c)
    _summoned_counterpart(c)
    failed = _failed(c)
    c.negated = _negated(c) or failed or _purpose_denied(c)
    c.hypothetical, c.intent = _mood(c)
    if c.hypothetical and _pledged(c):
        c.hypothetical = c.intent = False   # `she is going to vote for Kell`: a vote declared is backing told, SUPPORT
        # as it is, no intent to back (AGREE) (ev33b)
    _retype_by_mood(c, failed)
    if not c.preset:
        extra_sources(c, load())


def _special_cases(c: Candidate) -> None:
    """A strike that is a protest, not an attack: a labour or hunger strike, `went on strike`, `strike` without an
    object or a target ('workers will strike'). Sets the type PROTEST, mode strike."""
    cues = load().cues
    t = c.token
    if c.noun is not None and c.noun.lemma_.lower() == "strike" and c.etype == "ASSAULT":
        head = c.noun.head
        if (t is not c.noun and t.lemma_.lower() in cues["strike"]) or head.lower_ == "on" or \
                head.lemma_.lower() in cues["strike"] or any(x.lower_ in cues["strikekind"]
                                                             for x in children(c.noun)):
            c.etype, c.quad, c.cameo, c.mode = "PROTEST", 4, "143", "strike"
    if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() == "strike" and child(t, ("dobj",)) is None \
            and prep_object(t, "at") is None and not _struck_on(t) and not _struck_by_force(t, cues) \
            and not _struck_and_harmed(t):
        c.etype, c.quad, c.cameo, c.mode = "PROTEST", 4, "143", "strike"
    if c.pattern.kind == "phrase" and c.pattern.key == "become_member":
        body = prep_object(child(t, ("attr",)) or t, "of")
        c.target = [body] if body is not None and actor_like(body) else []   # `became members of NATO`
        c.phrase_noun = None              # (only an actor joined: not `a member of the club`)


def _struck_on(t) -> bool:
    """`strike on` a thing (`struck on the village`), not on a day (`Teachers struck on Monday`: a walkout then)."""
    on = prep_object(t, "on")
    return on is not None and on.ent_type_ not in ("DATE", "TIME")


def _struck_and_harmed(t) -> bool:
    """`strike` joined to a verb of harm that has the object (crime_words `roadharm`: `a bus driver struck and killed
    a pedestrian`): one blow to that object, no walkout; the crime checks then tell a road mishap from an attack
    (crime._road_mishap; ev27b)."""
    from .crime import words
    harm = words()["roadharm"]
    return any(x.dep_ == "conj" and x.pos_ == "VERB" and lemma(x) in harm and child(x, ("dobj",)) is not None
               for x in children(t))


def _struck_by_force(t, cues) -> bool:
    """`strike` with no object done by armed force or a war machine (cues `warforce`: `aircraft struck twice in the
    area`, `the troops struck at dawn`): an attack, no walkout (a passive strike is one too: `crime.struck`)."""
    s = child(t, ("nsubj",))
    if s is None and t.dep_ == "conj":
        s = child(t.head, ("nsubj",))     # `tanks fired shells and aircraft struck`: its own subject first
    return s is not None and warlike(s)


def warlike(x) -> bool:
    """A token of an armed force or a war machine (event_cues `warforce`), not a `force` named for a civil kind
    (`civilforce`: `the task force`, `market forces`, `the labour force`, rev26b). The one test of the notion, for
    `strike` with no object (`_struck_by_force`), `came under attack from` (evaluative._under_fire) and the checks'
    war sides and sites (ev27b)."""
    cues = load().cues
    war = cues.get("warforce", ())
    if not hasattr(x, "dep_") or not (lemma(x) in war or x.lower_ in war or (
            x.tag_ in ("NNPS", "NNP") and x.lower_.endswith("s") and x.lower_[:-1] in war)):
        return False                      # (`Rebels attacked the governor's residence`: a capital plural opening a
        # sentence the parse may leave as its own lemma, as senses._in; ev33c)
    return not (lemma(x) == "force" and any(y.dep_ in ("compound", "amod") and lemma(y) in cues.get(
        "civilforce", ()) for y in children(x)))


def _source(c: Candidate, quote_speaker) -> list:
    """The source as a list of at most one np head: the agent of the verb, else what the event noun names as its
    owner; a relative pronoun stands for its antecedent, a pronoun for whom it points to; last, the subject of the
    main clause. Some forms set the target or `extra_source` on the way ('X is to blame', 'between A and B')."""
    t = c.token
    src = None
    if t.pos_ in ("VERB", "AUX"):
        if t.lemma_.lower() == "blame" and t.dep_ == "xcomp" and t.head.lemma_.lower() == "be":
            # "X is to blame": the one who says so blames X
            c.target = [x for x in [child(t.head, SUBJ)] if x is not None]
            src = speaker_of_clause(t.head)
            if src is None and quote_speaker is not None:
                c.extra_source = quote_speaker
        else:
            src = subject_of(t)
            if src is not None and src.i < t.i and src.dep_ == "ROOT":
                c.solo.add(src.i)         # (a name the verb was joined to by the parse: its phrase is the name)
            if src is None:
                src = stranded_subject(t)
                if src is not None:
                    c.solo.add(src.i)     # (its phrase in the parse is not the subject's)
            if src is None and c.etype in ("ASSAULT", "COERCE") and _gerund_read_as_verb(t):
                src = _gerund_doer(t)
                if src is not None:
                    c.solo.add(src.i)
    if c.nominal or (c.noun is not None and src is None):
        src = _noun_source(c)
    if src is not None and src.lower_ in ("who", "which", "that") and (src.head.dep_ == "relcl" or (
            src.head.dep_ == "conj" and src.head.head.dep_ == "relcl")):
        # "leaders who pledged ..." -> the leaders; "an organization that endorsed X and that is working ..."
        src = antecedent(src) if src.head.dep_ == "relcl" else src.head.head.head
    if src is not None and c.noun is not None and src.i == c.noun.i:
        src = None
    if src is not None and src.pos_ == "NOUN" and lemma(src) in load().cues.get("writing", ()):
        src = _author(src) or src
    joined = []
    if src is not None and src.lower_ in pronouns():
        said = src
        src = _pronoun_source(c, src, quote_speaker)
        if src is not None and src.i != said.i:
            joined = _pronouns_partners(said, src)
            if joined:
                c.partnered.add(said.i)
    if src is None and c.extra_source is None and not (c.nominal and c.quad == 4) and not (
            c.nominal and _matter_of(c.token)):
        src = _main_clause_subject(c)
    if src is None and not c.nominal:
        src = court_of(t)                 # `was convicted in federal court`: the court (a step of the law, ev32a)
    if src is None:
        return []
    # `The family, marchers and church leaders have been demanding`: a list the parse split into subjects
    return [src] + [x for x in children(src.head) if x.dep_ == src.dep_ and x.dep_ in SUBJ and x.i != src.i
                    and x.pos_ in ("NOUN", "PROPN")] + [x for x in joined if x.i != src.i]


def _pronouns_partners(pron, said) -> list:
    """The conjuncts of a subject pronoun read as another word (`Reyes said he and his wife met the governor`,
    `when it and two unions appealed`): the pronoun's phrase held them, its antecedent's does not, so they are
    sources beside it (nouns, names and pronouns other than the one it was read as; ev55b)."""
    if pron.dep_ not in SUBJ:
        return []
    out, todo = [], [pron]
    while todo:
        for x in children(todo.pop()):
            if x.dep_ == "conj" and x.pos_ in ("NOUN", "PROPN", "PRON") and x.i != said.i:
                out.append(x)
                todo.append(x)
    return out


@functools.lru_cache(maxsize=1)
def _court_words() -> tuple[frozenset, frozenset]:
    w = classes("crime_words.tsv")
    return frozenset(w.get("courtstep", ())), frozenset(w.get("courtname", ()))


def court_of(v):
    """The court a step of the law told in the passive with no doer was taken in (crime_words `courtstep`,
    `courtname`): `was convicted in federal court of fraud and was sentenced`, `was fined $150 ... in Platte County
    Court`: the court, as the doer (EVENT_GUIDE: trials and sentences are acts of law). The `in` is read on the verb, on
    the verb it is joined to or on one joined to it; None when no court is named (`was arrested in Court Street`:
    a street; `was arrested in court`: police arrest, not a court step). ev32a."""
    steps, names = _court_words()
    if lemma(v) not in steps or not is_passive(v) and not (v.dep_ == "conj" and is_passive(v.head)):
        return None
    verbs = [v] + [x for x in children(v) if x.dep_ == "conj"] + ([v.head] if v.dep_ == "conj" else [])
    verbs += [y for x in verbs for y in children(x) if y.dep_ == "xcomp"]   # (`ordered to pay $90 in Court`)
    for x in verbs:
        for p in children(x):
            if p.dep_ == "prep" and p.lower_ == "in":
                o = child(p, ("pobj",))
                if o is not None and o.lower_ in names:
                    return o
    return None


FINITE = frozenset({"VBD", "VBZ", "VBP"})


def stranded_subject(v):
    """The subject of a finite verb that the parse left without one, in a main clause only (its root, or a clause a
    verb after it reports): the name just before it, read past adverbs, commas, a parenthesis and an aside between
    commas that opens with a participle or a preposition (`Sen. Lindsey Graham (R-SC) called out X`, `Biden, echoing
    Erdogan, called on X`, `President Obama, on an African tour, paid a visit`; a description stands for the name it
    describes: `Bill Skelly, a longtime RNC operative, vouched for X`); or the subject of a clause before it that the
    parse hung on it (`Ward summed up Roe as awful, denounced her record`). Only a name or an actor's word;
    None otherwise (`Calls for calm grew`, a headline with no subject)."""
    if not (v.tag_ in FINITE or v.tag_ in ("VB", "VBN") and any(x.dep_ == "aux" and x.lower_ != "to" for x in
            v.children)) or is_passive(v) or any(x.dep_ in SUBJ | PASS_SUBJ | {"expl"} for x in v.children):
        return None                       # (a finite clause: `called`, `has called`, `will call`; not `to call`)
    if not (v.dep_ == "ROOT" or v.dep_ in ("ccomp", "parataxis") and v.head.i > v.i and
            lemma(v.head) in load().cues.get("report", ()) or
            v.dep_ == "acl" and v.tag_ == "VBD" and v.sent.root.pos_ not in ("VERB", "AUX")):
        return None                       # (`Biden, echoing Erdogan, called on X`: a past verb the parse hung on a
        # noun in a sentence with no verb for its root)
    left = [x for x in v.children if x.i < v.i]
    earlier = next((x for x in reversed(left) if x.dep_ in ("ccomp", "advcl") and x.tag_ in FINITE and
                    not any(m.dep_ == "mark" or m.tag_ in ("WRB", "WDT") for m in x.children)), None)
    if earlier is not None:             # `X summed up Y, denounced Z`: the parse made the first verb a clause
        s = child(earlier, SUBJ)
        return s if s is not None and s.lower_ not in personal_pronouns() else None
    sent = sentence_of(v.doc, v.i)
    toks = tokens(v.doc)                  # (attribute reads only in the walk: no Token of it is compared or returned)
    k = v.i - 1
    while k >= sent.start:
        x = toks[k]
        if x.is_punct and x.text == ",":
            prev = next((j for j in range(k - 1, sent.start - 1, -1) if toks[j].text == ","), None)
            if prev is None:              # the sentence's opening phrase: from its first word (past marks)
                prev = next((j for j in range(sent.start, k) if not (toks[j].is_punct or toks[j].is_space)),
                            k) - 1
            first = toks[prev + 1] if prev >= k - 12 else None
            if first is not None and first.pos_ == "ADV" and prev + 2 < k:
                first = toks[prev + 2]
            if first is not None and (first.tag_ in ("VBG", "VBN") or first.pos_ in ("ADP", "SCONJ")):
                k = prev - 1              # `, echoing Erdogan,`, `, on an African tour,`: an aside; `In a letter
                continue                  # to X, criticized`, `After meeting X,`: an opening phrase, no subject
            k -= 1
            continue
        if x.text == ")":
            opened = next((j for j in range(k - 1, max(sent.start, k - 10) - 1, -1) if toks[j].text == "("), None)
            if opened is None:
                return None
            k = opened - 1
            continue
        if x.is_punct or x.pos_ in ("ADV", "PART"):
            k -= 1
            continue
        break
    else:
        return None
    x = v.doc[k]
    if x.dep_ == "appos" and not x.ent_type_ and x.head.i < x.i and x.head.pos_ == "PROPN" and \
            x.head.ent_type_ in ACTOR_ENTS:
        x = x.head                        # `Bill Skelly, a longtime operative,`: the name described
    if x.pos_ not in ("NOUN", "PROPN") or x.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC"):
        return None
    if x.ent_type_ in ("PERSON", "ORG", "NORP"):
        return x                          # (a name, wherever the parse hung it: `..., to sue Saudi Arabia,
        # Democratic nominee Hillary Clinton apparently disagrees`)
    if x.dep_ in ("pobj", "conj") or any(a.pos_ in ("VERB", "AUX") and a.i != v.i for a in x.ancestors):
        return None                       # (`most in both states supported X`; `promised to give citizenship to
        # immigrants, opposed X`: another verb's object)
    return x if actor_noun(x) or actor_like(x) else None


def stranded_object(v):
    """The object of an active verb that the parse left without one: the name right after it, hung on another word
    with no role of its own (`dep`, `npadvmod`: `when Biden tried to attack Trump, ...` with `Trump` a `dep` of
    `tried`); None for any other word (`attacked Monday`, `met Trump's aides`)."""
    if any(x.dep_ in ("dobj", "dative", "ccomp", "xcomp") for x in v.children) or v.i + 1 >= len(v.doc):
        return None
    x = v.doc[v.i + 1]
    while x.dep_ == "compound" and x.head.i > x.i and x.head.i <= v.i + 4:
        x = x.head                        # (`attack Donald Trump`: the name's head)
    if x.pos_ != "PROPN" or x.ent_type_ not in ("PERSON", "ORG", "NORP") or x.dep_ not in ("dep", "npadvmod"):
        return None
    return x if any(a.i == v.i for a in x.ancestors) or x.head.i == v.head.i else None


def _author(doc_noun):
    """Who speaks through a piece of writing that is said to act (`a letter from the staff association, which urged
    ...`, `Sanders is releasing a new ad that urges voters ...`, `the senator's statement condemning ...`): its
    owner, its `from`/`by` phrase (or its participle's: `the lawsuit filed by X`), or the subject of the verb that
    puts it out (event_cues `issuing`: not `police found a letter that threatened X`); None when none names
    someone."""
    owner = child(doc_noun, ("poss",))
    if owner is None:
        owner = prep_object(doc_noun, "from") or prep_object(doc_noun, "by")
    if owner is None:                     # `the lawsuit filed by a former aide`, `a letter signed by X`
        owner = next((o for v in children(doc_noun) if v.dep_ == "acl" and v.tag_ == "VBN"
                      for o in [prep_object(v, "by")] if o is not None), None)
    if owner is None:
        owner = _paid_by(doc_noun)
    put = doc_noun                        # `unleashed a series of tweets`, `one of his ads`: the phrase put out
    if put.dep_ == "pobj" and put.head.lower_ == "of" and put.head.head.pos_ == "NOUN":
        put = put.head.head
        if owner is None:
            owner = child(put, ("poss",))
    if owner is None and put.dep_ == "dobj" and put.head.pos_ == "VERB" and \
            lemma(put.head) in load().cues.get("issuing", ()):
        owner = child(put.head, SUBJ)
    if owner is None:
        owner = _speaker_through(put)
    if owner is not None and owner.lower_ in ("who", "that") and owner.head.dep_ == "relcl":
        owner = antecedent(owner)         # (`Hale, who opened the drive with a speech denouncing X`: Hale)
    if owner is None or owner.lower_ in ("it", "its", "this", "that", "which", "what", "who"):
        return None
    return owner if names_actor(owner) or actor_like(owner) else None


def _paid_by(doc_noun):
    """The sponsor a relative clause or an apposition of a piece of writing names with `from` or `by` on a noun or a
    verb of paying (event_cues `sponsoring`): `The spot, which is part of a $2 million buy from the Harlow Fund, ...`,
    `the mailer, paid for by the state party`; the first actor so named, else None. Issue 10, ev36b."""
    for rel in children(doc_noun):
        if rel.dep_ not in ("relcl", "appos", "acl"):
            continue
        for x in rel.subtree:
            if x.dep_ == "pobj" and x.head.lower_ in ("from", "by") and (x.head.head.pos_ == "NOUN" or lemma(
                    x.head.head) in load().cues.get("sponsoring", ())) and (names_actor(x) or actor_like(x)):
                return x                  # (not `published by St. Martin's Press`: the publisher is no author)
    return None


THROUGH = frozenset({"with", "during", "in", "through", "via"})   # a piece of writing one speaks in or with


def _speaker_through(doc_noun):
    """Who speaks in or with a piece of writing a verb's phrase holds (`remarks Kell made during a speech attacking
    X`, `Hale opened the drive with a speech denouncing X`, `the PAC spent $1 million on ads targeting X`: event_cues
    `means` with `on`): the active verb's subject (or the subject it shares); None for a passive verb (`was named in a
    report accusing X`: the one named is no author). Issue 10, ev35b."""
    prep = doc_noun.head
    if doc_noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    v = prep.head
    if v.pos_ == "NOUN" and v.dep_ == "dobj" and prep.lower_ in ("with", "during"):
        v = v.head                        # (the parse may hang it on the object: `started the drive with a speech`)
    if v.pos_ != "VERB" or is_passive(v):
        return None
    if prep.lower_ not in THROUGH and not (prep.lower_ == "on" and lemma(v) in load().cues.get("means", ())):
        return None
    s = subject_of(v)
    return s if s is not None and s.dep_ in SUBJ else None


def shared_subject(v):
    """The subject of a verb, or for a verb joined to an earlier one with no subject of its own, the earlier one's
    (`Halvorsen stirs up crowds and is a liar and a bully`: Halvorsen is the liar; ev27c)."""
    subj = child(v, ("nsubj",))
    if subj is None and v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and v.head.i < v.i:
        subj = child(v.head, ("nsubj",))
    return subj


def antecedent(rel):
    """The noun a relative pronoun stands for: the head of its clause; for `who`, when that head names no
    one (`a rallying point for marchers here, who have taken to the streets`), the nearest noun before it that
    does. A noun said of a subject by `be` stands for that subject (`They are the ones who call doctors
    murderers`, `Trump is a serial liar and xenophobe who has pledged to ban`), also when `be` shares the subject of
    a verb before it or the noun is one of a list set beside the first (`X incites violence and is a liar, rampant
    xenophobe and bully who has pledged`)."""
    noun = rel.head.head
    if rel.lower_ == "who" and rel.i > 0 and rel.doc[rel.i - 1].text == "," and noun.dep_ == "pobj" and \
            noun.head.dep_ == "prep" and noun.head.head.dep_ == "appos" and noun.head.head.head.i < noun.i:
        noun = noun.head.head.head        # `Phil Bryant, a former backer of Ted Cruz, who has since called`: the
        # one the apposition describes, not the noun inside it (`Phil Bryant of Mississippi, a ...`: Bryant)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "PROPN":
            noun = noun.head.head
    said = noun
    while said.dep_ in ("conj", "appos") and said.head.i != said.i:
        said = said.head
    if rel.lower_ == "who" and said.dep_ == "attr" and said.head.lemma_ == "be":
        subj = shared_subject(said.head)    # (`X incites violence and is a liar, xenophobe and bully who has
        # pledged`: `is` shares the subject of the verb before it; ev27c)
        if subj is not None and subj.pos_ in ("PROPN", "PRON", "NOUN") and subj.lower_ not in ("it", "this", "that"):
            return subj
    if rel.lower_ != "who" or actor_like(noun) or actor_noun(noun):
        return noun
    for k in range(rel.i - 1, max(noun.i, rel.i - 6), -1):
        x = rel.doc[k]
        if x.pos_ in ("NOUN", "PROPN") and (actor_like(x) or actor_noun(x)):
            return x
    return noun


def _patient_owner(c: Candidate):
    """The possessor of an event noun that names whom the act was done to (`Kopp's arrest`, `Scott's shooting`;
    lexicon event_cues.tsv `patient`), or None."""
    n = c.noun
    if n is None or n.lemma_.lower() not in load().cues.get("patient", ()):
        return None
    owner = child(n, ("poss",))
    return owner if owner is not None and owner.lower_ not in ("its", "their") and not _a_date(owner) else None


def _received(c: Candidate) -> None:
    """`Canova has the backing of progressive activists`, `won Obama's endorsement`, `drew criticism from X`: the
    subject of a verb of getting (event_cues.tsv `receive`; `stirring` for a verbal act) is the target of the event
    noun it has as object, and the noun's owner (possessor, `of`, `from`, `among`, `by` object) its source."""
    n = c.noun
    cues = load().cues
    held = _counted(n) if n is not None else n   # `faced a barrage of attacks from X` (ev25a)
    if held is not None and held.dep_ == "conj" and held.head.dep_ == "dobj":
        held = held.head                  # `has a solid field operation and support from X` (ev36a)
    if n is None or c.preset or held.dep_ != "dobj" or not (getting(held.head) or (
            c.quad in (1, 3) and held.head.lemma_.lower() in cues.get("stirring", ()))):
        return                            # (`the deal sparked criticism from X`: a reaction to the subject)
    if c.etype in ("CONSULT", "COOPERATE") and (prep_object(n, "with") is not None or prep_object(
            n.head, "with") is not None):
        return                            # `had talks with X`, `got a call with X`: the subject meets X (`had a talk
        # this week with X`: `with` parsed on the verb)
    v = held.head
    receiver = subject_of(v)
    if receiver is None and v.dep_ == "pcomp" and v.head.head.pos_ in ("VERB", "AUX"):
        receiver = subject_of(v.head.head)   # `began the layoffs despite facing criticism from X`: the clause's
        # subject faces it (ev36a)
    if receiver is None or (c.quad == 4 and any(prep_object(n, w) is not None for w in ("on", "against"))):
        return                            # (`faced a string of attacks on police stations from X`: a force's attack
        # aimed where its noun says, not at whoever faced it; rev25c)
    giver = child(n, ("poss",))
    if giver is not None and giver.lower_ in ("its", "their", "his", "her", "my", "our", "your"):
        giver = None
    for word in ("of", "from", "among", "by"):
        if giver is None:
            giver = prep_object(n, word)
    if giver is None:
        giver = prep_object(v, "from")
    if giver is None and n.dep_ == "conj" and held.i == n.head.i:
        giver = prep_object(held, "from")  # (`from` on the first of the joined nouns)
    if giver is None:
        what = prep_object(n, "for") or prep_object(n, "over")
        giver = prep_object(what, "from") if what is not None else None   # `faced criticism for the move from
        # X`: the `from` the parse hung on what it is for (ev36a)
    if giver is None and v.lemma_.lower() not in cues.get("receive", ()) and held.head.lemma_.lower() not in cues.get(
            "stirring", ()):
        return                            # (a verb that gets only with its particle, `pick up another endorsement`,
        # says whom from: ev39)
    c.source = [giver] if giver is not None and giver.i != receiver.i else []
    c.target = [receiver]
    c.target_from_x = False


def _hyphen_bashing(c: Candidate) -> None:
    """A verb's -ing form the parse read as a verb where it names an act (ev37a). Joined by a hyphen to the name
    before it, that name is its target (`Kell-bashing`, `China-bashing`); as the object of a verb of getting (event_cues
    `receive`: `faced Kell-bashing from the Democrats`, `faced bashing from X`), its giver is the `from`/`by` object
    and the one who faced it is the target, never the source (the parse gives the -ing verb the receiver as subject;
    an event noun is read so by `_received`)."""
    t = c.token
    if c.preset or c.noun not in (None, t) or not t.lower_.endswith("ing") or t.i < 2:
        return
    named = next((x for x in children(t) if x.dep_ in ("compound", "nmod", "amod") and x.i == t.i - 2), None)
    if named is not None and not (tokens(t.doc)[t.i - 1].text == "-" and (
            named.pos_ == "PROPN" or actor_like(named) or actor_noun(named))):
        named = None
    if (t.dep_ == "dobj" or t.dep_ == "xcomp" and not any(x.dep_ in ("aux", "dobj") for x in children(t))) and \
            t.head.lemma_.lower() in load().cues.get("receive", ()) and not any(x.dep_ in SUBJ for x in children(t)):
        giver = prep_object(t, "from") or prep_object(t, "by") or prep_object(t.head, "from")
        receiver = named or subject_of(t.head)
        if (giver is not None or named is not None) and receiver is not None:
            c.source = [giver] if giver is not None else []
            c.target = [receiver]
            c.target_from_x = False
            return
    if named is not None and not c.target:
        c.target = [named]                # `engaged in Kell-bashing`, `stepped up their Kell-bashing`


def _undergone(c: Candidate) -> None:
    """A criticism, rebuff or threat named by a noun and borne by someone (ev25d): `came under fire from X`, `amid
    attacks from X`, `responded to criticism from X` (event_cues.tsv `underprep`, the subject of the clause),
    `shrugged off attacks from X`, `dismissed X's criticism` (`undergo`: the subject of the verb the noun is object
    of), `was stung by criticism from X` (the subject of a passive the noun is the doer of), `the criticism the
    network has received` (the subject of a relative clause of getting on the noun): the one who bears it is the
    target, and the noun's owner (possessor, `from`, `by`, `of` object), when there is one, the source; never the
    bearer itself. An attack borne likewise (`came under attack from rebels`). Not one with `_received` (mend26): that
    one runs first on every kind of act got as a verb's object (`won Obama's endorsement`, through a count: `faced a
    barrage of attacks`, `_counted`) and keeps a target that is a thing; this one only on hostile acts borne or
    answered (verbs and prepositions of `undergo`/`underprep`, a passive's doer, a relative clause), with a bearer
    that names an actor, and only where no target names one yet."""
    n = c.noun
    if n is None or c.preset or not c.nominal or not (c.quad == 3 or c.etype == "ASSAULT") or c.target and any(
            actor_like(x) for x in c.target):
        return
    cues = load().cues
    bearer = None
    if n.dep_ == "dobj" and n.head.pos_ in ("VERB", "AUX") and (n.head.lemma_.lower() in cues.get("undergo", ()) or
                                                                 _with_particle(n.head) in cues.get("undergo", ())):
        bearer = subject_of(n.head)
    elif n.dep_ == "pobj" and n.head.dep_ in ("prep", "agent"):
        p, v = n.head, _governor(n.head)
        if v.pos_ in ("VERB", "AUX"):
            key = f"{_with_particle(v)}_{p.lower_}"
            if p.lower_ in cues.get("underprep", ()) or key in cues.get("underprep", ()) or (
                    f"{v.lemma_.lower()}_{p.lower_}" in cues.get("underprep", ())):
                bearer = subject_of(v) if p.head.i == v.i else None
            elif p.dep_ == "agent" and p.head.i == v.i and is_passive(v):
                bearer = child(v, PASS_SUBJ)
    else:
        rel = next((x for x in children(n) if x.dep_ == "relcl" and x.lemma_.lower() in cues.get("receive", ())
                    and child(x, ("dobj",)) is None), None)
        if rel is not None:
            bearer = child(rel, SUBJ)
    if bearer is None or bearer.i == n.i or bearer.lower_ in ("who", "which", "that", "what", "it", "this") or not (
            names_actor(bearer) or actor_like(bearer) or bearer.lower_ in personal_pronouns()):
        return
    if c.etype == "ASSAULT" and n.dep_ == "pobj" and _with_particle(_governor(n.head)) in ("respond", "react") and \
            any(lemma(x) in _responders() for x in [bearer] + list(children(bearer))):
        return                            # `police responded to a shooting`: the call they answered, not a blow borne
        # (event_senses `responder`; ev30b)
    giver = child(n, ("poss",))
    for word in ("from", "by", "of"):
        if giver is None:
            giver = prep_object(n, word)
    if giver is not None and (giver.i == bearer.i or not (names_actor(giver) or actor_like(giver) or
                                                         giver.pos_ == "PRON")):
        giver = None
    own = {x.i for x in n.subtree}        # (a source of the noun's own words stays: `Republican attacks`)
    c.source = [giver] if giver is not None else [x for x in c.source if hasattr(x, "i") and x.i in own]
    c.target = [bearer]
    c.target_from_x = False


def _with_particle(v) -> str:
    """A verb's lemma with its particle (`shrug_off`, `brush_aside`), else its lemma."""
    prt = next((x for x in children(v) if x.dep_ == "prt"), None)
    return f"{v.lemma_.lower()}_{prt.lower_}" if prt is not None else v.lemma_.lower()


def _counted(n):
    """The noun that counts a verbal act's noun, when it hangs from one by `of` (event_senses `quantity`: `a barrage
    of attacks`, `a string of insults`; or `most`, `some`, `many`: `fielded most of the attacks`), else the noun."""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ == "dobj" and (
            n.head.head.lemma_.lower() in _quantities() or n.head.head.lower_ in ("most", "some", "many", "several")):
        return n.head.head
    return n


@functools.lru_cache(maxsize=1)
def _responders() -> frozenset:
    """Those who answer a call to a scene (event_senses.tsv `responder`: police, deputies, firefighters, medics)."""
    return frozenset(classes("event_senses.tsv").get("responder", ()))


@functools.lru_cache(maxsize=1)
def _quantities() -> frozenset:
    """Nouns of a number of acts (event_senses.tsv `quantity`: barrage, flurry, string, series)."""
    return frozenset(classes("event_senses.tsv").get("quantity", ()))


def _addressee(c: Candidate) -> None:
    """`wrote to Reno, demanding that ...`, `sent a letter to Comey, seeking answers`: a request made in a participle
    after a verb of writing or sending (event_cues `letter`) asks whom the message went to, when no target found
    names an actor."""
    t = c.token
    if c.etype != "REQUEST" or c.nominal or t.tag_ != "VBG" or t.dep_ not in ("advcl", "xcomp") or \
            t.head.lemma_.lower() not in load().cues.get("letter", ()) or any(actor_like(x) for x in c.target):
        return
    v = t.head
    msg = child(v, ("dobj",))
    whom = prep_object(v, "to") or child(v, ("dative",)) or (prep_object(msg, "to") if msg is not None else None)
    if whom is not None and whom.pos_ == "ADP":
        whom = child(whom, ("pobj",))
    if whom is not None and actor_like(whom) and not any(x.i == whom.i for x in c.source):
        c.target = [whom] + c.target[:MAX_TARGETS - 1]


def _backed_by(c: Candidate) -> None:
    """Backing named with its givers: `Clinton's support from party leaders` (the owner is backed, the `from` object
    backs), `has risen with the support of groups like X` (the groups back the subject of the clause)."""
    n = c.noun
    if n is None or c.preset or c.etype != "SUPPORT":
        return
    owner, giver = child(n, ("poss",)), prep_object(n, "from")
    if owner is not None and giver is not None and names_actor(giver) and giver.pos_ != "PRON" and not (
            _governor(n).lemma_.lower() in load().cues.get("taken", ())):   # `taking much of his support from Carson`: Carson's voters
        # moving, no backing given
        c.source, c.target, c.target_from_x = [giver], [owner], False
        return
    giver = prep_object(n, "of")
    if owner is not None or giver is None or n.head.lower_ != "with" or n.head.dep_ != "prep" or \
            not names_actor(giver) or giver.pos_ == "PRON":
        return
    v = _governor(n.head)                 # `has risen through the ranks with the support of X`: up to the verb
    backed = subject_of(v) if v.pos_ in ("VERB", "AUX") else None
    if backed is not None and backed.i != giver.i:
        c.source, c.target, c.target_from_x = [giver], [backed], False


def _opposed_to(c: Candidate) -> None:
    """`X was opposed to Y` read by the parse as a passive (`it was resolutely opposed to the test`): a stance, not a
    deed done to X - X opposes Y (ev39). Only the verb `oppose` with a `to` object and no `by` agent."""
    t = c.token
    if c.preset or c.nominal or c.etype != "REJECT" or t.lemma_.lower() != "oppose" or not is_passive(t) or \
            prep_object(t, "by") is not None:
        return
    opposed, holder = prep_object(t, "to"), child(t, ("nsubjpass",))
    if opposed is not None and holder is not None:
        c.source, c.target, c.target_from_x = [holder], [opposed], False


def _governor(n):
    """The verb a noun phrase hangs from, up through at most three heads (`much of his support`), else the last head."""
    v = n.head
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX") or v.dep_ == "ROOT":
            break
        v = v.head
    return v


def _noun_source(c: Candidate):
    """The source an event noun names: its possessor, `by` or `from` object, an entity modifying it ('Chinese
    aid'), the possessor of the phrase it is part of; for a nominal event also the source of the phrase or clause it
    sits in (types that inherit one) and the first of `between A and B` (then B is the target)."""
    n = c.noun
    pair = _hyphen_pair(n) if c.nominal and c.etype in PAIRED else None
    if pair is not None:                  # `Czech-Slovak cooperation`, `India-Pakistan talks`: the first named side
        c.target = [pair[1]]              # acts with the second (ev49)
        c.solo.update(x.i for x in pair)
        return pair[0]
    owner = None if _patient_owner(c) is not None else child(n, ("poss",))
    src = owner or prep_object(n, "by") or _brought_by(n) or prep_object(n, "from")
    if src is None:
        src = _entity_modifier(n)
    if src is None and c.etype in ("ASSAULT", "COERCE"):
        src = _force_doer(n)              # `the police shooting of a teenager`, `an army raid` (ev42)
        if src is not None:
            c.solo.add(src.i)
        else:
            src = _doer_named_for(n)      # `the suspects involved in the shooting` (dyad45)
    if src is None and n.dep_ == "compound":
        # "the Chinese government's assistance package"
        src = child(n.head, ("poss",)) or next((x for x in children(n.head) if x.dep_ in ("amod", "compound")
                                                and x.i < n.i and x.ent_type_ in ENT_SOURCE), None)
    if src is None and c.nominal and c.etype in types_with_source("inherit", "agent"):
        src = inherited_source(c, n)
    if src is None and c.nominal and lemma(n) != "rally":
        src = _done_with(n)               # `Israel retaliated with air strikes` (dyad48; a rally's doer decides
        # whether it is a campaign stop, checks._campaign_rally: left to `_protesters`)
    if src is None and c.nominal and c.etype == "PROTEST":
        src = _protesters(n)
    if src is None and c.nominal and c.etype in ("ASSAULT", "COERCE", "PROTEST"):
        src = _done_by(n)                 # `waged war on X`, `claimed responsibility for the bombing` (ev42)
    if src is None and c.nominal and c.etype == "ASSAULT" and n.dep_ == "nsubj" and n.head.pos_ == "VERB" and \
            child(n.head, ("dobj",)) is None:
        src = _sides_between(n.head)      # `clashes erupted between A and B`: both sides fight (dyad46)
    if src is None and c.nominal:
        # "cooperation between the Philippines and the United States"
        btw = prep_object(n, "between")
        if btw is not None:
            conj = [x for x in children(btw) if x.dep_ == "conj"]
            if conj:
                src = btw
                c.solo.add(btw.i)
                c.target = conj[:1]
    return src


PAIRED = frozenset({"CONSULT", "COOPERATE", "AGREE"})   # two-sided acts a hyphenated pair of sides may name


def _side(x) -> bool:
    """x names one side of a pair: a person, an organisation, or a country by its name or demonym (`Chile`,
    `Russian`; not a region's, `African`: the `Russian-African summit` is a forum, no two sides)."""
    c = countries()
    return x.ent_type_ in ("PERSON", "ORG") or x.text in c.names or x.text in c.demonyms


def _hyphen_pair(n):
    """The two sides a hyphenated pair before an event noun names (`Czech-Slovak cooperation`, `India-Pakistan
    talks`, `the Ruiz-Lind partnership`), as (first, second) tokens, each a country, a person or an organisation
    (`_side`) split by the parse at its hyphen; None otherwise (`U.S.-Russia` left as one token is not split)."""
    for m in children(n):
        if m.dep_ not in ("amod", "compound") or m.i >= n.i or not _side(m):
            continue
        first = next((x for x in children(m) if x.dep_ in ("npadvmod", "compound", "amod", "nmod")
                      and x.i == m.i - 2 and _side(x)), None)
        if first is not None and m.doc[m.i - 1].text in ("-", "–"):
            return first, m
    return None


def _done_with(n):
    """The doer of an act named by the `with` object of a verb of answering or marking (event_cues `withdeed`:
    `Israel retaliated with air strikes on Gaza`, `The government marked the day with rallies`, `Students greeted the
    minister with protests`): the active verb's subject, when it names someone; None for a passive verb (`was met
    with protests`: the one met is no protester). dyad48."""
    prep = n.head
    if n.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    v = prep.head
    if v.pos_ == "NOUN" and v.dep_ == "dobj":
        v = v.head                        # (the parse may hang `with` on the object: `marked the day with rallies`)
    if v.pos_ != "VERB" or lemma(v) not in load().cues.get("withdeed", ()) or is_passive(v):
        return None
    s = child(v, SUBJ)
    return s if s is not None and s.lower_ not in ("it", "this", "that", "which", "what") and (
        names_actor(s) or actor_like(s) or actor_noun(s) or lemma(s) in _people() or s.pos_ == "PRON") else None


def _deed_aimed_at_object(c: Candidate) -> None:
    """An act named by the `with` object of a verb of answering or greeting (`_done_with`) is aimed at that verb's
    object when it names someone (`Students greeted the minister with protests`, `answered the governor with
    jeers`): the target, ahead of a place or a thing the noun took (`in Lisbon`). `marked the day with rallies` has
    no one as its object and keeps its own. ev49."""
    n = c.noun
    if n is None or not c.nominal or _done_with(n) is None or any(
            actor_like(x) and not (x.dep_ == "pobj" and x.head.lower_ in ("in", "at", "near", "outside"))
            for x in c.target if hasattr(x, "dep_")):
        return                            # (a place the act was in is no one it was aimed at)
    v = n.head.head
    obj = v if v.pos_ == "NOUN" and v.dep_ == "dobj" else child(v, ("dobj",))
    if obj is not None and obj.i != n.i and obj.lower_ not in ("it", "this", "that", "which", "what") and (
            obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or actor_noun(obj) or obj.pos_ == "PRON"):
        # (the object itself someone: not `celebrated the birth of Marti with rallies`)
        c.target = [obj]
        c.target_from_x = False


def _brought_by(n, word: str = "by"):
    """The `by` object of a past participle set after an event noun that brings, files, makes or leads it (event_cues
    `broughtby`): `a records lawsuit brought by Civic Watch`, `a complaint filed by the attorney general`, `a meeting
    led by the governor` - the noun's doer, ahead of a word or name before the noun or a subject of the clause it sits
    in; with `against`, whom it is brought against (`a lawsuit brought by X against the agency`) (dyad47)."""
    words = load().cues.get("broughtby", ())
    for x in children(n):
        if x.dep_ == "acl" and x.tag_ == "VBN" and x.i > n.i and lemma(x) in words:
            return prep_object(x, word)
    return None


def _gerund_read_as_verb(t) -> bool:
    """A `-ing` form with an article that the parse took for a verb: a noun (`a fatal police shooting in Dayton`)."""
    return t.tag_ == "VBG" and t.dep_ not in ("ROOT", "xcomp", "pcomp", "advcl", "ccomp", "relcl", "acl") and any(
        x.dep_ == "det" and x.i < t.i and x.lower_ in ("a", "an", "the") for x in children(t))


def _gerund_doer(t):
    """The doer of a `-ing` noun the parse took for a verb, read as an event noun's: its possessor, `by` object, a
    name or a force before it, or whom a word such as `involved in` lays it to (`a police shooting`, `the Israeli
    shelling of the port`). Issue 10, dyad45."""
    return child(t, ("poss",)) or prep_object(t, "by") or _entity_modifier(t) or _force_doer(t) or \
        _doer_named_for(t)


def _entity_modifier(n):
    """A name modifying an event noun before it, as its doer: `Chinese aid`, `the Israeli bombing of the port`."""
    return next((x for x in children(n) if x.dep_ in ("amod", "compound", "nmod") and x.i < n.i
                 and any(y.ent_type_ in ENT_SOURCE for y in x.subtree)), None)


def _doer_named_for(n):
    """Who an event noun of force or coercion is laid to by a word that describes them (event_cues `doerof`): the
    noun `involved in`, `responsible for`, `wanted for`, `accused of` it or `behind` it describes (`the suspects
    involved in the shooting`, `the group behind the attack`), or the subject such a word is said of (`those who
    were responsible for the blasts`, `two men are suspected in the killing`). Not under a negation (`was not
    involved in the attack`). Issue 10, dyad45."""
    words = load().cues.get("doerof", ())
    if n.dep_ != "pobj":
        return None
    w = n.head
    if w.lower_ != "behind":
        if w.lower_ not in ("in", "for", "of") or w.dep_ != "prep":
            return None
        w = w.head
    if w.lower_ not in words or any(y.dep_ == "neg" for y in children(w)):
        return None
    if w.dep_ in ("acl", "amod", "prep") and w.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return w.head
    if w.dep_ == "prep" and w.head.pos_ == "VERB":
        o = child(w.head, ("dobj",))      # (`named the group behind the attack`: the parse hung `behind` on the verb)
        return o if o is not None and o.right_edge.i == w.i - 1 else None
    h = w.head if w.dep_ in ("acomp", "xcomp") and w.head.pos_ in ("AUX", "VERB") else w
    s = child(h, ("nsubj", "nsubjpass"))
    if s is None or any(y.dep_ == "neg" for y in children(h)) or s.lower_ in pronouns("subject"):
        return None                       # (a personal pronoun left to no one: `he is wanted for murder`)
    if h is w and s.dep_ == "nsubj" and w.tag_ not in ("JJ", "VBN"):
        return None                       # (an active verb's subject wants, suspects or accuses: `the family wanted
        # justice for the killing`, `police suspected a gang in the shooting`; review45b)
    return s


def _force_doer(n):
    """A force named right before an event noun of force as its modifier is its doer: `the police shooting of a
    teenager`, `an army raid`, `a military crackdown` (event_cues `forcedoer`); not after a hyphen (`anti-police
    violence`). Other common nouns there are what was hit (`the embassy bombing`, checks._acting). Issue 11, ev42."""
    words = load().cues.get("forcedoer", ())
    for x in children(n):
        if x.i < n.i and x.dep_ in ("compound", "amod", "nmod") and lemma(x) in words and not (
                x.i > 0 and x.doc[x.i - 1].text == "-"):
            return x
    return None


def _done_by(n):
    """The doer of an event noun of force or protest that is the object of a verb of doing it (event_cues `doing`:
    `waged war on X`, `staged a protest`, `has carried out dozens of attacks`, a count or container between) or of
    owning up to it (`owning` with an `ownednoun` and `for`: `claimed responsibility for the bombing`): that
    verb's subject. Not under a negation or as the object of another verb's clause (`denied carrying out the
    attack`). Issue 11, ev42."""
    cues = load().cues
    x = n
    if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.pos_ in ("NOUN", "NUM") and (
            lemma(x.head.head) in cues.get("container", ()) or x.head.head.ent_type_ == "CARDINAL"):
        x = x.head.head                   # `dozens of attacks`, `a series of raids`
    verbs = cues.get("doing", ())
    if x.dep_ == "pobj" and x.head.lower_ == "for" and lemma(x.head.head) in cues.get("ownednoun", ()):
        x, verbs = x.head.head, cues.get("owning", ())
    v = x.head
    if x.dep_ != "dobj" or v.pos_ != "VERB" or (lemma(v) not in verbs and v.lower_ not in verbs) or \
            v.dep_ in ("xcomp", "pcomp", "ccomp", "csubj") or any(y.dep_ == "neg" for y in children(v)):
        return None
    s = child(v, SUBJ)
    return s if s is not None else subject_of(v)


def _protesters(n):
    """Who protests in a protest noun with no owner: the people after `of` (`a rally of several thousand Cuban
    scientists`), or the subject of the verb an `in protest` phrase tells the manner of (`parents kept their kids
    from the exams in protest of testing`)."""
    o = prep_object(n, "of")
    if o is not None and any(actor_like(x) or actor_noun(x) or x.ent_type_ == "NORP" for x in o.subtree):
        return o
    h = n.head
    if n.dep_ == "pobj" and h.lower_ == "in" and h.head.pos_ in ("VERB", "AUX"):
        s = subject_of(h.head)
        if s is not None and s.i != n.i:
            return s
    return None


def _matter_of(n) -> bool:
    """An event noun that is what a verb's act is about (`grilled the FBI chief over the email probe`, `questioned
    him about the raid`): the act's doer did not do it. `over` only after the verb's object (not `presided over a
    summit`)."""
    if n.dep_ != "pobj" or n.head.lower_ not in ("over", "about"):
        return False
    v = n.head.head
    return v.pos_ in ("VERB", "AUX") and (n.head.lower_ == "about" or child(v, ("dobj",)) is not None)


def inherited_source(c: Candidate, n):
    """The source a nominal event takes from where it sits: up through at most four heads, the possessor, `from` or
    `by` object or subject noun of a phrase, or the subject of the first verb (unless that verb is a trigger, a
    reporting verb or one that names no agent, for types that only take an agent)."""
    lex = load()
    cues = lex.cues
    if _matter_of(n):
        return None
    src = None
    h, steps = n.head, 0
    while src is None and steps < 4:
        steps += 1
        if h.pos_ == "ADP":
            h = h.head
        if h.pos_ in ("NOUN", "PROPN"):
            if h.lemma_.lower() in cues.get("standpoint", ()):
                return None               # `he is an opponent of the sanctions on Iran`: a stand on the act, not
                # the act (ev28)
            src = child(h, ("poss",)) or prep_object(h, "from") or prep_object(h, "by")
            if src is None and h.dep_ in SUBJ:
                src = h
            if h.dep_ == "ROOT":
                break
            h = h.head
        elif h.pos_ in ("VERB", "AUX"):
            hl = h.lemma_.lower()
            if c.etype in types_with_source("inherit") or (
                    hl not in lex.verbs and hl not in cues.get("report", ()) and hl not in cues["notagent"]):
                src = subject_of(h)
            break
        else:
            break
    return src


def _pronoun_source(c: Candidate, src, quote_speaker):
    """Whom a pronoun source points to: `we`/`I` in a quote is its speaker (set as `extra_source`, returns None),
    a possessive the subject of its clause, `it`/`they`/`he`/`she` the speaker of the clause or the subject of the
    main clause; else the pronoun itself."""
    if quote_speaker is not None and src.lower_ in ("we", "i", "our", "my", "us"):
        c.extra_source = quote_speaker
        return None
    if src.dep_ == "poss":
        # "Orban pledged his full support": the possessive points back to the clause's subject
        h = src.head.head
        if h.pos_ == "ADP":
            h = h.head
        up = subject_of(h) if h.pos_ in ("VERB", "AUX") else None
        if up is not None and up.i not in (src.i, src.head.i) and up.lower_ not in personal_pronouns():
            return up                     # (not the owned noun itself: `Her decision to meet X angered Y`, ev42's
        return src                        #  `_resolved_by` owner, is hers, not the decision's; review42)
    if quote_speaker is not None and src.lower_ in ("he", "she", "they") and (
            _inside_quote_marks(src) or _quoted_with(src, c.token)):
        return src                        # `"He criticized the mayor," Nelson said`: a speaker talks of others in the
        # third person; the pronoun is left to the coreference, which skips the speaker (dyad47; a quote carried on
        # from an earlier sentence too: `"She is not held. She is helping the inquiry," Tarn said`, ev55b)
    sp = speaker_of_clause(src.head) if src.lower_ in ("it", "they", "he", "she") else None
    told = sp is not None and _speaks_for_others(sp)    # (a spokesman's or a chairman's they/it is their side's,
    # which coders code by its speaker: `the union's chairman said they will not end the strike`; ev54)
    if sp is not None and src.lower_ in ("he", "she") and _many(sp):
        sp = None                         # `Police said he shot two people`: one person is not the police (ev31b)
    if sp is None and src.head.dep_ == "advcl":
        # "Lavrov and Hague speak as they meet": the pronoun is the subject of the main clause
        sp = child(src.head.head, SUBJ)
        if sp is not None and src.lower_ in ("he", "she", "they") and sp.pos_ == "NOUN" and not (
                actor_like(sp) or actor_noun(sp)):
            sp = None                     # `even after he criticized X, his popularity grew`: a thing is not who
            # the pronoun is (ev25a)
        if sp is not None and src.lower_ in ("he", "she") and _many(sp):
            sp = None                     # `Police were on their way when he opened fire`: one person is not the
            # police (as for the speaker above; ev32b)
    if sp is not None and src.lower_ in PRONOUN_GENDER and gender_of(sp) not in ("", PRONOUN_GENDER[src.lower_]):
        sp = None                         # `Mrs. Alden said he threatened her`, `The father was asleep when she shot
        # him`: a he is no woman, a she no man (ev54)
    if sp is not None and src.lower_ in ("he", "she") and _a_body(sp):
        sp = None                         # `The Ostra Times reported that he attacked the mayor`: a he is no body
        # (ev54)
    if sp is not None and src.lower_ == "it" and (gender_of(sp) or _a_person(sp)) and not _expletive(src) and \
            not told:
        sp = None                         # `Tom Varra said it attacked the town`: an it is no person (ev54; an it
        # of `it was too early to congratulate` stands for nothing, and the speaker stays: actor_words
        # `expletive_head`)
    if sp is not None and src.lower_ == "they" and _one_person(sp) and not told:
        sp = None                         # `Tom Varra was asleep when they shot him`, `The mayor said they blamed
        # the governor`: a they is not one person (a body that speaks still is: `The campaign said they ...`; ev54)
    if sp is not None and sp.lower_ not in personal_pronouns():
        return sp
    return src


def _speaks_for_others(x) -> bool:
    """The speaker x is named by a role of office or of speaking for others (a title head: `chairman`, `ambassador`,
    `sheriff`; actor_words `staff`: `spokesperson`, `aide`), in its own words or those before it (`Saudi coalition
    spokesperson Colonel T.`, `the deputy ambassador Jon Cole`) or in an apposition (`Jon Cole, a spokesman`). A
    private person's or an offender's title (titles.tsv CVL, CRM: `a bystander`, `the homeowner`) speaks for no side,
    nor is a possessive owner's title the speaker's (`the mayor's son`; review54c)."""
    roles = (title_heads() - private_title_heads()) | actor_words("staff")
    mention = [y for y in x.subtree if y.i <= x.i] + [y for c in children(x) if c.dep_ == "appos" for y in c.subtree]
    return any((y.lemma_.lower() in roles or y.lower_ in roles) and not _owners_word(y, x) for y in mention)


def _owners_word(y, x) -> bool:
    """y lies in a possessive owner's words inside x's mention (`mayor` of `the mayor's son`): the owner's role is
    not x's (review54c)."""
    while y.i != x.i and y.head.i != y.i:
        if y.dep_ == "poss":
            return True
        y = y.head
    return False


def _one_person(x) -> bool:
    """x is one person, no group nor body: a singular noun with no conjunct, of a person (a PERSON, a gendered noun
    or name, a noun of a person by trade, kin or title: `the mayor`, `the boy`); a body (`the campaign`) is not."""
    if x.tag_ not in ("NN", "NNP") or any(c.dep_ == "conj" for c in children(x)):
        return False
    lemma = x.lemma_.lower()
    if lemma in actor_words("kin_group") or lemma in actor_words("clan"):
        return False                      # `The Harte family said they ...`: a family is many (review54c)
    return bool(gender_of(x)) or _a_person(x) or lemma in title_heads() or any(
        lemma in actor_words(k) for k in ("person_noun", "kin", "relation"))


def _expletive(it) -> bool:
    """An `it` that stands for nothing (`it was too early to ...`, `it seems`): its head is an actor_words
    `expletive_head` verb."""
    return it.head.lemma_.lower() in actor_words("expletive_head")


def _a_body(x) -> bool:
    """antecedents._body (read late: it reads this module): a singular noun of a body of people, no person's."""
    from .antecedents import _body
    return _body(x)


def _a_person(x) -> bool:
    """x is tagged a person here (PERSON), not a place nor a body; checks.is_person's wider reading (any mention of
    an actor one mention of which was tagged PERSON) also holds countries and administrations, which are an it."""
    return x.ent_type_ == "PERSON"


_OPENING_MARKS = frozenset(("\u201c", "``", "\u00ab"))
_CLOSING_MARKS = frozenset(("\u201d", "''", "\u00bb"))


def _quoted_with(tok, trigger) -> bool:
    """tok shares the quote its sentence's trigger stands in (the caller knows the trigger is quoted): both in one
    sentence with no double quotation mark between them, so a quote opened in an earlier sentence holds tok too
    (`"She is not held. She is helping the inquiry," Tarn said`); `Tarn said she "is helping"` has a mark
    between (ev55b)."""
    if trigger is None or not hasattr(trigger, "i") or sentence_of(tok.doc, tok.i).start != \
            sentence_of(trigger.doc, trigger.i).start:
        return False
    lo, hi = sorted((tok.i, trigger.i))
    return not any(x.is_quote and (x.text in _OPENING_MARKS or x.text in _CLOSING_MARKS or x.text == '"')
                   for x in tok.doc[lo:hi + 1])


def _inside_quote_marks(tok) -> bool:
    """tok stands inside double quotation marks opened earlier in its sentence: the last double mark before it opens
    (a curly or doubled opening mark, or an odd count of straight ones). A quote carried on from an earlier sentence
    without a mark of its own is not seen (dyad47)."""
    doc = tok.doc
    sent = sentence_of(doc, tok.i)
    marks = [x.text for x in doc[sent.start:tok.i] if x.is_quote and (
        x.text in _OPENING_MARKS or x.text in _CLOSING_MARKS or x.text == '"')]
    if not marks:
        return False
    if marks[-1] == '"':
        return marks.count('"') % 2 == 1
    return marks[-1] in _OPENING_MARKS


def _many(x) -> bool:
    """x names more than one: a plural common noun or the police (`Deputies said she ...`, `Police said he ...`; a
    name is never read as a plural: `Sanders said he ...`)."""
    return (x.pos_ == "NOUN" and x.tag_ == "NNS") or x.lower_ == "police"


def _main_clause_subject(c: Candidate):
    """Last resort for the source: the subject of the main clause the trigger sits in, unless it is the trigger, a
    target or a personal pronoun."""
    t = c.token
    v = t
    for _ in range(8):
        if v.dep_ == "ROOT" or v.dep_ in ("ccomp", "relcl", "acl"):
            break
        v = v.head
    s0 = child(v, SUBJ)
    if s0 is not None and t.pos_ in ("VERB", "AUX") and _passive_after_active(t) and child(t.head, SUBJ) is s0:
        return None                       # (`fled but was arrested`: the one arrested)
    own = child(t, PASS_SUBJ) if v.i != t.i and t.pos_ in ("VERB", "AUX") else None
    if own is not None and own.lower_ in people_pronouns():
        return None                       # (`is in custody after she was arrested`: the one a passive clause's own
        # he, she or they stands for is the one it was done to, mend30)
    if own is not None and c.etype == "ASSAULT" and any(
            x.dep_ == "poss" and x.lower_ in people_pronouns() | pronouns("possessive") for x in children(own)):
        return None                       # (`a mother calls for justice after her son was shot`: the one hit is
        # the subject's own, who did not hit him; ev32b)
    if s0 is not None and c.nominal and t.dep_ == "dobj" and t.head.i == v.i and lemma(v) in load().cues.get(
            "hearing", ()):
        return None                       # (`the court heard allegations the company ignored safety rules`: who
        # hears or faces an act named by a noun does not do it; event_cues `hearing`, review48e)
    if s0 is not None and s0.i != t.i and not any(x.i == s0.i for x in c.target) \
            and s0.lower_ not in personal_pronouns():
        return s0
    return None


def _renames_the_act(n, appos: bool = False) -> bool:
    """A summary noun (event_cues `summary`) set after a comma and told by a relative clause (`, a move Washington
    called "provocative"`, `, a step that angered Tokyo`): it renames the clause's act (lead43). In apposition on a
    noun (`appos`) only with `a`/`an` (`seized a tanker, a move Britain condemned`; not `overturn Hale v. Dorn, the
    1987 decision that barred the tax`: that names the thing itself; review43)."""
    if n.pos_ != "NOUN" or n.lemma_.lower() not in load().cues.get("summary", ()):
        return False                      # (the noun's words first: its left edge read only for a summary's; speed45)
    left = n.left_edge.i
    return left > 0 and n.doc[left - 1].text == "," and any(x.dep_ == "relcl" for x in children(n)) and \
        (not appos or any(x.dep_ == "det" and x.lower_ in ("a", "an") for x in children(n)))


def summarised_doer(n):
    """The doer of the act a summary noun renames (event_cues `summary`): `North Korea fired two missiles, a move
    Washington called "provocative"` - `move`, set after a comma as the verb's object, adverbial or apposition and
    told by a relative clause, renames the firing; its doer is the verb's subject (North Korea). None for any other
    noun (`a move that survived court challenges` has no clause's act before it when it is a subject). The parse may
    hang the noun in apposition on the verb's object (`Iran seized a tanker, a move Britain condemned`): a summary
    noun renames no thing, so the verb's act all the same (review43)."""
    verb = summarised_act(n)
    return subject_of(verb) if verb is not None else None


def summarised_act(n):
    """The verb of the act a summary noun renames (`fired` in `North Korea fired two missiles, a move Washington
    called "provocative"`; `summarised_doer`), or None."""
    dep = n.dep_
    if dep not in ("dobj", "npadvmod", "appos"):
        return None                       # (its head read only for a noun of these relations; speed45)
    on_object = dep == "appos" and n.head.dep_ == "dobj"
    if not _renames_the_act(n, appos=on_object):
        return None
    verb = n.head.head if on_object else n.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _target(c: Candidate) -> list:
    """The targets (at most two np heads): the pattern's slots in order on the event noun then the trigger, else
    any object left (`target_from_x` marks it weak), else the subject of a passive; the one behind an event named as
    the object ('refused a request from Modi'); an object pronoun of an xcomp/advcl is the governing verb's object."""
    t = c.token
    passive = t.pos_ in ("VERB", "AUX") and is_passive(t)
    taken = {x.i for x in c.source}
    owners = [c.noun, t] if c.noun is not None and c.noun is not t else [t]
    if c.phrase_noun is not None:         # `crossed swords with X`, `in open conflict with X`: the noun's preposition
        found = _slot_targets(c, owners + [c.phrase_noun], passive, taken)
    else:
        found = _slot_targets(c, owners, passive, taken)
    if not found and c.etype == "ASSAULT" and t.dep_ in ("amod", "compound") and \
            lemma(t.head) in load().cues.get("deathof", ()):
        found = [o for o in [prep_object(t.head, "of")] if o is not None]   # `the shooting death of a bouncer`
    found = [x for x in found if summarised_doer(x) is None]   # (`fired missiles, a move ...`: the move renames the
    # firing, no one it was aimed at; lead43)
    if t.dep_ == "relcl" and t.pos_ == "VERB" and not passive and not any(
            x.dep_ == "dobj" and x.tag_ != "WDT" for x in children(t)):
        doer = summarised_doer(t.head)    # `a step Tokyo condemned as a violation`: the step's doer (lead43); `a step
        if doer is not None and doer.i not in taken and not any(x.i == doer.i for x in found):   # that Tokyo
            found = [doer] + [x for x in found if x.tag_ != "WDT"]   # condemned`: the `that` stands for the step (ev44)
    if not found and c.noun is not None and c.quad in (3, 4):
        found = [x for x in _aimed_at(c.noun) if x.i not in taken]   # `an insult aimed at Lund` (dyad45)
        c.solo.update(x.i for x in found)
    if not found and c.noun is not None:
        o = _brought_by(c.noun, "against")   # `a lawsuit brought by X against the agency` (dyad47)
        if o is not None and o.i not in taken:
            found = [o]
    if not found and c.noun is None and c.etype in ("ASSAULT", "COERCE") and _gerund_read_as_verb(t):
        o = prep_object(t, "of")          # `the police shooting of a driver` parsed as a verb (dyad45)
        if o is not None and o.i not in taken and o.pos_ in ("NOUN", "PROPN") and not (arms(o) or no_one_hit(o)):
            found = [o]
    if not found and c.noun is None and "dobj" in c.pattern.targets and not passive and c.etype not in (
            "CONSULT", "COOPERATE"):      # (`the man she met online`: no meeting of state)
        o = _contact_object(t)            # `the second man police shot` (dyad45)
        if o is not None and o.i not in taken:
            found = [o]
    named = _what_named(t) if t.pos_ == "VERB" else None
    if named is not None and named.i not in taken:
        found = [x for x in found if x.lower_ != "what"] + [named]
    if not found:
        renamed = {x.i for o in owners for x in children(o) if summarised_doer(x) is not None}
        for o in owners:
            tgt = fallback_target(o, taken | renamed | ({c.noun.i} if c.noun is not None else set())
                                  | ({c.phrase_noun.i} if c.phrase_noun is not None else set()),
                                  places=c.quad in (2, 4))   # (`opened fire`: the phrase's own noun is no target)
            if tgt is not None:
                found.append(tgt)
                c.target_from_x = True      # weak: an absorbed act's own target is better
                break
    cues = load().cues
    found = [x for x in found if not (x.pos_ == "NOUN" and (x.lemma_.lower() in cues.get("bodypart", ()) or (
        x.lemma_.lower() in cues.get("outcome", ()) and x.head.lower_ == "to") or (
        c.quad == 4 and not x.ent_type_ and x.lemma_.lower() in cues.get("openplace", ()))) or (
        c.etype == "ASSAULT" and (at_street(x) or at_dwelling(x) or no_one_hit(x))) or _a_date(x) or (
        c.pattern.key == "quell" and _at_place(x) and x.ent_type_ not in ("PERSON", "ORG", "NORP")))]
    # (`broke up a fight outside a bar`: where the fray was, no one held; rev32)
    if c.etype == "ASSAULT" and any(not arms(x) for x in found):
        found = [x for x in found if not arms(x)]   # `fired a gun, grazing him`: him, not the gun (alone it stays:
        # `began to fire shots`, whose event the checks keep by it; ev32b)
    # (`shot in the head`, `shot to death`; `opened fire on a park`: where, not whom; `Friday's shooting`: when)
    if not found and not passive and t.pos_ == "VERB":
        tgt = stranded_object(t)
        if tgt is not None and tgt.i not in taken:
            found.append(tgt)
    if not found and passive:
        tgt = child(t, PASS_SUBJ)
        if tgt is not None:
            found.append(tgt)
    hit = _bare_victims(t) if c.quad == 4 and c.noun is None else []
    if hit:                               # `Four people shot in Tangelo Park`: the subject of a bare participle was hit
        agent = next((a for v in [t] + [x for x in children(t) if x.dep_ == "conj"]
                      for a in [prep_object(v, "by")] if a is not None), None)
        c.source = [agent] if agent is not None else [
            x for x in c.source if getattr(x, "i", None) not in {y.i for y in hit}]
        return hit[:MAX_TARGETS]
    if found and c.target_from_x and t.pos_ == "VERB" and c.quad == 4 and _at_place(found[0]):
        tgt = _undergoer(t)               # `died after being shot near his home`: who was shot, not where
        if tgt is not None and prep_object(t, "by") is None:
            c.source = [x for x in c.source if getattr(x, "i", None) != tgt.i]
            return [tgt]
    if not found and t.pos_ == "VERB" and c.quad == 4:
        tgt = _undergoer(t)
        if tgt is not None and tgt.i in taken and (is_passive(t) or t.dep_ in SUBJ | PASS_SUBJ) and \
                prep_object(t, "by") is None:
            # `a girl died after being shot`: the subject above is who was shot, not who shot
            c.source = [x for x in c.source if getattr(x, "i", None) != tgt.i]
            taken.discard(tgt.i)
        if tgt is not None and tgt.i not in taken:
            found.append(tgt)
            if c.etype == "ASSAULT" and is_passive(t) and prep_object(t, "by") is None:
                c.source = [x for x in c.source if not (hasattr(x, "dep_") and _at_place(x) and x.head.head.i == t.i)]
                # (`3 men hospitalized after being shot in east Harlow`: where it happened, not who shot)
    if not found and t.pos_ == "VERB" and not passive:
        # `who shot and killed Terence Crutcher`: verbs joined with one subject share the object
        for v in children(t):
            if v.dep_ == "conj" and v.pos_ == "VERB" and child(v, SUBJ | PASS_SUBJ) is None and not is_passive(v):
                o = child(v, ("dobj",))
                if o is not None and o.i not in taken:
                    found.append(o)
                break
    if len(found) == 1 and (found[0].lemma_.lower() in load().nouns or (
            found[0].pos_ == "NOUN" and not found[0].ent_type_ and not actor_noun(found[0]))):
        # "refused a request from Modi": the one behind the event named as object is a target too; so is the one
        # behind a thing named as object (`knocked a statement by Clooney`, `challenged Trump's claims`)
        o = prep_object(found[0], "from") or prep_object(found[0], "by") or child(found[0], ("poss",)) or next(
            (prep_object(v, "by") for v in children(found[0]) if v.dep_ == "acl" and v.tag_ == "VBN"
             and prep_object(v, "by") is not None), None)   # (`remarks made by a campaign surrogate`)
        if o is not None and o.i not in taken and o.lower_ not in pronouns() and (
                found[0].lemma_.lower() in load().nouns or actor_like(o) or actor_noun(o)):
            found.append(o)
    if len(found) == 1 and lemma(t) in _inquiry_words():
        accused = _accused_in_claim(found[0])
        if accused is not None and accused.i not in taken:
            found = [accused]             # `investigating allegations that the mayor took bribes`: the mayor (ev49)
    for k, x in enumerate(found):
        if x.dep_ == "dobj" and lemma(x) in cues.get("intensifier", ()) and (x.head.i != t.i or t.dep_ == "xcomp" and (
                lemma(t.head) in cues.get("promiseverb", ()) or lemma(t.head) in cues.get("intent", ()))):
            o = _out_of(x)
            if o is not None and o.i not in taken:
                found[k] = o              # `swore to bomb the hell out of the rebels`: the rebels (the idiom
                # told as done is mostly a figure: `has spent weeks beating the hell out of the delegates`)
    for k, x in enumerate(found):
        if x.lower_ in ("him", "her", "them", "it") and t.dep_ in ("xcomp", "advcl"):
            up = child(t.head, ("dobj",))
            if up is not None and up.lower_ not in personal_pronouns() and (child(t, SUBJ) is None or _may_be(x, up)):
                found[k] = up             # (in a clause with a subject of its own, only an object that can be the
                # pronoun: `might renominate Judge Tom Reyes if Pell withdraws him`, not `could barely say a word
                # when Okafor accused him`, `losing donors and staff as his allies call on him to quit`)
    return found


@functools.lru_cache(maxsize=1)
def _inquiry_words() -> frozenset:
    return frozenset(classes("crime_words.tsv").get("lawinquiry", ()))


def _accused_in_claim(x):
    """Whom a claim noun accuses: its `against` object, or the subject of the clause it holds (`allegations that the
    mayor took bribes`, `claims the senator lied`); None for a noun of no claim or no one named."""
    pat = load().nouns.get(lemma(x))
    if pat is None or plover(pat.cameo)[0] != "ACCUSE":
        return None
    o = prep_object(x, "against")
    if o is None:
        clause = next((y for y in children(x) if y.dep_ in ("acl", "ccomp", "relcl") and y.pos_ in ("VERB", "AUX")
                       and not any(z.tag_ in ("WDT", "WP") for z in children(y))), None)
        o = child(clause, ("nsubj", "nsubjpass")) if clause is not None else None
    return o if o is not None and (names_actor(o) or actor_like(o) or actor_noun(o)) else None


def _contact_object(v):
    """The noun a relative clause with no relative word hangs on, as the clause verb's object (`the second man
    police shot`, `the candidate she endorsed`): the verb has its own subject, no object, and no relative word or object of
    a preposition after it (`the man police shot at`). Issue 10, dyad45."""
    n = v.head
    if v.dep_ != "relcl" or v.pos_ != "VERB" or n.pos_ not in ("NOUN", "PROPN") or n.i > v.i:
        return None
    if n.ent_type_ in ("DATE", "TIME") or lemma(n) in load().cues.get("relhead", ()):
        return None                       # (`the day the army invaded`, `the way police arrested`: when or how, no
        # one the act is done to; event_cues `relhead`, review45b)
    subj = child(v, ("nsubj",))
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.lower_ == "that" or any(
            x.dep_ in ("dobj", "ccomp", "xcomp", "dative", "prt") for x in children(v)):
        return None
    if any(x.tag_ in ("WP", "WDT", "WP$") or x.lower_ == "that" for x in v.doc[n.i + 1:v.i]):
        return None
    if any(x.dep_ == "prep" and child(x, ("pobj",)) is None for x in children(v)):
        return None                       # (`the man police shot at`: the preposition's stranded object)
    return n


def _aimed_at(n) -> list:
    """Whom an event noun is said to be aimed at by a verb of aiming (event_cues `aimedat`): the `at`/`against`
    object of a participle describing it (`an insult aimed at Governor Lund`, `criticism, aimed squarely at the mayor`) or of
    the passive it is the subject of (`his attacks were directed at the governor`); with its conjuncts, at most
    MAX_TARGETS; only someone, and only for events of conflict (the caller). Issue 10, dyad45."""
    words = load().cues.get("aimedat", ())
    verbs = [x for x in children(n) if x.dep_ == "acl" and x.tag_ == "VBN" and lemma(x) in words]
    if n.dep_ == "nsubjpass" and n.head.lemma_.lower() in words:
        verbs.append(n.head)
    for v in verbs:
        for p in children(v):
            if p.dep_ == "prep" and p.lower_ in ("at", "against"):
                o = child(p, ("pobj",))
                if o is not None and (actor_like(o) or actor_noun(o) or o.lower_ in personal_pronouns()):
                    return [o, *o.conjuncts][:MAX_TARGETS]   # (someone: not `talks aimed at a settlement`, `aimed
    return []                                                # less at policy differences`)


def _may_be(pron, x) -> bool:
    """x can be what the object pronoun stands for: a person for him or her, people or a body (a plural) for them, a
    thing for it."""
    if pron.lower_ in ("him", "her"):
        return (x.ent_type_ == "PERSON" or x.pos_ == "PROPN" and not x.ent_type_) and x.tag_ not in ("NNS", "NNPS")
    if pron.lower_ == "them":
        return x.tag_ in ("NNS", "NNPS") or any(y.dep_ == "conj" for y in children(x))
    return x.ent_type_ not in ("PERSON", "NORP")


def _out_of(x):
    """The object of `out of` after the verb (or the noun) an idiom's intensifier is object of (`bomb the hell out of
    the militia`), else None."""
    for h in (x, x.head):
        out = next((p for p in children(h) if p.dep_ in ("prep", "prt", "advmod") and p.lower_ == "out"), None)
        of = next((p for p in children(out) if p.dep_ == "prep" and p.lower_ == "of"), None) if out is not None else None
        if of is not None:
            return child(of, ("pobj",))
    return None


def _what_named(t):
    """`criticized what she called the angry rhetoric from X`, `denounced what he described as a smear`: an object
    that is a free relative of a naming verb (event_cues `naming`) is the thing it names; that thing, else None."""
    naming = load().cues.get("naming", frozenset())
    for v in children(t):
        if v.dep_ in ("ccomp", "dobj", "xcomp") and v.i > t.i and lemma(v) in naming:
            what = child(v, ("dobj",))
            if what is not None and what.lower_ == "what" and t.i < what.i < v.i:
                return child(v, ("oprd", "xcomp", "attr")) or prep_object(v, "as")
    return None


def _caught_when(c: Candidate) -> list:
    """An attack told in a when-clause hits those the main clause was about (`six people were outside when a group
    walked up and started shooting`, `He was standing with friends when two men opened fire`): its subject, when
    it names people and is not the attacker; else nothing."""
    if c.etype != "ASSAULT" or c.nominal or c.token.pos_ not in ("VERB", "AUX"):
        return []
    v = c.token
    for _ in range(4):
        if v.dep_ == "advcl" and any(x.lower_ in ("when", "as") and x.dep_ in ("advmod", "mark") for x in children(v)):
            break
        if v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
            return []
        v = v.head
    else:
        return []
    subj = child(v.head, SUBJ | PASS_SUBJ)
    if subj is None or any(getattr(x, "i", None) == subj.i for x in c.source) or subj.lower_ in (
            "it", "this", "that", "there", "what", "which", "i", "we"):
        return []
    if not (subj.pos_ == "PRON" or subj.ent_type_ == "PERSON" or lemma(subj) in _people() or actor_noun(subj)):
        return []
    return [subj]


def _hit_by_what_it_did(c: Candidate) -> list:
    """An act of force or coercion named by a noun with no target of its own is aimed at whom the relative clause
    on that noun says it hit with a verb of force or coercion of the lexicon (`authorized the raid that killed the
    rebel commander`, `imposed sanctions that ban trade with the junta`): the object of the clause's verb, or of its
    `with`/`against`/`on` phrase or of its object's, when the relative word is the clause's subject and that one
    names people or an actor; only for an act whose doer is named (dyad48)."""
    if c.quad != 4 or c.noun is None or not any(not (hasattr(x, "i") and _a_date(x)) for x in c.source):
        return []                         # (with no doer named the act stays as it was: a target alone would keep a
        # background act the checks let go, `a warning after Sunday's bombings that killed 40`: a day is no doer)
    clause = next((x for x in children(c.noun) if x.dep_ == "relcl" and x.pos_ == "VERB" and x.i > c.noun.i), None)
    pat = load().verbs.get(lemma(clause)) if clause is not None else None
    if pat is None or plover(pat.cameo)[1] != 4:
        return []                         # (a verb of force or coercion itself: not `a shooting that had stirred up
        # a town`, which names no one hit)
    subj = child(clause, SUBJ)
    if subj is None or not (subj.tag_ in ("WDT", "WP") or subj.lower_ == "that"):
        return []
    obj = child(clause, ("dobj",))
    found = [obj] + [prep_object(h, w) for h in (clause, obj) if h is not None for w in ("with", "against", "on")]
    taken = {getattr(x, "i", None) for x in c.source}
    for x in found:
        if x is not None and x.i not in taken and (actor_like(x) or actor_noun(x) or lemma(x) in _people() or (
                x.pos_ == "PRON" and x.lower_ in people_pronouns())):
            return [x]
    return []


def _content_target(c: Candidate) -> list:
    """An accusation or a request named by a noun with no target of its own is aimed at the subject of the clause
    that says what it is (`Romney's accusations that Trump would ...`, `his request that the United States extradite
    Gulen`, `complaints ... that China's surpluses were ...`: the owner of a thing)."""
    if c.etype not in ("ACCUSE", "REQUEST") or c.noun is None:
        return []
    heads = [c.noun] + ([c.token] if c.token.i != c.noun.i and c.token.pos_ in ("VERB", "AUX") else [])
    subj = content_subject(heads)
    return [subj] if subj is not None and not any(getattr(x, "i", None) == subj.i for x in c.source) else []


def content_subject(heads):
    """The subject of a that-clause hanging from one of `heads` (`concern that conservative donors would divert`),
    when it names someone or a group of people, or the owner of the thing it names (`that China's surpluses were`);
    None for `it`, `there`, the speaker's `I`/`we` or a thing (`concern that prices would rise`)."""
    clause = next((x for h in heads for x in children(h) if (x.dep_ in ("acl", "ccomp", "appos") and any(
                   y.dep_ == "mark" and y.lower_ == "that" for y in children(x)) or x.dep_ == "relcl" and any(
                   y.dep_ in ("mark", "advmod") and y.lower_ == "that" for y in children(x)) or _said_bare(h, x))
                   and x.pos_ in ("VERB", "AUX")), None)
    # (a relative clause whose `that` is neither its subject nor its object is the parser's that-clause: `it's a
    # disgrace that he is doing this`)
    subj = child(clause, SUBJ | PASS_SUBJ) if clause is not None else None
    if subj is None or subj.lower_ in ("it", "there", "this", "that", "what", "which", "who", "i", "we", "me", "us"):
        return None
    if names_actor(subj) or actor_like(subj) or lemma(subj) in _people():
        return subj
    owner = child(subj, ("poss",))
    return owner if owner is not None and names_actor(owner) and owner.lower_ not in ("its", "their") else None


def _said_bare(noun, x) -> bool:
    """`claims she misused state funds`, `the charge he had bribed an inspector`: a clause after a noun of something
    said (event_cues `claimnoun`) with no `that`, read by the parse as a relative clause, is what is said when it
    has its own subject and its own object, so no word of it is missing for the noun to fill (`the claims she made`,
    `the charge he faces` are relative clauses: no object of their own); dyad48."""
    return x.dep_ in ("relcl", "acl") and x.i > noun.i and lemma(noun) in load().cues.get("claimnoun", ()) and \
        child(x, ("nsubj",)) is not None and child(x, ("dobj",)) is not None and not any(
            y.tag_ in ("WDT", "WP", "WP$") or y.lower_ == "that" for y in children(x))


@functools.lru_cache(maxsize=1)
def _people() -> frozenset:
    """Common nouns of people acting as a group (event_senses.tsv `people`: voters, donors, delegates...)."""
    return frozenset(classes("event_senses.tsv").get("people", ()))


def _a_date(x) -> bool:
    """x is a date or a time of day, named or owning (`Friday's shooting`, `Sunday night's attack`): when an act
    happened, never whom it was aimed at (ev31b)."""
    return x.ent_type_ in ("DATE", "TIME") and x.pos_ in ("NOUN", "PROPN")


def _at_place(x) -> bool:
    """x is where something happened: the object of a preposition of place (`near his home`, `in West Philadelphia`)."""
    return x.dep_ == "pobj" and x.head.lower_ in load().cues.get("placeprep", ())


def at_street(x) -> bool:
    """x is a street, a block or another open place (event_cues `openplace`), named or not, after a preposition of
    place: where an act of force happened, never whom it hit (`a shooting on West 42nd Street`, `at 118 Birch Lane`,
    `in the 300 block of Elm Street`; ev30b)."""
    return x.pos_ in ("NOUN", "PROPN") and _at_place(x) and x.lemma_.lower().rstrip(".") in load().cues.get(
        "openplace", ())


def at_dwelling(x) -> bool:
    """x is a home, a house or a flat (event_cues `dwelling`, ev30c), or a building, a shop, a door or an area
    (`premises`, ev31b), a common noun, no name, after a preposition of place: where shots were fired, not whom they
    hit (`shots were fired at a home on Elm Street`, `found shot at his business`; the guide's target is who was
    hit). For attacks only. A name whose last word is one of them is a place too (`a shooting broke out at the Birch
    Leaf Apartments`, `shot at the Starlite Motel`; ev32b): `Militants stormed the Serena Hotel` has no preposition."""
    cues = load().cues
    if x.pos_ == "PROPN" and _at_place(x) and not any(y.dep_ == "compound" and y.i > x.i for y in children(x)):
        low = x.lower_
        return any(w in cues.get("dwelling", ()) or w in cues.get("premises", ())
                   for w in (low, low[:-1] if low.endswith("s") else low))
    return x.pos_ == "NOUN" and _at_place(x) and (
        x.lemma_.lower() in cues.get("dwelling", ()) or x.lemma_.lower() in cues.get("premises", ()))


def no_one_hit(x) -> bool:
    """x names an attack's course, never whom it hit (event_cues `nohit`, a common noun: `murdered in a shooting
    spree`, `caught in the crossfire`; ev32b). For attacks only."""
    return x.pos_ == "NOUN" and lemma(x) in load().cues.get("nohit", ())


def arms(x) -> bool:
    """x names what is fired (crime_words `firearm`, `projectile`, a common noun: `fired a gun`, `fire shots`): no
    one hit, dropped beside another target (ev32b)."""
    return x.pos_ == "NOUN" and lemma(x) in _arms()


@functools.lru_cache(maxsize=1)
def _arms() -> frozenset:
    """crime_words `firearm` and `projectile`: what is fired, not who is hit."""
    w = classes("crime_words.tsv")
    return frozenset(w.get("firearm", ())) | frozenset(w.get("projectile", ()))


def _bare_victims(t) -> list:
    """The subjects of a participle of wounding that stands with no auxiliary and no object, as in a headline
    (`Four people shot in Tangelo Park`, `Teen shot dead`, `a 3-year-old girl shot and killed near her school`): they
    were hit, not shooting, when they are counted (a number, an age) or the act's outcome or a body part is told
    (`shot to death`, `shot in the leg`). Empty otherwise (`Police shot in the air`, `gunmen shot at the crowd`)."""
    cues = load().cues
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN") or lemma(t) not in cues.get("wounding", ()) or \
            t.dep_ not in ("ROOT", "conj"):
        return []
    if any(x.dep_ in ("aux", "auxpass", "dobj", "nsubjpass", "neg", "dative", "ccomp", "xcomp") for x in children(t)):
        return []
    if any(x.dep_ == "prep" and x.lower_ in ("at", "into", "on", "through") for x in children(t)):
        return []
    subj = [x for x in children(t) if x.dep_ == "nsubj" and x.pos_ in ("NOUN", "PROPN", "NUM")]
    if not subj and t.dep_ == "conj":
        return []
    told = any(x.dep_ == "prep" and any(y.dep_ == "pobj" and (
        lemma(y) in cues.get("bodypart", ()) or (x.lower_ == "to" and lemma(y) in cues.get("outcome", ())))
        for y in children(x)) or (x.dep_ in ("acomp", "oprd", "advmod", "xcomp") and x.lower_ == "dead")
        for x in children(t))
    counted = any(any(y.like_num or y.tag_ == "CD" or y.lower_.endswith("yo") or "year" in y.lower_
                      for y in s.subtree if y.i <= s.i) for s in subj)
    if not subj or not (told or counted):
        return []
    return subj


def _undergoer(t):
    """Who undergoes a passive act of force with no subject of its own: the one found (`two men were found shot`), the
    subject of the verb a passive gerund hangs from (`died after being shot`, `survived being shot`), the noun a
    participle with no object describes (`a man shot in the chest was taken`, tagged a past tense or not, or parsed
    as a clause that is the subject)."""
    h = t.head
    if t.tag_ == "VBN" and t.dep_ in ("xcomp", "oprd") and is_passive(h):
        return child(h, PASS_SUBJ)        # `two men were found shot`: the one found was shot
    if is_passive(t) and child(t, PASS_SUBJ) is None and t.dep_ in ("pcomp", "xcomp", "advcl"):
        if t.dep_ == "pcomp" and h.pos_ == "ADP":
            h = h.head
        if h.pos_ == "VERB" and h.dep_ == "acl" and h.tag_ == "VBN" and h.head.pos_ in ("NOUN", "PROPN"):
            return h.head                 # `2 men hospitalized after being shot`: the men the participle describes
        if h.pos_ in ("VERB", "AUX"):
            return child(h, SUBJ | PASS_SUBJ)
    if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and h.pos_ in ("NOUN", "PROPN") and \
            child(t, ("dobj", "nsubj")) is None and (actor_like(h) or actor_noun(h)):
        return h                          # (not `shots fired`: the thing fired)
    if t.dep_ in SUBJ | PASS_SUBJ and t.tag_ in ("VBN", "VBD") and child(t, ("dobj",)) is None:
        s = child(t, ("nsubj",))          # `a man shot in the leg was taken`, parsed as a clause `man shot`
        if s is not None and (actor_like(s) or actor_noun(s)):
            return s
    return None


def _slot_targets(c: Candidate, owners, passive: bool, taken: set) -> list:
    """The heads in the pattern's target slots, the first owner (event noun, trigger) that fills each slot; not a
    date, the source or the event noun; at most MAX_TARGETS. Adds what it takes to `taken`."""
    t = c.token
    found = []
    for name in c.pattern.targets:
        name = name.lstrip("!")
        for o in owners:
            if o is c.noun and name == "dobj" and o is not t:
                continue
            x = slot(o, name, passive and o is t)
            if x is not None and x.ent_type_ in ("DATE", "TIME"):
                x = None
            if x is not None and x.i not in taken and (c.noun is None or x.i != c.noun.i):
                if name == "x" and not found:
                    c.target_from_x = True    # (not after an object: `ordered the relatives to surrender the child`
                    # keeps the relatives, whom the order is given)
                found.append(x)
                taken.add(x.i)
                # `apologized to Clinton and to his supporters`: the same preposition again names a second target
                p = x.head
                again = [child(y, ("pobj",)) for y in children(p) if y.dep_ == "conj" and y.lower_ == p.lower_] \
                    if p.pos_ == "ADP" and p.i != x.i else []
                for y in again[:1]:
                    if y is not None and y.i not in taken:
                        found.append(y)
                        taken.add(y.i)
                break
        if len(found) == MAX_TARGETS:
            break
    return found


def _both_sides(c: Candidate) -> None:
    """'Pakistan and the IMF reached an agreement': a joint subject of a two-sided event (SYMMETRIC) is both sides,
    the first conjunct the target. Backing or attacking something named as the object is one-sided: `Clinton and
    Reno praised the ruling`, `A and B attacked the village` are both the source. A verb that names its own partner
    with `with` is not split either: `Mayor Hall and other mayors worked with engineers` is both mayors with the
    engineers (dyad47)."""
    if c.etype in ("SUPPORT", "ASSAULT") and c.target and not c.target_from_x and (
            c.noun is None or _given_to(c.noun) is not None) and \
            c.target[0].lemma_.lower() not in load().nouns:   # (`A and B struck a deal`: an agreement between them)
        return                            # (`Russia and China promised support to Iran`: whom both back, ev49)
    if c.source and c.etype in SYMMETRIC and (c.noun is None or c.source[0].i != c.noun.i) and not (
            c.target and not c.target_from_x and actor_like(c.target[0])) and not (   # `A and B joined NATO`: NATO
            _with_partner(c)):
        conj = [x for x in children(c.source[0]) if x.dep_ == "conj"]
        if conj and not any(x.i == conj[0].i for x in c.target):
            c.solo.add(c.source[0].i)
            c.target = (conj[:1] + ([] if c.target_from_x else c.target))[:MAX_TARGETS]
            if _promised_together(c):
                c.joint = conj[0]         # (typed and scored as split; the record lists both as the source)


def _given_to(n):
    """The one a cooperative act named by a verb's object is given to: the verb's `to` object (`promised support to
    Iran`, `offered condolences to the families`, parsed as its dative), when it names an actor; else None."""
    if n.dep_ != "dobj" or n.head.pos_ not in ("VERB", "AUX"):
        return None
    x = next((y for p in children(n.head) if p.dep_ in ("dative", "prep") and p.lower_ == "to"
              for y in children(p) if y.dep_ == "pobj"), None)
    return x if x is not None and (names_actor(x) or actor_like(x) or actor_noun(x)) else None


def _promised_together(c: Candidate) -> bool:
    """A verb of promising (event_cues `promiseverb`: pledge, vow, promise, swear) with a joint subject: `Berg and
    Lind pledged to restart talks` is one promise made by both to all who hear it, so both are the source and
    neither the other's target (EVENT_GUIDE: one entry, the source who acts; dyad48). A verb of agreeing or meeting
    (`Ryan and Trump agreed to meet`) is still split: each side's act is aimed at the other. The split is kept
    while the event is typed and scored (`Candidate.joint`), and undone in its record (`events._joint_source`)."""
    return c.noun is None and lemma(c.token) in load().cues.get("promiseverb", ())


def _with_partner(c: Candidate):
    """The `with` object of a verb trigger that is among its targets (`worked with engineers`, `met with the mayor`):
    the side the sentence names as the partner, so a joint subject is one side (dyad47)."""
    if c.nominal or c.noun is not None:
        return None
    w = prep_object(c.token, "with")
    return w if w is not None and any(x.i == w.i for x in c.target) else None


_MEASURE_JUDGED = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})
_OWNED_BY = frozenset({"poss", "compound", "prep", "acl", "relcl", "appos"})


def _maker_of_measure(c: Candidate) -> None:
    """`The senate passed a measure ...; Governor Hale vetoed the bill`: a judgement of a measure named by `the`,
    `this` or `that` alone (event_cues `madething`: nothing in its phrase owns it) is aimed at whoever made it, the
    subject of a verb of making one (`makeverb`: passed, introduced, proposed) before the trigger in its sentence,
    when that subject names an actor other than the source; the subject is added as a target beside the measure
    (EVENT_GUIDE: the target is the actor aimed at, a thing's owner where the text names one; dyad48)."""
    if c.etype not in _MEASURE_JUDGED or len(c.target) != 1 or c.preset:
        return
    x = c.target[0]
    cues = load().cues
    things = cues.get("madething", ())
    if lemma(x) not in things or actor_like(x) or not any(
            d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in children(x)) or any(
            d.dep_ in _OWNED_BY or d.ent_type_ for d in children(x)):
        return
    makers, sent = cues.get("makeverb", ()), sentence_of(x.doc, x.i)
    taken = {y.i for y in c.source} | {x.i}
    found = []                            # (what each maker made, who made it), nearest first
    for v in reversed(tokens(x.doc)[sent.start:min(c.token.i, x.i)]):
        if v.pos_ != "VERB" or lemma(v) not in makers:
            continue
        made, who = child(v, ("dobj",)), child(v, ("nsubj",))
        if made is None or lemma(made) not in things or who is None or who.i in taken or not (
                actor_like(who) or actor_noun(who)) or any(who.lower_ == y.lower_ for y in c.source):
            continue
        found.append((lemma(made), who))
    # the maker of a measure of the judged word's own name before the nearest of another (`Ross introduced a bill,
    # Vale an amendment; Hale backed the bill`: Ross's bill); review48e
    who = next((w for m, w in found if m == lemma(x)), found[0][1] if found else None)
    if who is not None:
        c.target = c.target + [who]


def _nearby_actor(c: Candidate) -> None:
    """The targets found name no actor ('complain about the move'): add the nearest one that does (`actor_target`)."""
    x = actor_target(c.token, c.noun, c.target, {x.i for x in c.source + c.target} |
                     ({c.noun.i} if c.noun is not None else set()), places=c.quad in (2, 4) or c.etype == "AGREE")
    if x is not None and not (c.etype == "ASSAULT" and (at_street(x) or at_dwelling(x) or no_one_hit(x) or (
            c.target and arms(x)) or _occasion(x) or (
            c.target and _at_place(x) and x.ent_type_ in ("GPE", "LOC", "FAC")
            and lemma(c.token) in load().cues.get("casualty", ())))):
        c.target = c.target + [x]         # (`a shooting on Marlow Blvd`: where; ev30b; `another person was killed in
        # Gaza City`: the one hit is named, the place is where; ev31b)


@functools.lru_cache(maxsize=1)
def _summon_verbs() -> frozenset:
    return frozenset(classes("event_senses.tsv").get("summonverb", ()))


def _summoned_counterpart(c: Candidate) -> None:
    """`summoned the ambassador to complain about X`: the one summoned is whom the act of the purpose clause is aimed
    at, whatever its own objects name (the summons itself is no event: `checks._summoned_for`; plv31)."""
    t = c.token
    if c.nominal or t.dep_ not in ("advcl", "xcomp") or t.head.lemma_.lower() not in _summon_verbs() or not any(
            x.dep_ == "aux" and x.lower_ == "to" for x in children(t)):
        return
    o = child(t.head, ("dobj",))
    if o is not None and actor_like(o) and all(x.i != o.i for x in c.target + c.source):
        c.target = ([o] + c.target)[:MAX_TARGETS]


def _occasion(x) -> bool:
    """x is a noun the event lexicon reads as an attack: the occasion an act of force was part of, never whom it hit
    (`Two men were wounded in a shooting on Friday`: the phrase names an actor only through its date or place;
    ev30c)."""
    pat = load().nouns.get(x.lemma_.lower()) if x.pos_ == "NOUN" else None
    return pat is not None and bool(pat.cameo) and plover(pat.cameo)[0] == "ASSAULT"


def _failed(c: Candidate) -> bool:
    """The trigger is the act a verb of failing governs ('failed to reach a deal'): it did not happen."""
    t = c.token
    return t.dep_ == "xcomp" and t.head.lemma_.lower() in load().cues.get("fail", ())


def no_longer(tok) -> bool:
    """`no longer` (or `not any longer`) on a word: `you are no longer welcome`, `they no longer back him`."""
    return any(x.dep_ == "advmod" and x.lower_ == "longer" and any(
        y.dep_ in ("neg", "det", "advmod") and y.lower_ in load().cues["nolonger"] for y in children(x)) for x in children(tok))


def negated_word(t) -> bool:
    """A negation on a word: `not`, `n't`, or an adverb or determiner of event_cues `neg` (`never attacked`)."""
    neg = load().cues.get("neg", frozenset())
    return any(x.dep_ == "neg" or (x.dep_ in ("advmod", "det") and x.lower_ in neg) for x in children(t))


def _denied_subject(x) -> bool:
    """A subject denied as a whole by its determiner (event_cues `nosubjectdet`): `No officer fired`, `Neither the
    governor nor his aides have been charged` (`neither` the first conjunct's preconj), `Neither side attacked` (ev49).
    Only a common noun or a name, not `no one`'s pronoun, which `nosubject` takes."""
    dets = load().cues.get("nosubjectdet", frozenset())
    return x.pos_ in ("NOUN", "PROPN") and any(y.dep_ in ("det", "preconj") and y.lower_ in dets and y.i < x.i
                                               for y in children(x))


def _negated(c: Candidate) -> bool:
    """A negation on the trigger ('did not attack', 'never met', 'no longer backs') or `no` on its event noun ('no
    agreement')."""
    t = c.token
    return no_longer(t) or (t.dep_ in ("acomp", "attr") and no_longer(t.head)) or negated_word(t) or \
        (c.noun is not None and c.noun is not t and any(x.dep_ == "det" and x.lower_ == "no" for x in children(c.noun))) \
        or (c.nominal and t.dep_ == "attr" and any(x.dep_ == "neg" for x in children(t.head))) \
        or any(x.dep_ in ("nsubj", "nsubjpass") and (x.lower_ in load().cues["nosubject"] or (
            x.lower_ == "few" and not any(y.lower_ == "a" for y in children(x))) or _denied_subject(x))
               for x in children(t)) \
        or (c.nominal and t.dep_ == "dobj" and any(x.dep_ == "det" and x.lower_ == "any" for x in children(t))
            and any(x.dep_ == "neg" for x in children(t.head))) \
        or _not_done(c) \
        or (not c.nominal and any(x.dep_ == "aux" and any(y.dep_ == "neg" for y in children(x)) for x in children(t)))
    # `are not an indictment`, `nobody thanked me`, `few are calling for`, `I don't hear any criticism of`; `does not,
    # and never will, accept X`: the parse hangs `never` on the modal


DONE_UNPERMITTED = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"})


def _charge_brought(c: Candidate) -> bool:
    """A charge or a suit as the object of a verb that brings it about (event_cues `chargeverb`: `did not bring
    charges`, `would not bring a lawsuit`, `decided not to recommend charges`, ev49): the verb does the act at law, so
    its negation is the act's (lead44; `bring` is no light verb of every noun: `bringing the agreement into force`)."""
    return c.etype in ("ACCUSE", "COERCE") and lemma(c.token.head) in load().cues.get("chargeverb", ("bring",))


def _event_as_subject(t, lex) -> bool:
    """A light verb whose subject is itself a material event noun (`The bombing brought condemnation from Europe`):
    what the act led to, not an act its subject did; the object noun keeps its own doer (review44). Not a noun of
    words, which stands for its author (`The ad renews accusations`, `the statement made demands`)."""
    subj = child(t, SUBJ)
    return subj is not None and subj.pos_ == "NOUN" and subj.text[:1].islower() and not subj.ent_type_ and any(
        # (a common noun as written: not the name `Israel Flying Aid`)
        k in lex.nouns and lex.nouns[k].cameo and plover(lex.nouns[k].cameo)[1] in (2, 4) for k in noun_key(subj))


def _not_done(c: Candidate) -> bool:
    """Forms of not doing the parse leaves off the trigger (ev27b): the event noun of a negated light verb that was
    not folded with it (`did not authorise the strike`: `authorise` tagged ADV, the noun its object or, as the parse
    may have it, its head), or its passive subject (`an arrest has not been made`), or the subject of `has yet to`
    (`an arrest has yet to be made`); an infinitive on no one (`there is no one to blame`, `nobody to thank`)."""
    t, light = c.token, load().light
    if not c.nominal:
        return t.dep_ in ("relcl", "acl") and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(t)) and (
            t.head.lower_ in load().cues["nosubject"] or (t.head.lower_ == "one" and any(
                x.dep_ == "det" and x.lower_ == "no" for x in children(t.head))))
    permitted = load().cues.get("permission", ())
    return (t.dep_ in ("dobj", "nsubjpass") and (lemma(t.head) in light or _charge_brought(c)) and any(
        x.dep_ == "neg" for x in children(t.head)) and not (
            t.dep_ == "nsubjpass" and lemma(t.head) in permitted and c.etype in DONE_UNPERMITTED)) or any(
        x.dep_ == "advmod" and lemma(x) in light and any(y.dep_ == "neg" for y in children(x)) for x in children(t)) \
        or (t.dep_ in ("nsubj", "nsubjpass") and lemma(t.head) in ("have", "be") and any(
            x.dep_ == "advmod" and x.lower_ == "yet" for x in children(t.head)) and any(
            x.dep_ == "xcomp" and lemma(x) in light for x in children(t.head)))
    # (rev27a) `has yet to` only with a light verb that does the act (`an arrest has yet to be made`), not one said
    # of an act done (`the attack has yet to be claimed`, `the raid has yet to be explained`); an act of force or a
    # protest that `was not authorised` (cues `permission`) was done without leave (`the march was not authorised but
    # went ahead`)


def _purpose_denied(c: Candidate) -> bool:
    """A purpose infinitive of a negated verb (`will not go to Moscow to meet Gorbachev`): not done either."""
    t = c.token
    if c.nominal or t.dep_ != "advcl" or not any(x.dep_ == "aux" and x.lower_ == "to" for x in children(t)):
        return False
    h = t.head
    return h.i != t.i and h.pos_ in ("VERB", "AUX") and any(x.dep_ == "neg" for x in children(h))


def clitic_modal(x) -> Optional[str]:
    """`will` or `would` for the clitic `’ll`, `'ll`, `’d`, `'d` (event_cues `clitic_will`, `clitic_would`) that
    stands for it, else None: spaCy lemmatises only the straight `'ll`; `'d` before a participle is `had`."""
    cues = load().cues
    if x.tag_ != "MD":
        return None
    if x.lower_ in cues.get("clitic_will", ()):
        return "will"
    if x.lower_ in cues.get("clitic_would", ()) and (x.head.lower_ == x.head.lemma_.lower() or any(
            y.dep_ == "aux" and y.lower_ == "have" for y in children(x.head))):
        return "would"
    return None


def _mood(c: Candidate) -> tuple[bool, bool]:
    """(hypothetical, intent): a modal or conditional on the trigger or on the verbs it hangs from (xcomp, conj,
    pcomp, conditional advcl), or a verb of intent above it; `will`/`would`/`shall` and intent verbs make an intent.
    A nominal event takes the mood of its clause and of a plan or proposal it names, but is never an intent."""
    cues = load().cues
    modal = cues.get("modal", frozenset())
    intent_verbs = cues.get("intent", frozenset())
    cond = cues.get("cond", frozenset())
    t = c.token
    hypo = intent = False
    offered = None                        # the verb of offering the trigger is the infinitive of (ev57)
    v, steps, came = t, 0, None
    own_tense = False                     # the trigger is a finite conjunct (`but supports him`): no modal or intent
    # verb above it is its own, as a modal or an intent verb takes a bare verb
    if c.nominal:
        # a nominal event in an object or adjunct takes the mood of its clause ("intended to bring it up during
        # a meeting"), but it is not itself an intent: only `hypothetical` is inherited
        h, k = t, 0
        while k < 4 and h.head.pos_ not in ("VERB", "AUX") and h.dep_ != "ROOT":
            h, k = h.head, k + 1
        if h.dep_ not in SUBJ | PASS_SUBJ and h.head.pos_ in ("VERB", "AUX"):
            v = h.head
    while steps < 6:
        for x in children(v):
            if x.dep_ == "aux" and (x.lower_ in modal or x.lemma_.lower() in modal or clitic_modal(x)):
                if own_tense:
                    continue              # `she would like him to explain it but supports him`: a modal takes a bare
                    # verb, so a conjunct with a tense of its own (`supports`, `backed`) is said outright
                if v.i == t.i and _performative(t, x):
                    continue              # `"we would urge anyone with information to call"`: asked now
                hypo = True
                if x.lemma_.lower() in ("will", "would", "shall") or clitic_modal(x):
                    intent = True
            if x.dep_ == "mark" and x.lower_ in cond:
                hypo = True
        if v.i != t.i and (v.lemma_.lower() in intent_verbs or v.lower_ in cues.get("hopeform", ())) and \
                came != "conj" and not own_tense and not (
                c.nominal and came is None and v.lemma_.lower() in cues.get("direct", ()) and any(
                    x.dep_ == "prep" and x.lower_ == "at" for x in (*v.children, *t.children))):   # (`aimed a jab
            # at X`: done)
            hypo = True                   # `wants to meet`; not `aims insult at X, slams Y` (a second act)
            intent = intent or v.lemma_.lower() not in cues["attempt"]   # `tried to attack`: begun, not promised
            if came == "xcomp" and steps == 1 and v.lemma_.lower() in cues.get("offering", ()) and not c.nominal:
                offered = v               # `offered to talk with Hamas`: the act offered (ev57)
        if v.i != t.i and came == "xcomp" and v.lemma_.lower() == "go" and v.tag_ == "VBG" and not own_tense:
            hypo = intent = True          # `Russia is going to attack`, `who is going to beat Trump`: the future
        if v.dep_ == "ccomp" and v.head.i != v.i and (v.head.lemma_.lower() in cues.get("hopeverb", ()) or
                                                       v.head.lower_ in cues.get("hopeform", ())) and not c.nominal:
            hypo = True                   # `hopes that the council approves the plan`, `wished the court had ruled`:
            # a hope or a wish told, not the act (ev55a; a modal in the clause made it so before)
        if v.dep_ in ("xcomp", "conj", "pcomp") or (
                v.dep_ == "ccomp" and v.tag_ == "VB" and ((v.head.lemma_.lower() in cues["causative"]
                and not any(x.dep_ == "aux" for x in children(v))) or any(
                    x.dep_ == "aux" and x.lower_ == "to" for x in children(v)))) or (v.dep_ == "advcl" and any(
                (x.dep_ == "mark" and x.lower_ in cond) or (x.dep_ == "aux" and x.lower_ == "to") for x in children(v))):
            # (a purpose infinitive shares its verb's mood: `will fly to Moscow to meet Putin`; so does a bare verb
            # under let, make or help, and an infinitive with its own subject: `want the court to let them meet`)
            if v.dep_ == "conj" and steps == 0 and child(v, SUBJ) is not None:
                break
            own_tense = own_tense or v.dep_ == "conj" and steps == 0 and v.tag_ in ("VBZ", "VBD") and any(
                x.dep_ == "cc" and v.head.i < x.i < v.i for x in children(v.head))   # (a joined verb, not a misparse)
            came = v.dep_
            if v.head.pos_ == "ADP":
                v = v.head
            v = v.head
            steps += 1
            continue
        break
    if c.nominal and t.head.lemma_.lower() in cues["plannoun"]:
        hypo = True
    if not c.nominal and t.tag_ == "VBG" and t.dep_ in ("xcomp", "dobj", "ccomp") and \
            t.head.lemma_.lower() in cues["stancegerund"] and not any(
                x.dep_ in ("nsubj", "aux", "auxpass", "mark") for x in children(t)):
        hypo = True                       # `backs imposing sanctions`, `favor arresting the ringleaders`: an act
        # argued for or against, not done; a bare gerund (`suggested that he was seizing control` tells; ev48)
    if _toward_goal(t, cues, c.etype):
        hypo = True                       # `working toward reaching an accord`, `moved towards a ceasefire`: a
        # goal not yet reached (ev48)
    if c.nominal and _asked_for(t):
        hypo = True                       # `calls for his resignation`, `demanded the release of`: asked, not done
    if c.nominal and t.head.lower_ == "of" and t.head.head.lemma_.lower() in cues.get("unreal", ()):
        hypo = True                       # `the possibility of more terrorist attacks`, `the risk of war`
    if c.nominal and c.noun in (None, t) and any(x.dep_ == "det" and x.lower_ in ("any", "every") for x in children(t)):
        hypo = True                       # `the right to respond to any attack by the regime`: whatever may come,
        # no one happening (lead43; `denied any attack` is negated first: _negated)
    act = t.head if c.nominal and t.dep_ == "dobj" else t   # `unwillingness to affirm his support`: its verb
    if (not c.nominal or act is not t) and act.dep_ in ("acl", "xcomp") and act.head.pos_ in ("NOUN", "ADJ") and \
            act.head.lemma_.lower() in cues.get("refusal", ()):
        hypo = True                       # `Ryan's refusal to support him`, `was unwilling to back him`: the refusal
        # is the event, not the support
    if c.nominal:
        intent = False
    if offered is not None and _offer_made(offered, cond):
        return False, True                # `offered to shelter them`, `offered to end the strike if ...`: the offer
        # is made as told, an AGREE (`_retype_by_mood`), though the act offered is yet to come (ev57)
    return hypo, intent


def _offer_made(v, cond) -> bool:
    """The verb of offering v is itself told as done: no modal, negation or condition on it, and it is no infinitive
    or gerund under another verb (`offered to talk`; not `would offer to`, `did not offer to`, `plans to offer to`)."""
    if v.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    modal = load().cues.get("modal", frozenset())
    return not any(x.dep_ == "neg" or (x.dep_ == "aux" and (x.lower_ in modal or x.lemma_.lower() in modal
                   or clitic_modal(x))) or (x.dep_ == "mark" and x.lower_ in cond) for x in children(v)) and \
        v.dep_ not in ("xcomp", "pcomp")


def _toward_goal(t, cues, etype: str = "") -> bool:
    """t (an event noun or a gerund) is the object of `toward`/`towards` after a verb or noun of effort (event_cues
    `goalverb`: `working toward reaching a deal`, `progress towards a ceasefire`): what is striven for, not done.
    Not `leaning toward supporting him` (a stance held now), nor a protest or fighting named with `the` (`police
    headed toward the protest`, `moved towards the fighting`: a scene gone to, under way; review48b)."""
    h = t.head
    return t.dep_ in ("pobj", "pcomp") and h.lower_ in ("toward", "towards") and h.head.lemma_.lower() in cues[
        "goalverb"] and not (etype in ("PROTEST", "ASSAULT", "FIGHT") and any(
            x.dep_ == "det" and x.lower_ == "the" for x in children(t)))


def _performative(v, aux) -> bool:
    """`would` on a verb of asking or thanking whose subject is the speaker (`I`, `we`): a polite form of the act,
    said now, not a supposition (`"We would urge anyone with information to call us"`; not `they would urge`)."""
    if aux.lower_ not in ("would", "'d", "’d") or lemma(v) not in load().cues.get("performative", ()):
        return False
    subj = child(v, SUBJ)
    cond = load().cues.get("cond", frozenset())
    return subj is not None and subj.lower_ in ("i", "we") and not any(
        x.dep_ in ("neg", "mark") or (x.dep_ == "aux" and x.i != aux.i) or (x.dep_ == "advcl" and any(
            y.dep_ == "mark" and y.lower_ in cond for y in children(x))) for x in children(v))


def cameo_of(tok) -> str:
    """The CAMEO code the lexicon gives the token's lemma as a verb (verbs) or a noun (other words), '' if none."""
    lex = load()
    pat = (lex.verbs if tok.pos_ in ("VERB", "AUX") else lex.nouns).get(tok.lemma_.lower())
    return pat.cameo if pat is not None else ""


def _asked_for(n) -> bool:
    """The event noun n is what a request asks for: the object of a verb of demanding, or `for` after a request
    verb or noun (`demanded his resignation`, `renewed their calls for his resignation`)."""
    h = n.head
    if n.dep_ == "pobj" and h.lower_ == "for":
        h = h.head
    elif n.dep_ != "dobj":
        return False
    def request(x) -> bool:
        return cameo_of(x)[:2] in ("02", "10")
    return request(h) or (n.dep_ == "pobj" and h.pos_ in ("VERB", "AUX") and any(
        x.dep_ == "dobj" and request(x) for x in children(h)))     # `renewed their calls for`: for on the verb


def _pledged(c: Candidate) -> bool:
    """A vote declared for someone (event_cues `pledge`: `she is going to vote for Kell`, `I will vote for him`,
    `planned to vote for Kell`): an intent said outright backs them now, so it is told, not supposed. Not under a
    modal of doubt or a condition (`would vote for`, `might`, `whether he'll vote for`, `if`), a question or a
    denial, and not a crowd's or a count's vote (praise.keep)."""
    cues = load().cues
    if not c.intent or c.negated or c.nominal or c.pattern.kind != "phrase" or \
            c.pattern.key not in cues.get("pledge", ()):
        return False
    whom = prep_object(c.token, "for")
    if whom is None or not (whom.pos_ == "PROPN" or whom.ent_type_ == "PERSON" or whom.lower_ in (
            "him", "her", "them", "me", "us", "you")):
        return False                      # a particular someone named: not `will vote for a new chairman`, `for the
        #                                   bill` (a ballot still to be held, a measure)
    v = c.token
    for _ in range(4):
        for x in children(v):
            if x.dep_ == "aux" and x.lower_ not in ("will", "'ll", "shall", "to", "is", "am", "are", "was", "be",
                                                    "have", "has", "'ve", "'s", "'m", "'re", "do", "did"):
                return False              # `would`, `could`, `might`, `may`, `should`, `can`, `must`: doubt or duty
            if x.dep_ == "mark" and x.lower_ in cues.get("cond", ()) or x.dep_ == "neg":
                return False
        if v.dep_ not in ("xcomp", "ccomp") or v.head.pos_ not in ("VERB", "AUX"):
            break
        if v.dep_ == "ccomp" and v.i < v.head.i:
            return False                  # (`I'll vote for him, he said` is said: its own clause; a question mark
            #                               or a frame above it is not read)
        v = v.head
    return not sentence.of_token(c.token).asks


def _retype_by_mood(c: Candidate, failed: bool) -> None:
    """The type a mood makes of the event: a failed cooperation is a REJECT; an intent to cooperate an AGREE (a vote
    pledged to someone, `_pledged`, comes here as no intent: `will vote for Kell` is SUPPORT as told); an
    intent of material conflict a THREATEN; a negated intent to cooperate, or negated material cooperation, a
    REJECT ('will not lift the ban', 'did not give permission', 'does not recognize the courts'). A REJECT made so
    is not negated; a type changed here drops the trigger's mode (docs/events.md, Modes)."""
    etype, quad = c.etype, c.quad
    intent = c.intent
    if failed and quad in (1, 2) and etype != "REQUEST":
        c.etype, c.quad, c.cameo, c.negated, c.mode = "REJECT", 3, "120", False, None
    elif intent and quad == 1 and etype in ("CONSULT", "SUPPORT", "COOPERATE") and not c.negated:
        c.cameo = {"CONSULT": "036", "SUPPORT": "032"}.get(etype, "031")
        c.etype, c.mode = "AGREE", None
    elif intent and quad == 2 and not c.negated:
        c.cameo = {"COOPERATE": "031", "AID": "033", "CONCEDE": "035", "RETREAT": "035"}.get(etype, "030")
        c.etype, c.quad, c.mode = "AGREE", 1, None
    elif intent and quad == 4 and etype != "PROTEST" and not c.negated:
        c.cameo = {"SANCTION": "132", "COERCE": "137"}.get(etype, "138")
        c.etype, c.quad, c.mode = "THREATEN", 3, None
    elif c.negated and not (c.token.tag_ == "VBG" and c.token.dep_ in ("pcomp", "pobj")) and (
            intent and quad in (1, 2) and etype != "REQUEST" or quad == 2 or (
            etype == "SUPPORT" and c.token.lemma_.lower() in load().cues["recognizeverb"])):
        # (not `blasted Roe for not directly funding the clinics`, `his position of not allowing Muslims`: a gerund
        # under a preposition is what a criticism or a stance is about, not a refusal made)
        # "will not lift the ban", "did not give permission": withholding cooperation is a refusal
        c.etype, c.quad, c.cameo, c.negated, c.mode = "REJECT", 3, "120", False, None
        if c.hypothetical and _refusal_stated(c.token):
            c.hypothetical = False        # "I won't cooperate": saying so is the refusal, made now


def _refusal_stated(t) -> bool:
    """`will not` / `won't` on the verb itself, with no condition: a refusal said, not a possibility."""
    aux = {x.lower_ for x in children(t) if x.dep_ == "aux"}
    cond = load().cues.get("cond", frozenset())
    def conditioned(v) -> bool:
        return any(x.dep_ == "mark" and x.lower_ in cond for x in children(v)) or any(
            x.dep_ == "advcl" and any(y.dep_ == "mark" and y.lower_ in cond for y in children(x)) for x in children(v))
    heads = [t] + ([t.head] if t.dep_ == "conj" else [])
    # `said he would not support Ryan's agenda`: `would` of what a speaker says he will do
    reported = "would" in aux and t.dep_ == "ccomp" and t.head.lemma_.lower() in load().cues.get("report", ())
    return bool(aux & {"will", "wo", "shall"} or reported) and not (aux & {"could", "might", "may"}) and not (
        "would" in aux and not reported) and not any(conditioned(v) for v in heads) and t.dep_ not in ("xcomp", "advcl")


def extra_sources(c: Candidate, lex) -> None:
    """Who else stands behind the event: the speaker who announces what someone will do ('Holness announced the
    government will extend the curfew'), and the subject who pledges a possessor's support ('the prime minister
    pledged his country's support'). Added after the source found, never instead of it."""
    t = c.token
    have = {x.i for x in c.source + c.target}
    more = []
    if c.intent and t.pos_ in ("VERB", "AUX"):
        sp = speaker_of_clause(t)
        if sp is not None and sp.lower_ not in personal_pronouns():
            more.append(sp)
    n = c.noun
    if n is not None and c.etype in types_with_source("inherit") and c.source and c.source[0].dep_ == "poss" and \
            c.source[0].head.i == n.i:
        v = t if t is not n else (n.head if n.dep_ in ("dobj", "attr") else None)
        s = child(v, SUBJ) if v is not None and v.pos_ in ("VERB", "AUX") else None
        if s is not None and s.lower_ not in personal_pronouns():
            more.append(s)
    for x in more:
        if x.i not in have:
            c.source.append(x)
            have.add(x.i)


def absorb(cands: list[Candidate]) -> None:
    """Fold an xcomp/ccomp act into the event that governs it (agreed to release -> one AGREE)."""
    by_tok = {c.token.i: c for c in cands if not c.nominal}
    for c in cands:
        if c.nominal:
            continue
        t = c.token
        if t.dep_ in ("xcomp", "ccomp") and t.head.i in by_tok:
            head = by_tok[t.head.i]
            if t.dep_ == "xcomp" or head.etype in ("THREATEN", "AGREE", "REQUEST", "REJECT"):
                c.absorbed = True
                if c.target and (not head.target or head.target_from_x):
                    head.target = c.target
                    head.solo |= c.solo


def need_request(sent, skipped, quote_of=None) -> list[Candidate]:
    """'Hague said Russia needed to put more pressure': a speaker saying X must act is a REQUEST to X
    (`sent`: the sentence's tokens); with `quote_of` (a token -> (quote index, its speaker), or (None, None)), also
    a quoted sentence of its own (`"North Korea should abandon nuclear weapons."`, its speaker named before): the
    quote's speaker asks."""
    cues = load().cues
    report = cues.get("report", frozenset())
    out = []
    for t in picked(sent, "events.reported_ccomp", _reported_clauses):   # (the clauses of a reporting verb alone)
        said = _reporting_verb(t, report)
        if said is None or skipped(t):
            continue
        speaker = subject_of(said)
        if speaker is None:
            continue
        c = _needed(t, cues)
        if c is not None and c.target and hasattr(c.target[0], "lower_") and (
                c.target[0].lower_ == speaker.lower_ or c.target[0].lower_ == "they" and speaker.tag_ in ("NNS", "NNPS")):
            continue                      # (`she said she has to leave`, `the farmers said they must sell at a
            # loss`: their own need; one sayer's `they` is others: `the senator said they should leave`)
        if c is not None:
            c.source = [speaker]
            c.negated = c.negated or negated_word(said)   # `Reed did not say that the council must resign`,
            # `had never proposed that Ottawa should buy new ferries`: the demand is denied with its saying (ev45)
            out.append(c)
    if quote_of is not None and not out:
        for t in having(sent, DEP=ids_of("ROOT")):
            sp = quote_of(t)[1]
            if sp is None or skipped(t) or t.tag_ == "VBD" or not _quoted_whole(sent, quote_of):
                continue                  # (quoted words are not moved into the past as reported ones are: `"The
                # army had to retreat"` tells a duty done, `"X needed to act faster"` a reproach)
            c = _needed(t, cues)
            if c is not None:
                c.extra_source = sp
                out.append(c)
    return out


def _reported_clauses(doc) -> list[int]:
    """The indices of the doc's clausal complements (ccomp) whose head's lemma is a reporting verb (event_cues
    `report`), and of the clauses a reporting verb is put into as an aside (parataxis: `local officials, he said,
    should be vigilant`), off the DEP and HEAD columns once a doc, for `need_request` (the same words its test
    passes: `_reporting_verb`)."""
    lems, head, report = lowered(doc), heads(doc), load().cues.get("report", frozenset())
    said = [i for i in indices(doc, DEP=ids_of("ccomp")) if lems[head[i]] in report]
    aside = [head[i] for i in indices(doc, DEP=ids_of("parataxis")) if lems[i] in report and head[i] != i]
    return sorted(set(said) | set(aside))


def _reporting_verb(t, report):
    """The reporting verb (event_cues `report`) whose words the clause t is: its head when t is the verb's clausal
    complement (`said that X should act`), else a reporting verb put into t as an aside, before t's verb or after
    it (`X, he said, should act`, `that is why, he argued, X should act`: parataxis); None otherwise."""
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in report:
        return t.head
    return next((x for x in children(t) if x.dep_ == "parataxis" and x.lemma_.lower() in report), None)


def _to_be_done(t, cues):
    """`"The Roe Trust must be shut down at once," Ward said`, `the inquiry has to be reopened`: an act
    of the event lexicon that must or should be done to someone or something, said by someone, is a demand that it
    be done (REQUEST of no one named, or of the actor it is done to); `should have been`, denied or asked is none."""
    v = t
    if t.lemma_.lower() in cues.get("need", frozenset()) and not is_passive(t):
        v = child(t, ("xcomp",))
        if v is None or not any(x.dep_ == "aux" and x.lower_ == "to" for x in children(v)):
            return None
    elif not any(x.dep_ == "aux" and x.lower_ in ("must", "should") for x in children(t)):
        return None
    if not is_passive(v) or negated_word(t) or negated_word(v) or any(
            x.dep_ == "aux" and x.lemma_.lower() == "have" for x in (*t.children, *v.children)):
        return None
    lex = load()
    prt = next((x.lower_ for x in children(v) if x.dep_ == "prt"), None)
    if not cameo_of(v) and (prt is None or f"{v.lemma_.lower()}_{prt}" not in lex.phrases):
        return None                       # (`the figures have to be taken with a pinch of salt`: no act)
    done_to = child(v, PASS_SUBJ)
    if done_to is None or done_to.lower_ in personal_pronouns() or any(
            x.dep_ == "det" and x.lower_ in ("a", "an", "any", "every", "each") for x in children(done_to)):
        return None                       # (`a child should be protected`: a maxim; `he should be punished` is a
        # verdict on him, evaluative's `_deserves`)
    if sentence.of_token(t).asks:
        return None
    actor = done_to.ent_type_ in ACTOR_ENTS or done_to.pos_ == "PROPN" or actor_noun(done_to)
    c = Candidate(t, None, Pattern("need", t.lemma_.lower(), "020", None, ()), t.i, t.i, False,
                  etype="REQUEST", quad=1, cameo="020", target=[done_to] if actor else [], preset=True)
    c.depth = _depth(t)
    return c


def _quoted_whole(sent, quote_of) -> bool:
    """Every word of the sentence (its tokens) is inside one quotation (no reporting verb or name outside it)."""
    held = {quote_of(x)[0] for x in sent if not (x.is_space or x.is_punct)}
    return len(held) == 1 and None not in held


def _needed(t, cues):
    """The REQUEST (no source yet) of the clause t when it says an actor must, should, needs or has to act."""
    laid = _duty_in_words(t, cues)
    if laid is not None:
        return laid
    subj = child(t, SUBJ)
    if subj is None:
        return _to_be_done(t, cues)
    if subj.lower_ in personal_pronouns() and subj.lower_ not in ("he", "she", "they"):
        return None                       # (`we should`, `you must`: the speaker's side or anyone; `he has to stop`
        # asks the one he is, named before)
    if not _names_asked(subj):
        return None                       # `a child should be with his parents` (a maxim), `states have to balance
        # budgets` (a rule for any state), `concern over the appearance ought to outweigh`: no one asked
    if subj.lower_ in ("he", "she", "they") and (negated_word(t) or t.tag_ == "VBD" or is_passive(t)):
        return None                       # (`they shouldn't have trouble paying`, `he said he needed to speak to him`:
        # a forecast, or the speaker's own need told in the past)
    asked = subj
    if subj.lower_ in ("he", "she", "they") and (x := child(t, ("xcomp",))) is not None and is_passive(x):
        asked = next((o for a in children(x) if a.dep_ == "agent" for o in children(a) if o.dep_ == "pobj"), None)
        if asked is None or not (asked.ent_type_ in ACTOR_ENTS or asked.pos_ == "PROPN" or actor_noun(asked)):
            return None                   # (`"She has to be replaced"`: done to her, asked of no one named, as
            # `_to_be_done` leaves a pronoun; `they need to be defeated by Sunnis`: asked of the Sunnis)
    lem = t.lemma_.lower()
    state = cues.get("state", frozenset())
    comp = child(t, ("xcomp",))
    if lem in state or (lem in cues.get("need", frozenset()) and comp is not None and comp.lemma_.lower() in state):
        return None                       # `Clinton should be ready for questions`, `Elian should stay`, `Ukraine needs
        # to win the war`: a view or a forecast, no act
    if t.tag_ == "VBN" and any(x.dep_ == "aux" and x.lemma_.lower() == "have" for x in children(t)):
        return None                       # `the police should have arrested him` (a reproach), `the rebels must have
        # attacked` (an inference): a modal perfect asks nothing
    if any(x.dep_ == "aux" and x.lower_ == "should" and x.i < subj.i for x in children(t)):
        return None                       # `Should Rubio win Florida, ...`: a condition, not a demand
    if lem == "have" and comp is not None and not any(x.dep_ == "aux" and x.lower_ == "to" and x.i == t.i + 1
                                                      for x in children(comp)):
        return None                       # (`have adequate resources to secure the city`: a means, not `have to`)
    if (lem in cues.get("need", frozenset()) and comp is not None) or any(
            x.dep_ == "aux" and x.lower_ in ("must", "should") for x in children(t)):
        c = Candidate(t, None, Pattern("need", lem, "020", None, ()), t.i, t.i, False,
                      etype="REQUEST", quad=1, cameo="020", target=[asked], preset=True)
        c.depth = _depth(t)
        return c
    return None


def _duty_in_words(t, cues):
    """A duty laid on an actor in other words than a modal, in the clause t of `be` (the speaker is found by
    `need_request`): `it is time for X to act` (event_cues `dutytime`), `it is up to X to act`, `the onus is on X to
    act` (`dutyon`), `X would be wise to act` (`dutywise`): the REQUEST (no source yet) to X, its trigger the word
    of the duty (`time`, `up`, `onus`, `wise`). Not denied, not a
    question, not a maxim (`it is up to a producer to ...`); X must name an actor as `_needed`'s subject does."""
    if (t.lemma_.lower() != "be" and t.lower_ not in ("'s", "\u2019s")) or negated_word(t) or sentence.of_token(t).asks:
        return None
    asked, word = _duty_time(t, cues) or _duty_on(t, cues) or _duty_wise(t, cues) or (None, None)
    if asked is None or not _names_asked(asked):
        return None
    c = Candidate(t, None, Pattern("need", "duty", "020", None, ()), word.i, word.i, False,
                  etype="REQUEST", quad=1, cameo="020", target=[asked], preset=True)
    c.depth = _depth(t)
    return c


def _to_act(v) -> bool:
    """v is an active infinitive (`to close`, not `to be led`): an act asked for."""
    return v.pos_ in ("VERB", "AUX") and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(v)) and (
        not is_passive(v))


def _duty_time(t, cues):
    """`it is time for X to act`, `now is the time for X to act`: (X, `time`) (the parse hangs `for X to act` on
    `time` as a clause whose subject is X, or as `for` + X and an infinitive); None otherwise."""
    for n in children(t):
        if n.dep_ not in ("attr", "nsubj") or n.lemma_.lower() not in cues.get("dutytime", ()):
            continue
        for v in children(n):
            if v.dep_ in ("relcl", "acl", "advcl") and _to_act(v) and any(
                    x.dep_ == "mark" and x.lower_ == "for" for x in children(v)):
                return _pair(child(v, SUBJ), n)
            if v.dep_ == "prep" and v.lower_ == "for" and any(
                    _to_act(x) for x in (*children(n), *children(t)) if x.i > v.i):
                return _pair(child(v, ("pobj",)), n)
    return None


def _duty_on(t, cues):
    """`it is up to X to act`, `the onus is on X to act`: (X, `up` or the noun). `up to` is read on the words (the parse often takes
    the name after it for a verb): `up`, `to`, a few words, then an infinitive."""
    subj = child(t, SUBJ)
    if subj is None or not any(_to_act(x) for x in children(t)):
        return None
    if subj.lemma_.lower() in cues.get("dutyon", ()):
        on = next((x for x in children(t) if x.dep_ == "prep" and x.lower_ in ("on", "upon")), None)
        return None if on is None else _pair(child(on, ("pobj",)), subj)
    up = next((x for x in children(t) if x.lower_ == "up" and x.i == t.i + 1), None)
    if subj.lower_ != "it" or up is None:
        return None
    doc = t.doc
    end = min(up.i + 7, len(doc))
    if up.i + 2 >= end or doc[up.i + 1].lower_ != "to":
        return None
    for j in range(up.i + 3, end - 1):
        if doc[j].lower_ == "to" and doc[j + 1].tag_ == "VB":
            words = [doc[k] for k in range(up.i + 2, j)]
            named = [x for x in words if x.ent_type_ in ACTOR_ENTS or x.pos_ == "PROPN" or actor_noun(x)
                     or x.lower_ in ("him", "her", "them")]
            return _pair(named[-1] if named else (words[-1] if words else None), up)
    return None


def _duty_wise(t, cues):
    """`X would be wise to act`, `X would be well advised to act`: (X, the adjective)."""
    adj = next((x for x in children(t) if x.dep_ == "acomp" and x.lower_ in cues.get("dutywise", ())), None)
    if adj is None or not any(_to_act(x) for x in (*children(adj), *children(t)) if x.i > adj.i):
        return None
    if not any(x.dep_ == "aux" and x.lower_ in ("would", "'d") for x in children(t)):
        return None
    return _pair(child(t, SUBJ), adj)


def _pair(asked, word):
    """(the one asked, the word of the duty), or None when no one is asked."""
    return None if asked is None else (asked, word)


def _names_asked(x) -> bool:
    """x names someone who can be asked to act: a name, an actor word, he, she, they (him, her, them); not a maxim's
    `a`/`any`/`every` noun (`a child should be with his parents`), a bare plural of no one (`states have to balance
    budgets`; `foreign officials` with an adjective are asked), nor a thing (`support for Mr. Kim ... should show`:
    its head, whatever names it holds)."""
    if x.lower_ in ("he", "she", "they", "him", "her", "them"):
        return True
    if any(y.dep_ == "det" and y.lower_ in ("a", "an", "any", "every", "each") for y in children(x)):
        return False
    if x.tag_ == "NNS" and not actor_like(x) and not any(y.dep_ in ("det", "poss") for y in children(x)) \
            and not (actor_noun(x) and any(y.dep_ == "amod" for y in children(x))):
        return False
    return x.ent_type_ in ACTOR_ENTS or x.pos_ == "PROPN" or actor_noun(x)
