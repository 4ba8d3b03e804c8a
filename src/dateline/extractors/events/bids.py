"""Bids said to someone with no verb of request (issue 10, ev31c): `the mayor told residents to stay indoors`,
`the health department is reminding drivers to designate a sober driver`, `told Israel to dismantle the outposts`:
a REQUEST of the teller to the one told (event_cues `bidverb`). Not a word to reporters (`told reporters to expect
a vote`), to a person named by a pronoun (`told him to leave`: a private word), nor one negated or supposed; nor
(rev31) a `to` clause before the one told (`In a call to mark the day, Peres told Mubarak that ...`: a purpose) or one
of what the told will only see (event_cues `bidforecast`: `told lawmakers to expect a vote`: a forecast)."""
from __future__ import annotations

from ..spans import children, ids_of, tokens
from .columns import class_picked
from .lexicon import Pattern, load
from .nouns import actor_noun
from .triggers import Candidate, _depth, actor_like, child, is_passive, participle_doer


def _bid_verbs(sent, verbs) -> list:
    """The verbs of `bidverb` among the tokens `sent` (`bids`' opening words)."""
    return class_picked(sent, "bidverb", verbs, ids_of("VERB"))


def opening(doc) -> list[int]:
    """The indices of the doc's words `bids` starts from: a sentence holding none gives no candidate (speed37a)."""
    return [t.i for t in _bid_verbs(tokens(doc), load().cues.get("bidverb", frozenset()))]


def bids(sent, skipped) -> list[Candidate]:
    """REQUEST candidates of the sentence's tokens `sent`: a bid verb with an object told and a `to` clause of what
    the told are to do, said by someone who acts."""
    cues = load().cues
    verbs, hearers = cues.get("bidverb", frozenset()), cues.get("bidhearer", frozenset())
    out = []
    for t in _bid_verbs(sent, verbs):   # (the class's verbs alone, speed33)
        if t.pos_ != "VERB" or t.lemma_.lower() not in verbs or skipped(t) or is_passive(t):
            continue
        told, doer = child(t, ("dobj",)), child(t, ("nsubj",))
        if doer is None:
            doer = participle_doer(t)     # `spoke for an hour, telling residents to stay indoors` (ev41)
        act = next((x for x in children(t) if x.dep_ in ("xcomp", "ccomp") and x.pos_ in ("VERB", "AUX") and any(
            y.dep_ == "aux" and y.lower_ == "to" for y in children(x))), None)
        if told is None or doer is None or act is None or told.pos_ == "PRON" and told.lower_ not in ("those",) or \
                act.i < told.i or any(y.dep_ == "mark" for y in children(act)) or \
                act.lemma_.lower() in cues.get("bidforecast", frozenset()) or \
                told.lemma_.lower() in hearers or any(x.dep_ == "neg" or (x.dep_ == "aux" and x.lower_ in (
                    "will", "would", "could", "might", "may", "should", "must", "can")) for x in children(t)):
            continue
        if not (actor_like(doer) or actor_noun(doer) or doer.lower_ in ("he", "she", "they", "we")):
            continue                      # (`the sign told drivers to slow down`: no one acting)
        c = Candidate(t, None, Pattern("verb", t.lemma_.lower(), "020", None, ()), t.i, t.i, False, etype="REQUEST",
                      quad=1, cameo="020", source=[doer], target=[told], preset=True)
        c.depth = _depth(t)
        out.append(c)
    return out
