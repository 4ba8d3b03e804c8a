"""Actors on invented sports reports and police briefs (gold33b, issue 11: the classes the new gold tune36 and tune37
showed): a sports league named only as a modifier (`a Premier League point`) is no actor but still the match's home,
a demonym before it giving another country's league (`an Egyptian Premier League defeat`); a player's own
nationality (`Angolan striker ...`) casts no vote for the home of a match report; a person arraigned on a charge
is a suspect (CRM); a person told by an age is an actor also where listed after `including`, in apposition,
or harmed (`an assault on a 16-year-old girl`)."""
from __future__ import annotations

from tests.helpers import actor_at

at = actor_at


def test_a_league_named_as_a_modifier_is_no_actor_but_gives_the_home(run):
    text = ("Rovers hold on\nRovers beat Town 2-0 on Saturday to climb clear of the Premier League relegation zone. "
            "Striker Tom Hale scored twice in the first half and the visitors never threatened. \"We earned a Premier "
            "League point last week and three today,\" manager Dan Moss said after the match. Town's goalkeeper made "
            "five saves in the second half.\n")
    art = run(text, published="2008-01-12")
    assert at(art, text, "Premier League") is None
    a = at(art, text, "Dan Moss")
    assert a is not None and a.country == "GBR", a


def test_a_players_demonym_is_not_the_home_and_a_demonym_names_the_league(run):
    text = ("Nile Stars edge Delta\nNile Stars beat Delta Club 1-0 on Monday to stay top of the table with 40 points. "
            "Angolan striker Joao Tavares scored the winner in the second half after a cross from Karim Adel. Tavares "
            "has scored nine goals this season. Delta Club suffered their ninth Egyptian Premier League defeat of the "
            "season and remain in the relegation zone. Delta coach Samir Fawzy said his players were tired after the "
            "match.\n")
    art = run(text, published="2008-03-04")
    assert at(art, text, "Premier League") is None
    for name in ("Samir Fawzy", "Karim Adel"):
        a = at(art, text, name)
        assert a is not None and a.country == "EGY", (name, a)


def test_a_person_arraigned_on_a_charge_is_a_suspect(run):
    text = ("Woman held on drug charge\nDeputies searched a home on Elm Street on Monday and found cocaine. Maria "
            "Dunleavy, 41, was arraigned Tuesday on a charge of possession with intent to deliver. Bond was set at "
            "$50,000.\n")
    art = run(text, published="2009-03-06")
    a = at(art, text, "Maria Dunleavy")
    assert a is not None and a.sector == "CRM", a


def test_aged_people_listed_after_including_in_apposition_or_harmed_are_actors(run):
    text = ("Four hurt in shooting\nPolice say four people, including a 10-year-old girl and a 12-year-old boy, were "
            "wounded in a shooting Friday night. Among the victims were a 9-year-old girl, a 14-year-old girl and two "
            "adults. Detectives want to trace a man after a serious sexual assault on a 15-year-old girl in a park. "
            "The mother of a 3-year-old girl called police.\n")
    art = run(text, published="2013-05-04")
    for who in ("a 10-year-old girl", "a 14-year-old girl", "a 15-year-old girl"):
        a = at(art, text, who)
        assert a is not None and a.sector == "CVL", (who, a)
    assert at(art, text, "a 3-year-old girl") is None
    text = ("Toddler hurt\nA boy shot himself in the leg on Thursday, police said. Ann Hale, who lives nearby, has four "
            "children, including a two-year-old boy.\n")
    art = run(text, published="2013-05-04")
    assert at(art, text, "a two-year-old boy") is None
    text = ("Two teens shot\nA 17-year-old boy was wounded in the leg on Friday, police said. The victim, also a "
            "16-year-old boy, was hit in the back.\n")
    art = run(text, published="2013-05-04")
    assert at(art, text, "a 16-year-old boy") is None or at(art, text, "The victim") == at(art, text, "a 16-year-old boy")
