"""speed47: the doc read last answers the per-doc look-ups (`spans._NOW`) with the very objects kept in its
`user_data`; docs read in turn each get their own, `forget` lets them go, and `keep_text` is read after it."""
from __future__ import annotations


def _ask_all(doc):
    """Every look-up that answers from `_NOW`, as (name, answer) pairs."""
    from dateline.extractors import spans
    from dateline.extractors.events.columns import cols
    from dateline.extractors.token_strings import strings

    return [("column", spans.column(doc, "POS")), ("lexeme column", spans.column(doc, "IS_PUNCT")),
            ("strings", strings(doc, "DEP")), ("cols", cols(doc)), ("char_bounds", spans._char_bounds(doc)),
            ("heads", spans.heads(doc)), ("below", spans._below(doc)), ("text", spans.text(doc)),
            ("lowered", spans.lowered(doc)), ("array", spans._array(doc, "LOWER")),
            ("sentences", spans.sentences(doc)), ("sentence_of", spans.sentence_of(doc, 2)),
            ("span", spans.span_of(doc, 1, 3)), ("indices", spans.indices(doc, POS=spans.ids_of("NOUN"))),
            ("picked", spans.per_doc(doc, "dateline.picked.speed47.nouns", _nouns))]


def _nouns(doc) -> list[int]:
    return [t.i for t in doc if t.pos_ == "NOUN"]


def test_look_ups_of_docs_read_in_turn_are_each_docs_own_and_what_user_data_keeps(nlp):
    """Two docs asked in turn: each look-up gives the same object at every ask, the one its doc keeps (the answer
    of main's look-ups through `user_data`), never the other doc's."""
    from dateline.extractors import spans

    a = nlp("The council met the mayor on Friday in Aberwick.\n\nShe left early.")
    b = nlp("Rebels shelled the port town overnight, officials said. The navy answered.")
    first = {id(d): _ask_all(d) for d in (a, b)}
    for _ in range(2):
        for d, other in ((a, b), (b, a)):
            again = _ask_all(d)
            for (name, x), (_, y), (_, z) in zip(first[id(d)], again, first[id(other)]):
                assert x is y, name
                assert x is not z, name
    assert spans.column(a, "POS") == a.to_array("POS").tolist()
    assert spans.column(b, "POS") == b.to_array("POS").tolist()
    assert spans.column(a, "POS") is a.user_data["dateline.column.POS"]
    assert spans._char_bounds(b) is b.user_data["dateline.char_bounds"]
    assert spans.text(a) == a.text and spans.text(b) == b.text
    assert [t.text for t in spans.span_of(b, 1, 3)] == ["shelled", "the"]
    assert spans.sentence_of(b, 12).text == "The navy answered."
    for d in (a, b):                              # (`picked` reads the list `per_doc` keeps: a sentence's share)
        assert [t.i for t in spans.picked(spans.tokens(d), "speed47.nouns", _nouns)] == _nouns(d)
        assert d.user_data["dateline.picked.speed47.nouns"] == (len(d), _nouns(d))


def test_forget_drops_the_doc_read_last_and_its_look_ups_are_made_again(nlp):
    """After `forget` the doc's look-ups are made anew (new objects, the same values), not the ones it let go."""
    from dateline.extractors import spans

    doc = nlp("The mayor of Aberwick opened the bridge on Monday, officials said.")
    before = _ask_all(doc)
    spans.forget(doc)
    assert spans._NOW[0] is not doc
    assert not any(isinstance(k, str) and k.startswith("dateline.") for k in doc.user_data)
    after = _ask_all(doc)
    for (name, x), (_, y) in zip(before, after):
        if name in ("text",):
            continue                              # (a str: equal, whoever made it)
        assert x is not y, name
    assert spans.column(doc, "POS") == before[0][1]
    assert spans.lowered(doc) == before[8][1] and spans.heads(doc) == before[5][1]


def test_keep_text_is_read_after_the_doc_read_last_kept_its_text(nlp):
    """`keep_text` after `text` was asked of the doc read last: `text` gives the kept text, not the one before."""
    from dateline.extractors import spans

    doc = nlp("Talks resumed in Aberwick.")
    assert spans.text(doc) == "Talks resumed in Aberwick."
    spans.keep_text(doc, "Talks resumed in ABERWICK.")
    assert spans.text(doc) == "Talks resumed in ABERWICK."
    assert spans.span_text(doc, 2, 4) == "in ABERWICK"
