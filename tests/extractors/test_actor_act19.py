"""Actors on invented stories, for the classes the act19 branch (December 2026, issue 11) fixed: things taken for
actors (roads named after people, a building after `near`/`atop`/`outside`, `police` inside a thing's name, a sports
team only spoken of, a city before a person noun taken for a name, a rank cut from its name), the home country of local
news (a US county whose first word is a town abroad, a town named only inside its bodies' names) and sectors (people
charged by a plural passive or an indictment, writers of a credit line)."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_three_word_name_ending_in_a_road_word_is_a_person_where_no_preposition_leads_it(run):
    text = ("Woman charged. Mary Ann Lane, 45, was charged with theft on Monday, police said. She was arrested "
            "after a fight on Rosa Parks Drive.\n")
    art = run(text)
    assert at(art, text, "Mary Ann Lane").name == "Mary Ann Lane"   # Lane and Street are surnames too
    assert at(art, text, "Rosa Parks") is None


def test_a_city_before_a_person_noun_in_a_headline_is_where_she_is_from(run):
    text = ("Alcohol involved in shooting that wounded Sioux Falls woman\n\nAn 18-year-old woman was hurt Sunday "
            "in central Sioux Falls, police said.\n")
    art = run(text)
    woman = at(art, text, "Sioux Falls woman")
    assert woman is not None and woman.name == "Sioux Falls woman" and woman.sector == "CVL"
    assert at(art, text, "Sioux Falls", nth=1) is None


def test_people_charged_by_a_plural_passive_or_an_indictment_are_suspects(run):
    text = ("Two charged in beating. Ms. Ann Sears and Mr. Tom Bowers are now both charged with murder, police "
            "said. In another case a federal grand jury returned an indictment charging Angela Mulu and Edward Bosi "
            "with mail fraud.\n")
    art = run(text)
    for name in ("Ann Sears", "Tom Bowers", "Angela Mulu", "Edward Bosi"):
        assert at(art, text, name).sector == "CRM", name


def test_writers_of_a_credit_line_are_journalists(run):
    text = ("Fire guts home. A fire destroyed a home on Elm Road on Monday, Fire Chief Dale Horvath said. Staff "
            "Writers Sam Hollis and Tom Ward contributed to this report. Staff writer Ann Roe can be reached "
            "by e-mail.\n")
    art = run(text)
    for name in ("Sam Hollis", "Tom Ward", "Ann Roe"):
        assert at(art, text, name).sector == "MED", name
    assert at(art, text, "Sam Hollis").name == "Sam Hollis"


def test_an_acronym_of_a_body_named_before_is_that_body(run):
    text = ("Prison plan. The city is in talks with Corrections Corporation of America about the old jail. CCA signed "
            "a lease. Karen Webb, CCA marketing and communications director, told reporters the firm would refit the "
            "building.\n")
    art = run(text)
    cca = at(art, text, "CCA signed")
    assert cca is not None and cca.name == "Corrections Corporation of America"
    assert at(art, text, "Karen Webb").sector == "BUS"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('roads_named_after_people_are_no_actors',
     "SPRINGFIELD, Ill. - A man was shot on Martin Luther King Jr. Boulevard late Friday, police said. The "
     "victim was taken to a hospital on Abraham Lincoln Parkway. Traffic on Rosa Parks Drive was stopped. Sgt. "
     "Tom Ruiz said officers were searching.\n",
     None, 'Martin Luther King: none; Abraham Lincoln: none; Rosa Parks: none; Tom Ruiz: sector=COP'),
    ('a_name_before_a_road_word_in_lower_case_stays_a_person',
     "Actor visits school. Nathan Lane spoke to students on Tuesday about the stage, the principal said.\n",
     None, 'Nathan Lane: actor'),
    ('a_building_after_a_preposition_of_position_is_no_actor',
     "Crowd gathers downtown. A crowd gathered near the mayor's office and atop the Government Center on "
     "Friday. The sheriff's office said two men were arrested.\n",
     None, "the mayor's office: none; Government Center: none; The sheriff's office: actor"),
    # the Interior Ministry: the target its building stands for
    ('a_body_named_alone_after_a_preposition_of_position_stays_the_body',
     "Blast in capital. A bomb exploded outside the Interior Ministry on Monday, killing two guards, officials "
     "said. A crowd later gathered near the party's headquarters.\n",
     None, "the Interior Ministry: actor; the party's headquarters: none"),
    ('police_inside_a_things_name_is_no_actor',
     "City plans revival. The city has spent heavily on its downtown, including a new police/fire station "
     "and a park, Mayor Ann Cole said.\n",
     None, 'police: none'),
    # Oakland Raiders: a team as the object of an event is its target
    ('a_road_named_like_a_body_is_no_actor_and_a_team_stays_one',
     "Plates sell well. Drivers bought plates honoring the Blue Ridge Parkway, the state said. The Minnesota "
     "Vikings signed a new coach on Monday. The city sued the Oakland Raiders on Tuesday over the move.\n",
     None, 'Blue Ridge Parkway: none; Minnesota Vikings: actor; Oakland Raiders: actor'),
    ('a_rank_cut_from_its_name_is_no_person',
     "Two men held. Two men were arrested Friday, Sgt. Blaise Dresser said. Officers found a gun.\n",
     None, 'Sgt: none; Blaise Dresser: sector=COP'),
    ('a_listed_us_county_named_like_a_town_abroad_is_american',
     "Snow closes schools. Sledding is permitted in Chesterfield County parks, says Officer Ray Morton with "
     "Chesterfield County Police. In Chesterfield County, parks stay open, he said.\n",
     None, 'Chesterfield County Police: country=USA'),
    ('a_town_named_only_inside_its_bodies_names_gives_the_home_country',
     "Director visits college. The Dayton Film Society and the Dayton Community College drama club presented "
     "a lecture by director Mark Owens on March 4. Owens answered questions from students.\n",
     None, 'Mark Owens: country=USA'),
    ('a_writer_of_books_at_a_sentences_start_is_no_journalist',
     "Prize given. Writer Tom Hale, whose novel won a prize on Monday, said he was pleased. AP Correspondent "
     "Ann Ross contributed.\n",
     None, 'Tom Hale: sector!=MED; Ann Ross: sector=MED'),
    # Bo Hale: (a private party's lawyer)
    ('a_lawyer_for_a_state_body_takes_its_sector',
     "Crash records released. Police cars crashed 40 times, records show. The files are private, said Victoria "
     "Pearson, general counsel for the police department. Bo Hale, a lawyer for the family, disagreed.\n",
     None, 'Victoria Pearson: sector=COP; Bo Hale: sector!=COP'),
    ('a_name_after_a_religious_word_of_address_is_a_cleric',
     "Nuns scammed. Sister Mary Agnes said the money came from the health fund. Father Tom Walsh agreed, and "
     "his Brother Tom Lee did not.\n",
     None, 'Mary Agnes: sector=REL; Tom Walsh: sector=REL; Tom Lee: sector!=REL'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
