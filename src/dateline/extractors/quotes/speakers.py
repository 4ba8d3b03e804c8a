"""Speakers of quotes: the subject of the cue in the parse, its mention span, and the full name it leads back to."""
from __future__ import annotations

import bisect
import functools
from typing import Optional

from ...records import Mention, Speaker
from ..spans import entities, string_ids, text as doc_text, where
from .lexicon import given_names, person_titles, possessives, pronoun_genders, title_genders
from ..spans import children, glued_quote_cut, heads, span_chars, tokens, without_possessive
from ..token_strings import strings

_SUBJ = ("nsubj", "nsubjpass")
_CLIMB = ("conj", "xcomp", "advcl", "ccomp", "acl", "pcomp", "prep")
_TOLD = ("ccomp", "xcomp", "conj")   # clauses of a speaker's verb whose he/she tells the speaker's gender
_NOUN_UP = ("dobj", "pobj", "attr", "npadvmod", "oprd")
_RELATIVE = frozenset("who that which whom".split())
_LEFT = ("compound", "amod", "poss", "det", "nmod", "nummod", "case", "flat", "punct")
_NOUNISH = ("PROPN", "NOUN", "PRON")
_WHEN = frozenset(("DATE", "TIME"))
_PHRASE_REACH = 8      # tokens from a description to the comma after its own phrase (`envoy to the UN,`)
_GENDER_REACH = 40     # tokens after a named subject within which its first he/she tells its gender


@functools.lru_cache(maxsize=1)
def _kin() -> frozenset[str]:
    """Kin nouns (actor_words.tsv `kin`: `daughter`, `wife`): a relative is someone other than the people named."""
    from ...lexicon import actors as lex
    return frozenset(lex.words("kin"))


@functools.lru_cache(maxsize=1)
def _definite() -> frozenset[str]:
    """The determiners of a definite description: the, this, that, his, her, their, its."""
    return frozenset(("the", "this", "that")) | possessives()


def speaker_head(cue, qs: int, qe: int):
    """The head token of the speaker mention of a cue (a tuple of tokens), outside the quote [qs, qe)."""
    def outside(t):
        return t is not None and not (qs <= t.idx < qe)

    first = cue[0]
    if first.lower_ == "according":
        to = cue[-1]
        obj = next((c for c in children(to) if c.dep_ == "pobj"), None)
        if outside(obj):
            return obj
        return _next_noun(to, qs, qe)
    v = first
    if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in _NOUNISH and outside(v.head) and \
            v.head.i == v.i - 1 and v.head.dep_ not in ("dobj", "pobj"):
        return v.head                           # a subject noun with its participle: `Clinton saying "..."`
    if v.tag_ == "VBG" and v.i and tokens(v.doc)[v.i - 1].pos_ == "PROPN" and outside(tokens(v.doc)[v.i - 1]) and \
            tokens(v.doc)[v.i - 1].ent_type_ not in _WHEN and \
            not any(c.dep_ in _SUBJ for c in children(v)):
        return tokens(v.doc)[v.i - 1]                   # a name right before the participle: `of Clinton asking`
    for _ in range(6):
        if v.pos_ in ("NOUN", "PROPN") and v.dep_ in _NOUN_UP and v.head.i != v.i:
            v = v.head                          # `urged supporters ..., saying`: up to the clause of the noun
            continue
        subj = next((c for c in children(v) if c.dep_ in _SUBJ), None)
        if subj is not None and subj.ent_type_ in _WHEN:
            break                               # `said Saturday` parsed as a subject
        if subj is not None:
            if outside(subj) and subj.pos_ in _NOUNISH + ("NUM", "X", "ADJ"):
                return subj
            break
        if v.dep_ == "relcl" and outside(v.head):
            return v.head
        if v.dep_ == "acl" and v.head.dep_ == "ROOT" and v.head.pos_ in ("PROPN", "NOUN") and outside(v.head):
            return v.head                       # `Trump, the nominee, seized on it, calling X "rigged"`: the
            # apposition made the finite verb a participle of the name, the parse's root
        if (v.dep_ not in _CLIMB and v.tag_ != "VBG") or v.head.i == v.i:
            break
        v = v.head
    return _next_noun(first, qs, qe) or _misplaced_subject(first) or _prev_noun(first, qs, qe)


def _prev_noun(t, qs: int, qe: int):
    """The nearest name, noun or pronoun just before t in its clause, when the parse gave t no subject."""
    doc = t.doc
    for k in range(t.i - 1, max(-1, t.i - 6), -1):
        n = tokens(doc)[k]
        if qs <= n.idx < qe or n.is_space or n.text in ('"', "“", "”", "''", "`", "``", ".", ";", ":"):
            return None
        if n.pos_ in ("PROPN", "PRON", "NOUN") and n.ent_type_ not in _WHEN and n.dep_ not in ("pobj", "dobj"):
            return n
    return None


def speaker_after(cue, qs: int, qe: int):
    """Speaker of a cue right after its quote: `"...," X said` or `"...," said X`, by position first."""
    v = cue[0]
    if v.lower_ == "according":
        return speaker_head(cue, qs, qe)
    doc = v.doc
    for k in range(v.i - 1, -1, -1):
        if tokens(doc)[k].idx < qe:
            break
    else:
        k = -1
    between = [n for n in tokens(doc)[k + 1:v.i] if n.idx >= qe and not n.is_punct and not n.is_space]
    for n in between:
        if n.pos_ in _NOUNISH and n.ent_type_ not in _WHEN:
            first = n
            while n.dep_ in ("compound", "flat", "poss") and n.head.i > n.i and n.head.i < v.i:
                n = n.head
            return _named_after(first, n, v.i)
    if between and len(between) <= 3 and between[-1].pos_ in ("ADJ", "X") and between[0].pos_ == "DET":
        return between[-1]                      # `the editorial read`, tagged oddly
    return speaker_head(cue, qs, qe)


def _next_noun(t, qs: int, qe: int):
    """The first noun, name or pronoun after t (inverted cues: `said Lavrov`), as its phrase head."""
    doc = t.doc
    for k in range(t.i + 1, min(len(doc), t.i + 7)):
        n = tokens(doc)[k]
        if qs <= n.idx < qe or n.text in ('"', "“", "”", "''", "`", "``") or n.is_space or n.text in ".?!":
            return None
        if (n.pos_ in _NOUNISH or n.lower_ == "one") and n.ent_type_ not in _WHEN and n.dep_ != "pobj":
            first = n
            while n.dep_ in ("compound", "flat") and n.head.i > n.i:
                n = n.head
            if n.dep_ in _SUBJ and n.head.i != t.i and n.head.i > n.i:
                return None                     # `said that fact speaks ...`: the subject of the reported clause
            return _named_after(first, n, len(doc))
    return None


_LEAD_TAGS = ("PROPN", "NOUN", "ADJ")       # words of a title or a place before a name: `Oversight ranking Democrat`
_LEAD_REACH = 6                             # tokens from the first word of a speaker phrase to its person's name


def _named_after(first, n, stop: int):
    """The person a speaker phrase leads up to when the parse cut it before the name (ev36c): from the phrase's first
    word `first` (a place, an office, a title; not a person, not a pronoun) over title words, participles and hyphens
    only (no preposition, determiner, comma or conjunction: `the lawyer for X` is the lawyer) to a PERSON name before
    `stop` (an entity, or a given name and a proper noun the NER missed), that name's last word; else n (the head
    the parse gave). `Ohio-based Ann Hale said`, `said Budget ranking
    Democrat Ann Hale`: Ann Hale, not Ohio or Budget."""
    if first.ent_type_ == "PERSON" or n.ent_type_ == "PERSON" or first.pos_ == "PRON":
        return n
    toks = tokens(first.doc)
    for k in range(first.i + 1, min(stop, first.i + _LEAD_REACH + 1, len(toks))):
        w = toks[k]
        if w.pos_ == "PROPN" and (w.ent_type_ == "PERSON" or _given_then_name(toks, k, stop)):
            while k + 1 < stop and toks[k + 1].pos_ == "PROPN" and toks[k + 1].ent_type_ in ("PERSON", ""):
                k += 1
            return n if k + 1 < len(toks) and toks[k + 1].tag_ == "POS" else toks[k]   # (`Ms. Kell's aide`: the aide)
        if not (w.pos_ in _LEAD_TAGS or w.tag_ in ("VBG", "VBN") or w.text == "-"):
            return n
    return n


def _named_past_phrase(h):
    """The person named between commas after a description's own prepositional phrase, which the parse often hangs
    on that phrase (`Sudan's envoy to the UN, Ali Idris, said`): the name's last word, else None. Only over a
    preposition and a short name or noun phrase without a comma, and a PERSON name (or a given name and a surname)
    closed by a comma."""
    toks = tokens(h.doc)
    k = h.i + 1
    if k >= len(toks) or toks[k].dep_ != "prep" or toks[k].head.i != h.i:
        return None
    for k in range(h.i + 2, min(len(toks), h.i + _PHRASE_REACH)):
        if toks[k].text == ",":
            break
        if not (toks[k].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "ADP") and toks[k].ent_type_ != "PERSON"):
            return None
    else:
        return None
    first = last = k + 1
    if first < len(toks) and toks[first].ent_type_ == "PERSON" and toks[first].ent_iob_ == "B":
        while last + 1 < len(toks) and toks[last + 1].ent_iob_ == "I":
            last += 1
    elif first < len(toks) and toks[first].pos_ == "PROPN" and _given_then_name(toks, first, len(toks)):
        while last + 1 < len(toks) and toks[last + 1].pos_ == "PROPN" and last - first < 3:
            last += 1                             # (a given name and a surname the tagger did not call a person)
    else:
        return None
    return toks[last] if last + 1 < len(toks) and toks[last + 1].text == "," else None


def _given_then_name(toks, k: int, stop: int) -> bool:
    """toks[k] is a given name (given_names.tsv) with a proper noun after it before `stop`."""
    return toks[k].lower_ in given_names() and k + 1 < stop and toks[k + 1].pos_ == "PROPN"


def _misplaced_subject(v):
    """`Sanders, who sits ..., said`: a name the parse made subject of a clause before the cue, not of the cue."""
    for c in children(v):
        if c.i < v.i and c.dep_ in ("ccomp", "advcl", "parataxis"):
            subj = next((g for g in children(c) if g.dep_ in _SUBJ), None)
            if subj is not None and subj.pos_ == "PROPN" and subj.i < c.i:
                return subj
    return None


def speaker_span(h) -> tuple[int, int]:
    """Character span of the speaker mention headed by h: a pronoun, a name, or a short description."""
    if h.pos_ == "PRON":
        return h.idx, h.idx + len(h)
    left = h
    for c in h.lefts:
        if c.dep_ in _LEFT and c.left_edge.i < left.i:
            left = c.left_edge
    while left.i < h.i and (left.is_punct or left.is_space):
        left = tokens(left.doc)[left.i + 1]       # (a blanked dateline the parse hung on the name: `MILWAUKEE -
    right = h                                     # Donald Trump said` is Donald Trump; lead44)
    for c in h.rights:
        if c.dep_ in ("flat", "compound") and c.i == right.i + 1:
            right = c
    start, toks = left.idx, tokens(h.doc)
    for i in range(left.i, h.i + 1):              # `older audiences,"Katie Packer`: the name after a quote mark the
        cut = glued_quote_cut(toks[i].text)       # tokenizer glued to the word before it (fix38a)
        if cut:
            start = toks[i].idx + cut
    return start, right.idx + len(right)


def clause_gender(t, quoted) -> Optional[str]:
    """`m`/`f` from the `he`/`she` subject of a clause hung on the verb whose subject is token t, after it (`Vell said
    she bakes`, `Vell said, and she showed ...`), not one inside a quote (`quoted(char offset)`: `Vell said, "She
    works too hard."`) nor one of a clause further down with a subject of its own (`Vell said, adding that the
    mayor promised she would ...`: the mayor's); else None. What tells which of two people of one surname a bare
    surname is, for a quote's speaker here and for the actor's mention (people.`_shared_pick`) alike (review43b:
    a walk over the sentence's every word here, the complements only but quotes too there, so the quote's speaker
    and the actor holding its mention could differ)."""
    if t.dep_ not in _SUBJ:
        return None
    return next((pronoun_genders()[x.lower_] for c in children(t.head) if c.dep_ in _TOLD and c.i > t.i
                 for x in children(c) if x.dep_ in _SUBJ and x.lower_ in ("he", "she") and not quoted(x.idx)), None)


class Resolver:
    """Leads speaker mentions back to a full-name mention: surnames, pronouns and descriptions."""

    def __init__(self, doc, quoted=()) -> None:
        """`quoted`: the (start, end) character spans of the quotations, in order: a capitalised word the tagger
        tags as no person is no antecedent inside them (`"... Magnificent," said the Spurs boss`, act37a)."""
        toks = tokens(doc)
        q_starts = [a for a, _ in quoted]

        def in_quote(i: int) -> bool:
            k = bisect.bisect_right(q_starts, i) - 1
            return k >= 0 and i < quoted[k][1]
        self.doc = doc
        self._in_quote = in_quote
        self.full: dict[str, Mention] = {}       # surname (lower) -> first full-name mention
        self._people: dict[str, dict[str, Mention]] = {}   # surname -> given name (lower) -> its first full mention
        self._chains: dict[str, Mention] = {}    # the same from proper-noun compounds the NER missed
        self.ents = []                           # (start_char, end_char, label) of every entity
        self._ante: list[tuple[int, Mention]] = []   # people as subjects and speakers, by position
        self._titled: list[tuple[int, str, Mention]] = []   # people named with a title noun right before or in
        #                                                    apposition: (start, the noun, lower case, the name)
        persons = []
        for ent in entities(doc):
            self.ents.append((ent.start_char, ent.end_char, ent.label_))
            if ent.label_ != "PERSON":
                continue
            s, e = _trim(ent)
            if s is None:
                continue
            persons.append((ent, s, e))
            before = toks[s - 1] if s > 0 else None
            if before is not None and before.is_alpha and before.pos_ in ("NOUN", "PROPN"):
                self._titled.append((ent.start_char, before.lower_, _mention(doc, s, e)))   # `Investigator Lena
            for c in children(ent.root):                                                    # Brask`, `Lena Brask,
                if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > ent.root.i:             # an investigator,`
                    self._titled.append((ent.start_char, c.lemma_.lower(), _mention(doc, s, e)))
            if e - s >= 2:
                key = toks[e - 1].lower_
                m = _mention(doc, s, e)
                self.full.setdefault(key, m)
                self._people.setdefault(key, {}).setdefault(toks[s].lower_, m)
        self._shared = {k: v for k, v in self._people.items() if len(v) > 1}
        self._reported: dict[int, int] = {}     # a complement clause's subject (start) -> its verb's person's
        for ent, s, e in persons:
            if ent.root.dep_ in _SUBJ and in_quote(ent.start_char):
                continue                            # `"Donald has been threatening to sue me," he told reporters`:
                #                                     whom a quote speaks of is not who speaks next
            if ent.root.dep_ in _SUBJ:
                m = self._own_full(s, e) or _mention(doc, s, e)
                self._ante.append((ent.start_char, m))
                by = _reporter(ent.root)
                if by is not None:
                    self._reported[ent.start_char] = by
            elif ent.root.dep_ == "appos" and ent.root.head.dep_ in _SUBJ and ent.root.head.pos_ == "NOUN" and \
                    e - s >= 2 and ent.root.head.head.dep_ in ("ROOT", "conj"):   # (a main clause's: not `said the
                #                                 commander, Baha al-Ata, had planned attacks. "...," he said`; lead43)
                #                                 `Hughes' sister, Tanya Hughes, said`: a full name told beside the
                self._ante.append((ent.start_char, _mention(doc, s, e)))   # subject noun is the subject (its own
                #                                 mention: the surname's first full one may be a relative's; lead42)
        titles = person_titles()
        # proper nouns alone (found at C speed), their parse read off the columns (`strings`, `heads`: no Token made
        # for a word's `.head`, no string made anew at each `.dep_`, speed37b)
        pos, deps, kinds, up = strings(doc, "POS"), strings(doc, "DEP"), strings(doc, "ENT_TYPE"), heads(doc)
        for i in where(doc, "POS", string_ids(["PROPN"])):
            kind = kinds[i]
            if i and deps[i - 1] == "compound" and up[i - 1] == i and kind in ("", "PERSON", "ORG"):
                s = i - 1
                while s > 0 and pos[s - 1] == "PROPN" and deps[s - 1] == "compound":
                    s -= 1
                while s < i and toks[s].lower_.rstrip(".") in titles:
                    s += 1
                if s < i:                           # `Mayor Ana Ruiz` with no entity: Ana Ruiz
                    self._chains.setdefault(toks[i].lower_, _mention(doc, s, i + 1))
            if deps[i] in _SUBJ and kind in ("", "ORG") and i + 1 < len(toks) and pos[i + 1] != "PROPN" \
                    and not in_quote(toks[i].idx):
                t = toks[i]
                self._ante.append((t.idx, self._full(t.lower_) or Mention(start=t.idx, end=t.idx + len(t), text=t.text)))
                by = _reporter(t)
                if by is not None:
                    self._reported[t.idx] = by
        self._ante.sort(key=lambda x: x[0])
        self._ent_starts = [x[0] for x in self.ents]
        self._gender = self._genders(persons)

    def _genders(self, persons) -> dict[int, str]:
        """Gender of full-name mentions (by start): a title (Mr, Mrs, Ms), a given name, or the first he/she
        that follows the name as subject before another person is named."""
        doc, names, out = self.doc, given_names(), {}
        person_starts = sorted(ent.start for ent, _, _ in persons)
        for ent, s, e in persons:
            m = self._own_full(s, e) or _mention(doc, s, e)
            if m.start in out:
                continue
            g = None
            for k in range(max(0, ent.start - 1), s):
                g = g or title_genders().get(tokens(doc)[k].lower_.rstrip("."))
            g = g or names.get(tokens(doc)[s].lower_) if e - s >= 2 else g
            if g is None and ent.root.dep_ in _SUBJ:
                nxt = bisect.bisect_right(person_starts, ent.start)
                stop = min(len(doc), ent.end + _GENDER_REACH,
                           person_starts[nxt] if nxt < len(person_starts) else len(doc))
                g = next((pronoun_genders()[t.lower_] for t in tokens(doc)[ent.end:stop]
                          if t.dep_ in _SUBJ and t.lower_ in ("he", "she")), None)
            if g is not None:
                out[m.start] = g
        return out

    def spoke(self, speaker: Speaker) -> None:
        """Remember a resolved speaker as an antecedent for later pronouns and descriptions."""
        if speaker.name is not None:
            keys = [x[0] for x in self._ante]
            self._ante.insert(bisect.bisect_right(keys, speaker.start), (speaker.start, speaker.name))

    def resolve(self, h, s: int, e: int) -> Optional[Mention]:
        """The full-name mention the speaker headed by h (span s:e) refers to, if it can be told."""
        low = h.lower_
        if low in _RELATIVE and h.head.dep_ == "relcl" and h.head.head.pos_ in _NOUNISH:
            n = h.head.head                     # `Smith, who said`: the noun the clause is about
            return self.resolve(n, *speaker_span(n))
        if h.pos_ == "PRON":
            return self._antecedent(s, pronoun_genders().get(low)) if low in pronoun_genders() else None
        if h.pos_ == "PROPN" or h.ent_type_:
            key = without_possessive(low)         # (`'s`, `’s`, `‘s` alike, fix38a)
            if key in self._shared:                 # `Ann Vell said` beside `Tom Vell`: her own full name
                ent = self._ent_at(h.idx)
                if ent is not None and len(doc_text(self.doc)[ent[0]:ent[1]].split()) >= 2:
                    return self.resolve_name(ent[0], ent[1])
            m = (self._lone(key, h.i) if key in self._shared else None) or self._full(key)
            if m is not None:
                return m
            ent = self._ent_at(h.idx)
            if ent is not None:
                return _mention_chars(self.doc, ent[0], ent[1])
            return _mention_chars(self.doc, s, e)
        if h.pos_ == "NOUN" and h.tag_ == "NN" and any(
                c.dep_ in ("det", "poss") and (c.lower_ in _definite() or c.dep_ == "poss") for c in children(h)):
            named = next((c for c in h.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None) \
                or _named_past_phrase(h)
            if named is not None:                 # `Cooke's daughter, Susan Cooke Kittredge, said`: the name
                return self.resolve(named, *speaker_span(named))   # after it, not the person named last (act37a)
            if h.lemma_.lower() in _kin() and any(c.dep_ == "poss" for c in children(h)):
                return None                       # `Cooke's daughter said`: a relative, not the person named last
            titled = self._titled_by(h, s)
            if titled is not None:                # `said Investigator Lena Brask ... Hale had "...", the
                return titled                     # investigator said`: the one the text gives that title, not
            #                                       the person named last (ident53)
            return self._antecedent(s)
        return None

    def resolve_name(self, s: int, e: int) -> Mention:
        """The full-name mention for a name written out at s:e (its surname's first full mention, or itself)."""
        text = doc_text(self.doc)[s:e]
        last = text.split()[-1].lower() if text.split() else ""
        if last in self._shared:                  # two people of the surname: the one the name or the text tells
            words = [w for w in text.lower().split() if w.rstrip(".") not in title_genders() and
                     w.rstrip(".") not in person_titles()]
            if len(words) >= 2 and words[0] in self._people[last]:
                return self._people[last][words[0]]
            if len(words) >= 2:                   # a third given name: itself; a word that is none: as before
                return Mention(start=s, end=e, text=text) if words[0] in given_names() else \
                    self._full(last) or Mention(start=s, end=e, text=text)
            toks = tokens(self.doc)
            i = next((t.i for t in toks if t.idx >= e - len(text.split()[-1])), None)
            return (self._lone(last, i) if i is not None else None) or self._full(last)
        return self._full(last) or Mention(start=s, end=e, text=text)

    def _titled_by(self, h, pos: int) -> Optional[Mention]:
        """The person last named before pos with the noun h as a title right before the name or in apposition
        (`Investigator Lena Brask`, `Lena Brask, an investigator,`), when the article names no other person so
        titled with another name: the one a definite description of that noun (`the investigator said`) stands
        for (ident53). None when none is, or two people of different names are."""
        words = {h.lower_, h.lemma_.lower()}
        found = [m for at, noun, m in self._titled if at < pos and noun in words]
        if not found or len({m.text.split()[-1] for m in found}) > 1:
            return None
        return found[-1]

    def _full(self, key: str) -> Optional[Mention]:
        return self.full.get(key) or self._chains.get(key)

    def _own_full(self, s: int, e: int) -> Optional[Mention]:
        """The first full mention of the person named at tokens s:e: of its own given name where two people of
        the article bear the surname (`Tom Vell ... Ann Vell`: each hers or his own, ident43), else the surname's."""
        toks = tokens(self.doc)
        key = toks[e - 1].lower_
        if self._shared and key in self._shared and e - s >= 2:
            return self._people[key].get(toks[s].lower_)
        return self.full.get(key)

    def _by_gender(self, key: str, g: Optional[str]) -> Optional[str]:
        """The one given name of the surname's people whose gender is g (given_names.tsv), if only one is."""
        names = given_names()
        fit = [given for given in self._people[key] if names.get(given) == g]
        return fit[0] if g is not None and len(fit) == 1 else None

    def _lone(self, key: str, i: int) -> Optional[Mention]:
        """The person a surname alone at token i names, of two or more named people bearing it (ident43): the one
        its `Mr.`/`Mrs.`/`Ms.` or the `he`/`she` of its own clause tells by gender (`Ann Vell ... Tom Vell ... Mr.
        Vell said`, `Vell said she bakes`); else None, and the surname's first full mention stands, as before (the
        story's person is most often named first: `Bill Clinton: Hillary ...` then `Clinton said, "She ...`)."""
        toks = tokens(self.doc)
        t = toks[i]
        g = title_genders().get(toks[i - 1].lower_.rstrip(".")) if i > 0 else None
        if g is None:
            g = clause_gender(t, self._in_quote)
        given = self._by_gender(key, g)
        m = self._people[key].get(given) if given is not None else None
        return m if m is not None and m.start < t.idx else None   # (one named only later: not told)

    def _antecedent(self, pos: int, gender: Optional[str] = None) -> Optional[Mention]:
        """The latest person before pos, skipping those known to be of another gender than the pronoun's; a subject
        of a clause that is another person's verb's complement is passed over for that person (`Eric Vell wrote that
        Tom Vell had not paid. "...," he wrote`: Eric; ident44)."""
        keys = [x[0] for x in self._ante]
        i = bisect.bisect_left(keys, pos)
        for k in range(i - 1, max(-1, i - 9), -1):
            start, m = self._ante[k]
            if gender is None or self._gender.get(m.start, gender) == gender:
                by = self._reported.get(start)
                if by is not None and by < start:
                    j = bisect.bisect_left(keys, by)
                    if j < len(keys) and keys[j] == by and (
                            gender is None or self._gender.get(self._ante[j][1].start, gender) == gender):
                        return self._ante[j][1]
                return m
            if gender is None:
                break
        return None

    def _ent_at(self, char: int):
        i = bisect.bisect_right(self._ent_starts, char) - 1
        if i >= 0 and self.ents[i][0] <= char < self.ents[i][1]:
            return self.ents[i]
        return None


def _reporter(root) -> Optional[int]:
    """The start (character) of the person subject of the verb whose complement clause the subject token `root` heads
    (`Eric Vell wrote that Tom Vell had not paid`, `Na saw that Choi led`, `Ward was wise enough to know Harlow were
    stooges`: the first's, for the second's `root`; over `xcomp`/`acomp` links up to the verb with a subject), else
    None."""
    v = root.head
    while v.dep_ == "conj" and v.head.i < v.i:
        v = v.head
    if v.dep_ != "ccomp":
        return None
    u = v.head
    for _ in range(4):
        subj = next((c for c in u.children if c.dep_ in _SUBJ and c.i < v.i), None)
        if subj is not None or u.dep_ not in ("xcomp", "acomp", "conj") or u.head.i == u.i:
            break
        u = u.head
    if subj is None or subj.ent_type_ != "PERSON":
        return None
    toks = tokens(subj.doc)
    k = subj.i
    while k > 0 and toks[k].ent_iob_ == "I":
        k -= 1
    return toks[k].idx


def _trim(ent):
    """Token bounds of a person entity without leading titles or a trailing possessive."""
    s, e = ent.start, ent.end
    doc = ent.doc
    toks = tokens(doc)
    while e > s and toks[e - 1].tag_ == "POS" or (e > s and toks[e - 1].is_punct):
        e -= 1
    titles = person_titles()
    while s < e and (toks[s].text.endswith(".") and len(toks[s]) <= 5 or toks[s].pos_ != "PROPN"
                     or toks[s].lower_.rstrip(".") in titles):
        s += 1
    return (s, e) if e > s else (None, None)


def _mention(doc, s: int, e: int) -> Mention:
    start, end, text = span_chars(doc, s, e)      # (the Span's offsets and text, without making it)
    return _mention_chars(doc, start, end, text)


def _mention_chars(doc, s: int, e: int, text: Optional[str] = None) -> Mention:
    """The mention of a name at characters s:e, without a possessive in any apostrophe at its end (`Trump‘s`)
    nor a word and a quote mark the tokenizer glued before it (`audiences,"Katie Packer`, fix38a)."""
    text = doc_text(doc)[s:e] if text is None else text
    bare = without_possessive(text)
    text, e = bare, s + len(bare)
    cut = glued_quote_cut(text)
    return Mention(start=s + cut, end=e, text=text[cut:])
