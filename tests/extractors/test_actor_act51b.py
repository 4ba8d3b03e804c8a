"""act51b: false and missed actors of international news (outbreak reports, disaster reports, web pages; issue 11).
A country in a list of places whose first item is where people come from (`the rest are from Peru, Chile, the
Caribbean and Mexico`); a country's `'s` before an ordinal that stands for a case (`the case was Morocco's third`); a
name no lexicon knows where a person named right before it is from (`Amal Idris from Kafr Hamza`); a name tagged a
person that is a town's and only a place (`a grill in Mission Viejo`); examples of a kind of thing in a list (`brand
names of tea including ...`); a speaker that is only a title before `of BODY, NAME said`. Missed: a one-word
organisation that is a passive verb's doer (`provided by Qantas`); a club named by its town, the tagger's place, that is
a verb's subject in a sports report (`Newcastle would make an offer`). Invented sentences; rows marked `fails on main`
fail before the change, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("countries_listed_after_where_people_come_from",   # fails on main: `Zambia` a state actor
     "Tea shop grows\n\"Two in three of our customers are Kenyans; the others are from Uganda , Rwanda , the Horn of "
     "Africa and Zambia ,\" the founder said.\n",
     "Zambia: none"),
    ("guard_countries_listed_as_subjects",
     "Russia, China and Iran condemned the vote on Monday, and the council met again.\n",
     "China: country=CHN; Iran: country=IRN"),
    ("guard_countries_listed_after_a_target",
     "The council put sanctions on Iran, Syria and Cuba on Monday, the envoy said.\n",
     "Syria: country=SYR"),
    ("ordinal_case_of_a_land",   # fails on main: `Morocco` a state actor
     "A man in Morocco has died of rabies. His case was Morocco's third since March, the World Health "
     "Organization said on Monday.\n",
     "Morocco#1: none; World Health Organization: actor"),
    ("guard_ordinal_win_of_a_side",
     "The win was Brazil's second in a row, and the coach praised his players on Sunday.\n",
     "Brazil: actor"),
    ("town_after_a_person_from",   # fails on main: `Kafr Saad` a person
     "Rabies deaths\nRabies has killed two men this month: Karim Haddad from Kafr Saad and Youssef Nassar from "
     "Minyat Samannud.\n",
     "Kafr Saad: none; Karim Haddad: actor"),
    ("town_tagged_a_person_as_a_place",   # fails on main: `Mission Viejo` a person
     "Crab warning\nFive people caught a lung parasite. The crabs were sold at Lucky Wok and Grill in Mission Viejo "
     "and at Happy Wok and Grill in Fullerton.\n",
     "Mission Viejo: none"),
    ("guard_person_named_like_a_town_who_speaks",
     "Dana Austin said on Monday that the road would close. Austin said the work would take a month.\n",
     "Austin#1: actor"),
    ("brands_listed_as_examples",   # fails on main: the brands are actors
     "Officials said the tea came from one farm. The farm sells many brand names of tea including Misty Leaf, "
     "Trader Tom's, Golden Harvest, Ready Brew and its own label.\n",
     "Misty Leaf: none; Trader Tom: none; Golden Harvest: none; Ready Brew: none"),
    ("jobs_listed_as_examples",   # fails on main: the jobs are actors
     "Bank profile\nAnn Reyes joined the bank in 1990 and held various jobs at the bank including Loan Clerk, Night "
     "Teller, and Branch Secretary.\n",
     "Loan Clerk: none; Night Teller: none; Branch Secretary: none; Ann Reyes: actor"),
    ("guard_firms_listed_as_examples",
     "Several firms, including Acme Steel Corporation and Dunmore Coal Company, lost money last year.\n",
     "Acme Steel Corporation: actor"),
    ("one_word_company_as_passive_doer",   # fails on main: `Qantas` no actor
     "Flood reaches town\nTwo bridges are closed. The aid that reached the town included 800 hot dinners provided by "
     "Qantas. Soldiers set up a field kitchen.\n",
     "Qantas: actor"),
    ("title_only_speaker_in_a_quote_line",   # fails on main: `Chief Executive` a person
     "Season over\nThe team lost again. Chief Executive of the Tasman Hawks, Lee Barrow said while the side had lost "
     "three games in a row this season had been a \"long, hard road\" for the club.\n",
     "Chief Executive: none; Lee Barrow: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act51b_international_news(run, text, spec):
    check_actors(run(text, published="2007-03-05"), text, spec)


_MATCH = ("The midfielder scored twice in the 3-1 league win on Saturday, and the striker has played every match this "
          "season. The goalkeeper kept a clean sheet in the cup tie. ")

CLUB_CASES = [
    ("town_club_as_subject",   # fails on main: `Newcastle` no actor
     "Newcastle bid for striker\n" + _MATCH + "Newcastle would make an official offer for the striker on Monday, the "
     "manager said after the match. The squad flew to Preston for the next league game.\n",
     "Newcastle#1: sector=BUS; Preston: none"),
    ("guard_town_of_a_club_named_in_full",
     "Newcastle bid for striker\n" + _MATCH + "\"Newcastle has to stand by its team now,\" the Newcastle "
     "United manager said after the match.\n",
     "Newcastle#1: none"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in CLUB_CASES])
def test_act51b_clubs_named_by_their_town(run, text, spec):
    check_actors(run(text, published="2008-01-12"), text, spec)
