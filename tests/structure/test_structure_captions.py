"""Photo captions: the caption line, the credit's name and offsets; the credit blanked, the description kept."""
import pytest

from dateline.structure import blank


def test_afp_photo_credit(layout_of):
    text, lay = layout_of("structure_caption_credit.txt")
    (cap,) = lay.captions
    assert text[cap.start:cap.end].startswith("Residents wade through")
    assert text[cap.start:cap.end].endswith("AFP PHOTO / LENA MARKOVIC")
    assert cap.credit == "LENA MARKOVIC"
    assert text[cap.credit_start:cap.credit_end] == "LENA MARKOVIC"
    parsed = blank(text, lay.skip)
    assert "MARKOVIC" not in parsed and "AFP PHOTO" not in parsed
    assert "Residents wade through a flooded street" in parsed


def test_ap_photo_file_credit(layout_of):
    text, lay = layout_of("structure_caption_ap_file.txt")
    (cap,) = lay.captions
    assert cap.credit == "Tomas Ferreira"
    assert text[cap.credit_start:cap.credit_end] == "Tomas Ferreira"
    assert "Ferreira" not in blank(text, lay.skip)


@pytest.mark.parametrize("line, credit", [
    ("Protesters march in the capital. REUTERS/Dana Whitcombe", "Dana Whitcombe"),
    ("Police stand guard outside the court. EPA/IVAN PETROV", "IVAN PETROV"),
    ("The senator speaks at a rally. Photo by Mark Olden/Getty Images", "Mark Olden"),
    ("The senator speaks at a rally. Mark Olden via Getty Images.", "Mark Olden"),
    ("Leaders pose for a picture. (Photo: Sara Lindqvist)", "Sara Lindqvist"),
    ("Leaders pose for a picture. (PIERRE DUVAL/AFP/Getty Images)", "PIERRE DUVAL"),
    ("Smoke rises over the town. AFP PHOTO / POOL / KARL HENSE", "KARL HENSE"),
    ("Smoke rises over the town. (AP Photo/Ahmed Said)", "Ahmed Said"),
    ("Getty Images", "Getty Images"),
    # a labelled credit of an outlet the agency list lacks, after the caption's sentence (user45)
    ("Ferries wait at the quay on Monday. Photograph: Ines Calder/Harbour Courier", "Ines Calder"),
    ("Ferries wait at the quay on Monday. Photo: Ines Calder", "Ines Calder"),
])
def test_credit_forms(layout_of, line, credit):
    text, lay = layout_of("Headline\n\n" + line + "\n\nThe story itself begins here and goes on.")
    (cap,) = lay.captions
    assert cap.credit == credit
    assert text[cap.credit_start:cap.credit_end] == credit


@pytest.mark.parametrize("line", [
    "A Reuters/Ipsos poll released on Tuesday showed a close race.",
    "The plan was drafted in Paris/Berlin talks, officials said.",
    "He said the photo was taken by a neighbour.",
    "The club posted a new Photo: Gallery Of The Week",
])
def test_no_caption_in_story_lines(layout_of, line):
    _, lay = layout_of("Headline\n\n" + line + "\n\nMore text.")
    assert lay.captions == ()


def test_credit_with_no_break_spaces(layout_of):
    text, lay = layout_of("Headline\n\nA crowd waits outside. AFP PHOTO\u00a0/\u00a0NINA BERG\n\nThe story begins.")
    (cap,) = lay.captions
    assert cap.credit == "NINA BERG"


def test_a_labelled_caption_names_the_credit_that_closes_it(layout_of):
    # user45: `Caption: ... (AP Photo/X)` was a caption with no credit
    text, lay = layout_of("Headline\n\nCaption: Rescuers dig through a school in the valley on Friday. "
                          "(AP Photo/Tomas Ferreira)\n\nThe story itself begins here and goes on.")
    (cap,) = lay.captions
    assert cap.credit == "Tomas Ferreira" and text[cap.credit_start:cap.credit_end] == "Tomas Ferreira"
    assert text[cap.start:cap.start + 8] == "Caption:"
