"""Issue 11, src40: an event's source the text gives but dateline left out or put on the wrong side. A passive
verb's perfect infinitive (`X is suspected to have shot Y`, `are believed to have killed`) is X's act: X is its source,
not one more victim. A tensed verb joined to the clause before with no subject, right after a noun the parse made a
conjunct of that clause's object (`was hurt in the blast and troops arrested X`), has that noun as its subject.
Invented sentences; each test keeps a form that stays."""
from __future__ import annotations

import pytest

from harm_story import HARM, events  # noqa: F401 (HARM for tests that name it)


def _assaults(run, text: str) -> list:
    return [e for e in events(run, text) if e[0] == "ASSAULT"]


# (each row was a test function of its own; its id is the function's name)
@pytest.mark.parametrize("text, source, target", [
    pytest.param("Senator Mark Wilton is suspected to have shot a neighbor.", "Senator Mark Wilton", "a neighbor",
                 id="one_suspected_to_have_shot_is_the_source"),
    pytest.param("The rebels are believed to have killed two soldiers near the border.", "The rebels",
                 "two soldiers", id="ones_believed_to_have_killed_are_the_source"),
])
def test_a_perfect_infinitive_of_a_passive_has_its_subject_for_source(run, text, source, target):
    evs = _assaults(run, text)
    assert [(e[2], e[3]) for e in evs] == [((source,), (target,))]


def test_one_found_shot_is_still_hit(run):
    evs = _assaults(run, "A boy was found shot near the school, and a gunman wounded two men.")
    assert all("A boy" not in e[2] for e in evs)


def _of(run, text: str, trigger: str) -> list:
    return [(e[2], e[3]) for e in events(run, text) if e[1] == trigger]


# (each row was a test function of its own; its id is the function's name)
@pytest.mark.parametrize("text, source, target", [
    pytest.param("Nobody else was injured in the attack and police arrested the man.", "police", "the man",
                 id="a_subject_read_as_a_conjunct_of_a_phrase_object_is_the_next_verbs"),
    pytest.param("Two men were hurt in the blast and troops arrested a suspect.", "troops", "a suspect",
                 id="a_subject_read_as_a_conjunct_is_not_the_first_clauses_victims"),
    pytest.param("Police searched the house of the driver and the passenger and arrested the owner.", "Police",
                 "the owner", id="a_list_of_objects_before_a_joined_verb_keeps_the_first_subject"),
])
def test_a_joined_verb_with_no_subject_has_its_own_arrest(run, text, source, target):
    assert _of(run, text, "arrested") == [((source,), (target,))]
