"""Misfires last session's reviewers found (issue 10, ev27b), on invented sentences: one test of an armed force for
every rule that reads one, a politician's words about an armed body, a vehicle's blow, a strike not authorised, a
penalty warned of, a pledge to push; and false events of local news (walking away with no deal, a film shot, an
arrest not made). Each with the form that must keep its event beside it."""
from __future__ import annotations

from tests.helpers import asserted_rows


def test_a_civil_force_is_no_armed_one_for_strikes_and_fire(run):
    walkout = asserted_rows(run("\n\nThe labor force struck on Monday.\n"))
    assert [e for e in walkout if e[0] == "PROTEST"] and not [e for e in walkout if e[0] == "ASSAULT"], walkout
    words = asserted_rows(run("\n\nGovernor Pell came under fire from the governor's own task force over the report.\n"),
                     "ACCUSE")
    assert any("task force" in s and "Pell" in t for _, s, t, _ in words), words
    raid = asserted_rows(run("\n\nThe troops struck on Monday.\n"))
    assert [e for e in raid if e[0] == "ASSAULT"], raid


def test_a_politician_attacking_an_armed_body_over_a_matter_accuses(run):
    art = run("\n\nSenator Halvorsen attacked the army over its budget.\n")
    assert any("Halvorsen" in s and "army" in t for _, s, t, _ in asserted_rows(art, "ACCUSE")), asserted_rows(art)
    assert not asserted_rows(art, "ASSAULT"), asserted_rows(art)
    art = run("\n\nGovernor Pell came under attack from the military for his remarks.\n")
    assert any("military" in s and "Pell" in t for _, s, t, _ in asserted_rows(art, "ACCUSE")), asserted_rows(art)
    assert not asserted_rows(art, "ASSAULT"), asserted_rows(art)
    force = run("\n\nRebels attacked the army near the border, killing four soldiers.\n")
    assert asserted_rows(force, "ASSAULT"), asserted_rows(force)


def test_a_vehicle_striking_someone_is_no_walkout(run):
    art = run("\n\nA bus driver struck and killed a pedestrian on Main Street.\n")
    assert not asserted_rows(art, "PROTEST"), asserted_rows(art)
    walkout = run("\n\nTeachers struck on Monday.\n")
    assert asserted_rows(walkout, "PROTEST"), asserted_rows(walkout)


def test_a_strike_not_authorised_did_not_happen(run):
    art = run("\n\nThe president did not authorise the strike on the village.\n")
    assert not asserted_rows(art, "ASSAULT"), asserted_rows(art)
    done = run("\n\nThe president authorised the strike on the village.\n")
    assert asserted_rows(done, "ASSAULT"), asserted_rows(done)


def test_a_penalty_warned_of_threatens(run):
    art = run("\n\nThe minister warned Iran that sanctions would follow.\n")
    assert any("Iran" == t for _, _, t, _ in asserted_rows(art, "THREATEN")), asserted_rows(art)
    assert not asserted_rows(art, "ACCUSE"), asserted_rows(art)
    claim = run("\n\nThe minister warned that the plan would fail.\n")
    assert asserted_rows(claim, "ACCUSE"), asserted_rows(claim)


def test_a_pledge_to_push_asks_no_one(run):
    art = run("\n\nThe mayor pledged to push for lower taxes in the city council.\n")
    assert not asserted_rows(art, "REQUEST"), asserted_rows(art)
    push = run("\n\nThe mayor pushed for lower taxes in the city council.\n")
    assert asserted_rows(push, "REQUEST"), asserted_rows(push)


def test_walking_away_needs_a_deal_or_talks(run):
    for text in ("Jane Doe walked away the crown at the county pageant.",
                 "After a standoff from which everyone walked away safely, the chief spoke."):
        art = run("\n\n" + text + "\n")
        assert not asserted_rows(art, "REJECT"), asserted_rows(art)
    talks = run("\n\nThe union walked away from the negotiations on Friday.\n")
    assert asserted_rows(talks, "REJECT"), asserted_rows(talks)


def test_a_film_shot_shoots_no_one(run):
    art = run("\n\nThe crew shot the documentary in two weeks.\n")
    assert not asserted_rows(art, "ASSAULT"), asserted_rows(art)
    shot = run("\n\nThe officer shot the suspect in the leg.\n")
    assert asserted_rows(shot, "ASSAULT"), asserted_rows(shot)


def test_an_arrest_not_made_did_not_happen(run):
    for text in ("An arrest has yet to be made.", "An arrest has not been made in the case."):
        art = run("\n\n" + text + "\n")
        assert not asserted_rows(art, "COERCE"), asserted_rows(art)


def test_a_disease_that_killed_is_no_attack(run):
    art = run("\n\nOfficials issued an alert after an outbreak of cholera killed over 60 people this year.\n")
    assert not asserted_rows(art, "ASSAULT"), asserted_rows(art)
    art = run("\n\nOfficials issued an alert after rebels killed over 60 people this year.\n")
    assert asserted_rows(art, "ASSAULT"), asserted_rows(art)


def test_no_one_to_blame_blames_no_one(run):
    art = run("\n\nThe father said there is no one to blame for the accident.\n")
    assert not asserted_rows(art, "ACCUSE"), asserted_rows(art)


def test_a_suit_worn_is_no_lawsuit(run):
    for text in ("Women in head scarves and men in suits flapped their arms.",
                 "The senator walked the halls in high heels and a green suit."):
        art = run("\n\n" + text + "\n")
        assert not asserted_rows(art, "ACCUSE"), asserted_rows(art)
    filed = run("\n\nThe city filed a suit against the company on Monday.\n")
    assert asserted_rows(filed, "ACCUSE"), asserted_rows(filed)


def test_a_web_page_visited_is_no_meeting(run):
    art = run("\n\nTickets are $10. To learn more, visit the group's website.\n")
    assert not asserted_rows(art, "CONSULT"), asserted_rows(art)
    met = run("\n\nThe minister visited Kenya on Monday.\n")
    assert asserted_rows(met, "CONSULT"), asserted_rows(met)


def test_striking_out_is_no_blow_and_no_walkout(run):
    art = run("\n\nAlan, 79, strikes out in marathon.\n")
    assert not asserted_rows(art), asserted_rows(art)
