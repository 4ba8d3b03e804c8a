"""Actors on invented stories, for the classes the act22 branch (December 2026, issue 11) fixed: things taken for
actors (a US town named like a country, a US highway's number, a car's make and model, a lower-case word tagged as a
name), who someone is (a company named like the surname of a person of the story with a possessive), sectors (a
student harmed is a victim, a work's director, a credit union, Crime Stoppers, a game warden), outlets named by a
media noun however parsed, lower-case public bodies, and a US state named like a country."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_us_town_named_like_a_country_is_no_state(run):
    text = ("Fleeing driver caught. A 41-year-old Lebanon man who fled deputies was arrested on Friday at a home "
            "3 miles east of Lebanon, according to Warren County Sheriff Ray Mott. Deputies said the man had been "
            "stopped inside the Lebanon city limits for speeding. He was taken to the Warren County Jail.\n")
    art = run(text)
    for k in range(3):
        found = at(art, text, "Lebanon", k)
        assert found is None or found.country != "LBN"
    assert all(a.country != "LBN" for a in art.actors)


def test_a_lower_case_word_tagged_as_a_name_is_no_person(run):
    text = ("Arrests in Clonmel. The court was told he was detained after four gardai searched his house during a "
            "major garda operation on Tuesday. Dan Kiely was charged.\n")
    art = run(text)
    assert at(art, text, "garda operation") is None or at(art, text, "garda operation").sector != "MIL"
    assert all(a.role != "major" for a in art.actors)


def test_a_surname_with_a_possessive_is_the_persons_not_the_company(run):
    text = ("Regulator fined. State Public Service Commissioner Dale McDonald filed his report late, the board said. "
            "McDonald’s violations happened during his 2002 campaign.\n")
    art = run(text)
    found = at(art, text, "McDonald’s")
    assert found is not None and found.sector != "BUS" and "Dale" in found.name


def test_lower_case_public_bodies_and_the_body_again(run):
    text = ("Fine upheld. The ethics commission said Dale Smith filed one report late. The commission defines each "
            "piece of bad information as a violation. An ethics commission witness said the fines could hit "
            "$24,000. He later won a seat on the council.\n")
    art = run(text)
    body = at(art, text, "The ethics commission")
    assert body is not None and body.sector == "GOV"
    assert at(art, text, "The commission").id == body.id
    assert at(art, text, "the council") is None


def test_a_us_states_name_that_a_country_shares_in_a_story_of_the_state(run):
    text = ("Regulator fined. Georgia’s newest utility regulator could face fines for ethics violations. He said "
            "he learned last fall that the state was pursuing the issue.\n")
    art = run(text)
    found = at(art, text, "Georgia")
    assert found is None or found.country != "GEO"


def test_people_charged_or_arrested_as_a_group_and_the_group_again(run):
    text = ("Five in court. FIVE men have appeared in court on charges of assault. The men, aged 18 to 23, were "
            "granted bail. Police said two women helped the victim.\n")
    art = run(text)
    men = at(art, text, "FIVE men")
    assert men is not None and men.sector == "CRM"
    assert at(art, text, "The men").id == men.id
    assert at(art, text, "two women") is None or at(art, text, "two women").sector != "CRM"


def test_a_board_of_education_and_school_districts_in_local_news(run):
    text = ("Superintendent search. COLUMBUS -- On Monday the Lakeview Board of Education talked with a firm that helps "
            "school districts hire staff. Superintendent Paul Cole will retire.\n")
    art = run(text)
    board = at(art, text, "Lakeview Board of Education")
    assert board.sector == "EDU" and board.country == "USA"


def test_the_new_word_classes_load_and_are_described():
    import pathlib

    from dateline.lexicon import actors as lex

    header = (pathlib.Path(lex.__file__).parent / "actor_words.tsv").read_text(encoding="utf-8")
    for name in ("car_make", "car_body", "injury_verb", "public_body"):
        assert lex.words(name) and all(w == w.lower() and " " not in w for w in lex.words(name)), name
        assert f"#   {name} " in header, name
    assert lex.org_words()["credit union"] == "BUS" and lex.org_words()["board of education"] == "EDU"
    assert lex.home_cues()["interstate"] == "USA"


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_country_in_a_story_told_elsewhere_stays_the_state',
     "BEIRUT (AP) — Lebanon said on Friday it would close its border. Lebanon's army sent troops to the "
     "north, officials said.\n",
     '2015-05-01', 'Lebanon: country=LBN'),
    ('a_us_highways_number_is_no_state',
     "Chase ends in crash. The driver fled east on U.S. 59 and then onto US Highway 84 before he crashed near "
     "Carthage, the sheriff said. The U.S. government was not involved.\n",
     None, 'U.S. 59: none; US Highway 84: none'),
    ('a_cars_make_and_model_is_no_actor',
     "Stolen truck found. Deputies said the man drove an older model Ford Explorer to the house and later "
     "abandoned the Ford Explorer in a field. His brother drove a silver Chevy Tahoe. Ford Motor Co. said "
     "it would look into the recall.\n",
     None, 'Ford Explorer: none; Ford Explorer#1: none; Chevy Tahoe: none; Ford Motor Co.: actor'),
    ('a_harmed_student_is_a_victim_and_a_student_acting_is_not',
     "Teen charged. Police said Ray Dunn, 17, is accused of shooting 16-year-old Leon Pratt on Friday night. "
     "Pratt was a junior at Eastside High School and played on the football team. Two men fired shots, "
     "injuring three other nearby ESU students. Mia Cole, a student at Eastside High School, organised a "
     "vigil on Sunday.\n",
     '2016-12-29', 'Leon Pratt: sector=CVL; three other nearby ESU students: sector=CVL; Mia Cole: sector=EDU'),
    ('a_works_director_is_no_official',
     "Film row. Director Paul Marnier - whose film \"Harbour\" opens on Wednesday - criticised the law on "
     "Monday. Director Ann Lee said the department would cut its budget.\n",
     '2009-03-02', 'Paul Marnier: sector=CVL; Ann Lee: sector=GOV'),
    ('sectors_of_unknown_bodies_and_a_game_warden',
     "Suspect caught. The arrest was made after Dawson County Crimestoppers received a tip. A Texas Parks & "
     "Wildlife Department game warden joined the pursuit. Donations go to Eastside Federal Credit Union.\n",
     None,
     'Dawson County Crimestoppers: sector=NGO; game warden: sector=COP; Eastside Federal Credit Union: '
     'sector=BUS'),
    ('outlets_named_by_a_media_noun_however_parsed',
     "Minister angry. The minister told Europe 1 radio on Sunday that the film was a slur. The director "
     "told the regional newspaper La Gazette du Sud last week that he stood by it. A radio host agreed.\n",
     '2009-03-02', 'Europe 1: sector=MED; La Gazette du Sud: sector=MED'),
    ('the_country_named_like_a_us_state_stays_with_its_capital_named',
     "TBILISI, Georgia (AP) — Georgia’s government said on Monday that the state would hold talks in "
     "Tbilisi.\n",
     '2008-08-20', 'Georgia#1: country=GEO'),
    ('a_writers_sign_off_is_a_journalist',
     "Suspect caught. Sheriff Ray Mott said the man was arrested on Wednesday. --------- Dale Finch may be "
     "contacted via e-mail at dfinch@example.com\n",
     None, 'Dale Finch: sector=MED'),
    ('a_network_a_dateline_credits_is_an_outlet_and_a_wire_is_not-1',
     "CHICAGO (CBS) — Three men were hurt in shootings on Tuesday, police said.\n",
     '2017-03-29', 'CBS: sector=MED'),
    ('a_network_a_dateline_credits_is_an_outlet_and_a_wire_is_not-2',
     "DETROIT (AP) — Four people were wounded in shootings on Tuesday, police said.\n",
     '2017-03-29', 'AP: none'),
    ('someone_told_by_an_age_is_a_victim_or_a_suspect',
     "Shootings. A 17-year-old boy was crossing a parking lot when someone opened fire, hitting him. A "
     "34-year-old man was shot through the arm. Police arrested a 20-year-old man. The mother of a 3-year-old "
     "girl said she was afraid.\n",
     '2017-03-29',
     'A 17-year-old boy: sector=CVL; 34-year-old man: sector=CVL; a 20-year-old man: sector=CRM; '
     '3-year-old girl: none'),
    ('a_job_in_apposition_at_a_company_gives_its_sector',
     "Search begins. Ann Cole, a consultant at Baird & Lowe LLC, said the search would take weeks. Tom Day, "
     "a friend of the family, said he was shocked.\n",
     None, 'Ann Cole: sector=BUS; Tom Day: sector=CVL'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
