"""The clustering rule on its own: keys of an article, the lead event, scores and blocks, the cluster summary."""
from __future__ import annotations

import dataclasses
import datetime as dt

from dateline.stories import clusters as cl
from tests.helpers import event
from tests.stories.wire import followup, lookalike, other, wire

GIDS = {"A1": 11, "A2": 12}


def key(article, story=None, idx=0):
    return [k for k in cl.keys(article, GIDS, story=story or article.id) if k.idx == idx][0]


def test_keys_take_the_own_date_the_place_and_the_private_persons_named():
    k = key(wire())
    assert (k.family, k.day, k.exact, k.place.name, k.place.from_) == ("violence", dt.date(2031, 9, 13), True,
                                                                       "Marrowby", "event")
    assert k.context == (11,)          # Orrin Tessaly; not the police chief, who has a sector code
    civilian = dataclasses.replace(wire(), actors=tuple(dataclasses.replace(a, country="VLD", sector="CVL")
                                                        if a.id == "A1" else a for a in wire().actors))
    assert key(civilian).context == (11,)
    assert "marrowby" in k.names and "police" not in k.names and "saturday" not in k.names


def test_an_own_date_after_the_report_is_not_used():
    a = wire()
    late = dataclasses.replace(a, events=(dataclasses.replace(a.events[0], date="2031-12-25"),))
    k = key(late)
    assert not k.exact and k.day == dt.date(2031, 9, 14)


def test_lead_event_prefers_violence_in_the_headline_or_lede():
    a = wire()
    text = a.text
    said = event(text, "said", "ACCUSE", 3, confidence=0.5)
    reordered = dataclasses.replace(a, events=(said, *a.events))
    assert cl.lead_event(reordered) == 1          # 'killed' in the lede, not 'said' before it in the list
    assert cl.lead_event(dataclasses.replace(a, events=(said,))) == 0
    assert cl.lead_event(dataclasses.replace(a, events=())) is None


def test_the_same_town_and_day_join_another_town_is_blocked():
    c = cl.opened(key(wire()))
    assert cl.decide(key(other()), c).joins
    d = cl.decide(key(lookalike()), c)
    assert not d.joins and "different towns" in d.why()


def test_own_dates_too_far_apart_block():
    a = wire()
    moved = dataclasses.replace(a, id="x", events=(dataclasses.replace(a.events[0], date="2031-09-06"),),
                                published="2031-09-07")
    d = cl.decide(key(moved), cl.opened(key(a)))
    assert d.blocked and "days apart" in d.blocked


def test_a_followup_needs_a_shared_named_actor():
    c = cl.opened(key(wire()))
    assert cl.decide(key(followup()), c).joins
    alone = dataclasses.replace(followup(), actors=())
    assert cl.decide(cl.keys(alone, {}, story="court-1")[0], c).blocked == "a follow-up with no shared named actor"


def test_absorb_keeps_the_latest_report_counts_articles_and_survives_json():
    c = cl.absorb(cl.absorb(cl.opened(key(wire())), key(other())), key(followup()))
    assert (c.dead, c.injured, c.mentions, len(c.articles)) == (3, 2, 3, 3)
    assert cl.state_from_json(cl.state_to_json(c)) == c
    k = key(followup())
    assert cl.key_from_json(cl.key_to_json(k)) == k
    assert cl.fold("x-0", [key(wire()), key(other())]).cluster_id == "x-0"
    assert cl.fold("x-0", []) is None


def test_every_plover_type_has_a_family():
    from dateline.records import EVENT_TYPES

    assert set(cl.families()) == set(EVENT_TYPES)
