"""Actors on invented local news (act30b, issue 11: missed and false actors of local news and web pages): a bare
`the county` / `the town` / `the state` acting with no place of the gazetteer before is that local government."""
from __future__ import annotations

from tests.helpers import actor_at

at = actor_at


def test_the_county_acting_is_the_county_last_named(run):
    text = ("Pellston County workers owe back taxes\nCounty Treasurer Ann Voss said the county is drafting new rules "
            "for staff cars. The county will pay the bill in May, she said.\n")
    art = run(text, published="2016-04-04")
    a = at(art, text, "the county")
    assert a is not None and a.sector == "GOV" and a.name == "Pellston County government"


def test_the_town_acting_with_no_town_named_is_a_town_government(run):
    text = ("Restroom plan approved\nPublic Works Director Eli Hood said the town is buying a new restroom from a "
            "supplier in Ohio.\n")
    art = run(text, published="2016-04-04")
    a = at(art, text, "the town")
    assert a is not None and a.sector == "GOV"


def test_the_county_as_a_place_is_no_actor(run):
    text = ("Fire near Pellston\nA barn burned in the county on Friday, firefighters said.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "the county") is None
    text = ("Killings rise\nThree men were shot on Friday, police said. That year the city recorded 305 homicides.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "the city") is None


def test_a_states_attorneys_office_is_a_prosecutors_office(run):
    text = ("Officer charged\nMILLBROOK, Ill. (Wire) -- The Pellston County State's Attorney's Office charged the "
            "officer with battery on Monday.\n")
    art = run(text, published="2016-04-04")
    a = at(art, text, "State's Attorney's Office")
    assert a is not None and a.sector == "JUD"


def test_unnamed_nominees_of_two_parties_are_two_actors(run):
    text = ("Nominees spar\nDENVER (Wire) -- The Democratic nominee attacked the Republican nominee on taxes on "
            "Tuesday.\n")
    art = run(text, published="2008-10-04")
    d, r = at(art, text, "Democratic nominee"), at(art, text, "Republican nominee")
    assert d is not None and r is not None and d.id != r.id


def test_unnamed_victims_of_a_shooting_are_actors(run):
    text = ("Man dead, child hurt\nMILLBROOK, S.C. (Wire) -- One man has died and an infant child was injured in a "
            "shooting on Friday night, police said. A girl was shot in the arm.\n")
    art = run(text, published="2016-04-04")
    for words in ("One man", "infant child", "A girl"):
        a = at(art, text, words)
        assert a is not None and a.sector == "CVL", words


def test_a_child_or_a_relative_told_by_an_age_is_an_actor(run):
    text = ("Uncle charged\nMILLBROOK, Del. (Wire) -- A man was arrested for shooting his 2-year-old nephew on "
            "Sunday. Police said a 12-year-old child was also hurt.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "2-year-old nephew") is not None
    assert at(art, text, "12-year-old child") is not None


def test_a_person_noun_in_passing_is_no_victim(run):
    text = ("Fair opens\nMILLBROOK, Ohio (Wire) -- A man sold pies at the fair on Friday, and a girl sang.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "A man") is None
    assert at(art, text, "a girl") is None


def test_one_police_force_named_three_ways_is_one_actor(run):
    text = ("Police shooting reviewed\nLOS ANGELES (Wire) -- Los Angeles police shot a man on Sunday. LA police said "
            "the man had a knife. The LAPD said no officer was hurt.\n")
    art = run(text, published="2016-04-04")
    ids = {at(art, text, words).id for words in ("Los Angeles police", "LA police", "LAPD")}
    assert len(ids) == 1
    text = ("Two forces\nNEW YORK (Wire) -- New York State Police and New York police searched the park on Sunday.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "New York State Police").id != at(art, text, "New York police").id
    text = ("Two forces\nMILLBROOK, Ill. (Wire) -- Paris police and Pellston police searched the park on Sunday.\n")
    art = run(text, published="2016-04-04")
    assert at(art, text, "Paris police").id != at(art, text, "Pellston police").id


def test_a_person_in_a_listed_group_of_victims_is_no_actor_alone(run):
    text = ("Five hurt\nMILLBROOK, Ohio (Wire) -- One woman and four men were shot on Friday, police said.\n")
    art = run(text, published="2016-04-04")
    a = at(art, text, "One woman")
    assert a is None or "men" in a.name


def test_the_city_of_a_town_acting_is_that_towns_government(run):
    text = ("Ad pulled\nMILLBROOK, Ariz. (Wire) -- The city of Pellston is demanding that the campaign stop using "
            "the image of its officers.\n")
    art = run(text, published="2016-04-04")
    a = at(art, text, "The city")
    assert a is not None and a.sector == "GOV" and a.name.startswith("Pellston")


class _Spans(list):
    def add(self, start, end):
        self.append((start, end))


class _Stub:
    """The two fields hits._edited_words and hits._editions read and write."""

    def __init__(self, text):
        self.ctx = type("Ctx", (), {"text": text})()
        self.nameless = _Spans()


def test_a_word_with_its_capital_in_brackets_names_nobody():
    from dateline.extractors.actors import hits

    text = 'the guild wrote. "(W)e would not enter talks," it said.'
    st = _Stub(text)
    hits._edited_words(st)
    assert [text[s:e] for s, e in st.nameless] == ["(W)e"]


def test_an_event_of_the_calendar_with_a_year_names_nobody():
    from dateline.extractors.actors import hits

    text = "The band will play Pellston Festival 2008 and the Brit Awards 2009. Pellston Council 2008 budget."
    st = _Stub(text)
    hits._editions(st)
    assert [text[s:e] for s, e in st.nameless] == ["Pellston Festival 2008", "Brit Awards 2009"]


def test_a_body_cut_before_a_rank_keeps_its_last_words(run):
    text = ("Chase on highway\nOMAHA, Neb. (Wire) -- Troopers with the Nebraska State Patrol arrested a man after a "
            "chase, according to Nebraska State Patrol Sgt. Jim Cole. Nebraska State Patrol said the man was taken to "
            "jail.\n")
    art = run(text, published="2016-04-04")
    assert not any(a.name == "Nebraska State" for a in art.actors)
    a = at(art, text, "Nebraska State Patrol Sgt")
    assert a is not None and a.name == "Nebraska State Patrol" and a.sector == "COP"
