"""act37c: false actors and codes of local news, by an output audit (docs/actors.md `### act37c`): a township's name
(`Clinton Twp.`, `Clinton Township police`) is a place, neither a person nor Hillary Clinton. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at

_TWP = ("Boy hurt in Clinton Twp. crash\n\nClinton Township — A boy was hurt when a car hit his bike on Monday, "
        "according to Clinton Township police. The boy is in stable condition.\n")


def test_a_township_named_after_a_politician_is_a_place_not_the_politician(run):
    article = run(_TWP)
    names = [a.name for a in article.actors]
    assert not any("Hillary" in n or n.startswith("Clinton Twp") for n in names), names
    police = actor_at(article, _TWP, "Clinton Township police")
    assert police is not None and police.sector == "COP", names


def test_a_township_tagged_as_a_person_in_a_headline_is_no_actor(run):
    text = ("Teen hurt in Warren Twp. house party shooting\nPolice are investigating a shooting at a birthday party in "
            "Warren Township, Ohio that left one teen hurt. Officers said the teen was taken to a hospital.\n")
    names = [a.name for a in run(text).actors]
    assert not any(n.startswith("Warren") for n in names), names


def test_a_county_named_after_a_politician_keeps_its_sheriff(run):
    # guard: `Clinton County Sheriff` stays the sheriff, no Hillary Clinton (passes before and after)
    text = "Clinton County deputies arrested a man on Friday. The Clinton County Sheriff said the man was held in jail.\n"
    names = [a.name for a in run(text).actors]
    assert not any("Hillary" in n for n in names), names
