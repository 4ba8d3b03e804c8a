"""Pass 7, coreference: descriptions (`the kingdom`, `its ally`, `the rebels`) and pronouns outside quotes
that point back to an actor already named."""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Optional

from ...lexicon import actors as lex
from ...lexicon import pronoun_antecedents
from ..quotes.lexicon import given_names, speech_verbs
from ..spans import (char_span, children, column, entities, having, heads, ids_of, indices, lemma_in, lexicon_ids,
                     lowered, sentence_of, sentences, span_text, string_ids, tokens, where)
from ..token_strings import child_indices, strings
from .codes import american_story, digest_stories
from .common import add, cluster, hit_at, is_be, is_person_title, relative_head, state_actor
from .people import _accused as accused, _charge_words, _unglued as unglued, described_as_subject, harmed_someone
from .state import EITHER, ActorState, Cluster, gated


def coref(st: ActorState) -> None:
    """`the kingdom`, `its Soviet-era ally`, `the rebels`, `he`, `its`, `they` outside quotes: each joins the
    actor it refers back to, by type and recency; anything unsure stays unlinked (one linear pass). A relative
    pronoun (`who`, `which`, `that` of a relative clause) joins the actor of the noun its clause describes."""
    doc = st.doc
    toks = st.toks
    st.sentences = sents = list(sentences(doc))
    st.sent_of = sent_of = [0] * len(toks)
    for k, sent in enumerate(sents):
        a, b = sent.start, sent.end
        sent_of[a:b] = [k] * (b - a)              # (a slice a sentence, not a step a word)
    in_quote = set()
    quote_of: dict[int, int] = {}                  # token inside a quote -> the quote's index
    for k, q in enumerate(st.quotes):
        span = char_span(doc, q.start, q.end, alignment_mode="expand")
        if span is not None:
            in_quote.update(range(span.start, span.end))
            quote_of.update(dict.fromkeys(range(span.start, span.end), k))
    st.in_quote = in_quote
    # the actor each mention's head word stands for; people first when two overlap
    owner: dict[int, Cluster] = {}
    for c in sorted(st.clusters.values(), key=lambda c: c.key[0] in ("P", "P?")):
        for s, e in c.mentions:
            span = char_span(doc, s, e, alignment_mode="expand")
            if span is not None:
                owner[span.root.i] = c
    st.owner = owner
    st.subjects = [[] for _ in sents]
    for t in having(toks, DEP=ids_of("nsubj", "nsubjpass")):
        if t.i not in in_quote:
            st.subjects[sent_of[t.i]].append(t)
    st.country_marks = [(tokens(doc)[s].idx, entry) for s, (label, entry, e) in sorted(st.hits.items())
                        if label == "CTRY"]
    for c in st.clusters.values():                # `Assad's regime`, `the Syrian government`
        if c.key[0] == "S" and c.sector == "GOV":
            st.country_marks.extend((s, c.country) for s, _ in c.mentions)
    st.country_marks.sort()
    nouns = lex.coref_nouns()
    local = lex.words("local_noun")
    _speaker_pronouns(st)
    _headline_short_names(st)
    lows, lems, pos, deps, tags, head = (strings(doc, "LOWER"), lowered(doc), strings(doc, "POS"), strings(doc, "DEP"),
                                         strings(doc, "TAG"), heads(doc))   # (the columns: no string made a word)
    antecedents = pronoun_antecedents()
    issuers: dict[int, Optional[Cluster]] = {}    # quote index -> the actor whose statement it is (src42)
    for i in _read_tokens(doc, nouns):            # (`_read_words`, the nouns of `nouns`, appositions)
        low = lows[i]
        if low in RELATIVE and deps[head[i]] == "relcl" and deps[i] in ("nsubj", "nsubjpass", "dobj"):
            _relative(st, toks[i])
        elif low in antecedents or low in OBJECT or low in FIRST_PERSON or low in WE:
            tok = toks[i]
            if st.ctx.skipped(tok.idx, tok.idx + len(tok)):
                continue
            if i in quote_of:
                speaker = st.speaker_of.get(quote_of[i])
                if speaker is None and (low in FIRST_PERSON or low in WE):
                    if quote_of[i] not in issuers:
                        issuers[quote_of[i]] = _statement_issuer(st, quote_of[i])
                    speaker = issuers[quote_of[i]]
                _quoted_pronoun(st, tok, speaker)
            elif low not in FIRST_PERSON and low not in WE:
                _pronoun(st, tok)
        elif low in local and tags[i] == "NN" and deps[i] in ("nsubj", "nsubjpass") and _local(st, toks[i]):
            pass                                      # `the city lifted the curfew`: the city's government
        elif pos[i] in ("NOUN", "PROPN") and (lems[i] in nouns or low in nouns):
            tok = toks[i]
            if not st.ctx.skipped(tok.idx, tok.idx + len(tok)):
                _coref_noun(st, tok, nouns.get(low) or nouns[lems[i]])
        elif deps[i] == "appos" and tags[i] == "NN":
            _apposition(st, toks[i])
    for tok in having(toks, LOWER=ids_of("campaign")):
        if tok.pos_ == "NOUN":
            _pronoun_campaign(st, tok)
    _accused_by_pronoun(st)
    _repeated_passages(st)


REPEAT_WINDOW = 60     # characters on each side of a mention that must repeat an earlier mention's (`_repeated_passages`)
_UNNAMED = ("D", "G")   # actors known only by a description (`one man`) or a group noun (`police`): a name joins its
#                         actor by itself, and an earlier copy's mention may be owned wrongly (`Democrats for Clinton`)
REPEAT_LEAST = 30      # characters of that window at least on each side (a window cut by the text's edge)


def _repeated_passages(st: ActorState) -> None:
    """A mention whose REPEAT_WINDOW characters on each side are, word for word, those of an earlier mention of the
    same words is that mention repeated (a photo gallery's caption under each picture, `Image 7 of 11 Police
    investigate the scene where one man was injured ...`; a paragraph a web page prints twice): its actor is the
    earlier one's. An actor known only by a description or a group noun whose first mention is such a repeat joins
    the earlier actor of the same kind whole (act31a: a gallery's caption made one `one man` per picture)."""
    text = st.ctx.text
    live = [c for c in st.clusters.values() if c.mentions and not c.members]
    if len(live) < 2 or not any(c.key[0] in _UNNAMED for c in live):
        return                                    # (only such an actor joins another: speed36b)
    seen: dict[tuple, Cluster] = {}
    order = sorted(((s, e, c) for c in live for s, e in c.mentions), key=lambda r: (r[0], r[1]))
    into: dict[int, Cluster] = {}
    for s, e, c in order:
        left, right = text[max(0, s - REPEAT_WINDOW):s], text[e:e + REPEAT_WINDOW]
        if len(left) < REPEAT_LEAST or len(right) < REPEAT_LEAST:
            continue
        key = (left, text[s:e], right)
        first = seen.setdefault(key, c)
        while id(first) in into:
            first = into[id(first)]
        if first is not c and id(c) not in into and c.first == s and not first.members and \
                c.key[0] in _UNNAMED and first.key[0] == c.key[0]:
            into[id(c)] = first
    if not into:
        return
    for c in live:
        target = into.get(id(c))
        if target is None:
            continue
        while id(target) in into:
            target = into[id(target)]
        for span in list(c.mentions):
            target.mentions.add(span)
            c.mentions.discard(span)
    for k, c in list(st.speaker_of.items()):
        while id(c) in into:
            c = into[id(c)]
        st.speaker_of[k] = c


def _accused_by_pronoun(st: ActorState) -> None:
    """A person named with no office whose `he`/`she` linked here, or whose name said again (`Jacob`), is charged with
    a crime (people.py `_accused`: `Hellinghausen was booked into the county jail, where he was charged with evading
    arrest`) or did one to someone (`harmed_someone`: `Jacob ... then shot Dana Remaley`) is a suspect (CRM), as the
    first naming would make them."""
    if gated() and not lemma_in(st.doc, _charge_words(), lower=True):
        return                                    # (both tests need a word of `_charge_words`, as in
        #                                           `who_from_context`: speed39b's gate)
    for c in st.clusters.values():
        if c.key[0] != "P?" or c.sector is not None or c.role is not None:
            continue
        for s, e in c.mentions:
            span = char_span(st.doc, s, e)
            if span is None or span.root.i in st.in_quote or \
                    len(span) == 1 and span[0].pos_ == "PRON" and span[0].lower_ not in ("he", "she"):
                continue
            if accused(span.root) or harmed_someone(span.root):
                c.sector, c.role = "CRM", "suspect"
                break


def _pronoun_campaign(st: ActorState, tok) -> None:
    """`his campaign said`, `her campaign has denied`: as a subject, the campaign of the person the possessive
    pronoun is linked to, an actor of its own (PTY, that person's country) as `the Sanders campaign` is
    (descriptions.py `_campaign`); not `during his campaign`, `his campaign against drugs`, `his re-election
    campaign` (a period, an effort)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() in lex.words("still_verb") or \
            any(c.dep_ == "prep" for c in children(tok)):
        return                                    # `during his campaign`: a period; `his campaign may be in
        #                                           trouble`: a state of things, no act
    mods = [c for c in children(tok) if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "poss", "det")]
    if len(mods) != 1 or mods[0].tag_ != "PRP$" or mods[0].lower_ not in ("his", "her"):
        return
    who = st.owner.get(mods[0].i)
    if who is None or who.key[0] not in ("P", "P?") or st.ctx.skipped(tok.idx, tok.idx + len(tok)):
        return
    s_char, e_char = mods[0].idx, tok.idx + len(tok)
    if any(ms < e_char and s_char < me and o is not who for ms, me, o in st.mentions.around(s_char, e_char)):
        return
    country = who.person.at(st.day)[0] if who.person is not None else who.country
    c = cluster(st, ("O", who.name + " campaign"), who.name + " campaign", sector="PTY", role="campaign",
                country=country if country != "IGO" else None)
    add(st, c, s_char, e_char)


RELATIVE = frozenset(("who", "whom", "which", "that"))
OBJECT = {"him": "M", "her": "F", "them": "they"}   # object pronouns -> what the antecedent must be
FIRST_PERSON = frozenset(("i", "me"))                # in a quote: its speaker (not `my`: `my wife` is someone else)
WE = frozenset(("we", "us"))                         # in a quote: a speaker that is a state, organisation or group


def _read_words() -> frozenset[int]:
    """LOWER ids of the words `coref` reads by their form (relative and personal pronouns, local nouns): with the
    nouns and appositions, the only tokens its pass looks at (made once)."""
    global _READ
    if _READ is None:
        _READ = string_ids(RELATIVE | set(pronoun_antecedents()) | set(OBJECT) | FIRST_PERSON | WE
                           | lex.words("local_noun"))
    return _READ


_READ = None


def _read_tokens(doc, nouns: dict) -> list[int]:
    """The indices, in order, of the tokens `coref`'s word loop can act on: the words of `_read_words`, appositions,
    and nouns (NOUN, PROPN) whose lower-case form or lemma is one of `nouns` (coref_nouns.tsv). Any other noun went
    through every test of the loop and met none (speed36b: the loop walked every noun of the article)."""
    lems, pos = lowered(doc), column(doc, "POS")
    named = set(itertools.compress(range(len(lems)), map(nouns.__contains__, lems)))
    named.update(where(doc, "LOWER", lexicon_ids(nouns)))
    kinds = ids_of("NOUN", "PROPN")
    read = indices(doc, LOWER=_read_words(), DEP=ids_of("appos"))
    return sorted(set(read).union(i for i in named if pos[i] in kinds)) if named else read


def _headline_short_names(st: ActorState) -> None:
    """`... as Guard occupies quiet streets` (a headline) for the `National Guard` of the story: a capitalised word
    of the headline that no mention covers, alone in its noun phrase and no place, is the one organisation or state
    body of the article whose name, as written in the body, ends in it (not `Charlotte` for `The Charlotte
    Observer`)."""
    span = st.ctx.layout.title_span
    dl = st.ctx.layout.dateline
    if span is None:
        return
    if dl is not None and dl.start > span[1]:
        span = (span[0], dl.start)                   # the headline and the subheading lines under it
    title = char_span(st.doc, span[0], span[1], alignment_mode="contract")
    if title is None:
        return
    text, ends = st.ctx.text, None
    for tok in title:
        if tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper() or tok.text.isupper() or \
                any(ch.i < tok.i for ch in children(tok)) or tok.dep_ in ("compound", "amod") or is_person_title(tok) \
                or tok.ent_type_ in ("GPE", "LOC", "NORP") or lex.place_code(tok.text) \
                or any(s <= tok.idx < e for s, e, _ in st.mentions.around(tok.idx, tok.idx + len(tok))):
            continue
        if ends is None and gated():              # (the last words of the body's names, made at the first word that
            ends = {text[s:e].split()[-1] for c in st.clusters.values() if c.key[0] in ("O", "S") and not c.members
                    for s, e in c.mentions if s >= span[1] and len(text[s:e].split()) > 1}   # gets here: a word
        if ends is not None and tok.text not in ends:   # that ends none finds no one below; speed39b's gate)
            continue
        found = set()
        for c in st.clusters.values():
            if c.key[0] not in ("O", "S") or c.members:
                continue
            if any(s >= span[1] and len(st.ctx.text[s:e].split()) > 1 and st.ctx.text[s:e].split()[-1] == tok.text
                   for s, e in c.mentions):
                found.add(id(c))
                only = c
        if len(found) == 1:
            add(st, only, tok.idx, tok.idx + len(tok))
            st.owner[tok.i] = only


def _speaker_pronouns(st: ActorState) -> None:
    """A quote whose speaker is a bare `he` or `she` the speakers pass left unlinked (the quotes stage named someone
    inside the quote, or someone of the other gender): the pronoun is resolved here as any other, before the quote's
    own `I` and `me` are read, and the quote takes its actor as speaker."""
    for k, q in enumerate(st.quotes):
        sp = q.speaker
        if k in st.speaker_of or sp is None or st.ctx.text[sp.start:sp.end].strip().lower() not in ("he", "she"):
            continue
        span = char_span(st.doc, sp.start, sp.end, alignment_mode="expand")
        if span is None or len(span) != 1 or span[0].i in st.in_quote or st.ctx.skipped(sp.start, sp.end):
            continue
        tok = span[0]
        c = _antecedent(st, tok, pronoun_antecedents()[tok.lower_])
        if c is not None:
            add(st, c, tok.idx, tok.idx + len(tok))
            st.owner[tok.i] = c
            st.speaker_of[k] = c


def _apposition(st: ActorState, tok) -> None:
    """`Ann Roe, a Harlow Book Prize winner who ...`: a singular noun phrase with an article headed by a noun of a
    person (actor_words.tsv `person_noun`, a title or a kin noun), in apposition right after a person's name, is that
    person (its words up to the noun; nothing in it names another actor)."""
    c = st.owner.get(tok.head.i)
    if c is None or c.key[0] not in ("P", "P?") or tok.head.i > tok.i or \
            not any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in children(tok)):
        return
    lemma = tok.lemma_.lower()
    if lemma not in lex.words("person_noun") and lemma not in lex.words("kin") and not is_person_title(tok):
        return                                    # `Sanders, a narrower victory` (a misparse): no person
    doc = st.doc
    first = tokens(doc)[tok.left_edge.i]
    if first.i < tok.head.i + 2 or tokens(doc)[first.i - 1].text not in (",", "--", "—", "–"):
        return
    before = tokens(doc)[first.i - 2]                # right after the name (or its age: `Gisela Grimm, 67, a retiree`),
    if before.i != tok.head.i and before.like_num is False:   # not after another apposition (`Ayrault, the foreign
        return                                    # minister of France, a permanent member`)
    s_char, e_char = first.idx, tok.idx + len(tok)
    if "\n" in st.ctx.text[s_char:e_char] or st.ctx.skipped(s_char, e_char) or \
            any(s < e_char and s_char < e and (s, e) in o.mentions for s, e, o in st.mentions.around(s_char, e_char)):
        return
    add(st, c, s_char, e_char)
    st.owner[tok.i] = c


def _local(st: ActorState, tok) -> bool:
    """`the city lifted a midnight curfew`, `the state purged voters`: a bare `the city` (`the state`) as the subject
    of a verb of action is the government of the city (US state) named last before it, within its sentence and the
    two before, else (a city) of the dateline's city: an actor of its own, GOV of that place's country. True when it
    linked one."""
    verb = tok.head
    if any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ != "PROPN" for o in children(p))
           for p in children(tok)):
        return False                              # `the state of emergency`, `the city of dreams`: no body (rev30a)
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in lex.words("still_verb") or \
            [c.lower_ for c in children(tok) if c.i < tok.i] != ["the"] or st.ctx.skipped(tok.idx, tok.idx + len(tok)):
        return False
    state = tok.lower_ == "state"
    k = st.sent_of[tok.i]
    lo = st.sentences[max(k - 2, 0)].start_char
    place = None
    for ent in entities(st.doc):
        if ent.end_char > tok.idx:
            break
        if ent.start_char < lo or ent.label_ != "GPE":
            continue
        name = ent.text.removeprefix("the ")
        if state and name in st.countries.capitals and not (ent.end < len(st.doc) and st.toks[ent.end].lower_ == "state"):
            continue                                  # `Washington — ... the state`: the capital, not the US
            #                                           state of that name (unless `Washington state`)
        if (name in lex.us_states()) == state and lex.place_country(name) and name not in st.countries.names:
            place = name                              # the last one before wins
    dl = st.ctx.layout.dateline
    if place is None and not state and dl is not None and dl.place:
        name = dl.place.strip().rstrip(",").title()   # `CHARLOTTE - ... the city lifted`: the dateline's city
        if lex.place_country(name) and name not in lex.us_states() and name not in st.countries.names:
            place = name
    if place is None:
        return _local_unnamed(st, tok)
    iso = lex.place_country(place)
    role = "state government" if state else "city government"
    c = st.clusters.get(("L", place)) or cluster(st, ("L", place), f"{place} {role}", country=iso, sector="GOV",
                                                 role=role)
    add(st, c, next(d.idx for d in children(tok) if d.i < tok.i), tok.idx + len(tok))
    st.owner[tok.i] = c
    return True


_COUNTY = re.compile(r"\b((?:[A-Z][a-z'-]+ ){1,2})County\b")


def _local_unnamed(st: ActorState, tok) -> bool:
    """`the county is drafting policies`, `the town is purchasing`, `the state currently provides` where no place of
    the gazetteer comes before (local news: `Forsyth County`, `Oxford`, an unknown town): the government of the
    county last named (`<Name> County` anywhere before), else of the story's town or state, an actor of its own (GOV;
    American in an American story, else the article's home, codes.py). Not a word another actor already holds, nor
    the subject of a tally (actor_words.tsv `tally_verb`: `the city recorded 305 homicides`; act30b), nor the passive
    subject of a verb of harm to a place (actor_words.tsv `place_harm_verb`: `the city would be destroyed`; rev30a)."""
    if tok.i in st.owner or tok.head.lemma_.lower() in lex.words("tally_verb"):
        return False                              # `That year the city recorded 305 homicides`: a place's tally
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in lex.words("place_harm_verb"):
        return False                              # `the city would be destroyed`: the place harmed (rev30a)
    noun = tok.lower_
    name = None
    if noun == "county":
        found = [m.group(1).strip() for m in _COUNTY.finditer(st.ctx.text, 0, tok.idx)
                 if not st.ctx.skipped(m.start(), m.end())]
        name = f"{found[-1]} County" if found else None
    of = [o for p in children(tok) if p.dep_ == "prep" and p.lower_ == "of" for o in children(p)
          if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    if of:                                        # `The city of Phoenix is demanding`: that town's
        name = span_text(st.doc, of[0].left_edge.i, of[0].i + 1)
    role = f"{noun} government"
    key = ("L", name) if name else ("L", role)
    c = st.clusters.get(key) or cluster(st, key, f"{name} {role if of else 'government'}" if name else role,
                                        sector="GOV", role=role,
                                        country="USA" if american_story(st) else None)
    add(st, c, next(d.idx for d in children(tok) if d.i < tok.i), tok.idx + len(tok))
    st.owner[tok.i] = c
    return True


def _relative(st: ActorState, tok) -> None:
    """`the officers who searched`, `a court that ruled`: a relative pronoun is the actor of the noun its
    clause describes (structure alone decides, so inside quotes too)."""
    c = st.owner.get(relative_head(tok.head).i)   # (`Ann Ruiz and Tom Hale, who is ...`: Hale; ident51)
    if c is not None and not c.members and not st.ctx.skipped(tok.idx, tok.idx + len(tok)):
        add(st, c, tok.idx, tok.idx + len(tok))


def _gender(st: ActorState, c: Cluster) -> Optional[str]:
    """M or F from the pronouns already linked to a person, the honorifics before its names and its given
    name (given_names.tsv); None when there is no cue or the cues disagree (`Mr. Clinton` and `Mrs. Clinton` joined by surname).
    The cues of its mentions are kept (`st.genders`) and only the mentions added since are read again: asked
    for each pronoun, a person named thousands of times costs no walk over all its mentions."""
    mentions = c.mentions
    seen, removed, found = st.genders.get(id(c), (0, 0, frozenset()))
    if removed != mentions.removed:               # a mention was dropped: read them all again
        seen, found = 0, frozenset()
    if seen < len(mentions.added):
        found = found.union(*(_mention_gender(st.ctx.text, s, e) for s, e in mentions.added[seen:]
                              if (s, e) in mentions))
        st.genders[id(c)] = (len(mentions.added), mentions.removed, found)
    words = c.name.split()
    if len(words) > 1 and c.key[0] in ("P", "P?"):    # `Ruth Amadi`: the given name (quotes' lexicon)
        g = given_names().get(words[0].lower())
        if g:
            found = found | {g.upper()}
    elif c.key[2:3] == (EITHER,):                 # a bare surname of either of two people: their given names
        gs = {given_names().get(w.lower()) for w in c.key[3]}
        if len(gs) == 1 and None not in gs:
            found = found | {next(iter(gs)).upper()}
    return next(iter(found)) if len(found) == 1 else None


def _mention_gender(text: str, s: int, e: int) -> set:
    """The gender cues of one mention: a pronoun (`he`, `her`), an honorific before it or as its first word."""
    found = set()
    word = text[s:e].lower()
    if word in ("he", "his", "him"):
        found.add("M")
    elif word in ("she", "her", "hers"):
        found.add("F")
    before = text[max(0, s - 6):s].lower().split()
    first = word.split()[0] if word.split() else ""
    for w in ([first] + before[-1:]):
        w = w.rstrip(".")
        if w in lex.words("male_title"):
            found.add("M")
        elif w in lex.words("female_title"):
            found.add("F")
    return found


def _antecedent(st: ActorState, tok, want: str, skip=(), described: bool = False) -> Optional[Cluster]:
    """The actor a pronoun refers to: the nearest compatible subject before it in its sentence, then the
    subjects of the two sentences before (each sentence's main subject first, then the others in order); stops at a compatible subject that is no actor. An
    object pronoun never refers to the actor of its own clause's subject (`Trump attacked him`): every actor in
    `skip` is passed over (that subject's actor; a quote's speaker, who says `I`). With `described` (a he/she outside
    quotes), a subject describing one person is a person too (`_described_person`)."""
    if want in ("M", "F"):
        c = _cataphora(st, tok, want)
        if c is not None:
            return None if c in skip else c
    k = st.sent_of[tok.i]
    doc = st.doc                                  # (each word's strings and children read off the columns)
    lows, deps, tags, pos, head, below = (strings(doc, "LOWER"), strings(doc, "DEP"), strings(doc, "TAG"),
                                          strings(doc, "POS"), heads(doc), child_indices(doc))
    order = [t for t in reversed(st.subjects[k]) if t.i < tok.i]
    if order and tok.i not in st.in_quote:
        order = [t for t in order if t.i not in st.in_quote]   # `"Donald has been threatening to sue me," he
        # told reporters`: the speaker is not whom his own words name
    for j in (k - 1, k - 2):
        if j >= 0:       # the subject of the sentence's main verb first, then the others in order
            order.extend(sorted(st.subjects[j], key=lambda t: deps[head[t.i]] != "ROOT"))
    for t in order:
        who = lows[t.i] == "who"                      # `an architect who said`: a person, maybe unnamed
        t = _noun_of(st, t)
        i, c = t.i, _actor_of(st, t)
        if c is not None and any(c is o for o in skip):
            continue
        low = lows[i]
        plural = tags[i] in ("NNS", "NNPS") and not _named_person(c, t) or low in ("they", "we") or \
            any(deps[x] == "conj" for x in below[i]) or \
            low in lex.words("plural_noun")           # (`Dayton Police`, tagged one: they; src41)
        person = c.key[0] in ("P", "P?") if c is not None else (    # the actor decides: `Havana` as PERSON
            t.ent_type_ == "PERSON" or low in ("he", "she", "i") or who or is_person_title(t) or
            lowered(doc)[i] in lex.words("kin") or    # `Elian's father ... He`: not Elian; `Trump's campaign
            (pos[i] == "NOUN" and any(deps[x] == "poss" and x in st.owner and     # manager says he`
                                      st.owner[x].key[0] in ("P", "P?") for x in below[i])))
        if want in ("M", "F"):
            if described and not person and not plural and (g := _described_person(st, c, t)) is not None:
                if g and g != want:
                    continue                          # `A 15-year-old girl died after she was stabbed`, `The
                if c is None and (st.sent_of[t.i] == k or st.sent_of[t.i] == k - 1 and deps[head[t.i]] == "ROOT"):
                    return _named_by_description(st, t, tok, want, skip)   # suspect fled. He shot ...`; a man of no
                if c is None:                         # actor, in the sentence or the last one's main subject, stops
                    continue                          # it, unless a name before it is his (src41)
                if _another_person(st, c, t.idx, tok.idx, want, skip) and not _subject_goes_on(st, t, tok, k, want,
                                                                                                skip):
                    continue                          # (a name between: passed over, as before src41)
                return c
            if not person or plural or low in ("i", "we", "you"):
                continue                              # `when I asked Sanders ..., he`: never the speaker
            if c is None:
                return None
            g = _gender(st, c)
            if g is not None and g != want:
                continue
            if _another_person(st, c, t.idx, tok.idx, want, skip) and not _subject_goes_on(st, t, tok, k, want, skip) \
                    and not _sayer_of_own_clause(t, tok):
                return None
            return c
        if want == "it":
            if person or plural or pos[i] not in ("NOUN", "PROPN", "PRON") or low in ("you", "we", "i"):
                continue
        elif want == "they":
            if person and plural:
                return None                           # `Obama and Clinton ... they`: no single actor
            if person or not plural:
                continue
        if c is None or c.key[0] not in ("S", "O", "G") or c.members:
            return None
        if st.sent_of[t.i] < k and _another_group(st, c, t.idx, tok.idx, want):
            return None                               # `Russia ... prompted NATO at its summit`
        return c
    if want in ("M", "F"):
        return _only_person_near(st, tok, want, skip)
    return None


NEAR_SENTENCES = 4      # how far back (in sentences) the one person of a pronoun's gender is looked for
ONE_PERSON = ("person_noun", "aged_noun", "harm_object", "suspect_as", "private_role", "kin", "person_female",
              "person_male")   # actor_words.tsv classes whose singular noun, as a group actor's word, is one person


@functools.lru_cache(maxsize=1)
def _one_person_words() -> frozenset[str]:
    return frozenset().union(*(lex.words(k) for k in ONE_PERSON))


def _described_person(st: ActorState, c: Optional[Cluster], t) -> Optional[str]:
    """A subject that describes one person, not by name (`a 14-year-old girl`, `the suspect`, `A spokesman for the
    mayor`): an actor of a description (D) or a group noun's actor (G) whose word here is a singular noun of a person,
    or such a noun no actor holds (`The man jumped out`); its gender from the noun (`girl`: F) or the actor's cues,
    "" when none tells, None for no such subject. Issue 11, src41."""
    if c is not None and (c.members or c.key[0] not in ("D", "G")) or t.pos_ != "NOUN":
        return None
    lemma = t.lemma_.lower()
    if (c is None or c.key[0] == "G") and lemma not in _one_person_words():
        return None
    if lemma in lex.words("person_female") or lemma in lex.words("kin_female"):
        return "F"
    if lemma in lex.words("person_male") or lemma in lex.words("kin_male"):
        return "M"
    return (_gender(st, c) if c is not None else None) or ""


NEW_PERSON = ("harm_object", "aged_noun", "suspect_as", "private_role", "private_person", "kin")   # actor_words.tsv
#   classes of the people a story's events bring in (`the driver`, `the victim`, `the man`): no name's description


def _named_by_description(st: ActorState, t, tok, want: str, skip=()) -> Optional[Cluster]:
    """`Not so with newcomer Ben Carson. The retired surgeon never won ..., and he suspended`: a subject `the` + a
    noun of a person's trade or standing (person_noun, none of NEW_PERSON) that no actor holds is the one person of the pronoun's gender named in the sentence before
    it or in its own before it, when only one is and no one is named between it and the pronoun; else None. src41."""
    lemma = t.lemma_.lower()
    if lemma not in lex.words("person_noun") or any(lemma in lex.words(k) for k in NEW_PERSON) or \
            not any(d.dep_ == "det" and d.lower_ == "the" for d in children(t)) or any(
            d.dep_ == "poss" or d.pos_ == "PROPN" for d in children(t)):
        return None                                   # (`the boy's father`, `the Iowa farmer`: another one)
    j = st.sent_of[t.i]
    _, one = _one_person(st, st.sentences[max(j - 1, 0)].start_char, t.idx, want, skip)
    if one is None or _another_person(st, one, t.idx, tok.idx, want, skip):
        return None
    return one


def _actor_of(st: ActorState, t) -> Optional[Cluster]:
    """The actor a token stands for: the one whose mention it heads, else, for a name, the person whose mention
    holds it (a mention cut by a sentence break, `U.S. | Secretary of State Madeleine Albright`, heads elsewhere)."""
    c = st.owner.get(t.i)
    if c is None and t.pos_ == "PROPN":
        end = t.idx + len(t)
        c = next((o for s, e, o in st.mentions.around(t.idx, end)
                  if s <= t.idx and end <= e and (s, e) in o.mentions and o.key[0] in ("P", "P?")), None)
    return c


def _noun_of(st: ActorState, t):
    """The noun a subject stands for: a relative pronoun's noun (`an architect who said`), a noun in apposition
    with a name its own name (`Ann Roe, a Harlow Book Prize winner who ...`), a subject with no actor the other
    subject of its verb that has one (the parse's reading of an apposition before a name), a subject with no actor
    the name in apposition to it (`Her brother, Marcus Dell, is accused ...`; src41)."""
    if t.lower_ in ("who", "that", "which") and t.head.dep_ == "relcl":
        t = _person_of_place(st, relative_head(t.head)) if t.lower_ == "who" else t.head.head
    if t.i not in st.owner and t.dep_ == "appos" and t.head.i in st.owner:
        t = t.head
    if t.i not in st.owner and t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN":
        t = next((o for o in children(t) if o.dep_ == "appos" and o.i in st.owner), t)
    if t.i not in st.owner and t.dep_ in ("nsubj", "nsubjpass"):     # `The daughter of Aung San, ..., Suu Kyi
        t = next((o for o in children(t.head) if o.dep_ == t.dep_ and o.i in st.owner), t)   # enjoyed`: one
    return t                                                       # subject in two words, one of them a name


def _person_of_place(st: ActorState, t):
    """A `who` clause the parse hung on the town after a person's name (`Melka Arvo, 31, of Ridgefield, Ohio, who
    faces`), or on a capitalised word of a description in apposition with the name (`Lee Sosa, an influential
    Hispanic Republican who said`), is about that person: from a proper noun no actor holds, up through
    `of`/`from`/`near`/`in` phrases and appositions (a few steps) to a person's name; else the noun itself. Issue 11,
    src43."""
    u = t
    for _ in range(4):
        if u.i in st.owner or u.pos_ != "PROPN":
            break
        if u.dep_ == "pobj" and u.head.dep_ == "prep" and u.head.lower_ in ("of", "from", "near", "in"):
            u = u.head.head
        elif u.dep_ in ("appos", "compound", "conj"):
            u = u.head
        else:
            break
    c = st.owner.get(u.i)
    return u if u is not t and c is not None and c.key[0] in ("P", "P?") else t


def _only_person_near(st: ActorState, tok, want: str, skip=()) -> Optional[Cluster]:
    """No subject decided: the one person of a compatible gender named (in any role) in the pronoun's sentence
    before it or in the sentence before (`when I asked Tom Ward whether he would ...`), if only one is; a
    person named there whom no actor stands for makes two. When neither names anyone of that gender, the
    sentences before are read one at a time, nearest first, up to NEAR_SENTENCES back: the first that names
    someone of that gender decides the same way (`For Mr. Cruz, the victory ... His strengths ... He could`).
    The actors of `skip` (a quote's speaker) are passed over."""
    if st.person_marks is None:
        _another_person(st, None, 0, 0, want)        # builds the marks
    k = st.sent_of[tok.i]
    sents = st.sentences
    end = tok.idx
    windows = [(sents[max(k - 1, 0)].start_char, tok.idx)]
    windows += [(sents[j].start_char, sents[j + 1].start_char) for j in range(k - 2, k - NEAR_SENTENCES - 1, -1)
                if j >= 0]
    for lo_char, hi_char in windows:
        found, c = _one_person(st, lo_char, min(hi_char, end), want, skip)
        if found:
            return c
    return None


def _one_person(st: ActorState, lo_char: int, hi_char: int, want: str, skip=()) -> tuple[bool, Optional[Cluster]]:
    """Whether anyone who may be `he`/`she` (`want`: M or F) is named in [lo_char, hi_char), the actors of `skip`
    aside, and the one person if only one is (None when two are, or a person no actor stands for, or someone
    a name possesses: `Aldridge's father`)."""
    if st.person_marks is None:
        _another_person(st, None, 0, 0, want)        # builds the marks
    lo = bisect.bisect_left(st.person_marks, lo_char, key=lambda m: m[0])
    found = set()
    only = None
    for s, o in st.person_marks[lo:]:
        if s >= hi_char:
            break
        if o is not None and any(o is x for x in skip):
            continue
        if o is None or _possessor_of_someone(st, s):
            return True, None
        g = _gender(st, o)
        if g is None or g == want:
            found.add(id(o))
            only = o
    return bool(found), (only if len(found) == 1 else None)


def _cataphora(st: ActorState, tok, want: str) -> Optional[Cluster]:
    """`For her part, Suu Kyi has faced ...`, `When he took office, Obama ...`: a pronoun in a phrase or clause put
    before its sentence's subject is that subject, when it is a person of the pronoun's gender (same sentence only)."""
    up, deps, k = heads(st.doc), strings(st.doc, "DEP"), tok.i   # (the heads walked as ints: no Token a step)
    while up[k] != k and deps[up[k]] != "ROOT":
        k = up[k]
    head, root = st.toks[k], st.toks[up[k]]
    if head.i == root.i or head.dep_ not in ("prep", "advcl", "npadvmod") or head.i > root.i:
        return None
    subj = next((c for c in children(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i < tok.i or subj.pos_ == "PRON" or tok.i in st.in_quote or subj.i in st.in_quote:
        return None
    c = _actor_of(st, subj)
    if c is None or c.key[0] not in ("P", "P?") or subj.tag_ in ("NNS", "NNPS") and not _named_person(c, subj) or \
            any(ch.dep_ == "conj" for ch in children(subj)):
        return None
    g = _gender(st, c)
    if g is not None and g != want or _another_person(st, c, tok.idx, subj.idx, want):
        return None
    return c


def _possessor_of_someone(st: ActorState, start: int) -> bool:
    """True when the name at this offset possesses a kin or person noun (`Aldridge's father`)."""
    span = char_span(st.doc, start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    t = span[0]
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "poss" and (t.head.lemma_.lower() in lex.words("kin") or is_person_title(t.head))


def _another_group(st: ActorState, c: Cluster, start: int, end: int, want: str = "it") -> bool:
    """True when another state, organisation or group of the pronoun's number is named between an antecedent in
    an earlier sentence and the pronoun (`it`, `its`, `they`): `the Justice Department` named between `The Miami
    relatives` and `they` is no other candidate for `they`."""
    for s, e, o in st.mentions.around(start, end):
        if start < s < end and o is not c and o.key[0] in ("S", "O", "G") and (s, e) in o.mentions:
            span = char_span(st.doc, s, e, alignment_mode="expand")
            plural = span is not None and (span.root.tag_ in ("NNS", "NNPS") or span.root.lower_ in
                                           lex.words("plural_noun") or
                                           any(t.dep_ == "conj" for t in children(span.root)))
            if plural == (want == "they") or span is None:
                return True
    return False


def _another_person(st: ActorState, c: Cluster, start: int, end: int, want: str, skip=()) -> bool:
    """True when another person who may be `he`/`she` is named between the antecedent and the pronoun
    (`Kaine commuted ... concerns he had been`): two candidates, no link."""
    if st.person_marks is None:
        marks = [(s, o) for o in st.clusters.values() if o.key[0] in ("P", "P?") for s, _ in o.mentions]
        marks += [(ent.start_char, None) for ent in entities(st.doc) if ent.label_ == "PERSON" and not any(
            s <= at < e and (s, e) in o.mentions
            for at in [ent.start_char + len(ent[0].text) - len(unglued(ent[0].text))]   # (`forJonathan`: ident39)
            for s, e, o in st.mentions.around(at, at))]   # a person no actor was made for
        st.person_marks = sorted(marks, key=lambda m: m[0])
    lo = bisect.bisect_right(st.person_marks, start, key=lambda m: m[0])
    for s, o in st.person_marks[lo:]:
        if s >= end:
            break
        if o is not None and _possessor_of_someone(st, s):
            return True                               # `Aldridge's father`: someone else who may be `he`
        if o is c or o is not None and any(o is x for x in skip):
            continue                                  # (`skip`: who cannot be meant, the clause's subject)
        g = _gender(st, o) if o is not None else None
        if g is None or g == want:
            return True
    return False


def _subject_goes_on(st: ActorState, t, tok, k: int, want: str, skip=()) -> bool:
    """A sentence's main subject `he`/`she`, its first subject, goes on from the main subject `t` of the sentence
    before (`Stewart told them he shot Cumby. He asked for ...`, `McConnell said it was wrong for Ginsburg to criticize
    Trump. He said ...`): the people named between only as objects, owners or in `of`/`for` phrases are no other
    candidates; one named as a subject of a verb there still is (`Kell met Hale, who said ... He`). Issue 11, src40."""
    deps, head = strings(st.doc, "DEP"), heads(st.doc)
    if st.sent_of[t.i] != k - 1 or deps[head[t.i]] != "ROOT" or deps[tok.i] != "nsubj" or deps[head[tok.i]] != "ROOT":
        return False
    if any(x.i < tok.i for x in st.subjects[k]) or t.i in st.in_quote:
        return False
    mine = _actor_of(st, t)
    lo = bisect.bisect_right(st.person_marks, t.idx, key=lambda m: m[0])
    for s, o in st.person_marks[lo:]:
        if s >= tok.idx:
            break
        if o is mine or o is not None and (any(o is x for x in skip) or _gender(st, o) not in (None, want)):
            continue
        span = char_span(st.doc, s, s + 1, alignment_mode="expand")
        if span is None:
            return False
        x = span[0]
        while deps[x.i] in ("compound", "flat") and head[x.i] != x.i:
            x = st.toks[head[x.i]]
        if deps[x.i] in ("nsubj", "nsubjpass", "appos", "conj", "ROOT") or _on_verb(st, x.i, head[t.i]):
            return False                              # a subject of its own, beside the antecedent or the main
    return True                                       # verb's object (`Kell met Hale. He ...`: either)


def _on_verb(st: ActorState, i: int, verb: int) -> bool:
    """Token i is an object of `verb` or of a preposition on it (`met Hale`, `met with Hale`)."""
    deps, head = strings(st.doc, "DEP"), heads(st.doc)
    if deps[i] == "pobj" and deps[head[i]] == "prep":
        i = head[i]
    return head[i] == verb and deps[i] in ("dobj", "dative", "iobj", "prep", "pobj")


def _clause_subject(tok):
    """The subject of the verb an object pronoun depends on (`Trump attacked him`, `Beck reminded Thor he`)."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    for _ in range(3):                 # `Trump attacked Obama, calling him`: a verb with no subject of its own
        subj = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or verb.head.i == verb.i:
            return subj                #  takes the subject of the verb it depends on
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return None


def _object_pronoun(st: ActorState, tok, speaker: Optional[Cluster] = None) -> None:
    """`him`, `her`, `them` as an object: the last person of that gender (a group, for `them`) named as a
    subject before it, never the subject of its own clause nor, in a quote, the speaker."""
    if tok.dep_ not in ("dobj", "pobj", "dative", "iobj") or (tok.lower_ == "her" and tok.dep_ == "poss"):
        return
    subject = _clause_subject(tok)
    own = _actor_of(st, _noun_of(st, subject)) if subject is not None else None
    skip = tuple(x for x in (own, speaker) if x is not None)   # `Erin Murphy, an aide who accompanied her`
    want = OBJECT[tok.lower_]
    found, c = False, None
    if want in ("M", "F"):
        c = _owner_of_thing_subject(st, tok, want, skip)
        found = c is not None
    if want in ("M", "F") and not found:   # `Christie attacked Rubio ... by calling him out`: the one other person
        found, c = _one_person(st, sentence_of(tok.doc, tok.i).start_char, tok.idx, want, skip)   # of its sentence, if one
    if not found:
        c = _antecedent(st, tok, want, skip=skip)
    if c is not None and c is not own and c is not speaker:
        add(st, c, tok.idx, tok.idx + len(tok))
        st.owner[tok.i] = c


def _named_person(c: Optional[Cluster], t) -> bool:
    """A person's name, whatever its tag: a capitalised surname ending in -s (`Sanders said he`, `Edwards`) is often
    tagged a plural noun by the parser, yet is one man or woman (dyad44)."""
    return c is not None and c.key[0] in ("P", "P?") and not c.members and t.text[:1].isupper()


def _sayer_of_own_clause(t, tok) -> bool:
    """`Ann Roe, contradicting Ward, said she had warned Ward ...`: a `he`/`she` subject of the clause said by the
    subject `t` of a verb of speech is that sayer, whoever is named between them (dyad44)."""
    verb = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and verb.head.i == t.head.i and \
        t.dep_ == "nsubj" and speech_verbs().get(t.head.lemma_.lower()) == "say"


def _owner_of_thing_subject(st: ActorState, tok, want: str, skip=()) -> Optional[Cluster]:
    """`Hale's confusing statements gave voters reasons to doubt him`, `Trump's latest meltdown is unhinged, even for
    him`: when the subject nearest before an object `him`/`her` in its sentence is a thing no actor holds (no word
    of a person or a group) owned by a person of the pronoun's gender, that owner, unless another such person is
    named between them; else None (dyad44)."""
    k = st.sent_of[tok.i]
    subj = next((t for t in reversed(st.subjects[k]) if t.i < tok.i), None)
    if subj is None or subj.pos_ != "NOUN" or _actor_of(st, subj) is not None or _person_or_group_word(subj):
        return None
    poss = next((p for p in children(subj) if p.dep_ == "poss"), None)
    c = _actor_of(st, poss) if poss is not None else None
    if c is None or c.key[0] not in ("P", "P?") or c.members or any(c is o for o in skip):
        return None
    g = _gender(st, c)
    if g is not None and g != want or _another_person(st, c, poss.idx, tok.idx, want, skip):
        return None
    return c


def _person_or_group_word(t) -> bool:
    """A noun that names people (a title or group noun of titles.tsv, a person, kin or staff word): `Trump's aides`,
    `his father` are others than their owner."""
    lemma = t.lemma_.lower()
    return bool(lex.titles().get(t.lower_) or lex.titles().get(lemma)) or lemma in _one_person_words() or \
        t.ent_type_ in ("PERSON", "NORP", "ORG")                  # (`ONE_PERSON` holds person_noun and kin)


def _statement_issuer(st: ActorState, k: int) -> Optional[Cluster]:
    """For a quote no speaker of which is linked, that holds no speaker or a paper one (`the statement said`): the
    actor that put out a statement (actor_words `statement_noun`, object of a `statement_verb`) as the subject of
    the sentence before the quote or of the quote's own sentence before it - `TSU released a statement thanking the
    police. "We commend the detectives ..."`: the quote is the statement's words, its `we` TSU (src42). None for a statement put out by two or more (`TSU and
    the city released a statement`: `we` is all of them, no one actor; review42)."""
    q = st.quotes[k]
    if q.speaker is not None and \
            st.ctx.text[q.speaker.start:q.speaker.end].split()[-1].lower() not in lex.words("statement_noun"):
        return None
    doc = st.doc
    span = char_span(doc, q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    here = st.sent_of[span.start]
    lo = st.sentences[here - 1].start if here > 0 else st.sentences[here].start
    nouns, verbs = lex.words("statement_noun"), lex.words("statement_verb")
    for t in tokens(doc)[lo:span.start]:
        if t.dep_ == "dobj" and t.lower_ in nouns and t.head.lemma_.lower() in verbs and t.i not in st.in_quote:
            subj = next((s for s in children(t.head) if s.dep_ == "nsubj"), None)
            if subj is not None and any(x.dep_ == "conj" for x in children(subj)):
                return None       # (`The union and the council issued a statement`: `we` is both, no one actor's;
                #                    review42)
            c = _actor_of(st, _noun_of(st, subj)) if subj is not None else None
            if c is None and subj is not None:
                c = next((st.owner[x.i] for x in children(subj) if x.dep_ == "compound" and x.i in st.owner),
                         None)            # (`The Teamsters union issued`: the name before the body's noun)
            if c is not None and not c.members and c.key[0] != "D":
                return c          # (not `The lawyer for the union released ...`: whose `we` a description's is unsure)
    return None


def _quoted_pronoun(st: ActorState, tok, speaker: Optional[Cluster]) -> None:
    """A pronoun inside a quote: `I`, `me` are its speaker; `we`, `us` too when the speaker is a
    state, organisation or group; `he`, `she`, `they`, `him`, `them` someone named before as a subject outside
    the quotes who is not the speaker (a quote's speaker talks of others in the third person)."""
    low = tok.lower_
    if tok.i in st.owner:
        return
    if low in FIRST_PERSON or low in WE:
        if speaker is None or speaker.members or (low in WE) == (speaker.key[0] in ("P", "P?")):
            return
        add(st, speaker, tok.idx, tok.idx + len(tok))
        st.owner[tok.i] = speaker
        return
    if low in OBJECT and tok.dep_ != "poss":
        _object_pronoun(st, tok, speaker)
        return
    if not (low in ("he", "she", "they") and tok.dep_ in ("nsubj", "nsubjpass") or
            low in ("his", "her") and tok.dep_ == "poss" and not _kin_head(tok) and not _others_of(tok)):
        return
    want = pronoun_antecedents()[low]
    skip = (speaker,) if speaker is not None else ()
    c = None
    if want in ("M", "F"):             # `"I think Trump will be tougher ..., but I think he is causing`: the one
        c = _one_person(st, sentence_of(tok.doc, tok.i).start_char, tok.idx, want, skip)[1]   # person of its sentence first
    if c is None:
        c = _antecedent(st, tok, want, skip=skip)
    if c is not None and c is not speaker:
        add(st, c, tok.idx, tok.idx + len(tok))
        st.owner[tok.i] = c


def _pronoun(st: ActorState, tok) -> None:
    low = tok.lower_
    if tok.i in st.owner:
        return                                        # a quote speaker already linked
    if low in OBJECT and tok.dep_ != "poss":
        _object_pronoun(st, tok)
        return
    if low in ("he", "she", "it", "they"):
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return
        if low == "it" and (tok.head.lemma_ in lex.words("expletive_head") or tok.head.pos_ in ("ADJ", "AUX")):
            return                                    # `it is important that ...`, `make it difficult`
    elif tok.dep_ != "poss":
        return
    elif _kin_head(tok):
        return                                        # `His mother said`: the mother speaks, not he (a
        #                                               participant `His mother` must not take his code)
    want = pronoun_antecedents()[low]
    c = _antecedent(st, tok, want, described=True)
    if c is not None and _other_story(st, c, tok.idx):
        c = None                                      # `...--Kim Hjelmgaard. ... she`: the next story's woman
    if c is not None:
        if low in ("he", "she") and is_be(tok.head):
            described_as_subject(st, c, tok)          # `He is now host of ...`
        add(st, c, tok.idx, tok.idx + len(tok))
        st.owner[tok.i] = c                           # a later pronoun may refer through this one
        st.owner[tok.i] = c


def _other_story(st: ActorState, c: Cluster, at: int) -> bool:
    """True when the actor's last mention before `at` lies in an earlier story of a news digest (codes.digest_stories):
    a pronoun never reaches back over a writer's signature."""
    cuts = _story_ends(st.ctx.text)
    before = max((s for s, _ in c.mentions if s < at), default=None)
    return bool(cuts) and before is not None and bisect.bisect_right(cuts, before) != bisect.bisect_right(cuts, at)


@functools.lru_cache(maxsize=4)
def _story_ends(text: str) -> tuple[int, ...]:
    return tuple(b for _, b in digest_stories(text))


def _others_of(tok) -> bool:
    """A possessive pronoun in a quote of people or a body of its own (`his people`, `her adviser`, `his
    campaign`, `the administration`): the participant is they, not the pronoun's person."""
    head = tok.head
    lemma = head.lemma_.lower()
    kinds = lex.titles().get(head.lower_) or lex.titles().get(lemma) or {}
    return head.tag_ in ("NNS", "NNPS") or bool(kinds) or lemma in lex.words("contest") or \
        lemma in lex.words("staff") or lemma in lex.org_words()


def _kin_head(tok) -> bool:
    """A possessive pronoun of a kin or relation noun (`his mother`, `her lawyer`)."""
    return tok.head.lemma_.lower() in lex.words("kin") or tok.head.lemma_.lower() in lex.words("relation")


def _event_noun(tok) -> bool:
    """`tok` is an event noun of events' lexicon (event_patterns.tsv `noun`: `loan`, `sanctions`, `invasion`): what
    stands after its `for` or `of` takes part in the event (review52a)."""
    from ..events.lexicon import load             # (here: the events package imports the actors package)
    nouns = load().nouns
    return tok.lemma_.lower() in nouns or tok.lower_ in nouns


def _coref_noun(st: ActorState, tok, noun: lex.CorefNoun) -> None:
    """A description headed by a coreference noun joins the nearest compatible actor named before it."""
    doc = st.doc
    dets = [ch for ch in children(tok) if ch.dep_ == "det"]
    poss = [ch for ch in children(tok) if ch.dep_ == "poss"]
    mods = [ch for ch in children(tok) if ch.dep_ in ("amod", "compound") and ch.i < tok.i]
    plural = tok.tag_ in ("NNS", "NNPS")
    if noun.kind == "other":
        if not poss:
            return
    elif not dets or dets[0].lower_ not in ("the", "this", "that") or poss:
        return
    if noun.kind in ("state", "org", "other") and plural or noun.kind == "group" and not plural:
        return
    if noun.needs_mod and not mods or any(p.dep_ == "prep" and p.lower_ == "of" for p in tok.rights):
        return                                        # `the state`, `the state of Ohio`
    if noun.kind == "state" and tok.dep_ == "pobj" and tok.head.lower_ in lex.words("locative"):
        return                                        # `in the country illegally`: a place, not the state
    if noun.kind == "state" and tok.dep_ == "pobj" and tok.head.lower_ in lex.words("nation_preposition") and \
            tok.head.head.pos_ == "NOUN" and tok.head.head.i < tok.i and tok.text.islower() and \
            not _event_noun(tok.head.head) and not is_person_title(tok.head.head):
        return                                        # `a bad sign for the country`, `the founding of this country`:
        #                                               the nation as a whole, no state acting (act52b); not `a loan
        #                                               for the country`, `an invasion of the country` (an event's
        #                                               party), `the ambassador for the country` (whose office) nor
        #                                               a name's `State` (review52a)
    if any(hit_at(st, m.i) for m in mods):
        return                                        # `the Syrian state`: named there, not referred back
    s_char = (poss[0] if poss else dets[0]).idx
    e_char = tok.idx + len(tok)
    generic = None
    generics = []
    for s, e, c in st.mentions.around(s_char, e_char):       # the mentions touching the description
        if s < e_char and s_char < e and (s, e) in c.mentions:
            if c.key[0] == "G" and c.country is None and s == s_char and e == e_char:
                generics.append(c)                 # `the rebels` with no country: may be re-linked
            elif not (poss and e <= tok.idx):      # the possessor's own mention is fine
                return
    if generics:                                   # the last such actor in the order the actors were made
        order = {id(c): k for k, c in enumerate(st.clusters.values())} if len(generics) > 1 else {}
        generic = max(generics, key=lambda c: order.get(id(c), 0))
    window = st.sent_of[tok.i] - 2
    found = None
    if noun.kind in ("state", "other"):
        not_iso = None
        if noun.kind == "other":
            p = poss[0]
            pc = st.owner.get(p.i)
            if pc is None and p.lower_ in pronoun_antecedents():
                _pronoun(st, p)
                pc = st.owner.get(p.i)
            h = hit_at(st, p.i)
            not_iso = pc.country if pc is not None else (h[1] if h and h[0] in ("CTRY", "CAP") else None)
            if not_iso is None:
                return
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        bound = set()                                 # `Egypt urged the Jewish state`: not Egypt itself
        if verb is not None and tok.dep_ not in ("nsubj", "nsubjpass"):
            for subj in children(verb):
                if subj.dep_ in ("nsubj", "nsubjpass"):
                    for t in [subj, *subj.conjuncts]:
                        h = hit_at(st, t.i)
                        if h and h[0] in ("CTRY", "CAP"):
                            bound.add(h[1])
        marks = st.country_marks
        for k in range(bisect.bisect_left(marks, s_char, key=lambda m: m[0]) - 1, -1, -1):
            start, iso = marks[k]                     # the marks before the description, nearest first
            t = char_span(doc, start, start + 1, alignment_mode="expand")
            if t is None or st.sent_of[t.start] < window:
                break
            if iso and iso != not_iso and iso not in bound:
                found = state_actor(st, iso)
                break
    else:
        # the nearest mention before the description of an organisation (or a group) that fits the noun, among
        # the mentions since the start of the window's first sentence (one further back is too far anyway)
        sents = st.sentences
        lo = sents[max(window, 0)].start_char
        best = None
        kinds = ("O", "S") if noun.kind == "group" else ("O",)
        media = any(m.lower_ in lex.words("media_modifier") for m in mods)
        for s, e, c in st.mentions.around(lo, s_char):
            if not lo <= s < s_char or (best is not None and s < best[0]) or (s, e) not in c.mentions:
                continue
            if c.key[0] not in kinds or (c.sector == "MED") != media or c.members:
                continue                           # `the news organization`: an outlet, and only there
            if noun.sectors and c.sector not in noun.sectors:
                continue
            if noun.kind == "group" and c.sector != "REB":
                continue
            if best is None or s > best[0] or best[1] is not c and _made_before(st, c, best[1]):
                best = (s, c)                      # at the same offset the actor made first, as a scan would
        if best is not None:
            t = char_span(doc, best[0], best[0] + 1, alignment_mode="expand")
            if t is not None and st.sent_of[t.start] >= window:
                found = best[1]
    if found is None:
        return
    if generic is not None:
        generic.mentions.discard((s_char, e_char))
    add(st, found, s_char, e_char)
    st.owner[tok.i] = found


def _made_before(st: ActorState, a: Cluster, b: Cluster) -> bool:
    """True when actor a was made before actor b (comes first in `st.clusters`)."""
    for c in st.clusters.values():
        if c is a:
            return True
        if c is b:
            return False
    return False
