"""Type confusions in whole articles (issue 10, ev25b): a trigger's sense read by what it governs, on invented
sentences; each test also keeps the other reading (extractors/events/checks.py: `_own_defended`, `retype`'s
self-defence against a charge, `_charge_answered`, `_attacked_for_doing`)."""
from __future__ import annotations


def typed(article, trigger):
    return [e.type for e in article.events if e.trigger.text == trigger and not e.negated and not e.hypothetical]


def show(article):
    return [(e.type, e.trigger.text, e.negated, e.hypothetical) for e in article.events]


def test_defending_ones_own_doing_backs_it(run):
    art = run("\n\nMs. Okafor defended her decision to close the plant on Tuesday.\n")
    assert typed(art, "defended") == ["SUPPORT"], show(art)
    art = run("\n\nThe mayor is defending his late-night posts about the council.\n")
    assert typed(art, "defending") == ["SUPPORT"], show(art)


def test_defending_ones_own_doing_only_when_told_as_done(run):
    art = run("\n\nThe senator was called before the panel to defend his claims.\n")
    assert typed(art, "defend") == [], show(art)
    art = run("\n\nThe senator has often cited the state's culture in defending his record.\n")
    assert typed(art, "defending") == [], show(art)


def test_defending_oneself_against_a_charge_rejects_it(run):
    art = run("\n\nGovernor Okafor defends himself against claims he lied about his taxes.\n")
    events = [e for e in art.events if e.trigger.text == "defends"]
    assert [e.type for e in events] == ["REJECT"], show(art)
    assert events[0].target == [] or all(p.text != "himself" for p in events[0].target)
    art = run("\n\nThe minister defended herself against accusations by the opposition.\n")
    events = [e for e in art.events if e.trigger.text == "defended"]
    assert [e.type for e in events] == ["REJECT"], show(art)
    assert [p.text for p in events[0].target] == ["the opposition"]


def test_defending_someone_else_or_oneself_by_force_is_no_rejection(run):
    art = run("\n\nThe minister defended her husband in a statement.\n")
    assert typed(art, "defended") == ["SUPPORT"], show(art)
    art = run("\n\nThe army defended itself against the attackers.\n")
    assert "REJECT" not in typed(art, "defended"), show(art)


def test_responding_to_a_charge_rejects_it(run):
    art = run("\n\nThe senator responded on Sunday to accusations that he lied about his taxes.\n")
    assert typed(art, "responded") == ["REJECT"], show(art)
    art = run("\n\nThe mayor responded to criticism from the council by pointing to the budget.\n")
    events = [e for e in art.events if e.trigger.text == "responded"]
    assert [e.type for e in events] == ["REJECT"], show(art)
    assert [p.text for p in events[0].target] == ["the council"]


def test_responding_to_anything_else_is_no_event(run):
    art = run("\n\nThe fire department responded to a call about smoke on Main Street.\n")
    assert typed(art, "responded") == [], show(art)
    art = run("\n\nThe mayor responded to the letter on Monday.\n")
    assert typed(art, "responded") == [], show(art)
    art = run("\n\nThe governor was forced to respond to the claims.\n")
    assert typed(art, "respond") == [], show(art)


def test_attacking_someone_for_a_deed_is_criticism(run):
    # (after a story of armed attacks, where an attack on a group was read as force)
    art = run("\n\nGunmen attacked the consulate in 2012, killing four guards. Democrats regularly attacked Republicans "
              "for how they were running the inquiry.\n")
    assert [e.type for e in art.events if e.trigger.text == "attacked"] == ["ASSAULT", "ACCUSE"], show(art)
    art = run("\n\nThe two candidates attacked each other for failing to do enough against the flood.\n")
    assert typed(art, "attacked") == ["ACCUSE"], show(art)


def test_an_attack_for_a_time_or_with_harm_stays_force(run):
    art = run("\n\nRebels attacked the town for two days.\n")
    assert typed(art, "attacked") == ["ASSAULT"], show(art)
    art = run("\n\nRebels attacked the convoy for refusing to pay, killing two drivers.\n")
    assert typed(art, "attacked") == ["ASSAULT"], show(art)


def test_ground_held_by_force_is_no_stance_backed(run):
    """rev25: `_own_defended` leaves out a site held where force is near (troops defending their positions); a
    stance defended stays SUPPORT."""
    art = run("\n\nThe troops defended their positions along the river on Friday.\n")
    assert "SUPPORT" not in typed(art, "defended"), show(art)
    art = run("\n\nThe senator defended his position on the pension reform on Friday.\n")
    assert typed(art, "defended") == ["SUPPORT"], show(art)


def test_a_place_attacked_for_a_deed_is_still_struck(run):
    """rev25: `_attacked_for_doing` leaves out a place or site struck (`_physical_target`): force, whatever the
    motive given."""
    art = run("\n\nMilitants attacked the village for refusing to pay them on Friday.\n")
    assert typed(art, "attacked") == ["ASSAULT"], show(art)
    art = run("\n\nProtesters attacked the consulate for hosting the talks.\n")
    assert typed(art, "attacked") == ["ASSAULT"], show(art)
    art = run("\n\nThe senator attacked the governor for cutting school budgets.\n")
    assert typed(art, "attacked") == ["ACCUSE"], show(art)


def test_strangers_attacking_someone_for_a_deed_is_no_criticism(run):
    """rev25: `_attacked_for_doing` leaves out strangers' attacks (`_stranger_source`, as `_attack_by_a_person`)."""
    art = run("\n\nTwo men attacked Maria Lopez for refusing to hand over her phone.\n")
    assert "ACCUSE" not in typed(art, "attacked"), show(art)
