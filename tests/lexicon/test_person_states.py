"""person_states.tsv is well formed (ident49): every name a people.tsv person who held a US post of a state's seat
(senator, member of congress, governor, lieutenant governor), every code a US state's, and every such person listed."""
from __future__ import annotations

from dateline.lexicon import actors as lex

SEATS = {"senator", "member of congress", "representative", "governor", "lieutenant governor"}


def test_every_row_names_a_us_lawmaker_or_governor_and_real_states():
    people, codes = lex.people(), set(lex.us_state_codes().values())
    for name, states in lex.person_states().items():
        assert name in people, name
        assert any(o.country == "USA" and o.role in SEATS for o in people[name].offices), name
        assert states and states <= codes, (name, states)


def test_every_us_lawmaker_and_governor_is_listed():
    missing = [p.name for p in lex.people().values()
               if any(o.country == "USA" and o.role in SEATS for o in p.offices) and p.name not in lex.person_states()]
    assert not missing, missing


def test_state_forms_give_postal_codes():
    codes = lex.us_state_codes()
    assert codes["Nebraska"] == "NE" and codes["Neb."] == "NE" and codes["New York"] == "NY"
