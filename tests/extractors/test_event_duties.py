"""Requests laid in other words than a modal, refusals of backing and denials that something happened (issue 10,
ev21q), on invented sentences: each behaviour and a near miss it must leave alone."""
from __future__ import annotations

from tests.helpers import found, shown


def test_a_duty_laid_in_other_words_by_a_speaker_asks_the_one_it_is_laid_on(run):
    art = run("\n\nSenator Mary Holt said on Tuesday that it is up to Governor Dale Brandt to close the budget gap. "
              "Mayor Dan Brook said the onus is on the council to explain the delay. \"Now is the time for the "
              "party's leaders to rally behind the ticket,\" said Tom Reyes, a former chairman. Reyes argued that "
              "the governor would be wise to call the legislature back.\n")
    got = {e.trigger.text: e for e in found(art, "REQUEST")}
    assert {"up", "onus", "time", "wise"} <= set(got), shown(art)
    assert "Holt" in got["up"].source[0].text and "Brandt" in got["up"].target[0].text, shown(art)
    assert "Brook" in got["onus"].source[0].text and "council" in got["onus"].target[0].text, shown(art)
    assert "Reyes" in got["time"].source[0].text and "leaders" in got["time"].target[0].text, shown(art)
    assert got["wise"].target[0].text == "the governor", shown(art)


def test_a_duty_denied_laid_on_anyone_or_on_a_passive_asks_no_one(run):
    art = run("\n\nSenator Mary Holt said it is not up to Governor Dale Brandt to close the budget gap. \"At the end "
              "of the day it is up to a producer to protect the film,\" the director said. Holt said it was time for "
              "the country to be led by a steady hand. It is time for the central bank to raise rates.\n")
    assert not [e for e in found(art, "REQUEST") if e.trigger.text in ("up", "time")], shown(art)


def test_backing_said_to_be_impossible_is_refused(run):
    art = run("\n\nHouse Speaker Tom Reyes declared on Thursday that he cannot support Governor Dale Brandt. "
              "\"I can't vote for Brandt,\" said Ann Hale, a retired teacher.\n")
    got = found(art, "REJECT")
    assert {e.trigger.text for e in got} >= {"support", "vote"}, shown(art)
    assert any("Reyes" in e.source[0].text and "Brandt" in e.target[0].text for e in got), shown(art)


def test_people_described_as_unable_to_back_someone_refuse_nothing(run):
    art = run("\n\nMayor Dan Brook said he hopes voters who cannot bring themselves to vote for Governor Dale Brandt "
              "still go to the polls.\n")
    assert not found(art, "REJECT"), shown(art)


def test_a_speaker_denying_that_it_happened_rejects_the_account(run):
    art = run("\n\nThe film shows the chief ordering the guards to stand down. \"That never happened,\" Bob Hale "
              "said. \"There never was an order to wait,\" said the chief, Tom Reyes. Mayor Dan Brook said that did "
              "not happen.\n")
    got = found(art, "REJECT")
    assert {e.trigger.text for e in got} >= {"happened", "was", "happen"}, shown(art)
    assert any("Hale" in e.source[0].text for e in got if e.trigger.text == "happened"), shown(art)


def test_things_that_never_happened_to_one_or_were_never_better_deny_nothing(run):
    art = run("\n\n\"It never happened to me before,\" Bob Hale said. \"There has never been a better candidate,\" "
              "Mayor Dan Brook said. The promised recovery, the economists concluded, never happened.\n")
    assert not found(art, "REJECT"), shown(art)


def test_never_on_the_modal_denies_the_act_it_carries(run):
    art = run("\n\n\"To be clear, the republic does not, and never will, accept the junta as a government,\" "
              "Foreign Minister Ann Hale said.\n")
    got = found(art, "REJECT")
    assert any(e.trigger.text == "accept" and "junta" in e.target[0].text for e in got), shown(art)
    assert not found(art, "AGREE"), shown(art)


def test_one_said_to_deserve_the_sack_is_blamed(run):
    art = run("\n\nSenator Mary Holt said the campaign chairman, Tom Reyes, should be sacked over the leak.\n")
    got = found(art, "ACCUSE")
    assert any(e.trigger.text == "sacked" and "Holt" in e.source[0].text for e in got), shown(art)
