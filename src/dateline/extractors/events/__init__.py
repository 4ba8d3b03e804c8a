"""Political events in the PLOVER ontology, with CAMEO codes, from a pattern lexicon over the dependency parse.

Triggers (verbs, phrasal verbs, light verb + event noun, event nouns) come from lexicon/event_patterns.tsv;
source and target are the noun phrases the parse links to the trigger; a small trained model
(data/events_model.json, scripts/train_events.py) picks the type of a sentence's main event. See docs/events.md.
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from typing import Optional

from ... import budget
from ...artefacts import confidence_floor, default_floor
from ...lexicon import pronouns
from ...records import Actor, Event, Extent, Participant, Quote, Span, Speaker, replaced
from .. import Context, tense
from ..actors.lookup import ActorIndex
from ..spans import (Spans, char_span, children, cut_sentences, entities, ids_of, indices, per_doc, span_of,
                     span_tokens, tokens)
from ..spans import text as doc_text
from . import bids, checks, confidence, criticism, crime, evaluative, headlines, lexicon, model, praise, reader, sentence, tellers, threats
from .antecedents import antecedent_in_sentence, namer_of_free_relative, owners_subject
from .colon import colon_line
from .inner import inner_speakers
from .columns import skipped_tokens
from .nouns import actor_noun, is_age, owner_of
from .lexicon import hazards
from . import triggers
from .triggers import (Candidate, absorb, actor_like, analyse, antecedent, child, content_subject, find,
                       inherited_source, names_actor, need_request, np_bounds, prep_object, shared_subject,
                       speaker_of_clause, split_off_subject, subject_of)
from .described import described
from .happenings import told_twice
from .victims import victims

__all__ = ["extract_events"]

SUBJ_OR_OBJ = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _participant(tok, actors: ActorIndex, text: str, solo: bool = False, owned: bool = False) -> Participant:
    if tok.tag_ == "WP$" and tok.head.dep_ in SUBJ_OR_OBJ and tok.head.head.dep_ == "relcl":
        noun = tok.head.head.head         # `Obama, whose criticism of Trump has sharpened`: Obama
        if noun.pos_ in ("NOUN", "PROPN") and noun.i < tok.i:
            tok = noun
    elif tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
        noun = antecedent(tok)                # `Americans who were killed`: the participant is `Americans`
        if (noun.pos_ in ("NOUN", "PROPN", "PRON") or is_age(noun) or noun.ent_type_ == "NORP" or _one_who(
                noun, tok)) and noun.i != tok.i:
            tok = _all_the_relative_is_of(noun, tok.head)   # (`an Eritrean who`: a nationality the tagger read as an
            # adjective names a person, dyad46)
    elif tok.tag_ in ("WP", "WDT") and (clause := _relative_clause(tok)) is not None:
        noun = clause.head                    # `Kelly, who he claims has been unfair`, `Kelly, whom he lit into`
        if (noun.pos_ in ("NOUN", "PROPN") or noun.ent_type_ == "NORP" or _one_who(noun, tok)) and noun.i < tok.i:
            # (`one more Republican whom the governor refused to back`: a nationality or party the tagger read as an
            # adjective names a person, as in the relative's own clause above; dyad47)
            tok = noun
    elif tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "ccomp" and tok.head.head.lemma_ == "be":
        said = next((x for x in children(tok.head.head) if x.dep_ == "attr" and x.i < tok.i), None)
        if said is not None and said.pos_ in ("NOUN", "PROPN"):
            tok = said                        # `it was Obama and Clinton that withdrew`: the cleft's focus
    elif tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" and any(
            x.dep_ == "prep" and x.lower_ == "of" and any(y.tag_ == "WP" for y in children(x)) for x in children(tok)):
        noun = tok.head.head                  # `family members, many of whom lost relatives`: the family members
        if noun.pos_ in ("NOUN", "PROPN") or is_age(noun):   # (`a 31-year-old and a 19-year-old, both of whom`)
            tok = noun
    elif tok.dep_ in ("nsubj", "nsubjpass") and (noun := _part_of_whom(tok)) is not None:
        tok = noun                            # `members of the families, many of whom say ...` read as an adverbial
        # clause: the members (dyad46)
    a, b = np_bounds(tok, solo)
    doc = tok.doc
    toks = tokens(doc)
    b = _before_its_time(tok, a, b, toks)
    start, end = toks[a].idx, toks[b].idx + len(toks[b])
    actor = actors.at(start, end, prefer=_heads(tok) + (toks[b].idx,))
    if actor is None and owned:
        owner = owner_of(tok)
        if owner is not None and actors.at(owner.idx, owner.idx + len(owner)) is not None:
            return _participant(owner, actors, text, solo=True)
        kin = _kin_pronoun_actor(owner, actors) if owner is not None and not _a_person(tok) else None
        if kin is not None:               # `He appeared before a judge who denied his request`: his is He's
            return Participant(owner.idx, owner.idx + len(owner), owner.text, kin)
    if actor is None and a == b:
        actor = _kin_pronoun_actor(tok, actors)   # `He's been ratcheting up his critique`
    return Participant(start, end, text[start:end], actor)


def _one_who(noun, rel) -> bool:
    """`One, who was shot in the foot, ...`, `two of them, whom police later freed`: a numeral standing as a noun (a
    subject or object, not a count before one) is the person a `who`/`whom` stands for (dyad47)."""
    return rel.lower_ in ("who", "whom") and noun.tag_ == "CD" and noun.dep_ in SUBJ_OR_OBJ | {"attr", "appos", "conj"}


def _all_the_relative_is_of(noun, clause):
    """The antecedent of a relative clause with a plural verb hung on the last of a list of singulars (`three
    Somalis and an Eritrean who were detained`): the whole list, from its first conjunct; else the noun itself."""
    if noun.dep_ != "conj" or noun.tag_ in ("NNS", "NNPS") or not any(
            x.dep_ in ("aux", "auxpass") and x.lower_ in ("were", "are") or x.dep_ == "nsubj" and x.tag_ == "VBP"
            for x in children(clause)) and clause.tag_ != "VBP":
        return noun
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    return first


def _part_of_whom(tok):
    """The people a `many of whom` subject is part of when the parse did not make its clause a relative one (`family
    members of the victims, many of whom say the claims are unfounded`, the clause an adverbial of the verb before):
    the noun just before the comma, raised over the `of`/`at`/`in`/`from` phrases it ends (`members`); None when no noun stands there."""
    if not any(x.dep_ == "prep" and x.lower_ == "of" and any(y.tag_ == "WP" for y in children(x)) for x in children(tok)):
        return None
    toks = tokens(tok.doc)
    k = tok.left_edge.i - 1
    if k < 1 or toks[k].text != ",":
        return None
    noun = toks[k - 1]
    while noun.dep_ == "pobj" and noun.head.lower_ in ("of", "at", "in", "from") and noun.head.head.pos_ in (
            "NOUN", "PROPN"):
        noun = noun.head.head             # (`members of 9/11 victims`, `nurses at the hospital`: the members, nurses)
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < tok.i else None


_TIME_ENTS = frozenset(("DATE", "TIME"))


def _before_its_time(tok, a: int, b: int, toks) -> int:
    """The end of a named participant's phrase before a time phrase the parse hung on the name (`Bernie Sanders on
    Sunday accused`, `Trump on Tuesday said`): the day is when, not who; and of an actor's phrase before an of-phrase
    of a gerund the parse hung on it (`accused the opposition of trying to topple the government`: the charge, not
    who is accused) (lead43); and of a thing's phrase before `on` and a weekday (`rejected the accusations on
    Tuesday`, user44)."""
    if b <= tok.i:
        return b
    named = tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or actor_noun(tok)
    for c in children(tok):
        if c.dep_ != "prep" or not tok.i < c.i <= b:
            continue
        objs = [o for o in children(c) if o.dep_ == "pobj"]
        if not (tok.pos_ == "PROPN" and any(o.ent_type_ in _TIME_ENTS for o in objs) or
                not named and c.lower_ == "on" and c.right_edge.i >= b and
                any(o.ent_type_ in _TIME_ENTS and o.tag_ == "NNP" for o in objs) or
                named and c.lower_ == "of" and any(o.dep_ == "pcomp" and o.tag_ == "VBG" for o in children(c))):
            continue                      # (an of-phrase is the charge only after a head that names someone: not
            #                               `his policy of separating children`, whose of-phrase is what the policy
            #                               is; a thing's `on Tuesday` that ends it is when: `rejected the accusations
            #                               on Tuesday`)
        k = c.i - 1
        while k > a and (toks[k].is_punct or toks[k].is_space):
            k -= 1
        return k
    return b


def _a_person(tok) -> bool:
    """A noun naming a person (victim_nouns, crime_words `kin`: `his father`, `her lawyer`): someone of the owner's,
    not the owner's thing."""
    from .victims import _person_nouns
    return tok.lemma_.lower() in _person_nouns() or tok.lemma_.lower() in crime.words()["kin"]


OWNER_KIN = {"his": frozenset({"he", "him", "himself"}), "her": frozenset({"she", "herself"}),
             "their": frozenset({"they", "them", "themselves"})}


def _kin_pronoun_actor(pron, actors: ActorIndex) -> Optional[str]:
    """The actor of a possessive pronoun the actors' coreference left unnamed, from the pronouns of the same person in
    its sentence it did name (`He appeared before a judge who denied his request`: `He` named, so is `his`); only when
    they all name one actor. Issue 10, ev35c."""
    kin = OWNER_KIN.get(pron.lower_) if pron.tag_ == "PRP$" else None
    if kin is None:
        return None
    sent = pron.sent
    found = {actors.at(x.idx, x.idx + len(x)) for x in tokens(pron.doc)[sent.start:sent.end] if x.lower_ in kin}
    found.discard(None)
    return next(iter(found)) if len(found) == 1 else None


def _relative_clause(rel):
    """The relative clause a relative pronoun opens from deeper down than its verb's own subject or object: the
    pronoun is the object of a preposition (`whom he lit into`) or the subject of a clause the relative's verb governs
    (`who he claims has been unfair`); None otherwise, and for `who ... ` that is its verb's own word (read above)."""
    t, steps = rel.head, 0
    while t.dep_ in ("ccomp", "xcomp", "prep", "pcomp") and steps < 3 and t.head.i != t.i:
        t, steps = t.head, steps + 1
    if steps == 0 or t.dep_ != "relcl" or rel.i > t.i:
        return None
    first = min(x.i for x in t.subtree)
    opener = span_of(rel.doc, first, rel.i)          # only a preposition may come before the pronoun (`with whom`)
    if any(x.pos_ != "ADP" for x in opener):
        return None
    return t


def _heads(tok) -> tuple:
    """Offsets where a noun phrase's actor is looked for, in order: its head, then the owner it names
    ('the plan of ... Kofi Annan' -> Annan; "Russia's stance" -> Russia)."""
    out, t = [tok.idx], tok
    owner_preps = lexicon.load().cues["ownerprep"]
    for _ in range(3):
        nxt = None
        for c in children(t):
            if c.dep_ == "poss":
                nxt = c
                break
            if c.dep_ == "prep" and c.lower_ in owner_preps:
                nxt = next((o for o in children(c) if o.dep_ == "pobj"), None)
                break
        if nxt is None:
            break
        out.append(nxt.idx)
        t = nxt
    return tuple(out)


def _speaker_participant(sp, actors: ActorIndex) -> Participant:
    return Participant(sp.start, sp.end, sp.text, getattr(sp, "actor", None) or actors.at(sp.start, sp.end))


def sentence_candidates(ctx: Context, quotes: list[Quote], named_at=None, every: bool = False,
                        vetoed: Optional[set] = None):
    """Per sentence with any trigger (with `every`, every sentence): (sentence, analysed candidates, quote lookup).
    `named_at(tok)` tells whether a token is in an actor's mention (a source the parse took for a common noun still
    acts: `Pence blames media`); `vetoed` gets (the type, the start offset) of each sentence where the checks dropped
    an ACCUSE or SUPPORT candidate (the rules read its words and found no criticism: the sentence reader leaves it
    alone for that type)."""
    doc = ctx.doc
    skipped = _skipper(ctx)
    qspans = Spans((q.start, q.end, q.speaker) for q in quotes)
    voiced = Spans((q.start, q.end, None) for q in quotes if q.speaker is not None).overlaps
    title = ctx.layout.title_span
    gate = gates(doc)                     # finder -> the sentences holding one of its opening words (speed37a)
    roots, every_tok = indices(doc, DEP=ids_of("ROOT")), tokens(doc)
    (trig, judge, praising, misread, street, removal, crimes, bidding, needing, threatening) = (
        gate[k] for k in ("triggers", "evaluative", "praise", "misread", "street", "removals", "crime", "bids", "need",
                          "threats"))

    held: dict = {}                       # a word's offset -> its (quote index, speaker): the rules of a sentence ask
    #                                       for the same words again and again (speed34a)

    def quote_of(tok):
        found = held.get(tok.idx)
        if found is None:
            i = qspans.first_holding(tok.idx)
            found = held[tok.idx] = (None, None) if i is None else (i, qspans.items[i][2])
        return found

    for sent in cut_sentences(doc):
        budget.check()
        toks = tokens(doc)[sent.start:sent.end]   # the passes below read the sentence's tokens: made once a doc
        k = sent.start                    # (a finder whose opening words the sentence misses finds nothing: `gates`)
        cands = find(toks, skipped) if k in trig else []
        if named_at is not None:          # `Ban recalled`: a trigger word that is a proper name in an actor's mention
            cands = [c for c in cands if c.token.pos_ != "PROPN" or c.noun is not None and c.noun.i != c.token.i
                     or not named_at(c.token)]
        found = any(c.noun is None for c in cands)   # (a headline whose only triggers are nouns is read again)
        headline = title is not None and title[0] <= doc[sent.start].idx < title[1]
        for c in cands:
            analyse(c, quote_of(c.token)[1])
            if headline:                  # `Senator criticized over remarks`: a headline's passive without its `is`
                headlines.bare_passive(c)
                headlines.verb_in_compound(c)   # `Police fire tear gas at protesters`: `fire` read as a noun
            c.named = named_at is not None and any(hasattr(x, "idx") and named_at(x) for x in c.source)
        cands = _screened(cands, lambda c: checks.keep(c) and praise.keep(c), vetoed, sent.start_char)
        absorb(cands)
        cands = [c for c in cands if not c.absorbed]
        said_by = _colon_speaker(toks)
        told = frozenset(x.i for c in cands for x in (c.token, c.noun) if x is not None)
        if k in judge:
            judged = _screened(evaluative.find(toks, skipped, lambda tok: quote_of(tok)[1] or said_by, told),
                               checks.keep, vetoed, sent.start_char)
            denied = {c.token.i for c in judged if c.etype == "REJECT"}
            cands = [c for c in cands if not (c.negated and c.token.i in denied)] + judged
            # (`said he did not sign the deal`: the sayer's denial takes the place of the denied act, ev26c)
        if k in praising:
            cands += [c for c in praise.find(toks, skipped, lambda tok: quote_of(tok)[1] or said_by) if checks.keep(c)]
        if k in misread:                  # `the ad slams X`, `Trump blasted X`: a verb the tagger took for a plural
            reread = [c for c in headlines.misread(toks, told) if checks.keep(c)]   # noun or a word describing the
            # name after it (headlines.py); `a deputy shot dead a man` read anew takes the place of the parse's reading
            again = {c.token.i for c in reread}
            cands = [c for c in cands if c.token.i not in again] + reread
        if k in street and not any(c.etype == "PROTEST" for c in cands):
            cands += [c for c in checks.street_protests(toks, skipped) if checks.keep(c)]
        if k in removal and not any(c.etype == "COERCE" for c in cands):
            cands += [c for c in checks.removals(toks, skipped) if checks.keep(c)]
        if k in crimes:
            cands += [c for c in crime.candidates(toks, skipped, checks.senses()["lawforce"]) if _apart(c, cands) and
                      checks.keep(c)]
        if k in bidding:                  # `told residents to stay indoors`
            cands += [c for c in bids.bids(toks, skipped) if _apart(c, cands) and checks.keep(c)]
        if k in threatening:              # `said it would take countermeasures against the United States`
            cands += [c for c in threats.said_threats(toks, skipped, quote_of) if _apart(c, cands) and checks.keep(c)]
        need = [c for c in need_request(toks, skipped, quote_of)[:1] if not checks.private_voices(c)] if (
            k in needing or voiced(sent.start_char, sent.end_char) and _spoken_root(roots, sent, every_tok, quote_of)
        ) else []                         # (its second loop reads only a root in quoted words of a known speaker)
        if need:
            # what X "must do" is the content of the request, not an event of its own
            v = need[0].token
            cands = [c for c in cands if c.token.i != v.i and not (c.token.dep_ == "xcomp" and c.token.head.i == v.i)]
            cands += [c for c in need if checks.duty_laid(c)]
        if not cands and not found and title is not None and title[0] <= doc[sent.start].idx < title[1] and not any(
                t.text == "?" or t.is_quote for t in toks):
            cands = [c for c in headlines.rescue(toks) if checks.keep(c)]   # a headline the parse misread
        elif cands and not found and headline and not any(t.text == "?" or t.is_quote for t in toks):
            cands = headlines.verb_for_noun(cands, toks, checks.keep)   # `US sanctions Russian oligarchs`: the
            # headline's verb the parse read as the noun of its only event, read again with its object (ev45)
        if cands or every:
            yield sent, cands, quote_of


GATED = {"triggers": triggers.opening, "evaluative": evaluative.opening, "praise": praise.opening,
         "misread": headlines.misread_opening, "street": checks.street_opening, "removals": checks.removal_opening,
         "crime": crime.opening, "bids": bids.opening, "need": triggers.need_opening, "threats": threats.opening}   # finder -> its opening words


def gates(doc) -> dict:
    """For each finder `sentence_candidates` runs (GATED), the start token indices of the doc's sentences
    (`cut_sentences`) that hold one of its opening words: the words the finder's `picked` reads, the only words its
    rules start from, so that a sentence holding none gives that finder nothing and is not handed to it (speed37a).
    Made once a doc; a doc whose sentences are not in order or overlap (never seen) opens every finder everywhere."""
    return per_doc(doc, "dateline.events.gates", _gates)


def _spoken_root(roots: list, sent, toks: list, quote_of) -> bool:
    """A root of the sentence (`roots`: the doc's ROOT indices, sorted) lies in quoted words whose speaker is known
    (`quote_of(tok)[1]`): the only words `need_request`'s second loop starts from."""
    a = bisect_left(roots, sent.start)
    while a < len(roots) and roots[a] < sent.end:
        if quote_of(toks[roots[a]])[1] is not None:
            return True
        a += 1
    return False


class _Every:
    """A set that holds everything (`gates` of a doc whose sentences are out of order)."""
    def __contains__(self, k) -> bool:
        return True


def _gates(doc) -> dict:
    sents = cut_sentences(doc)
    starts = [s.start for s in sents]
    if any(sents[j].end > sents[j + 1].start for j in range(len(sents) - 1)):
        return {name: _Every() for name in GATED}
    out = {}
    for name, opening in GATED.items():
        held = set()
        for i in opening(doc):
            j = bisect_right(starts, i) - 1
            if j >= 0 and i < sents[j].end:
                held.add(starts[j])
        out[name] = frozenset(held)
    return out


def _apart(c, cands: list) -> bool:
    """A candidate of a pass that adds what no trigger names (crime.candidates, bids.bids) is no double of one the
    sentence has: none of its type shares its trigger's clause or one of its targets (`told Israel to halt the
    building and demanded that the Palestinians end the attacks`: two requests; `police arrested two men after
    officers stopped their car`: an arrest and a stop). Issue 10, ev32d."""
    mine = {getattr(x, "i", None) for x in c.target} - {None}
    for o in cands:
        if o.etype != c.etype:
            continue
        if o.token.i == c.token.i or model._within(c.token, o.token) or model._within(o.token, c.token):
            return False
        if mine & {getattr(x, "i", None) for x in o.target}:
            return False
    return True


def _screened(cands: list, keep, vetoed: Optional[set], at: int) -> list:
    """The candidates `keep` passes; (its type, `at`: a sentence's start) goes into `vetoed` when it drops an ACCUSE
    or a SUPPORT (for the sentence reader: the rules read those words and found no criticism, no backing)."""
    kept = []
    for c in cands:
        if keep(c):
            kept.append(c)
        elif vetoed is not None and c.etype in reader.BY_TYPE:
            vetoed.add((c.etype, at))
    return kept


def _colon_speaker(toks):
    """`Rubio: I Still Believe Trump Can't Be Trusted`: a line that opens with a name (a person or a body, a few
    proper nouns) and a colon is that name's words (`colon.py`); the name as a speaker, else None."""
    if not toks:
        return None
    line = sentence.of(toks[0].doc, toks[0].i, toks[-1].i + 1).colon   # (`colon_line`, once a sentence: sentence.py)
    if line is None:
        return None
    name = line[0]
    if name[-1].pos_ != "PROPN" or not all(t.pos_ in ("PROPN", "NOUN") or t.tag_ == "POS" for t in name) or not any(
            t.ent_type_ in ("PERSON", "ORG") for t in name):
        return None                       # (a title before the name: `senator Oakes:`)
    return _name_speaker(name)


def _name_speaker(name) -> Speaker:
    """A speaker of the words `name` (consecutive Tokens)."""
    a, b = name[0].idx, name[-1].idx + len(name[-1])
    return Speaker(a, b, doc_text(name[0].doc)[a:b])


def extract_events(ctx: Context, actors: list[Actor], quotes: list[Quote]) -> list[Event]:
    """Events of every sentence (and the kept title), with participants, mood and quote (their date, place and
    sizes are set by the linking stage, extractors/link.py)."""
    text = ctx.text
    index = ActorIndex(actors, leftmost=True)
    events: list[Event] = []
    named_at = (lambda tok: index.at(tok.idx, tok.idx + len(tok)) is not None) if actors else None
    _mark_people(ctx.doc, actors)
    told: set[str] = set()                # types of the events of the sentences before
    skipped = _skipper(ctx)
    speech = criticism.active()
    actor_of = {a.id: a for a in actors}.get
    quotes = inner_speakers(ctx.doc, quotes, index.at)   # `"...," Kell said, according to X`: Kell speaks (ev37a)
    title = ctx.layout.title_span
    quoted = Spans((q.start, q.end, None) for q in quotes).overlaps
    told_by = criticism.Told.of(actors)    # who accused or backed whom in the rules' events of the whole article
    read = []
    best_of: dict = {}                    # the detectors' best (probability, pair) by (type, sentence) (the reader)
    vetoed: set = set()                   # (type, sentence) whose ACCUSE/SUPPORT candidates the checks dropped (reader)
    rescored = bool(text) and sum(q.end - q.start for q in quotes) > 0   # (`in_article` scores every event again)
    for sent, cands, quote_of in sentence_candidates(ctx, quotes, named_at, every=speech, vetoed=vetoed):
        s0, s1 = _trim(sent, text)
        chosen = model.choose(sent, [c for c in cands if not _pronoun_misread(c, index, text)])
        where = confidence.Where(events=len(chosen), headline=title is not None and title[0] <= s0 < title[1],
                                 rescored=rescored)
        for c in chosen:
            checks.retype(c)              # the guide's types hold whatever the model thought
            if where.headline:            # `Journalist, two others detained`: each listed one a target (whatever
                headlines.listed_passive(c)   # target the checks read off the parse's subject)
            if c.etype == "ACCUSE" and c.token.lemma_ == "warn":   # (ev42b: a state's own conditional threat)
                checks.own_state_warned(c, lambda tok: _side_at(tok, index, actor_of))
        made = {}
        told_by.order[sent.start_char] = len(read)
        for c in chosen:
            if not _hazard_only(c):
                plain = _made(c, text, index, quote_of, quotes, s0, s1, where, sent, completed=False)
                told_by.add(plain, len(read))   # (what the rules found, before the participants added below)
                made[id(c)] = _completed(plain, c, index, quote_of, text, sent)
        read.append((sent, chosen, quote_of, s0, s1, where, made))
    for sent, chosen, quote_of, s0, s1, where, made in read:   # (then criticism, knowing the whole article's rules)
        found = criticism.find(sent, chosen, quote_of, skipped, index.at, quoted, actor_of, told_by,
                               best_of) if speech else []
        # criticism said without an accusing word (criticism.py); the teller's accusation of a misdeed told (tellers.py)
        chosen = chosen + found + tellers.accusations(chosen, made, quote_of, index.at, found)
        for c in chosen:
            if checks.mentioned_again(c, told) or crime.mentioned_again(c, told):
                continue                  # `no one has claimed responsibility for the attacks`: told before
            if not _hazard_only(c):
                ev = made[id(c)] if id(c) in made else _made(c, text, index, quote_of, quotes, s0, s1, where, sent)
                if not ev.source and (police := crime.article_police(c, actors, text)) is not None:
                    m = police[1]         # (`the man was arrested Sunday`: the story's one police body arrested him)
                    ev = dataclasses.replace(ev, source=(Participant(m.start, m.end, m.text, police[0].id),))
                if checks.force_on_no_one(c, ev):
                    continue              # (an attack with no one on either side: a topic or a reference back)
                if not praise.praise_of_no_other(c, ev, quote_of(c.token)[1], actor_of):
                    events.append(ev)     # (praise of one's own side, of a thing or of anyone: praise.py)
        told.update(c.etype for c in chosen if not (c.negated or c.hypothetical))
    line = ctx.layout.dateline
    n = len(cut_sentences(ctx.doc))          # (a page too short for page features: its topic words are not counted)
    page = confidence.Page(sentences=n, actors=tuple(actors), dateline=line is not None,
                           agency=line is not None and bool(line.agency),
                           topics=confidence.page_topics(text) if n >= confidence.PAGE_SENTENCES else (),
                           speakers=frozenset(q.speaker.actor for q in quotes if q.speaker and q.speaker.actor))
    events = confidence.in_article(events, quotes, len(text), page)
    if reader.active():                   # criticism, backing read off whole sentences (reader.py), knowing the events above
        events += _read_sentences(ctx, events, actors, quotes, index, best_of, vetoed)
    events = told_twice(ctx.doc, events, default_floor(), lambda: crime.words()["custody"] | crime.words()["lawstep"])
    return described(events, ctx.doc)   # participants no actor holds, coded by their words (described.py)


def _read_sentences(ctx: Context, events: list[Event], actors: list[Actor], quotes: list[Quote],
                    index: ActorIndex, best_of: dict, vetoed: frozenset = frozenset()) -> list[Event]:
    """The sentence reader's ACCUSE and SUPPORT events (reader.py): each sentence open to a reading (a type with
    weights, or recorded) whose probability reaches the reading's threshold gives one of its type, its trigger the
    reader's evidence word, its participants `_reader_sides`' (the features every reading reads made once a
    sentence)."""
    doc = ctx.doc
    readings = [(r, reader.model(r.etype)) for r in reader.READINGS]
    recording = reader.RECORD
    readings = [(r, m) for r, m in readings if m is not None or recording is not None and r.etype in recording]
    if not readings:
        return []
    sents = list(cut_sentences(doc))
    art = reader.article(sents, events, confidence_floor() or 0.0,
                         [(q.start, q.end, q.speaker is not None) for q in quotes])
    mentions = sorted(((m.start, m.end, a) for a in actors for m in a.mentions), key=lambda x: x[:2])
    firsts = [x[0] for x in mentions]     # (a sentence's mentions found by bisection, not a walk over all of them)
    qspans = Spans((q.start, q.end, k) for k, q in enumerate(quotes))
    title = ctx.layout.title_span
    quoted_in = _quotes_by_sentence(sents, quotes)
    out = []
    for k, sent in enumerate(sents):
        s0, s1 = sent.start_char, sent.end_char
        here = mentions[bisect_left(firsts, s0):bisect_left(firsts, s1)]
        qs = [quotes[j] for j in quoted_in[k]]
        said = [(q.speaker is not None, q.speaker is not None and q.speaker.actor is not None) for q in qs]
        common = None
        for r, m in readings:
            if (r.etype, s0) in vetoed or not reader.open_to(art, sent, here, said, r.etype):
                continue                  # (a sentence whose criticism the checks read and dropped stays so)
            if common is None:
                common = reader.shared(sents, k, art, title is not None and title[0] <= s0 < title[1],
                                       [(a, b, actor.sector) for a, b, actor in here], said)
            best = best_of.get((r.etype, s0))
            feats = reader.typed(common[0], art, best[0] if best else None, r)
            if recording is not None and r.etype in recording:
                recording[r.etype].append({"span": (s0, s1), "features": feats})
                continue
            ev = _read_event(r, m, feats, common[1], sent, best, here, (events, out), qspans, quotes, index, ctx)
            if ev is not None:
                out.append(ev)
    return out


def _read_event(r: reader.Reading, m: dict, feats: list, own: dict, sent, best, here, made: tuple, qspans,
                quotes: list[Quote], index: ActorIndex, ctx: Context) -> Optional[Event]:
    """The reading's event of a sentence: None under its threshold, with no evidence word of its own (none an event
    of the sentence took: `made`, the lists of events so far), the word denied, or no actor taking part."""
    text, s0, s1 = ctx.text, sent.start_char, sent.end_char
    prob = reader.probability(feats, m)
    if prob < m["threshold"]:
        return None
    toks = tokens(ctx.doc)
    taken = {ev.trigger.start for evs in made for ev in evs if s0 <= ev.trigger.start < s1}
    tok = reader.evidence(sent, {i: x for i, x in own.items() if toks[i].idx not in taken}, m,
                          [(a, b) for a, b, _ in here])
    if tok is None or reader.negated(tok):
        return None                       # (no word of its own weighs for the type, or it is denied)
    j = qspans.first_holding(tok.idx)
    qi = None if j is None else qspans.items[j][2]
    source, target = (_pair_sides(best[1], index, text) if best else
                      _reader_sides(tok, quotes[qi] if qi is not None else None, here, index, text))
    if not source:
        source, target = _doer_as_source(tok, target, here, index, text)
    if not target:
        target = _judged_thing(tok, source, index, text)
    if not any(p.actor for p in (*source, *target)):
        return None                       # (an event needs an actor participant)
    a, b = _trim(sent, text)
    return Event(type=r.etype, mode=None, quad=r.quad, cameo=r.cameo, source=source,
                 target=target, trigger=Span(tok.idx, tok.idx + len(tok), tok.text), negated=False,
                 hypothetical=checks.direct_question(tok), date=None, sentence=Extent(a, b), quote=qi,
                 pluperfect=tense.pluperfect(tok), confidence=round(prob, 3),
                 features=(("given", round(prob, 3)), ("reader", 1.0)))


def _quotes_by_sentence(sents: list, quotes: list[Quote]) -> list[list[int]]:
    """For each sentence, the indices (in order) of the quotes that overlap its characters (`q.start < end` and
    `start < q.end`): one walk over the quotes, each finding its first sentence by bisection over the sentences' ends
    (speed31b: the reader had walked every quote at every sentence). Sentences out of order are walked whole."""
    starts, ends = [s.start_char for s in sents], [s.end_char for s in sents]
    out: list[list[int]] = [[] for _ in sents]
    ordered = all(ends[k] <= starts[k + 1] and starts[k] <= ends[k] for k in range(len(sents) - 1))
    for j, q in enumerate(quotes):
        k = bisect_right(ends, q.start) if ordered else 0
        while k < len(sents) and (starts[k] < q.end or not ordered):
            if q.start < ends[k] and starts[k] < q.end:
                out[k].append(j)
            k += 1
    return out


def _pair_sides(pair, index: ActorIndex, text: str) -> tuple[tuple, tuple]:
    """Who accuses whom in a sentence the reader reads where the criticism detector scored (speaker, actor) pairs
    (criticism.py): its likeliest pair's speaker and actor, though under its own threshold (the reader decides that
    the sentence criticises; the detector, trained on who criticises whom, which pair)."""
    s = pair.said
    if s.via == "quote":
        source = _speaker_participant(s.speaker, index)
    elif s.speaker.lower_ in ("i", "we") and s.actor is not None:
        source = Participant(s.start, s.end, s.speaker_text, s.actor)     # (`I` in a quote: its speaker)
    else:
        source = _participant(s.speaker, index, text)
    target = _participant(pair.target, index, text, owned=True)   # (`his aides`: the speaker's own, no target actor)
    return (source,), _not_aimed_at((target,), {source.actor} - {None})


def _reader_sides(tok, quote: Optional[Quote], mentions, index: ActorIndex, text: str) -> tuple[tuple, tuple]:
    """Who accuses whom in a sentence the reader reads and the criticism detector found no (speaker, actor) pair in:
    the source is the speaker of the quote the evidence word is in, else the subject of the reporting verb its
    clause hangs from, else a doer on the way up from it (`_doers_above`), when an actor (and not the word itself);
    the target the one judged there (`his words are false`: the copula's subject), else the actor mention nearest the
    evidence word that is not the source's actor nor inside the source's words."""
    source: tuple = ()
    judged = None
    if quote is not None and quote.speaker is not None:
        source = (_speaker_participant(quote.speaker, index),)
    else:
        doers, judged = _doers_above(tok)
        for sp in (speaker_of_clause(tok), *doers):
            if sp is not None and sp.pos_ in ("NOUN", "PROPN", "PRON") and sp.lower_ not in criticism.NOT_SPEAKERS:
                p = _participant(sp, index, text)
                if p.actor is not None and not p.start <= tok.idx < p.end:
                    source = (p,)
                    break
    mine = {p.actor for p in source if p.actor is not None}
    if judged is not None:
        p = _participant(judged, index, text, owned=True)
        if p.actor is not None and p.actor not in mine:
            return source, (p,)
    return source, _nearest_other(tok, mentions, source, text)


def _nearest_other(tok, mentions, source: tuple, text: str) -> tuple:
    """The actor mention nearest the evidence word (the first of those as near) that is neither the source's actor
    nor inside the source's words, as the target: one participant, or none."""
    mine = {p.actor for p in source if p.actor is not None}
    best = None
    for a, b, actor in mentions:
        if actor.id in mine or any(a < p.end and p.start < b for p in source):
            continue
        d = abs(a - tok.idx)
        if best is None or d < best[0]:
            best = (d, Participant(a, b, text[a:b], actor.id))
    return () if best is None else (best[1],)


def _doer_as_source(tok, target: tuple, mentions, index: ActorIndex, text: str) -> tuple[tuple, tuple]:
    """A reader event that `_reader_sides` left without a source (no quote speaker, no doer above that is an actor):
    the subject of the reporting verb, a doer above, else the subject of the sentence's root (not a copula's: that
    one is judged), though no actor (`some critics have long argued that Mayor Brill is a bully`; coders name
    those words), a noun or an actor pronoun, not holding the evidence word; where that is the target found
    (`Governor Alder hinted at a pamphlet about Mayor Brill`: the actor nearest the word), the target is the nearest
    other."""
    doers, judged = _doers_above(tok)
    root = tok.sent.root
    last = child(root, ("nsubj",)) if root.lemma_ != "be" and child(root, ("acomp", "attr")) is None else None
    for sp in (speaker_of_clause(tok), *doers, last):
        if (sp is None or sp is judged or sp.lower_ in criticism.NOT_SPEAKERS
                or sp.pos_ not in ("NOUN", "PROPN", "PRON")):
            continue
        p = _participant(sp, index, text)
        if p.start <= tok.idx < p.end or (sp.pos_ == "PRON" and p.actor is None):
            continue
        if not any(t.actor is not None and t.actor == p.actor or t.start < p.end and p.start < t.end for t in target):
            return (p,), target
        return (p,), _nearest_other(tok, mentions, (p,), text)
    return (), target


def _judged_thing(tok, source: tuple, index: ActorIndex, text: str) -> tuple:
    """A reader event with no target actor near its evidence word: the words it judges, though no actor (coders
    name them): the noun an evidence adjective qualifies (`a lawyer with the shabbiest client`), the object a verdict is
    set beside (`called the organisers fools`), else the subject of the copula whose predicate holds the word
    (`this plan is reckless`); a pronoun only when an actor, never the source's words or actor."""
    _, judged = _doers_above(tok)
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        x = tok.head
    elif tok.dep_ in ("oprd", "xcomp", "attr") and child(tok.head, ("dobj",)) is not None:
        x = child(tok.head, ("dobj",))
    else:
        x = judged
    if x is None or x.pos_ not in ("NOUN", "PROPN", "PRON") or x.lower_ in criticism.NOT_SPEAKERS:
        return ()
    p = _participant(x, index, text, owned=True)
    mine = {s.actor for s in source if s.actor is not None}
    if (x.pos_ == "PRON" and p.actor is None) or p.actor in mine - {None} or any(
            s.start < p.end and p.start < s.end for s in source):
        return ()
    return (p,)


def _doers_above(tok) -> tuple[list, object]:
    """On the way up from `tok` within its sentence: the active subjects of the verbs (`Calderon intimated
    disappointment that the people have given Trump a real shot`: people, then Calderon) and the givers of nouns
    (`attacks from Jeb Bush`, `concerns expressed by leaders`), nearest first; and the subject of a copula whose
    predicate holds `tok` (`his words are false`: the one judged, not a doer), also when the copula shares the
    subject of a verb before it (`X incites violence and is a racist`)."""
    out, judged = [], None
    t, below = tok, None
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            s = child(t, ("nsubj",))
            copula = t.lemma_ == "be" or (below is not None and below.dep_ in ("attr", "acomp", "oprd"))
            if s is None and copula:
                s = shared_subject(t)     # `X incites violence and is a liar, racist and bully`: X is judged, and
                # no doer when the way up reaches `incites` (ev27c)
            if s is not None and copula:
                judged = judged if judged is not None else s
            elif s is not None and not (judged is not None and s.i == judged.i):
                out.append(s)
            by = child(t, ("agent",))
            if by is not None and (o := child(by, ("pobj",))) is not None:
                out.append(o)
        elif t.pos_ == "NOUN":
            out += [o for word in ("from", "by") if (o := prep_object(t, word)) is not None]
        if t.dep_ == "ROOT" or t.head.i == t.i:
            break
        below, t = t, t.head
    return out, judged


def _side_at(tok, index: ActorIndex, actor_of) -> Optional[tuple]:
    """The (country, sector) of the actor holding token tok, else None (checks.own_state_warned, ev42b)."""
    a = actor_of(index.at(tok.idx, tok.idx + len(tok)) or "")
    return (a.country, a.sector) if a is not None else None


def _made(c: Candidate, text: str, index: ActorIndex, quote_of, quotes: list[Quote], s0: int, s1: int, where, sent,
          completed: bool = True) -> Event:
    """The event of a chosen candidate, its participants resolved (`you` in a quote: whom the speaker tells; `I` after
    a headline's name and colon: that name); `completed`: with the participants `_completed` adds."""
    qi, speaker = quote_of(c.token)
    ev = _event(c, text, index, qi, s0, s1, speaker, where)
    ev = (_to_addressee(ev, quotes[qi], c.token.doc, index, text) if qi is not None
          else _to_colon_speaker(ev, sent, index))
    return _completed(ev, c, index, quote_of, text, sent) if completed else ev


def _completed(ev: Event, c: Candidate, index: ActorIndex, quote_of, text: str, sent) -> Event:
    """The participants the words around an event tie to it beyond its slots (after the confidence, and after the
    criticism detector's `Told` has read the event): the speaker of a verbal act, the actor behind a thing aimed at,
    the subject of what is said, the name beside a description, the victims of an attack."""
    speaker = quote_of(c.token)[1]
    found = ev
    ev = _view_of_speaker(ev, c, speaker, index)
    if not ev.source:
        ev = _retyped_source(ev, c, index, text)
    if not ev.source and (police := crime.police_teller(c, checks.senses()["lawforce"])) is not None:
        ev = dataclasses.replace(ev, source=(_participant(police, index, text),))
    if not ev.source and (police := crime.police_in_sentence(c)) is not None:
        ev = dataclasses.replace(ev, source=(_participant(police, index, text),))
    if not ev.source and (attacker := crime.attacker_of_when(c)) is not None:
        ev = dataclasses.replace(ev, source=(_participant(attacker, index, text),))   # `were hit when a shooter fired`
    if not ev.source and ev.quad in (1, 3) and not _happening(c):
        ev = _said_by(ev, c, speaker, index, text)
    elif ev.type in ATTITUDES and not any(p.actor for p in ev.source) and _no_doer(c):
        ev = _said_by(ev, c, speaker, index, text, keep=True)
    if ev.type in ATTITUDES and ev.target and not any(p.actor for p in ev.target):
        ev = _behind_thing(ev, c, index, text)
    if ev.type in ATTITUDES and not ev.target:
        ev = _said_of(ev, c, index, text)
    elif ev.type in ATTITUDES and not any(p.actor for p in ev.target) and _things(c.target):
        ev = _said_of(ev, c, index, text, add=True)
    if ev.type == "THREATEN" and not any(p.actor for p in ev.target):
        ev = _threatened_unless(ev, c, index, text)
    if ev.type in ATTITUDES and not any(p.actor for p in ev.target):
        ev = _maker_judged(ev, c, index, text)
    ev = _named_by_apposition(ev, c.token.doc, index, text)
    ev = _with_conjuncts(ev, c.token.doc, index, text, c.partnered)
    ev = _with_companions(ev, c, index, text)
    ev = _with_victims(ev, sent, index, text) if ev.type == "ASSAULT" else ev
    ev = _named_in_sentence(ev, index, text)
    return _not_on_itself(ev, found)


THIRD_PERSON = frozenset({"he", "him", "his", "she", "her", "they", "them", "their"})


def _named_in_sentence(ev: Event, index: ActorIndex, text: str) -> Event:
    """A pronoun participant the actors' coreference gave an actor (`Perez pulls up to a tavern, where he meets the
    mayor`: `he` is Perez) has beside it that actor's mention in the same sentence, the last before the pronoun
    (else the first after it): coders name the mention of the sentence, and the actor's name may not be one the
    article uses. None when the mention is a pronoun too or a participant covers it already."""
    s0, s1 = ev.sentence.start, ev.sentence.end
    taken = [(p.start, p.end) for p in (*ev.source, *ev.target)]
    named = pronouns()
    sides = []
    for side in (ev.source, ev.target):
        more = []
        for p in side:
            if p.actor is None or p.text.lower() not in THIRD_PERSON:
                continue
            mine = [(s, e) for s, e, a in index.spans if a == p.actor and s0 <= s and e <= s1 and
                    not (s < p.end and p.start < e) and text[s:e].lower() not in named and
                    text[s:e].lower() not in ("who", "whom", "which", "that")]
            before = [m for m in mine if m[1] <= p.start]
            for s, e in (before[-1:] or [m for m in mine if m[0] >= p.end][:1]):
                if not any(a < e and s < b for a, b in taken):
                    taken.append((s, e))
                    more.append(Participant(s, e, text[s:e], p.actor))
        sides.append(side + tuple(more))
    if sides[0] == ev.source and sides[1] == ev.target:
        return ev
    return dataclasses.replace(ev, source=sides[0], target=sides[1])


def _retyped_source(ev: Event, c: Candidate, index: ActorIndex, text: str) -> Event:
    """An event noun whose type was changed after its participants were read (an `attack` the lexicon makes force
    and the model or the checks make criticism: `His aide doubled down on attacks on Clinton`) has the source its
    type finds: the subject of the verb that governs it (`inherited_source`, for the types that take one)."""
    n = c.noun
    if n is None or not c.nominal or c.preset or ev.type not in lexicon.types_with_source("inherit", "agent"):
        return ev
    src = inherited_source(c, n)
    if src is None or n in src.subtree or src.lower_ in ("who", "which", "that", "what") or not (
            names_actor(src) or actor_like(src)):
        return ev                         # (`a well-financed attack campaign`: the phrase of the noun itself)
    p = _participant(src, index, text)
    if src.pos_ == "PRON" and p.actor is None or any(p.start < q.end and q.start < p.end for q in ev.target):
        return ev                         # (`his attack`: a pronoun that names no one)
    return dataclasses.replace(ev, source=(p,))


def _not_on_itself(ev: Event, found: Event) -> Event:
    """No actor acts on itself (as `_sides` keeps it for the slots): a participant `_completed` added whose actor is
    on the other side goes (`The remarks by Donald Trump were criticized, Mr. Trump said`: Trump is not the critic;
    `"Why would they ask me," Trump said`); but a speaker added beside a source that stands for them (`"it condemns
    the use of its network," Twitter said`: `_no_doer`) stays, and the target keeps its words but names no actor, as
    in `_sides` (`_not_aimed_at`)."""
    if ev is found:
        return ev
    before = {(p.start, p.end) for p in (*found.source, *found.target)}
    if found.source:                      # (the speaker beside `it`: the target's actor goes)
        mine = {p.actor for p in ev.source if p.actor and (p.start, p.end) not in before}
        if any(p.actor in mine for p in ev.target):
            ev = dataclasses.replace(ev, target=_not_aimed_at(ev.target, mine))

    def kept(side, other):
        actors = {p.actor for p in other if p.actor}
        return tuple(p for p in side if (p.start, p.end) in before or p.actor is None or p.actor not in actors)
    source = kept(ev.source, ev.target)
    target = kept(ev.target, source)
    if source == ev.source and target == ev.target:
        return ev
    return dataclasses.replace(ev, source=source, target=target)


def _happening(c: Candidate) -> bool:
    """An event noun that is what its clause is about, its subject or what `there is` (`criticism of the chief had
    intensified`, `there were appeals for calm`): a thing others do that the speaker reports, not the speaker's act."""
    t = c.noun if c.noun is not None else c.token
    return t.pos_ == "NOUN" and (t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "attr" and any(
        x.dep_ == "expl" for x in children(t.head)))


ATTITUDES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST"})   # acts aimed at what someone did or holds
EMBED_DEPS = frozenset({"acl", "relcl", "ccomp", "prep", "pobj", "poss", "nsubj", "nsubjpass", "dobj", "agent",
                        "compound", "appos"})


def _behind_thing(ev: Event, c: Candidate, index: ActorIndex, text: str) -> Event:
    """An accusation, rejection, backing or request aimed at a thing that names no actor (`questioned the idea that
    Clinton had shown no intent`, `objected to the moves made by those retaining the boy`, `fired back a response
    saying he would not support Ryan's agenda`) is aimed at the actor the thing tells of too: the first actor mention
    in the thing's own phrase and the clause it carries (no deeper than three steps, never the event's source), added
    as a further target. Read after the confidence, so it tells whom, not whether."""
    mine = {(p.start, p.end) for p in ev.source}
    for t in c.target:
        if not hasattr(t, "i") or t.pos_ != "NOUN" or actor_noun(t):
            continue
        for x in _embedded(t):
            a = index.at(x.idx, x.idx + len(x))
            if a is None or any(s <= x.idx < e for s, e in mine):
                continue
            p = _participant(x, index, text, solo=True)
            if p.actor is None or any(q.actor == p.actor for q in ev.source):
                continue
            return dataclasses.replace(ev, target=ev.target + (p,))
    return _owner_named(ev, c, index, text)


def _owner_named(ev: Event, c: Candidate, index: ActorIndex, text: str) -> Event:
    """An attitude aimed at a thing that a pronoun owns (`Sanders has ticked off differences with Clinton and mocked
    her refusal to release the speeches`) is aimed at the one the pronoun stands for in its sentence
    (`antecedents.py`), when that one names an actor other than the source: a further target."""
    mine = frozenset(x.i for t in c.source if hasattr(t, "i") for x in (t, *t.conjuncts))
    for t in c.target:
        if not hasattr(t, "i") or t.pos_ != "NOUN" or actor_noun(t):
            continue
        own = next((x for x in children(t) if x.dep_ == "poss" and x.lower_ in lexicon.people_possessives()), None)
        if own is None or index.at(own.idx, own.idx + len(own)) is not None:
            continue
        x = antecedent_in_sentence(own, skip=mine)    # (whose thing it is: not the source's, `mocked his refusal`)
        if x is None:
            continue
        p = _participant(x, index, text, solo=True)
        if any(p.start < q.end and q.start < p.end for q in (*ev.source, *ev.target)) or (
                p.actor is not None and any(q.actor == p.actor for q in ev.source)):
            continue
        return dataclasses.replace(ev, target=ev.target + (p,))
    return ev


def _maker_judged(ev: Event, c: Candidate, index: ActorIndex, text: str) -> Event:
    """A word of judgement on a thing someone did (`Remington designed and executed an immoral marketing campaign`,
    `Trump has said things that have been totally inappropriate`: the judging word is said of the thing, by its
    adjective or the predicate of its relative clause) judges the doer: the subject of the verb the thing is the
    object of, when it names an actor that is not on the source's side and no target found names one; a further
    target."""
    t = c.token
    if t.pos_ not in ("ADJ", "NOUN") or c.noun is not None and c.noun.i != t.i:
        return ev
    if t.dep_ == "amod":
        thing = t.head
    elif t.dep_ in ("acomp", "attr") and t.head.dep_ == "relcl":
        thing = t.head.head
    else:
        return ev
    while thing.dep_ == "conj" and thing.head.pos_ == "NOUN":
        thing = thing.head
    if thing.pos_ != "NOUN" or actor_noun(thing) or thing.dep_ != "dobj" or thing.head.pos_ != "VERB":
        return ev
    doer = subject_of(thing.head)
    if doer is None or doer.i == thing.head.i or index.at(doer.idx, doer.idx + len(doer)) is None:
        return ev
    p = _participant(doer, index, text)
    if p.actor is None or any(q.actor == p.actor or p.start < q.end and q.start < p.end for q in ev.source) or any(
            p.start < q.end and q.start < p.end for q in ev.target):
        return ev
    return dataclasses.replace(ev, target=ev.target + (p,))


def _embedded(t):
    """The words of a thing's phrase and of the clause it carries, nearest first (breadth first, three steps)."""
    level = [t]
    for _ in range(3):
        nxt = [x for y in level for x in children(y) if x.dep_ in EMBED_DEPS or x.dep_ == "conj" and x.pos_ == "PROPN"]
        yield from (x for x in nxt if x.pos_ in ("PROPN", "NOUN", "PRON"))
        level = nxt


def _said_of(ev: Event, c: Candidate, index: ActorIndex, text: str, add: bool = False) -> Event:
    """An accusation, rejection, backing or request with no target, whose words go on in a that-clause (of the trigger,
    of its event noun, or of a participle of saying hung on it: `Sanders hit back, saying that Clinton was not
    qualified`; also the clause of the copula an `it` puts before it: `it is shameful that X did`), is aimed at that
    clause's subject when it names someone (`triggers.content_subject`); with `add`
    (every target found is a thing or a bare `it`: `calling it dangerous that Obama has no plan`, the clause hung on
    the word the object is called), that subject is a further target."""
    report = _report_verbs()
    heads = [c.token] + ([c.noun] if c.noun is not None and c.noun.i != c.token.i else [])
    heads += [x for h in list(heads) for x in children(h) if x.dep_ in ("advcl", "xcomp", "conj") and x.tag_ == "VBG"
              and x.lemma_.lower() in report]
    heads += [h.head for h in list(heads) if h.dep_ in ("acomp", "attr") and h.head.lemma_ == "be" and any(
        x.dep_ == "nsubj" and x.lower_ == "it" for x in children(h.head))]   # (`it is shameful that X did`: the
    # clause the copula of an `it` put in front of it carries)
    if add:                               # (`calling it dangerous that`, `expressed doubt that`: the trigger's noun)
        heads += [x for h in list(heads) for x in children(h) if x.dep_ in ("oprd", "acomp", "ccomp")
                  and x.pos_ == "ADJ" or x.dep_ == "dobj" and ev.trigger.start <= x.idx < ev.trigger.end]
    subj = content_subject(heads)
    if subj is None or subj.lower_ in lexicon.people_pronouns() and index.at(
            subj.idx, subj.idx + len(subj)) is None:
        return ev
    p = _participant(subj, index, text, owned=True)
    if any(p.start < q.end and q.start < p.end for q in ev.source) or (p.actor and any(
            q.actor == p.actor for q in ev.source)):
        return ev
    if add and any(p.start < q.end and q.start < p.end for q in ev.target):
        return ev
    return dataclasses.replace(ev, target=ev.target + (p,) if add else (p,))


def _threatened_unless(ev: Event, c: Candidate, index: ActorIndex, text: str) -> Event:
    """A threat whose targets name no actor, made on a condition (`threatened to revoke the boy's visa if his uncle
    did not sign`, `threatened to strike unless the company raises wages`), is aimed at whoever the condition is laid
    on: the subject of the `if`/`unless` clause of the trigger or of the act it threatens, when it names someone
    other than the source; a further target."""
    t = c.token
    for v in [t] + [x for x in children(t) if x.dep_ in ("xcomp", "ccomp")]:
        for cl in children(v):
            if cl.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children(cl)):
                continue
            subj = next((x for x in children(cl) if x.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ in lexicon.load().cues["standin"] or subj.lower_ in (
                    "i", "we", "you", "there", "what", "which") or not (names_actor(subj) or actor_like(subj)):
                continue
            p = _participant(subj, index, text, owned=True)
            if any(p.start < q.end and q.start < p.end for q in (*ev.source, *ev.target)) or (
                    p.actor is not None and any(q.actor == p.actor for q in ev.source)):
                continue
            return dataclasses.replace(ev, target=ev.target + (p,))
    return ev


def _things(targets) -> bool:
    """Every target token found is a thing (a common noun with no entity that names no actor, a date or a
    quantity) or a pronoun that names no one by itself (`it`, `this`)."""
    return bool(targets) and all(hasattr(t, "i") and (
        t.pos_ == "NOUN" and not t.ent_type_ and not actor_noun(t) or t.lower_ in lexicon.load().cues["standin"]
        or t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY")) for t in targets)


def _report_verbs() -> frozenset:
    """event_cues.tsv `report`: the reporting verbs (say, argue, suggest ...)."""
    return lexicon.load().cues.get("report", frozenset())


def _named_by_apposition(ev: Event, doc, index: ActorIndex, text: str) -> Event:
    """A participant that is an apposition (`Senator Tom Ward, a Harlow Republican who has embraced Mr.
    Roe`: the source found is `a Harlow Republican`) has the noun it describes beside it, the name."""
    sides = []
    for side in (ev.source, ev.target):
        more = []
        for p in side:
            span = char_span(doc, p.start, p.end, alignment_mode="expand")
            root = span.root if span is not None and len(span) else None
            if root is None or root.dep_ != "appos" or root.head.pos_ not in ("PROPN", "NOUN") or root.head.i > root.i:
                continue
            if root.pos_ == "PROPN" and not any(x.dep_ == "det" for x in children(root)):
                continue                  # the apposition is the name (`her running mate, Senator Tom Reyes`)
            names = [root.head]           # and the names listed with it (`Senators Smith, Jones and Brown, all
            for name in names:            # Republicans who ...`)
                names.extend(x for x in children(name) if x.dep_ == "conj" and x.pos_ == "PROPN" and x.i < root.i)
            for name in names:
                a, b = name.left_edge.idx, name.idx + len(name)    # the name alone, without the apposition
                q = Participant(a, b, text[a:b], index.at(a, b, prefer=(name.idx,)))
                if not any(q.start < x.end and x.start < q.end for x in (*ev.source, *ev.target, *more)):
                    more.append(q)
        sides.append(side + tuple(more))
    if sides[0] == ev.source and sides[1] == ev.target:
        return ev
    return dataclasses.replace(ev, source=sides[0], target=sides[1])


def _with_conjuncts(ev: Event, doc, index: ActorIndex, text: str, partnered=frozenset()) -> Event:
    """A participant joined by `and`/`or` to others that its span leaves out (`withheld support from McCain and
    Ayotte`: the target found is `McCain`) has them beside it, each that names an actor (a name, an actor noun, a
    person pronoun), none a participant covers already; not a pronoun of `partnered`, read as its antecedent, which
    stands in the event already (`Reyes said he and his wife met`: Reyes and his wife, no `he`; review55c)."""
    sides = []
    taken = [(p.start, p.end) for p in (*ev.source, *ev.target)]
    for side in (ev.source, ev.target):
        more = []
        for p in side:
            span = char_span(doc, p.start, p.end, alignment_mode="expand")
            if span is None or not len(span) or span.root.pos_ not in ("PROPN", "NOUN", "PRON"):
                continue
            for x in () if split_off_subject(span.root) else span.root.conjuncts:
                if x.pos_ not in ("PROPN", "NOUN", "PRON") or x.i in partnered or not _names_actor(x, index):
                    continue
                q = _participant(x, index, text, solo=True)
                if not any(a < q.end and q.start < b for a, b in taken):
                    taken.append((q.start, q.end))
                    more.append(q)
        sides.append(side + tuple(more))
    if sides[0] == ev.source and sides[1] == ev.target:
        return ev
    return dataclasses.replace(ev, source=sides[0], target=sides[1])


def _view_of_speaker(ev: Event, c: Candidate, speaker, index: ActorIndex) -> Event:
    """Inside a quote, a source `you` that is the subject of a verb of thinking or arguing (event_cues.tsv `thinkyou`:
    `"you would think X cares about the city," she said`, `"you can argue that X is a racist"`) is anyone: the view
    is the speaker's, who takes its place (ev25d). Not a `you` told something (`"you said X lied"`: the one spoken
    to)."""
    if speaker is None or not any(p.text.lower() == "you" for p in ev.source):
        return ev
    verbs = lexicon.load().cues.get("thinkyou", frozenset())
    generic = {t.idx for t in c.source if hasattr(t, "i") and t.lower_ == "you" and t.dep_ == "nsubj"
               and t.head.lemma_.lower() in verbs and _anyones(t.head)}
    if not generic:
        return ev
    who = _speaker_participant(speaker, index)
    kept = tuple(p for p in ev.source if p.start not in generic)
    if any(p.start == who.start and p.end == who.end for p in (*kept, *ev.target)):
        return dataclasses.replace(ev, source=kept) if kept else ev
    return dataclasses.replace(ev, source=(who,) + kept)


def _anyones(v) -> bool:
    """A verb whose `you` is anyone: under a modal (`you would think`, `you'd have to wonder`, `you can argue`) or in
    a clause of time (`just when you thought`, `once you think about it`); not one asked or told to the one
    spoken to (`"you believe X lied," she told Jones`, `"do you think X lied?"`), nor a condition (`"if you think X
    is honest, you are wrong"`: no view of the speaker's; rev25)."""
    modal = ("would", "could", "can", "might", "may", "should", "must", "'d", "'ll", "will")
    if v.dep_ == "xcomp" and v.head.lemma_.lower() == "have":
        v = v.head                        # (`you'd have to think`)
    return any(x.dep_ == "aux" and x.lower_ in modal for x in children(v)) or (
        v.dep_ != "ROOT" and any(x.dep_ in ("mark", "advmod") and x.lower_ in ("when", "whenever", "once")
                                  for x in children(v)))


def _companions(tok) -> list:
    """The heads joined to `tok` as its companions in an act (event_cues.tsv `companion`: `along with Y`, `together
    with Y`, `alongside Y`), with their conjuncts."""
    words = lexicon.load().cues.get("companion", frozenset())
    out = []
    for x in children(tok):
        if x.dep_ not in ("prep", "advmod"):
            continue
        if x.lower_ in words:
            o = child(x, ("pobj",))
        elif f"{x.lower_}_with" in words:
            w = next((y for y in children(x) if y.dep_ == "prep" and y.lower_ == "with"), None)
            o = child(w, ("pobj",)) if w is not None else None
        else:
            continue
        if o is not None:
            out.extend([o, *o.conjuncts])
    return out


def _with_companions(ev: Event, c: Candidate, index: ActorIndex, text: str) -> Event:
    """Whoever a participant has as a companion (`Senior Democrats, along with several governors, wrote to X, urging`;
    `The clerk was arrested, along with another employee`, the phrase hung on the verb: the side of its subject)
    is on that participant's side too, when a name, an actor noun or a person pronoun names them; none that a
    participant covers already (ev25d)."""
    doc = c.token.doc
    sides = [list(ev.source), list(ev.target)]
    taken = [(p.start, p.end) for p in (*ev.source, *ev.target)]
    found = []                            # (side, companion head)
    for k, side in enumerate(sides):
        for p in side:
            span = char_span(doc, p.start, p.end, alignment_mode="expand")
            if span is not None and len(span):
                found += [(k, x) for x in _companions(span.root)]
    def side_of(tok):
        return next((k for k, side in enumerate(sides) for p in side if p.start <= tok.idx < p.end), None)

    v, verbs = c.token, []                # (the trigger and the verbs it hangs from, up to the one with a subject:
    while v.pos_ in ("VERB", "AUX") and len(verbs) < 3:   # `wrote to X, urging`)
        verbs.append(v)
        subj = child(v, ("nsubj", "nsubjpass"))
        if subj is not None:
            for u in verbs:               # (after an object, the object's companion: `jailed him along with others`)
                obj = child(u, ("dobj",))
                for x in _companions(u):
                    at = next(y.i for y in x.ancestors if y.head.i == u.i and y.i != u.i)   # (`along`)
                    k = side_of(obj if obj is not None and obj.i < at else subj)
                    if k is not None:
                        found.append((k, x))
            break
        if v.dep_ not in ("advcl", "xcomp", "conj") or v.head.i == v.i:
            break
        v = v.head
    for k, x in found:
        if x.pos_ not in ("PROPN", "NOUN", "PRON") or not _names_actor(x, index):
            continue
        q = _participant(x, index, text, solo=True)
        if not any(a < q.end and q.start < b for a, b in taken):
            taken.append((q.start, q.end))
            sides[k].append(q)
    if len(sides[0]) == len(ev.source) and len(sides[1]) == len(ev.target):
        return ev
    return dataclasses.replace(ev, source=tuple(sides[0]), target=tuple(sides[1]))


def _names_actor(x, index: ActorIndex) -> bool:
    """x names someone: an actor's mention, a proper noun, an actor noun or a personal pronoun."""
    if index.at(x.idx, x.idx + len(x)) is not None:
        return True
    if x.pos_ == "PRON":
        return x.lower_ in lexicon.people_pronouns()
    return x.pos_ == "PROPN" and x.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "") or actor_noun(x)


def _no_doer(c: Candidate) -> bool:
    """Every source found is a thing (`the evidence`, a common noun that names no actor) or a pronoun that names no
    one by itself (`it`, `his`: event_cues.tsv `standin` or a third-person possessive): the words are the speaker's
    (`"It condemns the use of Twitter," Twitter said`)."""
    stands_in = lexicon.stands_in()
    return bool(c.source) and all(hasattr(t, "i") and (
        t.pos_ == "NOUN" and not t.ent_type_ and not actor_noun(t) or t.lower_ in stands_in) for t in c.source)


def _said_by(ev: Event, c: Candidate, speaker, index: ActorIndex, text: str, keep: bool = False) -> Event:
    """A verbal act (quad 1 or 3) with no source of its own, told in someone's words, is that speaker's: the speaker
    of the quote it is in, else the subject of the reporting verb its clause hangs from (`Mr. Kim's execution has been
    challenged, Mr. Solomon said`; `Pence said the report merits a special prosecutor to investigate`). Read after
    the confidence, so it tells who, not whether."""
    if speaker is not None:
        who = _speaker_participant(speaker, index)
    else:
        tok = speaker_of_clause(c.token)
        if tok is None or tok.lower_ in criticism.NOT_SPEAKERS or tok.pos_ not in ("NOUN", "PROPN", "PRON") or (
                tok.lower_ in lexicon.addressed_pronouns()):
            return ev
        who = _participant(tok, index, text)
    if any(who.start < p.end and p.start < who.end for p in (*ev.target, *ev.source)):
        return ev                         # (the speaker is the one the act is aimed at)
    return dataclasses.replace(ev, source=ev.source + (who,) if keep else (who,))


def _with_victims(ev: Event, sent, index: ActorIndex, text: str) -> Event:
    """An attack's further targets: the people its sentence says were hurt or killed (`victims.py`: `Two men died and
    four others were wounded in a shooting`), after those found, none that a participant covers already. Read after
    the confidence, so it tells who was hit, not whether the attack happened."""
    trigger = next((t for t in span_tokens(sent) if t.idx == ev.trigger.start), None)
    ev = _shot_subject(ev, trigger, index, text)
    sources = [(p.start, p.end) for p in ev.source]
    hit = [_participant(x, index, text, solo=True) for x in victims(sent, trigger, sources)]
    # a source that is a victim came from a verb the trigger is joined to (`Three men died and two women were
    # wounded`): it was hit, not hitting
    source = tuple(p for p in ev.source if not any((p.start, p.end) == (h.start, h.end) for h in hit))
    taken = [(p.start, p.end) for p in (*source, *ev.target)]
    more = []
    for p in hit:
        if not any(a < p.end and p.start < b for a, b in taken):
            taken.append((p.start, p.end))
            more.append(p)
    if not more and source == ev.source:
        return ev
    return dataclasses.replace(ev, source=source, target=ev.target + tuple(more))


def _shot_subject(ev: Event, trigger, index: ActorIndex, text: str) -> Event:
    """An attack told in the passive with no `by` agent, whose subject the parse made an active one (`who he said
    had been shot in the past`: the relative pronoun an `nsubj`; `All are men and all were shot in the legs`: the
    subject of the verb it is joined to) has that subject as its source: it was hit, so it is the target; when the
    passive has a subject of its own (`All are boys and all were shot`), the joined verb's subject is only dropped
    (ev29c)."""
    if trigger is None or trigger.pos_ != "VERB" or not ev.source or not any(
            c.dep_ == "auxpass" for c in children(trigger)) or any(c.dep_ == "agent" for c in children(trigger)):
        return ev
    own = child(trigger, ("nsubjpass",))
    subj = child(trigger, ("nsubj",))
    if subj is None and trigger.dep_ == "conj":
        subj = child(trigger.head, ("nsubj", "nsubjpass"))
    if subj is None:
        return ev
    said = _participant(subj, index, text)
    moved = tuple(p for p in ev.source if p.start < said.end and said.start < p.end)
    if not moved:
        return ev
    kept = tuple(p for p in ev.source if p not in moved)
    if own is not None and own.i != subj.i:
        return dataclasses.replace(ev, source=kept)   # (`All are boys and all were shot`: its own subject is hit)
    return dataclasses.replace(ev, source=kept, target=moved + tuple(
        p for p in ev.target if not any(p.start < q.end and q.start < p.end for q in moved)))


def _skipper(ctx: Context):
    """`skipped(tok)`: the token lies in a stretch the layout leaves out (a caption, a dateline)."""
    if not ctx.layout.skip:
        return lambda t: False
    skips = skipped_tokens(ctx.doc, ctx.layout.skip)   # (the tokens found once an article: a set look-up a word)
    return lambda t: t.i in skips


def _mark_people(doc, actors: list[Actor]) -> None:
    """Every mention of an actor that is a person somewhere in the article (a mention the parser tagged PERSON), kept
    on the doc for the checks (`checks.is_person`): the small model tags `Trump` ORG or WORK_OF_ART here and there;
    every mention of a news outlet (sector MED), for `checks.is_press`; and every mention of an actor of a political
    sector (`confidence.POLITICAL`: a government, a legislature, an armed side ...), for `senses._pastime_invited`
    (review52c)."""
    people = Spans((e.start_char, e.end_char, None) for e in entities(doc) if e.label_ == "PERSON")
    marks = [(m.start, m.end, None) for a in actors if any(people.overlaps(m.start, m.end) for m in a.mentions)
             for m in a.mentions]
    doc.user_data["dateline.people"] = Spans(marks)
    doc.user_data["dateline.media"] = Spans((m.start, m.end, None) for a in actors if a.sector == "MED"
                                            for m in a.mentions)
    doc.user_data["dateline.political"] = Spans((m.start, m.end, None) for a in actors
                                                if a.sector in confidence.POLITICAL for m in a.mentions)


def _to_addressee(ev: Event, quote: Quote, doc, index: ActorIndex, text: str) -> Event:
    """`"You're very rude," Clinton told Katherine O'Brien`: inside a quote, `you` is whom the speaker tells."""
    if quote.cue is None or not any(p.text.lower() == "you" for p in ev.target):
        return ev
    cue = char_span(doc, quote.cue.start, quote.cue.end, alignment_mode="expand")
    if cue is None or not len(cue):
        return ev
    whom = next((x for x in children(cue.root) if x.dep_ in ("dobj", "dative") and x.pos_ in ("PROPN", "NOUN")
                 and not (quote.start <= x.idx < quote.end)), None)
    if whom is None:
        return ev
    you = _participant(whom, index, text, solo=True)
    return dataclasses.replace(ev, target=tuple(you if p.text.lower() == "you" else p for p in ev.target))


def _to_colon_speaker(ev: Event, sent, index: ActorIndex) -> Event:
    """`Rubio: I Still Believe Trump Can't Be Trusted`: outside a quote, `I` and `we` of a line opened by a name and a
    colon are that name."""
    first = pronouns(person="1")
    if not any(p.text.lower() in first for p in ev.source):
        return ev
    toks = tokens(sent.doc)[sent.start:sent.end]
    said_by = _colon_speaker(toks)
    if said_by is None:                   # (a name the tagger left untyped, known as an actor of the article)
        line = colon_line(sent.doc, sent.start, sent.end, most=3, cut=True)
        name = line[0] if line is not None else []
        if not name or not all(t.pos_ in ("PROPN", "NOUN") for t in name):
            return ev                     # (the name must be an actor's mention: a lower-cased title reads `Rubio` a noun)
        if index.at(name[0].idx, name[-1].idx + len(name[-1])) is None:
            return ev
        said_by = _name_speaker(name)
    who = _speaker_participant(said_by, index)
    return dataclasses.replace(ev, source=tuple(who if p.text.lower() in first else p for p in ev.source))


def _is_hazard(tok) -> bool:
    """A noun naming a natural hazard ('Heavy rains', 'the quake'), by lemma or word."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lex = hazards()
    return tok.lemma_.lower() in lex or tok.lower_ in lex


def _pronoun_misread(c: Candidate, index: ActorIndex, text: str) -> bool:
    """A he, she or they of a reported clause that the actors' coreference reads against the rule that found it: a
    need laid on the sayer themself (`Putin says he has to respond`: his own need, no request; `need_request`), or a
    fault owned that is someone else's (`Brook said she had made a mistake`, she another; `praise._fault_owned`;
    an unresolved `they` beside one sayer is taken for others)."""
    if c.self_of is not None:
        pron, own = c.self_of, True
    elif c.pattern.kind == "need" and c.target and hasattr(c.target[0], "i") and c.target[0].lower_ in (
            "he", "she", "they"):
        pron, own = c.target[0], False
    else:
        return False
    sayer = next((t for t in c.source if hasattr(t, "i")), None)
    if sayer is None:
        return False
    mine = _participant(sayer, index, text).actor
    its = index.at(pron.idx, pron.idx + len(pron))
    if own:
        return its != mine if its is not None else pron.lower_ == "they"
    return its is not None and its == mine


def _hazard_only(c: Candidate) -> bool:
    """An event whose only agent is a flood, storm, quake or epidemic: not a political event. With no source at
    all, a killing whose trigger governs a hazard noun ('were killed in a landslide') is dropped too."""
    if c.extra_source is not None:
        return False
    if c.source:
        return all(hasattr(t, "lemma_") and _is_hazard(t) for t in c.source)
    if c.etype != "ASSAULT":
        return False
    head = c.noun if c.noun is not None else c.token
    return any(_is_hazard(t) and _hazard_cause(t, head) for t in head.subtree if t.i != head.i)


def _hazard_cause(t, head) -> bool:
    """The hazard noun `t` tells what did the harm of `head`: between them only prepositions, other hazards and a
    clause's verb, a passive's doer (`killed in a landslide`, `in floods and landslides`, `by the flood waters`,
    `when the storm hit`, `by debris from the storm`),
    no other noun or verb's object (`killed in an attack on the water plant`, `shot while fetching water`, `a water
    truck was bombed`: the water is a place or a thing, the attack someone's)."""
    x = t
    while x.head.i != x.i and x.head.i != head.i:
        if x.dep_ in ("dobj", "compound") and not _is_hazard(x.head):
            return False
        x = x.head
        if not (x.pos_ == "ADP" or _is_hazard(x) or x.dep_ == "advcl" and x.pos_ in ("VERB", "AUX")
                or x.dep_ == "pobj" and x.head.dep_ == "agent"):   # (`killed by debris from the storm`)
            return False
    return x.head.i == head.i and x.dep_ not in ("nsubj", "nsubjpass", "dobj", "compound")


def _trim(sent, text: str) -> tuple[int, int]:
    s0, s1 = sent.start_char, sent.end_char
    while s0 < s1 and text[s0].isspace():
        s0 += 1
    while s1 > s0 and text[s1 - 1].isspace():
        s1 -= 1
    return s0, s1


def _pronouns_named(c: Candidate, source: tuple, target: tuple, index: ActorIndex, text: str,
                    quoted: bool = False) -> tuple:
    """A he/she/they (him/her/them) participant the actors' coreference left without an actor is the noun it stands
    for in its sentence (`antecedents.py`), when one is found; the other participants' words are never it."""
    toks = [t for t in (*c.source, *c.target) if hasattr(t, "i")]
    if not any(t.lower_ in lexicon.people_pronouns() or t.dep_ == "poss" and t.lower_ in lexicon.people_possessives()
               for t in toks):
        return source, target
    taken = frozenset(t.i for t in toks)
    out = []
    for side, parts in ((c.source, source), (c.target, target)):
        new = []
        for t, p in zip(side, parts):
            if hasattr(t, "i") and p.actor is None and t.dep_ == "poss" and t.lower_ in lexicon.people_possessives():
                x = owners_subject(t)     # `He has been ratcheting up his critique`: He (ev36a)
                if x is not None and x.i not in taken:
                    p = _participant(x, index, text, solo=True)
            elif hasattr(t, "i") and p.actor is None:
                x = antecedent_in_sentence(t, taken - {t.i}, quoted=quoted)
                if x is not None:
                    p = _participant(x, index, text, solo=True)
            elif hasattr(t, "i") and not quoted and (x := namer_of_free_relative(t)) is not None and x.i not in taken:
                bound = _participant(x, index, text, solo=True)   # `protests against what they call ...`: bound
                p = bound if bound.actor != p.actor else p        # by its clause, over the coreference's other
                # actor (ev36a)
            new.append(p)
        out.append(tuple(new) + parts[len(side):])
    return out[0], out[1]


def _sides(c: Candidate, source: tuple, target: tuple, index: ActorIndex, speaker) -> tuple:
    """An event's final source and target: the speaker of a quote first, each participant once, `I`/`we` of a
    quote the speaker's actor, no target with a source's actor."""
    if c.extra_source is not None:
        source = (_speaker_participant(c.extra_source, index),) + source
    source = tuple({(p.start, p.end): p for p in source}.values())      # the speaker may come twice
    target = tuple({(p.start, p.end): p for p in target}.values())      # (a thing and the one behind it)
    said = {(p.start, p.end) for p in source}
    target = tuple(p for p in target if (p.start, p.end) not in said)   # (the same words never on both sides:
    # `the agreement signed by the leaders`, the signers found as both the doer and what was signed)
    if speaker is not None and getattr(speaker, "actor", None):
        # `"We will respond," the minister said`: inside a quote, I and we are its speaker
        first = pronouns(person="1")
        source, target = (tuple(dataclasses.replace(p, actor=speaker.actor)
                                if p.actor is None and p.text.lower() in first else p for p in side)
                          for side in (source, target))
    return source, _not_aimed_at(target, {p.actor for p in source if p.actor})


def _not_aimed_at(target: tuple, actors: set) -> tuple:
    """No actor acts on itself: a target participant that names one of `actors` (the source's) resolved to it
    through a possessor (`her husband`, `his rights`), so it keeps its words but names no actor. The one check of
    both depths: the slots (`_sides`) and the participants `_completed` adds (`_not_on_itself`)."""
    return tuple(dataclasses.replace(p, actor=None) if p.actor in actors else p for p in target)


def _event(c: Candidate, text: str, index: ActorIndex, qi, s0, s1, speaker=None,
           where: Optional[confidence.Where] = None) -> Event:
    doc = c.token.doc
    first, last = doc[c.first], doc[c.last]
    trig = Span(first.idx, last.idx + len(last), text[first.idx:last.idx + len(last)])
    source = tuple(_participant(t, index, text, t.i in c.solo) if hasattr(t, "i") else _speaker_participant(t, index)
                   for t in c.source)
    target = tuple(_participant(t, index, text, t.i in c.solo, owned=True) if hasattr(t, "i")
                   else _speaker_participant(t, index) for t in c.target)   # (a span, not a token: a misread headline's words, `headlines.py`)
    said = _sides(c, source, target, index, speaker)
    ev = Event(type=c.etype, mode=c.mode, quad=c.quad, cameo=c.cameo, source=said[0], target=said[1],
               trigger=trig, negated=c.negated, hypothetical=c.hypothetical, date=None,
               sentence=Extent(s0, s1), quote=qi, pluperfect=tense.pluperfect(c.token))
    feats = confidence.features(c, ev, where)
    conf = c.given if c.given is not None else None if where is not None and where.rescored else confidence.score(
        feats)                            # (a score `in_article` makes again is not made here: `Where.rescored`)
    # a pronoun named by its noun (after the confidence: naming is no evidence the event happened; in a quote, only
    # by a noun of the quote before it)
    named = _pronouns_named(c, source, target, index, text, quoted=qi is not None)
    if named != (source, target):
        said = _sides(c, *named, index, speaker)
        ev = replaced(ev, source=said[0], target=said[1])
    if c.joint is not None:
        ev = _joint_source(ev, c.joint.idx)
    return replaced(ev, confidence=conf, features=tuple(sorted(feats.items())))


def _joint_source(ev: Event, at: int) -> Event:
    """A joint subject of a promise (`triggers._promised_together`): the second conjunct, split off as the target
    while the event was typed, goes back beside the first as the source (EVENT_GUIDE: one entry, both who act;
    dyad48)."""
    moved = [p for p in ev.target if p.start <= at < p.end]
    if not moved or not ev.source:
        return ev
    return replaced(ev, source=ev.source + tuple(moved), target=tuple(p for p in ev.target if p not in moved))
