"""speed30b: the actors stage's per-doc look-ups answer as the walks they replace (invented sentences)."""
from __future__ import annotations

import re

from dateline.extractors.actors.people import _entity_at, _joined_verbs
from dateline.extractors.actors.state import ActorState
from dateline.extractors.actors.states import _written_before_a_word
from dateline.extractors.spans import children, entities, forget, tokens

TEXT = ("Police said Tom Hart took a gun from the car, loaded it and then shot Dana Remaley near the Velmora "
        "Plaza Hotel. Hart ran, hid and was caught by officers who searched the Harbor Bank building in Aberwick.")


def _walked(head) -> list:
    return [v for v in head.subtree if v.dep_ == "conj" and v.pos_ == "VERB" and
            not any(k.dep_ in ("nsubj", "nsubjpass") for k in children(v)) and not _under_own_clause(v, head)]


def _under_own_clause(v, head) -> bool:
    """act53b: a joined verb reached through a clause of its own (a reported or relative clause) is not the head's."""
    while v.i != head.i:
        if v.dep_ in ("ccomp", "relcl", "acl", "parataxis", "csubj"):
            return True
        v = v.head
    return False


def test_joined_verbs_are_the_subtree_walk(ctx_of):
    ctx = ctx_of(TEXT)
    try:
        for tok in tokens(ctx.doc):
            assert [t.i for t in _joined_verbs(tok)] == [t.i for t in _walked(tok)], tok.text
        assert any(_joined_verbs(tok) for tok in tokens(ctx.doc))      # (the text has such verbs to find)
    finally:
        forget(ctx.doc)


def test_entity_at_is_the_entity_holding_each_token(ctx_of):
    ctx = ctx_of(TEXT)
    try:
        st = ActorState(ctx)
        at = _entity_at(st)
        for i in range(len(ctx.doc)):
            walked = next((x for x in entities(ctx.doc) if x.start <= i < x.end), None)
            assert at.get(i) is walked, i
        assert at                                 # (the text has entities)
    finally:
        forget(ctx.doc)


def test_written_before_a_word_is_the_pattern():
    texts = ["E. Montague Avenue was shut", "E. Montague avenue", "at E. Montague", "E. Montague Ab",
             "E. Montague A", "E. MontagueE. Montague Rd", "E. Montague  Av", "E. Montague Éa", ""]
    for text in texts:
        for name in ("E. Montague", "Montague", "", "Avenue"):
            expected = re.search(re.escape(name) + r" [A-Z][a-z]", text) is not None
            assert _written_before_a_word(text, name) == expected, (text, name)


def test_the_reference_walk_keeps_a_reported_deed_from_the_reporter(ctx_of):
    # review53c: the walk above follows act53b's own-clause rule; on TEXT it must differ from the plain subtree walk
    # (`Police said` reaches `loaded` and `shot` only through `took`, a reported clause), or it tests nothing new
    ctx = ctx_of(TEXT)
    try:
        said = next(t for t in tokens(ctx.doc) if t.text == "said")
        took = next(t for t in tokens(ctx.doc) if t.text == "took")
        plain = [v.text for v in said.subtree if v.dep_ == "conj" and v.pos_ == "VERB" and
                 not any(k.dep_ in ("nsubj", "nsubjpass") for k in children(v))]
        assert "shot" in plain                    # (the parse joins the deed under the reported clause)
        assert "shot" not in [t.text for t in _joined_verbs(said)]
        assert "shot" in [t.text for t in _joined_verbs(took)]
    finally:
        forget(ctx.doc)
