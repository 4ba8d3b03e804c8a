"""Issue 10, ev33b: criticism told as an act, not said (the tune set's missed ACCUSE entries, even half). Invented
sentences; each test also keeps the form that stays out."""
from __future__ import annotations

from tests.helpers import rows_of


def test_an_ad_aimed_against_someone_is_criticism_of_them_by_whoever_runs_it(run):
    got = rows_of(run, "The Citizens Fund launched an ad against Governor Dana Roe on Monday.", "ACCUSE")
    assert [(s, t) for _, s, t, _ in got] == [("The Citizens Fund", "Governor Dana Roe")], got
    got = rows_of(run, "Two conservative groups launched ads in Ohio against Senator Kell.", "ACCUSE")
    assert [(s, t) for _, s, t, _ in got] == [("Two conservative groups", "Senator Kell")], got
    got = rows_of(run, "The union aired a commercial against the mayor.", "ACCUSE")
    assert [t for _, _, t, _ in got] == ["the mayor"], got
    assert not rows_of(run, "The ad against smoking won an award.", "ACCUSE")
    assert not rows_of(run, "The campaign spent $2 million on ads against the tax measure.", "ACCUSE")
    assert not rows_of(run, "The campaign ran ads in Spanish on local radio.", "ACCUSE")


def test_a_vote_declared_for_someone_is_support_told(run):
    got = rows_of(run, "Mayor Dunn says she is going to vote for Senator Kell but has withheld her endorsement.",
                  "SUPPORT")
    assert [(s, t) for _, s, t, _ in got] == [("Mayor Dunn", "Senator Kell")], got
    got = rows_of(run, "Mayor Dunn said he will vote for Senator Kell.", "SUPPORT")
    assert [t for _, _, t, _ in got] == ["Senator Kell"], got
    assert not rows_of(run, "Mayor Dunn is not sure whether he'll vote for Senator Kell.", "SUPPORT")
    assert not rows_of(run, "Mayor Dunn said she might vote for Senator Kell.", "SUPPORT")
    assert not rows_of(run, "Among Democrats, 56 percent would vote for Senator Kell.", "SUPPORT")
    assert not rows_of(run, "Will you vote for Senator Kell?", "SUPPORT")
