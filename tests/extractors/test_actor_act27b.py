"""Actors on invented stories, for act27b (December 2026, issue 11): sectors and identities by what the article
itself says - a dweller's noun before a name (`Londoner Jade`), a staff title after a body named in no lexicon
(`Bay Hospital spokeswoman`), a rank of a navy (`Petty Officer`)."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_dwellers_noun_gives_the_country_and_is_no_part_of_the_name(run):
    text = ("CHICAGO (AP) - Londoner Amy Pike, 30, said on Monday she was moving home. Texan Bill Rowe, a "
            "farmer, said he would stay.\n")
    art = run(text)
    amy = at(art, text, "Amy Pike")
    assert amy.name == "Amy Pike" and amy.country == "GBR"
    bill = at(art, text, "Bill Rowe")
    assert bill.name == "Bill Rowe" and bill.country == "USA"


def test_a_dwellers_noun_before_a_given_name_joins_the_person_named_before(run):
    text = ("LOS ANGELES - The house voted on Sunday.\nJade Eden, a 21-year-old former beauty queen, wept as she "
            "left the house.\nLondoner Jade, who joined Mensa at the age of five, was put up for "
            "eviction.\n")
    art = run(text)
    jade = at(art, text, "Londoner Jade")
    assert jade.name == "Jade" and jade.country == "GBR"


def test_a_staff_title_after_a_body_named_in_no_lexicon_takes_no_states_sector(run):
    text = ("BOSTON (AP) - A Bay Hospital spokeswoman, Ann Lee, said two were hurt. Acme Widgets spokesman Tom Vale "
            "said the plant would close. Lakeview School spokesman Jim Cole said classes would resume.\n")
    art = run(text)
    assert at(art, text, "Ann Lee").sector == "BUS"     # (was CVL, `care worker`: a hospital aide's; None until
    #                                                     sect51 gave orgwords.tsv `hospital` BUS, as GUIDE.md's gold49)
    assert at(art, text, "Tom Vale").sector is None     # (was GOV)
    assert at(art, text, "Jim Cole").sector == "EDU"    # (was GOV)


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_staff_title_after_a_state_body_or_a_person_is_as_before',
     "WASHINGTON (AP) - State Department spokesman John Kirby said on Monday the talks would go on. Fire "
     "Department spokesman Bill Hope said no one was hurt. A hospital aide, Ann Bell, said she saw him. "
     "Department of Public Safety spokesman Sid Lane said two troopers were hurt.\n",
     None, 'Sid Lane: sector=COP; John Kirby: sector=GOV; Bill Hope: sector=GOV; Ann Bell: sector=CVL'),
    # Ann Grady: (was COP)
    ('a_navys_officer_ranks_are_military',
     "NORFOLK, Va. (AP) - Senior Chief Petty Officer Ann Grady said the ship would sail on Monday. Chief "
     "Warrant Officer Sam Reyes flew the helicopter. Police Officer Jim Dale said the road was closed.\n",
     None, 'Ann Grady: sector=MIL; Sam Reyes: sector=MIL; Jim Dale: sector=COP'),
    # Helen Cord: (was CVL)
    # Fiona Eve: (was CVL)
    # Tom Hale: (was CVL)
    ('a_workplace_named_again_by_its_noun_gives_its_sector',
     "OXFORD - The fair raised money for the Helen Vale Hospice. Helen Cord, a fundraising assistant at the "
     "hospice, said people were generous. Fiona Eve, who works at the hospice, said she enjoyed it. Tom Hale, "
     "a consultant with the firm, said the deal was done. Bob Marsh, an uncle of the boy, said he was "
     "shocked.\n",
     None, 'Helen Cord: sector=NGO; Fiona Eve: sector=NGO; Tom Hale: sector=BUS; Bob Marsh: sector=CVL'),
    # Jason Jones: (was CVL)
    ('a_phrase_the_parser_hangs_on_the_verb_before_a_name_is_the_names',
     'HUNTSVILLE, Texas - "Anyone in this county may burn brush," said Jason Jones with the Huntsville '
     'Fire Department. "It was loud," said Ann Reed of Springfield.\n',
     None, 'Jason Jones: sector=GOV; Ann Reed: sector=CVL'),
    ('a_position_at_the_center_of_something_is_no_workplace',
     "HAVANA (AP) - Raul Castro likened the battle to the fight for Elian, the young boy at the center "
     "of a cross-border custody fight. Elian Gonzalez was found at sea.\n",
     None, 'Elian Gonzalez: sector!=NGO'),
    # Indian Orchard Citizens Council: (was IND)
    # Dutch Neck Fire Company: (was NLD)
    # Susan Soto: (was IND)
    ('a_demonym_that_opens_a_places_name_gives_no_nationality-1',
     "SPRINGFIELD, Mass. - The Indian Orchard Citizens Council voted on Monday to fix the roads, its president "
     "John Dole said. The Dutch Neck Fire Company put out a blaze. The Chinese Embassy said it would help.\n",
     None,
     'Indian Orchard Citizens Council: country=USA; Dutch Neck Fire Company: country=USA; Chinese Embassy:'
     ' country=CHN'),
    ('a_demonym_that_opens_a_places_name_gives_no_nationality-2',
     'SPRINGFIELD, Mass. - "We waited a long time for this," said Susan Soto, president of the Indian Orchard '
     'Citizens Council.\n',
     None, 'Susan Soto: country=USA'),
    # Tom Vale: (was CVL)
    # Ben Wiz: (was CVL)
    ('a_bodys_own_lawyer_takes_its_sector',
     "NEW YORK (AP) - A company lawyer, Tom Vale, said the firm would appeal. ACLU lawyer Ben Wiz said the law "
     "was wrong. Defense lawyer Jim Roe said his client was innocent.\n",
     None, 'Tom Vale: sector=BUS; Ben Wiz: sector=NGO; Jim Roe: sector=CVL'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
