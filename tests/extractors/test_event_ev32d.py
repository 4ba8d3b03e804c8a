"""Issue 10, ev32d: events lost to the gates of one event per type (a `told X to` bid beside another request, a
police stop beside an arrest) and goods seized by troops. Invented sentences; each test keeps the form that stays
out."""
from __future__ import annotations

from tests.helpers import rows_of


def test_a_bid_told_beside_another_request_to_another_is_its_own(run):
    got = rows_of(run, "The envoy told Norland to halt the dam and demanded that Sudria end the raids.", "REQUEST")
    assert sorted(tr for *_, tr in got) == ["demanded", "told"], got
    got = rows_of(run, "The mayor told residents to stay indoors on Friday.", "REQUEST")
    assert [tr for *_, tr in got] == ["told"], got   # (one bid, one request)


def test_a_police_stop_beside_an_arrest_is_its_own(run):
    got = rows_of(run, "Deputies arrested the driver after a trooper stopped him near the bridge.", "COERCE")
    assert sorted(tr for *_, tr in got) == ["arrested", "stopped"], got
    got = rows_of(run, "Deputies arrested the driver near the bridge.", "COERCE")
    assert [tr for *_, tr in got] == ["arrested"], got


def test_weapons_or_goods_seized_by_troops_are_confiscated(run):
    got = rows_of(run, "The army seized a huge arsenal of rifles in the hills.", "COERCE")
    assert [tr for *_, tr in got] == ["seized"], got
    assert not rows_of(run, "The army seized a huge arsenal of rifles in the hills.", "ASSAULT")
    assert rows_of(run, "Soldiers seized ammunition and cash from the depot.", "COERCE")
    assert rows_of(run, "Troops captured a cache of weapons in the village.", "COERCE")
    assert rows_of(run, "Large quantities of drugs were seized by soldiers at the checkpoint.", "COERCE")
    assert not rows_of(run, "The militia seized a large amount of land near the river.", "COERCE")
    assert not rows_of(run, "Rebels captured the town on Sunday.", "COERCE")
    assert rows_of(run, "Rebels seized the army base near the border.", "ASSAULT")   # a place taken by force
    assert not rows_of(run, "Rebels seized the army base near the border.", "COERCE")
