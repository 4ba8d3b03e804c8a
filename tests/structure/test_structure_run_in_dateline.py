"""struct35: a dateline run in after the headline on one line (`Council backs budget. MALTA – The council voted ...`),
as one-line local news has it: found by the structure stage, the headline kept as the title, the dateline blanked.
Invented texts; before struct35 every positive case here had no dateline."""
import pytest

from dateline.structure import blank


@pytest.mark.parametrize("text, written, place, region, agency, title", [
    ("Library board backs new branch. HOLLISTER — The library board voted on Monday to open a branch in the east "
     "of the town next year.", "HOLLISTER —", "Hollister", None, None, "Library board backs new branch"),
    # a space before the full stop; `ST.` in the place; a double hyphen
    ("Boat found drifting on river . ST. CLOUD -- Police said a small boat was found drifting near the dam late on "
     "Sunday.", "ST. CLOUD --", "St. Cloud", None, None, "Boat found drifting on river"),
    # an abbreviation's full stop inside the headline is no sentence end a dateline follows
    ("Missing Ky. hiker found safe in park. BEREA, Ky. - A hiker missing for two days was found safe by rangers on "
     "Tuesday morning.", "BEREA, Ky. -", "Berea", "Ky.", None, "Missing Ky. hiker found safe in park"),
    # a region or an agency names a place the gazetteer does not know
    ("Mill to close in spring. QUILLBY MARSH, Ore. (AP) — The owners of the last mill in the valley said it would "
     "close in April.", "QUILLBY MARSH, Ore. (AP) —", "Quillby Marsh", "Ore.", "AP", "Mill to close in spring"),
    # a country
    ("Council backs harbour plan! MALTA – The council voted on Tuesday to back a plan for the old harbour.",
     "MALTA –", "Malta", None, None, "Council backs harbour plan"),
])
def test_dateline_after_the_headline_on_one_line(layout_of, text, written, place, region, agency, title):
    _, lay = layout_of(text)
    d = lay.dateline
    assert d is not None
    assert text[d.start:d.end] == written
    assert (d.place, d.region, d.agency) == (place, region, agency)
    assert lay.title == title and text[slice(*lay.title_span)] == title
    parsed = blank(text, lay.skip)
    assert parsed[:len(title)] == title                       # the headline is parsed ...
    assert parsed[d.start:d.end].strip() == ""                # ... the dateline is not
    assert parsed[d.end:].lstrip()[:1].isupper()


@pytest.mark.parametrize("text", [
    # an acronym or an organisation with a dash is no dateline: not a gazetteer place (NASA), an organisation
    # (NATO), initials (UN), or the story after the dash opens in lower case
    "Probe lands on the moon. NASA – The agency said the probe landed safely after a week in orbit.",
    "Allies meet in the north. NATO — Ministers agreed on Thursday to hold more drills next year.",
    "Talks stall again. UN - Diplomats said on Friday that the talks would not resume this month.",
    "Rocket test delayed. DENVER - based engineers said the test would wait until the weather cleared.",
    # only the first such run after the headline: a rejected one is not passed over for a later one
    "Probe lands on the moon. NASA – The agency said the probe landed safely. HOUSTON – Engineers cheered it.",
    # a sentence of a lede longer than a headline before it
    "The council met on Monday night for three hours and argued about the library, the harbour, the roads, the "
    "school and the new park before it voted. HOLLISTER — The vote was close.",
])
def test_capitals_with_a_dash_that_are_no_dateline(layout_of, text):
    _, lay = layout_of(text)
    assert lay.dateline is None


def test_multi_line_texts_keep_their_datelines(layout_of):
    text = ("Library board backs new branch\n\nHOLLISTER — The library board voted on Monday to open a branch.\n\n"
            "The branch opens next year.")
    _, lay = layout_of(text)
    assert lay.title == "Library board backs new branch"
    assert text[lay.dateline.start:lay.dateline.end] == "HOLLISTER —"
    # a short first line that is a headline stays one: the dateline is looked for at line starts only
    text = "Board votes. HOLLISTER — It voted.\n\nThe branch opens next year after the board voted on Monday."
    _, lay = layout_of(text)
    assert lay.title == "Board votes. HOLLISTER — It voted." and lay.dateline is None


def test_a_given_title_keeps_its_place(layout_of):
    text = ("Library board backs new branch. HOLLISTER — The library board voted on Monday to open a branch in the east "
            "of the town next year.")
    _, lay = layout_of(text, title="Library Board Backs New Branch")
    assert lay.title == "Library Board Backs New Branch" and lay.title_span == (0, 30)
    assert lay.dateline.place == "Hollister"


def test_a_postal_code_after_the_place(layout_of):
    # a state's two-letter postal code as the region, at a line's start or run in after the headline
    text = "Bridge closed for repairs\n\nCEDAR FORKS, MO (KXYZ) - Crews closed the bridge on Monday for repairs."
    _, lay = layout_of(text)
    d = lay.dateline
    assert (d.place, d.region, d.agency) == ("Cedar Forks", "MO", "KXYZ")
    text = "Bridge closed for repairs. CEDAR FORKS, MO - Crews closed the bridge on Monday for repairs."
    _, lay = layout_of(text)
    d = lay.dateline
    assert (d.place, d.region, text[d.start:d.end]) == ("Cedar Forks", "MO", "CEDAR FORKS, MO -")
