"""ev36c: a verb the parse hung as a reduced relative from the sentence's noun root, set off by an appositive
between commas and acting on someone (`The anchor, a debate co-moderator, unloaded on X`), is the sentence's main
verb: the noun is its source (on main it had none and the page's writer or a far speaker was taken). The passive
readings (`The suspect, a local man, charged with murder`; `..., attacked by rivals`) stay as they were. Invented
sentences."""
from __future__ import annotations

from harm_story import HARM, events  # noqa: F401 (HARM for tests that name it)


def _events(run, text: str) -> list:
    return events(run, text)


def test_main_verb_read_as_relative_takes_the_noun_as_source(run):
    evs = _events(run, "The debate was tense. The Channel Nine anchor, a debate co-moderator, unloaded on the "
                       "front-runner with a query that amounted to a scolding.")
    assert [e[2] for e in evs if e[1] == "unloaded"] == [("The Channel Nine anchor, a debate co-moderator",)], evs


def test_passive_readings_stay_unowned_or_by_doers(run):
    # guards (pass on main too): a passive participle after an appositive is no main verb
    evs = _events(run, "The suspect, a local man, charged with murder.")
    assert all(e[2] == () for e in evs if e[1] == "charged"), evs
    evs = _events(run, "The anchor, a debate moderator, attacked by rivals.")
    assert [e[2] for e in evs if e[1] == "attacked"] == [("rivals",)], evs
