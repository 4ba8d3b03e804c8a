"""Actors on invented stories, for rev27b (December 2026, issue 11): misfires of act27b's rules found by review -
a country's demonym or a compound name read as a city's dweller (`Armenian`, `Georgian`, `New Yorker`), a given
name that ends like one cut from the name (`Kiran Patel`), a customer taken for staff (`a customer at the bank`),
`works with the police`, and a company's spokesman left without the company's sector."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_countrys_demonym_is_no_dweller_of_a_city_or_state(run):
    text = ("TBILISI, Georgia (AP) - Armenian Prime Minister Arman Vardanyan met Georgian President Lela Beridze on "
            "Monday. Jamaican Prime Minister Carl Dunbar and Salvadoran President Luis Ortega sent envoys.\n")
    art = run(text)
    assert at(art, text, "Arman Vardanyan").country == "ARM"   # (was COL: Armenia, a town in Colombia)
    assert at(art, text, "Lela Beridze").country == "GEO"      # (was USA: the state of Georgia)
    assert at(art, text, "Carl Dunbar").country == "JAM"       # (was USA)
    assert at(art, text, "Luis Ortega").country == "SLV"       # (was BRA: Salvador)


def test_the_last_word_of_a_longer_name_or_an_era_is_no_dweller(run):
    text = ("CHICAGO (AP) - New Yorker Walt Dunmore, 54, said he waited three hours for a train. Victorian Premier "
            "Ron Abbott said the lockdown would end. Former Texan Bill Rowe said the ranch was sold.\n")
    art = run(text)
    assert at(art, text, "Walt Dunmore").country == "USA"      # (was GBR: York)
    assert at(art, text, "Ron Abbott").country != "HKG"        # (was HKG: Victoria)
    assert at(art, text, "Bill Rowe").country == "USA"


def test_a_given_name_that_ends_like_a_dweller_stays_in_the_name(run):
    text = ("DETROIT (AP) - Kiran Vasudevan said the clinic would reopen on Monday. Karan Sethi, a lawyer for the "
            "family, said they would sue.\n")
    art = run(text)
    kiran = at(art, text, "Kiran Vasudevan")
    assert kiran.name == "Kiran Vasudevan" and kiran.country != "UGA"   # (was `Vasudevan`, UGA: Kira)
    karan = at(art, text, "Karan Sethi")
    assert karan.name == "Karan Sethi" and karan.country != "TGO"       # (was `Sethi`, TGO: Kara)


def test_a_customer_at_a_workplace_and_one_who_works_with_the_police_are_no_staff(run):
    text = ("MIAMI (AP) - Tom Hale, a customer at the bank, said the robber had a gun. Bill Cass, who works with "
            "the police on the case, said the boy was found. Jane Roe, who works at the bank, said he fled.\n")
    art = run(text)
    assert at(art, text, "Tom Hale").sector != "BUS"
    assert at(art, text, "Bill Cass").sector != "COP"
    assert at(art, text, "Jane Roe").sector == "BUS"


def test_a_staff_title_after_a_company_the_article_knows_takes_its_sector(run):
    text = ("BOSTON (AP) - Boston Scientific spokesman Mark Holt said the company would appeal the ruling.\n")
    art = run(text)
    assert at(art, text, "Mark Holt").sector == "BUS"          # (was none: the body in no lexicon)
