"""REJECT and CONCEDE on whole articles (issue 10, branch ev24j), on invented sentences: a claim said to stand on
nothing is denied; no comment, care turned down, a removal from a post, a car backed out, a refusal named as a trait
and a fact about a thing granted refuse or concede nothing; each with a near miss it must leave alone."""
from __future__ import annotations

from tests.helpers import found, shown


def test_a_claim_said_to_stand_on_nothing_is_denied(run):
    art = run("\n\nJill Moss, a lawyer for the company, said in a statement that the allegations had \"no substance.\" "
              "Tom Keefe said the claims appear not to have merit. The firm said it found no evidence to substantiate "
              "allegations made by the workers. \"There is no basis to the charge that we hid the money,\" Mayor Dan "
              "Brook said.\n")
    got = {e.trigger.text: e for e in found(art, "REJECT")}
    assert {"substance", "merit", "evidence", "basis"} <= set(got), shown(art)
    assert "Moss" in got["substance"].source[0].text, shown(art)
    assert "Keefe" in got["merit"].source[0].text, shown(art)
    assert [p.text for p in got["evidence"].target] == ["the workers"], shown(art)


def test_no_ground_for_a_thing_that_is_no_claim_or_a_ground_asked_about_denies_nothing(run):
    art = run("\n\nPolice found no evidence of foul play. Mayor Dan Brook said there is no basis for optimism. "
              "Brook asked whether the allegations had any merit. Brook said the allegations could have no merit.\n")
    assert not [e for e in found(art, "REJECT") if e.trigger.text in ("evidence", "basis", "merit")], shown(art)


def test_no_comment_and_care_turned_down_refuse_no_one(run):
    art = run("\n\nOne victim went to County General, while the other refused medical treatment, police "
              "said. Justice Department spokeswoman Ann Navas declined comment on Tuesday.\n")
    assert not found(art, "REJECT"), shown(art)


def test_an_offer_refused_stays_a_refusal(run):
    art = run("\n\nIran refused the offer of talks on Tuesday.\n")
    assert [e.trigger.text for e in found(art, "REJECT")] == ["refused"], shown(art)


def test_a_removal_from_a_post_rejects_nothing(run):
    art = run("\n\nThe exit follows a wave of changes begun when Roe dismissed three governors "
              "in March.\n")
    assert not found(art, "REJECT"), shown(art)


def test_charges_dismissed_and_someone_dismissed_as_something_stay(run):
    art = run("\n\nJudge Ann Hale dismissed the charges against the mayor. Senator Mary Holt dismissed the governor "
              "as a puppet.\n")
    assert "dismissed" in [e.trigger.text for e in found(art, "REJECT")], shown(art)
    assert "dismissed" in [e.trigger.text for e in found(art, "ACCUSE")], shown(art)


def test_a_car_backed_out_of_a_space_backs_out_of_nothing(run):
    art = run("\n\nA 75-year-old man died when a van driven by a 79-year-old woman backed out of a parking spot "
              "and struck him.\n")
    assert not found(art, "REJECT"), shown(art)


def test_backing_out_of_a_deal_stays_a_refusal(run):
    art = run("\n\nThe governor backed out of the deal with the union on Friday.\n")
    assert [e.trigger.text for e in found(art, "REJECT")] == ["backed"], shown(art)


def test_a_refusal_named_as_a_trait_is_no_refusal_made(run):
    art = run("\n\nConservatives still praise Governor Dale Brandt's refusal to accept the status quo. His refusal to "
              "tackle the housing problem made the recession longer.\n")
    assert not [e for e in found(art, "REJECT") if e.trigger.text == "refusal"], shown(art)


def test_a_refusal_told_as_news_stays(run):
    art = run("\n\nThe talks went on despite President Musharraf's refusal to lift the emergency.\n")
    assert [e.trigger.text for e in found(art, "REJECT")] == ["refusal"], shown(art)


def test_a_fact_about_a_thing_granted_concedes_nothing(run):
    art = run("\n\nMayor Dan Brook admits the trip to Harlow is among the hardest tasks of his life. "
              "Tom Ward admits that life can be a bit overwhelming at times.\n")
    assert not found(art, "CONCEDE"), shown(art)


def test_a_fault_or_a_point_given_up_is_still_conceded(run):
    art = run("\n\nGovernor Dale Brandt admitted that his pick was a mistake. Senator Mary Holt admitted the plan was "
              "flawed. Ben Carson admitted that the course name was inaccurate. Chief Ann Williams later admitted that "
              "open carry wasn't a problem.\n")
    assert len(found(art, "CONCEDE")) == 4, shown(art)


def test_a_story_recanted_or_remarks_retracted_are_conceded(run):
    art = run("\n\nAnn McMahon later recanted her story after the polygraph examination. Senator Mary Holt retracted "
              "her remarks on Friday.\n")
    assert {e.trigger.text for e in found(art, "CONCEDE")} >= {"recanted", "retracted"}, shown(art)


def test_a_call_to_retract_asks_and_concedes_nothing(run):
    art = run("\n\n\"Governor Dale Brandt should retract those comments,\" Senator Mary Holt said.\n")
    assert not found(art, "CONCEDE"), shown(art)
    assert [e.trigger.text for e in found(art, "REQUEST")] == ["retract"], shown(art)


def test_a_refusal_in_the_past_of_someones_request_is_one_refusal(run):
    art = run("\n\nHe appeared Tuesday before a magistrate who denied his request to be freed.\n")
    assert [e.trigger.text for e in found(art, "REJECT")] == ["denied"], shown(art)


def test_what_a_kind_of_people_refuses_is_still_a_trait(run):
    art = run("\n\nVoters in the district want a candidate who rejects corporate money.\n")
    assert not found(art, "REJECT"), shown(art)


def test_a_name_the_parse_joined_to_an_object_is_the_next_verbs_subject(run):
    art = run("\n\nThe pact came in the same week that Iran met the terms of the nuclear accord and the "
              "United States lifted sanctions, letting Iran reach its frozen funds.\n")
    got = found(art, "CONCEDE")
    assert got and [p.text for p in got[0].source] == ["the United States"], shown(art)


def test_two_people_met_are_no_clause(run):
    art = run("\n\nSenator Mary Holt met the president and the prime minister on Monday.\n")
    got = found(art, "CONSULT")
    assert got and "Holt" in got[0].source[0].text, shown(art)
