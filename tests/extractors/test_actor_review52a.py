"""review52a: a second reading of act52b's actor rules (docs/actors.md `### review52a`): a candidate's staff only of a
politician and with no body between, the nation as a whole not in an event noun's `for`/`of`, a drama a programme only
of a media outlet, `public advocate` no office before `for`/`of` a cause. Invented stories."""
from __future__ import annotations

from tests.helpers import actor_at


def test_an_investors_adviser_in_a_takeover_bid_is_no_campaign_staff(run):
    text = ("Investor Carl Brandt launched a takeover bid for Pellam Foods on Monday. Brandt's financial adviser, Tom "
            "Reyes, said the offer was fair.\n")
    adviser = actor_at(run(text, published="2016-05-02"), text, "Tom Reyes")
    assert adviser is not None and adviser.sector != "PTY", adviser


def test_a_singers_spokeswoman_after_an_award_nomination_is_no_campaign_staff(run):
    text = ("Singer Lila Crane earned a Grammy nomination on Tuesday. Crane spokeswoman Ada Voss said the tour would "
            "go on.\n")
    voice = actor_at(run(text, published="2016-12-06"), text, "Ada Voss")
    assert voice is None or voice.sector != "PTY", voice


def test_a_principals_athletic_director_in_a_school_board_race_is_no_campaign_staff(run):
    text = ("The Harlow school board race drew three candidates. Principal Dale Harmon endorsed one. Harmon's "
            "athletic director, Nora Quist, said she would vote.\n")
    director = actor_at(run(text, published="2016-04-01"), text, "Nora Quist")
    assert director is None or director.sector != "PTY", director


def test_a_candidates_senate_aide_is_the_senates(run):
    text = ("Senator Dale Harmon won the Ohio primary on Tuesday. Harmon Senate aide Nora Quist said the senator would "
            "vote on the farm bill.\n")
    aide = actor_at(run(text, published="2016-03-16"), text, "Nora Quist")
    assert aide is not None and aide.sector != "PTY", aide


def test_a_departments_aide_named_with_the_candidate_in_an_old_email_stays_government(run):
    text = ("Hillary Clinton leads the race for the Democratic nomination. In a 2011 email, Clinton State Department "
            "aide Nora Quist wrote that the cable had leaked.\n")
    aide = actor_at(run(text, published="2016-01-20"), text, "Nora Quist")
    assert aide is not None and aide.sector == "GOV", aide


def test_a_senator_candidates_aide_named_bare_stays_campaign_staff(run):
    text = ("Senator Dale Harmon lost the Ohio primary on Tuesday. Harmon aide Nora Quist told reporters the senator "
            "would stay in the race.\n")
    aide = actor_at(run(text, published="2016-03-16"), text, "Nora Quist")
    assert aide is not None and aide.sector == "PTY", aide


def test_a_loan_for_the_country_keeps_the_state(run):
    text = "Greece faced a debt deadline on Monday. The IMF approved a new loan for the country on Friday.\n"
    state = actor_at(run(text, published="2016-03-01"), text, "the country")
    assert state is not None and state.country == "GRC", state


def test_sanctions_for_the_country_keep_the_state(run):
    text = "North Korea tested a missile on Monday. The UN Security Council voted new sanctions for the country.\n"
    state = actor_at(run(text, published="2016-03-01"), text, "the country")
    assert state is not None and state.country == "PRK", state


def test_the_outlook_for_the_country_is_still_the_nation(run):
    text = "Brazil's economy shrank again. Analysts said the outlook for the country was grim.\n"
    assert actor_at(run(text, published="2016-03-01"), text, "the country") is None


def test_a_company_named_before_drama_in_the_sense_of_turmoil_stays(run):
    text = "The Brightwell Corp. drama ended when the board fired its founder on Friday.\n"
    firm = actor_at(run(text, published="2016-03-01"), text, "Brightwell Corp.")
    assert firm is not None and firm.sector == "BUS", firm


def test_a_media_outlet_named_before_its_drama_is_still_no_actor(run):
    text = "Viewers loved Harbor Lights. The HBO drama follows a mayor in a port town.\n"
    assert actor_at(run(text, published="2016-03-01"), text, "HBO") is None


def test_a_public_advocate_for_a_cause_holds_no_office(run):
    text = "Dana Pruitt, a longtime public advocate for the homeless, said the shelter was full.\n"
    person = actor_at(run(text, published="2016-03-01"), text, "Dana Pruitt")
    assert person is not None and person.sector != "GOV", person


def test_a_public_advocate_of_a_cause_holds_no_office(run):
    text = "Dana Pruitt has been a vocal public advocate of gun control since her son was shot.\n"
    person = actor_at(run(text, published="2016-03-01"), text, "Dana Pruitt")
    assert person is not None and person.sector != "GOV", person


def test_the_public_advocate_of_a_city_still_holds_the_office(run):
    text = "Dana Pruitt, the public advocate of New York, sued the landlord on Monday.\n"
    person = actor_at(run(text, published="2016-03-01"), text, "Dana Pruitt")
    assert person is not None and person.sector == "GOV", person


def test_a_senators_aide_in_a_story_of_a_senate_debate_is_no_campaign_staff(run):
    text = ("The Senate debate over the farm bill stalled on Tuesday. Senator Dale Harmon blamed the leaders. Harmon "
            "aide Nora Quist said the senator would offer an amendment.\n")
    aide = actor_at(run(text, published="2016-03-16"), text, "Nora Quist")
    assert aide is not None and aide.sector != "PTY", aide


def test_a_lawmakers_spokeswoman_in_a_story_of_a_won_bid_is_no_campaign_staff(run):
    text = ("The mill won a bid to supply the state on Monday. Rep. Dale Harmon praised the deal. Harmon spokeswoman "
            "Nora Quist said 40 jobs would follow.\n")
    voice = actor_at(run(text, published="2016-03-16"), text, "Nora Quist")
    assert voice is not None and voice.sector != "PTY", voice


def test_a_candidates_spokesman_in_a_race_told_by_the_word_candidate_stays_campaign_staff(run):
    text = ("Senator Dale Harmon is the only candidate in this race who voted for the bill, his rival said. Harmon "
            "spokesman Ben Tasker called the attack false.\n")
    voice = actor_at(run(text, published="2016-08-16"), text, "Ben Tasker")
    assert voice is not None and voice.sector == "PTY", voice


def test_a_capitalised_republic_after_of_still_refers_back_to_its_state(run):
    text = "Kosovo declared independence in 2008. Serbia rejects the recognition of the Republic by other nations.\n"
    state = actor_at(run(text, published="2016-03-01"), text, "the Republic")
    assert state is not None and state.country == "XKX", state


def test_an_ambassador_for_the_country_keeps_its_country(run):
    text = "Mexico named a new envoy to Washington. The ambassador for the country arrives on Monday.\n"
    envoy = actor_at(run(text, published="2016-03-01"), text, "The ambassador")
    assert envoy is not None and envoy.country == "MEX", envoy


def test_the_capital_of_the_country_is_still_no_state_actor(run):
    text = "Peru's congress met on Monday. The capital of the country was calm as lawmakers voted.\n"
    assert actor_at(run(text, published="2016-03-01"), text, "the country") is None


def test_a_former_presidents_aide_in_a_primary_story_is_no_campaign_staff(run):
    text = ("The Ohio primary drew record turnout on Tuesday. George W. Bush stayed out of the race. Bush aide Nora "
            "Quist said the party had changed.\n")
    aide = actor_at(run(text, published="2016-03-16"), text, "Nora Quist")
    assert aide is not None and aide.sector != "PTY", aide
