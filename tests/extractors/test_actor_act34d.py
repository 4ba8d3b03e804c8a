"""act34d: three actor classes left by act34b and act34c (docs/actors.md `### act34d`): `officer` after a modifier
that makes it no police post (`chief medical officer`, `loan officer`, `duty officer`) takes its body's sector; a
minister, no US office, in a story whose home is the USA takes the other country the article names. Invented
sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_chief_officer_of_a_company_is_no_police(run):
    text = ('Flu cases rose this week in Marion County, Tennessee. "Get a shot now," said Dr. Alan Bresky, chief '
            'medical officer for Harmon Health Partners.\n')
    person = actor_at(run(text), text, "Alan Bresky")
    assert person is not None and person.sector == "BUS", person


def test_a_chief_officer_takes_a_public_bodys_sector(run):
    text = ('Flu cases rose this week in Marion County. "Get a shot now," said Dr. Alan Bresky, chief medical '
            'officer for the Marion County Health Department.\n')
    person = actor_at(run(text), text, "Alan Bresky")
    assert person is not None and person.sector == "GOV", person


def test_a_trades_officer_is_no_police(run):
    text = '"Rates are low," said Mara Quist, a loan officer at Pine Valley Bank in Dayton, Ohio.\n'
    person = actor_at(run(text), text, "Mara Quist")
    assert person is not None and person.sector == "BUS", person


def test_a_state_bodys_duty_officer_is_no_police(run):
    text = "A State Department duty officer said the embassy in Lima was closed on Friday after the protest.\n"
    officer = actor_at(run(text), text, "A State Department duty officer")
    assert officer is not None and officer.sector == "GOV", officer


def test_police_officers_stay_police(run):
    for text, name in (("Police arrested a man in Dayton, Ohio, on Friday. Officer Tom Reed said the suspect fled.\n",
                        "Tom Reed"),
                       ("The march ended in Leeds on Friday, said the city's chief police officer, Tom Reed.\n",
                        "Tom Reed"),
                       ('Police arrested a man in Dayton, Ohio, on Friday. "He ran," said the police duty officer, '
                        'Sgt. Ann Cole.\n', "Ann Cole"),
                       ("Police arrested a man in Dayton, Ohio, on Friday. The officer said the suspect fled.\n",
                        "The officer")):
        person = actor_at(run(text), text, name)
        assert person is not None and person.sector == "COP", (text, person)


def test_a_minister_in_a_us_home_story_is_no_us_official(run):
    text = ("Cholera has killed 40 people in Haiti, the CDC said on Monday. The CDC sent a team of 12 to help. The "
            "CDC said more cases were likely. The health minister, Paul Delva, said clinics in the north were full.\n")
    person = actor_at(run(text), text, "Paul Delva")
    assert person is not None and person.country == "HTI", person


def test_a_us_home_story_keeps_its_own_officials(run):
    text = ("Cholera has killed 40 people in Haiti, the CDC said on Monday. The CDC sent a team of 12 to help. The "
            "CDC said more cases were likely. The health commissioner, Paul Delva, said clinics in Ohio were full.\n")
    person = actor_at(run(text), text, "Paul Delva")
    assert person is not None and person.country == "USA", person


def test_an_off_duty_officer_and_a_citys_chief_officer(run):
    text = "Police arrested a man in Dayton, Ohio, on Friday after an off-duty officer saw him fire a gun.\n"
    officer = actor_at(run(text), text, "an off-duty officer")
    assert officer is not None and officer.sector == "COP", officer
    text = "The plan was drawn up by Ray Cole, the acting city chief development officer, in Dayton, Ohio.\n"
    person = actor_at(run(text), text, "Ray Cole")
    assert person is not None and person.sector == "GOV", person
