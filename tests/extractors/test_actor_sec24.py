"""Actors on invented stories, for the sector and country classes the sec24 branch (December 2026, issue 11) fixed
in local news: suspects told by a deed (`opened fire`, `admitted shooting`, named `as suspects`, booked, turned
in, wanted), the one a staff title speaks for (`Sheriff's spokeswoman`, `Company spokesman`), someone `with`/`from`
a body, a title's office (`Sheriff's Office`: COP), `the school board` (EDU), students by their year, troopers in an
American story, a photo credit run into a paragraph, `Co.` companies, and a US state's name inside a body's name as
a vote for the home country."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_people_booked_turned_in_or_wanted_are_suspects(run):
    text = ("DAYTON, Ohio (AP) — Kyle Dunn turned himself in to police Monday. Amy Fox is wanted in connection with a "
            "robbery. Tom Ruiz was booked into the county jail on a theft charge. Bob Lee turned in his badge.\n")
    art = run(text)
    for name in ("Kyle Dunn", "Amy Fox", "Tom Ruiz"):
        assert at(art, text, name).sector == "CRM", name
    assert at(art, text, "Bob Lee").sector == "CVL"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_resident_who_opened_fire_is_a_suspect',
     "MILLBROOK, Ohio (AP) — Deputies said Carl Ostrander, a Millbrook resident, opened fire in a feed store "
     "on Monday, wounding two clerks. Officer Lee Park never opened fire, the chief said.\n",
     None, 'Carl Ostrander: sector=CRM'),
    ('opening_fire_denied_or_supposed_makes_no_suspect',
     "MILLBROOK, Ohio (AP) — Jim Bell said he would not open fire on anyone. Nora Keen never opened fire, her "
     "lawyer said.\n",
     None, 'Jim Bell: sector=CVL; Nora Keen: sector=CVL'),
    ('someone_who_admitted_shooting_a_person_is_a_suspect',
     "DAYTON, Ohio (AP) — A bar fight ended in a death early Friday. Detectives said Devin K. Marsh admitted "
     "stabbing Terrell Banks after an argument. Nora Keen never admitted shooting anyone, her lawyer said.\n",
     None, 'Devin K. Marsh: sector=CRM; Nora Keen: sector=CVL'),
    ('people_named_as_suspects_are_suspects_unless_cleared',
     "GREENFIELD, Ind. (AP) — Detective Ray Alder said a tip pointed detectives to Nora P. Keen, 31, and Walt "
     "Briggs, 30, as suspects in the hit-and-run. Police ruled out Sam Ortiz as a suspect.\n",
     None, 'Nora P. Keen: sector=CRM; Walt Briggs: sector=CRM; Sam Ortiz: sector=CVL'),
    ('the_suspect_identified_as_a_name_is_that_name',
     "DAYTON, Ohio (AP) — Police identified the suspect as Kyle Dunn, 22, of Kettering. Police identified "
     "the victim as Maria Soto, 41.\n",
     None, 'Kyle Dunn: sector=CRM; Maria Soto: sector=CVL'),
    ('a_staff_title_after_a_title_or_a_company_word_speaks_for_it',
     "TULSA, Okla. (AP) — Sheriff's spokeswoman Kim Lutz said the man was booked. Prosecutor's spokeswoman "
     "Lea Ford said no charges were filed. Company spokesman Bill Hart said the plant was closed. Sheriff's "
     "Office spokesman Rob Hale said two were hurt. Mayor's spokesman Jim Bay said the mayor was away. "
     "Ministry spokesman Tom Ward said the ministry agreed.\n",
     None,
     'Kim Lutz: sector=COP; Lea Ford: sector=JUD; Bill Hart: sector=BUS; Rob Hale: sector=COP; Jim Bay: '
     'sector=GOV; Tom Ward: sector=GOV'),
    ('someone_with_or_from_a_body_takes_its_sector',
     "HUNTSVILLE, Texas (AP) — Bob Hart, with the Walker County Sheriff's Office, said two were hurt. Paul "
     "Ames from the Texas Department of Transportation said the bridge was closed. Kim Ray from Huntsville "
     "said she was scared.\n",
     None, 'Bob Hart: sector=COP; Paul Ames: sector=GOV; Kim Ray: sector=CVL'),
    ('the_school_board_is_education_and_the_city_council_government',
     "MILLBROOK, Ohio (AP) — The school board voted to close the school. The city council approved the "
     "plan.\n",
     None, 'school board: sector=EDU; city council: sector=GOV'),
    ('a_student_told_by_a_year_of_school_is_a_student',
     "AKRON, Ohio — Lakeview senior Ann Wu said she loved the play. Beth Moss, a sophomore at the "
     "university, said the campus was safe. Senior Airman Ed Fox spoke too. A senior administration official "
     "said the talks failed.\n",
     None,
     'Ann Wu: sector=EDU; Beth Moss: sector=EDU; Ed Fox: sector=MIL; senior administration official: '
     'sector=GOV'),
    ('troopers_in_an_american_story_are_police-1',
     "MILLBROOK, Ohio (AP) — Troopers closed the highway after the crash. The troopers said the driver fled.\n",
     None, 'Troopers: sector=COP'),
    ('troopers_in_an_american_story_are_police-2',
     "KABUL, Afghanistan (AP) — Indian troopers guarded the road.\n",
     None, 'Indian troopers: sector=MIL'),
    ('a_photo_credit_run_into_a_paragraph_names_a_photographer-1',
     "AKRON, Ohio — Pupils paint a mural on the wall of Lakeview Elementary School for the spring fair. Herald "
     "photo by Dana Moore\n",
     None, 'Dana Moore: sector=MED'),
    ('a_photo_credit_run_into_a_paragraph_names_a_photographer-2',
     "AKRON, Ohio — The fair drew large crowds on Saturday and Sunday this year, the organisers said. A "
     "photo by Dana Moore went viral. She said it was her best.\n",
     None, 'Dana Moore: sector=CVL'),
    ('a_company_named_with_co_is_a_company',
     "AKRON, Ohio (AP) — Acme Rubber Co. said Tuesday it will close its Akron plant.\n",
     None, 'Acme Rubber Co.: sector=BUS'),
    ('a_us_states_name_inside_bodies_names_makes_a_local_story_american',
     "Band camp opens. Forty young players spent Saturday learning marches. Teachers from the Kansas Music "
     "Educators Association ran the day at Lakeview Catholic. Dr. Ann Holt, a band director at the University "
     "of Kansas, led the players. Dr. Ann Holt said the players worked hard.\n",
     None, 'Ann Holt: country=USA'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
