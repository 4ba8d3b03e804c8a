"""Actors on invented stories, for the classes the act20 branch (December 2026, issue 11) fixed: things taken for
actors (a public alert named like a person, a body noun used as such after a preposition, a seat of office naming a
social occasion) and sectors (an undated `former`/`then-` office holder, a police body's military rank, the people
of a church or a college, the people of a police department)."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_public_alert_is_no_person(run):
    text = ("Boy found safe. An Amber Alert was issued Sunday for a 4-year-old boy, police said. A Silver Alert for a "
            "missing man was cancelled later.\n")
    art = run(text)
    assert at(art, text, "Amber Alert") is None
    assert at(art, text, "Silver Alert") is None
    assert at(art, text, "police").sector == "COP"


def test_a_body_noun_as_such_after_a_preposition_is_no_body(run):
    text = ("Pastor dies. The Rev. John Miller kept up his work in ministry until 2005. The church settled the lawsuit "
            "out of court last year.\n")
    art = run(text)
    assert at(art, text, "ministry") is None
    assert at(art, text, "court") is None
    assert at(art, text, "John Miller").sector == "REL"


def test_a_body_noun_with_its_article_stays_a_body(run):
    text = ("Talks stall. The ministry said on Monday that talks with Egypt had stalled. The court ruled against the "
            "plan on Friday.\n")
    art = run(text)
    assert at(art, text, "The ministry") is not None
    assert at(art, text, "The court").sector == "JUD"


def test_a_seat_of_office_before_a_social_occasion_is_no_actor(run):
    text = ("Pastor honored. He was invited to a White House prayer breakfast in May. The White House said on "
            "Monday it would act.\n")
    art = run(text)
    assert at(art, text, "White House") is None
    assert at(art, text, "White House", 1) is not None


def test_an_undated_former_office_holder_is_eli(run):
    text = ("Pastor dies. He was invited to a prayer breakfast by then-President Ronald Reagan and later met "
            "former President George Bush.\n")
    art = run(text)                               # no publication date: the words say the office is past
    assert at(art, text, "Ronald Reagan").sector == "ELI"
    assert at(art, text, "George Bush").sector == "ELI"


def test_an_undated_office_holder_with_no_past_word_keeps_the_office(run):
    text = "Talks held. President Ronald Reagan met the Soviet leader on Monday.\n"
    art = run(text)
    assert at(art, text, "Ronald Reagan").sector == "GOV"


def test_a_military_rank_of_a_police_body_is_police(run):
    text = ("Boys found dead. Lt. Col. Ann Ford with Springfield County Police said the search ended Saturday. Col. "
            "Bill Reed of the U.S. Army said troops left.\n")
    art = run(text)
    assert at(art, text, "Ann Ford").sector == "COP"
    assert at(art, text, "Bill Reed").sector == "MIL"


def test_someone_of_a_police_department_is_police(run):
    text = "Man shot. Tom Hale of the Dayton Police Department said officers responded to the call.\n"
    art = run(text)
    assert at(art, text, "Tom Hale").sector == "COP"


def test_generic_people_of_a_church_or_college_take_its_sector(run):
    text = ("Pastor sued. Other ministers at the church said they would pray. Officials of the college declined to "
            "comment. Ministers in Cairo met on Monday.\n")
    art = run(text)
    assert at(art, text, "Other ministers").sector == "REL"
    assert at(art, text, "Officials of the college").sector == "EDU"


def test_a_cathedral_is_religious(run):
    text = "Pastor dies. Archbishop Earl Smith of the Cathedral of the Holy Spirit died Sunday.\n"
    art = run(text)
    assert at(art, text, "Cathedral of the Holy Spirit").sector == "REL"


def test_a_body_noun_joined_to_an_owned_noun_shares_the_owner(run):
    text = ("Pastor dies. He touched thousands. \"We pray for all who have been connected in any way to his life and "
            "ministry,\" he wrote. The president and government agreed on the budget.\n")
    art = run(text)
    assert at(art, text, "ministry") is None
    assert at(art, text, "government") is not None


def test_a_suspect_described_and_named_takes_the_home_country(run):
    text = ("Teen shot in Bridgeport. Police in Bridgeport, Conn., said friends were at a house. One of them, a "
            "17-year-old male, was handling a gun when it fired. The suspect also had marijuana in his possession. The "
            "suspect is facing charges, police said. Hackers attacked the city's website.\n")
    art = run(text)
    assert at(art, text, "The suspect").country == "USA"
    assert at(art, text, "Hackers").country is None   # a group may act from abroad


def test_an_organisation_tagged_name_spoken_of_as_he_is_a_person(run):
    text = ("Sons mark Mother's Day. Chebel Rahme insisted that his appreciation stems from many things his mother "
            "does. Acme Holdings said its sales rose.\n")
    art = run(text)
    assert at(art, text, "Chebel Rahme").sector == "CVL"


def test_a_name_before_another_persons_his_stays_what_it_was(run):
    text = ("Man arrested. U.S. Marshals arrested Christopher Gatewood, 20, at his mother's home on Monday.\n")
    art = run(text)
    assert at(art, text, "U.S. Marshals").sector != "CVL"


def test_a_police_department_spokesman_is_police(run):
    text = ("Man shot downtown. A police department spokesman said the man was hit twice. A fire department "
            "spokeswoman said crews responded.\n")
    art = run(text)
    assert at(art, text, "A police department spokesman").sector == "COP"
    assert at(art, text, "A fire department spokeswoman").sector == "GOV"


def test_a_lawyer_for_the_city_works_for_its_government(run):
    text = ("City sued. The city was sued on Monday over the fence. A lawyer for the city said the fence was legal. "
            "A lawyer for the family said it was not.\n")
    art = run(text)
    assert at(art, text, "A lawyer").sector == "GOV"
    assert at(art, text, "A lawyer", 1).sector == "CVL"


def test_the_head_of_a_college_department_is_of_the_college(run):
    text = ("College play opens. Jane Doe, head of the Riverside College drama department, said the play opens "
            "Friday.\n")
    art = run(text)
    assert at(art, text, "Jane Doe").sector == "EDU"


def test_officials_of_a_named_college_are_its_staff(run):
    text = "College play opens. Riverside Junior College officials said the play opens Friday.\n"
    art = run(text)
    assert at(art, text, "Riverside Junior College officials").sector == "EDU"


def test_a_body_named_after_a_us_state_holding_a_countrys_name_is_american(run):
    text = "Team sold. The New Jersey Generals were sold on Monday to a group led by Tom Bell, the team said.\n"
    art = run(text)
    assert at(art, text, "New Jersey Generals").country == "USA"


def test_a_college_named_after_a_city_the_us_also_has_is_american_in_an_american_story(run):
    text = ("College play opens. Paris Junior College officials said the play opens Friday. The Lamar County "
            "Sheriff's Office will direct traffic, a college spokesman said.\n")
    art = run(text)
    assert at(art, text, "Paris Junior College").country == "USA"


def test_someone_running_for_an_office_is_a_candidate(run):
    text = ("Judge race heats up. Columbus attorney Stephen Hale, who is running for judge, said he would win. Bob "
            "Lane, who ran for mayor in 2010, said nothing.\n")
    art = run(text)
    assert at(art, text, "Stephen Hale").sector == "PTY"
    assert at(art, text, "Bob Lane").sector != "PTY"   # a past race


def test_police_department_officials_are_police(run):
    text = ("Man shot. Police department officials said the man was hit twice. Fire department officials said crews "
            "came.\n")
    art = run(text)
    assert at(art, text, "Police department officials").sector == "COP"
    assert at(art, text, "Fire department officials").sector == "GOV"


def test_a_station_credited_in_the_dateline_is_an_actor(run):
    text = ("Girl dies after being shot\n\nESTILL SPRINGS, Tenn. (WKRN) – Authorities say an 11-year-old girl has died "
            "after she was shot Friday evening. Employees told News 2 that the girl attended the center.\n")
    art = run(text)
    station = at(art, text, "WKRN")
    assert station is not None and (station.country, station.sector) == ("USA", "MED")
    assert at(art, text, "News 2") == station


def test_a_known_body_in_a_datelines_parentheses_makes_no_station(run):
    text = "Talks stall\n\nWASHINGTON (WHO) - The talks stalled on Monday, officials said.\n"
    art = run(text)
    assert not any(a.name == "WHO" and a.sector == "MED" for a in art.actors)


def test_a_car_makers_name_before_its_model_is_the_car(run):
    text = ("Crash on highway. The driver hit a Toyota Camry on Monday and fled in a silver Honda Accord, police said. "
            "Toyota said it would help.\n")
    art = run(text)
    assert at(art, text, "Toyota") is None
    assert at(art, text, "Honda") is None
    assert at(art, text, "Toyota", 1) is not None


def test_an_apartment_complex_is_no_actor(run):
    text = "Man shot. Police searched the Sunset Apartments complex on Monday, a spokesman said.\n"
    art = run(text)
    assert at(art, text, "Sunset Apartments") is None


def test_us_marshals_are_police_and_whom_they_arrest_a_suspect(run):
    text = ("Man arrested after shooting. U.S. Marshals arrested John Gray, 20, at his home on Monday in the shooting "
            "death of a student.\n")
    art = run(text)
    assert at(art, text, "U.S. Marshals").sector == "COP"
    assert at(art, text, "John Gray").sector == "CRM"


def test_a_highway_patrol_is_police(run):
    text = "Man killed in crash. Trooper Dan Hill of the State Highway Patrol said the car left the road.\n"
    art = run(text)
    assert at(art, text, "State Highway Patrol").sector == "COP"



def test_the_doer_of_a_harm_named_by_a_noun_is_an_actor(run):
    text = "Protests continue. The shooting of a man by a Charlotte-Mecklenburg police officer sparked protests.\n"
    art = run(text)
    officer = at(art, text, "a Charlotte-Mecklenburg police officer")
    assert officer is not None and officer.sector == "COP"


def test_a_common_noun_capitalised_at_a_headlines_start_is_no_person(run):
    text = ("Vigil held for teen. Friends gathered at Riverside Park for a candlelight vigil on Friday. Hope Diaz, "
            "his aunt, said they would not give up hope.\n")
    art = run(text)
    assert at(art, text, "Vigil") is None
    assert at(art, text, "Hope Diaz") is not None


def test_a_storm_rating_is_no_actor(run):
    text = ("Storm damage. The National Weather Service confirmed an EF-1 tornado touched down near the highway. The "
            "American Red Cross opened a shelter.\n")
    art = run(text)
    assert at(art, text, "EF-1") is None
    assert at(art, text, "National Weather Service").sector == "GOV"
    assert at(art, text, "American Red Cross").country == "USA"


def test_a_gun_makers_name_before_the_gun_is_no_actor(run):
    text = ("Teen arrested after threat. The 16-year-old posted a video holding a Smith & Wesson revolver, police "
            "said.\n")
    art = run(text)
    assert at(art, text, "Smith & Wesson") is None


def test_a_pets_name_is_no_person(run):
    text = ("Dog saves family. A dog named Max barked until the family woke up. Max was treated by a vet. Neighbor "
            "Ann Ortiz called 911.\n")
    art = run(text)
    assert at(art, text, "Max") is None
    assert at(art, text, "Max", 1) is None
    assert at(art, text, "Ann Ortiz") is not None
