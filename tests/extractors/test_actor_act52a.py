"""act52a: classes of local news (docs/actors.md `### act52a`): a body's kind told at a later mention, its head named by
the body's name and title, a police rank beside a described officer, authorities working a stabbing, and the road
names of a road-works list. Invented stories."""
from __future__ import annotations

from tests.helpers import actor_at

CHARITY = ('"RISE needs more hands in the garden," said Mara Voss, RISE president and treasurer. RISE, a nonprofit '
           "organization based in Alden, has planted 300 fruit trees on empty lots since 2019.\n")


def test_a_body_takes_the_kind_a_later_apposition_tells_and_its_president_the_same(run):
    article = run(CHARITY)
    body = actor_at(article, CHARITY, "RISE", 2)
    head = actor_at(article, CHARITY, "Mara Voss")
    assert body is not None and body.sector == "NGO", body
    assert head is not None and head.sector == "NGO", head


def test_a_company_told_so_gives_its_president_business(run):
    text = CHARITY.replace("a nonprofit organization", "a company")
    head = actor_at(run(text), text, "Mara Voss")
    assert head is not None and head.sector == "BUS", head


def test_near_miss_a_body_of_no_told_kind_leaves_its_president_no_charity(run):
    text = CHARITY.replace("a nonprofit organization based in Alden", "which is based in Alden")
    head = actor_at(run(text), text, "Mara Voss")
    assert head is None or head.sector != "NGO", head


STABBING = ("A Harlow man will be tried in May for a knife attack at a bus depot. Authorities say Omar Fenn slashed "
            "Sgt. Ann Lowe with a box cutter in March, cutting the uniformed officer twice as she checked tickets at "
            "the gate. Lowe returned to work in June.\n")


def test_a_sergeant_stabbed_beside_a_described_officer_is_police(run):
    lowe = actor_at(run(STABBING), STABBING, "Ann Lowe")
    assert lowe is not None and lowe.sector == "COP", lowe


def test_authorities_who_tell_a_stabbing_are_the_police(run):
    authorities = actor_at(run(STABBING), STABBING, "Authorities")
    assert authorities is not None and authorities.sector == "COP", authorities


def test_near_miss_authorities_of_a_bridge_stay_the_government(run):
    text = ("The Harlow bridge will close for repairs. Authorities say the bridge will reopen in May after crews "
            "replace the deck. Mayor Tom Reyes said the town will pay half the cost.\n")
    authorities = actor_at(run(text), text, "Authorities")
    assert authorities is not None and authorities.sector == "GOV", authorities


ROADS = ("Road work this week. Crews plan these restrictions in Alden: Mill Street from Oak Avenue to Pine Road. "
         "Lane closure until May 2 for a new signal. Orchard Road between Berry Lane and Hollis Drive. Lane closures "
         "until Friday for pipe repairs. Corner of Maple Drive and Birch Court shut on Saturday for a fair. Tate "
         "Drive from Fern Avenue to Gray Avenue. Lane closure until June 9 for paving.\n")


def test_the_road_names_of_a_road_works_list_are_no_actors(run):
    article = run(ROADS)
    assert not [a for a in article.actors if a.sector in ("CVL", "JUD") or "Lane" in a.name or "Court" in a.name], \
        [(a.name, a.sector) for a in article.actors]


def test_near_miss_a_surname_that_is_a_road_word_and_speaks_stays_a_person(run):
    text = ("Mayor Tom Lane said the closure of Mill Street will end Friday. Lane said crews will finish the sewer "
            "work first.\n")
    lane = actor_at(run(text), text, "Lane", 1)
    assert lane is not None and lane.sector == "GOV", lane


def test_a_jury_that_finds_is_a_court_actor(run):
    text = ("Harlow police arrested Dale Finch in May. After two days of testimony in June, a jury rejected his "
            "lawyer's claim that Finch is too ill to stand trial.\n")
    jury = actor_at(run(text), text, "a jury")
    assert jury is not None and jury.sector == "JUD", jury


def test_near_miss_a_jury_trial_and_a_jury_before_which_one_stands_are_no_actors(run):
    text = ("Harlow police arrested Dale Finch in May. Finch waived his right to a jury trial and will stand trial "
            "before a jury in June.\n")
    article = run(text)
    assert actor_at(article, text, "jury") is None and actor_at(article, text, "jury", 1) is None, \
        [(a.name, a.sector) for a in article.actors]


STABBED = ("Harlow Police arrested 20-year-old Dale Finch at a motel late Sunday. They say Dale Finch fatally stabbed "
           "19-year-old Tatum Rhodes after a card game. Finch is held without bail.\n")


def test_who_stabbed_a_person_told_by_age_is_the_suspect_whatever_the_tagger_called_the_victim(run):
    finch = actor_at(run(STABBED), STABBED, "Dale Finch")
    assert finch is not None and finch.sector == "CRM", finch


def test_near_miss_who_fed_a_person_told_by_age_stays_private(run):
    text = STABBED.replace("Harlow Police arrested", "Harlow friends met").replace("fatally stabbed", "fed")
    text = text.replace("is held without bail", "runs a diner")
    finch = actor_at(run(text), text, "Dale Finch")
    assert finch is not None and finch.sector != "CRM", finch
