"""act56d: classes of LGL-style local news (docs/actors.md `### act56d`): a former office holder the article charges,
tries or sentences is a defendant (CRM), an organisation told by its kind before its name with a comma (`a nonprofit,
Name`), and a business name the tagger took for a person's (`the Harbor Oyster Bar`). Invented stories, invented
towns (Quillbrook, Marrowfield) and invented names."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at


@pytest.mark.parametrize("text, word", [
    ("Former state Sen. Orrin V. Taskett is to be sentenced in May, according to an order filed by the court. A jury "
     "convicted him last week on 40 counts of fraud. Taskett is free on bail.\n", "Orrin V. Taskett"),
    ("The man who says former police chief Dario Pellam hit him lives with his ex-wife. Pellam, 51, was "
     "arrested last week on a charge of simple assault.\n", "Dario Pellam"),
])
def test_a_former_holder_who_is_charged_or_sentenced_is_a_defendant(run, text, word):
    who = actor_at(run(text), text, word)
    assert who is not None and who.sector == "CRM", who


@pytest.mark.parametrize("text, word", [
    ("Former state Sen. Orrin V. Taskett said Monday the fraud charges against the mayor should be heard in May. "
     "Taskett spoke at the Quillbrook library.\n", "Orrin V. Taskett"),
    ("The state let the contractor keep secret files. Former spy chief Gen. Ward Hollis was indicted and convicted "
     "for a far lesser breach of his duty.\n", "Ward Hollis"),
    ("Former police chief Dario Pellam pleaded with the council on Monday to keep the station open. "
     "Pellam said the charges in the town had fallen.\n", "Dario Pellam"),
])
def test_near_miss_a_former_holder_who_only_speaks_of_charges_stays_eli(run, text, word):
    who = actor_at(run(text), text, word)
    assert who is not None and who.sector == "ELI", who


def test_an_organisation_told_by_its_kind_before_the_name_takes_the_kinds_sector(run):
    text = "They said a North Quillbrook nonprofit, Citizens' Alliance for Cleaner Rivers, had lost $1.5 million.\n"
    org = actor_at(run(text), text, "Citizens' Alliance for Cleaner Rivers")
    assert org is not None and org.sector == "NGO", org


def test_near_miss_a_kind_word_with_no_apposition_gives_nothing(run):
    text = "The money went to a nonprofit, Ellis Varga of Marrowfield told the court on Monday.\n"
    who = actor_at(run(text), text, "Ellis Varga")
    assert who is None or who.sector != "NGO", who
    text = "They said Citizens' Alliance for Cleaner Rivers had lost $1.5 million.\n"
    org = actor_at(run(text), text, "Citizens' Alliance for Cleaner Rivers")
    assert org is None or org.sector != "NGO", org


@pytest.mark.parametrize("text, word", [
    ("At 9 a.m., an employee at Quillbrook Crab and Oyster Bar said a man with a gun came to the back door.\n",
     "Oyster Bar"),
    ("Health inspectors closed the Lotus Garden Vegetarian Restaurant in Marrowfield on Tuesday.\n",
     "Vegetarian Restaurant"),
])
def test_a_business_name_taken_for_a_persons_is_a_business(run, text, word):
    org = actor_at(run(text), text, word)
    assert org is None or org.sector == "BUS", org


def test_near_miss_a_person_whose_surname_is_a_kind_word_stays_a_person(run):
    text = "Diane Market, 34, of Quillbrook said she heard two shots before the car drove away.\n"
    who = actor_at(run(text), text, "Diane Market")
    assert who is not None and who.sector == "CVL", who


def test_a_country_before_a_named_bodys_kind_is_its_home_not_the_state(run):
    text = "The march, a protest of the US anti-war group Code Pink, ended at the Quillbrook courthouse.\n"
    article = run(text)
    org = actor_at(article, text, "Code Pink")
    assert org is not None and (org.country, org.sector) == ("USA", "OPP"), org
    assert not any(a.name == "United States" for a in article.actors), [a.name for a in article.actors]


def test_near_miss_a_country_before_a_kind_word_with_no_name_keeps_the_state(run):
    text = "The US sanctions hurt Marrowfield farmers, and a U.S. group of soldiers crossed the river on Monday.\n"
    article = run(text)
    assert any(a.name == "United States" for a in article.actors), [a.name for a in article.actors]


def test_a_county_delegation_is_the_lawmakers(run):
    text = "State Rep. Ann Hale said the county delegation would take up the Quillbrook annexation bill on Tuesday.\n"
    group = actor_at(run(text), text, "county delegation")
    assert group is not None and group.sector == "LEG", group


def test_near_miss_a_foreign_delegation_stays_its_governments(run):
    text = "A delegation from Marrowfield's sister city arrived on Monday, and the Chinese delegation met the mayor.\n"
    article = run(text)
    assert not any(a.sector == "LEG" for a in article.actors), [(a.name, a.sector) for a in article.actors]


@pytest.mark.parametrize("text, word", [
    ("A Quillbrook diner was robbed by an armed man on Monday. The man forced two cooks to open the safe, police "
     "said.\n", "an armed man"),
    ("Four masked men forced their way into a Marrowfield home on Friday. The men took cash and a phone, deputies "
     "said.\n", "Four masked men"),
    ("Police said a man with a gun robbed the Quillbrook store on Sunday night.\n", "a man with a gun"),
])
def test_an_unnamed_doer_of_a_crime_is_a_suspect(run, text, word):
    doer = actor_at(run(text), text, word)
    assert doer is not None and doer.sector == "CRM", doer


def test_the_doers_later_bare_noun_joins_it(run):
    text = ("A Quillbrook diner was robbed by an armed man on Monday. The man forced two cooks to open the safe, police "
            "said.\n")
    doer = actor_at(run(text), text, "an armed man")
    assert doer is not None and [m.text for m in doer.mentions] == ["an armed man", "The man"], doer


@pytest.mark.parametrize("text, word", [
    ("A man was shot in Quillbrook on Friday night, police said.\n", "A man"),          # a victim
    ("A man did not rob the Quillbrook store, police said on Monday.\n", "A man"),    # negated
    ("A man would rob the store if he could, the clerk told police.\n", "A man"),     # a hypothesis
])
def test_near_miss_a_victim_or_a_deed_not_done_makes_no_suspect(run, text, word):
    who = actor_at(run(text), text, word)
    assert who is None or who.sector != "CRM", who


def test_near_miss_the_victims_bare_noun_stays_out_of_the_doer(run):
    text = ("A man was shot in Quillbrook on Friday by a man in a red car. The man was taken to a hospital, police "
            "said.\n")
    article = run(text)
    doer = actor_at(article, text, "a man in a red car")
    assert doer is not None and doer.sector == "CRM" and len(doer.mentions) == 1, doer


@pytest.mark.parametrize("text, word, sector", [
    ("The march mattered, said Ann Roe, co-founder of Code Pink, outside the Quillbrook courthouse.\n", "Ann Roe", "OPP"),
    ("Ann Roe, founder of Greenpeace, said the Marrowfield plan would fail.\n", "Ann Roe", "NGO"),
])
def test_a_founder_in_apposition_takes_the_sector_of_the_body_founded(run, text, word, sector):
    who = actor_at(run(text), text, word)
    assert who is not None and who.sector == sector, who


def test_near_miss_a_founder_word_in_a_title_chain_before_the_name_changes_nothing(run):
    text = ("Follow Quillbrook Daily News investigative reporter and Marrowfield Writing School founder Ann Roe on "
            "Twitter.\n")
    who = actor_at(run(text), text, "Ann Roe")
    assert who is None or who.sector != "EDU", who
