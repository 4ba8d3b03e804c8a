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


def test_headline_run_into_the_lede_on_one_line(layout_of):
    """Scraped local news puts the headline and the story on one line, a full stop between them."""
    text = ("Farm shop reopens after flood. A farm shop that was shut for six weeks by flood water opened again "
            "on Saturday, its owners said.")
    _, lay = layout_of(text)
    assert lay.title == "Farm shop reopens after flood" and lay.title_span == (0, 29)
    assert lay.copies == ()
    _, lay = layout_of("Plant sale set for May 4. The garden club will hold its sale at the church hall from nine.")
    assert lay.title == "Plant sale set for May 4"          # a number before the full stop is no initial


def test_a_lede_on_one_line_is_no_headline(layout_of):
    # a lede opens with an article or a pronoun, or runs long
    for text in ("The council met on Monday. It voted to close the old library on the hill by the end of the year.",
                 "Heavy rain that fell over three days across the north of the country flooded dozens of towns "
                 "and farms. Roads were closed.",
                 # the full stop of an abbreviation, an initial or a state ends no headline
                 "Parade set for St. Patrick's Day. The parade will start at noon on Main Street and end at the park.",
                 "John A. Smith. Services will be held on Friday at the chapel on the hill for family and friends.",
                 "Fire destroys barn near Macon, Ga. No one was hurt when the barn burned down late on Sunday night.",
                 # a weekday, `said`: a lede's words
                 "Mayor Ann Lee visited Dover on Monday. Lee met the council to thank the town's volunteers for it.",
                 "Talks will go on, Lee said. The two sides met in Dover for a third round of talks over the port."):
        _, lay = layout_of(text)
        assert lay.title is None and lay.title_span is None, text


def test_run_in_headline_after_a_dateline_is_none(layout_of):
    _, lay = layout_of("WASHINGTON (AP) — Senate passes bill. The House takes it up next week after a long recess.")
    assert lay.title_span is None
