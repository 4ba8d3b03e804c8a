"""Actors on invented stories, for the misfires the rev25b review (December 2026, issue 11) found in act25's rules: a
person or company that gets a thing after a verb of motion (`went to`, `sent to`) is no place; a game's court in
another paragraph does not make `the court` of law a court of play; `Mr Kelly` does not join `Mrs Kelly`; a trade
word after `of` (`Ministry of Construction`) does not make a ministry a company."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_person_or_company_something_goes_or_is_sent_to_stays(run):
    text = ("Prize given. The award went to Jane Dorsey, the committee said. The union sent a letter to Velmora "
            "Industries demanding higher pay. Later he was sent to Pine Ridge Correctional Institution.\n")
    art = run(text)
    assert at(art, text, "Jane Dorsey") is not None
    assert at(art, text, "Velmora Industries") is not None
    assert at(art, text, "Pine Ridge Correctional Institution") is None


def test_the_court_of_law_in_another_paragraph_than_a_game_court_stays(run):
    text = ("Thief jailed. The children played on the basketball court near the school. A man was arrested.\n\n"
            "The judge sentenced him to two years. The court ruled that he must pay restitution.\n")
    art = run(text)
    assert at(art, text, "basketball court") is None
    assert at(art, text, "The court") is not None


def test_mr_and_mrs_without_a_full_name_stay_two_people(run):
    text = "Plan split couple. Mr Kelly said the plan would work. Mrs Kelly said she was not sure.\n"
    art = run(text)
    mr, mrs = at(art, text, "Kelly"), at(art, text, "Mrs Kelly")
    assert mr is not None and mrs is not None and mr.id != mrs.id


def test_a_trade_word_after_of_leaves_a_ministry_a_government_body(run):
    text = "Bridge safe. The Ministry of Construction said on Monday that the bridge was safe.\n"
    art = run(text)
    ministry = at(art, text, "Ministry of Construction")
    assert ministry is not None and ministry.sector != "BUS"


def test_the_parties_of_a_dispute_between_two_names_stay(run):
    text = ("Pay row goes on. The dispute between the WLFA and the KPRU over pay continued on Tuesday. Jim Hale was "
            "found shot inside his residence between Cedar Colony and Yard, the sheriff said.\n")
    art = run(text)
    assert at(art, text, "KPRU") is not None
    assert at(art, text, "Cedar Colony") is None
