"""The linking stage: the one place that joins the extractors' records.

Events, places, casualty counts and dates are found by their own extractors, each returning only its own
records. This module attaches them to one another, so a reader finds in one file who sets:
- `Event.date` and `date_from`: the date expression of the event's own clause (`clause`; never a day after the report
  for an act told in the past, nor the day of a clause the trigger says), else the first one of its sentence when no
  other event there has a clause date (`sentence`), else for a past act the recent day the sentence before sets
  (`narrative`: `On Sunday X issued ... . An accompanying statement warned`), else the day another mention of the
  same happening states (`happening`: `the shooting` after `X was shot on Friday`), else the publication day
  (`published`; never for hypothetical events, nor for pluperfect ones, which tell the background, nor for an act
  told over weeks or more: `led raids for a decade`; a `happening` noun of a death prefers a mention that tells it);
- `Event.place`: the place a locative phrase of the event's own clause names (`massacre in Houla`,
  `the Houla massacre`), or the place of the noun whose relative clause holds the trigger;
- `Casualty.event` and `Event.dead`/`injured`/`arrested`: each count to the nearest sized event of its
  sentence; an event takes the largest count of each kind;
and one happening named several times (extractors/events/happenings.py) shares its place and counts.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Optional

from ..records import Casualty, Event, TimeExpression, replaced
from . import Context
from .events.happenings import happenings, relcl_noun, told_again, trigger_root
from .dates.resolve import RECENT_DAYS, STORY_DAYS
from .events.lexicon import load as _event_lexicon
from .places import PlaceMention, locus, place_words
from .quotes.lexicon import speech_verbs
from .spans import ByStart, SpanBag, char_span, column, string_ids, tokens

# events whose place a modifying name gives (`the Houla massacre`, `the Tulsa protest`); for the others
# such a name is a party (`U.S. defense commitments`), so only a locative phrase places them
MATERIAL_EVENTS = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
# event types whose size fields a casualty count fills
SIZED_EVENTS = {"ASSAULT", "COERCE", "PROTEST"}
# casualty category -> the event's size field (PLOVER's dead/injured/arrested)
FIELD_OF = {"killed": "dead", "injured": "injured", "arrested": "arrested"}
# dependencies that open a clause of their own: an event's place is looked for inside its clause
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "xcomp", "acl", "csubj", "parataxis", "conj"}
# the relative words of a clause about a person, whose date is not the event's (`_clause_date`; lead42)
WHO = frozenset(("who", "whom", "whose"))


def link(ctx: Context, events: list[Event], *, dates: list[TimeExpression], places: list[PlaceMention],
         casualties: list[Casualty]) -> tuple[list[Event], list[Casualty]]:
    """The events with their date, place and sizes, and the casualty counts with their event."""
    if not events:
        return events, casualties
    roots = [trigger_root(ctx.doc, ev) for ev in events]     # each trigger's head, found once
    events = _dated(ctx, events, ByStart(dates), roots)
    groups = happenings(ctx.doc, events, roots)
    events = _placed(ctx, events, places, groups, roots)
    return _sized(events, casualties, groups, ctx.doc, roots)


# ---------------------------------------------------------------- dates
def _dated(ctx: Context, events: list[Event], by_start: ByStart, roots: list) -> list[Event]:
    """Each event's date: the date expression of its own clause; else the first one of its sentence when no
    other event there has a clause date (for a pluperfect event, only when it is the only one); else the
    publication day, unless the event is hypothetical or pluperfect (background: `had attacked`) or told over weeks
    or more (`_went_on_for`: `led raids for a decade`), which stays undated rather than wrongly dated."""
    published = ctx.layout.published
    own = [_clause_date(ctx.doc, ev, trig, by_start.within(ev.sentence.start, ev.sentence.end))
           for ev, trig in zip(events, roots)]
    own = [None if o is not None and _after(o, published) and _told_past(trig) else o for o, trig in zip(own, roots)]
    own = [o if o is not None else _date_of_its_noun(ctx.doc, trig, by_start.within(ev.sentence.start,
                                                                                    ev.sentence.end), published)
           for ev, o, trig in zip(events, own, roots)]
    clause_dated = {ev.sentence for ev, o in zip(events, own) if o is not None}
    out = []
    for ev, mine, trig in zip(events, own, roots):
        day, origin = mine, "clause" if mine else None
        told = False                      # (a date of another clause told: a participle's event is background)
        if day is None:
            found = [d for d in by_start.within(ev.sentence.start, ev.sentence.end)
                     if d.type in ("DATE", "TIME") and d.value and not _a_nouns_date(ctx.doc, d, trig)]
            told = bool(found)
            found = [d for d in found if not _date_of_another_clause(ctx.doc, d, trig)]
            if found and _after(found[0].value, published) and _told_past(trig, steps=3):
                found = []                # (a later day of another clause is not a past act's: `used her speech to
                #                           defend ..., which will celebrate ... next month`)
            if found and ev.sentence not in clause_dated and not (ev.pluperfect and len(found) > 1):
                day, origin = found[0].value, "sentence"
        if day is None and published and not (ev.hypothetical or ev.pluperfect or _perfect_aside(trig) or
                                               told and _participle_aside(trig) or _in_an_era(trig) or
                                               _went_on_for(ctx.doc, trig, by_start.within(ev.sentence.start,
                                                                                           ev.sentence.end))):
            day, origin = published, "published"
        out.append(replaced(ev, date=day, date_from=origin))
    out = _narrated_on(ctx.doc, out, roots, by_start, published)
    reacted = {i for i, (ev, mine, trig) in enumerate(zip(events, own, roots)) if mine is not None and
               _reacted_to(ctx.doc, trig, mine, by_start.within(ev.sentence.start, ev.sentence.end))}
    return _named_again(ctx.doc, out, roots, published, reacted)


def _narrated_on(doc, events: list[Event], roots: list, by_start: ByStart, published: Optional[str]) -> list[Event]:
    """An act given only the publication day (no date of its own clause, none its sentence gives it), told in the
    past in a sentence whose main verb is past too, right after a sentence whose main verb a day of the week before
    the report dates, took place that day (`date_from: narrative`): the narration goes on at the time the sentence
    before set (TimeML's reference time), as news tells a day's events (`The State Department on Sunday issued a
    travel warning. An accompanying statement warned ...`; `A man was shot Saturday night. ... the other bullet hit
    him in the neck`). Also through one past sentence with no date (`On Tuesday she dismissed X. She also appointed
    Y. Then she met ...`). Not an act in a quotation (the speaker's own time: `"We warned them," the elder said`), one
    a phrase of its own places (`during the war`, `since the coup`), nor a sentence told in the present (`It says the
    campaign violated ...`) (dates49); nor one an adverb tells as earlier (`previously`, `once`), or that tells an
    uncounted stretch or a repeated time (`for years`, `every week`: `_spans_weeks`), nor through a sentence that
    does either (review49b); nor an act told over weeks or more, counted too (`for a decade`: `_went_on_for`;
    dates50)."""
    if not published or not any(d.type in ("DATE", "TIME") and _DAY.match(d.value or "") and
                                _recent(d.value[:10], published) for d in by_start.items):
        return events                 # (no day of the week before the report told: nothing to carry)
    out = list(events)
    for i, (ev, trig) in enumerate(zip(events, roots)):
        if ev.date_from != "published" or ev.quote is not None or trig is None:
            continue
        if trig.pos_ == "NOUN" and ev.trigger.start <= trig.head.idx < ev.trigger.end:
            trig = trig.head          # (a trigger of a verb and its noun: `ordered the arrest`)
        if not _past_act(trig) or any(c.dep_ == "prep" and c.lower_ in _OWN_TIME for c in trig.children):
            continue
        sent = trig.sent
        if _told_earlier(trig) or _told_earlier(sent.root):
            continue                  # (`He previously attacked ...`: told as before the narration's day; review49b)
        if _spans_weeks(by_start.within(sent.start_char, sent.end_char)):
            continue                  # (`He led marches for a decade`: a time of its own, no day's act; review49b)
        if _went_on_for(doc, trig, by_start.within(sent.start_char, sent.end_char)):
            continue                  # (`Voss led raids on army posts for a decade`: counted, no term; dates50)
        day = _day_before(doc, sent, by_start, published, steps=2, saying=trig.i == sent.root.i)
        if day is not None:
            out[i] = replaced(ev, date=day, date_from="narrative")
    return out


_OWN_TIME = frozenset({"during", "since", "until", "till"})   # (prepositions of a time a clause sets for itself)


def _in_an_era(trig) -> bool:
    """A verb told in the past that `during` or `under` places in a stretch of rule or war (event_cues `era`: `was
    jailed for sedition under the former government`, `fled during the civil war`, `under Saddam's rule`): background
    of no day, which takes neither the publication day nor the narration's (dates51). Not a happening of the day
    (`arrested during the protest`, `under fire`)."""
    if trig is None or trig.pos_ not in ("VERB", "AUX") or not _told_past(trig):
        return False
    cues = _event_lexicon().cues
    for p in trig.subtree:
        if p.dep_ != "prep" or p.lower_ not in ("during", "under") or not _in_the_phrase_of(p, trig):
            continue
        for o in p.children:
            if o.dep_ == "pobj" and (o.lemma_.lower() in cues["era"] or o.lemma_.lower() in cues["eraruler"] and
                                     o.tag_ != "NNS" and any(_whose_era(c) for c in o.children)):
                return True
    return False


def _whose_era(c) -> bool:
    """A word before a noun of rule that makes it an era: past (`former`, `military`), someone's, or a people's."""
    return c.lower_ in _FORMER or c.dep_ == "poss" or c.dep_ in ("amod", "compound") and (
        c.ent_type_ in ("NORP", "PERSON") or c.pos_ == "PROPN")


_FORMER = frozenset({"former", "previous", "old", "ousted", "late", "past", "military", "communist", "colonial"})


def _in_the_phrase_of(tok, verb) -> bool:
    """tok hangs from verb or from a noun of its phrase (`jailed for sedition under the former government`), not from
    a clause or a subject inside it."""
    for _ in range(4):
        h = tok.head
        if h.i == verb.i:
            return True
        if h.i == h.head.i or h.dep_ in CLAUSE_DEPS or h.dep_ in ("nsubj", "nsubjpass"):
            return False
        tok = h
    return False


def _told_earlier(tok) -> bool:
    """A verb an adverb tells as before the narration's day (`previously attacked`, `once agreed`; review49b)."""
    return any(c.dep_ == "advmod" and c.lower_ in _EARLIER for c in tok.children)


_EARLIER = frozenset({"previously", "once", "formerly", "originally", "initially", "before"})


def _spans_weeks(times: list) -> bool:
    """A sentence tells an uncounted stretch of days or more, or a repeated time (`for days`, `for months`, `for
    years`, `every year`): what it tells is no act of one day, and the narration is no longer at the day the sentence
    before set. Not a counted one (`sentenced them to 12 years`, `jailed for a decade`: a term, told on the day;
    review49b)."""
    return any(d.type == "SET" or d.type == "DURATION" and _UNCOUNTED.match(d.value or "") for d in times)


_UNCOUNTED = re.compile(r"PX(?:D|W|M|Y|DE|CE)$")   # (`for days`, `for weeks`, `for months`, `for years`, `for decades`)


def _went_on_for(doc, trig, times: list) -> bool:
    """The act is told with a stretch of weeks or more through `for`, `over` or `throughout` on its verb (`led raids on
    army posts for a decade`, `boycotted the council for two years`, `For weeks the government has held rallies`): how
    long it went on, no act of one day. It takes neither the day the narration is at nor the publication day (TimeML
    anchors no such act in a day: undated rather than wrongly dated). Not the term a verb gives (event_cues `term`:
    `jailed him for ten years`, `was banned for five years`: told on the day), nor a stretch of days (`over the past
    few days, X has promised a veto`: one act in them; dates50)."""
    if trig is None or trig.pos_ not in ("VERB", "AUX") or trig.lemma_.lower() in _event_lexicon().cues["term"]:
        return False
    for d in times:
        if d.type == "DURATION" and _WEEKS_OR_MORE.match(d.value or ""):
            t = _date_root(doc, d)
            if t is not None and t.dep_ == "pobj" and t.head.lower_ in _STRETCH and t.head.head.i == trig.i:
                return True
    return False


_STRETCH = frozenset({"for", "over", "throughout"})   # (`for a decade`, `over the past year`, `throughout the war`)
_WEEKS_OR_MORE = re.compile(r"P(?:\d+(?:\.\d+)?|X)(?:W|M|Y|DE|CE)$")   # (`for three weeks`, `for 18 months`, `for a
#                                                                   decade`: P10Y; `for weeks`, `for decades`: PXW, PXDE)


def _past_act(tok) -> bool:
    """A verb told in the simple past (`ordered`, `was ordered`), whose sentence's main verb is past too, with no
    verb in the present joined to it (`A boy shot and killed near his home has the city trying ...`: a misparse of a
    present sentence)."""
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    root = tok.sent.root
    for t in (tok, root):
        aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if not (t.tag_ == "VBD" and not aux or t.tag_ == "VBN" and aux and aux <= {"was", "were"}):
            return False
    return not any(c.dep_ == "conj" and c.tag_ in ("VBZ", "VBP") for c in root.children)


def _day_before(doc, sent, by_start: ByStart, published: str, steps: int, saying: bool) -> Optional[str]:
    """The day the sentence before `sent` tells its main verb's act on (`on Sunday issued`, `was shot Saturday
    night`), when that day lies in the week before the report (`RECENT_DAYS`); through a sentence with no date whose
    main verb is past (steps: how many sentences back). The day of a saying (`a lieutenant said Saturday`) passes only
    to another saying, the main verb of its own sentence (`saying`), not to an act it reports (`the other bullet hit
    him in the neck, Walker said`: Friday night's)."""
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    root = prev.root
    told = [d for d in by_start.within(prev.start_char, prev.end_char) if d.type in ("DATE", "TIME") and d.value]
    if not told:
        if steps < 2 or not _past_act(root) or _told_earlier(root) or \
                _spans_weeks(by_start.within(prev.start_char, prev.end_char)):
            return None               # (`Heavy rain swept the region for days.`: the narration left the day; review49b)
        return _day_before(doc, prev, by_start, published, steps - 1, saying)
    for d in told:
        m = _DAY.match(d.value)
        if not m or not _recent(m.group(0), published):
            continue
        t = _date_root(doc, d)
        h = t.head if t is not None else None
        if h is not None and h.dep_ == "prep":
            h = h.head
        if h is not None and h.dep_ in ("nsubj", "nsubjpass") and h.head.i == root.i and t.i < root.i:
            h = root                  # (`The ministry on Monday closed ...`: the parse hangs the day on the subject)
        if h is not None and h.i == root.i and _past_act(root):
            return m.group(0) if saying or speech_verbs().get(root.lemma_.lower()) != "say" else None
    return None


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _recent(day: str, published: str) -> bool:
    """The day lies in the week before the publication day (not on it: that day needs no carrying)."""
    try:
        gap = (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(day)).days
    except ValueError:
        return False
    return 0 < gap <= RECENT_DAYS


def _reacted_to(doc, trig, value: str, dates: list[TimeExpression]) -> bool:
    """The clause date `value` of a noun trigger is the day of a verb that tells what followed the act the noun names:
    the noun is the subject of a verb of its aftermath (`The arrest of X sparked strikes on Tuesday`, `The killing of
    X brought hundreds onto the streets on Tuesday`) or the object of a verb of reaction (`condemned the shelling of a
    hospital on Tuesday`; event_cues `aftermath`, `reaction`), and the date lies outside the noun's own phrase (`The
    attack on Sunday prompted ...` keeps Sunday). The act was done before that day: `_named_again` gives it the day a
    mention of it states, when one does (dates51)."""
    if trig is None or trig.pos_ != "NOUN" or trig.head.i == trig.i or trig.head.pos_ != "VERB":
        return False
    cues, verb = _event_lexicon().cues, trig.head.lemma_.lower()
    if not (trig.dep_ == "nsubj" and verb in cues["aftermath"] or trig.dep_ == "dobj" and verb in cues["reaction"]):
        return False
    lo, hi = trig.left_edge.idx, trig.right_edge.idx + len(trig.right_edge)
    return any(d.value == value and not (lo <= d.start < hi) for d in dates)


def _named_again(doc, events: list[Event], roots: list, published: Optional[str],
                 reacted: frozenset = frozenset()) -> list[Event]:
    """A happening named again by a definite noun (`the shooting in western New York`, `the murder of Slepian`,
    `The killing of Dr. X` in the lede) and given only the publication day takes the day another mention of it in the
    article states in its own clause (`X was shot on Friday night`; `date_from: happening`): an attack, named again by
    an attack of the same kind (CAMEO code and mode) or on the same target actor, told before the report; the nearest
    such mention when several. A noun with `a`/`an` names a new happening and keeps its day. Only attacks: a speech act
    or an arrest named again (`his criticism`, `the visit`, `information leading to Kopp's arrest`) is as often
    another one, or one not yet done (dates48).
    Not a mention whose victims differ (review48c): one told of `another man`, or both naming victims with no
    actor and no noun in common (`the shooting of four shoppers` is not `gunmen shot a teenager in March`).
    A noun of a death (`the killing of X`) takes a mention that tells the death when one does (`_fatal`; dates50).
    A noun whose clause date is that of its aftermath or of a reaction to it (`reacted`: `_reacted_to`) is named again
    too, an attack or an arrest: it takes the day of such a mention (of an arrest, only one of the same person: `Police
    detained Rell on Sunday night`) that is not after its clause's day nor more than a month before it (a day of the
    story: `Gunmen had attacked the depot in 2019` is an earlier act; review51b), else keeps that day (dates51)."""
    told = [i for i, ev in enumerate(events) if ev.date_from == "clause" and not (ev.negated or ev.hypothetical)
            and _CALENDAR.match(ev.date or "") and not _after(ev.date, published)]
    if not told:
        return events
    out = list(events)
    for i, (ev, trig) in enumerate(zip(events, roots)):
        if i in reacted and ev.type in _REACTED_TO and _definite(trig):
            aims = {p.actor for p in ev.target if p.actor}
            hit = _target_nouns(doc, ev)[0]
            same = [j for j in told if j != i and j not in reacted and events[j].type == ev.type and
                    not _after(events[j].date, ev.date) and _shortly_before(events[j].date, ev.date) and (aims & {p.actor for p in events[j].target if p.actor} or
                    ev.type == "ASSAULT" and events[j].cameo == ev.cameo and (
                        events[j].mode is not None and events[j].mode == ev.mode or
                        hit & _target_nouns(doc, events[j])[0])) and not _other_victims(doc, ev, events[j])]
            if _fatal(trig):
                same = [j for j in same if _fatal(roots[j])] or same
            if same:
                j = min(same, key=lambda j: abs(events[j].trigger.start - ev.trigger.start))
                out[i] = replaced(ev, date=events[j].date, date_from="happening")
            continue
        if ev.type != "ASSAULT" or trig is None:
            continue
        clock = _clock_of_the_report(ev, published)
        if _retold(ev, trig, clock):
            aims = {p.actor for p in ev.target if p.actor}
            same = [j for j in told if j != i and events[j].type == ev.type and events[j].cameo == ev.cameo and
                    events[j].mode is not None and events[j].mode == ev.mode and
                    aims & {p.actor for p in events[j].target if p.actor}]
        elif ev.date_from != "published" or not _definite(trig):
            continue
        else:
            aims = {p.actor for p in ev.target if p.actor}
            same = [j for j in told if events[j].type == ev.type and (
                events[j].cameo == ev.cameo and events[j].mode is not None and events[j].mode == ev.mode or
                aims & {p.actor for p in events[j].target if p.actor}) and not _other_victims(doc, ev, events[j])]
            if _fatal(trig):
                same = [j for j in same if _fatal(roots[j])] or same   # (dates50)
        if same:
            j = min(same, key=lambda j: abs(events[j].trigger.start - ev.trigger.start))
            day = _DAY.match(events[j].date)
            date = day.group(0) + clock if clock and day else events[j].date
            out[i] = replaced(ev, date=date, date_from="happening")
    return out


def _shortly_before(day: str, value: str) -> bool:
    """`day` is a whole day at most STORY_DAYS before the start of the calendar `value` (a day, a month or a year), or
    after that start (review51b)."""
    m = _CALENDAR.match(value or "")
    if not _DAY.match(day or "") or not m:
        return False
    parts = [int(x) for x in m.group(0).split("-")] + [1, 1]
    try:
        return (dt.date(*parts[:3]) - dt.date.fromisoformat(day[:10])).days <= STORY_DAYS
    except ValueError:
        return False


def _clock_of_the_report(ev: Event, published: Optional[str]) -> str:
    """`T22:00` when the event's own date is a bare clock time the dates stage put on the publication day (`was
    shot to death at 10 p.m.`, told months later), else ''."""
    if ev.date_from == "clause" and published and ev.date and ev.date.startswith(published[:10] + "T"):
        return ev.date[10:]
    return ""


def _retold(ev: Event, trig, clock: str) -> bool:
    """An attack told again by a verb in the past with no day of its own (`Slepian ... was shot to death at 10 p.m.`
    after `he was shot to death last Oct. 23`): given the publication day, or a bare clock time on it (dates49). Not
    one told as a new attack (`Gunmen shot Okafor again`: another happening; review49b)."""
    return trig.pos_ == "VERB" and _told_past(trig) and (ev.date_from == "published" or bool(clock)) and \
        not told_again(trig)


def _fatal(trig) -> bool:
    """An attack told as a killing (event_cues `fatal`): its verb or noun (`murdered`, `the killing`), a word its verb
    governs (`shot her dead`, `stabbed to death`, `fatally shot`), or a verb of dying joined to it (`was shot ... and
    died`; review50c). `The killing of X` named again takes the day of a mention of X that tells the death, when one
    does, not that of an earlier lesser attack on X (`Police beat Okafor in January. On Monday, gunmen shot her dead`;
    dates50). (Not the event's count of dead: `_sized` sets it after the dates.)"""
    if trig is None:
        return False
    words = _event_lexicon().cues["fatal"]
    return trig.lemma_.lower() in words or any(
        c.lower_ in words or c.dep_ == "conj" and c.lemma_.lower() in words or
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in words for g in c.children)
        for c in trig.children)


def _definite(trig) -> bool:
    """A noun trigger told as a happening already known (`the shooting`, `his arrest`), not a new one (`a shooting`,
    `another attack`)."""
    return trig is not None and trig.pos_ == "NOUN" and \
        not any(c.dep_ == "det" and c.lower_ in _NEW for c in trig.children) and \
        any(c.dep_ in ("det", "poss") for c in trig.children)


_NEW = frozenset({"a", "an", "another", "any", "every", "each", "no", "some"})
_REACTED_TO = frozenset({"ASSAULT", "COERCE"})   # (the acts `_reacted_to` dates by a mention of them: attacks, arrests)
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _other_victims(doc, ev: Event, told: Event) -> bool:
    """`told` is an attack on other victims than `ev`'s: its target is `another`/`other` one (`shot another man`), or
    both name targets with neither an actor nor a noun or name in common (`four shoppers`, `a teenager`). A place the
    parse gives as a target (`the shooting in western New York`) names no victim."""
    mine, (theirs, other) = _target_nouns(doc, ev)[0], _target_nouns(doc, told)
    if other:
        return True
    if {p.actor for p in ev.target if p.actor} & {p.actor for p in told.target if p.actor}:
        return False
    return bool(mine and theirs and not mine & theirs)


def _target_nouns(doc, e: Event) -> tuple[set, bool]:
    """The nouns and names of an event's targets (places left out), and whether one is told as `another`/`other`."""
    words, other = set(), False
    for p in e.target:
        for t in char_span(doc, p.start, p.end, alignment_mode="expand") or ():
            if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _PLACE_ENTS:
                words.add(t.lower_)
            elif t.lower_ in ("another", "other") and t.head.pos_ in ("NOUN", "PROPN"):
                other = True
    return words, other


def _after(value: Optional[str], published: Optional[str]) -> bool:
    """The calendar value lies after the publication day at its own precision (`1999-04` after `1999-03-12`)."""
    m = _CALENDAR.match(value or "")
    return bool(m and published) and m.group(0) > published[:len(m.group(0))]


_CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\dW])")


def _told_past(trig, steps: int = 0) -> bool:
    """The trigger verb is told in the past (`invited`, `has invited`, `was invited`), or with steps, a verb whose
    infinitive or coordinated clause it is (`used her speech to articulate ... and to defend`): an act done by the
    day of the report, which a later day of the text does not date (`has invited the ministers to a ceremony on March
    12`: the ceremony's day). A verb under a modal or `will` is not past."""
    tok = trig
    for _ in range(steps + 1):
        if tok is None or tok.pos_ not in ("VERB", "AUX"):
            return False
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if aux & _NOT_PAST:
            return False
        if tok.tag_ == "VBD" or tok.tag_ == "VBN" and aux & _PAST_AUX:
            return True
        if tok.dep_ not in ("xcomp", "conj", "advcl") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_PAST_AUX = frozenset({"has", "have", "had", "was", "were"})
_NOT_PAST = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "wo"})


def _date_of_another_clause(doc, d: TimeExpression, trig) -> bool:
    """A date of the sentence that the parse puts in a clause the event is no part of, so the sentence's date is not
    the event's (user44): a date in a relative clause about a person that does not hold the trigger (`Saied, who
    seized broad powers in July 2021, has described his critics as traitors`), the date of the verb whose noun a
    participle trigger modifies (`A journalist seized in the region was released in 2023`: the release's year), or a
    date in the clause the trigger verb says or thinks (`Albright countered that NATO would now do ...`)."""
    t = _date_root(doc, d) if trig is not None else None
    if t is None:
        return False
    for _ in range(4):
        if t.head.i == t.i:
            break
        if t.dep_ == "relcl" and any(c.lower_ in WHO for c in t.children):
            return not (t.left_edge.i <= trig.i <= t.right_edge.i)
        if t.dep_ == "ccomp" and t.head.i == trig.i and t.i > trig.i:
            return True               # the day of what the trigger says (`countered that NATO would now do`; dates48)
        t = t.head
        if _participle_aside(trig) and t.i == trig.head.head.i and t.i != trig.i and \
                trig.head.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _participle_aside(trig) -> bool:
    """A trigger that is a past participle modifying a noun (`A journalist seized in the region was released in
    2023`): what befell someone before the sentence's own act; with a date of that act told, it is no act of the
    publication day (user44)."""
    return trig is not None and trig.dep_ == "acl" and trig.tag_ == "VBN"


def _perfect_aside(trig) -> bool:
    """A trigger in a relative clause in the present perfect (`Egypt, which has mediated past truces, called ...`):
    what an actor has done before the story, no act of the day (lead42)."""
    return trig is not None and trig.dep_ == "relcl" and trig.tag_ == "VBN" and \
        any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in trig.children)


def _clause_date(doc, ev: Event, trig, dates: list[TimeExpression]) -> Optional[str]:
    """The date expression whose governing verb is the event's own (`attacked the town on Monday`); first, a date
    written before a noun of the trigger's own words (`_noun_own_date`: `strengthened the 1959 embargo`)."""
    if trig is None:
        return None
    own = _noun_own_date(doc, ev, trig, dates)
    if own is not None:
        return own
    clause = _clause_of(trig, steps=1) if trig.pos_ in ("VERB", "AUX") else _clause_of(trig)
    for d in dates:
        if d.start not in ev.sentence or d.type not in ("DATE", "TIME") or not d.value:
            continue
        t = _date_root(doc, d)
        if t is None:
            continue
        for _ in range(4):            # the date's head: a verb, or the noun it modifies (`Monday's attack`)
            if t.i in clause or t.head.i == t.i:
                break
            if _names_its_noun(t, trig):
                break                 # `condemned the March 3 attack`, `arrested over the bombing of Jan. 5`: the
            #                           date of the thing the object names, not the verb's (ev44)
            if t.dep_ == "ccomp" and t.head.i in clause and t.i > t.head.i:
                break                 # `countered that NATO would now do ...`, `warned that rebels would attack on
            #                           Monday`: the day of what is said, not of the saying (dates48); a clause before
            #                           its head is mostly a misread adverbial one (`In June 2001, after HP asked ...,
            #                           employees volunteered`), which keeps its day
            if t.dep_ == "relcl" and t.head.i != trig.i and any(c.lower_ in WHO for c in t.children):
                break                 # `Mayorkas, who was impeached in February, met ... on Friday`: the date of
            #                           what a person did or underwent, not the event's (a `which` clause may tell
            #                           the event itself through a misattached head: `the blasts at the embassies,
            #                           which killed 200 on Friday`)
            t = t.head
        if t.i in clause:
            return d.value
    return None


def _date_of_its_noun(doc, trig, dates: list[TimeExpression], published: Optional[str]) -> Optional[str]:
    """A trigger told in the past in the relative clause of a noun that a date is written before or after with `of`
    (`the May 2 protest that blocked the port`, `the 1998 bombing, which killed 224 people`, `the attack of March 3
    that wounded`) took the date of the sentence's other act, or the publication day: the noun's date is the clause's
    (dates51). Not a clause about a person (`who`), nor a date after the report."""
    if trig is None or not _told_past(trig):
        return None
    verb, noun = trig, relcl_noun(trig)
    while verb.dep_ != "relcl" and verb.head.i != verb.i:
        verb = verb.head
    if noun is None or any(c.lower_ in WHO for c in verb.children):
        return None
    for d in dates:
        if d.type not in ("DATE", "TIME") or not d.value or _after(d.value, published) or \
                not _CALENDAR.match(d.value):
            continue
        t = _date_root(doc, d)
        if t is None:
            continue
        if t.head.i == noun.i and t.i < noun.i and t.dep_ in ("compound", "nmod", "amod", "nummod", "poss") or \
                t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == noun.i:
            return d.value
    return None


def _noun_own_date(doc, ev: Event, trig, dates: list[TimeExpression]) -> Optional[str]:
    """A date written before a noun that is one of the trigger's own words: the date of the event that noun names
    (`A 1996 law strengthened the 1959 trade embargo`: the embargo's 1959, not the law's 1996; `the leaders who led
    the 1992 protests`: 1992, not the sentence's `the late 1980s`). Only a modifier between the noun's determiner and
    the noun, whose head is that noun (lead47). Not when the trigger is a verb that has a date of its own
    (`lifted the 1962 trade embargo on Tuesday`, `extended the 2009 truce on Sunday`: the act is of that day, the
    year is the thing's it acts on; review47a), nor a verb that does not do what its noun names."""
    verb = trig.pos_ in ("VERB", "AUX")
    if verb and trig.lemma_.lower() not in _event_lexicon().cues.get("broughtby", ()):
        return None                   # `renewed the 2001 sanctions`, `lifted the 1962 embargo`: the act is not the
    #                                   thing's; only a verb that does what its noun names (`led the 1990 protests`,
    #                                   `launched the 2003 invasion`: event_cues `broughtby`) takes its date
    for d in dates:
        if d.start not in ev.sentence or d.type not in ("DATE", "TIME") or not d.value:
            continue
        if d.end <= ev.trigger.start - 40 or d.start >= ev.trigger.end:
            continue                  # (only a date just before or inside the trigger's words)
        t = _date_root(doc, d)
        if t is None or t.dep_ not in ("compound", "nmod", "amod", "nummod", "poss") or t.i >= t.head.i:
            continue
        h = t.head
        if h.pos_ in ("NOUN", "PROPN") and ev.trigger.start <= h.idx < ev.trigger.end:
            if verb and any(o is not d and _on_the_verb(doc, o, trig) for o in dates):
                return None
            return d.value
    return None


def _on_the_verb(doc, d: TimeExpression, verb) -> bool:
    """The date expression d hangs on the verb itself: `lifted ... on Tuesday`, `lifted ... Tuesday`."""
    if d.type not in ("DATE", "TIME") or not d.value:
        return False
    t = _date_root(doc, d)
    if t is None:
        return False
    return t.head.i == verb.i or (t.head.dep_ == "prep" and t.head.head.i == verb.i)


def _a_nouns_date(doc, d: TimeExpression, trig) -> bool:
    """The date expression d is a noun's own (`_names_its_noun`: `the March 3 attack`), not the trigger's: it dates no
    other event of its sentence either (`Police arrested two men over the Jan. 5 bombing`: the arrest is not of Jan. 5;
    ev44)."""
    t = _date_root(doc, d) if trig is not None else None
    return t is not None and _names_its_noun(t, trig)


def _date_root(doc, d: TimeExpression):
    """The root token of date expression d's words in the parse, or None where they cover no token."""
    span = char_span(doc, d.start, d.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _names_its_noun(t, trig) -> bool:
    """t, a date's word, is part of the phrase of a noun that is what the trigger verb acts on or is about (its object,
    or the object of `over`, `for`, `about`, `into`, `against`, `of` on it): a modifier written before the noun
    (`condemned the March 3 attack`, `arrested two men over the Jan. 5 bombing`, `accused the men of the Nov. 4
    bombing`, its `of` hung on the object) or its `of` phrase (`the attack of March 3`). Not
    the subject's date (`the Aug. 7 bombings killed 200`: the noun is the act), nor a place or time phrase's (`in
    Sunday's debate, X attacked Y`), nor a phrase the parse hangs after the noun (`condemned the attack on Monday`:
    often the verb's)."""
    h = t.head
    if t.dep_ == "pobj" and h.lower_ == "of" and h.head.i != h.i:
        h = h.head
    elif not (t.dep_ in ("compound", "nmod", "poss", "amod", "nummod") and t.i < h.i):
        return False
    if h.pos_ not in ("NOUN", "PROPN") or h.i == trig.i or trig.pos_ not in ("VERB", "AUX"):
        return False
    if h.dep_ == "dobj" and h.head.i == trig.i:
        return True
    if h.dep_ != "pobj" or h.head.lower_ not in _ABOUT:
        return False
    on = h.head.head                  # (`accused the men of the Nov. 4 bombing`: `of` hung on the object; dates49)
    return on.i == trig.i or h.head.lower_ == "of" and on.dep_ == "dobj" and on.head.i == trig.i


_ABOUT = frozenset({"over", "for", "about", "into", "against", "of"})   # (the prepositions of what an act is about;
#                                                                        `accused of the Nov. 4 bombing`: dates49)


# ---------------------------------------------------------------- places
def _placed(ctx: Context, events: list[Event], mentions: list[PlaceMention], groups: list[list[int]],
            roots: list) -> list[Event]:
    new = list(events)
    by_start = ByStart(mentions)
    nouns: list = []                      # (`_noun_places` of the mentions, made at the first need)
    for i, (ev, trig) in enumerate(zip(events, roots)):
        if ev.place is None and trig is not None:
            pid = _event_place(ev, trig, by_start.within(ev.sentence.start, ev.sentence.end)) or \
                _relative_clause_place(ctx, trig, mentions, nouns)
            if pid is not None:
                new[i] = dataclasses.replace(ev, place=pid)
    for group in groups:                  # one happening named several times shares its one place
        found = {new[i].place for i in group if new[i].place}
        if len(found) == 1:
            pid = found.pop()
            for i in group:
                if new[i].place is None:
                    new[i] = dataclasses.replace(new[i], place=pid)
    return new


def _clause_of(tok, steps: int = 3) -> set:
    """The trigger and its heads up to the first clause boundary (`held talks in Moscow`: held)."""
    seen = {tok.i}
    for _ in range(steps):
        if tok.dep_ in CLAUSE_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
        seen.add(tok.i)
    return seen


def _event_place(ev: Event, trig, mentions: list[PlaceMention]) -> Optional[str]:
    """The place a locative phrase of the event's own clause names (`massacre in Houla`, `the Houla massacre`)."""
    clause = _clause_of(trig)
    best = None
    for m in mentions:
        if m.root is None or m.entry is None or m.start not in ev.sentence:
            continue
        r = locus(m.root)
        ok = False
        if r.dep_ == "pobj" and r.head.lower_ in place_words()["eventprep"] and r.head.head.i in clause:
            ok = r.head.lower_ != "on" or _physical_on(ev, m, r)
        elif ev.type in MATERIAL_EVENTS and r.head.i == trig.i and (
                r.dep_ in ("compound", "nmod", "amod", "poss")          # `the Houla massacre`
                or r.dep_ == "dobj" and trig.pos_ == "VERB"):         # `shelled the town of Rastan`
            ok = True
        if ok:
            d = abs(m.start - ev.trigger.start)
            if best is None or d < best[0]:
                best = (d, m.entry.id)
    return best[1] if best else None


def _physical_on(ev: Event, m: PlaceMention, r) -> bool:
    """`on` places only a material event on a physical place (`fired on the town of Rastan`); `called on
    Russia`, `sanctions on Iran` name a party: a country, or a target that is an actor, is no place."""
    if ev.type not in MATERIAL_EVENTS:
        return False
    if r is not m.root:
        return True                       # `on the town of X`, `on X province`
    if m.entry.feature == "country":
        return False
    return not any(p.actor and p.start < m.end and m.start < p.end for p in ev.target)


def _noun_places(mentions: list[PlaceMention]) -> dict[int, str]:
    """Token index of a noun -> the place its own locative phrase or modifier names (`massacre in Houla`, `the Houla
    massacre`; the first such mention in order), for every noun some mention names: each mention's `locus` read once,
    not once for each noun asked about (only reached for nouns heading an event's relative clause)."""
    out: dict[int, str] = {}
    for m in mentions:
        if m.root is None or m.entry is None:
            continue
        r = locus(m.root)
        if r.dep_ == "pobj" and r.head.lower_ in place_words()["eventprep"]:
            out.setdefault(r.head.head.i, m.entry.id)
        elif r.dep_ in ("compound", "nmod", "poss"):
            out.setdefault(r.head.i, m.entry.id)
    return out


def _nouns(doc) -> dict[str, list]:
    """The article's common nouns by lemma, made once per parse (`doc.user_data`)."""
    toks = tokens(doc)
    found = doc.user_data.get("dateline.nouns")
    if found is None:
        found = {}
        noun = next(iter(string_ids(["NOUN"])))
        for i, pos in enumerate(column(doc, "POS")):
            if pos == noun:
                t = toks[i]
                found.setdefault(t.lemma_, []).append(t)
        doc.user_data["dateline.nouns"] = found
    return found


def _relative_clause_place(ctx: Context, trig, mentions: list[PlaceMention], nouns: Optional[list] = None) -> Optional[str]:
    """`last week's massacre in which 108 people were killed`: the event is the noun its relative clause
    modifies; that noun, or the same noun elsewhere in the article, names the place (one place only). `nouns`: a
    list the caller keeps for these `mentions`, where `_noun_places` of them is kept at the first need."""
    noun = relcl_noun(trig)
    if noun is None:
        return None
    if nouns is None:
        nouns = []
    if not nouns:
        nouns.append(_noun_places(mentions))
    places = nouns[0]
    found = {places.get(t.i) for t in _nouns(ctx.doc).get(noun.lemma_, ())}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


# ---------------------------------------------------------------- casualty counts
def _heads_of(doc, c: Casualty, steps: int = 6) -> dict[int, int]:
    """Token index -> steps up from the root of a count's phrase, for the phrase's root and its heads."""
    span = char_span(doc, c.start, c.end, alignment_mode="expand")
    if span is None or not len(span):
        return {}
    t, found = span.root, {}
    for k in range(steps):
        found[t.i] = k
        if t.head.i == t.i:
            break
        t = t.head
    return found


def _sized(events: list[Event], casualties: list[Casualty], groups: list[list[int]], doc=None,
           roots: Optional[list] = None) -> tuple[list[Event], list[Casualty]]:
    """Each count to the sized event of its sentence whose trigger the count's phrase hangs from in the parse
    (`Warplanes struck targets, killing four people, after militants fired rockets`: the strikes', though the rockets
    are nearer), else to the nearest; events get the largest count of each kind, and one happening named several
    times (`the massacre in Houla` ... `the Houla massacre`) shares its counts."""
    linked = []
    by_sentence: dict[tuple[int, int], list[tuple[int, Event]]] = {}
    for i, ev in enumerate(events):
        if ev.type in SIZED_EVENTS and not ev.negated:
            by_sentence.setdefault((ev.sentence.start, ev.sentence.end), []).append((i, ev))
    sentences = SpanBag((s, e, evs) for (s, e), evs in by_sentence.items())   # not every event for each count
    for c in casualties:
        best = None                   # (rank, index): a head of the count's phrase (the nearest head), else the
        for s, e, evs in sentences.around(c.start, c.start):   # nearest by characters; the first of equals
            if s <= c.start < e:
                chain = _heads_of(doc, c) if doc is not None and roots is not None and len(evs) > 1 else {}
                for i, ev in evs:
                    r = roots[i] if chain else None
                    rank = (0, chain[r.i]) if r is not None and r.i in chain else (1, abs(ev.trigger.start - c.start))
                    if best is None or (rank, i) < best:
                        best = (rank, i)
        linked.append(dataclasses.replace(c, event=best[1]) if best else c)
    new = list(events)
    sizes: dict[int, dict[str, int]] = {}
    for c in linked:
        if c.event is None:
            continue
        for cat, field in FIELD_OF.items():
            v = getattr(c, cat)
            if v is not None:
                cur = sizes.setdefault(c.event, {})
                cur[field] = max(cur.get(field, 0), v)
    for i, fields in sizes.items():
        fill = {f: v for f, v in fields.items() if getattr(new[i], f) is None}
        if fill:
            new[i] = dataclasses.replace(new[i], **fill)
    for group in groups:
        for field in FIELD_OF.values():
            vals = [getattr(new[i], field) for i in group if getattr(new[i], field) is not None]
            if vals:
                for i in group:
                    if getattr(new[i], field) is None:
                        new[i] = dataclasses.replace(new[i], **{field: max(vals)})
    return new, linked
