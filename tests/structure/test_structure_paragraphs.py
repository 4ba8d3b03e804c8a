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
