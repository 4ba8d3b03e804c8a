"""ident50: a dateline in capitals with no dash before the story's first line (`DENVILLE Maria Ocampo, 40, was ...`):
found by the structure stage and blanked, so that the place does not join the first name of the story. Not a
headline in capitals (`OREGON Lawmakers Pass Budget`), nor a place the gazetteer does not know, nor a line further
down. Invented texts; before ident50 no case here had a dateline."""
import pytest

from dateline.structure import blank


@pytest.mark.parametrize("text, written, place, region", [
    ("BALTIMORE Maria Ocampo, 40, was hurt on Sunday when a delivery van hit her car at a busy crossing downtown.\n\n"
     "She was taken to a hospital.", "BALTIMORE", "Baltimore", None),
    ("ORLANDO, Fla. Peter Vance, 52, opened a bakery on Saturday in a building that had stood empty for ten years.\n\n"
     "Vance said business was good.", "ORLANDO, Fla.", "Orlando", "Fla."),
    ("RALEIGH Sens. Ann Roe of Utah and Tom Roe of Iowa asked the Forest Service on Tuesday for more crews.\n\n"
     "More follows.", "RALEIGH", "Raleigh", None),
    ("SAN DIEGO Mayor Ann Kolb said on Monday that the city would hire forty more lifeguards before the summer.\n\n"
     "The council agreed.", "SAN DIEGO", "San Diego", None),
])
def test_dateline_with_no_dash(layout_of, text, written, place, region):
    _, lay = layout_of(text)
    d = lay.dateline
    assert d is not None and (d.place, d.region, d.agency) == (place, region, None)
    assert text[d.start:d.end] == written
    assert lay.title_span is None                 # (the first line is the story's, no headline)
    assert not blank(text, lay.skip)[:d.end].strip()


@pytest.mark.parametrize("text", [
    # a headline in capitals and title case: no full stop, a few words
    "OREGON Lawmakers Pass Budget\n\nSALEM, Ore. (AP) -- Oregon lawmakers passed a budget on Friday.",
    # a short line
    "BOSTON Police said.\n\nMore follows.",
    # a word in capitals that names no place of the gazetteer
    "NASA Engineers finished testing the new heat shield on Tuesday after three years of delays and budget cuts.\n\n"
    "More tests follow.",
    # initials
    "UN Officials said on Monday that aid convoys had reached the northern towns for the first time in a month.\n\n"
    "More follows.",
])
def test_no_dateline_without_a_dash_elsewhere(layout_of, text):
    _, lay = layout_of(text)
    assert lay.dateline is None or lay.dateline.place != "Oregon" and lay.dateline.start > 0, lay.dateline


def test_only_the_story_s_first_line(layout_of):
    text = ("Van hits car downtown\n\nA delivery van hit a car on Sunday at a busy crossing.\n\n"
            "BALTIMORE Police said on Monday that the driver of the van had been charged with reckless driving.")
    _, lay = layout_of(text)
    assert lay.dateline is None


@pytest.mark.parametrize("text", [
    # a lede whose first word is set in capitals: a place's name that is also the first word of a person's name, a
    # club's or an outlet's (one capitalised word, then lower case)
    "TYLER Marsh scored twenty points on Monday as the home side won the game by nine.\n\nMore follows.",
    "DALLAS Hornets coach Ben Ruiz said on Monday that his side would start a new goalkeeper.\n\nMore follows.",
    "BOSTON Globe reporters said on Monday that they had been kept out of the meeting by the chair.\n\nMore.",
    # a lexicon outlet's name run on into a title and a name
    "CHICAGO Tribune Editor Ann Lutz said on Monday that the paper would print six days a week.\n\nMore.",
    # a headline in capitals and title case that ends on a stop
    "FLORIDA Man Arrested After Police Say He Threw A Turtle Through A Shop Window.\n\nA man was held.",
    "OREGON Governor Signs Bill to Ban Phones at the Wheel on All State Roads.\n\nThe governor signed it.",
])
def test_no_dashless_dateline_in_a_name_or_a_headline_set_in_capitals(layout_of, text):
    _, lay = layout_of(text)
    assert lay.dateline is None, lay.dateline


def test_a_state_after_the_place_makes_one_capitalised_word_enough(layout_of):
    # guard: with a state's abbreviation after it the place is a dateline, whatever the lede's first words
    text = "TYLER, Tex. Police said on Monday that a man was hurt when his truck hit a tree near the lake.\n\nMore."
    _, lay = layout_of(text)
    assert lay.dateline is not None and (lay.dateline.place, lay.dateline.region) == ("Tyler", "Tex.")
    assert text[lay.dateline.start:lay.dateline.end] == "TYLER, Tex."
