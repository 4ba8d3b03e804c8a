"""The senses of trigger words checked by their arguments (issue 10, ev28), on invented sentences: the reviewers'
misfires and the classes the sense probe (bench/sense_probe.py) found. Each with the form that keeps its event."""
from __future__ import annotations

from tests.helpers import rows_of


def test_under_fire_from_armed_men_is_an_attack(run):
    got = rows_of(run, "A patrol came under fire from gunmen near the bridge on Tuesday.", "ASSAULT")
    assert any("gunmen" in s and "patrol" in t for _, s, t, _ in got), got
    words = rows_of(run, "The governor came under fire from Democrats over the pension bill.")
    assert [e for e in words if e[0] == "ACCUSE"] and not [e for e in words if e[0] == "ASSAULT"], words


def test_a_politician_attacking_the_police_over_a_matter_accuses(run):
    got = rows_of(run, "Councilwoman Reyes attacked the police over the raid on the shelter.")
    assert any(e[0] == "ACCUSE" and "Reyes" in e[1] for e in got) and not [e for e in got if e[0] == "ASSAULT"], got
    force = rows_of(run, "Gunmen attacked the police near the market.", "ASSAULT")
    assert force, force


def test_an_attack_carried_out_after_it_is_named(run):
    got = rows_of(run, "The minister did not order the raid, but the militia carried it out anyway.", "ASSAULT")
    assert any("militia" in s for _, s, _, _ in got), got


def test_a_place_a_work_is_set_in_keeps_what_happened_there(run):
    got = rows_of(run, "The novel is set in Mosul, where militants later attacked.", "ASSAULT")
    assert got, got
    plot = rows_of(run, "The series is set in a world where the generals have seized power.")
    assert not plot, plot


def test_hackers_executing_malware_coerce(run):
    got = rows_of(run, "Criminal hackers executed the ransomware on the council's network.")
    assert [e for e in got if e[0] == "COERCE"] and not [e for e in got if e[0] == "ASSAULT"], got
    assert rows_of(run, "The guards executed two captured soldiers.", "ASSAULT")


def test_an_opponent_of_sanctions_imposes_none(run):
    for text in ("The governor is a fierce critic of the sanctions on Venezuela.",
                 "The senator is an outspoken opponent of the sanctions on Cuba."):
        got = [e for e in rows_of(run, text) if e[0] in ("SANCTION", "COERCE")]
        assert not any(s for _, s, _, _ in got), got


def test_striking_out_at_critics_accuses(run):
    got = rows_of(run, "The premier struck out at his detractors in a radio interview.")
    assert [e for e in got if e[0] == "ACCUSE"] and not [e for e in got if e[0] == "ASSAULT"], got


def test_workers_striking_at_their_workplace_protest(run):
    got = rows_of(run, "Miners struck at the copper mine on Friday.")
    assert [e for e in got if e[0] == "PROTEST"] and not [e for e in got if e[0] == "ASSAULT"], got
    assert rows_of(run, "Warplanes struck at rebel positions on Friday.", "ASSAULT")


def test_fire_shoots_only_a_projectile(run):
    for text in ("The hospital fired 12 nurses at its downtown clinic.",
                 "The midfielder fired the ball into the net."):
        assert not rows_of(run, text, "ASSAULT"), text
    assert rows_of(run, "Soldiers fired rubber bullets at the crowd.", "ASSAULT")


def test_execute_kills_only_someone(run):
    assert not rows_of(run, "The visitors executed the set piece perfectly.")
    assert not rows_of(run, "The engineers executed the plan in two days.")
    assert rows_of(run, "The regime executed three dissidents last week.", "ASSAULT")


def test_a_prize_is_won_not_seized(run):
    for text in ("The cyclist seized the lead on the last climb.",
                 "The startup captured half of the market within a year.",
                 "The club captured the league title on Sunday."):
        assert not rows_of(run, text), text
    assert rows_of(run, "Rebels captured the airport after a day of fighting.", "ASSAULT")


def test_police_capturing_a_fugitive_coerce(run):
    got = rows_of(run, "Detectives captured the fugitive in a motel outside Denver.")
    assert [e for e in got if e[0] == "COERCE"] and not [e for e in got if e[0] == "ASSAULT"], got


def test_an_illness_fought_is_no_foe(run):
    assert not rows_of(run, "The singer is fighting leukemia, her manager said.")
    assert rows_of(run, "Government troops battled the rebels near the dam for two weeks.", "ASSAULT")


def test_market_demand_and_forecasts_ask_and_warn_no_one(run):
    assert not rows_of(run, "Demand for copper slumped in the first quarter.")
    assert not rows_of(run, "The carmaker warned that sales would slow next year.")
    assert rows_of(run, "The unions demanded the resignation of the board.", "REQUEST")


def test_things_and_cameras_act_on_no_one(run):
    for text in ("A fallen branch blocked the highway for hours.",
                 "The capsule blasted off from the launch pad at dawn.",
                 "The photographer shot the band for the album cover.",
                 "The state raided its rainy-day fund to balance the budget."):
        assert not rows_of(run, text), text


def test_other_senses_change_the_type(run):
    ban = rows_of(run, "Canada banned exports of military equipment to the country.")
    assert [e for e in ban if e[0] == "SANCTION"], ban
    assert [e for e in rows_of(run, "The former mayor protested his innocence in court.") if e[0] == "REJECT"]


def test_one_person_striking_is_no_walkout(run):
    assert not rows_of(run, "Silva struck from the edge of the box in the 80th minute.", "PROTEST")
    assert rows_of(run, "Bus drivers struck for a second day over pay.", "PROTEST")


def test_a_thing_met_is_no_meeting(run):
    assert not rows_of(run, "The agency failed to meet the deadline for the report.")
    assert rows_of(run, "The foreign minister met her Japanese counterpart in Tokyo.", "CONSULT")
    assert rows_of(run, "She toured the port district, where she met with the harbour master.", "CONSULT")


def test_play_shows_and_statistics_are_no_events(run):
    for text in ("The forward shot 38 percent from the floor last season.",
                 "The startup beat its larger rivals to the market.",
                 "Brazil hosted the Olympics in 2016.",
                 "The club raided the transfer market for two defenders."):
        assert not rows_of(run, text), text
    assert rows_of(run, "Insurgents fought government troops for control of the airport.", "ASSAULT")
    assert rows_of(run, "Gunmen targeted a minibus carrying tourists.", "ASSAULT")
