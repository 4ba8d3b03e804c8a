"""Criticism, praise and denial said without an accuse, praise or deny verb (issue 10, ev23a;
extractors/events/evaluative.py `_felt_deed`, `_according_to`, checks.py `_withheld_thing`, lexicon/evaluation.tsv):
a feeling of blame about what a named actor did (`disappointed Pell skipped the hearing`), a word of praise for
someone's conduct (`appreciative of X's focus`), a speaker's own denial in a quote (`"I did not send it," she said`)
and a verdict said `according to` someone; on invented sentences, each aimed at one form, with the forms that must
stay no event beside them."""
from __future__ import annotations

from tests.helpers import blames, pairs


def test_a_feeling_of_blame_about_what_someone_did_accuses_them(run):
    art = run("\n\n\u201cI am disappointed the governor did not sign the bill,\u201d Senator Oakes said on Monday.\n")
    assert blames(pairs(art, "ACCUSE"), "Oakes", "governor"), pairs(art, "ACCUSE")
    art = run("\n\nThe mayor said he was angry that Senator Pell had skipped the hearing on the dam.\n")
    assert blames(pairs(art, "ACCUSE"), "he", "Pell") or blames(pairs(art, "ACCUSE"), "mayor", "Pell"), \
        pairs(art, "ACCUSE")


def test_a_feeling_about_a_forecast_a_pronoun_a_passive_or_gladness_is_no_event(run):
    art = run("\n\nThe mayor said he was worried that Senator Pell could lose the vote in March.\n")
    assert not blames(pairs(art, "ACCUSE"), "", "Pell"), pairs(art, "ACCUSE")
    art = run("\n\nThe mayor said he was angry that he had lost the vote in March.\n")
    assert not pairs(art, "ACCUSE"), pairs(art, "ACCUSE")
    art = run("\n\nThe mayor said he was upset that Senator Pell was defeated in the primary.\n")
    assert not blames(pairs(art, "ACCUSE"), "", "Pell"), pairs(art, "ACCUSE")
    art = run("\n\nThe mayor said he was glad Senator Pell had won the vote in March.\n")
    assert not blames(pairs(art, "SUPPORT"), "", "Pell"), pairs(art, "SUPPORT")


def test_appreciative_of_someones_conduct_praises_them(run):
    art = run("\n\nThe farmers' union is particularly appreciative of Senator Oakes's focus on rural hospitals.\n")
    assert blames(pairs(art, "SUPPORT"), "union", "Oakes"), pairs(art, "SUPPORT")


def test_a_speakers_own_denial_in_a_quote_rejects(run):
    art = run("\n\n\u201cI did not send any classified material,\u201d Senator Oakes said on Monday.\n")
    assert blames(pairs(art, "REJECT"), "Oakes", ""), pairs(art, "REJECT")
    art = run("\n\nSenator Oakes repeated: \u201cI am well aware of the rules and did not send classified material.\u201d\n")
    assert blames(pairs(art, "REJECT"), "Oakes", ""), pairs(art, "REJECT")


def test_a_verdict_according_to_someone_is_theirs(run):
    art = run("\n\nAccording to the officer in charge of the base, the scene in the film is entirely untrue.\n")
    assert blames(pairs(art, "REJECT"), "officer", "scene"), pairs(art, "REJECT")
    art = run("\n\nAccording to Senator Pell, the governor is a liar.\n")
    assert blames(pairs(art, "ACCUSE"), "Pell", "governor"), pairs(art, "ACCUSE")


def test_a_verdict_according_to_a_thing_has_no_sayer(run):
    art = run("\n\nAccording to a new poll, the governor is a liar.\n")
    assert not any("poll" in s for s, _ in pairs(art, "ACCUSE")), pairs(art, "ACCUSE")
    art = run("\n\nAccording to the report, the claims are false.\n")
    assert not any("report" in s for s, _ in pairs(art, "REJECT")), pairs(art, "REJECT")


def test_advice_after_would_be_is_a_request(run):
    art = run("\n\nSenator Oakes said the party would be mistaken to move ahead with no budget.\n")
    assert blames(pairs(art, "REQUEST"), "Oakes", "party"), pairs(art, "REQUEST")


def test_a_claim_called_bogus_is_denied(run):
    art = run("\n\n\u201cThe claims are bogus,\u201d Senator Oakes said on Monday.\n")
    assert blames(pairs(art, "REJECT"), "Oakes", "claims"), pairs(art, "REJECT")


def test_a_feeling_about_a_deed_told_as_an_event_keeps_that_event(run):
    """(rev23b) A feeling of blame whose that-clause holds a deed another rule reads as an event does not displace it:
    the attack and the refusal stay."""
    art = run("\n\nThe opposition is angry that army troops attacked the market on Sunday. Farm groups are "
              "disappointed that the Senate rejected the nominee.\n")
    got = {(e.type, e.trigger.text) for e in art.events if not e.negated and not e.hypothetical}
    assert ("ASSAULT", "attacked") in got and ("REJECT", "rejected") in got, got
