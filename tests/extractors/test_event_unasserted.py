"""Unasserted and described acts of the nineteenth session (extractors/events/checks.py, ev19p), on invented
sentences: each class of false event leaves the asserted output (flagged hypothetical, or no event), and the like
sentence that tells a real event keeps it."""
from __future__ import annotations

import pytest

from tests.helpers import asserted

GONE = [  # (text, types that must not be asserted)
    # what a proposal or a call holds (`_proposed_gerund`; event_senses `programme`)
    ("The mayor said the judge would not treat him justly because of his calls for banning refugees from the city.",
     {"COERCE"}),
    ("The senator surged in the polls on his campaign platform of deporting undocumented workers.", {"COERCE"}),
    ("The mayor floated the idea of arresting the protest leaders before the march.", {"COERCE"}),
    # a verdict put as a question or a condition (`_conditioned`)
    ("The official said investigators are looking at whether any aide knowingly mishandled the secret files.",
     {"ACCUSE"}),
    # intent words (intent_verbs.tsv: inclined, eager, keen, clamor)
    ("Neither Hale nor Brandt is inclined to attack the governor, something they have tried to correct.",
     {"ACCUSE"}),
    ("Several donors are eager to back the governor in the primary.", {"SUPPORT"}),
    ("Party activists clamoring to block Senator Hale from the nomination say they are gaining ground.", {"REJECT"}),
    # appealing to voters: attraction (`_attraction`)
    ("Cruz appeals to Reagan Democrats.", {"REQUEST"}),
    ("Senator Hale faces a test on his appeal to minorities in the state.", {"REQUEST"}),
    ("The senator's campaign appeals to the worst fears of voters.", {"REQUEST"}),
    ("The report urged the party to focus on appealing to the nation's ever more diverse electorate.",
     {"REQUEST"}),
    # a habit (event_senses `habitual`: consistently)
    ("“Voters consistently reject establishment Republicans,” he said.", {"REJECT"}),
    # a colloquial duty (event_cues `clitic_duty`)
    ("“We gotta take on Wall Street,” the senator said.", {"ACCUSE"}),
    # people of a kind described by what they do (`_kind_described`)
    ("People who ask for a refund but never return the product could be required to pay a fee.", {"REQUEST"}),
    ("The analysis found that more than half of those who met the minister gave money to the foundation.",
     {"CONSULT"}),
    ("Anyone who meets the minister must register with the ethics office.", {"CONSULT"}),
    ("People who negotiate with the rebels often end up in prison.", {"CONSULT"}),
    # a guide or a platform offered is no deal (event_senses `remark`)
    ("In his new book, Ward offers a practical guide to a Clinton victory.", {"AGREE"}),
    ("The network offered the candidate a platform for his views.", {"AGREE"}),
    ("The former diplomat offered advice to the negotiators.", {"AGREE"}),
]

KEPT = [  # the like sentence with a real event: (text, its type)
    ("Police banned the march on Friday.", "COERCE"),
    ("The mayor said Senator Hale was extremely careless with the secret files.", "ACCUSE"),
    ("Senator Hale attacked the governor on Monday.", "ACCUSE"),
    ("The unions endorsed Senator Hale on Monday.", "SUPPORT"),
    # waiting is no intent: what was waited for was done (`wait` left intent_verbs.tsv, rev19p)
    ("The union waited a month to endorse the governor.", "SUPPORT"),
    ("The mayor appealed to residents to stay home.", "REQUEST"),
    ("Police appealed to the public for information about the robbery.", "REQUEST"),
    ("The government appealed to world opinion, and European opinion in particular, to help free the hostages.",
     "REQUEST"),
    # a plea to people who are no voters nor an audience stays a plea, its content unsaid (rev19p)
    ("The mayor's appeals to the protesters went unanswered.", "REQUEST"),
    ("Voters rejected the senator's plan on Tuesday.", "REJECT"),
    ("“We took on Wall Street,” the senator said.", "ACCUSE"),
    ("Older people, who strongly support Senator Hale, turned out in large numbers.", "SUPPORT"),
    ("The senator met the minister on Monday.", "CONSULT"),
    # a time named in the clause tells a particular occasion, no kind of people (rev19p)
    ("Those who met the minister on Monday included three governors.", "CONSULT"),
    ("Those who asked the mayor for help on Friday were turned away.", "REQUEST"),
    ("His job as governor offers Hale a platform to keep attacking the president.", "ACCUSE"),
]


@pytest.mark.parametrize("text,gone", GONE)
def test_a_false_event_of_the_class_is_gone(run, text, gone):
    found = {e.type for e in asserted(run(f"\n\n{text}\n"))}
    assert not found & gone, found


@pytest.mark.parametrize("text,kept", KEPT)
def test_the_like_real_event_stays(run, text, kept):
    assert kept in {e.type for e in asserted(run(f"\n\n{text}\n"))}


def test_an_infinitive_parsed_with_a_call_as_its_subject_is_proposed(nlp):
    """`Trump's call to ban Muslims ... bears`: the parse may take `call` for the subject of `ban` (nsubj, with
    `to`); the act is the call's content all the same. Built by hand, as the parser does not always err so."""
    from spacy.tokens import Doc
    from dateline.extractors.events.checks import _proposed_gerund, senses
    words = ["Hale", "'s", "call", "to", "ban", "students", "bears", "blame", "."]
    heads = [2, 0, 4, 4, 6, 4, 6, 6, 6]
    deps = ["poss", "case", "nsubj", "aux", "ccomp", "dobj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PART", "NOUN", "PART", "VERB", "NOUN", "VERB", "NOUN", "PUNCT"]
    tags = ["NNP", "POS", "NN", "TO", "VB", "NNS", "VBZ", "NN", "."]
    lemmas = ["Hale", "'s", "call", "to", "ban", "student", "bear", "blame", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert _proposed_gerund(doc[4], senses())
    doc2 = Doc(nlp.vocab, words=["Hale", "tried", "to", "ban", "students", "."], heads=[1, 1, 3, 1, 3, 1],
               deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
               pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "PUNCT"], tags=["NNP", "VBD", "TO", "VB", "NNS", "."],
               lemmas=["Hale", "try", "to", "ban", "student", "."])
    assert not _proposed_gerund(doc2[3], senses())
