"""review45a: precision mends of session 45's actor rules (docs/actors.md `### review45a`): a picture credit's label
only where a caption's credit can stand (not a sentence's `tax credit:`), and given names borne by both genders or
named for a place left out of given_names.tsv. Invented sentences only."""
from __future__ import annotations

import pytest

from dateline.extractors.quotes.lexicon import given_names


def _names(art):
    return {a.name for a in art.actors}


def test_a_colon_after_a_sentences_credit_is_no_picture_credit(run):
    """`... a larger child tax credit: Senator X and Y pushed for it` names the story's people (fails on int45:
    both dropped as a credit's names)."""
    text = ("WASHINGTON (Wire) -- The bill's biggest change is a larger child tax credit: Senator Elizabeth Warren "
            "and a Tucson nurse, Maria Quintero, pushed for it for years.\n\nThe House votes on the bill next week.\n")
    names = _names(run(text, published="2021-06-01"))
    assert {"Elizabeth Warren", "Maria Quintero"} <= names, names


@pytest.mark.parametrize("line", [
    "A photo of the flooded street. Photo credit: Jane Alvarez/Daily Star",
    "Credit: Jane Alvarez/Daily Star",
    "Water fills Elm Street on Monday (Photo credit: Jane Alvarez/Daily Star)",
])
def test_a_caption_credit_still_names_no_actor(run, line):
    """Guard: the credit's label after a caption's stop, at the line's start or in its bracket still marks the names
    after it as the page's."""
    text = (line + "\n\nResidents of Elm Street said the water rose within an hour. Mayor Tom Becker said crews "
            "would pump it out.\n")
    names = _names(run(text, published="2019-03-04"))
    assert "Jane Alvarez" not in names and "Tom Becker" in names, names


@pytest.mark.parametrize("name", ["dominique", "mackenzie", "alberta"])
def test_given_names_of_both_genders_or_of_a_place_are_not_listed(name):
    assert name not in given_names()


def test_a_french_dominique_keeps_his_pronoun(run):
    """`Dominique Moreau ... He said`: Dominique is a man's name in French (fails on int45: the `he` left unlinked)."""
    text = ("PARIS (Wire) -- Dominique Moreau, a wheat farmer near Chartres, sold his land on Monday. He said prices "
            "had fallen for three years and his sons did not want the farm.\n")
    art = run(text, published="2019-03-04")
    farmer = next(a for a in art.actors if a.name == "Dominique Moreau")
    assert "He" in [text[m.start:m.end] for m in farmer.mentions], farmer


def test_a_provinces_health_body_is_no_private_persons(run):
    """`Alberta Health Services` is no body named for a woman called Alberta (fails on int45: sector CVL)."""
    text = ("CALGARY (Wire) -- Alberta Health Services said 40 people were sick. Alberta Premier Jason Kenney said "
            "the province would pay for more nurses.\n")
    art = run(text, published="2019-03-04")
    body = next((a for a in art.actors if a.name == "Alberta Health Services"), None)
    assert body is None or body.sector != "CVL", body


@pytest.mark.parametrize("heading, kept", [
    ("Recommended changes", True),         # a report's own list (fails on int45: both people dropped as links)
    ("Recommended for you", False),        # guard: the page's list of other stories
])
def test_a_reports_recommended_list_is_no_list_of_links(run, heading, kept):
    text = ("DUNMORE (Wire) -- A county panel's report, released Monday, made three proposals to cut the jail's "
            f"crowding.\n\n{heading}\n\nSheriff Tom Ray to hire 20 more deputies by June\n\nJudge Ann Koval to hear "
            "bail cases at night\n\nThe county board votes on the plan next month.\n")
    names = _names(run(text, published="2019-03-04"))
    assert ({"Tom Ray", "Ann Koval"} <= names) is kept, names
