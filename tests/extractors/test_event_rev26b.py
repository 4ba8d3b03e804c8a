"""Misfires of ev26a's misread verbs and war26's war side (issue 10, rev26b), on invented sentences: a plural noun
before a name that starts a clause of its own is no verb (`the promises Trump made`, `Bank shares Lloyds and
Barclays fell`, `World Cup hosts Qatar will face`: headlines._clause_subject); a `position` attacked by an armed force
or named for one is a place struck (checks._war_site); an armed service criticised in a story of no harm stays
criticism (`_war_side` counts only the source in `_verbal_attack`)."""
from __future__ import annotations


def by_trigger(article, word):
    return [(e.type, [p.text for p in e.source], [p.text for p in e.target]) for e in article.events
            if e.trigger.text == word]


def test_a_plural_noun_before_the_subject_of_a_relative_clause_is_no_verb(run):
    art = run("Campaign promises Trump made in 2016 remain unfulfilled.")
    assert not by_trigger(art, "promises"), art.events
    art = run("Government loans Smith approved went to three firms.")
    assert not by_trigger(art, "loans"), art.events


def test_a_plural_noun_before_names_that_act_is_no_verb(run):
    art = run("Bank shares Lloyds and Barclays fell three per cent in early trading.")
    assert not by_trigger(art, "shares"), art.events
    art = run("World Cup hosts Qatar will face Ecuador in the opening match.")
    assert not by_trigger(art, "hosts"), art.events


def test_a_misread_verb_with_its_object_is_still_read(run):
    art = run("The ad slams Senator Halvorsen for his votes on taxes.")
    assert [e for e in by_trigger(art, "slams") if e[0] == "ACCUSE"], art.events


def test_positions_attacked_by_an_armed_force_are_struck(run):
    art = run("Government forces attacked rebel positions near the city.")
    assert [e for e in by_trigger(art, "attacked") if e[0] == "ASSAULT"], art.events
    art = run("Rebels attacked army positions outside the town.")
    assert [e for e in by_trigger(art, "attacked") if e[0] == "ASSAULT"], art.events
    art = run("Senator Smith attacked Republican positions on immigration.")
    assert [e for e in by_trigger(art, "attacked") if e[0] == "ACCUSE"], art.events


def test_an_armed_service_criticised_stays_criticism(run):
    art = run("Critics attacked the navy for the cost of the new carrier.")
    assert [e for e in by_trigger(art, "attacked") if e[0] == "ACCUSE"], art.events


def test_a_force_of_a_civil_kind_is_no_war_side(run):
    """(event_cues civilforce) `the task force`, `market forces` are no armed force: their attack may be words."""
    art = run("The task force attacked the mayor's handling of the crisis.")
    assert [e for e in by_trigger(art, "attacked") if e[0] == "ACCUSE"], art.events
    art = run("Market forces attacked the currency after the announcement.")
    assert not [e for e in by_trigger(art, "attacked") if e[0] == "ASSAULT"], art.events
