"""The events stage's one walk of a sentence (speed40a, extractors/events/walk.py): what `walk.of` keeps is what the Token
walk of the sentence reader and of the criticism detector's quoted words gave, on invented articles and on random
texts of invented words; it is made once a sentence and shared by the two passes; each pass that reads it still fires
on an invented sentence. The whole output is checked unchanged by bench/devtools/events_cached.py, `dateline extract`
on 380 texts and bench/bench_pair.py (docs/accuracy.md, speed section)."""
from __future__ import annotations

import random

TEXT = ("CRITICS SAY: Harbour Scheme Will Collapse?\n\n"
        "Councillor Ines Varga condemned the mayor's \u201cshameful\u201d harbour scheme on Friday, and she never said "
        "he cheated. \"It is a reckless, wasteful scheme that will hurt fishermen,\" Varga told reporters in Pellmouth. "
        "Would the Pellmouth Guild back her?  Dock workers gathered: a rally was held near the Quayside market. "
        "Officials should not praise the deal, Ms. Varga said, accusing the board of lying.\n\n"
        "The board denied it.")


def _token_walk(sent):
    """The Token walk `reader.features` made before the walk (its article-free part): the words that are no space,
    the word features, (offset, classes) of the judgement words, the evidence words and the main verbs' subjects."""
    from dateline.extractors.events.lexicon import load
    from dateline.extractors.events.reader import CONTENT, _word_classes
    from dateline.extractors.events.triggers import child

    report = load().cues.get("report", frozenset())
    wc = _word_classes()
    words, f, judging, own, subjects, last = [], set(), [], {}, [], None
    for t in sent:
        if t.is_space:
            continue
        words.append(t.i)
        if t.is_punct:
            last = None
            if t.text == "?":
                f.add("qmark")
            elif t.is_quote:
                f.add("quote")
            elif t.text == ":":
                f.add("colon")
            continue
        lem = t.lemma_.lower()
        mine = wc.get(lem, ())
        if t.pos_ != "PROPN":
            mine = ("w=" + lem,) + mine
            if last is not None:
                f.add("b=" + last + "_" + lem)
        last = lem if t.pos_ != "PROPN" else None
        f.update(mine)
        classes = tuple(x for x in mine if not x.startswith("w="))
        if classes:
            judging.append((t.idx, tuple("q&" + x for x in classes)))
        if mine and t.pos_ in CONTENT and "eval=feelingword" not in mine:
            own[t.i] = mine
        if t.pos_ == "VERB" and lem in report:
            f.add("report")
            own.pop(t.i, None)
        if t.ent_iob_ == "B" and t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            f.add("ent=" + t.ent_type_)
        if t.dep_ == "ROOT":
            f.add("root=" + lem)
            subj = child(t, ("nsubj",))
            if subj is not None:
                subjects.append(subj.idx)
    return words, f, judging, list(own.items()), subjects


def _check(doc) -> set:
    from dateline.extractors.events import walk
    from dateline.extractors.spans import cut_sentences, sentences

    seen = set()
    for sent in list(sentences(doc)) + list(cut_sentences(doc)):
        w = walk.of(doc, sent.start, sent.end)
        words, said, judging, own, subjects = _token_walk(sent)
        assert list(w.words) == words and w.n == len(words), sent.text
        assert w.said == said, (sent.text, w.said ^ said)
        assert list(w.judging) == judging, sent.text
        assert list(w.own.items()) == own, sent.text
        assert list(w.subjects) == subjects, sent.text
        seen.update(said)
        seen.update(x for _, q in judging for x in q)
    return seen


def test_the_walk_keeps_what_the_token_walk_gave(nlp):
    seen = _check(nlp(TEXT))
    # (the article tests every kind of feature the walk keeps)
    assert {"qmark", "colon", "quote", "report", "ent=PERSON"} <= seen
    assert any(x.startswith("b=") for x in seen) and any(x.startswith("root=") for x in seen)
    assert any(x.startswith("q&crit=") or x.startswith("q&eval=") for x in seen)


def test_the_walk_on_random_texts_of_invented_words(nlp):
    """Random texts of invented and common words, marks, spaces and names: the walk equals the Token walk."""
    rng = random.Random(40)
    pieces = ["the", "board", "condemned", "a", "reckless", "scheme", "Varga", "Pellmouth", "said", "never", "not",
              "glorbed", "snivvet", "quandle", "?", ":", ",", ".", "\u201c", "\u201d", '"', "  ", "\n", "we", "our",
              "shameful", "lied", "praised", "hurt", "Ms.", "Guild", "told", "cheating", "worried", "dishonest"]
    for _ in range(25):
        words = [rng.choice(pieces) for _ in range(rng.randint(3, 40))]
        _check(nlp(" ".join(words)))


def test_the_walk_is_made_once_and_shared_by_the_reader_and_the_detector(nlp, monkeypatch):
    from dateline.extractors.events import criticism, reader, walk
    from dateline.extractors.spans import forget

    doc = nlp("\u201cThe scheme is a shameful waste,\u201d Varga said. The board met.")
    forget(doc)
    made = []
    real = walk.walk
    monkeypatch.setattr(walk, "walk", lambda d, a, b: made.append((a, b)) or real(d, a, b))
    sents = list(doc.sents)
    end = doc.text.index("\u201d") + 1
    quote = type("Q", (), {"start": 0, "end": end, "text": doc.text[:end], "actor": None})()
    said = criticism.speakers(sents[0], lambda t: (0, quote) if t.idx < end else (None, None), lambda t: False,
                              lambda a, b: None)
    art = reader.article(sents, [], 0.35, [(0, end, True)])
    feats, _ = reader.features(sents, 0, art, False, [], [(True, False)])
    assert made == [(sents[0].start, sents[0].end)]      # (one walk: the detector's, read again by the reader)
    assert walk.of(doc, sents[0].start, sents[0].end) is walk.of(doc, sents[0].start, sents[0].end)
    assert "q&eval=negative" in feats or any(x.startswith("q&") for x in feats)
    forget(doc)


def test_the_detector_s_quoted_words_skip_spaces_and_covered_words(nlp):
    """`criticism.speakers`' quoted words, read off the walk's `words`: a quote no reporting verb covers gives a
    speaker by the quote (`via` quote) whose words are its tokens that are no space."""
    from dateline.extractors.events import criticism

    doc = nlp("\u201cThe board is dishonest  and reckless.\u201d  The council met.")
    end = doc.text.index("\u201d") + 1
    quote = type("Q", (), {"start": 0, "end": end, "text": doc.text[:end], "actor": "council"})()
    sent = list(doc.sents)[0]
    out = criticism.speakers(sent, lambda t: (0, quote) if t.idx < end else (None, None), lambda t: False,
                             lambda a, b: None)
    quoted = [s for s in out if s.via == "quote"]
    assert len(quoted) == 1 and quoted[0].actor == "council"
    assert [t.i for t in quoted[0].words] == [t.i for t in sent if not t.is_space and t.idx < end]


def test_the_reader_still_reads_a_sentence_through_the_walk(run, monkeypatch):
    """With weights that read `pamphlet` as criticism, the reader still makes its event (its features off the walk)."""
    from dateline.extractors.events import reader

    monkeypatch.setattr(reader, "model", lambda: {"weights": {"bias": -3.0, "w=pamphlet": 6.0}, "threshold": 0.5})
    art = run("Senator Ola Brandt handed out a pamphlet about Mayor Dana Quill on Monday in Riverton.")
    assert any(e.type == "ACCUSE" and e.trigger.text == "pamphlet" for e in art.events)
