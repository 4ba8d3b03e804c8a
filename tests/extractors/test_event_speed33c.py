"""speed33c: need_request's quoted loop asks `_quoted_whole` of a sentence's two end words before walking its words
(the same answer as the walk, on invented sentences)."""
from __future__ import annotations


def _walked(sent, quote_of) -> bool:
    """The walk `_quoted_whole` made before speed33c."""
    held = {quote_of(x)[0] for x in sent if not (x.is_space or x.is_punct)}
    return len(held) == 1 and None not in held


def test_a_quoted_whole_sentence_is_answered_as_the_walk_and_the_ends_first(nlp):
    from dateline.extractors.events.triggers import _quoted_whole

    doc = nlp('"The council must fund the clinics now." Ms. Arden said so. "We will not wait," she said. '
              '"First part" and "second part" both.')
    spans = []
    at = None
    for k, ch in enumerate(doc.text):
        if ch == '"':
            if at is None:
                at = k
            else:
                spans.append((at, k + 1))
                at = None
    asked = []

    def quote_of(tok):
        asked.append(tok.i)
        j = next((n for n, (a, b) in enumerate(spans) if a <= tok.idx < b), None)
        return (j, None if j is None else "speaker")

    answers = []
    for sent in doc.sents:
        toks = list(sent)
        want = _walked(toks, quote_of)
        asked.clear()
        got = _quoted_whole(toks, quote_of)
        answers.append(got)
        assert got == want, sent.text
        if not got:                       # (a word outside a quote at either end: answered off the two ends)
            assert len(asked) <= 3, (sent.text, asked)
    assert answers[0] and not all(answers)
