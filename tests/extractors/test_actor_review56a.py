"""review56a: a second reading of act56b's anonymous sources and an employer's staff (issue 11). A demonym on the staff,
their employer or the sources gives their country, `local` sources the dateline's; a source `from` or `at` a body takes
its sector and country; `intelligence`, `security` and `diplomatic` before `sources` say whose they are; a bare `the
sources` with no group of sources before it opens none. Invented sentences and names; rows marked `fails on int56` fail
before the change, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

CASES = [
    ("a_demonym_on_staff_gives_their_country",   # fails on int56: no country
     "Two Norwegian government employees were held at the border for a day, Danish and Swedish officials said.\n",
     "Norwegian government employees: sector=GOV; Norwegian government employees: country=NOR"),
    ("guard_a_demonym_on_another_noun_is_not_the_staff_s",
     "Two government employees met Norwegian officials at the border, Danish and Swedish officials said.\n",
     "government employees: country!=NOR"),
    ("local_sources_under_a_dateline_abroad",   # (int56 has it from the home; the read pool's story of several
    #                                              countries had none)
     "NAIROBI, Kenya (AP) -- Local sources said the two men had left for Sudan and Egypt before the raid.\n",
     "Local sources: sector=CVL; Local sources: country=KEN"),
    ("a_source_from_a_lower_case_ministry_of_a_state",   # fails on int56: CVL
     "A senior source from the Norwegian health ministry said on Friday that three more cases had been found.\n",
     "A senior source: sector=GOV; A senior source: country=NOR"),
    ("guard_a_source_in_a_place_is_no_body_s",
     "A source in Oslo said on Friday that three more cases had been found.\n",
     "A source: sector=CVL"),
    ("a_senior_source_is_no_school_senior",   # fails on int56: EDU (titles.tsv's `senior` of a school)
     "A senior source said on Friday that three more cases had been found.\n",
     "A senior source: sector=CVL"),
    ("police_sources_keep_their_word_after_a_rank",   # fails on int56: EDU (the school senior)
     "Senior police sources said on Friday that three more men had been held.\n",
     "police sources: sector=COP"),
    ("an_intelligence_source_is_a_spy_s",   # fails on int56: no actor
     "An intelligence source said the convoy had crossed the river at night.\n",
     "An intelligence source: sector=SPY"),
    ("a_source_not_authorized_to_speak_is_tied",   # fails on int56: no actor
     "The paper cited an intelligence source, who had not been authorized to discuss the raid, on the convoy.\n",
     "an intelligence source: sector=SPY"),
    ("guard_an_authorized_thing_source_is_none",
     "The shop is an authorized source for the parts, the maker said on its website.\n",
     "an authorized source: none"),
    ("security_sources_and_the_sources_are_one_group",   # fails on int56: a CVL group `The sources`
     "Security sources said the dealer was hurt in the raid. The sources said two others were held.\n",
     "Security sources: sector=MIL; The sources: same=Security sources"),
    ("the_sources_with_none_before_open_no_group",   # fails on int56: a CVL group
     "The dealer was hurt in the raid. The sources said two others were held.\n",
     "The sources: none"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_review56a_sources_and_staff(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)


# act56a's `_described_nationals`: the person named last before `the DEMONYM ROLE` takes its nationality
FOUL = ("Harlow Rovers beat Dover Town 2-0 on Saturday in the league.\n"
        "Dover were reduced to ten men when Piet Jansen was sent off after catching Tom Reddy in the face.\n"
        "Rovers took advantage of the Dutch defender's dismissal.\n")

DESCRIBED_CASES = [
    ("guard_a_name_in_an_adverbial_clause_takes_no_nationality",   # fails on int56: Reddy NLD
     FOUL, "Tom Reddy: country!=NLD"),
    ("a_name_alone_in_an_adverbial_clause_still_takes_it",
     FOUL.replace(" after catching Tom Reddy in the face", ""), "Piet Jansen: country=NLD"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in DESCRIBED_CASES])
def test_review56a_described_nationals(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)
