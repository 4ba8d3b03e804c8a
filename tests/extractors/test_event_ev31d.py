"""Issue 10, criticism and praise said in quotes and judgements (ev31d): forms of missed required ACCUSE and SUPPORT
entries of tune (even half), each fixed for its class; invented sentences."""
from __future__ import annotations

from tests.helpers import found, sides, types


def test_someone_said_to_act_or_sound_like_something_bad_is_criticised(run):
    art = run("\n\nThe senator said the governor sounds like a dictator.\n")
    assert [sides(e) for e in found(art, "ACCUSE")] == [(["The senator"], ["the governor"])], types(art)
    art = run('\n\n"She talks like a bully," the mayor said of the governor.\n')
    assert [sides(e) for e in found(art, "ACCUSE")] == [(["the mayor"], ["the governor"])], types(art)


def test_a_likeness_of_a_thing_of_the_speaker_or_denied_is_no_criticism(run):
    for text in ("The plan looks like a disaster, the senator said.",       # a thing, no one
                 '"I sound like a fool," the senator said.',               # the speaker's own
                 "The senator does not act like a bully, the mayor said.",  # denied
                 "The governor acted like a bully at the meeting.",         # no one says so: the writer's
                 "The governor looks like a winner, the senator said."):    # nothing bad
        art = run("\n\n" + text + "\n")
        assert not found(art, "ACCUSE"), (text, types(art))


def test_an_actor_said_to_be_fair_is_praised(run):
    art = run("\n\nThe lawyer said the judge was very fair.\n")
    assert [sides(e) for e in found(art, "SUPPORT")] == [(["The lawyer"], ["the judge"])], types(art)
    for text in ("It is fair to say the mayor lost, the senator said.",
                 "The lawyer said the judge was not fair."):
        art = run("\n\n" + text + "\n")
        assert not found(art, "SUPPORT"), (text, types(art))
