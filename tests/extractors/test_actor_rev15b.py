"""Actors on invented stories, for the second reading of the act7 change (rev15b, December 2026): its rules kept
from reaching real actors of ordinary political and conflict news."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_block_of_senators_is_no_address(run):
    text = "WASHINGTON -- The largest block of Republican senators opposed the bill on Monday.\n"
    art = run(text, published="2016-05-02")
    senators = at(art, text, "Republican senators")
    assert senators is not None and senators.sector == "LEG"


def test_a_country_after_an_organisation_in_a_list_of_actors_stays_the_state(run):
    text = ("CAIRO -- The strikes were condemned by the Arab Parliament, Egypt, and Jordan on Monday.\n")
    art = run(text, published="2016-05-02")
    egypt = at(art, text, "Egypt")
    assert egypt is not None and egypt.country == "EGY"


def test_a_groups_leader_speaking_speaks_for_the_group(run):
    text = ("GAZA -- Hamas vowed revenge on Monday. \"We will fight until the end,\" its leader said.\n")
    art = run(text, published="2016-05-02")
    assert at(art, text, "its leader").id == at(art, text, "Hamas").id


def test_the_owner_of_what_a_title_heads_is_a_person(run):
    text = ("WASHINGTON -- \"We will win Ohio,\" said Tom Hart, chairman of Ahmed Ali's campaign. Ali said on Monday "
            "he was confident.\n")
    art = run(text, published="2016-05-02")
    assert at(art, text, "Ahmed Ali").id == at(art, text, "Ali", nth=1).id


def test_a_severed_head_is_no_title_heading_a_body(run):
    text = ("RAQQA -- The militants displayed the severed head of Ahmed Hassan Farah in the square on Monday. Farah "
            "was a teacher.\n")
    art = run(text, published="2016-05-02")
    assert at(art, text, "Ahmed Hassan Farah").id == at(art, text, "Farah", nth=1).id


def test_people_listed_with_their_countries_are_people_and_states(run):
    text = ("LONDON -- The ministers who attended included John Hart, Britain, and Pierre Dumas, France. Hart said on "
            "Monday the talks went well.\n")
    art = run(text, published="2016-05-02")
    hart = at(art, text, "John Hart")
    assert hart is not None and hart.id == at(art, text, "Hart", nth=1).id
    assert at(art, text, "Pierre Dumas") is not None
    assert at(art, text, "France").country == "FRA"


def test_the_acronym_of_a_body_ending_in_a_things_word_is_an_actor(run):
    text = ("NAIROBI -- The UN Environment Programme (UNEP) said on Monday the lake was dying. UNEP urged Kenya to act. "
            "The Affordable Care Act (ACA) was not discussed.\n")
    art = run(text, published="2016-05-02")
    assert at(art, text, "UNEP", nth=1) is not None
    assert at(art, text, "ACA") is None


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_name_an_editor_put_in_brackets_inside_a_quote_is_no_journalist',
     "MOGADISHU -- \"He [Ahmed Hassan Farah] ordered the attack on the base,\" the officer said on Monday. "
     "Police arrested Farah later.\n",
     '2016-05-02', 'Ahmed Hassan Farah: sector!=MED'),
    ('an_international_official_described_by_his_nationality_keeps_his_office',
     "UNITED NATIONS -- Ban Ki-moon, a South Korean diplomat, said on Monday the fighting in Syria must stop. "
     "Jens Stoltenberg, a Norwegian politician, said NATO would help.\n",
     '2016-05-02', 'Ban Ki-moon: country=IGO; Jens Stoltenberg: country=IGO'),
    # Concerned Women for America: (a plural: still a lobby)
    ('a_body_named_in_the_singular_for_a_cause_is_no_advocacy_group_by_its_name',
     "HARARE -- The Movement for Democratic Change said on Monday it would boycott the vote. Penny Nance, "
     "president of Concerned Women for America, agreed.\n",
     '2016-05-02', 'Movement for Democratic Change: sector!=NGO; Concerned Women for America: sector=NGO'),
    ('a_possessed_title_of_the_state_keeps_the_possessors_side',
     "MOSCOW -- Vladimir Putin met the envoy on Monday. \"The talks were useful,\" his foreign minister said.\n",
     '2016-05-02', 'his foreign minister: country=RUS'),
    ('a_name_after_by_and_a_day_opening_a_paragraph_is_no_journalist',
     "MOGADISHU -- Al-Shabab fighters stormed the town on Sunday.\n\nBy Monday, Ahmed Hassan Farah had fled the "
     "city with his family, police said.\n\n(Reporting by Abdi Sheikh; Editing by Ed Osmond)\n",
     '2016-05-02', 'Ahmed Hassan Farah: sector!=MED; Abdi Sheikh: sector=MED; Ed Osmond: sector=MED'),
    ('a_hyphenless_hyphenated_american_is_no_namesake_abroad',
     "COLUMBIA -- Nikki Haley, an Indian American mother of two, said on Monday she would sign the bill.\n",
     '2016-05-02', 'Nikki Haley: country=USA'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
