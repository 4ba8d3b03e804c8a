"""The type of an event found, and requests and refusals the choice of a sentence's events left out (issue 10,
ev15t): a request verb said outright, a quoted sentence saying an actor should act, a forecast that is no request."""
from __future__ import annotations

from tests.helpers import found, shown


def test_a_request_verb_said_outright_is_kept_beside_hypothetical_acts(run):
    art = run("\n\nLindqvist said Estonia's Interior Ministry requested that Varga be released to his home country to "
              "serve his sentence there and suggested he would be freed in 2019 and sent back to Finland.\n")
    got = found(art, "REQUEST")
    assert any(e.trigger.text == "requested" and any("Interior Ministry" in p.text for p in e.source) for e in got), \
        shown(art)


def test_a_quoted_sentence_saying_an_actor_should_act_is_the_speakers_request(run):
    art = run("\n\n\"The council must open the files,\" said Maren Holt, the party's leader. \"The governor should "
              "resign before the vote.\"\n")
    got = found(art, "REQUEST")
    assert any(e.trigger.text == "resign" and any("Holt" in p.text for p in e.source)
               and any("governor" in p.text for p in e.target) for e in got), shown(art)


def test_we_should_in_a_quote_asks_no_one(run):
    art = run("\n\n\"We should move on to the next question,\" said Maren Holt, the party's leader. \"We have to "
              "go out and earn support.\"\n")
    assert not any(e.trigger.text in ("have", "move") for e in found(art, "REQUEST")), shown(art)


def test_should_win_is_a_forecast_not_a_request(run):
    art = run("\n\n\"Ortega should win by ten points in the primary,\" Holt said.\n")
    assert not found(art, "REQUEST"), shown(art)


def test_turning_a_thing_down_in_other_words_is_a_refusal(run):
    for text in ("The minister brushed aside the criticism.", "The senator waved off questions about the donation.",
                 "Kim shot down the idea of talks.", "The union voted down the contract."):
        art = run("\n\n" + text + "\n")
        assert found(art, "REJECT") and not found(art, "ACCUSE"), (text, shown(art))


def test_shooting_down_an_aircraft_stays_force(run):
    art = run("\n\nRebels shot down a government helicopter near the border.\n")
    assert found(art, "ASSAULT") and not found(art, "REJECT"), shown(art)


def test_begging_and_clamoring_ask(run):
    for text in ("Councillor Okafor begged the board to reconsider the closure.",
                 "Residents of Dunmore clamored for a new school."):
        art = run("\n\n" + text + "\n")
        assert found(art, "REQUEST"), (text, shown(art))


def test_should_have_and_must_have_ask_nothing(run):
    """(rev15a) a modal perfect is a reproach (`should have arrested him`) or an inference (`must have attacked`):
    no request, in a quote of its own or in a reported clause."""
    for text in ("\"The council must open the files,\" said Maren Holt. \"The police should have arrested him.\"",
                 "\"The council must open the files,\" said Maren Holt. \"The rebels must have attacked the convoy.\"",
                 "Maren Holt said the governor should have resigned in May."):
        art = run("\n\n" + text + "\n")
        assert not any(e.trigger.text in ("arrested", "attacked", "resigned") for e in found(art, "REQUEST")), \
            (text, shown(art))


def test_needing_to_win_is_a_forecast_not_a_request(run):
    """(rev15a) the state verbs hold under `need to`, `have to` as under `should`: `needs to win the war`."""
    art = run("\n\n\"The council must open the files,\" said Maren Holt. \"Ukraine needs to win this war.\"\n")
    assert not any(e.trigger.text == "needs" for e in found(art, "REQUEST")), shown(art)
    art = run("\n\nHolt said Ukraine needs to halt the offensive.\n")   # an act asked stays a request
    assert any(e.trigger.text == "needs" for e in found(art, "REQUEST")), shown(art)


def test_shooting_down_a_rumour_is_a_refusal(run):
    """(rev15a) `shot down rumors of a coup`: an account turned down, no force."""
    art = run("\n\nThe general shot down rumors of a coup in the capital.\n")
    assert found(art, "REJECT") and not found(art, "ASSAULT"), shown(art)


def test_a_past_duty_in_a_quote_asks_nothing(run):
    """(rev15a) quoted words are not moved into the past as reported ones are: `"The army had to retreat"` tells
    what was done, `"The government needed to act faster"` a reproach; neither is the speaker's request."""
    for text in ("\"The council must open the files,\" said Maren Holt. \"The army had to retreat from the city.\"",
                 "\"The council must open the files,\" said Maren Holt. \"The government needed to act faster.\""):
        art = run("\n\n" + text + "\n")
        assert not any(e.trigger.text in ("had", "needed") for e in found(art, "REQUEST")), (text, shown(art))
