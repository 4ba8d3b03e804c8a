"""fix38a: a possessive written with another apostrophe than spaCy splits off (left single quote, modifier letter,
backtick, acute) made a second actor of the same person (`Donald Trump‘s`), and a name glued by the tokenizer to
the word, comma and quote mark before it (`audiences,"Katie Packer`) became one actor named with that word.
Invented sentences; each row fails on main before fix38a (the guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("left_quote_possessive_lexicon_person",      # fails on main: a second actor `Donald Trump‘s`
     "Voters in Ohio met Donald Trump on Monday. Many said Donald Trump\u2018s speech was long.\n",
     "Donald Trump#1: same=Donald Trump; Donald Trump#1: name=Donald Trump"),
    ("modifier_letter_possessive",                # fails on main: `Donald Trumpʼs`
     "Voters in Ohio met Donald Trump on Monday. Many said Donald Trump\u02bcs speech was long.\n",
     "Donald Trump#1: same=Donald Trump; Donald Trump#1: name=Donald Trump"),
    ("backtick_possessive",                       # fails on main
     "Voters in Ohio met Donald Trump on Monday. Many said Donald Trump`s speech was long.\n",
     "Donald Trump#1: same=Donald Trump; Donald Trump#1: name=Donald Trump"),
    ("acute_after_plural_s",                      # fails on main: `Bernie Sanders´` a second actor (the name ran
     "Reporters asked Bernie Sanders about trade. Bernie Sanders\u00b4 answer was short.\n",   # on over the mark)
     "Bernie Sanders#1: same=Bernie Sanders; Bernie Sanders#1: name=Bernie Sanders"),
    ("guard_right_quote_possessive",              # spaCy splits `’s`: passes before and after
     "Voters in Ohio met Donald Trump on Monday. Many said Donald Trump\u2019s speech was long.\n",
     "Donald Trump#1: same=Donald Trump; Donald Trump#1: name=Donald Trump"),
    ("speaker_glued_after_quote_mark",            # fails on main: an actor `audiences,"Katie Packer`
     '"The ad was written for older audiences,"Katie Packer, a Republican strategist, said on Monday.\n',
     "Katie Packer: name=Katie Packer; a Republican strategist: same=Katie Packer"),
    ("speaker_glued_after_curly_quote_mark",      # fails on main
     "\u201cThe plan will fail in the spring,\u201dMarla Quenby, a city planner, said on Monday.\n",
     "Marla Quenby: name=Marla Quenby"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_apostrophes_and_glued_quotes(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
