"""Direct quotations: one invented wire story per form, checked through extract_quotes on a real parse."""
from __future__ import annotations

import pathlib

import pytest

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def quotes_of(ctx_of):
    """quotes_of(name or text) -> the quotes extract_quotes finds in a fixture file (or a text)."""
    from dateline.extractors.quotes import extract_quotes

    def _quotes(name: str):
        path = FIXTURES / name
        text = path.read_text(encoding="utf-8") if path.suffix == ".txt" and path.exists() else name
        return text, extract_quotes(ctx_of(text))

    return _quotes


def _one(quotes, opening: str):
    found = [q for q in quotes if q.text.lstrip("“\"'").startswith(opening)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def _check_offsets(text, quotes):
    for q in quotes:
        assert text[q.start:q.end] == q.text
        if q.cue is not None:
            assert text[q.cue.start:q.cue.end] == q.cue.text
        if q.speaker is not None:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text
            if q.speaker.name is not None:
                assert text[q.speaker.name.start:q.speaker.name.end] == q.speaker.name.text


def test_cue_after_the_quote_and_inverted_cue(quotes_of):
    text, quotes = quotes_of("quotes_cue_after.txt")
    _check_offsets(text, quotes)
    first = _one(quotes, "The talks were useful")
    assert first.cue.text == "said" and first.speaker.text == "Maria Lindqvist"
    second = _one(quotes, "We will meet again")
    assert second.text.endswith(',"')
    assert second.speaker.text == "Lindqvist"                 # `said Lindqvist, who leads ...`
    assert second.speaker.name.text == "Maria Lindqvist"      # the surname leads back to the full name
    assert second.speaker.name.start == first.speaker.start


def test_cue_before_the_quote_with_a_colon(quotes_of):
    text, quotes = quotes_of("quotes_cue_before.txt")
    q = _one(quotes, "Our soldiers")
    assert q.cue.text == "told" and q.speaker.text == "Berg"
    assert q.speaker.name.text == "Tomas Berg"


def test_partial_quote_inside_a_sentence(quotes_of):
    text, quotes = quotes_of("quotes_partial.txt")
    q = _one(quotes, "both capitals")
    assert q.text == '"both capitals"'
    assert q.speaker.name.text == "Tomas Berg"


def test_multi_sentence_quote_is_one_quote(quotes_of):
    text, quotes = quotes_of("quotes_multi_sentence.txt")
    assert len(quotes) == 1
    assert "We came here to talk. We leave" in quotes[0].text
    assert quotes[0].speaker.name.text == "Maria Lindqvist"


def test_cueless_continuation_in_the_sentence_after_and_the_next_paragraph(quotes_of):
    text, quotes = quotes_of("quotes_continuation.txt")
    _check_offsets(text, quotes)
    first = _one(quotes, "The line will carry")
    same_paragraph = _one(quotes, "Nobody will need a car")
    next_paragraph = _one(quotes, "We started late")
    for q in (same_paragraph, next_paragraph):
        assert q.cue is None
        assert q.speaker == first.speaker
        assert q.speaker.name.text == "Jonas Pereira"


def test_unclosed_wire_paragraphs_each_a_quote_with_the_cue_paragraphs_speaker(quotes_of):
    text, quotes = quotes_of("quotes_wire_unclosed.txt")
    _check_offsets(text, quotes)
    assert len(quotes) == 3
    first = _one(quotes, "This money goes")
    assert first.text.endswith("hardest.")                    # up to the paragraph's end, no closing mark
    assert "It will pay" not in first.text
    for q in quotes:
        assert q.speaker is not None and q.speaker.name.text == "Helen Marsh"


def test_curly_straight_and_doubled_single_marks(quotes_of):
    text, quotes = quotes_of("quotes_curly_straight.txt")
    _check_offsets(text, quotes)
    curly = _one(quotes, "Your trains are late")
    assert curly.text.startswith("“") and curly.text.endswith("”")
    assert curly.speaker.name.text == "Ruth Ellison"
    doubled = _one(quotes, "We have replaced")
    assert doubled.text.startswith("''") and doubled.text.endswith("''")
    assert doubled.speaker.name.text == "Paul Danner"
    straight = _one(quotes, "Then show the committee")
    assert straight.cue.text == "replied" and straight.speaker.name.text == "Ruth Ellison"


def test_pronoun_speaker_resolves_to_the_named_person(quotes_of):
    text, quotes = quotes_of("quotes_pronoun.txt")
    q = _one(quotes, "Every ballot")
    assert q.speaker.text == "she"
    assert q.speaker.name.text == "Anna Kovac"


def test_description_speaker_resolves_to_the_named_person(quotes_of):
    text, quotes = quotes_of("quotes_description.txt")
    minister = _one(quotes, "We do not want walls")
    assert minister.speaker.text == "the minister"
    assert minister.speaker.name.text == "Pavel Novak"
    diplomat = _one(quotes, "The crossings must stay open")
    assert diplomat.speaker.text.endswith("top diplomat")
    assert diplomat.speaker.name.text == "Pavel Novak"


def test_scare_quotes_and_names_in_quotes_are_not_quotations(quotes_of):
    text, quotes = quotes_of("quotes_scare.txt")
    assert quotes == []


def test_according_to_cue(quotes_of):
    text, quotes = quotes_of("quotes_according_to.txt")
    q = _one(quotes, "dead on arrival")
    assert q.cue.text == "according to"
    assert q.speaker.name.text == "Ruth Ellison"


def test_lists_of_partial_quotes_share_the_speaker(quotes_of):
    text, quotes = quotes_of('Senator Ruth Ellison called the plan "reckless," "costly" and "a gift to landlords."\n')
    assert [q.text for q in quotes] == ['"reckless,"', '"costly"', '"a gift to landlords."']
    assert all(q.speaker.name.text == "Ruth Ellison" for q in quotes)


def test_no_marks_no_quotes(quotes_of):
    text, quotes = quotes_of("Rain fell on the capital on Monday and the markets were closed.\n")
    assert quotes == []


def test_lexicons_load():
    from dateline.extractors.quotes.lexicon import naming_phrases, speech_verbs

    verbs = speech_verbs()
    assert verbs["say"] == "say" and verbs["call"] == "judge"
    assert set(verbs.values()) <= {"say", "judge"}
    assert ("known", "as") in naming_phrases() and ("so-called",) in naming_phrases()
    from dateline.extractors.quotes.lexicon import person_titles

    assert {"mayor", "sen", "mr"} <= person_titles()



def test_colon_at_the_end_of_the_paragraph_before_cues_the_quote(quotes_of):
    text, quotes = quotes_of("quotes_colon_paragraph.txt")
    _check_offsets(text, quotes)
    first = _one(quotes, "I could not support")
    assert first.cue.text == "wrote" and first.speaker.text == "she"
    assert first.speaker.name.text == "Ruth Ellison"
    assert _one(quotes, "The town would lose").speaker == first.speaker


def test_dash_credit_after_the_quote_names_the_speaker(quotes_of):
    text, quotes = quotes_of("quotes_dash_credit.txt")
    _check_offsets(text, quotes)
    assert _one(quotes, "Four dollars").speaker.text == "Marta Olsen"
    assert _one(quotes, "I pay it gladly").speaker.text == "Daniel Kerr"


def test_transcript_turn_labels_are_not_quotes_but_give_the_speaker(quotes_of):
    text, quotes = quotes_of("quotes_transcript.txt")
    assert [q.text for q in quotes] == ['"The new crane made the difference."']
    assert quotes[0].speaker.text == "MORRIS" and quotes[0].cue is None


def test_marks_pair_and_a_paragraph_break_ends_an_open_run():
    from dateline.extractors.quotes.marks import quoted_runs

    text = 'He said "we stay." Then:\n\n"First part of a long quote\n\n"Second part," she said of the 6\'2" guard.'
    runs = quoted_runs(text)
    got = [(text[r.start:r.end], r.closed) for r in runs]
    assert got == [('"we stay."', True), ('"First part of a long quote', False), ('"Second part,"', True)]


def test_marks_inside_markup_are_not_quotes():
    from dateline.extractors.quotes.marks import quoted_runs

    text = "<tweet author=\"someone\" id=\"12345\">Polls close at eight.</tweet> ''Doubled marks here,'' he said."
    assert [text[r.start:r.end] for r in quoted_runs(text)] == ["''Doubled marks here,''"]


def test_phrasal_cue_counts_only_with_its_particle(quotes_of):
    text, quotes = quotes_of('Mayor Ana Ruiz spoke at the pier on Monday.\n\n'
                             '"We will rebuild every plank of it," Ruiz went on.\n')
    q = _one(quotes, "We will rebuild")
    assert q.cue.text == "went" and q.speaker.name.text == "Ana Ruiz"
    from dateline.extractors.quotes.lexicon import speech_verbs

    assert "go on" in speech_verbs() and "go" not in speech_verbs()


def test_she_skips_a_later_man_for_the_woman_named_before(quotes_of):
    text, quotes = quotes_of(
        "PORTVILLE, March 3 (Wire) - Maria Lindqvist opened the port talks on Monday. Tom Becker, the union "
        "chief, said he was hopeful.\n\nAsked about the delay, she said: \"We need more time to read the offer.\"\n")
    q = _one(quotes, "We need more time")
    assert q.speaker.text == "she"
    assert q.speaker.name.text == "Maria Lindqvist"           # Tom is a man's name, and `he` followed him


def test_titles_tell_gender_for_a_pronoun(quotes_of):
    text, quotes = quotes_of(
        "PORTVILLE, March 3 (Wire) - Mrs. Okafor chaired the hearing. Mr. Dunne said he had seen the "
        "figures.\n\nShe added, \"The numbers do not add up.\"\n")
    q = _one(quotes, "The numbers do not add up")
    assert q.speaker.name.text == "Okafor"


def test_a_mid_sentence_quote_keeps_the_cue_before_it(quotes_of):
    text, quotes = quotes_of(
        "PORTVILLE, March 3 (Wire) - The council met again.\n\nHale refers to the mayor as \"the boss,\" "
        "while Moreno calls the councilwoman \"a friend.\"\n")
    _check_offsets(text, quotes)
    assert _one(quotes, "the boss").speaker.text == "Hale"    # not the cue after it, which is Moreno's
    assert _one(quotes, "a friend").speaker.text == "Moreno"  # a named subject of its own: no climbing to Hale


def test_given_names_lexicon_loads():
    from dateline.extractors.quotes.lexicon import given_names

    names = given_names()
    assert names["maria"] == "f" and names["tom"] == "m"
    assert set(names.values()) == {"m", "f"}


def test_according_to_in_the_sentence_is_the_quote_source(quotes_of):
    text, quotes = quotes_of(
        "PORTVILLE, March 3 (Wire) - The council met again.\n\n\"We will not give up the harbor,\" Moreno said, "
        "according to the Portville Ledger. \"Not this year.\"\n\nAccording to a transcript, Hale told the board "
        "the plan was \"dead on arrival.\"\n")
    _check_offsets(text, quotes)
    assert _one(quotes, "We will not give up").speaker.text == "the Portville Ledger"
    assert _one(quotes, "Not this year").speaker.text == "the Portville Ledger"   # the continuation too
    assert _one(quotes, "dead on arrival").speaker.text == "a transcript"


def test_according_to_in_the_next_sentence_is_not_the_source(quotes_of):
    text, quotes = quotes_of(
        "PORTVILLE, March 3 (Wire) - The council met again.\n\nMayor Ana Hale said the city needed \"a vote "
        "by spring.\" The plan would cost $4 million, according to a city memo.\n")
    assert _one(quotes, "a vote by spring").speaker.text == "Mayor Ana Hale"


def test_an_outlet_that_reported_the_words_is_their_source(quotes_of):
    text, quotes = quotes_of(
        "PORTVILLE, March 3 (Wire) - The council met again.\n\n\"We will not give up the harbor,\" Moreno said "
        "on Tuesday, the Portville Ledger reported.\n\nAs the Portville Ledger reported, Hale told the board the "
        "plan was \"dead on arrival.\"\n\nHale said the plan was \"a mess,\" and he reported the mayor to the "
        "ethics board.\n")
    _check_offsets(text, quotes)
    assert _one(quotes, "We will not give up").speaker.text == "the Portville Ledger"
    assert _one(quotes, "dead on arrival").speaker.text == "the Portville Ledger"
    assert _one(quotes, "a mess").speaker.text == "Hale"      # `he reported the mayor`: no outlet, no source


def test_a_label_in_what_he_calls_belongs_to_the_named_subject(quotes_of):
    text, quotes = quotes_of(
        "PORTVILLE, March 3 (Wire) - The council met again.\n\nHale has railed against what he calls the "
        "\"harbor cartel\" for months.\n\nMoreno said Hale, whom she called \"a bully,\" should resign.\n")
    _check_offsets(text, quotes)
    assert _one(quotes, "harbor cartel").speaker.text == "Hale"
    assert _one(quotes, "a bully").speaker.text == "she"      # a relative clause on a noun keeps its own subject


def test_a_free_relative_label_goes_to_the_highest_named_subject(quotes_of):
    text, quotes = quotes_of(
        "PORTVILLE, March 3 (Wire) - The council met again.\n\nMayor Ana Hale said Portville was angry but "
        "ready for what she calls \"a fair deal.\"\n")
    assert _one(quotes, "a fair deal").speaker.text == "Mayor Ana Hale"


def test_the_subject_of_a_reported_clause_is_not_the_speaker(quotes_of):
    text, quotes = quotes_of(
        "PORTVILLE, March 3 (Wire) - The council met again.\n\nHale, meanwhile, who sits on no committee, said "
        "that fact shows the board is \"not ready for change.\"\n\n\"We are done,\" said Moreno, who chairs the "
        "board.\n")
    assert _one(quotes, "not ready for change").speaker.text == "Hale"   # not `fact`, the clause's subject
    assert _one(quotes, "We are done").speaker.text == "Moreno"          # inverted cues still take the name


def test_wire_grave_accent_quotes_open_and_two_apostrophes_close(quotes_of):
    # LDC-style wire text (AP, NYT, Xinhua in TempEval/AQUAINT) writes ``...'': the '' closes, it opens nothing
    text, quotes = quotes_of("\n\nThe talks went on.\n\n``We acknowledge that the border is closed,'' wrote "
                             "Judge Mark Hale of the appeals court.\n")
    _check_offsets(text, quotes)
    q = _one(quotes, "``We acknowledge")
    assert q.text.endswith(",''") and q.speaker is not None and q.speaker.text.endswith("Mark Hale"), q


def test_pronoun_speaker_after_a_name_told_beside_the_subject(quotes_of):
    """lead42: `Hughes' sister, Tanya Hughes, said ... "He was a good father," she said`: the name in apposition to the
    subject noun is the antecedent of `she` (fails before: the police chief quoted earlier, a given name of no known
    gender, took it; with a known man's name, none), not the victim who shares her surname."""
    text = ("\n\nDarnell Hughes, 31, died at the hospital. \"This was a senseless act,\" Police Chief Kamran Afzal "
            "said. Afzal urged witnesses to call.\n\nHughes' sister, Tanya Hughes, said her brother had two children. "
            "\"He was a good father,\" she said.\n")
    _, quotes = quotes_of(text)
    q = _one(quotes, "He was a good father")
    assert q.speaker is not None and q.speaker.name is not None and q.speaker.name.text == "Tanya Hughes"


def test_pronoun_speaker_not_a_name_told_beside_a_reported_subject(quotes_of):
    """lead43: `Netanyahu said the commander, Baha al-Ata, had been planning attacks. "...," he said`: a name beside the
    subject of a reported clause is no antecedent of the next `he` (fails before: lead42's apposition rule took it);
    the speaker of the sentence before is."""
    text = ("\n\nIsraeli Prime Minister Benjamin Netanyahu said the commander, Baha al-Ata, had been planning imminent "
            "attacks. \"Israel has no interest in escalation, but we will defend ourselves,\" he said.\n")
    _, quotes = quotes_of(text)
    q = _one(quotes, "Israel has no interest")
    assert q.speaker is not None and q.speaker.name is not None and q.speaker.name.text.endswith("Netanyahu")
