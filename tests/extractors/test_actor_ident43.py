"""ident43: two people of one surname kept apart, descriptions of someone else. Invented sentences; rows marked
`fails on main` fail before ident43, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

CASES = [
    ("honorific_then_bare_surname_goes_to_her",   # fails on main: the second `Vell` joined Tom
     "Tom Vell and Ann Vell opened a bakery in Dorrance last year. Mrs. Vell said the ovens were old. \"We will buy "
     "new ones,\" Vell said.\n",
     "Vell#3: same=Ann Vell; Tom Vell: actor"),
    ("guard_bare_surname_after_the_last_named",  # Luis, named just before (main too, by its ranking)
     "Dan Ortiz opened the shop in 2010. Luis Ortiz, a clerk, joined him on Monday. Ortiz said sales were slow.\n",
     "Ortiz#2: same=Luis Ortiz; Dan Ortiz: actor"),
    ("both_named_in_one_sentence_then_she",        # fails on main: Tom (the surname's token loop took the first)
     "Tom Vell and Ann Vell opened a bakery in Dorrance last year. Vell said she bakes at four each morning.\n",
     "Vell#2: same=Ann Vell"),
    ("guard_mr_after_his_wife",                    # `Mr.` tells: Tom
     "Ann Vell and her husband, Tom Vell, were hurt in the crash. Mr. Vell said the truck ran a red light.\n",
     "Vell#2: same=Tom Vell"),
    ("guard_a_relative_named_last",               # `His cousin, Luis Ortiz`: the relative rule of before decides
     "Dan Ortiz opened the shop in 2010. His cousin, Luis Ortiz, joined him on Monday. Ortiz said sales were slow.\n",
     "Ortiz#2: same=Dan Ortiz"),
    ("guard_own_given_name_right_before",         # `Dwayne Vell Sr.`: his own surname, whoever was named last
     "Ann Vell left Tom Cole in May. Neighbors said Ann Vell had reunited with Dwayne Vell Sr. last month.\n",
     "Vell#2: same=Dwayne Vell Sr; Vell#1: same=Ann Vell"),
    ("verb_between_title_and_name",                # fails on main: `Army chief` joined Mursi
     "Army chief Abdel Fattah al-Sisi overthrew President Mohamed Mursi last July after mass protests.\n",
     "Army chief: name=Abdel Fattah al-Sisi"),
    ("guard_apposition_with_a_comma",              # a true apposition keeps its description
     "The army chief, Ravi Dorn, said the troops would stay.\n",
     "The army chief: same=Ravi Dorn"),
    ("guard_apposition_after_a_phrase_naming_another",   # a comma before the name: the description is his
     "Another delegate on the Dorn slate, Jim Pell, said he was only leaning Dorn. Sen. Ray Dorn won the vote.\n",
     "Another delegate: same=Jim Pell"),
    ("region_demonym_names_no_country",           # fails on main: Donald Trump (`American` read as the US)
     "The president of Honduras complained to a U.S. diplomat this week, according to two aides of the Central "
     "American leader.\n",
     "Central American leader: none"),
    ("guard_a_country_demonym",                    # `the South African leader` stays South Africa's
     "Talks in Pretoria ended on Monday. The South African leader said more talks would follow.\n",
     "South African leader: country=ZAF"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_ident43(run, text, spec):
    check_actors(run(text, published="2019-05-01"), text, spec)
