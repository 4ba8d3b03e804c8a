"""Actors' home country where the text gives no actor cue (act32d, issue 11): a sports report that names no league but
places a club in a town (`The Leeds club`, `the Leeds-based side`) gives its players the town's country, and US local
news that names no state takes its home from US-only phrases of charges, bail and legislators' titles
(home_cues.tsv: `third-degree burglary`, `reckless homicide`, `cash bail`, `state Rep.`)."""
from __future__ import annotations

from tests.helpers import actor_at

at = actor_at


def test_a_club_placed_in_a_town_gives_a_match_report_its_home(run):
    text = ("Rovers edge derby\nTom Hadley scored twice as Brackley Rovers beat Millbrook 3-1 in the cup semi-final "
            "first leg on Tuesday. The Leeds club led at halftime through a penalty by striker Ian Cole before "
            "Millbrook equalised. Midfielder Sam Orrin and goalkeeper Jon Pyle were sent off late in the match. \"The players showed spirit,\" manager Ray Dunn "
            "said. The second leg is next week.\n")
    art = run(text, published="2008-01-10")
    for name in ("Tom Hadley", "Ray Dunn"):
        a = at(art, text, name)
        assert a is not None and a.country == "GBR", (name, a)


def test_clubs_placed_in_two_countries_give_no_home(run):
    text = ("Rovers edge derby\nTom Hadley scored twice as Brackley Rovers beat Millbrook 3-1 in the cup semi-final "
            "first leg on Tuesday. The Leeds club led at halftime through a penalty by striker Ian Cole. The Toronto "
            "club, Millbrook, equalised. Midfielder Sam Orrin and goalkeeper Jon Pyle were sent off late in the match. \"The players showed spirit,\" manager "
            "Ray Dunn said.\n")
    art = run(text, published="2008-01-10")
    a = at(art, text, "Ray Dunn")
    assert a is not None and a.country is None, a


def test_graded_charges_and_cash_bail_make_a_shooting_story_american(run):
    text = ("Man charged in shooting\nA 24-year-old man was charged Friday with first-degree reckless homicide in "
            "the death of Leo Marsh. Cory Kiley is accused of firing into a house on Elm Street. A court official set "
            "a $200,000 cash bail for Kiley. Marsh's mother, Rita Marsh, said she could not sleep.\n")
    art = run(text, published="2009-03-06")
    for name in ("Cory Kiley", "Rita Marsh"):
        a = at(art, text, name)
        assert a is not None and a.country == "USA", (name, a)


def test_a_state_rep_and_a_large_city_make_a_board_story_american(run):
    text = ("Board delays vote\nThe city's Parking Authority board agreed to delay a vote on a request from a Denver "
            "developer. \"We expect them to finish,\" state Rep. Ann Colby said. Board member Lou Fenn said the "
            "project was late.\n")
    art = run(text, published="2009-03-06")
    a = at(art, text, "Lou Fenn")
    assert a is not None and a.country == "USA", a


def test_act32d_cues_are_data():
    from dateline.lexicon import actors as lex

    cues = lex.home_cues()
    for phrase in ("reckless homicide", "cash bail", "degree burglary", "state rep."):
        assert cues[phrase] == "USA", phrase
    assert "new england" not in cues           # `new England coach Fabio Capello`: cues match in any case


def test_a_club_named_for_a_town_abroad_has_the_towns_country(run):
    text = ("Badge row\nSydney FC said a new club in Norway copied its badge. The A-League club's chief executive, "
            "Ian Moss, said the badge was a copy. Sarpsborg FK, the Norwegian club, said it would keep it. "
            "The A-League season resumes on Sunday with a semifinal, and the midfielder and the goalkeeper are fit.\n")
    art = run(text, published="2008-01-10")
    a = at(art, text, "Sarpsborg FK")
    assert a is not None and a.country == "NOR", a
