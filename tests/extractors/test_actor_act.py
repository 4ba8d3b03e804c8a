"""Actors on invented stories, for the classes the act branch (December 2026) fixed: roles in works of fiction and
titles of works, a seat won, a described name parsed as a verb's subject, a bare surname far before the full name
of a namesake, people in general under a rule, campaign staff and spokesmen, writers quoted, party voters,
pollsters and election boards, and a candidate just out of a race."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at, check_actors


at = actor_at


def test_a_description_after_a_name_and_comma_is_that_person(run):
    text = ("WASHINGTON -- Wednesday brought news: Sen. Ted Cruz of Texas, a candidate with no arithmetic "
            "path to the nomination, named Carly Fiorina as his running mate.\n")
    art = run(text, published="2016-04-28")
    cruz = at(art, text, "Ted Cruz")
    assert cruz is not None and cruz.name == "Ted Cruz"
    assert at(art, text, "a candidate") in (None, cruz)
    assert not any(a.name == "a candidate" for a in art.actors)


def test_a_bare_surname_far_before_a_namesake_is_not_that_person(run):
    text = ("NEW YORK -- The activist Ray Ellis spoke on Monday.\n\n\"She worked for a charity as he marched for "
            "Dr. Nolan,\" Ellis said. \"Comfort and culture are two different things, and the old fights were "
            "long. We learned a lot in those years, and we learned it the hard way, in the streets, in the churches "
            "and in the courts of this country, one case at a time, year after year. Nobody gave us anything, and "
            "nobody handed us a seat at the table; we built the table ourselves, board by board, and then we "
            "invited everyone else to sit down with us.\"\n\nEllis also spoke about "
            "the race. \"The best way I can describe him is to say if Gus Nolan had been a politician he would be "
            "this candidate,\" Ellis said.\n")
    art = run(text, published="2016-02-23")
    gus = at(art, text, "Gus Nolan")
    assert gus is not None
    assert at(art, text, "Nolan") is not gus                         # `Dr. Nolan` far before `Gus Nolan`


def test_party_voters_pollsters_and_election_boards(run):
    text = ("CONCORD, N.H. -- Some 40 percent of registered Democrats backed Sanders, a CNN/ORC poll found, and "
            "a Morning Consult survey agreed. The Illinois Board of Elections ruled on Monday that Cruz may run.\n")
    art = run(text, published="2016-02-05")
    voters = at(art, text, "registered Democrats")
    assert voters is not None and voters.sector == "CVL"
    assert at(art, text, "ORC").sector == "BUS"
    assert at(art, text, "Morning Consult").sector == "BUS"
    assert at(art, text, "Illinois Board of Elections").sector == "GOV"


def test_a_candidate_just_out_of_a_race_is_still_of_the_party(run):
    from dateline.lexicon import actors as lex

    fiorina = lex.people()["Carly Fiorina"]
    assert fiorina.at("2016-04-28")[1] == "PTY"                     # out of the race since February
    assert fiorina.at("2017-04-28")[1] == "PTY"                     # a year later: she never held public office,
    #                                                                 so no former holder (ELI; GUIDE.md, session 56)
    assert lex.people()["Mitt Romney"].at("2016-05-05")[1] == "ELI"


def test_his_campaign_as_a_subject_is_the_campaign(run):
    text = ("DES MOINES, Iowa -- Bernie Sanders spoke in Iowa on Monday. His campaign said on Tuesday that it had "
            "raised $5 million. Sanders said the proposal came up during his campaign.\n")
    art = run(text, published="2016-01-20")
    campaign = at(art, text, "His campaign")
    assert campaign is not None and campaign.sector == "PTY" and campaign.name == "Bernie Sanders campaign"
    assert at(art, text, "his campaign") in (None, at(art, text, "Bernie Sanders"))   # a period, no actor


ACTOR_CASES = [  # (test id, text, published, what the actors at its phrases are: tests.helpers.check_actors)
    # Dan Archer: the `of`-object of `portrayal`
    # Long Way Home: in apposition, after a comma, with `series`
    # Long Way Home#1: the same title again
    # Walt Kessler: `portrayed by` someone
    # Walt Kessler#1: the same role again, in a quote
    # Rita Moss: a real woman depicted by people
    ('roles_in_fiction_and_titles_of_works_are_no_actors',
     "LOS ANGELES -- Known for his portrayal of Dan Archer in the sitcom Blue Harbor, comedian Paul Devlin "
     "began shooting his new NBC series, Long Way Home, on Monday. Devlin also voices grandfather Walt "
     "Kessler, portrayed by Devlin in the pilot. \"Walt Kessler says things I never would,\" Devlin said. "
     "Long Way Home airs in March. Rita Moss, portrayed by critics as a spoiler, said on Tuesday she liked "
     "the show.\n",
     '2016-01-14',
     'Dan Archer: none; Long Way Home: none; Long Way Home#1: none; Walt Kessler: none; Walt Kessler#1: '
     'none; Paul Devlin: sector=CVL; Rita Moss: actor'),
    # White House#1: the government speaking
    ('a_seat_won_is_no_actor',
     "WASHINGTON -- Donald Trump said on Wednesday that his plan would change if he wins the White House. "
     "Democrats hope to retake the Senate. The White House said it would respond.\n",
     '2016-03-10', 'White House: none; Senate: none; White House#1: actor'),
    # Judges#1: judges who acted
    ('people_under_a_rule_are_no_group_of_the_story',
     "WASHINGTON -- \"Judges should avoid commenting on a candidate,\" Justice Ruth Bader Ginsburg said on "
     "Thursday. Secretary of State Jon Husted said the state would appeal so that ineligible voters don't "
     "determine the outcome. Judges in Ohio ruled on Friday.\n",
     '2016-07-15', 'Judges: none; ineligible voters: none; Judges#1: actor'),
    # a spokesman: of a private man
    # Lucy Hale: a care worker, not a political aide
    ('campaign_staff_and_a_spokesman_take_the_side_they_serve',
     "WASHINGTON -- Reporters got an answer from the Clinton campaign via staffer Dana Fisk on Thursday. "
     "Sanders aide Mark Ober said the campaign had suspended two staffers. Former presidential candidate "
     "Mitt Romney will not attend the convention, a spokesman for Romney said on Wednesday. Lucy Hale, a "
     "home-care aide from Nashua, said the campaign had called her.\n",
     '2016-05-05', 'Dana Fisk: sector=PTY; Mark Ober: sector=PTY; a spokesman: sector=CVL; Lucy Hale: sector=CVL'),
    # Only a race for office makes a staff title PTY (actor_words.tsv `electoral`): `the air campaign`, `a bombing
    # campaign against militants` leave a ministry's or a government's spokesman GOV.
    ('a_military_campaign_makes_no_campaign_staff',
     "MOSCOW (Wire) - Defence ministry spokesman Igor Konashenkov said the air campaign in Syria would "
     "continue. A spokesman, Oleg Petrov, said the bombing campaign against militants would go on for weeks.\n",
     '2016-05-05', 'Igor Konashenkov: sector=GOV; Oleg Petrov: sector=GOV'),
    ('a_writer_quoted_after_an_outlet_is_a_journalist',
     "WASHINGTON -- That is the picture the activist paints in an interview with Politico.\n\n\"People "
     "close to him say he likes her,\" wrote Glenn Tarrant. Tom Reed wrote in Texas that he was sad.\n",
     '2016-02-23', 'Glenn Tarrant: sector=MED; Tom Reed: sector!=MED'),
    ('an_organisation_takes_the_sector_its_apposition_says',
     "WASHINGTON -- The Bramley Trust Fund, a charity, sued the city on Monday. Axion Semitech Corp, a chip "
     "maker, said it would hire. Vestra Holdings, a company, left.\n",
     '2016-01-20', 'Bramley Trust Fund: sector=NGO; Axion Semitech Corp: sector=BUS; Vestra Holdings: sector=BUS'),
    ('us_shouted_in_a_tweet_is_no_country',
     "WASHINGTON -- One user tweeted, \"if she can't follow simple rules, think about how she will run things "
     "for US.\" The US imposed sanctions on Monday, and the deal was signed by US and Iranian officials.\n",
     '2016-03-10', 'US: none; The US: actor'),
    ('people_in_a_habit_are_no_group_of_the_story',
     "WASHINGTON -- Opposition parties typically fare better after eight years. Opposition parties "
     "in Kenya won seats on Monday.\n",
     '2016-02-28', 'Opposition parties: none; Opposition parties#1: actor'),
    ('a_spokesman_after_a_named_group_is_its_spokesman',
     "WASHINGTON -- Keystone Patriots Inc., a conservative political action committee, called the senator a "
     "liability on Monday. \"He reinforces every doubt,\" spokesman Peter Vance said in a statement.\n",
     '2016-01-05', 'Keystone Patriots Inc.: sector=PTY; Peter Vance: sector=PTY'),
]


@pytest.mark.parametrize("text, published, spec", [pytest.param(*row, id=i) for i, *row in ACTOR_CASES])
def test_actors_at_phrases(run, text, published, spec):
    check_actors(run(text, published=published), text, spec)
