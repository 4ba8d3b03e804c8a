"""ident50b: a person described by a state's demonym (`a Mexican official`) is an unnamed official of that state,
not the state actor; a plural title before surnames gives each name that office. Invented fixtures."""
from __future__ import annotations


def _of(article, phrase):
    return [a for a in article.actors if any(m.text == phrase for m in a.mentions)]


def test_a_demonym_official_is_no_mention_of_the_state(run):
    art = run("Peru on Tuesday turned down the fishing quota offered by Chile. A Peruvian official said talks "
              "would go on next month.", published="2016-03-01")
    (official,) = _of(art, "A Peruvian official")
    assert official.country == "PER" and official.sector == "GOV"
    assert not any(m.text == "Peru" for m in official.mentions)


def test_a_white_house_official_is_no_mention_of_the_united_states(run):
    art = run("The United States will send grain to Haiti, a White House official said on Monday.",
              published="2016-03-01")
    (official,) = _of(art, "a White House official")
    assert official.country == "USA" and official.sector == "GOV"
    assert not any(m.text == "United States" for m in official.mentions)


def test_a_plural_title_gives_each_listed_surname_its_office(run):
    art = run("Presidents Reagan and Clinton both signed trade agreements with Canada, the U.S. trade office said. "
              "Hillary Clinton said on Friday she would keep those deals.", published="2016-04-05")
    (listed,) = [a for a in art.actors if any(m.text == "Clinton" for m in a.mentions)]
    assert listed.name == "Bill Clinton"
    assert not any(m.text == "Hillary Clinton" for m in listed.mentions)


def test_an_acting_secretary_is_not_the_secretary_the_lexicon_knows(run):
    art = run("Defense Secretary Ash Carter toured a shipyard in Maine on Monday, the Pentagon said. The acting "
              "secretary of the Navy told reporters the budget was too small.", published="2015-12-16")
    (carter,) = [a for a in art.actors if a.name == "Ash Carter"]
    assert not any("acting" in m.text for m in carter.mentions)
    (acting,) = _of(art, "The acting secretary of the Navy")
    assert acting.sector == "GOV"
