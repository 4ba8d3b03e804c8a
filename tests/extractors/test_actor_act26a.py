"""Actors on invented stories, for the classes of false actors and wrong identities the act26a branch (December 2026,
issue 11) fixed from the new tune28 and tune29 and the older readable sets: a car after a noun's possessive, a dog's
breed, a shop named for its owner, people listed in a name the tagger took for one organisation, a Korean or Chinese
leader's family name alone, witnesses who may be called, a surname that is an organisation's word."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_people_listed_in_one_organisation_entity(run):
    text = ("Swap parties spread\n\nStars such as Kylie, Naomi Campbell and Ann Roe have given away "
            "their clothes.\n")
    art = run(text)
    naomi, kylie = at(art, text, "Naomi Campbell"), at(art, text, "Kylie")
    assert naomi is not None and naomi.name == "Naomi Campbell"
    assert kylie is not None and kylie.name == "Kylie" and kylie.id != naomi.id


def test_a_family_name_first_is_the_leader_named_before(run):
    text = ("Talks resume\n\nNorth Korean leader Kim Jong Un met envoys in Pyongyang on Monday. Mr Kim said the "
            "talks would go on.\n")
    art = run(text, published="2018-06-01")
    kim = at(art, text, "Kim said")
    assert kim is not None and kim.name == "Kim Jong-un"


def test_a_surname_that_is_an_organisations_word(run):
    text = ("Farmer speaks\n\nRonald Party, a farmer, said he was pleased with the harvest. Officer Lisa Court of "
            "the city police said the market was calm.\n")
    art = run(text)
    party, court = at(art, text, "Ronald Party"), at(art, text, "Lisa Court")
    assert party is not None and party.sector == "CVL"
    assert court is not None and court.sector == "COP"


def test_a_press_council_is_no_outlet(run):
    text = ("Paper rebuked\n\nThe Press Council of Ruritania said on Monday it would review the report, and the "
            "editor said he would cooperate.\n")
    art = run(text)
    council = at(art, text, "Press Council")
    assert council is not None and council.sector != "MED"


def test_the_family_of_a_person_is_not_that_person(run):
    text = ("Funeral held\n\nFlowers had also been sent from Harlow by the family of slain soldier "
            "Sapper Tom Halloran. Mourners wept as the hearse passed.\n")
    art = run(text)
    person, family = at(art, text, "Tom Halloran"), at(art, text, "family")
    assert person is not None and family is not None and person.id != family.id
    assert all("Halloran" not in m.text for m in family.mentions)


def test_a_sons_numeral_after_a_namesake_makes_another_person(run):
    text = ("Reporter dies\n\nJoyce Shelby, a reporter, died March 19. Ms. Shelby is survived by her mother, "
            "Ruth Young, once of Harlow; and her children, Ann Shelby and Clayborn Shelby III, both of "
            "Harlow.\n")
    art = run(text)
    son, mother = at(art, text, "Clayborn Shelby"), at(art, text, "Joyce Shelby")
    assert son is not None and son.id != mother.id and "Clayborn" in son.name


def test_a_budget_account_is_no_fund_that_acts(run):
    text = ("Board adopts budget\n\nThe Maple school board approved a budget that moves $200,000 from the General "
            "Fund to the Maintenance Fund. The Education Fund will pay for two teachers, and the Transportation Fund "
            "covers new buses, Superintendent Ann Cole said.\n")
    art = run(text)
    for name in ("General Fund", "Education Fund", "Transportation Fund"):
        assert at(art, text, name) is None, name
    assert at(art, text, "Ann Cole") is not None


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_car_after_a_nouns_possessive_is_no_actor',
     "Man held after chase\n\nAn officer stopped Dale Smith's Ford Mustang on Route 9 a short while later, "
     "police said. Smith was arrested.\n",
     None, 'Ford Mustang: none; Dale Smith: actor'),
    ('a_breed_is_no_person',
     "Dogs poisoned\n\nTom Reyes said his older dog was a gentle Jack Russell terrier. One morning he found "
     "the couple's Jack Russell dead in the yard. His neighbor, Jack Russell Smith, called deputies.\n",
     None, 'Jack Russell terrier: none; Jack Russell dead: none; Jack Russell Smith: actor'),
    ('a_shop_named_for_its_owner_is_no_person',
     "Man killed outside grocery\n\nFour people stood in the lot outside David’s Grocery around 10 p.m. "
     "Saturday when someone drove by and began shooting, police said. The car was towed to Carl's Auto "
     "Repair.\n",
     None, "David: none; Carl's Auto Repair: none; police: actor"),
    ('witnesses_who_may_be_called_are_no_actor',
     "Man pleads guilty\n\nBoth sides are free to call witnesses at the sentencing, Judge Ann Cole said "
     "Monday.\n",
     None, 'witnesses: none; Ann Cole: actor'),
    ('police_interviewed_witnesses_keep_them',
     "Man shot\n\nPolice interviewed witnesses at the scene of the shooting on Monday.\n",
     None, 'witnesses: actor'),
    ('an_armed_service_as_a_career_is_no_actor',
     "Founder profile\n\nAnil Mehta, 46, is the first in his clan to choose a civilian career over the "
     "military. His brother joined the army in 1990.\n",
     None, 'the military: none; the army: none'),
    ('a_kin_noun_parsed_as_a_conjunct_before_a_noun_is_a_modifier',
     "Employers honored\n\nEmployers helped by giving paid leave, differential pay and family assistance, "
     "along with other support.\n",
     None, 'family: none'),
    ('the_only_one_in_the_family_names_no_family',
     "Founder\n\nAnil Mehta is the only lawyer in the family, and his sister said the family was proud.\n",
     None, 'the family: none; the family#1: actor'),
    ('one_of_the_largest_of_a_kind_is_no_group',
     "Bank profile\n\nRita Moss runs one of the nation's largest banks, and she founded one of Ohio's "
     "smallest publicly traded firms.\n",
     None, 'smallest publicly traded firms: none'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
