"""speed26: the faster reads give what the walks they replaced gave (invented sentences; the whole output is checked
unchanged by the other tests and by bench/bench_pair.py's `same_output`)."""
from __future__ import annotations

import re


def test_page_labels_scanner_finds_what_the_regex_finds():
    """`local_news._page_label_matches` is `rx.finditer` of the labels' regex, also where `(?i)` matches a letter that
    lower-casing does not give (`ı`, `ſ`) or lower-casing changes the text's length (`İ`)."""
    from dateline.extractors.actors.local_news import _page_label_matches, _page_label_pattern
    from dateline.lexicon import actors as lex

    words = lex.words("page_label")
    rx, _ = _page_label_pattern(words)
    texts = ["UPDATE: Police say the road is open.\nBREAKING NEWS | Tampa", "Updated: Feb 21, 2016",
             "Watch the video. Photos: the parade.", "updated-news and pre-update, UPDATEd",
             "ſ UPDATE İ update", "breakıng news", "photoſ of the day", "nothing to see here", ""]
    for text in texts:
        assert [m.span() for m in _page_label_matches(words, text)] == [m.span() for m in rx.finditer(text)], text
    assert _page_label_pattern(words) is _page_label_pattern(words) or \
        _page_label_pattern(words)[0] is _page_label_pattern(words)[0]       # (made once a process)


def test_told_as_private_is_asked_once_for_each_person_and_surname(nlp):
    """`people._told_as_private` keeps its answer in `st.told_private`: the second ask gives the first answer
    without working it out again."""
    import importlib

    from dateline.extractors.actors.state import ActorState
    from dateline.lexicon.actors import Office, Person
    from dateline.pipeline import context
    from dateline.records import RawArticle

    people = importlib.import_module("dateline.extractors.actors.people")   # (the package's `people` is the pass)
    ctx = context(RawArticle(id="t", origin="t", text="Pizza shop owner John Okafor said on Monday that Okafor's "
                                                          "shop would open. Okafor, 41, thanked his customers."))
    st = ActorState(ctx)
    person = Person("John Okafor", (), (Office("USA", "GOV", "senator", None, None),))
    first = people._told_as_private(st, person, "Okafor")
    assert first is True                                 # (`Pizza shop owner John Okafor`)
    assert st.told_private == {(person, "Okafor"): True}
    calls = []
    real = people._told_as_private_in
    people._told_as_private_in = lambda *a: calls.append(a) or real(*a)
    try:
        assert people._told_as_private(st, person, "Okafor") is True
    finally:
        people._told_as_private_in = real
    assert calls == []


def test_column_reads_give_the_token_walks_answers(nlp):
    """The reporting verbs and naming words (criticism), the social party words and prison names (local news), the
    casualties' number test and the work-title openers read off the columns give what the Token walks gave."""
    from dateline.extractors.casualties import _has_number, _is_number, lexicon as cas_lexicon
    from dateline.extractors.events import criticism
    from dateline.extractors.events.lexicon import load
    from dateline.extractors.spans import tokens
    from dateline.pipeline import context
    from dateline.records import RawArticle

    text = ("Officials said the house party ended when police arrived. The senator claimed that three people were "
            "hurt, and Ms. Lane called it an allegation. About 1,200 residents named the jail the Dale County "
            "Detention Center.")
    doc = context(RawArticle(id="c", origin="c", text=text)).doc
    toks = tokens(doc)
    report = load().cues.get("report", frozenset())
    verb_ids = criticism._ids()[1]
    assert criticism._reporting(doc) == [t.i for t in toks if t.pos_ == "VERB" and t.lemma in verb_ids]
    assert any(toks[i].lemma_.lower() in report for i in criticism._reporting(doc))
    cues = load().cues
    naming = cues.get("naming", frozenset()) | cues.get("claimnoun", frozenset())
    assert criticism._naming_or_claim(doc) == [t.i for t in toks if t.lemma_.lower() in naming]
    numbers = cas_lexicon()["numbers"]
    for sent in doc.sents:
        words = toks[sent.start:sent.end]
        assert _has_number(doc, sent.start, words, numbers) == any(_is_number(t, numbers) for t in words)
