"""speed30a's per-doc memos in the events stage give what a fresh reading gives: `np_bounds`, `actor_like` and the
sentence-level part of the confidence's `_setting`, on invented articles, each doc its own and made again after
`spans.forget` (the whole output is checked unchanged by bench/bench_pair.py, h5 and the event tests)."""
from __future__ import annotations

TEXT = ("Senator Ada Pell, who chairs the panel, criticised the Oldbury council on Monday. \"It is a shameful plan,\" "
        "she said. Governor Brill and the mayor signed a deal with the unions of Oldbury.")
OTHER = "Police arrested two men. The army of Ruritania attacked the town of Westvale."


def test_phrase_bounds_and_actor_names_are_each_docs_own(nlp):
    from dateline.extractors.events.triggers import _np_bounds, actor_like, np_bounds
    from dateline.extractors.spans import forget

    a, b = nlp(TEXT), nlp(OTHER)
    for _ in range(2):
        for doc in (a, b, a):
            for t in doc:
                for solo in (False, True):
                    assert np_bounds(t, solo) == _np_bounds(t, solo)
                x, y = _np_bounds(t, False)
                assert actor_like(t) == any(w.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or w.pos_ == "PROPN"
                                            for w in doc[x:y + 1])
        forget(a)
        forget(b)
        assert not any(k.startswith("dateline.events.") for k in a.user_data)


def test_a_sentences_setting_is_read_once_and_is_its_own(nlp):
    from dateline.extractors.events import confidence
    from dateline.extractors.spans import forget, sentences

    doc = nlp("BREAKING: Pell Blasts Council Plan\n\n- The council voted. \"Is it fair?\" she asked.")
    first = [dict(confidence._sentence_setting(doc, s)) for s in sentences(doc)]
    again = [confidence._sentence_setting(doc, s) for s in sentences(doc)]
    assert first == again and len({id(x) for x in again}) == len(again)
    forget(doc)
    assert [confidence._sentence_setting(doc, s) for s in sentences(doc)] == first
    assert any(f.get("question") for f in first) and any(f.get("colon_lead") for f in first)
