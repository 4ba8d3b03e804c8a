"""act35c: the home country of American local news that names no US state (docs/actors.md `### act35c`): weak
evidence (a town only the United States has, a sum in dollars, a telephone number, a word of American local services)
makes the home USA where nothing names another country. Invented stories."""
from __future__ import annotations

from tests.helpers import actor_at

FIRE = ("Kitchen fire damages home\n\nFirefighters put out a kitchen fire at a home in Wapakoneta on Tuesday night. "
        "The fire caused about $40,000 in damage, Fire Chief Dale Rourke said. Ann Kowal, who owns the house, was "
        "at work when it started. Her neighbor, Tom Beltz, saw the smoke and called for help.\n")


def test_a_us_only_town_and_dollars_make_the_home(run):
    article = run(FIRE)
    for name in ("Dale Rourke", "Ann Kowal", "Tom Beltz"):
        person = actor_at(article, FIRE, name)
        assert person is not None and person.country == "USA", person


def test_a_us_only_town_and_a_telephone_number_make_the_home(run):
    text = ("Two cars broken into\n\nTwo cars were broken into overnight on Maple Drive in Sheboygan, police said. Sgt. "
            "Lena Marsh said a purse and a laptop were taken. Anyone with information is asked to call police at "
            "459-3333.\n")
    person = actor_at(run(text), text, "Lena Marsh")
    assert person is not None and person.country == "USA", person


def test_a_us_only_town_heading_a_fire_department_makes_the_home(run):
    text = ("New fire truck\n\nThe Bemidji Fire Department bought a new truck this spring, Chief Ray Olund said on "
            "Monday. Resident Ann Kowal said the old truck was older than her son.\n")
    article = run(text)
    for name in ("Ray Olund", "Ann Kowal"):
        person = actor_at(article, text, name)
        assert person is not None and person.country == "USA", person


def test_a_british_title_keeps_the_story_homeless(run):
    text = FIRE.replace("Ann Kowal, who", "Mr Beltz said Ann Kowal, who")
    person = actor_at(run(text), text, "Ann Kowal")
    assert person is not None and person.country != "USA", person


def test_a_commonwealth_word_keeps_the_story_homeless(run):
    text = FIRE.replace("Her neighbor", "Her neighbour")
    person = actor_at(run(text), text, "Tom Beltz")
    assert person is not None and person.country != "USA", person


def test_a_canadian_town_with_dollars_takes_no_american_home(run):
    text = FIRE.replace("Wapakoneta", "Moose Jaw")
    person = actor_at(run(text), text, "Ann Kowal")
    assert person is not None and person.country != "USA", person


def test_another_country_named_keeps_the_weak_home_away(run):
    text = FIRE.replace("Her neighbor, Tom Beltz,", "Her neighbor, Tom Beltz, a teacher from Ghana,")
    person = actor_at(run(text), text, "Ann Kowal")
    assert person is not None and person.country != "USA", person


def test_one_point_alone_makes_no_home(run):
    text = ("Kitchen fire damages home\n\nFirefighters put out a kitchen fire at a home in Wapakoneta on Tuesday "
            "night. Ann Kowal, who owns the house, was at work when it started.\n")
    person = actor_at(run(text), text, "Ann Kowal")
    assert person is not None and person.country is None, person
