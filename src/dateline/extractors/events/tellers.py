"""The teller's own accusation in a reported misdeed (issue 10): `Kirk noted that Trump has mocked a disabled
reporter` tells two events, Trump's act and Kirk's accusation of Trump (the event guide: in reported speech the
speaker is the source of the speech act, and the acts inside what is said are events of their own).

Read after a sentence's events are chosen (model.py chooses one reading a trigger, so the teller's event never
competes with the act told): for each chosen act, asserted, of a kind whose telling blames its doer
(lexicon/told_misdeeds.tsv `kind`; an attack in words only when it is a wrong in itself or judged so; a refusal,
a withdrawal, a threat or a harsh attack told outside a quote only when judged, a cleft's, or told by the one it is
aimed at: told plainly they are news, `_blamed`), done by an
actor (a name, a pronoun the actors stage resolved, a he/she/they, or the `you` a speaker addresses: the guide's
target is the mention), told by someone else: the subject of the reporting verb its clause hangs from
(event_cues.tsv `report`, also a subject the verb borrows: `..., adding that ...`), else the speaker of the quote
it is in. The teller's ACCUSE (CAMEO 111) of the doer has the reporting verb as its trigger (the act's own in a
quote), the verb's mood, and its confidence from the confidence model (pattern kind `told`, key `told TYPE` or
`told quote TYPE`). No accusation where the teller is the police telling a case, names no one, is the doer's own
actor, or says it by a neutral verb (`neutral`: confirmed, announced); where the act is set aside in a relative
clause or a clause of time, or doubted or denied on the way to the teller (`said he doubted that ...`); where the
teller backs it (a SUPPORT in the sentence), or the doer is a he/she/they that may be the teller (`He said he
...`); nor where the sentence has the teller's ACCUSE of that actor already.
"""
from __future__ import annotations

import functools
from typing import Callable, Optional

from ...lexicon import classes, pronouns, rows
from .criticism import NOT_SPEAKERS, RELATIVES, _judgement, _police_words, _subject
from .evaluative import words as ewords
from .lexicon import load, people_pronouns
from .nouns import actor_noun
from .triggers import Candidate, Pattern, _depth, _mood, _negated
from ..spans import children

CAMEO = "111"
ASIDE = "aside"                          # `_reported_by`: the act is told aside, not said


@functools.lru_cache(maxsize=1)
def words() -> dict[str, frozenset]:
    """lexicon/told_misdeeds.tsv: the kinds of acts whose telling blames the doer, the neutral reporting verbs."""
    return {k: frozenset(v) for k, v in classes("told_misdeeds.tsv").items()}


@functools.lru_cache(maxsize=None)
def _pattern(etype: str, quoted: bool) -> Pattern:
    """The teller's event's pattern: kind `told`, key `told TYPE` (a reporting verb's subject) or `told quote TYPE`
    (a quote's speaker), for the confidence model to weigh apart."""
    return Pattern("told", ("told quote " if quoted else "told ") + etype, CAMEO, None, ())


def accusations(chosen: list[Candidate], made: dict, quote_of: Callable, actor_at: Callable,
                extra: list[Candidate] = ()) -> list[Candidate]:
    """The tellers' ACCUSE candidates of a sentence: `chosen` its rule events, `made[id(c)]` their records (whose
    participants' actors are read), `quote_of(tok)` -> (quote index, speaker), `actor_at(start, end)` -> actor id;
    `extra`: events added beside them (the criticism detector's), whose accusations are not made twice."""
    kinds = words()["kind"]
    out: list[Candidate] = []
    done = set()
    backed = set()
    for c in list(chosen) + list(extra):
        if c.etype == "ACCUSE" and not (c.negated or c.hypothetical):
            done.update(_pairs(c, made.get(id(c)), actor_at))
        elif c.etype == "SUPPORT" and not (c.negated or c.hypothetical):
            backed.update(_backed(c, made.get(id(c)), actor_at))
    for c in chosen:
        ev = made.get(id(c))
        if ev is None or c.negated or c.hypothetical or c.etype.lower() not in kinds or c.extra_source is not None \
                or c.cameo.startswith(tuple(words()["notcameo"])):
            continue
        doers = [t for t in c.source if hasattr(t, "i")]
        if c.nominal and not all(_owner(t) for t in doers):
            continue                      # `a speedy Iraq withdrawal`: a noun's doer is its owner or its `by`
        mine = [p.actor for p in ev.source if p.actor]
        if not doers or not (mine or any(t.lower_ in people_pronouns() or t.lower_ in pronouns(person="2")
                                         for t in doers)):
            continue
        new = _teller(c, doers, mine, quote_of, actor_at)
        if new is None or c.etype == "ACCUSE" and not _wronging(c):
            continue
        teller = _who(new, actor_at)
        if c.etype.lower() in words()["plain"] and not _blamed(c, ev, new, teller):
            continue                      # `the spokesman said Iran had rejected the proposal`: news
        if _head(c).lemma_.lower() in words()["harsh"] and quote_of(c.token)[0] is None and \
                not _judged(c, said_of=True, by_any=True) and not _blamed(c, ev, new, teller):
            continue                      # `analysts said Trump attacked the Fed chairman`: news
        if any((teller, b) in backed for b in mine + [t.i for t in doers]):
            continue                      # `said Pell's refusal to meet the union was brave`: the teller backs it
        if not mine and new.source and any(_bound(t, new.source[0], c.token, new.token) for t in doers):
            continue                      # `He said he mocked the farmers`: the he told of is the teller
        key = (teller, tuple(sorted(mine)) or tuple(t.i for t in doers))
        if key in done or any(key[0] == a and b in key[1] for a, b in done):
            continue
        done.add(key)
        out.append(new)
    return out


def _pairs(c: Candidate, ev, actor_at) -> set:
    """(source actor or words, target actor) of an ACCUSE already in the sentence."""
    if ev is None:
        tgt = {actor_at(t.idx, t.idx + len(t)) for t in c.target if hasattr(t, "idx")}
    else:
        tgt = {p.actor for p in ev.target}
    return {(a, b) for a in _sources(c, ev, actor_at) for b in tgt if b}


def _backed(c: Candidate, ev, actor_at) -> set:
    """(source actor or words, target actor or token index) of a SUPPORT in the sentence: every token of its targets'
    phrases (`Pell's refusal`: Pell's too)."""
    tgts = {x.i for t in c.target if hasattr(t, "i") for x in t.subtree}
    if ev is not None:
        tgts |= {p.actor for p in ev.target if p.actor}
    return {(a, b) for a in _sources(c, ev, actor_at) for b in tgts}


def _sources(c: Candidate, ev, actor_at) -> set:
    """The ways a candidate's source is keyed: its record's actors or words, and `_who`'s reading (an unresolved
    `Senator Oakes` is `senator oakes` in the record, `oakes` by its head)."""
    out = {_who(c, actor_at)}
    if ev is not None:
        out |= {p.actor or p.text.lower() for p in ev.source}
    return out - {None}


def _who(c: Candidate, actor_at) -> Optional[str]:
    """The teller of a candidate: its actor, else its words."""
    if c.extra_source is not None:
        return getattr(c.extra_source, "actor", None) or c.extra_source.text.lower()
    t = next((x for x in c.source if hasattr(x, "idx")), None)
    if t is None:
        return None
    return actor_at(t.idx, t.idx + len(t)) or t.lower_


def _teller(c: Candidate, doers: list, mine: list, quote_of, actor_at) -> Optional[Candidate]:
    """The teller's ACCUSE of the doers of c, or None when no one else tells it, or tells it neutrally."""
    subj, verb = _reported_by(c.token, quote_of)
    if subj is ASIDE:
        return None
    speaker = None
    if subj is not None:
        if subj.lower_ in NOT_SPEAKERS or verb.lemma_.lower() in words()["neutral"] or any(
                x.lower_ in _police_words() for x in [subj] + [y for y in children(subj) if y.dep_ in ("compound",
                                                                                                      "amod")]):
            return None
        _, qs = quote_of(subj)
        if subj.lower_ in pronouns("subject", "1"):
            if qs is None:
                return None               # the writer
            speaker = qs
        elif subj.pos_ not in ("PROPN", "NOUN", "PRON") or subj.pos_ == "NOUN" and not actor_noun(subj) and \
                actor_at(subj.idx, subj.idx + len(subj)) is None:
            return None                   # (`data suggest that ...`: no one tells it)
    else:
        _, qs = quote_of(c.token)
        if qs is None or not mine:
            return None                   # (a quote's speaker told of `they`, `he`: too loose a tie)
        speaker = qs
    if speaker is not None:
        who = getattr(speaker, "actor", None)
        if not speaker.text or any(speaker.start <= t.idx < speaker.end for t in doers):
            return None
    else:
        if any(subj.i == t.i for t in doers) or any(x.i == subj.i for t in doers for x in t.subtree):
            return None
        who = actor_at(subj.idx, subj.idx + len(subj))
    if who is not None and who in mine:
        return None                       # the doer's own side tells it
    if any(t.lower_ in pronouns(person="1") for t in doers):
        return None                       # the teller's own side (`we`)
    trig = verb if verb is not None else c.token
    new = Candidate(trig, None, _pattern(c.etype, verb is None), trig.i, trig.i, False, etype="ACCUSE", quad=3,
                    cameo=CAMEO, target=list(doers), preset=True)
    if speaker is not None:
        new.extra_source = speaker
    else:
        new.source = [subj]
    if verb is not None:
        new.negated = _negated(new)
        new.hypothetical, new.intent = _mood(new)
    new.depth = _depth(trig)
    new.prob = c.prob
    return new


def _wronging(c: Candidate) -> bool:
    """A told attack in words is a wrong in itself (`wrong`: mocked, maligned, a smear), or is judged so: a word of
    blame (evaluation.tsv) modifies it (`a phony attack`, `unfairly criticised`) or is said of it as the subject of
    a verdict (`Trump's criticism of the judge was a racist comment`); not a word of blame in its own words
    (`condemning North Korea for its abuses`)."""
    return _head(c).lemma_.lower() in words()["wrong"] | words()["harsh"] or _judged(c)


def _head(c: Candidate):
    """The word naming the act: its event noun, else its trigger."""
    return c.noun if c.noun is not None else c.token


def _judged(c: Candidate, said_of: bool = False, by_any: bool = False) -> bool:
    """A word of blame (evaluation.tsv) modifies the act (`a phony attack`, `unfairly criticised`) or is said of it
    as the subject of a verdict (`Trump's criticism of the judge was a racist comment`), so is a word of praise
    denied (`Ryan's refusal was not a good thing`); with `said_of`, any verdict on the act (a noun) as the subject
    of `be` with no word of praise (`the NRA's refusal is a form of jihad`), with `by_any` as the subject of any verb
    (`Sanders' attack is designed to raise questions`: one's attacks told of are characterised)."""
    blame, praise = _judgement()
    head = c.noun if c.noun is not None else c.token

    def blames(x) -> bool:
        return x.lemma_.lower() in blame or x.lower_ in blame

    if any(x.dep_ in ("amod", "advmod") and blames(x) for t in {head, c.token} for x in children(t)):
        return True
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.i != head.i:
        verdict = head.head
        own = {x.i for x in head.subtree}
        words_of = [x for x in verdict.subtree if x.i not in own]
        if any(blames(x) for x in words_of):
            return True
        said = [verdict] + [y for x in children(verdict) if x.dep_ in ("acomp", "attr", "oprd", "advmod")
                            for y in [x] + [z for z in children(x) if z.dep_ in ("amod", "advmod")]]
        praised = [x for x in said if x.lemma_.lower() in praise or x.lower_ in praise]   # (`was brave`)
        denied = any(x.dep_ == "neg" for x in children(verdict))
        if praised:
            return denied
        return said_of and c.nominal and (by_any or verdict.lemma_ == "be")
    return False


def _blamed(c: Candidate, ev, new: Candidate, teller) -> bool:
    """A refusal, a withdrawal or a threat (`plain`), or a harsh attack in words told outside a quote (`harsh`), is
    the teller's blame only when judged (`_judged`), when a cleft names its doer (`it was Obama and Clinton that
    withdrew American forces`), or when the teller is the one it is aimed at (`the rebels said the army threatened
    them`, `she suggested that Sanders' attacks against her ...`); told plainly it is news (`the ministry said rebels
    withdrew from the town`, `the spokesman said Iran had rejected the proposal`, `analysts said Trump attacked the
    Fed chairman`)."""
    if _judged(c, said_of=True) or _cleft(c.token):
        return True
    if ev is None:
        return False
    if teller is not None and any(p.actor == teller for p in ev.target):
        return True
    by = new.source[0] if new.source else None
    return by is not None and any(_agrees(by, t.lower_) for t in c.target if hasattr(t, "lower_"))


def _agrees(who, pronoun: str) -> bool:
    """The pronoun may stand for the mention `who` (a token): a pronoun of the same person, number and gender (`she`
    and `her`, `they` and `them`), or a he/she of one named, a they of many (`the rebels` ... `them`)."""
    if pronoun not in pronouns():
        return False
    me = _features(who.lower_)
    if me is not None:
        return me == _features(pronoun)
    if who.pos_ not in ("PROPN", "NOUN"):
        return False
    plural = who.tag_ in ("NNS", "NNPS")
    return _features(pronoun) in ({("3", "pl", "")} if plural else {("3", "sg", "m"), ("3", "sg", "f")})


def _features(word: str) -> Optional[tuple]:
    """(person, number, gender) of a pronoun of pronouns.tsv, None for another word."""
    return _pronoun_features().get(word)


@functools.lru_cache(maxsize=1)
def _pronoun_features() -> dict:
    return {r["word"]: (r["person"], r["number"] or "", r["gender"] or "")
            for r in rows("pronouns.tsv", ("word", "case", "person", "number", "gender"))}


def _bound(doer, teller, act, verb) -> bool:
    """An unresolved he/she/they doer stands for its teller (`He said he mocked the farmers`, `Senator Oakes said he
    ...`): it agrees with the teller and no subject that could be its antecedent stands between them (`He said
    Grassley could lose because he denied Garland a hearing`: Grassley's he)."""
    if verb is None or doer.lower_ not in people_pronouns() or not _agrees(teller, doer.lower_):
        return False
    t = act
    for _ in range(8):
        if t.i == verb.i or t.head.i == t.i:
            break
        if t.i != act.i and any(x.dep_ in ("nsubj", "nsubjpass") and x.pos_ in ("PROPN", "NOUN") and
                                _agrees(x, doer.lower_) for x in children(t)):
            return False
        t = t.head
    return True


def _aside(t) -> bool:
    """t opens a clause that is not what is said but names a thing (a relative clause: `records that Linick
    questioned`, `one of the sides, who opposes this request`; not a cleft's, `it was Obama that withdrew`) or sets
    the scene (an adverbial clause of time: `After Clinton accused him ..., he warned`; `because he denied` is
    said)."""
    if t.dep_ == "relcl":
        return not _cleft(t)
    return t.dep_ == "advcl" and any(x.dep_ in ("mark", "advmod") and x.lower_ in words()["setting"]
                                     for x in children(t))


def _doubted(h) -> bool:
    """h, between an act and the verb that tells it, doubts or denies it (`doubt`: `said he doubted that Pell mocked
    them`), or says it is false (evaluation.tsv `false`: `said it was false that ...`)."""
    if h.lemma_.lower() in words()["doubt"]:
        return True
    false = ewords()["false"]
    return h.lemma_ == "be" and any(x.dep_ in ("acomp", "attr") and x.lemma_.lower() in false for x in children(h))


def _cleft(t) -> bool:
    """The clause t is a cleft's (`it was Obama that withdrew`: what is said of its doer), a relative clause of the
    named doer or, as the parser reads some, a clause of `be` whose subject is a relative (`that withdrew`)."""
    if t.dep_ == "relcl":
        h = t.head
        be = h.head if h.dep_ == "attr" else None
    else:
        be = t.head if t.dep_ == "ccomp" and any(x.dep_ == "nsubj" and x.lower_ in RELATIVES for x in children(t)) \
            and any(x.dep_ == "attr" and x.i < t.i for x in children(t.head)) else None
    return be is not None and be.lemma_ == "be" and any(x.dep_ == "expl" or x.lower_ == "it"
                                                        for x in children(be) if x.dep_ == "nsubj")


def _owner(t) -> bool:
    """t owns the noun it hangs from (`Obama's refusal`, `Sanders’ attack`) or is its `by` object."""
    if t.dep_ == "poss" or t.head.dep_ == "agent":
        return True
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.dep_ in ("nmod", "compound") and after is not None and (after.tag_ == "POS" or after.text in ("’", "'"))


def _reported_by(tok, quote_of) -> tuple:
    """(subject, reporting verb) of the reporting verb whose clause holds tok (its own subject or one it borrows:
    `..., adding that ...`), or (None, None); a reporting verb after the words, hanging from their main verb, only
    outside a quote (`"... attacked Clinton," Smegielski said`, not `Carville warned: "Stalin said ..."`)."""
    report = load().cues.get("report", frozenset())
    t = tok
    for _ in range(8):
        if t.dep_ == "ROOT" or t.head.i == t.i:
            break
        h = t.head
        if t.dep_ in ("ccomp", "parataxis") and h.pos_ == "VERB" and h.lemma_.lower() in report:
            s, _ = _subject(h)
            return (s, h) if s is not None else (None, None)
        if _aside(t) or _doubted(h):
            return ASIDE, None
        t = h
    for x in children(t):                  # `"... attacked Clinton," Smegielski said`: the reporting verb after
        if x.dep_ in ("parataxis", "ccomp") and x.pos_ == "VERB" and x.lemma_.lower() in report and x.i > tok.i \
                and quote_of(x)[1] is None:
            s, _ = _subject(x)
            return (s, x) if s is not None else (None, None)
    return None, None
