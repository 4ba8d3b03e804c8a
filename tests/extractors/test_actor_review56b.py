"""review56b: a second reading of act56c-e's rules (docs/actors.md `### review56b`): an unnamed subject of a verb of
crime whose object is himself, a criminal or a picture is no suspect; a bare group of the people of a place abroad,
told in a sentence of that place alone, is that place's people. Invented stories, towns and names."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at


@pytest.mark.parametrize("text, word", [
    ("QUILLBROOK, Ohio - A man shot himself in the leg on Friday at a Quillbrook gun range, police said. The man was "
     "taken to Mercy Hospital.\n", "A man"),
    ("QUILLBROOK, Ohio - A woman shot video of the fight outside a Quillbrook bar on Friday, police said. The woman "
     "gave the clip to officers.\n", "A woman"),
    ("QUILLBROOK, Ohio - A burglar broke into a home on Elm Street on Friday. A woman shot the intruder in the arm, "
     "police said.\n", "A woman"),
])
def test_an_unnamed_subject_whose_deed_is_no_crime_is_no_suspect(run, text, word):
    who = actor_at(run(text), text, word)
    assert who is None or who.sector != "CRM", who


def test_near_miss_an_unnamed_man_who_shot_a_clerk_stays_a_suspect(run):
    text = ("QUILLBROOK, Ohio - A man shot a store clerk in the arm on Friday, police said. The man fled in a gray "
            "van.\n")
    who = actor_at(run(text), text, "A man")
    assert who is not None and who.sector == "CRM", who


_TRIP = ("Novelist Tessa Morrow is traveling to Gaza with other activists. Morrow said it was vital for Americans to see "
         "the damage. She is one of about 40 women {route} to bring aid and meet with residents. The trip was the "
         "work of the US anti-war group Code Pink, said Dana Quill, co-founder of Code Pink.\n")


def test_residents_of_the_place_a_sentence_names_abroad_are_its_people(run):
    text = _TRIP.format(route="going to Gaza")
    who = actor_at(run(text), text, "residents")
    assert who is not None and who.country == "PSE", who


def test_near_miss_residents_in_a_sentence_of_two_countries_keep_the_home(run):
    text = _TRIP.format(route="flying from Cairo to Gaza")
    who = actor_at(run(text), text, "residents")
    assert who is not None and who.country == "USA", who


def test_near_miss_residents_of_a_home_story_keep_the_home(run):
    text = ("QUILLBROOK, Ohio - Residents packed the town hall on Monday to oppose a new landfill near Quillbrook. The "
            "council voted 4-1 to delay the plan.\n")
    who = actor_at(run(text), text, "Residents")
    assert who is None or who.country == "USA", who


def test_a_reported_death_the_story_takes_back_is_no_victim(run):
    text = ("Four men were hurt late Friday in a shooting at a Quillbrook club, deputies said. First reports said one "
            "person had died at the club, but the fire rescue service later called that incorrect.\n")
    assert actor_at(run(text), text, "one person") is None


def test_near_miss_a_reported_death_not_taken_back_is_a_victim(run):
    text = ("Four men were hurt late Friday in a shooting at a Quillbrook club, deputies said. Witnesses said one "
            "person had died in the shooting before help came, the fire rescue service said.\n")
    who = actor_at(run(text), text, "one person")
    assert who is not None and who.sector == "CVL", who


def test_a_man_who_threatened_to_harm_himself_is_no_suspect(run):
    text = ("QUILLBROOK, Ohio - A man threatened to jump from the Elm Street bridge on Friday, police said. Officers "
            "talked him down.\n")
    who = actor_at(run(text), text, "A man")
    assert who is None or who.sector != "CRM", who


def test_near_miss_a_man_who_threatened_a_clerk_is_a_suspect(run):
    text = "QUILLBROOK, Ohio - A man threatened a clerk with a knife on Friday, police said. The man fled on foot.\n"
    who = actor_at(run(text), text, "A man")
    assert who is not None and who.sector == "CRM" and len(who.mentions) == 2, who


def test_a_later_bare_noun_that_died_is_not_joined_to_the_doer(run):
    text = ("QUILLBROOK, Ohio - Police said a man shot Tom Reed, 45, outside a Quillbrook bar on Friday. The man died "
            "at the scene.\n")
    who = actor_at(run(text), text, "a man")
    assert who is not None and who.sector == "CRM" and len(who.mentions) == 1, who


@pytest.mark.parametrize("word", ["a 20-year-old man", "a 19-year-old woman"])
def test_aged_people_listed_after_be_of_suspects_are_suspects(run, word):
    text = ("QUILLBROOK, Ohio - Police arrested two people after a robbery on Friday. The suspects were a 20-year-old "
            "man and a 19-year-old woman, police said.\n")
    who = actor_at(run(text), text, word)
    assert who is not None and who.sector == "CRM", who


def test_near_miss_aged_people_listed_after_be_of_victims_stay_private(run):
    text = ("QUILLBROOK, Ohio - Two people were shot on Elm Street on Friday. The victims were a 20-year-old man and a "
            "19-year-old woman, police said.\n")
    who = actor_at(run(text), text, "a 20-year-old man")
    assert who is not None and who.sector == "CVL", who


def test_a_victim_read_as_the_subject_of_a_past_verb_with_no_object_is_no_suspect(run):
    text = "QUILLBROOK, Ohio - A woman shot early Sunday in Quillbrook is expected to survive, police said.\n"
    who = actor_at(run(text), text, "A woman")
    assert who is not None and who.sector == "CVL", who


@pytest.mark.parametrize("text", [
    "QUILLBROOK, Ohio - A man stabbed a cashier early Sunday in Quillbrook, police said. The man was arrested.\n",
    "QUILLBROOK, Ohio - A man shot and killed a cashier early Sunday in Quillbrook, police said. The man fled.\n",
])
def test_near_miss_a_man_who_stabbed_a_cashier_is_a_suspect(run, text):
    who = actor_at(run(text), text, "A man")
    assert who is not None and who.sector == "CRM", who


def test_a_charging_ministrys_country_name_goes_with_it(run):
    text = ("A Quillbrook chemist, indicted last week by the United States Department of Justice, passed away on "
            "Tuesday, his lawyer said. He had been charged by the Justice Department over a fraud.\n")
    article = run(text)
    assert not any(a.sector == "GOV" for a in article.actors), [(a.name, a.sector) for a in article.actors]
    court = actor_at(article, text, "Justice Department")
    assert court is not None and court.sector == "JUD" and \
        court.mentions[0].text == "United States Department of Justice", court


def test_near_miss_the_state_named_apart_from_a_charging_ministry_stays_gov(run):
    text = ("The United States announced new tariffs on Monday. A Quillbrook chemist was charged by the Justice "
            "Department over a fraud.\n")
    state = actor_at(run(text), text, "United States")
    assert state is not None and state.sector == "GOV", state
