"""Issue 11, src40: an event's source the text gives but dateline left out or put on the wrong side. A passive
verb's perfect infinitive (`X is suspected to have shot Y`, `are believed to have killed`) is X's act: X is its source,
not one more victim. Invented sentences; each test keeps a form that stays."""
from __future__ import annotations

from harm_story import HARM, events  # noqa: F401 (HARM for tests that name it)


def _assaults(run, text: str) -> list:
    return [e for e in events(run, text) if e[0] == "ASSAULT"]


def test_one_suspected_to_have_shot_is_the_source(run):
    evs = _assaults(run, "Senator Mark Wilton is suspected to have shot a neighbor.")
    assert [(e[2], e[3]) for e in evs] == [(("Senator Mark Wilton",), ("a neighbor",))]


def test_ones_believed_to_have_killed_are_the_source(run):
    evs = _assaults(run, "The rebels are believed to have killed two soldiers near the border.")
    assert [(e[2], e[3]) for e in evs] == [(("The rebels",), ("two soldiers",))]


def test_one_found_shot_is_still_hit(run):
    evs = _assaults(run, "A boy was found shot near the school, and a gunman wounded two men.")
    assert all("A boy" not in e[2] for e in evs)
