"""Sources by the shape of the sentence (issue 10, dyad47): a subject the parse hangs on a participle clause set off
by commas before the main verb (`Border guards, acting with the army, arrested him`) is the main verb's; a joint
subject of a two-sided event whose verb names its own `with` partner is one side, the partner the other (`Mayor Hall
and other mayors worked with engineers`). Invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import found, texts


def shown(article):
    return [(e.type, e.trigger.text, texts(e.source), texts(e.target)) for e in article.events]


@pytest.mark.parametrize("text, etype, side, who", [
    # the subject hung on the participle clause (fail on main: no source)
    ("Kenyan border guards, apparently acting in concert with the army, arrested the smuggler on Monday.", "COERCE",
     "source", "Kenyan border guards"),
    ("As he sat in the transit lounge, Kenyan security forces, apparently acting with the army, arrested him.",
     "COERCE", "source", "Kenyan security forces"),
    # a joint subject with a `with` partner is one side (fail on main: the second conjunct was the target)
    ("Mayor Hall and other mayors worked with engineers on the plan.", "COOPERATE", "source", "other mayors"),
    ("Senator Lund and Governor Reyes met with union leaders on Tuesday.", "CONSULT", "source", "Governor Reyes"),
    ("Senator Lund and Governor Reyes met with union leaders on Tuesday.", "CONSULT", "target", "union leaders"),
    # guards: pass on main and here
    ("Acting with Somali intelligence, Kenyan police arrested him.", "COERCE", "source", "Kenyan police"),
    ("The minister, speaking to reporters in Paris, criticized the sanctions.", "ACCUSE", "source", "The minister"),
    ("Senator Lund and Governor Reyes met on Tuesday.", "CONSULT", "target", "Governor Reyes"),
])
def test_a_source_read_from_the_shape_of_the_sentence(run, text, etype, side, who):
    art = run("\n\n" + text + "\n")
    assert any(who in x for e in found(art, etype) for x in texts(getattr(e, side))), shown(art)


@pytest.mark.parametrize("text, etype, side, words", [
    # the second of a joint subject is no target when the verb names its partner (fails on main)
    ("Mayor Hall and the police chief cooperated with federal agents in the inquiry.", "COOPERATE", "target",
     "police chief"),
    # guard: a passive's subject hung on a participle clause is what is done to, not the doer (passes on both)
    ("The two men, wearing masks, were arrested near the border.", "COERCE", "source", "two men"),
])
def test_no_participant_where_the_shape_names_none(run, text, etype, side, words):
    art = run("\n\n" + text + "\n")
    assert not any(words in " ".join(texts(getattr(e, side))) for e in found(art, etype)), shown(art)
