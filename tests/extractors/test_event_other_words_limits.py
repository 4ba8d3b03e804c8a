"""The limits of the requests, concessions and manhunts told in other words (test_event_other_words.py), read again
by a second reader (rev16a) on invented sentences: what each rule must leave alone, beside a near miss it keeps."""
from __future__ import annotations

import pytest

from tests.helpers import check_types, found, shown


def test_a_need_laid_on_someone_else_named_before_is_a_request(run):
    art = run("\n\nMs. Ann Hale met the mayor on Monday. Mr. Dan Brook says she has to call the governor.\n")
    got = found(art, "REQUEST")
    assert any("Brook" in e.source[0].text and e.target and e.target[0].actor is not None for e in got), shown(art)


def test_ones_own_fault_told_in_the_third_person_is_conceded(run):
    art = run("\n\nMr. Dan Brook spoke on the radio, saying he had made a mistake at the rally.\n")
    assert [e.trigger.text for e in found(art, "CONCEDE")] == ["mistake"], shown(art)


def test_responsibility_for_what_went_wrong_is_owned(run):
    art = run("\n\n\"I take full responsibility for what happened,\" the minister said. \"I take responsibility for "
              "my remarks,\" the mayor said.\n")
    assert len(found(art, "CONCEDE")) == 2, shown(art)


def test_ones_words_misread_by_someone_denies_their_reading(run):
    art = run("\n\nMayor Dan Brook said his remarks were taken out of context by the Daily Courier.\n")
    (e,) = found(art, "REJECT")
    assert "Brook" in e.source[0].text and [p.text for p in e.target] == ["the Daily Courier"], shown(art)


def test_a_pronoun_to_be_acted_on_by_someone_named_asks_them(run):
    art = run("\n\n\"This is a violent militia, they need to be defeated by Kurds on the ground,\" Senator Tom Reyes "
              "said.\n")
    got = found(art, "REQUEST")
    assert any("Reyes" in e.source[0].text and e.target and e.target[0].text.startswith("Kurds") for e in got), shown(art)


def test_ones_own_words_said_to_be_misread_in_the_third_person_deny_the_reading(run):
    art = run("\n\nMs. Jane Cole spoke on Monday. Ms. Cole said her remarks had been misconstrued.\n")
    assert [e.trigger.text for e in found(art, "REJECT")] == ["misconstrued"], shown(art)


def test_ones_words_misread_with_only_the_verb_quoted_deny_the_reading(run):
    art = run("\n\nMr. Dan Brook was forced into damage control and said that his remarks had been \"misconstrued.\"\n")
    assert [e.trigger.text for e in found(art, "REJECT")] == ["misconstrued"], shown(art)


def test_someone_named_taking_the_blame_concedes(run):
    art = run("\n\nGovernor Ann Hale took full responsibility for the failure of the rescue. The minister bears "
              "responsibility for the safety of the roads.\n")
    got = found(art, "CONCEDE")
    assert [e.source[0].text for e in got] == ["Governor Ann Hale"], shown(art)


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('a_pronoun_someone_must_act_on_is_asked_nothing',
     "\n\nThe party met on Monday. \"She has to be replaced,\" Senator Tom Reyes said. Mayor Dan Brook said "
     "he has to be removed from the board.\n",
     '-REQUEST'),
    ('ones_own_need_told_by_oneself_is_no_request',
     "\n\nMs. Ann Hale spoke on Monday. Ms. Hale says she has to protect the state's water supply.\n",
     '-REQUEST'),
    ('a_fault_laid_on_others_is_not_conceded',
     "\n\nSenator Ann Hale said they had made a serious mistake by cutting the budget. Ms. Jane Cole spoke "
     "first. Mr. Dan Brook said she had made a mistake.\n",
     '-CONCEDE'),
    ('a_duty_taken_on_is_no_fault_owned',
     "\n\n\"We take responsibility for the security of the region,\" the general said. \"I bear "
     "responsibility for the defense of this country,\" the president said.\n",
     '-CONCEDE'),
    ('police_seeking_witnesses_or_an_interview_is_no_manhunt',
     "\n\nPolice are seeking witnesses to the shooting. The police sought an interview with the mayor.\n",
     '-COERCE'),
    ('anothers_words_said_to_be_misread_deny_nothing',
     "\n\n\"His comments were taken out of context,\" Governor Ann Hale said. Ms. Jane Cole spoke on Monday. "
     "Mr. Dan Brook said her remarks had been misconstrued.\n",
     '-REJECT'),
    ('a_group_telling_its_own_need_or_a_forecast_asks_nothing',
     "\n\nThe farmers said they must sell their crops at a loss. Analysts said they should see a rebound in "
     "exports next year. She said she has to leave the party.\n",
     '-REQUEST'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)
