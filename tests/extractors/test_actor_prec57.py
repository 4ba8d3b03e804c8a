"""prec57: non-actors taken for actors on unseen local, shooting and web text, found by an audit of main's output
(session 57, issue 11; bench/prec57_audit.tsv): a place a `where` clause or a place noun in apposition names, schools
in a list of what a bond builds or a school converted, a road with a compass word after its road word, `the
authority` one has to act, newspapers that are delivered, a contraction written with a broken apostrophe, and a
game named by its two teams. Invented sentences and people; rows marked `fails on main` fail before the change, the
guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

# a hall named as the place where something happens, then a subject of `became`
WHERE = ("The Harlow Fieldhouse, where volunteers filled sandbags all night, became a shelter by Friday. "
         "Mayor Ann Voss said the city would reopen the schools.\n")
WHERE_FIRM = ("Corvel Industries, where Ben Ott worked for ten years, laid off 40 workers on Monday, "
              "a union leader said.\n")
WHICH = "The Dunmore Food Pantry, which fed 300 families last winter, asked for more volunteers on Monday.\n"

# a depot and a gym named again by a noun of a place or a project
APPOSED = ("Buses took the volunteers to Marsh Central, the county's road depot, on Tuesday. The manager pointed "
           "to Elm Ridge Gymnasium, a project that is ready to build, as the first to get money.\n")
APPOSED_BODY = "Tri-County Relief, a charity that runs two shelters, sent 40 trucks to the depot on Tuesday.\n"
APPOSED_ACTS = "Harlow Commons, a housing development, said on Monday that it would add 40 homes.\n"

# a bond's list of schools to build, and a school to convert
BUILT = ("Voters approved a bond to build Ferris Elementary, Maple Grove Elementary and repair the old gym, and to "
         "convert the Carver School to offices, the board said.\n")
BUILT_ACTS = ("Ferris Elementary, a school of 400 pupils, asked parents to help on Friday, and the Carver School "
              "held a bake sale.\n")

# a road with a compass word after its road word
CORNER = ("Two-year-old Devan Marks died after gunfire broke out at the intersection of Dunmore Avenue North and Lowry "
          "Avenue North July 8. Marks' baby sister was hurt.\n")
CHURCH = "The Dunmore Avenue Baptist Church held a vigil on Monday for the boy, its pastor said.\n"

# the power to act, and newspapers that are carried
POWER = ("\"I don't have the authority to move one project ahead of another,\" the city manager, Jo Reyes, "
         "said on Monday.\n")
AUTHORITY = "The transit authority said on Monday it would raise fares in June, and riders protested.\n"
PAPERS = "Two brothers out delivering newspapers on Locust Avenue were shot early Friday, police said.\n"
PAPERS_ACT = "Local newspapers reported the shooting on Friday, and police asked for witnesses.\n"

# a contraction whose apostrophe a page's encoding turned into a question mark
BROKEN = ("If I were a real gourmet, I?d also want to know which farm raised the bird, the columnist Tom Reeve "
          "wrote.\n")

# a game named by its two teams before a box of facts
MATCHUP = ("Otters-Herons at a glance. Game data: Harlow Otters vs. Dunmore Herons, Saturday at 1 p.m. "
           "The Harlow Otters said their coach would stay, and the Dunmore Herons fired theirs.\n")
FIRM_HYPHEN = "Ross-Keller said on Monday that it would close its plant in Harlow, and the union protested.\n"

CASES = [
    ("a_hall_a_where_clause_names_is_a_place",   # fails on main: Harlow Fieldhouse an actor
     WHERE, "Harlow Fieldhouse: none; Ann Voss: actor"),
    ("guard_a_firm_with_a_where_clause_that_acts_stays",
     WHERE_FIRM, "Corvel Industries: actor"),
    ("guard_a_pantry_with_a_which_clause_stays",
     WHICH, "Dunmore Food Pantry: actor"),
    ("a_depot_named_again_as_a_place_is_no_actor",   # main drops it already (an earlier rule): a check of the form
     APPOSED, "Marsh Central: none"),
    ("a_gym_named_again_as_a_project_is_no_actor",   # fails on main: Elm Ridge Gymnasium an actor
     APPOSED, "Elm Ridge Gymnasium: none"),
    ("guard_a_charity_named_again_as_a_charity_stays",
     APPOSED_BODY, "Tri-County Relief: actor"),
    ("guard_a_name_apposed_by_a_place_noun_that_speaks_stays",
     APPOSED_ACTS, "Harlow Commons: actor"),
    ("schools_in_a_list_a_bond_builds_are_buildings",   # fails on main: both schools actors
     BUILT, "Ferris Elementary: none; Maple Grove Elementary: none"),
    ("a_school_converted_is_a_building",   # fails on main: Carver School an actor
     BUILT, "Carver School: none"),
    ("guard_schools_that_act_stay",
     BUILT_ACTS, "Ferris Elementary: actor; Carver School: actor"),
    ("a_road_with_a_compass_word_is_no_actor",   # fails on main: Dunmore Avenue North an actor
     CORNER, "Dunmore Avenue North: none; Devan Marks: actor"),
    ("guard_a_church_named_for_a_road_stays",
     CHURCH, "Dunmore Avenue Baptist Church: actor"),
    ("the_authority_one_has_is_a_power",   # fails on main: `the authority` a GOV actor
     POWER, "the authority: none; Jo Reyes: actor"),
    ("guard_an_authority_that_speaks_stays",
     AUTHORITY, "The transit authority: actor"),
    ("newspapers_delivered_are_goods",   # fails on main: `newspapers` a MED actor
     PAPERS, "newspapers: none; police: actor"),
    ("guard_newspapers_that_report_stay",
     PAPERS_ACT, "newspapers: actor"),
    ("a_contraction_with_a_broken_apostrophe_is_no_name",   # fails on main: `I?d` an actor
     BROKEN, "I?d: none; Tom Reeve: actor"),
    ("a_game_named_by_its_two_teams_is_no_actor",   # fails on main: `Otters-Herons` an actor
     MATCHUP, "Otters-Herons: none; Harlow Otters#1: actor; Dunmore Herons#1: actor"),
    ("guard_a_hyphenated_firm_stays",
     FIRM_HYPHEN, "Ross-Keller: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_prec57_non_actors(run, text, spec):
    check_actors(run(text, published="2016-03-01"), text, spec)


def test_prec57_an_earthwork_is_a_place(run):   # fails on main: the mound an actor with no sector
    text = ("Photographs of beads taken from the Dorrel Burial Mound near Harlow now hang in the new centre, "
            "Mayor Ann Voss said.\n")
    check_actors(run(text, published="2016-03-01"), text, "Dorrel Burial Mound: none; Ann Voss: actor")


def test_prec57_guard_a_body_named_for_a_canal_stays(run):
    text = "The Harlow Canal Trust said on Monday that it would dredge the old locks, and the town agreed.\n"
    check_actors(run(text, published="2016-03-01"), text, "Harlow Canal Trust: actor")


def test_prec57_guard_a_school_where_someone_teaches_stays(run):
    text = ("The deaths shook the small Harlow Ridge School, where Ben Ott, 59, taught science for a decade, "
            "a neighbour said.\n")
    check_actors(run(text, published="2016-03-01"), text, "Harlow Ridge School: actor")


def test_prec57_a_church_where_a_service_is_held_is_a_place(run):   # fails on main: the church a REL actor
    text = ("Mourners filled the Harlow Grace Chapel, where the service was held on Friday, and the boy's uncle "
            "Ben Ott spoke.\n")
    check_actors(run(text, published="2016-03-01"), text, "Harlow Grace Chapel: none; Ben Ott: actor")


def test_prec57_a_name_apposed_to_a_place_noun_is_a_place(run):   # fails on main: Pell Yards an actor
    text = "Volunteers met at the old warehouse, Pell Yards, before dawn, Mayor Jo Reyes said.\n"
    check_actors(run(text, published="2016-03-01"), text, "Pell Yards: none; Jo Reyes: actor")


def test_prec57_guard_a_name_apposed_to_a_body_noun_stays(run):
    text = "The county thanked its new partner, Pell Yards, on Tuesday, Mayor Jo Reyes said.\n"
    check_actors(run(text, published="2016-03-01"), text, "Pell Yards: actor")


def test_prec57_a_name_at_an_intersection_is_a_road(run):   # fails on main: East College an EDU actor
    text = ("The new lanes will stretch to the intersection of East College from the corner of Route 12 and Mill "
            "Road, the city said.\n")
    check_actors(run(text, published="2016-03-01"), text, "East College: none; the city: actor")


def test_prec57_guard_a_person_at_a_corner_of_a_story_stays(run):
    text = "The vigil was held at the corner of Elm and Fifth, and Dana Ott, the boy's aunt, spoke.\n"
    check_actors(run(text, published="2016-03-01"), text, "Dana Ott: actor")
