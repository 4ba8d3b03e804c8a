"""`non_actor_names_in` finds exactly what the non-actor names pattern finds, searched by first letters (speed)."""
from __future__ import annotations

import random


def test_non_actor_names_in_gives_the_patterns_matches():
    from dateline.lexicon import actors as lex

    pattern = lex.non_actor_names_pattern()
    names = sorted(n for n in lex._non_actors()[0] if len(n.split()) > 1)
    text = "He left for Good Morning America, and a Purple Hearted man won a Purple Heart."
    assert [m.group() for m in lex.non_actor_names_in(text)] == ["Good Morning America", "Purple Heart"]
    rng = random.Random(7)
    glue = [" ", "", "x", "-", ", ", "\n", "The ", "Good ", "Purple"]
    for _ in range(300):                     # names run together, inside words, cut short, side by side
        parts = []
        for _ in range(rng.randrange(1, 8)):
            n = rng.choice(names)
            parts.append(n[:rng.randrange(1, len(n) + 1)] if rng.random() < 0.3 else n)
            parts.append(rng.choice(glue))
        text = "".join(parts)
        assert [m.span() for m in lex.non_actor_names_in(text)] == [m.span() for m in pattern.finditer(text)]
