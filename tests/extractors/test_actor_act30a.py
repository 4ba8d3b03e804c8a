"""Actors on invented local stories, for the class of sectors the words around a person give (act30a, issue 11): a
title's `of`/`for` body written in lower case (`president of the county historical society`), a public defender, a
bare army rank in a police story, a title before an organisation of no known sector."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors, sector_at


def test_a_loose_body_word_in_lower_case_gives_no_sector(run):
    text = ("SALEM, Ore. (Wire) -- Tom Hale, the leader of the group, said the rebels would fight on. Ann Bell, "
            "director of the project, said it was late.\n")
    art = run(text, published="2009-03-02")
    assert sector_at(art, text, "Tom Hale") != "BUS"
    assert sector_at(art, text, "Ann Bell") != "NGO"


def test_a_bare_rank_in_a_police_story_is_a_police_officer(run):
    text = ("SALEM, Ore. (Wire) -- Police received a complaint about loud music early Sunday, Capt. Ray Olsen said. "
            "An officer responded to the apartment.\n")
    art = run(text, published="2009-03-02")
    assert sector_at(art, text, "Ray Olsen") == "COP"
    text = ("SALEM, Ore. (Wire) -- Army troops left the base on Monday, and Capt. Ray Olsen said the police would "
            "guard the gate.\n")
    art = run(text, published="2009-03-02")
    assert sector_at(art, text, "Ray Olsen") != "COP"             # a story with soldiers: the rank is the army's


def test_names_in_a_photo_caption_are_the_storys_group(run):
    text = ("Lincoln pupils plant a garden. Fourth-grade students at Lincoln Academy planted a garden on Friday. The "
            "students grew beans and peas. Pictured, from left, are: Nora Quill, Owen Brask, Lila Fenwick and Tobias "
            "Marr.\n")
    art = run(text, published="2009-03-02")
    assert {sector_at(art, text, n) for n in ("Nora Quill", "Owen Brask", "Lila Fenwick", "Tobias Marr")} == {"EDU"}


def test_names_listed_with_no_caption_cue_stay_private(run):
    text = ("Lincoln pupils plant a garden. Fourth-grade students at Lincoln Academy planted a garden on Friday. "
            "Neighbors Nora Quill, Owen Brask and Lila Fenwick brought seeds.\n")
    art = run(text, published="2009-03-02")
    assert sector_at(art, text, "Owen Brask") != "EDU"


def test_a_relative_clause_of_teaching_makes_a_teacher(run):
    text = "SALEM, Ore. (Wire) -- Bill Ray, who teaches third grade, said the new rules would help.\n"
    art = run(text, published="2009-03-02")
    assert sector_at(art, text, "Bill Ray") == "EDU"
    text = "SALEM, Ore. (Wire) -- Tom Lee, who taught math in the 1990s, voted against the plan.\n"
    art = run(text, published="2009-03-02")
    assert sector_at(art, text, "Tom Lee") != "EDU"                # a past job: said nothing of today's


def test_a_name_the_article_calls_the_company_is_a_company(run):
    text = ("SALEM, Ore. (Wire) -- The bid was awarded to Harlow Lift, which installed the old lift at the school. "
            "Bailey said the company is very reputable.\n")
    art = run(text, published="2009-03-02")
    assert sector_at(art, text, "Harlow Lift") == "BUS"
    assert sector_at(art, text, "Bailey") != "BUS"                 # the one who speaks of the company


def test_a_person_before_the_company_stays_a_person(run):
    text = ("SALEM, Ore. (Wire) -- Greg Tolliver worked at the plant for years. He said the company treated him "
            "well.\n")
    art = run(text, published="2009-03-02")
    assert sector_at(art, text, "Greg Tolliver") != "BUS"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_title_of_a_body_in_lower_case_takes_the_bodys_sector-1',
     "SALEM, Ore. (Wire) -- Mary Stone, president of the county historical society, said the house was "
     "built in 1880.\n",
     '2009-03-02', 'Mary Stone: sector=NGO'),
    ('a_title_of_a_body_in_lower_case_takes_the_bodys_sector-2',
     "SALEM, Ore. (Wire) -- Sam Fox, the president of the company, said sales fell in March.\n",
     '2009-03-02', 'Sam Fox: sector=BUS'),
    ('a_public_defender_is_of_the_courts',
     "SALEM, Ore. (Wire) -- Rowe said he could not afford a lawyer, and public defender Anna Marsh was "
     "assigned to the case.\n",
     '2009-03-02', 'Anna Marsh: sector=JUD'),
    ('a_society_chapter_is_an_ngo',
     "SALEM, Ore. (Wire) -- The Mary Hale Chapter gave an award to the library on Monday, its members "
     "said.\n",
     '2009-03-02', 'Mary Hale Chapter: sector=NGO'),
    ('a_name_of_a_body_in_lower_case_whose_the_the_parser_hangs_on_a_modifier',
     "SALEM, Ore. (Wire) -- The house is very old, said Jane Roe of the county historical society.\n",
     '2009-03-02', 'Jane Roe: sector=NGO'),
    ('a_head_title_after_a_body_noun_possessor_takes_the_bodys_sector-1',
     "SALEM, Ore. (Wire) -- Jane Roe, the chapter's president, said the members would meet on "
     "Tuesday.\n",
     '2009-03-02', 'Jane Roe: sector=NGO'),
    ('a_head_title_after_a_body_noun_possessor_takes_the_bodys_sector-2',
     "SALEM, Ore. (Wire) -- Jane Roe, the country's president, said the army would fight.\n",
     '2009-03-02', 'Jane Roe: sector=GOV'),
    ('an_organisations_sector_from_its_name_words-1',
     "SALEM, Ore. (Wire) -- Lakeside Realty asked the board for a delay on Monday.\n",
     '2009-03-02', 'Lakeside Realty: sector=BUS'),
    ('an_organisations_sector_from_its_name_words-2',
     "SALEM, Ore. (Wire) -- Lincoln Elementary announced on Monday that it would close in June.\n",
     '2009-03-02', 'Lincoln Elementary: sector=EDU'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
