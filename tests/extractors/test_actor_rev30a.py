"""Misfires of act30a/act30b's actor rules found by rev30a's diff audit, on invented local news: a bare `the city` or
`the state` that is the place (or `the state of emergency`), a child's age noun before the child's name, and a region
named by a compass word (`the North Shore`) deciding the story's country."""
from __future__ import annotations

from tests.helpers import actor_at

at = actor_at


def test_the_city_harmed_is_no_government(run):
    text = ("Storm season\nForecasters warned that the city would be destroyed by the storm. Officials said the city "
            "will pay for the new levee.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "the city") is None
    a = at(art, text, "the city", 1)
    assert a is not None and a.sector == "GOV"


def test_an_aged_brother_before_a_day_is_still_an_actor(run):
    text = ("Boy shot\nA 16-year-old boy died after being shot by his 12-year-old brother on Saturday in Pellston, "
            "police said.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "12-year-old brother") is not None


def test_the_state_of_emergency_is_no_government(run):
    text = ("Curfew lifted\nThe governor's aide said the state of emergency ends on Monday, and the state of the "
            "roads is improving.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "the state") is None


def test_an_aged_child_named_after_is_the_named_person(run):
    text = ("Boy hurt in crash\nMark Ellery drove his 7-year-old son, Tommy Ellery, to the clinic after the crash on "
            "Elm Street, police said.\n")
    art = run(text, published="2016-04-04")
    a = at(art, text, "7-year-old son")
    assert a is None or "Tommy" in a.name


def test_a_compass_region_decides_no_country(run):
    text = ("Developer granted delay for North Shore hotel\nThe Stadium Authority board agreed yesterday to extend the "
            "deadlines for the North Shore hotel. Board member Ann Coyle said the North Shore projects were late. "
            "Developer Tom Vane said work on the North Shore would start in June.\n")
    art = run(text, published="2008-04-04")
    a = at(art, text, "Ann Coyle")
    assert a is not None and a.country != "NZL"


def test_a_victim_named_after_is_no_actor_of_its_own(run):
    text = ("Flu death\nHealth officials said another boy named Misra died of the flu in Pellston on Monday.\n")
    art = run(text, published="2016-04-04")
    a = at(art, text, "another boy")
    assert a is None or "Misra" in a.name
