"""The headline: kept once as the title, its copies listed and blanked."""
from dateline.structure import blank


def test_headline_three_times_kept_once(layout_of):
    text, lay = layout_of("structure_headline_thrice.txt")
    head = "Chile and Peru agree to reopen border crossings"
    assert lay.title == head
    assert text[slice(*lay.title_span)] == head and lay.title_span[0] == 0
    assert len(lay.copies) == 2
    assert all(text[s:e] == head for s, e in lay.copies)
    # the copy after the dateline is one of them
    assert lay.copies[-1][0] > text.index("SANTIAGO")


def test_copies_are_blanked_title_is_not(layout_of):
    text, lay = layout_of("structure_headline_thrice.txt")
    for span in lay.copies:
        assert span in lay.skip or any(s <= span[0] and span[1] <= e for s, e in lay.skip)
    parsed = blank(text, lay.skip)
    assert len(parsed) == len(text)
    assert parsed.count("Chile and Peru agree") == 1
    assert parsed.startswith("Chile and Peru agree")


def test_input_title_marks_equal_lines_as_copies(layout_of):
    text = "Rain delays harvest\n\nRAIN DELAYS HARVEST.\n\nFarmers said on Monday that rain had delayed the harvest.\n"
    _, lay = layout_of(text, title="Rain delays harvest")
    assert lay.title == "Rain delays harvest"
    assert lay.title_span == (0, 19)
    assert [text[s:e] for s, e in lay.copies] == ["RAIN DELAYS HARVEST."]


def test_input_title_absent_from_text(layout_of):
    _, lay = layout_of("Farmers said on Monday that rain had delayed the harvest.\n\nMore rain is due.", title="Harvest")
    assert lay.title == "Harvest" and lay.title_span is None and lay.copies == ()


def test_single_sentence_is_no_title(layout_of):
    _, lay = layout_of("The army said on Monday it had retaken the town.")
    assert lay.title is None and lay.title_span is None


def test_dateline_first_line_is_no_title(layout_of):
    _, lay = layout_of("WASHINGTON (AP) — The Senate passed the bill.\n\nIt goes to the House next.")
    assert lay.title is None
    assert lay.dateline and lay.dateline.place == "Washington"


def test_long_first_paragraph_is_no_title(layout_of):
    first = " ".join(["The minister said the talks would go on."] * 12)
    _, lay = layout_of(first + "\n\nThey did.")
    assert lay.title is None
