"""The look-ups the twenty-second speed pass (speed22) moved off Token walks give what the walks gave, on invented
articles: a large word set met with the column's distinct values (`spans._member`, behind `where` and `having`),
the runs of words in capitals found on the columns' arrays (`hits.capital_runs`), a Span's offsets and text cut from
the kept text (`spans.span_chars`), each token's children made at its first read (`spans.children`) and the test of
a whole article against a lexicon (`spans.lemma_in`). The whole output is checked unchanged by bench/bench_pair.py."""
from __future__ import annotations

import random

TEXT = ("ABERWICK (Wire) - The  interior minister, Ms. Maria Oakes, met rebel leaders and union officials in the "
        "capital on Monday.\n\nTWO DEAD, 16 INJURED IN U.S. CITY HALL BLAST\n\n\"We will talk again,\" she told "
        "reporters. Police arrested 12 people; the mayor's office said the council would meet the unions, the "
        "governors and the senators. A book, Going Home, was read by the Senator.  ")


def _words(doc, attr, wanted):
    from dateline.extractors.spans import column

    return [i for i, v in enumerate(column(doc, attr)) if v in wanted]


def test_a_large_word_set_finds_the_words_a_walk_finds(ctx_of):
    from spacy.strings import get_string_id

    from dateline.extractors.spans import _FEW, indices, tokens, where

    doc = ctx_of(TEXT).doc
    lowers = sorted({t.lower_ for t in tokens(doc)})
    rng = random.Random(22)
    for attr, pool in (("LOWER", lowers), ("ORTH", [t.text for t in tokens(doc)]), ("LEMMA", lowers),
                       ("POS", ["NOUN", "VERB", "PROPN", "ADP", "DET", "PUNCT", "SPACE", "NUM", "ADJ", "AUX", "PRON",
                                "CCONJ", "PART", "ADV"])):
        for size in (0, 1, _FEW, _FEW + 1, 30, len(pool)):
            chosen = rng.sample(pool, min(size, len(pool))) + ["no-such-word-%d" % k for k in range(40)]
            wanted = frozenset(get_string_id(w) for w in chosen)
            walk = _words(doc, attr, wanted)
            assert where(doc, attr, wanted) == walk, (attr, size)
            assert indices(doc, **{attr: wanted}) == walk, (attr, size)
            assert where(doc, attr, set(wanted)) == walk           # (a set that is no frozenset: the same)
    many, few = frozenset(get_string_id(w) for w in lowers), frozenset(get_string_id(w) for w in ("the", "met"))
    both = indices(doc, LOWER=many, POS=frozenset(get_string_id(p) for p in ("NOUN",)), ORTH=few)
    assert both == sorted(set(_words(doc, "LOWER", many)) | set(_words(doc, "ORTH", few)))


def test_a_column_with_negative_values_is_walked(ctx_of):
    from dateline.extractors.spans import _member, column, where

    doc = ctx_of(TEXT).doc
    wanted = frozenset(range(-3, 30))
    assert _member(doc, "HEAD", wanted) is None                     # (HEAD holds offsets below zero)
    assert where(doc, "HEAD", wanted) == [i for i, v in enumerate(column(doc, "HEAD")) if v in wanted]


def _runs_by_walk(doc):
    from dateline.extractors.spans import column

    runs, run = [], []
    alpha, upper, length = column(doc, "IS_ALPHA"), column(doc, "IS_UPPER"), column(doc, "LENGTH")
    punct, space, num = column(doc, "IS_PUNCT"), column(doc, "IS_SPACE"), column(doc, "LIKE_NUM")
    for i in range(len(doc)):
        if alpha[i] and length[i] > 1 and upper[i]:
            run.append(i)
        elif punct[i] or space[i] or num[i] or (upper[i] and not alpha[i]):
            continue
        else:
            if len(run) >= 3:
                runs.append(run)
            run = []
    if len(run) >= 3:
        runs.append(run)
    return runs


def test_capital_runs_are_the_runs_a_walk_over_the_words_finds(nlp, ctx_of):
    from dateline.extractors.actors.hits import capital_runs

    doc = ctx_of(TEXT).doc
    assert capital_runs(doc) == _runs_by_walk(doc) and capital_runs(doc)   # (`TWO DEAD, 16 INJURED IN U.S. ...`)
    words = ["TWO", "DEAD", ",", "16", "INJURED", "U.S.", "A", "the", "Mayor", "CITY", "HALL", "\n\n", ".", "I", "OK",
             "NEW", "YORK", "2020", "--", "x", "IN"]
    rng = random.Random(7)
    for _ in range(300):
        doc = nlp.make_doc(" ".join(rng.choice(words) for _ in range(rng.randrange(0, 40))))
        assert capital_runs(doc) == _runs_by_walk(doc)


def test_span_chars_are_the_spans_offsets_and_text(ctx_of):
    from dateline.extractors.spans import span_chars, span_of

    doc = ctx_of(TEXT).doc
    for a in range(-1, len(doc) + 2, 3):
        for b in range(a, min(a + 12, len(doc) + 2)):
            try:
                span = span_of(doc, a, b)
                want = (span.start_char, span.end_char, span.text)
            except IndexError:
                want = IndexError
            try:
                got = span_chars(doc, a, b)
            except IndexError:
                got = IndexError
            assert got == want, (a, b)


def test_children_are_the_tokens_children_and_kept(ctx_of):
    from dateline.extractors.spans import children, tokens

    doc = ctx_of(TEXT).doc
    for t in reversed(tokens(doc)):                # (read in any order: each list made at its first read)
        kids = children(t)
        assert [k.i for k in kids] == [k.i for k in t.children]
        assert children(t) is kids


def test_lemma_in_says_what_a_walk_says(ctx_of):
    from dateline.extractors.spans import lemma_in, tokens

    doc = ctx_of(TEXT).doc
    for words in ({"meet", "nothing"}, {"nothing"}, frozenset({"arrest"}), {"senator": 1}, {"Senator": 1}):
        assert lemma_in(doc, words) == any(t.lemma_.lower() in words for t in tokens(doc))
