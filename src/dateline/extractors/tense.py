"""The tense of a verb in the parse, for every stage that needs it: the dates resolver (which way a bare weekday or
month points) and events (a pluperfect trigger tells the background).

The dates' readings take the dates' word lists (`dates.words.load()`: `modal`, `futureverb`, `pastverb`,
`pastmodal`, `intentverb`) as `words`, and stay inside the paragraph of the expression, so a headline glued to the
body does not govern it.
"""
from __future__ import annotations

import re
from typing import Optional

from .spans import char_span, children, column, sentence_of, tokens
from .token_strings import strings

# a cue just before a date overrides the verb: 'since' looks back, 'until', 'by', 'as early as' ahead
PAST_CUE = re.compile(r"\bsince(?:\s+[\w.]+){0,3}\s+$", re.I)
# `after` (`following`) before the expression's noun, under a verb in the present: the present state came after it
# (`two men are in hospital after a shooting Saturday night`: the Saturday gone by; lede45)
AFTER_CUE = re.compile(r"\b(?:after|following)(?:\s+[\w'\u2019-]+){0,3}\s+$", re.I)
FUTURE_CUE = re.compile(r"\b(?:as\s+(?:soon|early)\s+as|until|till|no\s+later\s+than|starting|beginning|by)\s+(?:on\s+)?$", re.I)


def auxiliaries(verb) -> list:
    """The auxiliary tokens of a verb (`had`, `will`, `been`...)."""
    return [c for c in children(verb) if c.dep_ in ("aux", "auxpass")]


def aux_words(verb) -> set[str]:
    """The lower-case auxiliaries of a verb (`had`, `will`, `been`...)."""
    return {c.lower_ for c in auxiliaries(verb)}


def pluperfect(verb) -> bool:
    """`had attacked`: a past participle with the auxiliary `had` (an event before the story's time)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children(verb))


def paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds [lo, hi) of the paragraph (blank-line separated) holding text[start:end]; lo is the
    offset of the blank line before it (-1 at the start of the text)."""
    lo = text.rfind("\n\n", 0, start)
    hi = text.find("\n\n", end)
    return lo, len(text) if hi < 0 else hi


def expression_tense(doc, text: str, start: int, end: int, words, *, clock: bool = False) -> Optional[str]:
    """'past', 'future' or 'present' for the temporal expression at [start, end), or None when unknown.

    The governing verb decides (`parse_tense`); a cue just before the expression overrides it ('since' looks back;
    'after' does too under a present tense; 'until', 'by', 'as early as' ahead, unless the verb is pluperfect, or,
    for a bare clock time (`clock`), `by` on a verb told in the simple past: `_by_a_past_act`)."""
    verb = parse_tense(doc, start, end, paragraph(text, start, end), words)
    before = text[max(0, start - 40):start]
    if PAST_CUE.search(before) or verb == "present" and AFTER_CUE.search(before) and _a_state(doc, start):
        return "past"
    if FUTURE_CUE.search(before) and verb != "pluperfect" and not (
            verb == "past" and (clock or done_by_weekday(doc, text, start, end, words)) and
            _by_a_past_act(doc, start, before)):
        return "future"
    return "past" if verb == "pluperfect" else verb


def _by_a_past_act(doc, start: int, before: str) -> bool:
    """`by` hung on a verb told in the simple past before a bare clock time (`Rescuers reached the scene by 9 a.m.`
    after a crash on Monday): the time by which it was done, on the day the story is at, not the report's (dates50).
    A clock time, or a weekday whose verb is none of intent or demand (`done_by_weekday`): a weekday or a week after
    `by` under a past verb of intent is a deadline ahead (`Lawmakers demanded an answer by Friday`, `it expected a
    deal by Friday`; review50c), one after another past verb the day gone by (`The last troops left by Tuesday`;
    dates51)."""
    if not _BY_CUE.search(before):
        return False
    span = char_span(doc, start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    by = span[0].head
    while by.dep_ == "compound" or by.pos_ in ("NUM", "NOUN", "PROPN") and by.head.i != by.i and by.lower_ != "by":
        by = by.head
    if by.lower_ != "by" or by.head.i == by.i:
        return False
    verb = by.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBD" and not aux or verb.tag_ == "VBN" and bool(aux) and aux <= {"was", "were"}


_BY_CUE = re.compile(r"\bby\s+(?:on\s+)?$", re.I)


def done_by_weekday(doc, text: str, start: int, end: int, words) -> bool:
    """The expression is a weekday (`by Tuesday`, `by Tuesday night`) and the verb `by` hangs on is none that sets a
    deadline (timex_words `deadlineverb`, `futureverb`, the intent verbs: `demanded an answer by Friday`, `expected a
    deal by Friday`, `urged them to leave by Friday`): an act done by the weekday gone by (dates51)."""
    first = text[start:end].split(maxsplit=1)
    if not first or first[0].lower().strip(".,") not in words["weekday"]:
        return False
    span = char_span(doc, start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span[0]
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    lemma = verb.lemma_.lower()
    return not any(lemma in words[k] for k in ("deadlineverb", "futureverb", "intentverb"))


def by_a_past_verb(doc, text: str, start: int, end: int, words) -> bool:
    """`by` right before the expression, whose governing verb is told in the past (`The last soldiers left the town by
    Tuesday`, `most villagers had fled by Friday`, `demanded an answer by Friday`): whether done by then or a deadline
    set then, the weekday is the first after the day the story last named (dates51: `Resolver._weekday`)."""
    if not _BY_CUE.search(text[max(0, start - 40):start]):
        return False
    return parse_tense(doc, start, end, paragraph(text, start, end), words) in ("past", "pluperfect")


# the present of a state the `after` cue may follow: `are in hospital after`, `is recovering after`, `remains shut after`
_STATE_WORDS = frozenset(("is", "are", "am", "'s", "'re", "\u2019s", "\u2019re", "remain", "remains", "stay", "stays"))


def _a_state(doc, start: int) -> bool:
    """A present `be` (or `remain`, `stay`) before the expression in its sentence, or an `after` that opens the
    sentence: the `after` cue tells a state that followed a happening (`are in hospital after a crash Saturday`,
    `After Tuesday night, her chance rests on ...`), not a plan (`the library reopens after the holiday Monday`: the
    Monday ahead; review45a)."""
    span = char_span(doc, start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = sentence_of(doc, span[0].i)
    first = next((doc[i] for i in range(sent.start, span[0].i) if not doc[i].is_punct and not doc[i].is_space), None)
    return first is not None and first.lower_ in ("after", "following") or \
        any(doc[i].lower_ in _STATE_WORDS and doc[i].tag_ in ("VBZ", "VBP") for i in range(sent.start, span[0].i))


def parse_tense(doc, start: int, end: int, bounds: tuple[int, int], words) -> Optional[str]:
    """The tense of the verb governing the expression at [start, end) (`verb_tense`), or None: up at most six heads
    inside the paragraph `bounds`, else the first finite verb or modal after it in the sentence. A possessive
    ("Wednesday's ruling") is past; reached through a noun or `for`, the verb's object is a planned thing."""
    span = char_span(doc, start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    lo, hi = bounds
    t = span.root
    if t.dep_ == "poss":
        return "past"
    through = False                   # reached through a noun or 'for': a planned thing
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:   # (by position: `.head` is a new object)
            break
        h = t.head
        if not lo <= h.idx < hi:
            t = None
            break
        if h.pos_ in ("NOUN", "PROPN") and h.i != span.root.i or h.lower_ == "for":
            through = True
        t = h
    if t is None or t.pos_ not in ("VERB", "AUX"):
        sent = sentence_of(span.doc, span.root.i)
        t = _finite_after(span.doc, sent.start, sent.end, end, hi)
        if t is None:
            return None
        if t.tag_ == "MD":
            return "future" if t.lower_ in words["modal"] else None
    return verb_tense(t, words, 0, through)


_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))


def _finite_after(doc, a: int, b: int, end: int, hi: int):
    """The first token of tokens [a, b) (a sentence) that starts in [end, hi) and is tagged a finite verb or a modal
    (VBD, VBZ, VBP, MD), else None: read off the IDX and TAG columns, a Token made for that one word alone (a walk over
    the sentence's Span made a Token for every word)."""
    idx, tags = column(doc, "IDX"), strings(doc, "TAG")
    x = next((x for x in range(a, b) if end <= idx[x] < hi and tags[x] in _FINITE), None)
    return None if x is None else tokens(doc)[x]


def verb_tense(t, words, depth: int = 0, through: bool = False) -> Optional[str]:
    """'future', 'pluperfect', 'past' or 'present' of a verb, or None: a modal auxiliary, a verb of planning (with an
    auxiliary, as a participle, reached `through` a noun, or in the past with a noun object: 'planned a rally on
    Saturday'), a to-infinitive under a verb of intent are future; `had` makes it pluperfect; another to-infinitive
    takes the tense of the verb it hangs from (two levels at most); then the verb's own past or present tags, the
    present of a verb that looks back (`pastverb`: investigate, mourn) read as past, and a modal of a guess with a
    perfect (`pastmodal`: `may have seen`) as past."""
    aux = auxiliaries(t)
    aux_set = aux_words(t)
    if not aux_set.isdisjoint(words["modal"]):
        if t.tag_ == "VBN" and "have" in aux_set and not aux_set.isdisjoint(words["pastmodal"]):
            return "past"     # `may have seen the car Wednesday`: a guess about the past (lede45)
        return "future"
    if "had" in aux_set:
        return "pluperfect"
    if t.lemma_.lower() in words["futureverb"] and (through or t.tag_ == "VBN" or aux_set):
        return "future"
    if (words["futureverb"].get(t.lemma_.lower()) == "object" and t.tag_ == "VBD"
            and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in children(t))):
        return "future"       # 'planned a rally on Saturday': the day is the rally's
    if t.tag_ == "VB" and "to" in aux_set:
        h = t.head
        if h.i != t.i and h.pos_ in ("VERB", "AUX"):
            if h.lemma_.lower() in words["intentverb"] and t.dep_ == "xcomp":
                return "future"
            if depth < 2:
                way = verb_tense(h, words, depth + 1)
                # `police continue to investigate the shooting Thursday`: the inquiry looks back (lede45)
                return "past" if way == "present" and _looks_back(t, words) else way
        return None
    if t.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux) or (t.tag_ == "VBN" and not aux_set - {"has", "have", "having"}):
        return "past"
    if t.tag_ in ("VBZ", "VBP") or aux_set & {"is", "are", "am"}:
        # an inquiry or a mourning under way looks back to what happened (`pastverb`: `police are investigating
        # the shooting early Saturday` is the Saturday gone by, not the coming one; lede45); in the progressive only:
        # a simple present is a plan as often (`the town mourns them at a service Thursday`; review45a)
        return "past" if t.tag_ == "VBG" and _looks_back(t, words) else "present"
    return None


def _looks_back(t, words) -> bool:
    """A verb of `pastverb` (an inquiry, a mourning), or of `searchverb` (a search: lead46) with the preposition its row
    names when it names one (`look` + `for`) and a `searcher` subject (`police are looking for the gunman ...`; the
    Bears looking for a win Sunday look ahead: review46b)."""
    lemma = t.lemma_.lower()
    if lemma in words["pastverb"]:
        return True
    prep = words["searchverb"].get(lemma)
    if prep is None or prep and not any(c.lower_ == prep for c in children(t)):
        return False
    for _ in range(3):             # the subject of the search, or of the verb its to-infinitive hangs from
        subj = [c for c in children(t) if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0].lemma_.lower() in words["searcher"] or subj[0].lower_ in words["searcher"]
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        t = t.head
    return False
