"""Paragraph breaks become sentence starts before parsing: a headline never runs into the lead."""
from dateline.records import RawArticle
from dateline.structure import blank, structure
from dateline.structure.paragraphs import paragraph_starts

TEXT = ("Air strike on village market kills 9\n\n"
        "ALEPPO (AFP) – An air strike on a village market killed nine people on Sunday, a monitor said.\n\n"
        "The strike hit at midday.\n")


def test_headline_and_lead_are_separate_sentences(nlp):
    lay = structure(RawArticle(id="t", text=TEXT))
    doc = nlp(paragraph_starts(nlp.make_doc(blank(TEXT, lay.skip))))
    starts = [s.start_char for s in doc.sents]
    assert 0 in starts
    assert TEXT.index("An air strike") in starts
    assert TEXT.index("The strike hit") in starts
    assert doc.text == blank(TEXT, lay.skip)          # offsets untouched


def test_single_line_breaks_are_left_to_the_parser(nlp):
    doc = paragraph_starts(nlp.make_doc("Talks went on\nuntil late at night."))
    assert not any(t.is_sent_start for t in doc[1:])


def test_the_parser_reads_no_break_spaces_as_spaces_at_the_same_offsets():
    from dateline.structure import parse_text

    text = "They are 100\u00a0percent\u00a0wrong,\u202fshe said."
    parsed = parse_text(text, ())
    assert len(parsed) == len(text) and "\u00a0" not in parsed and "\u202f" not in parsed
    assert parsed.replace(" ", "") == text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")


def test_every_paragraph_of_a_long_text_starts_a_sentence(nlp):
    """The starts are set at once (Token.is_sent_start scans the doc at each call): the first word of each of
    400 paragraphs, and no other token, is a preset start; a space token after a break is not."""
    text = "".join(f"Para {k} says this\n\n" if k % 2 else f"Item {k}\n \n  " for k in range(400)) + "End"
    doc = paragraph_starts(nlp.make_doc(text))
    starts = [t.text for t in doc if t.is_sent_start and t.i > 0]
    assert len(starts) == 400 and set(starts) == {"Para", "Item", "End"}
    assert not any(t.is_space for t in doc if t.is_sent_start)


# A headline one line break above its lede (web pages, scraped local news): the lede starts a sentence.
WEB = ("Council backs new ferry terminal\n"
       "The harbour council voted on Tuesday to build a ferry terminal at the old quay.\n"
       "Work starts in May.\n")


def test_a_headline_one_line_break_above_the_lede_is_its_own_sentence(nlp):
    doc = nlp(paragraph_starts(nlp.make_doc(WEB)))
    starts = [s.start_char for s in doc.sents]
    assert 0 in starts and WEB.index("The harbour") in starts
    assert doc.text == WEB                            # offsets untouched


def test_which_lines_read_as_headlines():
    from dateline.structure.paragraphs import headline_breaks

    def cut(text):
        return [text[i:i + 12] for i in headline_breaks(text)]

    assert cut(WEB) == ["The harbour "]               # not after the lede, which ends with a full stop
    assert cut("'Mixed signals'\nThe envoy said he saw progress.") == ["The envoy sa"]
    assert cut("Ships Collide Near Port\n\"We heard a bang,\" a sailor said.") == ['"We heard a ']
    # the next line goes on with a lower-case word: one sentence broken over two lines
    assert cut("Officials expected to\noperate all flights on Friday.") == []
    # a line that ends on a function word, a comma or a colon runs on
    assert cut("The talks were held with\nPresident Lee in Seoul.") == []
    assert cut("In a statement, the ministry said:\nThe border stays shut.") == []
    assert cut("Residents of the town,\nMayor Diaz among them, left.") == []
    # a line that goes on from an open line before it is no headline
    assert cut("The mayor, who spoke\nbriefly, named Ann Cole\nHead of the board.") == []
    # too long for a headline: a paragraph that lost its full stop
    long = " ".join(["word"] * 30)
    assert cut("A " + long + "\nThe next paragraph starts.") == []


# a hard-wrapped story: lines cut at a width, single line breaks inside the sentences
WRAPPED = ("Storm Floods Coastal Towns\n"
           "Heavy rain flooded three coastal towns on Sunday and forced\n"
           "hundreds of families from their homes, officials said on\n"
           "Monday. The governor met with relief workers and Mayor Ana\n"
           "Ruiz in the worst hit town and promised help for the\n"
           "farmers who lost their crops.\n")


def test_a_hard_wrapped_paragraph_is_not_cut(nlp):
    from dateline.structure.paragraphs import headline_breaks

    # `Mayor Ana\nRuiz`: an open line before a capital, inside a wrapped sentence, stays joined;
    # the Title Case headline at the top of the block still stands alone
    assert [WRAPPED[i:i + 5] for i in headline_breaks(WRAPPED)] == ["Heavy"]
    doc = nlp(paragraph_starts(nlp.make_doc(WRAPPED)))
    assert WRAPPED.index("Ruiz") not in [s.start_char for s in doc.sents]
    sentence_case = WRAPPED.replace("Storm Floods Coastal Towns", "Storm floods coastal towns")
    assert headline_breaks(sentence_case) == []       # in a wrapped text only a Title Case line counts


def test_the_story_starts_a_sentence_after_a_dateline_date(nlp):
    """lead43: `NAIROBI, Aug 5 (Reuters) - Uganda's foreign ministry ...` leaves `Aug 5` to be parsed (its date) and
    blanks the rest: the story starts a sentence after the blank (fails before: the parse read `Aug 5` into the first
    noun phrase, whose mention then fell inside the dateline and was lost); a date in running text is no dateline."""
    from dateline.structure import parse_text
    from dateline.structure.paragraphs import dateline_breaks

    for text, first in (("NAIROBI, Aug 5 (Reuters) - Uganda's foreign ministry accused Kenyan officials.\n", "Uganda"),
                        ("TEHRAN, July 20, 2019 (AFP) - Iran's navy seized a tanker.\n", "Iran"),
                        # review43: day before month (fails on int43: no break)
                        ("NAIROBI, 5 Aug (Reuters) - Uganda's foreign ministry accused Kenyan officials.\n", "Uganda"),
                        ("NEW DELHI, 8 January 2024 (IANS) - India's navy seized a trawler.\n", "India")):
        lay = structure(RawArticle(id="t", text=text))
        parsed = parse_text(text, lay.skip)
        assert dateline_breaks(parsed) == [text.index(first)]
        doc = nlp(paragraph_starts(nlp.make_doc(parsed), parsed))
        assert text.index(first) in [s.start_char for s in doc.sents]
    assert dateline_breaks("The talks of Aug 5     were long.") == []
    assert dateline_breaks("The talks of 5 Aug     were long.") == []



def test_a_text_with_no_single_line_break_has_no_headline_line(monkeypatch):
    """`headline_breaks` skips its walk over the lines when no two lines with words stand one line break apart
    (speed46b): on texts with and without such a pair the answer is the walk's own."""
    import re

    from dateline.structure import paragraphs

    texts = ["Harbour wall falls in storm\n\nThe old wall gave way on Sunday.\n\nNo one was hurt.",
             "Harbour wall falls in storm\nThe old wall gave way on Sunday.",
             "Harbour wall falls in storm \t\n  The old wall gave way on Sunday.",
             "Harbour wall falls in storm\n   \nThe old wall gave way on Sunday.",
             "Ferry strike ends\r\nCrews return to work on Monday.\n\nTalks went on all night.",
             "One line only", "\n\n", "Mayor quits\n", "\nMayor quits\nThe council met."]
    gated = [paragraphs.headline_breaks(t) for t in texts]
    monkeypatch.setattr(paragraphs, "_SINGLE_BREAK", re.compile(""))      # the walk on every text
    assert gated == [paragraphs.headline_breaks(t) for t in texts]
    assert gated[0] == [] and gated[1] and gated[2] and gated[3] == [] and gated[4]
