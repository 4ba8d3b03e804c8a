"""act56a: web and international news (issue 11), country on sports pages. A national sports federation that
organisations.tsv knows (`the New Zealand Rugby League`, NZRL) is NGO of its country and votes for the page's home, so
that one club of another country named in a coach's title does not make the story that club's; two news agencies
(AAP, NZPA) have their countries; a person set after a known club, its league's name and a role (`Brisbane Broncos
National Rugby League coach Ann Roe`) takes the club's country; England's two cups named as a modifier (`a Carling
Cup tie`) give a report that names no league its country, as a league does. Invented sentences and people (the
bodies, clubs and cups are lexicon rows, facts); rows marked `fails on main` fail before the change, the guards pass
before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

# a national rugby league side's coach quits; an Australian club's coach is tipped to follow him
FEDERATION = ("Kiwis coach Tom Harker has quit after a run of heavy defeats.\n"
              "Harker informed senior New Zealand Rugby League (NZRL) officials on Friday after a trip to Sydney.\n"
              "NZRL chairman Lou Petrie said the board would name a new coach within a month.\n"
              "Brisbane Broncos National Rugby League coach Max Odell is seen as the likely choice, Petrie told NZPA.\n"
              "\"We want the best man for the job,\" Petrie said.\n"
              "Broncos chief Sam Vella said Odell could still assist the Kiwis for the test match.\n"
              "Odell told AAP he had not been approached but would listen to any offer from the NZRL.\n"
              "Harker said the players had lost faith in his methods and that the game came first.\n")

# an English cup tie that names its clubs by nicknames and no league or country
CUP = ("Manager Gus Fenwick will field a young side for tonight's Carling Cup tie, with striker Ned Pallot back "
       "from a knee injury.\n"
       "Goalkeeper Ivo Stanek starts behind a defence of teenagers, and midfielder Rob Kettle is rested.\n"
       "Fenwick said: \"The youngsters have earned their chance, and we want to go one better than last season.\"\n"
       "Pallot has scored four goals in five games this season.\n")

CASES = [
    ("a_national_federation_has_its_country_and_sector",   # fails on main: the NZRL had Australia's country
     FEDERATION, "New Zealand Rugby League: country=NZL; New Zealand Rugby League: sector=NGO; NZRL#2: country=NZL"),
    ("the_federation_makes_the_page_its_country",   # fails on main: the coach and the chairman had AUS
     FEDERATION, "Tom Harker: country=NZL; Lou Petrie: country=NZL"),
    ("two_news_agencies_have_their_countries",   # fails on main: AAP no actor, NZPA Australia's
     FEDERATION, "NZPA: country=NZL; NZPA: sector=MED; AAP: country=AUS; AAP: sector=MED"),
    ("a_coach_after_his_club_and_its_league_takes_the_club_country",   # fails on main: NZL (or AUS by the page)
     FEDERATION, "Max Odell: country=AUS"),   # (on main AUS by the page's home, which was the club's)
    ("guard_a_coach_after_the_league_alone_takes_no_club_country",
     FEDERATION.replace("Brisbane Broncos National Rugby League coach", "National Rugby League coach"),
     "Max Odell: country!=AUS"),
    ("an_english_cup_as_a_modifier_gives_the_page_its_country",   # fails on main: nobody had a country
     CUP, "Gus Fenwick: country=GBR; Ned Pallot: country=GBR"),
    ("guard_a_page_with_no_cup_has_no_country",
     CUP.replace("tonight's Carling Cup tie", "tonight's tie"), "Ned Pallot: country!=GBR"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_act56a_sports_countries(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)


def test_act56a_guard_a_common_abbreviation_is_no_federation(run):
    text = ("Tests found high PCB levels in fish from the river, the state's environment agency said on Monday.\n"
            "Agency chemist Ann Pruett said anglers should not eat more than one fish a month.\n")
    art = run(text, published="2008-01-15")
    assert not any(a.name == "Pakistan Cricket Board" for a in art.actors)


# a club report whose players' nationalities are told by a description after their names
DESCRIBED = ("Aston Villa beat Crystal Palace 2-1 on Saturday with two second-half goals from striker Dan Pryce.\n"
             "Villa manager Ned Vance will field a young side in the cup next week, but Joost Brink is set to return.\n"
             "The Dutch striker has been sidelined since autumn with a sore ankle.\n"
             "Palace captain Sam Okoro backed embattled coach Rob Hale and urged supporters to give time to the "
             "former Australian bowler.\n"
             "Palace boss Ivo Marsh said the referee was wrong to give the penalty.\n")

DESCRIBED_CASES = [
    ("a_demonym_description_in_the_next_sentence",   # fails on main: Brink had the page's GBR
     DESCRIBED, "Joost Brink: country=NLD"),
    ("a_demonym_description_later_in_the_sentence",   # fails on main: Hale had the page's GBR
     DESCRIBED, "Rob Hale: country=AUS"),
    ("guard_the_page_home_stays_for_the_others",
     DESCRIBED, "Dan Pryce: country=GBR; Sam Okoro: country=GBR; Ivo Marsh: country=GBR"),
    ("guard_a_description_of_a_club_is_no_nationality",
     DESCRIBED.replace("The Dutch striker has", "The Dutch club has"), "Joost Brink: country=GBR"),
    ("guard_a_description_two_sentences_on_reaches_no_one",
     DESCRIBED.replace("is set to return.\n", "is set to return.\nThe squad trains on Monday.\n"),
     "Joost Brink: country=GBR"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in DESCRIBED_CASES])
def test_act56a_described_nationals(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)


def test_act56a_guard_off_a_sports_page_a_role_of_no_sport_tells_nothing(run):
    text = ("Police in Harlow arrested Ann Roe on Monday after a fight outside a bar, a spokesman said.\n"
            "The Russian guard at the door told officers she had thrown the first punch.\n"
            "Roe was released on bail and will appear in court next month.\n")
    check_actors(run(text, published="2008-01-15"), text, "Ann Roe: country!=RUS")


# national sides' warm-up match filed from a third country's city
NEUTRAL = ("DOHA, Qatar (AFP) - Ghana kept up their good form before the African Nations Cup with a 2-0 win over "
           "Togo in a warm-up match on Thursday.\n"
           "Midfielder Kofi Asante scored a first-half penalty after a foul on striker Yaw Boateng, and Ghana added a "
           "second goal after the break.\n"
           "Ghana play their last warm-up game on Sunday against Benin before the tournament starts this month.\n"
           "Togo coach Paul Sika said his squad had played well for an hour.\n")

NEUTRAL_CASES = [
    ("the_side_named_most_is_the_home_not_the_venue",   # fails on main: the players had QAT
     NEUTRAL, "Kofi Asante: country=GHA; Yaw Boateng: country=GHA"),
    ("guard_a_page_that_names_a_club_keeps_its_home",
     NEUTRAL.replace("after a foul on striker Yaw Boateng", "after a foul on Chelsea striker Yaw Boateng"),
     "Kofi Asante: country!=GHA"),
    ("guard_a_tie_between_sides_leaves_the_venue",
     NEUTRAL.replace("and Ghana added a second goal", "and the visitors added a second goal").replace(
         "Ghana play their last", "They play their last"), "Kofi Asante: country!=GHA"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in NEUTRAL_CASES])
def test_act56a_sides_home(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)


# an outbreak report from abroad that quotes experts of other countries by their bodies' towns
EXPERTS = ("Villagers near Lake Orra in southern Peru said on Saturday that a meteorite had fallen in a field, and "
           "dozens of them fell ill from its fumes.\n"
           "Peruvian health official Jorge Quispe said the villagers were treated for headaches and nausea.\n"
           "Ann Voss, a meteor expert at the Harlow Space Observatory in Massachusetts, said the fumes were unlikely to "
           "come from the rock itself.\n"
           "Dr Kit Marlow, a space rock specialist at the Natural History Museum in London, thought a gas leak more "
           "likely.\n"
           "Local farmer Tito Mamani said the blast shook his house.\n")

EXPERT_CASES = [
    ("an_expert_of_a_body_in_a_us_state",   # fails on main: Voss had Peru's country
     EXPERTS, "Ann Voss: country=USA"),
    ("an_expert_of_a_body_in_a_large_city_abroad",   # fails on main: Marlow had Peru's country
     EXPERTS, "Kit Marlow: country=GBR"),
    ("guard_the_story_s_own_people_keep_its_home",
     EXPERTS, "Jorge Quispe: country=PER; Tito Mamani: country=PER"),
    ("guard_a_place_of_the_home_changes_nothing",
     EXPERTS.replace("Harlow Space Observatory in Massachusetts", "Harlow Space Observatory in Lima"),
     "Ann Voss: country=PER"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in EXPERT_CASES])
def test_act56a_affiliation_abroad(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)


def test_act56a_guard_a_us_town_named_like_a_city_abroad(run):
    text = ("BOSTON (AP) -- Massachusetts health officials said Tuesday that three more people in the state had caught "
            "the flu strain.\n"
            "State epidemiologist Ann Dole said the cases were mild.\n"
            "Tom Rusk, a virus expert at Harlow Medical School in Cambridge, said the strain spread easily among "
            "children.\n")
    check_actors(run(text, published="2008-01-15"), text, "Tom Rusk: country=USA")
