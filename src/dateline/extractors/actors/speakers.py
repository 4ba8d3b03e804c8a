"""Pass 6, speakers: each quote speaker joins the actor its name resolves to (`state.speaker_of`)."""
from __future__ import annotations

from typing import Optional

from ...lexicon import actors as lex
from ...records import Mention
from ..quotes.lexicon import given_names
from .people import _apply_title, _title_before
from .common import add, cluster, hit_at, line_at, rank_cut
from .descriptions import STATE_SECTORS, told_with
from ..spans import SpanBag, char_span, children, without_possessive
from .state import EITHER, ActorState, Cluster


class _Mentions:
    """Every actor's mentions in a SpanBag (kept up to date as this pass adds some), with each actor's
    place in `st.clusters`, so lookups by span cost the mentions near it."""

    def __init__(self, st: ActorState):
        self.st = st
        self.bag = SpanBag()
        self.order: dict[int, int] = {}
        self.seen: dict[int, set] = {}
        self.sync()

    def sync(self, only: Optional[Cluster] = None) -> None:
        """Take in new actors, and the new mentions of `only` (or of every actor)."""
        for c in self.st.clusters.values():
            if id(c) not in self.order:
                self.order[id(c)] = len(self.order)
                self.seen[id(c)] = set()
            if only is not None and c is not only:
                continue
            new = c.mentions - self.seen[id(c)]
            for s, e in sorted(new):
                self.bag.add(s, e, c)
            self.seen[id(c)] |= new


def _place_first_word(name: str) -> bool:
    """A name of two words or more (a leading `the` aside) whose first word opens no actor's name (non_actors.tsv
    `first`: `Calle`, `Parque`, `Hurricane`): never a quote's speaker (act36e)."""
    words = name.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    return len(words) > 1 and words[0].lower() in lex.non_actor_first_words()


def speakers(st: ActorState) -> None:
    """Every quote speaker joins the actor of the name it resolves to (or a new person)."""
    idx = _Mentions(st)
    for k, q in enumerate(st.quotes):
        sp = q.speaker
        if sp is None or st.ctx.skipped(sp.start, sp.end):
            continue
        if sp.start <= q.start and q.end <= sp.end:
            continue                              # `the "Never Ames" movement said`: the quoted words name the
            #                                       speaker (a scare-quoted name in its noun phrase), no one speaks
            #                                       them, and the name in them is not the speaker (act55c)
        c = _pronoun_kin(st, idx, sp.start, sp.end)   # `his mother said`: she, not the boy `his` stands for
        name = sp.name
        if name is not None and (after := _name_after_rank(st, name) or _name_after_title(st, name)) is not None:
            name = sp = after                         # `said Sgt. Lena Marsh` cut after `Sgt.`: she (ident41b);
            #                                           `Chair of Harbour Rowing, Ada Quince said` (act51b)
        if name is not None and q.start <= name.start < q.end and _he_or_she(st, sp.start, sp.end):
            name = None                               # `"Medicare for all ...," she said`: a name in the quote
        if c is None and name is not None and _owned_by_another(st, idx, name, sp.start, sp.end):
            name = None                               # `Pawlenty's spokesman said`: not the leader named before
        elif c is None and name is not None and _another_full_name(st, idx, name, sp.start, sp.end):
            name = sp                                 # `"...," Gregory Cooper said` resolved to Joshua Cooper: the
            #                                           name the speaker is written as decides (ident39)
        spans = [] if c is not None else ([(name.start, name.end)] if name else []) + [(sp.start, sp.end)]
        if c is None and name is not None and getattr(_cluster_at(idx, sp.start, sp.end), "key", ())[2:3] == (EITHER,):
            spans = [(sp.start, sp.end)]          # `Tom Vell and Ann Vell ... Vell said`: the bare surname's own
            #                                       actor, not the full name the quote's speaker was resolved to
            #                                       (people.py `_either_namesake`, ident50)
        for s, e in spans:
            c = _cluster_at(idx, s, e)
            if c is not None and _kin_of(st, idx, c, s, e):
                c = None                          # `Donald Trump's eldest daughter` is not Donald Trump
                break
            if c is not None:
                break
        if c is not None and c.key[0] not in ("P", "P?", "D") and _he_or_she(st, sp.start, sp.end):
            continue                              # `he` said is a person, never an organisation or a state
        if c is not None and _other_gender(st, c, sp.start, sp.end):
            continue                              # `she said` is not Bernie Sanders (left to coref)
        if c is not None and c.key[0] in ("P", "P?") and _plural(st, sp.start, sp.end):
            continue                              # `The lawyers said` is not the one person the quote names
        if c is not None and _former_for_present(st, c, sp.start, sp.end):
            continue                              # `Former Attorney General Eric Holder ... The attorney general
            #                                       said`: the office's holder now, not the one who left it
        if c is None and name is not None and any(w[:1].isupper() for w in name.text.split()) and \
                name.text.strip().lower() not in _PRONOUNS and not _subheading(st, name.start, name.end):
            span = char_span(st.doc, name.start, name.end, alignment_mode="expand")
            if span is not None and any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in span) and \
                    not all(t.is_stop or t.is_punct for t in span) and \
                    not (span[-1].dep_ == "compound" and not any(t.ent_type_ == "PERSON" for t in span)):
                #                                   (`Much of Beck's ire`: no name; `National Guard` of `National
                #                                   Guard armories`, a thing's modifier, is no person either)
                written = without_possessive(name.text)   # (`'s`, `’s`, `‘s` alike, fix38a)
                end = name.start + len(written)
                titled = _titled_speaker(st, span)
                if titled is None and lex.non_actor_name(written):
                    continue                      # `Sanders' Medicare for all plan ... He said`: a programme,
                    #                               never a new person (a whole name of non_actors.tsv; act36a)
                if titled is None and any(s <= name.start and end <= e for s, e, _ in st.nameless.around(name.start, end)):
                    continue                      # `Micah 6:8 reads: ``...''`: a book cited (hits.py `_citations`),
                    #                               no speaker (act53a)
                if titled is None and _place_first_word(written):
                    continue                      # `marched around the Parque Central chanting ``...''`: a
                    #                               place's name (non_actors.tsv `first`), no speaker (act36e)
                if titled is not None:            # `Dublin Mayor Marilee Chinnici-Zuercher said`: the title's
                    at, info = titled             # sector and country, the name after it (act33)
                    written = written[span[at].idx - name.start:]
                    c = cluster(st, ("P?", written), written)
                    _apply_title(c, info)
                else:
                    c = cluster(st, ("P?", written), written)
                    title = lex.titles().get(written.lower(), {}).get("person") if " " not in written else None
                    if title is not None and c.sector is None and c.role is None:
                        c.sector, c.role = title.sector, title.role   # `Dispatcher: "Where are you?"`, a transcript's
                        #                                               label of one title word: the title's (act53b)
                add(st, c, name.start, end)
                idx.sync(c)
        if c is None or (c.key[0] in ("P", "P?") and _body_speaker(st, sp.start, sp.end)):
            continue                              # `"...with Zimmerman," the company wrote`: no person (act36b)
        st.speaker_of[k] = c                      # (`her initial statement`: hers, as before)
        if not _names_other(idx, c, sp.start, sp.end) and _personal(st, sp.start, sp.end) and \
                not _other_calling(st, c, sp.start, sp.end):
            add(st, c, sp.start, sp.end)
            idx.sync(c)


def _name_after_rank(st: ActorState, name) -> Optional[Mention]:
    """The name after a speaker that is a lone short rank or title (actor_words.tsv `rank_cut`) the sentence splitter
    cut from it at its period (`"...," said Sgt. Lena Marsh`: `Sgt` the speaker, `Lena Marsh` the next sentence's
    subject): the capitalised words after the period, else None (ident41b)."""
    if name.text.lower().rstrip(".") not in lex.words("rank_cut"):
        return None                               # (a word test first: most speakers are no rank)
    toks = st.doc
    span = char_span(toks, name.start, name.end, alignment_mode="expand")
    if span is None or len(span) != 1 or not rank_cut(toks, span.end):
        return None
    k = span.end + (span.end < len(toks) and toks[span.end].text == ".")
    e = k
    while e < len(toks) and (toks[e].text[:1].isupper() and toks[e].is_alpha or toks[e].text in ("-", "'")) and \
            toks[e].lower_.rstrip(".") not in lex.words("rank_cut"):
        e += 1
    if e - k < 2 or not any(t.ent_type_ == "PERSON" for t in toks[k:e]):
        return None                               # a full name the tagger takes for a person
    start, end = toks[k].idx, toks[e - 1].idx + len(toks[e - 1].text)
    return Mention(start=start, end=end, text=st.ctx.text[start:end])


def _name_after_title(st: ActorState, name) -> Optional[Mention]:
    """The person's name after a speaker that is only a title, its body after it and a comma (`Chair of Harbour
    Rowing, Ada Quince said`, `Deputy Minister for Fisheries, Tom Arkwright said`): the capitalised words
    after the comma that the tagger takes for a person, else None; a title alone names nobody (act51b)."""
    words = name.text.split()
    if not words or not all(w.lower().rstrip(".") in lex.title_words() for w in words):
        return None                               # (a word test first: most speakers are names)
    toks = st.doc
    span = char_span(toks, name.start, name.end, alignment_mode="expand")
    if span is None:
        return None
    k = span.end
    if k < len(toks) and toks[k].lower_ in ("of", "for"):
        k += 1
        stop = min(len(toks), k + 8)
        while k < stop and toks[k].text != "," and (toks[k].text[:1].isupper() or toks[k].lower_ in ("the", "of", "and")):
            k += 1
    if k >= len(toks) or toks[k].text != ",":
        return None
    k += 1
    e = k
    while e < len(toks) and toks[e].ent_type_ == "PERSON" and toks[e].text[:1].isupper():
        e += 1
    if e - k < 2:
        return None                               # a full name the tagger takes for a person
    start, end = toks[k].idx, toks[e - 1].idx + len(toks[e - 1].text)
    return Mention(start=start, end=end, text=st.ctx.text[start:end])


def _titled_speaker(st: ActorState, span):
    """(k, title) for a speaker's name that the tagger took for no person (`Dublin Mayor Marilee Chinnici-Zuercher`, a
    work of art to it) whose words before its k-th are a title the people pass reads (`_title_before`) and whose
    words from the k-th on are a name of capitalised words; else None (act33)."""
    if any(t.ent_type_ == "PERSON" for t in span):
        return None
    for k in range(1, len(span) - 1):
        rest = span[k:]
        if not all(t.text in ("-", "–") or t.text[:1].isupper() and t.is_alpha and t.lower_ not in lex.title_words()
                   for t in rest):
            continue
        info = _title_before(st, span[k].i)
        if info is not None and info.sector:
            return k, info
        return None
    return None


def _former_for_present(st: ActorState, c: Cluster, start: int, end: int) -> bool:
    """True when a speaker that is a bare description of an office (`the attorney general`, no name and no
    `former`) would go to a person who no longer holds an office on the article's date."""
    span = char_span(st.doc, start, end, alignment_mode="expand")
    if span is None or any(t.pos_ == "PROPN" or t.lower_ in lex.words("former") for t in span) or \
            span.root.lower_ not in lex.title_words():
        return False
    role = c.person.at(st.day)[2] if c.person is not None and st.day else c.role
    return bool(role) and role.startswith("former ")


def _pronoun_kin(st: ActorState, idx: _Mentions, start: int, end: int) -> Optional[Cluster]:
    """A speaker span that is a kin or relation noun owned by a possessive pronoun (`his mother`, `her
    husband`, `their lawyer`) or by a person's name (`Marlow's closest ally`, ident52) with no name of its own:
    someone other than the owner, an actor of its own (a private person of no known country), or the one the
    descriptions pass made for that span."""
    span = char_span(st.doc, start, end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    lemma = head.lemma_.lower()
    tie = lemma in lex.words("relation") or lemma in lex.words("speaker_tie")
    if lemma not in lex.words("kin") and not tie and not _owned_person_noun(head):
        return None
    owner = _person_owner(st, span, head)         # `Marlow's closest ally said` (ident52)
    if owner is None and (len(span) > 4 or any(t.pos_ == "PROPN" for t in span) or not any(
            k.dep_ == "poss" and k.pos_ == "PRON" and span.start <= k.i < span.end for k in children(head))):
        return None
    if owner is not None and head.i - owner.i > 5:
        return None
    named = next((k for k in children(head) if k.dep_ == "appos" and k.pos_ == "PROPN"), None)
    if named is not None:                         # `his wife, Ann Hale, said`: the name decides
        ns, ne = named.left_edge.idx, named.idx + len(named)
        return _cluster_at(idx, ns, ne)
    s_char, e_char = span.start_char, span.end_char
    same = next((o for ms, me, o in idx.bag.around(s_char, e_char) if (ms, me) == (s_char, e_char)
                 and o.key[0] == "D"), None)
    if same is not None:
        return same
    title = lex.titles().get(lemma, {}).get("person")
    sector = None if tie else "CVL" if lemma in lex.words("kin") else \
        (title.sector if title is not None and title.sector else "CVL")   # `his pastor`: REL; `his doctor`: CVL
    c = cluster(st, ("D", lemma, s_char), span.text, role=lemma, sector=sector)
    add(st, c, s_char, e_char)
    st.taken.append((s_char, e_char))
    idx.sync(c)
    return c


def _person_owner(st: ActorState, span, head):
    """The token of a person's name that owns the head noun of a speaker span, right before its `'s`, or modifies it
    after `a`/`an` (`a Cruz ally`), holding every proper noun of the span (`Marlow's closest ally`, `Hillary Clinton's
    right-hand woman`), else None: the speaker is someone the named person has, an actor of its own, as with `his
    mother` (ident52)."""
    owner = next((k for k in children(head) if k.dep_ == "poss" and k.pos_ == "PROPN" and
                  span.start <= k.i < head.i and k.i in st.person_at), None)
    if owner is None and any(k.dep_ == "det" and k.lower_ in ("a", "an") for k in children(head)):
        owner = next((k for k in children(head) if k.dep_ == "compound" and k.pos_ == "PROPN" and
                      span.start <= k.i < head.i and k.i in st.person_at), None)   # `a Cruz ally said`
    return owner if owner is not None and all(t.i <= owner.i for t in span if t.pos_ == "PROPN") else None


def _owned_person_noun(head) -> bool:
    """True for one person named by a noun of a person that is no staff word (actor_words.tsv `person_noun` less
    `staff`: `his longtime personal physician`, `her lawyer`): someone the possessor has, not the possessor; a
    spokesman or an aide (`his spokesman said`) is left to speak for the possessor, a plural (`his supporters`) is a
    group made elsewhere. Not a group's (`its leader said`, `their founder`: a member speaking for it), nor a title
    of the state (`his foreign minister said`: left, as a spokesman, to the possessor's side)."""
    lemma = head.lemma_.lower()
    if any(k.dep_ == "poss" and k.lower_ in lex.words("group_possessive") for k in children(head)):
        return False
    title = lex.titles().get(lemma, {}).get("person")
    if title is not None and title.sector in STATE_SECTORS:
        return False
    return head.tag_ == "NN" and lemma in lex.words("person_noun") and lemma not in lex.words("staff") and \
        lemma not in lex.words("private_aide")


def _owned_by_another(st: ActorState, idx: _Mentions, name, start: int, end: int) -> bool:
    """True when a speaker span outside its resolved name is a title or kin noun owned by a capitalised name
    (`Pawlenty's spokesman said`) that is a word of neither the name's actor nor its mentions, and whose title or kin
    noun is in neither its role nor its mentions: the possessor's spokesman, not the person the name resolved to
    (ident39; `Obama's spokesman said` after `White House spokesman Josh Earnest` stays his). So for a thing the
    possessor wrote (`Hartmann's motion said`, resolved to the killer the motion is about). The name may also have
    resolved to a body (`"O"`: `the Spurs boss said`, a modifier owner, `_modifier_owner`, ident40)."""
    if name.start < end and start < name.end:
        return False
    span = char_span(st.doc, start, end, alignment_mode="expand")
    if span is None or not 3 <= len(span) <= 8:
        return False                              # (`A Chili's Grill & Bar spokesperson`: 7 tokens)
    head = span[-1]
    lemma = head.lemma_.lower()
    if lemma not in lex.words("kin") and head.lower_ not in lex.title_words() and head.pos_ != "NOUN":
        return False                              # (a thing the possessor wrote: `Hartmann's motion said`)
    owner = next((t.nbor(-1) for t in span[1:-1] if t.text in ("'s", "’s") and t.nbor(-1).pos_ == "PROPN" and
                  t.nbor(-1).text[:1].isupper()), None)
    owner = owner or _modifier_owner(span)        # `the Spurs boss said` (ident40)
    if owner is None or hit_at(st, owner.i) or lex.place_country(owner.text):
        return False                              # (`Ohio's governor said`: a place's, left as before)
    c = _cluster_at(idx, name.start, name.end)
    if c is None or c.key[0] not in ("P", "P?", "O"):
        return False
    title = lex.titles().get(lemma, {}).get("person")
    if title is not None and c.role and title.role == c.role:
        return False
    text = st.ctx.text
    said = " ".join([c.name, c.role or "", *(text[s:e] for s, e in c.mentions)]).lower()
    return owner.lower_ not in said.split() and head.lower_ not in said and lemma not in said and \
        not told_with(st, c, owner)               # (`Tessaro Systems named Ann Roe its chief executive`: her own
    #                                               body's, review39)


def _modifier_owner(span):
    """The capitalised name right before a speaker description's lower-case head, as its modifier (`the Spurs boss`,
    `a Vance aide`: `Spurs`, `Vance`), when the description opens with a determiner and holds no other capital
    (ident40: a description of someone of that name's side, not of the person the quote stage resolved it to)."""
    head = span[-1]
    if span[0].dep_ != "det" or not head.is_lower or len(span) != 3:
        return None
    mod = span[1]
    return mod if mod.pos_ == "PROPN" and mod.dep_ == "compound" and mod.head.i == head.i and \
        mod.text[:1].isupper() and mod.text.isalpha() else None


def _another_full_name(st: ActorState, idx: _Mentions, name, start: int, end: int) -> bool:
    """True when a speaker span outside its resolved name is itself a full name - two capitalised words or more, the
    first a given name - whose given name is no word of the resolved person's name (`Gregory Cooper said` given the
    name `Joshua Cooper` by the quote pass): another person (ident39)."""
    if name.start < end and start < name.end:
        return False
    words = [w for w in st.ctx.text[start:end].split() if not (len(w) == 2 and w.endswith("."))]
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                           for w in words) or words[0].lower() not in given_names():
        return False
    c = _cluster_at(idx, name.start, name.end)
    if c is None or c.key[0] not in ("P", "P?"):
        return False
    known = {w.lower() for w in c.name.split()}
    if c.person is not None:
        known |= {w.lower() for form in c.person.aliases for w in form.split()}
    return words[0].lower() not in known and not _familiar_given(words[0], c.name)


def _familiar_given(given: str, name: str) -> bool:
    """True when a speaker's given name is a familiar form of the person's (given_forms.tsv: `Joe Harlan said` of
    Joseph Harlan): the same person, named again (ident40). (ident41 took out a `given_form_names()` test before
    `same_given`: the one caller passes a given name that is no word of the name, and `same_given` of a name
    given_forms.tsv does not hold is then False.)"""
    parts = name.split()
    return len(parts) > 1 and lex.same_given(given, parts[0])


def _kin_of(st: ActorState, idx: _Mentions, c: Cluster, start: int, end: int) -> bool:
    """True when the person's mention is only the possessor in the span, of a kin, title or staff noun
    (`Donald Trump's eldest daughter`, `Clinton's spokesman`): the span names someone else."""
    span = char_span(st.doc, start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return False
    head = span[-1]
    if head.lemma_.lower() not in lex.words("kin") and head.lower_ not in lex.title_words():
        return False
    return any(t.text in ("'s", "’s") and any(o is c and ms <= t.idx - 1 < me for ms, me, o in idx.bag.around(
        t.idx - 1, t.idx)) for t in span[:-1])


_PRONOUNS = frozenset(("i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them"))
_CALLINGS = frozenset(("MED", "CVL", "EDU", "BUS", "REL"))     # who is no office holder, candidate or officer
_OFFICES = frozenset(("PTY", "GOV", "LEG", "JUD", "MIL", "COP", "SPY"))


def _other_calling(st: ActorState, c: Cluster, start: int, end: int) -> bool:
    """A speaker span that is a description of an office or candidacy (`the Democratic presidential candidate`)
    given to a person known as a journalist, a private person, a scholar, a business or a cleric: someone else."""
    span = char_span(st.doc, start, end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN" or c.sector not in _CALLINGS:
        return False
    words = [t.lower_ for t in span if t.dep_ != "det"]
    for n in range(min(len(words), 4), 0, -1):
        title = lex.titles().get(" ".join(words[-n:]), {}).get("person")
        if title is not None:
            return title.sector in _OFFICES
    return False


def _plural(st: ActorState, start: int, end: int) -> bool:
    """A speaker span headed by a plural common noun or `they` (`The lawyers`, `his aides`)."""
    span = char_span(st.doc, start, end, alignment_mode="expand")
    return span is not None and (span.root.tag_ == "NNS" or span.root.lower_ in ("they", "we"))


def _other_gender(st: ActorState, c: Cluster, start: int, end: int) -> bool:
    """A `he`/`she` speaker span whose person is known (given name, honorific) to be of the other gender."""
    word = st.ctx.text[start:end].strip().lower()
    if word not in ("he", "she") or c.key[0] not in ("P", "P?"):
        return False
    words = c.name.split()
    g = given_names().get(words[0].lower()) if len(words) > 1 else None
    return g is not None and g.upper() != ("M" if word == "he" else "F")


def _he_or_she(st: ActorState, start: int, end: int) -> bool:
    return st.ctx.text[start:end].strip().lower() in ("he", "she", "him", "her")


def _subheading(st: ActorState, start: int, end: int) -> bool:
    """A name that is a whole short line in title case (a subheading), not a speaker."""
    line = line_at(st, start, end).strip()
    words = [w for w in line.split() if w[:1].isalpha()]
    return 0 < len(line) < 60 and len(words) >= 2 and all(w[0].isupper() for w in words) and \
        not any(ch in line for ch in ".,;:\"“”")


def _body_speaker(st: ActorState, start: int, end: int) -> bool:
    """A speaker span that is a body or a paper, no person (`the company`, `the paper's editorial board`, `a Richmond
    County sheriff's report`): headed by a common noun of actor_words.tsv `body_speaker`, or of `paper_speaker` that
    no personal pronoun owns (`her initial statement`: the pronoun's person may still be the one who speaks) (act36b)."""
    span = char_span(st.doc, start, end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN":
        return False
    lemma = span.root.lemma_.lower()
    if lemma in lex.words("paper_speaker"):
        return not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children(span.root))
    return lemma in lex.words("body_speaker")


def _personal(st: ActorState, start: int, end: int) -> bool:
    """A speaker span that names a person: a pronoun, a name, or a title (not `the advertisement`); a title word that
    only modifies a noun of no person (`The intelligence community`, `The first incident`) names none (ident52)."""
    span = char_span(st.doc, start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("PRON", "PROPN") or t.lower_ in lex.title_words() and
                                    (t.i == span.root.i or t.dep_ not in ("compound", "amod")) for t in span)


def _names_other(idx: _Mentions, c: Cluster, start: int, end: int) -> bool:
    """True when a span is already covered by a mention of this actor or overlaps another actor's."""
    near = list(idx.bag.around(start, end))
    if any(o is c and s <= start and end <= e for s, e, o in near):
        return True
    return any(min(e, end) > max(s, start) for s, e, o in near if o is not c)


def _cluster_at(idx: _Mentions, start: int, end: int) -> Optional[Cluster]:
    """The actor being built with a mention overlapping [start, end): a person first, then the largest
    overlap, then the tightest mention (then the actor met first)."""
    best = None
    for s, e, c in idx.bag.around(start, end):
        ov = min(e, end) - max(s, start)
        if ov > 0:
            rank = (c.key[0] in ("P", "P?"), ov, -(e - s), -idx.order[id(c)])
            if best is None or rank > best[0]:
                best = (rank, c)
    return best[1] if best else None
