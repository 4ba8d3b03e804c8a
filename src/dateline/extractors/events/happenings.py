"""What an event's trigger is in the parse, and which event mentions of one article are one happening."""
from __future__ import annotations

from typing import Optional

from ...records import Event
from ..spans import char_span


def trigger_root(doc, ev: Event):
    """The token heading an event's trigger in the parse (None when the offsets fall outside it)."""
    span = char_span(doc, ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def relcl_noun(tok):
    """The noun whose relative clause holds this trigger (`massacre in which 108 people were killed`), or None."""
    for _ in range(3):
        if tok is None or tok.head.i == tok.i:
            return None
        if tok.dep_ == "relcl":
            return tok.head if tok.head.pos_ == "NOUN" else None
        tok = tok.head
    return None


def told_again(root) -> bool:
    """A trigger told as done again (`again` modifies it: `gunmen shot her again`, `met her again in June`): another
    happening than the one told before it, not a mention of that one. Read by the events stage (two acts in one
    sentence stay apart) and the linking stage (an attack told again takes no earlier day; review49b, review50a)."""
    return any(c.dep_ == "advmod" and c.lower_ == "again" for c in root.children)


def happenings(doc, events: list[Event], roots: list | None = None) -> list[list[int]]:
    """Groups of event indices that are one happening: same type, and nominal triggers with the same head
    noun, or a trigger in the relative clause of such a noun (`the massacre in which 108 were killed`).
    `roots`: the events' trigger heads when the caller has them already."""
    groups: dict[tuple, list[int]] = {}
    for i, ev in enumerate(events):
        root = roots[i] if roots is not None else trigger_root(doc, ev)
        if root is None:
            continue
        noun = root if root.pos_ == "NOUN" else relcl_noun(root)
        if noun is not None:
            groups.setdefault((ev.type, noun.lemma_.lower()), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def _side(parts) -> frozenset:
    """A side of an event as the actors (or, with none, the words) of its participants."""
    return frozenset(p.actor or " ".join(p.text.lower().split()) for p in parts)


def _one_dyad(a: Event, b: Event) -> bool:
    """a and b name one side alike and the other alike or in one of them only (`called the plan reckless and was
    angry at the council`: one speaker; the council, named once, is the aim of both words)."""
    sa, sb, ta, tb = _side(a.source), _side(b.source), _side(a.target), _side(b.target)
    return (sa == sb or not sa or not sb) and (ta == tb or not ta or not tb) and bool(
        sa and sa == sb or ta and ta == tb)


def _law_steps(ra, rb, steps) -> bool:
    """Two steps of law enforcement (`was arrested and charged`): each an act of its own (model._next_law_step)."""
    return ra.lemma_.lower() in steps and rb.lemma_.lower() in steps


_CLAUSE = frozenset(("ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis"))


def _doer_named(root, ev: Event):
    """The subject of the clause of an event's trigger when it names the event's doer (a word inside one of its
    source's spans), else None: `Kell attacked Roe, and the senator later called him out` names him in each clause."""
    tok = root
    for _ in range(5):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj if any(p.start <= subj.idx < p.end for p in ev.source) else None
        if tok.dep_ in _CLAUSE or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _done_before(root) -> bool:
    """The trigger sits under a perfect participle (`having called her unfit last week, he ...`): an act before."""
    tok = root
    for _ in range(4):
        if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_TIMES = frozenset(("DATE", "TIME"))


def _time_of(root) -> str:
    """The words of a date or time told on the trigger itself (`on Monday`, `in 2012`, `last week`), else ''."""
    for c in root.children:
        if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in _TIMES:
            return " ".join(t.lower_ for t in c.subtree)
        if c.dep_ == "prep":
            obj = next((g for g in c.children if g.dep_ == "pobj" and g.ent_type_ in _TIMES), None)
            if obj is not None:
                return " ".join(t.lower_ for t in obj.subtree)
    return ""


def _told_anew(ra, rb) -> bool:
    """One trigger told as done again (`met her again in June`) or each on a day of its own (`praised him in 2010 and
    thanked him in 2012`): two occasions (review50a)."""
    if told_again(ra) or told_again(rb):
        return True
    ta, tb = _time_of(ra), _time_of(rb)
    return bool(ta and tb and ta != tb)


def _two_acts(doc, a: Event, b: Event, steps) -> bool:
    """Signs that two same-type events of one dyad in a sentence are two acts: each clause names the doer again,
    one is told as before the other (pluperfect, perfect participle), one is told as done again or each on its own
    day, or both are steps of law enforcement."""
    if a.pluperfect != b.pluperfect:
        return True
    ra, rb = trigger_root(doc, a), trigger_root(doc, b)
    if ra is None or rb is None:
        return True
    if a.type == "COERCE" and _law_steps(ra, rb, steps()):
        return True
    if _told_anew(ra, rb):
        return True
    da, db = _doer_named(ra, a), _doer_named(rb, b)
    return da is not None and db is not None and da.i != db.i or _done_before(ra) != _done_before(rb)


def told_twice(doc, events: list[Event], floor, steps=frozenset) -> list[Event]:
    """The events less those that tell again, in the same sentence, an act told by another: the same type, asserted,
    one doer and one aim (`_one_dyad`): `congratulated her on the win and praised her campaign`, `said he respects
    her and called her able`. The coder codes one event for such a sentence (EVENT_GUIDE.md: an entry per sentence
    that states an event). The better telling stays: one that passes `floor`, then one with a target, then with a
    source, then the more confident. Two acts stay apart (`_two_acts`; `steps()`: the trigger lemmas of steps of
    law enforcement). Sentences apart are not merged: the guide codes the headline, the lede and a later sentence each (ev50)."""
    def rank(e: Event) -> tuple:
        return (e.confident(floor), bool(e.target), bool(e.source), e.confidence or 0.0)

    kept: list[Optional[Event]] = list(events)
    first: dict[tuple, list[int]] = {}
    for i, ev in enumerate(events):
        if ev.negated or ev.hypothetical:
            continue
        here = first.setdefault((ev.sentence.start, ev.type), [])
        for j in here:
            o = kept[j]
            if o is not None and _one_dyad(o, ev) and not _two_acts(doc, o, ev, steps):
                if rank(ev) > rank(o):
                    kept[j], kept[i] = None, ev
                    here[here.index(j)] = i
                else:
                    kept[i] = None
                break
        else:
            here.append(i)
    return [e for e in kept if e is not None]
