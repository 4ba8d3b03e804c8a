"""Issue 10, review of ev30a and ev30b (rev30b): misfires of their rules on near misses, found by a diff audit of
main against int30 on invented sentences and on unread articles; each fixed for its class. Invented sentences."""
from __future__ import annotations

from tests.helpers import found, types


def test_a_state_left_in_a_state_has_not_withdrawn(run):
    for text in ("Norway left Iceland without fuel for a month.",
                 "Canada left Cuba out of the trade pact.",
                 "Poland left Hungary isolated in the bloc.",
                 "Egypt left Sudan to settle the dispute alone."):
        art = run(f"\n\n{text}\n")
        assert not found(art, "RETREAT"), (text, types(art))
    art = run("\n\nThe Dutch army left Iraq in 2005.\n")
    assert found(art, "RETREAT"), types(art)    # (a date: the going stays a withdrawal)


def test_a_civil_drill_is_no_show_of_force(run):
    for text in ("The library held a fire drill for its staff on Tuesday.",
                 "The clinic staged an evacuation exercise last week.",
                 "Nurses held a drill in the new ward."):
        art = run(f"\n\n{text}\n")
        assert not found(art, "MOBILIZE") and not found(art, "COOPERATE"), (text, types(art))
    art = run("\n\nThe army held drills near the border on Sunday.\n")
    assert found(art, "MOBILIZE"), types(art)   # (an armed force's drill stays one)


def test_forces_called_out_for_their_failings_are_criticised(run):
    art = run("\n\nActivists called out the militia for its abuses.\n")
    assert found(art, "ACCUSE") and not found(art, "MOBILIZE"), types(art)
    art = run("\n\nThe governor called out the National Guard on Friday.\n")
    assert found(art, "MOBILIZE"), types(art)


def test_a_title_head_alone_is_no_actor_of_an_act():
    """`public defender` is a title (act30a), but `defender` alone names a player: no REJECT of a blocked cross."""
    from dateline.extractors.events.nouns import actor_noun
    from dateline import nlp
    doc = next(nlp.parse(["The defender blocked the cross. The public defender spoke to the judge."]))
    defenders = [t for t in doc if t.lower_ == "defender"]
    assert not actor_noun(defenders[0])
