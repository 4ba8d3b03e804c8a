"""The staff of an employer (act56b, issue 11): `the employees at the restaurant`, `Butler County employees`, `the
store's operators`, `an employee of Harlow Foods`. GUIDE.md: staff speaking or acting for an employer take its sector
(session 49, gold49 and act26b's executives and employees); with no employer in view the noun names no one we can
code, and is left alone."""
from __future__ import annotations

from ...lexicon import actors as lex
from ..spans import children
from .codes import told_country
from .common import add, cluster
from .state import ActorState

_MASS = ("staff", "personnel")   # nouns of staff that stand for the many in the singular (`the city's events staff`)
_AT = ("at", "of", "with", "from")    # `employees at the restaurant`, `an employee of the bank`; not `for`
#                                       (`replacement personnel for the embassies` are sent to them)


def employee_groups(st: ActorState) -> None:
    """A noun of staff (actor_words.tsv `employee_noun`) that no actor holds, whose employer stands before it (a
    compound or a possessor: `County employees`, `the restaurant's operators`) or after it (`at`, `of`, `with`:
    `employees at First Bank`): the employer an actor (its sector and country), or a lower-case workplace noun
    (`employer_bus` BUS, `employer_gov` GOV, the home country from `codes`). One group per employer; plurals and the
    mass nouns `staff` and `personnel` only."""
    nouns = lex.words("employee_noun")
    if not st.text_holds(nouns):
        return
    text = st.ctx.text
    for tok in st.toks:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or tok.text[:1].isupper() and not tok.is_sent_start:
            continue
        if tok.tag_ != "NNS" and tok.lemma_.lower() not in _MASS:
            continue                               # `a hotel employee`: a witness or a victim as often as the
            #                                        hotel's voice (the read gold: CVL twice, BUS once)
        if any((s, e) in c.mentions for s, e, c in st.mentions.around(tok.idx, tok.idx + len(tok))):
            continue                               # an actor holds it already
        kids = children(tok)
        before = [k for k in kids if k.i < tok.i and k.dep_ in ("compound", "poss", "nmod")]
        after = [o for p in kids if p.i > tok.i and p.dep_ == "prep" and p.lower_ in _AT
                 for o in children(p) if o.dep_ == "pobj"]
        found = None
        for k in before + after:
            found = _employer(st, k)
            if found is not None:
                break
        if found is None:
            continue
        sector, country, owner_name = found
        if country is None:                        # `Two Cypriot government employees`: a demonym on the staff or
            country = told_country(st, [tok] + before + after)   # their employer (review56a: no home in a story
        #                                                          of several countries left them none)
        left = min([k.left_edge.i for k in before] +
                   [k.i for k in kids if k.i < tok.i and k.dep_ in ("det", "amod", "nummod", "quantmod")] + [tok.i])
        right = max([o.right_edge.i for o in after if _employer(st, o) is not None] + [tok.i])
        start, end = st.doc[left].idx, st.doc[right].idx + len(st.doc[right])
        if "\n" in text[start:end]:
            continue
        key = ("G", sector, "staff", owner_name)
        c = cluster(st, key, text[start:end], sector=sector, role="staff", country=country)
        add(st, c, start, end)


def _employer(st: ActorState, tok) -> "tuple | None":
    """(sector, country, name) of the employer at token `tok`: the actor a mention of which holds it (a person only
    as a possessor, `Lee's staff`, no: a person's staff are aides, left to the titles), else its lower-case noun of a
    workplace; None when it is neither."""
    for s, e, c in st.mentions.around(tok.idx, tok.idx + len(tok)):
        if (s, e) in c.mentions and s <= tok.idx < e and c.key[0] in ("O", "S", "L") and c.sector:
            return c.sector, c.country, c.name
    lemma = tok.lemma_.lower()
    if tok.text[:1].isupper() and not tok.is_sent_start:
        named_place = lemma in lex.words("employer_gov") and any(k.dep_ == "compound" and k.pos_ == "PROPN"
                                                                 for k in children(tok))
        return ("GOV", None, lemma) if named_place else None   # `Butler County employees`: the county's; another
        #                                                        name no actor holds is no employer we can code
    if lemma in lex.words("employer_bus"):
        return "BUS", None, lemma
    if lemma in lex.words("employer_gov"):
        return "GOV", None, lemma
    return None
