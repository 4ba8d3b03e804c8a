"""Issue 10, ev32c: support said in words (the tune set's missed SUPPORT entries, even half). Invented sentences;
each test also keeps the form that stays out."""
from __future__ import annotations

from tests.helpers import rows_of


def test_a_comparison_with_no_one_praises_whom_it_is_made_with(run):
    got = rows_of(run, '"Nobody is more qualified than Dana Roe to lead this state," the senator said.', "SUPPORT")
    assert [(s, t) for _, s, t, _ in got] == [("the senator", "Dana Roe")], got
    got = rows_of(run, '"There has never been a candidate, not me, not Tom, nobody more qualified than Dana Roe '
                       'to serve as governor," the senator said.', "SUPPORT")
    assert [(s, t) for _, s, t, _ in got] == [("the senator", "Dana Roe")], got
    got = rows_of(run, '"No one is better suited to the job than Dana Roe," she said.', "SUPPORT")
    assert [t for _, _, t, _ in got] == ["Dana Roe"], got
    assert not rows_of(run, "The senator said nobody was more surprised than Dana Roe.", "SUPPORT")
    assert not rows_of(run, '"Nobody is better at this than me," the senator said.', "SUPPORT")


def test_an_act_said_done_in_a_manner_of_praise_backs_its_doer(run):
    got = rows_of(run, '"The police have conducted themselves professionally," the mayor said.', "SUPPORT")
    assert [(s, t, tr) for _, s, t, tr in got] == [("the mayor", "The police", "professionally")], got
    assert not rows_of(run, '"We handled it professionally," the mayor said.', "SUPPORT")
    assert not rows_of(run, "The mayor said the police had not acted professionally.", "SUPPORT")
    assert not rows_of(run, "The police conducted themselves professionally during the march.", "SUPPORT")
