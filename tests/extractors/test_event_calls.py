"""A call told beside the words said in it (issue 10, branch ev19b; `model._call_named`): a phone or conference call
of an actor with an actor named is a CONSULT event beside the sentence's other events; on invented sentences."""
from __future__ import annotations

from tests.helpers import asserted, types


def test_a_phone_call_beside_what_was_said_in_it_is_a_meeting(run):
    art = run("\n\nDuring their phone call on Monday, Chancellor Albrecht and President Moreau reaffirmed their "
              "commitment to the border treaty, the chancellery said.\n")
    calls = [e for e in asserted(art) if e.type == "CONSULT"]
    assert calls and any("call" in e.trigger.text for e in calls), types(art)
    assert any(e.type == "AGREE" for e in asserted(art)), types(art)   # (the words said in it stay: a commitment
    # reaffirmed is a promise renewed, AGREE, since ev24s)


def test_a_conference_call_with_lawmakers_beside_a_complaint(run):
    art = run("\n\nSpeaker Halvorsen voiced her anger during a Sunday conference call with Democratic lawmakers, "
              "according to two people on the call.\n")
    calls = [e for e in asserted(art) if e.type == "CONSULT"]
    assert calls and any("lawmakers" in p.text for e in calls for p in e.target), types(art)


def test_a_call_with_no_one_named_is_left_to_the_model(run):
    from dateline.extractors.events.model import _call_named
    from dateline.extractors.events.triggers import Candidate, Pattern

    class Tok:                            # (a stand-in noun: only what the rule reads)
        dep_, pos_, ent_type_, lower_, lemma_, text = "pobj", "NOUN", "", "voters", "voter", "voters"

    call = Pattern("noun", "phone_call", "041", "phone", ("with",))
    c = Candidate(token=Tok(), noun=Tok(), pattern=call, first=0, last=0, nominal=True, etype="CONSULT",
                  mode="phone", extra_source=object(), target=[])
    assert not _call_named(c)             # no one it was held with
    c.hypothetical, c.target = True, [Tok()]
    assert not _call_named(c)             # a call planned is no call held
    c.mode = None
    c.hypothetical = False
    assert not _call_named(c)             # a meeting noun (no `phone` mode) stays the model's choice
