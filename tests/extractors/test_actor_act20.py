"""Actors on invented stories, for the classes the act20 branch (December 2026, issue 11) fixed: things taken for
actors (a public alert named like a person, a body noun used as such after a preposition, a seat of office naming a
social occasion) and sectors (an undated `former`/`then-` office holder, a police body's military rank, the people
of a church or a college, the people of a police department)."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_suspect_described_and_named_takes_the_home_country(run):
    text = ("Teen shot in Bridgeport. Police in Bridgeport, Conn., said friends were at a house. One of them, a "
            "17-year-old male, was handling a gun when it fired. The suspect also had marijuana in his possession. The "
            "suspect is facing charges, police said. Hackers attacked the city's website.\n")
    art = run(text)
    assert at(art, text, "The suspect").country == "USA"
    assert at(art, text, "Hackers").country is None   # a group may act from abroad


def test_a_station_credited_in_the_dateline_is_an_actor(run):
    text = ("Girl dies after being shot\n\nESTILL SPRINGS, Tenn. (WKRN) – Officials say a 12-year-old girl died "
            "after she was shot Friday night. Employees told News 2 that the girl attended the center.\n")
    art = run(text)
    station = at(art, text, "WKRN")
    assert station is not None and (station.country, station.sector) == ("USA", "MED")
    assert at(art, text, "News 2") == station


def test_a_known_body_in_a_datelines_parentheses_makes_no_station(run):
    text = "Talks stall\n\nWASHINGTON (WHO) - The talks stalled on Monday, officials said.\n"
    art = run(text)
    assert not any(a.name == "WHO" and a.sector == "MED" for a in art.actors)


def test_the_doer_of_a_harm_named_by_a_noun_is_an_actor(run):
    text = "Protests continue. The shooting of a man by a Charlotte-Mecklenburg police officer sparked protests.\n"
    art = run(text)
    officer = at(art, text, "a Charlotte-Mecklenburg police officer")
    assert officer is not None and officer.sector == "COP"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_public_alert_is_no_person',
     "Boy found safe. An Amber Alert was issued Sunday for a 4-year-old boy, police said. A Silver Alert for a "
     "missing man was cancelled later.\n",
     None, 'Amber Alert: none; Silver Alert: none; police: sector=COP'),
    ('a_body_noun_as_such_after_a_preposition_is_no_body',
     "Pastor dies. The Rev. John Miller kept up his work in ministry until 2005. The church settled the lawsuit "
     "out of court last year.\n",
     None, 'ministry: none; court: none; John Miller: sector=REL'),
    ('a_body_noun_with_its_article_stays_a_body',
     "Talks stall. The ministry said on Monday that talks with Egypt had stalled. The court ruled against the "
     "plan on Friday.\n",
     None, 'The ministry: actor; The court: sector=JUD'),
    ('a_seat_of_office_before_a_social_occasion_is_no_actor',
     "Pastor honored. He was asked to a White House prayer breakfast in June. The White House said on "
     "Monday it would act.\n",
     None, 'White House: none; White House#1: actor'),
    # no publication date: the words say the office is past
    # (session 50, GUIDE.md Decided: `then-President` tells a historical account, the office's sector: hist50)
    ('an_undated_then_title_is_the_office_and_a_former_title_eli',
     "Pastor dies. He was asked to a dinner by then-President Ronald Reagan and later met "
     "former President George Bush.\n",
     None, 'Ronald Reagan: sector=GOV; George Bush: sector=ELI'),
    ('an_undated_office_holder_with_no_past_word_keeps_the_office',
     "Talks held. President Ronald Reagan met the Soviet leader on Monday.\n",
     None, 'Ronald Reagan: sector=GOV'),
    ('a_military_rank_of_a_police_body_is_police',
     "Boys found dead. Lt. Col. Ann Ford with Springfield County Police said the search ended Saturday. Col. "
     "Bill Reed of the U.S. Army said troops left.\n",
     None, 'Ann Ford: sector=COP; Bill Reed: sector=MIL'),
    ('someone_of_a_police_department_is_police',
     "Man shot. Tom Hale of the Dayton Police Department said officers responded to the call.\n",
     None, 'Tom Hale: sector=COP'),
    ('generic_people_of_a_church_or_college_take_its_sector',
     "Pastor sued. Other ministers at the church said they would pray. Officials of the college declined to "
     "comment. Ministers in Cairo met on Monday.\n",
     None, 'Other ministers: sector=REL; Officials of the college: sector=EDU'),
    ('a_cathedral_is_religious',
     "Pastor dies. Archbishop Earl Smith of the Cathedral of the Holy Spirit died Sunday.\n",
     None, 'Cathedral of the Holy Spirit: sector=REL'),
    ('a_body_noun_joined_to_an_owned_noun_shares_the_owner',
     "Pastor dies. He touched thousands. \"We pray for everyone linked in some way to his life and "
     "ministry,\" he wrote. The president and government agreed on the budget.\n",
     None, 'ministry: none; government: actor'),
    ('an_organisation_tagged_name_spoken_of_as_he_is_a_person',
     "Sons mark Mother's Day. Chebel Rahme said that his gratitude comes from the many things his mother "
     "does. Acme Holdings said its sales rose.\n",
     None, 'Chebel Rahme: sector=CVL'),
    ('a_name_before_another_persons_his_stays_what_it_was',
     "Man arrested. U.S. Marshals arrested Tom Ward, 22, at his mother's house on Tuesday.\n",
     None, 'U.S. Marshals: sector!=CVL'),
    ('a_police_department_spokesman_is_police',
     "Man shot downtown. A police department spokesman said the man was hit twice. A fire department "
     "spokeswoman said crews responded.\n",
     None, 'A police department spokesman: sector=COP; A fire department spokeswoman: sector=GOV'),
    ('a_lawyer_for_the_city_works_for_its_government',
     "City sued. The city was sued on Monday over the fence. A lawyer for the city said the fence was legal. "
     "A lawyer for the family said it was not.\n",
     None, 'A lawyer: sector=GOV; A lawyer#1: sector=CVL'),
    ('the_head_of_a_college_department_is_of_the_college',
     "College play opens. Jane Doe, head of the Riverside College drama department, said the play opens "
     "Friday.\n",
     None, 'Jane Doe: sector=EDU'),
    ('officials_of_a_named_college_are_its_staff',
     "College play opens. Riverside Junior College officials said the play opens Friday.\n",
     None, 'Riverside Junior College officials: sector=EDU'),
    ('a_body_named_after_a_us_state_holding_a_countrys_name_is_american',
     "Team sold. The New Jersey Generals were sold on Monday to a group led by Tom Bell, the team said.\n",
     None, 'New Jersey Generals: country=USA'),
    ('a_college_named_after_a_city_the_us_also_has_is_american_in_an_american_story',
     "College play opens. Paris Junior College officials said the play opens Friday. The Lamar County "
     "Sheriff's Office will direct traffic, a college spokesman said.\n",
     None, 'Paris Junior College: country=USA'),
    # Bob Lane: a past race
    ('someone_running_for_an_office_is_a_candidate',
     "Judge race heats up. Columbus attorney Stephen Hale, who is running for judge, said he would win. Bob "
     "Lane, who ran for mayor in 2010, said nothing.\n",
     None, 'Stephen Hale: sector=PTY; Bob Lane: sector!=PTY'),
    ('police_department_officials_are_police',
     "Man shot. Police department officials said the man was hit twice. Fire department officials said crews "
     "came.\n",
     None, 'Police department officials: sector=COP; Fire department officials: sector=GOV'),
    ('a_car_makers_name_before_its_model_is_the_car',
     "Crash on highway. The driver hit a Toyota Camry on Monday and fled in a silver Honda Accord, police said. "
     "Toyota said it would help.\n",
     None, 'Toyota: none; Honda: none; Toyota#1: actor'),
    ('an_apartment_complex_is_no_actor',
     "Man shot. Police searched the Sunset Apartments complex on Monday, a spokesman said.\n",
     None, 'Sunset Apartments: none'),
    ('us_marshals_are_police_and_whom_they_arrest_a_suspect',
     "Man arrested after shooting. U.S. Marshals arrested John Gray, 20, at his home on Monday in the shooting "
     "death of a student.\n",
     None, 'U.S. Marshals: sector=COP; John Gray: sector=CRM'),
    ('a_highway_patrol_is_police',
     "Man killed in crash. Trooper Dan Hill of the State Highway Patrol said the car left the road.\n",
     None, 'State Highway Patrol: sector=COP'),
    ('a_common_noun_capitalised_at_a_headlines_start_is_no_person',
     "Vigil held for teen. Friends gathered at Riverside Park for a candlelight vigil on Friday. Hope Diaz, "
     "his aunt, said they would not give up hope.\n",
     None, 'Vigil: none; Hope Diaz: actor'),
    ('a_storm_rating_is_no_actor',
     "Storm damage. The National Weather Service confirmed an EF-1 tornado touched down near the highway. The "
     "American Red Cross opened a shelter.\n",
     None, 'EF-1: none; National Weather Service: sector=GOV; American Red Cross: country=USA'),
    ('a_gun_makers_name_before_the_gun_is_no_actor',
     "Teen arrested after threat. The 16-year-old posted a video holding a Smith & Wesson revolver, police "
     "said.\n",
     None, 'Smith & Wesson: none'),
    ('a_pets_name_is_no_person',
     "Dog saves family. A dog named Max barked until the family woke up. Max was treated by a vet. Neighbor "
     "Ann Ortiz called 911.\n",
     None, 'Max: none; Max#1: none; Ann Ortiz: actor'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
