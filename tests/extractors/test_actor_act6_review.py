"""Actors on invented stories, for the rules of act6 that fired too broadly (a review, December 2026, rev14a): a
public figure with a private trade besides, a plural title before a clause's subject, police officers of a named
service, parishes, lawmakers of two parties, a county executive, and headings in capitals."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_whom_a_clause_was_told_is_no_title_of_its_subject(run):
    text = ("WASHINGTON -- The mayor told reporters John Hubbard would resign. The governor told supporters Jane "
            "Wilkins was a liar.\n")
    art = run(text, published="2016-05-01")
    assert at(art, text, "John Hubbard").sector != "MED"
    assert at(art, text, "Jane Wilkins").role is None


def test_a_louisiana_parish_and_a_man_named_parish_are_no_church(run):
    text = ("NEW ORLEANS -- Jefferson Parish officials said the levee held. John Parish, a local resident, said he "
            "was scared.\n")
    art = run(text, published="2016-05-01")
    assert at(art, text, "John Parish").sector != "REL"
    assert all(a.sector != "REL" for a in art.actors)


def test_lawmakers_of_two_parties_are_no_one_partys(run):
    text = ("WASHINGTON -- Republican and Democratic lawmakers agreed on the budget. Republican lawmakers cheered.\n")
    art = run(text, published="2016-05-01")
    both, rep = at(art, text, "Republican and Democratic lawmakers"), at(art, text, "Republican lawmakers")
    assert both.id != rep.id and both.name != "Republican lawmakers"


def test_a_bare_surname_after_a_relative_spoke_goes_on_quoting_the_relative(run):
    text = ("WASHINGTON -- Hillary Clinton spoke on Monday. Chelsea Clinton said her mother would win. Clinton added "
            "that the race was close.\n")
    art = run(text, published="2016-09-26")
    assert at(art, text, "Clinton", 2).name == "Chelsea Clinton"


def test_a_group_named_right_after_the_dateline_has_no_blank_in_its_name(run):
    text = "NEW ORLEANS -- Jefferson County officials said on Monday the levee held.\n"
    art = run(text, published="2016-05-01")
    group = at(art, text, "Jefferson County officials")
    assert group.name == group.name.strip() and group.name.startswith("Jefferson")


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_public_figure_with_a_private_trade_keeps_his_office',
     "WASHINGTON -- Nancy Pelosi, a grandmother of nine, said the bill would pass. Sen. Jon Tester, a farmer "
     "from Montana, voted no.\n",
     '2016-05-01', 'Nancy Pelosi: sector=LEG; Jon Tester: sector=LEG'),
    ('an_officer_of_a_named_police_service_is_police',
     "WASHINGTON -- A Secret Service officer shot a man near the White House on Monday. A foreign service "
     "officer, Sam Ward, died in Kabul.\n",
     '2016-05-01', 'Secret Service officer: sector=COP; Sam Ward: sector=GOV'),
    ('a_county_executive_is_in_government',
     "NEW YORK -- Nassau County Executive Laura Curran said the bridge would close on Monday.\n",
     '2018-05-01', 'Laura Curran: sector=GOV'),
    ('a_heading_in_capitals_names_nobody',
     "WASHINGTON (AP) -- Donald Trump spoke on Monday.\n\nMARK TO MARKET: Analysts doubted it.\n\n"
     "TRUMP: We will win.\n",
     '2016-05-01', 'MARK TO MARKET: none'),
    ('one_line_opened_by_a_name_in_capitals_is_no_transcript',
     "WASHINGTON (AP) -- Trump spoke on Monday.\n\nGRACE KELLY: The film that made a star.\n",
     '2016-05-01', 'GRACE KELLY: none'),
    ('a_countrys_executive_is_its_government',
     "MADRID -- The Spanish executive said on Monday it would block the vote. Spain's executive rejected the "
     "plan again.\n",
     '2017-09-26', "Spanish executive: sector=GOV; Spain's executive: sector=GOV"),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
