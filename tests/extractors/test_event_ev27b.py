"""Misfires last session's reviewers found (issue 10, ev27b), on invented sentences: one test of an armed force for
every rule that reads one, a politician's words about an armed body, a vehicle's blow, a strike not authorised, a
penalty warned of, a pledge to push; and false events of local news (walking away with no deal, a film shot, an
arrest not made). Each with the form that must keep its event beside it."""
from __future__ import annotations


def asserted(article, etype=None):
    """(type, source texts, target texts, trigger) of the events that happened, of one type or all."""
    return [(e.type, " ".join(p.text for p in e.source), " ".join(p.text for p in e.target), e.trigger.text)
            for e in article.events if not e.negated and not e.hypothetical and (etype is None or e.type == etype)]


def test_a_civil_force_is_no_armed_one_for_strikes_and_fire(run):
    walkout = asserted(run("\n\nThe labor force struck on Monday.\n"))
    assert [e for e in walkout if e[0] == "PROTEST"] and not [e for e in walkout if e[0] == "ASSAULT"], walkout
    words = asserted(run("\n\nGovernor Pell came under fire from the governor's own task force over the report.\n"),
                     "ACCUSE")
    assert any("task force" in s and "Pell" in t for _, s, t, _ in words), words
    raid = asserted(run("\n\nThe troops struck on Monday.\n"))
    assert [e for e in raid if e[0] == "ASSAULT"], raid


def test_a_politician_attacking_an_armed_body_over_a_matter_accuses(run):
    art = run("\n\nSenator Halvorsen attacked the army over its budget.\n")
    assert any("Halvorsen" in s and "army" in t for _, s, t, _ in asserted(art, "ACCUSE")), asserted(art)
    assert not asserted(art, "ASSAULT"), asserted(art)
    art = run("\n\nGovernor Pell came under attack from the military for his remarks.\n")
    assert any("military" in s and "Pell" in t for _, s, t, _ in asserted(art, "ACCUSE")), asserted(art)
    assert not asserted(art, "ASSAULT"), asserted(art)
    force = run("\n\nRebels attacked the army near the border, killing four soldiers.\n")
    assert asserted(force, "ASSAULT"), asserted(force)


def test_a_vehicle_striking_someone_is_no_walkout(run):
    art = run("\n\nA bus driver struck and killed a pedestrian on Main Street.\n")
    assert not asserted(art, "PROTEST"), asserted(art)
    walkout = run("\n\nTeachers struck on Monday.\n")
    assert asserted(walkout, "PROTEST"), asserted(walkout)


def test_a_strike_not_authorised_did_not_happen(run):
    art = run("\n\nThe president did not authorise the strike on the village.\n")
    assert not asserted(art, "ASSAULT"), asserted(art)
    done = run("\n\nThe president authorised the strike on the village.\n")
    assert asserted(done, "ASSAULT"), asserted(done)


def test_a_penalty_warned_of_threatens(run):
    art = run("\n\nThe minister warned Iran that sanctions would follow.\n")
    assert any("Iran" == t for _, _, t, _ in asserted(art, "THREATEN")), asserted(art)
    assert not asserted(art, "ACCUSE"), asserted(art)
    claim = run("\n\nThe minister warned that the plan would fail.\n")
    assert asserted(claim, "ACCUSE"), asserted(claim)


def test_a_pledge_to_push_asks_no_one(run):
    art = run("\n\nThe mayor pledged to push for lower taxes in the city council.\n")
    assert not asserted(art, "REQUEST"), asserted(art)
    push = run("\n\nThe mayor pushed for lower taxes in the city council.\n")
    assert asserted(push, "REQUEST"), asserted(push)


def test_walking_away_needs_a_deal_or_talks(run):
    for text in ("Jane Doe walked away the crown at the county pageant.",
                 "After a standoff from which everyone walked away safely, the chief spoke."):
        art = run("\n\n" + text + "\n")
        assert not asserted(art, "REJECT"), asserted(art)
    talks = run("\n\nThe union walked away from the negotiations on Friday.\n")
    assert asserted(talks, "REJECT"), asserted(talks)


def test_a_film_shot_shoots_no_one(run):
    art = run("\n\nThe crew shot the documentary in two weeks.\n")
    assert not asserted(art, "ASSAULT"), asserted(art)
    shot = run("\n\nThe officer shot the suspect in the leg.\n")
    assert asserted(shot, "ASSAULT"), asserted(shot)


def test_an_arrest_not_made_did_not_happen(run):
    for text in ("An arrest has yet to be made.", "An arrest has not been made in the case."):
        art = run("\n\n" + text + "\n")
        assert not asserted(art, "COERCE"), asserted(art)


def test_a_disease_that_killed_is_no_attack(run):
    art = run("\n\nOfficials issued an alert after an outbreak of cholera killed over 60 people this year.\n")
    assert not asserted(art, "ASSAULT"), asserted(art)
    art = run("\n\nOfficials issued an alert after rebels killed over 60 people this year.\n")
    assert asserted(art, "ASSAULT"), asserted(art)


def test_no_one_to_blame_blames_no_one(run):
    art = run("\n\nThe father said there is no one to blame for the accident.\n")
    assert not asserted(art, "ACCUSE"), asserted(art)


def test_a_suit_worn_is_no_lawsuit(run):
    for text in ("Women in head scarves and men in suits flapped their arms.",
                 "The senator walked the halls in high heels and a green suit."):
        art = run("\n\n" + text + "\n")
        assert not asserted(art, "ACCUSE"), asserted(art)
    filed = run("\n\nThe city filed a suit against the company on Monday.\n")
    assert asserted(filed, "ACCUSE"), asserted(filed)


def test_a_web_page_visited_is_no_meeting(run):
    art = run("\n\nTickets are $10. To learn more, visit the group's website.\n")
    assert not asserted(art, "CONSULT"), asserted(art)
    met = run("\n\nThe minister visited Kenya on Monday.\n")
    assert asserted(met, "CONSULT"), asserted(met)


def test_striking_out_is_no_blow_and_no_walkout(run):
    art = run("\n\nAlan, 79, strikes out in marathon.\n")
    assert not asserted(art), asserted(art)
