"""Actors on invented stories, for the classes the act5 branch (December 2026, issue 11) fixed: a verb opening a line
taken into a name, a title naming another office than the lexicon person's, an arrest
with no crime told, `Team X` out of an election, and the writers of a news digest."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_verb_opening_a_line_is_no_given_name(run):
    text = ("Combine Clinton and Sanders' numbers and you get a majority.\n\nWASHINGTON -- The race went on, Clinton "
            "said on Monday.\n")
    art = run(text, published="2016-04-01")
    assert at(art, text, "Combine") is None
    assert at(art, text, "Clinton").name == "Hillary Clinton"


def test_a_given_name_opening_a_line_still_names_another_person(run):
    text = "Michelle Obama spoke in Chicago on Monday.\n"
    art = run(text, published="2016-04-01")
    assert at(art, text, "Michelle Obama").name == "Michelle Obama"


def test_a_national_title_is_not_an_international_office(run):
    text = "SEOUL -- President Kim met the opposition leader on Monday. Kim said the talks went well.\n"
    art = run(text, published="2017-05-01")
    kim = at(art, text, "President Kim")
    assert kim.name != "Jim Yong Kim" and kim.sector == "GOV" and kim.country == "KOR"
    assert at(art, text, "Kim", 1).id == kim.id


def test_the_international_title_still_names_the_lexicon_person(run):
    text = "WASHINGTON -- World Bank President Jim Yong Kim met donors on Monday. Kim said aid would rise.\n"
    art = run(text, published="2017-05-01")
    assert at(art, text, "Kim", 1).name == "Jim Yong Kim"


def test_team_of_a_president_out_of_a_race_is_no_campaign(run):
    text = "WASHINGTON -- Team Biden pushed the bill through Congress on Monday, President Joe Biden said.\n"
    art = run(text, published="2022-05-01")
    team = at(art, text, "Team Biden")
    assert team.sector == "GOV" and "campaign" not in team.name


def test_a_title_of_the_same_sector_keeps_the_lexicon_person(run):
    text = "WASHINGTON -- Secretary Clinton met donors on Monday. General Dempsey spoke later.\n"
    art = run(text, published="2012-05-01")
    assert at(art, text, "Clinton").name == "Hillary Clinton"
    assert at(art, text, "Dempsey").name == "Martin Dempsey"


def test_a_title_after_the_full_name_keeps_the_articles_person(run):
    text = ("WASHINGTON -- The United States nominated Jim Yong Kim for a second term at the World Bank on Monday. "
            "President Kim has led the bank since 2012.\n")
    art = run(text, published="2016-08-26")
    assert at(art, text, "President Kim").name == "Jim Yong Kim"


def test_a_pronoun_never_reaches_back_over_a_digest_signature(run):
    text = ("IN BRIEF.\n\nSpain votes again.\n\nSpain's parties met on Monday, Spain's king said.--Ana Lopez.\n\n"
            "Fire hits Texas town.\n\nA fire burned 30 homes in Houston. She said the town would rebuild, officials "
            "said.--John Baker.\n\nOhio vote.\n\nOhio voters went to the polls in Columbus.--Kate Miller.\n")
    art = run(text, published="2016-05-01")
    lopez = at(art, text, "Ana Lopez")
    assert all(m.text != "She" for m in lopez.mentions)


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('an_arrest_with_no_crime_makes_no_suspect',
     "MOSCOW -- Ivan Petrov was arrested on Monday after a protest in the capital, his wife said.\n",
     '2016-05-01', 'Ivan Petrov: sector!=CRM'),
    ('an_arrest_on_a_charge_still_makes_a_suspect',
     "MOSCOW -- Ivan Petrov was arrested on Monday on charges of murder, police said.\n",
     '2016-05-01', 'Ivan Petrov: sector=CRM'),
    ('an_arrest_in_a_crime_story_makes_a_suspect',
     "DAYTON, Ohio -- Two people died in a shooting at a bar on Saturday. Mark Perry was arrested on Sunday. "
     "The killing shocked the town.\n",
     '2016-05-01', 'Mark Perry: sector=CRM'),
    ('team_of_a_candidate_is_the_campaign',
     "DES MOINES, Iowa -- Team Trump hit back at the rivals on Monday.\n",
     '2016-01-20', 'Team Trump: sector=PTY'),
    ('a_digest_writer_takes_the_papers_country',
     "IN BRIEF.\n\nSpain votes again.\n\nSpain braced for weeks of talks Monday. Spain's king met Prime Minister "
     "Mariano Rajoy, and Spain's parties met too.--Ana Lopez.\n\nFire hits Texas town.\n\nA fire burned 30 homes "
     "in Houston, officials said.--John Baker.\n\nOhio vote.\n\nOhio voters went to the polls in Columbus, "
     "officials said.--Kate Miller.\n",
     '2016-05-01', 'Ana Lopez: country=USA; John Baker: country=USA'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
