"""Praise in a quote that backs no actor but the sayer's own side or a thing (praise.praise_of_no_other, ev17p2), on
invented sentences: each behaviour and the near miss it must leave alone."""
from __future__ import annotations

from tests.helpers import found, shown


def test_praise_of_the_sayers_own_people_backs_no_one(run):
    art = run('\n\n"The American people are good people," President Barack Obama said in Hanoi on Tuesday.\n')
    assert not found(art, "SUPPORT"), shown(art)


def test_praise_of_another_countrys_people_stays(run):
    art = run('\n\n"The Mexican people are good people," President Barack Obama said in Hanoi on Tuesday.\n')
    assert found(art, "SUPPORT"), shown(art)


def test_praise_of_our_own_team_backs_no_one(run):
    art = run('\n\n"Our team is the best in the state," Governor Ann Hale said on Monday.\n')
    assert not found(art, "SUPPORT"), shown(art)


def test_praise_of_a_thing_backs_no_one_and_of_a_person_stays(run):
    art = run('\n\n"The merger with Dalton was the best option for the firm," Governor Ann Hale said on Monday.\n')
    assert not found(art, "SUPPORT"), shown(art)
    art = run('\n\n"Maria Lopez would be a great mayor," Governor Ann Hale said on Monday.\n')
    assert found(art, "SUPPORT"), shown(art)


def test_a_verb_of_backing_our_own_is_never_read(run):
    art = run('\n\n"I want to thank the American people," President Barack Obama said on Tuesday.\n')
    assert found(art, "SUPPORT"), shown(art)
