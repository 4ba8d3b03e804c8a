"""`events/colon.py`: the one reader of a line opened by a name and a colon (invented headlines)."""
from __future__ import annotations

from spacy.tokens import Doc

from dateline.extractors.events.colon import colon_line


def _texts(line):
    return None if line is None else ([t.text for t in line[0]], [t.text for t in line[1]])


def test_the_words_before_the_colon_are_the_name_and_those_after_it_what_is_said(nlp):
    doc = nlp("Dana Halvorsen:  Pell Has Failed The Miners")
    assert _texts(colon_line(doc, 0, len(doc), most=6, least=3)) == (
        ["Dana", "Halvorsen"], ["Pell", "Has", "Failed", "The", "Miners"])   # (the double space is no word)


def test_a_colon_past_the_first_words_or_with_too_little_after_it_opens_no_line(nlp):
    doc = nlp("The miners of the valley told reporters in Aberwick: Pell failed them")
    assert colon_line(doc, 0, len(doc), most=6) is None
    assert colon_line(doc, 0, len(doc), most=9) is not None
    doc = nlp("Dana Halvorsen: Pell failed")
    assert colon_line(doc, 0, len(doc), most=6, least=3) is None
    assert _texts(colon_line(doc, 0, len(doc), most=6, least=2)) == (["Dana", "Halvorsen"], ["Pell", "failed"])
    doc = nlp("Former Attorney General Dana Halvorsen at Dunmore rally: Pell failed")
    assert _texts(colon_line(doc, 0, len(doc)))[0][-1] == "rally"    # the bounds: 8 words before, 2 after
    doc = nlp("Former Attorney General Dana Halvorsen at the Dunmore rally: Pell failed")
    assert colon_line(doc, 0, len(doc)) is None
    doc = nlp("Dana Halvorsen: Pell")
    assert colon_line(doc, 0, len(doc)) is None
    doc = nlp(": Pell failed the miners again")
    assert colon_line(doc, 0, len(doc), most=6) is None          # no word before the colon


def _cut(words, spaces, sent_starts):
    from dateline import nlp as nlp_module
    return Doc(nlp_module.load().vocab, words=words, spaces=spaces, sent_starts=sent_starts)


def test_a_line_the_parse_cut_after_its_colon_is_read_only_when_asked(nlp):
    # `Halvorsen: | I Still Distrust Pell`: the parse ended a sentence at the colon
    doc = _cut(["Halvorsen", ":", "I", "Still", "Distrust", "Pell"], [False, True, True, True, True, False],
               [True, False, True, False, False, False])
    assert colon_line(doc, 2, 6, most=3) is None
    assert _texts(colon_line(doc, 2, 6, most=3, cut=True)) == (["Halvorsen"], ["I", "Still", "Distrust", "Pell"])
    # the line starts after a line break; more words than `most` between it and the colon is no name
    doc = _cut(["Miners", "\n", "Senator", "Dana", "Halvorsen", ":", "I", "Distrust", "Pell"],
               [False, False, True, True, False, True, True, True, False],
               [True, False, True, False, False, False, True, False, False])
    assert _texts(colon_line(doc, 6, 9, most=3, cut=True)) == (["Senator", "Dana", "Halvorsen"], ["I", "Distrust", "Pell"])
    assert colon_line(doc, 6, 9, most=2, cut=True) is None
