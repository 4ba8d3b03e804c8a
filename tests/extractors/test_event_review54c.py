"""review54c: ev54's they rules read again (issue 11). Invented sentences (invented names and towns); each group has
a near-miss the narrowing must leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, shown


def _sources(art, etype: str) -> list[str]:
    return [p.text for e in asserted(art) if e.type == etype for p in e.source]


# 1. a private person's title (titles.tsv CVL, CRM) speaks for no side, and an owner's title is not the speaker's:
#    the they of `A bystander said they opened fire` is not the bystander (ev54's exemption for one who speaks for a
#    side made him the shooter)
@pytest.mark.parametrize("text, etype, wrong", [
    ("A bystander said they opened fire on the crowd outside the Calder bar.", "ASSAULT", "bystander"),
    ("A neighbor said they shot the man twice and drove off in a gray car.", "ASSAULT", "neighbor"),
    ("The mayor's son said they beat him outside the Dunsby rink.", "ASSAULT", "son"),
])
def test_a_private_title_speaks_for_no_side(run, text, etype, wrong):
    art = run("\n\n" + text + "\n")
    assert _sources(art, etype), shown(art)
    assert not any(wrong in s for s in _sources(art, etype)), shown(art)


# near-misses: an office or a speaking role still speaks for its side
@pytest.mark.parametrize("text, etype, doer", [
    ("The Ostra ambassador said they rejected the Marlovian offer.", "REJECT", "ambassador"),
    ("Jon Cole, a spokesman for the Ostra ministry, said they rejected the Marlovian offer.", "REJECT", "Cole"),
    ("The Dunsby union's chairman said that they will not call off the walkout before the permits are fixed.", "REJECT",
     "chairman"),
])
def test_an_office_still_speaks_for_its_side(run, text, etype, doer):
    art = run("\n\n" + text + "\n")
    assert any(doer in s for s in _sources(art, etype)), shown(art)


def test_private_title_heads():
    from dateline.lexicon.actors import private_title_heads
    heads = private_title_heads()
    assert {"bystander", "homeowner"} <= heads
    assert not {"chairman", "ambassador", "sheriff", "mayor"} & heads


# 2. a family is many: its they is still the family (actor_words kin_group, clan)
def test_a_family_is_a_they(run):
    art = run("\n\nThe Harte family said they had forgiven the driver who struck their son.\n")
    assert any("family" in s for s in _sources(art, "SUPPORT")), shown(art)


# near-miss: one kin of a gender is still one person (`The boy said they ...`: not the boy)
def test_one_kin_is_still_one_person(run):
    art = run("\n\nThe Harte boy's father said they threatened him outside the Dunsby rink.\n")
    assert _sources(art, "THREATEN"), shown(art)
    assert not any("father" in s for s in _sources(art, "THREATEN")), shown(art)
