"""review44: mends of the session's merged change (ident44, lead44) where its rules also caught forms they should not
change. Invented texts; each test fails on int44 before review44 unless marked a guard."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors, found, pairs

ACTORS = [
    ("an_honorific_names_the_person",              # `Mrs. Merkel` names her: `an ally in Merkel` is hers (was none)
     "2015-06-01", "Mrs. Merkel met the envoys in Bonn on Monday. Kiev has found a steady ally in Merkel, diplomats "
     "said.\n", "Merkel#1: name=Angela Merkel"),
    ("a_role_found_in_someone",                     # `an ally in Merkel`: a role's `in` takes a person (was none)
     "2015-06-01", "Kiev has found a steady ally in Merkel, diplomats said on Monday.\n", "Merkel: name=Angela Merkel"),
    ("a_senator_in_a_title_case_line",             # `Pence` in a one-line story is the man, not the coin (was none)
     "2018-03-02", "Governor Says Pence Will Visit Flood Towns\n", "Pence: name=Mike Pence"),
    ("a_common_word_owned_is_a_person",            # `UN's Ban`: the owner's man (was none)
     "2012-05-03", "Leaders Praise UN's Ban After Border Talks\n", "Ban: name=Ban Ki-moon"),
    ("guard_the_common_word",                      # `Fishing Ban` in a one-line story: the word, as in int44
     "2012-05-03", "Harbour Town Lifts Fishing Ban After Storm.\n", "Ban: none"),
]


@pytest.mark.parametrize("published, text, spec", [pytest.param(d, t, s, id=i) for i, d, t, s in ACTORS])
def test_surname_as_word_mends(run, published, text, spec):
    check_actors(run(text, published=published), text, spec)


def test_challenging_a_body_or_in_court_is_still_a_challenge(run):
    """`who is challenging ...` names a candidate's rival only when a person is challenged out of court: rebels
    challenging the government and an activist challenging the mayor in court still ACCUSE (int44 dropped both)."""
    art = run("Rebels who are challenging the regime have seized two towns, the army said on Monday.\n",
              published="2015-06-02")
    assert found(art, "ACCUSE")
    art = run("Ann Voss, an activist who is challenging Mayor Tom Hale in court, spoke on Monday.\n",
              published="2015-06-02")
    assert found(art, "ACCUSE")
    art = run("Ann Voss, a Democrat who is challenging Gov. Tom Hale in November, spoke in Durham on Monday.\n",
              published="2016-10-07")
    assert not found(art, "ACCUSE")                # guard: the race, as lead44 made it


def test_a_light_verb_after_an_event_subject(run):
    """`The shelling brought condemnation from Arab governments`: an event that led to the act is no doer of it; the
    noun keeps its own `from` doer (lead44's light `bring`, since dropped, lost the ACCUSE). A noun of words as
    subject (`the ad renews accusations`) stays light (guard)."""
    art = run("The shelling brought condemnation from Arab governments on Friday.\n", published="2015-06-02")
    assert [s for s, _ in pairs(art, "ACCUSE")] == ["Arab governments"]
    art = run("The union's new radio ad renews accusations against Mayor Tom Hale.\n", published="2016-03-07")
    assert [t for _, t in pairs(art, "ACCUSE")] == ["Mayor Tom Hale"]   # guard: a noun of words stays light


def test_the_stop_in_a_blanked_dateline_is_no_sentence_of_the_page(ctx_of):
    """A sentence of no word (lead44's first stop in an opening dateline made one, since dropped) is not counted:
    a two-sentence story about a hockey coach is no sports page (test_actor_act7 failed with it)."""
    from dateline.extractors.page import page_of

    ctx = ctx_of("OTTAWA -- Ann Vell, a Canadian hockey coach, said on Monday her team would win. Vell said the "
                 "players were ready.\n", published="2016-05-01")
    assert page_of(ctx.doc).sentences == 2 and not page_of(ctx.doc).sports
