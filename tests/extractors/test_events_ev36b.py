"""Issue 10, ev36b: trigger forms whose doer was lost or wrong: the `by` doer of a deed only people do, whatever the
noun (`assassinated by cowards`), a person word the parse joined to the participle after it (`by a sniper hiding`),
the sponsor a relative clause names for an ad, and no author for a letter someone found. Invented sentences; each
test keeps the forms that stay."""
from __future__ import annotations

from harm_story import HARM, events  # noqa: F401 (HARM for tests that name it)


def _events(run, text: str) -> list:
    return events(run, text)


def _sources(evs, etype: str) -> list:
    return [e[2] for e in evs if e[0] == etype]


def test_the_by_doer_of_a_deed_only_people_do_is_the_source(run):
    evs = _events(run, "The mayor was assassinated on Friday by cowards who feared the vote, the governor said.")
    assert _sources(evs, "ASSAULT") == [("cowards",)]
    # a thing that kills is no doer: a mishap
    evs = _events(run, "The mayor was killed by a falling tree on Friday, the governor said.")
    assert _sources(evs, "ASSAULT") in ([], [()])


def test_a_person_word_the_parse_joined_to_a_participle_is_the_doer(run):
    evs = _events(run, "Tom Hale was killed Friday by a sniper hiding in a parked van.")
    assert _sources(evs, "ASSAULT") == [("sniper",)]


def test_an_ad_speaks_for_the_sponsor_its_relative_clause_names(run):
    evs = _events(run, "The ad, which is part of a $2 million buy from the Liberty Action Fund, starts out hitting "
                       "Governor Ann Roe on taxes.")
    assert _sources(evs, "ACCUSE") == [("the Liberty Action Fund",)]


def test_who_found_a_letter_did_not_write_it(run):
    evs = _events(run, "Police found a letter threatening Mayor Tom Hale at his office.")
    assert _sources(evs, "THREATEN") == [()]
    # who sent it did
    evs = _events(run, "Senator Dale Kell sent a letter threatening Mayor Tom Hale with a lawsuit.")
    assert _sources(evs, "THREATEN") == [("Senator Dale Kell",)]


def test_a_book_does_not_speak_for_its_publisher(run):
    evs = _events(run, "The memoir, which went on sale last week and is published by Harbor House, also alleges that some "
                       "officials lied to Governor Ann Roe.")
    assert all("Harbor House" not in " ".join(s) for s in _sources(evs, "ACCUSE"))
