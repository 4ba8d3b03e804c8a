"""Actors on invented stories, for the classes the act20 branch (December 2026, issue 11) fixed: things taken for
actors (a public alert named like a person, a body noun used as such after a preposition, a seat of office naming a
social occasion) and sectors (an undated `former`/`then-` office holder, a police body's military rank, the people
of a church or a college, the people of a police department)."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_public_alert_is_no_person(run):
    text = ("Boy found safe. An Amber Alert was issued Sunday for a 4-year-old boy, police said. A Silver Alert for a "
            "missing man was cancelled later.\n")
    art = run(text)
    assert at(art, text, "Amber Alert") is None
    assert at(art, text, "Silver Alert") is None
    assert at(art, text, "police").sector == "COP"


def test_a_body_noun_as_such_after_a_preposition_is_no_body(run):
    text = ("Pastor dies. The Rev. John Miller kept up his work in ministry until 2005. The church settled the lawsuit "
            "out of court last year.\n")
    art = run(text)
    assert at(art, text, "ministry") is None
    assert at(art, text, "court") is None
    assert at(art, text, "John Miller").sector == "REL"


def test_a_body_noun_with_its_article_stays_a_body(run):
    text = ("Talks stall. The ministry said on Monday that talks with Egypt had stalled. The court ruled against the "
            "plan on Friday.\n")
    art = run(text)
    assert at(art, text, "The ministry") is not None
    assert at(art, text, "The court").sector == "JUD"


def test_a_seat_of_office_before_a_social_occasion_is_no_actor(run):
    text = ("Pastor honored. He was invited to a White House prayer breakfast in May. The White House said on "
            "Monday it would act.\n")
    art = run(text)
    assert at(art, text, "White House") is None
    assert at(art, text, "White House", 1) is not None


def test_an_undated_former_office_holder_is_eli(run):
    text = ("Pastor dies. He was invited to a prayer breakfast by then-President Ronald Reagan and later met "
            "former President George Bush.\n")
    art = run(text)                               # no publication date: the words say the office is past
    assert at(art, text, "Ronald Reagan").sector == "ELI"
    assert at(art, text, "George Bush").sector == "ELI"


def test_an_undated_office_holder_with_no_past_word_keeps_the_office(run):
    text = "Talks held. President Ronald Reagan met the Soviet leader on Monday.\n"
    art = run(text)
    assert at(art, text, "Ronald Reagan").sector == "GOV"


def test_a_military_rank_of_a_police_body_is_police(run):
    text = ("Boys found dead. Lt. Col. Ann Ford with Springfield County Police said the search ended Saturday. Col. "
            "Bill Reed of the U.S. Army said troops left.\n")
    art = run(text)
    assert at(art, text, "Ann Ford").sector == "COP"
    assert at(art, text, "Bill Reed").sector == "MIL"


def test_someone_of_a_police_department_is_police(run):
    text = "Man shot. Tom Hale of the Dayton Police Department said officers responded to the call.\n"
    art = run(text)
    assert at(art, text, "Tom Hale").sector == "COP"


def test_generic_people_of_a_church_or_college_take_its_sector(run):
    text = ("Pastor sued. Other ministers at the church said they would pray. Officials of the college declined to "
            "comment. Ministers in Cairo met on Monday.\n")
    art = run(text)
    assert at(art, text, "Other ministers").sector == "REL"
    assert at(art, text, "Officials of the college").sector == "EDU"


def test_a_cathedral_is_religious(run):
    text = "Pastor dies. Archbishop Earl Smith of the Cathedral of the Holy Spirit died Sunday.\n"
    art = run(text)
    assert at(art, text, "Cathedral of the Holy Spirit").sector == "REL"
