"""Issue 10, ev35b: the right participants. A piece of writing said to act speaks for its author, also when the
writing is held by a phrase of the verb its author acts with (`unleashed a series of tweets criticizing X`, `remarks
Kell made during a speech attacking X`, `opened the drive with a speech denouncing X`). Invented sentences; each
test keeps the forms that stay."""
from __future__ import annotations

from harm_story import HARM, events  # noqa: F401 (HARM for tests that name it)


def _events(run, text: str) -> list:
    return events(run, text)


def _sources(evs, etype: str) -> list:
    return [e[2] for e in evs if e[0] == etype]


def test_tweets_of_a_series_speak_for_who_put_them_out(run):
    evs = _events(run, "Senator Dale Kell unleashed a series of tweets criticizing Governor Ann Roe on Friday.")
    assert _sources(evs, "ACCUSE") == [("Senator Dale Kell",)]


def test_a_speech_someone_spoke_during_speaks_for_them(run):
    evs = _events(run, "The dispute centers on remarks Kell made Tuesday during a speech attacking Governor Ann Roe.")
    assert _sources(evs, "ACCUSE") == [("Kell",)]


def test_a_speech_one_acted_with_speaks_for_the_one_a_relative_clause_names(run):
    evs = _events(run, "Mayor Tom Hale, who helped start the recall drive with a May speech denouncing Governor "
                       "Ann Roe, will not attend.")
    assert _sources(evs, "ACCUSE") == [("Mayor Tom Hale",)]


def test_ads_paid_for_speak_for_the_payer(run):
    evs = _events(run, "The Freedom Fund PAC has spent heavily on radio ads targeting Governor Ann Roe.")
    assert ("The Freedom Fund PAC",) in _sources(evs, "ACCUSE")


def test_one_named_in_a_report_is_not_its_author(run):
    evs = _events(run, "Senator Kell was named in a report accusing Governor Ann Roe of fraud.")
    assert ("Senator Kell",) not in _sources(evs, "ACCUSE")


def test_what_one_speaks_in_is_no_target(run):
    evs = _events(run, "In a speech marking the Harlow festival, President Adel offered on Monday to talk with Hamas.")
    assert [e for e in evs if e[0] == "AGREE" and e[3] == ("Hamas",)]
    evs = _events(run, "Governor Ann Roe shot back in an article stating that the city was safe.")
    assert [e for e in evs if e[0] == "REJECT"] and not [e for e in evs if "an article" in e[3]]


def test_whom_one_lashes_out_at_in_an_interview_stays(run):
    evs = _events(run, "Senator Kell lashed out at Governor Roe in a radio interview.")
    assert [e for e in evs if e[0] == "ACCUSE" and e[3] == ("Governor Roe",)]
