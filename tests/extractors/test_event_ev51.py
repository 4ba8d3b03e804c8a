"""A word of blame that with the noun after it names a kind of people or of act blames no one (issue 10, ev51;
extractors/events/evaluative.py, lexicon/evaluation.tsv `kind`): `illegal immigrants are coming`, `before the
terrorist attack on the embassy`. The same word on another noun still blames its owner. Invented sentences."""
from __future__ import annotations

import pytest

from dateline.extractors.events.evaluative import words
from tests.helpers import found, shown


# the name of a kind (fail on main: an ACCUSE at the adjective)
@pytest.mark.parametrize("text, word", [
    ("\"Illegal immigrants are coming over the river that we keep paying for week after week,\" said Tom Hale, a "
     "farmer in Ohio.", "Illegal"),
    ("\"Two weeks before the 2014 terrorist attack on the embassy in Tunis, the envoy asked for more guards,\" "
     "Senator Ana Ruiz said.", "terrorist"),
])
def test_a_kind_named_blames_no_one(run, text, word):
    art = run(text)
    assert not [e for e in found(art, "ACCUSE") if e.trigger.text == word], shown(art)


# guards: the same word on a deed or a person of the story (pass on main and here)
@pytest.mark.parametrize("text, word", [
    ("Senator Dan Ives said the mayor's illegal scheme had cost the city millions.", "illegal"),
    ("\"Hale's terrorist friends attacked our town,\" Mayor Ana Ruiz said.", "terrorist"),
])
def test_the_word_on_a_deed_still_blames(run, text, word):
    art = run(text)
    assert [e for e in found(art, "ACCUSE") if e.trigger.text == word], shown(art)


def test_kind_rows_are_two_lemmas():
    rows = words()["kind"]
    assert "illegal immigrant" in rows
    blame = words()["negative"] | words()["blame"] | words()["scorn"]
    for row in rows:
        adjective, noun = row.split(" ")
        assert adjective in blame and noun.isalpha(), row


# someone sought `in connection with` a crime is a manhunt, COERCE (fail on main: a REQUEST)
def test_sought_in_connection_with_a_crime_is_a_manhunt(run):
    art = run("Detectives released photos of a woman who is sought in connection with a robbery that left a shop owner "
              "hurt in Dayton.")
    sought = [e for e in art.events if e.trigger.text == "sought"]
    assert [e.type for e in sought] == ["COERCE"], shown(art)


# guard: a meeting sought in connection with talks stays a request (pass on main and here)
def test_a_meeting_sought_in_connection_with_talks_stays_a_request(run):
    art = run("The senator sought a meeting in connection with the budget talks.")
    assert [e.type for e in art.events if e.trigger.text == "sought"] == ["REQUEST"], shown(art)
