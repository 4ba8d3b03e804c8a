"""review55d: near-misses of ident55's namesake rules (docs/actors.md `### review55d`): `a` or `an` before a surname
and a government noun that itself qualifies a noun after it (`a Clinton administration official`) is the official's
article, not an administration to come; a pronoun's relative named after a bare surname tells nothing of that surname
when another person is named between them (the pronoun may be that one's). Invented sentences only (real office
holders, invented private people, towns and events)."""
from __future__ import annotations

from tests.helpers import linked_name as _name

_TWO = "Hillary Clinton spoke in Dayton on Monday. Bill Clinton spoke in Lexington the same evening.\n\n"


def test_an_official_of_a_past_administration_is_the_heads(run):
    text = _TWO + "A Clinton administration official who later joined a think tank in Merlow said the plan had failed.\n"
    art = run(text, published="2016-05-02")
    assert _name(art, text, "Clinton", 2) == "Bill Clinton"


def test_an_administration_to_come_still_the_candidates(run):
    # near-miss: the government noun heads its phrase; `a Clinton administration` is one still to come
    text = _TWO + "A Clinton administration would raise the minimum wage, her aides in Merlow said.\n"
    art = run(text, published="2016-05-02")
    assert _name(art, text, "Clinton", 2) == "Hillary Clinton"


def test_a_relative_named_after_another_person_is_not_the_surnames(run):
    text = _TWO + "Clinton smiled as Chelsea Clinton introduced her mother, Hillary Clinton, to the crowd in Toledo.\n"
    art = run(text, published="2016-05-02")
    assert _name(art, text, "Clinton", 2) == "Hillary Clinton"


def test_a_relative_named_with_no_one_between_still_tells(run):
    # near-miss: nobody named between the surname and `his wife, Hillary Clinton`: the husband
    text = _TWO + "Clinton smiled at the crowd in Toledo as he stumped for his wife, Hillary Clinton, on Tuesday.\n"
    art = run(text, published="2016-05-02")
    assert _name(art, text, "Clinton", 2) == "Bill Clinton"


_BROTHERS = "Jeb Bush spoke in Sumter on Monday. His brother George W. Bush did not attend.\n\n"


def test_an_administration_seated_in_a_state_capital_is_not_the_presidents(run):
    text = _BROTHERS + "Lawmakers who worked with the Bush administration in Tallahassee praised its school plan.\n"
    art = run(text, published="2016-05-02")
    assert _name(art, text, "Bush", 2) != "George W. Bush"


def test_an_administration_in_the_countrys_capital_is_still_the_presidents(run):
    # near-miss: `in Washington` is a capital, the country's administration
    text = _BROTHERS + "Two veterans of the Bush administration in Washington said the war had cost too much.\n"
    art = run(text, published="2016-05-02")
    assert _name(art, text, "Bush", 2) == "George W. Bush"
