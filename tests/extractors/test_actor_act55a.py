"""act55a: web and international news (issue 11). On a sports page, a professional club that clubs.tsv knows gives its
actor its home's country (a Canadian club in a report datelined in an American city), a report that names clubs and
no league takes the country of its clubs, and a person the text sets after a known club and a role in it (`Canucks
forward Ann Roe`) takes the club's country unless the text gave a nationality. Invented sentences and players (the
clubs are lexicon rows, facts); rows marked `fails on main` fail before the change, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

# a hockey report from an American arena about a Canadian club
AWAY = ("PITTSBURGH -- The Vancouver Canucks snapped a four-game losing streak with a 3-2 win over the Pittsburgh "
        "Penguins on Tuesday night.\n"
        "Canucks forward Tomas Ekdal scored twice in the second period, and goalie Rene Labbe made 31 saves.\n"
        "Penguins defenceman Carl Mott tied the game early in the third period with a slap shot from the point.\n"
        "\"We had to keep shooting,\" Ekdal said. \"The first period was not good enough, but we came back.\"\n"
        "The Canucks play in Philadelphia on Thursday, and the Penguins host the Flyers on Saturday.\n")

# an English match report that names its clubs and players and no league or country
LEAGUELESS = ("Striker Dan Pryce scored twice in the second half as Aston Villa came from behind to beat Crystal "
              "Palace 2-1 on Saturday.\n"
              "Palace had taken the lead through a header from midfielder Kit Rolle after 20 minutes, and their "
              "goalkeeper kept them in front until half-time.\n"
              "Pryce levelled with a low shot from the edge of the box and then won the match with a penalty in "
              "stoppage time.\n"
              "Villa manager Ned Vance said his players had shown real character after a poor first half.\n"
              "Palace boss Ivo Marsh said the referee was wrong to give the penalty, but his defenders had sat too "
              "deep.\n")

# a cup night of clubs from two countries alike: no one country for the page
TWO_COUNTRIES = ("Juventus and Chelsea drew 1-1 in the first leg of their cup tie on Wednesday night.\n"
                 "Chelsea went ahead through a header from striker Sam Otway after a corner, but Juventus levelled "
                 "when midfielder Marc Pujolar turned in a cross after the break.\n"
                 "Juventus keeper Leo Manzi saved a penalty in stoppage time to keep the tie level.\n"
                 "The second leg will be played next week, and both coaches said the tie was still open.\n"
                 "Otway said the goal was the best of his season. Pujolar said the home crowd had lifted the side.\n")

CASES = [
    ("a_canadian_club_in_a_report_datelined_in_the_usa",   # fails on main: the Canucks had the USA's country
     AWAY, "Vancouver Canucks: country=CAN; Vancouver Canucks: sector=BUS; Pittsburgh Penguins: country=USA"),
    ("a_player_named_after_his_club_and_role",   # fails on main: Ekdal had the dateline's country
     AWAY, "Tomas Ekdal: country=CAN; Carl Mott: country=USA"),
    ("a_player_after_his_club_possessive",   # fails on main: Varga had the dateline's country
     AWAY.replace("The Canucks play in", "Earlier, the Canucks' Mark Sutter had opened the scoring with a wrist shot. "
                  "The Canucks play in"),
     "Mark Sutter: country=CAN"),
    ("guard_a_player_no_club_names_keeps_the_page_home",
     AWAY, "Rene Labbe: country=USA"),
    ("clubs_give_a_leagueless_page_its_country",   # fails on main: nobody had a country
     LEAGUELESS, "Dan Pryce: country=GBR; Kit Rolle: country=GBR; Ned Vance: country=GBR"),
    ("guard_two_countries_clubs_alike_give_no_country",
     TWO_COUNTRIES, "Sam Otway: country!=GBR; Sam Otway: country!=ITA; Marc Pujolar: country!=ITA; Marc Pujolar: country!=GBR"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_act55a_known_clubs(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)


def test_act55a_a_nationality_the_text_gives_wins_over_the_club(run):
    text = AWAY.replace("Canucks forward Tomas Ekdal scored", "Canucks forward Tomas Ekdal of Sweden scored")
    check_actors(run(text, published="2008-01-15"), text, "Tomas Ekdal: country=SWE")


def test_act55a_a_club_named_in_full_that_no_actor_holds_is_added(run):   # fails on main: no Crystal Palace actor
    text = ("Crystal Palace beat Sheffield United 1-0 at Bramall Lane on Saturday to stretch their unbeaten run.\n"
            "Palace striker Jon Hurst scored the only goal from a free-kick midway through the first half.\n"
            "The home side pressed after the break, but the visitors' keeper made three fine saves.\n"
            "United manager Rob Tait said his players had lacked a cutting edge in front of goal.\n")
    check_actors(run(text, published="2008-01-15"), text,
                 "Crystal Palace: country=GBR; Crystal Palace: sector=BUS; Palace#1: same=Crystal Palace; "
                 "Jon Hurst: country=GBR")


def test_act55a_guard_a_club_name_off_a_sports_page_does_nothing(run):
    text = ("The city council voted on Monday to sell a plot of land near the harbour to a developer.\n"
            "Councillor Ann Bex said the Vancouver Canucks owner had bought seats for a charity dinner last year, "
            "but that this had nothing to do with the sale.\n"
            "Residents said they would appeal the decision to the province.\n")
    check_actors(run(text, published="2008-01-15"), text, "Ann Bex: sector=GOV")


SIGNINGS = ("Tottenham have signed striker Lee Corran from a Dutch club for a fee of four million pounds.\n"
            "The 24-year-old scored 19 goals in the league last season and will go straight into the squad for the "
            "cup tie at Chelsea on Saturday.\n"
            "Corran said he had wanted to play in England since he was a boy and could not wait to meet his new "
            "team-mates.\n"
            "The club's manager said the striker would give the attack more pace, and that a second signing, a "
            "defender, could follow before the transfer window closes.\n")


def test_act55a_a_one_word_club_that_acts_is_added_not_one_named_as_a_ground(run):   # fails on main: no Tottenham
    check_actors(run(SIGNINGS, published="2008-01-15"), SIGNINGS,
                 "Tottenham: country=GBR; Tottenham: sector=BUS; Chelsea: none")


def test_act55a_a_club_named_by_the_last_word_of_its_name(run):   # fails on main: `Wings` a private person
    text = ("DETROIT -- The Detroit Red Wings beat the Vancouver Canucks 4-1 on Thursday night to stay top of the "
            "Western Conference.\n"
            "The Wings scored three times in the second period, and goalie Ray Dunne made 28 saves.\n"
            "Canucks forward Jan Ostberg scored the only goal for the visitors with a slap shot on the power play.\n"
            "The Canucks have lost four of their last five games and play in Chicago on Saturday.\n")
    check_actors(run(text, published="2008-01-15"), text,
                 "Wings#1: sector=BUS; Wings#1: country=USA; Jan Ostberg: country=CAN")


def test_act55a_a_colon_dateline_of_a_large_city_places_the_report(run):   # fails on main: no country
    text = ("Kolkata: Chief Minister Ravi Sen said on Monday that big retail chains must come to the state's markets "
            "slowly, so that small traders do not lose their living.\n"
            "Addressing the annual meeting of a traders' association, Sen said the opposition had misled farmers.\n")
    check_actors(run(text, published="2008-01-15"), text, "Ravi Sen: country=IND")


WIRE = ("DENVER, Colorado, Jan 17 (Reuters) - A county sheriff in Colorado said on Thursday that two men had been "
        "arrested after a break-in at a ski shop.\n"
        "Sheriff Tom Ridley said the men were caught with stolen skis in their truck an hour after the alarm went off.\n"
        "The shop's owner, Ann Pettit, said she was grateful to the deputies.\n"
        "(Reporting by Dora Kell; Editing by Sam Vyse)\n")


def test_act55a_a_wire_credit_line_gives_the_agency_country(run):   # fails on main: the staff had the USA's
    check_actors(run(WIRE, published="2008-01-17"), WIRE,
                 "Dora Kell: country=GBR; Dora Kell: sector=MED; Sam Vyse: country=GBR; "
                 "Tom Ridley: country=USA; Ann Pettit: country=USA")


def test_act55a_guard_a_credit_line_with_no_agency_keeps_the_story_country(run):
    text = WIRE.replace(" (Reuters)", "")
    check_actors(run(text, published="2008-01-17"), text, "Dora Kell: country!=GBR; Tom Ridley: country=USA")
