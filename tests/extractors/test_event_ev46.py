"""ev46: event typing left open by session 45 (issue 10, precision first), on invented wire sentences; a row marked
`fails on main` failed before the change, a guard passes on both."""
from __future__ import annotations

import pytest

from tests.helpers import found, sides, types


# Declining to speak or talk to the press, or about a matter, gives no comment (checks._sense, as `declined to
# comment`): no refusal of anyone.
NO_COMMENT_CASES = [
    ("speak_to_reporters",   # fails on main: REJECT aimed at the reporters
     "Budget row\n\nSALEM, Ore. (AP) - The finance minister declined to speak to reporters after the vote on "
     "Tuesday.\n"),
    ("talk_about",   # fails on main: REJECT
     "Budget row\n\nSALEM, Ore. (AP) - The county sheriff refused to talk about the inquiry on Tuesday.\n"),
    ("speak_with_outlet",   # fails on main: REJECT aimed at the newspaper
     "Budget row\n\nSALEM, Ore. (AP) - Mayor Dana Pruitt declined to speak with the newspaper on Tuesday.\n"),
]


@pytest.mark.parametrize("text", [pytest.param(r[1], id=r[0]) for r in NO_COMMENT_CASES])
def test_declined_to_speak_to_the_press_is_no_refusal(run, text):
    art = run(text)
    assert not found(art, "REJECT"), types(art)


def test_refused_to_speak_with_a_party_stays_a_refusal(run):
    """`refused to speak with the strikers`: a meeting turned down, still REJECT (a guard)."""
    art = run("Strike goes on\n\nSALEM, Ore. (AP) - The governor refused to speak with the striking nurses on "
              "Tuesday.\n")
    assert any("nurses" in " ".join(sides(e)[1]) for e in found(art, "REJECT")), types(art)


# A penalty hit back with is a sanction (checks retype), not a retort.
HIT_BACK_CASES = [
    ("tariffs",   # fails on main: REJECT
     "Trade war widens\n\nOTTAWA (Reuters) - Canada hit back on Friday with tariffs on Brazilian steel.\n"),
    ("sanctions",   # fails on main: REJECT aimed at the sanctions
     "Trade war widens\n\nKIEV (Reuters) - Ukraine hits back with sanctions against Belarus.\n"),
]


@pytest.mark.parametrize("text", [pytest.param(r[1], id=r[0]) for r in HIT_BACK_CASES])
def test_hit_back_with_a_penalty_is_a_sanction(run, text):
    art = run(text)
    assert found(art, "SANCTION") and not found(art, "REJECT"), types(art)


def test_hit_back_with_a_penalty_aims_at_whom_it_is_put_on(run):
    art = run("Trade war widens\n\nKIEV (Reuters) - Ukraine hits back with sanctions against Belarus.\n")
    assert any("Belarus" in " ".join(sides(e)[1]) for e in found(art, "SANCTION")), types(art)


def test_hit_back_at_critics_stays_criticism(run):
    """`hit back at his critics`: words (a guard)."""
    art = run("Mayor answers\n\nSALEM, Ore. (AP) - Mayor Dana Pruitt hit back at his critics on Tuesday.\n")
    assert found(art, "ACCUSE") and not found(art, "SANCTION"), types(art)


# A claim called a distortion or a falsehood is denied (evaluation.tsv `false`): REJECT, as `that is false`.
FALSE_CASES = [
    ("distortion",   # fails on main: ACCUSE
     "Senate report\n\nSALEM, Ore. (AP) - The senator said the report was a distortion.\n"),
    ("falsehood",   # fails on main: no REJECT
     "Senate report\n\nSALEM, Ore. (AP) - \"The story about the council is a falsehood,\" a spokesman for the "
     "mayor said.\n"),
]


@pytest.mark.parametrize("text", [pytest.param(r[1], id=r[0]) for r in FALSE_CASES])
def test_claim_called_a_distortion_is_denied(run, text):
    art = run(text)
    assert found(art, "REJECT") and not found(art, "ACCUSE"), types(art)


def test_distortion_of_events_stays_a_verdict(run):
    """`a distortion of the events`: what distorts them is judged, ACCUSE (a guard)."""
    art = run("Film criticised\n\nSALEM, Ore. (AP) - \"The film is a distortion of the events and of the officers "
              "who served that night,\" the police chief said.\n")
    assert found(art, "ACCUSE") and not found(art, "REJECT"), types(art)


# Breaking with a custom (event_senses `custom`) breaks with no one (checks._sense).
BREAK_CASES = [
    ("tradition",   # fails on main: REJECT aimed at the tradition
     "Ship named\n\nSOUTHAMPTON, England (AP) - Harland Cruises broke with tradition by asking a singer to name its "
     "new liner.\n"),
    ("precedent",   # fails on main: REJECT
     "Court rules\n\nSALEM, Ore. (AP) - The state appeals court broke with precedent on Monday.\n"),
]


@pytest.mark.parametrize("text", [pytest.param(r[1], id=r[0]) for r in BREAK_CASES])
def test_break_with_a_custom_is_no_rejection(run, text):
    art = run(text)
    assert not found(art, "REJECT"), types(art)


def test_break_with_a_person_stays_a_rejection(run):
    """`broke with the governor over the budget`: a tie to someone broken (a guard)."""
    art = run("Party split\n\nSALEM, Ore. (AP) - Senator Ruth Ames broke with the governor over the budget on "
              "Monday.\n")
    assert any("governor" in " ".join(sides(e)[1]) for e in found(art, "REJECT")), types(art)


# A word of judgement said of a thing is a verdict on it, not the thing's feeling (evaluative._feeling): the sayer
# is the source, never the thing judged.
THING_JUDGED_CASES = [
    ("owned_thing",   # fails on main: `his temperament` was the source
     "Race heats up\n\nSALEM, Ore. (AP) - Mayor Dana Pruitt says his temperament is \"dangerous for a governor.\"\n"),
]


@pytest.mark.parametrize("text", [pytest.param(r[1], id=r[0]) for r in THING_JUDGED_CASES])
def test_thing_judged_is_not_the_source(run, text):
    art = run(text)
    srcs = [" ".join(sides(e)[0]) for e in found(art, "ACCUSE")]
    assert srcs and not any("temperament" in s for s in srcs), srcs


# A sum raised or given to support something is aid (checks retype, event_senses `fundraising`), no words of backing.
def test_sum_raised_to_support_is_aid(run):
    """fails on main: SUPPORT."""
    art = run("Walk raises funds\n\nSALEM, Ore. (AP) - Mayor Dana Pruitt raised $3,150 to support the programs of the "
              "Red Cross.\n")
    assert found(art, "AID") and not found(art, "SUPPORT"), types(art)


def test_backing_with_no_sum_stays_support(run):
    """`campaigned to support Senator Hale`: no sum given, backing (a guard)."""
    art = run("Union backs senator\n\nSALEM, Ore. (AP) - The teachers' union voted on Monday to support Senator Ruth "
              "Ames.\n")
    assert found(art, "SUPPORT") and not found(art, "AID"), types(art)


# Appealing a decision rejects it (checks retype, event_senses `appealable`); an appeal to people asks.
APPEAL_CASES = [
    ("decision",   # fails on main: REQUEST
     "Land case\n\nSALEM, Ore. (AP) - Rancher Tom Beale appealed the decision on Monday, his lawyer said.\n", ""),
    ("owned_ruling",   # fails on main: REQUEST
     "Land case\n\nSALEM, Ore. (AP) - The county appealed the judge's ruling to the state supreme court.\n", "judge"),
]


@pytest.mark.parametrize("text, owner", [pytest.param(*r[1:], id=r[0]) for r in APPEAL_CASES])
def test_appealing_a_decision_rejects_it(run, text, owner):
    art = run(text)
    rej = found(art, "REJECT")
    assert rej and not found(art, "REQUEST"), types(art)
    assert all("court" not in " ".join(sides(e)[1]) for e in rej), [sides(e) for e in rej]
    assert not owner or any(owner in " ".join(sides(e)[1]) for e in rej), [sides(e) for e in rej]


def test_appeal_to_people_stays_a_request(run):
    """`appealed to residents for calm`: asks (a guard)."""
    art = run("Storm nears\n\nSALEM, Ore. (AP) - Mayor Dana Pruitt appealed to residents for calm on Monday.\n")
    assert found(art, "REQUEST") and not found(art, "REJECT"), types(art)


# People of private life who meet consult no actor (checks._private_meeting, event_senses `privateperson`).
PRIVATE_MEETING_CASES = [
    ("man_and_woman",   # fails on main: CONSULT
     "Fraud charged\n\nNORFOLK, Va. (AP) - The man and the woman met over the Internet in June, court papers say.\n"),
    ("at_a_cafe",   # fails on main: CONSULT
     "Fraud charged\n\nNORFOLK, Va. (AP) - The woman met the man at a cafe near the harbor in June, court papers "
     "say.\n"),
]


@pytest.mark.parametrize("text", [pytest.param(r[1], id=r[0]) for r in PRIVATE_MEETING_CASES])
def test_private_meeting_is_no_consultation(run, text):
    art = run(text)
    assert not found(art, "CONSULT"), types(art)


def test_meeting_an_official_stays_a_consultation(run):
    """`We met the mayor at a cafe`: an actor met (a guard)."""
    art = run("Port deal\n\nNORFOLK, Va. (AP) - \"We met the mayor at a cafe near the harbor in June,\" the union "
              "leader said.\n")
    assert found(art, "CONSULT"), types(art)
