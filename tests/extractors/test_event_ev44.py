"""ev44: event classes left open by session 43 (issue 10), on invented wire sentences; a row marked `fails on main`
failed before the change, a guard passes on both."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, found, sides

# A verdict told in a summary noun's relative clause judges the act the noun renames: both are events.
JUDGED_ACT_CASES = [
    ("missiles_called_provocative",   # fails on main: only the ACCUSE was kept
     "Missile launch\n\nSEOUL (Reuters) - North Korea fired two ballistic missiles into the sea on Sunday, a move "
     "Washington called \"provocative\", officials said.\n",
     "MOBILIZE", "North Korea"),
    ("guard_seizure_condemned",   # kept before too
     "Tanker\n\nLONDON (Reuters) - Iran seized a British tanker in the Gulf on Friday, a move Britain condemned as "
     "illegal.\n",
     "COERCE", "Iran"),
]


@pytest.mark.parametrize("text, etype, source", [pytest.param(*r[1:], id=r[0]) for r in JUDGED_ACT_CASES])
def test_judged_act_kept_beside_the_verdict(run, text, etype, source):
    art = run(text)
    acts = [sides(e) for e in asserted(art) if e.type == etype]
    assert any(source in s for s, _ in acts), acts
    assert found(art, "ACCUSE")


def test_act_not_done_is_not_asserted(run):
    """`did not fire any missiles, a move Washington welcomed`: the act is still negated."""
    art = run("Missiles\n\nSEOUL (Reuters) - North Korea did not fire any missiles on Sunday, a move Washington "
              "welcomed.\n")
    assert not [e for e in asserted(art) if e.type == "MOBILIZE"]
