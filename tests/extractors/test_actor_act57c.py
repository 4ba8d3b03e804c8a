"""act57c: classes of long LGL local news (docs/actors.md `### act57c`): a firm told by its trade in apposition whose
name holds a body's word (`Church & Vine, a new restaurant`). Invented stories, invented towns (Quillbrook,
Marrowfield) and invented names."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at


@pytest.mark.parametrize("text, word", [
    ("Church & Vine, a new restaurant in downtown Quillbrook, has a long bar and an open kitchen. The restaurant "
     "opened in May, and the chef bakes his own bread.\n", "Church & Vine"),
    ("Academy & Finch, a bakery in Marrowfield, closed its doors on Friday.\n", "Academy & Finch"),
    ("Council & Crane, a new restaurant on Main Street in Marrowfield, opened on Friday.\n", "Council & Crane"),
])
def test_a_trade_in_apposition_beats_a_bodys_word_in_a_firms_name(run, text, word):
    org = actor_at(run(text), text, word)
    assert org is not None and org.sector == "BUS", org


@pytest.mark.parametrize("text, word, sector", [
    ("The Quillbrook Baptist Church, a congregation of 300 families, opened a food pantry on Sunday.\n",
     "Quillbrook Baptist Church", "REL"),
    ("Academy & Finch, a private school in Marrowfield, closed its doors on Friday.\n", "Academy & Finch", "EDU"),
    ("The Marrowfield Historical Society, a nonprofit, bought the old mill on Tuesday.\n",
     "Marrowfield Historical Society", "NGO"),
])
def test_near_miss_a_bodys_word_with_no_trade_in_apposition_keeps_its_sector(run, text, word, sector):
    org = actor_at(run(text), text, word)
    assert org is not None and org.sector == sector, org


def test_a_trade_apposed_to_one_occurrence_makes_the_headlines_name_a_firm_too(run):
    text = ("Council & Crane in downtown Marrowfield. The bar at Council & Crane, a new restaurant in downtown "
            "Marrowfield, has a long counter. Council & Crane opened in May.\n")
    org = actor_at(run(text), text, "Council & Crane")
    assert org is not None and org.sector == "BUS", org


@pytest.mark.parametrize("text, word", [
    ("His mother testified last year before the Quillbrook county board.\n", "His mother"),
    ("The office released a letter from a mother who said her son had been sent pictures.\n", "a mother"),
    ("Police closed Elm Street on Sunday. A woman said she heard two shots before midnight.\n", "A woman"),
    ("A neighbor told reporters the family had moved to Marrowfield in May.\n", "A neighbor"),
])
def test_an_unnamed_private_person_who_speaks_is_an_actor(run, text, word):
    who = actor_at(run(text), text, word)
    assert who is not None and who.sector == "CVL", who


@pytest.mark.parametrize("text, word", [
    ("His mother lives in Marrowfield, and she visits the school each May.\n", "His mother"),       # no speech
    ("\"My mother said nothing about it,\" Dale Pruitt told the board.\n", "My mother"),            # in a quote
    ("The woman said she heard two shots before midnight.\n", "The woman"),                         # told before
    ("His wife, Ann Pruitt, said he was at home that night.\n", "His wife"),                        # named
    ("DALE PRUITT: This is a man who said he would never raise taxes.\n", "a man"),                  # a predicate
    ("A man sold pies at the Quillbrook fair on Friday, and a girl sang.\n", "a girl"),              # no telling
])
def test_near_miss_a_person_noun_that_does_not_speak_or_is_told_otherwise_makes_no_speaker(run, text, word):
    who = actor_at(run(text), text, word)
    assert who is None or who.name != word, who


@pytest.mark.parametrize("text", [
    "Harlow Builders and another contractor, Tamsett International, face a lawsuit filed in May.\n",
    "The family sued Harlow Builders and a contractor, Tamsett International, in May.\n",
])
def test_a_kind_told_before_the_name_with_another_or_after_a_list_member_gives_its_sector(run, text):
    org = actor_at(run(text), text, "Tamsett International")
    assert org is not None and org.sector == "BUS", org


def test_near_miss_a_name_after_a_list_member_with_no_kind_gets_no_sector_from_it(run):
    text = "Harlow Builders and Tamsett International face a lawsuit filed in May.\n"
    org = actor_at(run(text), text, "Tamsett International")
    assert org is None or org.sector != "BUS", org


def test_two_given_names_joined_by_and_and_tagged_as_one_name_are_two_people(run):
    text = "The wins came from a pair of Fogartys, cousins Tyler and Connor. Tyler won 1-0 and Connor won 4-2.\n"
    art = run(text)
    assert not any(a.name == "Tyler and Connor" for a in art.actors), [a.name for a in art.actors]
    tyler, connor = actor_at(art, text, "Tyler", 1), actor_at(art, text, "Connor", 1)
    assert tyler is not None and connor is not None and tyler is not connor


def test_near_miss_a_firm_of_two_surnames_joined_by_and_makes_no_people(run):
    text = "Tamsett and Crane, a law firm in Marrowfield, won the case on Monday.\n"
    org = actor_at(run(text), text, "Tamsett")
    assert org is not None and org.sector == "BUS", org


def test_a_veteran_told_again_by_his_old_service_stays_a_private_person(run):
    text = ("Ron Dale, who served as a sergeant in the Ohio Army National Guard, was knocked out in a shower in 2004. "
            "Dale, the guardsman hurt in that shower, said the military did not care.\n")
    who = actor_at(run(text, published="2009-03-01"), text, "Ron Dale")
    assert who is not None and who.sector == "CVL", who


def test_near_miss_a_serving_guardsman_stays_military(run):
    text = ("Ann Hale, a sergeant in the Ohio Army National Guard, said the base was safe. Hale, the guardsman in "
            "charge, said repairs would end in May.\n")
    who = actor_at(run(text, published="2009-03-01"), text, "Ann Hale")
    assert who is not None and who.sector == "MIL", who


def test_a_speaking_relative_named_again_by_the_same_words_is_one_actor(run):
    text = ("Kevin Tallard, 41, was shot on Sunday in Quillbrook. He has a son in high school, his sister said. "
            "Tallard is a hard worker and a good father, according to his sister.\n")
    art = run(text)
    first, second = actor_at(art, text, "his sister"), actor_at(art, text, "his sister", 1)
    assert first is not None and second is not None and first.id == second.id, (first, second)
