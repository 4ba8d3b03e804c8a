"""act37a: wrong identities that are not merges - names cut or built wrong, mentions too wide (docs/actors.md
`### act37a`). Invented sentences only."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_given_name_before_a_tagged_particle_surname_is_the_names(run):
    text = ("Saudi Prince Turki bin Fahd said on Monday that his company would buy a stake in the hotel chain. The deal "
            "is worth $300 million.\n")       # (the tagger tags `bin Fahd` alone)
    art = run(text, published="2014-03-02")
    actor = actor_at(art, text, "Fahd")
    assert actor is not None and actor.name == "Turki bin Fahd", actor
