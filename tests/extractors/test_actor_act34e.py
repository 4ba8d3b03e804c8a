"""act34e: false actors found by auditing output on texts in no gold set (docs/actors.md `### act34e`): an event
named for a meal, a show or a competition (non_actors.tsv `last`: `the Maple Hollow Harvest Supper`), and an
honour's title before `of the Week` (`named the ... Player of the Week`). Invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import actor_at


@pytest.mark.parametrize("event", ["the Maple Hollow Harvest Supper", "the Dunmore Volunteer Pancake Breakfast",
                                   "the Tri-County Rodeo", "the Eastern Shore Champions Cup"])
def test_an_event_named_for_a_meal_show_or_competition_is_no_actor(run, event):
    text = (f"Volunteers in Dunmore spent the week getting ready for {event}, which is set for Saturday. "
            f"Tickets are $8 at the door, organiser Hal Brennick said.\n")
    article = run(text)
    name = event[4:]
    assert actor_at(article, text, name) is None, [a.name for a in article.actors]
    assert actor_at(article, text, "Hal Brennick") is not None   # the people around it stay


def test_the_body_that_holds_the_event_stays_an_actor(run):
    text = ("The Maple Hollow Historical Society said on Monday that it would hold its Harvest Supper in the old "
            "mill this year.\n")
    article = run(text)
    assert actor_at(article, text, "Maple Hollow Historical Society") is not None, [a.name for a in article.actors]
    assert actor_at(article, text, "Harvest Supper") is None


@pytest.mark.parametrize("title", ["Northern Plains Conference Men's Hockey Player", "Big Coast Pitcher",
                                   "Valley-12 Defensive Player"])
@pytest.mark.parametrize("period", ["Week", "Month"])
def test_an_honours_title_before_of_the_week_is_no_actor(run, title, period):
    text = (f"Tarek Voss has been named the {title} of the {period}, league commissioner Dana Ruiz announced on "
            f"Monday.\n")
    article = run(text)
    assert actor_at(article, text, title) is None, [a.name for a in article.actors]
    assert actor_at(article, text, "Tarek Voss") is not None


def test_a_lexicon_body_before_an_honours_title_stays_an_actor(run):
    text = "Reuters named the striker its Player of the Month on Friday, Reuters said in a statement.\n"
    article = run(text)
    assert actor_at(article, text, "Reuters") is not None, [a.name for a in article.actors]


def test_an_events_name_going_on_with_of_is_no_actor(run):
    text = ("The winger scored twice on Sunday before leaving to join his country at the Gulf Cup of Nations, the "
            "team's coach, Milo Brandt, said.\n")
    article = run(text)
    assert not any("Cup" in a.name for a in article.actors), [a.name for a in article.actors]
    assert actor_at(article, text, "Milo Brandt") is not None


def test_a_body_with_of_after_another_word_stays_an_actor():
    from dateline.lexicon import actors as lex

    assert lex.non_actor("the Eastern Shore Festival of Lights")
    assert not lex.non_actor("the Bank of Westmoreland")
    assert not lex.non_actor("the Conference of Mayors")    # `conference` ends a name of no actor only as its last word


@pytest.mark.parametrize("street", ["Whitcomb Lane", "Tamsin Lane", "Old Quarry Road", "Bellweather Drive"])
def test_a_street_before_a_home_is_no_actor(run, street):
    text = f"Dorran Pike hurried down at his {street} apartment and was shocked at what he saw.\n"
    article = run(text)
    assert actor_at(article, text, street) is None, [a.name for a in article.actors]
    assert actor_at(article, text, "Dorran Pike") is not None
