"""The teller's own accusation in a reported misdeed (issue 10): `Kirk noted that Trump has mocked a disabled
reporter` tells two events, Trump's act and Kirk's accusation of Trump (the event guide: in reported speech the
speaker is the source of the speech act, and the acts inside what is said are events of their own).

Read after a sentence's events are chosen (model.py chooses one reading a trigger, so the teller's event never
competes with the act told): for each chosen act, asserted, of a kind whose telling blames its doer
(lexicon/told_misdeeds.tsv `kind`; an attack in words only when it is a wrong in itself or judged so), done by an
actor (a name, a pronoun the actors stage resolved, a he/she/they, or the `you` a speaker addresses: the guide's
target is the mention), told by someone else: the subject of the reporting verb its clause hangs from
(event_cues.tsv `report`, also a subject the verb borrows: `..., adding that ...`), else the speaker of the quote
it is in. The teller's ACCUSE (CAMEO 111) of the doer has the reporting verb as its trigger (the act's own in a
quote), the verb's mood, and its confidence from the confidence model (pattern kind `told`, key `told TYPE` or
`told quote TYPE`). No accusation where the teller is the police telling a case, names no one, is the doer's own
actor, or says it by a neutral verb (`neutral`: confirmed, announced); where the act is set aside in a relative
clause or a clause of time; nor where the sentence has the teller's ACCUSE of that actor already.
"""
from __future__ import annotations

import functools
from typing import Callable, Optional

from ...lexicon import classes, pronouns
from .lexicon import load, people_pronouns
from .nouns import actor_noun
from .triggers import Candidate, Pattern, _depth, _mood, _negated

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
    for c in list(chosen) + list(extra):
        if c.etype == "ACCUSE" and not (c.negated or c.hypothetical):
            done.update(_pairs(c, made.get(id(c)), actor_at))
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
        key = (_who(new, actor_at), tuple(sorted(mine)) or tuple(t.i for t in doers))
        if key in done or any(key[0] == a and b in key[1] for a, b in done):
            continue
        done.add(key)
        out.append(new)
    return out


def _pairs(c: Candidate, ev, actor_at) -> set:
    """(source actor or words, target actor) of an ACCUSE already in the sentence."""
    if ev is None:
        src = _who(c, actor_at)
        tgt = [actor_at(t.idx, t.idx + len(t)) for t in c.target if hasattr(t, "idx")]
        return {(src, b) for b in tgt if b}
    srcs = [p.actor or p.text.lower() for p in ev.source]
    return {(a, p.actor) for a in srcs for p in ev.target if p.actor}


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
    from .criticism import NOT_SPEAKERS, _police_words

    subj, verb = _reported_by(c.token, quote_of)
    if subj is ASIDE:
        return None
    speaker = None
    if subj is not None:
        if subj.lower_ in NOT_SPEAKERS or subj.lower_ in _police_words() or \
                verb.lemma_.lower() in words()["neutral"]:
            return None
        _, qs = quote_of(subj)
        if subj.lower_ in ("i", "we"):
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
    head = c.noun if c.noun is not None else c.token
    if head.lemma_.lower() in words()["wrong"]:
        return True
    from .criticism import _judgement
    blame = _judgement()[0]

    def blames(x) -> bool:
        return x.lemma_.lower() in blame or x.lower_ in blame

    if any(x.dep_ in ("amod", "advmod") and blames(x) for t in {head, c.token} for x in t.children):
        return True
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.i != head.i:
        own = {x.i for x in head.subtree}
        return any(blames(x) for x in head.head.subtree if x.i not in own)
    return False


def _aside(t) -> bool:
    """t opens a clause that is not what is said but names a thing (a relative clause: `records that Linick
    questioned`, `one of the parties, who opposes this motion`; not a cleft's, `it was Obama that withdrew`) or sets
    the scene (an adverbial clause of time: `After Clinton accused him ..., he warned`; `because he denied` is
    said)."""
    if t.dep_ == "relcl":
        h = t.head
        return not (h.dep_ == "attr" and h.head.lemma_ == "be" and any(x.dep_ == "expl" or x.lower_ == "it"
                                                                       for x in h.head.children if x.dep_ == "nsubj"))
    return t.dep_ == "advcl" and any(x.dep_ in ("mark", "advmod") and x.lower_ in words()["setting"]
                                     for x in t.children)


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
    from .criticism import _subject

    report = load().cues.get("report", frozenset())
    t = tok
    for _ in range(8):
        if t.dep_ == "ROOT" or t.head.i == t.i:
            break
        h = t.head
        if t.dep_ in ("ccomp", "parataxis") and h.pos_ == "VERB" and h.lemma_.lower() in report:
            s, _ = _subject(h)
            return (s, h) if s is not None else (None, None)
        if _aside(t):
            return ASIDE, None
        t = h
    for x in t.children:                  # `"... attacked Clinton," Smegielski said`: the reporting verb after
        if x.dep_ in ("parataxis", "ccomp") and x.pos_ == "VERB" and x.lemma_.lower() in report and x.i > tok.i \
                and quote_of(x)[1] is None:
            s, _ = _subject(x)
            return (s, x) if s is not None else (None, None)
    return None, None
