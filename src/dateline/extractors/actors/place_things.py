"""Drop passes for non-actors an audit of unseen local, shooting and web text found among main's actors (prec57,
session 57, issue 11; bench/prec57_audit.tsv): a place a `where` clause or a noun of a place in apposition names, a
road whose name ends in a compass word or that meets another at an intersection, `the authority` someone has to act,
newspapers that are delivered or sold, a contraction whose apostrophe a page's encoding broke (`I?d`), and a game
named by its two teams (`Otters-Herons`)."""
from __future__ import annotations

import re

from ...lexicon import actors as lex
from ...lexicon import pronouns
from ..quotes.lexicon import given_names
from ..spans import char_span, children
from .common import is_be
from .idle import _drop_unless_speaker, _first_conjunct
from .state import ActorState

_SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "expl"))


def where_places(st: ActorState) -> None:
    """Drop a name no lexicon knows (key `O` or `P?`, no person) that the text shows to be a place - a mention heads a
    relative clause opened by `where` (`The Harlow Fieldhouse, where volunteers filled sandbags,`; not where someone
    works: a school `where` someone teaches is the employer) or is named again by a noun of actor_words.tsv
    `place_appos_noun` (`Elm Ridge Gymnasium, a project that is ready`, `Marsh Central, the county's road depot`, `the
    old warehouse, Pell Yards,`) - none of whose mentions acts (`_acts_here`; a subject of `be` or `become` does not: a
    place can be one). Only a mention a comma follows is read for the clause or the apposition. A firm where someone
    worked that lays off workers, a charity named a charity, a speaker stay. Gate: `where` or a stem of a word of the
    class (the word less its last letter) in the text."""
    nouns, works = lex.words("place_appos_noun"), lex.words("job_verb")
    if not st.text_holds({n[:-1] for n in nouns} | {"where"}):   # (a stem: `properties` for `property`)
        return
    words = pronouns()
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] not in ("O", "P?") or not c.mentions or c.members or c.person is not None:
            continue
        if c.key[0] == "O" and lex.organisation_forms().get(c.name) is not None:
            continue
        text = st.ctx.text
        if not any(text[e:e + 2].lstrip(" ")[:1] == "," for s, e in c.mentions):
            continue                              # (a clause or an apposition follows a comma: a string test first)
        roots = [_root(st, s, e) for s, e in c.mentions]
        if any(r is None for r in roots):
            continue
        named = [r for (s, e), r in zip(c.mentions, roots) if text[s:e].lower() not in words]
        if not any(_placed(r, nouns, works) for r in named):
            continue
        if any(_acts_here(r, text[r.idx:r.idx + len(r)].lower() in words) for r in roots):
            continue
        _drop_unless_speaker(st, c, speakers)


def _root(st: ActorState, s: int, e: int):
    span = char_span(st.doc, s, e, "expand")
    return span.root if span is not None and len(span) else None


def _placed(root, nouns: frozenset, works: frozenset) -> bool:
    """The mention's head opens a relative clause with the adverb `where` that says no one works there (`_works_in`: a
    school or a firm `where` someone teaches or works is the employer, an actor), has an apposition whose head is a
    common noun of `nouns`, or is itself the apposition of such a noun (`the county's new depot, Marsh Commons`)."""
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in nouns:
        return True                               # (`the county's new depot, Marsh Commons,`)
    doc, left = root.doc, root.left_edge.i
    if root.dep_ in ("appos", "npadvmod") and left >= 2 and doc[left - 1].text == "," and \
            doc[left - 2].pos_ == "NOUN" and doc[left - 2].lemma_.lower() in nouns:
        return True                               # (the same, where the parse hangs the name on the verb)
    for k in children(root):
        if k.dep_ == "relcl" and any(g.dep_ == "advmod" and g.lower_ == "where" for g in children(k)) and \
                not _works_in(k, works):
            return True
        if k.dep_ == "appos" and k.pos_ == "NOUN" and k.lemma_.lower() in nouns:
            return True
    return False


def _works_in(verb, works: frozenset) -> bool:
    """The `where` clause's verb is one of work (actor_words.tsv `job_verb`: `where he taught science`) or `be` with a
    noun after it (`where Ben Ott was a teacher`, `where she is a nurse`)."""
    if verb.lemma_.lower() in works:
        return True
    return is_be(verb) and any(k.dep_ == "attr" and k.pos_ == "NOUN" for k in children(verb))


def _acts_here(root, pronoun: bool) -> bool:
    """The mention acts: a subject or agent of a verb other than `be` or `become` (also through `and`), the object
    of `by`, or a possessor (a pronoun's possessive does not count: `became its own station`)."""
    tok = _first_conjunct(root)
    if tok.dep_ in _SUBJECTS:
        head = tok.head
        return not (is_be(head) or head.lemma_.lower() in ("become", "remain"))
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        return True
    return tok.dep_ == "poss" and not pronoun


def compass_roads(st: ActorState) -> None:
    """Drop a name no lexicon knows (key `O`, no sector, no person) every mention of which ends in a road's word and
    then a compass word (actor_words.tsv `road_word`, `compass_word`: `the intersection of Dunmore Avenue North`,
    `Hillview Drive NW`): a road, as a name ending in the road's word is. Gate: a road's word in the text."""
    roads = lex.words("road_word")
    if not st.text_holds(roads):
        return
    compass = lex.words("compass_word")
    text = st.ctx.text
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] != "O" or not c.mentions or c.members or c.person is not None or c.sector is not None:
            continue
        if all(_compass_road(text[s:e], roads, compass) for s, e in c.mentions):
            _drop_unless_speaker(st, c, speakers)


def _compass_road(mention: str, roads: frozenset, compass: frozenset) -> bool:
    words = mention.split()
    return len(words) >= 3 and words[-1].lower() in compass and words[-2].lower() in roads and words[-1][:1].isupper()


def crossing_roads(st: ActorState) -> None:
    """Drop a name no lexicon knows (key `O` or `P?`, no person; a `P?` name that opens with a given name aside) every
    mention of which is the object of `of` after a noun of actor_words.tsv `crossing_noun` (`from the intersection of
    East Ashby to Route 9`, `at the corner of Penn North and Lowry`), or joined by `and` to such an object: a road.
    Gate: a word of the class in the text."""
    crossings = lex.words("crossing_noun")
    if not st.text_holds(crossings):
        return
    speakers: dict = {}
    for c in st.clusters.values():
        if c.key[0] not in ("O", "P?") or not c.mentions or c.members or c.person is not None:
            continue
        if c.key[0] == "O" and lex.organisation_forms().get(c.name) is not None or \
                c.key[0] == "P?" and (c.name.split() or [""])[0].lower() in given_names():
            continue
        roots = [_root(st, s, e) for s, e in c.mentions]
        if all(r is not None and _at_crossing(r, crossings) for r in roots):
            _drop_unless_speaker(st, c, speakers)


def _at_crossing(root, crossings: frozenset) -> bool:
    tok = _first_conjunct(root)
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in crossings


def held_powers(st: ActorState) -> None:
    """Drop the mentions that are a power someone has or is given, not a body (actor_words.tsv `power_noun` as the
    object of a verb of `power_verb` with `to` and a verb after it: `I don't have the authority to move one project`),
    and the newspapers or magazines that are goods (`goods_noun` the object of a verb of `goods_verb`: `a boy who was
    delivering newspapers`). An authority that speaks and newspapers that report stay. Gate: a word of the nouns in
    the text."""
    powers, goods = lex.words("power_noun"), lex.words("goods_noun")
    if not st.text_holds(powers | goods):
        return
    power_verbs, goods_verbs, nouns = lex.words("power_verb"), lex.words("goods_verb"), powers | goods
    for c in st.clusters.values():
        if c.person is not None or c.members or not c.mentions:
            continue
        for s, e in list(c.mentions):
            if (st.ctx.text[s:e].rsplit(None, 1) or [""])[-1].lower() not in nouns:
                continue
            root = _root(st, s, e)
            if root is None or root.dep_ != "dobj" or \
                    any(k.dep_ in ("compound", "amod", "poss") for k in children(root)):
                continue                          # (`the transit authority`, `local newspapers`: a named kind)
            verb = root.head.lemma_.lower()
            if root.lower_ in powers and verb in power_verbs and _to_verb_after(root) or \
                    root.lower_ in goods and verb in goods_verbs:
                c.mentions.discard((s, e))


def _to_verb_after(root) -> bool:
    doc = root.doc
    k = root.i + 1
    return k + 1 < len(doc) and doc[k].lower_ == "to" and doc[k + 1].pos_ in ("VERB", "AUX")


_BROKEN = re.compile(r"(?:I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t)[?\u00e2\u0080\u0099\ufffd]{1,3}(?:d|ll|m|re|s|ve)")


def broken_contractions(st: ActorState) -> None:
    """Drop the mentions that are a pronoun's contraction whose apostrophe a page's encoding turned into `?` or a
    stray letter (`I?d also want to know`): no name. A name with such letters inside stays (it is longer). Gate: a `?`
    or another character of the broken apostrophe in the text."""
    text = st.ctx.text
    if not any(ch in text for ch in "?\u00e2\u0080\u0099\ufffd"):
        return
    for c in st.clusters.values():
        if c.person is not None:
            continue
        for s, e in list(c.mentions):
            if _BROKEN.fullmatch(text[s:e]):
                c.mentions.discard((s, e))


_MATCHUP = re.compile(r"([A-Z][\w.&']*(?: [A-Z][\w.&']*)*)-([A-Z][\w.&']*(?: [A-Z][\w.&']*)*)")


def matchup_names(st: ActorState) -> None:
    """Drop the mentions that are a game named by its two sides joined by a hyphen (`Otters-Herons at a glance` beside
    `Harlow Otters` and `Dunmore Herons`): each side is the last word or words of another actor's name in the
    article, so the hyphenated whole is the contest, no actor. A hyphenated firm (`Ross-Keller`) whose parts end no
    other actor's name stays. Gate: a hyphen before a capital in the text, after a character a side may end in."""
    text = st.ctx.text
    if not re.search(r"[\w.&']-[A-Z]", text):
        return
    names = [c.name for c in st.clusters.values() if c.mentions and c.name]
    for c in st.clusters.values():
        if c.person is not None:
            continue
        for s, e in list(c.mentions):
            lo, hi = _hyphen_run(text, s, e)
            m = _MATCHUP.fullmatch(text[lo:hi])
            if m and all(_ends_another(side, text[lo:hi], names) for side in m.groups()):
                c.mentions.discard((s, e))


_SIDE_LEFT = re.compile(r"(?:[A-Z][\w.&']*(?: [A-Z][\w.&']*)*)-$")
_SIDE_RIGHT = re.compile(r"-[A-Z][\w.&']*")


def _hyphen_run(text: str, s: int, e: int) -> tuple:
    """The mention's span widened over a capitalised word joined to it by a hyphen on either side (`Herons` in
    `Otters-Herons`: the tagger may take one side only)."""
    left = _SIDE_LEFT.search(text, max(0, s - 40), s)
    if left is not None and left.end() == s:
        s = left.start()
    right = _SIDE_RIGHT.match(text, e)
    if right is not None:
        e = right.end()
    return s, e


def _ends_another(side: str, whole: str, names: list) -> bool:
    return any(n != whole and n != side and n.endswith(" " + side) for n in names)
