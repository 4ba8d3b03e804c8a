"""Issue 10, criticism and praise said in quotes and judgements (ev31d): forms of missed required ACCUSE and SUPPORT
entries of tune (even half), each fixed for its class; invented sentences."""
from __future__ import annotations

from tests.helpers import found, sides, types


def test_an_actor_said_to_be_fair_is_praised(run):
    art = run("\n\nThe lawyer said the judge was very fair.\n")
    assert [sides(e) for e in found(art, "SUPPORT")] == [(["The lawyer"], ["the judge"])], types(art)
    for text in ("It is fair to say the mayor lost, the senator said.",
                 "The lawyer said the judge was not fair."):
        art = run("\n\n" + text + "\n")
        assert not found(art, "SUPPORT"), (text, types(art))
