"""Whom a word of judgement is aimed at when the slots find no one (issue 10, ev22o): the subject of the that-clause
an `it` puts off (`it is shameful that X did`), also when the parser hangs that clause on the judging noun as a
relative clause; and the doer of the thing judged (`X has done things that were inappropriate`). Invented sentences."""
from __future__ import annotations

from tests.helpers import found


def targets(article):
    return [p.text for e in found(article, "ACCUSE") for p in e.target]


def test_it_is_shameful_that_someone_did_aims_at_that_one(run):
    art = run('\n\n"It is shameful that the mayor of Lyon canceled the festival," Senator Hale said.\n')
    assert any("mayor" in t for t in targets(art)), [(e.trigger.text, e.target) for e in found(art, "ACCUSE")]


def test_a_disgrace_that_someone_is_doing_aims_at_that_one(run):
    art = run('\n\n"I think it\'s a disgrace that the governor is doing this," Senator Hale said.\n')
    assert any("governor" in t for t in targets(art)), [(e.trigger.text, e.target) for e in found(art, "ACCUSE")]


def test_a_judged_thing_aims_at_the_one_who_did_it(run):
    art = run('\n\n"Governor Okafor has said things and done things that are deeply inappropriate," Senator '
              'Hale told reporters.\n')
    assert any("Okafor" in t for t in targets(art)), [(e.trigger.text, e.target) for e in found(art, "ACCUSE")]


def test_the_judge_is_not_the_one_judged(run):
    # the doer of the thing is the speaker's own side: no target is added
    art = run('\n\nSenator Hale said that he had done things that were totally inappropriate.\n')
    assert not any("Hale" in t for t in targets(art)), [(e.trigger.text, e.target) for e in found(art, "ACCUSE")]
