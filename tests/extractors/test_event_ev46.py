"""ev46: event typing left open by session 45 (issue 10, precision first), on invented wire sentences; a row marked
`fails on main` failed before the change, a guard passes on both."""
from __future__ import annotations

import pytest

from tests.helpers import found, sides, types


# One type in place of another: a penalty hit back with is a sanction (checks retype), not a retort; a claim called a
# distortion or a falsehood is denied (evaluation.tsv `false`), but a distortion `of` something judges what distorts;
# a sum raised or given to support something is aid (checks retype, event_senses `fundraising`); appealing a
# decision rejects it (event_senses `appealable`), an appeal to people asks.
RETYPED_CASES = [
    ("hit_back_tariffs",   # fails on main: REJECT
     "Trade war widens\n\nOTTAWA (Reuters) - Canada hit back on Friday with tariffs on Brazilian steel.\n",
     "SANCTION", "REJECT"),
    ("hit_back_sanctions",   # fails on main: REJECT aimed at the sanctions
     "Trade war widens\n\nKIEV (Reuters) - Ukraine hits back with sanctions against Belarus.\n", "SANCTION", "REJECT"),
    ("hit_back_at_critics",   # a guard: words
     "Mayor answers\n\nSALEM, Ore. (AP) - Mayor Dana Pruitt hit back at his critics on Tuesday.\n", "ACCUSE",
     "SANCTION"),
    ("distortion",   # fails on main: ACCUSE
     "Senate report\n\nSALEM, Ore. (AP) - The senator said the report was a distortion.\n", "REJECT", "ACCUSE"),
    ("falsehood",   # fails on main: no REJECT
     "Senate report\n\nSALEM, Ore. (AP) - \"The story about the council is a falsehood,\" a spokesman for the mayor "
     "said.\n", "REJECT", "ACCUSE"),
    ("distortion_of_events",   # a guard: what distorts them is judged
     "Film criticised\n\nSALEM, Ore. (AP) - \"The film is a distortion of the events and of the officers who served "
     "that night,\" the police chief said.\n", "ACCUSE", "REJECT"),
    ("sum_raised",   # fails on main: SUPPORT
     "Walk raises funds\n\nSALEM, Ore. (AP) - Mayor Dana Pruitt raised $3,150 to support the programs of the Red "
     "Cross.\n", "AID", "SUPPORT"),
    ("backing_no_sum",   # a guard: no sum given, backing
     "Union backs senator\n\nSALEM, Ore. (AP) - The teachers' union voted on Monday to support Senator Ruth Ames.\n",
     "SUPPORT", "AID"),
    ("appeal_decision",   # fails on main: REQUEST
     "Land case\n\nSALEM, Ore. (AP) - Rancher Tom Beale appealed the decision on Monday, his lawyer said.\n",
     "REJECT", "REQUEST"),
    ("appeal_to_people",   # a guard: asks
     "Storm nears\n\nSALEM, Ore. (AP) - Mayor Dana Pruitt appealed to residents for calm on Monday.\n", "REQUEST",
     "REJECT"),
]


@pytest.mark.parametrize("text, wanted, unwanted", [pytest.param(*r[1:], id=r[0]) for r in RETYPED_CASES])
def test_type_taken(run, text, wanted, unwanted):
    art = run(text)
    assert found(art, wanted) and not found(art, unwanted), types(art)


# Whom the retyped event is aimed at: what a penalty is put on; whose ruling is appealed, never the court.
AIMED_CASES = [
    ("sanctions_against",   # fails on main: no SANCTION
     "Trade war widens\n\nKIEV (Reuters) - Ukraine hits back with sanctions against Belarus.\n", "SANCTION",
     "Belarus", "sanctions"),
    ("owned_ruling",   # fails on main: REQUEST
     "Land case\n\nSALEM, Ore. (AP) - The county appealed the judge's ruling to the state supreme court.\n", "REJECT",
     "judge", "court"),
]


@pytest.mark.parametrize("text, etype, aimed, not_aimed", [pytest.param(*r[1:], id=r[0]) for r in AIMED_CASES])
def test_retyped_event_aimed(run, text, etype, aimed, not_aimed):
    art = run(text)
    targets = [" ".join(sides(e)[1]) for e in found(art, etype)]
    assert targets and all(aimed in t and not_aimed not in t for t in targets), types(art)


# A word of judgement said of a thing is a verdict on it, not the thing's feeling (evaluative._feeling): the sayer
# is the source, never the thing judged.
def test_thing_judged_is_not_the_source(run):
    """fails on main: `his temperament` was the source."""
    art = run("Race heats up\n\nSALEM, Ore. (AP) - Mayor Dana Pruitt says his temperament is \"dangerous for a "
              "governor.\"\n")
    srcs = [" ".join(sides(e)[0]) for e in found(art, "ACCUSE")]
    assert srcs and not any("temperament" in s for s in srcs), srcs


# Words that make no event of their type: declining to speak or talk to the press or about a matter gives no
# comment (checks._sense, as `declined to comment`); breaking with a custom (event_senses `custom`) breaks with no
# one; people of private life who meet (checks._private_meeting, event_senses `privateperson`) consult no actor.
NO_EVENT_CASES = [
    ("speak_to_reporters",   # fails on main: REJECT aimed at the reporters
     "Budget row\n\nSALEM, Ore. (AP) - The finance minister declined to speak to reporters after the vote on "
     "Tuesday.\n", "REJECT"),
    ("talk_about",   # fails on main: REJECT
     "Budget row\n\nSALEM, Ore. (AP) - The county sheriff refused to talk about the inquiry on Tuesday.\n", "REJECT"),
    ("speak_with_outlet",   # fails on main: REJECT aimed at the newspaper
     "Budget row\n\nSALEM, Ore. (AP) - Mayor Dana Pruitt declined to speak with the newspaper on Tuesday.\n", "REJECT"),
    ("tradition",   # fails on main: REJECT aimed at the tradition
     "Ship named\n\nSOUTHAMPTON, England (AP) - Harland Cruises broke with tradition by asking a singer to name its "
     "new liner.\n", "REJECT"),
    ("precedent",   # fails on main: REJECT
     "Court rules\n\nSALEM, Ore. (AP) - The state appeals court broke with precedent on Monday.\n", "REJECT"),
    ("man_and_woman",   # fails on main: CONSULT
     "Fraud charged\n\nNORFOLK, Va. (AP) - The man and the woman met over the Internet in June, court papers "
     "say.\n", "CONSULT"),
    ("at_a_cafe",   # fails on main: CONSULT
     "Fraud charged\n\nNORFOLK, Va. (AP) - The woman met the man at a cafe near the harbor in June, court papers "
     "say.\n", "CONSULT"),
]


@pytest.mark.parametrize("text, etype", [pytest.param(*r[1:], id=r[0]) for r in NO_EVENT_CASES])
def test_no_event_of_the_type(run, text, etype):
    art = run(text)
    assert not found(art, etype), types(art)


# Guards: the same words with an actor on the other side stay events of their type, aimed at that actor.
KEPT_CASES = [
    ("speak_with_a_party",   # `refused to speak with the strikers`: a meeting turned down
     "Strike goes on\n\nSALEM, Ore. (AP) - The governor refused to speak with the striking nurses on Tuesday.\n",
     "REJECT", "nurses"),
    ("break_with_a_person",   # `broke with the governor`: a tie to someone broken
     "Party split\n\nSALEM, Ore. (AP) - Senator Ruth Ames broke with the governor over the budget on Monday.\n",
     "REJECT", "governor"),
    ("meeting_an_official",   # `We met the mayor at a cafe`: an actor met
     "Port deal\n\nNORFOLK, Va. (AP) - \"We met the mayor at a cafe near the harbor in June,\" the union leader "
     "said.\n", "CONSULT", "mayor"),
]


@pytest.mark.parametrize("text, etype, aimed", [pytest.param(*r[1:], id=r[0]) for r in KEPT_CASES])
def test_kept_with_an_actor(run, text, etype, aimed):
    art = run(text)
    assert any(aimed in " ".join(sides(e)[1]) for e in found(art, etype)), types(art)
