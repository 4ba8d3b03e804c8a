"""review38: act38's idle_names (actors/idle.py) dropped real bodies that are only mentioned - a name ending in a
body's word that gives no sector (actor_words.tsv `body_end`: trust, brotherhood, systems ...) and the other party
after `with` on a noun (`party_prep`). Invented sentences; the rows fail on int38, the guard passes before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("grant_from_a_trust",            # fails on int38: the trust was dropped
     "The school won a grant from the Brantley Trust last spring.\n",
     "Brantley Trust: actor"),
    ("headquarters_of_a_brotherhood",  # fails on int38
     "Police arrested two men at the headquarters of the Crimson Brotherhood on Friday.\n",
     "Crimson Brotherhood: actor"),
    ("contract_with_a_party",          # fails on int38: the other party of the contract was dropped
     "The city signed a contract with Norvale Digital to repair the bridge.\n",
     "Norvale Digital: actor"),
    ("guard_with_on_no_dealing",       # a `with` of having, no party: fails on the first cut of review38 (any `with`)
     "The route runs along a corridor with Interstate 85 and the airport.\n",
     "Interstate 85: none"),
    ("guard_a_season_is_still_a_thing",
     "The mayor opened the first night of the Millbrook Film Festival Season on Friday.\n",
     "Millbrook Film Festival Season: none; mayor: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_idle_names_keeps_bodies(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
