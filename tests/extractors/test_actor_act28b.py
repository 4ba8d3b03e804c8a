"""Actors on invented stories, for act28b (December 2026, issue 11): role nouns of every sector written from knowledge
(titles.tsv), the plural of a title of several words, pots of money named `... Fund`, and a staff title `at` or `for`
a body in no lexicon (bench/probe_actors.py probes the same classes at large)."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_the_plural_of_a_title_of_several_words_is_its_group_with_the_titles_sector(run):
    text = "KABUL (AP) - Army officers said on Monday that the convoy had been hit.\n"
    art = run(text)
    officers = at(art, text, "Army officers")
    assert officers is not None and officers.sector == "MIL"   # (was COP: `officers`)


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    # Mara Vance: (was CVL)
    # Tom Hale: (was CVL)
    # Ann Bell: (was CVL)
    # Sam Ruiz: (was SPY: `agent`)
    # Ed Moss: (was CVL)
    ('role_nouns_of_each_sector_give_it',
     "WASHINGTON (AP) - Mara Vance, a corporal, said on Monday that the convoy was late. Union steward Jo Ames "
     "and shop steward Lee Cho met. Tom Hale, a trade unionist, said pay was too low. Vicar Ann Bell said the "
     "church would open. FBI agent Sam Ruiz said the house was searched. Ed Moss, an assemblyman, said the bill "
     "would pass.\n",
     None,
     'Mara Vance: sector=MIL; Tom Hale: sector=LAB; Ann Bell: sector=REL; Sam Ruiz: sector=COP; Ed Moss: '
     'sector=LEG'),
    # Tom Hale: (was COP: `officer`)
    # Jim Dale: (was COP)
    # Ann Pike: (was MIL: `general`)
    ('a_longer_title_wins_over_its_last_word',
     "BOSTON (AP) - Brightwater Corp. Chief Financial Officer Tom Hale said profits rose. Army officer Jim Dale "
     "said the base would close. Auditor General Ann Pike said the books were in order.\n",
     None, 'Tom Hale: sector=BUS; Jim Dale: sector=MIL; Ann Pike: sector=GOV'),
    # Highway Trust Fund: (was NGO)
    ('a_pot_of_money_named_fund_is_no_actor_and_a_fund_that_acts_stays',
     "DENVER (AP) - The state drew $2 million from the Highway Trust Fund and the Rainy Day Fund on Monday. "
     "The International Monetary Fund said growth would slow.\n",
     None, 'Highway Trust Fund: none; Rainy Day Fund: none; International Monetary Fund: actor'),
    # Ann Lee: (was GOV)
    ('a_staff_title_at_a_body_in_no_lexicon_is_no_government',
     "BOSTON (AP) - Ann Lee, a spokeswoman at Mercy Memorial Hospital, said two were hurt. Jim Cole, a "
     "spokesman for the Interior Ministry, said the road was closed.\n",
     None, 'Ann Lee: sector!=GOV; Jim Cole: sector=GOV'),
    # Airbus A320: (was BUS)
    # Samsung Galaxy S9: (was BUS)
    ('a_makers_name_with_a_model_is_the_thing_and_the_maker_alone_the_company',
     "SEATTLE (AP) - The crew of an Airbus A320 landed safely on Monday. Her son bought a Samsung Galaxy S9 "
     "last week. An Airbus spokesman said the jet was safe.\n",
     None, 'Airbus A320: none; Samsung Galaxy S9: none; Airbus#1: actor'),
    # Lou Gehrig: (was CVL)
    # House Bill 2: (was LEG)
    ('illnesses_named_for_a_person_and_numbered_bills_are_no_actors',
     "AUSTIN, Texas (AP) - Dan Reyes, who has Lou Gehrig's disease, said the lawmakers passed House Bill 2 on "
     "Monday.\n",
     None, 'Lou Gehrig: none; House Bill 2: none; lawmakers: actor'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
