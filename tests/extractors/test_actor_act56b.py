"""act56b: coverage on web and international news (issue 11). Anonymous sources who speak or are tied to what they know
are a group (GUIDE.md, session 49), the staff of a named or described employer a group of the employer's sector, and
researchers, health departments, medical examiners, investors, religious sects and clergy groups of their own, and a
few outlets of the press abroad are known (media.tsv). Invented sentences and names; rows marked
`fails on main` fail before the change, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

SEARCH = ("LOS ANGELES -- Harlow College officials are looking at other names for the coaching job, sources familiar "
          "with the search said.\n"
          "Dan Pryce, an assistant with a pro team, will meet the school's president on Friday, the sources said.\n"
          "A Harlow source said the choice could come next week.\n")

CASES = [
    ("sources_familiar_with_a_search_who_speak",   # fails on main: no actor
     SEARCH, "sources familiar with the search: actor; the sources: same=sources familiar with the search"),
    ("a_source_of_a_named_body_takes_its_sector",   # fails on main: no actor
     SEARCH, "A Harlow source: sector=EDU"),
    ("sources_close_to_someone_after_according_to",   # fails on main: no actor
     "According to unnamed sources close to the mayor, the city will not pay for the new stadium.\n",
     "unnamed: sector=GOV; unnamed: same=unnamed sources close to the mayor"),
    ("sources_tied_to_no_one_are_private_informants",   # fails on main: no actor
     "Local sources said the market had been closed for two days before the storm.\n", "Local sources: sector=CVL"),
    ("sources_after_an_outlet_keep_the_outlet_s_mention_apart",   # fails on main: no sources actor
     "Sources quoted by the Harlow Courier said the talks had failed.\n",
     "Harlow Courier: sector=MED; Sources: sector=CVL"),
    ("law_enforcement_sources",   # fails on main: no actor
     "Law enforcement sources said the two men had been arrested in a motel.\n", "enforcement sources: sector=COP"),
    ("police_sources_take_the_police_sector",   # fails on main: no actor
     "Police sources said a car had been stolen from the campus on Sunday night.\n", "Police sources: sector=COP"),
    ("guard_the_source_of_a_leak_is_no_actor",
     "The source of the leak in the gym roof has not been found, the builder said.\n", "source: none"),
    ("guard_energy_sources_are_no_actor",
     "Energy sources for the new arena are still under review, the mayor said.\n", "Energy sources: none"),
    ("guard_a_thing_noun_before_sources_that_speak",
     "Wind sources said little about the storm, the forecaster wrote.\n", "Wind sources: none"),
    ("guard_a_source_that_neither_speaks_nor_is_tied",
     "The river is the main source of water for the town, and farmers want another source.\n", "another source: none"),
    ("employees_at_a_described_restaurant",   # fails on main: no actor
     "The inspector said none of the employees at the restaurant had a cut on the hand.\n",
     "the employees at the restaurant: sector=BUS"),
    ("county_employees_are_the_county_s",   # fails on main: no actor
     "Butler County employees will get a three percent raise next year, the board decided.\n",
     "Butler County employees: sector=GOV"),
    ("a_restaurant_s_operators",   # fails on main: no actor
     "The restaurant's operators may open again once the kitchen is cleaned, the county said.\n",
     "The restaurant's operators: sector=BUS"),
    ("employees_of_a_named_company",   # fails on main: no actor
     "Employees at Harlow Foods were told to leave the plant on Monday.\n", "Employees: sector=BUS"),
    ("guard_employees_with_no_employer",
     "Employees said they were tired, and an employee said the hours were long.\n", "Employees: none; an employee: none"),
    ("guard_one_employee_of_a_described_workplace_is_left_alone",
     "A hotel employee said she heard two shots in the car park.\n", "employee: none"),
    ("guard_chief_of_staff_is_no_staff_group",
     "Chief of staff Ann Lee said the governor would sign the bill.\n", "staff: none"),
    ("researchers_are_a_group",   # fails on main: no actor
     "Researchers at the university said the new drug worked in mice.\n", "Researchers: sector=EDU"),
    ("health_departments_are_a_group",   # fails on main: no actor
     "Local health departments warned residents not to drink the water.\n", "Local health departments: sector=GOV"),
    ("medical_examiners_are_a_group",   # fails on main: no actor
     "The state's medical examiners reviewed all six deaths last month.\n", "medical examiners: sector=GOV"),
    ("investors_are_a_group",   # fails on main: no actor
     "Investors sold their shares in the mining firm after the report.\n", "Investors: sector=BUS"),
    ("religious_sects_are_a_group",   # fails on main: no actor
     "Religious sects that refuse medicine have had most of the cases, the minister said.\n",
     "Religious sects: sector=REL"),
    ("two_kinds_of_clergy_stay_two_groups",   # fails on main: no actor
     "Priests led a vigil by the river, and monks marched through the old town.\n",
     "Priests: sector=REL; monks: sector=REL; monks: actor"),
    ("guard_a_scotsman_at_a_sentence_start_is_no_newspaper",
     "The Scotsman won the race by two seconds, and the Kenyan was second.\n", "Scotsman: sector!=MED"),
    ("an_outlet_of_the_press_abroad",   # fails on main: no actor
     "The minister told the Bangkok Post that the talks would resume next week.\n",
     "Bangkok Post: sector=MED; Bangkok Post: country=THA"),
    ("a_broadcaster_named_in_full",
     "The reporter fell ill after the test, said Television New Zealand, the channel's owner.\n",
     "Television New Zealand: country=NZL"),
    ("a_broadcaster_by_its_short_name_before_its_spokeswoman",   # fails on main: GOV, no country
     "The reporter fell ill after the test, a TVNZ spokeswoman said on Friday.\n",
     "a TVNZ spokeswoman: sector=MED; a TVNZ spokeswoman: country=NZL"),
    ("a_news_agency_by_its_initials",   # fails on main: no sector
     "IANS reported on Monday that the talks had failed.\n", "IANS: sector=MED; IANS: country=IND"),
    ("guard_a_food_label_is_no_broadcaster",
     "The RTE salads were recalled from the shelves on Friday.\n", "RTE: none"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_act56b_unnamed_groups(run, text, spec):
    check_actors(run(text, published="2008-01-15"), text, spec)
