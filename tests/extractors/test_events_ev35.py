"""Issue 10, ev35: criticism taken `under assault by` someone, verbs of harsh words for a rout in a game sentence,
and the crime an arrest's `in` phrase names (the case, not the arrested). Invented sentences; each test keeps the
forms that stay."""
from __future__ import annotations

from harm_story import HARM, events  # noqa: F401 (HARM for tests that name it)


def _events(run, text: str) -> list:
    return events(run, text)


def test_under_assault_by_a_politician_is_criticism(run):
    evs = _events(run, "Senator Kell came under assault by Senator Roe over the budget.")
    assert [e for e in evs if e[0] == "ACCUSE" and e[2] == ("Senator Roe",) and e[3] == ("Senator Kell",)]
    assert not [e for e in evs if e[0] == "ASSAULT"]


def test_under_fire_by_gunmen_stays_force(run):
    evs = _events(run, "Police came under fire by gunmen outside the station.")
    assert not [e for e in evs if e[0] == "ACCUSE"]


def test_a_rout_told_with_harsh_words_is_play(run):
    for text in ("The Jets blasted the Dolphins 35-3 behind four touchdown passes.",
                 "Arsenal slammed Chelsea 4-0 at the Emirates."):
        assert not [e for e in _events(run, text) if e[0] == "ACCUSE"], text


def test_harsh_words_with_no_game_stay(run):
    evs = _events(run, "Senator Kell blasted Governor Roe over the budget on Tuesday.")
    assert [e for e in evs if e[0] == "ACCUSE"]


def test_an_arrest_in_a_crime_targets_the_arrested(run):
    evs = _events(run, "Police arrest 15-year-old in Harlow store robbery")
    assert [e for e in evs if e[0] == "COERCE" and e[3] == ("15-year-old",)]
    evs = _events(run, "Deputies arrest two men in Tuesday robbery")
    assert [e for e in evs if e[0] == "COERCE" and e[3] == ("two men",)]


def test_a_search_for_a_suspect_keeps_its_target(run):
    evs = _events(run, "Harlow police are now searching for a lone gunman in that robbery.")
    assert [e for e in evs if e[0] == "COERCE" and e[3] and e[3][0].startswith("a lone gunman")]
