"""act55a: a dateline closed by a colon on the story's first line (`Kolkata: West Bengal Chief Minister ...`,
`MUMBAI: Another ...`), as South Asian outlets write their own cities: found by the structure stage when the place is
a large city, a country or a US state of the lexicon and the rest of the line is a sentence; not a headline that opens
with a name or a word and a colon (`Police: ...`, `Poll: ...`, `Rubio: ...`). Invented texts; before act55a no case
here had a dateline."""
import pytest

from dateline.structure import blank


@pytest.mark.parametrize("text, written, place", [
    ("Kolkata: The state's chief minister said on Monday that new markets would be built slowly and with care.\n\n"
     "He said more.", "Kolkata:", "Kolkata"),
    ("MUMBAI: A new kind of online fraud has reached the city, where bank customers were sent false letters.\n\n"
     "Police said more.", "MUMBAI:", "Mumbai"),
])
def test_dateline_with_a_colon(layout_of, text, written, place):
    _, lay = layout_of(text)
    d = lay.dateline
    assert d is not None and (d.place, d.agency) == (place, None)
    assert text[d.start:d.end] == written
    assert not blank(text, lay.skip)[:d.end].strip()


@pytest.mark.parametrize("text", [
    # a headline: a word that a small place shares, then a colon
    "Police: Man shot outside a bar on Main Street late on Saturday night was a visitor from out of town.\n\n"
    "More follows.",
    # a headline in title case after a large city: no sentence
    "Chicago: The City That Works Again\n\nThe mayor said on Monday that the budget was balanced.",
    # a short line
    "Karachi: Talks go on.\n\nMore follows.",
    # a colon further down the story
    "The minister spoke on Monday in the capital about the budget, and his party's leaders agreed with him.\n\n"
    "The talks went on all day.\n\nLahore: A meeting of the party's leaders was held on Sunday in the old city hall.\n",
])
def test_no_dateline_with_a_colon(layout_of, text):
    _, lay = layout_of(text)
    assert lay.dateline is None or not text[lay.dateline.start:lay.dateline.end].rstrip().endswith(":")
