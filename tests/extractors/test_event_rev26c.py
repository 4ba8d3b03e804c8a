"""Misfires of ev26b's road mishap and ev26c's own denial (issue 10, rev26c), on invented sentences: a vehicle that
kills or strikes a crowd, a march or a gathering is rammed into it, no mishap (crime._road_mishap, crime_words
`throng`); a law force saying it has not taken a step of its case (arrest, charge, identify) tells how the case
stands, and a finding or a desert (`identify`, `deserve`: evaluation `deedless`) is
no deed: neither is a denial (evaluative._own_denial); `In the event,` with a comma is `as it turned out`, no
condition (checks._in_the_event); `targets` read as a plural noun by the parse is still aimed with no harm
(checks._aimed_unarmed)."""
from __future__ import annotations

from tests.helpers import by_trigger


def test_a_vehicle_driven_into_a_gathering_is_no_mishap(run):
    art = run("A man driving a van killed five people at a summer festival on Saturday.")
    assert [e for e in by_trigger(art, "killed") if e[0] == "ASSAULT"], art.events
    art = run("A pickup truck struck a crowd of marchers downtown, injuring a dozen people.")
    assert [e for e in by_trigger(art, "struck") if e[0] == "ASSAULT"], art.events


def test_a_road_mishap_is_still_one(run):
    art = run("A delivery van struck a cyclist at the intersection on Monday morning.")
    assert not [e for e in by_trigger(art, "struck") if e[0] == "ASSAULT"], art.events


def test_police_with_no_arrest_yet_deny_nothing(run):
    art = run("Detectives said they have not arrested anyone in the burglaries.")
    assert not [e for e in art.events if e.type == "REJECT"], art.events
    art = run("The sheriff said deputies had not charged anyone with the thefts.")
    assert not [e for e in art.events if e.type == "REJECT"], art.events


def test_a_finding_or_a_desert_is_no_deed_denied(run):
    art = run("Investigators said they had not identified a cause of the fire.")
    assert not [e for e in art.events if e.type == "REJECT"], art.events
    art = run("The manager said they did not deserve to lose the final.")
    assert not [e for e in art.events if e.type == "REJECT"], art.events


def test_a_deed_denied_is_still_a_denial(run):
    art = run("The treasurer insisted she never took the money from the fund.")
    assert [e for e in by_trigger(art, "took") if e[0] == "REJECT"], art.events
    art = run("The mayor said he did not fire the city manager.")
    assert [e for e in by_trigger(art, "fire") if e[0] == "REJECT"], art.events


def test_in_the_event_with_a_comma_is_no_condition(run):
    art = run("In the event, the insurgents attacked the garrison shortly after midnight.")
    assert [e for e in by_trigger(art, "attacked") if e[0] == "ASSAULT" and not e[3]], art.events
    art = run("In the event that insurgents attack the garrison, the army will send reinforcements.")
    assert all(e[3] for e in by_trigger(art, "attack")), art.events


def test_an_ad_that_targets_a_senator_with_its_verb_read_as_a_noun_is_no_attack(run):
    art = run("The new ad targets Senator Okafor over his record on pensions.")
    assert not [e for e in by_trigger(art, "targets") if e[0] == "ASSAULT"], art.events
