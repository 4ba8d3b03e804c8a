"""Verbs of the event lexicon the tagger took for something else, outside headlines too (issue 10, ev26a;
headlines.misread), on invented sentences: a present form tagged as a plural noun (`The ad slams Halvorsen`), a past
form tagged as a participle describing the name after it (`Trump blasted Univision`); not a plural noun after a
preposition (`hosts`) nor one before a date (`requests Monday`). And the members of a count or a group of
protesters as those who disrupt (`Hundreds of protesters disrupted the speech`: checks._with_members)."""
from __future__ import annotations


def found(article, etype):
    return [(e.type, e.trigger.text, [p.text for p in e.source], [p.text for p in e.target]) for e in article.events
            if e.type == etype and not e.negated and not e.hypothetical]


def test_a_present_verb_tagged_as_a_plural_noun_is_read(run):
    art = run("The 60-second ad slams Halvorsen for voting against the school levy.")
    ev = found(art, "ACCUSE")
    assert ev and ev[0][1] == "slams" and ev[0][3] == ["Halvorsen"], ev


def test_a_present_verb_before_a_possessive_name_is_read(run):
    art = run("Councillor Okafor pillories Brandt's housing record.")
    ev = found(art, "ACCUSE")
    assert ev and ev[0][1] == "pillories" and "Okafor" in ev[0][2][0], ev


def test_a_past_verb_tagged_as_a_participle_before_a_name_is_read(run):
    art = run("Trump blasted Univision for its coverage.")
    ev = found(art, "ACCUSE")
    assert ev and ev[0][1] == "blasted" and ev[0][2] == ["Trump"] and ev[0][3] == ["Univision"], ev


def test_a_plural_noun_after_a_preposition_or_before_a_date_is_no_verb(run):
    art = run("In a chat with Daybreak Harlow hosts Tom Ward and Ann Roe, she spoke.")
    assert not [e for e in art.events if e.trigger.text == "hosts"], art.events
    art = run("Sullivan will hear the three deposition requests Monday.")
    assert not [e for e in art.events if e.trigger.text == "requests"], art.events


def test_a_count_or_group_of_protesters_disrupts_as_protesters_do(run):
    """(checks._with_members) the `of` object of a count or a group is who disrupts; a thing still does not."""
    art = run("Hundreds of protesters disrupted the mayor's speech on Tuesday.")
    assert found(art, "PROTEST"), art.events
    art = run("A group of students heckled the governor at the forum.")
    assert found(art, "PROTEST"), art.events
    art = run("A series of storms disrupted flights across the region.")
    assert not found(art, "PROTEST"), art.events


def test_a_stream_of_protesters_is_the_source(run):
    """(checks._inanimate) a count or a group of people is no thing: it stays the source."""
    art = run("A steady stream of demonstrators interrupted the senator's rally.")
    ev = found(art, "PROTEST")
    assert ev and ev[0][2] == ["A steady stream of demonstrators"], ev
