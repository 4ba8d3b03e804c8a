"""act57a: web and international news (issue 11), country and sector on sports pages of the web kind (tune64). A noun
of nationals before a name (`Swede Lars Berg`) and, on a sports page, a description `the young South Korean` after a
named player tell that player's nationality (national_nouns.tsv, countries.tsv). Invented sentences and people; rows
marked `fails on main` fail before the change, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

# a club match report that names one player by a noun of nationals
SWEDE = ("Harlow Rovers beat Dale Town 2-1 in the league on Saturday.\n"
         "Swede Lars Berg scored twice for Harlow Rovers, and manager Tom Reeve praised him.\n"
         "Berg said the win was deserved.\n")

# a golf win: the winner is later called `the young South Korean`
GOLF = ("ORLANDO -- Min-ho Park won the Harbor Classic golf tournament on Sunday by two strokes, his third title on "
        "the tour.\n"
        "Park made a birdie on the last hole, and the gallery cheered the young South Korean.\n"
        "\"I feel blessed,\" Park said after his round. Park beat Tom Reeve and Dan Cole by two shots.\n")

CASES = [
    ("a_national_noun_before_a_name_gives_the_nationality",   # fails on main: Berg had no country
     SWEDE, "Lars Berg: country=SWE"),
    ("guard_the_noun_alone_gives_no_other_player_a_country",
     SWEDE, "Tom Reeve: country!=SWE"),
    ("guard_a_given_name_like_the_noun_is_no_nationality",
     SWEDE.replace("Swede Lars Berg", "Dane Berg").replace("Berg said", "Dane Berg said"),
     "Dane Berg: country!=DNK"),
    ("a_demonym_description_on_a_sports_page_gives_the_player_his_nationality",   # fails on main: USA (the page)
     GOLF, "Park: country=KOR"),
    ("guard_a_demonym_that_modifies_a_noun_tells_no_nationality",
     GOLF.replace("the gallery cheered the young South Korean", "the gallery sang a South Korean song"),
     "Park: country!=KOR"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_act57a_nationals(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)


def test_act57a_guard_the_other_party_of_the_verb_is_not_the_national(run):
    """`Park beat the young Swede`: the description is Park's opponent, not Park."""
    text = ("ORLANDO -- Min-ho Park won the Harbor Classic golf tournament on Sunday by two strokes.\n"
            "Park beat the young Swede in a playoff on the first extra hole.\n"
            "\"I feel blessed,\" Park said.\n")
    art = run(text, published="2008-01-15")
    assert not any(a.country == "SWE" for a in art.actors)


# a stock-car team named for its owner with a legal form
TEAM = ("Driver Tom Ketter will race eleven times this season for Dale Hollis Inc., the team said on Monday.\n"
        "Rusty Marr Inc.'s Joe Pike and Ben Ott are his main rivals for the rookie award.\n"
        "\"Dale and Kim want me in the same car all year,\" Ketter said. Hollis won the title twice as a driver.\n")

TEAM_CASES = [
    ("a_company_named_for_its_owner_is_a_company",   # fails on main: a private person, CVL
     TEAM, "Rusty Marr Inc.: sector=BUS"),
    ("guard_a_name_with_no_legal_form_stays_a_person",
     TEAM.replace("Rusty Marr Inc.'s Joe Pike", "Rusty Marr, Joe Pike"), "Rusty Marr: sector=CVL"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TEAM_CASES])
def test_act57a_companies_named_for_owners(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)


def test_act57a_the_owner_s_surname_is_no_mention_of_the_company(run):
    """`Hollis won` after `Dale Hollis Inc.`: the owner, not the company (on main a person `Hollis Inc.` took it)."""
    art = run(TEAM, published="2008-01-15")
    from tests.helpers import actor_at
    a = actor_at(art, TEAM, "Hollis", 1)
    assert a is None or "Inc." not in a.name


# a college bowl preview: a side by its nickname, one by a place and `State`, a pro club that drafted a player
COLLEGE = ("PASADENA, Calif. -- The Cougars have leaned on their option attack all season, and sophomore quarterback "
           "Sam Dove runs it well.\n"
           "Kansas State lost to the Cougars in September, and the Rose Bowl will be their biggest test.\n"
           "\"We know what they do,\" coach Ben Lark said. The Cougars won 31-20 at home.\n"
           "Dove's brother was drafted by the Raptors last summer.\n")

COLLEGE_CASES = [
    ("a_college_side_by_its_nickname_is_edu",   # fails on main: a club, BUS
     COLLEGE, "Cougars#2: sector=EDU"),
    ("a_college_side_by_place_and_state_is_edu",   # fails on main: a private person or none
     COLLEGE, "Kansas State: sector=EDU"),
    ("guard_a_professional_club_stays_a_club",
     COLLEGE, "Raptors: sector=BUS"),
    ("guard_a_page_with_no_college_cue_keeps_the_club",
     COLLEGE.replace("sophomore quarterback", "quarterback").replace("the Rose Bowl", "the final"),
     "Cougars#2: sector!=EDU"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in COLLEGE_CASES])
def test_act57a_college_sides(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)


# a stock-car season preview: no ball game's words, the words of motor racing
RACE = ("Tom Ketter will drive eleven races in the Harbor Series this year, starting at Dale Speedway on Sunday.\n"
        "Ketter had a best finish of 13th in his rookie season and wants to finish every lap.\n"
        "Marr Family Racing's Joe Pike and Ben Ott are his main rivals for the rookie award.\n"
        "\"I want my car owners to count on me,\" Ketter said after qualifying on Friday.\n")

RACE_CASES = [
    ("a_racing_team_by_its_last_word_is_a_company",   # fails on main: a private person, CVL (no sports page)
     RACE, "Marr Family Racing: sector=BUS"),
    ("guard_the_driver_stays_a_private_person",
     RACE, "Tom Ketter: sector=CVL"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in RACE_CASES])
def test_act57a_motor_racing(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)


def test_act57a_a_motor_racing_page_is_a_sports_page(nlp):
    from dateline.extractors.page import page_of
    assert page_of(nlp(RACE)).sports
    assert not page_of(nlp("The council will vote on the speedway's noise permit on Monday, the mayor said.\n"
                           "Residents say the track is too loud. The mayor said the permit runs for a year.\n"
                           "The owner said he would appeal any decision.\n")).sports


# a hockey pioneer honoured; the league's commissioner speaks
HOCKEY = ("The NHL will honour former winger Tom Ketter before Saturday's game between the Harbor Hawks and the Dale "
          "Otters, fifty years after his first game in the league.\n"
          "\"His story is one every young player should hear,\" commissioner Ann Varga said on Thursday.\n"
          "Ketter scored 12 goals in 45 games and later coached youth hockey for two decades.\n")

HOCKEY_CASES = [
    ("a_league_commissioner_is_the_league_s_executive",   # fails on main: GOV by the title
     HOCKEY, "Ann Varga: sector=BUS"),
    ("guard_a_commissioner_on_a_page_of_no_league_keeps_the_title",
     HOCKEY.replace("The NHL will", "The town will").replace("in the league", "in town")
     .replace("commissioner Ann Varga", "county commissioner Ann Varga"), "Ann Varga: sector=GOV"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in HOCKEY_CASES])
def test_act57a_league_commissioners(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)



def _club(name):
    from types import SimpleNamespace
    return SimpleNamespace(name=name, sector="BUS", key=("O", name), person=None, members=[])


def test_act57a_clubs_by_towns_of_one_country_give_the_page_its_home():
    """`Luton beat Vale` (tune60): the clubs the club rules found by a town's bare name, all
    of one country, give the page that country; towns of two countries give none (the guard)."""
    import importlib
    from types import SimpleNamespace
    codes = importlib.import_module("dateline.extractors.actors.codes")
    one = SimpleNamespace(clusters={k: _club(k) for k in ("Crewe", "Stevenage")})
    two = SimpleNamespace(clusters={k: _club(k) for k in ("Crewe", "Lens")})
    assert codes._town_club_home(one) == ("GBR", 1.0)
    assert codes._town_club_home(two) == (None, 0.0)


# an English club's report: two players leave for a national side's duty, one described as an international
DUTY = ("Harlow United beat Dale City 2-0 in the Premier League on Saturday with two second-half goals, and manager "
        "Tom Reeve praised his midfielders.\n"
        "The club will lose Senegal duo Abdou Sy and Moussa Ba to African Nations Cup duty next week.\n"
        "Joe Pike's corner found Ivan Lipski, and the Polish youth international headed the opener past the "
        "goalkeeper.\n"
        "Reeve said the win was deserved.\n")

DUTY_CASES = [
    ("a_country_s_duo_are_its_nationals",   # fails on main: the page's GBR
     DUTY, "Moussa Ba: country=SEN"),
    ("a_youth_international_of_a_demonym_is_its_national",   # fails on main: GBR
     DUTY, "Ivan Lipski: country=POL"),
    ("guard_the_owner_of_the_corner_is_not_the_international",   # (the owner was the nearer name)
     DUTY, "Joe Pike: country!=POL"),
    ("guard_the_manager_is_no_national_of_either",
     DUTY, "Tom Reeve: country!=POL; Tom Reeve: country!=SEN"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in DUTY_CASES])
def test_act57a_national_duty(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)
