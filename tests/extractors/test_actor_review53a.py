"""review53a: act53c's rules narrowed where they reached text of other kinds (docs/actors.md `### review53a`): a
description that acts in a clause `as` opens, two letters of a town's state, a communist government the words place,
a company named by two demonyms. Invented stories, each with the act53c case it must leave alone."""
from __future__ import annotations

from tests.helpers import actor_at

CROWD = ("Rita Vale, 41, was arrested as a police officer tried to calm the crowd on Tessaro Street in Alden, "
         "witnesses said.\n")


def test_a_description_that_acts_in_a_clause_as_opens_stays_an_actor(run):
    officer = actor_at(run(CROWD, published="2016-05-02"), CROWD, "a police officer")
    assert officer is not None and officer.name != "Rita Vale" and officer.sector == "COP", officer


def test_near_miss_a_role_named_after_as_stays_no_actor(run):
    text = ("Federal agents said on Monday that Omar Fenn, a drifter, has so far been described only as a material "
            "witness and a warrant had been issued so that he could be questioned about the Alden fire.\n")
    witness = actor_at(run(text), text, "a material witness")
    assert witness is None or witness.name == "Omar Fenn", witness


def test_the_parse_of_a_clause_after_as_gives_no_role(nlp):
    from dateline.extractors.actors.descriptions import _role_after_as

    class State:
        def __init__(self, doc):
            self.doc = doc

    def role(text: str, word: str) -> bool:
        doc = nlp(text)
        return _role_after_as(State(doc), next(t for t in doc if t.text == word))

    assert not role("Rita Vale was arrested as a police officer tried to calm the crowd.", "officer")
    assert not role("The clerk was killed as a masked man demanded cash from the Alden store.", "man")
    assert role("Ned Pruitt was hired as a deputy in 2009 by the Alden sheriff.", "deputy")


COURT = ("The Supreme Court agreed on Monday to hear the Alden water case. At a rally in Columbia, SC, later that "
         "day, the candidate spoke to about 900 people.\n")


def test_two_letters_after_a_body_named_in_full_are_no_mention_of_it(run):
    article = run(COURT, published="2016-02-20")
    court = actor_at(article, COURT, "Supreme Court")
    state = actor_at(article, COURT, "SC")
    assert court is not None and court.sector == "JUD", court
    assert state is None or state.id != court.id, state


def test_near_miss_three_letters_after_the_name_in_full_are_its(run):
    text = ("The Immigration and Naturalization Service ruled on Wednesday that the boy must return to Alden. "
            "Relatives said they would fight the INS ruling.\n")
    article = run(text, published="2000-01-06")
    full = actor_at(article, text, "Immigration and Naturalization Service")
    short = actor_at(article, text, "INS")
    assert full is not None and short is not None and short.id == full.id, short


def test_near_miss_two_letters_of_a_body_named_in_full_are_its(run):
    text = ("The Palestinian Authority said on Monday that it would hold talks in Alden. PA officials said the talks "
            "would open in May.\n")
    article = run(text, published="2016-02-20")
    full = actor_at(article, text, "Palestinian Authority")
    short = actor_at(article, text, "PA")
    assert full is not None and short is not None and short.id == full.id, short


PAST = ("Cuba freed two fishermen on Monday. The Polish government said on Tuesday that the communist government of "
        "the 1980s had kept files on the Alden shipyard workers.\n")


def test_a_communist_government_the_words_place_in_the_past_keeps_its_country(run):
    regime = actor_at(run(PAST, published="2016-06-02"), PAST, "the communist government")
    assert regime is None or regime.country != "CUB", regime


def test_near_miss_a_bare_communist_government_is_the_communist_state_named_before(run):
    text = ("LONDON (AP) -- The British government's ruling on the seized trawler angered Hanoi this week. For weeks "
            "the communist government has staged rallies in the port of Alden to demand the crew's return.\n")
    regime = actor_at(run(text, published="2000-01-07"), text, "the communist government")
    assert regime is not None and regime.country == "VNM", regime


def test_near_miss_a_communist_government_placed_in_its_capital_is_that_states(run):
    text = ("MIAMI (AP) -- Cuba said on Monday it wanted the boy back. The U.S. government's ruling angered his "
            "relatives in Alden. The communist government in Havana has held rallies for weeks.\n")
    regime = actor_at(run(text, published="2000-01-07"), text, "The communist government")
    assert regime is not None and regime.country == "CUB", regime


TOBACCO = ("LONDON (Reuters) -- British American Tobacco said on Tuesday that its profits in Alden and the rest of "
           "its markets rose 5 percent in the first half.\n")


def test_a_company_named_by_two_demonyms_keeps_the_first_ones_country(run):
    firm = actor_at(run(TOBACCO, published="2016-05-02"), TOBACCO, "British American Tobacco")
    assert firm is not None and firm.country == "GBR", firm


def test_near_miss_a_league_of_americans_of_an_origin_is_american(run):
    text = ("The Cuban American Freedom League said on Monday that the Havana government should free the jailed "
            "writers of Alden.\n")
    league = actor_at(run(text, published="2016-05-02"), text, "Cuban American Freedom League")
    assert league is not None and league.country == "USA", league
