"""Senses of the small event types in political news (extractors/events/checks.py, `small_types`): AID, SANCTION,
AGREE and CONSULT triggers in the uses EVENT_GUIDE.md codes as no event of that type, on invented sentences; each
test also keeps the type's real use."""
from __future__ import annotations

from tests.helpers import asserted


def of_type(article, etype):
    return [e.trigger.text for e in asserted(article) if e.type == etype]


def test_giving_with_nothing_given_is_no_aid(run):
    art = run("\n\nThe governor named two mayors as an example. \"I gave two mayors who were very loyal,\" he said.\n"
              "\nThe measure may pass, especially given that three senators are away this week.\n")
    assert of_type(art, "AID") == [], [(e.type, e.trigger.text) for e in art.events]


def test_giving_money_or_aid_stays_aid(run):
    art = run("\n\nThe emirate gave $20 million to the relief agency on Monday. Japan gave Nepal food and tents.\n")
    assert len(of_type(art, "AID")) == 2, [(e.type, e.trigger.text) for e in art.events]


def test_training_no_one_is_no_aid_but_training_troops_is(run):
    art = run("\n\nThe boxer came home on Sunday. Tom Ward trained in Harlow in the first years of his pro "
              "career.\n")
    assert of_type(art, "AID") == [], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe United States trained Kurdish fighters in northern Iraq last year.\n")
    assert len(of_type(art, "AID")) == 1, [(e.type, e.trigger.text) for e in art.events]


def test_suspending_staff_is_no_sanction_but_suspending_aid_is(run):
    art = run("\n\nThe party had suspended three employees over the leak, its chairman said.\n")
    assert of_type(art, "SANCTION") == [], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe European Union suspended aid to the military government on Tuesday.\n")
    assert len(of_type(art, "SANCTION")) == 1, [(e.type, e.trigger.text) for e in art.events]


def test_signing_a_bill_into_law_is_no_accord_but_signing_a_treaty_is(run):
    art = run("\n\nThe state senate passed the measure. Hale happily signed the bill into law May 9.\n")
    assert not any(e.type in ("AGREE", "SUPPORT") for e in asserted(art)), [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nRussia and China signed a border treaty in Beijing on Friday.\n")
    assert len(of_type(art, "AGREE")) == 1, [(e.type, e.trigger.text) for e in art.events]


def test_the_sourcing_formula_and_talking_about_are_no_meetings(run):
    art = run("\n\nThe raid was planned for weeks, a defense official said, speaking on condition of anonymity to "
              "discuss military plans with the press.\n\nThe mayor talks about growing up in a mill town.\n")
    assert of_type(art, "CONSULT") == [], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe foreign minister talked with his Iranian counterpart about the nuclear deal on Monday.\n")
    assert len(of_type(art, "CONSULT")) == 1, [(e.type, e.trigger.text) for e in art.events]


def test_sending_people_to_an_event_is_no_aid(run):
    art = run("\n\nThe records were released on Monday. A 2014 email shows the ministry sent 10 of Karlsson’s senior "
              "aides to the annual Davos forum.\n")
    assert of_type(art, "AID") == [], [(e.type, e.trigger.text) for e in art.events]


def test_a_court_agreeing_to_hear_a_case_is_no_accord(run):
    art = run("\n\nThe ruling surprised lawyers. The court had agreed to hear the case last June.\n")
    assert of_type(art, "AGREE") == [], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe talks ended on Friday. Iran agreed to release the two sailors.\n")
    assert of_type(art, "AGREE") != [], [(e.type, e.trigger.text) for e in art.events]


def test_sanctioning_an_act_is_approval_but_sanctioning_banks_is_a_sanction(run):
    art = run("\n\nInvestigators were not surprised. The hacking was sanctioned by the Kremlin, the senator said.\n")
    assert of_type(art, "SANCTION") == [], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe move came on Monday. The Treasury sanctioned three Russian banks and two oligarchs.\n")
    assert len(of_type(art, "SANCTION")) == 1, [(e.type, e.trigger.text) for e in art.events]


def test_an_act_on_no_object_is_not_done(run):
    art = run("\n\nThe law passed in March. The state offers no protections to gay and lesbian residents.\n")
    assert of_type(art, "AGREE") == [], [(e.type, e.trigger.text, e.negated) for e in art.events]
    art = run("\n\nThe law passed in March. The state offers new protections to gay and lesbian residents.\n")
    assert len(of_type(art, "AGREE")) == 1, [(e.type, e.trigger.text, e.negated) for e in art.events]


def test_a_second_act_asked_for_is_not_done(run):
    art = run("\n\nThe test drew protests. The alliance's chief called on the regime to abandon its missiles and "
              "comply with the resolutions.\n")
    assert of_type(art, "CONCEDE") == [], [(e.type, e.trigger.text, e.hypothetical) for e in art.events]
    assert of_type(art, "REQUEST") != [], [(e.type, e.trigger.text, e.hypothetical) for e in art.events]


def test_a_unit_sent_stays_aid_but_staff_sent_to_a_state_do_not(run):
    """rev13: `_nothing_given` reads people named or sent as nothing given, but a military unit (`militaryunit`:
    division, brigade) is deployed; a campaign's staffers sent to a state are no aid."""
    art = run("\n\nThe Pentagon sent the 82nd Airborne Division to Poland. The campaign sent 50 staffers to Iowa. "
              "The ministry sent 10 of the senator's senior aides to the annual Davos forum.\n")
    got = [e.trigger.start for e in asserted(art) if e.type in ("AID", "MOBILIZE")]
    assert len(got) == 1 and max(got) < art.text.index("The campaign"), [(e.type, e.trigger.text) for e in art.events]


def test_help_in_an_election_story_is_support_or_nothing_but_relief_stays_aid(run):
    """ev14s: help in a sentence of an election is political support (SUPPORT to the one helped), no aid."""
    art = run("\n\nA super PAC spent $2 million to help Mayor Dalton in the runoff.\n")
    assert of_type(art, "AID") == [] and of_type(art, "SUPPORT") == ["help"], \
        [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe union president traveled to four states before the primaries to help rally teachers behind "
              "the senator.\n")
    assert of_type(art, "AID") == [], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nBritain sent medical teams to help flood victims in Pakistan.\n")
    # (ev24plv: medical teams sent are aid themselves, `checks._relief_sent`: one AID, on `sent` or on `help`)
    assert of_type(art, "AID") in (["help"], ["sent"]), [(e.type, e.trigger.text) for e in art.events]


def test_a_gift_by_anyone_arms_carried_and_money_raised_are_no_aid(run):
    art = run("\n\nSenator Whitfield said she was never swayed by anyone who has given her money.\n")
    assert of_type(art, "AID") == [], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nMembers of the Ohio militia carried arms openly in Columbus outside the convention.\n")
    assert of_type(art, "AID") == [], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nHis campaign struggled to raise money in March.\n")
    assert of_type(art, "AID") == [], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nWashington has been arming Kurdish fighters in Syria.\n")
    assert of_type(art, "AID") == ["arming"], [(e.type, e.trigger.text) for e in art.events]


def test_signing_an_enactment_is_no_accord(run):
    art = run("\n\nWalsh, who signed a tax bill as governor, lost the primary.\n\nGovernor Pratt signed House Bill "
              "20 in March.\n")
    assert of_type(art, "AGREE") == [], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nRussia and China signed a border treaty in Beijing on Friday.\n")
    assert len(of_type(art, "AGREE")) == 1, [(e.type, e.trigger.text) for e in art.events]


def test_a_view_shared_is_no_accord_but_a_joint_or_court_agreement_stays(run):
    art = run("\n\n\"They agree with him on trade,\" Senator Whitfield said.\n\nThe economist agreed that the central "
              "bank has little power to stop it.\n")
    assert of_type(art, "AGREE") == [], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nIran and Iraq agreed that the border crossing would reopen on Monday.\n")
    assert of_type(art, "AGREE") == ["agreed"], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nThe judge agreed with Carla Moss that there was no cause to pry into her private life.\n")
    assert of_type(art, "AGREE") == ["agreed"], [(e.type, e.trigger.text) for e in art.events]


def test_a_vow_about_the_race_and_a_great_deal_of_are_no_accord(run):
    art = run("\n\nSenator Whitfield vowed to keep up the fight in the next primary, in Harlow.\n\n"
              "Mayor Dalton is the only candidate to have pledged to visit every county in Iowa.\n\n"
              "Senator Whitfield's speech was full of promises to keep fighting and vowing to win her home state "
              "of Florida.\n\n\"I have a great deal of regard for Governor Pratt,\" Senator Whitfield said.\n")
    assert of_type(art, "AGREE") == [], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nHungary and Austria pledged to open their border on Monday.\n")
    assert of_type(art, "AGREE") == ["pledged"], [(e.type, e.trigger.text) for e in art.events]


def test_arming_more_people_in_the_gun_debate_is_no_aid(run):
    art = run("\n\n\"We lose 20,000 people a year to gun violence, arming more people is not what I see as the "
              "right response to terrorism,\" Governor Pratt added.\n")
    assert of_type(art, "AID") == [], [(e.type, e.trigger.text) for e in art.events]


def test_agreement_with_a_view_and_campaign_volunteering_are_no_accord(run):
    art = run("\n\nThere's little agreement with that view among the party delegates themselves.\n\n"
              "Dana Griffin spent March volunteering in the Whitfield campaign.\n")
    assert of_type(art, "AGREE") == [], [(e.type, e.trigger.text) for e in art.events]


def test_postings_and_turnout_are_no_mobilization(run):
    art = run("\n\nMany American officials stationed overseas were named in the book.\n\nThe campaign will mobilize "
              "every possible Democratic voter to turn out.\n")
    assert not any(e.type in ("MOBILIZE", "THREATEN") for e in art.events), \
        [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nTurkey mobilized its troops along the border on Monday.\n")
    assert of_type(art, "MOBILIZE") == ["mobilized"], [(e.type, e.trigger.text) for e in art.events]
