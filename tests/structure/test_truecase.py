"""The headline as the parser reads it (structure/truecase.py): Title Case and ALL CAPS headlines in sentence
case, with the case the body gives names; same length; other text untouched."""
from __future__ import annotations

from hypothesis import given, strategies as st

from dateline.structure import parse_text
from dateline.structure.truecase import sentence_case


def _head(text):
    return sentence_case(text, (0, text.index("\n")))[:text.index("\n")]


def test_title_case_words_take_the_bodys_case():
    text = "Mayor Lashes Out at Lagos Council\n\nThe mayor of Lagos told the Council on Monday that ..."
    assert _head(text) == "Mayor lashes out at Lagos Council"


def test_all_caps_headline_keeps_names_the_body_capitalizes():
    text = "FARMERS' UNION LOSES RULING IN OSLO COURT\n\nA union of farmers lost a ruling in Oslo on Friday."
    assert _head(text) == "Farmers' union loses ruling in Oslo court"


def test_a_given_name_the_body_writes_only_opening_a_sentence_stays_before_a_surname():
    text = "Obituary: Rosa Vance Dies at 88\n\nRosa Mae Vance of Elmira died on Sunday. Dies Irae was sung."
    assert _head(text) == "Obituary: Rosa Vance dies at 88"
    # before a word the body does not capitalize in mid-sentence, an opening word is lowercased as before
    text = "Storm Damage Closes Roads\n\nStorm damage closed two roads on Sunday."
    assert _head(text) == "Storm damage closes roads"


def test_acronyms_and_possessives_of_names_stay():
    text = "NATO Chief Warns Ghana's Rivals\n\nThe alliance's chief said on Monday that Ghana and NATO ..."
    assert _head(text) == "NATO chief warns Ghana's rivals"


def test_a_sentence_case_headline_is_left_alone():
    text = "Judge denies New York Herald bid to reopen old file\n\nA judge said ..."
    assert sentence_case(text, (0, 51)) == text


def test_the_parser_reads_the_sentence_case_and_events_follow(run):
    art = run("Mayor Lashes Out at Lagos Council\n\nThe mayor of Lagos spoke to the council on Monday.\n")
    assert art.title == "Mayor Lashes Out at Lagos Council"
    assert any(e.type == "ACCUSE" and e.trigger.start < 33 for e in art.events), [(e.type, e.trigger) for e in art.events]


@given(st.text(min_size=1, max_size=200), st.integers(0, 60), st.integers(0, 60))
def test_same_length_always(text, a, b):
    span = (min(a, b, len(text)), min(max(a, b), len(text)))
    assert len(sentence_case(text, span)) == len(text)
    assert len(parse_text(text, [], span)) == len(text)


def test_a_sentence_case_headline_of_names_is_left_alone():
    # ev36b: four of five content words are capitalized names, but the verb is written small: sentence case
    text = "Senator Kell slammed Governor Roe.\n\nLast year a gunman shot two people outside a bar in the city.\n"
    assert sentence_case(text, (0, 34)) == text
    # a Title Case headline leaving a long preposition small is still Title Case
    text = "Mayor Lashes Out at Council Through Letter\n\nThe mayor wrote to the council on Monday."
    assert _head(text) == "Mayor lashes out at council through letter"


def test_a_sentence_case_headline_of_names_keeps_its_event(run):
    art = run("Senator Kell slammed Governor Roe.\n\nLast year a gunman shot two people outside a bar in the city.\n")
    assert [(e.type, [p.text for p in e.source]) for e in art.events if e.trigger.start < 34] == [
        ("ACCUSE", ["Senator Kell"])]


def test_a_title_case_headline_with_a_relative_word_small_is_still_title_case():
    text = "Report Clears Mayor: Only Two Cases where Funds Went Missing\n\nThe report on the mayor found two cases."
    assert _head(text) == "Report clears mayor: only two cases where funds went missing"
