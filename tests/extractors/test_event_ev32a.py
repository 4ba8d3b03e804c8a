"""Issue 10, ev32a: recall classes of the tune set's missed required events (even half). Invented sentences; each
test also keeps the form that stays out."""
from __future__ import annotations

from tests.helpers import rows_of


def test_charges_dropped_in_the_passive_or_by_a_decision_concede(run):
    got = rows_of(run, "All charges against the two deputies were dropped on Monday.", "CONCEDE")
    assert [(t, tr) for _, _, t, tr in got] == [("the two deputies", "dropped")], got
    assert not rows_of(run, "All charges against the two deputies were dropped on Monday.", "ACCUSE")
    got = rows_of(run, "The senator welcomed the prosecutor's decision to drop the charges against him.", "CONCEDE")
    assert [tr for *_, tr in got] == ["drop"], got
    assert not rows_of(run, "The charges against the two deputies were not dropped.", "CONCEDE")
    assert not rows_of(run, "The charges should be dropped, his lawyer said.", "CONCEDE")
    assert not rows_of(run, "The judge said a decision to drop the case would anger voters.", "CONCEDE")


def test_a_step_of_the_law_taken_in_a_court_has_the_court_for_its_doer(run):
    got = rows_of(run, "Dana Roe, 52, was convicted in federal court of tax fraud and was sentenced on Friday.", "COERCE")
    assert sorted((s, tr) for _, s, _, tr in got) == [("federal court of tax fraud", "convicted"),
                                                      ("federal court of tax fraud", "sentenced")], got
    got = rows_of(run, "Lee Park was fined $200 and ordered to pay restitution on Monday in Dover County Court.", "COERCE")
    assert [s for _, s, _, _ in got] == ["Dover County Court"], got
    got = rows_of(run, "The man was arrested in Court Street on Friday.", "COERCE")
    assert [s for _, s, _, _ in got] == [""], got


def test_sitting_down_with_someone_is_a_meeting(run):
    got = rows_of(run, "The governor sat down with Speaker Dan Lowe on Monday.", "CONSULT")
    assert [(s, t) for _, s, t, _ in got] == [("The governor", "Speaker Dan Lowe")], got
    assert not rows_of(run, "The governor sat down with reporters on Monday.", "CONSULT")
    assert not rows_of(run, "The governor sat down at the table.", "CONSULT")


def test_a_stop_by_police_is_a_detention(run):
    got = rows_of(run, "The gunman fled on foot when police stopped him outside the bank.", "COERCE")
    assert [s for _, s, _, _ in got] == ["police"] and got[0][2] in ("him", "The gunman"), got
    got = rows_of(run, "Deputies spotted the truck near the river and conducted a traffic stop.", "COERCE")
    assert [(s, tr) for _, s, _, tr in got] == [("Deputies", "conducted a traffic stop")], got
    assert not rows_of(run, "Protesters stopped traffic on the bridge.", "COERCE")
    assert not rows_of(run, "The company stopped production at the plant.", "COERCE")
    assert not rows_of(run, "The officers could not stop him.", "COERCE")
