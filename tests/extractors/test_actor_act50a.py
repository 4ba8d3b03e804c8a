"""act50a: names that are no actor in US campaign coverage (issue 11, the named actors with a role, no part and one
mention or two). A legislature or a seat of office as a prize (`to regain control of the Senate`, `regain Senate`,
`Senate contests`: actor_words.tsv `seat_control`, `seat_verb` regain/retain, `body_topic` contest); a country's or
capital's `'s` right before the name of a party, outlet, firm or venue (`Italy's Northern League leader`); a country
before a noun of a firm (`a U.S. company`: `business_noun`); a sports league's `'s` before a club's name; a lexicon
broadcaster's name that is the whole of a quotation (a show's title). The bodies and states that act stay.
Invented sentences; rows marked `fails on main` fail before the change, the guards pass before and after (those
marked review50a's failed on the first merge of act50a: a state's central bank, a policy maker, a party's name before
`-led`, `under the control of`)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("regain_control_of_the_senate",   # fails on main: `Senate` a LEG body
     "Party strategists who want to regain control of the Senate next fall like their odds, Sen. Ann Holt said.\n",
     "Senate: none; Ann Holt: sector=LEG"),
    ("regain_the_house_headline",   # fails on main: `House` a LEG body
     "Republicans fear they will not retain the House.\n\nParty leaders met on Tuesday to plan the fall campaign.\n",
     "House: none"),
    ("control_of_the_white_house",   # fails on main: `White House` the US government
     "The fight for control of the White House will be costly, Gov. Tom Reyes said on Monday.\n",
     "White House: none; Tom Reyes: actor"),
    ("senate_contests",   # fails on main: `Senate` a LEG body
     "Big donors now send their checks to Senate contests rather than to the governors, Tom Reyes said.\n",
     "Senate: none"),
    ("guard_the_senate_that_votes",
     "The Senate voted on Tuesday to confirm the judge, and Sen. Ann Holt praised the result.\n",
     "Senate: sector=LEG"),
    ("guard_under_the_control_of_the_white_house",   # review50a: fails on int50 (the one who controls)
     "The disaster fund stays under the control of the White House, an aide said on Monday.\n",
     "White House: country=USA"),
    ("guard_control_verb_keeps_the_body",
     "The Senate will keep control of the budget, Sen. Ann Holt said on Monday.\n",
     "Senate: sector=LEG"),
    ("land_before_a_party_leader",   # fails on main: `Italy` a state actor
     "\"We stand with him,\" Italy's Northern League leader Marco Bellini wrote on Facebook on Sunday.\n",
     "Italy: none; Marco Bellini: actor"),
    ("land_before_a_party",   # fails on main: `Britain` a state actor
     "Britain's Labour Party said on Monday that it would vote against the plan.\n",
     "Britain: none; Labour Party: sector=PTY"),
    ("guard_land_before_a_party_led_coalition",   # review50a: fails on int50 (the coalition is the state's)
     "Israel's Likud-led coalition voted on Monday to build 300 new homes.\n",
     "Israel: country=ISR"),
    ("guard_land_before_its_ministry",
     "Russia's Foreign Ministry said on Monday that it would answer the sanctions.\n",
     "Russia: country=RUS"),
    ("guard_land_that_acts",
     "Russia's army shelled the town on Monday, the mayor said.\n",
     "Russia: country=RUS"),
    ("country_before_a_firm_noun",   # fails on main: `U.S.` the United States
     "Paul Reed ran the Acme Steel Corporation for years, and it grew into a privately held U.S. trading company.\n",
     "U.S.: none; Acme Steel Corporation: sector=BUS"),
    ("country_before_a_company",   # fails on main: `U.S.` the United States
     "He later sold the plant to a U.S. company for $4 million, records show.\n",
     "U.S.: none"),
    ("guard_country_before_its_central_bank",   # review50a: fails on int50 (a state's bank, no firm)
     "The U.S. central bank raised interest rates on Wednesday, the third rise this year.\n",
     "U.S.: country=USA"),
    ("guard_country_before_a_policy_maker",   # review50a: fails on int50 (`maker` of policy is an office)
     "A senior U.S. policy maker said on Monday that the talks with Hanoi would resume.\n",
     "U.S.: country=USA"),
    ("guard_country_before_its_government",
     "The U.S. government fined the bank $2 million on Friday.\n",
     "U.S. government: country=USA"),
    ("league_before_its_club",   # fails on main: `National Football League` a business
     "Ticket prices rose again this year at the home field of the National Football League's Charlotte Panthers.\n",
     "National Football League: none; Charlotte Panthers: actor"),
    ("guard_league_that_acts",
     "The National Football League fined the club $50,000 on Friday.\n",
     "National Football League: actor"),
    ("broadcaster_as_a_show_title",   # fails on main: `Bill Maher` the host
     "Asked what he watches late at night, Gov. Mike Huckabee named “Bill Maher” and then changed the subject.\n",
     "Bill Maher: none; Mike Huckabee: actor"),
    ("guard_broadcaster_who_speaks",
     "Bill Maher said on Friday that the debate had been a circus.\n",
     "Bill Maher: sector=MED"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act50a_no_actor_in_campaign_coverage(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


MORE_CASES = [
    ("capital_spelt_in_a_headline",   # fails on main: `BERN` the Swiss state
     "ANN HOLT IS FEELING THE BERN With the vote a week away, Bernie Sanders gained on her.\n",
     "BERN: none; Bernie Sanders: actor"),
    ("guard_capital_in_capitals_that_acts",
     "MOSCOW WARNS KIEV OVER GAS\n\nRussia's energy minister said on Monday that talks had stalled.\n",
     "MOSCOW: country=RUS"),
    ("country_before_the_capitol",   # fails on main: `U.S.` the United States
     "Clinton met House Democrats in the U.S. Capitol on Wednesday to talk about the fall.\n",
     "U.S.: none; House Democrats: actor"),
    ("guard_country_before_its_embassy",
     "Protesters gathered outside the U.S. Embassy in Cairo, and the U.S. Embassy said it was closed.\n",
     "U.S. Embassy#1: country=USA"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in MORE_CASES])
def test_act50a_seats_and_sites(run, text, spec):
    check_actors(run(text, published="2016-01-12"), text, spec)
