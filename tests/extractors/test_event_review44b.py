"""review44b: ev44's said threats kept to answers aimed at a hostile act. `said it would respond to the report by X`
(an offer, a request, a lawsuit) is no threat of X; `would respond to the attack by X` or `to any provocation by X`
is. Invented sentences; rows marked `fails on int44` failed before the mend, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, sides


def _threats(run, sentence: str) -> list:
    art = run("Answer\n\nGENEVA (AP) - " + sentence + "\n")
    return [sides(e) for e in asserted(art) if e.type == "THREATEN"]


@pytest.mark.parametrize("sentence", [
    "The ministry said it would respond to the report by Amnesty International next week.",   # fails on int44
    "Dunmore Holdings said it would respond to Acme's offer within days.",                    # fails on int44
    "Germany said it would respond to the request by Greece for more aid.",                   # fails on int44
])
def test_answer_to_no_hostile_act_is_no_threat(run, sentence):
    assert not _threats(run, sentence)


@pytest.mark.parametrize("sentence, target", [
    ('"We will respond to the attacks by Pakistan," the Afghan defence minister said on Tuesday.', "Pakistan"),
    ('"We will respond to any provocation by Pakistan," the Afghan defence minister said on Tuesday.', "Pakistan"),
])
def test_answer_to_a_hostile_act_is_a_threat(run, sentence, target):
    pairs = _threats(run, sentence)
    assert any(target in t for _, t in pairs), pairs


def test_hostile_words_load():
    from dateline.extractors.events.checks import senses

    assert {"aggression", "provocation"} <= senses()["hostile"] and "report" not in senses()["hostile"]
