"""Actors on invented local stories, for the classes the act25b branch (December 2026, issue 11: sectors and false
actors of local news) fixed: a local story's home from one actor and one place together, a US state's abbreviation in
a body's name, a language taught at a school (`Eighth-grade Spanish students`), victims of a shooting counted with a
crime noun, `wanted on` charges, a bare `Chief` in a police story, a staff title after a body's name, a person's name
taken for an organisation after a noun of a person, a page's promotion line and labels, a lower-case `party` that is
a gathering, a prison's name, and the lexicon rows of local bodies (public safety, task forces, township offices, a county manager, an academy, a state's `Division
of`, newspaper nameplates, a TV channel, a media group)."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_one_actor_alone_gives_no_home(run):
    text = ("Teen shot outside club\n\nA 17-year-old boy was shot outside a club on Pine Drive, according to the "
            "Lakeland police. Officers found him in the parking lot.\n")
    art = run(text)
    assert at(art, text, "A 17-year-old boy").country is None   # (`Officers` are the Lakeland police's since act52c:
    assert at(art, text, "Officers") is at(art, text, "Lakeland police")   # their USA is the force's, no home)


def test_a_us_state_abbreviation_in_a_bodys_name_votes_usa(run):
    text = ("Maple adopts rules\n\nThe Maple Board of Education approved the plan. Any school event with alcohol "
            "needs a permit from New Jersey's Division of Alcoholic Beverage Control, the board said.\n")
    art = run(text)
    division = at(art, text, "Division of Alcoholic")
    assert division is not None and division.country == "USA" and division.sector == "GOV"


def test_a_language_taught_is_no_country(run):
    text = ("Eighth-grade Spanish students win contest\n\nEighth-grade Spanish students at Maple Academy won a state "
            "contest in April. The students wrote short plays. Their teacher, Ann Pole, said the Spanish class "
            "meets daily.\n")
    art = run(text)
    assert all(a.country != "ESP" for a in art.actors)
    assert at(art, text, "Ann Pole").country != "ESP"


def test_victims_of_a_shooting_are_no_suspects(run):
    text = ("Five shot in Dale\n\nDALE, Ind. - Two men were killed and three men were wounded in two shootings "
            "Saturday, Dale police said. Detectives are investigating.\n")
    art = run(text)
    found = at(art, text, "three men")
    assert found is None or found.sector != "CRM"


def test_a_bare_chief_in_a_police_story_is_the_police_chief(run):
    text = ("Man shot in Dale\n\nDALE, Ind. - A man was wounded Saturday, Dale police said. Detectives are "
            "investigating.\n\nChief Ann Pole said officers found the man on Oak Street.\n")
    art = run(text)
    pole = at(art, text, "Ann Pole")
    assert pole.sector == "COP"


def test_a_name_taken_for_an_organisation_after_a_person_noun_is_a_private_person(run):
    text = ("Teen shot in Maple\n\nA teen was shot Sunday in Maple, police said. \"He was kind,\" said family friend "
            "Coreen Hale.\n")
    art = run(text)
    hale = at(art, text, "Coreen Hale")
    assert hale is not None and hale.sector == "CVL"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('one_actor_and_one_place_of_a_country_make_the_home',
     "Teen shot outside club\n\nA 17-year-old boy was shot outside a club on Pine Drive, according to the "
     "Lakeland police. Officers found him in the parking lot at 5600 Pine Drive in Orlando.\n",
     None, 'Officers: country=USA'),
    ('students_from_a_country_keep_it',
     "Chinese students at the University of Iowa protested on Monday, the university said.\n",
     None, 'Chinese students: country=CHN'),
    ('men_charged_in_a_shooting_stay_suspects',
     "DALE, Ind. - Police arrested two men on Sunday. The two men were charged in the shooting of a "
     "store clerk, police said.\n",
     None, 'two men: sector=CRM'),
    ('wanted_on_charges_is_a_suspect',
     "Deputies search for Hollis man\n\nDeputies of the Dale County Sheriff's Office are searching for Tom "
     "Baxter, 31. Baxter is wanted on four felony charges, Sheriff Ray Mills said.\n",
     None, 'Tom Baxter: sector=CRM'),
    ('wanted_on_a_team_is_no_suspect',
     "Coach Dan Reyes said Tom Baxter is wanted on the team next year, the Maple Academy said.\n",
     None, 'Tom Baxter: sector!=CRM'),
    ('a_bare_chief_beside_a_fire_is_not_taken_for_the_police',
     "House burns in Dale\n\nDALE, Ind. - A house burned Saturday, Dale police said.\n\nChief Ann Pole said "
     "firefighters put out the blaze in an hour.\n",
     None, 'Ann Pole: sector!=COP'),
    ('a_staff_title_after_a_bodys_name_takes_its_sector',
     "Crash kills two near Hollis\n\nHOLLIS, S.C. - Two people died in a crash Sunday, Department of Public "
     "Safety spokesman Sid Lane said.\n",
     None, 'Department of Public Safety: sector=COP; Sid Lane: sector=COP'),
    ('a_mayors_spokesman_stays_government',
     "HOLLIS, S.C. - The city will repave Main Street, mayoral spokesman Sid Lane said.\n",
     None, 'Sid Lane: sector=GOV'),
    ('a_promotion_line_names_a_writer',
     "Teacher honored. Ann Pole brings you the latest from the schools of Dale County. MAPLE - Lakeview "
     "teacher Tom Wade won an award on Monday.\n",
     None, 'Ann Pole: sector=MED'),
    ('a_house_party_is_no_political_party',
     "Teen shot at house party\n\nA 17-year-old boy was shot at a house party early Sunday, police said. "
     "Neighbors said the party had gone on for hours. Private parties need no permit. The Democratic Party "
     "criticized the mayor.\n",
     None, 'house party: none; the party: none; Private parties: none; Democratic Party: sector=PTY'),
    ('a_prisons_name_is_no_actor',
     "MAPLE - Tom Wade, 40, was sentenced Monday and is held at the Dale Correctional Institution. The "
     "Department of Correctional Services said he would serve ten years.\n",
     None, 'Dale Correctional Institution: none; Department of Correctional Services: actor'),
    ('local_bodies_and_offices_take_their_sectors',
     "Maple Twp. adopts parking ordinance\n\nThe Township Committee approved a parking ordinance on Tuesday, "
     "Township Attorney Jane Roe said. County Manager Ann Dole told the Daily Chronicle the county agreed. "
     "The Marine Corps said it would help, and the Dale County Drug Task Force said it would patrol. Students "
     "of Battle Ridge Academy spoke to Channel 9.\n",
     None,
     'Township Committee: sector=GOV; Jane Roe: sector=GOV; Ann Dole: sector=GOV; Daily Chronicle: '
     'sector=MED; Marine Corps: sector=MIL; Drug Task Force: sector=COP; Channel 9: sector=MED'),
    ('a_media_group_is_media',
     "HOLLIS, S.C. - A fire closed the plant, Acme Media Group reported on Sunday.\n",
     None, 'Acme Media Group: sector=MED'),
    ('a_pages_label_names_nobody',
     "Four shot in Tampa\n\nUPDATE\n\nTAMPA - Police say four people were shot at a lounge.\n\nUPDATE: Police "
     "Chief Ann Pole said two men were arrested.\n",
     None, 'UPDATE: none; UPDATE#1: none; Ann Pole: actor'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
