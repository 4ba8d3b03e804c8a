"""Issue 10, ev32a: recall classes of the tune set's missed required events (even half). Invented sentences; each
test also keeps the form that stays out."""
from __future__ import annotations

from tests.extractors.test_event_ev28 import one


def test_charges_dropped_in_the_passive_or_by_a_decision_concede(run):
    got = one(run, "All charges against the two deputies were dropped on Monday.", "CONCEDE")
    assert [(t, tr) for _, _, t, tr in got] == [("the two deputies", "dropped")], got
    assert not one(run, "All charges against the two deputies were dropped on Monday.", "ACCUSE")
    got = one(run, "The senator welcomed the prosecutor's decision to drop the charges against him.", "CONCEDE")
    assert [tr for *_, tr in got] == ["drop"], got
    assert not one(run, "The charges against the two deputies were not dropped.", "CONCEDE")
    assert not one(run, "The charges should be dropped, his lawyer said.", "CONCEDE")
    assert not one(run, "The judge said a decision to drop the case would anger voters.", "CONCEDE")
