"""Targets the trigger's own slots miss (issue 10, ev14d): the conjuncts a participant's span leaves out, the subject
of the that-clause of an act aimed only at a thing, and an age (`a 4-year-old`, parsed as the adjective `old`) that a
relative pronoun or a pronoun stands for."""
from __future__ import annotations

from tests.helpers import found, targets


def test_a_conjunct_the_target_leaves_out_is_a_target(run):
    art = run("\n\nIn the same interview, Harlow also withheld support from Pettigrew and Okafor.\n")
    got = [targets(e) for e in art.events if e.type in ("REJECT", "ACCUSE")]
    assert any(any("Pettigrew" in t for t in ts) and any("Okafor" in t for t in ts) for ts in got), \
        [(e.type, e.trigger.text, targets(e)) for e in art.events]


def test_calling_it_dangerous_that_someone_did_is_aimed_at_them(run):
    art = run("\n\nThe mayor released a new video calling it reckless that Governor Pruitt has no plan for the "
              "floods.\n")
    got = [targets(e) for e in found(art, "ACCUSE")]
    assert any(any("Pruitt" in t for t in ts) for ts in got), [(e.type, e.trigger.text, targets(e))
                                                               for e in art.events]


def test_a_relative_pronoun_after_an_age_is_the_age(run):
    art = run("\n\nPolice are investigating a 4-year-old who was shot in the leg in east Dayton on Sunday night.\n")
    got = [targets(e) for e in found(art, "ASSAULT")]
    assert got and all("who" not in ts for ts in got), got
    assert any(any("4-year-old" in t for t in ts) for ts in got), got


def test_both_of_whom_after_two_ages_is_them(run):
    art = run("\n\nA 31-year-old and a 19-year-old, both of whom were shot, died at County General, "
              "police said.\n")
    got = [targets(e) for e in found(art, "ASSAULT")]
    assert any(any("31-year-old" in t for t in ts) for ts in got), got


def test_he_after_an_age_is_the_age(run):
    art = run("\n\nA 6-year-old is in fair condition after he was shot in the leg Sunday.\n")
    got = [targets(e) for e in found(art, "ASSAULT")]
    assert any(any("6-year-old" in t for t in ts) for ts in got), got


def test_a_thing_a_pronoun_owns_is_aimed_at_whom_the_pronoun_stands_for(run):
    art = run("\n\nSince the spring, Ms. Oduya has listed her differences with Mr. Brandt and mocked his refusal to "
              "publish the letters.\n")
    got = [targets(e) for e in found(art, "ACCUSE")]
    assert any(any("Brandt" in t for t in ts) for ts in got), [(e.type, e.trigger.text, targets(e))
                                                              for e in art.events]


def test_a_thing_the_source_owns_adds_no_target(run):
    art = run("\n\nSenator Oduya mocked his own refusal to publish the letters.\n")
    got = [targets(e) for e in found(art, "ACCUSE")]
    assert got and all(not any("Oduya" in t for t in ts) for ts in got), got


def test_doubt_that_someone_could_is_aimed_at_them_past_a_date(run):
    art = run("\n\nIn March, the ministry expressed doubt that Russia had the means to build such a missile.\n")
    got = [targets(e) for e in found(art, "ACCUSE")]
    assert any(any("Russia" in t for t in ts) for ts in got), [(e.type, e.trigger.text, targets(e))
                                                              for e in art.events]


def test_the_one_in_critical_condition_after_a_shooting_is_its_target(run):
    art = run("\n\nTwo women are at County General with serious injuries after a shooting Sunday night near the bus "
              "depot.\n")
    got = [targets(e) for e in found(art, "ASSAULT")]
    assert any(any("Two women" in t for t in ts) for ts in got), got


def test_a_thing_in_poor_condition_is_no_victim(run):
    art = run("\n\nThe old bridge is in poor condition after the bombing.\n")
    got = [targets(e) for e in found(art, "ASSAULT")]
    assert all(not any("bridge" in t for t in ts) for ts in got), got
