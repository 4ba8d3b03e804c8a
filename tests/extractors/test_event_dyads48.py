"""Sources and targets by the shape of the sentence (issue 10, dyad48): a joint subject of a promise is both the
source (one event, no target split off); a measure judged as `the bill` takes the maker named earlier in its
sentence as a further target; an act of force or coercion named by a noun is aimed at whom its relative clause says it
hit with a verb of force or coercion; a claim noun's clause with no `that` but its own subject and object is what is claimed; the `with` object of a
verb of answering or marking is its subject's act. Invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import found, texts


def shown(article):
    return [(e.type, e.trigger.text, texts(e.source), texts(e.target)) for e in article.events]


def _sides(art, etype):
    return [(texts(e.source), texts(e.target)) for e in found(art, etype)]


# a joint subject of a promise: both conjuncts are the source, neither the other's target (fail on main: split)
@pytest.mark.parametrize("text, etype, both", [
    ("Chancellor Ruth Adler and Premier Ivan Sorokin promised to cut tariffs on steel.", "AGREE",
     ("Chancellor Ruth Adler", "Premier Ivan Sorokin")),
    ("Governor Tom Reyes and Mayor Ann Cole pledged on Monday to rebuild the flooded bridge by spring.", None,
     ("Governor Tom Reyes", "Mayor Ann Cole")),
])
def test_a_joint_promise_is_made_by_both(run, text, etype, both):
    art = run(text)
    evs = [e for e in art.events if (etype is None or e.type == etype) and e.trigger.text.startswith(("promised",
                                                                                                      "pledged"))]
    assert evs, shown(art)
    e = evs[0]
    assert set(both) <= set(texts(e.source)), shown(art)
    assert not any(t in texts(e.target) for t in both), shown(art)


@pytest.mark.parametrize("text, source, target", [
    # agreeing or meeting stays split: each side's act is aimed at the other (guards, as on main)
    ("Prime Minister Anna Berg and President Tomas Lind agreed to meet again next month.", "Prime Minister Anna Berg",
     "President Tomas Lind"),
    ("Prime Minister Anna Berg and President Tomas Lind signed a trade agreement on Friday.",
     "Prime Minister Anna Berg", "President Tomas Lind"),
])
def test_a_joint_agreement_stays_two_sided(run, text, source, target):
    art = run(text)
    assert any(source in s and target in t for s, t in _sides(art, "AGREE")), shown(art)


# a measure judged as `the bill`: its maker named before it in the sentence (fail on main: the bill alone)
@pytest.mark.parametrize("text, etype, maker", [
    ("The state senate passed a measure that would cap rents; Governor Mary Hale vetoed the bill on Friday, calling "
     "the cap unworkable.", "REJECT", "The state senate"),
    ("After the city council approved a new budget, Mayor Tom Reyes rejected the plan.", "REJECT",
     "the city council"),
    ("Parliament adopted a resolution on the border, but the president blocked the measure.", "REJECT", "Parliament"),
])
def test_a_judged_measure_is_aimed_at_its_maker(run, text, etype, maker):
    art = run(text)
    assert any(maker in t for _, t in _sides(art, etype)), shown(art)


@pytest.mark.parametrize("text, etype, owner", [
    # guards: a measure with no maker in the sentence keeps only itself; one whose phrase names its owner keeps it
    ("Governor Mary Hale vetoed the bill on Tuesday.", "REJECT", None),
    ("Governor Mary Hale vetoed the Democrats' bill on Tuesday, after the senate passed a budget.", "REJECT",
     "the Democrats"),
])
def test_a_measure_with_no_maker_before_it(run, text, etype, owner):
    art = run(text)
    targets = [t for _, t in _sides(art, etype)]
    assert targets, shown(art)
    if owner is None:
        assert all(len(t) == 1 for t in targets), shown(art)
    else:
        assert any(owner in t for t in targets) and not any("the senate" in t for t in targets), shown(art)


# two makers before the judged measure: the one who made a measure of its own name, not the nearer maker of another
# kind (review48e; fails on int48: the nearest maker, Senator Vale, was taken)
@pytest.mark.parametrize("text, etype, maker, other", [
    ("Senator Ross introduced a bill, and Senator Vale introduced an amendment; Governor Hale backed the bill.",
     "SUPPORT", "Senator Ross", "Senator Vale"),
])
def test_a_judged_measure_takes_the_maker_of_its_own_kind(run, text, etype, maker, other):
    art = run(text)
    sides = _sides(art, etype)
    assert any(maker in t for _, t in sides) and not any(other in t for _, t in sides), shown(art)


# an act named by a noun, aimed at whom its relative clause says it hit (fail on main: no target)
@pytest.mark.parametrize("text, etype, hit", [
    ("The army authorized the raid that killed the rebel commander.", "ASSAULT", "the rebel commander"),
    ("Rebels launched an attack that killed three soldiers near the border.", "ASSAULT", "three soldiers"),
    ("The council imposed sanctions that ban most trade with the junta.", "SANCTION", "the junta"),
])
def test_an_act_named_by_a_noun_hits_whom_its_clause_says(run, text, etype, hit):
    art = run(text)
    assert any(hit in t for _, t in _sides(art, etype)), shown(art)


@pytest.mark.parametrize("text", [
    "The general ordered the strike that destroyed the bridge.",            # a thing hit
    "A gunman carried out a shooting that has angered the town's residents.",   # no verb of force: no one hit
])
def test_a_relative_clause_that_hits_no_one_names_no_target(run, text):
    art = run(text)                       # (guards, as on main)
    assert all(not t for _, t in _sides(art, "ASSAULT")), shown(art)


def test_an_act_with_no_doer_is_left_as_it_was(run):
    art = run("The embassy issued a travel warning after Sunday's bombings that killed 40 people.")   # (a guard: a
    assert not any(e.trigger.text == "bombings" for e in art.events), shown(art)   # background act stays out)


# a claim noun's clause with no `that` (fails on main: no ACCUSE at the noun, so no one accused)
def test_a_claim_without_that_names_the_accused(run):
    art = run("The union repeated allegations the mayor ignored safety rules.")
    assert any("The union" in s and "the mayor" in t for s, t in _sides(art, "ACCUSE")), shown(art)


@pytest.mark.parametrize("text, hearer", [
    # who hears or faces the claim makes none (review48e; the court was the accuser on int48, with `that` or without)
    ("The court heard allegations the company ignored safety rules.", "The court"),
    ("The court heard allegations that the company ignored safety rules.", "The court"),
])
def test_who_hears_a_claim_is_not_its_maker(run, text, hearer):
    art = run(text)
    assert not any(hearer in s for s, _ in _sides(art, "ACCUSE")), shown(art)


def test_who_publishes_a_claim_without_that_still_makes_it(run):
    art = run("The union published allegations the company ignored safety rules.")   # (a guard beside the one above)
    assert any("The union" in s and "the company" in t for s, t in _sides(art, "ACCUSE")), shown(art)


# the `with` object of a verb of answering or marking is its subject's act (fail on main: no source)
@pytest.mark.parametrize("text, etype, doer", [
    ("Israel retaliated with air strikes on Gaza.", "ASSAULT", "Israel"),
    ("Students greeted the minister with protests outside the hall.", "PROTEST", "Students"),
])
def test_the_act_a_verb_answers_with_is_its_subjects(run, text, etype, doer):
    art = run(text)
    assert any(doer in s for s, _ in _sides(art, etype)), shown(art)


def test_a_passive_answer_names_no_doer(run):
    art = run("The minister was greeted with protests outside the hall.")   # (a guard: the one greeted protests not)
    assert all("The minister" not in s for s, _ in _sides(art, "PROTEST")), shown(art)
