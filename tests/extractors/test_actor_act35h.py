"""act35h: descriptions no longer turned into a country's made-up group (docs/actors.md `### act35h`): a person's
one-person relation (`Obama's right-hand woman`), a person's stance (`Smith's opposition to the tariffs`), a private
person a country owns or borders (`Canada's northern neighbor`), a field of study (`a degree in business
administration`). Invented sentences; each failed before the change."""
from __future__ import annotations

from tests.helpers import actor_at


def _names(article) -> set:
    return {a.name for a in article.actors}


def test_a_persons_right_hand_woman_is_no_civilians(run):
    text = ("In reply to the new tariff plan, President Barack Obama's right-hand woman rallied donors on Tuesday, "
            "saying the plan would fail.\n")
    article = run(text)
    assert actor_at(article, text, "right-hand woman") is None
    assert not any(n.endswith(("citizens", "civilians")) for n in _names(article)), _names(article)


def test_a_persons_opposition_to_something_is_a_stance(run):
    text = ("Donald Trump's opposition to the trade pact put him on the side of the unions, "
            "the union leaders said on Monday.\n")
    article = run(text)
    assert actor_at(article, text, "opposition") is None
    assert not any("opposition" in n for n in _names(article)), _names(article)


def test_a_countrys_neighbor_is_not_its_civilians(run):
    text = ("Prime Minister Justin Trudeau has often praised Canada's southern neighbor, calling its people "
            "friends and allies.\n")
    article = run(text)
    assert actor_at(article, text, "southern neighbor") is None
    assert "Canadian civilians" not in _names(article)


def test_business_administration_is_a_field_of_study(run):
    text = ("The Georgian-born nurse said she graduated in 2011 with a master's in business administration, "
            "and now works in office administration at a clinic.\n")
    article = run(text)
    assert actor_at(article, text, "business administration") is None
    assert actor_at(article, text, "office administration") is None


def test_a_demonym_of_its_own_still_names_the_group(run):
    text = "A Nigerian man was arrested at the border on Sunday, police said.\n"
    article = run(text)
    a = actor_at(article, text, "Nigerian man")
    assert a is not None and a.country == "NGA"
