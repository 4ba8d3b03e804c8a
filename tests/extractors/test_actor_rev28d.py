"""Actors on invented stories (rev28d, review of act28a, issue 11): a surname with its particles written again alone
is the article's person whatever case its first particle takes at a sentence's start and whatever the tagger made of
it (`Bin Salman said` after `Mohammed bin Salman`; `De Lima said`, tagged an organisation with a capital in it)."""
from __future__ import annotations

from tests.helpers import actor_at, name_at

at = actor_at


def test_a_particle_surname_capitalised_at_a_sentences_start_is_the_articles_person(run):
    text = ("JEDDAH, Saudi Arabia (Wire) -- Crown Prince Mohammed bin Salman opened a new port on Monday. Bin Salman "
            "told the crowd the port would create jobs.\n")
    art = run(text, published="2019-03-04")
    assert name_at(art, text, "Bin Salman") == "Mohammed bin Salman"


def test_a_particle_surname_the_tagger_takes_for_a_place_is_the_articles_person(run):
    text = ("CEBU, Philippines (Wire) -- Sen. Leila de Lima filed a bill on prison reform on Wednesday. De Lima said "
            "the jails were overcrowded.\n")
    art = run(text, published="2016-09-07")
    assert name_at(art, text, "De Lima") == "Leila de Lima"
    assert not any(a.country == "PER" for a in art.actors)       # no Peru: `Lima` is her surname's word


def test_a_party_members_word_the_tagger_takes_into_a_lexicon_name_is_no_given_name(run):
    text = ("DENVER (Wire) -- Governors met on Thursday to discuss the budget. Democrat Obama told the meeting that "
            "the plan would cut taxes for families.\n")
    art = run(text, published="2012-02-23")
    assert name_at(art, text, "Obama") == "Barack Obama"
