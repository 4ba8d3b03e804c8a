"""ident35: wrong identities by class (docs/actors.md `### ident35`): relatives sharing a surname, a generation's
mark after a comma. A wrong identity is worse than none. Invented sentences only."""
from __future__ import annotations

from tests.helpers import actor_at


def _at(art, text, needle, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return next((a for a in art.actors for m in a.mentions if m.start == start), None)


def test_a_surname_owning_a_kin_noun_is_not_the_relative_it_names(run):
    text = ("DENTON -- Rosa Hallam was born in Ohio in 1921. She married Peter Vantrell in 1946. \"She loved the "
            "shop,\" said Ms. Vantrell's daughter-in-law Carla Vantrell of Plano. Ms. Vantrell died Sunday. "
            "Ms. Vantrell moved to Texas in 1970, Carla Vantrell said.\n")
    art = run(text, published="2012-05-01")
    for nth in range(3):
        actor = _at(art, text, "Vantrell", nth + 1)
        assert actor is None or actor.name != "Carla Vantrell", (nth, actor)
    assert actor_at(art, text, "Carla Vantrell").name == "Carla Vantrell"


def test_a_kin_noun_of_a_surname_with_no_honorific_leaves_later_bare_surnames(run):
    text = ("Police said Hollister's son, Dean Hollister, was driving. Hollister said the road was icy.\n")
    art = run(text, published="2012-05-01")
    owner = _at(art, text, "Hollister", 0)
    assert owner is None or owner.name != "Dean Hollister", owner


def test_a_generation_after_a_comma_is_another_person(run):
    text = ("DES MOINES, Iowa (Wire) -- Donald Trump spoke at a rally on Monday. Donald Trump, Jr. told reporters "
            "that his father would win Iowa.\n")
    art = run(text, published="2016-03-01")
    son = actor_at(art, text, "Donald Trump, Jr.")
    assert son is not None and son.name == "Donald Trump Jr.", son
    assert actor_at(art, text, "Donald Trump").name == "Donald Trump"


def test_a_generation_the_lexicon_writes_stays_the_person(run):
    text = ("WASHINGTON (Wire) -- Vice President Joseph R. Biden, Jr. said on Monday that the talks would resume.\n")
    art = run(text, published="2010-03-01")
    actor = actor_at(art, text, "Joseph R. Biden")
    assert actor is not None and actor.name == "Joe Biden", actor


def test_a_bare_surname_told_as_he_goes_to_the_husband_named_by_kin(run):
    text = ("GREENVILLE -- On most days the lunch comes from Martha Kellerby, a longtime volunteer with the food bank. "
            "But on Tuesday, Kellerby brought her husband, Tom, the town's mayor. Kellerby said he enjoyed meeting "
            "the residents and would come back next year.\n")
    art = run(text, published="2012-05-01")
    actor = _at(art, text, "Kellerby said")
    assert actor is not None and actor.name == "Tom Kellerby", actor
    assert _at(art, text, "Kellerby brought").name == "Martha Kellerby"


def test_an_honorific_of_a_third_relative_joins_no_one_of_unknown_gender(run):
    text = ("Jane Orr was born in Iowa in 1930. She married Quennell Ashdown in 1950. \"She loved the farm,\" said "
            "Ms. Ashdown's granddaughter Carla Ashdown. Ms. Ashdown died on Sunday.\n")
    art = run(text, published="2012-05-01")
    actor = _at(art, text, "Ms. Ashdown died")
    actor = actor or _at(art, text, "Ashdown died")
    assert actor is None or actor.name not in ("Carla Ashdown", "Quennell Ashdown"), actor
