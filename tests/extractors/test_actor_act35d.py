"""act35d: fewer false actors found by auditing output on texts in no gold set (docs/actors.md `### act35d`): countries
named as places in outbreak and results reports (areas of a list of countries, goods imported to or from them, the
next item of a list of places, where a named athlete comes from), and descriptions that name nobody (`no suspects`,
`any suspects` under a negated verb). Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_countries_whose_areas_are_named_are_places(run):
    text = "Officials said cases of cholera were reported in areas of Malawi, Zambia, and Angola that border the region.\n"
    article = run(text)
    for name in ("Malawi", "Zambia", "Angola"):
        assert actor_at(article, text, name) is None, name


def test_countries_goods_are_imported_to_are_places(run):
    text = "Officials said the cases have also been imported to Peru and Chile from other countries.\n"
    article = run(text)
    for name in ("Peru", "Chile"):
        assert actor_at(article, text, name) is None, name


def test_the_next_item_of_a_list_of_places_is_a_place(run):
    # the parser hangs `Denmark` on `H5N1`, not on `in`
    text = "Suspected cases of H5N1 in Serbia and Denmark remain unconfirmed.\n"
    assert actor_at(run(text), text, "Denmark") is None


def test_the_country_a_named_athlete_comes_from_is_a_place(run):
    text = "In the men's race, Tomas Berg from Norway finished third, and Anna Lind from Denmark was fourth.\n"
    article = run(text)
    for name in ("Norway", "Denmark"):
        assert actor_at(article, text, name) is None, name
    assert actor_at(article, text, "Tomas Berg") is not None


def test_no_suspects_and_any_suspects_under_a_negation_name_nobody(run):
    text = ("Officers found two wounded men on Elm Street. Police have not identified any suspects in the shooting.\n"
            "Officers said there were no suspects in custody on Friday.\n")
    article = run(text)
    assert actor_at(article, text, "any suspects") is None
    assert actor_at(article, text, "no suspects") is None
    assert actor_at(article, text, "Police") is not None


def test_countries_that_act_in_a_list_stay_actors(run):
    # a guard: a list of subjects after `and` is no list of places
    text = "Poland and Hungary signed the pact in Warsaw, and Denmark and Sweden said they would follow.\n"
    article = run(text)
    for name in ("Poland", "Denmark", "Sweden"):
        assert actor_at(article, text, name) is not None, name



def test_a_name_after_a_village_of_is_a_place(run):
    text = "Floodwater ruined crops near the southern village of Bani Hamad early Tuesday, the news agency said.\n"
    assert actor_at(run(text), text, "Bani Hamad") is None


def test_a_name_modifying_a_region_is_a_place(run):
    text = "Levan Gorgadze, deputy governor from the Zemo-Arvani region, died on Sunday.\n"
    article = run(text)
    assert actor_at(article, text, "Zemo-Arvani") is None
    assert actor_at(article, text, "Levan Gorgadze") is not None
