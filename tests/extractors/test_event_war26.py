"""An attack between armed forces or war machines is force, not words (issue 10, session 26): the assailing check
that makes `tried to attack Trump` criticism leaves an attack alone when a source or target is an armed force or a
war machine (event_cues `warforce`), as evaluative._under_fire does for `came under attack from`."""
from __future__ import annotations


def types_of(article):
    return [(e.type, " ".join(p.text for p in e.source), " ".join(p.text for p in e.target)) for e in article.events]


def test_warships_attacked_by_naval_forces_is_no_criticism(run):
    got = types_of(run("\n\nOfficials told a story about two warships coming under attack from enemy naval forces.\n"))
    assert not any(t == "ACCUSE" for t, _, _ in got), got
    assert any(t == "ASSAULT" and "naval forces" in s for t, s, _ in got), got


def test_a_politician_under_attack_from_rivals_stays_criticism(run):
    got = types_of(run("\n\nThe senator came under attack from Republicans over her remarks.\n"))
    assert any(t == "ACCUSE" and "Republicans" in s and "senator" in tg for t, s, tg in got), got
