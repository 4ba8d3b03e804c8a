"""speed33c: the sentence reader makes at inference only the features that carry a weight (reader.features with
`weights`); the training script's full set stays (no `weights`). On invented sentences: the weighted features are
the full set's weighted ones in the same order, the probability is bit for bit the same, `own` (the evidence's
words) the same; a pair of words is made exactly when its key is weighted, a lemma holding `_` too."""
from __future__ import annotations

from dateline.extractors.events import reader

TEXT = ("WATCHDOG SAYS: Reckless Budget Will Hurt Families?\n\n"
        "Councillor Dana Whitby blasted the mayor's \u201cshameful\u201d budget on Monday, and she never said "
        "he cheated. \"It is a reckless, dishonest plan that will hurt our schools,\" Whitby told reporters in "
        "Marrowfield. Would the Marrowfield Union back her? Critics should not praise the deal, Ms. Whitby said, "
        "accusing officials of lying: the audit was a disgrace. The weather was mild and the market opened late.")


def _quotes(doc):
    text, out, at = doc.text, [], None
    for k, ch in enumerate(text):
        if ch == '"':
            if at is None:
                at = k
            else:
                out.append((at, k + 1, True))
                at = None
    return out


def _weights(full_sets):
    """Hand-made weights over about half of the features seen (every other one of each sentence's sorted list, pairs
    of words among them), a bias and a key no sentence gives: the others have none."""
    w = {"bias": -1.25, "w=nothing_here": 3.0, "b=never_seen": 1.0}
    for feats in full_sets:
        for j, x in enumerate(feats):
            if j % 2 == 0:
                w[x] = 0.1 + (len(x) % 7) * 0.37 - (j % 5) * 0.29
    return w


def test_the_weighted_features_give_the_full_sets_probability(nlp):
    doc = nlp(TEXT)
    sents = list(doc.sents)
    art = reader.article(sents, [], 0.35, _quotes(doc))
    cases = []
    for k, sent in enumerate(sents):
        mentions = [(e.start_char, e.end_char, "GOV") for e in doc.ents if sent.start <= e.start < sent.end]
        said = [(True, bool(mentions))] if any(a < sent.end_char and sent.start_char < b for a, b, _ in art.quotes) else []
        cases.append((k, mentions, said, 0.25 if k % 2 else None))
    full = [reader.features(sents, k, art, k == 0, ms, said, det) for k, ms, said, det in cases]
    w = _weights(f for f, _ in full)
    m = {"weights": w, "threshold": 0.5}
    assert any(x.startswith("b=") for x in w) and any(x.startswith("w=") for x in w)
    dropped = 0
    for (k, ms, said, det), (feats, own) in zip(cases, full):
        some, own2 = reader.features(sents, k, art, k == 0, ms, said, det, weights=w)
        assert some == [x for x in feats if x in w], sents[k].text
        dropped += len(feats) - len(some)
        assert reader.probability(some, m) == reader.probability(feats, m)   # (bit for bit: the same sum in order)
        assert list(own2.items()) == list(own.items())
        assert reader.evidence(sents[k], own2, m) == reader.evidence(sents[k], own, m)
    assert dropped > 0                    # (the full set held features with no weight: they were not returned)


def test_a_pair_of_words_is_made_when_its_key_is_weighted():
    pairs = reader._pairs({"b=a_b_c": 1.0, "b=x_y": 2.0, "w=x": 1.0, "bias": 0.0})
    assert pairs == {"a": {"b_c"}, "a_b": {"c"}, "x": {"y"}}


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
