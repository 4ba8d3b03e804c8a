"""struct35: the town of a dateline run in after the headline on one line is the story's dateline, not an actor (the
country `MALTA`, a person `PAUL` of `ST. PAUL`), and the places stage reads it as the dateline. Invented texts."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at


@pytest.mark.parametrize("text, word, place", [
    ("Harbour plan wins support. MALTA – The council voted on Tuesday to back a plan for the old harbour, its "
     "chairman said.", "MALTA", "Malta"),
    ("Two men held after car chase. ST. PAUL -- Police said on Sunday that two men were held after a car chase "
     "through the city centre.", "PAUL", "St. Paul"),
])
def test_the_run_in_dateline_is_no_actor(run, text, word, place):
    article = run(text)
    assert article.dateline is not None and article.dateline.place == place
    assert actor_at(article, text, word) is None
    start = text.index(word)
    assert any(m.start <= start < m.end for p in article.places for m in p.mentions)
