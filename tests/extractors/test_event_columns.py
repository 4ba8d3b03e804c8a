"""The events rules that read a word's facts off the doc's columns (speed23a, events/columns.py) give what the Token
walk they replaced gives: each is checked against that walk, written out here, on invented articles (the whole
output is checked unchanged by bench/bench_pair.py and the event tests)."""
from __future__ import annotations

TEXT = ("MAYOR SAYS: Reckless Plan Will Fail?\n\n"
        "Mayor Dana Brill denounced the council's \u201creckless\u201d budget on Monday, and she said the governor "
        "needed to resign. \"It is a shameful plan that was drafted in secret and rejected by voters,\" Brill told "
        "reporters in Oldbury. Protesters gathered outside the hall and marched to the square; two men were held "
        "without bail and were escorted from the building by police. Critics routinely said it\u2019s a disgrace, "
        "and the unions were praised for standing firm.\n\nWould the Oldbury Party back her? Officials called it "
        "off.")


def _walk_depth(t) -> int:
    d = 0
    while t.dep_ != "ROOT" and d < 30:
        t = t.head
        d += 1
    return d


def _walk_passive(v) -> bool:
    from dateline.extractors.events.triggers import _joined_passive

    return any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in v.children) or \
        (v.tag_ == "VBN" and v.dep_ == "acl") or _joined_passive(v)


def _walk_lemma(t) -> str:
    if t.pos_ in ("VERB", "AUX") and t.lower_.replace("\u2019", "'") in ("'s", "'re", "'m"):
        return "be"
    return t.lemma_.lower()


def test_the_columns_hold_what_each_token_says(nlp):
    """`Cols`: each token's relation, class, tag (as ids and as strings), head, children, lemma and form in lower
    case, and the doc's own Token objects."""
    from dateline.extractors.events.columns import cols
    from dateline.extractors.spans import tokens

    doc = nlp(TEXT)
    c = cols(doc)
    assert c is cols(doc) and c.toks is tokens(doc)
    for t in doc:
        i = t.i
        assert (c.dep_[i], c.pos_[i], c.tag_[i]) == (t.dep_, t.pos_, t.tag_)
        assert (c.dep[i], c.pos[i], c.tag[i], c.orth[i]) == (t.dep, t.pos, t.tag, t.orth)
        assert c.head[i] == t.head.i and c.below[i] == [x.i for x in t.children]
        assert c.lemma[i] == t.lemma_.lower() and c.lower[i] == t.lower_


def test_depth_passive_and_lemma_read_off_the_columns_are_those_of_the_walk(nlp):
    """`_depth` (steps up to the root), `is_passive` and evaluative's `_lemma` (`be` for a curly `’s`) of every word."""
    from dateline.extractors.events import evaluative, triggers

    doc = nlp(TEXT)
    assert any(_walk_passive(t) for t in doc) and any(_walk_depth(t) > 2 for t in doc)
    assert any(_walk_lemma(t) == "be" and t.lower_ == "it\u2019s"[2:] for t in doc)
    for t in doc:
        assert triggers._depth(t) == _walk_depth(t), t.text
        assert triggers.is_passive(t) == _walk_passive(t), t.text
        assert evaluative._lemma(t) == _walk_lemma(t), t.text


def test_skipped_tokens_are_those_whose_start_a_skipped_stretch_holds(nlp):
    """`skipped_tokens` finds by bisection the tokens `Spans(skip).first_holding(t.idx)` finds, for stretches that
    start inside a word, end inside one, are empty, or hold nothing."""
    from dateline.extractors.events.columns import skipped_tokens
    from dateline.extractors.spans import Spans

    doc = nlp(TEXT)
    for skip in [(0, 36)], [(3, 40), (120, 121), (200, 200)], [(50, 49)], [(0, len(TEXT) + 5)], []:
        spans = Spans((s, e, None) for s, e in skip)
        want = {t.i for t in doc if spans.first_holding(t.idx) is not None}
        assert skipped_tokens(doc, skip) == want, skip


def test_words_of_a_class_and_reported_clauses_are_those_the_loops_tested(nlp):
    """`lemma_picked` (the verbs of a word class) and need_request's `_reported_clauses` give each sentence the words
    the loops over every verb and every clausal complement kept, in order."""
    from dateline.extractors.events.columns import lemma_picked
    from dateline.extractors.events.lexicon import load
    from dateline.extractors.events.triggers import _reported_clauses
    from dateline.extractors.spans import ids_of, picked, tokens

    doc = nlp(TEXT)
    report = load().cues.get("report", frozenset())
    cls = frozenset({"gather", "march", "hold", "escort"})
    found = 0
    for sent in doc.sents:
        toks = tokens(doc)[sent.start:sent.end]
        want = [t for t in toks if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in cls]
        assert lemma_picked(toks, "test.cls", ids_of("VERB", "AUX"), cls) == want
        assert lemma_picked(toks[1:], "test.cls", ids_of("VERB", "AUX"), cls) == [t for t in want if t.i > toks[0].i]
        said = [t for t in toks if t.dep_ == "ccomp" and t.head.lemma_.lower() in report]
        assert picked(toks, "test.reported", _reported_clauses) == said
        found += len(want) + len(said)
    assert found >= 3


def test_sentences_are_made_once_a_doc_and_are_the_cut_ones(nlp):
    """`spans.cut_sentences` keeps the list `_cut_sentences` gives (the sentences cut again at blank lines), made once."""
    from dateline.extractors.spans import _cut_sentences, cut_sentences as _sentences

    doc = nlp(TEXT)
    first = _sentences(doc)
    assert first is _sentences(doc)
    assert [(s.start, s.end) for s in first] == [(s.start, s.end) for s in _cut_sentences(doc)]
    assert len(first) > len(list(doc.sents)) - 1


def test_direct_question_reads_the_stop_off_the_columns(nlp):
    """`direct_question`: the first stop after the word in its sentence is a question mark (read off ORTH)."""
    from dateline.extractors.events.checks import direct_question

    doc = nlp(TEXT)
    for t in doc:
        sent = t.sent
        stop = next((x for x in doc[t.i + 1:sent.end] if x.text in (".", "!", ";", "?") or x.is_quote), None)
        assert direct_question(t) == (stop is not None and stop.text == "?" and not stop.is_quote), t.text
    assert any(direct_question(t) for t in doc)
