"""Precision checks of the eighteenth session (extractors/events/checks.py and crime.py, ev18p), on invented
sentences: each class of false ASSAULT, COERCE, CONSULT, CONCEDE or REQUEST event is gone, and the like sentence that
tells a real event keeps it."""
from __future__ import annotations

import pytest

from tests.helpers import asserted

GONE = [  # (text, types that must not be asserted, a type that must be)
    # a view asked for (event_senses `opinion`)
    ("Every week since early spring we have asked a panel of 25 campaign watchers to rank who is the best "
     "candidate in this contest.", {"REQUEST"}, None),
    # idioms
    ("The critics begged the question of whether the mayor was up to the job.", {"REQUEST"}, None),
    # a thing sought, parsed as a complement clause
    ("However, the vote produced the result that the mayor was seeking.", {"REQUEST"}, None),
    # running, staging or aiming, no order
    ("He directs the Center for Tax Policy, a research group.", {"REQUEST"}, None),
    ("The play, written by Sam Hale and directed by Linda Moore, opens Friday.", {"REQUEST"}, None),
    # pushing to do a thing: trying
    ("Union leaders are pushing to make the contract binding.", {"REQUEST"}, None),
    # a campaign stop
    ("The governor visited Ohio on Saturday, holding a rally in Columbus that drew 5,000 people in the presidential "
     "primary.", {"CONSULT"}, None),
    # a state seen, after a verb of seeming
    ("The prosecutor, Jane Hill, looked crushed as she walked out of the courtroom.", {"COERCE"}, None),
    ("The defense lawyer looked beaten after the verdict was read.", {"ASSAULT"}, None),
    # press routine
    ("The senator did not reply to requests to comment about the audit.", {"REQUEST"}, None),
    ("The mayor's office did not answer requests seeking comment.", {"REQUEST"}, None),
    ('Speaking to CNN\'s "Inside Politics," the governor\'s top strategist lashed out at what he called a nasty '
     "campaign.", {"CONSULT"}, "ACCUSE"),
    # asked of no one in particular
    ("The candidate remains hard to manage, especially when advised to soften his campaign style.", {"REQUEST"}, None),
    # an ad released
    ("On the eve of the primary, a super PAC is releasing a robocall attacking the senator.", {"CONCEDE"}, None),
    # an act said to be needed
    ("Further discussion on this issue is unnecessary, the election board said.", {"CONSULT"}, None),
    # a hazard the victims died in
    ("Neighbors mourn two brothers killed in a blaze.", {"ASSAULT"}, None),
    # voters sought, attacks in words
    ("The governor's allies have begun spending money targeting Hispanic voters in the two states.", {"ASSAULT"}, None),
    ("The mayor said the senator's backers had targeted delegates with threatening emails.", {"ASSAULT"}, "ACCUSE"),
    ("Four soldiers were killed in the ambush last year. Republicans are searching for a new line of attack because "
     "interest in the ambush has faded.", set(), "ACCUSE"),
    # a coercion ended
    ("The opposition leader was released from house arrest in 2010.", {"COERCE"}, None),
    # calls that are messages, no appeal (event_senses `callmedium`)
    ("Harlow dispatchers sent a last radio call to honor their colleague, who died on duty.",
     {"REQUEST"}, None),
    ("The governor said he then recorded robo-calls for the mayor and hosted a fundraiser for him.", {"REQUEST"}, None),
    # an aim put as a pseudo-cleft
    ("What the government wants first and foremost is to besiege the rebels and defeat them.", {"ASSAULT"}, None),
]

KEPT = [  # the like sentence with a real event: (text, its type)
    ("The mayor asked the council to approve the budget.", "REQUEST"),
    ("The president directed the agency to review the rules.", "REQUEST"),
    ("The governor pushed the council to approve the budget.", "REQUEST"),
    ("The governor visited the president on Saturday to campaign for the bill in the primary.", "CONSULT"),
    ("Four children were killed in a shooting on Main Street.", "ASSAULT"),
    ("Militants targeted Christian villagers with rockets.", "ASSAULT"),
    ("Police arrested the man and placed him under house arrest.", "COERCE"),
    ("The senator spoke with the prime minister by phone.", "CONSULT"),
    ("Four soldiers were killed in the ambush last year. Republicans launched a new attack on the rebels on Monday.",
     "ASSAULT"),
    ("What the governor did next was to attack the rebels.", "ASSAULT"),
    ("The rebels launched a line of attacks on army posts.", "ASSAULT"),    # the idiom `line of attack` is singular
]


@pytest.mark.parametrize("text,gone,kept", GONE)
def test_a_false_event_of_the_class_is_gone(run, text, gone, kept):
    found = {e.type for e in asserted(run(f"\n\n{text}\n"))}
    assert not found & gone, found
    assert kept is None or kept in found, found


@pytest.mark.parametrize("text,kept", KEPT)
def test_the_like_real_event_stays(run, text, kept):
    assert kept in {e.type for e in asserted(run(f"\n\n{text}\n"))}


def test_victims_identified_again_are_no_new_killing(run):
    events = asserted(run("\n\nA man was shot dead on Main Street on Sunday night. The county coroner identified "
                          "the man killed as John Doe, 32.\n"))
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["shot"]
