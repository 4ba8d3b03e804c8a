"""The events stage's per-sentence record (speed34a, extractors/events/sentence.py): each fact it keeps is what the walk
it replaced gave, on invented articles, and it is made once a sentence and shared by the rules that ask. The whole
output is checked unchanged by bench/devtools/events_cached.py and `dateline extract` on 300 articles."""
from __future__ import annotations

STORY = ("Mayor Dana Quill: The Bridge Plan Is A Disgrace\n\n"
         "RIVERTON (Wire) - The Hornets beat the Falcons 52-17 on Saturday, and the goalkeeper saved two penalties. "
         "Senator Ola Brandt criticised Quill on Monday, saying the plan \"wastes every cent we have\". "
         "Voters chose the council by 7-5 in the ballot. \"We will not back down,\" Quill told reporters.")


def test_a_sentence_s_words_and_game_are_the_walks_they_replaced(ctx_of):
    from dateline.extractors.events import checks, domains, sentence
    from dateline.extractors.spans import cut_sentences, sentences, tokens

    w = checks.senses()
    doc = ctx_of(STORY).doc
    toks = tokens(doc)
    games = 0
    for s in list(sentences(doc)) + list(cut_sentences(doc)):
        part = toks[s.start:s.end]
        rec = sentence.of(doc, s.start, s.end)
        assert rec.words == {domains._lemma(t) for t in part} | {t.lower_ for t in part}
        assert rec.game(w) == domains._game_sentence(part, w), s.text
        assert [t.i for t in rec.toks] == [t.i for t in part]
        games += rec.game(w)
    assert games >= 1                                   # (the story tests both answers)
    assert not all(sentence.of(doc, s.start, s.end).game(w) for s in sentences(doc))


def test_a_sentence_s_record_is_made_once_and_shared(ctx_of):
    from dateline.extractors.events import sentence
    from dateline.extractors.spans import forget, sentences, tokens

    doc = ctx_of(STORY).doc
    s = sentences(doc)[1]
    rec = sentence.of(doc, s.start, s.end)
    assert sentence.of(doc, s.start, s.end) is rec
    assert sentence.of_token(tokens(doc)[s.start + 1]) is rec
    assert rec.words is rec.words and rec.type_words is rec.type_words
    forget(doc)                                         # (dropped with the doc's other kept facts)
    assert sentence.of(doc, s.start, s.end) is not rec


def test_the_type_model_s_words_of_a_sentence_are_the_token_walk(ctx_of):
    from dateline.extractors.events import model, sentence
    from dateline.extractors.events.lexicon import load
    from dateline.extractors.spans import sentences

    stop = load().cues["featurestop"]
    doc = ctx_of(STORY).doc
    for s in sentences(doc):
        old = ["w=" + t.lemma_.lower() for t in s if t.is_alpha and not t.is_stop and t.lower_ not in stop]
        old.append("root=" + s.root.lemma_.lower())
        assert list(sentence.of(doc, s.start, s.end).type_words) == old
        assert model.features(s, []) == old
        assert model.features(s, []) is not model.features(s, [])   # (a new list each time: callers may add to it)


def test_a_sentence_s_colon_line_is_colon_line(ctx_of):
    from dateline.extractors.events import sentence
    from dateline.extractors.events.colon import colon_line
    from dateline.extractors.spans import cut_sentences

    doc = ctx_of(STORY).doc
    lines = 0
    for s in cut_sentences(doc):
        got = sentence.of(doc, s.start, s.end).colon
        old = colon_line(doc, s.start, s.end)
        assert (got is None) == (old is None)
        if old is not None:
            lines += 1
            assert [[t.i for t in x] for x in got] == [[t.i for t in x] for x in old]
    assert lines == 1                                   # (the headline)


def test_a_word_s_quote_is_looked_up_once_an_article(ctx_of):
    from dateline.extractors.events import sentence_candidates
    from dateline.extractors.quotes import extract_quotes
    from dateline.extractors.spans import span_tokens

    ctx = ctx_of(STORY)
    quotes = extract_quotes(ctx)
    assert quotes
    inside = 0
    for sent, _, quote_of in sentence_candidates(ctx, quotes, every=True):
        for t in span_tokens(sent):
            old = next(((k, q.speaker) for k, q in enumerate(quotes) if q.start <= t.idx < q.end), (None, None))
            got = quote_of(t)
            assert got == old
            assert quote_of(t) is got                   # (the second ask is a look-up)
            inside += got[0] is not None
    assert inside


LINES = ("- Police Raid The Depot?\n\n"
         "1. Mayor Quill: \"We Will Fight This\"\n\n"
         "Who ordered the raid on the depot? Officers said they had a warrant, and the mayor said nothing.")


def test_a_sentence_s_setting_and_question_are_the_token_walks(ctx_of):
    from dateline.extractors.events import confidence, sentence
    from dateline.extractors.spans import cut_sentences, sentences

    doc = ctx_of(LINES).doc
    asked = listed = 0
    for s in list(sentences(doc)) + list(cut_sentences(doc)):
        words = [t for t in s if not t.is_space]
        opening = [t.text for t in words[:6]]
        alpha = [t for t in words if t.is_alpha]
        old = {"sentence_long": min(len(s) / 80.0, 1.0),
               "question": float(any(t.text == "?" for t in s)),
               "sentence_short": float(len(words) < 10),
               "quote_marks": float(any(t.text in confidence.QUOTE_MARKS for t in words)),
               "list_item": float(bool(opening) and (opening[0] in ("-", "*", "•", "–", "—") or (
                   opening[0].isdigit() and len(opening) > 1 and opening[1] in (".", ")")))),
               "colon_lead": float(":" in opening),
               "upper": float(sum(1 for t in alpha if t.is_title or t.is_upper) > 0.7 * max(1, len(alpha)))}
        rec = sentence.of(doc, s.start, s.end)
        assert dict(rec.setting) == old, s.text
        assert [k for k, _ in rec.setting] == list(old)          # (the confidence features' order kept)
        assert rec.asks == any(t.text == "?" for t in s)
        asked += rec.asks
        listed += old["list_item"] > 0
    assert asked and listed and not all(sentence.of(doc, s.start, s.end).asks for s in sentences(doc))
