"""ident34: wrong identities found by auditing output on texts in no gold set (docs/actors.md `### ident34`). A part of
a double surname is no lexicon person of that surname (hits `_in_double_surname`); a description whose title has a
portfolio noun before it names nobody of another portfolio (descriptions `_portfolio`); a name before an abbreviated
road word is a road (people `_road_abbreviated_after`). Invented sentences only."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_double_surname_is_no_lexicon_person_of_either_part(run):
    text = ("The mayor left the clinic on Tuesday after a week of tests. City spokesman, Miguel Soto-Valls, said "
            "that the mayor had been cured of the infection. Soto-Valls also said the mayor would return to work "
            "on Monday.\n")
    art = run(text, published="2014-03-02")
    for nth in (0, 1):
        actor = actor_at(art, text, "Soto-Valls", nth=nth)
        assert actor is not None and actor.name == "Miguel Soto-Valls", (nth, actor)
    assert all(a.name != "Manuel Valls" for a in art.actors), [a.name for a in art.actors]


def test_two_people_joined_by_a_hyphen_keep_their_identities(run):
    text = ("The Netanyahu-Abbas talks in Cairo ended on Monday without a deal, officials said. Mediators said the "
            "two sides would meet again in a month.\n")
    art = run(text, published="2016-05-01")
    bibi = actor_at(art, text, "Netanyahu")
    assert bibi is not None and bibi.name == "Benjamin Netanyahu", bibi


def test_a_portfolio_before_a_bare_title_names_nobody_of_another_portfolio(run):
    text = ("A group of farmers urged the kingdom's new agriculture minister on Sunday to lift the ban on imports. "
            "Canadian Foreign Minister Jane Porter, in town for meetings with Thai officials, told a news conference "
            "that she had raised the ban. She said the farmers were right.\n")
    art = run(text, published="2010-02-15")
    actor = actor_at(art, text, "agriculture minister")
    assert actor is None or "Porter" not in actor.name, actor


def test_a_portfolio_the_persons_title_writes_still_joins(run):
    text = ("Health Minister Ann Morrow opened the clinic on Monday. The health minister said the clinic would "
            "treat 200 patients a day.\n")
    art = run(text, published="2012-05-01")
    actor = actor_at(art, text, "The health minister")
    assert actor is not None and actor.name == "Ann Morrow", actor


def test_a_name_before_an_abbreviated_road_word_is_a_road(run):
    for text in ("Police closed the area near Oak Ln and Ruto dr on Friday after a shooting.\n",
                 "Officers blocked off Ruto Rd. and the streets around it after the crash.\n"):
        art = run(text, published="2016-05-01")
        assert all(a.name != "William Ruto" for a in art.actors), (text, [a.name for a in art.actors])


def test_a_private_persons_noun_as_the_title_names_a_namesake_in_a_story_of_politics(run):
    for text, name in (("The city council voted on Monday to close the pool. Resident Mike Pence told the council "
                        "the pool had been leaking for years.\n", "Mike Pence"),
                       ("The school board voted on Monday to close the school. Parent Rick Scott said his children "
                        "would have to travel farther.\n", "Rick Scott"),
                       ("The election board said on Tuesday that turnout was low. Poll worker Elizabeth Warren "
                        "said only 40 people had voted by noon.\n", "Elizabeth Warren")):
        art = run(text, published="2018-05-01")
        actor = actor_at(art, text, name)
        assert actor is not None and actor.sector != "LEG" and actor.role is None, (name, actor)


def test_a_name_in_apposition_to_a_private_trade_before_it_is_a_namesake(run):
    text = ("A man was killed in a crash on Route 9 on Sunday, police said. The driver, Paul Ryan of Springfield, "
            "was taken to a hospital. The mayor said the road would be repaved.\n")
    art = run(text, published="2016-05-01")
    ryan = actor_at(art, text, "Paul Ryan")
    assert ryan is not None and ryan.sector != "LEG", ryan


def test_a_public_figure_told_as_a_resident_in_apposition_stays_himself_in_a_story_of_politics(run):
    text = ("Hillary Clinton, a resident of Chappaqua, voted in the primary on Tuesday, and the campaign said she "
            "would speak in the evening.\n")
    art = run(text, published="2016-04-19")
    clinton = actor_at(art, text, "Hillary Clinton")
    assert clinton is not None and clinton.sector == "PTY", clinton
