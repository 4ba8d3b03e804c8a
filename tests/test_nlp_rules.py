"""The stand-ins for the model's attribute_ruler and lemmatizer give every token what the shipped components give it."""
from __future__ import annotations

import pytest

ATTRS = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "SENT_START", "ENT_IOB", "ENT_TYPE"]

TEXTS = [
    "Y'all gonna let's see what the mayor said, there is a storm coming. He ain't got the 3 reports.",
    "C'mon, the ministers gotta vote again; there were 12 protesters and the police gets paid.",
    "ABERWICK (Wire) - The rebels' leaders met on Monday.\n\nShe told reporters: \"We won't sign it.\"  \n",
    "",
    "   ",
]


def test_dateline_pipeline_runs_the_stand_ins_not_the_shipped_rule_components(nlp):
    from dateline.nlp_rules import ATTRIBUTES, LEMMAS

    assert ATTRIBUTES in nlp.pipe_names and LEMMAS in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    assert nlp.pipe_names.index(ATTRIBUTES) < nlp.pipe_names.index(LEMMAS) < nlp.pipe_names.index("ner")


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_gets_the_shipped_pipeline_s_attributes(nlp, text):
    from dateline import nlp as nlp_module

    ours, theirs = nlp(text), nlp_module.shipped()(text)
    assert [t.text for t in ours] == [t.text for t in theirs]
    assert ours.to_array(ATTRS).tolist() == theirs.to_array(ATTRS).tolist()
    assert [(t.lemma_, str(t.morph)) for t in ours] == [(t.lemma_, str(t.morph)) for t in theirs]


def _ruler_and_docs():
    """A blank pipeline with an attribute ruler of invented rules (one word, two words with a negative index,
    an operator) and docs whose tags are set by hand."""
    import spacy
    from spacy.tokens import Doc

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN", "MORPH": "Number=Sing"})
    ruler.add([[{"LOWER": "fish", "TAG": "NN"}]], {"POS": "VERB", "LEMMA": "fishy"})          # a later rule wins
    ruler.add([[{"LOWER": "big"}, {"TAG": "NN"}]], {"MORPH": "Degree=Pos"}, index=-1)          # sets the second word
    ruler.add([[{"LOWER": "very"}, {"LOWER": "big", "OP": "+"}]], {"POS": "ADV"}, index=0)   # an operator
    ruler.add([[{"TAG": "NN"}, {"LOWER": "fish"}]], {"POS": "PROPN"}, index=1)

    def doc(words, tags):
        return Doc(blank.vocab, words=words, tags=tags)

    docs = [doc(["the", "big", "fish", "swam", "very", "big", "big", "fish"], ["DT", "JJ", "NN", "VBD", "RB", "JJ", "JJ", "NN"]),
            doc(["fish", "fish", "cat", "big", "cat"], ["NN", "NN", "NN", "JJ", "NN"]),
            doc(["very"], ["RB"])]
    return ruler, docs


def test_invented_rules_same_as_spacy_s_attribute_ruler():
    from dateline.nlp_rules import AttributeRules

    ruler, docs = _ruler_and_docs()
    stand_in = AttributeRules(ruler)
    for doc in docs:
        theirs = ruler(doc.copy())
        ours = stand_in(doc.copy())
        assert ours.to_array(ATTRS).tolist() == theirs.to_array(ATTRS).tolist()
        assert [(t.pos_, t.lemma_, str(t.morph)) for t in ours] == [(t.pos_, t.lemma_, str(t.morph)) for t in theirs]
    fish = stand_in(docs[1].copy())
    assert [t.pos_ for t in fish] == ["VERB", "PROPN", "NOUN", "", "NOUN"]      # rule order kept, not match order
    assert str(fish[4].morph) == "Degree=Pos"


def test_lemmas_same_as_spacy_s_lemmatizer(nlp):
    """Lemmas computed once per (word, part of speech, morphology) and kept: the same for a word seen again."""
    from dateline import nlp as nlp_module

    text = "The ministers met. The minister meets the ministers; meeting ministers met again."
    for _ in range(2):
        assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in nlp_module.shipped()(text)]


def test_columns_no_rule_sets_keep_the_doc_s_own_values():
    """The stand-in writes back only the columns a rule sets in the doc (speed46b): a tag, a dependency and a lemma
    set before it stay as they were, as under spaCy's ruler, and a doc no rule touches is left alone."""
    import spacy
    from spacy.tokens import Doc

    from dateline.nlp_rules import AttributeRules

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    stand_in = AttributeRules(ruler)
    words = ["the", "harbour", "wall", "fell"]
    made = Doc(blank.vocab, words=words, tags=["DT", "NN", "NN", "VBD"], lemmas=["the", "harbor", "wall", "fall"],
               deps=["det", "compound", "nsubj", "ROOT"], heads=[2, 2, 3, 3])
    untouched = Doc(blank.vocab, words=["fell"], tags=["VBD"], lemmas=["fall"])
    for doc in (made, untouched):
        theirs, ours = ruler(doc.copy()), stand_in(doc.copy())
        assert ours.to_array(ATTRS).tolist() == theirs.to_array(ATTRS).tolist()
        assert [(t.tag_, t.pos_, t.dep_, t.lemma_) for t in ours] == [(t.tag_, t.pos_, t.dep_, t.lemma_) for t in theirs]
    ours = stand_in(made.copy())
    assert [t.pos_ for t in ours] == ["", "NOUN", "NOUN", ""] and [t.lemma_ for t in ours][1] == "harbor"


def test_a_lemma_set_before_the_lemmatizer_is_kept(nlp):
    """A word whose lemma an attribute rule set keeps it; the others get the lemmatizer's (the look-ups by map,
    speed46b): the same lemmas as the shipped pipeline's where both kinds stand in one doc, twice over."""
    from dateline import nlp as nlp_module

    text = "Y'all gonna see: the envoys wanna meet, and they're meeting the envoy's aides again."
    for _ in range(2):
        assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in nlp_module.shipped()(text)]
