"""Actors on invented stories, for the classes of wrong sectors and false actors of local news the act26c branch
(December 2026, issue 11) fixed from tune24..tune29: charities named like an army or a shop (the Salvation Army, a
food pantry or food bank), scouts and their numbered units, highway patrol troopers."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_charities_and_scouts_of_a_town_story(run):
    text = ("Scouts collect food\n\nBoy Scouts from Troop 52 collected 2,000 pounds of food for the Knox County Food "
            "Pantry on Saturday. The Salvation Army and the Norfolk food bank also took cans, Mayor Ann Lee said.\n")
    art = run(text)
    for word in ("Boy Scouts", "Troop 52", "Knox County Food", "Salvation Army", "Norfolk food bank"):
        actor = at(art, text, word)
        assert actor is not None and actor.sector == "NGO", (word, actor)


def test_a_numbered_troop_only(run):
    text = ("Soldiers leave\n\nArmy troops of the 3rd Brigade left the base on Monday, officials said. A troop of 40 "
            "soldiers stayed behind.\n")
    art = run(text)
    actor = at(art, text, "Army troops")
    assert actor is not None and actor.sector == "MIL"


def test_highway_patrol_troopers_are_police(run):
    text = ("Crash closes road\n\nFlorida Highway Patrol troopers closed the road after the crash on Sunday. "
            "The Salvation Army brought water to stranded drivers.\n")
    art = run(text)
    actor = at(art, text, "Highway Patrol troopers")
    assert actor is not None and actor.sector == "COP"


def test_town_staff_are_no_police_nor_students(run):
    text = ("Old mill site plan approved\n\nThe city can now buy the land, Ray Dunne, acting city chief development "
            "officer, said on Monday. Carla Mott, senior project manager with the city planning office, said the "
            "site is clean. Sue Kim, president of the Elm Park Citizens Council, said residents waited years.\n")
    art = run(text)
    assert at(art, text, "Ray Dunne").sector == "GOV"
    assert at(art, text, "Carla Mott").sector != "EDU"
    assert at(art, text, "Elm Park Citizens Council").sector == "NGO"
    assert at(art, text, "Sue Kim").sector == "NGO"


def test_a_student_before_a_name_stays_a_student(run):
    text = ("Mock trial team wins\n\nThe Lakeview High School team won the state title on Sunday. Senior Dana Holt "
            "was named best attorney, and college student Rafe Olin helped coach the team.\n")
    art = run(text)
    assert at(art, text, "Dana Holt").sector == "EDU"
    assert at(art, text, "Rafe Olin").sector == "EDU"


def test_slashed_words_name_a_budget_line(run):
    text = ("School board meets\n\nThe roof repair was approved for Fire/Life/Safety funds, the board said. The "
            "F/L/S amendment has not yet been approved, Superintendent Ray Bailey said. A joint FBI/DHS bulletin "
            "warned of threats.\n")
    art = run(text)
    assert at(art, text, "Fire/Life/Safety") is None
    assert at(art, text, "F/L/S") is None
    assert at(art, text, "FBI") is not None
    assert at(art, text, "Ray Bailey") is not None
