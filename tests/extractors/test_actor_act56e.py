"""act56e: classes of shooting reports (docs/actors.md `### act56e`): aged people listed after `be`, more nouns an age
tells (`his 12-year-old cousin`), people a crime leaves harmed (`left one person dead and three others wounded`), a
further victim (`injuring another person`), a station owner under a legal form (`Harlow Broadcasting, Inc.`), a station
by `News` and its channel (`told News10`), kin of the story's people (`the father of two girls`), an aged owner of
injuries, and a station site's comma-listed sections.
Invented stories."""
from __future__ import annotations

from tests.helpers import actor_at, actor_in, actors_in

LISTED = ("Two bodies were found in a house on Birch Lane in Harlow on Tuesday. Harlow police said the dead were a "
          "41-year-old man and a 36-year-old woman.\n")


def test_the_first_of_aged_people_listed_after_be_is_a_person_of_the_story(run):
    for words, person in actors_in(run, LISTED, "a 41-year-old man", "a 36-year-old woman"):
        assert person is not None and person.sector == "CVL", (words, person)


def test_near_miss_one_aged_person_equated_with_the_subject_makes_no_second_actor(run):
    text = ("A clerk was robbed at a Harlow gas station on Tuesday. Harlow police said the suspect is a 20-year-old "
            "man.\n")
    person = actor_in(run, text, "a 20-year-old man")
    assert person is None or person.sector == "CRM", person


COUSIN = ("A 10-year-old boy was wounded on Sunday when he and his 12-year-old cousin were handling a rifle in a barn, "
          "the Pike County Sheriff's Office said.\n")


def test_an_aged_cousin_is_a_person_of_the_story(run):
    cousin = actor_in(run, COUSIN, "12-year-old cousin")
    assert cousin is not None and cousin.sector == "CVL", cousin


def test_near_miss_an_aged_cousin_named_after_is_the_name_s_actor(run):
    text = COUSIN.replace("his 12-year-old cousin", "his 12-year-old cousin, Dale Rivers,")
    cousin = actor_in(run, text, "Dale Rivers")
    assert cousin is not None and actor_in(run, text, "12-year-old cousin") in (None, cousin)


LEFT = ("A fight at a birthday party in Harlow on Saturday left one person dead and three others wounded, Harlow police "
        "said. Officers said the gunman also shot another person in the parking lot.\n")


def test_people_a_crime_leaves_harmed_are_victims(run):
    for words, victim in actors_in(run, LEFT, "one person", "three others", "another person"):
        assert victim is not None and victim.sector == "CVL", (words, victim)


def test_near_miss_leave_with_no_harm_makes_no_victims(run):
    text = ("Harlow police said the gunman left the bar at 2 a.m. The family moved away and left three others behind "
            "on Birch Lane.\n")
    assert actor_in(run, text, "three others") is None


def test_near_miss_another_person_of_no_harm_is_no_victim(run):
    text = ("A man was shot on Birch Lane in Harlow on Saturday, police said. Officers said the gunman had phoned "
            "another person an hour before.\n")
    assert actor_in(run, text, "another person") is None


OWNER = ("A man was shot on Birch Lane in Harlow on Friday, police said.\n"
         "Copyright 2017 Harlow Broadcasting, Inc. All rights reserved.\n")


def test_a_broadcasting_company_under_a_legal_form_is_media(run):
    owner = actor_in(run, OWNER, "Harlow Broadcasting, Inc.")
    assert owner is not None and owner.sector == "MED", owner


def test_near_miss_a_company_of_another_trade_under_a_legal_form_stays_business(run):
    text = OWNER.replace("Harlow Broadcasting, Inc.", "Harlow Steel, Inc.")
    owner = actor_in(run, text, "Harlow Steel, Inc.")
    assert owner is not None and owner.sector == "BUS", owner


def test_near_miss_a_call_about_someone_harming_another_person_makes_no_victim(run):
    text = ("Harlow police said officers went to Birch Lane after a call about someone shooting another person. They "
            "found a man on the ground.\n")
    assert actor_in(run, text, "another person") is None


def test_near_miss_a_relative_clause_recalling_the_toll_makes_no_victims(run):
    text = ("Harlow police have arrested Dale Rivers, a suspect in a shooting on Tuesday that left one person dead and "
            "two women hurt.\n")
    article = run(text)
    assert actor_at(article, text, "one person") is None and actor_at(article, text, "two women") is None
    text = ("Dale Rivers, 24, will be charged with murder related to the crash Sunday evening on Birch Lane in Harlow "
            "that left one person dead and several more hurt, police said.\n")
    assert actor_in(run, text, "one person") is None


CHANNEL = ("A man was shot on Birch Lane in Dayton, Ohio, on Friday, police said. 'I heard four shots,' a neighbor told "
           "News10 on Friday. Another neighbor told News 10 that the man lived alone.\n")


def test_a_station_by_news_and_its_channel_after_a_cue_is_media(run):
    article = run(CHANNEL)
    first, second = actor_at(article, CHANNEL, "News10"), actor_at(article, CHANNEL, "News 10")
    assert first is not None and first.sector == "MED" and second is first, (first, second)


def test_near_miss_news_and_a_number_with_no_cue_is_no_station(run):
    text = ("A man was shot on Birch Lane in Dayton, Ohio, on Friday, police said. See News 2 for the map. The news 10 "
            "minutes later was grim.\n")
    article = run(text)
    assert actor_at(article, text, "News 2") is None and actor_at(article, text, "news 10") is None


HURT = ("The Harlow Sheriff's Office says the father of two girls who were shot Sunday was cleaning his rifle when it "
        "fired. Her 4-year-old sister's injuries were not life-threatening.\n")


def test_the_father_of_the_story_s_people_and_an_aged_owner_of_injuries_are_people_of_the_story(run):
    for words, person in actors_in(run, HURT, "the father", "4-year-old sister"):
        assert person is not None and person.sector == "CVL", (words, person)


def test_near_miss_the_mother_of_no_person_and_an_aged_owner_of_a_thing(run):
    text = ("A 3-year-old boy's bicycle was stolen from a porch in Harlow, police said. The general called it the mother "
            "of all thefts.\n")
    article = run(text)
    assert actor_at(article, text, "3-year-old boy") is None and actor_at(article, text, "the mother") is None


MASTHEAD = ("Man charged in Harlow shooting - WXYZ.com, North Dorset News, Weather, Sports\n\n"
            "A man has been arrested by the Harlow County Sheriff's Office for a shooting in May.\n")


def test_a_station_site_s_comma_listed_sections_are_no_outlet(run):
    assert actor_in(run, MASTHEAD, "North Dorset News") is None


def test_near_miss_a_paper_named_in_the_body_stays_an_outlet(run):
    text = "Storm hits the coast\n\nNorth Dorset News, a weekly paper, said on Monday that the storm hit Harlow.\n"
    paper = actor_in(run, text, "Dorset News")
    assert paper is not None and paper.sector == "MED", paper


BARE = ("A 16-year-old was shot on Birch Lane in Dayton, Ohio, on Friday, police said. Police arrested a 19-year-old in "
        "the case on Saturday.\n")


def test_an_age_standing_alone_is_a_person_of_the_story(run):
    article = run(BARE)
    victim, suspect = actor_at(article, BARE, "A 16-year-old"), actor_at(article, BARE, "a 19-year-old")
    assert victim is not None and victim.sector == "CVL", victim
    assert suspect is not None and suspect.sector == "CRM", suspect


def test_near_miss_an_age_before_a_thing_is_no_person(run):
    text = "A man was shot on Birch Lane in Dayton, Ohio, police said. He said a 3-year-old plan to fix the road failed.\n"
    assert actor_in(run, text, "a 3-year-old plan") is None
