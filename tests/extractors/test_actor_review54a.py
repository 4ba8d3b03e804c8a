"""review54a: a second reading of act54a and act54c (issue 11). Invented stories: each over-reach the reading found on
text of other genres, and a near-miss the narrowed rule must still reach."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

# act54c's `lead_place` (codes.py): a first sentence that tells of people from elsewhere places nothing
LEAD_CASES = [
    ("a_people_of_another_country_in_the_lead",
     "An American tourist drowned off a beach near Cancun, Mexico, on Sunday, his family said.\n"
     "The man, Derek Holm, had been swimming with friends when the current pulled him out. His wife said the "
     "couple had planned the trip for a year.\n",
     "Derek Holm: country!=MEX"),
    ("a_visit_in_the_lead",
     "The prime minister landed in Havana, Cuba, on Sunday for a three-day visit.\n"
     "Aides said he would meet dissidents. Officials said the talks would cover trade.\n",
     "Aides: country!=CUB; Officials: country!=CUB"),
    ("talks_in_the_lead",
     "Talks on the nuclear programme resumed in Lausanne, Switzerland, on Monday with no sign of a deal.\n"
     "Diplomats said the gaps remained wide. Negotiators met for six hours.\n",
     "Diplomats: country!=CHE; Negotiators: country!=CHE"),
    ("an_american_place_in_the_lead",
     "A Texas company will open a plant in Monterrey, Mexico, next year, creating 800 jobs, executives said.\n"
     "Analysts said the move would cut costs.\n",
     "executives: country!=MEX"),
    ("a_place_of_another_country_someone_comes_from",
     "A nurse from Toronto who worked with a clinic in the Kenema district of Sierra Leone has fallen ill.\n"
     "Health officials said she had worked long hours. Doctors said her condition was stable.\n",
     "Health officials: country!=SLE"),
    ("near_miss_a_report_from_abroad_is_still_placed",
     "A bus plunged into a ravine in the hills of northern Peru on Monday, killing 20 people.\n"
     "Police said the driver lost control. Relatives gathered at the hospital.\n",
     "Police: country=PER; Relatives: country=PER"),
    ("near_miss_an_animal_from_a_farm_of_the_same_country",
     "A goat that escaped from a farm near Tumut, Australia, was found on a roof on Friday.\n"
     "Firefighters brought it down. The owner said it liked to climb.\n",
     "Firefighters: country=AUS"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in LEAD_CASES])
def test_review54a_lead_of_people_from_elsewhere_places_nothing(run, text, spec):
    check_actors(run(text, published="2012-04-04"), text, spec)


# act54a's kinds and shares of a party (states.py `_party_lawmakers`): lawmaking told in the clause, or a name's word
PARTY_CASES = [
    ("a_kind_of_a_party_that_blocks_a_bill",
     "Conservative Republicans blocked the spending bill on Thursday.\n",
     "Conservative Republicans: sector!=CVL"),
    ("a_kind_of_a_party_that_controls_a_committee",
     "Moderate Democrats who control the committee said they would amend it.\n",
     "Moderate Democrats: sector!=CVL"),
    ("a_kind_of_a_party_like_a_senator",
     "Moderate Republicans like Senator Ada Kessel are rare now.\n",
     "Moderate Republicans: sector!=CVL"),
    ("a_share_of_a_party_in_a_chamber",
     "Two-thirds of Republicans in the House voted for the plan on Wednesday.\n",
     "Republicans: sector!=CVL"),
    ("a_share_of_a_party_that_votes_on_an_amendment",
     "About half of Republicans voted against the amendment, the clerk said.\n",
     "Republicans: sector!=CVL"),
    ("a_kind_word_of_a_party_name",
     "Local elections\nTurnout was low on Thursday. In Britain, the Liberal Democrats won two seats.\n",
     "Liberal Democrats: sector!=CVL"),
    ("near_miss_a_kind_of_voters_in_a_primary",
     "Moderate Republicans in New Hampshire could decide the primary, a pollster said.\n",
     "Moderate Republicans: sector=CVL"),
    ("near_miss_a_share_of_a_party_in_a_poll",
     "In the poll, 40 percent of Republicans backed the governor.\n",
     "Republicans: sector=CVL"),
    ("near_miss_a_faith_word_inside_a_sentence",
     "In Iowa, Evangelical Republicans favoured the senator from Texas by a wide margin, the survey found.\n",
     "Evangelical Republicans: sector=CVL"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in PARTY_CASES])
def test_review54a_a_partys_lawmakers_and_names_are_no_voters(run, text, spec):
    check_actors(run(text, published="2016-03-02"), text, spec)


# act54c's results-list brackets (codes.py `_bracket_owner`) and `lead_place`: a bracket that is an aside
BRACKET_CASES = [
    ("an_aside_of_a_past_stay",
     "Tom Hale (who spent a year in Iraq with the army) said the plan was foolish. He lives in Brenmoor.\n",
     "Tom Hale: country!=IRQ"),
    ("an_aside_of_a_trip",
     "Residents cheered as Ann Voss (back from a trip to Kenya) cut the ribbon at the new library in Brenmoor.\n",
     "Ann Voss: country!=KEN"),
    ("an_aside_of_a_parent",
     "Ben Tarr (son of a diplomat in France) won the spelling bee in Brenmoor on Friday.\n",
     "Ben Tarr: country!=FRA"),
    ("near_miss_a_results_bracket",
     "The prize went to Jan Dekker (Netherlands) and Olga Petrova (Russia), the jury said.\n",
     "Jan Dekker: country=NLD; Olga Petrova: country=RUS; Netherlands: none"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in BRACKET_CASES])
def test_review54a_a_bracket_aside_gives_no_country(run, text, spec):
    check_actors(run(text, published="2012-04-04"), text, spec)


# act54c's hyphened words of sport (extractors/page.py `_hyphened`): `kick-off` and `half-time` match now, and other
# news uses them too (sport_words.tsv: no longer words only sport uses)
KICKOFF = ("The senator held her campaign kick-off in Brenmoor on Saturday, and her team said the crowd was the "
           "biggest of the season.\nVolunteers handed out shirts. The coach of the local high school team introduced "
           "her.\nShe promised to win the state and said her rival was playing games.\nSupporters cheered when she "
           "said the race was not over.\nHer campaign manager said they would win.\n")


def test_review54a_a_campaign_kick_off_makes_no_sports_page(ctx_of):
    page = ctx_of(KICKOFF).page
    assert "kick-off" in page.sport_words and "kick-off" not in page.only_words, page
    assert not page.sports, page
