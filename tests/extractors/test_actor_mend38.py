"""mend38: misfires left by review37, each a class (docs/actors.md `### mend38`). Invented sentences only."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_state_named_by_its_leader_keeps_its_words(run):
    text = ("WASHINGTON (Wire) -- The Obama administration said on Monday that it would appeal the ruling, Attorney "
            "General Eric Holder said. Holder spoke in Washington.\n")
    art = run(text, published="2014-03-02")
    us = actor_at(art, text, "administration")          # (main: `administration` alone, cut as a person's would be)
    assert us is not None and "The Obama administration" in {text[m.start:m.end] for m in us.mentions}, us
