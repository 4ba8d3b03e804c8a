"""Criticism told without an accusing verb (issue 10, ev19a; extractors/events/evaluative.py `_judged`,
lexicon/evaluation.tsv `tenure`, `liken`): blame foretold by a speaker (`would be a disaster`), a post held or sought
standing for its holder, a word of fitness denied, and conflating someone with something bad; on invented
sentences, each aimed at one form, with the forms that must stay no event beside them."""
from __future__ import annotations

from tests.helpers import accusations, blames


def test_blame_foretold_by_a_speaker_accuses(run):
    art = run("\n\nGovernor Alder said on Monday that Senator Pike would be a disaster for the state.\n")
    assert blames(accusations(art), "Alder", "Pike"), accusations(art)
    art = run("\n\n\u201cHe would be a terrible governor,\u201d Mayor Ruiz said of Senator Pike on Tuesday.\n")
    assert blames(accusations(art), "Ruiz", "Pike"), accusations(art)


def test_a_post_held_or_sought_stands_for_its_holder(run):
    art = run("\n\nGovernor Alder said a Harold Pike governorship would be \u201ca disaster\u201d for farmers.\n")
    assert blames(accusations(art), "Alder", "Pike"), accusations(art)
    art = run("\n\nMayor Ruiz said Senator Pike\u2019s nomination would be a catastrophe for the party.\n")
    assert blames(accusations(art), "Ruiz", "Pike"), accusations(art)


def test_blame_foretold_by_no_one_or_of_nothing_is_no_event(run):
    art = run("\n\nSenator Pike would be a disaster for the state if the dam broke.\n")
    assert not accusations(art), accusations(art)
    art = run("\n\nGovernor Alder said a drought would be a disaster for the state.\n")
    assert not accusations(art), accusations(art)
    art = run("\n\nGovernor Alder said it would be a disaster if the dam broke.\n")
    assert not accusations(art), accusations(art)


def test_praise_foretold_is_no_accusation(run):
    art = run("\n\nGovernor Alder said Senator Pike would be a great governor.\n")
    assert not accusations(art), accusations(art)


def test_harm_to_come_laid_at_someones_door_accuses(run):
    art = run("\n\nGovernor Alder said the senators would be responsible if the flood money is not approved.\n")
    assert blames(accusations(art), "Alder", "senators"), accusations(art)
    art = run("\n\nGovernor Alder said Senator Pike would be a responsible steward of the budget.\n")
    assert not accusations(art), accusations(art)
    art = run("\n\nGovernor Alder said the state would be responsible for the cleanup costs after the spill.\n")
    assert not accusations(art), accusations(art)    # a duty to come, with no condition, blames no one
    art = run("\n\nGovernor Alder said Senator Pike would be responsible for any deaths if the dam fails.\n")
    assert blames(accusations(art), "Alder", "Pike"), accusations(art)


def test_a_word_of_fitness_denied_accuses(run):
    art = run("\n\nGovernor Alder said Senator Pike is not fit to lead the committee.\n")
    assert blames(accusations(art), "Alder", "Pike"), accusations(art)
    art = run("\n\n\u201cI am not fit to judge the matter,\u201d Governor Alder said.\n")
    assert not accusations(art), accusations(art)


def test_conflating_someone_with_something_bad_accuses(run):
    art = run("\n\nThe columnist Mark Dole conflated Senator Pike with a segregationist governor of the 1960s.\n")
    assert blames(accusations(art), "Dole", "Pike"), accusations(art)
    art = run("\n\nThe columnist Mark Dole conflated Senator Pike with his brother, a dentist in Dayton.\n")
    assert not accusations(art), accusations(art)
