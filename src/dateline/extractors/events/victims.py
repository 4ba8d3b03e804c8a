"""Who was hit in a sentence that tells an attack: the victims its words of wounding and death name (issue 10).

`Two men died and three others were taken to hospital after a shooting`, `a gunman opened fire, wounding the man`, `the
bombings killed 120 people in Harlow and 9 in Dunmore`: the guide makes the victims of violence its target, and the
trigger's own slots reach at most one of them. `victims(sent)` gives the heads of the noun phrases a verb of
casualty (event_cues.tsv `casualty`) says were hurt or killed: the subject of a passive or of `die`, the one said to
be dead, the object of an active verb, the one found hurt (`was found shot`), the subject of a clause that tells
them `in critical condition` or `with injuries` (event_cues.tsv `harm`) or that they suffered injuries (`harmverb`),
and their conjuncts; only words that name people (a person noun of
victim_nouns.tsv, an actor word, a pronoun, a count: `two others`, `a 19-year-old`), never a place or a thing.
"""
from __future__ import annotations

import functools

from ...lexicon import rows
from .lexicon import load, people_pronouns, plover
from .nouns import actor_noun, is_age
from .triggers import PASS_SUBJ, SUBJ, child, is_passive
from ..spans import children, span_tokens

@functools.lru_cache(maxsize=1)
def _person_nouns() -> frozenset:
    return frozenset(r["lemma"] for r in rows("victim_nouns.tsv", ("lemma", "victims")))


def _casualty_verbs() -> frozenset:
    return load().cues.get("casualty", frozenset())


def _person(x) -> bool:
    """x names people: a personal pronoun, a person or actor noun, a proper noun tagged a person, or a count of
    people (`four others`, `a 19-year-old`, `10` with no noun)."""
    if x.pos_ == "PRON":
        return x.lower_ in people_pronouns()
    if x.pos_ == "PROPN":                  # (`19-year-old Amber Cole`, whatever entity the tagger made the name)
        return x.ent_type_ == "PERSON" or any(
            c.dep_ == "amod" and c.lower_ == "old" and any(y.lemma_.lower() == "year" for y in children(c))
            for c in children(x))
    if x.pos_ == "NUM" or x.like_num:
        of = next((o for c in children(x) if c.dep_ == "prep" and c.lower_ == "of" for o in children(c)
                   if o.dep_ == "pobj"), None)
        if of is not None and not _person(of):
            return False                   # (`one of the bullets went in, hitting X`: a thing, not a doer)
        return x.dep_ in ("nsubj", "nsubjpass", "dobj", "conj")
    if is_age(x):
        return True                        # `a 17-year-old`, parsed as the adjective `old`
    if x.pos_ != "NOUN":
        return False
    low = x.lemma_.lower()
    if low in _person_nouns() or actor_noun(x) or low in load().cues["victimword"]:
        return True
    return "year-old" in x.lower_ or x.lower_.endswith("yo")


def _harm_nouns() -> frozenset:
    return load().cues.get("harm", frozenset())


def _in_state(t) -> list:
    """The subject of the clause that says someone is `in critical condition` or somewhere `with injuries` (`t` the
    noun of harm): the verb the preposition hangs from, through the places between (`are at the hospital with
    injuries`)."""
    v = t.head.head
    while v.dep_ in ("pobj", "prep") and v.head.i != v.i:
        v = v.head
    if v.pos_ not in ("AUX", "VERB"):
        return []
    x = child(v, SUBJ | PASS_SUBJ)
    return [x] if x is not None else []


def _with_conjuncts(x) -> list:
    out = [x]
    for c in children(x):
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
            out.extend(_with_conjuncts(c))
    return out


def _hit(v) -> list:
    """The heads a casualty verb `v` says were hurt or killed."""
    lem = v.lemma_.lower()
    if lem == "die":
        x = child(v, SUBJ)
        return [x] if x is not None else []
    if is_passive(v):
        x = child(v, PASS_SUBJ)
        if x is None and v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            x = v.head                     # `hundreds injured`, `a man shot in the chest`
        if x is None and v.dep_ == "conj":
            x = child(v, SUBJ)             # `Two women are dead and six people injured`
        return [x] if x is not None else []
    if v.tag_ == "VBN" and v.dep_ in ("xcomp", "oprd") and v.head.pos_ == "VERB" and is_passive(v.head) and \
            not _raised_infinitive(v):
        x = child(v.head, PASS_SUBJ)       # `a boy was found shot`: the one found
        return [x] if x is not None else []
    x = child(v, ("dobj",))
    if x is not None:
        return [x]                         # `killing 14 people`, `wounding the man`, `shot him`
    if v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in children(v)):
        x = child(v, SUBJ)                 # `Teen killed, two others injured`, `and a 19-year-old wounded`
        return [x] if x is not None else []
    return []


def _raised_infinitive(v) -> bool:
    """A perfect infinitive under a passive verb (`X is suspected to have shot Y`, `are believed to have killed`): the
    passive's subject did the act (its source, triggers._raised_subject), it was not hit; `was found shot` has no
    `to have`. Issue 11, src40."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(v))


def _doer(v):
    """Who a casualty verb says did it, when that is a person (`was shot by officers`, `he shot him`): its act is
    then that person's, not the sentence's attack; None for no doer or a thing (`the blast killed 40`)."""
    x = None
    if is_passive(v):
        x = next((o for c in children(v) if c.dep_ == "agent" for o in children(c) if o.dep_ == "pobj"), None)
    elif v.lemma_.lower() != "die":
        x = child(v, SUBJ)
        if x is None and v.dep_ in ("advcl", "xcomp", "conj") and v.head.i != v.i:
            x = child(v.head, SUBJ)        # `A gunman opened fire, injuring six`: the gunman's
    return x if x is not None and _person(x) else None


def _own_doer(v):
    """The doer a casualty verb names itself, whatever it is (`airstrikes killed 20`, `a blast wounded 30`): the
    subject of an active verb other than `die`, the agent of a passive; None when it names none."""
    if is_passive(v):
        return next((o for c in children(v) if c.dep_ == "agent" for o in children(c) if o.dep_ == "pobj"), None)
    return child(v, SUBJ) if v.lemma_.lower() != "die" else None


def _attack_noun(x) -> bool:
    """x is a noun the event lexicon makes an attack (`attack`, `bombing`, `airstrike`)."""
    pat = load().nouns.get(x.lemma_.lower()) if x.pos_ == "NOUN" else None
    return pat is not None and bool(pat.cameo) and plover(pat.cameo)[0] == "ASSAULT"


def _another_attack(v, trigger, sources) -> bool:
    """A casualty verb outside the trigger's own clause tells another attack: it names a doer of its own that is not
    the trigger, in its phrase or a source (`Rebels shelled Aleppo, a day after airstrikes killed 20 civilians`), it
    hangs under another attack noun (`after an earlier attack in which 40 people died`), or it says in what other
    attack the victims fell (`a week after 15 soldiers died in a roadside bombing`). A verb the trigger hangs from
    (`Three men died after a shooting`, `In the attack, a car bomb killed 12`) is the trigger's own clause."""
    if trigger is None or v.i == trigger.i or v.i in {a.i for a in trigger.ancestors}:
        return False
    mine = {x.i for x in trigger.subtree} if trigger.pos_ in ("NOUN", "PROPN") else {trigger.i}   # (its phrase)
    doer = _own_doer(v)
    if doer is not None and doer.i not in mine and not any(a <= doer.idx < b for a, b in sources):
        return True
    for a in v.ancestors:
        if a.i == trigger.i or a.i in {b.i for b in trigger.ancestors}:
            break
        if _attack_noun(a):
            return True
    return any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.i not in mine and _attack_noun(o) for o in children(c))
               for c in children(v))


def victims(sent, trigger=None, sources=()) -> list:
    """The heads of the people the sentence's verbs of casualty (and `dead`) name as hit, in order, each once; not
    those of a verb (other than the trigger token `trigger`) whose doer is a person outside `sources` (character
    spans): `opened fire, injuring nine people before he was shot by officers` gives `nine people` to the attack by
    the gunman, not to the officers' shooting; nor those of a verb that tells another attack (`_another_attack`)."""
    verbs, cues = _casualty_verbs(), load().cues
    out, seen = [], set()
    for t in span_tokens(sent):
        if t.pos_ == "VERB" and t.lemma_.lower() in verbs:
            heads = _hit(t)
            doer = _doer(t) if trigger is None or t.i != trigger.i else None
            if doer is not None and not any(a <= doer.idx < b for a, b in sources):
                continue
            if _another_attack(t, trigger, sources):
                continue
        elif t.lower_ in cues["dead"] and t.dep_ in ("acomp", "oprd") and t.head.pos_ in ("AUX", "VERB"):
            x = child(t.head, ("dobj",)) if not is_passive(t.head) else None
            if x is None:                  # (`shot 41 people dead`, `shot dead 100 demonstrators`: the object died,
                x = child(t.head, SUBJ | PASS_SUBJ)   # not the subject who shot; `were shot dead`, `is dead`)
            heads = [x] if x is not None else []
        elif t.pos_ == "NOUN" and t.lemma_.lower() in _harm_nouns() and t.dep_ == "pobj" and \
                t.head.lower_ in cues["harmprep"]:
            heads = _in_state(t)
        elif t.pos_ == "NOUN" and t.lemma_.lower() in _harm_nouns() and t.dep_ == "dobj" and \
                t.head.lemma_.lower() in cues.get("harmverb", ()):
            x = child(t.head, SUBJ)        # `a child suffered injuries in a shooting`: the one who suffered
            heads = [x] if x is not None else []
        else:
            continue
        for h in heads:
            for x in _with_conjuncts(h):
                if x.i not in seen and _person(x):
                    seen.add(x.i)
                    out.append(x)
    return out
