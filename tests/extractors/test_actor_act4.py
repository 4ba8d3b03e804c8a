"""Actors on invented stories, for the classes the act4 branch (December 2026, issue 11) fixed: wrong identities
(a gendered title before a surname the lexicon shares, a former office holder for an office, a given name the
tagger left out) and false actors."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_mr_before_a_shared_surname_is_the_man_of_that_name(run):
    text = "NEW YORK -- Mr. Clinton spoke at a rally for his wife on Monday. Mrs. Clinton thanked him.\n"
    art = run(text, published="2016-05-01")
    assert at(art, text, "Clinton").name == "Bill Clinton"           # not the candidate in office that day
    assert at(art, text, "Clinton", 1).name == "Hillary Clinton"


def test_mrs_before_a_lexicon_surname_is_never_the_man(run):
    text = "DAYTON, Ohio -- The bakery closed on Monday, Mrs. Kerry said. She had run it for 20 years.\n"
    art = run(text, published="2016-05-01")
    kerry = at(art, text, "Kerry")
    assert kerry is not None and kerry.name != "John Kerry" and kerry.sector != "GOV"


def test_people_from_a_country_do_not_make_the_state_an_actor(run):
    text = ("CHICAGO -- The senator wants to deport undocumented immigrants from Mexico and refugees from Syria. "
            "Mexico protested on Monday.\n")
    art = run(text, published="2016-05-01")
    assert at(art, text, "Mexico") is None                           # where the immigrants come from
    assert at(art, text, "Syria") is None
    assert at(art, text, "Mexico", 1).name == "Mexico"               # the state acting


def test_listed_origins_are_places(run):
    text = ("HOUSTON -- Immigrants from Mexico, Honduras and Guatemala crossed the border. Smaller numbers came "
            "from countries such as Venezuela, Germany and Iran. Iran protested on Monday.\n")
    art = run(text, published="2016-05-01")
    for name in ("Mexico", "Honduras", "Guatemala", "Venezuela", "Germany"):
        assert at(art, text, name) is None, name
    assert at(art, text, "Iran", 1).name == "Iran"


def test_a_name_with_a_garbled_accent_is_one_name(run):
    text = "PARIS -- As anti-terrorist prosecutor Marc Tr\u00c3\u00a9vidic put it, \"there was not much.\"\n"
    art = run(text, published="2016-06-17")
    prosecutor = at(art, text, "Marc")
    assert prosecutor.name == "Marc Tr\u00c3\u00a9vidic" and prosecutor.sector == "JUD"


def test_a_hyphenated_given_name_in_lower_case_stays_in_the_name(run):
    text = "SEOUL -- South Korean President Park Geun-hye met U.N. Secretary General Ban Ki-moon on Monday.\n"
    art = run(text, published="2016-09-10")
    assert at(art, text, "Park").name == "Park Geun-hye"
    assert at(art, text, "Ban").name == "Ban Ki-moon"


def test_a_given_name_the_tagger_left_out_stays_with_the_surname(run):
    text = ("LONDON -- Mayor Sadiq Khan said on Monday the city was safe. Imran Khan, the Pakistani politician, "
            "disagreed.\n")
    art = run(text, published="2016-06-01")
    mayor = at(art, text, "Sadiq")
    assert mayor is not None and mayor.name == "Sadiq Khan" and mayor.sector == "GOV"
    assert at(art, text, "Khan") is mayor                            # not the Pakistani of that surname


def test_an_office_is_its_holder_on_the_day_not_a_former_one(run):
    text = ("WASHINGTON -- Former Attorney General Eric Holder spoke on Monday. The attorney general said the "
            "department would not appeal.\n")
    art = run(text, published="2016-06-01")
    assert at(art, text, "The attorney general").name == "Loretta Lynch"
    assert at(art, text, "Eric Holder").sector == "ELI"


def test_names_in_a_long_credit_line_are_journalists(run):
    text = ("SINGAPORE (Reuters) - Tensions rose in the South China Sea on Monday, officials said.\n\n(Additional "
            "reporting by Masayuki Kitano, Tom Ward and Paige Lim in Singapore and Ann Roe in Beijing; "
            "Editing by Raju Gopalakrishnan.)\n")
    art = run(text, published="2016-06-05")
    for name in ("Masayuki Kitano", "Paige Lim", "Ann Roe", "Raju Gopalakrishnan"):
        assert at(art, text, name).sector == "MED", name


def test_an_organisations_handle_in_brackets_is_its_account(run):
    text = "NEW YORK -- The count is done. — The Associated Press (@AP) August 23, 2016, the campaign said.\n"
    art = run(text, published="2016-08-23")
    assert at(art, text, "@AP") is at(art, text, "Associated Press")


def test_a_singular_kind_in_apposition_with_a_name_is_that_person(run):
    text = ("PARIS -- France's newest radical and violent jihadist, Larossi Abballa, had first drawn notice from "
            "police in 2011. Jihadists attacked the town.\n")
    art = run(text, published="2016-06-17")
    assert at(art, text, "violent jihadist") is at(art, text, "Larossi Abballa")   # no group `French jihadists`
    assert at(art, text, "Jihadists") is not None                                  # the doers stay a group


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    ('an_envoy_to_a_country_is_still_the_lexicon_person',
     "DAMASCUS -- Kofi Annan, the UN-Arab League envoy to Syria, met Bashar al-Assad on Monday. Sergei "
     "Lavrov, Russia's foreign minister, met them later.\n",
     '2012-05-01', 'Kofi Annan: country=IGO; Sergei Lavrov: sector=GOV'),
    ('the_slogan_in_capitals_names_no_state',
     "NEW YORK -- Many firms will not fund the convention. Trump's campaign to \"Make America Great Again\" "
     "will go on without them.\n",
     '2016-06-20', 'America: none'),
    # Osama bin Laden: not a former office holder (ELI)
    ('a_dead_militant_leader_stays_a_militant',
     "WASHINGTON -- Osama bin Laden was killed by Navy SEALs five years ago, the president said.\n",
     '2016-06-17', 'Osama bin Laden: sector=REB'),
    # rebels: a predicate
    # terrorists: a likeness
    # whose family: someone's relatives
    # Rebels: the doers
    ('what_people_are_or_seem_names_no_group',
     "NEW YORK -- Skater bros all think they're rebels, said Ana Gil, whose family moved to Washington "
     "Heights. They looked like terrorists, a neighbour said. Rebels attacked the town on Monday.\n",
     '2016-06-01', 'rebels: none; terrorists: none; whose family: none; Rebels: sector=REB'),
    ('a_share_of_people_is_a_statistic',
     "COLUMBUS, Ohio -- Ann Roe had 40 percent fewer supporters in Harlow this time. Her supporters "
     "cheered on Tuesday.\n",
     '2016-03-16', 'supporters: none; Her supporters: actor'),
    ('a_time_zone_is_no_actor',
     "WASHINGTON -- The results (all times Eastern Standard Time) came in late, the party said.\n",
     '2016-03-02', 'Eastern Standard Time: none'),
    ('a_religion_is_no_actor',
     "WASHINGTON -- Trump said on Monday that Islam hates us, and Republicans want the term \"radical Islam.\"\n",
     '2016-03-10', 'Islam: none; radical Islam: none'),
    ('a_name_before_a_noun_of_a_place_or_show_names_no_actor',
     "CLEVELAND -- Planners discussed using the 67,000-seat Cleveland Browns stadium for the "
     "speech. He owned the televised Miss Universe pageant. The two exceptions are strongly Republican "
     "Wyoming and Vermont.\n",
     '2016-07-18', 'Cleveland Browns: none; Miss Universe: none; Republican Wyoming: none'),
    # first-term secretary: what Clinton was, not a staffer of Obama
    ('a_past_office_of_a_named_subject_is_no_one_else',
     "WASHINGTON -- The dispute started in 2011, when Clinton was then Obama's first-term secretary of state.\n",
     '2016-06-01', 'first-term secretary: none'),
    ('a_school_principal_and_a_lobbyist_have_their_sectors',
     "NEWTOWN, Conn. -- The school's principal Dawn Hochsprung died on Friday. Halvorson attacked Shuster's "
     "ties to Shelley Rubino, a senior lobbyist for Airlines for America.\n",
     '2016-04-20', 'Dawn Hochsprung: sector=EDU; Shelley Rubino: sector=BUS'),
    # Dana Lee: no group of a sector before the colon
    ('people_listed_after_a_group_take_its_sector',
     "WASHINGTON -- The fund has spent cash on behalf of two more Republican lawmakers this year: Kevin "
     "Brady in Texas and Ann Roe in Ohio. The winners: Dana Lee and Tom Fry.\n",
     '2016-04-18', 'Kevin Brady: sector=LEG; Ann Roe: sector=LEG; Dana Lee: sector=CVL'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
