"""Threats said as what the sayer will do (issue 10, ev44): `China said it would take necessary countermeasures against
the United States`, `Pakistan said it would retaliate against India`, `"We will respond to any aggression by Kabul,"
the minister said`: an act of answering (event_senses `retaliation`: retaliate, respond, act, take action or
measures) that the sayer itself will do (will, would, 'll), aimed at someone named (`against X`, or the doer of the
act answered: `to the attack by X`, `to X's aggression`), is the sayer's THREATEN of that one. Not one negated or on
a condition of its own (`if asked, it would respond`), nor another's act foretold (`said the U.S. would retaliate`),
nor a warning's clause (the warning is the threat: checks._answer_warned), nor an answer to a question or a charge
(`would respond to questions`: no one named as a doer), nor to what is no hostile act (`would respond to the report by
X`, `to X's offer`: `_hostile_act`)."""
from __future__ import annotations

import functools

from ...lexicon.actors import countries
from ..spans import children, ids_of, tokens
from .columns import class_picked
from .lexicon import Pattern, load, plover
from .nouns import actor_noun
from .triggers import Candidate, _depth, actor_like, child, names_actor, prep_object

WILL = frozenset({"will", "would", "'ll", "shall"})
SUBJECT_SELF = frozenset({"it", "they", "we", "i", "he", "she"})
_VERBS = ids_of("VERB")


def _answers(sent) -> list:
    """The verbs of event_senses `retaliation` among the tokens `sent` (the finder's opening words), and `take`."""
    return class_picked(sent, "threats.answer", _answer_words(), _VERBS)


@functools.lru_cache(maxsize=1)
def _answer_words() -> frozenset:
    from .checks import senses
    return frozenset(senses()["retaliation"]) | {"take"}


def _penalties(sent) -> list:
    """The nouns of event_senses `consequence` among the tokens `sent` (`there will be consequences if ...`)."""
    from .checks import senses
    return class_picked(sent, "threats.penalty", senses()["consequence"], _NOUNS)


_NOUNS = ids_of("NOUN")


def opening(doc) -> list[int]:
    """The indices of the doc's words `said_threats` starts from: a sentence holding none gives nothing (speed37a)."""
    return sorted(t.i for t in _answers(tokens(doc)) + _penalties(tokens(doc)))


def said_threats(sent, skipped, quote_of) -> list[Candidate]:
    """THREATEN candidates of the sentence's tokens `sent` (`quote_of(tok)`: (quote index, speaker) or (None, None)):
    the sayer's own act of answering, to come, aimed at someone named."""
    from .checks import senses
    w = senses()
    acts = w["retaliation"]
    out = []
    for v in _answers(sent):
        if skipped(v) or v.dep_ in ("advcl", "relcl", "acl", "amod", "pcomp"):
            continue
        lem = v.lemma_.lower()
        obj = child(v, ("dobj",))
        if lem == "take" and (obj is None or obj.lemma_.lower() not in acts):
            continue                      # `would take action / measures / steps / countermeasures` (read before
            #                               the auxiliaries: `take` is common, its object rules most out; speed45)
        aux = [x for x in children(v) if x.dep_ in ("aux", "neg", "mark", "auxpass")]
        if not any(x.dep_ == "aux" and x.lower_ in WILL for x in aux) or any(
                x.dep_ in ("neg", "auxpass") or x.dep_ == "mark" and x.lower_ != "that" for x in aux):
            continue                      # (only a will of its own: `could respond`, `if it responds` are not said;
            # the `that` of a reported clause is no condition: `said that it would retaliate`, ev45)
        subj = child(v, ("nsubj",))
        sayer, extra = _sayer(v, subj, quote_of)
        if sayer is None and extra is None:
            continue
        target = _aimed_at(v, obj)
        if target is None:
            continue
        etype, quad = plover("130")
        c = Candidate(v, None, Pattern("verb", lem, "130", None, ()), v.i, v.i, False, etype=etype, quad=quad,
                      cameo="130", source=[sayer] if sayer is not None else [], target=[target], preset=True,
                      extra_source=extra)
        c.depth = _depth(v)
        out.append(c)
    return out + _penalty_if(sent, skipped, quote_of)


_FORECAST = frozenset({"war", "violence", "attack", "strike", "force"})   # (`there will be war if the talks fail`)


def _penalty_if(sent, skipped, quote_of) -> list[Candidate]:
    """`The president said there would be consequences if Iran attacked U.S. ships`, `"There will be a response if they
    cross the line," X said`: a penalty (event_senses `consequence`) said to come (`there will / would be`) on the
    condition of an act by someone named (the `if` clause's subject): the sayer threatens that one (ev44)."""
    out = []
    for n in _penalties(sent):
        be = n.head
        if skipped(n) or n.dep_ != "attr" or n.lemma_.lower() in _FORECAST or be.lemma_ != "be" or not any(
                x.dep_ == "expl" for x in children(be)) or not any(
                x.dep_ == "aux" and x.lower_ in WILL for x in children(be)) or any(x.dep_ == "neg" for x in children(be)):
            continue
        cond = next((x for x in children(be) if x.dep_ == "advcl" and any(
            y.dep_ == "mark" and y.lower_ == "if" for y in children(x))), None)
        who = child(cond, ("nsubj",)) if cond is not None else None
        if who is None or not (names_actor(who) and who.lower_ not in ("it", "we", "i", "you") or actor_noun(who)):
            continue
        sayer, extra = _sayer(be, child(be, ("expl",)), quote_of, anyone=True)
        if sayer is None and extra is None:
            continue
        etype, quad = plover("130")
        c = Candidate(n, None, Pattern("verb", n.lemma_.lower(), "130", None, ()), n.i, n.i, False, etype=etype,
                      quad=quad, cameo="130", source=[sayer] if sayer is not None else [], target=[who], preset=True,
                      extra_source=extra)
        c.depth = _depth(n)
        out.append(c)
    return out


def _sayer(v, subj, quote_of, anyone: bool = False):
    """(the sayer's token, None) when v is the clause of a reporting verb whose subject the clause's subject stands for
    (`it`, `they`, `we`, `he`, `she`, or the same word: `Iran said Iran would ...`); (None, the quote's speaker) when v is the root
    (or clause) of quoted words whose subject is `we` or `I` (with `anyone`, any subject: `there`); else (None,
    None)."""
    if subj is None:
        return None, None
    if v.dep_ == "ccomp" and v.head.lemma_.lower() in load().cues.get("report", ()) and v.head.lemma_ != "warn":
        sayer = child(v.head, ("nsubj",))
        if sayer is None or not (names_actor(sayer) or actor_like(sayer) or actor_noun(sayer)):
            return None, None
        if anyone or subj.lower_ in SUBJECT_SELF or subj.lower_ == sayer.lower_ or _same_country(subj, sayer):
            return sayer, None
        return None, None
    if v.dep_ in ("ROOT", "ccomp") and (anyone or subj.lower_ in ("we", "i")):
        speaker = quote_of(v)[1]
        if speaker is not None:
            return None, speaker
    return None, None


def _country(x) -> str | None:
    """The ISO3 country a name stands for (`Iran`, `Tehran`: a country or its capital), or the country of a body
    named with it (`Iran's foreign ministry`, `the Iranian government`: a country or demonym before the head)."""
    cs = countries()
    for w in (x, *(y for y in children(x) if y.i < x.i and y.dep_ in ("poss", "compound", "amod"))):
        if w.pos_ == "PROPN" or w.ent_type_ in ("GPE", "NORP"):
            iso = cs.names.get(w.text) or cs.capitals.get(w.text) or cs.demonyms.get(w.text)
            if iso is not None:
                return iso
    return None


def _same_country(subj, sayer) -> bool:
    """The clause's subject is a country or its capital that the sayer speaks for (`Iran's foreign ministry said
    Tehran would retaliate`, `Iran said Tehran would ...`: the government's own act to come, ev45); not another
    country (`Iran said the U.S. would retaliate`: foretold, no threat)."""
    if subj.pos_ != "PROPN" or any(y.i < subj.i and y.dep_ in ("poss", "compound") for y in children(subj)):
        return False                      # (the country itself, not a body of it: `Iran's army would retaliate`)
    own = _country(subj)
    return own is not None and own == _country(sayer)


def _aimed_at(v, obj):
    """Whom the answer is aimed at: an `against` object of the verb or of its object (`take measures against X`)
    that names an actor, or the doer of the act a `to` / `for` object names (`respond to the attack by X`, `to X's
    aggression`, `to any Indian aggression`); else None."""
    for owner in (v, obj):
        if owner is None:
            continue
        x = prep_object(owner, "against")
        if x is not None:
            who = _named(x)
            if who is not None:
                return who
        for prep in ("to", "for"):
            x = prep_object(owner, prep)
            if x is not None and x.pos_ == "NOUN" and _hostile_act(x):
                who = _doer(x)
                if who is None:           # (`respond to any aggression by Kabul`: the parse may hang the `by` on
                    by = prep_object(owner, "by")   # the verb; an active verb's `by` of a name is no means)
                    who = by if by is not None and by.pos_ == "PROPN" else None
                if who is not None:
                    return who
    return None


def _hostile_act(n) -> bool:
    """The noun an answer is to names a hostile act: a noun of material conflict or of threat in the pattern lexicon
    (`the attack`, `sanctions`, `tariffs`, `threats`) or of event_senses `hostile` (`aggression`, `provocation`); not
    `the report by X`, `X's offer`, `the request by X`, `the lawsuit by X`, whose answer is no threat (review44b)."""
    from .checks import senses
    lem = n.lemma_.lower()
    p = load().nouns.get(lem)
    return lem in senses()["hostile"] or p is not None and (plover(p.cameo)[1] == 4 or p.cameo[:2] == "13")


def _named(x):
    """x itself when it names an actor (not a thing: `against the plan`), else the doer of the act it names."""
    if names_actor(x) and x.pos_ != "PRON" or actor_noun(x):
        return x
    return _doer(x) if x.pos_ == "NOUN" else None


def _doer(n):
    """The one whose act the noun n names: its `by` object, its possessor, or a nationality or name before it
    (`the attack by X`, `X's aggression`, `any Indian aggression`)."""
    by = prep_object(n, "by")
    if by is not None and (names_actor(by) or actor_noun(by)):
        return by
    for x in children(n):
        if x.i < n.i and (x.dep_ == "poss" and x.pos_ != "PRON" or x.dep_ in ("amod", "compound") and
                          x.ent_type_ in ("NORP", "GPE", "ORG")):
            return x
    return None


def answer_aimed(c: Candidate, acts) -> None:
    """A threat's target that is the answer threatened (`acts`: event_senses `retaliation`; `vowed retaliation against
    South Korea`, `warned Kyiv of retaliation`, `warns of a response to Israeli strikes`) is no one: the one it is aimed
    at takes its place (`_aimed_at` read on the noun), else it goes."""
    out = []
    for x in c.target:
        if hasattr(x, "pos_") and x.pos_ == "NOUN" and x.lemma_.lower() in acts:
            x = _aimed_at(x, None)
        if x is not None and not any(getattr(y, "i", None) == getattr(x, "i", -1) for y in out):
            out.append(x)
    c.target = out
