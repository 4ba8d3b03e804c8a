"""Actors on invented stories, for the classes the act24 branch (December 2026, issue 11) fixed: names that only
modify a noun of a thing or place (`the Silver Oaks Crossing neighborhood`), that say where a person is from (`Tom
Reilly, of Hollowfield,`), roads named short (`N. Rosewood` beside `N. Rosewood Avenue`), a web page's masthead after
its headline, a country's or capital's name written as a US town (`Palestine, Texas`), one of a chain's shops (`a
Kwik Mart in ...`), a place the tagger cut in two (`the Ohio State Veterans Cemetery`), a name ending in an
organisation word with an age after it (`Tasha Council, 34,`), the sector of a spokesman for a police department, a
suspect found through a conjunction and an apposition, and a nickname of the people lexicon (`Dubya`)."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_country_written_as_a_us_town_is_the_town(run):
    text = ("Festival draws fans. Musicians came to Palestine, Texas, for the weekend. Volunteers from Crockett, "
            "Palestine and Tyler helped, organizer Mary Stone said.\n")
    art = run(text)
    assert at(art, text, "Palestine", 1) is None
    assert all(a.country != "PSE" for a in art.actors)


def test_a_nickname_of_the_lexicon_names_its_person(run):
    text = "Book out. Critics mocked Dubya for years. On Tuesday, Dubya defended the war, his aides said.\n"
    art = run(text, published="2005-03-01")
    assert at(art, text, "Dubya").name == "George W. Bush"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_name_modifying_a_noun_of_a_place_is_no_actor',
     "Boy hurt. The shooting happened in the Silver Oaks Crossing neighborhood, according to state "
     "police.\n",
     None, 'Silver Oaks Crossing: none; state police: actor'),
    ('an_organisation_named_before_its_own_act_stays',
     "Family waits. Since the INS decision was announced Wednesday, the family has stayed home, relatives "
     "said.\n",
     None, 'INS: actor'),
    ('where_a_person_is_from_is_no_actor',
     "Plan opposed. Tom Reilly, of Hollowfield, told the council to drop the plan. Anna Price of the Upper "
     "West Flats said she would appeal.\n",
     None, 'Hollowfield: none; Upper West Flats: none; Tom Reilly: actor; Anna Price: actor'),
    ('a_road_named_short_is_no_actor',
     "Man killed. Officers responded to the area of N. Rosewood near Grant Avenue. Police closed N. Rosewood "
     "Avenue for hours, Sgt. Tim Cole said.\n",
     None, 'N. Rosewood: none; Tim Cole: actor'),
    ('a_web_pages_masthead_after_its_headline_names_no_actor',
     "Teen shot on porch - KXYZ7.com | Dayton, OH | News, Traffic, Sports\n\n"
     "DAYTON, Ohio - A teenager was shot on a porch late Sunday, police said.\n",
     None, 'OH | News: none; Traffic, Sports: none; police: actor'),
    ('one_dash_in_a_headline_is_no_masthead',
     "Mayor Linda Cole - critics say budget is late\n\n"
     "SPRINGFIELD - Mayor Linda Cole said the budget would come next week.\n",
     None, 'Linda Cole: actor'),
    ('a_chains_shop_with_a_is_no_actor',
     "Woman abducted. The men drove her to a Kwik Mart in Dale City, where they used her card, police said. "
     "She told the Valley Herald in January that she was scared.\n",
     None, 'Kwik Mart: none; Valley Herald: actor'),
    ('a_place_the_tagger_cut_in_two_is_no_actor',
     "A soldier laid to rest. Hundreds gathered at the Ohio State Veterans Cemetery in Rome on Friday to "
     "say goodbye to Sgt. Paul Dorsey, the Army said.\n",
     None, 'Ohio State: none; Veterans Cemetery: none'),
    ('a_spokesman_for_a_police_department_is_police',
     "Range planned. The city has $1 million set aside for the project, said Mark Tully, a spokesman for "
     "the Ridgeview Police Department.\n",
     None, 'Mark Tully: sector=COP'),
    ('a_suspect_in_apposition_to_a_conjoined_subject',
     "Woman killed. Police said Hale and another man, 19-year-old Dean Morrow, shot the woman in a parking "
     "lot on Friday.\n",
     None, 'Dean Morrow: sector=CRM'),
    ('a_name_ending_in_an_organisation_word_with_an_age_is_a_person',
     "Three shot. Officers found shooting victims Jamal Reed, 17, Tasha Council, 34, and Ron Diaz, 40. "
     "Council died at the scene, police said.\n",
     None, 'Tasha Council: sector=CVL'),
    ('a_name_before_what_it_puts_out_stays_an_actor',
     "Poll out. A new Lakeview Research report compares web samples, the group said.\n",
     None, 'Lakeview Research: actor'),
    ('a_person_with_a_given_name_before_a_noun_stays_an_actor',
     "Film shown. The bridge was shown in the Tom Harlan movie about spies, critics said.\n",
     None, 'Tom Harlan: actor'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
