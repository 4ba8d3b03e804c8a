"""known54: classes sessions 52-53 listed and left (docs/actors.md `### known54`). Each rule with a near-miss it must
leave alone; invented sentences, names and towns."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    # -- a private person's home as the text tells it (codes._homes_told), not the story's home
    ("sent_back_and_lives_in_a_country",   # main: both USA, the Miami story's home
     "MIAMI (Wire) -- Lita Sandoval, the 8-year-old girl found on a raft off the Keys, will be sent back to Cuba, "
     "a federal judge ruled Monday. Her father, Rafael Sandoval, lives in Cuba and wants her home. The girl's "
     "relatives in Miami said they would appeal.\n",
     "Lita Sandoval: country=CUB; Rafael Sandoval: country=CUB; relatives: country=USA; a federal judge: country=USA"),
    ("relatives_in_a_city_of_another_country",   # main: CUB, the Havana dateline's country
     "HAVANA (Wire) -- Cuba's government urged people to keep marching on Monday, after the girl's relatives in "
     "Miami said they would appeal the ruling. Lita Sandoval, 8, was found on a raft in November.\n",
     "relatives: country=USA"),
    ("deported_to_a_country",   # main: USA; the wife's family keeps the story's home (no vote of the told home)
     "ATLANTA (Wire) -- The immigration agency ordered that Omar Vidal be deported to Honduras. Vidal, 34, has "
     "worked in a Decatur carpet mill since 2009. His wife said the family would fight the order.\n",
     "Omar Vidal: country=HND; the family: country=USA"),
    ("an_owned_return_to_a_country",
     "MIAMI (Wire) -- A judge on Tuesday delayed Tomas Reyes's return to Haiti until May. Reyes, 9, came ashore "
     "in a storm in January.\n",
     "Tomas Reyes: country=HTI"),
    ("near_miss_a_trip_and_a_town_say_nothing",   # flew to a country, went back to a town: the story's home
     "MIAMI (Wire) -- Dana Pruitt, a nurse, flew to Cuba on Monday to see an aunt. Pruitt said the trip took a "
     "year to plan. Her brother Tom Pruitt returned to Orlando on Sunday.\n",
     "Dana Pruitt: country=USA; Tom Pruitt: country=USA"),
    ("wants_to_go_back_to_a_country",
     "MIAMI (Wire) -- Luis Ortiz, 40, wants to go back to Cuba, his lawyer said Monday.\n",
     "Luis Ortiz: country=CUB"),
    ("near_miss_a_return_with_no_way_home_is_a_trip",   # `returned to Iraq` for a second tour: no home told
     "MIAMI (Wire) -- Rafael Ortiz, a contractor, returned to Iraq on Monday for a second tour of work.\n",
     "Rafael Ortiz: country=USA"),
    ("near_miss_supporters_in_a_city_are_where_they_are",   # no kin or home noun: the place they travelled to
     "LONDON (Wire) -- Chelsea fans in Madrid clashed with riot police before the match on Tuesday, the club said. "
     "Supporters in Madrid were kept apart.\n",
     "Supporters: country=GBR"),
    ("near_miss_a_sender_is_not_sent",   # the subject of an active `send back` sends; a nephew deported is not her
     "MIAMI (Wire) -- Maria Delgado sent the boxes back to Cuba on Monday, she told reporters. Delgado works at a "
     "Hialeah bakery. Her friend Rosa Pena said on Monday that her nephew was deported to Cuba.\n",
     "Maria Delgado: country=USA; Rosa Pena: country=USA"),
    ("near_miss_a_city_abroad_in_an_american_story",   # a Kentucky town shares London's name: the story's home
     "CORBIN, Ky. -- Three members of the Tate family died when their small plane went down near Barbourville on "
     "Sunday. Their grandmother, Ada Finch, has lived in London for 30 years. Finch said the family loved to fly.\n",
     "Ada Finch: country=USA"),
    # -- a US state's own department named like a federal one (states._state_own_body): not the United States
    ("a_state_justice_department_is_the_states",   # main: both forms a mention of the United States (USAGOV)
     "MARLOWE, Calif. -- On Monday the police asked the state Department of Justice for help with three shootings "
     "that left two men dead. The state Justice Department will send four agents, Chief Ed Varga said.\n",
     "state Department of Justice: name=state Department of Justice; state Justice Department: same=state "
     "Department of Justice; state Department of Justice: country=USA; police: sector=COP"),
    ("the_states_body_takes_the_rows_other_forms",   # the headline's `DOJ` is the state's; `federal` keeps the nation's
     "Harlow asks DOJ for help\n\nHARLOW, Calif. -- On Monday the police asked the state Department of Justice "
     "for help with three shootings that left two men dead. The federal Justice Department was not asked, Chief Ed Varga "
     "said.\n",
     "DOJ: same=state Department of Justice; Justice Department: name=United States"),
    ("a_us_states_name_before_a_federal_body",
     "COLUMBUS, Ohio -- The Ohio Department of Justice said Monday it would review the permit. The state Treasury "
     "Department paid the fine.\n",
     "Ohio Department of Justice: name=Ohio Department of Justice; state Treasury Department: name=state Treasury "
     "Department"),
    ("near_miss_the_federal_body_and_the_secretary_of_state",
     "WASHINGTON -- Secretary of State Ann Lowe met the Justice Department team on Monday. The Justice Department "
     "said it would not bring charges against the officer. The state attorney general agreed.\n",
     "Justice Department#1: name=United States"),
    # -- a legislature as the modifier of a document or a member (actor_words.tsv body_topic rows): no mention of it
    ("a_chambers_bill_version_and_colleagues",   # main: `American congress` with all three mentions
     "WASHINGTON -- Sen. Ann Voss attacked her rival over a 2013 Senate bill on farm loans. The House version would "
     "cost less. Her Senate colleagues said the measure was dead.\n",
     "Senate: none; House: none; Senate#1: none"),
    ("near_miss_chambers_that_pass_and_vote",
     "WASHINGTON -- The Senate passed the farm bill on Monday, and the House voted it down.\n",
     "Senate: sector=LEG; House: sector=LEG"),
    # -- one who gives talks is no chamber's Speaker (titles.tsv rows and actor_words `private_speaker`, each word in one list: tidy55)
    ("a_corporate_speaker_is_a_private_person",   # main: LEG, the House title
     "DALLAS -- Popular Christian and corporate speaker Dale Brandt believes the race is close. \"My friends,\" the "
     "conference speaker says into the camera, \"pray.\"\n",
     "Dale Brandt: sector=CVL; the conference speaker: same=Dale Brandt"),
    ("near_miss_a_house_speaker_keeps_the_chamber",
     "SPRINGFIELD, Ill. -- House Speaker Tom Reedy said the budget would pass. The speaker met reporters on "
     "Monday.\n",
     "Tom Reedy: sector=LEG"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_known54_actors(run, text, spec):
    article = run(text, published="2000-03-01")
    check_actors(article, text, spec)
