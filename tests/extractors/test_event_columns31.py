"""speed31: the criticism and evaluative rules' reads moved onto the doc's columns (events/columns.py) give what the
Token walks they replaced give: each helper is checked here against that walk, written out, on invented text (the
whole output is checked unchanged by h5.py dev,tune and the event tests)."""
from __future__ import annotations

TEXT = ("Senator Ruth Obel said the mayor's plan was \u201cdisgraceful\u201d and irresponsibly drafted, and she "
        "called Crooked Dale a fraud. \"He has no clue about budgets and he never said that,\" Obel told reporters "
        "of the mayor. The council's president, who claimed that the vote was rigged, was not happy with the "
        "ruling; aides say the governor was behind the scheme. They're wrong, it\u2019s false, and the union was "
        "pleased with the board's decision, critics said. Would the party back her?")


def _walk_role(t) -> str:
    d = t.dep_
    if d in ("nsubj", "nsubjpass", "csubj"):
        return "subj" if d != "nsubjpass" else "passsubj"
    if d in ("dobj", "dative", "oprd"):
        return "obj"
    if d == "poss":
        return "poss_" + _walk_role(t.head)
    if d == "pobj":
        return "pobj_" + t.head.lower_ + ("_agent" if t.head.dep_ == "agent" else "")
    if d in ("compound", "amod", "nmod"):
        return "mod_" + _walk_role(t.head) if t.head.i != t.i and t.head.dep_ != d else "mod"
    if d in ("conj", "appos"):
        return d + "_" + _walk_role(t.head) if t.head.i != t.i and t.head.dep_ not in ("conj", "appos") else d
    return "dep_" + d


def _walk_verb_of(t):
    v = t
    for _ in range(6):
        if v.pos_ in ("VERB", "AUX") or v.dep_ == "ROOT":
            return v
        if v.head.i == v.i:
            return v
        v = v.head
    return v


def _walk_main(toks):
    ids = set(x.i for x in toks)
    tops = [x for x in toks if x.head.i not in ids or x.head.i == x.i]
    for x in tops:
        if x.pos_ in ("VERB", "AUX"):
            return x
    return next((x for x in tops if not x.is_punct and not x.is_space), None)


def _walk_scorn(t, w) -> bool:
    from dateline.extractors.events.evaluative import _blaming, _nicknamed

    blame = _blaming()
    x = t.lower_.replace("\u2019", "'")
    if t.pos_ == "ADV" and x.endswith("ly"):
        if x in w["degree"] or t.head.pos_ in ("ADJ", "ADV"):
            return False
        return any(b in blame for b in (x[:-2], x[:-3] + "y", x[:-1] + "e"))
    if x in w["nickname"] and _nicknamed(t):
        return True
    return t.lemma_.lower() in blame or x in blame


def _walk_hedged(v) -> bool:
    from dateline.extractors.events.evaluative import HEDGES

    return any(x.dep_ == "aux" and x.lower_ in HEDGES for x in v.children)


def test_criticism_role_clause_and_main_predicate_read_off_the_columns(nlp):
    """criticism's `_role_at`, `_verb_of` and `_main` of every word (and of every sentence's words) are the walk's."""
    from dateline.extractors.events import criticism
    from dateline.extractors.events.columns import cols

    doc = nlp(TEXT)
    col = cols(doc)
    assert {_walk_role(t).split("_")[0] for t in doc} >= {"subj", "obj", "poss", "pobj", "mod", "conj"}
    for t in doc:
        assert criticism._role_at(col, t.i) == criticism._role(t) == _walk_role(t)
        assert criticism._verb_of(t).i == _walk_verb_of(t).i
    for sent in doc.sents:
        toks = list(sent)
        for a in range(0, len(toks), 5):
            part = toks[a:a + 9]
            got, want = criticism._main(part), _walk_main(part)
            assert (got.i if got is not None else None) == (want.i if want is not None else None)
    assert criticism._main([]) is None


def test_evaluative_scorn_lemma_and_hedge_read_off_the_columns(nlp):
    """evaluative's `_scorn_at`, `_lemma_at` and `_hedged` of every word are the walk's (a word of scorn, a manner
    adverb of one, a nickname, `it’s` read as `be` among them)."""
    from dateline.extractors.events import evaluative
    from dateline.extractors.events.columns import cols

    doc = nlp(TEXT)
    col, w = cols(doc), evaluative.words()
    assert any(_walk_scorn(t, w) for t in doc) and any(not _walk_scorn(t, w) for t in doc)
    assert any(evaluative._lemma_at(col, t.i) == "be" and t.lower_ == "\u2019s" for t in doc)
    for t in doc:
        assert evaluative._scorn_at(col, t.i, w) == evaluative._scorn(t, w) == _walk_scorn(t, w)
        assert evaluative._lemma_at(col, t.i) == evaluative._lemma(t)
        assert evaluative._hedged(t) == _walk_hedged(t)
        assert evaluative._read_low(t.lower_, t.pos_, evaluative._any_word()) == evaluative._read_form(
            t, t.pos_, evaluative._any_word())
