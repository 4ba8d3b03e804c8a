"""act53c's lexicon rows are well formed: actor_words.tsv `communist_state` holds lower-case ISO 3166 alpha-3 codes,
and people.tsv's 1996-2000 office holders added for the wire stories of those years hold office on a day inside
their rows (a G20 foreign minister of 1998 is found by the title on that day)."""
from __future__ import annotations

import pycountry

from dateline.lexicon import actors as lex


def test_communist_states_are_lower_case_country_codes():
    codes = lex.words("communist_state")
    assert codes and all(c == c.lower() and len(c) == 3 for c in codes), codes
    assert all(pycountry.countries.get(alpha_3=c.upper()) is not None for c in codes), codes


def test_the_added_holders_of_1998_hold_office_then_and_not_after():
    people = lex.people()
    for name, day, gone in (("Klaus Kinkel", "1998-03-01", "1999-03-01"), ("Carlos Menem", "1998-03-01", "2000-03-01"),
                            ("Li Peng", "1997-03-01", "2004-03-01")):
        person = people[name]
        assert person.in_office(day), name
        assert not person.in_office(gone), name
