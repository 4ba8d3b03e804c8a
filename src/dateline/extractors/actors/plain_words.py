"""Drop passes for words the tagger took for names that are no actors on unseen campaign and local text (prec56,
session 56, issue 11): a common word written in capitals (a lede's first word, a post's emphasis), a word of a web
page's style code, the friends an obituary invites to call, and the name of an event its goers are called by."""
from __future__ import annotations

import re

from ...lexicon import actors as lex
from ..spans import char_span
from .idle import _drop_unless_speaker
from .state import ActorState

CAPITAL_WORD_LEAST = 4     # letters of a word in capitals that may be a common word (`SEWAGE`; `AP`, `FBI` are short)


def capital_common_words(st: ActorState) -> None:
    """Drop a name no lexicon knows (key `O` or `P?`, no sector) that is one word in capitals of CAPITAL_WORD_LEAST
    letters or more, every mention of which the parse reads as a common word, not a proper noun (`the store is
    CLOSED`, a post's emphasis), or that the text also writes in lower case (`waste kills fish . WASTE is pouring
    into a river`, a lede's first word in capitals after its headline): a word the tagger took for a body because of
    its capitals. An acronym the parse reads as a proper noun and the text never writes in lower case (`FEMA said`),
    a lexicon's organisation and a speaker stay."""
    text = st.ctx.text
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] not in ("O", "P?") or c.sector is not None or not c.mentions or c.members or c.person is not None:
            continue
        if not (c.name.isalpha() and c.name.isupper() and len(c.name) >= CAPITAL_WORD_LEAST):
            continue
        if lex.organisation_forms().get(c.name) is not None:
            continue
        spans = [char_span(st.doc, s, e, "expand") for s, e in c.mentions if text[s:e].isupper()]
        if len(spans) != len(c.mentions):
            continue                               # a pronoun or another form of the name refers to it
        if not all(span is not None and len(span) == 1 for span in spans):
            continue
        if all(span[0].pos_ in ("NOUN", "ADJ", "VERB", "ADV") for span in spans) or \
                re.search(r"(?<![\w-])" + c.name.lower() + r"(?![\w-])", text):
            _drop_unless_speaker(st, c, speakers)


_STYLE_RULE = re.compile(r"[{;]\s*[a-z-]+\s*:\s*[^;{}]*;")   # `{ text-align:left; ...`: a rule of style code


def style_code_names(st: ActorState) -> None:
    """Drop the mentions that stand inside a block of a web page's style code (between `{` and `}` with a
    `property: value;` rule in it: `font-family:Helvetica`, a page's CSS the reader kept in the body): no words of
    the story. An actor left with no mention is gone. Gate: a `{` in the text."""
    text = st.ctx.text
    if "{" not in text:
        return
    blocks = []
    for m in re.finditer(r"\{[^{}]*\}?", text):
        if _STYLE_RULE.search(m.group(0)):
            blocks.append((m.start(), m.end()))
    if not blocks:
        return
    for c in st.clusters.values():
        for span in list(c.mentions):
            if any(lo < span[0] and span[1] <= hi for lo, hi in blocks):
                c.mentions.discard(span)


def visiting_friends(st: ActorState) -> None:
    """Drop a group every mention of which is an obituary's visiting formula (`Friends may call Monday from 4 to 6`,
    `Family and friends may gather at the church`): the subject, of actor_words.tsv `visiting_people` only, `friends` among them, of a verb
    of actor_words.tsv `visiting_verb` with `may` or `can`: anyone who knew the dead, invited, no actor of the story.
    Friends who act (`friends said`, `friends gathered`) and named people stay. Gate: `may` or `can` in the text."""
    if not st.text_holds({"may", "can"}):
        return
    people, verbs = lex.words("visiting_people"), lex.words("visiting_verb")
    text = st.ctx.text
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] in ("O", "P", "P?", "S") or not c.mentions or c.members or c.person is not None:
            continue
        if all(_visiting(st, s, e, people, verbs) for s, e in c.mentions):
            _drop_unless_speaker(st, c, speakers)


def _visiting(st: ActorState, s: int, e: int, people: frozenset, verbs: frozenset) -> bool:
    """The mention at [s, e) is words of `people` only (and `and`) that are the subject of a verb of `verbs` with the
    modal `may` or `can` (`Friends may call`)."""
    words = re.findall(r"[A-Za-z]+", st.ctx.text[s:e].lower())
    if "friends" not in words or any(w not in people and w != "and" for w in words):
        return False
    span = char_span(st.doc, s, e, "expand")
    if span is None or not len(span):
        return False
    root = span.root
    head = root.head
    return root.dep_ == "nsubj" and head.lemma_.lower() in verbs and \
        any(t.dep_ == "aux" and t.lower_ in ("may", "can") for t in head.children)


def event_goer_names(st: ActorState) -> None:
    """Drop a name no lexicon knows (key `O` or `P?`) every mention of which only modifies a noun of the people who
    go to an event (actor_words.tsv `event_goer`: `limited to Politics and Pies attendees`, `Lakeside Fest goers`):
    the name of the event, no actor. A name that acts elsewhere (then it is no modifier there) and a speaker stay.
    Gate: a word of `event_goer` in the text."""
    goers = lex.words("event_goer")
    if not st.text_holds(goers):
        return
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] not in ("O", "P?") or not c.mentions or c.members or c.person is not None:
            continue
        if lex.organisation_forms().get(c.name) is not None:
            continue
        if all(_goers_of(st, s, e, goers) for s, e in c.mentions):
            _drop_unless_speaker(st, c, speakers)


def _goers_of(st: ActorState, s: int, e: int, goers: frozenset) -> bool:
    """The mention at [s, e) is a compound, nominal or adjectival modifier of a noun of `goers` outside it."""
    span = char_span(st.doc, s, e, "expand")
    if span is None or not len(span):
        return False
    root = span.root
    head = root.head
    return root.dep_ in ("compound", "nmod", "amod") and not span.start <= head.i < span.end and \
        head.lower_ in goers
