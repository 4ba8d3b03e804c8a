"""An attack with no one on either side (checks.force_on_no_one): a topic or a reference back, not an event; an
attack with a doer or a victim, or one a clause tells, stays. On invented sentences."""
from __future__ import annotations


def assaults(article):
    return [(e.trigger.text, [p.text for p in e.source], [p.text for p in e.target]) for e in article.events
            if e.type == "ASSAULT"]


def test_an_attack_with_no_one_on_either_side_is_no_event(run):
    art = run("\n\nSenator Dana Pike spoke in Dunmore on Monday.\n\nMass shootings have become more frequent in "
              "recent years, and Pike wants a vote on the bill.\n")
    assert not [a for a in assaults(art) if a[0].lower().startswith("shooting")], assaults(art)


def test_an_attack_with_a_doer_or_a_victim_stays(run):
    art = run("\n\nRebels attacked the village of Dunmore on Monday.\n")
    assert any(t == "attacked" for t, _, _ in assaults(art)), assaults(art)
    art = run("\n\nA gunman shot a 25-year-old man outside a bar in Dunmore on Monday, police said.\n")
    assert any(t == "shot" for t, _, _ in assaults(art)), assaults(art)


def test_an_attack_a_clause_tells_stays(run):
    art = run("\n\nThe video does not show the shooting itself, which occurred on Tuesday as a man sat in his "
              "parked car in Dunmore.\n")
    got = assaults(art)
    assert any(t == "shooting" for t, _, _ in got), got


def test_an_attack_noun_with_its_doer_stays(run):
    art = run("\n\nGunmen attacked the embassy in Nairobi on Friday. The attack of the gunmen lasted an hour.\n")
    assert [t for t, _, _ in assaults(art)] == ["attacked", "attack"], assaults(art)


def test_a_single_attack_said_to_take_place_stays(run):
    # (review, rev21) a crime story's own event, told by a verb of taking place (event_senses `tookplace`) with no one
    # named yet, is told there, not a topic; attacks in general that happen stay out
    art = run("\n\nThe shooting happened at about 2 a.m. Sunday near a bar on Main Street, police said. One man "
              "died.\n")
    assert any(t == "shooting" for t, _, _ in assaults(art)), assaults(art)
    art = run("\n\nMass shootings happen far too often in Dunmore, Senator Dana Pike said.\n")
    assert not [a for a in assaults(art) if a[0].lower().startswith("shooting")], assaults(art)
