"""Actors on invented stories, for the sector and country classes the sec24 branch (December 2026, issue 11) fixed
in local news: suspects told by a deed (`opened fire`, `admitted shooting`, named `as suspects`, booked, turned
in, wanted), the one a staff title speaks for (`Sheriff's spokeswoman`, `Company spokesman`), someone `with`/`from`
a body, a title's office (`Sheriff's Office`: COP), `the school board` (EDU), students by their year, troopers in an
American story, a photo credit run into a paragraph, `Co.` companies, and a US state's name inside a body's name as
a vote for the home country."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_resident_who_opened_fire_is_a_suspect(run):
    text = ("MILLBROOK, Ohio (AP) — Deputies said Carl Ostrander, a Millbrook resident, opened fire in a feed store "
            "on Monday, wounding two clerks. Officer Lee Park never opened fire, the chief said.\n")
    art = run(text)
    assert at(art, text, "Carl Ostrander").sector == "CRM"


def test_opening_fire_denied_or_supposed_makes_no_suspect(run):
    text = ("MILLBROOK, Ohio (AP) — Jim Bell said he would not open fire on anyone. Nora Keen never opened fire, her "
            "lawyer said.\n")
    art = run(text)
    assert at(art, text, "Jim Bell").sector == "CVL"
    assert at(art, text, "Nora Keen").sector == "CVL"


def test_someone_who_admitted_shooting_a_person_is_a_suspect(run):
    text = ("DAYTON, Ohio (AP) — A bar fight ended in a death early Friday. Detectives said Devin K. Marsh admitted "
            "stabbing Terrell Banks after an argument. Nora Keen never admitted shooting anyone, her lawyer said.\n")
    art = run(text)
    assert at(art, text, "Devin K. Marsh").sector == "CRM"
    assert at(art, text, "Nora Keen").sector == "CVL"


def test_people_named_as_suspects_are_suspects_unless_cleared(run):
    text = ("GREENFIELD, Ind. (AP) — Detective Ray Alder said a tip pointed detectives to Nora P. Keen, 31, and Walt "
            "Briggs, 30, as suspects in the hit-and-run. Police ruled out Sam Ortiz as a suspect.\n")
    art = run(text)
    assert at(art, text, "Nora P. Keen").sector == "CRM"
    assert at(art, text, "Walt Briggs").sector == "CRM"
    assert at(art, text, "Sam Ortiz").sector == "CVL"


def test_the_suspect_identified_as_a_name_is_that_name(run):
    text = ("DAYTON, Ohio (AP) — Police identified the suspect as Kyle Dunn, 22, of Kettering. Police identified "
            "the victim as Maria Soto, 41.\n")
    art = run(text)
    assert at(art, text, "Kyle Dunn").sector == "CRM"
    assert at(art, text, "Maria Soto").sector == "CVL"


def test_people_booked_turned_in_or_wanted_are_suspects(run):
    text = ("DAYTON, Ohio (AP) — Kyle Dunn turned himself in to police Monday. Amy Fox is wanted in connection with a "
            "robbery. Tom Ruiz was booked into the county jail on a theft charge. Bob Lee turned in his badge.\n")
    art = run(text)
    for name in ("Kyle Dunn", "Amy Fox", "Tom Ruiz"):
        assert at(art, text, name).sector == "CRM", name
    assert at(art, text, "Bob Lee").sector == "CVL"


def test_a_staff_title_after_a_title_or_a_company_word_speaks_for_it(run):
    text = ("TULSA, Okla. (AP) — Sheriff's spokeswoman Kim Lutz said the man was booked. Prosecutor's spokeswoman "
            "Lea Ford said no charges were filed. Company spokesman Bill Hart said the plant was closed. Sheriff's "
            "Office spokesman Rob Hale said two were hurt. Mayor's spokesman Jim Bay said the mayor was away. "
            "Ministry spokesman Tom Ward said the ministry agreed.\n")
    art = run(text)
    assert at(art, text, "Kim Lutz").sector == "COP"
    assert at(art, text, "Lea Ford").sector == "JUD"
    assert at(art, text, "Bill Hart").sector == "BUS"
    assert at(art, text, "Rob Hale").sector == "COP"
    assert at(art, text, "Jim Bay").sector == "GOV"
    assert at(art, text, "Tom Ward").sector == "GOV"


def test_someone_with_or_from_a_body_takes_its_sector(run):
    text = ("HUNTSVILLE, Texas (AP) — Bob Hart, with the Walker County Sheriff's Office, said two were hurt. Paul "
            "Ames from the Texas Department of Transportation said the bridge was closed. Kim Ray from Huntsville "
            "said she was scared.\n")
    art = run(text)
    assert at(art, text, "Bob Hart").sector == "COP"
    assert at(art, text, "Paul Ames").sector == "GOV"
    assert at(art, text, "Kim Ray").sector == "CVL"


def test_the_school_board_is_education_and_the_city_council_government(run):
    text = ("MILLBROOK, Ohio (AP) — The school board voted to close the school. The city council approved the "
            "plan.\n")
    art = run(text)
    assert at(art, text, "school board").sector == "EDU"
    assert at(art, text, "city council").sector == "GOV"


def test_a_student_told_by_a_year_of_school_is_a_student(run):
    text = ("AKRON, Ohio — Lakeview senior Ann Wu said she loved the play. Beth Moss, a sophomore at the "
            "university, said the campus was safe. Senior Airman Ed Fox spoke too. A senior administration official "
            "said the talks failed.\n")
    art = run(text)
    assert at(art, text, "Ann Wu").sector == "EDU"
    assert at(art, text, "Beth Moss").sector == "EDU"
    assert at(art, text, "Ed Fox").sector == "MIL"
    assert at(art, text, "senior administration official").sector == "GOV"


def test_troopers_in_an_american_story_are_police(run):
    text = "MILLBROOK, Ohio (AP) — Troopers closed the highway after the crash. The troopers said the driver fled.\n"
    art = run(text)
    assert at(art, text, "Troopers").sector == "COP"
    text = "KABUL, Afghanistan (AP) — Indian troopers guarded the road.\n"
    art = run(text)
    assert at(art, text, "Indian troopers").sector == "MIL"


def test_a_photo_credit_run_into_a_paragraph_names_a_photographer(run):
    text = ("AKRON, Ohio — Pupils paint a mural on the wall of Lakeview Elementary School for the spring fair. Herald "
            "photo by Dana Moore\n")
    art = run(text)
    assert at(art, text, "Dana Moore").sector == "MED"
    text = ("AKRON, Ohio — The fair drew large crowds on Saturday and Sunday this year, the organisers said. A "
            "photo by Dana Moore went viral. She said it was her best.\n")
    art = run(text)
    assert at(art, text, "Dana Moore").sector == "CVL"


def test_a_company_named_with_co_is_a_company(run):
    text = "AKRON, Ohio (AP) — Acme Rubber Co. said Tuesday it will close its Akron plant.\n"
    art = run(text)
    assert at(art, text, "Acme Rubber Co.").sector == "BUS"


def test_a_us_states_name_inside_bodies_names_makes_a_local_story_american(run):
    text = ("Band camp opens. Forty young players spent Saturday learning marches. Teachers from the Kansas Music "
            "Educators Association ran the day at Lakeview Catholic. Dr. Ann Holt, a band director at the University "
            "of Kansas, led the players. Dr. Ann Holt said the players worked hard.\n")
    art = run(text)
    assert at(art, text, "Ann Holt").country == "USA"
