"""Issue 10, recall on wire politics (ev31a): forms of missed required events of the PolNeAR articles of tune
(even half), each fixed for its class; invented sentences."""
from __future__ import annotations

from tests.helpers import found, sides, types


def test_a_settlement_reached_with_another_side_agrees(run):
    art = run("\n\nThe developer reached a settlement with the federal government.\n")
    assert [sides(e) for e in found(art, "AGREE")] == [(["The developer"], ["the federal government"])]
    art = run("\n\nIsrael opened a new settlement in the West Bank.\n")
    assert not found(art, "AGREE")        # (a place built, no agreement)


def test_troops_added_or_an_army_grown_show_force(run):
    art = run("\n\nThe government is gradually increasing troops in the region.\n")
    assert [sides(e)[0] for e in found(art, "MOBILIZE")] == [["The government"]]
    art = run("\n\nThe Danes said they are now expanding their army, the first such move in 30 years.\n")
    assert found(art, "MOBILIZE"), types(art)
    art = run("\n\nJapan will expand its military budget next year.\n")
    assert not found(art, "MOBILIZE")


def test_carriers_sent_and_war_planes_scrambled_are_a_show_of_force(run):
    art = run("\n\nThe Pentagon deployed two carriers to the Persian Gulf.\n")
    assert [e.trigger.text for e in found(art, "MOBILIZE")] == ["deployed"] and not found(art, "AID"), types(art)
    art = run("\n\nCanada scrambled fighter jets to intercept the bombers.\n")
    assert [sides(e)[0] for e in found(art, "MOBILIZE")] == [["Canada"]], types(art)


def test_joined_steps_of_the_law_are_acts_of_their_own(run):
    art = run("\n\nThe militia said rebel forces raided houses and arrested dozens of party members.\n")
    assert [e.trigger.text for e in found(art, "COERCE")] == ["raided", "arrested"], types(art)
    art = run("\n\nTom Ward, 41, was convicted in county court of tax fraud and was sentenced this week.\n")
    assert [e.trigger.text for e in found(art, "COERCE")] == ["convicted", "sentenced"], types(art)
