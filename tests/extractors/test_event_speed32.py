"""What the events stage now makes once instead of again and again (speed32) gives what it gave before: a speaker's
pair features for every target, the sentence reader's features of words in quotes, the electorate check's tally
(invented sentences; the stage's output is checked unchanged on the bench sets by h5/cmp, docs/accuracy.md)."""
from __future__ import annotations

from dateline.extractors.events import criticism, reader


def _said(nlp, text):
    doc = nlp(text)
    sent = next(iter(doc.sents))
    return sent, criticism.speakers(sent, lambda t: (None, None), lambda t: False, lambda a, b: None)


def test_a_speakers_features_are_made_once_and_each_target_adds_its_own(nlp):
    """`_said_features` is made once a speaker (the same object at the second target); each target's features are
    those plus its own: its role and kind, the harsh words near it (`lex@t=harm` at Pell, who `had ruined`, not at
    Dunn), its verb."""
    sent, said = _said(nlp, "Senator Halvorsen said Governor Pell had ruined the towns and that Mayor Dunn was a "
                            "fine leader.")
    s = said[0]
    pell, dunn = (next(x for x in sent if x.text == name) for name in ("Pell", "Dunn"))
    at_pell, at_dunn = criticism.features(s, pell, sent), criticism.features(s, dunn, sent)
    base, top = criticism._said_features(s)
    assert criticism._said_features(s) is s.base and top is not None and top.text == "ruined"
    for f in ("via=clause", "rv=say", "sp=PERSON", "lex=harm", "w=ruin", "w=leader", "lexn=1", "len=m", "pol=0"):
        assert f in base and f in at_pell and f in at_dunn, f
    assert {"lex@t=harm", "subj&lex@t=harm", "clause&lex@t=harm", "t_main", "tv=ruin"} <= set(at_pell)
    assert "tv=be" in at_dunn and not any("@t" in f for f in at_dunn) and "t_main" not in at_dunn
    assert at_pell == sorted(set(at_pell)) and set(base) <= set(at_pell)


def test_the_reader_marks_only_words_of_judgement_inside_a_quote(nlp):
    """`q&` features come from the classes of the words inside a quote (`disgrace`), never from their plain word
    features (`w=`), nor from words outside it."""
    text = "\u201cThe plan is a disgrace,\u201d Senator Pike said of the mayor's scheme on Monday."
    doc = nlp(text)
    sents = list(doc.sents)
    end = text.index("\u201d") + 1
    art = reader.article(sents, [], 0.35, [(0, end, True)])
    feats, _ = reader.features(sents, 0, art, False, [], [(True, True)])
    inq = [f for f in feats if f.startswith("q&")]
    assert inq and not any(f.startswith("q&w=") for f in inq), feats
    assert all(f[2:] in feats for f in inq)
    outside = reader.article(sents, [], 0.35, [])
    feats2, _ = reader.features(sents, 0, outside, False, [], [])
    assert not any(f.startswith("q&") for f in feats2)
