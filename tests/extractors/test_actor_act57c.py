"""act57c: classes of long LGL local news (docs/actors.md `### act57c`): a firm told by its trade in apposition whose
name holds a body's word (`Church & Vine, a new restaurant`). Invented stories, invented towns (Quillbrook,
Marrowfield) and invented names."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at


@pytest.mark.parametrize("text, word", [
    ("Church & Vine, a new restaurant in downtown Quillbrook, has a long bar and an open kitchen. The restaurant "
     "opened in May, and the chef bakes his own bread.\n", "Church & Vine"),
    ("Academy & Finch, a bakery in Marrowfield, closed its doors on Friday.\n", "Academy & Finch"),
    ("Council & Crane, a new restaurant on Main Street in Marrowfield, opened on Friday.\n", "Council & Crane"),
])
def test_a_trade_in_apposition_beats_a_bodys_word_in_a_firms_name(run, text, word):
    org = actor_at(run(text), text, word)
    assert org is not None and org.sector == "BUS", org


@pytest.mark.parametrize("text, word, sector", [
    ("The Quillbrook Baptist Church, a congregation of 300 families, opened a food pantry on Sunday.\n",
     "Quillbrook Baptist Church", "REL"),
    ("Academy & Finch, a private school in Marrowfield, closed its doors on Friday.\n", "Academy & Finch", "EDU"),
    ("The Marrowfield Historical Society, a nonprofit, bought the old mill on Tuesday.\n",
     "Marrowfield Historical Society", "NGO"),
])
def test_near_miss_a_bodys_word_with_no_trade_in_apposition_keeps_its_sector(run, text, word, sector):
    org = actor_at(run(text), text, word)
    assert org is not None and org.sector == sector, org
