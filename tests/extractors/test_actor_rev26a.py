"""Actors on invented stories, for misfires of act26a's rules that the review rev26a (December 2026, issue 11) found
and fixed: a bare given name taken for the family name of a leader named family name first, an armed service joined
in an action taken for a career, a breed's name that is also the name of someone in the story."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_bare_given_name_is_not_a_leaders_family_name(run):
    text = ("PYONGYANG - North Korean leader Kim Jong Un met South Korean President Moon Jae-in on Friday. "
            "Mr Kim said the talks went well. Kim Kardashian posted a photo of the summit. Kim said she was moved.\n")
    art = run(text)
    leader = at(art, text, "Kim Jong Un")
    assert leader is not None and at(art, text, "Mr Kim") is leader
    star = at(art, text, "Kim Kardashian")
    assert star is not None and at(art, text, "Kim said", 1) is star


def test_an_armed_service_joined_in_an_action_is_an_actor(run):
    text = ("DAMASCUS (Reuters) - Kurdish fighters will join the army in an offensive on Raqqa, a commander said. "
            "Rebels joined the army against the militants. He joined the army in 2003 and served in Iraq.\n")
    art = run(text)
    assert at(art, text, "the army") is not None
    assert at(art, text, "the army", 1) is not None
    assert at(art, text, "the army", 2) is None


def test_a_breed_named_like_someone_in_the_story_keeps_the_person(run):
    text = ("Jack Russell, the mayor, said his Jack Russell terrier bit a neighbor on Friday. Jack Russell told "
            "reporters he would pay the neighbor's bills.\n")
    art = run(text)
    mayor = at(art, text, "Jack Russell")
    assert mayor is not None
    assert at(art, text, "Jack Russell terrier") is None
    assert at(art, text, "Jack Russell told") is mayor


def test_a_places_possessive_before_a_person_is_no_shop(run):
    text = ("Governors sign budgets\n\nRICHMOND (AP) - Virginia's Youngkin signed the budget on Tuesday, aides "
            "said.\n")
    art = run(text)
    assert at(art, text, "Youngkin") is not None


def test_a_name_like_a_car_that_speaks_is_someone(run):
    text = "Comedy legend retires\n\nThe nation's Chevy Chase said on Monday he was retiring from films.\n"
    art = run(text)
    assert at(art, text, "Chevy Chase") is not None


def test_one_of_the_largest_that_acts_is_a_group(run):
    text = ("Militia attacks town\n\nOne of the region's largest militias attacked the town on Monday. Halvorsen "
            "Bank, one of the nation's largest banks, said profits rose.\n")
    art = run(text)
    assert at(art, text, "militias") is not None
    assert at(art, text, "banks") is None
