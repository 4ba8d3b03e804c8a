"""ident45: wrong identities by class (docs/actors.md `### ident45`): a bare office description (`the president`)
given the lexicon holder of the last country named instead of the dateline's, a foreign person named only after it
or never given its title, a place-qualified description given a person of another place, a state post given the
federal holder, a titled surname given a man against its own `she`, and honorifics against given names the lexicon
lacked. A wrong identity is worse than none. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at


def _at(art, text, needle, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return next((a for a in art.actors for m in a.mentions if m.start == start), None)


# A description named as the lexicon's holder it is (each row was a test function of its own; its id is the
# function's name).
NAMED_AS = [
    pytest.param(
        "WASHINGTON (Wire) -- The United States eased its rules on exports to Cuba on Tuesday after months of "
        "talks.\n\nThe president said the change would help American farmers sell more grain.\n",
        "2015-09-22", "The president", "Barack Obama",
        id="a_bare_president_in_a_washington_story_is_the_us_one_not_the_last_country_named"),
    pytest.param(
        "LONDON (Wire) -- Britain's exports to France fell sharply in the spring, figures showed on Friday.\n\n"
        "The prime minister said the fall would not last beyond the summer.\n",
        "2015-07-10", "The prime minister", "David Cameron",
        id="a_bare_prime_minister_in_a_london_story_is_the_british_one"),
    pytest.param(
        "WASHINGTON (Wire) -- Colorado and nine other states sued the Obama administration on Monday over new "
        "rules for power plants.\n\nThe attorney general said the department would defend the rules.\n",
        "2016-02-08", "The attorney general", "Loretta Lynch",
        id="the_attorney_general_in_a_washington_story_is_still_the_federal_one"),
]


@pytest.mark.parametrize("text, published, needle, name", NAMED_AS)
def test_a_description_is_the_holder(run, text, published, needle, name):
    art = run(text, published=published)
    actor = _at(art, text, needle)
    assert actor is not None and actor.name == name, actor


# A description given no one, or at least not the wrong one: `field` of the actor (name or country) is not `wrong`
# (each row was a test function of its own; its id is the function's name).
NOT_NAMED_AS = [
    pytest.param(
        "ASUNCION, Paraguay (Wire) -- Paraguay signed a deal to sell power to Brazil on Monday.\n\n"
        "The president said the money would pay for new schools in the countryside.\n",
        "2016-05-16", "The president", "country", "BRA",
        id="two_countries_named_and_no_home_holder_name_no_one"),
    pytest.param(
        "NAIROBI, Kenya (Wire) -- The president opened a new stretch of railway on Monday, promising cheaper "
        "freight for farmers.\n\nChinese President Xi Jinping sent a message of congratulation.\n",
        "2017-05-31", "The president", "name", "Xi Jinping",
        id="a_foreign_president_named_only_after_is_not_the_one_described"),
    pytest.param(
        "WASHINGTON (Wire) -- Abbas and Netanyahu met for two hours at the White House on Wednesday, aides said."
        "\n\nThe president thanked both men for coming and said the talks would go on in the spring.\n",
        "2010-09-01", "The president", "name", "Mahmoud Abbas",
        id="a_foreign_person_never_given_the_title_is_not_the_president_of_a_washington_story"),
    pytest.param(
        "DES MOINES, Iowa (Wire) -- The Ohio governor drew the largest crowd of the weekend on Saturday.\n\n"
        "Scott Walker spoke to a smaller crowd at a farm in the north of the state.\n",
        "2015-08-15", "The Ohio governor", "name", "Scott Walker",
        id="a_state_qualified_description_is_not_a_person_of_another_state"),
    pytest.param(
        "DENVER (Wire) -- Colorado and nine other states sued the Obama administration on Monday over new rules "
        "for power plants.\n\nThe attorney general said the rules would raise the cost of electricity.\n",
        "2016-02-08", "The attorney general", "name", "Loretta Lynch",
        id="a_bare_attorney_general_in_a_state_story_is_not_the_federal_one"),
    pytest.param(
        "HANOI, Vietnam (Wire) -- The United States has criticised the arrest of a blogger in the capital.\n\n"
        "The president said the arrest was a matter for the courts.\n",
        "2016-06-14", "The president", "country", "USA",
        id="a_bare_president_abroad_is_not_the_one_country_named_when_the_lexicon_lacks_the_home_holder"),
    pytest.param(
        "DES MOINES, Iowa (Wire) -- Clinton edged out Sanders in the Iowa caucuses on Monday night.\n\n"
        "The senator said his campaign had only begun to fight.\n",
        "2016-02-01", "The senator", "name", "Hillary Clinton",
        id="the_senator_said_he_is_no_woman_who_once_held_a_seat"),
]


@pytest.mark.parametrize("text, published, needle, field, wrong", NOT_NAMED_AS)
def test_a_description_is_not_the_wrong_one(run, text, published, needle, field, wrong):
    art = run(text, published=published)
    actor = _at(art, text, needle)
    assert actor is None or getattr(actor, field) != wrong, actor


def test_a_titled_surname_with_its_own_she_is_no_man_of_the_lexicon(run):
    text = ("SALEM, Ore. (Wire) -- Gov. Brown said Monday that she would veto any bill that cut money for schools.\n\n"
            "Brown said the state could not afford to fall behind.\n")
    art = run(text, published="2017-03-06")
    actor = actor_at(art, text, "Gov. Brown")
    assert actor is None or actor.name != "Jerry Brown", actor
    later = _at(art, text, "Brown said the")
    assert later is None or later.name != "Jerry Brown", later


def test_mr_before_a_surname_does_not_join_a_woman_named_after(run):
    text = ("KEENE -- A couple who run a hardware store said Tuesday they would fight the town's new parking rules.\n\n"
            "Mr. Ostrander said sales had fallen by a third. Mrs. Ostrander, who keeps the books, said the store "
            "might close.\n\nGerald and Darlene Ostrander have run the store since 1988.\n")
    art = run(text, published="2015-06-02")
    actor = _at(art, text, "Ostrander")
    assert actor is None or actor.name != "Darlene Ostrander", actor
    assert actor_at(art, text, "Darlene Ostrander").name == "Darlene Ostrander"


def test_given_names_added_by_ident45_tell_their_gender():
    from dateline.extractors.quotes.lexicon import given_names

    names = given_names()
    assert names["maureen"] == "f" and names["darlene"] == "f" and names["mat"] == "m" and names["seamus"] == "m"
    assert "hope" not in names and "morgan" not in names     # a word and a name borne by both stay out


def test_a_kin_noun_the_parse_makes_a_compound_of_a_given_name_names_the_relative(run):
    text = ("RALEIGH, N.C. (Wire) -- Mike Pence spoke to a crowd of farmers on Tuesday.\n\nHe was joined on stage by "
            "his daughter Tiffany, who told the crowd about growing up in Indiana.\n")
    art = run(text, published="2016-09-13")
    actor = _at(art, text, "Tiffany")
    assert actor is not None and actor.name == "Tiffany Pence", actor
    assert actor_at(art, text, "Mike Pence").name == "Mike Pence"


def test_a_bare_surname_beside_a_son_named_for_a_candidate_is_the_candidate(run):
    text = ("PHOENIX (Wire) -- Donald Trump Jr. told a radio host on Friday that the polls were wrong.\n\n"
            "Trump has leaned on his children as advisers throughout the campaign.\n")
    art = run(text, published="2016-10-14")
    actor = _at(art, text, "Trump has")
    assert actor is not None and actor.name == "Donald Trump", actor
    assert actor_at(art, text, "Donald Trump Jr.").name == "Donald Trump Jr."


def test_a_private_son_keeps_his_bare_surname(run):
    text = ("AKRON, Ohio (Wire) -- Kevin Marlowe Jr. was charged on Friday with setting fire to a warehouse.\n\n"
            "Marlowe told officers he had been asleep at home.\n")
    art = run(text, published="2016-10-14")
    son = actor_at(art, text, "Kevin Marlowe Jr.")
    assert son is not None and _at(art, text, "Marlowe told") is son
