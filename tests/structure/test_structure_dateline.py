"""Datelines in their wire forms: place, region, agency, offsets, and what is blanked."""
import pytest

from dateline.structure import blank
from dateline.structure.dateline import title_case


def test_afp_own_line(layout_of):
    text, lay = layout_of("structure_headline_thrice.txt")
    d = lay.dateline
    assert (d.place, d.agency) == ("Santiago", "AFP")
    assert text[d.start:d.end] == "SANTIAGO - Agence France-Presse"
    assert (d.start, d.end) in lay.skip or any(s <= d.start and d.end <= e for s, e in lay.skip)


def test_ap_double_hyphen(layout_of):
    text, lay = layout_of("structure_dateline_ap.txt")
    d = lay.dateline
    assert (d.place, d.agency) == ("United Nations", "AP")
    assert text[d.start:d.end] == "UNITED NATIONS (AP) --"
    parsed = blank(text, lay.skip)
    assert parsed[d.end:].lstrip().startswith("The Security Council voted")
    assert "UNITED" not in parsed


def test_reuters_with_date_keeps_the_date_visible(layout_of):
    text, lay = layout_of("structure_dateline_reuters_date.txt")
    d = lay.dateline
    assert (d.place, d.agency) == ("London", "Reuters")
    assert text[d.start:d.end] == "LONDON, March 4 (Reuters) -"
    parsed = blank(text, lay.skip)
    assert parsed[d.start:d.end].split() == ["March", "4"]   # the date extractor still reads it


@pytest.mark.parametrize("line, place, region, agency", [
    ("Beirut (AFP) – Syrian troops shelled the city.", "Beirut", None, "AFP"),
    ("WASHINGTON (AP) — The Senate voted.", "Washington", None, "AP"),
    ("NEW YORK, Sept 12 (Reuters) - Stocks rose.", "New York", None, "Reuters"),
    ("NEW YORK, Sept. 12, 2016 (UPI) — Stocks rose.", "New York", None, "UPI"),
    ("MANCHESTER, N.H. - The governor spoke.", "Manchester", "N.H.", None),
    ("NAIROBI, Kenya (AP) _ Police said.", "Nairobi", "Kenya", "AP"),
    ("RIO DE JANEIRO (Reuters) - Police said.", "Rio de Janeiro", None, "Reuters"),
    ("SEOUL, March 3 (Yonhap) -- North Korea fired.", "Seoul", None, "Yonhap"),
    ("ANKARA (Anadolu Agency) - The ministry said.", "Ankara", None, "Anadolu"),
    ("TOKYO (Kyodo) -- The cabinet approved.", "Tokyo", None, "Kyodo"),
    ("WASHINGTON — The Senate voted.", "Washington", None, None),
    ("INDEPENDENCE, MO. (AP)-- Three countries joined.", "Independence", "MO.", "AP"),
])
def test_inline_forms(layout_of, line, place, region, agency):
    _, lay = layout_of("Headline here\n\n" + line + "\n\nMore text follows.")
    d = lay.dateline
    assert d is not None, line
    assert (d.place, d.region, d.agency) == (place, region, agency)


def test_date_only_dateline():
    from dateline.structure.dateline import match_dateline

    text = "Dec 29 (Reuters) - The candidate said on Tuesday."
    d = match_dateline(text, 0, len(text))
    assert d and d.place is None and d.agency == "Reuters" and d.date == (12, 29, None)


@pytest.mark.parametrize("line", [
    "Mehmet Oz — a surgeon and TV host — said.",          # title-case words and a dash: no agency, no dateline
    "Paris (AFP) said nothing about it.",                  # a sentence, not a dateline
    "Sen. Ted Cruz (R-Texas) — said he would vote no.",    # parentheses that hold no agency
    "BREAKING - The minister has resigned.",               # a rubric, not a place
    "The minister said the talks went well.",
])
def test_not_datelines(layout_of, line):
    _, lay = layout_of("Headline here\n\n" + line + "\n\nMore text follows.")
    assert lay.dateline is None


def test_dateline_deep_in_the_text_is_ignored(layout_of):
    body = "\n\n".join(f"Paragraph {i} of the story goes on." for i in range(8))
    _, lay = layout_of("Headline\n\n" + body + "\n\nLONDON (Reuters) - Late line.")
    assert lay.dateline is None


def test_title_case():
    assert title_case("NEW YORK") == "New York"
    assert title_case("DAR ES SALAAM") == "Dar es Salaam"
    assert title_case("ST. LOUIS") == "St. Louis"
    assert title_case("U.N.") == "U.N."
    assert title_case("Beirut") == "Beirut"


def test_no_break_space_before_the_dash(layout_of):
    text, lay = layout_of("Headline\n\nCHARLESTON, S.C.\u00a0— The candidate spoke.\n\nMore.")
    d = lay.dateline
    assert (d.place, d.region) == ("Charleston", "S.C.")
    assert text[d.start:d.end] == "CHARLESTON, S.C.\u00a0—"


@pytest.mark.parametrize("line, place, agency", [
    ("(CNN) — The senator said on Sunday she would run.", None, "CNN"),
    ("NEW DELHI, Nov 5 (PTI): The government said on Monday it would act.", "New Delhi", "PTI"),
    ("LONDON (Thomson Reuters Foundation) - Charities warned on Tuesday.", "London", "Reuters"),
    ("KABUL, Afghanistan, Aug 2 (Reuters) - A blast hit the city.", "Kabul", "Reuters"),
])
def test_more_wire_forms(layout_of, line, place, agency):
    _, lay = layout_of("Headline\n\n" + line + "\n\nMore text follows.")
    assert lay.dateline is not None and (lay.dateline.place, lay.dateline.agency) == (place, agency)


def test_transcript_speaker_label_is_no_dateline(layout_of):
    _, lay = layout_of("Headline\n\nPENCE: And that is why he will win.\n\nMore.")
    assert lay.dateline is None


@pytest.mark.parametrize("line", ["NEW YORK (AP) — Stocks fell.", "RIO DE JANEIRO, Brazil (AP) — It rained.",
                                  "Beirut (AFP) – Shells fell."])
def test_place_sits_at_the_dateline_start_as_long_as_written(layout_of, line):
    text, lay = layout_of("Headline\n\n" + line + "\n\nMore.")
    d = lay.dateline
    assert text[d.start:d.start + len(d.place)].lower() == d.place.lower()
