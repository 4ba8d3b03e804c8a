"""act56e: classes of shooting reports (docs/actors.md `### act56e`): aged people listed after `be`, more nouns an age
tells (`his 12-year-old cousin`), people a crime leaves harmed (`left one person dead and three others wounded`), a
further victim (`injuring another person`), and a station owner under a legal form (`Harlow Broadcasting, Inc.`).
Invented stories."""
from __future__ import annotations

from tests.helpers import actor_at

LISTED = ("Two bodies were found in a house on Birch Lane in Harlow on Tuesday. Harlow police said the dead were a "
          "41-year-old man and a 36-year-old woman.\n")


def test_the_first_of_aged_people_listed_after_be_is_a_person_of_the_story(run):
    article = run(LISTED)
    for words in ("a 41-year-old man", "a 36-year-old woman"):
        person = actor_at(article, LISTED, words)
        assert person is not None and person.sector == "CVL", (words, person)


def test_near_miss_one_aged_person_equated_with_the_subject_makes_no_second_actor(run):
    text = ("A clerk was robbed at a Harlow gas station on Tuesday. Harlow police said the suspect is a 20-year-old "
            "man.\n")
    person = actor_at(run(text), text, "a 20-year-old man")
    assert person is None or person.sector == "CRM", person


COUSIN = ("A 10-year-old boy was wounded on Sunday when he and his 12-year-old cousin were handling a rifle in a barn, "
          "the Pike County Sheriff's Office said.\n")


def test_an_aged_cousin_is_a_person_of_the_story(run):
    cousin = actor_at(run(COUSIN), COUSIN, "12-year-old cousin")
    assert cousin is not None and cousin.sector == "CVL", cousin


def test_near_miss_an_aged_cousin_named_after_is_the_name_s_actor(run):
    text = COUSIN.replace("his 12-year-old cousin", "his 12-year-old cousin, Dale Rivers,")
    cousin = actor_at(run(text), text, "Dale Rivers")
    assert cousin is not None and actor_at(run(text), text, "12-year-old cousin") in (None, cousin)


LEFT = ("A fight at a birthday party in Harlow on Saturday left one person dead and three others wounded, Harlow police "
        "said. Officers said the gunman also shot another person in the parking lot.\n")


def test_people_a_crime_leaves_harmed_are_victims(run):
    article = run(LEFT)
    for words in ("one person", "three others", "another person"):
        victim = actor_at(article, LEFT, words)
        assert victim is not None and victim.sector == "CVL", (words, victim)


def test_near_miss_leave_with_no_harm_makes_no_victims(run):
    text = ("Harlow police said the gunman left the bar at 2 a.m. The family moved away and left three others behind "
            "on Birch Lane.\n")
    assert actor_at(run(text), text, "three others") is None


def test_near_miss_another_person_of_no_harm_is_no_victim(run):
    text = ("A man was shot on Birch Lane in Harlow on Saturday, police said. Officers said the gunman had phoned "
            "another person an hour before.\n")
    assert actor_at(run(text), text, "another person") is None


OWNER = ("A man was shot on Birch Lane in Harlow on Friday, police said.\n"
         "Copyright 2017 Harlow Broadcasting, Inc. All rights reserved.\n")


def test_a_broadcasting_company_under_a_legal_form_is_media(run):
    owner = actor_at(run(OWNER), OWNER, "Harlow Broadcasting, Inc.")
    assert owner is not None and owner.sector == "MED", owner


def test_near_miss_a_company_of_another_trade_under_a_legal_form_stays_business(run):
    text = OWNER.replace("Harlow Broadcasting, Inc.", "Harlow Steel, Inc.")
    owner = actor_at(run(text), text, "Harlow Steel, Inc.")
    assert owner is not None and owner.sector == "BUS", owner


def test_station_groups_of_the_lexicon_are_media():
    from dateline.lexicon import actors as lex
    sectors = {o.name: o.sector for o in lex.organisations()}
    assert sectors["Meredith Corporation"] == "MED" and sectors["Raycom Media"] == "MED"
