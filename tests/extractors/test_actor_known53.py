"""known53: extractor classes session 52 listed and left (docs/actors.md `### known53`). Each rule with a near-miss it
must leave alone; invented sentences, names and towns (real bodies where a body's name is the point)."""
from __future__ import annotations

import pytest

from tests.helpers import actor_named, check_actors, linked_actor, sector_at

ACTOR_CASES = [
    # -- Irish state bodies and parties (organisations.tsv): their country and sector wherever the story is told
    ("irish_parliament_and_parties",   # main: `Dail` CVL, `Fianna Fail` no sector, both no country outside Dublin
     "HARLOW, Kan. (Wire) -- Members of the Dail will vote on the bill next week, and Fianna Fail said it would "
     "oppose it. Fine Gael backed it.\n",
     "Dail: country=IRL; Dail: sector=LEG; Fianna Fail: country=IRL; Fianna Fail: sector=PTY; "
     "Fine Gael: sector=PTY"),
    ("irish_state_boards",
     "HARLOW, Kan. (Wire) -- The Health Service Executive said the clinic would close. An Bord Pleanala refused "
     "the permit on Monday.\n",
     "Health Service Executive: country=IRL; Health Service Executive: sector=GOV; Bord Pleanala: country=IRL"),
    ("near_miss_hse_alone_no_irish_body",   # Britain's Health and Safety Executive writes HSE as well
     "LONDON (Wire) -- The HSE fined the builder after a fall at a site in Harlow, Essex.\n",
     "HSE: country!=IRL"),
    ("friends_of_the_earth_an_ngo",   # main: a CVL group of `friends`
     "Friends of the Earth said the new road would harm the marshes near Harlow.\n",
     "Friends of the Earth: sector=NGO"),
    ("near_miss_a_figures_friends_still_a_group",   # no lexicon body's name: sect52's friends of a figure
     "Mayor Ron Tillet lost the vote in Harlow on Monday. Friends of Tillet said he would run again next year.\n",
     "Friends of Tillet: actor; Friends of Tillet: sector!=NGO"),
    # -- Canada's parties by their full names (organisations.tsv): not Britain's party of the shorter name
    ("canadas_conservative_party",   # main: `Conservative Party` GBR
     "OTTAWA (Wire) -- The Conservative Party of Canada lost 60 seats on Monday.\n",
     "Conservative Party of Canada: country=CAN; Conservative Party of Canada: sector=PTY"),
    ("near_miss_britains_conservative_party",
     "LONDON (Wire) -- The Conservative Party lost 60 seats on Thursday.\n",
     "Conservative Party: country=GBR"),
    # -- a town or county written by its name that acts is its government (local_news.acting_towns)
    ("a_county_that_sues_is_its_government",   # main: no actor at `Brenton County`
     "MARLOWE, Ind. -- Brenton County sued the builder of the new jail on Monday. The county says the roof leaks.\n",
     "Brenton County: sector=GOV; Brenton County: country=USA; The county: same=Brenton County"),
    ("a_county_in_talks_and_paid_is_a_party",
     "MARLOWE, Ind. -- The town of Marlowe is in talks with Brenton County about the landfill. The landfill firm will "
     "pay Brenton County $2 million a year.\n",
     "Brenton County: sector=GOV; Brenton County#1: same=Brenton County"),
    ("the_datelines_town_that_acts_is_no_person",   # main: `Marlowe` a CVL person
     "MARLOWE, Ind. -- In 2009, Marlowe dedicated $150,000 to the park, Mayor Tom Reedy said.\n",
     "Marlowe: sector=GOV; Tom Reedy: sector=GOV"),
    ("near_miss_a_county_flooded_or_coped_with_is_a_place",
     "MARLOWE, Ind. -- The storm flooded Brenton County on Monday. Farmers have to deal with Carver County roads "
     "every day, Ann Roe said.\n",
     "Brenton County: none; Carver County: none"),
    # -- a member of a school board or committee is EDU (local_news.school_body_members)
    ("school_committee_member_before_the_name",   # main: CVL
     "HARLOW, Mass. -- School committee member Tessa Vance said the budget was too tight. Vance voted no.\n",
     "Tessa Vance: sector=EDU"),
    ("school_board_member_in_apposition",
     "HARLOW, Mass. -- Tessa Vance, a member of the Harlow School Board, said the budget was too tight.\n",
     "Tessa Vance: sector=EDU"),
    ("near_miss_a_law_school_professor_and_a_project_committee_member",
     "HARLOW, Mass. -- Project committee member Ed Roe said the church roof was fixed. Lakeview Law School "
     "professor Tessa Vance agreed.\n",
     "Ed Roe: sector!=EDU"),
    # -- a rank police share with armies, at a police force, is police (local_news.ranks_at_bodies)
    ("a_lieutenant_at_a_police_department_is_police",   # main: CVL (the apposed name), MIL (alone)
     "HARLOW, Mass. -- A lieutenant at the Harlow Police Department, Kevin Marsh, said the road was closed.\n",
     "Kevin Marsh: sector=COP"),
    ("near_miss_a_lieutenant_in_the_army_stays_army",
     "HARLOW, Mass. -- A lieutenant in the Army, Amy Boyd, said the base would stay open.\n",
     "Amy Boyd: sector=MIL"),
    # -- a race's challenger or opponent of no office is PTY in an election story (local_news.race_rivals)
    ("a_beaten_challenger_is_a_candidate",   # main: CVL
     "HARLOW, Ga. -- Tom Reedy won the Ward 2 seat with 3,900 votes; challenger Ann Poe got 1,700. Poe said she "
     "would run again.\n",
     "Ann Poe: sector=PTY"),
    ("a_sitting_senator_keeps_his_office_beside_his_challenger",
     "HARLOW, Ga. -- Senator Tom Reedy will face challenger Ann Poe in a primary on Tuesday.\n",
     "Tom Reedy: sector=LEG; Ann Poe: sector=PTY"),
    ("near_miss_a_boxing_challenger_is_no_candidate",
     "HARLOW, Ga. -- The champion will defend his belt against challenger Ray Dunn on Saturday, the promoter said.\n",
     "Ray Dunn: sector!=PTY"),
    # -- a party's plural a poll asked is its voters, CVL (states._party_lawmakers, `party_polled`)
    ("a_partys_voters_a_poll_asked",   # main: the Democratic Party, PTY
     "DES MOINES, Iowa -- Democrats polled said Clinton was their choice, the Harlow College survey found.\n",
     "Democrats: sector=CVL; Democrats: country=USA"),
    ("near_miss_the_party_that_acts_stays_the_party",
     "DES MOINES, Iowa -- Democrats pushed a bill on Monday to raise the state's minimum wage.\n",
     "Democrats: sector=PTY"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_known53_actors(run, text, spec):
    article = run(text, published="2015-05-10")
    check_actors(article, text, spec)


def test_near_miss_a_county_that_wins_a_game_is_no_government(run):
    # a team named by its county plays: no verb of a government's act
    text = "MARLOWE, Ind. -- Carver County beat Brenton County 3-1 in the final on Friday.\n"
    article = run(text, published="2015-05-10")
    assert sector_at(article, text, "Carver County") != "GOV"
    assert sector_at(article, text, "Brenton County") != "GOV"


# -- a past verb the parser tagged a participle (`_past_read_as_participle`): `A grand jury indicted X on ...`

def _doc(nlp, words, heads, deps, tags):
    from spacy.tokens import Doc
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_a_participle_with_its_own_object_heading_the_clause_is_a_past_verb(nlp):
    from dateline.extractors.actors.descriptions import _past_read_as_participle
    doc = _doc(nlp, ["A", "grand", "jury", "indicted", "Pruett", "on", "Monday", "."],
               [2, 2, 3, 3, 3, 3, 5, 3], ["det", "amod", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
               ["DT", "JJ", "NN", "VBN", "NNP", "IN", "NNP", "."])
    assert _past_read_as_participle(doc[3])


def test_near_miss_a_participle_describing_a_noun_or_with_no_object_is_not(nlp):
    from dateline.extractors.actors.descriptions import _past_read_as_participle
    doc = _doc(nlp, ["A", "man", "indicted", "Monday", "pleaded", "guilty", "."],
               [1, 4, 1, 2, 4, 4, 4], ["det", "nsubj", "acl", "npadvmod", "ROOT", "acomp", "punct"],
               ["DT", "NN", "VBN", "NNP", "VBD", "JJ", "."])
    assert not _past_read_as_participle(doc[2])
    doc = _doc(nlp, ["The", "man", "was", "indicted", "Monday", "."],
               [1, 3, 3, 3, 3, 3], ["det", "nsubjpass", "auxpass", "ROOT", "npadvmod", "punct"],
               ["DT", "NN", "VBD", "VBN", "NNP", "."])
    assert not _past_read_as_participle(doc[3])


def test_a_grand_jury_that_indicted_someone_is_a_court_actor(run):
    # the whole route (here parsed as a past verb): an unnamed grand jury that acted is a JUD actor
    text = "HARLOW, Kan. -- A grand jury indicted Orrin Mabe on Monday on a charge of arson.\n"
    check_actors(run(text, published="2015-05-10"), text, "A grand jury: sector=JUD")


# -- a lexicon surname alone that is the given name of a person the article names in full
#    (people._given_name_of_named: one rule with ident53's, review53c)

def test_a_coachs_given_name_is_not_the_senator(run):
    text = ("HARLOW, Fla. -- Athletic director Rubio Sandoval said the team was ready for the season. Rubio, who "
            "played in college, said practice starts Friday. The campaign season has reached Florida's primary.\n")
    article = run(text, published="2016-03-01")
    assert actor_named(article, "Marco Rubio") is None, [a.name for a in article.actors]
    bare = linked_actor(article, text, "Rubio", nth=1)
    assert bare is None or bare.name == "Rubio Sandoval", bare


def test_a_given_name_of_another_in_a_campaign_story_joins_that_person(run):
    text = ("HARLOW, Fla. -- Trump led in Florida. Athletic director Rubio Sandoval said his team was ready. Rubio said "
            "practice starts Friday.\n")
    article = run(text, published="2016-03-01")
    assert actor_named(article, "Marco Rubio") is None, [a.name for a in article.actors]
    bare = linked_actor(article, text, "Rubio", nth=1)
    assert bare is not None and bare.name == "Rubio Sandoval", bare


def test_near_miss_the_senator_named_in_full_keeps_his_bare_surname(run):
    # the lexicon person named (`Sen. Marco Rubio`) before: the bare surname is his, as a paper writes it
    text = ("MIAMI -- Sen. Marco Rubio spoke at a rally on Monday. Nearby, Coach Rubio Sandoval said the team was "
            "ready. Rubio, who is running for president, said he would win Florida.\n")
    article = run(text, published="2016-03-01")
    bare = linked_actor(article, text, "Rubio", nth=2)
    assert bare is not None and bare.name == "Marco Rubio", bare


def test_near_miss_a_given_name_in_a_list_of_names_leaves_the_leader(run):
    # a name in passing (no title, no role) does not take the leader's bare surname
    text = ("RAMALLAH (Wire) -- Officials said Omar Haddad, Abbas Nasser and Karim Odeh planned the bombings. "
            "Abbas's aides fear the men will be freed in a prisoner swap.\n")
    article = run(text, published="2012-03-01")
    bare = linked_actor(article, text, "Abbas", nth=1)
    assert bare is None or bare.name != "Abbas Nasser", bare
