"""A lexicon person out of every post on the article's day is ELI only if one post was a public office (GUIDE.md,
session 56): a candidate who never held one stays a party figure (PTY); invented people and dates."""
from __future__ import annotations

from dateline.lexicon.actors import Office, Person


def _person(*offices):
    return Person("Ann Roe", ("Roe",), tuple(Office("USA", s, r, a, b) for s, r, a, b in offices))


def test_a_candidate_who_ran_from_business_is_a_party_figure_long_after_the_race():
    roe = _person(("BUS", "chief executive", "1990-01-01", "1995-12-31"),
                  ("PTY", "presidential candidate", "2001-03-01", "2001-06-30"))
    assert roe.at("2003-05-01")[1:] == ("PTY", "former presidential candidate")


def test_a_former_governor_who_ran_is_a_former_office_holder():
    roe = _person(("GOV", "governor", "1990-01-01", "1998-12-31"),
                  ("PTY", "presidential candidate", "2001-03-01", "2001-06-30"))
    assert roe.at("2003-05-01")[1] == "ELI"

