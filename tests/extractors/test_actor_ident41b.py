"""ident41b: the leftovers ident41 saw. Invented sentences; rows marked `fails on ident41` fail before ident41b, the
guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

CASES = [
    ("rank_cut_by_the_splitter_as_speaker",       # fails on ident41: a false actor `Sgt`
     "Two men were held on Friday. \"We found the car empty,\" said Sgt. Lena Marsh.\n",
     "Sgt: none; Lena Marsh: name=Lena Marsh"),
    ("other_rank_cut_by_the_splitter",            # fails on ident41: a false actor `Supt`
     "The road was closed on Monday. \"Nobody was hurt,\" said Supt. Omar Pell.\n",
     "Supt: none; Omar Pell: name=Omar Pell"),
    ("inspector_cut_by_the_splitter",             # fails on ident41: a false actor `Insp`
     "A fire broke out at the depot. \"It spread fast,\" said Insp. Carla Venn.\n",
     "Insp: none; Carla Venn: name=Carla Venn"),
    ("role_word_opening_a_sentence_tagged_org",   # fails on ident41: `Striker Dimitar Berbatov`, no sector
     "The club won on Saturday. Striker Dimitar Berbatov scored twice. \"I am happy,\" Berbatov said.\n",
     "Dimitar Berbatov: name=Dimitar Berbatov; Berbatov#1: same=Dimitar Berbatov"),
    ("role_word_opening_a_sentence",              # fails on ident41: `Midfielder Tom Galt`
     "Ola Brandt finished third. Midfielder Tom Galt scored twice.\n",
     "Tom Galt: name=Tom Galt"),
    ("country_named_by_its_kind",                 # fails on ident41: no country (the article's other country)
     "Flights from Peru were stopped. Maria Dorel, the Health Minister of the African country of Ghana, said ships "
     "would be checked.\n",
     "Maria Dorel: country=GHA"),
    ("nation_named_by_its_kind",                  # fails on ident41: no country
     "Cases rose in Peru. Ivo Tamm, the environment minister of the Baltic nation of Estonia, said the border "
     "was shut.\n",
     "Ivo Tamm: country=EST"),
    ("guard_country_named_plainly",               # `the Health Minister of Ghana`: the country, as before
     "Flights from Peru were stopped. Maria Dorel, the Health Minister of Ghana, said ships would be checked.\n",
     "Maria Dorel: country=GHA"),
    ("given_name_in_apposition_to_kin",           # fails on ident41: no actor for `Tim`
     "Police said the driver's son, Tim, was hurt in the crash near Marlow on Friday.\n",
     "Tim: name=Tim"),
    ("guard_named_persons_kin",                   # a named person's kin takes the surname (act21's rule)
     "Nora Quell, a nurse, was at home. Nora Quell's son, Daniel, was hurt in the crash near Marlow on Friday.\n",
     "Daniel: name=Daniel Quell"),
    ("given_name_in_apposition_to_kin_noun",      # fails on ident41: no actor for `Lucy`
     "Police said the farmer's daughter, Lucy, called for help.\n",
     "Lucy: name=Lucy"),
    ("guard_place_in_apposition",                 # a place after a noun of no kin stays no actor
     "The crash happened on the road to the village, Marlow, on Friday.\n",
     "Marlow: none"),
    ("guard_rank_with_name_in_one_sentence",      # a rank the splitter keeps: the person, as before
     "Sgt. Lena Marsh said the car was empty.\n",
     "Lena Marsh: name=Lena Marsh"),
    ("guard_trade_word_that_is_a_given_name",     # `Baker Mayfield`: a given name, kept
     "Baker Mayfield threw for 300 yards on Sunday.\n",
     "Baker Mayfield: name=Baker Mayfield"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_ident41b(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)
