"""act34h: false actors named like places (docs/actors.md `### act34h`): a street's, a piece of land's or a school's
name written only where something happens is a place, no actor. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_streets_after_a_place_preposition_are_no_actors(run):
    text = ("Police said a man was shot on Kelley Lane in Newark on Tuesday. The victim, John Marsh, 34, lives in "
            "Holm Way, officers said.\n")
    article = run(text)
    for name in ("Kelley Lane", "Holm Way"):
        assert actor_at(article, text, name) is None, name
    assert actor_at(article, text, "John Marsh") is not None


def test_a_street_joined_to_a_place_preposition_is_no_actor(run):
    text = "Officers found the car on Lasker Way and Dunmore Lane after the chase, Sgt. Ray Hall said.\n"
    article = run(text)
    assert actor_at(article, text, "Dunmore Lane") is None


def test_a_school_where_something_happens_is_no_actor(run):
    text = "Marcia Bell has served as a reading helper at the YMCA and Clubview Elementary.\n"
    article = run(text)
    assert actor_at(article, text, "Clubview Elementary") is None
    assert actor_at(article, text, "Marcia Bell") is not None


def test_a_school_one_only_attends_is_no_actor(run):
    """Was `a school one belongs to stays an actor`; the lead's session-51 decision (bench/actors/GUIDE.md) makes a
    school named only as attended non_actors (act51c, idle.py `attended_schools`)."""
    text = "Alec Reed, 13, a student at Charlestown Middle School, died on Sunday, police said.\n"
    assert actor_at(run(text), text, "Charlestown Middle School") is None


def test_a_school_that_acts_elsewhere_stays_an_actor(run):
    text = ("Parents gathered at Lakeview High School on Friday. Lakeview High School announced that classes will "
            "resume on Monday.\n")
    assert actor_at(run(text), text, "Lakeview High School", 1) is not None


def test_a_national_forest_and_a_lookout_are_no_actors(run):
    text = ("Rangers closed two trails on Monday, and the river nourishes the Davy Crockett National Forest with its "
            "Big Slough Wilderness and Neches Overlook.\n")
    article = run(text)
    for name in ("Davy Crockett National Forest", "Neches Overlook"):
        assert actor_at(article, text, name) is None, name


def test_an_awareness_week_is_no_actor(run):
    text = "Gov. Ann Lutz said the state's Severe Weather Awareness Week ends Sunday.\n"
    article = run(text)
    assert actor_at(article, text, "Severe Weather Awareness") is None
    assert actor_at(article, text, "Ann Lutz") is not None


def test_an_unnamed_victims_relative_in_a_shooting_report_is_an_actor(run):
    text = ("A 9-year-old girl was shot dead inside a Marion County home Wednesday, deputies said. The girl’s father "
            "returned home after work and found her on the floor.\n")
    relative = actor_at(run(text), text, "father")
    assert relative is not None and relative.sector == "CVL", relative


def test_an_unnamed_persons_relative_in_a_plot_is_no_actor(run):
    text = "In the film, a lifeguard helps a young Kurd swim across to France, where the young man's girlfriend now lives.\n"
    assert actor_at(run(text), text, "girlfriend") is None


def test_neighbors_who_speak_are_a_group(run):
    text = ("Police said a man was shot twice on Elm Street on Friday. Neighbors described the gunfire as intense.\n")
    group = actor_at(run(text), text, "Neighbors")
    assert group is not None and group.sector == "CVL", group


def test_a_states_neighbors_are_no_group_of_people(run):
    text = "If it gets the bomb, it will threaten its neighbors, said Tom Reid.\n"
    assert actor_at(run(text), text, "neighbors") is None


def test_the_place_heads_ids_are_made_once_not_at_each_article(run):
    """The lead (session 34): the pass asked `lexicon_ids` for a union of two word lists made anew at each article,
    so the ids were worked out again and a new entry kept in spans._IDS for every article (time and memory)."""
    from dateline.extractors import spans

    def kept() -> int:                    # entries of spans._IDS made for the street and school heads
        return sum(1 for words, _ in spans._IDS.values() if isinstance(words, (set, frozenset)) and "lane" in words
                   and "elementary" in words)

    run("Police said a man was shot on Kelley Lane in Newark on Tuesday.\n")
    before = kept()
    for k in range(3):
        run(f"Officers closed Holm Way after a crash on Monday, police said. Case {k}.\n", id=f"t{k}")
    assert before == 1 and kept() == 1
