"""review46a (session 46's second reading of the events side): `shun` rejects only an actor (a thing shunned is
avoided: no REJECT), and `we met` reported by an office or a body is a meeting of actors (checks._private_meeting
keeps private only a `we` of a person or of no one named). Invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import found, texts


def shown(article):
    return [(e.type, e.trigger.text, texts(e.source), texts(e.target)) for e in article.events]


@pytest.mark.parametrize("text", [
    "Investors shunned the bank's bonds after the audit.",        # fails on int46: REJECT Investors -> bonds
    "Many holiday shoppers now shun paper coupons at the till.",
])
def test_a_thing_shunned_is_no_rejection(run, text):
    art = run("\n\n" + text + "\n")
    assert not found(art, "REJECT"), shown(art)


def test_an_actor_shunned_stays_a_rejection(run):
    art = run("\n\nThe villagers shunned the envoy after the vote.\n")
    assert any("the envoy" in texts(e.target) for e in found(art, "REJECT")), shown(art)


def test_an_office_reporting_we_met_is_a_meeting(run):
    """fails on int46: the prime minister's `we` was taken for two people of private life."""
    art = run("\n\nThe prime minister said we met at the palace last week to discuss the border.\n")
    assert found(art, "CONSULT"), shown(art)


@pytest.mark.parametrize("text", [
    "We met at a cafe in the spring and fell in love.",
    "Maria said we met at a cafe in the spring.",
])
def test_a_private_we_met_stays_no_meeting(run, text):
    art = run("\n\n" + text + "\n")
    assert not found(art, "CONSULT"), shown(art)
