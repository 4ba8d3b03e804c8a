"""act52b: campaign coverage (docs/actors.md `### act52b`): a candidate's staff named by the candidate before the title
is PTY in an article of a race; `the country` after a noun and `for`/`of` is the nation, no state actor; a network
named as the modifier of its drama is no actor; two 2015 presidential candidacies (people.tsv). Invented stories."""
from __future__ import annotations

from tests.helpers import actor_at

RACE = ("Senator Dale Harmon lost the Ohio primary on Tuesday. Harmon aide Nora Quist told reporters the senator "
        "would stay in the race. An email from the Harmon field director asked volunteers to knock on doors.\n")


def test_a_candidates_aide_named_by_him_is_campaign_staff(run):
    aide = actor_at(run(RACE, published="2016-03-16"), RACE, "Nora Quist")
    assert aide is not None and aide.sector == "PTY", aide


def test_a_candidates_director_named_by_him_is_campaign_staff(run):
    director = actor_at(run(RACE, published="2016-03-16"), RACE, "director")
    assert director is None or director.sector == "PTY", director


def test_the_same_aide_outside_a_race_keeps_the_office(run):
    text = ("Senator Dale Harmon spoke on the Senate floor about farm loans on Tuesday. Harmon aide Nora Quist told "
            "reporters the bill would pass.\n")
    aide = actor_at(run(text, published="2016-03-16"), text, "Nora Quist")
    assert aide is not None and aide.sector != "PTY", aide


def test_a_presidents_aide_in_a_race_story_stays_government(run):
    text = ("The Ohio primary drew record turnout on Tuesday. Obama aide Nora Quist told reporters the president "
            "would not endorse before the convention.\n")
    aide = actor_at(run(text, published="2016-03-16"), text, "Nora Quist")
    assert aide is not None and aide.sector == "GOV", aide


def test_a_candidates_relative_is_no_staff(run):
    text = RACE + "Harmon's daughter Emma Harmon said the family was proud.\n"
    daughter = actor_at(run(text, published="2016-03-16"), text, "Emma Harmon")
    assert daughter is None or daughter.sector != "PTY", daughter


NATION = ("Donald Trump, a contender for U.S. president, drew chants at a high school game in Indiana. Critics said "
          "the scene was a bad sign for the country. One teacher said such taunts date back to the founding of this "
          "country.\n")


def test_the_country_after_a_noun_and_for_or_of_is_no_state_actor(run):
    article = run(NATION, published="2016-03-01")
    assert actor_at(article, NATION, "the country") is None
    assert actor_at(article, NATION, "this country") is None


def test_the_country_receiving_something_stays_the_state(run):
    text = ("Vietnam welcomed the visit on Monday. Washington lifted its ban on arms sales to the country, and "
            "officials said the country would buy patrol boats.\n")
    article = run(text, published="2016-05-23")
    actor = actor_at(article, text, "the country")          # `to`: the state receives them; which state is
    assert actor is not None and actor.role == "state", actor   # coref's choice, not this rule's


def test_a_network_named_as_the_modifier_of_its_drama_is_no_actor(run):
    text = ("Governor Ann Lowry named Harbor Lights as her favourite show. The NBC drama follows a mayor in a port "
            "town.\n")
    assert actor_at(run(text, published="2016-01-10"), text, "NBC") is None


def test_a_network_that_acts_beside_its_drama_stays(run):
    text = ("Governor Ann Lowry named Harbor Lights as her favourite show. The NBC drama follows a mayor in a port "
            "town. NBC said the ratings doubled this year.\n")
    network = actor_at(run(text, published="2016-01-10"), text, "NBC", nth=1)
    assert network is not None, network


def test_a_former_governor_running_in_2015_is_a_candidate(run):
    text = "Former New York Gov. George Pataki trailed in the poll with 1 percent.\n"
    pataki = actor_at(run(text, published="2015-11-12"), text, "George Pataki")
    assert pataki is not None and pataki.sector == "PTY", pataki


def test_the_same_former_governor_years_later_is_a_former_holder(run):
    text = "Former New York Gov. George Pataki spoke at a dinner in Albany.\n"
    pataki = actor_at(run(text, published="2019-11-12"), text, "George Pataki")
    assert pataki is not None and pataki.sector == "ELI", pataki


def test_a_city_public_advocate_is_government(run):
    text = ("Harlow City Public Advocate Dana Pruitt said the senator voted twice to shield gun dealers. The public "
            "advocate called for a hearing.\n")
    advocate = actor_at(run(text, published="2016-04-08"), text, "Dana Pruitt")
    assert advocate is not None and advocate.sector == "GOV", advocate


def test_an_advocate_for_patients_is_no_public_advocate(run):
    text = "Dana Pruitt, an advocate for patients at Harlow Memorial, said the wait times were too long.\n"
    advocate = actor_at(run(text, published="2016-04-08"), text, "Dana Pruitt")
    assert advocate is None or advocate.sector != "GOV", advocate
