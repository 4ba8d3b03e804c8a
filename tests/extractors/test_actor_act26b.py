"""Actors on invented stories of the kinds of 2008 web pages (entertainment, business, sport) for the classes the
act26b branch (December 2026, issue 11: sector and country on new kinds of articles) fixed: a dateline whose region is
a country's first-level division (`GLASGOW, Scotland`), a guild (a union), a critic and a presenter (media), a title
joined to a chief executive's (`president and CEO of ...`), a head's title after a body's name (`CMG president ...`),
a beauty queen (no monarch), people said to be `from` a country (no state acting), and a title's initials or a
language taken for an actor."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_dateline_region_of_two_countries_gives_none(run):
    text = ("LAHORE, Punjab -- Tom Wedd said on Friday he expects to keep his job. Wedd said the board backed him.\n")
    art = run(text)
    assert at(art, text, "Tom Wedd").country is None


def test_a_beauty_queen_is_no_monarch(run):
    text = ("A former beauty queen from Leeds won the television contest on Friday, the broadcaster said.\n")
    art = run(text)
    found = at(art, text, "beauty queen")
    assert found is None or found.sector != "GOV"


def test_a_name_in_a_quoted_title_is_a_work(run):
    text = ('LONDON -- The best-actor contenders are Tom Varn for "Michael Clayton" and Ann Lisle for "The Silent '
            'Harbor." The rival "There Will Be Blood" also got nods. Her plays include such comedies as "Fuddy Meers" '
            'and "Kimberly Akimbo."\n')
    art = run(text)
    for word in ("Michael Clayton", "Blood", "Fuddy Meers", "Kimberly Akimbo"):
        assert at(art, text, word) is None, word
    assert at(art, text, "Tom Varn") is not None


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('a_dateline_region_that_is_a_countrys_division_gives_the_home',
     "GLASGOW, Scotland -- Harbour Rovers manager Tom Wedd said on Friday he expects to keep his job. Wedd "
     "said the board backed him. Rovers chairman Ian Pask said nothing.\n",
     None, 'Tom Wedd: country=GBR; Ian Pask: country=GBR'),
    ('a_guild_is_a_union',
     "LOS ANGELES (AP) - The Costume Makers Guild began talks on Saturday with the studios, and the guild "
     "said it wants a fair deal.\n",
     None, 'Costume Makers Guild: sector=LAB'),
    ('a_critic_and_a_presenter_are_media',
     "LONDON - Film critic Dan Orly praised the show on Monday. Television presenter Ava Lunt hosted it, and "
     "both said it would run again.\n",
     None, 'Dan Orly: sector=MED; Ava Lunt: sector=MED'),
    ('a_title_joined_to_a_chief_executives_takes_business',
     'SAN JOSE, Calif. - "We are close," said Tom Brisk, president and CEO of Velmar Systems, on Tuesday.\n',
     None, 'Tom Brisk: sector=BUS'),
    ('a_presidents_title_after_a_guilds_initials_is_the_guilds',
     "LOS ANGELES (AP) - The Costume Makers Guild (CMG) began talks on Saturday. In an email to members, "
     "CMG president Maria Alvey said the union wants a fair deal.\n",
     None, 'Maria Alvey: sector=LAB'),
    ('a_president_after_a_country_stays_the_states',
     "MOSCOW - Russian president Vladimir Putin met the delegation on Monday.\n",
     None, 'Vladimir Putin: sector=GOV'),
    ('people_from_a_country_are_no_state',
     "Most of the site's members live in Chile. While 90 percent of its users are Chileans, the rest are from "
     "Peru, Bolivia and Kenya, the company said. Its founder is from Chile.\n",
     None, 'Peru: none; Kenya: none'),
    ('a_proposal_from_a_country_keeps_the_state',
     "The proposal was from Russia, a diplomat said on Monday.\n",
     None, 'Russia: actor'),
    ('a_titles_initials_and_a_language_name_nobody',
     'MUMBAI (IANS): Ravi Menon, chief operating officer (COO) of Talkzone.com, said the site grew fast. "One '
     'can write in one language, say Hindi, and read it in another," he added.\n',
     None, 'COO: none; Hindi: none'),
    ('a_name_quoted_in_a_sentence_stays',
     '"We met Tom Varn on Monday," said Ann Lisle, and Varn agreed.\n',
     None, 'Tom Varn: actor'),
    ('a_country_named_as_a_place_homes_a_companys_story',
     "Faced with slowing growth, Velmar Telecom announced today that it will cut 3,000 jobs and close 90 of "
     "its stores across the U.S. The company is also weighing a move of its headquarters in Kansas. Its chief "
     "executive Dan Ruhl would stay.\n",
     None, 'Velmar Telecom: country=USA; Dan Ruhl: country=USA'),
    ('a_name_between_two_quoted_titles_stays',
     'LONDON -- The contenders are Tom Varn for "Michael Clayton," Ann Lisle for "Eastern Promises" and Joe '
     'Pratt for "Juno."\n',
     None, 'Ann Lisle: actor'),
    ('one_foreign_mention_does_not_outvote_a_city_named_again_and_again',
     "Sam Berel started as a lawyer in Winnipeg and ended as the best-loved man in Winnipeg.\n"
     "Jo Marr, a famous U.S. singer, said he changed her life. She flew to Winnipeg to see him.\n"
     "Ed Kolb, who met him at a Winnipeg bar, said they argued for hours. Kolb still lives in Winnipeg.\n",
     None, 'Sam Berel: country=CAN; Ed Kolb: country=CAN'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
