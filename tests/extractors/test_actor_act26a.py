"""Actors on invented stories, for the classes of false actors and wrong identities the act26a branch (December 2026,
issue 11) fixed from the new tune28 and tune29 and the older readable sets: a car after a noun's possessive, a dog's
breed, a shop named for its owner, people listed in a name the tagger took for one organisation, a Korean or Chinese
leader's family name alone, witnesses who may be called, a surname that is an organisation's word."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_car_after_a_nouns_possessive_is_no_actor(run):
    text = ("Man held after chase\n\nAn officer stopped Dale Smith's Ford Mustang on Route 9 a short while later, "
            "police said. Smith was arrested.\n")
    art = run(text)
    assert at(art, text, "Ford Mustang") is None
    assert at(art, text, "Dale Smith") is not None


def test_a_breed_is_no_person(run):
    text = ("Dogs poisoned\n\nTom Reyes said his other dog was a sweet Jack Russell terrier. One morning he found "
            "the couple's Jack Russell dead in the yard. His neighbor, Jack Russell Smith, called deputies.\n")
    art = run(text)
    assert at(art, text, "Jack Russell terrier") is None
    assert at(art, text, "Jack Russell dead") is None
    assert at(art, text, "Jack Russell Smith") is not None


def test_a_shop_named_for_its_owner_is_no_person(run):
    text = ("Man killed outside grocery\n\nFive people were in the parking lot of David’s Grocery around 11 p.m. "
            "Saturday when someone drove by and began shooting, police said. The car was towed to Carl's Auto "
            "Repair.\n")
    art = run(text)
    assert at(art, text, "David") is None
    assert at(art, text, "Carl's Auto Repair") is None
    assert at(art, text, "police") is not None


def test_people_listed_in_one_organisation_entity(run):
    text = ("Swap parties spread\n\nCelebrities such as Kylie, Naomi Campbell and Kelly Osbourne have handed over "
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


def test_witnesses_who_may_be_called_are_no_actor(run):
    text = ("Man pleads guilty\n\nBoth sides are free to call witnesses at the sentencing, Judge Ann Cole said "
            "Monday.\n")
    art = run(text)
    assert at(art, text, "witnesses") is None
    assert at(art, text, "Ann Cole") is not None


def test_police_interviewed_witnesses_keep_them(run):
    text = "Man shot\n\nPolice interviewed witnesses at the scene of the shooting on Monday.\n"
    art = run(text)
    assert at(art, text, "witnesses") is not None


def test_a_surname_that_is_an_organisations_word(run):
    text = ("Farmer speaks\n\nRonald Party, a farmer, said he was pleased with the harvest. Officer Lisa Court of "
            "the city police said the market was calm.\n")
    art = run(text)
    party, court = at(art, text, "Ronald Party"), at(art, text, "Lisa Court")
    assert party is not None and party.sector == "CVL"
    assert court is not None and court.sector == "COP"


def test_an_armed_service_as_a_career_is_no_actor(run):
    text = ("Founder profile\n\nAnil Mehta, 46, is the first in his family to choose a civilian career over the "
            "military. His brother joined the army in 1990.\n")
    art = run(text)
    assert at(art, text, "the military") is None
    assert at(art, text, "the army") is None


def test_a_press_council_is_no_outlet(run):
    text = ("Paper rebuked\n\nThe Press Council of Ruritania said on Monday it would review the report, and the "
            "editor said he would cooperate.\n")
    art = run(text)
    council = at(art, text, "Press Council")
    assert council is not None and council.sector != "MED"


def test_the_family_of_a_person_is_not_that_person(run):
    text = ("Funeral held\n\nA floral tribute had also been sent from England by the family of murdered soldier "
            "Sapper Patrick Azimkar. Mourners wept as the hearse passed.\n")
    art = run(text)
    person, family = at(art, text, "Patrick Azimkar"), at(art, text, "family")
    assert person is not None and family is not None and person.id != family.id
    assert all("Azimkar" not in m.text for m in family.mentions)


def test_a_kin_noun_parsed_as_a_conjunct_before_a_noun_is_a_modifier(run):
    text = ("Employers honored\n\nEmployers helped by giving paid leave, differential pay and family assistance, "
            "along with other support.\n")
    art = run(text)
    assert at(art, text, "family") is None


def test_the_only_one_in_the_family_names_no_family(run):
    text = ("Founder\n\nAnil Mehta is the only lawyer in the family, and his sister said the family was proud.\n")
    art = run(text)
    assert at(art, text, "the family") is None
    assert at(art, text, "the family", 1) is not None


def test_one_of_the_largest_of_a_kind_is_no_group(run):
    text = ("Bank profile\n\nRita Moss runs one of the nation's largest banks, and she founded one of Ohio's "
            "smallest publicly traded firms.\n")
    art = run(text)
    assert at(art, text, "smallest publicly traded firms") is None


def test_a_sons_numeral_after_a_namesake_makes_another_person(run):
    text = ("Reporter dies\n\nJoyce Shelby, a reporter, died March 19. Ms. Shelby is survived by her mother, "
            "Prudence Young, formerly of Augusta; and her children, Gail Shelby and Clayborn Shelby III, both of New "
            "York City.\n")
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
