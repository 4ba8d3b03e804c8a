"""act54a: a party's voters in campaign coverage (docs/actors.md `### act54a`): the party's word before a plural of
people (`GOP voters`, descriptions.py), a kind of people before a party's plural (`moderate Republicans`,
actor_words.tsv `partisan_kind`) and a poll's share of it (`43 percent of Democrats`, `party_share`) are the party's
voters, private people (GUIDE.md: voters and collectives named by a stance are CVL), not the party. Invented stories,
a near-miss each."""
from __future__ import annotations

from tests.helpers import actor_at

GOP = ("GOP voters in Harlow County backed Tom Vickery on Tuesday, and GOP lawmakers in Dover met with him later. "
       "The GOP said it would appeal the count.\n")


def test_the_party_word_before_its_voters_names_voters(run):
    article = run(GOP, published="2016-03-02")
    voters = actor_at(article, GOP, "GOP voters")
    assert voters is not None and voters.sector == "CVL" and voters.country == "USA", voters
    assert "Party" not in voters.name, voters


def test_the_party_word_before_its_lawmakers_names_lawmakers(run):
    article = run(GOP, published="2016-03-02")
    lawmakers = actor_at(article, GOP, "GOP lawmakers")
    assert lawmakers is not None and lawmakers.sector == "LEG", lawmakers


def test_the_party_that_speaks_stays_the_party(run):
    article = run(GOP, published="2016-03-02")
    party = actor_at(article, GOP, "GOP said")
    assert party is not None and party.sector == "PTY" and party.name == "Republican Party", party


KINDS = ("Moderate Republicans in Ohio are drifting away, a pollster, Lena Farrow, said on Monday. Working-class "
         "Democrats stayed home in the primary. In a poll of 600 people, 43 percent of Democrats said the economy "
         "came first.\n")


def test_a_kind_of_the_partys_people_is_its_voters(run):
    article = run(KINDS, published="2016-03-02")
    for words in ("Moderate Republicans", "Working-class Democrats", "Democrats said"):
        group = actor_at(article, KINDS, words)
        assert group is not None and group.sector == "CVL", (words, group)


NEAR = ("Moderate House Republicans blocked the spending bill on Thursday, and liberal Democrats in the Senate said "
        "they would try again. Some prominent Catholic Republicans, led by Senator Ada Kessel, wrote to the "
        "governor. A majority of Democrats voted for the measure.\n")


def test_lawmakers_and_figures_of_a_party_are_left_alone(run):
    article = run(NEAR, published="2016-03-02")
    house = actor_at(article, NEAR, "Moderate House Republicans")
    assert house is None or house.sector in ("LEG", "PTY"), house
    senate = actor_at(article, NEAR, "liberal Democrats")
    assert senate is None or senate.sector in ("LEG", "PTY"), senate
    figures = actor_at(article, NEAR, "Catholic Republicans")
    assert figures is None or figures.sector != "CVL", figures
    majority = actor_at(article, NEAR, "Democrats voted")
    assert majority is None or majority.sector != "CVL", majority       # a majority is no poll's share


PROBE = ("The FBI and Justice Department on Friday closed an inquiry without charges into Harlow's mayor, Tom Vickery. "
         "Vickery thanked both agencies on Monday.\n")
BUDGET = ("The FBI and Justice Department on Friday closed their offices without notice in Harlow, the mayor, Tom "
          "Vickery, said on Monday.\n")


def test_a_justice_ministry_that_closes_an_inquiry_without_charges_as_a_joint_subject_is_jud(run):
    article = run(PROBE, published="2016-07-13")
    ministry = actor_at(article, PROBE, "Justice Department")
    assert ministry is not None and ministry.sector == "JUD", ministry


def test_a_justice_ministry_that_closes_offices_stays_gov(run):
    article = run(BUDGET, published="2016-07-13")
    ministry = actor_at(article, BUDGET, "Justice Department")
    assert ministry is not None and ministry.sector == "GOV", ministry
