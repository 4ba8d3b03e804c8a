"""rev31: near misses of round 1's events and actors rules (ev31c's bids and custody, act31b's national sides), on
invented sentences; each test keeps the form the rule was written for."""
from __future__ import annotations

from tests.helpers import rows_of, sector_at


def test_told_that_after_a_purpose_clause_is_no_request(run):
    got = rows_of(run, "In a phone call late on Friday to mark the tenth anniversary of the accord, Rossi told Premier "
                   "Abel Tomas that the treaty binds both sides.", "REQUEST")
    assert not [e for e in got if e[0] == "REQUEST"], got
    assert rows_of(run, "Moscow told Kiev to withdraw its troops.", "REQUEST")


def test_told_to_expect_is_a_forecast_no_request(run):
    assert not rows_of(run, "The minister told lawmakers to expect a vote next week.", "REQUEST")
    assert not rows_of(run, "The spokesman told CNN to expect more arrests.", "REQUEST")
    assert rows_of(run, "The ministry reminded citizens to carry their papers.", "REQUEST")


def test_a_thing_in_police_custody_is_no_one_held(run):
    assert not rows_of(run, "The documents are now in police custody.", "COERCE")
    got = rows_of(run, "The suspect remains in custody at the county jail.", "COERCE")
    assert [t for _, _, t, _ in got] == ["The suspect"], got


def test_a_politics_story_with_loose_match_words_keeps_its_governments(run):
    text = ("OSLO (Wire) -- The coach carrying the delegation broke down, and the referee of the talks, Norway, said "
            "Iran must face a new series of sanctions. Analysts saw a rebound in oil prices and a sack of the minister "
            "after the interception of a missile. Russia's envoy said Iran would beat the deadline.\n")
    art = run(text, published="2020-01-06")
    assert sector_at(art, text, "Iran") == "GOV"


def test_a_government_owning_its_word_in_a_sports_report_stays_the_government(run):
    text = ("LONDON (Wire) -- England beat Australia by 40 runs in the second Test on Sunday. The batsman Joe Root "
            "made 120 before the bowler took five wickets and the umpire ended play. Britain's government said it "
            "would fund cricket in schools. Sky Sports showed the match live.\n")
    art = run(text, published="2020-01-06")
    assert sector_at(art, text, "Britain") == "GOV"
    assert sector_at(art, text, "Sky Sports") != "CVL"      # a broadcaster, no player
    assert sector_at(art, text, "Australia") == "NGO"
