"""review53c: a second reading of known53, act53b and sect53 (docs/actors.md `### review53c`). Each narrowing with the
near-miss it must leave alone; invented sentences, people and towns (real cities where a club's city is the point)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors, linked_actor

ACTOR_CASES = [
    # -- a city's name in a sentence of its sports team is the club's, no government acting (local_news.acting_towns)
    ("a_club_signing_a_player_is_no_city_government",   # int53: `Denver government` GOV
     "DENVER (Wire) -- Denver signed free agent guard Tomas Ruelle to a two-year contract on Monday, the team said. "
     "Ruelle averaged 12 points a game.\n",
     "Denver signed: none"),
    ("a_club_hiring_a_coach_is_no_city_government",   # int53: `Portland government` GOV
     "PORTLAND, Ore. (Wire) -- Portland hired a new head coach on Tuesday after a losing season. The owner said "
     "the search took two months.\n",
     "Portland hired: none"),
    ("near_miss_a_county_acting_with_a_team_in_the_next_sentence",
     "BRENTON, Texas -- Hall County approved a lease for the new stadium on Monday. The team's owner thanked the "
     "commissioners.\n",
     "Hall County: sector=GOV"),
    # -- a race's challenger only in a race (local_news.race_rivals): an election word in his sentence, or two
    ("a_boxing_challenger_beside_fans_votes_is_no_candidate",   # int53: PTY
     "HARLOW, Ga. -- Champion Dale Moss defends his belt against challenger Rico Vance on Saturday. Fans cast votes "
     "online for the fight of the year.\n",
     "Rico Vance: sector!=PTY"),
    ("near_miss_a_challenger_in_an_election_story",
     "HARLOW, Ga. -- Early ballots are in for the county primary. Commissioner Tom Reedy said he was calm, and "
     "challenger Ann Poe said she was not.\n",
     "Ann Poe: sector=PTY"),
    # -- dispatchers are police only in a story of police (local_news.dispatchers_of_no_police)
    ("a_trucking_dispatcher_is_no_police",   # int53: COP
     "Tom Reyes, a dispatcher for a trucking company in Harlow, said the driver had called in sick on Monday.\n",
     "Tom Reyes: sector=CVL"),
    ("near_miss_a_911_dispatcher_in_a_police_story",
     "HARLOW, Ohio -- A 911 dispatcher told the caller to stay on the line until officers came, police said.\n",
     "A 911 dispatcher: sector=COP"),
]


@pytest.mark.parametrize("name,text,spec", ACTOR_CASES, ids=[c[0] for c in ACTOR_CASES])
def test_actor_cases(run, name, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


# -- one given-name rule (people._given_name_of_named): ident53's and known53's twins, with one dateline guard

def test_a_titled_namesake_abroad_leaves_the_leader_his_surname(run):
    # filed from the leader's own country: a bare `Abbas` is his even beside a police chief of that given name
    text = ("RAMALLAH (Wire) -- Police chief Abbas Nasser said the men were held. Abbas's aides said the talks "
            "would go on.\n")
    article = run(text, published="2012-03-01")
    bare = linked_actor(article, text, "Abbas", nth=1)
    assert bare is None or bare.name != "Abbas Nasser", bare


def test_near_miss_a_titled_namesake_at_home_keeps_his_given_name(run):
    text = ("HARLOW, Fla. -- Athletic director Rubio Sandoval said the team was ready. Rubio, who coached for ten "
            "years, said the new gym would open in May.\n")
    article = run(text, published="2016-03-01")
    bare = linked_actor(article, text, "Rubio", nth=1)
    assert bare is None or bare.name == "Rubio Sandoval", bare
    assert not any(a.name == "Marco Rubio" for a in article.actors)
