"""The hazard check of sourceless killings (extractors/events/__init__.py `_hazard_only`, `_hazard_cause`; hazards.tsv),
on invented sentences: a flood, storm or landslide that did the harm drops the killing; a hazard word that only names a
place or a thing near it (`the water plant`, `fetching water`) does not."""
from __future__ import annotations

from tests.helpers import types


def test_a_hazard_that_did_the_harm_is_no_attack(run):
    art = run("\n\nNine people were killed in a landslide near the dam on Sunday. Three farmers were killed in floods "
              "and landslides last month. Two boys died when the storm hit the harbour.\n")
    assert not any(t == "ASSAULT" for t, _ in types(art)), types(art)


def test_water_named_as_a_place_or_a_thing_keeps_the_attack(run):
    art = run("\n\nFour guards were killed in an attack on the water station outside the town. Two women were shot "
              "while carrying water from the well. A water tanker was bombed on the road to the camp.\n")
    got = types(art)
    for word in ("killed", "shot", "bombed"):
        assert ("ASSAULT", word) in got, got
