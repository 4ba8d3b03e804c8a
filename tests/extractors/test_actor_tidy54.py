"""tidy54: twins in the actor stage made one (docs/actors.md `### tidy54`): one whole-word test of a local police
force's words for the counted-victims and the dispatcher rules, one headline test on the layout's title for every
pass, and the idea-of-government rule read off that headline test. Invented stories, people and towns."""
from __future__ import annotations

from types import SimpleNamespace

from dateline.extractors.actors import state
from dateline.extractors.actors.common import DECK_MOST, in_headline, local_police_named
from dateline.records import Dateline
from tests.helpers import actor_at


def _st(text: str, title_span=None, dateline=None):
    """The little of an ActorState the two helpers read: the text and its layout."""
    return SimpleNamespace(ctx=SimpleNamespace(text=text, layout=SimpleNamespace(title_span=title_span,
                                                                                 dateline=dateline)))


# -- one test of a local police force's words (common.local_police_named): whole words, any case

def test_local_police_words_count_as_whole_words_in_any_case():
    assert local_police_named(_st("Two POLICEMEN came to the door."))
    assert local_police_named(_st("The sheriff's deputies searched the field."))
    assert local_police_named(_st("A policewoman and two sheriffs spoke."))


def test_near_miss_a_police_word_inside_a_longer_word_does_not_count():
    assert not local_police_named(_st("The truck yard is policed by a private guard firm."))
    assert not local_police_named(_st("The firm hired two officersmiths and a policy writer."))


DISPATCH = ("Tom Reyes, a dispatcher for a trucking company in Harlow, said the yard is policed by a private guard "
            "firm. The driver had called in sick on Monday.\n")


def test_a_police_word_inside_another_word_is_no_police_story(run):
    reyes = actor_at(run(DISPATCH), DISPATCH, "Tom Reyes")
    assert reyes is not None and reyes.sector == "CVL", reyes


def test_near_miss_a_dispatcher_beside_policemen_stays_police(run):
    for words in ("two policemen", "a policeman"):
        text = DISPATCH.replace("a trucking company", "the county").replace(
            "the yard is policed by a private guard firm", words + " reached the house in minutes")
        reyes = actor_at(run(text), text, "Tom Reyes")
        assert reyes is not None and reyes.sector == "COP", (words, reyes)


def test_the_dispatcher_rule_answers_alike_with_the_gates_off(run, monkeypatch):
    monkeypatch.setattr(state, "GATES", False)
    reyes = actor_at(run(DISPATCH), DISPATCH, "Tom Reyes")
    assert reyes is not None and reyes.sector == "CVL", reyes


WOUNDED = ("Two men were wounded in a shooting on Birch Lane in Harlow on Friday night, two policemen at the scene "
           "said. Both were taken to Mercy Hospital.\n")


def test_counted_victims_in_a_story_told_by_policemen_are_a_group(run):
    group = actor_at(run(WOUNDED), WOUNDED, "Two men")
    assert group is not None and group.sector == "CVL", group


def test_near_miss_counted_dead_with_no_police_word_are_no_group(run):
    text = WOUNDED.replace("two policemen at the scene", "a health ministry official")
    assert actor_at(run(text), text, "Two men") is None


# -- one headline test (common.in_headline) on the layout's title

def test_the_headline_is_the_layouts_title_and_none_without_one():
    text = "Mayor weighs a run\n\nHARLOW, Ohio -- Mayor Ann Roe said on Monday she might run.\n"
    st = _st(text, title_span=(0, 18))
    assert in_headline(st, 0) and in_headline(st, 17)
    assert not in_headline(st, 18) and not in_headline(st, text.index("Ann"))
    assert not in_headline(_st(text), 0)              # no title found: no headline, not a guessed first line


def test_a_deck_under_the_headline_counts_only_when_asked_for():
    text = "Mayor weighs a run;\nParty rules shift for the race.\n\nHARLOW, Ohio -- Mayor Ann Roe spoke.\n"
    st = _st(text, title_span=(0, 19))
    deck = text.index("Party")
    assert in_headline(st, deck, deck=True) and not in_headline(st, deck)
    assert not in_headline(st, text.index("Ann"), deck=True)


def test_near_miss_a_long_block_or_a_dateline_under_the_headline_is_no_deck():
    lede = "Mayor Ann Roe said on Monday she might run. " * 8
    text = "Mayor weighs a run\n" + lede + "\n\nShe spoke at noon.\n"
    assert len(text.split("\n\n")[0]) > DECK_MOST
    assert not in_headline(_st(text, title_span=(0, 18)), 20, deck=True)
    text = "Mayor weighs a run\nHARLOW, Ohio -- Mayor Ann Roe said on Monday she might run.\n"
    place = text.index("HARLOW")
    st = _st(text, title_span=(0, 18), dateline=Dateline(place="Harlow", agency=None, start=place, end=place + 12,
                                                         region="Ohio"))
    assert not in_headline(st, text.index("Ann"), deck=True)


def test_a_seat_with_no_article_in_a_story_that_opens_on_its_dateline_is_the_state(run):
    # no headline: the first line is the lede, where a seat with no article is the state's (review53b's guess took
    # a story's first line for its headline)
    text = ("HARLOW, Ohio (Wire) -- Kremlin ambition in the Arctic worries Norland, its foreign minister, Ola Brekke, "
            "said on Monday.\n")
    body = actor_at(run(text, published="2016-03-01"), text, "Kremlin")
    assert body is not None and body.country == "RUS", body


def test_near_miss_a_decks_seat_sought_is_still_the_office(run):
    text = ("Harmon weighs a run;\nParty rules shift for White House successor.\n\nDale Harmon of Harlow said on "
            "Monday he might run.\n")
    assert actor_at(run(text, published="2016-03-01"), text, "White House") is None


# -- the idea of government (descriptions._body_as_idea) outside the layout's headline

def test_government_as_an_idea_in_a_story_that_opens_on_its_dateline(run):
    # the old test wanted a line break before the word, which a lede on the dateline's line never has
    for lead in ("", "\n\n"):
        text = (lead + "HARLOW, Ohio (Wire) -- So government should help families pay for child care, Mayor Ann Roe "
                "said on Tuesday.\n\nShe spoke at the town hall.\n")
        assert actor_at(run(text, published="2016-02-01"), text, "government") is None, repr(lead)


def test_near_miss_the_government_with_its_article_on_the_dateline_line_stays_the_state(run):
    text = ("HARLOW, Ohio (Wire) -- The government should help families pay for child care, Mayor Ann Roe said on "
            "Tuesday.\n\nShe spoke at the town hall.\n")
    body = actor_at(run(text, published="2016-02-01"), text, "government")
    assert body is not None and body.sector == "GOV", body
