"""Headlines the parser misreads: `Rose Bowl skywriters blast Trump`, `World leaders denounce N. Korea test`.

The small English model parses headline grammar badly (a plural noun taken for the verb, the verb for a noun), so a
headline with no trigger found by the parse is read again from its words: a word that is a verb of the event lexicon
(base form or -s form; a word that is an event noun too only before a name: `blast Trump`) standing between a run of
nouns (the source) and a noun phrase (the target, after a preposition or not) is the headline's event. Participants
are the word runs themselves, as spans: the parse's phrases are not to be trusted here.

The same reading serves a sentence anywhere (`misread`) for a word the tagger took for a plural noun (`The ad slams
Halvorsen`, `slams` NNS) or for a participle or adjective describing the name after it (`Trump blasted Univision`,
`blasted` VBN/JJ amod): a present or past form of a lexicon verb between a run of nouns and a name.
"""
from __future__ import annotations

import functools
from typing import Optional

from ...records import Span
from ..spans import children, ids_of, indices, picked, text
from .columns import cols, opening as _opening
from .lexicon import Pattern, load, plover
from .nouns import actor_noun
from ..places import place_words
from .triggers import Candidate, _someone, actor_like, child, lemma, names_actor, prep_object

NOUNISH = ("NOUN", "PROPN")


NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
OBJECT_OF = frozenset({"VERB", "AUX", "ADP", "PART"})    # a word before the source run that makes it an object


def _verb_key(word: str, verbs, past: bool = False) -> Optional[str]:
    """The lexicon verb a headline word is a present form of (`blast`, `blasts`, `slashes`, `denies`); with `past`,
    a past form too (`blasted`, `praised`, `slammed`, `denied`)."""
    keys = [word, word[:-1] if word.endswith("s") else None, word[:-2] if word.endswith("es") else None,
            word[:-3] + "y" if word.endswith("ies") else None]
    if past and word.endswith("ed"):
        keys += [word[:-2], word[:-1], word[:-3] + "y" if word.endswith("ied") else None,
                 word[:-3] if len(word) > 4 and word[-3] == word[-4] else None]
    for key in keys:
        if key and key in verbs:
            return key
    return None


def _nounish(t, lex) -> bool:
    """A noun, or a plural noun the tagger took for a verb (`skywriters`: VBZ) that is no verb of the lexicon."""
    return t.pos_ in NOUNISH or (t.tag_ == "VBZ" and t.lower_.endswith("s") and _verb_key(t.lower_, lex.verbs) is None
                                 and t.lemma_.lower() not in ("be", "have", "do"))


def _capitalised_name(t, words) -> bool:
    """A capitalised word in a headline written in sentence case is a name the tagger took for a common noun
    (`Terrorism experts rebuke Trump proposal`); in a title-case headline capitals say nothing."""
    alpha = [w for w in words if w.is_alpha]
    return t.is_title and t.i != words[0].i and 2 * sum(w.is_title for w in alpha) <= len(alpha)


def _span(toks, a: int, b: int) -> Span:
    doc = toks[0].doc
    start, end = toks[a].idx, toks[b].idx + len(toks[b])
    return Span(start, end, text(doc)[start:end])


def rescue(toks) -> list[Candidate]:
    """At most one preset candidate for a headline sentence with no trigger (`toks`: its tokens)."""
    lex = load()
    words = [t for t in toks if not t.is_space]
    for k in range(1, len(words) - 1):
        c = _read_at(words, k, lex)
        if c is not None:
            return [c]
    return []


def verb_for_noun(cands: list, toks, keep) -> list:
    """A headline whose only events are nouns (`cands`, none a verb): when `rescue` reads one of those words as the
    headline's verb between one who acts and whom it is done to (`US sanctions Russian oligarchs`, `EU sanctions
    Iranian generals`: `sanctions` parsed as a noun with the name after it in apposition, so the event had no target),
    that reading (kept by `keep`) takes the noun's place; the others stay (ev45)."""
    nouns = {c.token.i for c in cands if c.nominal}
    ends = {t.idx + len(t): t for t in toks}
    for r in rescue(toks):
        head = ends.get(r.target[0].end) if r.target else None
        if r.token.i in nouns and head is not None and _done_to(head, r.token.idx + len(r.token), r.target[0].end,
                                                                toks) and keep(r):
            return [c for c in cands if c.token.i != r.token.i] + [r]
    return cands


def _done_to(head, start: int, end: int, toks) -> bool:
    """The object a headline's verb is read with (its words from `start` to `end`, offsets) names one it can be done
    to: a name or a nationality among its words (`Russian oligarchs`), or a head word naming an actor, a person or a
    place (`village`); not `relief stalls`, whose words name no one (`actor_like` is too wide here: the parse's
    phrase may hold the name before the verb)."""
    return any(start <= t.idx < end and (t.ent_type_ in NAMED or t.pos_ == "PROPN") for t in toks) or \
        names_actor(head) or actor_noun(head) or _someone(head) or head.ent_type_ in ("GPE", "LOC", "FAC") or \
        lemma(head) in place_words()["locus"]


def misread_opening(doc) -> list[int]:
    """The indices of the doc's words `misread` tries (`_misread_forms`, the list its `picked` reads): a sentence
    holding none gives nothing (speed37a)."""
    return _opening(doc, "headlines.misread", _misread_forms)


def misread(toks, taken) -> list[Candidate]:
    """Preset candidates for the verbs of a sentence (`toks`) the tagger took for something else (`taken`: token
    indices that are triggers already): a present or past form of a lexicon verb tagged as a plural noun (`The ad
    slams Halvorsen for ...`) or as a participle or adjective describing the next word (`Trump blasted Univision`),
    read as `rescue` reads a headline's verb, its target a name right after it (not a date: `deposition requests
    Monday`; not after a preposition: `Soto thanks to the name`), the word before it naming an actor or a piece of
    writing (not `bomb blasts`, `air drops`)."""
    tried = picked(toks, "headlines.misread", _misread_forms)   # (the forms tested off the columns once a doc)
    if not tried:
        return []
    lex = load()
    words = [t for t in toks if not t.is_space]
    at = {t.i: k for k, t in enumerate(words)}
    out = []
    for t in tried:
        k = at.get(t.i)
        if k is None or not 0 < k < len(words) - 1:
            continue
        if _before_dead(words, k, lex):
            c = _shot_dead(words, k, lex)
            if c is not None:
                out.append(c)
            continue
        if t.i in taken:
            continue
        c = _read_at(words, k, lex, past=True, named=True)
        if c is not None:
            out.append(c)
    return out


def _misread_forms(doc) -> list[int]:
    """The indices of the doc's words `misread` tries: a plural noun's tag on a form in -s, or a participle's or
    adjective's tag on a modifier in -ed (`tag_`, `dep_` and `lower_` read off the columns, `cols`), of a part of
    speech `_read_at` reads, that is a form of a lexicon verb or of a phrase's verb (`_read_at` reads no other: the
    sentences with none are passed without a walk over their words, speed33)."""
    c = cols(doc)
    tag, dep, low, pos = c.tag_, c.dep_, c.lower, c.pos_
    verb_form = _verb_forms()
    dead = load().cues.get("dead", frozenset())
    return sorted([i for i in indices(doc, TAG=_TAG_IDS)
                   if (tag[i] == "NNS" and low[i].endswith("s") or tag[i] in ("VBN", "JJ") and dep[i] == "amod" and
                       low[i].endswith("ed"))
                   and pos[i] in _READ_POS and verb_form(low[i])]
                  + [i for i in indices(doc, LOWER=ids_of(*_DEAD_BEFORE)) if i + 1 < len(low) and low[i + 1] in dead])


_DEAD_BEFORE = {"shot": "shoot", "stabbed": "stab", "gunned": "gun"}   # the past forms of wounding verbs that `dead`
# follows (`shot dead X`) -> their verb in the lexicon


def _before_dead(words, k: int, lex) -> bool:
    """words[k] is a wounding verb's past form followed by `dead` (event_cues `dead`: `a deputy shot dead a man`)."""
    return words[k].lower_ in _DEAD_BEFORE and k + 1 < len(words) and words[k + 1].lower_ in lex.cues.get(
        "dead", frozenset())


def _shot_dead(words, k: int, lex) -> Optional[Candidate]:
    """`A deputy shot dead Marcus Hale`, `A sheriff's deputy shot dead a man`: the tagger reads `deputy shot` as a
    noun compound (`shot` NN) or takes `shot` for the subject of `dead`, so the act is lost or its shooter becomes
    its victim (ev45). Read from the words: the noun run before the verb is the shooter when its last word names an
    actor or a person (`deputy`, `gunman`, a name), the noun phrase after `dead` the one killed. Not when the parse
    has the verb with an object of its own (`an officer shot dead a teenager`: read by the parse)."""
    t = words[k]
    if t.pos_ in ("VERB", "AUX") and any(x.dep_ == "dobj" for x in children(t)):
        return None
    key = _DEAD_BEFORE[t.lower_]
    pat = lex.verbs.get(key)
    if pat is None or k == 0 or not (names_actor(words[k - 1]) and words[k - 1].pos_ != "PRON" or
                                     actor_noun(words[k - 1])):
        return None
    a = k - 1
    while a > 0 and (_nounish(words[a - 1], lex) or words[a - 1].tag_ == "POS" or words[a - 1].pos_ == "ADJ") and \
            not words[a - 1].is_punct:
        a -= 1
    if words[a].tag_ == "POS":
        return None
    j = k + 2
    while j < len(words) and words[j].pos_ in ("DET", "ADJ", "NUM"):
        j += 1
    if j >= len(words) or words[j].pos_ not in NOUNISH:
        return None
    b = j
    while b + 1 < len(words) and words[b + 1].pos_ in NOUNISH:
        b += 1
    if any(x.ent_type_ in ("DATE", "TIME") or lemma(x) in load().cues.get("relhead", ()) for x in words[k + 2:b + 1]):
        return None                       # (`a man shot dead Saturday`, `the guard shot dead this morning`: a time
        # after `dead`, the noun before it the one killed; review45b)
    etype, quad = plover(pat.cameo)
    return Candidate(t, None, Pattern("verb", key, pat.cameo, pat.mode, pat.targets), t.i, t.i, False,
                     etype=etype, quad=quad, cameo=pat.cameo, mode=pat.mode,
                     source=[_span(words, a, k - 1)], target=[_span(words, j, b)], preset=True)


_FORMS: list = [None, {}]                 # (the lexicon, {a form: whether `_read_at` reads it as a verb}), `_verb_forms`
_FORMS_MOST = 200_000                     # (bounded: a long run meets ever more plural nouns)


def _verb_forms():
    """`form -> _verb_key(form, verbs, True) is not None or _verb_key(form, phrase heads) is not None`, the answer kept
    a process for each form (the same form is met in doc after doc; made anew for another lexicon): `_misread_forms`
    asks it of every plural noun and -ed modifier of a doc (speed38a)."""
    lex = load()
    if _FORMS[0] is not lex:
        _FORMS[:] = [lex, {}]
    known, verbs, heads = _FORMS[1], lex.verbs, _phrase_heads()

    def verb_form(x: str) -> bool:
        found = known.get(x)
        if found is None:
            found = _verb_key(x, verbs, True) is not None or _verb_key(x, heads) is not None
            if len(known) < _FORMS_MOST:
                known[x] = found
        return found
    return verb_form


_TAG_IDS = ids_of("NNS", "VBN", "JJ")   # (the tags `_misread_forms` tries: only those words are walked, speed35b)
_READ_POS = ("NOUN", "VERB", "PROPN", "ADJ")   # (the parts of speech `_read_at` reads with `past`)


def _clause_subject(words, t, j: int, b: int) -> bool:
    """The name words[j..b] after a misread word `t` is the subject of a verb of its own (the parse's nsubj of a word
    other than `t`, a finite verb or modal right after it) or holds a clause on `t` (`charges Smith faces`: relcl):
    `the calls Smith made`, `Bank shares Lloyds and Barclays fell`, `World Cup hosts Qatar will face Ecuador`."""
    span = words[j:b + 1]
    if any(x.dep_ in ("nsubj", "nsubjpass") and x.head.i != t.i for x in span):
        return True
    if any(x.dep_ in ("relcl", "acl") and x.head.i == t.i for x in span):
        return True
    return b + 1 < len(words) and words[b + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")


@functools.lru_cache(maxsize=1)
def _phrase_heads() -> frozenset:
    """The verbs of the lexicon's phrases (`rule` of `rule_against`): built once, not at every plural noun before a
    preposition that `misread` tries in every sentence."""
    return frozenset(p.rsplit("_", 1)[0] for p in load().phrases)


def _read_at(words, k: int, lex, past: bool = False, named: bool = False) -> Optional[Candidate]:
    """The headline reading of words[k] as the verb between a run of nouns (the source) and a noun phrase (the
    target), or None; with `named` (`misread`), the target a name right after the verb and the source's last word
    an actor's."""
    n = len(words)
    t = words[k]
    key = _verb_key(t.lower_, lex.verbs, past)
    pat = lex.verbs.get(key) if key is not None else None
    if key is None and words[k + 1].pos_ == "ADP":   # `Federal court rules against Ohio's purges`: a phrase
        head = _verb_key(t.lower_, _phrase_heads())
        pat = lex.phrases.get(f"{head}_{words[k + 1].lower_}") if head is not None else None
        key = pat and f"{head}_{words[k + 1].lower_}"
    if key is None or pat is None or t.pos_ not in ("NOUN", "VERB", "PROPN") + (("ADJ",) if past else ()):
        return None
    if key in lex.nouns and not ((words[k + 1].pos_ == "PROPN" or words[k + 1].ent_type_ in NAMED
                                  or _capitalised_name(words[k + 1], words))
                                 and words[k + 1].ent_type_ not in ("DATE", "TIME")) \
            and (past or named or not _verbless_verb(words, k, key, lex)):
        return None                      # `attack`, `blast`, `rally` are nouns too: a verb only before a name (a
        # name the tagger took for a verb too: `Super PAC blasts Trump`, Trump VBP but PERSON), or in a headline
        # with no other verb, between one who acts and what the act is done to (`Army raids village`; ev44)
    if not _nounish(words[k - 1], lex) or words[k - 1].tag_ == "POS":
        return None
    a = k - 1
    while a > 0 and (_nounish(words[a - 1], lex) or words[a - 1].pos_ == "ADJ") and not words[a - 1].is_punct:
        a -= 1
    if a > 0 and words[a - 1].pos_ in OBJECT_OF and words[a - 1].tag_ != "POS":
        return None                      # `Town to get carbon capture plant`: the run is the object of a verb or a
        # preposition before it, the word a noun of the compound, not the headline's verb
    if named and not (names_actor(words[k - 1]) or words[k - 1].lemma_.lower() in lex.cues["writing"]):
        return None                      # `bomb blasts`, `air drops`: a noun with a noun before it, no one acting
    j = k + 1
    if j < n and words[j].pos_ == "ADP" and not named:   # (`thanks to`, `complies with`: no name read off a
        j += 1                           # preposition outside headlines)
    while j < n and words[j].pos_ in ("DET", "ADJ", "NUM"):
        j += 1
    if j >= n or not (words[j].pos_ in NOUNISH or words[j].ent_type_ in NAMED) or named and (not (
            words[j].pos_ == "PROPN" or words[j].ent_type_ in NAMED) or words[j].ent_type_ in ("DATE", "TIME")):
        return None
    b = j
    while b + 1 < n and (words[b + 1].pos_ in NOUNISH or words[b + 1].tag_ == "POS" or (
            words[b + 1].ent_type_ in NAMED and words[b + 1].ent_iob_ == "I")):
        b += 1
    if named and _clause_subject(words, t, j, b):
        return None                      # `the demands Smith rejected`, `World Cup hosts Qatar will face`: the name
        # starts a clause of its own, the word a plural noun it describes (rev26b)
    etype, quad = plover(pat.cameo)
    c = Candidate(t, None, Pattern("headline", key, pat.cameo, pat.mode, pat.targets), t.i, t.i, False,
                  etype=etype, quad=quad, cameo=pat.cameo, mode=pat.mode,
                  source=[_span(words, a, k - 1)], target=[_span(words, j, b)], preset=True)
    return c


def _verbless_verb(words, k: int, key: str, lex) -> bool:
    """words[k], an -s form of a lexicon verb that is a noun too (`raids`, `fires`, `sanctions`), is a headline's verb
    the tagger read as a plural noun when the headline has no other verb (a plural the tagger took for a verb is no
    verb: `_nounish`), the word before it names one who acts (`Army`, `North Korea`, `Troops`) and a noun phrase
    follows it with no preposition between whose head names an actor, a person or a place (`Army raids village`,
    `US sanctions Russian oligarchs`; not `Israeli air strikes on Gaza`, `Iran sanctions relief`: a noun of the event
    lexicon after it, as `missiles`, leaves its type to the noun). Issue 10, ev44."""
    t = words[k]
    if not t.lower_.endswith("s") or t.lower_ == key or not (names_actor(words[k - 1]) or actor_like(words[k - 1])):
        return False
    if any(w.i != t.i and w.pos_ in ("VERB", "AUX") and not _nounish(w, lex) for w in words):
        return False
    j = k + 1
    while j < len(words) and words[j].pos_ in ("DET", "ADJ", "NUM"):
        j += 1
    b = j
    while b + 1 < len(words) and words[b + 1].pos_ in NOUNISH:
        b += 1
    if j >= len(words) or words[j].pos_ not in NOUNISH or lemma(words[b]) in lex.nouns:
        return False
    head = words[b]
    return names_actor(head) or actor_like(head) or _someone(head) or head.ent_type_ in ("GPE", "LOC", "FAC") or \
        lemma(head) in place_words()["locus"]


_BARE_NOT = frozenset({"aux", "auxpass", "nsubjpass", "dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd"})
# (a verb with any of these is no headline's bare passive; a particle may be a preposition the parse misread:
# `Senator criticized over remarks`)


def _misread_object(x) -> bool:
    """An object the parse made of a prepositional phrase it read as a quantity (`arrested over $30 million fraud`:
    `over` a quantmod of the sum): no object starts with a preposition (user44)."""
    return x.dep_ == "dobj" and x.left_edge.tag_ == "IN" and x.left_edge.dep_ == "quantmod"


def bare_passive(c: Candidate) -> None:
    """A headline's passive written without its `is` (`Senator criticized over remarks`, `Journalist detained in
    Iran`, `City woman fined for false accusation`): the parse reads the bare participle as an active past, its
    subject the doer; the subject is the one the act is done to, and the doer only a `by` object (`Candidate removed
    from debate site by police`). Only a verb trigger that is the headline's root (tagged VBN or VBD) with a noun
    subject, or a verb tagged VBD the parse hung on the headline's root noun (`Minister blamed for failed rescue`), with
    no auxiliary, object or clause, whose pattern has an object among its target slots, and no
    verb whose subject acts when it stands alone (event_cues `doerverb`: `Protesters rallied`, `Leaders met`). The
    subject becomes the target when it names an actor or a person (or a count: `Three arrested after ...`); a thing
    (`Aid sent to Syria`) is only no source. Run on a headline's candidates right after `analyse` (ev43)."""
    t = c.token
    if c.noun is not None or c.preset or t.tag_ not in ("VBN", "VBD") or t.pos_ != "VERB":
        return
    if t.dep_ == "ROOT":
        s = child(t, ("nsubj",))
    elif t.dep_ == "acl" and t.tag_ == "VBD" and t.head.dep_ == "ROOT" and t.head.i < t.i:
        s = t.head                        # `Minister blamed for failed rescue`: the parse hung the verb, tagged a past
        # tense, on the headline's noun as a clause (tagged a participle it reads as passive already: `is_passive`)
    else:
        return
    if s is None or s.pos_ not in ("NOUN", "PROPN", "NUM") or any(x.dep_ in _BARE_NOT and not _misread_object(x)
                                                                   for x in children(t)):
        return
    if "dobj" not in (x.lstrip("!") for x in c.pattern.targets) or lemma(t) in load().cues.get("doerverb", ()):
        return
    by = prep_object(t, "by")
    c.source = [by] if by is not None else []
    c.extra_source = None
    if s.pos_ == "NUM" or names_actor(s) or actor_like(s) or actor_noun(s) or _someone(s):
        c.target = [s]
    else:
        c.target = [x for x in c.target if getattr(x, "i", None) != s.i]


def verb_in_compound(c: Candidate) -> None:
    """A headline's verb the parse hung as a noun on the event noun it governs (`Zimbabwe police fire tear gas at
    protesters`: `fire` a compound of `gas`, `police` a compound of `fire`): a lexicon verb's form (`_verb_key`) right
    before the event noun's phrase, with a word before it that names one who acts, makes that word the source of the
    noun's event, and the verb no target. Run on a headline's candidates right after `analyse` (ev44)."""
    noun = c.noun if c.noun is not None else c.token
    if not c.nominal or c.preset or c.extra_source is not None:
        return
    lex = load()
    verbs = [v for v in children(noun) if v.dep_ == "compound" and v.i < noun.i and
             _verb_key(v.lower_, lex.verbs) is not None]
    if len(verbs) != 1 or any(getattr(x, "i", None) != verbs[0].i for x in c.source):
        return                            # (a source of its own stands; the verb read as the doer does not)
    v = verbs[0]
    doers = [x for x in children(v) if x.dep_ in ("compound", "nsubj") and x.i < v.i and (actor_noun(x) or names_actor(x))]
    if not doers:
        return
    c.source = [doers[-1]]
    c.target = [x for x in c.target if getattr(x, "i", None) != v.i]


def listed_passive(c: Candidate) -> None:
    """A headline's bare passive after a list of noun phrases joined by commas (`Journalist, two others detained in
    Ethiopia`, `Two soldiers, policeman killed in ambush`: a headline's comma is an `and`), which the parse reads as
    an apposition, a clause on the first noun or an adverb: each listed one is the act's target, and its doer only a
    `by` object. Only a verb trigger tagged VBN or VBD with no auxiliary, object or clause, whose pattern has an
    object among its target slots and is no verb whose subject acts alone (as `bare_passive`), when every word before
    it is a noun phrase's (a determiner, number, adjective or noun) or a comma, and each phrase names an actor, a
    person or a count. Run on a headline's candidates after `bare_passive` (ev44)."""
    t = c.token
    if c.noun is not None or c.preset or t.tag_ not in ("VBN", "VBD") or t.pos_ != "VERB" or \
            any(x.dep_ in _BARE_NOT for x in children(t) if x.dep_ != "nsubjpass"):
        return
    if "dobj" not in (x.lstrip("!") for x in c.pattern.targets) or lemma(t) in load().cues.get("doerverb", ()):
        return
    sent = t.sent
    words = [w for w in sent if not w.is_space and w.i < t.i]
    chunks, run = [], []
    for w in words:
        if w.text == "," or w.lower_ == "and":
            chunks.append(run)
            run = []
        elif w.pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN"):
            run.append(w)
        else:
            return
    chunks.append(run)
    if len(chunks) < 2 or any(not r or r[-1].pos_ not in NOUNISH for r in chunks):
        return
    heads = [r[-1] for r in chunks]
    lex = load()
    if any(lemma(h) in lex.nouns for h in heads) or not any(
            names_actor(h) or actor_like(h) or actor_noun(h) or _someone(h) or any(x.pos_ == "NUM" for x in r)
            for h, r in zip(heads, chunks)):
        return                            # (`Weapons, drugs seized in raid`: things; `Attacks, arrests reported`)
    by = prep_object(t, "by")
    c.source = [by] if by is not None else []
    c.extra_source = None
    c.target = [_span(r, 0, len(r) - 1) for r in chunks]   # (the listed phrases as spans: the parse's phrases run
    #                                                         over the commas)
