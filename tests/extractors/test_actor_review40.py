"""review40: mends of session 40's merged actors work. Invented sentences.

given_forms.tsv held forms borne by men and women alike (`Nicky`, `Jess`, `Nat`, ...), against its own header: a
man and his sister of one surname were made one actor (`Nicholas Harlan` and `Nicky Harlan`). The cases below fail on
int40 (one actor), pass after; the guard keeps a male-only form joined.

ident40 keyed a countryless group by its possessor (`Rowe's family`), any capitalised one, but by a modifier only
when a person of the article bears it: `Tessaro workers` and `Tessaro's workers` (a body's name) became two actors.
A possessor's group now joins the unowned group that holds a mention with that word as its modifier; two people's
groups stay two."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("nicky_is_no_form_of_nicholas_alone",
     "Nicholas Harlan, 34, escaped with his two children on Sunday. His sister Nicky Harlan, who lives next door, "
     "called the fire department.\n",
     "Nicholas Harlan: name=Nicholas Harlan; Nicky Harlan: name=Nicky Harlan"),
    ("nat_is_no_form_of_nathaniel_alone",
     "Nathaniel Harlan, 34, escaped with his two children on Sunday. His sister Nat Harlan, who lives next door, "
     "called the fire department.\n",
     "Nathaniel Harlan: name=Nathaniel Harlan; Nat Harlan: name=Nat Harlan"),
    ("guard_a_male_form_still_joins",
     "Nicholas Harlan, 34, escaped with his two children on Sunday. Later Nick Harlan told reporters the house "
     "was lost.\n",
     "Nick Harlan: same=Nicholas Harlan"),
]


GROUP_CASES = [
    ("body_modifier_then_possessor_one_group",       # fails on int40: two actors
     "Tessaro workers walked off the job on Monday, union officials said. Tessaro's workers said pay was too low.\n",
     "Tessaro's workers: same=Tessaro workers"),
    ("guard_two_possessors_stay_two",
     "Crane's supporters rallied in Marlow on Monday while Dalby's supporters stayed home.\n",
     "Dalby's supporters: name=Dalby's supporters; Crane's supporters: name=Crane's supporters"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in GROUP_CASES])
def test_groups(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_given_name_forms(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


def test_given_forms_of_both_sexes_left_out():
    """No form borne by men and women alike joins a full name (given_forms.tsv header)."""
    from dateline.lexicon.actors import same_given

    for form, full in (("Nicky", "Nicholas"), ("Jess", "Jessica"), ("Nat", "Nathaniel"), ("Andy", "Andrew"),
                       ("Charlie", "Charles"), ("Stevie", "Stephen"), ("Gerry", "Gerald"), ("Izzy", "Isabel")):
        assert not same_given(form, full), form
    assert same_given("Nick", "Nicholas") and same_given("Steve", "Steven")
