"""A bare `Congo` is the Democratic Republic (countries.tsv, place_aliases.tsv; lead45): pycountry's `Congo` is the
Republic, so before, a Kinshasa story's `Congo` was coded COG and placed in the Republic while the same story's envoy
took COD from the dateline. The Republic keeps its own names. Invented sentences."""
from __future__ import annotations

import pytest

from dateline.lexicon import actors as lex


def test_bare_congo_is_the_democratic_republic_in_the_lexicon():
    c = lex.countries()
    assert c.names["Congo"] == "COD"                 # (fails on main: COG)
    assert c.names["Republic of Congo"] == "COG" and c.names["Congo-Brazzaville"] == "COG"
    assert c.display["COD"] == "Democratic Republic of Congo"


@pytest.mark.parametrize("text, country, place", [
    ("GOMA (Reuters) - Congo's army said on Tuesday it had retaken two villages from the rebels.", "COD", "CD"),
    ("The health ministry of Congo reported 40 new cases of the fever on Friday, officials in Goma said.", "COD", "CD"),
    ("BRAZZAVILLE (AFP) - The Republic of Congo's government said on Monday it would close the border.", "COG", "CG"),
])
def test_congo_actor_and_place(run, text, country, place):
    art = run(text, published="2019-03-04")
    states = [a for a in art.actors if any("Congo" in m.text for m in a.mentions)]   # (the state or its army)
    assert states and all(a.country == country for a in states), [(a.name, a.country) for a in art.actors]
    congo = [p for p in art.places if any("Congo" in m.text for m in p.mentions)]
    assert congo and all(p.country == place for p in congo), [(p.name, p.country) for p in art.places]
