"""Anonymous sources (act56b, issue 11): `sources familiar with the search said`, `a Harlow source said`, `according to
unnamed sources close to the mayor`. GUIDE.md (session 49): anonymous sources who speak are a required group
with the sector of those they are close to; a source that neither speaks nor is tied to anyone is no actor (`the
source of the outbreak`, `energy sources`)."""
from __future__ import annotations

from ...lexicon import actors as lex
from ..quotes.lexicon import speech_verbs
from ..spans import children
from .common import add, cluster
from .codes import told_country
from .employees import _employer
from .state import ActorState

_FROM = ("from", "at", "within", "inside")   # `a source from the health ministry`, `sources at Harlow Foods` (review56a)
DEFAULT_SECTOR = "CVL"   # a private informant, when no owner, word or tie says whose they are (the read gold's
#                          sources tied to no one are CVL four times in five: `sources in the meetings`, `local sources`)


def anonymous_sources(st: ActorState) -> None:
    """One group actor for the article's plural sources and one person for its singular ones, each speaking (the
    subject of a verb of saying, `according to` them) or tied to what they know (actor_words.tsv `source_tie`), with
    no `of` after them and no word of a thing on them (`source_thing`). A named owner before the noun (`a Harlow
    source`, `White House sources`) gives its country and sector; else the one the tie names (`close to the
    governor`); else a group word's before it (`police sources` COP); else CVL (DEFAULT_SECTOR), and the home country
    from `codes`. Nothing is added where an actor already holds the noun."""
    nouns = lex.words("source_noun")
    if not st.text_holds(nouns):
        return
    ties, things, says = lex.words("source_tie"), lex.words("source_thing"), speech_verbs()
    text = st.ctx.text
    last = None
    for tok in st.toks:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or not (tok.text[:1].islower() or tok.is_sent_start):
            continue
        kids = children(tok)
        words = {k.lower_ for k in kids}
        if "of" in words or words & things:
            continue                               # `the source of the outbreak`, `energy sources`
        if any(k.dep_ == "compound" and k.pos_ == "NOUN" and k.i < tok.i for k in kids) and \
                _word_sector(tok, kids) is None:
            continue                               # `wind sources`: a noun before it that names no people
        tied = bool(words & ties) or any(k.i > tok.i and k.lower_ in lex.words("source_tie_after") for k in kids)
        speaks = tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and says.get(tok.head.lemma_.lower()) == "say" or \
            tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
        if not (tied or speaks):
            continue
        if any((s, e) in c.mentions for s, e, c in st.mentions.around(tok.idx, tok.idx + len(tok))):
            continue                               # an actor holds it already
        start, end = _span(tok, kids)
        if any((s, e) in c.mentions and start <= s and e <= end for s, e, c in st.mentions.around(start, end)):
            start, end = _span(tok, [k for k in kids if k.i < tok.i])   # `sources quoted by the Harlow Courier`:
            #                                                             the outlet's mention stays its own
        owner = _owner(st, tok, kids)
        plural = tok.tag_ in ("NNS", "NNPS")
        if plural and owner is None and last is None and text[start:end].lower() == "the " + tok.lower_:
            continue                               # `The sources said` with no group of sources before it: they
            #                                        are a group the text named in words no rule read (review56a:
            #                                        `Security sources said ... The sources said`, a CVL group)
        body = _body_after(st, tok, kids) if owner is None else None
        sector = owner.sector if owner is not None and owner.sector else body[0] if body is not None else \
            _word_sector(tok, kids) or DEFAULT_SECTOR
        country = owner.country if owner is not None else body[1] if body is not None else None
        if country is None:                        # `Egyptian sources`, `Local sources` under a Nairobi dateline
            country = told_country(st, [tok] + ([body[2]] if body is not None else []))
        tail = (country or "", owner.name if owner is not None else "")
        if plural:
            own = text[start:end].lower().removeprefix("the ")
            if own != tok.lower_ or last is None:   # words of its own (`sources close to the mayor`, `police
                last = key = ("G", sector, "sources") + tail + (own,)   # sources`) open a group; `the sources
            else:                                                       # said` is the group last opened
                key = last
        else:
            key = ("D", "source", sector) + tail
        c = cluster(st, key, text[start:end], sector=sector, role="sources" if plural else "source",
                    country=country)
        add(st, c, start, end)


def _body_after(st: ActorState, tok, kids) -> "tuple | None":
    """(sector, country, token) of the body a source is `from`, `at` or `within` (`a responsible source from the health
    ministry`, `sources at Harlow Foods`): an organisation an actor holds, or a lower-case noun of a workplace
    (actor_words.tsv `employer_gov`, `employer_bus`, as for staff); None else. A place is no body (`sources in Lima`
    tell where, not whose; review56a)."""
    for p in kids:
        if p.i > tok.i and p.dep_ == "prep" and p.lower_ in _FROM:
            for o in children(p):
                if o.dep_ != "pobj":
                    continue
                held = [c for s, e, c in st.mentions.around(o.idx, o.idx + len(o))
                        if (s, e) in c.mentions and s <= o.idx < e]
                if o.text[:1].isupper() and any(c.key[0] != "O" for c in held):
                    continue                       # `a source from Egypt`: a place (a state's lower-case ministry
                    #                                it holds, `from Egyptian ministry of health`, is its government)
                found = _employer(st, o)
                if found is not None:
                    return found[0], found[1], o
    return None


def _span(tok, kids) -> tuple[int, int]:
    """The noun with its determiner and modifiers before it and, after it, an adjective of a tie with its
    complement (`sources familiar with the search`), never past a comma."""
    left = min([k.left_edge.i for k in kids if k.i < tok.i and k.dep_ in ("det", "amod", "compound", "nummod", "poss")] +
               [tok.i])
    right = tok.i
    for k in kids:
        if k.i > tok.i and k.dep_ in ("amod", "prep") and not any(
                t.is_punct for t in tok.doc[tok.i + 1:k.right_edge.i + 1]):
            right = max(right, k.right_edge.i)
    doc = tok.doc
    return doc[left].idx, doc[right].idx + len(doc[right])


def _word_sector(tok, kids) -> "str | None":
    """The sector a group or person word before the noun gives (titles.tsv: `police sources` COP, `military sources`
    MIL, `government sources` GOV; else group_sectors.tsv: `law enforcement sources` COP); None when none does."""
    for k in kids:
        if k.i < tok.i and k.dep_ in ("compound", "amod") and k.lower_ not in lex.words("source_rank"):
            for sector in ("SPY", "MIL", "GOV"):           # `an intelligence source` SPY, `security sources` MIL,
                if k.lower_ in lex.words("source_word_" + sector.lower()):   # `diplomatic sources` GOV (review56a)
                    return sector
            whole = " ".join(t.lower_ for t in tok.doc[k.left_edge.i:k.i + 1])    # `law enforcement sources`
            found = lex.titles().get(whole) or lex.titles().get(k.lower_) or lex.titles().get(k.lemma_.lower()) or {}
            title = found.get("group") or found.get("person")
            if title is not None and title.sector:
                return title.sector
            if whole in lex.group_sectors():                                     # (group_sectors.tsv)
                return lex.group_sectors()[whole]
    return None


def _owner(st: ActorState, tok, kids):
    """The actor named right before the noun (a compound or possessor: `a Harlow source`), else the one the tie's
    complement names (`close to the governor`); None when there is none."""
    cands = [k for k in kids if k.i < tok.i and k.dep_ in ("compound", "poss") and k.pos_ == "PROPN"]
    for k in kids:
        if k.i > tok.i and k.lower_ in lex.words("source_tie"):
            cands += [g for p in children(k) if p.dep_ == "prep" for g in children(p) if g.dep_ == "pobj"]
    for k in cands:
        for s, e, c in st.mentions.around(k.idx, k.idx + len(k)):
            if (s, e) in c.mentions and s <= k.idx < e and c.key[0] in ("O", "S", "P", "P?", "L", "D"):
                return c
    named = " ".join(k.text for k in kids if k.i < tok.i and k.dep_ == "compound" and k.pos_ == "PROPN")
    if named:                                      # `a Harlow source` of `Harlow College officials`
        text = st.ctx.text
        for c in st.clusters.values():
            if c.key[0] in ("O", "G") and c.sector and any(
                    text.startswith(named + " ", s) and text[s:e] != named + " " + tok.text for s, e in c.mentions):
                return c
    return None
