"""act48: false actors by shape and the coverage misses of session 47 (docs/accuracy.md, session 48; actors/people.py,
actors/page_things.py, actors/idle.py). A name the tagger takes for a place right after a rank or title is a person
(`Sgt. Leo Park`); `police commander` is a police title; a surname alone that an office in apposition after `a`/`an`
describes is a person (`Harlan, a former state senator,`); a lexicon company named only as a shop's lot or building
after a preposition is a place (`in a Walmart parking lot`); a broadcaster's town hall is the event it hosts; app
stores are platforms; a body no lexicon knows named like a competition that only modifies a match's word is the
competition (`the Coastal League title`), one named like a market only where shares trade is a place (`rose 40 cents
on the Pacific Stock Exchange`); three US charities are NGO bodies of the lexicon; a
group every mention of which opens with `every`, `any` or `no` is anyone of a kind (`hurt every family`). Invented sentences; rows marked
`fails on main` fail before the change, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("rank_then_name_tagged_a_place",   # fails on main: `Dale Park` no actor
     "Lt. Dale Park said the fire on Route 9 was out by noon.\n",
     "Dale Park: actor"),
    ("rank_then_name_ending_in_a_place_word",   # fails on main: `Leo Park` no actor
     "Two men were hurt outside a bar on Third Street. Sgt. Leo Park said the shooter had argued with them.\n",
     "Leo Park: actor"),
    ("guard_a_park_named_after_a_person",
     "Families walked to Dale Park on Sunday to watch the fireworks, the city said.\n",
     "Dale Park: none"),
    ("guard_rank_and_name_after_a_preposition_of_place",   # review48d: failed on int48 (a MIL actor)
     "The parade went from Col. Sanders Park to the harbor, and the crowd stayed at Gen. Grant Park until dark.\n",
     "Sanders Park: none; Grant Park: none"),
    ("rank_and_name_after_according_to",
     "The fire was out by noon, according to Lt. Dale Park of the county sheriff's office.\n",
     "Dale Park: actor"),
    ("police_commander_is_police",   # fails on main: MIL
     "Police Commander Ana Ortiz said patrols in the east district would double this summer.\n",
     "Ana Ortiz: sector=COP"),
    ("guard_a_commander_is_military",
     "Commander Ana Ortiz of the Navy said the ship would dock in Norfolk on Monday.\n",
     "Ana Ortiz: sector=MIL"),
    ("surname_alone_with_office_in_apposition",   # fails on main: `Brandt` no actor
     "The county board debated the levy on Monday.\n\nVoss, a former state lawmaker, testified that the tax was unfair.\n",
     "Voss: actor"),
    ("surname_alone_with_office_in_apposition_at_a_paragraph",   # fails on main: `Okafor` no actor
     "The council met on Tuesday. Okafor, a former county commissioner, urged members to reject the plan.\n",
     "Okafor: actor"),
    ("company_named_as_a_shop_lot",   # fails on main: `Walmart` a BUS actor
     "A woman was robbed in a Walmart parking lot on Friday night, police said.\n",
     "Walmart: none; police: actor"),
    ("guard_company_that_acts",
     "Walmart said on Friday that it would raise wages for 500,000 workers.\n",
     "Walmart: actor"),
    ("guard_company_lot_and_company_acting",
     "A woman was robbed in a Walmart parking lot on Friday. Walmart said it would add guards.\n",
     "Walmart#1: actor"),
    ("broadcaster_town_hall",   # fails on main: `Fox News` a MED actor
     "The senator will skip the Fox News town hall on Monday and fly to Atlanta instead.\n",
     "Fox News: none; senator: actor"),
    ("competition_before_a_title",   # fails on main: `Coastal League` an actor
     "The Dockers clinched their third Coastal League title with a 2-1 win at home.\n",
     "Coastal League: none"),
    ("guard_competition_that_acts",
     "The Coastal League said on Monday that ticket prices would rise next season.\n",
     "Coastal League: actor"),
    ("market_where_shares_trade",   # fails on main: `Pacific Stock Exchange` an actor
     "Shares of Dunmore Foods rose 40 cents to $18 on the Pacific Stock Exchange on Tuesday.\n",
     "Pacific Stock Exchange: none"),
    ("guard_market_that_acts",
     "The Pacific Stock Exchange said on Tuesday that it would halt trading in Dunmore Foods.\n",
     "Pacific Stock Exchange: actor"),
    ("group_of_anyone_of_a_kind",   # fails on main: `every family` a CVL group
     "The governor said the new tax had hurt every family in the state, and he would repeal it.\n",
     "every family: none; governor: actor"),
    ("guard_group_that_is_there",
     "Every family on Elm Street was evacuated on Sunday, and the families returned home on Monday, police said.\n",
     "families: actor"),
    ("charity_of_local_news",   # fails on main: `Habitat for Humanity` no actor
     "Volunteers with Habitat for Humanity built two houses on Elm Street this spring.\n",
     "Habitat for Humanity: sector=NGO"),
    ("app_store_a_platform",   # fails on main: `App Store` an actor
     "Fans downloaded the new game from the App Store within hours of its release.\n",
     "App Store: none"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act48_actors(run, text, spec):
    check_actors(run(text, published="2015-06-02"), text, spec)
